<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AccessPlans</name>
    <message>
        <source>{user} at {station} connector {number}</source>
        <translation>{user} an {station} Anschluss {number}</translation>
    </message>
    <message>
        <source>{user} at {station}</source>
        <translation>{user} an {station}</translation>
    </message>
    <message>
        <source>Connector {number} ({plug})</source>
        <translation>Anschluss {number} ({plug})</translation>
    </message>
    <message>
        <source>Connector {number}</source>
        <translation>Anschluss {number}</translation>
    </message>
    <message>
        <source>station {id} does not exist</source>
        <translation>Ladestation {id} existiert nicht</translation>
    </message>
    <message>
        <source>Station schedule</source>
        <translation>Zeitplan der Ladestation</translation>
    </message>
    <message>
        <source>Connector {number} (own rules)</source>
        <translation>Anschluss {number} (eigene Regeln)</translation>
    </message>
    <message>
        <source>Special user {user} (connector {number}): own times</source>
        <translation>Spezialbenutzer {user} (Anschluss {number}): eigene Zeiten</translation>
    </message>
    <message>
        <source>Special user {user}: own times</source>
        <translation>Spezialbenutzer {user}: eigene Zeiten</translation>
    </message>
    <message>
        <source>connector {connector} is not a connector of station {id}</source>
        <translation>Anschluss {connector} gehört nicht zur Ladestation {id}</translation>
    </message>
    <message>
        <source>connector {number} of {name} follows the station&apos;s plan (no own rules)</source>
        <translation>Anschluss {number} von {name} folgt dem Plan der Ladestation (keine eigenen Regeln)</translation>
    </message>
    <message>
        <source>special user grant {id} does not exist</source>
        <translation>Berechtigung {id} eines Spezialbenutzers existiert nicht</translation>
    </message>
    <message>
        <source>choose at least one weekday</source>
        <translation>wählen Sie mindestens einen Wochentag</translation>
    </message>
    <message>
        <source>{problem}; write it as HH:MM, e.g. 07:00</source>
        <translation>{problem}; schreiben Sie HH:MM, z. B. 07:00</translation>
    </message>
    <message>
        <source>{problem}; write it as HH:MM, e.g. 18:00 (24:00 for midnight)</source>
        <translation>{problem}; schreiben Sie HH:MM, z. B. 18:00 (24:00 für Mitternacht)</translation>
    </message>
    <message>
        <source>from and to are the same time; for the whole day write 00:00–24:00</source>
        <translation>Von und Bis sind dieselbe Zeit; für den ganzen Tag schreiben Sie 00:00–24:00</translation>
    </message>
    <message>
        <source>Window {number}: a special user&apos;s times have no mode or tariff.</source>
        <translation>Zeitfenster {number}: Die Zeiten eines Spezialbenutzers haben keinen Modus und keinen Tarif.</translation>
    </message>
    <message>
        <source>Window {number}: choose Public, Limited or Private.</source>
        <translation>Zeitfenster {number}: Wählen Sie Öffentlich, Eingeschränkt oder Privat.</translation>
    </message>
    <message>
        <source>Window {number}: from and to are the same time; for the whole day write 00:00–24:00.</source>
        <translation>Zeitfenster {number}: Von und Bis sind dieselbe Zeit; für den ganzen Tag schreiben Sie 00:00–24:00.</translation>
    </message>
    <message>
        <source>{window}: from and to are the same time.</source>
        <translation>{window}: Von und Bis sind dieselbe Zeit.</translation>
    </message>
    <message>
        <source>that tariff no longer exists; choose another one</source>
        <translation>diesen Tarif gibt es nicht mehr; wählen Sie einen anderen</translation>
    </message>
    <message>
        <source>choose Public, Limited or Private</source>
        <translation>wählen Sie Öffentlich, Eingeschränkt oder Privat</translation>
    </message>
    <message>
        <source>Window {number}: that tariff no longer exists; choose another one</source>
        <translation>Zeitfenster {number}: Diesen Tarif gibt es nicht mehr; wählen Sie einen anderen</translation>
    </message>
    <message>
        <source>{date} has an exception already; edit that one instead</source>
        <translation>{date} hat bereits eine Ausnahme; bearbeiten Sie stattdessen diese</translation>
    </message>
    <message>
        <source>at most {most} characters</source>
        <translation>höchstens {most} Zeichen</translation>
    </message>
    <message>
        <source>{date}: choose a weekday whose plan applies, or a fixed mode for the day</source>
        <translation>{date}: Wählen Sie einen Wochentag, dessen Plan gilt, oder einen festen Modus für den Tag</translation>
    </message>
    <message>
        <source>choose a weekday from Monday to Sunday</source>
        <translation>wählen Sie einen Wochentag von Montag bis Sonntag</translation>
    </message>
    <message>
        <source>a date that follows another weekday uses that day&apos;s tariffs; choose a fixed mode to set one</source>
        <translation>ein Datum, das einem anderen Wochentag folgt, verwendet dessen Tarife; wählen Sie einen festen Modus, um einen festzulegen</translation>
    </message>
    <message>
        <source>{mode} at &apos;{tariff}&apos;</source>
        <translation>{mode} zum Tarif «{tariff}»</translation>
    </message>
    <message>
        <source>{mode} (no tariff)</source>
        <translation>{mode} (kein Tarif)</translation>
    </message>
    <message>
        <source>{when}: {slot}, with no change ahead</source>
        <translation>{when}: {slot}, ohne weitere Änderung</translation>
    </message>
    <message>
        <source>{when}: {slot} until {until}, then {next}</source>
        <translation>{when}: {slot} bis {until}, dann {next}</translation>
    </message>
    <message>
        <source>{when}: {user} may charge at any time (no own access times: the station&apos;s plan applies)</source>
        <translation>{when}: {user} darf jederzeit laden (keine eigenen Zugangszeiten: Es gilt der Plan der Ladestation)</translation>
    </message>
    <message>
        <source>{when}: inside {user}&apos;s access times until {until}</source>
        <translation>{when}: innerhalb der Zugangszeiten von {user} bis {until}</translation>
    </message>
    <message>
        <source>{when}: inside {user}&apos;s access times all week</source>
        <translation>{when}: die ganze Woche innerhalb der Zugangszeiten von {user}</translation>
    </message>
    <message>
        <source>{when}: outside {user}&apos;s access times; next from {start}</source>
        <translation>{when}: ausserhalb der Zugangszeiten von {user}; wieder ab {start}</translation>
    </message>
    <message>
        <source>{when}: outside {user}&apos;s access times</source>
        <translation>{when}: ausserhalb der Zugangszeiten von {user}</translation>
    </message>
    <message>
        <source>This station no longer exists; choose another one.</source>
        <translation>Diese Ladestation gibt es nicht mehr; wählen Sie eine andere.</translation>
    </message>
    <message>
        <source>This connector is no longer part of {station}; choose another target.</source>
        <translation>Dieser Anschluss gehört nicht mehr zu {station}; wählen Sie ein anderes Ziel.</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Weekly windows</source>
        <translation>Wöchentliche Zeitfenster</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Exception {date}</source>
        <translation>Ausnahme {date}</translation>
    </message>
    <message>
        <source>This connector no longer exists; choose another one.</source>
        <translation>Diesen Anschluss gibt es nicht mehr; wählen Sie einen anderen.</translation>
    </message>
    <message>
        <source>Connector {number} has its own rules already.</source>
        <translation>Anschluss {number} hat bereits eigene Regeln.</translation>
    </message>
    <message>
        <source>This special user no longer has a grant at the station; choose another target.</source>
        <translation>Dieser Spezialbenutzer hat keine Berechtigung mehr an der Ladestation; wählen Sie ein anderes Ziel.</translation>
    </message>
    <message>
        <source>Access times</source>
        <translation>Zugangszeiten</translation>
    </message>
    <message>
        <source>any time the station allows</source>
        <translation>jederzeit, wenn die Ladestation es erlaubt</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>{text} is not a percentage (e.g. 8.1)</source>
        <translation>{text} ist kein Prozentsatz (z. B. 8.1)</translation>
    </message>
    <message>
        <source>{text} is not a price (e.g. 0.35)</source>
        <translation>{text} ist kein Preis (z. B. 0.35)</translation>
    </message>
    <message>
        <source>cannot be below zero</source>
        <translation>darf nicht unter null sein</translation>
    </message>
    <message>
        <source>at most {places} decimals</source>
        <translation>höchstens {places} Nachkommastellen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>VAT %</source>
        <translation>MWST %</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Per kWh</source>
        <translation>Pro kWh</translation>
    </message>
    <message>
        <source>Per hour</source>
        <translation>Pro Stunde</translation>
    </message>
    <message>
        <source>Free minutes</source>
        <translation>Gratisminuten</translation>
    </message>
    <message>
        <source>Start fee</source>
        <translation>Startgebühr</translation>
    </message>
    <message>
        <source>VAT included</source>
        <translation>MWST inbegriffen</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Load priority</source>
        <translation>Lastpriorität</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>give the site a name</source>
        <translation>geben Sie dem Standort einen Namen</translation>
    </message>
    <message>
        <source>a site named {name} exists already</source>
        <translation>ein Standort namens {name} existiert bereits</translation>
    </message>
    <message>
        <source>{zone} is not a time zone (an IANA name such as Europe/Zurich)</source>
        <translation>{zone} ist keine Zeitzone (ein IANA-Name wie Europe/Zurich)</translation>
    </message>
    <message>
        <source>a 3-letter currency code such as CHF or EUR</source>
        <translation>ein Währungscode aus 3 Buchstaben wie CHF oder EUR</translation>
    </message>
    <message>
        <source>VAT is a percentage below 100</source>
        <translation>die MWST ist ein Prozentsatz unter 100</translation>
    </message>
    <message numerus="yes">
        <source>{name} still has %n station(s); move or delete them first</source>
        <translation>
            <numerusform>{name} hat noch %n Ladestation; verschieben oder löschen Sie sie zuerst</numerusform>
            <numerusform>{name} hat noch %n Ladestationen; verschieben oder löschen Sie sie zuerst</numerusform>
        </translation>
    </message>
    <message>
        <source>give the tariff a name (e.g. employee)</source>
        <translation>geben Sie dem Tarif einen Namen (z. B. Mitarbeitende)</translation>
    </message>
    <message>
        <source>a tariff named {name} exists already</source>
        <translation>ein Tarif namens {name} existiert bereits</translation>
    </message>
    <message>
        <source>minutes between 0 and 10080 (a week)</source>
        <translation>Minuten zwischen 0 und 10080 (eine Woche)</translation>
    </message>
    <message>
        <source>{text} is not a whole number of minutes</source>
        <translation>{text} ist keine ganze Zahl von Minuten</translation>
    </message>
    <message>
        <source>{text} is not a whole number (e.g. 10; higher is served first)</source>
        <translation>{text} ist keine ganze Zahl (z. B. 10; höher wird zuerst bedient)</translation>
    </message>
    <message>
        <source>a load priority is from -{most} to {most}</source>
        <translation>eine Lastpriorität liegt zwischen -{most} und {most}</translation>
    </message>
    <message numerus="yes">
        <source>&apos;{name}&apos; is used by %n rule(s); change them first</source>
        <translation>
            <numerusform>«{name}» wird von %n Regel verwendet; ändern Sie diese zuerst</numerusform>
            <numerusform>«{name}» wird von %n Regeln verwendet; ändern Sie diese zuerst</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CircuitWindows</name>
    <message>
        <source>window {number} cannot be read: {problems}</source>
        <translation>Zeitfenster {number} kann nicht gelesen werden: {problems}</translation>
    </message>
