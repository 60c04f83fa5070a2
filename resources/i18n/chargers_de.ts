<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AcceptDialog</name>
    <message>
        <source>Accept charger {cp_id}</source>
        <translation>Ladegerät {cp_id} annehmen</translation>
    </message>
    <message>
        <source>&lt;b&gt;{cp_id}&lt;/b&gt; will be accepted: its BootNotification is answered Accepted and its sessions are recorded at the station you choose.</source>
        <translation>&lt;b&gt;{cp_id}&lt;/b&gt; wird angenommen: seine BootNotification wird mit Accepted beantwortet, und seine Ladevorgänge werden bei der gewählten Ladestation erfasst.</translation>
    </message>
    <message>
        <source>Create a new station</source>
        <translation>Neue Ladestation anlegen</translation>
    </message>
    <message>
        <source>Bind to an existing station</source>
        <translation>Einer bestehenden Ladestation zuordnen</translation>
    </message>
    <message>
        <source>The station&apos;s name as the console shows it (e.g. Hall B)</source>
        <translation>Der Name der Ladestation, wie die Konsole ihn zeigt (z. B. Halle B)</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Site:</source>
        <translation>Standort:</translation>
    </message>
    <message>
        <source>none yet (created when they report)</source>
        <translation>noch keine (angelegt, sobald sie sich melden)</translation>
    </message>
    <message>
        <source>Connectors:</source>
        <translation>Anschlüsse:</translation>
    </message>
    <message>
        <source>{conn} — from its StatusNotifications</source>
        <translation>{conn} — aus seinen StatusNotifications</translation>
    </message>
    <message>
        <source>The station takes this charger&apos;s charge point id; its rules and history stay</source>
        <translation>Die Ladestation übernimmt die Ladepunkt-ID dieses Ladegeräts; ihre Regeln und ihr Verlauf bleiben</translation>
    </message>
    <message>
        <source>Station:</source>
        <translation>Ladestation:</translation>
    </message>
    <message>
        <source>There is no station yet</source>
        <translation>Es gibt noch keine Ladestation</translation>
    </message>
    <message>
        <source>Charger password (HTTP Basic, security profile 1)</source>
        <translation>Passwort des Ladegeräts (HTTP Basic, Sicherheitsprofil 1)</translation>
    </message>
    <message>
        <source>leave empty: the charger connects without a password</source>
        <translation>leer lassen: das Ladegerät verbindet sich ohne Passwort</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Erzeugen</translation>
    </message>
    <message>
        <source>A random 20-character password</source>
        <translation>Ein zufälliges Passwort mit 20 Zeichen</translation>
    </message>
    <message>
        <source>Stored hashed. From its next connection the charger must send this password; ChargeDesk sends it to the charger if it can, else set it on the charger.</source>
        <translation>Wird gehasht gespeichert. Ab seiner nächsten Verbindung muss das Ladegerät dieses Passwort senden; ChargeDesk überträgt es ans Ladegerät, wenn möglich, sonst stellen Sie es am Ladegerät ein.</translation>
    </message>
    <message>
        <source>Accept charger</source>
        <translation>Ladegerät annehmen</translation>
    </message>
</context>
<context>
    <name>AddVirtualChargerDialog</name>
    <message>
        <source>Waits for a card or a remote start</source>
        <translation>Wartet auf eine Karte oder einen Fernstart</translation>
    </message>
    <message>
        <source>Vehicles come, charge and leave</source>
        <translation>Fahrzeuge kommen, laden und fahren weg</translation>
    </message>
    <message>
        <source>Vehicles, faults and idle times mixed</source>
        <translation>Fahrzeuge, Störungen und Ruhezeiten gemischt</translation>
    </message>
    <message>
        <source>Virtual chargers</source>
        <translation>Virtuelle Ladegeräte</translation>
    </message>
    <message>
        <source>Add a virtual charger</source>
        <translation>Virtuelles Ladegerät hinzufügen</translation>
    </message>
    <message>
        <source>The charge point id: the last part of the URL the charger connects to</source>
        <translation>Die Ladepunkt-ID: der letzte Teil der URL, mit der sich das Ladegerät verbindet</translation>
    </message>
    <message>
        <source>How fast simulated time runs: at 60× a one-hour charge takes a minute</source>
        <translation>Wie schnell die simulierte Zeit läuft: bei 60× dauert ein einstündiger Ladevorgang eine Minute</translation>
    </message>
    <message>
        <source>The RFID cards of the drivers, separated by commas</source>
        <translation>Die RFID-Karten der Fahrer, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>only if the station has one</source>
        <translation>nur wenn die Ladestation eines hat</translation>
    </message>
    <message>
        <source>Create a station for it (ready to charge)</source>
        <translation>Eine Ladestation dafür anlegen (ladebereit)</translation>
    </message>
    <message>
        <source>Unticked, the charger connects as an unknown charger: with the Pending policy it appears under Chargers → New chargers, to practise commissioning</source>
        <translation>Nicht angekreuzt verbindet sich das Ladegerät als unbekanntes Ladegerät: mit der Pending-Regel erscheint es unter Ladegeräte → Neue Ladegeräte, zum Üben der Inbetriebnahme</translation>
    </message>
    <message>
        <source>Charge point id</source>
        <translation>Ladepunkt-ID</translation>
    </message>
    <message>
        <source>OCPP version</source>
        <translation>OCPP-Version</translation>
    </message>
    <message>
        <source>Connectors</source>
        <translation>Anschlüsse</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>Fahrzeuge</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Driver cards</source>
        <translation>Karten der Fahrer</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>OCPP 1.6 security extension (security events, logs, signed firmware)</source>
        <translation>Sicherheitserweiterung von OCPP 1.6 (Sicherheitsereignisse, Logs, signierte Firmware)</translation>
    </message>
    <message>
        <source>Firmware as the OCPP 1.6 security whitepaper describes it: it reports its security events and takes Extended trigger message, GetLog and signed firmware</source>
        <translation>Firmware, wie sie das Sicherheits-Whitepaper von OCPP 1.6 beschreibt: Sie meldet ihre Sicherheitsereignisse und nimmt Extended trigger message, GetLog und signierte Firmware an</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Laufend</translation>
    </message>
    <message>
        <source>Charger</source>
        <translation>Ladegerät</translation>
    </message>
    <message>
        <source>OCPP</source>
        <translation>OCPP</translation>
    </message>
    <message>
        <source>Last event</source>
        <translation>Letztes Ereignis</translation>
    </message>
    <message>
        <source>The card the driver presents (pick one of the charger&apos;s or type any id)</source>
        <translation>Die Karte, die der Fahrer vorhält (eine des Ladegeräts wählen oder eine beliebige ID eingeben)</translation>
    </message>
    <message>
        <source>Present card</source>
        <translation>Karte vorhalten</translation>
    </message>
    <message>
        <source>A driver holds the card to the reader: a charge starts on the connector, or the charge started with this card ends</source>
        <translation>Ein Fahrer hält die Karte an den Leser: ein Ladevorgang startet am Anschluss, oder der mit dieser Karte gestartete endet</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Running charges are stopped properly, then the charger disconnects</source>
        <translation>Laufende Ladevorgänge werden ordentlich beendet, dann trennt sich das Ladegerät</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>The central system is not running: see the status bar for why.</source>
        <translation>Das Zentralsystem läuft nicht: der Grund steht in der Statusleiste.</translation>
    </message>
    <message>
        <source>Could not start {cp_id}: {error}</source>
        <translation>{cp_id} konnte nicht gestartet werden: {error}</translation>
    </message>
    <message>
        <source>{cp_id} started with a new station.</source>
        <translation>{cp_id} mit einer neuen Ladestation gestartet.</translation>
    </message>
    <message>
        <source>{cp_id} started.</source>
        <translation>{cp_id} gestartet.</translation>
    </message>
    <message>
        <source>stopped: {reason}</source>
        <translation>gestoppt: {reason}</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>any free connector</source>
        <translation>beliebiger freier Anschluss</translation>
    </message>
    <message>
        <source>connector {n}</source>
        <translation>Anschluss {n}</translation>
    </message>
    <message>
        <source>Pick a running charger and a card.</source>
        <translation>Wählen Sie ein laufendes Ladegerät und eine Karte.</translation>
    </message>
    <message>
        <source>{cp_id} is stopped.</source>
        <translation>{cp_id} ist gestoppt.</translation>
    </message>
    <message>
        <source>Card {tag} presented at {cp_id}: a vehicle is plugged in and the card is being authorised.</source>
        <translation>Karte {tag} an {cp_id} vorgehalten: ein Fahrzeug ist eingesteckt und die Karte wird geprüft.</translation>
    </message>
    <message>
        <source>Card {tag} presented at {cp_id}: the charge started with it ends.</source>
        <translation>Karte {tag} an {cp_id} vorgehalten: der damit gestartete Ladevorgang endet.</translation>
    </message>
    <message>
        <source>No free connector at {cp_id} for card {tag}.</source>
        <translation>Kein freier Anschluss an {cp_id} für Karte {tag}.</translation>
    </message>
    <message>
        <source>Stopping {cp_id}…</source>
        <translation>{cp_id} wird gestoppt…</translation>
    </message>
    <message>
        <source>{cp_id} stopped.</source>
        <translation>{cp_id} gestoppt.</translation>
    </message>
</context>
<context>
    <name>ApplySnapshotDialog</name>
    <message>
        <source>Apply snapshot of {charge_point_id}</source>
        <translation>Snapshot von {charge_point_id} anwenden</translation>
    </message>
    <message>
        <source>Send the values of &lt;b&gt;{cp_id}&lt;/b&gt;&apos;s snapshot {when} to chargers of the same model (&lt;b&gt;{vendor} {model}&lt;/b&gt;). Read-only keys are never sent; keys that already have the value are left alone.</source>
        <translation>Die Werte des Snapshots {when} von &lt;b&gt;{cp_id}&lt;/b&gt; an Ladegeräte desselben Modells (&lt;b&gt;{vendor} {model}&lt;/b&gt;) senden. Schreibgeschützte Schlüssel werden nie gesendet; Schlüssel, die den Wert schon haben, bleiben unberührt.</translation>
    </message>
    <message>
        <source>{keys}: skipped, {why}.</source>
        <translation>{keys}: übersprungen, {why}.</translation>
    </message>
    <message>
        <source>{cp_id}  —  {station}, firmware {firmware}, {state}</source>
        <translation>{cp_id}  —  {station}, Firmware {firmware}, {state}</translation>
    </message>
    <message>
        <source>no station</source>
        <translation>keine Ladestation</translation>
    </message>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <source>{charger}  (source)</source>
        <translation>{charger}  (Quelle)</translation>
    </message>
    <message>
        <source>The snapshot&apos;s own charger: applying restores the snapshot&apos;s values on it</source>
        <translation>Das Ladegerät des Snapshots selbst: Anwenden stellt die Werte des Snapshots darauf wieder her</translation>
    </message>
    <message>
        <source>Offline: its keys will be reported &apos;offline&apos;, nothing is sent</source>
        <translation>Offline: seine Schlüssel werden als &apos;offline&apos; gemeldet, nichts wird gesendet</translation>
    </message>
    <message>
        <source>No other charger of this model is known.</source>
        <translation>Kein anderes Ladegerät dieses Modells ist bekannt.</translation>
    </message>
    <message>
        <source>{key} = {shown_value} — skipped: a password</source>
        <translation>{key} = {shown_value} — übersprungen: ein Passwort</translation>
    </message>
    <message>
        <source>Skipped: {why}.</source>
        <translation>Übersprungen: {why}.</translation>
    </message>
    <message>
        <source>Read-only: not sent</source>
        <translation>Schreibgeschützt: nicht gesendet</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Chargers</source>
        <translation>Ladegeräte</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Send the checked keys to the checked chargers</source>
        <translation>Die angekreuzten Schlüssel an die angekreuzten Ladegeräte senden</translation>
    </message>
    <message>
        <source>Check at least one charger.</source>
        <translation>Kreuzen Sie mindestens ein Ladegerät an.</translation>
    </message>
    <message>
        <source>Check at least one key.</source>
        <translation>Kreuzen Sie mindestens einen Schlüssel an.</translation>
    </message>
    <message>
        <source>{keys} to {chargers}.</source>
        <translation>{keys} an {chargers}.</translation>
    </message>
    <message>
        <source>Sending to {items}…</source>
        <translation>Wird an {items} gesendet…</translation>
    </message>
    <message>
        <source>Nothing sent: {error}</source>
        <translation>Nichts gesendet: {error}</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Reboot needed on {chargers} for some values to take effect.</source>
        <translation>Neustart nötig auf {chargers}, damit einige Werte wirksam werden.</translation>
    </message>
</context>
<context>
    <name>AvailabilityForm</name>
    <message>
        <source>Whole charger</source>
        <translation>Ganzes Ladegerät</translation>
    </message>
    <message>
        <source>Operative (in service)</source>
        <translation>Operative (in Betrieb)</translation>
    </message>
    <message>
        <source>Inoperative (out of service)</source>
        <translation>Inoperative (ausser Betrieb)</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>Gilt für</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Verfügbarkeit</translation>
    </message>
    <message>
        <source>Change availability</source>
        <translation>Verfügbarkeit ändern</translation>
    </message>
    <message>
        <source>whole charger</source>
        <translation>ganzes Ladegerät</translation>
    </message>
    <message>
        <source>connector {connector}</source>
        <translation>Anschluss {connector}</translation>
    </message>
</context>
<context>
    <name>CancelReservationForm</name>
    <message>
        <source>The id of the reservation (the last one made here is filled in)</source>
        <translation>Die ID der Reservierung (die zuletzt hier gemachte ist eingetragen)</translation>
    </message>
    <message>
        <source>Reservation id</source>
        <translation>Reservierungs-ID</translation>
    </message>
    <message>
        <source>Cancel reservation</source>
        <translation>Reservierung aufheben</translation>
    </message>
    <message>
        <source>Click a reservation to cancel it</source>
        <translation>Reservierung anklicken, um sie aufzuheben</translation>
    </message>
