<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
    <context>
        <name>Commissioning</name>
        <message>
            <source>{site} · now {cp_id} (online)</source>
            <translation>{site} · jetzt {cp_id} (online)</translation>
        </message>
        <message>
            <source>{site} · now {cp_id}</source>
            <translation>{site} · jetzt {cp_id}</translation>
        </message>
        <message>
            <source>That station no longer exists: choose another one or create a new station.</source>
            <translation>Diese Ladestation gibt es nicht mehr: wählen Sie eine andere oder legen Sie eine neue Ladestation an.</translation>
        </message>
        <message>
            <source>{station} is in use by charger {cp_id}, which is online: choose a station without a working charger or create a new one.</source>
            <translation>{station} wird vom Ladegerät {cp_id} verwendet, das online ist: wählen Sie eine Ladestation ohne funktionierendes Ladegerät oder legen Sie eine neue an.</translation>
        </message>
        <message>
            <source>Enter a name for the new station (e.g. Hall B).</source>
            <translation>Geben Sie einen Namen für die neue Ladestation ein (z. B. Halle B).</translation>
        </message>
        <message>
            <source>A station name has at most 120 characters.</source>
            <translation>Der Name einer Ladestation hat höchstens 120 Zeichen.</translation>
        </message>
        <message>
            <source>A station named '{name}' exists already: choose another name or bind to it instead.</source>
            <translation>Eine Ladestation namens '{name}' gibt es bereits: wählen Sie einen anderen Namen oder ordnen Sie das Ladegerät ihr zu.</translation>
        </message>
        <message>
            <source>Choose the site of the new station.</source>
            <translation>Wählen Sie den Standort der neuen Ladestation.</translation>
        </message>
        <message>
            <source>That site no longer exists: choose another one.</source>
            <translation>Diesen Standort gibt es nicht mehr: wählen Sie einen anderen.</translation>
        </message>
        <message>
            <source>A 1.6 charger takes a new password over OCPP only when it has {low} to {high} characters (AuthorizationKey), this one has {length}</source>
            <translation>Ein 1.6-Ladegerät nimmt ein neues Passwort über OCPP nur mit {low} bis {high} Zeichen an (AuthorizationKey), dieses hat {length}</translation>
        </message>
        <message>
            <source>Password stored. {cp_id} is offline: set the same password on the charger (its web page or app) before it reconnects, or it will be refused.</source>
            <translation>Passwort gespeichert. {cp_id} ist offline: setzen Sie dasselbe Passwort auf dem Ladegerät (seine Webseite oder App), bevor es sich wieder verbindet, sonst wird es abgewiesen.</translation>
        </message>
        <message>
            <source>Password stored, not sent: {why}. Set the same password on {cp_id} (its web page or app) before it reconnects, or it will be refused.</source>
            <translation>Passwort gespeichert, nicht gesendet: {why}. Setzen Sie dasselbe Passwort auf {cp_id} (seine Webseite oder App), bevor es sich wieder verbindet, sonst wird es abgewiesen.</translation>
        </message>
        <message>
            <source>Password stored. {error}: set the same password on {cp_id} (its web page or app) before it reconnects, or it will be refused.</source>
            <translation>Passwort gespeichert. {error}: setzen Sie dasselbe Passwort auf {cp_id} (seine Webseite oder App), bevor es sich wieder verbindet, sonst wird es abgewiesen.</translation>
        </message>
        <message>
            <source>Password stored, but sending it to {cp_id} failed ({error}): set the same password on the charger before it reconnects, or it will be refused.</source>
            <translation>Passwort gespeichert, aber das Senden an {cp_id} ist fehlgeschlagen ({error}): setzen Sie dasselbe Passwort auf dem Ladegerät, bevor es sich wieder verbindet, sonst wird es abgewiesen.</translation>
        </message>
        <message>
            <source>Password stored and sent to {cp_id} ({status}): it uses it from its next connection.</source>
            <translation>Passwort gespeichert und an {cp_id} gesendet ({status}): es verwendet es ab seiner nächsten Verbindung.</translation>
        </message>
        <message>
            <source>Password stored; {cp_id} answered {status} to the new password: set the same password on the charger (its web page or app) before it reconnects, or it will be refused.</source>
            <translation>Passwort gespeichert; {cp_id} antwortete {status} auf das neue Passwort: setzen Sie dasselbe Passwort auf dem Ladegerät (seine Webseite oder App), bevor es sich wieder verbindet, sonst wird es abgewiesen.</translation>
        </message>
        <message>
            <source>security profile 0 (no authentication)</source>
            <translation>Sicherheitsprofil 0 (keine Authentifizierung)</translation>
        </message>
        <message>
            <source>security profile 1 (HTTP Basic over ws://)</source>
            <translation>Sicherheitsprofil 1 (HTTP Basic über ws://)</translation>
        </message>
        <message>
            <source>security profile 2 (HTTP Basic over TLS)</source>
            <translation>Sicherheitsprofil 2 (HTTP Basic über TLS)</translation>
        </message>
        <message>
            <source>security profile 3 (TLS client certificate)</source>
            <translation>Sicherheitsprofil 3 (TLS-Client-Zertifikat)</translation>
        </message>
        <message>
            <source>Configuration snapshot stored</source>
            <translation>Konfigurations-Snapshot gespeichert</translation>
        </message>
        <message>
            <source>Heartbeat and meter value intervals</source>
            <translation>Heartbeat- und Messwertintervalle</translation>
        </message>
        <message>
            <source>Charger clock</source>
            <translation>Uhr des Ladegeräts</translation>
        </message>
        <message>
            <source>Smart charging (load management)</source>
            <translation>Smart Charging (Lastmanagement)</translation>
        </message>
        <message>
            <source>Local authorization list</source>
            <translation>Lokale Autorisierungsliste</translation>
        </message>
        <message>
            <source>Test charge</source>
            <translation>Testladung</translation>
        </message>
        <message>
            <source>Heartbeat interval: 10 s to 86400 s (a day).</source>
            <extracomment>a step's detail as stored: the English template (marked with ``QT_TRANSLATE_NOOP("Commissioning", ...)``) and its values, each a plain value or such a detail itself. The result is stored in the audit log and read by any console, whatever its language: the template is translated where it is shown (``shown``), never stored translated (issue 15).</extracomment>
            <translation>Heartbeat-Intervall: 10 s bis 86400 s (ein Tag).</translation>
        </message>
        <message>
            <source>Meter value interval: 0 (off) to 3600 s.</source>
            <translation>Messwertintervall: 0 (aus) bis 3600 s.</translation>
        </message>
        <message>
            <source>Choose the technician's tag for the test charge (or switch the test charge off).</source>
            <translation>Wählen Sie die Karte des Technikers für die Testladung (oder schalten Sie die Testladung aus).</translation>
        </message>
        <message>
            <source>An idTag has at most {limit} characters.</source>
            <translation>Eine idTag hat höchstens {limit} Zeichen.</translation>
        </message>
        <message>
            <source>Choose the connector for the test charge.</source>
            <translation>Wählen Sie den Anschluss für die Testladung.</translation>
        </message>
        <message>
            <source>PASSED</source>
            <translation>BESTANDEN</translation>
        </message>
        <message>
            <source>PASSED with warnings</source>
            <translation>BESTANDEN mit Warnungen</translation>
        </message>
        <message>
            <source>FAILED</source>
            <translation>FEHLGESCHLAGEN</translation>
        </message>
        <message numerus="yes">
            <source>%n passed</source>
            <translation>
                <numerusform>%n bestanden</numerusform>
                <numerusform>%n bestanden</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n with warnings</source>
            <translation>
                <numerusform>%n mit Warnungen</numerusform>
                <numerusform>%n mit Warnungen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n failed</source>
            <translation>
                <numerusform>%n fehlgeschlagen</numerusform>
                <numerusform>%n fehlgeschlagen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n skipped</source>
            <translation>
                <numerusform>%n übersprungen</numerusform>
                <numerusform>%n übersprungen</numerusform>
            </translation>
        </message>
        <message>
            <source>{verdict}: {counts}</source>
            <translation>{verdict}: {counts}</translation>
        </message>
        <message>
            <source>{cp_id} is not connected: connect it to the LAN and run the checklist again.</source>
            <translation>{cp_id} ist nicht verbunden: verbinden Sie es mit dem LAN und führen Sie die Checkliste erneut aus.</translation>
        </message>
        <message>
            <source>Cancelled.</source>
            <translation>Abgebrochen.</translation>
        </message>
        <message>
            <source>{count} configuration values stored ({readonly} read-only) as snapshot #{id} “{label}”</source>
            <translation>{count} Konfigurationswerte ({readonly} schreibgeschützt) als Snapshot #{id} «{label}» gespeichert</translation>
        </message>
        <message>
            <source>{count} configuration values stored ({readonly} read-only) as snapshot #{id} “{label}”: the charger reported no configuration</source>
            <translation>{count} Konfigurationswerte ({readonly} schreibgeschützt) als Snapshot #{id} «{label}» gespeichert: das Ladegerät meldete keine Konfiguration</translation>
        </message>
        <message>
            <source>{count} configuration values stored ({readonly} read-only) as snapshot #{id} “{label}”; connected with {profile}</source>
            <translation>{count} Konfigurationswerte ({readonly} schreibgeschützt) als Snapshot #{id} «{label}» gespeichert; verbunden mit {profile}</translation>
        </message>
        <message>
            <source>{count} configuration values stored ({readonly} read-only) as snapshot #{id} “{label}”: the charger reported no configuration; connected with {profile}</source>
            <translation>{count} Konfigurationswerte ({readonly} schreibgeschützt) als Snapshot #{id} «{label}» gespeichert: das Ladegerät meldete keine Konfiguration; verbunden mit {profile}</translation>
        </message>
        <message>
            <source>{key} = {value} s: {answer}</source>
            <translation>{key} = {value} s: {answer}</translation>
        </message>
        <message>
            <source>no answer</source>
            <translation>keine Antwort</translation>
        </message>
        <message>
            <source>{heartbeat}; {meter}.</source>
            <translation>{heartbeat}; {meter}.</translation>
        </message>
        <message>
            <source>{heartbeat}; {meter}. The new values apply after the charger's next reboot (Operations → Reset).</source>
            <translation>{heartbeat}; {meter}. Die neuen Werte gelten nach dem nächsten Neustart des Ladegeräts (Operationen → Reset).</translation>
        </message>
        <message>
            <source>{heartbeat}; {meter}. The charger refused a value: check the allowed range in its manual and set it on the Configuration tab.</source>
            <translation>{heartbeat}; {meter}. Das Ladegerät hat einen Wert abgelehnt: prüfen Sie den erlaubten Bereich in seinem Handbuch und setzen Sie ihn im Reiter Konfiguration.</translation>
        </message>
        <message>
            <source>The charger answered {status} to TriggerMessage StatusNotification: its clock could not be checked.</source>
            <translation>Das Ladegerät antwortete {status} auf TriggerMessage StatusNotification: seine Uhr konnte nicht geprüft werden.</translation>
        </message>
        <message>
            <source>No StatusNotification arrived within 15 s after TriggerMessage: the clock could not be checked.</source>
            <translation>Innert 15 s nach TriggerMessage kam keine StatusNotification an: die Uhr konnte nicht geprüft werden.</translation>
        </message>
        <message>
            <source>The charger's StatusNotification carries no timestamp: its clock cannot be checked (sessions use the central system's time).</source>
            <translation>Die StatusNotification des Ladegeräts trägt keinen Zeitstempel: seine Uhr kann nicht geprüft werden (Ladevorgänge verwenden die Zeit des Zentralsystems).</translation>
        </message>
        <message>
            <source>charger {charger}, ChargeDesk {ours}: difference {skew} s.</source>
            <translation>Ladegerät {charger}, ChargeDesk {ours}: Abweichung {skew} s.</translation>
        </message>
        <message>
            <source>charger {charger}, ChargeDesk {ours}: the charger is {ahead}. It sets its clock from the Heartbeat answers; configure NTP on the charger if it has it.</source>
            <translation>Ladegerät {charger}, ChargeDesk {ours}: das Ladegerät geht {ahead}. Es stellt seine Uhr nach den Heartbeat-Antworten; richten Sie NTP auf dem Ladegerät ein, falls es das hat.</translation>
        </message>
        <message>
            <source>charger {charger}, ChargeDesk {ours}: the charger is {ahead}: session times and prices by time would be wrong. Set its clock (NTP or its web page).</source>
            <translation>Ladegerät {charger}, ChargeDesk {ours}: das Ladegerät geht {ahead}: Zeiten der Ladevorgänge und zeitabhängige Preise wären falsch. Stellen Sie seine Uhr (NTP oder seine Webseite).</translation>
        </message>
        <message>
            <source>No charging profile accepted</source>
            <translation>Kein Ladeprofil angenommen</translation>
        </message>
        <message>
            <source>{why}: load management cannot limit this charger; it always charges at full power, which is reserved on its circuit.</source>
            <translation>{why}: das Lastmanagement kann dieses Ladegerät nicht begrenzen; es lädt immer mit voller Leistung, die auf seinem Stromkreis reserviert wird.</translation>
        </message>
        <message>
            <source>; GetCompositeSchedule shows the limit in force</source>
            <translation>; GetCompositeSchedule zeigt den geltenden Grenzwert</translation>
        </message>
        <message>
            <source>; GetCompositeSchedule could not confirm it</source>
            <translation>; GetCompositeSchedule konnte ihn nicht bestätigen</translation>
        </message>
        <message>
            <source>; TxProfile taken for accepted (no transaction ran to try it)</source>
            <translation>; TxProfile als angenommen betrachtet (keine Transaktion lief, um es zu testen)</translation>
        </message>
        <message>
            <source>{capabilities}{extra}; it holds only {held} charging profile (MaxChargingProfilesInstalled): a limit replaces its fail-safe, which is not kept while the central system is away.</source>
            <translation>{capabilities}{extra}; es speichert nur {held} Ladeprofil (MaxChargingProfilesInstalled): ein Grenzwert ersetzt seinen Fail-safe, der nicht erhalten bleibt, solange das Zentralsystem weg ist.</translation>
        </message>
        <message>
            <source>{capabilities}{extra}. Load management can limit this charger.</source>
            <translation>{capabilities}{extra}. Das Lastmanagement kann dieses Ladegerät begrenzen.</translation>
        </message>
        <message>
            <source> (up to {entries} tags, {per_message} per message)</source>
            <translation> (bis {entries} Karten, {per_message} pro Nachricht)</translation>
        </message>
        <message>
            <source> (up to {entries} tags)</source>
            <translation> (bis {entries} Karten)</translation>
        </message>
        <message>
            <source> ({per_message} per message)</source>
            <translation> ({per_message} pro Nachricht)</translation>
        </message>
        <message>
            <source>Local list supported and enabled{size}: owners and always-allowed users can charge while the charger is offline.</source>
            <translation>Lokale Liste unterstützt und aktiviert{size}: Eigentümer und jederzeit berechtigte Benutzer können laden, während das Ladegerät offline ist.</translation>
        </message>
        <message>
            <source>Local list supported{size} but disabled (LocalAuthListEnabled = false): enable it on the Configuration tab before sending a list.</source>
            <translation>Lokale Liste unterstützt{size}, aber deaktiviert (LocalAuthListEnabled = false): aktivieren Sie sie im Reiter Konfiguration, bevor Sie eine Liste senden.</translation>
        </message>
        <message>
            <source>No local authorization list: while the charger is offline only its authorization cache (if any) decides.</source>
            <translation>Keine lokale Autorisierungsliste: solange das Ladegerät offline ist, entscheidet nur sein Autorisierungs-Cache (falls vorhanden).</translation>
        </message>
        <message>
            <source>Test charge switched off.</source>
            <translation>Testladung ausgeschaltet.</translation>
        </message>
        <message>
            <source>RemoteStart on connector {connector} with tag {tag}…</source>
            <translation>RemoteStart an Anschluss {connector} mit Karte {tag}…</translation>
        </message>
        <message>
            <source>RemoteStart on connector {connector}: the charger answered {status} (is the connector available and a vehicle plugged in?).</source>
            <translation>RemoteStart an Anschluss {connector}: das Ladegerät antwortete {status} (ist der Anschluss frei und ein Fahrzeug eingesteckt?).</translation>
        </message>
        <message>
            <source>no transaction started on connector {connector}</source>
            <translation>an Anschluss {connector} hat keine Transaktion begonnen</translation>
        </message>
        <message>
            <source>RemoteStart accepted, but {what} within {seconds} s: is a vehicle (or an EV simulator) plugged in?</source>
            <translation>RemoteStart angenommen, aber {what} innert {seconds} s: ist ein Fahrzeug (oder ein EV-Simulator) eingesteckt?</translation>
        </message>
        <message>
            <source>Transaction {transaction} started but tag {tag} was refused ({status}): {reason}. Choose a tag that may charge at this station.</source>
            <translation>Transaktion {transaction} begonnen, aber Karte {tag} wurde abgelehnt ({status}): {reason}. Wählen Sie eine Karte, die an dieser Ladestation laden darf.</translation>
        </message>
        <message>
            <source>no reason</source>
            <translation>kein Grund</translation>
        </message>
        <message>
            <source>Transaction {transaction} started ({user}); waiting for Charging and meter values…</source>
            <translation>Transaktion {transaction} begonnen ({user}); warte auf Charging und Messwerte…</translation>
        </message>
        <message>
            <source>the connector did not report Charging</source>
            <translation>der Anschluss meldete nicht Charging</translation>
        </message>
        <message>
            <source>no meter values arrived</source>
            <translation>es kamen keine Messwerte an</translation>
        </message>
        <message>
            <source>Transaction {transaction}: {what} within {seconds} s (statuses seen: {statuses}). Stopped remotely.</source>
            <translation>Transaktion {transaction}: {what} innert {seconds} s (gesehene Status: {statuses}). Ferngesteuert beendet.</translation>
        </message>
        <message>
            <source>none</source>
            <translation>keine</translation>
        </message>
        <message>
            <source>RemoteStop of transaction {transaction}: the charger answered {status}. Stop the charge on the charger.</source>
            <translation>RemoteStop der Transaktion {transaction}: das Ladegerät antwortete {status}. Beenden Sie den Ladevorgang am Ladegerät.</translation>
        </message>
        <message>
            <source>the transaction was not stopped</source>
            <translation>die Transaktion wurde nicht beendet</translation>
        </message>
        <message>
            <source>RemoteStop accepted, but {what} within {seconds} s.</source>
            <translation>RemoteStop angenommen, aber {what} innert {seconds} s.</translation>
        </message>
        <message>
            <source>no power value</source>
            <translation>kein Leistungswert</translation>
        </message>
        <message>
            <source>energy not reported</source>
            <translation>Energie nicht gemeldet</translation>
        </message>
        <message>
            <source>Connector {connector}: {statuses}; transaction {transaction} with {user}, {power}, {energy}, stopped ({reason}). TxProfile on the transaction: {tx_profile}.</source>
            <translation>Anschluss {connector}: {statuses}; Transaktion {transaction} mit {user}, {power}, {energy}, beendet ({reason}). TxProfile auf der Transaktion: {tx_profile}.</translation>
        </message>
        <message>
            <source>Connector {connector}: {statuses}; transaction {transaction} with {user}, {power}, {energy}, stopped ({reason}).</source>
            <translation>Anschluss {connector}: {statuses}; Transaktion {transaction} mit {user}, {power}, {energy}, beendet ({reason}).</translation>
        </message>
        <message>
            <source>{seconds} s ahead</source>
            <translation>{seconds} s vor</translation>
        </message>
        <message>
            <source>{seconds} s behind</source>
            <translation>{seconds} s nach</translation>
        </message>
        <message>
            <source>The charger answered with an error: {error}</source>
            <translation>Das Ladegerät antwortete mit einem Fehler: {error}</translation>
        </message>
    </context>
    <context>
        <name>CommissioningReport</name>
        <message>
            <source>Pass</source>
            <translation>Bestanden</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>Warnung</translation>
        </message>
        <message>
            <source>Fail</source>
            <translation>Fehlgeschlagen</translation>
        </message>
        <message>
            <source>Skipped</source>
            <translation>Übersprungen</translation>
        </message>
        <message>
            <source>Not run</source>
            <translation>Nicht ausgeführt</translation>
        </message>
        <message>
            <source>Running</source>
            <translation>Läuft</translation>
        </message>
        <message>
            <source>Charge point id</source>
            <translation>Ladepunkt-ID</translation>
        </message>
        <message>
            <source>Station</source>
            <translation>Ladestation</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>Standort</translation>
        </message>
        <message>
            <source>Vendor</source>
            <translation>Hersteller</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>Modell</translation>
        </message>
        <message>
            <source>Serial number</source>
            <translation>Seriennummer</translation>
        </message>
        <message>
            <source>Firmware</source>
            <translation>Firmware</translation>
        </message>
        <message>
            <source>OCPP version</source>
            <translation>OCPP-Version</translation>
        </message>
        <message>
            <source>IP address</source>
            <translation>IP-Adresse</translation>
        </message>
        <message>
            <source>Checklist started</source>
            <translation>Checkliste gestartet</translation>
        </message>
        <message>
            <source>Checklist finished</source>
            <translation>Checkliste beendet</translation>
        </message>
        <message>
            <source>Heartbeat interval</source>
            <translation>Heartbeat-Intervall</translation>
        </message>
        <message>
            <source>Meter value interval</source>
            <translation>Messwert-Intervall</translation>
        </message>
        <message>
            <source>Test charge</source>
            <translation>Testladung</translation>
        </message>
        <message>
            <source>connector {connector}, tag {tag}</source>
            <translation>Anschluss {connector}, Karte {tag}</translation>
        </message>
        <message>
            <source>off</source>
            <translation>aus</translation>
        </message>
        <message>
            <source>Commissioning report {cpid}</source>
            <translation>Inbetriebnahmeprotokoll {cpid}</translation>
        </message>
        <message>
            <source>Commissioning report — {station}</source>
            <translation>Inbetriebnahmeprotokoll — {station}</translation>
        </message>
        <message>
            <source>Charge point &lt;b&gt;{cpid}&lt;/b&gt;, {when}</source>
            <translation>Ladepunkt &lt;b&gt;{cpid}&lt;/b&gt;, {when}</translation>
        </message>
        <message>
            <source>Generated by ChargeDesk. Stored in the audit log as entry {entry}.</source>
            <translation>Erstellt von ChargeDesk. Im Prüfprotokoll gespeichert als Eintrag {entry}.</translation>
        </message>
        <message>
            <source>Charger</source>
            <translation>Ladepunkt</translation>
        </message>
        <message>
            <source>Checklist settings</source>
            <translation>Einstellungen der Checkliste</translation>
        </message>
        <message>
            <source>Checklist</source>
            <translation>Checkliste</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Schritt</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Ergebnis</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <source>Technician, date</source>
            <translation>Techniker, Datum</translation>
        </message>
        <message>
            <source>Operator, date</source>
            <translation>Bediener, Datum</translation>
        </message>
    </context>
    <context>
        <name>Statement</name>
        <message>
            <source>{hours} h {minutes} min</source>
            <translation>{hours} h {minutes} min</translation>
        </message>
        <message>
            <source>{minutes} min</source>
            <translation>{minutes} min</translation>
        </message>
        <message>
            <source>Charging statement {period} — {name}</source>
            <translation>Ladeabrechnung {period} — {name}</translation>
        </message>
        <message>
            <source>Charging statement {period}</source>
            <translation>Ladeabrechnung {period}</translation>
        </message>
        <message>
            <source>Company: &lt;b&gt;{company}&lt;/b&gt;</source>
            <translation>Firma: &lt;b&gt;{company}&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Cost centre: &lt;b&gt;{cost_centre}&lt;/b&gt;</source>
            <translation>Kostenstelle: &lt;b&gt;{cost_centre}&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Period: &lt;b&gt;{first} – {last}&lt;/b&gt;</source>
            <translation>Zeitraum: &lt;b&gt;{first} – {last}&lt;/b&gt;</translation>
        </message>
        <message>
            <source>No charging sessions in {period}.</source>
            <translation>Keine Ladevorgänge im {period}.</translation>
        </message>
        <message>
            <source>Dates and times are the local time of each site; a session belongs to the day it started.</source>
            <translation>Datum und Zeit sind die Ortszeit des jeweiligen Standorts; ein Ladevorgang gehört zum Tag, an dem er begann.</translation>
        </message>
        <message>
            <source>Sessions still running when the statement was made are not included.</source>
            <translation>Ladevorgänge, die bei der Erstellung der Abrechnung noch liefen, sind nicht enthalten.</translation>
        </message>
        <message numerus="yes">
            <source>%n session(s) without a price (listed but not in the totals).</source>
            <translation>
                <numerusform>%n Ladevorgang ohne Preis (aufgeführt, aber nicht in den Summen).</numerusform>
                <numerusform>%n Ladevorgänge ohne Preis (aufgeführt, aber nicht in den Summen).</numerusform>
            </translation>
        </message>
        <message>
            <source>Time zone: {zones}.</source>
            <translation>Zeitzone: {zones}.</translation>
        </message>
        <message>
            <source>Time zones: {zones}.</source>
            <translation>Zeitzonen: {zones}.</translation>
        </message>
        <message>
            <source>Made on {when} UTC by ChargeDesk.</source>
            <translation>Erstellt am {when} UTC von ChargeDesk.</translation>
        </message>
        <message>
            <source>Date</source>
            <extracomment>the sessions table's columns (the keys say which are numbers)</extracomment>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Zeit</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>Standort</translation>
        </message>
        <message>
            <source>Station</source>
            <translation>Ladestation</translation>
        </message>
        <message>
            <source>Conn.</source>
            <translation>Anschl.</translation>
        </message>
        <message>
            <source>kWh</source>
            <translation>kWh</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Dauer</translation>
        </message>
        <message>
            <source>Tariff</source>
            <translation>Tarif</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>Preis</translation>
        </message>
        <message>
            <source>not priced</source>
            <translation>ohne Preis</translation>
        </message>
        <message>
            <source>Totals</source>
            <translation>Summen</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Ladevorgänge</translation>
        </message>
        <message>
            <source>Net</source>
            <translation>Netto</translation>
        </message>
        <message>
            <source>VAT</source>
            <translation>MWST</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
    </context>
</TS>