</context>
<context>
    <name>Circuits</name>
    <message>
        <source>1-phase on {phase}</source>
        <translation>1-phasig an {phase}</translation>
    </message>
    <message numerus="yes">
        <source>{name} has %n circuit(s) below it ({names}).</source>
        <translation>
            <numerusform>{name} hat %n Stromkreis darunter ({names}).</numerusform>
            <numerusform>{name} hat %n Stromkreise darunter ({names}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} has %n connector(s) on it ({names}).</source>
        <translation>
            <numerusform>An {name} hängt %n Anschluss ({names}).</numerusform>
            <numerusform>An {name} hängen %n Anschlüsse ({names}).</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleting it deletes the circuits below it too and leaves the connectors not load-managed.</source>
        <translation>Beim Löschen werden auch die Stromkreise darunter gelöscht, und die Anschlüsse sind nicht mehr im Lastmanagement.</translation>
    </message>
    <message>
        <source>site {id} does not exist (deleted meanwhile?)</source>
        <translation>Standort {id} existiert nicht (inzwischen gelöscht?)</translation>
    </message>
    <message>
        <source>circuit {id} does not exist (deleted meanwhile?)</source>
        <translation>Stromkreis {id} existiert nicht (inzwischen gelöscht?)</translation>
    </message>
    <message>
        <source>Give the circuit a name, e.g. Main or Garage.</source>
        <translation>Geben Sie dem Stromkreis einen Namen, z. B. Haupt oder Garage.</translation>
    </message>
    <message>
        <source>A name has at most {most} characters (this one has {length}).</source>
        <translation>Ein Name hat höchstens {most} Zeichen (dieser hat {length}).</translation>
    </message>
    <message>
        <source>A circuit carries 1 or 3 phases.</source>
        <translation>Ein Stromkreis führt 1 oder 3 Phasen.</translation>
    </message>
    <message>
        <source>{overlaps} Change or remove one of them.</source>
        <translation>{overlaps} Ändern oder entfernen Sie eines davon.</translation>
    </message>
    <message>
        <source>Window {number}: {problem}.</source>
        <translation>Zeitfenster {number}: {problem}.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Under</source>
        <translation>Unter</translation>
    </message>
    <message>
        <source>(grid connection)</source>
        <translation>(Netzanschluss)</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Phasen</translation>
    </message>
    <message>
        <source>Max current (A)</source>
        <translation>Max. Strom (A)</translation>
    </message>
    <message>
        <source>Max power (kW)</source>
        <translation>Max. Leistung (kW)</translation>
    </message>
    <message>
        <source>Windows</source>
        <translation>Zeitfenster</translation>
    </message>
    <message>
        <source>This site no longer exists.</source>
        <translation>Diesen Standort gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>{site} has a circuit named {name} already; choose another name.</source>
        <translation>{site} hat bereits einen Stromkreis namens {name}; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>{site} has its grid connection already ({name}); add this circuit under it.</source>
        <translation>{site} hat bereits einen Netzanschluss ({name}); fügen Sie diesen Stromkreis darunter ein.</translation>
    </message>
    <message>
        <source>That circuit no longer exists; choose another one to put this circuit under.</source>
        <translation>Diesen Stromkreis gibt es nicht mehr; wählen Sie einen anderen, unter den dieser Stromkreis kommt.</translation>
    </message>
    <message>
        <source>The grid connection is the top of the tree; it cannot be moved under another circuit.</source>
        <translation>Der Netzanschluss ist die Spitze des Baums; er kann nicht unter einen anderen Stromkreis verschoben werden.</translation>
    </message>
    <message>
        <source>{below} is below {circuit}; a circuit cannot be under itself.</source>
        <translation>{below} liegt unter {circuit}; ein Stromkreis kann nicht unter sich selbst liegen.</translation>
    </message>
    <message>
        <source>{names} below it carry 3 phases; make them 1-phase first.</source>
        <translation>{names} darunter führen 3 Phasen; machen Sie sie zuerst 1-phasig.</translation>
    </message>
    <message>
        <source>3-phase connectors are on it ({names}); make them 1-phase in their station first.</source>
        <translation>Daran hängen 3-phasige Anschlüsse ({names}); machen Sie sie zuerst in ihrer Ladestation 1-phasig.</translation>
    </message>
    <message>
        <source>That circuit no longer exists; reload the tree.</source>
        <translation>Diesen Stromkreis gibt es nicht mehr; laden Sie den Baum neu.</translation>
    </message>
    <message>
        <source>{connector}: {problem}</source>
        <translation>{connector}: {problem}</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Strategie</translation>
    </message>
    <message>
        <source>Minimum current</source>
        <translation>Mindeststrom</translation>
    </message>
    <message>
        <source>Base-load meter</source>
        <translation>Grundlastzähler</translation>
    </message>
    <message>
        <source>Meter charger</source>
        <translation>Zähler-Ladepunkt</translation>
    </message>
    <message>
        <source>Meter address</source>
        <translation>Zähleradresse</translation>
    </message>
    <message>
        <source>Meter unit id</source>
        <translation>Unit-ID des Zählers</translation>
    </message>
    <message>
        <source>Register map</source>
        <translation>Registertabelle</translation>
    </message>
    <message>
        <source>Meter measures</source>
        <translation>Zähler misst</translation>
    </message>
    <message>
        <source>Choose the charger whose inlet meter measures the supply (a charger of this site).</source>
        <translation>Wählen Sie den Ladepunkt, dessen Zähler am Eingang die Zuleitung misst (ein Ladepunkt dieses Standorts).</translation>
    </message>
    <message>
        <source>Choose None, a charger&apos;s inlet meter or a Modbus TCP meter.</source>
        <translation>Wählen Sie Keiner, den Zähler am Eingang eines Ladepunkts oder einen Modbus-TCP-Zähler.</translation>
    </message>
    <message>
        <source>That circuit no longer exists; choose the circuit the meter measures.</source>
        <translation>Diesen Stromkreis gibt es nicht mehr; wählen Sie den Stromkreis, den der Zähler misst.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Connected to {where}: empty database; it will be set up at the next start.</source>
        <extracomment>the command that migrates it when a start does not (a PostgreSQL database: ``chargedesk db upgrade``)</extracomment>
        <translation>Verbunden mit {where}: leere Datenbank; sie wird beim nächsten Start eingerichtet.</translation>
    </message>
    <message>
        <source>Connected to {where}: schema {revision}, this version needs {head}: run `{command}` on one machine (it makes a pg_dump first).</source>
        <translation>Verbunden mit {where}: Schema {revision}, diese Version braucht {head}: Führen Sie `{command}` auf einem Rechner aus (es macht zuerst einen pg_dump).</translation>
    </message>
    <message>
        <source>Connected to {where}: schema {revision}, it will be upgraded at the next start.</source>
        <translation>Verbunden mit {where}: Schema {revision}, es wird beim nächsten Start aktualisiert.</translation>
    </message>
    <message>
        <source>Connected to {where}: schema up to date.</source>
        <translation>Verbunden mit {where}: Schema aktuell.</translation>
    </message>
    <message>
        <source>not a database URL: {problem}</source>
        <translation>keine Datenbank-URL: {problem}</translation>
    </message>
