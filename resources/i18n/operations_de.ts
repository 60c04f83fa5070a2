<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>CentralHolder</name>
    <message>
        <source>{database} is already used by {holder}: stop it, or open this console without a central system</source>
        <translation>{database} wird bereits von {holder} verwendet: beenden Sie es oder öffnen Sie diese Konsole ohne Zentralsystem</translation>
    </message>
    <message>
        <source>{database} is already used by {holder}: stop it, or serve another database</source>
        <translation>{database} wird bereits von {holder} verwendet: beenden Sie es oder bedienen Sie eine andere Datenbank</translation>
    </message>
    <message>
        <source>{database} is already used by {holder}</source>
        <translation>{database} wird bereits von {holder} verwendet</translation>
    </message>
    <message>
        <source>another process that is starting right now</source>
        <translation>einem anderen, gerade startenden Prozess</translation>
    </message>
</context>
<context>
    <name>CentralSystem</name>
    <message>
        <source>{cp_id} is not connected</source>
        <translation>{cp_id} ist nicht verbunden</translation>
    </message>
    <message>
        <source>{cp_id} is connected over ws:// without TLS, so the password would cross the network in clear; serve over wss:// (a TLS certificate) to send it</source>
        <translation>{cp_id} ist über ws:// ohne TLS verbunden, das Passwort würde also im Klartext durchs Netz gehen; betreiben Sie das Zentralsystem über wss:// (ein TLS-Zertifikat), um es zu senden</translation>
    </message>
    <message>
        <source>{cp_id} is connected over ws:// without TLS and did not authenticate (anyone can present its id), so the password would cross the network in clear; serve over wss:// (a TLS certificate) to send it</source>
        <translation>{cp_id} ist über ws:// ohne TLS verbunden und hat sich nicht authentifiziert (jeder kann seine ID vorweisen), das Passwort würde also im Klartext durchs Netz gehen; betreiben Sie das Zentralsystem über wss:// (ein TLS-Zertifikat), um es zu senden</translation>
    </message>
</context>
<context>
    <name>ChargersService</name>
    <message>
        <source>the central system is not running in this console</source>
        <extracomment>More chargers than this seen at once: one query for all instead of one each. The console → charger calls that only read (a viewer may make them); every other call of :class:`Operations` changes something on the charger.</extracomment>
        <translation>das Zentralsystem läuft nicht in dieser Konsole</translation>
    </message>