</context>
<context>
    <name>CertificateExpiryBox</name>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Certificates: what expires when</source>
        <translation>Zertifikate: was wann abläuft</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Create the site&apos;s CA</source>
        <translation>CA des Standorts erstellen</translation>
    </message>
    <message>
        <source>Make the site&apos;s local CA on this computer, as “chargedesk certs ca” does: it signs the chargers&apos; certificates and is installed on them from their Certificates tab</source>
        <translation>Die lokale CA des Standorts auf diesem Computer erstellen, wie es “chargedesk certs ca” tut: Sie signiert die Zertifikate der Ladegeräte und wird über deren Tab Zertifikate auf ihnen installiert</translation>
    </message>
    <message>
        <source>LAN certificate {path}</source>
        <translation>LAN-Zertifikat {path}</translation>
    </message>
    <message>
        <source>The site&apos;s CA</source>
        <translation>Die CA des Standorts</translation>
    </message>
    <message>
        <source>Charger {cp_id}</source>
        <translation>Ladegerät {cp_id}</translation>
    </message>
    <message>
        <source>No certificate known yet: the central system publishes its own when it starts, a charger&apos;s once it is signed here.</source>
        <translation>Noch kein Zertifikat bekannt: Das Zentralsystem meldet seine eigenen beim Start, das eines Ladegeräts, sobald es hier signiert wurde.</translation>
    </message>
    <message>
        <source>The chargers&apos; certificates are renewed automatically {days} days before they expire: the central system signs them with the site&apos;s CA (a charger that does not answer is asked again every day).</source>
        <translation>Die Zertifikate der Ladegeräte werden {days} Tage vor Ablauf automatisch erneuert: Das Zentralsystem signiert sie mit der CA des Standorts (ein Ladegerät, das nicht antwortet, wird jeden Tag erneut angefragt).</translation>
    </message>
    <message>
        <source>Without the site&apos;s CA on the central system&apos;s computer the chargers&apos; certificates are not renewed automatically: create it here, or renew each from its Certificates tab with your own CA.</source>
        <translation>Ohne die CA des Standorts auf dem Computer des Zentralsystems werden die Zertifikate der Ladegeräte nicht automatisch erneuert: Erstellen Sie sie hier, oder erneuern Sie jedes über seinen Tab Zertifikate mit Ihrer eigenen CA.</translation>
    </message>
    <message>
        <source>The site&apos;s CA was created: {subject}, valid until {day} ({path}; keep its key private). Install it on each charger from its Certificates tab.</source>
        <translation>Die CA des Standorts wurde erstellt: {subject}, gültig bis {day} ({path}; halten Sie ihren Schlüssel geheim). Installieren Sie sie auf jedem Ladegerät über dessen Tab Zertifikate.</translation>
    </message>
</context>
<context>
    <name>Certificates</name>
    <message>
        <source>The site has no local CA: create it on the central system&apos;s computer with “chargedesk certs ca”.</source>
        <translation>Der Standort hat keine lokale CA: Erstellen Sie sie auf dem Computer des Zentralsystems mit «chargedesk certs ca».</translation>
    </message>
    <message>
        <source>{cp_id} has sent no certificate request waiting to be signed.</source>
        <translation>{cp_id} hat keine Zertifikatsanfrage gesendet, die auf eine Signatur wartet.</translation>
    </message>
    <message>
        <source>{path} cannot be read: {error}</source>
        <translation>{path} kann nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <source>The key is {key}: the whitepaper asks for RSA of at least 2048 bits.</source>
        <translation>Der Schlüssel ist {key}: Das Whitepaper verlangt RSA mit mindestens 2048 Bit.</translation>
    </message>
    <message>
        <source>The key is {key}: the whitepaper asks for ECC of at least 224 bits.</source>
        <translation>Der Schlüssel ist {key}: Das Whitepaper verlangt ECC mit mindestens 224 Bit.</translation>
    </message>
    <message>
        <source>The key is {key}: only RSA and ECC keys are accepted.</source>
        <translation>Der Schlüssel ist {key}: Nur RSA- und ECC-Schlüssel werden angenommen.</translation>
    </message>
    <message>
        <source>The request is not a PEM certificate signing request.</source>
        <translation>Die Anfrage ist keine PEM-Zertifikatssignierungsanfrage.</translation>
    </message>
    <message>
        <source>The request&apos;s signature does not verify.</source>
        <translation>Die Signatur der Anfrage ist ungültig.</translation>
    </message>
    <message>
        <source>The request names “{name}”, not the charger&apos;s identity {cp_id}.</source>
        <translation>Die Anfrage nennt «{name}», nicht die Identität des Ladegeräts {cp_id}.</translation>
    </message>
    <message>
        <source>This is not a PEM certificate.</source>
        <translation>Dies ist kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <source>The CA&apos;s key is neither RSA nor ECC.</source>
        <translation>Der Schlüssel der CA ist weder RSA noch ECC.</translation>
    </message>
    <message>
        <source>This certificate is not for the key of the charger&apos;s request.</source>
        <translation>Dieses Zertifikat gehört nicht zum Schlüssel der Anfrage des Ladegeräts.</translation>
    </message>
    <message>
        <source>This certificate names “{name}”, not {cp_id}.</source>
        <translation>Dieses Zertifikat nennt «{name}», nicht {cp_id}.</translation>
    </message>
    <message>
        <source>This certificate is not valid now (valid until {day}).</source>
        <translation>Dieses Zertifikat ist jetzt nicht gültig (gültig bis {day}).</translation>
    </message>
</context>
<context>
    <name>ChargerCertificatesTab</name>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <source>The charger sent a certificate request.</source>
        <translation>Das Ladegerät hat eine Zertifikatsanfrage gesendet.</translation>
    </message>
    <message>
        <source>The charger&apos;s certificate request was refused.</source>
        <translation>Die Zertifikatsanfrage des Ladegeräts wurde abgelehnt.</translation>
    </message>
    <message>
        <source>The signed certificate was sent to the charger.</source>
        <translation>Das signierte Zertifikat wurde an das Ladegerät gesendet.</translation>
    </message>
    <message>
        <source>The charger accepted its new certificate.</source>
        <translation>Das Ladegerät hat sein neues Zertifikat angenommen.</translation>
    </message>
    <message>
        <source>The certificate could not be delivered.</source>
        <translation>Das Zertifikat konnte nicht zugestellt werden.</translation>
    </message>
    <message>
        <source>Renewal asked: waiting for the charger&apos;s request.</source>
        <translation>Erneuerung angefordert: Warten auf die Anfrage des Ladegeräts.</translation>
    </message>
    <message>
        <source>The charger refused to renew its certificate.</source>
        <translation>Das Ladegerät hat die Erneuerung seines Zertifikats abgelehnt.</translation>
    </message>
    <message>
        <source>The site&apos;s CA was installed.</source>
        <translation>Die CA des Standorts wurde installiert.</translation>
    </message>
    <message>
        <source>The charger refused the site&apos;s CA.</source>
        <translation>Das Ladegerät hat die CA des Standorts abgelehnt.</translation>
    </message>
    <message>
        <source>A CA certificate was deleted.</source>
        <translation>Ein CA-Zertifikat wurde gelöscht.</translation>
    </message>
    <message>
        <source>The charger did not delete the CA certificate.</source>
        <translation>Das Ladegerät hat das CA-Zertifikat nicht gelöscht.</translation>
    </message>
    <message>
        <source>The charger&apos;s request was exported.</source>
        <translation>Die Anfrage des Ladegeräts wurde exportiert.</translation>
    </message>
    <message>
        <source>Select a charger on the left to see its certificates.</source>
        <translation>Wählen Sie links ein Ladegerät, um seine Zertifikate zu sehen.</translation>
    </message>
    <message>
        <source>The charger&apos;s certificate</source>
        <translation>Zertifikat des Ladegeräts</translation>
    </message>
    <message>
        <source>Renew the charger&apos;s certificate</source>
        <translation>Zertifikat des Ladegeräts erneuern</translation>
    </message>
    <message>
        <source>Send ExtendedTriggerMessage SignChargePointCertificate (OCPP 2.0.1: TriggerMessage SignChargingStationCertificate): the charger makes a new key pair and sends its request; the site&apos;s local CA signs it (or export it for your own CA)</source>
        <translation>ExtendedTriggerMessage SignChargePointCertificate senden (OCPP 2.0.1: TriggerMessage SignChargingStationCertificate): Das Ladegerät erzeugt ein neues Schlüsselpaar und sendet seine Anfrage; die lokale CA des Standorts signiert sie (oder exportieren Sie sie für Ihre eigene CA)</translation>
    </message>
    <message>
        <source>Send InstallCertificate: the site&apos;s CA becomes the charger&apos;s CentralSystemRootCertificate (OCPP 2.0.1: CSMSRootCertificate), so it trusts certificates the site signs</source>
        <translation>InstallCertificate senden: Die CA des Standorts wird zum CentralSystemRootCertificate des Ladegeräts (OCPP 2.0.1: CSMSRootCertificate), damit es den vom Standort signierten Zertifikaten vertraut</translation>
    </message>
    <message>
        <source>Export the request…</source>
        <translation>Anfrage exportieren…</translation>
    </message>
    <message>
        <source>The charger rejected the signed certificate. A charger takes a certificate only from a CA it trusts: install the site&apos;s CA (below), then renew.</source>
        <translation>Das Ladegerät hat das signierte Zertifikat abgelehnt. Ein Ladegerät nimmt ein Zertifikat nur von einer CA an, der es vertraut: Installieren Sie die CA des Standorts (unten) und erneuern Sie dann.</translation>
    </message>
    <message>
        <source>The automatic renewal could not reach the charger; it is asked again tomorrow.</source>
        <translation>Die automatische Erneuerung hat das Ladegerät nicht erreicht; es wird morgen erneut angefragt.</translation>
    </message>
    <message>
        <source>Save the charger&apos;s certificate request (PEM) for your own CA</source>
        <translation>Die Zertifikatsanfrage des Ladegeräts (PEM) für Ihre eigene CA speichern</translation>
    </message>
    <message>
        <source>Send the signed certificate…</source>
        <translation>Signiertes Zertifikat senden…</translation>
    </message>
    <message>
        <source>Choose the certificate your CA made for the request (PEM, with its CA chain) and send it with CertificateSigned</source>
        <translation>Das Zertifikat wählen, das Ihre CA für die Anfrage erstellt hat (PEM, mit seiner CA-Kette), und es mit CertificateSigned senden</translation>
    </message>
    <message>
        <source>CA certificates on the charger</source>
        <translation>CA-Zertifikate auf dem Ladegerät</translation>
    </message>
    <message>
        <source>Read from the charger</source>
        <translation>Vom Ladegerät lesen</translation>
    </message>
    <message>
        <source>Send GetInstalledCertificateIds for both kinds of CA certificate</source>
        <translation>GetInstalledCertificateIds für beide Arten von CA-Zertifikaten senden</translation>
    </message>
    <message>
        <source>Install the site&apos;s CA</source>
        <translation>CA des Standorts installieren</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Send DeleteCertificate for the selected CA certificate</source>
        <translation>DeleteCertificate für das gewählte CA-Zertifikat senden</translation>
    </message>
    <message>
        <source>{subject} — serial {serial}, expires {day}</source>
        <translation>{subject} — Seriennummer {serial}, läuft ab am {day}</translation>
    </message>
    <message>
        <source>No certificate signed or sent from here yet.</source>
        <translation>Noch kein Zertifikat von hier signiert oder gesendet.</translation>
    </message>
    <message>
        <source>This site signs with its own CA: export the request, then send the certificate your CA made.</source>
        <translation>Dieser Standort signiert mit seiner eigenen CA: Exportieren Sie die Anfrage und senden Sie dann das Zertifikat, das Ihre CA erstellt hat.</translation>
    </message>
    <message>
        <source>Renewed automatically {days} days before it expires (the central system asks the charger once a day until it has a new certificate).</source>
        <translation>Wird {days} Tage vor Ablauf automatisch erneuert (das Zentralsystem fragt das Ladegerät einmal täglich an, bis es ein neues Zertifikat hat).</translation>
    </message>
    <message>
        <source>Central system root</source>
        <translation>Zentralsystem-Root</translation>
    </message>
    <message>
        <source>Manufacturer root</source>
        <translation>Hersteller-Root</translation>
    </message>
    <message>
        <source>(not installed from here)</source>
        <translation>(nicht von hier installiert)</translation>
    </message>
    <message>
        <source>{subject} (the site&apos;s CA)</source>
        <translation>{subject} (die CA des Standorts)</translation>
    </message>
    <message>
        <source>issuer name hash {name}
issuer key hash {key}</source>
        <translation>Hash des Ausstellernamens {name}
Hash des Ausstellerschlüssels {key}</translation>
    </message>
    <message>
        <source>Delete a CA certificate</source>
        <translation>Ein CA-Zertifikat löschen</translation>
    </message>
    <message>
        <source>Delete {subject} from {cp_id}? The charger no longer trusts what this CA signed.</source>
        <translation>{subject} von {cp_id} löschen? Das Ladegerät vertraut dann nicht mehr, was diese CA signiert hat.</translation>
    </message>
    <message>
        <source>Export the charger&apos;s request</source>
        <translation>Anfrage des Ladegeräts exportieren</translation>
    </message>
    <message>
        <source>Request saved to {path}.</source>
        <translation>Anfrage in {path} gespeichert.</translation>
    </message>
    <message>
        <source>The certificate your CA made</source>
        <translation>Das Zertifikat Ihrer CA</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer)</source>
        <translation>Zertifikate (*.pem *.crt *.cer)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>{action}: the charger answered {status}.</source>
        <translation>{action}: Das Ladegerät antwortete {status}.</translation>
    </message>
    <message>
        <source>{action} sent…</source>
        <translation>{action} gesendet…</translation>
    </message>
</context>
<context>
    <name>ChargerConfig</name>
    <message>
        <source>RebootRequired — used after a reset</source>
        <translation>RebootRequired — gilt nach einem Reset</translation>
    </message>
    <message>
        <source>Rejected by the charger</source>
        <translation>Vom Ladegerät abgelehnt</translation>
    </message>
    <message>
        <source>no answer (timeout)</source>
        <translation>keine Antwort (Zeitüberschreitung)</translation>
    </message>
    <message>
        <source>offline — not sent</source>
        <translation>offline — nicht gesendet</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>read-only — not sent</source>
        <translation>schreibgeschützt — nicht gesendet</translation>
    </message>
    <message>
        <source>already this value</source>
        <translation>hat diesen Wert schon</translation>
    </message>
    <message>
        <source>skipped — a password is never applied from a snapshot</source>
        <translation>übersprungen — ein Passwort wird nie aus einem Snapshot übernommen</translation>
    </message>
    <message>
        <source>sending…</source>
        <translation>wird gesendet…</translation>
    </message>
    <message>
        <source>the charger is not connected</source>
        <translation>das Ladegerät ist nicht verbunden</translation>
    </message>
    <message>
        <source>the charger did not answer in time</source>
        <translation>das Ladegerät hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <source>Unexpected error: {error}</source>
        <translation>Unerwarteter Fehler: {error}</translation>
    </message>