</context>
<context>
    <name>EditConflict</name>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>{field}: {loaded} → {stored}</source>
        <translation>{field}: {loaded} → {stored}</translation>
    </message>
    <message>
        <source>{who} saved this user {when} while you were editing.</source>
        <extracomment>One whole headline per kind of thing, saved or deleted, with and without the time (a translation words each as its language needs: &quot;diese Ladestation&quot;, &quot;ce tarif&quot;). ``{who}`` and ``{when}`` are filled in.</extracomment>
        <translation>{who} hat diesen Benutzer {when} gespeichert, während Sie ihn bearbeiteten.</translation>
    </message>
    <message>
        <source>{who} saved this user while you were editing.</source>
        <translation>{who} hat diesen Benutzer gespeichert, während Sie ihn bearbeiteten.</translation>
    </message>
    <message>
        <source>{who} deleted this user {when} while you were editing.</source>
        <translation>{who} hat diesen Benutzer {when} gelöscht, während Sie ihn bearbeiteten.</translation>
    </message>
    <message>
        <source>{who} deleted this user while you were editing.</source>
        <translation>{who} hat diesen Benutzer gelöscht, während Sie ihn bearbeiteten.</translation>
    </message>
    <message>
        <source>{who} saved this station {when} while you were editing.</source>
        <translation>{who} hat diese Ladestation {when} gespeichert, während Sie sie bearbeiteten.</translation>
    </message>
    <message>
        <source>{who} saved this station while you were editing.</source>
        <translation>{who} hat diese Ladestation gespeichert, während Sie sie bearbeiteten.</translation>
    </message>
    <message>
        <source>{who} deleted this station {when} while you were editing.</source>
        <translation>{who} hat diese Ladestation {when} gelöscht, während Sie sie bearbeiteten.</translation>
    </message>
    <message>
        <source>{who} deleted this station while you were editing.</source>
        <translation>{who} hat diese Ladestation gelöscht, während Sie sie bearbeiteten.</translation>
    </message>
    <message>
        <source>{who} saved this schedule {when} while you were editing.</source>
        <translation>{who} hat diesen Zeitplan {when} gespeichert, während Sie ihn bearbeiteten.</translation>
    </message>
    <message>
        <source>{who} saved this schedule while you were editing.</source>
        <translation>{who} hat diesen Zeitplan gespeichert, während Sie ihn bearbeiteten.</translation>
    </message>
    <message>
        <source>{who} deleted this schedule {when} while you were editing.</source>
        <translation>{who} hat diesen Zeitplan {when} gelöscht, während Sie ihn bearbeiteten.</translation>
    </message>
    <message>
        <source>{who} deleted this schedule while you were editing.</source>
        <translation>{who} hat diesen Zeitplan gelöscht, während Sie ihn bearbeiteten.</translation>
    </message>
    <message>
        <source>{who} saved this special user&apos;s times {when} while you were editing.</source>
        <translation>{who} hat die Zeiten dieses Spezialbenutzers {when} gespeichert, während Sie sie bearbeiteten.</translation>
    </message>
    <message>
        <source>{who} saved this special user&apos;s times while you were editing.</source>
        <translation>{who} hat die Zeiten dieses Spezialbenutzers gespeichert, während Sie sie bearbeiteten.</translation>
    </message>
    <message>
        <source>{who} deleted this special user {when} while you were editing.</source>
        <translation>{who} hat diesen Spezialbenutzer {when} gelöscht, während Sie ihn bearbeiteten.</translation>
    </message>
    <message>
        <source>{who} deleted this special user while you were editing.</source>
        <translation>{who} hat diesen Spezialbenutzer gelöscht, während Sie ihn bearbeiteten.</translation>
    </message>
    <message>
        <source>{who} saved this site {when} while you were editing.</source>
        <translation>{who} hat diesen Standort {when} gespeichert, während Sie ihn bearbeiteten.</translation>
    </message>
    <message>
        <source>{who} saved this site while you were editing.</source>
        <translation>{who} hat diesen Standort gespeichert, während Sie ihn bearbeiteten.</translation>
    </message>
    <message>
        <source>{who} deleted this site {when} while you were editing.</source>
        <translation>{who} hat diesen Standort {when} gelöscht, während Sie ihn bearbeiteten.</translation>
    </message>
    <message>
        <source>{who} deleted this site while you were editing.</source>
        <translation>{who} hat diesen Standort gelöscht, während Sie ihn bearbeiteten.</translation>
    </message>
    <message>
        <source>{who} saved this tariff {when} while you were editing.</source>
        <translation>{who} hat diesen Tarif {when} gespeichert, während Sie ihn bearbeiteten.</translation>
    </message>
    <message>
        <source>{who} saved this tariff while you were editing.</source>
        <translation>{who} hat diesen Tarif gespeichert, während Sie ihn bearbeiteten.</translation>
    </message>
    <message>
        <source>{who} deleted this tariff {when} while you were editing.</source>
        <translation>{who} hat diesen Tarif {when} gelöscht, während Sie ihn bearbeiteten.</translation>
    </message>
    <message>
        <source>{who} deleted this tariff while you were editing.</source>
        <translation>{who} hat diesen Tarif gelöscht, während Sie ihn bearbeiteten.</translation>
    </message>
    <message>
        <source>{who} saved this circuit {when} while you were editing.</source>
        <translation>{who} hat diesen Stromkreis {when} gespeichert, während Sie ihn bearbeiteten.</translation>
    </message>
    <message>
        <source>{who} saved this circuit while you were editing.</source>
        <translation>{who} hat diesen Stromkreis gespeichert, während Sie ihn bearbeiteten.</translation>
    </message>
    <message>
        <source>{who} deleted this circuit {when} while you were editing.</source>
        <translation>{who} hat diesen Stromkreis {when} gelöscht, während Sie ihn bearbeiteten.</translation>
    </message>
    <message>
        <source>{who} deleted this circuit while you were editing.</source>
        <translation>{who} hat diesen Stromkreis gelöscht, während Sie ihn bearbeiteten.</translation>
    </message>
    <message>
        <source>{who} saved this setting {when} while you were editing.</source>
        <translation>{who} hat diese Einstellung {when} gespeichert, während Sie sie bearbeiteten.</translation>
    </message>
    <message>
        <source>{who} saved this setting while you were editing.</source>
        <translation>{who} hat diese Einstellung gespeichert, während Sie sie bearbeiteten.</translation>
    </message>
    <message>
        <source>{who} deleted this setting {when} while you were editing.</source>
        <translation>{who} hat diese Einstellung {when} gelöscht, während Sie sie bearbeiteten.</translation>
    </message>
    <message>
        <source>{who} deleted this setting while you were editing.</source>
        <translation>{who} hat diese Einstellung gelöscht, während Sie sie bearbeiteten.</translation>
    </message>
    <message>
        <source>{who} saved this alarm rule {when} while you were editing.</source>
        <translation>{who} hat diese Alarmregel {when} gespeichert, während Sie sie bearbeiteten.</translation>
    </message>
    <message>
        <source>{who} saved this alarm rule while you were editing.</source>
        <translation>{who} hat diese Alarmregel gespeichert, während Sie sie bearbeiteten.</translation>
    </message>
    <message>
        <source>{who} deleted this alarm rule {when} while you were editing.</source>
        <translation>{who} hat diese Alarmregel {when} gelöscht, während Sie sie bearbeiteten.</translation>
    </message>
    <message>
        <source>{who} deleted this alarm rule while you were editing.</source>
        <translation>{who} hat diese Alarmregel gelöscht, während Sie sie bearbeiteten.</translation>
    </message>
    <message>
        <source>{who} saved this {when} while you were editing.</source>
        <extracomment>a kind not in the table (a new editor): the headline without its noun</extracomment>
        <translation>{who} hat dies {when} gespeichert, während Sie es bearbeiteten.</translation>
    </message>
    <message>
        <source>{who} saved this while you were editing.</source>
        <translation>{who} hat dies gespeichert, während Sie es bearbeiteten.</translation>
    </message>
    <message>
        <source>{who} deleted this {when} while you were editing.</source>
        <translation>{who} hat dies {when} gelöscht, während Sie es bearbeiteten.</translation>
    </message>
    <message>
        <source>{who} deleted this while you were editing.</source>
        <translation>{who} hat dies gelöscht, während Sie es bearbeiteten.</translation>
    </message>
    <message>
        <source>Someone on another console</source>
        <translation>Jemand an einer anderen Konsole</translation>
    </message>
    <message>
        <source>at {time}</source>
        <translation>um {time}</translation>
    </message>
    <message>
        <source>on {date} at {time}</source>
        <translation>am {date} um {time}</translation>
    </message>
    <message>
        <source>{headline}: {differences}.</source>
        <translation>{headline}: {differences}.</translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation>Es wurde nichts gelöscht.</translation>
    </message>
    <message>
        <source>Your changes are not saved.</source>
        <translation>Ihre Änderungen sind nicht gespeichert.</translation>
    </message>
    <message>
        <source>{conflict} {outcome}</source>
        <translation>{conflict} {outcome}</translation>
    </message>