</context>
<context>
    <name>ConfigSnapshots</name>
    <message>
        <source>a password: never applied from a snapshot; change it on each charger&apos;s Configuration tab, which also updates its station&apos;s password</source>
        <extracomment>why a password key is not applied (marked: ``translate(&quot;ConfigSnapshots&quot;, SECRET_SKIPPED)`` where shown)</extracomment>
        <translation>ein Passwort: wird nie aus einem Snapshot übernommen; ändern Sie es im Reiter Konfiguration jedes Ladegeräts, der auch das Passwort seiner Ladestation nachführt</translation>
    </message>
    <message>
        <source>{text!r} is not a component: a name, optionally [instance] and #EVSE or #EVSE.connector (e.g. OCPPCommCtrlr, EVSE#1, Connector#1.2)</source>
        <translation>{text!r} ist keine Komponente: ein Name, wahlweise [Instanz] und #EVSE oder #EVSE.Anschluss (z. B. OCPPCommCtrlr, EVSE#1, Connector#1.2)</translation>
    </message>
    <message>
        <source>{text!r} is not a variable: a name, optionally [instance] (e.g. HeartbeatInterval, Power[L1])</source>
        <translation>{text!r} ist keine Variable: ein Name, wahlweise [Instanz] (z. B. HeartbeatInterval, Power[L1])</translation>
    </message>
    <message>
        <source>the label is {length} characters long; at most {limit} are kept</source>
        <translation>die Bezeichnung ist {length} Zeichen lang; höchstens {limit} werden gespeichert</translation>
    </message>
    <message>
        <source>the charger is not connected</source>
        <translation>das Ladegerät ist nicht verbunden</translation>
    </message>
    <message>
        <source>the charger disconnected</source>
        <translation>das Ladegerät hat die Verbindung getrennt</translation>
    </message>
    <message>
        <source>the charger&apos;s answer has no result for this variable</source>
        <translation>die Antwort des Ladegeräts enthält kein Ergebnis für diese Variable</translation>
    </message>
    <message>
        <source>say which key to change</source>
        <translation>geben Sie an, welcher Schlüssel geändert werden soll</translation>
    </message>
    <message>
        <source>the value is {length} characters long; OCPP allows at most 500</source>
        <translation>der Wert ist {length} Zeichen lang; OCPP erlaubt höchstens 500</translation>
    </message>
    <message>
        <source>the new password is refused: {why}</source>
        <translation>das neue Passwort wird abgelehnt: {why}</translation>
    </message>
    <message>
        <source>{cp_id} is bound to no station, so it has no password to change: accept it first (Commissioning)</source>
        <translation>{cp_id} ist keiner Ladestation zugeordnet und hat daher kein Passwort, das geändert werden könnte: nehmen Sie es zuerst an (Inbetriebnahme)</translation>
    </message>
    <message>
        <source>{cp_id} is not connected</source>
        <translation>{cp_id} ist nicht verbunden</translation>
    </message>
    <message>
        <source>the station&apos;s password is unchanged</source>
        <translation>das Passwort der Ladestation bleibt unverändert</translation>
    </message>
    <message>
        <source>the station&apos;s password is changed too</source>
        <translation>das Passwort der Ladestation ist ebenfalls geändert</translation>
    </message>
    <message>
        <source>{cp_id} does not know this key</source>
        <translation>{cp_id} kennt diesen Schlüssel nicht</translation>
    </message>
    <message>
        <source>read-only on {cp_id}: not sent</source>
        <translation>auf {cp_id} schreibgeschützt: nicht gesendet</translation>
    </message>
    <message>
        <source>already this value</source>
        <translation>bereits dieser Wert</translation>
    </message>
    <message>
        <source>choose at least one charger</source>
        <translation>wählen Sie mindestens ein Ladegerät</translation>
    </message>
    <message>
        <source>not a {vendor} {model}: {chargers} — a snapshot is applied to chargers of the same vendor and model only</source>
        <translation>kein {vendor} {model}: {chargers} — ein Snapshot wird nur auf Ladegeräte desselben Herstellers und Modells übertragen</translation>
    </message>
    <message>
        <source>not in snapshot {snapshot}: {keys}</source>
        <translation>nicht im Snapshot {snapshot}: {keys}</translation>
    </message>
    <message>
        <source>read-only in the snapshot: not sent</source>
        <translation>im Snapshot schreibgeschützt: nicht gesendet</translation>
    </message>
