<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AcceptDialog</name>
    <message>
        <source>Accept charger {cp_id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{cp_id}&lt;/b&gt; will be accepted: its BootNotification is answered Accepted and its sessions are recorded at the station you choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bind to an existing station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The station&apos;s name as the console shows it (e.g. Hall B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet (created when they report)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connectors:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{conn} — from its StatusNotifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The station takes this charger&apos;s charge point id; its rules and history stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no station yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charger password (HTTP Basic, security profile 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leave empty: the charger connects without a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A random 20-character password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored hashed. From its next connection the charger must send this password; ChargeDesk sends it to the charger if it can, else set it on the charger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept charger</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddVirtualChargerDialog</name>
    <message>
        <source>Waits for a card or a remote start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicles come, charge and leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicles, faults and idle times mixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virtual chargers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a virtual charger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The charge point id: the last part of the URL the charger connects to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How fast simulated time runs: at 60× a one-hour charge takes a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The RFID cards of the drivers, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only if the station has one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a station for it (ready to charge)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unticked, the charger connects as an unknown charger: with the Pending policy it appears under Chargers → New chargers, to practise commissioning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charge point id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OCPP version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Driver cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OCPP 1.6 security extension (security events, logs, signed firmware)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firmware as the OCPP 1.6 security whitepaper describes it: it reports its security events and takes Extended trigger message, GetLog and signed firmware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OCPP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card the driver presents (pick one of the charger&apos;s or type any id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A driver holds the card to the reader: a charge starts on the connector, or the charge started with this card ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running charges are stopped properly, then the charger disconnects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central system is not running: see the status bar for why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start {cp_id}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{cp_id} started with a new station.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{cp_id} started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any free connector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connector {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a running charger and a card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{cp_id} is stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card {tag} presented at {cp_id}: a vehicle is plugged in and the card is being authorised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card {tag} presented at {cp_id}: the charge started with it ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No free connector at {cp_id} for card {tag}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping {cp_id}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{cp_id} stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApplySnapshotDialog</name>
    <message>
        <source>Apply snapshot of {charge_point_id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the values of &lt;b&gt;{cp_id}&lt;/b&gt;&apos;s snapshot {when} to chargers of the same model (&lt;b&gt;{vendor} {model}&lt;/b&gt;). Read-only keys are never sent; keys that already have the value are left alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{keys}: skipped, {why}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{cp_id}  —  {station}, firmware {firmware}, {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{charger}  (source)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The snapshot&apos;s own charger: applying restores the snapshot&apos;s values on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: its keys will be reported &apos;offline&apos;, nothing is sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No other charger of this model is known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key} = {shown_value} — skipped: a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: {why}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chargers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the checked keys to the checked chargers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check at least one charger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check at least one key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{keys} to {chargers}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending to {items}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing sent: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reboot needed on {chargers} for some values to take effect.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AvailabilityForm</name>
    <message>
        <source>Whole charger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operative (in service)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inoperative (out of service)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whole charger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connector {connector}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CancelReservationForm</name>
    <message>
        <source>The id of the reservation (the last one made here is filled in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reservation id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel reservation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a reservation to cancel it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificateExpiryBox</name>
    <message>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates: what expires when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the site&apos;s CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the site&apos;s local CA on this computer, as “chargedesk certs ca” does: it signs the chargers&apos; certificates and is installed on them from their Certificates tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LAN certificate {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site&apos;s CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charger {cp_id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No certificate known yet: the central system publishes its own when it starts, a charger&apos;s once it is signed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chargers&apos; certificates are renewed automatically {days} days before they expire: the central system signs them with the site&apos;s CA (a charger that does not answer is asked again every day).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without the site&apos;s CA on the central system&apos;s computer the chargers&apos; certificates are not renewed automatically: create it here, or renew each from its Certificates tab with your own CA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site&apos;s CA was created: {subject}, valid until {day} ({path}; keep its key private). Install it on each charger from its Certificates tab.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Certificates</name>
    <message>
        <source>The site has no local CA: create it on the central system&apos;s computer with “chargedesk certs ca”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{cp_id} has sent no certificate request waiting to be signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} cannot be read: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is {key}: the whitepaper asks for RSA of at least 2048 bits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is {key}: the whitepaper asks for ECC of at least 224 bits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is {key}: only RSA and ECC keys are accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is not a PEM certificate signing request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request&apos;s signature does not verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request names “{name}”, not the charger&apos;s identity {cp_id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA&apos;s key is neither RSA nor ECC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This certificate is not for the key of the charger&apos;s request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This certificate names “{name}”, not {cp_id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This certificate is not valid now (valid until {day}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChargerCertificatesTab</name>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The charger sent a certificate request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The charger&apos;s certificate request was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed certificate was sent to the charger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The charger accepted its new certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate could not be delivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewal asked: waiting for the charger&apos;s request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The charger refused to renew its certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site&apos;s CA was installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The charger refused the site&apos;s CA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CA certificate was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The charger did not delete the CA certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The charger&apos;s request was exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a charger on the left to see its certificates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The charger&apos;s certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew the charger&apos;s certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send ExtendedTriggerMessage SignChargePointCertificate (OCPP 2.0.1: TriggerMessage SignChargingStationCertificate): the charger makes a new key pair and sends its request; the site&apos;s local CA signs it (or export it for your own CA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send InstallCertificate: the site&apos;s CA becomes the charger&apos;s CentralSystemRootCertificate (OCPP 2.0.1: CSMSRootCertificate), so it trusts certificates the site signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The charger rejected the signed certificate. A charger takes a certificate only from a CA it trusts: install the site&apos;s CA (below), then renew.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The automatic renewal could not reach the charger; it is asked again tomorrow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the charger&apos;s certificate request (PEM) for your own CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the signed certificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the certificate your CA made for the request (PEM, with its CA chain) and send it with CertificateSigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certificates on the charger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read from the charger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send GetInstalledCertificateIds for both kinds of CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install the site&apos;s CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send DeleteCertificate for the selected CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{subject} — serial {serial}, expires {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No certificate signed or sent from here yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This site signs with its own CA: export the request, then send the certificate your CA made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewed automatically {days} days before it expires (the central system asks the charger once a day until it has a new certificate).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Central system root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manufacturer root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not installed from here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{subject} (the site&apos;s CA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issuer name hash {name}
issuer key hash {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete a CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {subject} from {cp_id}? The charger no longer trusts what this CA signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the charger&apos;s request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request saved to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate your CA made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{action}: the charger answered {status}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{action} sent…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChargerConfig</name>
    <message>
        <source>RebootRequired — used after a reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected by the charger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer (timeout)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offline — not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read-only — not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already this value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped — a password is never applied from a snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the charger is not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the charger did not answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected error: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChargerConfigTab</name>
    <message>
        <source>Select a charger to see its configuration keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search keys and values…  (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows only the keys whose name or value contains this text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read every key from the charger again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a soft Reset: the charger restarts when no charge is running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the selected key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to charger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ChangeConfiguration (1.6) / SetVariables (2.0.1) with this value (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key names, comma-separated (e.g. LocalAuthListEnabled, VendorKey)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GetConfiguration with these keys: found ones are added to the table, unknown ones are listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask charger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for keys:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration of {cp_id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{cp_id} is offline: keys cannot be read or changed until it connects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{cp_id} is offline and no snapshot of its configuration is stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{cp_id} is offline: showing the snapshot of {taken_at} ({key_count} keys). Nothing can be changed until it connects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the configuration of {cp_id}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the configuration: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type one or more key names, separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not ask {cp_id}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown to {cp_id}: {items}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found: {found}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of these keys is known to the charger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a key in the table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key} is read-only: the charger does not allow changing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The charger is offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the charger&apos;s answer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key} is the charger&apos;s password. Enter sends the new one; when the charger accepts it, it also becomes the station&apos;s password, so the charger is let in on its next connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter sends the value; the charger&apos;s answer appears on the key&apos;s row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value is {count} characters long; OCPP allows at most {max}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending {key} = {shown} to {cp_id}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key} not changed: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{cp_id} answered {status} to {key} = {value}. ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{cp_id} answered {status} to {key} = {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{keys}: the charger uses the new value after a reboot. Reset now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset not sent: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{cp_id} accepted the Reset: it restarts and uses the new values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{cp_id} answered {status} to the Reset.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChargerEvents</name>
    <message>
        <source>connected (OCPP {version}, TLS) from {ip}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected (OCPP {version}) from {ip}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disconnected: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>booted: {vendor} {model}, firmware {firmware} — answered {registration}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>charger: {status}{error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connector {connector}: {status}{error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>firmware: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>diagnostics: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>security event: {event} ({info})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>security event: {event}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every EVSE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whole station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EVSE {evse}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>limit set on site cleared by {source} on {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>limit set on site by {source} on {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>card {tag}{who} refused: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>card {tag}{who} accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connector {connector}: session {transaction} started by {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connector {connector}: session {transaction} stopped ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connector {connector}: session {transaction} stopped ({reason}, {kwh} kWh)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChargerEventsBox</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component / variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upper threshold {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lower threshold {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change of {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every {value} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitor alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitor: value changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitor: periodic value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charger alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charger notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cleared {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the charger reported as events: its monitors and alerts (OCPP 2.0.1 NotifyEvent) and its security events, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No event reported by this charger.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChargerMonitorsTab</name>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component / variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>During a transaction only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Above a threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below a threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes by more than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every N seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every N seconds, clock-aligned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a charger on the left to see its variable monitors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitors on the charger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send GetMonitoringReport: the charger reports all its monitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send ClearVariableMonitoring for the selected monitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number (seconds for a period)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only while a transaction runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EVSE:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variable:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send SetVariableMonitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The charger has no monitor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The charger is sending its monitors…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GetMonitoringReport: the charger answered {status}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitor {id} added: {answer}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not added ({status}): {answer}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SetVariableMonitoring sent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>monitor {id}: {answer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ClearVariableMonitoring sent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The charger&apos;s monitors were read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChargerOperations</name>
    <message>
        <source>Connector {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a user&apos;s tag or type one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The idTag the charger uses: pick a user&apos;s tag or type one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connector {connector} · {tag}{who} · since {since} · session {session}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChargerOperationsTab</name>
    <message>
        <source>Transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charger control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reservations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smart charging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <extracomment>the smart-charging part: each of its pages shows the limits set on site on the charger</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a charger on the left to send it operations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Results&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty this charger&apos;s results list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charger&apos;s answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a result to see the request and the charger&apos;s full answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not read: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limits set on site:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load {cp_id} from the database: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● offline — operations will report that it is offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no station bound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{cp_id}&lt;/b&gt; · {station} · OCPP {version} · {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the reservations: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the running sessions: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{cp_id} is not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline — {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout — {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not supported — {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent, invalid request — {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid answer — {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error — {kind}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{operation} at {time}
Request: {request}

Answer: {answer}
{detail}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChargerOverviewTab</name>
    <message>
        <source>Connector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a charger on the left to see who it is and its connectors live.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charge point id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OCPP version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charger status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last boot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central system keeps the charger&apos;s local authorization list in sync with who may charge at its station at any time: the charger uses it while it is offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local list:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limits set on site:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connectors (live)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent events of this charger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this charger did since the console started, newest first: connections, boots, status changes, cards and sessions (the Log page has every message)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing yet since the console started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not read: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{registration} (its charger never connected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New — waiting for an operator (Pending)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not bound to a station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now (connected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not synchronised yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none — cards are not checked against the station&apos;s rules while it is offline ({at}: {outcome})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in sync — {at}: {outcome}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connector has reported yet: they appear with the charger&apos;s first StatusNotification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{transaction} (stopped)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChargerPlurals</name>
    <message numerus="yes">
        <source>%n keys ({ro} read-only) read from {cp_id} (OCPP {ocpp_version}) at {read_at}.</source>
        <translation>
            <numerusform>%n key ({ro} read-only) read from {cp_id} (OCPP {ocpp_version}) at {read_at}.</numerusform>
            <numerusform>%n keys ({ro} read-only) read from {cp_id} (OCPP {ocpp_version}) at {read_at}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Snapshot of %n key(s) stored ({snapshot}).</source>
        <translation>
            <numerusform>Snapshot of %n key stored ({snapshot}).</numerusform>
            <numerusform>Snapshot of %n keys stored ({snapshot}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n snapshot(s) of {cp_id}? The charger is not touched.</source>
        <translation>
            <numerusform>Delete %n snapshot of {cp_id}? The charger is not touched.</numerusform>
            <numerusform>Delete %n snapshots of {cp_id}? The charger is not touched.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n snapshot(s).</source>
        <translation>
            <numerusform>Deleted %n snapshot.</numerusform>
            <numerusform>Deleted %n snapshots.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) ({ro} read-only), {vendor} {model}, firmware {firmware}. Ctrl+click a second snapshot to compare.</source>
        <translation>
            <numerusform>%n key ({ro} read-only), {vendor} {model}, firmware {firmware}. Ctrl+click a second snapshot to compare.</numerusform>
            <numerusform>%n keys ({ro} read-only), {vendor} {model}, firmware {firmware}. Ctrl+click a second snapshot to compare.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s)</source>
        <translation>
            <numerusform>%n key</numerusform>
            <numerusform>%n keys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n charger(s)</source>
        <translation>
            <numerusform>%n charger</numerusform>
            <numerusform>%n chargers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done: %n charger ({tally}).</source>
        <translation>
            <numerusform>Done: %n charger ({tally}).</numerusform>
            <numerusform>Done: %n chargers ({tally}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) not applied (see the table; hover for details).</source>
        <translation>
            <numerusform>%n key not applied (see the table; hover for details).</numerusform>
            <numerusform>%n keys not applied (see the table; hover for details).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hard reset {cp_id}? It reboots now and stops the %n running session(s).</source>
        <translation>
            <numerusform>Hard reset {cp_id}? It reboots now and stops the %n running session.</numerusform>
            <numerusform>Hard reset {cp_id}? It reboots now and stops the %n running sessions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Soft reset {cp_id}? It restarts when idle (%n session(s) running).</source>
        <translation>
            <numerusform>Soft reset {cp_id}? It restarts when idle (%n session running).</numerusform>
            <numerusform>Soft reset {cp_id}? It restarts when idle (%n sessions running).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{update}, version {version}, %n tag(s) ({left_out} left out)</source>
        <translation>
            <numerusform>{update}, version {version}, %n tag ({left_out} left out)</numerusform>
            <numerusform>{update}, version {version}, %n tags ({left_out} left out)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n&lt;/b&gt; tag(s) may charge at {station} at any time and will be sent as list version {version} ({update_type}: {what}).</source>
        <translation>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; tag may charge at {station} at any time and will be sent as list version {version} ({update_type}: {what}).</numerusform>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; tags may charge at {station} at any time and will be sent as list version {version} ({update_type}: {what}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other tag(s) are not listed: they may never charge here or belong to nobody.</source>
        <translation>
            <numerusform>%n other tag is not listed: it may never charge here or belongs to nobody.</numerusform>
            <numerusform>%n other tags are not listed: they may never charge here or belong to nobody.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n period(s) over {duration} s in {unit}</source>
        <translation>
            <numerusform>%n period over {duration} s in {unit}</numerusform>
            <numerusform>%n periods over {duration} s in {unit}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The charger holds %n profile(s) that match.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chargers, {online} online</source>
        <translation>
            <numerusform>%n charger, {online} online</numerusform>
            <numerusform>%n chargers, {online} online</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>version {version}, %n tag(s) — {at}: {outcome}</source>
        <translation>
            <numerusform>version {version}, %n tag — {at}: {outcome}</numerusform>
            <numerusform>version {version}, %n tags — {at}: {outcome}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>on %n phase(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n variable(s) of {component} read again from {cp_id}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChargerSnapshotsTab</name>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{changed} changed, {added} added, {removed} removed, {unchanged} unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{summary} — the same configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a charger to see the snapshots of its configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label (optional), e.g. before firmware 2.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read every key from the charger now and store it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one snapshot to see its keys, two (Ctrl+click) to compare them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply to chargers of the same model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the selected snapshot&apos;s values to other chargers of the same vendor and model (you choose the chargers and keys)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected snapshots (the chargers are not touched)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshots, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the keys that are the same in both snapshots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, taken by {actor}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The charger is offline: a snapshot needs it connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the configuration of {cp_id}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No snapshot taken: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete snapshots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not deleted: {error}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send this snapshot&apos;s values to chargers of the same vendor and model (you choose the chargers and keys)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one snapshot to apply its values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No snapshot yet: take one above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a snapshot to see its keys, or two to compare them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select at most two snapshots to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{error}. The list was refreshed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot {snapshot_title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read-write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before: {before}  →  After: {after}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not reported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value}  [read-only]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChargersPage</name>
    <message>
        <source>New chargers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chargers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor / model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learn card…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tap an unknown RFID card on a charger and give it to a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add virtual charger…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a simulated charger in this console (demos, training)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter: id, station, vendor, model, IP…  (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No charger selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commissioning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firmware &amp;&amp; diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{cp_id}  NEW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not bound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP {ip}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serial {serial}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>firmware {firmware}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>○ offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a charger on the left. New chargers waiting for acceptance are listed first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new: accept it on the Commissioning tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the chargers seen: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClearCacheForm</name>
    <message>
        <source>The charger forgets the tags it authorized before and asks again next time (the local list is not affected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear cache</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClearProfileForm</name>
    <message>
        <source>By profile id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By criteria (every profile that matches)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 — whole charger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any connector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stack level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile #{pid}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connector {connector}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stack {stack}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every profile</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommissioningTab</name>
    <message>
        <source>Select a charger on the left to accept it, refuse it or run its commissioning checklist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bind this charger to a station (or create one) and set its password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its BootNotifications are answered Rejected from now on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commissioning checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HeartbeatInterval to set (recommended {seconds} s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MeterValueSampleInterval to set (recommended {seconds} s; 0 switches periodic meter values off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test charge on connector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RemoteStart with the technician&apos;s tag, watch status and meter values, RemoteStop. A vehicle (or an EV simulator) must be plugged in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connector of the test charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The technician&apos;s tag: it must be allowed to charge at this station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>technician&apos;s tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heartbeat interval:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meter values every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with tag:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run every step now (again, for a charger accepted earlier)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the last result as a printable HTML or PDF commissioning report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No active tag of an active user yet: add one on the Users page (or learn a card) or type the tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{cp_id} is not known (yet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;New charger.&lt;/b&gt; {cp_id} ({vendor}) connected from {ip} and waits for an operator. Accept it to bind it to a station; refuse it to keep it out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vendor unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Refused.&lt;/b&gt; {cp_id} hears Rejected when it boots. You can still accept it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{cp_id}: {registration}, not bound to a station.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Accepted&lt;/b&gt;, bound to station &lt;b&gt;{station_name}&lt;/b&gt; ({site_name}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commissioning checklist — accept the charger first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run every step now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The charger is offline: every step will say so</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{cp_id} was not accepted: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{cp_id} accepted and bound to station {station}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checklist runs as soon as it has booted as Accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse charger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse {cp_id}? Its BootNotifications are answered Rejected from now on; you can accept it later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{cp_id} could not be refused: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{cp_id} refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The charger did not boot again within 30 s after it was accepted: run the checklist when it is back (Run checklist).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running the checklist on {cp_id}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist cancelled (a test charge in progress was not stopped: stop it on the Operations tab).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checklist could not run: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checklist has not run for this charger yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{verdict} — run {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export commissioning report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML report (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be written to {path}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commissioning report saved to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commissioning report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt could not write {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComponentReportBox</name>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{cp_id} has nothing that matches {component} (EmptyResultSet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{cp_id} refused the report (Rejected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{cp_id} does not support these criteria (NotSupported).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report of one component (OCPP 2.0.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. EVSE#1 or OCPPCommCtrlr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A component the station reported, or typed: name, [instance], #EVSE or #EVSE.connector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all its variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GetReport: the station sends the variables again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component, variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only if</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick or type a component first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking {cp_id} for {component}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No report from {cp_id}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompositeForm</name>
    <message>
        <source>0 — whole charger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charger&apos;s choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connector {connector}, {duration} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The charger answered {status}: no schedule to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, from {start}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfigModel</name>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read-write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key} is read-only: the charger does not allow changing it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key} is the charger&apos;s password: never shown. Change it in the form below; the station&apos;s password changes with it when the charger accepts it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click or press F2 to change; Enter sends the new value to the charger</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataTransferForm</name>
    <message>
        <source>e.g. com.vendor (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional text (often JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the vendor id the charger expects (e.g. its vendor&apos;s name or reverse domain).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExtendedTriggerForm</name>
    <message>
        <source>For chargers with the OCPP 1.6 security extension. LogStatusNotification says how a log upload is going; FirmwareStatusNotification how a signed firmware update is going.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExternalLimits</name>
    <message>
        <source>{value} from {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{period} (until {time})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whole station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EVSE {evse}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing in force now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no values given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: {value} by {source}, since {since}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grid critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schedule: {periods}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limits a system on site (the energy manager, the grid operator) set on this station; load management gives it no more while they last.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirmwareDiagnosticsTab</name>
    <message>
        <source>waiting for the charger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} of {total} · {current}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timed out: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a charger on the left to update its firmware or fetch its diagnostics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firmware update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The firmware file from the vendor (e.g. terra-ac-2.1.0.bin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the firmware file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update firmware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send UpdateFirmware: the charger downloads the file from this computer, installs it and restarts (a running charge is finished first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop serving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop waiting and stop serving the file (the charger cannot download it any more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed firmware: the signing certificate file (PEM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and the signature file (Base64 or raw)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the signing certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the signature file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For chargers that take only signed firmware: the update is sent as SignedUpdateFirmware (OCPP 2.0.1: UpdateFirmware with the signature) once the signature verifies over the file and the certificate comes from a CA you trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust a CA…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the manufacturer&apos;s CA certificate (PEM) that signs its firmware (for the whole site)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only log entries from this time on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only log entries up to this time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: {tip} (the charger may ignore it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnostics (GetDiagnostics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnostics log (GetLog)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security log (GetLog)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GetLog: for 2.0.1 chargers and 1.6 chargers with the security extension; the security log lists the charger&apos;s security events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send GetDiagnostics: the charger uploads its log file to this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop waiting and stop receiving (an upload after this is refused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the received file with this computer&apos;s default application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy of the received file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firmware files (*.bin *.img *.hex *.fw *.zip *.tar *.gz *.tgz *.pkg *.swu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the firmware file first (Browse…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} does not exist or is not a file: choose the firmware file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is empty: that cannot be a firmware image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed firmware needs both the signing certificate and the signature file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the CA certificate (PEM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{subject} is trusted to sign firmware.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAs trusted to sign firmware: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No CA is trusted to sign firmware yet (Trust a CA…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“From” must be before “Until”: correct one of them or untick it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No application opens {suffix} files here; use Save as… (the file is {path}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No application opens this kind of file here; use Save as… (the file is {path}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the diagnostics file as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save to {target}: {error}. Choose another place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received: {name} · saved a copy as {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>firmware {firmware}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{message}. It now reports firmware {version}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received: {name} ({size:,} bytes) in {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serving at {address} for this job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files go over HTTP from this computer, only while a job runs: address {host}, port {port} (Settings → Central system). Received files are kept under the data folder&apos;s diagnostics/.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the one the charger connected to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any free one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{cp_id} is offline: it must be connected to receive a request.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirmwareSignature</name>
    <message>
        <source>This file is not a PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read {file}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signing certificate is longer than OCPP allows ({limit} characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signing certificate is not a PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature does not match {file}: it was not made over this image with the signing certificate&apos;s key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trusted CA is not valid before {date} (UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signing certificate is not valid before {date} (UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trusted CA expired on {date} (UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signing certificate expired on {date} (UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No CA is trusted to sign firmware yet: add the manufacturer&apos;s CA certificate first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signing certificate ({subject}, issued by {issuer}) does not chain to a CA you trust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature is not Base64 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature is longer than OCPP allows ({limit} characters).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocalListDialog</name>
    <message>
        <source>Local list for {charge_point_id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replaces the charger&apos;s list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adds these tags and removes the ones left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out because</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will be sent ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to charger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends an empty list: the charger will accept only what it asks us</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocalListVersionForm</name>
    <message>
        <source>Charger&apos;s list version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{version} (no list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{version} (no local list support)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonitoringService</name>
    <message>
        <source>accepted</source>
        <extracomment>the charger&apos;s answers to SetVariableMonitoring and ClearVariableMonitoring, as the operator reads them</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the charger has no such component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the component has no such variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the charger does not support this type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected by the charger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same monitor exists already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the charger has no such monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{cp_id} is not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{cp_id} speaks OCPP {version}: variable monitoring exists in OCPP 2.0.1 only (a 1.6 charger reports problems with its StatusNotification error codes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the component (e.g. Connector or EVSE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the variable (e.g. Temperature or Power).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the monitor&apos;s type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value must be a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change or a period must be above 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a severity from 0 to 9.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The EVSE must be 0 (none) or a number above 0.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfilesForm</name>
    <message>
        <source>Id</source>
        <extracomment>the purposes GetChargingProfiles may ask for (2.0.1 names; our 1.6-style ChargePointMaxProfile is translated) who set a profile (2.0.1 chargingLimitSource): the central system, or a system on site</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EVSE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for {duration} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 — the station itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every EVSE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stack level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by (none: any)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get composite schedule instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EVSE {evse}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stack {stack}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The charger answered {status}: it holds no such profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its report stopped before the last part: more may be missing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemoteStartForm</name>
    <message>
        <source>Any free connector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start charging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a user&apos;s tag or type the idTag to start with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connector {connector}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any connector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{tag} on {where}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemoteStopForm</name>
    <message>
        <source>The sessions running on this charger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No session is running on this charger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No session is running on this charger.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReservationsTable</name>
    <message>
        <source>Holding the connector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used by session {session}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed by the station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;This charger&apos;s reservations&lt;/b&gt; (active first)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReserveForm</name>
    <message>
        <source>Connector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reservation id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a user&apos;s tag or type the idTag the connector is held for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expiry must be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#{reservation} connector {connector} for {tag} until {expiry:%H:%M}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResetForm</name>
    <message>
        <source>Soft — restart the software when idle; running sessions end normally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hard — reboot now; running sessions are stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hard reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soft reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hard reset {cp_id}? It reboots now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soft reset {cp_id}? It restarts when idle.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SendLocalListForm</name>
    <message>
        <source>Full — replace the charger&apos;s list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differential — add these, remove the ones left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The version the charger stores with the list (Get local list version fills in the next one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owners and users who may charge here at any time. Users whose access depends on the time or the connector are left out; you see both lists before anything is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not build the list: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetProfileForm</name>
    <message>
        <source>0 — whole charger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TxDefaultProfile — default for new sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ChargePointMaxProfile — cap for the whole charger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TxProfile — the running session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session a TxProfile applies to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A (current per phase)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W (power)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recurrency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stack level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periods (start in seconds from the schedule start)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phases: 1–3, or empty for the charger&apos;s default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave at the first value (&apos;{empty}&apos;) for none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for a Recurring profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Relative profile starts with the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for a TxProfile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#{profile_id} {purpose} {kind} on connector {connector} — {periods}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SiteCa</name>
    <message>
        <source>The site&apos;s CA is made on the computer that runs the central system (its key stays where the chargers&apos; requests are signed): create it there, in Settings or with “chargedesk certs ca”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site&apos;s CA could not be created: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site already has a CA ({path}); nothing was changed: the chargers&apos; certificates and the CA installed on them depend on it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransactionStatusForm</name>
    <message>
        <source>A session this console shows as running, or none: are transaction messages waiting at all?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No session: any transaction messages waiting?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any transaction messages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TriggerForm</name>
    <message>
        <source>No connector (the charger)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{message} on connector {connector}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockForm</name>
    <message>
        <source>Connector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connector {connector}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