</context>
<context>
    <name>OperatorRole</name>
    <message>
        <source>Viewer (reads everything, changes nothing)</source>
        <extracomment>The one role → permissions table. the roles as the login dialog and the operators section offer them (translate(&quot;OperatorRole&quot;, label) where shown)</extracomment>
        <translation>Betrachter (liest alles, ändert nichts)</translation>
    </message>
    <message>
        <source>Technician (chargers, stations, schedules, alarms)</source>
        <translation>Techniker (Ladepunkte, Ladestationen, Zeitpläne, Alarme)</translation>
    </message>
    <message>
        <source>Manager (everything, operators included)</source>
        <translation>Manager (alles, auch Bediener)</translation>
    </message>
    <message>
        <source>viewer</source>
        <extracomment>a role&apos;s short name, as an operator&apos;s label says it (&quot;Anna Meier (viewer)&quot;)</extracomment>
        <translation>Betrachter</translation>
    </message>
    <message>
        <source>technician</source>
        <translation>Techniker</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>Manager</translation>
    </message>
</context>
<context>
    <name>Operators</name>
    <message>
        <source>Unknown username or wrong password.</source>
        <translation>Unbekannter Benutzername oder falsches Passwort.</translation>
    </message>
    <message>
        <source>the site needs at least one active manager: make another manager first</source>
        <translation>der Standort braucht mindestens einen aktiven Manager: Ernennen Sie zuerst einen anderen Manager</translation>
    </message>
    <message>
        <source>an operator password needs at least {least} characters</source>
        <translation>ein Bediener-Passwort braucht mindestens {least} Zeichen</translation>
    </message>
    <message>
        <source>at most {most} characters</source>
        <translation>höchstens {most} Zeichen</translation>
    </message>
    <message>
        <source>no spaces at the start or the end</source>
        <translation>keine Leerzeichen am Anfang oder Ende</translation>
    </message>
    <message>
        <source>the two passwords differ</source>
        <translation>die beiden Passwörter unterscheiden sich</translation>
    </message>
    <message>
        <source>no operator named {name}</source>
        <translation>kein Bediener namens {name}</translation>
    </message>
    <message>
        <source>a username is needed</source>
        <translation>ein Benutzername ist nötig</translation>
    </message>
    <message>
        <source>no spaces in a username</source>
        <translation>keine Leerzeichen im Benutzernamen</translation>
    </message>
    <message>
        <source>{name} is taken (usernames ignore upper and lower case)</source>
        <translation>{name} ist vergeben (Benutzernamen unterscheiden nicht zwischen Gross- und Kleinschreibung)</translation>
    </message>
    <message>
        <source>This account is locked after {failures} wrong passwords until {time} (local time). A manager can unlock it sooner.</source>
        <translation>Dieses Konto ist nach {failures} falschen Passwörtern bis {time} (Ortszeit) gesperrt. Ein Manager kann es früher entsperren.</translation>
    </message>
    <message>
        <source>Unknown username or wrong password. The account is now locked until {time} (local time).</source>
        <translation>Unbekannter Benutzername oder falsches Passwort. Das Konto ist jetzt bis {time} (Ortszeit) gesperrt.</translation>
    </message>
    <message>
        <source>This account is deactivated. A manager can reactivate it.</source>
        <translation>Dieses Konto ist deaktiviert. Ein Manager kann es wieder aktivieren.</translation>
    </message>
    <message>
        <source>this database has operators already: log in, or ask a manager</source>
        <translation>diese Datenbank hat bereits Bediener: Melden Sie sich an oder fragen Sie einen Manager</translation>
    </message>
    <message>
        <source>create a manager account first: nobody could log in</source>
        <translation>erstellen Sie zuerst ein Manager-Konto: sonst könnte sich niemand anmelden</translation>
    </message>