</context>
<context>
    <name>FirmwareJobs</name>
    <message>
        <source>starting the file server</source>
        <translation>Dateiserver wird gestartet</translation>
    </message>
    <message>
        <source>{cp_id} is not connected</source>
        <translation>{cp_id} ist nicht verbunden</translation>
    </message>
    <message>
        <source>waiting for the charger</source>
        <translation>wartet auf das Ladegerät</translation>
    </message>
    <message>
        <source>cancelled: the file server was stopped</source>
        <translation>abgebrochen: der Dateiserver wurde gestoppt</translation>
    </message>
    <message>
        <source>the file server could not start on {host} port {port}: {error}</source>
        <translation>der Dateiserver konnte auf {host} Port {port} nicht starten: {error}</translation>
    </message>
    <message>
        <source>the charger-facing address</source>
        <translation>der Adresse zu den Ladegeräten</translation>
    </message>
    <message>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>no news from {cp_id} for {duration} (last status: {status})</source>
        <translation>seit {duration} keine Nachricht von {cp_id} (letzter Status: {status})</translation>
    </message>
    <message>
        <source>no news from {cp_id} for {duration}</source>
        <translation>seit {duration} keine Nachricht von {cp_id}</translation>
    </message>
    <message>
        <source>{cp_id} refused the request: {status} ({why})</source>
        <translation>{cp_id} hat die Anfrage abgelehnt: {status} ({why})</translation>
    </message>
    <message>
        <source>{cp_id} refused the request: {status}</source>
        <translation>{cp_id} hat die Anfrage abgelehnt: {status}</translation>
    </message>
    <message>
        <source>cannot read the firmware file {path}: {error}</source>
        <translation>die Firmware-Datei {path} kann nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <source>{path} is not a file</source>
        <translation>{path} ist keine Datei</translation>
    </message>
    <message>
        <source>{status}: {file} ({size}, signed by {signer}) at {url}</source>
        <translation>{status}: {file} ({size}, signiert von {signer}) unter {url}</translation>
    </message>
    <message>
        <source>{file} ({size}, signed by {signer}) at {url}</source>
        <translation>{file} ({size}, signiert von {signer}) unter {url}</translation>
    </message>
    <message>
        <source>{status}: {file} ({size}) at {url}</source>
        <translation>{status}: {file} ({size}) unter {url}</translation>
    </message>
    <message>
        <source>{file} ({size}) at {url}</source>
        <translation>{file} ({size}) unter {url}</translation>
    </message>
    <message>
        <source>{client} downloaded {size}</source>
        <translation>{client} hat {size} heruntergeladen</translation>
    </message>
    <message>
        <source>{client} downloaded {size} (part)</source>
        <translation>{client} hat {size} heruntergeladen (Teil)</translation>
    </message>
    <message>
        <source>{cp_id} installed {file}; it restarts now</source>
        <translation>{cp_id} hat {file} installiert; es startet jetzt neu</translation>
    </message>
    <message>
        <source>{cp_id} reported {status}: it could not download the file from this computer (firewall? address?)</source>
        <translation>{cp_id} meldete {status}: es konnte die Datei nicht von diesem Computer herunterladen (Firewall? Adresse?)</translation>
    </message>
    <message>
        <source>{cp_id} reported {status}</source>
        <translation>{cp_id} meldete {status}</translation>
    </message>
    <message>
        <source>reported by the restart: firmware {version}</source>
        <translation>beim Neustart gemeldet: Firmware {version}</translation>
    </message>
    <message>
        <source>{cp_id} restarted with firmware {version}</source>
        <translation>{cp_id} ist mit Firmware {version} neu gestartet</translation>
    </message>
    <message>
        <source>the charger will upload {file}</source>
        <translation>das Ladegerät wird {file} hochladen</translation>
    </message>
    <message>
        <source>{cp_id} has no diagnostics to upload (no file name in its answer)</source>
        <translation>{cp_id} hat keine Diagnose zum Hochladen (kein Dateiname in seiner Antwort)</translation>
    </message>
    <message>
        <source>{cp_id} reported Uploaded, but no file arrived here</source>
        <translation>{cp_id} meldete Uploaded, aber hier ist keine Datei angekommen</translation>
    </message>
    <message>
        <source>{file}, {size} by {method} from {client}</source>
        <translation>{file}, {size} per {method} von {client}</translation>
    </message>
    <message>
        <source>file received</source>
        <translation>Datei empfangen</translation>
    </message>
    <message>
        <source>{cp_id} reported {status}: it could not upload to this computer (firewall? address?)</source>
        <translation>{cp_id} meldete {status}: es konnte nicht auf diesen Computer hochladen (Firewall? Adresse?)</translation>
    </message>
    <message>
        <source>{cp_id} uploaded its security log: {file}</source>
        <translation>{cp_id} hat sein Sicherheitsprotokoll hochgeladen: {file}</translation>
    </message>
    <message>
        <source>{cp_id} uploaded its diagnostics: {file}</source>
        <translation>{cp_id} hat seine Diagnose hochgeladen: {file}</translation>
    </message>
    <message>
        <source>{count} bytes</source>
        <translation>{count} Bytes</translation>
    </message>