</context>
<context>
    <name>ChargerConfigTab</name>
    <message>
        <source>Select a charger to see its configuration keys.</source>
        <translation>Wählen Sie ein Ladegerät, um seine Konfigurationsschlüssel zu sehen.</translation>
    </message>
    <message>
        <source>Search keys and values…  (Ctrl+F)</source>
        <translation>Schlüssel und Werte suchen…  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Shows only the keys whose name or value contains this text</source>
        <translation>Zeigt nur die Schlüssel, deren Name oder Wert diesen Text enthält</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Read every key from the charger again (F5)</source>
        <translation>Alle Schlüssel erneut vom Ladegerät lesen (F5)</translation>
    </message>
    <message>
        <source>Reset now</source>
        <translation>Jetzt neu starten</translation>
    </message>
    <message>
        <source>Send a soft Reset: the charger restarts when no charge is running</source>
        <translation>Einen Soft-Reset senden: das Ladegerät startet neu, wenn kein Ladevorgang läuft</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>Change the selected key</source>
        <translation>Ausgewählten Schlüssel ändern</translation>
    </message>
    <message>
        <source>new value</source>
        <translation>neuer Wert</translation>
    </message>
    <message>
        <source>Send to charger</source>
        <translation>An Ladegerät senden</translation>
    </message>
    <message>
        <source>ChangeConfiguration (1.6) / SetVariables (2.0.1) with this value (Enter)</source>
        <translation>ChangeConfiguration (1.6) / SetVariables (2.0.1) mit diesem Wert (Enter)</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Key names, comma-separated (e.g. LocalAuthListEnabled, VendorKey)</source>
        <translation>Schlüsselnamen, durch Kommas getrennt (z. B. LocalAuthListEnabled, VendorKey)</translation>
    </message>
    <message>
        <source>GetConfiguration with these keys: found ones are added to the table, unknown ones are listed</source>
        <translation>GetConfiguration mit diesen Schlüsseln: gefundene kommen in die Tabelle, unbekannte werden aufgelistet</translation>
    </message>
    <message>
        <source>Ask charger</source>
        <translation>Ladegerät fragen</translation>
    </message>
    <message>
        <source>Ask for keys:</source>
        <translation>Nach Schlüsseln fragen:</translation>
    </message>
    <message>
        <source>Configuration of {cp_id}</source>
        <translation>Konfiguration von {cp_id}</translation>
    </message>
    <message>
        <source>{cp_id} is offline: keys cannot be read or changed until it connects.</source>
        <translation>{cp_id} ist offline: Schlüssel können erst gelesen oder geändert werden, wenn es verbunden ist.</translation>
    </message>
    <message>
        <source>{cp_id} is offline and no snapshot of its configuration is stored.</source>
        <translation>{cp_id} ist offline, und es ist kein Snapshot seiner Konfiguration gespeichert.</translation>
    </message>
    <message>
        <source>{cp_id} is offline: showing the snapshot of {taken_at} ({key_count} keys). Nothing can be changed until it connects.</source>
        <translation>{cp_id} ist offline: angezeigt wird der Snapshot vom {taken_at} ({key_count} Schlüssel). Bis es verbunden ist, kann nichts geändert werden.</translation>
    </message>
    <message>
        <source>Reading the configuration of {cp_id}…</source>
        <translation>Konfiguration von {cp_id} wird gelesen…</translation>
    </message>
    <message>
        <source>Could not read the configuration: {error}</source>
        <translation>Die Konfiguration konnte nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <source>Type one or more key names, separated by commas.</source>
        <translation>Geben Sie einen oder mehrere Schlüsselnamen ein, durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>Could not ask {cp_id}: {error}</source>
        <translation>{cp_id} konnte nicht gefragt werden: {error}</translation>
    </message>
    <message>
        <source>Unknown to {cp_id}: {items}</source>
        <translation>{cp_id} unbekannt: {items}</translation>
    </message>
    <message>
        <source>Found: {found}.</source>
        <translation>Gefunden: {found}.</translation>
    </message>
    <message>
        <source>None of these keys is known to the charger.</source>
        <translation>Keiner dieser Schlüssel ist dem Ladegerät bekannt.</translation>
    </message>
    <message>
        <source>new password</source>
        <translation>neues Passwort</translation>
    </message>
    <message>
        <source>Select a key in the table.</source>
        <translation>Wählen Sie einen Schlüssel in der Tabelle.</translation>
    </message>
    <message>
        <source>{key} is read-only: the charger does not allow changing it.</source>
        <translation>{key} ist schreibgeschützt: das Ladegerät lässt keine Änderung zu.</translation>
    </message>
    <message>
        <source>The charger is offline.</source>
        <translation>Das Ladegerät ist offline.</translation>
    </message>
    <message>
        <source>Waiting for the charger&apos;s answer…</source>
        <translation>Warten auf die Antwort des Ladegeräts…</translation>
    </message>
    <message>
        <source>{key} is the charger&apos;s password. Enter sends the new one; when the charger accepts it, it also becomes the station&apos;s password, so the charger is let in on its next connection.</source>
        <translation>{key} ist das Passwort des Ladegeräts. Enter sendet das neue; nimmt das Ladegerät es an, wird es auch das Passwort der Ladestation, damit das Ladegerät bei seiner nächsten Verbindung eingelassen wird.</translation>
    </message>
    <message>
        <source>Enter sends the value; the charger&apos;s answer appears on the key&apos;s row.</source>
        <translation>Enter sendet den Wert; die Antwort des Ladegeräts erscheint in der Zeile des Schlüssels.</translation>
    </message>
    <message>
        <source>The value is {count} characters long; OCPP allows at most {max}.</source>
        <translation>Der Wert ist {count} Zeichen lang; OCPP erlaubt höchstens {max}.</translation>
    </message>
    <message>
        <source>Sending {key} = {shown} to {cp_id}…</source>
        <translation>{key} = {shown} wird an {cp_id} gesendet…</translation>
    </message>
    <message>
        <source>{key} not changed: {reason}.</source>
        <translation>{key} nicht geändert: {reason}.</translation>
    </message>
    <message>
        <source>{cp_id} answered {status} to {key} = {value}. ({detail})</source>
        <translation>{cp_id} antwortete {status} auf {key} = {value}. ({detail})</translation>
    </message>
    <message>
        <source>{cp_id} answered {status} to {key} = {value}.</source>
        <translation>{cp_id} antwortete {status} auf {key} = {value}.</translation>
    </message>
    <message>
        <source>{keys}: the charger uses the new value after a reboot. Reset now?</source>
        <translation>{keys}: das Ladegerät verwendet den neuen Wert nach einem Neustart. Jetzt neu starten?</translation>
    </message>
    <message>
        <source>Reset not sent: {error}</source>
        <translation>Reset nicht gesendet: {error}</translation>
    </message>
    <message>
        <source>{cp_id} accepted the Reset: it restarts and uses the new values.</source>
        <translation>{cp_id} hat den Reset angenommen: es startet neu und verwendet die neuen Werte.</translation>
    </message>
    <message>
        <source>{cp_id} answered {status} to the Reset.</source>
        <translation>{cp_id} antwortete {status} auf den Reset.</translation>
    </message>
</context>
<context>
    <name>ChargerEvents</name>
    <message>
        <source>connected (OCPP {version}, TLS) from {ip}</source>
        <translation>verbunden (OCPP {version}, TLS) von {ip}</translation>
    </message>
    <message>
        <source>connected (OCPP {version}) from {ip}</source>
        <translation>verbunden (OCPP {version}) von {ip}</translation>
    </message>
    <message>
        <source>code {code}</source>
        <translation>Code {code}</translation>
    </message>
    <message>
        <source>disconnected</source>
        <translation>getrennt</translation>
    </message>
    <message>
        <source>disconnected: {reason}</source>
        <translation>getrennt: {reason}</translation>
    </message>
    <message>
        <source>booted: {vendor} {model}, firmware {firmware} — answered {registration}</source>
        <translation>gestartet: {vendor} {model}, Firmware {firmware} — Antwort {registration}</translation>
    </message>
    <message>
        <source>charger: {status}{error}</source>
        <translation>Ladegerät: {status}{error}</translation>
    </message>
    <message>
        <source>connector {connector}: {status}{error}</source>
        <translation>Anschluss {connector}: {status}{error}</translation>
    </message>
    <message>
        <source>firmware: {status}</source>
        <translation>Firmware: {status}</translation>
    </message>
    <message>
        <source>diagnostics: {status}</source>
        <translation>Diagnose: {status}</translation>
    </message>
    <message>
        <source>security event: {event} ({info})</source>
        <translation>Sicherheitsereignis: {event} ({info})</translation>
    </message>
    <message>
        <source>security event: {event}</source>
        <translation>Sicherheitsereignis: {event}</translation>
    </message>
    <message>
        <source>every EVSE</source>
        <translation>jeden EVSE</translation>
    </message>
    <message>
        <source>whole station</source>
        <translation>ganze Ladestation</translation>
    </message>
    <message>
        <source>EVSE {evse}</source>
        <translation>EVSE {evse}</translation>
    </message>
    <message>
        <source>limit set on site cleared by {source} on {where}</source>
        <translation>vor Ort gesetzte Begrenzung von {source} aufgehoben für {where}</translation>
    </message>
    <message>
        <source>limit set on site by {source} on {where}</source>
        <translation>Begrenzung vor Ort gesetzt von {source} für {where}</translation>
    </message>
    <message>
        <source>card {tag}{who} refused: {reason}</source>
        <translation>Karte {tag}{who} abgelehnt: {reason}</translation>
    </message>
    <message>
        <source>card {tag}{who} accepted</source>
        <translation>Karte {tag}{who} angenommen</translation>
    </message>
    <message>
        <source>connector {connector}: session {transaction} started by {who}</source>
        <translation>Anschluss {connector}: Ladevorgang {transaction} gestartet von {who}</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <source>connector {connector}: session {transaction} stopped ({reason})</source>
        <translation>Anschluss {connector}: Ladevorgang {transaction} beendet ({reason})</translation>
    </message>
    <message>
        <source>connector {connector}: session {transaction} stopped ({reason}, {kwh} kWh)</source>
        <translation>Anschluss {connector}: Ladevorgang {transaction} beendet ({reason}, {kwh} kWh)</translation>
    </message>
</context>
<context>
    <name>ChargerEventsBox</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Component / variable</source>
        <translation>Komponente / Variable</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation>Behoben</translation>
    </message>
    <message>
        <source>upper threshold {value}</source>
        <translation>oberer Grenzwert {value}</translation>
    </message>
    <message>
        <source>lower threshold {value}</source>
        <translation>unterer Grenzwert {value}</translation>
    </message>
    <message>
        <source>change of {value}</source>
        <translation>Änderung um {value}</translation>
    </message>
    <message>
        <source>every {value} s</source>
        <translation>alle {value} s</translation>
    </message>
    <message>
        <source>Monitor alert</source>
        <translation>Überwachung: Alarm</translation>
    </message>
    <message>
        <source>Monitor: value changed</source>
        <translation>Überwachung: Wert geändert</translation>
    </message>
    <message>
        <source>Monitor: periodic value</source>
        <translation>Überwachung: periodischer Wert</translation>
    </message>
    <message>
        <source>Charger alert</source>
        <translation>Alarm der Ladestation</translation>
    </message>
    <message>
        <source>Charger notice</source>
        <translation>Meldung der Ladestation</translation>
    </message>
    <message>
        <source>Security event</source>
        <translation>Sicherheitsereignis</translation>
    </message>
    <message>
        <source>cleared {time}</source>
        <translation>behoben {time}</translation>
    </message>
    <message>
        <source>cleared</source>
        <translation>behoben</translation>
    </message>
    <message>
        <source>not cleared</source>
        <translation>nicht behoben</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>What the charger reported as events: its monitors and alerts (OCPP 2.0.1 NotifyEvent) and its security events, newest first</source>
        <translation>Was die Ladestation als Ereignisse gemeldet hat: ihre Überwachungen und Alarme (OCPP 2.0.1 NotifyEvent) und ihre Sicherheitsereignisse, neueste zuerst</translation>
    </message>
    <message>
        <source>No event reported by this charger.</source>
        <translation>Diese Ladestation hat kein Ereignis gemeldet.</translation>
    </message>