</context>
<context>
    <name>Passwords</name>
    <message>
        <source>a charger password needs at least {least} characters (OCPP recommends {recommended}–{most})</source>
        <translation>ein Ladepunkt-Passwort braucht mindestens {least} Zeichen (OCPP empfiehlt {recommended}–{most})</translation>
    </message>
    <message>
        <source>a charger password has at most {most} characters (OCPP limit)</source>
        <translation>ein Ladepunkt-Passwort hat höchstens {most} Zeichen (OCPP-Grenze)</translation>
    </message>
    <message>
        <source>a charger password may only contain printable ASCII characters (no accents, no control characters)</source>
        <translation>ein Ladepunkt-Passwort darf nur druckbare ASCII-Zeichen enthalten (keine Akzente, keine Steuerzeichen)</translation>
    </message>
    <message>
        <source>OCPP recommends at least {recommended} random characters; some chargers refuse shorter passwords</source>
        <translation>OCPP empfiehlt mindestens {recommended} zufällige Zeichen; manche Ladepunkte lehnen kürzere Passwörter ab</translation>
    </message>
</context>
<context>
    <name>Permission</name>
    <message>
        <source>{operator} may not operate chargers</source>
        <extracomment>One whole sentence per permission (a translation words each as its language needs).</extracomment>
        <translation>{operator} darf keine Ladepunkte bedienen</translation>
    </message>
    <message>
        <source>{operator} may not change stations, connectors, schedules or circuits</source>
        <translation>{operator} darf keine Ladestationen, Anschlüsse, Zeitpläne oder Stromkreise ändern</translation>
    </message>
    <message>
        <source>{operator} may not end charging sessions</source>
        <translation>{operator} darf keine Ladevorgänge beenden</translation>
    </message>
    <message>
        <source>{operator} may not change users, tags or grants</source>
        <translation>{operator} darf keine Benutzer, RFID-Karten oder Berechtigungen ändern</translation>
    </message>
    <message>
        <source>{operator} may not change sites or tariffs</source>
        <translation>{operator} darf keine Standorte oder Tarife ändern</translation>
    </message>
    <message>
        <source>{operator} may not change the site&apos;s settings</source>
        <translation>{operator} darf die Einstellungen des Standorts nicht ändern</translation>
    </message>
    <message>
        <source>{operator} may not manage operators</source>
        <translation>{operator} darf keine Bediener verwalten</translation>
    </message>
    <message>
        <source>{operator} may not acknowledge alarms</source>
        <translation>{operator} darf keine Alarme quittieren</translation>
    </message>
</context>
<context>
    <name>Principal</name>
    <message>
        <source>{name} ({role})</source>
        <translation>{name} ({role})</translation>
    </message>
</context>
<context>
    <name>SiteSettings</name>
    <message>
        <source>{key} is kept by the central system and cannot be edited</source>
        <translation>{key} wird vom Zentralsystem verwaltet und kann nicht bearbeitet werden</translation>
    </message>