</context>
<context>
    <name>LocalList</name>
    <message>
        <source>their special access starts {start} ({schedule})</source>
        <translation>ihr Sonderzugang beginnt am {start} ({schedule})</translation>
    </message>
    <message>
        <source>their special access is limited to {times} ({schedule})</source>
        <translation>ihr Sonderzugang ist auf {times} beschränkt ({schedule})</translation>
    </message>
    <message>
        <source>never allowed here: {why}</source>
        <translation>hier nie erlaubt: {why}</translation>
    </message>
    <message>
        <source>access depends on the connector: connector {connector} — {why}</source>
        <translation>Zugang hängt vom Anschluss ab: Anschluss {connector} — {why}</translation>
    </message>
    <message>
        <source>access depends on time: {why}</source>
        <translation>Zugang hängt von der Zeit ab: {why}</translation>
    </message>
    <message>
        <source>tag blocked</source>
        <translation>Karte gesperrt</translation>
    </message>
    <message>
        <source>tag expired on {date}</source>
        <translation>Karte abgelaufen am {date}</translation>
    </message>
    <message>
        <source>tag marked expired</source>
        <translation>Karte als abgelaufen markiert</translation>
    </message>
    <message>
        <source>user account blocked</source>
        <translation>Benutzerkonto gesperrt</translation>
    </message>
    <message>
        <source>no station has the charge point id &apos;{cp_id}&apos;: bind the charger to a station first</source>
        <translation>keine Ladestation hat den Ladepunkt &apos;{cp_id}&apos;: ordnen Sie das Ladegerät zuerst einer Ladestation zu</translation>
    </message>
    <message>
        <source>station {name} is disabled</source>
        <translation>Ladestation {name} ist deaktiviert</translation>
    </message>
    <message>
        <source>idTag of {length} characters: a 1.6 charger holds at most {limit} (it cannot present this card either)</source>
        <translation>idTag mit {length} Zeichen: ein 1.6-Ladegerät speichert höchstens {limit} (es kann diese Karte auch nicht vorweisen)</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>special user</source>
        <translation>Spezialbenutzer</translation>
    </message>
    <message>
        <source>registered user</source>
        <translation>registrierter Benutzer</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>abgewiesen</translation>
    </message>
    <message>
        <source>no user</source>
        <translation>kein Benutzer</translation>
    </message>
    <message>
        <source>{tag} — {user} (blocked/expired)</source>
        <translation>{tag} — {user} (gesperrt/abgelaufen)</translation>
    </message>
