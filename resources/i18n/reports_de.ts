<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
    <context>
        <name>AccessReasons</name>
        <message>
            <source>Accepted: {why}</source>
            <translation>Angenommen: {why}</translation>
        </message>
        <message>
            <source>Rejected: {why}</source>
            <translation>Abgelehnt: {why}</translation>
        </message>
        <message>
            <source>the idTag is empty</source>
            <translation>die idTag ist leer</translation>
        </message>
        <message>
            <source>idTag {tag} is {length} characters long; an idToken has at most {most}</source>
            <translation>die idTag {tag} ist {length} Zeichen lang; ein idToken hat höchstens {most}</translation>
        </message>
        <message>
            <source>tag {tag} is unknown (seen at station {station})</source>
            <translation>Karte {tag} ist unbekannt (gesehen an der Ladestation {station})</translation>
        </message>
        <message>
            <source>tag {tag} is blocked</source>
            <translation>Karte {tag} ist gesperrt</translation>
        </message>
        <message>
            <source>tag {tag} of {user} is blocked</source>
            <translation>Karte {tag} von {user} ist gesperrt</translation>
        </message>
        <message>
            <source>tag {tag} expired on {when}</source>
            <translation>Karte {tag} ist am {when} abgelaufen</translation>
        </message>
        <message>
            <source>tag {tag} of {user} expired on {when}</source>
            <translation>Karte {tag} von {user} ist am {when} abgelaufen</translation>
        </message>
        <message>
            <source>tag {tag} is marked expired</source>
            <translation>Karte {tag} ist als abgelaufen markiert</translation>
        </message>
        <message>
            <source>tag {tag} of {user} is marked expired</source>
            <translation>Karte {tag} von {user} ist als abgelaufen markiert</translation>
        </message>
        <message>
            <source>tag {tag} is not assigned to anyone</source>
            <translation>Karte {tag} ist niemandem zugeordnet</translation>
        </message>
        <message>
            <source>tag {tag} belongs to {user}, whose account is blocked</source>
            <translation>Karte {tag} gehört {user}; das Konto ist gesperrt</translation>
        </message>
        <message>
            <source>station {station} is disabled</source>
            <translation>Ladestation {station} ist deaktiviert</translation>
        </message>
        <message>
            <source>{source}, tag {tag} belongs to {user} who is not an owner of station {station} (only owners may charge)</source>
            <translation>{source}, Karte {tag} gehört {user} (kein Eigentümer der Ladestation {station}; nur Eigentümer dürfen laden)</translation>
        </message>
        <message>
            <source>{source}, tag {tag} belongs to {user} who is not a special user of station {station}</source>
            <translation>{source}, Karte {tag} gehört {user} (kein Spezialbenutzer der Ladestation {station})</translation>
        </message>
        <message>
            <source>{source}, tag {tag} belongs to {user} who is not a special user of station {station} now (their special access {why})</source>
            <translation>{source}, Karte {tag} gehört {user} (jetzt kein Spezialbenutzer der Ladestation {station}: die Spezialberechtigung {why})</translation>
        </message>
        <message>
            <source>starts {when}</source>
            <translation>beginnt am {when}</translation>
        </message>
        <message>
            <source>ended {when}</source>
            <translation>endete am {when}</translation>
        </message>
        <message>
            <source>is limited to {windows}</source>
            <translation>gilt nur {windows}</translation>
        </message>
        <message>
            <source>tag {tag} of {user} is already charging at {where}</source>
            <translation>Karte {tag} von {user} lädt bereits an {where}</translation>
        </message>
        <message>
            <source>station {station} connector {connector} (session {session})</source>
            <translation>Ladestation {station} Anschluss {connector} (Ladevorgang {session})</translation>
        </message>
        <message>
            <source>{source} — {user} is an owner of station {station}; tariff '{tariff}'</source>
            <translation>{source} — {user} ist Eigentümer der Ladestation {station}; Tarif «{tariff}»</translation>
        </message>
        <message>
            <source>{source} — {user} is an owner of station {station}; no tariff</source>
            <translation>{source} — {user} ist Eigentümer der Ladestation {station}; kein Tarif</translation>
        </message>
        <message>
            <source>{source} — {user} is a special user of station {station}; tariff '{tariff}'</source>
            <translation>{source} — {user} ist Spezialbenutzer der Ladestation {station}; Tarif «{tariff}»</translation>
        </message>
        <message>
            <source>{source} — {user} is a special user of station {station}; no tariff</source>
            <translation>{source} — {user} ist Spezialbenutzer der Ladestation {station}; kein Tarif</translation>
        </message>
        <message>
            <source>{source} — {user} is a registered user; tariff '{tariff}'</source>
            <translation>{source} — {user} ist registrierter Benutzer; Tarif «{tariff}»</translation>
        </message>
        <message>
            <source>{source} — {user} is a registered user; no tariff</source>
            <translation>{source} — {user} ist registrierter Benutzer; kein Tarif</translation>
        </message>
        <message>
            <source>{reason} (at connector {connector})</source>
            <translation>{reason} (an Anschluss {connector})</translation>
        </message>
        <message>
            <source>{reason} (note: {note})</source>
            <translation>{reason} (Hinweis: {note})</translation>
        </message>
    </context>
    <context>
        <name>AuditTrail</name>
        <message>
            <source>{field}: {value}</source>
            <translation>{field}: {value}</translation>
        </message>
        <message>
            <source>{field}: {before} → {after}</source>
            <translation>{field}: {before} → {after}</translation>
        </message>
    </context>
    <context>
        <name>LoadReasons</name>
        <message>
            <source>{name} ({limit} A)</source>
            <translation>{name} ({limit} A)</translation>
        </message>
        <message>
            <source>{name} ({limit} A on L{phase})</source>
            <translation>{name} ({limit} A auf L{phase})</translation>
        </message>
        <message>
            <source>paused: connector maximum {maximum} A is below the minimum {minimum} A</source>
            <translation>pausiert: Maximum des Anschlusses {maximum} A liegt unter dem Mindeststrom {minimum} A</translation>
        </message>
        <message>
            <source>paused: {circuit} is full — waits for a free {minimum} A</source>
            <translation>pausiert: {circuit} ist voll — wartet auf freie {minimum} A</translation>
        </message>
        <message>
            <source>paused: {circuit} is full</source>
            <translation>pausiert: {circuit} ist voll</translation>
        </message>
        <message>
            <source>paused: connector maximum {maximum} A</source>
            <translation>pausiert: Maximum des Anschlusses {maximum} A</translation>
        </message>
        <message>
            <source>limited by what the vehicle takes ({taking} A)</source>
            <translation>begrenzt auf das, was das Fahrzeug bezieht ({taking} A)</translation>
        </message>
        <message>
            <source>connector maximum {maximum} A</source>
            <translation>Maximum des Anschlusses {maximum} A</translation>
        </message>
        <message>
            <source>first come first served on {circuit}: {position} of {count}</source>
            <translation>wer zuerst kommt, lädt zuerst auf {circuit}: {position} von {count}</translation>
        </message>
        <message>
            <source>what is free on {circuit}</source>
            <translation>was auf {circuit} frei ist</translation>
        </message>
        <message numerus="yes">
            <source>equal share of {circuit} / %n session(s)</source>
            <translation>
                <numerusform>gleicher Anteil von {circuit} / %n Ladevorgang</numerusform>
                <numerusform>gleicher Anteil von {circuit} / %n Ladevorgänge</numerusform>
            </translation>
        </message>
        <message>
            <source>priority {rank} on {circuit}</source>
            <translation>Priorität {rank} auf {circuit}</translation>
        </message>
        <message numerus="yes">
            <source>priority {rank} on {circuit}: equal share / %n session(s)</source>
            <translation>
                <numerusform>Priorität {rank} auf {circuit}: gleicher Anteil / %n Ladevorgang</numerusform>
                <numerusform>Priorität {rank} auf {circuit}: gleicher Anteil / %n Ladevorgänge</numerusform>
            </translation>
        </message>
        <message>
            <source>tariff priority {rank} on {circuit}</source>
            <translation>Tarifpriorität {rank} auf {circuit}</translation>
        </message>
        <message numerus="yes">
            <source>tariff priority {rank} on {circuit}: equal share / %n session(s)</source>
            <translation>
                <numerusform>Tarifpriorität {rank} auf {circuit}: gleicher Anteil / %n Ladevorgang</numerusform>
                <numerusform>Tarifpriorität {rank} auf {circuit}: gleicher Anteil / %n Ladevorgänge</numerusform>
            </translation>
        </message>
        <message>
            <source>not managed: {reserved} A reserved</source>
            <translation>ohne Lastmanagement: {reserved} A reserviert</translation>
        </message>
        <message>
            <source>limited to {limit} A by {source}</source>
            <translation>begrenzt auf {limit} A durch {source}</translation>
        </message>
        <message>
            <source>paused: limited to {limit} A by {source}</source>
            <translation>pausiert: begrenzt auf {limit} A durch {source}</translation>
        </message>
        <message>
            <source>the site's energy manager (EMS)</source>
            <translation>das Energiemanagement des Standorts (EMS)</translation>
        </message>
        <message>
            <source>the grid operator (SO)</source>
            <translation>den Netzbetreiber (SO)</translation>
        </message>
        <message>
            <source>another system on site (Other)</source>
            <translation>ein anderes System vor Ort (Other)</translation>
        </message>
        <message>
            <source>1st</source>
            <translation>1.</translation>
        </message>
        <message>
            <source>{n}st</source>
            <translation>{n}.</translation>
        </message>
        <message>
            <source>{n}nd</source>
            <translation>{n}.</translation>
        </message>
        <message>
            <source>{n}rd</source>
            <translation>{n}.</translation>
        </message>
        <message>
            <source>{n}th</source>
            <translation>{n}.</translation>
        </message>
        <message>
            <source>not managed ({why}): {reserved} A reserved</source>
            <translation>ohne Lastmanagement ({why}): {reserved} A reserviert</translation>
        </message>
        <message>
            <source>it takes no charging limits</source>
            <translation>er nimmt keine Ladegrenzen an</translation>
        </message>
        <message>
            <source>not connected here: its last limit is reserved</source>
            <translation>hier nicht verbunden: seine letzte Grenze ist reserviert</translation>
        </message>
        <message>
            <source>no limit can be set ({error}): its full power is reserved</source>
            <translation>keine Grenze setzbar ({error}): seine volle Leistung ist reserviert</translation>
        </message>
        <message>
            <source>SetChargingProfile ({purpose}) {status}: its full power is reserved</source>
            <translation>SetChargingProfile ({purpose}) {status}: seine volle Leistung ist reserviert</translation>
        </message>
        <message>
            <source>no fail-safe default ({error}): its full power is reserved</source>
            <translation>keine Ausfall-Vorgabe ({error}): seine volle Leistung ist reserviert</translation>
        </message>
        <message>
            <source>fail-safe default ({purpose}) {status}: its full power is reserved</source>
            <translation>Ausfall-Vorgabe ({purpose}) {status}: seine volle Leistung ist reserviert</translation>
        </message>
        <message>
            <source>fail-safe: connector maximum {maximum} A</source>
            <translation>Ausfall-Vorgabe: Maximum des Anschlusses {maximum} A</translation>
        </message>
        <message numerus="yes">
            <source>fail-safe: {name} ({lowest} A) / %n connector(s)</source>
            <translation>
                <numerusform>Ausfall-Vorgabe: {name} ({lowest} A) / %n Anschluss</numerusform>
                <numerusform>Ausfall-Vorgabe: {name} ({lowest} A) / %n Anschlüsse</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>fail-safe: {name} ({lowest} A, {unmanaged} A unmanaged) / %n connector(s)</source>
            <translation>
                <numerusform>Ausfall-Vorgabe: {name} ({lowest} A, {unmanaged} A ohne Lastmanagement) / %n Anschluss</numerusform>
                <numerusform>Ausfall-Vorgabe: {name} ({lowest} A, {unmanaged} A ohne Lastmanagement) / %n Anschlüsse</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>fail-safe: {name} ({lowest} A, {sessions} A for sessions) / %n connector(s)</source>
            <translation>
                <numerusform>Ausfall-Vorgabe: {name} ({lowest} A, {sessions} A für Ladevorgänge) / %n Anschluss</numerusform>
                <numerusform>Ausfall-Vorgabe: {name} ({lowest} A, {sessions} A für Ladevorgänge) / %n Anschlüsse</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>fail-safe: {name} ({lowest} A, {unmanaged} A unmanaged, {sessions} A for sessions) / %n connector(s)</source>
            <translation>
                <numerusform>Ausfall-Vorgabe: {name} ({lowest} A, {unmanaged} A ohne Lastmanagement, {sessions} A für Ladevorgänge) / %n Anschluss</numerusform>
                <numerusform>Ausfall-Vorgabe: {name} ({lowest} A, {unmanaged} A ohne Lastmanagement, {sessions} A für Ladevorgänge) / %n Anschlüsse</numerusform>
            </translation>
        </message>
        <message>
            <source>fail-safe: its session's limit ({limit} A)</source>
            <translation>Ausfall-Vorgabe: Grenze seines Ladevorgangs ({limit} A)</translation>
        </message>
        <message>
            <source>{why}: {share} A, below the minimum {minimum} A</source>
            <translation>{why}: {share} A, unter dem Mindeststrom {minimum} A</translation>
        </message>
        <message>
            <source>{reason}; {steps} (time-of-day limit)</source>
            <translation>{reason}; {steps} (zeitabhängige Grenze)</translation>
        </message>
        <message>
            <source>{limit} A from {time}</source>
            <translation>{limit} A ab {time}</translation>
        </message>
        <message>
            <source>Base-load meter: {problem}</source>
            <translation>Grundlastzähler: {problem}</translation>
        </message>
        <message>
            <source>rejects every charging profile</source>
            <translation>lehnt jedes Ladeprofil ab</translation>
        </message>
        <message>
            <source>SmartChargingCtrlr not available (no smart charging)</source>
            <translation>SmartChargingCtrlr nicht verfügbar (kein Smart Charging)</translation>
        </message>
        <message>
            <source>smart charging switched off (SmartChargingCtrlr.Enabled = false)</source>
            <translation>Smart Charging ausgeschaltet (SmartChargingCtrlr.Enabled = false)</translation>
        </message>
        <message>
            <source>accepts charging profiles but does not apply them (GetCompositeSchedule shows {shown} {unit} after {limit} {unit} was accepted)</source>
            <translation>nimmt Ladeprofile an, wendet sie aber nicht an (GetCompositeSchedule zeigt {shown} {unit}, nachdem {limit} {unit} angenommen wurde)</translation>
        </message>
        <message>
            <source>does not answer SetChargingProfile</source>
            <translation>antwortet nicht auf SetChargingProfile</translation>
        </message>
        <message>
            <source>accepts only ChargePointMaxProfile, which limits the whole charger, not each connector</source>
            <translation>nimmt nur ChargePointMaxProfile an, das den ganzen Ladepunkt begrenzt, nicht jeden Anschluss</translation>
        </message>
        <message>
            <source>the charger takes only TxProfiles, which need a running transaction: no limit can be set now</source>
            <translation>der Ladepunkt nimmt nur TxProfiles an, die einen laufenden Ladevorgang brauchen: jetzt ist keine Grenze setzbar</translation>
        </message>
        <message>
            <source>the charger takes no TxDefaultProfile (nor ChargePointMaxProfile with one connector): it can hold no fail-safe limit</source>
            <translation>der Ladepunkt nimmt kein TxDefaultProfile an (noch ChargePointMaxProfile mit einem Anschluss): er kann keine Ausfall-Grenze halten</translation>
        </message>
        <message>
            <source>the charger rejects ChargePointMaxProfile</source>
            <translation>der Ladepunkt lehnt ChargePointMaxProfile ab</translation>
        </message>
        <message>
            <source>the charger's smart charging is not known yet</source>
            <translation>das Smart Charging des Ladepunkts ist noch nicht bekannt</translation>
        </message>
        <message>
            <source>{source}: L{phase} reads {value} (not a number): reading refused</source>
            <translation>{source}: L{phase} liest {value} (keine Zahl): Messwert verworfen</translation>
        </message>
        <message>
            <source>{source}: L{phase} reads {value} A (negative): reading refused</source>
            <translation>{source}: L{phase} liest {value} A (negativ): Messwert verworfen</translation>
        </message>
        <message>
            <source>{source}: L{phase} reads {value} A (implausible): reading refused</source>
            <translation>{source}: L{phase} liest {value} A (unplausibel): Messwert verworfen</translation>
        </message>
        <message>
            <source>waiting for an answer from {where}</source>
            <translation>wartet auf eine Antwort von {where}</translation>
        </message>
        <message>
            <source>unit {unit} does not answer at {where} ({what}): is the unit id right?</source>
            <translation>Unit {unit} antwortet nicht unter {where} ({what}): stimmt die Unit-ID?</translation>
        </message>
        <message>
            <source>{where} unit {unit} refused registers {first}..{last} ({what})</source>
            <translation>{where} Unit {unit} hat die Register {first}..{last} abgelehnt ({what})</translation>
        </message>
        <message>
            <source>{where} unit {unit} refused registers {first}..{last} ({what}): is the register map right?</source>
            <translation>{where} Unit {unit} hat die Register {first}..{last} abgelehnt ({what}): stimmt die Registerbelegung?</translation>
        </message>
        <message>
            <source>{where} unit {unit}: unreadable registers ({error})</source>
            <translation>{where} Unit {unit}: Register nicht lesbar ({error})</translation>
        </message>
        <message>
            <source>no answer from {where} since {time} ({detail})</source>
            <translation>keine Antwort von {where} seit {time} ({detail})</translation>
        </message>
        <message>
            <source>no supply reading (Inlet) from {cp_id} yet</source>
            <translation>noch kein Messwert der Zuleitung (Inlet) von {cp_id}</translation>
        </message>
        <message>
            <source>no supply reading (Inlet) from {cp_id} since {time}</source>
            <translation>kein Messwert der Zuleitung (Inlet) von {cp_id} seit {time}</translation>
        </message>
        <message>
            <source>the site's meter cannot be used: {error}</source>
            <translation>der Zähler des Standorts kann nicht verwendet werden: {error}</translation>
        </message>
        <message>
            <source>{problem}; the base load measured at {time} holds meanwhile</source>
            <translation>{problem}; die um {time} gemessene Grundlast gilt so lange</translation>
        </message>
        <message>
            <source>unmanaged: full power reserved</source>
            <translation>ohne Lastmanagement: volle Leistung reserviert</translation>
        </message>
        <message>
            <source>never connected: what its smart charging accepts is found out when it first boots</source>
            <translation>nie verbunden: was sein Smart Charging annimmt, wird beim ersten Start ermittelt</translation>
        </message>
        <message>
            <source>what its smart charging accepts is not known yet (found out at its next boot)</source>
            <translation>was sein Smart Charging annimmt, ist noch nicht bekannt (wird beim nächsten Start ermittelt)</translation>
        </message>
        <message>
            <source>it refuses charging profiles</source>
            <translation>er lehnt Ladeprofile ab</translation>
        </message>
        <message>
            <source>it accepts neither TxProfile nor TxDefaultProfile</source>
            <translation>er nimmt weder TxProfile noch TxDefaultProfile an</translation>
        </message>
    </context>
    <context>
        <name>LoadReport</name>
        <message>
            <source>no limit</source>
            <translation>kein Grenzwert</translation>
        </message>
        <message>
            <source>{amps} A</source>
            <translation>{amps} A</translation>
        </message>
        <message>
            <source>paused (0 A)</source>
            <translation>pausiert (0 A)</translation>
        </message>
        <message>
            <source>{limit} on 1 phase</source>
            <translation>{limit} auf 1 Phase</translation>
        </message>
        <message>
            <source>{time} {limit} {reason} — {answer}</source>
            <translation>{time} {limit} {reason} — {answer}</translation>
        </message>
        <message>
            <source>{time} {limit} {reason}</source>
            <translation>{time} {limit} {reason}</translation>
        </message>
        <message>
            <source>{time} {limit} — {answer}</source>
            <translation>{time} {limit} — {answer}</translation>
        </message>
        <message>
            <source>{time} {limit}</source>
            <translation>{time} {limit}</translation>
        </message>
    </context>
    <context>
        <name>SessionsExporter</name>
        <message>
            <source>the period ends ({end}) before it starts ({start})</source>
            <translation>der Zeitraum endet ({end}), bevor er beginnt ({start})</translation>
        </message>
        <message>
            <source>more than {count} sessions do not fit in one spreadsheet; export CSV or a shorter period</source>
            <translation>mehr als {count} Ladevorgänge passen nicht in eine Tabelle; exportieren Sie CSV oder einen kürzeren Zeitraum</translation>
        </message>
        <message>
            <source>unknown export format {format}; use csv or xlsx</source>
            <translation>unbekanntes Exportformat {format}; verwenden Sie csv oder xlsx</translation>
        </message>
    </context>
    <context>
        <name>SessionsReport</name>
        <message>
            <source>The period ends before it starts: pick an end date on or after {date}.</source>
            <translation>Der Zeitraum endet, bevor er beginnt: wählen Sie ein Enddatum am oder nach dem {date}.</translation>
        </message>
        <message>
            <source>The user #{id} no longer exists: reload the page and choose again.</source>
            <translation>Der Benutzer #{id} existiert nicht mehr: laden Sie die Seite neu und wählen Sie erneut.</translation>
        </message>
        <message>
            <source>The station #{id} no longer exists: reload the page and choose again.</source>
            <translation>Die Ladestation #{id} existiert nicht mehr: laden Sie die Seite neu und wählen Sie erneut.</translation>
        </message>
        <message>
            <source>The site #{id} no longer exists: reload the page and choose again.</source>
            <translation>Der Standort #{id} existiert nicht mehr: laden Sie die Seite neu und wählen Sie erneut.</translation>
        </message>
    </context>
</TS>