</context>
<context>
    <name>StationMap</name>
    <message>
        <source>Disabled (its charger is refused)</source>
        <translation>Deaktiviert (ihr Ladepunkt wird abgewiesen)</translation>
    </message>
    <message>
        <source>Offline (the charger is not connected)</source>
        <translation>Offline (der Ladepunkt ist nicht verbunden)</translation>
    </message>
    <message>
        <source>Faulted (the charger)</source>
        <translation>Gestört (der Ladepunkt)</translation>
    </message>
    <message numerus="yes">
        <source>Faulted ({count} of %n connector(s))</source>
        <translation>
            <numerusform>Gestört ({count} von %n Anschluss)</numerusform>
            <numerusform>Gestört ({count} von %n Anschlüssen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In use ({count} of %n connector(s))</source>
        <translation>
            <numerusform>In Betrieb ({count} von %n Anschluss)</numerusform>
            <numerusform>In Betrieb ({count} von %n Anschlüssen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Unavailable (switched off)</source>
        <translation>Nicht verfügbar (ausgeschaltet)</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <source>Available ({count} of {total} free)</source>
        <translation>Verfügbar ({count} von {total} frei)</translation>
    </message>
</context>
<context>
    <name>StationRules</name>
    <message>
        <source>0 — no TLS, optional password</source>
        <translation>0 — kein TLS, Passwort optional</translation>
    </message>
    <message>
        <source>1 — HTTP Basic password</source>
        <translation>1 — HTTP-Basic-Passwort</translation>
    </message>
    <message>
        <source>2 — TLS + Basic password</source>
        <translation>2 — TLS + Basic-Passwort</translation>
    </message>
    <message>
        <source>3 — TLS + client certificate</source>
        <translation>3 — TLS + Client-Zertifikat</translation>
    </message>
    <message>
        <source>choose a plug type: {types}</source>
        <translation>wählen Sie einen Steckertyp: {types}</translation>
    </message>
    <message>
        <source>max power must be more than 0 kW (e.g. 22)</source>
        <translation>die max. Leistung muss mehr als 0 kW betragen (z. B. 22)</translation>
    </message>
    <message>
        <source>max power above {limit} kW is not plausible; check the unit</source>
        <translation>eine max. Leistung über {limit} kW ist nicht plausibel; prüfen Sie die Einheit</translation>
    </message>
    <message>
        <source>latitude must be between -90 and 90 degrees (e.g. 47.3769)</source>
        <translation>der Breitengrad muss zwischen -90 und 90 Grad liegen (z. B. 47.3769)</translation>
    </message>
    <message>
        <source>longitude must be between -180 and 180 degrees (e.g. 8.5417)</source>
        <translation>der Längengrad muss zwischen -180 und 180 Grad liegen (z. B. 8.5417)</translation>
    </message>
    <message>
        <source>give both latitude and longitude, or neither</source>
        <translation>geben Sie Breiten- und Längengrad an, oder keines von beiden</translation>
    </message>
    <message>
        <source>security profile {profile} (HTTP Basic) needs a charger password</source>
        <translation>Sicherheitsprofil {profile} (HTTP Basic) braucht ein Ladepunkt-Passwort</translation>
    </message>
    <message>
        <source>choose at least one weekday (e.g. Mon-Fri)</source>
        <translation>wählen Sie mindestens einen Wochentag (z. B. Mon-Fri)</translation>
    </message>
    <message>
        <source>from and to are the same time; write 00:00–24:00 for the whole day</source>
        <translation>Von und Bis sind dieselbe Zeit; schreiben Sie 00:00–24:00 für den ganzen Tag</translation>
    </message>
</context>
<context>
    <name>Stations</name>
    <message>
        <source>{name} has more than {count} charging sessions. Deleting it would leave their history without a station. Disable it instead: its charger is refused and the history is kept.</source>
        <translation>{name} hat mehr als {count} Ladevorgänge. Beim Löschen bliebe ihre Historie ohne Ladestation. Deaktivieren Sie sie stattdessen: Ihr Ladepunkt wird abgewiesen, und die Historie bleibt erhalten.</translation>
    </message>
    <message numerus="yes">
        <source>{name} has %n charging session(s). Deleting it would leave their history without a station. Disable it instead: its charger is refused and the history is kept.</source>
        <translation>
            <numerusform>{name} hat %n Ladevorgang. Beim Löschen bliebe seine Historie ohne Ladestation. Deaktivieren Sie sie stattdessen: Ihr Ladepunkt wird abgewiesen, und die Historie bleibt erhalten.</numerusform>
            <numerusform>{name} hat %n Ladevorgänge. Beim Löschen bliebe ihre Historie ohne Ladestation. Deaktivieren Sie sie stattdessen: Ihr Ladepunkt wird abgewiesen, und die Historie bleibt erhalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>{mode} until {when}</source>
        <translation>{mode} bis {when}</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Ladestation</translation>
    </message>
    <message>
        <source>Connector {number}</source>
        <translation>Anschluss {number}</translation>
    </message>
    <message>
        <source>tariff &apos;{tariff}&apos;</source>
        <translation>Tarif «{tariff}»</translation>
    </message>
    <message>
        <source>no tariff</source>
        <translation>kein Tarif</translation>
    </message>
    <message>
        <source>{who}: {source}, {tariff}</source>
        <translation>{who}: {source}, {tariff}</translation>
    </message>
    <message>
        <source>{line}, until {when}</source>
        <translation>{line}, bis {when}</translation>
    </message>
    <message>
        <source>Unsecured: no password</source>
        <translation>Ungesichert: kein Passwort</translation>
    </message>
    <message>
        <source>No password: charger refused</source>
        <translation>Kein Passwort: Ladepunkt abgewiesen</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Basic (profile 1)</source>
        <translation>Basic (Profil 1)</translation>
    </message>
    <message>
        <source>TLS + Basic (profile 2)</source>
        <translation>TLS + Basic (Profil 2)</translation>
    </message>
    <message>
        <source>TLS + certificate (profile 3)</source>
        <translation>TLS + Zertifikat (Profil 3)</translation>
    </message>
    <message>
        <source>profile {number}</source>
        <translation>Profil {number}</translation>
    </message>
    <message>
        <source>{name} (1 phase)</source>
        <translation>{name} (1 Phase)</translation>
    </message>
    <message>
        <source>start {fee}</source>
        <translation>Start {fee}</translation>
    </message>
    <message>
        <source>free</source>
        <translation>gratis</translation>
    </message>
    <message>
        <source>{email} (blocked)</source>
        <translation>{email} (gesperrt)</translation>
    </message>
    <message>
        <source>{window} at &apos;{tariff}&apos;</source>
        <translation>{window} zum Tarif «{tariff}»</translation>
    </message>
    <message>
        <source>follows {day}</source>
        <translation>folgt {day}</translation>
    </message>
    <message>
        <source>{mode} all day</source>
        <translation>{mode} ganztags</translation>
    </message>
    <message>
        <source>{rule} at &apos;{tariff}&apos;</source>
        <translation>{rule} zum Tarif «{tariff}»</translation>
    </message>
    <message>
        <source>station {id} does not exist (deleted meanwhile?)</source>
        <translation>Ladestation {id} existiert nicht (inzwischen gelöscht?)</translation>
    </message>
    <message>
        <source>{overlaps} Change or remove one of them.</source>
        <translation>{overlaps} Ändern oder entfernen Sie eines davon.</translation>
    </message>
    <message>
        <source>Enter the weekdays, e.g. Mon-Fri or Sat,Sun.</source>
        <translation>Geben Sie die Wochentage ein, z. B. Mon-Fri oder Sat,Sun.</translation>
    </message>
    <message>
        <source>Enter the start time, e.g. 07:00.</source>
        <translation>Geben Sie die Startzeit ein, z. B. 07:00.</translation>
    </message>
    <message>
        <source>Enter the end time, e.g. 18:00 (24:00 for midnight).</source>
        <translation>Geben Sie die Endzeit ein, z. B. 18:00 (24:00 für Mitternacht).</translation>
    </message>
    <message>
        <source>This tariff no longer exists; choose another.</source>
        <translation>Diesen Tarif gibt es nicht mehr; wählen Sie einen anderen.</translation>
    </message>
    <message>
        <source>Enter a name, e.g. Hall B.</source>
        <translation>Geben Sie einen Namen ein, z. B. Halle B.</translation>
    </message>
    <message>
        <source>A name has at most {most} characters (this one has {length}).</source>
        <translation>Ein Name hat höchstens {most} Zeichen (dieser hat {length}).</translation>
    </message>
    <message>
        <source>Choose a site. If there is none yet, create one in Settings → Sites first.</source>
        <translation>Wählen Sie einen Standort. Gibt es noch keinen, erstellen Sie zuerst einen unter Einstellungen → Standorte.</translation>
    </message>
    <message>
        <source>This site no longer exists; choose another.</source>
        <translation>Diesen Standort gibt es nicht mehr; wählen Sie einen anderen.</translation>
    </message>
    <message>
        <source>Enter the charge point identity the charger connects with (the last part of its URL, e.g. HALL-B-1).</source>
        <translation>Geben Sie die Identität des Ladepunkts ein, mit der er sich verbindet (der letzte Teil seiner URL, z. B. HALL-B-1).</translation>
    </message>
    <message>
        <source>Use 1 to 64 letters, digits or . _ ~ * - (it is part of the charger&apos;s URL and its Basic auth user name).</source>
        <translation>Verwenden Sie 1 bis 64 Buchstaben, Ziffern oder . _ ~ * - (sie ist Teil der URL des Ladepunkts und sein Basic-Auth-Benutzername).</translation>
    </message>
    <message>
        <source>{id} is already used by station {name}; choose another identity.</source>
        <translation>{id} wird bereits von der Ladestation {name} verwendet; wählen Sie eine andere Identität.</translation>
    </message>
    <message>
        <source>Choose Public, Limited or Private.</source>
        <translation>Wählen Sie Öffentlich, Eingeschränkt oder Privat.</translation>
    </message>
    <message>
        <source>Choose one of {versions}.</source>
        <translation>Wählen Sie eine von {versions}.</translation>
    </message>
    <message>
        <source>{problem} Type a longer password or leave the field empty to keep the current one.</source>
        <translation>{problem} Geben Sie ein längeres Passwort ein oder lassen Sie das Feld leer, um das aktuelle zu behalten.</translation>
    </message>
    <message>
        <source>{problem} Type a longer password.</source>
        <translation>{problem} Geben Sie ein längeres Passwort ein.</translation>
    </message>
    <message>
        <source>Choose security profile 0, 1, 2 or 3.</source>
        <translation>Wählen Sie Sicherheitsprofil 0, 1, 2 oder 3.</translation>
    </message>
    <message>
        <source>{problem}: enter one above, or choose profile 0</source>
        <translation>{problem}: Geben Sie oben eines ein oder wählen Sie Profil 0</translation>
    </message>
    <message>
        <source>Latitude must be a number between -90 and 90 in degrees (e.g. 47.3769).</source>
        <translation>Der Breitengrad muss eine Zahl zwischen -90 und 90 Grad sein (z. B. 47.3769).</translation>
    </message>
    <message>
        <source>Longitude must be a number between -180 and 180 in degrees (e.g. 8.5417).</source>
        <translation>Der Längengrad muss eine Zahl zwischen -180 und 180 Grad sein (z. B. 8.5417).</translation>
    </message>
    <message>
        <source>{problem} (Remove location clears both)</source>
        <translation>{problem} («Standort entfernen» leert beide)</translation>
    </message>
    <message>
        <source>An address has at most {most} characters.</source>
        <translation>Eine Adresse hat höchstens {most} Zeichen.</translation>
    </message>
    <message>
        <source>A connector number is 1 or more (the OCPP connectorId).</source>
        <translation>Eine Anschlussnummer ist 1 oder grösser (die OCPP-connectorId).</translation>
    </message>
    <message>
        <source>Connector {number} is listed twice; give each connector its own number.</source>
        <translation>Anschluss {number} ist doppelt aufgeführt; geben Sie jedem Anschluss eine eigene Nummer.</translation>
    </message>
    <message>
        <source>This circuit is not one of the station&apos;s site (deleted, or the site changed); choose another.</source>
        <translation>Dieser Stromkreis gehört nicht zum Standort der Ladestation (gelöscht, oder der Standort hat gewechselt); wählen Sie einen anderen.</translation>
    </message>
    <message>
        <source>Max current is a number of A per phase, e.g. 32; leave it empty if unknown.</source>
        <translation>Der max. Strom ist eine Zahl in A pro Phase, z. B. 32; lassen Sie das Feld leer, wenn er unbekannt ist.</translation>
    </message>
    <message>
        <source>Max power is a number of kW, e.g. 22; leave it empty if unknown.</source>
        <translation>Die max. Leistung ist eine Zahl in kW, z. B. 22; lassen Sie das Feld leer, wenn sie unbekannt ist.</translation>
    </message>
    <message>
        <source>{problem}; leave it empty if unknown</source>
        <translation>{problem}; leer lassen, wenn unbekannt</translation>
    </message>
    <message>
        <source>An owner&apos;s user account no longer exists; remove it from the list.</source>
        <translation>Das Benutzerkonto eines Eigentümers gibt es nicht mehr; entfernen Sie es aus der Liste.</translation>
    </message>
    <message>
        <source>A user is listed twice as owner; remove one.</source>
        <translation>Ein Benutzer ist doppelt als Eigentümer aufgeführt; entfernen Sie einen Eintrag.</translation>
    </message>
    <message>
        <source>Choose the special user.</source>
        <translation>Wählen Sie den Spezialbenutzer.</translation>
    </message>
    <message>
        <source>This user no longer exists; choose another or remove the special user.</source>
        <translation>Diesen Benutzer gibt es nicht mehr; wählen Sie einen anderen oder entfernen Sie den Spezialbenutzer.</translation>
    </message>
    <message>
        <source>The station has no connector {number} any more; choose another connector or the whole station.</source>
        <translation>Die Ladestation hat keinen Anschluss {number} mehr; wählen Sie einen anderen Anschluss oder die ganze Ladestation.</translation>
    </message>
    <message>
        <source>The last day must be on or after the first day.</source>
        <translation>Der letzte Tag muss am oder nach dem ersten Tag liegen.</translation>
    </message>
    <message>
        <source>{mode}, tariff {tariff}</source>
        <translation>{mode}, Tarif {tariff}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>follows the station</source>
        <translation>folgt der Ladestation</translation>
    </message>
    <message>
        <source>connector {number}</source>
        <translation>Anschluss {number}</translation>
    </message>
    <message>
        <source>whole station</source>
        <translation>ganze Ladestation</translation>
    </message>
    <message>
        <source>tariff {name}</source>
        <translation>Tarif {name}</translation>
    </message>
    <message>
        <source>valid {start} to {end}</source>
        <translation>gültig {start} bis {end}</translation>
    </message>
    <message>
        <source>any time</source>
        <translation>jederzeit</translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>station_fields&apos; labels (English, the keys a conflict compares), as the operator reads them</extracomment>
        <translation>Name</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Charge point ID</source>
        <translation>Ladepunkt-ID</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>OCPP version</source>
        <translation>OCPP-Version</translation>
    </message>
    <message>
        <source>Security profile</source>
        <translation>Sicherheitsprofil</translation>
    </message>
    <message>
        <source>Charger may connect without a password</source>
        <translation>Ladepunkt darf sich ohne Passwort verbinden</translation>
    </message>
    <message>
        <source>Lenient</source>
        <translation>Tolerant</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Zugang</translation>
    </message>
    <message>
        <source>Owners&apos; tariff</source>
        <translation>Tarif der Eigentümer</translation>
    </message>
    <message>
        <source>Owners</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Breitengrad</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Längengrad</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Connector {number} number</source>
        <translation>Anschluss {number} Nummer</translation>
    </message>
    <message>
        <source>Connector {number} plug type</source>
        <translation>Anschluss {number} Steckertyp</translation>
    </message>
    <message>
        <source>Connector {number} max kW</source>
        <translation>Anschluss {number} max. kW</translation>
    </message>
    <message>
        <source>Connector {number} circuit</source>
        <translation>Anschluss {number} Stromkreis</translation>
    </message>
    <message>
        <source>Connector {number} phases</source>
        <translation>Anschluss {number} Phasen</translation>
    </message>
    <message>
        <source>Connector {number} max A</source>
        <translation>Anschluss {number} max. A</translation>
    </message>
    <message>
        <source>Connector {number} access</source>
        <translation>Anschluss {number} Zugang</translation>
    </message>
    <message>
        <source>Special user {name} (#{id})</source>
        <translation>Spezialbenutzer {name} (#{id})</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(entfernt)</translation>
    </message>
</context>
<context>
    <name>UserChecks</name>
    <message>
        <source>an idTag cannot be empty</source>
        <translation>ein idTag darf nicht leer sein</translation>
    </message>
    <message>
        <source>idTag {tag} is longer than {limit} characters (the OCPP 2.0.1 idToken limit; a 1.6 charger reads at most {limit_16})</source>
        <translation>idTag {tag} ist länger als {limit} Zeichen (die Grenze für idToken in OCPP 2.0.1; ein Ladepunkt mit 1.6 liest höchstens {limit_16})</translation>
    </message>
    <message>
        <source>idTag {tag} may only contain letters, digits and - _ : .</source>
        <translation>idTag {tag} darf nur Buchstaben, Ziffern und - _ : . enthalten</translation>
    </message>
    <message>
        <source>{email} is not an e-mail address</source>
        <translation>{email} ist keine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text (byte {byte}); save it as &apos;CSV UTF-8&apos;</source>
        <translation>die Datei ist kein UTF-8-Text (Byte {byte}); speichern Sie sie als &apos;CSV UTF-8&apos;</translation>
    </message>
    <message>
        <source>active must be yes or no (or true/false, 1/0), not {value}</source>
        <translation>active muss yes oder no sein (oder true/false, 1/0), nicht {value}</translation>
    </message>
    <message>
        <source>the file is empty; the first line must be the header</source>
        <translation>die Datei ist leer; die erste Zeile muss die Kopfzeile sein</translation>
    </message>
    <message>
        <source>line {line}: {problem}</source>
        <translation>Zeile {line}: {problem}</translation>
    </message>
    <message>
        <source>line 1 is empty; the first line must be the header (name;email;…)</source>
        <translation>Zeile 1 ist leer; die erste Zeile muss die Kopfzeile sein (name;email;…)</translation>
    </message>
    <message>
        <source>unknown column(s) {unknown}; the columns are {columns}</source>
        <translation>unbekannte Spalte(n) {unknown}; die Spalten sind {columns}</translation>
    </message>
    <message>
        <source>column(s) {columns} appear more than once in the header</source>
        <translation>Spalte(n) {columns} kommen mehr als einmal in der Kopfzeile vor</translation>
    </message>
    <message>
        <source>the header has no &apos;name&apos; column</source>
        <translation>die Kopfzeile hat keine Spalte &apos;name&apos;</translation>
    </message>
</context>
<context>
    <name>Users</name>
    <message>
        <source>user {id} does not exist (deleted meanwhile?)</source>
        <translation>Benutzer {id} existiert nicht (inzwischen gelöscht?)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Cost centre</source>
        <translation>Kostenstelle</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>no label</source>
        <translation>keine Bezeichnung</translation>
    </message>
    <message>
        <source>expires {moment} UTC</source>
        <translation>gültig bis {moment} UTC</translation>
    </message>
    <message>
        <source>group {tag}</source>
        <translation>Gruppe {tag}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Tag {tag}</source>
        <translation>RFID-Karte {tag}</translation>
    </message>
    <message>
        <source>at most {most} characters</source>
        <translation>höchstens {most} Zeichen</translation>
    </message>
    <message>
        <source>{tag} already belongs to {owner}; remove it from that user first</source>
        <translation>{tag} gehört bereits {owner}; entfernen Sie die Karte zuerst bei diesem Benutzer</translation>
    </message>
    <message>
        <source>enter the tag&apos;s ID (as printed on the card, or as a charger read it)</source>
        <translation>geben Sie die ID der Karte ein (wie auf der Karte aufgedruckt oder wie ein Ladepunkt sie gelesen hat)</translation>
    </message>
    <message>
        <source>{tag} is already in this user&apos;s list of tags</source>
        <translation>{tag} ist bereits in der Kartenliste dieses Benutzers</translation>
    </message>
    <message>
        <source>a tag cannot be its own parent; leave it empty or enter the group&apos;s idTag</source>
        <translation>eine Karte kann nicht ihre eigene übergeordnete sein; lassen Sie das Feld leer oder geben Sie das idTag der Gruppe ein</translation>
    </message>
    <message>
        <source>enter the user&apos;s name (e.g. Eva Keller)</source>
        <translation>geben Sie den Namen des Benutzers ein (z. B. Eva Keller)</translation>
    </message>
    <message>
        <source>another user is already called {name}; names are unique, add e.g. the department</source>
        <translation>ein anderer Benutzer heisst bereits {name}; Namen sind eindeutig, ergänzen Sie z. B. die Abteilung</translation>
    </message>
    <message>
        <source>{problem}; enter it as name@example.com or leave it empty</source>
        <translation>{problem}; schreiben Sie sie als name@example.com oder lassen Sie das Feld leer</translation>
    </message>
    <message>
        <source>this user was deleted meanwhile (by another console); nothing was saved</source>
        <translation>dieser Benutzer wurde inzwischen gelöscht (an einer anderen Konsole); nichts wurde gespeichert</translation>
    </message>
    <message>
        <source>another console changed this user or one of these cards at the same time; reload and try again</source>
        <translation>eine andere Konsole hat gleichzeitig diesen Benutzer oder eine dieser Karten geändert; laden Sie neu und versuchen Sie es nochmals</translation>
    </message>
    <message numerus="yes">
        <source>%n RFID tag(s) will be deleted.</source>
        <translation>
            <numerusform>%n RFID-Karte wird gelöscht.</numerusform>
            <numerusform>%n RFID-Karten werden gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>They have no RFID tags.</source>
        <translation>Die Person hat keine RFID-Karten.</translation>
    </message>
    <message numerus="yes">
        <source>They lose %n station(s) they own.</source>
        <translation>
            <numerusform>Die Person ist nicht mehr Eigentümer von %n Ladestation.</numerusform>
            <numerusform>Die Person ist nicht mehr Eigentümer von %n Ladestationen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They lose %n special user grant(s).</source>
        <translation>
            <numerusform>Die Person verliert %n Berechtigung als Spezialbenutzer.</numerusform>
            <numerusform>Die Person verliert %n Berechtigungen als Spezialbenutzer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The history keeps their %n charging session(s) (shown without a user).</source>
        <translation>
            <numerusform>Die Historie behält den %n Ladevorgang (ohne Benutzer angezeigt).</numerusform>
            <numerusform>Die Historie behält die %n Ladevorgänge (ohne Benutzer angezeigt).</numerusform>
        </translation>
    </message>
    <message>
        <source>They have no charging sessions.</source>
        <translation>Die Person hat keine Ladevorgänge.</translation>
    </message>
    <message>
        <source>{station}, connector {number}</source>
        <translation>{station}, Anschluss {number}</translation>
    </message>
    <message>
        <source>this tag is no longer in the unknown list (assigned or dismissed meanwhile)</source>
        <translation>diese Karte ist nicht mehr in der Liste der unbekannten (inzwischen zugewiesen oder verworfen)</translation>
    </message>
    <message>
        <source>this user was deleted meanwhile; choose another one</source>
        <translation>dieser Benutzer wurde inzwischen gelöscht; wählen Sie einen anderen</translation>
    </message>
    <message>
        <source>{problem}; this tag cannot be stored as it is</source>
        <translation>{problem}; diese Karte kann so nicht gespeichert werden</translation>
    </message>
    <message>
        <source>{name} has no active RFID tag, so no charger will accept them. Add a tag, or set a blocked or expired one back to active.</source>
        <translation>{name} hat keine aktive RFID-Karte, daher akzeptiert kein Ladepunkt diese Person. Fügen Sie eine Karte hinzu oder setzen Sie eine gesperrte oder abgelaufene wieder auf aktiv.</translation>
    </message>
    <message>
        <source>Only the first {count} stations are listed.</source>
        <translation>Nur die ersten {count} Ladestationen sind aufgeführt.</translation>
    </message>
    <message>
        <source>There are no stations yet.</source>
        <translation>Es gibt noch keine Ladestationen.</translation>
    </message>
    <message>
        <source>{problem}; choose another user</source>
        <translation>{problem}; wählen Sie einen anderen Benutzer</translation>
    </message>
</context>
<context>
    <name>WriteRefused</name>
    <message>
        <source>the database refused the change ({reason})</source>
        <translation>die Datenbank hat die Änderung abgelehnt ({reason})</translation>
    </message>
</context>
</TS>