</context>
<context>
    <name>OperationForms</name>
    <message>
        <source>The tag is {length} characters long; OCPP {version} allows at most {limit}.</source>
        <extracomment>The longest idTag (1.6) / idToken (2.0.1) each version carries. The messages a TriggerMessage may ask for, per version. The messages a 1.6 ExtendedTriggerMessage may ask for (Security Whitepaper Ed. 3, MessageTriggerEnumType). what a triggered message makes the charger send, where that is another message: a certificate signing request (SignCertificate), an ISO 15118 certificate ChargeDesk does not sign (None: never offered)</extracomment>
        <translation>Die Karten-ID ist {length} Zeichen lang; OCPP {version} erlaubt höchstens {limit}.</translation>
    </message>
    <message>
        <source>Remote start</source>
        <translation>Fernstart</translation>
    </message>
    <message>
        <source>Start a charge with a tag</source>
        <translation>Einen Ladevorgang mit einer Karte starten</translation>
    </message>
    <message>
        <source>Remote stop</source>
        <translation>Fernstopp</translation>
    </message>
    <message>
        <source>Stop a running session</source>
        <translation>Einen laufenden Ladevorgang beenden</translation>
    </message>
    <message>
        <source>Transaction status</source>
        <translation>Transaktionsstatus</translation>
    </message>
    <message>
        <source>Ask the station whether a session still runs and what it has yet to send</source>
        <translation>Die Station fragen, ob eine Sitzung noch läuft und was sie noch senden muss</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reset</translation>
    </message>
    <message>
        <source>Restart the charger (soft or hard)</source>
        <translation>Das Ladegerät neu starten (soft oder hard)</translation>
    </message>
    <message>
        <source>Unlock connector</source>
        <translation>Anschluss entriegeln</translation>
    </message>
    <message>
        <source>Release a stuck cable</source>
        <translation>Ein festsitzendes Kabel freigeben</translation>
    </message>
    <message>
        <source>Change availability</source>
        <translation>Verfügbarkeit ändern</translation>
    </message>
    <message>
        <source>Take the charger or a connector in or out of service</source>
        <translation>Das Ladegerät oder einen Anschluss in oder ausser Betrieb nehmen</translation>
    </message>
    <message>
        <source>Clear cache</source>
        <translation>Cache leeren</translation>
    </message>
    <message>
        <source>Empty the charger&apos;s authorization cache</source>
        <translation>Den Autorisierungs-Cache des Ladegeräts leeren</translation>
    </message>
    <message>
        <source>Trigger message</source>
        <translation>Nachricht anfordern</translation>
    </message>
    <message>
        <source>Ask the charger to send a message now</source>
        <translation>Das Ladegerät bitten, jetzt eine Nachricht zu senden</translation>
    </message>
    <message>
        <source>Extended trigger message</source>
        <translation>Erweiterte Nachrichtenanforderung</translation>
    </message>
    <message>
        <source>Ask a charger with the 1.6 security extension for a message, its log upload&apos;s state too</source>
        <translation>Eine Nachricht von einem Ladegerät mit der Sicherheitserweiterung von OCPP 1.6 anfordern, auch den Stand seines Protokoll-Uploads</translation>
    </message>
    <message>
        <source>Data transfer</source>
        <translation>Datenübertragung</translation>
    </message>
    <message>
        <source>A vendor-specific message</source>
        <translation>Eine herstellerspezifische Nachricht</translation>
    </message>
    <message>
        <source>Send local list</source>
        <translation>Lokale Liste senden</translation>
    </message>
    <message>
        <source>The tags that may charge here at any time</source>
        <translation>Die Karten, die hier jederzeit laden dürfen</translation>
    </message>
    <message>
        <source>Get local list version</source>
        <translation>Version der lokalen Liste abfragen</translation>
    </message>
    <message>
        <source>Reserve now</source>
        <translation>Jetzt reservieren</translation>
    </message>
    <message>
        <source>Hold a connector for a tag</source>
        <translation>Einen Anschluss für eine Karte freihalten</translation>
    </message>
    <message>
        <source>Cancel reservation</source>
        <translation>Reservierung aufheben</translation>
    </message>
    <message>
        <source>Set charging profile</source>
        <translation>Ladeprofil setzen</translation>
    </message>
    <message>
        <source>Limit the charging power</source>
        <translation>Die Ladeleistung begrenzen</translation>
    </message>
    <message>
        <source>Clear charging profile</source>
        <translation>Ladeprofil löschen</translation>
    </message>
    <message>
        <source>Get composite schedule</source>
        <translation>Zusammengesetzten Ladeplan abfragen</translation>
    </message>
    <message>
        <source>The limits the charger will apply</source>
        <translation>Die Grenzwerte, die das Ladegerät anwenden wird</translation>
    </message>
    <message>
        <source>Get charging profiles</source>
        <translation>Ladeprofile abfragen</translation>
    </message>
    <message>
        <source>The profiles the charger holds: ours and those a system on site set</source>
        <translation>Die Profile, die das Ladegerät hat: unsere und die eines Systems vor Ort</translation>
    </message>
    <message>
        <source>OCPP {version} has no message that lists the charging profiles a charger holds (GetChargingProfiles is OCPP 2.0.1). Get composite schedule shows the limits it will apply instead.</source>
        <translation>OCPP {version} hat keine Nachricht, welche die Ladeprofile eines Ladegeräts auflistet (GetChargingProfiles gibt es in OCPP 2.0.1). Zusammengesetzten Zeitplan abfragen zeigt stattdessen die Begrenzungen, die es anwenden wird.</translation>
    </message>
    <message>
        <source>Not available for this charger: it speaks OCPP {version}, and ChargeDesk sends {action} only to OCPP {versions} chargers so far.</source>
        <translation>Für dieses Ladegerät nicht verfügbar: es spricht OCPP {version}, und ChargeDesk sendet {action} bisher nur an Ladegeräte mit OCPP {versions}.</translation>
    </message>
    <message numerus="yes">
        <source>%n period(s)</source>
        <translation>
            <numerusform>%n Periode</numerusform>
            <numerusform>%n Perioden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n profile(s) reported</source>
        <translation>
            <numerusform>%n Profil gemeldet</numerusform>
            <numerusform>%n Profile gemeldet</numerusform>
        </translation>
    </message>
    <message>
        <source>the report stopped before its last part</source>
        <translation>der Bericht brach vor seinem letzten Teil ab</translation>
    </message>
    <message>
        <source>(empty answer)</source>
        <translation>(leere Antwort)</translation>
    </message>
    <message>
        <source>The station holds transaction messages it has not delivered yet.</source>
        <translation>Die Station hat Transaktionsmeldungen, die sie noch nicht zugestellt hat.</translation>
    </message>
    <message>
        <source>The station has no transaction messages waiting to be delivered.</source>
        <translation>Bei der Station warten keine Transaktionsmeldungen auf die Zustellung.</translation>
    </message>
    <message>
        <source>The station did not say whether session {session} still runs</source>
        <translation>Die Station hat nicht gesagt, ob Sitzung {session} noch läuft</translation>
    </message>
    <message>
        <source>Session {session} is still running on the station</source>
        <translation>Sitzung {session} läuft auf der Station noch</translation>
    </message>
    <message>
        <source>Session {session} is not running on the station</source>
        <translation>Sitzung {session} läuft auf der Station nicht</translation>
    </message>
    <message>
        <source>messages about it wait in the station&apos;s queue</source>
        <translation>Meldungen dazu warten in der Warteschlange der Station</translation>
    </message>
    <message>
        <source>no message about it waits in the station&apos;s queue</source>
        <translation>keine Meldung dazu wartet in der Warteschlange der Station</translation>
    </message>
    <message>
        <source>Add at least one period (start 0 s and a limit).</source>
        <translation>Fügen Sie mindestens eine Periode hinzu (Start 0 s und ein Grenzwert).</translation>
    </message>
    <message>
        <source>Period {n}: the start must be whole seconds from the schedule start (e.g. 0, 3600).</source>
        <translation>Periode {n}: der Start muss in ganzen Sekunden ab Planbeginn angegeben werden (z. B. 0, 3600).</translation>
    </message>
    <message>
        <source>Period {n}: the limit must be a number of {unit} (e.g. 16).</source>
        <translation>Periode {n}: der Grenzwert muss eine Zahl in {unit} sein (z. B. 16).</translation>
    </message>
    <message>
        <source>Period 1 must start at 0 s (the start of the schedule).</source>
        <translation>Periode 1 muss bei 0 s beginnen (dem Beginn des Plans).</translation>
    </message>
    <message>
        <source>Period {n}: its start ({start} s) must be after period {previous}&apos;s ({last} s).</source>
        <translation>Periode {n}: ihr Start ({start} s) muss nach dem von Periode {previous} ({last} s) liegen.</translation>
    </message>
    <message>
        <source>Period {n}: the limit must be more than 0 {unit}.</source>
        <translation>Periode {n}: der Grenzwert muss grösser als 0 {unit} sein.</translation>
    </message>
    <message>
        <source>Period {n}: phases must be 1, 2 or 3 (or empty for the charger&apos;s default).</source>
        <translation>Periode {n}: Phasen müssen 1, 2 oder 3 sein (oder leer für die Voreinstellung des Ladegeräts).</translation>
    </message>
    <message>
        <source>A recurring profile needs a schedule start (the first day it applies).</source>
        <translation>Ein wiederkehrendes Profil braucht einen Planbeginn (den ersten Tag, an dem es gilt).</translation>
    </message>
    <message>
        <source>&apos;Valid to&apos; must be after &apos;valid from&apos;.</source>
        <translation>«Gültig bis» muss nach «gültig ab» liegen.</translation>
    </message>
    <message>
        <source>A TxProfile applies to a running session: choose the session.</source>
        <translation>Ein TxProfile gilt für einen laufenden Ladevorgang: wählen Sie den Ladevorgang.</translation>
    </message>
    <message>
        <source>A ChargePointMaxProfile applies to the whole charger: choose connector 0.</source>
        <translation>Ein ChargePointMaxProfile gilt für das ganze Ladegerät: wählen Sie Anschluss 0.</translation>
    </message>
    <message>
        <source>A TxProfile applies to one connector&apos;s session: choose its connector.</source>
        <translation>Ein TxProfile gilt für den Ladevorgang eines Anschlusses: wählen Sie seinen Anschluss.</translation>
    </message>