</context>
<context>
    <name>ChargerMonitorsTab</name>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Component / variable</source>
        <translation>Komponente / Variable</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>During a transaction only</source>
        <translation>Nur während einer Transaktion</translation>
    </message>
    <message>
        <source>Above a threshold</source>
        <translation>Über einem Grenzwert</translation>
    </message>
    <message>
        <source>Below a threshold</source>
        <translation>Unter einem Grenzwert</translation>
    </message>
    <message>
        <source>Changes by more than</source>
        <translation>Ändert sich um mehr als</translation>
    </message>
    <message>
        <source>Every N seconds</source>
        <translation>Alle N Sekunden</translation>
    </message>
    <message>
        <source>Every N seconds, clock-aligned</source>
        <translation>Alle N Sekunden, an der Uhr ausgerichtet</translation>
    </message>
    <message>
        <source>Select a charger on the left to see its variable monitors.</source>
        <translation>Wählen Sie links eine Ladestation, um ihre Variablenüberwachungen zu sehen.</translation>
    </message>
    <message>
        <source>Monitors on the charger</source>
        <translation>Überwachungen auf der Ladestation</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Send GetMonitoringReport: the charger reports all its monitors</source>
        <translation>GetMonitoringReport senden: die Ladestation meldet alle ihre Überwachungen</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Ausgewählte entfernen</translation>
    </message>
    <message>
        <source>Send ClearVariableMonitoring for the selected monitors</source>
        <translation>ClearVariableMonitoring für die ausgewählten Überwachungen senden</translation>
    </message>
    <message>
        <source>Add a monitor</source>
        <translation>Überwachung hinzufügen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>a number (seconds for a period)</source>
        <translation>eine Zahl (Sekunden für eine Periode)</translation>
    </message>
    <message>
        <source>only while a transaction runs</source>
        <translation>nur während eine Transaktion läuft</translation>
    </message>
    <message>
        <source>Component:</source>
        <translation>Komponente:</translation>
    </message>
    <message>
        <source>EVSE:</source>
        <translation>EVSE:</translation>
    </message>
    <message>
        <source>Variable:</source>
        <translation>Variable:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>Wert:</translation>
    </message>
    <message>
        <source>Severity:</source>
        <translation>Schweregrad:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Send SetVariableMonitoring</source>
        <translation>SetVariableMonitoring senden</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>The charger has no monitor.</source>
        <translation>Die Ladestation hat keine Überwachung.</translation>
    </message>
    <message>
        <source>The charger is sending its monitors…</source>
        <translation>Die Ladestation sendet ihre Überwachungen…</translation>
    </message>
    <message>
        <source>GetMonitoringReport: the charger answered {status}.</source>
        <translation>GetMonitoringReport: die Ladestation antwortete {status}.</translation>
    </message>
    <message>
        <source>Monitor {id} added: {answer}.</source>
        <translation>Überwachung {id} hinzugefügt: {answer}.</translation>
    </message>
    <message>
        <source>Not added ({status}): {answer}.</source>
        <translation>Nicht hinzugefügt ({status}): {answer}.</translation>
    </message>
    <message>
        <source>SetVariableMonitoring sent…</source>
        <translation>SetVariableMonitoring gesendet…</translation>
    </message>
    <message>
        <source>monitor {id}: {answer}</source>
        <translation>Überwachung {id}: {answer}</translation>
    </message>
    <message>
        <source>ClearVariableMonitoring sent…</source>
        <translation>ClearVariableMonitoring gesendet…</translation>
    </message>
    <message>
        <source>The charger&apos;s monitors were read.</source>
        <translation>Die Überwachungen der Ladestation wurden gelesen.</translation>
    </message>
</context>
<context>
    <name>ChargerOperations</name>
    <message>
        <source>Connector {n}</source>
        <translation>Anschluss {n}</translation>
    </message>
    <message>
        <source>Pick a user&apos;s tag or type one</source>
        <translation>Karten-ID eines Benutzers wählen oder eingeben</translation>
    </message>
    <message>
        <source>The idTag the charger uses: pick a user&apos;s tag or type one</source>
        <translation>Das idTag, das das Ladegerät verwendet: Karten-ID eines Benutzers wählen oder eingeben</translation>
    </message>
    <message>
        <source>Connector {connector} · {tag}{who} · since {since} · session {session}</source>
        <translation>Anschluss {connector} · {tag}{who} · seit {since} · Ladevorgang {session}</translation>
    </message>
</context>
<context>
    <name>ChargerOperationsTab</name>
    <message>
        <source>Transactions</source>
        <translation>Transaktionen</translation>
    </message>
    <message>
        <source>Charger control</source>
        <translation>Steuerung des Ladegeräts</translation>
    </message>
    <message>
        <source>Local list</source>
        <translation>Lokale Liste</translation>
    </message>
    <message>
        <source>Reservations</source>
        <translation>Reservierungen</translation>
    </message>
    <message>
        <source>Smart charging</source>
        <translation>Smart Charging</translation>
    </message>
    <message>
        <source>Sending…</source>
        <extracomment>the smart-charging part: each of its pages shows the limits set on site on the charger</extracomment>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>Select a charger on the left to send it operations.</source>
        <translation>Wählen Sie links ein Ladegerät, um ihm Operationen zu senden.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Results&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ergebnisse&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Clear results</source>
        <translation>Ergebnisse leeren</translation>
    </message>
    <message>
        <source>Empty this charger&apos;s results list</source>
        <translation>Die Ergebnisliste dieses Ladegeräts leeren</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operation</translation>
    </message>
    <message>
        <source>Charger&apos;s answer</source>
        <translation>Antwort des Ladegeräts</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>Select a result to see the request and the charger&apos;s full answer.</source>
        <translation>Wählen Sie ein Ergebnis, um die Anfrage und die vollständige Antwort des Ladegeräts zu sehen.</translation>
    </message>
    <message>
        <source>not read: {error}</source>
        <translation>nicht gelesen: {error}</translation>
    </message>
    <message>
        <source>Limits set on site:</source>
        <translation>Vor Ort gesetzte Begrenzungen:</translation>
    </message>
    <message>
        <source>Could not load {cp_id} from the database: {error}</source>
        <translation>{cp_id} konnte nicht aus der Datenbank geladen werden: {error}</translation>
    </message>
    <message>
        <source>● online</source>
        <translation>● online</translation>
    </message>
    <message>
        <source>● offline — operations will report that it is offline</source>
        <translation>● offline — Operationen melden, dass es offline ist</translation>
    </message>
    <message>
        <source>no station bound</source>
        <translation>keine Ladestation zugeordnet</translation>
    </message>
    <message>
        <source>&lt;b&gt;{cp_id}&lt;/b&gt; · {station} · OCPP {version} · {state}</source>
        <translation>&lt;b&gt;{cp_id}&lt;/b&gt; · {station} · OCPP {version} · {state}</translation>
    </message>
    <message>
        <source>Could not load the reservations: {error}</source>
        <translation>Die Reservierungen konnten nicht geladen werden: {error}</translation>
    </message>
    <message>
        <source>Could not load the running sessions: {error}</source>
        <translation>Die laufenden Ladevorgänge konnten nicht geladen werden: {error}</translation>
    </message>
    <message>
        <source>{cp_id} is not connected</source>
        <translation>{cp_id} ist nicht verbunden</translation>
    </message>
    <message>
        <source>Offline — {error}</source>
        <translation>Offline — {error}</translation>
    </message>
    <message>
        <source>Timeout — {error}</source>
        <translation>Zeitüberschreitung — {error}</translation>
    </message>
    <message>
        <source>Not supported — {error}</source>
        <translation>Nicht unterstützt — {error}</translation>
    </message>
    <message>
        <source>Not sent, invalid request — {error}</source>
        <translation>Nicht gesendet, ungültige Anfrage — {error}</translation>
    </message>
    <message>
        <source>Invalid answer — {error}</source>
        <translation>Ungültige Antwort — {error}</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Error — {kind}: {error}</source>
        <translation>Fehler — {kind}: {error}</translation>
    </message>
    <message>
        <source>{operation} at {time}
Request: {request}

Answer: {answer}
{detail}</source>
        <translation>{operation} um {time}
Anfrage: {request}

Antwort: {answer}
{detail}</translation>
    </message>
</context>
<context>
    <name>ChargerOverviewTab</name>
    <message>
        <source>Connector</source>
        <translation>Anschluss</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Leistung</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energie</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transaktion</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>Select a charger on the left to see who it is and its connectors live.</source>
        <translation>Wählen Sie links ein Ladegerät, um zu sehen, wer es ist, und seine Anschlüsse live.</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <source>Charge point id</source>
        <translation>Ladepunkt-ID</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Registrierung</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Ladestation</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP-Adresse</translation>
    </message>
    <message>
        <source>OCPP version</source>
        <translation>OCPP-Version</translation>
    </message>
    <message>
        <source>Charger status</source>
        <translation>Status des Ladegeräts</translation>
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
        <source>First seen</source>
        <translation>Zuerst gesehen</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <source>Last boot</source>
        <translation>Letzter Start</translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation>{label}:</translation>
    </message>
    <message>
        <source>The central system keeps the charger&apos;s local authorization list in sync with who may charge at its station at any time: the charger uses it while it is offline.</source>
        <translation>Das Zentralsystem hält die lokale Autorisierungsliste des Ladepunkts auf dem Stand, wer an seiner Ladestation jederzeit laden darf: Der Ladepunkt verwendet sie, solange er offline ist.</translation>
    </message>
    <message>
        <source>Local list:</source>
        <translation>Lokale Liste:</translation>
    </message>
    <message>
        <source>Limits set on site:</source>
        <translation>Vor Ort gesetzte Begrenzungen:</translation>
    </message>
    <message>
        <source>Connectors (live)</source>
        <translation>Anschlüsse (live)</translation>
    </message>
    <message>
        <source>Recent events of this charger</source>
        <translation>Letzte Ereignisse dieses Ladegeräts</translation>
    </message>
    <message>
        <source>What this charger did since the console started, newest first: connections, boots, status changes, cards and sessions (the Log page has every message)</source>
        <translation>Was dieses Ladegerät seit dem Start der Konsole getan hat, neueste zuerst: Verbindungen, Starts, Statuswechsel, Karten und Ladevorgänge (die Seite Protokoll hat jede Nachricht)</translation>
    </message>
    <message>
        <source>Nothing yet since the console started.</source>
        <translation>Noch nichts seit dem Start der Konsole.</translation>
    </message>
    <message>
        <source>not read: {error}</source>
        <translation>nicht gelesen: {error}</translation>
    </message>
    <message>
        <source>{registration} (its charger never connected)</source>
        <translation>{registration} (sein Ladegerät war nie verbunden)</translation>
    </message>
    <message>
        <source>New — waiting for an operator (Pending)</source>
        <translation>Neu — wartet auf einen Bediener (Pending)</translation>
    </message>
    <message>
        <source>not bound to a station</source>
        <translation>keiner Ladestation zugeordnet</translation>
    </message>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>now (connected)</source>
        <translation>jetzt (verbunden)</translation>
    </message>
    <message>
        <source>not synchronised yet</source>
        <translation>noch nicht abgeglichen</translation>
    </message>
    <message>
        <source>none — cards are not checked against the station&apos;s rules while it is offline ({at}: {outcome})</source>
        <translation>keine — solange der Ladepunkt offline ist, werden Karten nicht nach den Regeln der Ladestation geprüft ({at}: {outcome})</translation>
    </message>
    <message>
        <source>not in sync — {at}: {outcome}</source>
        <translation>nicht abgeglichen — {at}: {outcome}</translation>
    </message>
    <message>
        <source>No connector has reported yet: they appear with the charger&apos;s first StatusNotification.</source>
        <translation>Noch kein Anschluss hat sich gemeldet: sie erscheinen mit der ersten StatusNotification des Ladegeräts.</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>{transaction} (stopped)</source>
        <translation>{transaction} (beendet)</translation>
    </message>
</context>
<context>
    <name>ChargerPlurals</name>
    <message numerus="yes">
        <source>%n keys ({ro} read-only) read from {cp_id} (OCPP {ocpp_version}) at {read_at}.</source>
        <translation>
            <numerusform>%n Schlüssel ({ro} schreibgeschützt) von {cp_id} (OCPP {ocpp_version}) gelesen um {read_at}.</numerusform>
            <numerusform>%n Schlüssel ({ro} schreibgeschützt) von {cp_id} (OCPP {ocpp_version}) gelesen um {read_at}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Snapshot of %n key(s) stored ({snapshot}).</source>
        <translation>
            <numerusform>Snapshot mit %n Schlüssel gespeichert ({snapshot}).</numerusform>
            <numerusform>Snapshot mit %n Schlüsseln gespeichert ({snapshot}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n snapshot(s) of {cp_id}? The charger is not touched.</source>
        <translation>
            <numerusform>%n Snapshot von {cp_id} löschen? Das Ladegerät bleibt unberührt.</numerusform>
            <numerusform>%n Snapshots von {cp_id} löschen? Das Ladegerät bleibt unberührt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n snapshot(s).</source>
        <translation>
            <numerusform>%n Snapshot gelöscht.</numerusform>
            <numerusform>%n Snapshots gelöscht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) ({ro} read-only), {vendor} {model}, firmware {firmware}. Ctrl+click a second snapshot to compare.</source>
        <translation>
            <numerusform>%n Schlüssel ({ro} schreibgeschützt), {vendor} {model}, Firmware {firmware}. Ctrl+Klick auf einen zweiten Snapshot vergleicht.</numerusform>
            <numerusform>%n Schlüssel ({ro} schreibgeschützt), {vendor} {model}, Firmware {firmware}. Ctrl+Klick auf einen zweiten Snapshot vergleicht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s)</source>
        <translation>
            <numerusform>%n Schlüssel</numerusform>
            <numerusform>%n Schlüssel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n charger(s)</source>
        <translation>
            <numerusform>%n Ladegerät</numerusform>
            <numerusform>%n Ladegeräte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done: %n charger ({tally}).</source>
        <translation>
            <numerusform>Fertig: %n Ladegerät ({tally}).</numerusform>
            <numerusform>Fertig: %n Ladegeräte ({tally}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) not applied (see the table; hover for details).</source>
        <translation>
            <numerusform>%n Schlüssel nicht angewendet (siehe Tabelle; Details beim Darüberfahren).</numerusform>
            <numerusform>%n Schlüssel nicht angewendet (siehe Tabelle; Details beim Darüberfahren).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hard reset {cp_id}? It reboots now and stops the %n running session(s).</source>
        <translation>
            <numerusform>Hard-Reset von {cp_id}? Es startet jetzt neu und stoppt den %n laufenden Ladevorgang.</numerusform>
            <numerusform>Hard-Reset von {cp_id}? Es startet jetzt neu und stoppt die %n laufenden Ladevorgänge.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Soft reset {cp_id}? It restarts when idle (%n session(s) running).</source>
        <translation>
            <numerusform>Soft-Reset von {cp_id}? Es startet neu, sobald es frei ist (%n Ladevorgang läuft).</numerusform>
            <numerusform>Soft-Reset von {cp_id}? Es startet neu, sobald es frei ist (%n Ladevorgänge laufen).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{update}, version {version}, %n tag(s) ({left_out} left out)</source>
        <translation>
            <numerusform>{update}, Version {version}, %n Karten-ID ({left_out} weggelassen)</numerusform>
            <numerusform>{update}, Version {version}, %n Karten-IDs ({left_out} weggelassen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n&lt;/b&gt; tag(s) may charge at {station} at any time and will be sent as list version {version} ({update_type}: {what}).</source>
        <translation>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; Karten-ID darf jederzeit an {station} laden und wird als Listenversion {version} gesendet ({update_type}: {what}).</numerusform>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; Karten-IDs dürfen jederzeit an {station} laden und werden als Listenversion {version} gesendet ({update_type}: {what}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other tag(s) are not listed: they may never charge here or belong to nobody.</source>
        <translation>
            <numerusform>%n weitere Karten-ID ist nicht aufgeführt: sie darf hier nie laden oder gehört niemandem.</numerusform>
            <numerusform>%n weitere Karten-IDs sind nicht aufgeführt: sie dürfen hier nie laden oder gehören niemandem.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n period(s) over {duration} s in {unit}</source>
        <translation>
            <numerusform>%n Periode über {duration} s in {unit}</numerusform>
            <numerusform>%n Perioden über {duration} s in {unit}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The charger holds %n profile(s) that match.</source>
        <translation>
            <numerusform>Das Ladegerät hat %n passendes Profil.</numerusform>
            <numerusform>Das Ladegerät hat %n passende Profile.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chargers, {online} online</source>
        <translation>
            <numerusform>%n Ladegerät, {online} online</numerusform>
            <numerusform>%n Ladegeräte, {online} online</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>version {version}, %n tag(s) — {at}: {outcome}</source>
        <translation>
            <numerusform>Version {version}, %n Karte — {at}: {outcome}</numerusform>
            <numerusform>Version {version}, %n Karten — {at}: {outcome}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>on %n phase(s)</source>
        <translation>
            <numerusform>auf %n Phase</numerusform>
            <numerusform>auf %n Phasen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n variable(s) of {component} read again from {cp_id}.</source>
        <translation>
            <numerusform>%n Variable von {component} erneut von {cp_id} gelesen.</numerusform>
            <numerusform>%n Variablen von {component} erneut von {cp_id} gelesen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChargerSnapshotsTab</name>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>added</source>
        <translation>hinzugekommen</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>{changed} changed, {added} added, {removed} removed, {unchanged} unchanged</source>
        <translation>{changed} geändert, {added} hinzugekommen, {removed} entfernt, {unchanged} unverändert</translation>
    </message>
    <message>
        <source>{summary} — the same configuration</source>
        <translation>{summary} — dieselbe Konfiguration</translation>
    </message>
    <message>
        <source>Select a charger to see the snapshots of its configuration.</source>
        <translation>Wählen Sie ein Ladegerät, um die Snapshots seiner Konfiguration zu sehen.</translation>
    </message>
    <message>
        <source>Label (optional), e.g. before firmware 2.1</source>
        <translation>Bezeichnung (optional), z. B. vor Firmware 2.1</translation>
    </message>
    <message>
        <source>Take snapshot</source>
        <translation>Snapshot erstellen</translation>
    </message>
    <message>
        <source>Read every key from the charger now and store it</source>
        <translation>Jetzt alle Schlüssel vom Ladegerät lesen und speichern</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>Firmware</translation>
    </message>
    <message>
        <source>Select one snapshot to see its keys, two (Ctrl+click) to compare them</source>
        <translation>Einen Snapshot wählen, um seine Schlüssel zu sehen, zwei (Ctrl+Klick), um sie zu vergleichen</translation>
    </message>
    <message>
        <source>Apply to chargers of the same model…</source>
        <translation>Auf Ladegeräte desselben Modells anwenden…</translation>
    </message>
    <message>
        <source>Send the selected snapshot&apos;s values to other chargers of the same vendor and model (you choose the chargers and keys)</source>
        <translation>Die Werte des gewählten Snapshots an andere Ladegeräte desselben Herstellers und Modells senden (Sie wählen Ladegeräte und Schlüssel)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the selected snapshots (the chargers are not touched)</source>
        <translation>Die gewählten Snapshots löschen (die Ladegeräte bleiben unberührt)</translation>
    </message>
    <message>
        <source>Snapshots, newest first</source>
        <translation>Snapshots, neueste zuerst</translation>
    </message>
    <message>
        <source>Only differences</source>
        <translation>Nur Unterschiede</translation>
    </message>
    <message>
        <source>Hide the keys that are the same in both snapshots</source>
        <translation>Schlüssel ausblenden, die in beiden Snapshots gleich sind</translation>
    </message>
    <message>
        <source>, taken by {actor}</source>
        <translation>, erstellt von {actor}</translation>
    </message>
    <message>
        <source>The charger is offline: a snapshot needs it connected</source>
        <translation>Das Ladegerät ist offline: für einen Snapshot muss es verbunden sein</translation>
    </message>
    <message>
        <source>Reading the configuration of {cp_id}…</source>
        <translation>Konfiguration von {cp_id} wird gelesen…</translation>
    </message>
    <message>
        <source>No snapshot taken: {error}</source>
        <translation>Kein Snapshot erstellt: {error}</translation>
    </message>
    <message>
        <source>Delete snapshots</source>
        <translation>Snapshots löschen</translation>
    </message>
    <message>
        <source>Not deleted: {error}.</source>
        <translation>Nicht gelöscht: {error}.</translation>
    </message>
    <message>
        <source>Send this snapshot&apos;s values to chargers of the same vendor and model (you choose the chargers and keys)</source>
        <translation>Die Werte dieses Snapshots an Ladegeräte desselben Herstellers und Modells senden (Sie wählen Ladegeräte und Schlüssel)</translation>
    </message>
    <message>
        <source>Select one snapshot to apply its values</source>
        <translation>Einen Snapshot wählen, um seine Werte anzuwenden</translation>
    </message>
    <message>
        <source>No snapshot yet: take one above.</source>
        <translation>Noch kein Snapshot: erstellen Sie oben einen.</translation>
    </message>
    <message>
        <source>Select a snapshot to see its keys, or two to compare them.</source>
        <translation>Einen Snapshot wählen, um seine Schlüssel zu sehen, oder zwei, um sie zu vergleichen.</translation>
    </message>
    <message>
        <source>Select at most two snapshots to compare.</source>
        <translation>Wählen Sie höchstens zwei Snapshots zum Vergleichen.</translation>
    </message>
    <message>
        <source>{error}. The list was refreshed.</source>
        <translation>{error}. Die Liste wurde aktualisiert.</translation>
    </message>
    <message>
        <source>Snapshot {snapshot_title}</source>
        <translation>Snapshot {snapshot_title}</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Zugriff</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>schreibgeschützt</translation>
    </message>
    <message>
        <source>read-write</source>
        <translation>lesen/schreiben</translation>
    </message>
    <message>
        <source>Before: {before}  →  After: {after}</source>
        <translation>Vorher: {before}  →  Nachher: {after}</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>(not reported)</source>
        <translation>(nicht gemeldet)</translation>
    </message>
    <message>
        <source>{value}  [read-only]</source>
        <translation>{value}  [schreibgeschützt]</translation>
    </message>
</context>
<context>
    <name>ChargersPage</name>
    <message>
        <source>New chargers</source>
        <translation>Neue Ladegeräte</translation>
    </message>
    <message>
        <source>Chargers</source>
        <translation>Ladegeräte</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Charger</source>
        <translation>Ladegerät</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Ladestation</translation>
    </message>
    <message>
        <source>Vendor / model</source>
        <translation>Hersteller / Modell</translation>
    </message>
    <message>
        <source>Learn card…</source>
        <translation>Karte einlesen…</translation>
    </message>
    <message>
        <source>Tap an unknown RFID card on a charger and give it to a user</source>
        <translation>Eine unbekannte RFID-Karte an ein Ladegerät halten und einem Benutzer geben</translation>
    </message>
    <message>
        <source>Add virtual charger…</source>
        <translation>Virtuelles Ladegerät hinzufügen…</translation>
    </message>
    <message>
        <source>Start a simulated charger in this console (demos, training)</source>
        <translation>Ein simuliertes Ladegerät in dieser Konsole starten (Vorführungen, Schulung)</translation>
    </message>
    <message>
        <source>Filter: id, station, vendor, model, IP…  (Ctrl+F)</source>
        <translation>Filter: ID, Ladestation, Hersteller, Modell, IP…  (Ctrl+F)</translation>
    </message>
    <message>
        <source>No charger selected</source>
        <translation>Kein Ladegerät ausgewählt</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Commissioning</source>
        <translation>Inbetriebnahme</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Überwachung</translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation>Snapshots</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Operationen</translation>
    </message>
    <message>
        <source>Firmware &amp;&amp; diagnostics</source>
        <translation>Firmware &amp;&amp; Diagnose</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Zertifikate</translation>
    </message>
    <message>
        <source>{cp_id}  NEW</source>
        <translation>{cp_id}  NEU</translation>
    </message>
    <message>
        <source>not bound</source>
        <translation>nicht zugeordnet</translation>
    </message>
    <message>
        <source>IP {ip}</source>
        <translation>IP {ip}</translation>
    </message>
    <message>
        <source>serial {serial}</source>
        <translation>Seriennummer {serial}</translation>
    </message>
    <message>
        <source>firmware {firmware}</source>
        <translation>Firmware {firmware}</translation>
    </message>
    <message>
        <source>never connected</source>
        <translation>nie verbunden</translation>
    </message>
    <message>
        <source>● online</source>
        <translation>● online</translation>
    </message>
    <message>
        <source>○ offline</source>
        <translation>○ offline</translation>
    </message>
    <message>
        <source>Choose a charger on the left. New chargers waiting for acceptance are listed first.</source>
        <translation>Wählen Sie links ein Ladegerät. Neue Ladegeräte, die auf Annahme warten, stehen zuoberst.</translation>
    </message>
    <message>
        <source>new: accept it on the Commissioning tab</source>
        <translation>neu: auf dem Reiter Inbetriebnahme annehmen</translation>
    </message>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <source>Could not read the chargers seen: {error}</source>
        <translation>Die gesehenen Ladegeräte konnten nicht gelesen werden: {error}</translation>
    </message>
</context>
<context>
    <name>ClearCacheForm</name>
    <message>
        <source>The charger forgets the tags it authorized before and asks again next time (the local list is not affected).</source>
        <translation>Das Ladegerät vergisst die zuvor autorisierten Karten-IDs und fragt beim nächsten Mal neu (die lokale Liste bleibt unberührt).</translation>
    </message>
    <message>
        <source>Clear cache</source>
        <translation>Cache leeren</translation>
    </message>
</context>
<context>
    <name>ClearProfileForm</name>
    <message>
        <source>By profile id</source>
        <translation>Nach Profil-ID</translation>
    </message>
    <message>
        <source>By criteria (every profile that matches)</source>
        <translation>Nach Kriterien (jedes passende Profil)</translation>
    </message>
    <message>
        <source>0 — whole charger</source>
        <translation>0 — ganzes Ladegerät</translation>
    </message>
    <message>
        <source>Any connector</source>
        <translation>Beliebiger Anschluss</translation>
    </message>
    <message>
        <source>Any purpose</source>
        <translation>Beliebiger Zweck</translation>
    </message>
    <message>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>Profile id</source>
        <translation>Profil-ID</translation>
    </message>
    <message>
        <source>Connector</source>
        <translation>Anschluss</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>Stack level</source>
        <translation>Stapelebene</translation>
    </message>
    <message>
        <source>Clear profiles</source>
        <translation>Profile löschen</translation>
    </message>
    <message>
        <source>profile #{pid}</source>
        <translation>Profil #{pid}</translation>
    </message>
    <message>
        <source>connector {connector}</source>
        <translation>Anschluss {connector}</translation>
    </message>
    <message>
        <source>stack {stack}</source>
        <translation>Stapel {stack}</translation>
    </message>
    <message>
        <source>every profile</source>
        <translation>alle Profile</translation>
    </message>
</context>
<context>
    <name>CommissioningTab</name>
    <message>
        <source>Select a charger on the left to accept it, refuse it or run its commissioning checklist.</source>
        <translation>Wählen Sie links ein Ladegerät, um es anzunehmen, abzulehnen oder seine Inbetriebnahme-Checkliste auszuführen.</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Registrierung</translation>
    </message>
    <message>
        <source>Accept…</source>
        <translation>Annehmen…</translation>
    </message>
    <message>
        <source>Bind this charger to a station (or create one) and set its password</source>
        <translation>Dieses Ladegerät einer Ladestation zuordnen (oder eine anlegen) und sein Passwort setzen</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Its BootNotifications are answered Rejected from now on</source>
        <translation>Seine BootNotifications werden ab jetzt mit Rejected beantwortet</translation>
    </message>
    <message>
        <source>Commissioning checklist</source>
        <translation>Inbetriebnahme-Checkliste</translation>
    </message>
    <message>
        <source>HeartbeatInterval to set (recommended {seconds} s)</source>
        <translation>Einzustellendes HeartbeatInterval (empfohlen {seconds} s)</translation>
    </message>
    <message>
        <source>MeterValueSampleInterval to set (recommended {seconds} s; 0 switches periodic meter values off)</source>
        <translation>Einzustellendes MeterValueSampleInterval (empfohlen {seconds} s; 0 schaltet periodische Zählerwerte aus)</translation>
    </message>
    <message>
        <source>Test charge on connector</source>
        <translation>Testladung an Anschluss</translation>
    </message>
    <message>
        <source>RemoteStart with the technician&apos;s tag, watch status and meter values, RemoteStop. A vehicle (or an EV simulator) must be plugged in.</source>
        <translation>RemoteStart mit der Karten-ID des Technikers, Status und Zählerwerte beobachten, RemoteStop. Ein Fahrzeug (oder ein EV-Simulator) muss eingesteckt sein.</translation>
    </message>
    <message>
        <source>The connector of the test charge</source>
        <translation>Der Anschluss der Testladung</translation>
    </message>
    <message>
        <source>The technician&apos;s tag: it must be allowed to charge at this station</source>
        <translation>Die Karten-ID des Technikers: sie muss an dieser Ladestation laden dürfen</translation>
    </message>
    <message>
        <source>technician&apos;s tag</source>
        <translation>Karten-ID des Technikers</translation>
    </message>
    <message>
        <source>Heartbeat interval:</source>
        <translation>Heartbeat-Intervall:</translation>
    </message>
    <message>
        <source>Meter values every:</source>
        <translation>Zählerwerte alle:</translation>
    </message>
    <message>
        <source>with tag:</source>
        <translation>mit Karten-ID:</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Run checklist</source>
        <translation>Checkliste ausführen</translation>
    </message>
    <message>
        <source>Run every step now (again, for a charger accepted earlier)</source>
        <translation>Jetzt jeden Schritt ausführen (erneut, für ein früher angenommenes Ladegerät)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>Bericht exportieren…</translation>
    </message>
    <message>
        <source>Save the last result as a printable HTML or PDF commissioning report</source>
        <translation>Das letzte Ergebnis als druckbaren Inbetriebnahmebericht in HTML oder PDF speichern</translation>
    </message>
    <message>
        <source>No active tag of an active user yet: add one on the Users page (or learn a card) or type the tag</source>
        <translation>Noch keine aktive Karten-ID eines aktiven Benutzers: auf der Seite Benutzer eine hinzufügen (oder eine Karte einlesen) oder die Karten-ID eingeben</translation>
    </message>
    <message>
        <source>{cp_id} is not known (yet).</source>
        <translation>{cp_id} ist (noch) nicht bekannt.</translation>
    </message>
    <message>
        <source>&lt;b&gt;New charger.&lt;/b&gt; {cp_id} ({vendor}) connected from {ip} and waits for an operator. Accept it to bind it to a station; refuse it to keep it out.</source>
        <translation>&lt;b&gt;Neues Ladegerät.&lt;/b&gt; {cp_id} ({vendor}) hat sich von {ip} verbunden und wartet auf einen Bediener. Nehmen Sie es an, um es einer Ladestation zuzuordnen; lehnen Sie es ab, um es fernzuhalten.</translation>
    </message>
    <message>
        <source>vendor unknown</source>
        <translation>Hersteller unbekannt</translation>
    </message>
    <message>
        <source>&lt;b&gt;Refused.&lt;/b&gt; {cp_id} hears Rejected when it boots. You can still accept it.</source>
        <translation>&lt;b&gt;Abgelehnt.&lt;/b&gt; {cp_id} erhält beim Start Rejected. Sie können es trotzdem noch annehmen.</translation>
    </message>
    <message>
        <source>{cp_id}: {registration}, not bound to a station.</source>
        <translation>{cp_id}: {registration}, keiner Ladestation zugeordnet.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Accepted&lt;/b&gt;, bound to station &lt;b&gt;{station_name}&lt;/b&gt; ({site_name}).</source>
        <translation>&lt;b&gt;Angenommen&lt;/b&gt;, der Ladestation &lt;b&gt;{station_name}&lt;/b&gt; ({site_name}) zugeordnet.</translation>
    </message>
    <message>
        <source>Commissioning checklist — accept the charger first</source>
        <translation>Inbetriebnahme-Checkliste — zuerst das Ladegerät annehmen</translation>
    </message>
    <message>
        <source>Run every step now</source>
        <translation>Jetzt jeden Schritt ausführen</translation>
    </message>
    <message>
        <source>The charger is offline: every step will say so</source>
        <translation>Das Ladegerät ist offline: jeder Schritt wird es melden</translation>
    </message>
    <message>
        <source>{cp_id} was not accepted: {error}</source>
        <translation>{cp_id} wurde nicht angenommen: {error}</translation>
    </message>
    <message>
        <source>{cp_id} accepted and bound to station {station}.</source>
        <translation>{cp_id} angenommen und der Ladestation {station} zugeordnet.</translation>
    </message>
    <message>
        <source>The checklist runs as soon as it has booted as Accepted.</source>
        <translation>Die Checkliste läuft, sobald es als Accepted gestartet ist.</translation>
    </message>
    <message>
        <source>Refuse charger</source>
        <translation>Ladegerät ablehnen</translation>
    </message>
    <message>
        <source>Refuse {cp_id}? Its BootNotifications are answered Rejected from now on; you can accept it later.</source>
        <translation>{cp_id} ablehnen? Seine BootNotifications werden ab jetzt mit Rejected beantwortet; Sie können es später annehmen.</translation>
    </message>
    <message>
        <source>{cp_id} could not be refused: {error}</source>
        <translation>{cp_id} konnte nicht abgelehnt werden: {error}</translation>
    </message>
    <message>
        <source>{cp_id} refused.</source>
        <translation>{cp_id} abgelehnt.</translation>
    </message>
    <message>
        <source>The charger did not boot again within 30 s after it was accepted: run the checklist when it is back (Run checklist).</source>
        <translation>Das Ladegerät ist innerhalb von 30 s nach der Annahme nicht neu gestartet: führen Sie die Checkliste aus, wenn es zurück ist (Checkliste ausführen).</translation>
    </message>
    <message>
        <source>Running the checklist on {cp_id}…</source>
        <translation>Checkliste auf {cp_id} läuft…</translation>
    </message>
    <message>
        <source>Checklist cancelled (a test charge in progress was not stopped: stop it on the Operations tab).</source>
        <translation>Checkliste abgebrochen (eine laufende Testladung wurde nicht gestoppt: stoppen Sie sie auf dem Reiter Operationen).</translation>
    </message>
    <message>
        <source>The checklist could not run: {error}</source>
        <translation>Die Checkliste konnte nicht laufen: {error}</translation>
    </message>
    <message>
        <source>The checklist has not run for this charger yet.</source>
        <translation>Die Checkliste ist für dieses Ladegerät noch nicht gelaufen.</translation>
    </message>
    <message>
        <source>{verdict} — run {when}</source>
        <translation>{verdict} — ausgeführt {when}</translation>
    </message>
    <message>
        <source>Export commissioning report</source>
        <translation>Inbetriebnahmebericht exportieren</translation>
    </message>
    <message>
        <source>HTML report (*.html)</source>
        <translation>HTML-Bericht (*.html)</translation>
    </message>
    <message>
        <source>The report could not be written to {path}: {error}</source>
        <translation>Der Bericht konnte nicht nach {path} geschrieben werden: {error}</translation>
    </message>
    <message>
        <source>Commissioning report saved to {path}.</source>
        <translation>Inbetriebnahmebericht gespeichert unter {path}.</translation>
    </message>
    <message>
        <source>Commissioning report</source>
        <translation>Inbetriebnahmebericht</translation>
    </message>
    <message>
        <source>Qt could not write {path}</source>
        <translation>Qt konnte {path} nicht schreiben</translation>
    </message>
</context>
<context>
    <name>ComponentReportBox</name>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Eingeschaltet</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>{cp_id} has nothing that matches {component} (EmptyResultSet).</source>
        <translation>{cp_id} hat nichts, das zu {component} passt (EmptyResultSet).</translation>
    </message>
    <message>
        <source>{cp_id} refused the report (Rejected).</source>
        <translation>{cp_id} hat den Bericht abgelehnt (Rejected).</translation>
    </message>
    <message>
        <source>{cp_id} does not support these criteria (NotSupported).</source>
        <translation>{cp_id} unterstützt diese Kriterien nicht (NotSupported).</translation>
    </message>
    <message>
        <source>Report of one component (OCPP 2.0.1)</source>
        <translation>Bericht einer Komponente (OCPP 2.0.1)</translation>
    </message>
    <message>
        <source>e.g. EVSE#1 or OCPPCommCtrlr</source>
        <translation>z. B. EVSE#1 oder OCPPCommCtrlr</translation>
    </message>
    <message>
        <source>A component the station reported, or typed: name, [instance], #EVSE or #EVSE.connector</source>
        <translation>Eine Komponente, die die Station gemeldet hat, oder eingetippt: Name, [Instanz], #EVSE oder #EVSE.Anschluss</translation>
    </message>
    <message>
        <source>all its variables</source>
        <translation>alle ihre Variablen</translation>
    </message>
    <message>
        <source>Get report</source>
        <translation>Bericht holen</translation>
    </message>
    <message>
        <source>GetReport: the station sends the variables again</source>
        <translation>GetReport: die Station sendet die Variablen erneut</translation>
    </message>
    <message>
        <source>Component, variable</source>
        <translation>Komponente, Variable</translation>
    </message>
    <message>
        <source>Only if</source>
        <translation>Nur wenn</translation>
    </message>
    <message>
        <source>Pick or type a component first.</source>
        <translation>Zuerst eine Komponente wählen oder eintippen.</translation>
    </message>
    <message>
        <source>Asking {cp_id} for {component}…</source>
        <translation>{cp_id} wird nach {component} gefragt…</translation>
    </message>
    <message>
        <source>No report from {cp_id}: {error}</source>
        <translation>Kein Bericht von {cp_id}: {error}</translation>
    </message>
</context>
<context>
    <name>CompositeForm</name>
    <message>
        <source>0 — whole charger</source>
        <translation>0 — ganzes Ladegerät</translation>
    </message>
    <message>
        <source>Charger&apos;s choice</source>
        <translation>Wahl des Ladegeräts</translation>
    </message>
    <message>
        <source>Connector</source>
        <translation>Anschluss</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Get schedule</source>
        <translation>Zeitplan abfragen</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Ab</translation>
    </message>
    <message>
        <source>At</source>
        <translation>Um</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Grenze</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Phasen</translation>
    </message>
    <message>
        <source>connector {connector}, {duration} s</source>
        <translation>Anschluss {connector}, {duration} s</translation>
    </message>
    <message>
        <source>The charger answered {status}: no schedule to show.</source>
        <translation>Das Ladegerät antwortete {status}: kein Zeitplan anzuzeigen.</translation>
    </message>
    <message>
        <source>, from {start}</source>
        <translation>, ab {start}</translation>
    </message>
</context>
<context>
    <name>ConfigModel</name>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Zugriff</translation>
    </message>
    <message>
        <source>Last answer</source>
        <translation>Letzte Antwort</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>schreibgeschützt</translation>
    </message>
    <message>
        <source>read-write</source>
        <translation>lesen/schreiben</translation>
    </message>
    <message>
        <source>{key} is read-only: the charger does not allow changing it</source>
        <translation>{key} ist schreibgeschützt: das Ladegerät lässt keine Änderung zu</translation>
    </message>
    <message>
        <source>{key} is the charger&apos;s password: never shown. Change it in the form below; the station&apos;s password changes with it when the charger accepts it</source>
        <translation>{key} ist das Passwort des Ladegeräts: wird nie angezeigt. Ändern Sie es im Formular unten; das Passwort der Ladestation ändert sich mit, wenn das Ladegerät es annimmt</translation>
    </message>
    <message>
        <source>Double-click or press F2 to change; Enter sends the new value to the charger</source>
        <translation>Doppelklick oder F2 zum Ändern; Enter sendet den neuen Wert an das Ladegerät</translation>
    </message>
</context>
<context>
    <name>DataTransferForm</name>
    <message>
        <source>e.g. com.vendor (required)</source>
        <translation>z. B. com.vendor (erforderlich)</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>optional text (often JSON)</source>
        <translation>optionaler Text (oft JSON)</translation>
    </message>
    <message>
        <source>Vendor id</source>
        <translation>Hersteller-ID</translation>
    </message>
    <message>
        <source>Message id</source>
        <translation>Nachrichten-ID</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Enter the vendor id the charger expects (e.g. its vendor&apos;s name or reverse domain).</source>
        <translation>Geben Sie die Hersteller-ID ein, die das Ladegerät erwartet (z. B. den Namen seines Herstellers oder eine umgekehrte Domain).</translation>
    </message>
</context>
<context>
    <name>ExtendedTriggerForm</name>
    <message>
        <source>For chargers with the OCPP 1.6 security extension. LogStatusNotification says how a log upload is going; FirmwareStatusNotification how a signed firmware update is going.</source>
        <translation>Für Ladegeräte mit der Sicherheitserweiterung von OCPP 1.6. LogStatusNotification meldet den Stand eines Log-Uploads, FirmwareStatusNotification den eines signierten Firmware-Updates.</translation>
    </message>
</context>
<context>
    <name>ExternalLimits</name>
    <message>
        <source>{value} from {time}</source>
        <translation>{value} ab {time}</translation>
    </message>
    <message>
        <source>{period} (until {time})</source>
        <translation>{period} (bis {time})</translation>
    </message>
    <message>
        <source>whole station</source>
        <translation>ganze Ladestation</translation>
    </message>
    <message>
        <source>EVSE {evse}</source>
        <translation>EVSE {evse}</translation>
    </message>
    <message>
        <source>{value} now</source>
        <translation>jetzt {value}</translation>
    </message>
    <message>
        <source>nothing in force now</source>
        <translation>jetzt nichts in Kraft</translation>
    </message>
    <message>
        <source>no values given</source>
        <translation>keine Werte angegeben</translation>
    </message>
    <message>
        <source>{where}: {value} by {source}, since {since}</source>
        <translation>{where}: {value} durch {source}, seit {since}</translation>
    </message>
    <message>
        <source>grid critical</source>
        <translation>netzkritisch</translation>
    </message>
    <message>
        <source>schedule: {periods}</source>
        <translation>Zeitplan: {periods}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Limits a system on site (the energy manager, the grid operator) set on this station; load management gives it no more while they last.</source>
        <translation>Begrenzungen, die ein System vor Ort (das Energiemanagement, der Netzbetreiber) dieser Ladestation gesetzt hat; das Lastmanagement gibt ihr nicht mehr, solange sie gelten.</translation>
    </message>
</context>
<context>
    <name>FirmwareDiagnosticsTab</name>
    <message>
        <source>waiting for the charger</source>
        <translation>warten auf das Ladegerät</translation>
    </message>
    <message>
        <source>{done} of {total} · {current}</source>
        <translation>{done} von {total} · {current}</translation>
    </message>
    <message>
        <source>Failed: {message}</source>
        <translation>Fehlgeschlagen: {message}</translation>
    </message>
    <message>
        <source>Timed out: {message}</source>
        <translation>Zeitüberschreitung: {message}</translation>
    </message>
    <message>
        <source>Select a charger on the left to update its firmware or fetch its diagnostics.</source>
        <translation>Wählen Sie links ein Ladegerät, um seine Firmware zu aktualisieren oder seine Diagnose abzuholen.</translation>
    </message>
    <message>
        <source>Firmware update</source>
        <translation>Firmware-Update</translation>
    </message>
    <message>
        <source>The firmware file from the vendor (e.g. terra-ac-2.1.0.bin)</source>
        <translation>Die Firmware-Datei des Herstellers (z. B. terra-ac-2.1.0.bin)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose the firmware file</source>
        <translation>Firmware-Datei wählen</translation>
    </message>
    <message>
        <source>Update firmware</source>
        <translation>Firmware aktualisieren</translation>
    </message>
    <message>
        <source>Send UpdateFirmware: the charger downloads the file from this computer, installs it and restarts (a running charge is finished first)</source>
        <translation>UpdateFirmware senden: das Ladegerät lädt die Datei von diesem Computer, installiert sie und startet neu (ein laufender Ladevorgang wird zuerst beendet)</translation>
    </message>
    <message>
        <source>Stop serving</source>
        <translation>Bereitstellung beenden</translation>
    </message>
    <message>
        <source>Stop waiting and stop serving the file (the charger cannot download it any more)</source>
        <translation>Nicht mehr warten und die Datei nicht mehr bereitstellen (das Ladegerät kann sie nicht mehr herunterladen)</translation>
    </message>
    <message>
        <source>Signed firmware: the signing certificate file (PEM)</source>
        <translation>Signierte Firmware: die Datei des Signaturzertifikats (PEM)</translation>
    </message>
    <message>
        <source>and the signature file (Base64 or raw)</source>
        <translation>und die Signaturdatei (Base64 oder binär)</translation>
    </message>
    <message>
        <source>Choose the signing certificate</source>
        <translation>Signaturzertifikat wählen</translation>
    </message>
    <message>
        <source>Choose the signature file</source>
        <translation>Signaturdatei wählen</translation>
    </message>
    <message>
        <source>For chargers that take only signed firmware: the update is sent as SignedUpdateFirmware (OCPP 2.0.1: UpdateFirmware with the signature) once the signature verifies over the file and the certificate comes from a CA you trust</source>
        <translation>Für Ladegeräte, die nur signierte Firmware annehmen: Das Update wird als SignedUpdateFirmware (OCPP 2.0.1: UpdateFirmware mit der Signatur) gesendet, sobald die Signatur zur Datei passt und das Zertifikat von einer CA stammt, der Sie vertrauen</translation>
    </message>
    <message>
        <source>Trust a CA…</source>
        <translation>CA vertrauen…</translation>
    </message>
    <message>
        <source>Add the manufacturer&apos;s CA certificate (PEM) that signs its firmware (for the whole site)</source>
        <translation>Das CA-Zertifikat (PEM) des Herstellers hinzufügen, mit dem er seine Firmware signiert (für den ganzen Standort)</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>only log entries from this time on</source>
        <translation>nur Protokolleinträge ab diesem Zeitpunkt</translation>
    </message>
    <message>
        <source>only log entries up to this time</source>
        <translation>nur Protokolleinträge bis zu diesem Zeitpunkt</translation>
    </message>
    <message>
        <source>Optional: {tip} (the charger may ignore it)</source>
        <translation>Optional: {tip} (das Ladegerät kann es ignorieren)</translation>
    </message>
    <message>
        <source>Diagnostics (GetDiagnostics)</source>
        <translation>Diagnose (GetDiagnostics)</translation>
    </message>
    <message>
        <source>Diagnostics log (GetLog)</source>
        <translation>Diagnose-Log (GetLog)</translation>
    </message>
    <message>
        <source>Security log (GetLog)</source>
        <translation>Sicherheits-Log (GetLog)</translation>
    </message>
    <message>
        <source>GetLog: for 2.0.1 chargers and 1.6 chargers with the security extension; the security log lists the charger&apos;s security events</source>
        <translation>GetLog: für Ladegeräte mit OCPP 2.0.1 und Ladegeräte mit OCPP 1.6 und Sicherheitserweiterung; das Sicherheits-Log listet die Sicherheitsereignisse des Ladegeräts</translation>
    </message>
    <message>
        <source>Request diagnostics</source>
        <translation>Diagnose anfordern</translation>
    </message>
    <message>
        <source>Send GetDiagnostics: the charger uploads its log file to this computer</source>
        <translation>GetDiagnostics senden: das Ladegerät lädt seine Protokolldatei auf diesen Computer hoch</translation>
    </message>
    <message>
        <source>Stop waiting</source>
        <translation>Nicht mehr warten</translation>
    </message>
    <message>
        <source>Stop waiting and stop receiving (an upload after this is refused)</source>
        <translation>Nicht mehr warten und nichts mehr empfangen (ein späterer Upload wird abgelehnt)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Open the received file with this computer&apos;s default application</source>
        <translation>Die empfangene Datei mit der Standardanwendung dieses Computers öffnen</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Speichern unter…</translation>
    </message>
    <message>
        <source>Save a copy of the received file</source>
        <translation>Eine Kopie der empfangenen Datei speichern</translation>
    </message>
    <message>
        <source>Firmware files (*.bin *.img *.hex *.fw *.zip *.tar *.gz *.tgz *.pkg *.swu)</source>
        <translation>Firmware-Dateien (*.bin *.img *.hex *.fw *.zip *.tar *.gz *.tgz *.pkg *.swu)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose the firmware file first (Browse…).</source>
        <translation>Wählen Sie zuerst die Firmware-Datei (Durchsuchen…).</translation>
    </message>
    <message>
        <source>{path} does not exist or is not a file: choose the firmware file again.</source>
        <translation>{path} existiert nicht oder ist keine Datei: wählen Sie die Firmware-Datei erneut.</translation>
    </message>
    <message>
        <source>{name} is empty: that cannot be a firmware image.</source>
        <translation>{name} ist leer: das kann kein Firmware-Image sein.</translation>
    </message>
    <message>
        <source>Signed firmware needs both the signing certificate and the signature file.</source>
        <translation>Signierte Firmware braucht das Signaturzertifikat und die Signaturdatei.</translation>
    </message>
    <message>
        <source>Not sent: {reason}</source>
        <translation>Nicht gesendet: {reason}</translation>
    </message>
    <message>
        <source>Choose the CA certificate (PEM)</source>
        <translation>CA-Zertifikat wählen (PEM)</translation>
    </message>
    <message>
        <source>{subject} is trusted to sign firmware.</source>
        <translation>{subject} ist als Firmware-Signierer vertrauenswürdig.</translation>
    </message>
    <message>
        <source>CAs trusted to sign firmware: {names}</source>
        <translation>Vertrauenswürdige CAs für Firmware-Signaturen: {names}</translation>
    </message>
    <message>
        <source>No CA is trusted to sign firmware yet (Trust a CA…).</source>
        <translation>Noch keiner CA wird für Firmware-Signaturen vertraut (CA vertrauen…).</translation>
    </message>
    <message>
        <source>“From” must be before “Until”: correct one of them or untick it.</source>
        <translation>„Von“ muss vor „Bis“ liegen: korrigieren Sie eines davon oder kreuzen Sie es ab.</translation>
    </message>
    <message>
        <source>No application opens {suffix} files here; use Save as… (the file is {path}).</source>
        <translation>Keine Anwendung öffnet hier {suffix}-Dateien; verwenden Sie Speichern unter… (die Datei ist {path}).</translation>
    </message>
    <message>
        <source>No application opens this kind of file here; use Save as… (the file is {path}).</source>
        <translation>Keine Anwendung öffnet hier diese Art Datei; verwenden Sie Speichern unter… (die Datei ist {path}).</translation>
    </message>
    <message>
        <source>Save the diagnostics file as</source>
        <translation>Diagnosedatei speichern unter</translation>
    </message>
    <message>
        <source>Could not save to {target}: {error}. Choose another place.</source>
        <translation>Speichern nach {target} nicht möglich: {error}. Wählen Sie einen anderen Ort.</translation>
    </message>
    <message>
        <source>Received: {name} · saved a copy as {target}</source>
        <translation>Empfangen: {name} · Kopie gespeichert als {target}</translation>
    </message>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <source>firmware {firmware}</source>
        <translation>Firmware {firmware}</translation>
    </message>
    <message>
        <source>{message}. It now reports firmware {version}.</source>
        <translation>{message}. Es meldet jetzt Firmware {version}.</translation>
    </message>
    <message>
        <source>Received: {name}</source>
        <translation>Empfangen: {name}</translation>
    </message>
    <message>
        <source>Received: {name} ({size:,} bytes) in {folder}</source>
        <translation>Empfangen: {name} ({size:,} Bytes) in {folder}</translation>
    </message>
    <message>
        <source>Serving at {address} for this job.</source>
        <translation>Bereitgestellt unter {address} für diesen Auftrag.</translation>
    </message>
    <message>
        <source>Files go over HTTP from this computer, only while a job runs: address {host}, port {port} (Settings → Central system). Received files are kept under the data folder&apos;s diagnostics/.</source>
        <translation>Dateien gehen per HTTP von diesem Computer, nur solange ein Auftrag läuft: Adresse {host}, Port {port} (Einstellungen → Zentralsystem). Empfangene Dateien liegen im Ordner diagnostics/ des Datenordners.</translation>
    </message>
    <message>
        <source>the one the charger connected to</source>
        <translation>die, mit der sich das Ladegerät verbunden hat</translation>
    </message>
    <message>
        <source>any free one</source>
        <translation>ein beliebiger freier</translation>
    </message>
    <message>
        <source>{cp_id} is offline: it must be connected to receive a request.</source>
        <translation>{cp_id} ist offline: es muss verbunden sein, um eine Anfrage zu erhalten.</translation>
    </message>
</context>
<context>
    <name>FirmwareSignature</name>
    <message>
        <source>This file is not a PEM certificate.</source>
        <translation>Diese Datei ist kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <source>Cannot read {file}: {reason}</source>
        <translation>{file} kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>The signing certificate is longer than OCPP allows ({limit} characters).</source>
        <translation>Das Signaturzertifikat ist länger, als OCPP erlaubt ({limit} Zeichen).</translation>
    </message>
    <message>
        <source>The signing certificate is not a PEM certificate.</source>
        <translation>Das Signaturzertifikat ist kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <source>The signature does not match {file}: it was not made over this image with the signing certificate&apos;s key.</source>
        <translation>Die Signatur passt nicht zu {file}: Sie wurde nicht mit dem Schlüssel des Signaturzertifikats über diese Datei erstellt.</translation>
    </message>
    <message>
        <source>The trusted CA is not valid before {date} (UTC).</source>
        <translation>Die vertrauenswürdige CA ist erst ab {date} (UTC) gültig.</translation>
    </message>
    <message>
        <source>The signing certificate is not valid before {date} (UTC).</source>
        <translation>Das Signaturzertifikat ist erst ab {date} (UTC) gültig.</translation>
    </message>
    <message>
        <source>The trusted CA expired on {date} (UTC).</source>
        <translation>Die vertrauenswürdige CA ist am {date} (UTC) abgelaufen.</translation>
    </message>
    <message>
        <source>The signing certificate expired on {date} (UTC).</source>
        <translation>Das Signaturzertifikat ist am {date} (UTC) abgelaufen.</translation>
    </message>
    <message>
        <source>No CA is trusted to sign firmware yet: add the manufacturer&apos;s CA certificate first.</source>
        <translation>Noch keiner CA wird für Firmware-Signaturen vertraut: Fügen Sie zuerst das CA-Zertifikat des Herstellers hinzu.</translation>
    </message>
    <message>
        <source>The signing certificate ({subject}, issued by {issuer}) does not chain to a CA you trust.</source>
        <translation>Das Signaturzertifikat ({subject}, ausgestellt von {issuer}) führt zu keiner CA, der Sie vertrauen.</translation>
    </message>
    <message>
        <source>The signature is not Base64 text.</source>
        <translation>Die Signatur ist kein Base64-Text.</translation>
    </message>
    <message>
        <source>The signature is longer than OCPP allows ({limit} characters).</source>
        <translation>Die Signatur ist länger, als OCPP erlaubt ({limit} Zeichen).</translation>
    </message>
</context>
<context>
    <name>LocalListDialog</name>
    <message>
        <source>Local list for {charge_point_id}</source>
        <translation>Lokale Liste für {charge_point_id}</translation>
    </message>
    <message>
        <source>replaces the charger&apos;s list</source>
        <translation>ersetzt die Liste des Ladegeräts</translation>
    </message>
    <message>
        <source>adds these tags and removes the ones left out</source>
        <translation>fügt diese Karten-IDs hinzu und entfernt die weggelassenen</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Karten-ID</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>As</source>
        <translation>Als</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Left out because</source>
        <translation>Weggelassen, weil</translation>
    </message>
    <message>
        <source>Will be sent ({count})</source>
        <translation>Wird gesendet ({count})</translation>
    </message>
    <message>
        <source>Left out ({count})</source>
        <translation>Weggelassen ({count})</translation>
    </message>
    <message>
        <source>Send to charger</source>
        <translation>An Ladegerät senden</translation>
    </message>
    <message>
        <source>Sends an empty list: the charger will accept only what it asks us</source>
        <translation>Sendet eine leere Liste: das Ladegerät nimmt nur an, was es bei uns erfragt</translation>
    </message>
</context>
<context>
    <name>LocalListVersionForm</name>
    <message>
        <source>Charger&apos;s list version</source>
        <translation>Listenversion des Ladegeräts</translation>
    </message>
    <message>
        <source>Get version</source>
        <translation>Version abfragen</translation>
    </message>
    <message>
        <source>{version} (no list)</source>
        <translation>{version} (keine Liste)</translation>
    </message>
    <message>
        <source>{version} (no local list support)</source>
        <translation>{version} (keine Unterstützung für lokale Listen)</translation>
    </message>
</context>
<context>
    <name>MonitoringService</name>
    <message>
        <source>accepted</source>
        <extracomment>the charger&apos;s answers to SetVariableMonitoring and ClearVariableMonitoring, as the operator reads them</extracomment>
        <translation>angenommen</translation>
    </message>
    <message>
        <source>the charger has no such component</source>
        <translation>die Ladestation hat keine solche Komponente</translation>
    </message>
    <message>
        <source>the component has no such variable</source>
        <translation>die Komponente hat keine solche Variable</translation>
    </message>
    <message>
        <source>the charger does not support this type</source>
        <translation>die Ladestation unterstützt diesen Typ nicht</translation>
    </message>
    <message>
        <source>rejected by the charger</source>
        <translation>von der Ladestation abgelehnt</translation>
    </message>
    <message>
        <source>the same monitor exists already</source>
        <translation>die gleiche Überwachung besteht bereits</translation>
    </message>
    <message>
        <source>the charger has no such monitor</source>
        <translation>die Ladestation hat keine solche Überwachung</translation>
    </message>
    <message>
        <source>{cp_id} is not connected.</source>
        <translation>{cp_id} ist nicht verbunden.</translation>
    </message>
    <message>
        <source>{cp_id} speaks OCPP {version}: variable monitoring exists in OCPP 2.0.1 only (a 1.6 charger reports problems with its StatusNotification error codes).</source>
        <translation>{cp_id} spricht OCPP {version}: die Variablenüberwachung gibt es nur in OCPP 2.0.1 (eine 1.6-Ladestation meldet Probleme mit den Fehlercodes ihrer StatusNotification).</translation>
    </message>
    <message>
        <source>Enter the component (e.g. Connector or EVSE).</source>
        <translation>Geben Sie die Komponente ein (z. B. Connector oder EVSE).</translation>
    </message>
    <message>
        <source>Enter the variable (e.g. Temperature or Power).</source>
        <translation>Geben Sie die Variable ein (z. B. Temperature oder Power).</translation>
    </message>
    <message>
        <source>Choose the monitor&apos;s type.</source>
        <translation>Wählen Sie den Typ der Überwachung.</translation>
    </message>
    <message>
        <source>The value must be a number.</source>
        <translation>Der Wert muss eine Zahl sein.</translation>
    </message>
    <message>
        <source>A change or a period must be above 0.</source>
        <translation>Eine Änderung oder eine Periode muss über 0 liegen.</translation>
    </message>
    <message>
        <source>Choose a severity from 0 to 9.</source>
        <translation>Wählen Sie einen Schweregrad von 0 bis 9.</translation>
    </message>
    <message>
        <source>The EVSE must be 0 (none) or a number above 0.</source>
        <translation>Die EVSE muss 0 (keine) oder eine Zahl über 0 sein.</translation>
    </message>
</context>
<context>
    <name>ProfilesForm</name>
    <message>
        <source>Id</source>
        <extracomment>the purposes GetChargingProfiles may ask for (2.0.1 names; our 1.6-style ChargePointMaxProfile is translated) who set a profile (2.0.1 chargingLimitSource): the central system, or a system on site</extracomment>
        <translation>ID</translation>
    </message>
    <message>
        <source>EVSE</source>
        <translation>EVSE</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>Stack</source>
        <translation>Stapel</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Periods</source>
        <translation>Perioden</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>for {duration} s</source>
        <translation>für {duration} s</translation>
    </message>
    <message>
        <source>0 — the station itself</source>
        <translation>0 — die Ladestation selbst</translation>
    </message>
    <message>
        <source>Every EVSE</source>
        <translation>Jeder EVSE</translation>
    </message>
    <message>
        <source>Any purpose</source>
        <translation>Jeder Zweck</translation>
    </message>
    <message>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>Stack level</source>
        <translation>Stapelebene</translation>
    </message>
    <message>
        <source>Set by (none: any)</source>
        <translation>Gesetzt von (keines: alle)</translation>
    </message>
    <message>
        <source>Get profiles</source>
        <translation>Profile abfragen</translation>
    </message>
    <message>
        <source>Get composite schedule instead</source>
        <translation>Stattdessen zusammengesetzten Zeitplan abfragen</translation>
    </message>
    <message>
        <source>EVSE {evse}</source>
        <translation>EVSE {evse}</translation>
    </message>
    <message>
        <source>stack {stack}</source>
        <translation>Stapel {stack}</translation>
    </message>
    <message>
        <source>every profile</source>
        <translation>jedes Profil</translation>
    </message>
    <message>
        <source>The charger answered {status}: it holds no such profile.</source>
        <translation>Das Ladegerät antwortete {status}: es hat kein solches Profil.</translation>
    </message>
    <message>
        <source>Its report stopped before the last part: more may be missing.</source>
        <translation>Sein Bericht brach vor dem letzten Teil ab: es können weitere fehlen.</translation>
    </message>
</context>
<context>
    <name>RemoteStartForm</name>
    <message>
        <source>Any free connector</source>
        <translation>Beliebiger freier Anschluss</translation>
    </message>
    <message>
        <source>Connector</source>
        <translation>Anschluss</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Karten-ID</translation>
    </message>
    <message>
        <source>Start charging</source>
        <translation>Laden starten</translation>
    </message>
    <message>
        <source>Pick a user&apos;s tag or type the idTag to start with.</source>
        <translation>Wählen Sie die Karten-ID eines Benutzers oder geben Sie das idTag für den Start ein.</translation>
    </message>
    <message>
        <source>connector {connector}</source>
        <translation>Anschluss {connector}</translation>
    </message>
    <message>
        <source>any connector</source>
        <translation>beliebiger Anschluss</translation>
    </message>
    <message>
        <source>{tag} on {where}</source>
        <translation>{tag} an {where}</translation>
    </message>
</context>
<context>
    <name>RemoteStopForm</name>
    <message>
        <source>The sessions running on this charger</source>
        <translation>Die laufenden Ladevorgänge an diesem Ladegerät</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Ladevorgang</translation>
    </message>
    <message>
        <source>Stop session</source>
        <translation>Ladevorgang beenden</translation>
    </message>
    <message>
        <source>No session is running on this charger</source>
        <translation>An diesem Ladegerät läuft kein Ladevorgang</translation>
    </message>
    <message>
        <source>No session is running on this charger.</source>
        <translation>An diesem Ladegerät läuft kein Ladevorgang.</translation>
    </message>
</context>
<context>
    <name>ReservationsTable</name>
    <message>
        <source>Holding the connector</source>
        <translation>Hält den Anschluss</translation>
    </message>
    <message>
        <source>Used by session {session}</source>
        <translation>Genutzt von Sitzung {session}</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Aufgehoben</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Removed by the station</source>
        <translation>Von der Station entfernt</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Connector</source>
        <translation>Anschluss</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Made by</source>
        <translation>Erstellt von</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>&lt;b&gt;This charger&apos;s reservations&lt;/b&gt; (active first)</source>
        <translation>&lt;b&gt;Reservierungen dieses Ladegeräts&lt;/b&gt; (aktive zuerst)</translation>
    </message>
</context>
<context>
    <name>ReserveForm</name>
    <message>
        <source>Connector</source>
        <translation>Anschluss</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Karten-ID</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Reservation id</source>
        <translation>Reservierungs-ID</translation>
    </message>
    <message>
        <source>Reserve</source>
        <translation>Reservieren</translation>
    </message>
    <message>
        <source>Pick a user&apos;s tag or type the idTag the connector is held for.</source>
        <translation>Wählen Sie die Karten-ID eines Benutzers oder geben Sie das idTag ein, für das der Anschluss freigehalten wird.</translation>
    </message>
    <message>
        <source>The expiry must be in the future.</source>
        <translation>Der Ablauf muss in der Zukunft liegen.</translation>
    </message>
    <message>
        <source>#{reservation} connector {connector} for {tag} until {expiry:%H:%M}</source>
        <translation>#{reservation} Anschluss {connector} für {tag} bis {expiry:%H:%M}</translation>
    </message>
</context>
<context>
    <name>ResetForm</name>
    <message>
        <source>Soft — restart the software when idle; running sessions end normally</source>
        <translation>Soft — Software neu starten, wenn frei; laufende Ladevorgänge enden normal</translation>
    </message>
    <message>
        <source>Hard — reboot now; running sessions are stopped</source>
        <translation>Hard — jetzt neu starten; laufende Ladevorgänge werden gestoppt</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Reset…</source>
        <translation>Reset…</translation>
    </message>
    <message>
        <source>Hard reset</source>
        <translation>Hard-Reset</translation>
    </message>
    <message>
        <source>Soft reset</source>
        <translation>Soft-Reset</translation>
    </message>
    <message>
        <source>Hard reset {cp_id}? It reboots now.</source>
        <translation>Hard-Reset von {cp_id}? Es startet jetzt neu.</translation>
    </message>
    <message>
        <source>Soft reset {cp_id}? It restarts when idle.</source>
        <translation>Soft-Reset von {cp_id}? Es startet neu, sobald es frei ist.</translation>
    </message>
</context>
<context>
    <name>SendLocalListForm</name>
    <message>
        <source>Full — replace the charger&apos;s list</source>
        <translation>Full — die Liste des Ladegeräts ersetzen</translation>
    </message>
    <message>
        <source>Differential — add these, remove the ones left out</source>
        <translation>Differential — diese hinzufügen, die weggelassenen entfernen</translation>
    </message>
    <message>
        <source>The version the charger stores with the list (Get local list version fills in the next one)</source>
        <translation>Die Version, die das Ladegerät mit der Liste speichert (Listenversion abfragen trägt die nächste ein)</translation>
    </message>
    <message>
        <source>Owners and users who may charge here at any time. Users whose access depends on the time or the connector are left out; you see both lists before anything is sent.</source>
        <translation>Eigentümer und Benutzer, die hier jederzeit laden dürfen. Benutzer, deren Zugang von der Zeit oder vom Anschluss abhängt, werden weggelassen; Sie sehen beide Listen, bevor etwas gesendet wird.</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Aktualisierung</translation>
    </message>
    <message>
        <source>List version</source>
        <translation>Listenversion</translation>
    </message>
    <message>
        <source>Prepare list…</source>
        <translation>Liste vorbereiten…</translation>
    </message>
    <message>
        <source>Could not build the list: {error}</source>
        <translation>Die Liste konnte nicht erstellt werden: {error}</translation>
    </message>
</context>
<context>
    <name>SetProfileForm</name>
    <message>
        <source>0 — whole charger</source>
        <translation>0 — ganzes Ladegerät</translation>
    </message>
    <message>
        <source>TxDefaultProfile — default for new sessions</source>
        <translation>TxDefaultProfile — Vorgabe für neue Ladevorgänge</translation>
    </message>
    <message>
        <source>ChargePointMaxProfile — cap for the whole charger</source>
        <translation>ChargePointMaxProfile — Obergrenze für das ganze Ladegerät</translation>
    </message>
    <message>
        <source>TxProfile — the running session only</source>
        <translation>TxProfile — nur der laufende Ladevorgang</translation>
    </message>
    <message>
        <source>The session a TxProfile applies to</source>
        <translation>Der Ladevorgang, für den ein TxProfile gilt</translation>
    </message>
    <message>
        <source>A (current per phase)</source>
        <translation>A (Strom pro Phase)</translation>
    </message>
    <message>
        <source>W (power)</source>
        <translation>W (Leistung)</translation>
    </message>
    <message>
        <source>no end</source>
        <translation>kein Ende</translation>
    </message>
    <message>
        <source>from now</source>
        <translation>ab jetzt</translation>
    </message>
    <message>
        <source>Connector</source>
        <translation>Anschluss</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Ladevorgang</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Recurrency</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <source>Profile id</source>
        <translation>Profil-ID</translation>
    </message>
    <message>
        <source>Stack level</source>
        <translation>Stapelebene</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Schedule start</source>
        <translation>Beginn des Zeitplans</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>Periods (start in seconds from the schedule start)</source>
        <translation>Perioden (Beginn in Sekunden ab Beginn des Zeitplans)</translation>
    </message>
    <message>
        <source>Start (s)</source>
        <translation>Beginn (s)</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Grenze</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Phasen</translation>
    </message>
    <message>
        <source>Phases: 1–3, or empty for the charger&apos;s default</source>
        <translation>Phasen: 1–3, oder leer für die Vorgabe des Ladegeräts</translation>
    </message>
    <message>
        <source>Add period</source>
        <translation>Periode hinzufügen</translation>
    </message>
    <message>
        <source>Remove period</source>
        <translation>Periode entfernen</translation>
    </message>
    <message>
        <source>Send profile</source>
        <translation>Profil senden</translation>
    </message>
    <message>
        <source>Leave at the first value (&apos;{empty}&apos;) for none</source>
        <translation>Beim ersten Wert (&apos;{empty}&apos;) lassen für keinen</translation>
    </message>
    <message>
        <source>Only for a Recurring profile</source>
        <translation>Nur für ein Recurring-Profil</translation>
    </message>
    <message>
        <source>A Relative profile starts with the session</source>
        <translation>Ein Relative-Profil beginnt mit dem Ladevorgang</translation>
    </message>
    <message>
        <source>Only for a TxProfile</source>
        <translation>Nur für ein TxProfile</translation>
    </message>
    <message>
        <source>#{profile_id} {purpose} {kind} on connector {connector} — {periods}</source>
        <translation>#{profile_id} {purpose} {kind} an Anschluss {connector} — {periods}</translation>
    </message>
</context>
<context>
    <name>SiteCa</name>
    <message>
        <source>The site&apos;s CA is made on the computer that runs the central system (its key stays where the chargers&apos; requests are signed): create it there, in Settings or with “chargedesk certs ca”.</source>
        <translation>Die CA des Standorts wird auf dem Computer erstellt, auf dem das Zentralsystem läuft (ihr Schlüssel bleibt dort, wo die Anfragen der Ladegeräte signiert werden): Erstellen Sie sie dort, in den Einstellungen oder mit “chargedesk certs ca”.</translation>
    </message>
    <message>
        <source>The site&apos;s CA could not be created: {error}</source>
        <translation>Die CA des Standorts konnte nicht erstellt werden: {error}</translation>
    </message>
    <message>
        <source>The site already has a CA ({path}); nothing was changed: the chargers&apos; certificates and the CA installed on them depend on it.</source>
        <translation>Der Standort hat bereits eine CA ({path}); nichts wurde geändert: Die Zertifikate der Ladegeräte und die auf ihnen installierte CA hängen davon ab.</translation>
    </message>
</context>
<context>
    <name>TransactionStatusForm</name>
    <message>
        <source>A session this console shows as running, or none: are transaction messages waiting at all?</source>
        <translation>Eine Sitzung, die diese Konsole als laufend zeigt, oder keine: warten überhaupt Transaktionsmeldungen?</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Ask the station</source>
        <translation>Station fragen</translation>
    </message>
    <message>
        <source>No session: any transaction messages waiting?</source>
        <translation>Keine Sitzung: warten Transaktionsmeldungen?</translation>
    </message>
    <message>
        <source>any transaction messages</source>
        <translation>wartende Transaktionsmeldungen</translation>
    </message>
</context>
<context>
    <name>TriggerForm</name>
    <message>
        <source>No connector (the charger)</source>
        <translation>Kein Anschluss (das Ladegerät)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Connector</source>
        <translation>Anschluss</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Auslösen</translation>
    </message>
    <message>
        <source>{message} on connector {connector}</source>
        <translation>{message} an Anschluss {connector}</translation>
    </message>
</context>
<context>
    <name>UnlockForm</name>
    <message>
        <source>Connector</source>
        <translation>Anschluss</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Entriegeln</translation>
    </message>
    <message>
        <source>connector {connector}</source>
        <translation>Anschluss {connector}</translation>
    </message>
</context>
</TS>