</context>
<context>
    <name>SiteBus</name>
    <message>
        <source>{program} on {machine}</source>
        <extracomment>Operations methods a console may have carried out by a host (every public coroutine of Operations). those of them that take the charger&apos;s time to answer (``timeout``)</extracomment>
        <translation>{program} auf {machine}</translation>
    </message>
    <message>
        <source>node {node}</source>
        <translation>Knoten {node}</translation>
    </message>
    <message>
        <source>{cp_id} is not connected</source>
        <translation>{cp_id} ist nicht verbunden</translation>
    </message>
    <message>
        <source>{cp_id} is connected over ws:// without TLS, so the password would cross the network in clear; serve over wss:// (a TLS certificate) to send it</source>
        <translation>{cp_id} ist über ws:// ohne TLS verbunden, das Passwort würde also im Klartext durchs Netz gehen; betreiben Sie das Zentralsystem über wss:// (ein TLS-Zertifikat), um es zu senden</translation>
    </message>
    <message>
        <source>no host</source>
        <translation>kein Host</translation>
    </message>
</context>
<context>
    <name>VirtualFleet</name>
    <message>
        <source>starting…</source>
        <translation>startet…</translation>
    </message>
    <message>
        <source>Give the charge point id: 1 to 48 letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;:&apos; or &apos;-&apos; (it is the last part of the URL the charger connects to).</source>
        <translation>Geben Sie den Ladepunkt an: 1 bis 48 Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos;, &apos;:&apos; oder &apos;-&apos; (der letzte Teil der URL, mit der sich das Ladegerät verbindet).</translation>
    </message>
    <message>
        <source>A virtual charger {cp_id} is already running: stop it first or pick another id.</source>
        <translation>Ein virtuelles Ladegerät {cp_id} läuft bereits: stoppen Sie es zuerst oder wählen Sie eine andere ID.</translation>
    </message>
    <message>
        <source>OCPP version: one of {versions}.</source>
        <translation>OCPP-Version: eine von {versions}.</translation>
    </message>
    <message>
        <source>Connectors: 1 to 8.</source>
        <translation>Anschlüsse: 1 bis 8.</translation>
    </message>
    <message>
        <source>Scenario: one of {scenarios}.</source>
        <translation>Szenario: eines von {scenarios}.</translation>
    </message>
    <message>
        <source>Give at least one driver card (RFID id, up to {limit} characters for OCPP {version}; several separated by commas).</source>
        <translation>Geben Sie mindestens eine Fahrerkarte an (RFID-ID, bis {limit} Zeichen für OCPP {version}; mehrere durch Kommas getrennt).</translation>
    </message>
    <message>
        <source>Create a site first (Settings → Sites): a station belongs to a site.</source>
        <translation>Legen Sie zuerst einen Standort an (Einstellungen → Standorte): eine Ladestation gehört zu einem Standort.</translation>
    </message>
</context>
</TS>
