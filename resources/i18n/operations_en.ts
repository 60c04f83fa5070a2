<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CentralHolder</name>
    <message>
        <source>{database} is already used by {holder}: stop it, or open this console without a central system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{database} is already used by {holder}: stop it, or serve another database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{database} is already used by {holder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another process that is starting right now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CentralSystem</name>
    <message>
        <source>{cp_id} is not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{cp_id} is connected over ws:// without TLS, so the password would cross the network in clear; serve over wss:// (a TLS certificate) to send it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{cp_id} is connected over ws:// without TLS and did not authenticate (anyone can present its id), so the password would cross the network in clear; serve over wss:// (a TLS certificate) to send it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChargersService</name>
    <message>
        <source>the central system is not running in this console</source>
        <extracomment>More chargers than this seen at once: one query for all instead of one each. The console → charger calls that only read (a viewer may make them); every other call of :class:`Operations` changes something on the charger.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfigSnapshots</name>
    <message>
        <source>a password: never applied from a snapshot; change it on each charger&apos;s Configuration tab, which also updates its station&apos;s password</source>
        <extracomment>why a password key is not applied (marked: ``translate(&quot;ConfigSnapshots&quot;, SECRET_SKIPPED)`` where shown)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text!r} is not a component: a name, optionally [instance] and #EVSE or #EVSE.connector (e.g. OCPPCommCtrlr, EVSE#1, Connector#1.2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text!r} is not a variable: a name, optionally [instance] (e.g. HeartbeatInterval, Power[L1])</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the label is {length} characters long; at most {limit} are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the charger is not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the charger disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the charger&apos;s answer has no result for this variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say which key to change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value is {length} characters long; OCPP allows at most 500</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new password is refused: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{cp_id} is bound to no station, so it has no password to change: accept it first (Commissioning)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{cp_id} is not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the station&apos;s password is unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the station&apos;s password is changed too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{cp_id} does not know this key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read-only on {cp_id}: not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already this value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose at least one charger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a {vendor} {model}: {chargers} — a snapshot is applied to chargers of the same vendor and model only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in snapshot {snapshot}: {keys}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read-only in the snapshot: not sent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirmwareJobs</name>
    <message>
        <source>starting the file server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{cp_id} is not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for the charger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled: the file server was stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file server could not start on {host} port {port}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the charger-facing address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no news from {cp_id} for {duration} (last status: {status})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no news from {cp_id} for {duration}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{cp_id} refused the request: {status} ({why})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{cp_id} refused the request: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the firmware file {path}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{status}: {file} ({size}, signed by {signer}) at {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} ({size}, signed by {signer}) at {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{status}: {file} ({size}) at {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} ({size}) at {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{client} downloaded {size}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{client} downloaded {size} (part)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{cp_id} installed {file}; it restarts now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{cp_id} reported {status}: it could not download the file from this computer (firewall? address?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{cp_id} reported {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reported by the restart: firmware {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{cp_id} restarted with firmware {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the charger will upload {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{cp_id} has no diagnostics to upload (no file name in its answer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{cp_id} reported Uploaded, but no file arrived here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}, {size} by {method} from {client}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{cp_id} reported {status}: it could not upload to this computer (firewall? address?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{cp_id} uploaded its security log: {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{cp_id} uploaded its diagnostics: {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} bytes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocalList</name>
    <message>
        <source>their special access starts {start} ({schedule})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>their special access is limited to {times} ({schedule})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never allowed here: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access depends on the connector: connector {connector} — {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access depends on time: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tag blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tag expired on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tag marked expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user account blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no station has the charge point id &apos;{cp_id}&apos;: bind the charger to a station first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>station {name} is disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>idTag of {length} characters: a 1.6 charger holds at most {limit} (it cannot present this card either)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>special user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registered user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{tag} — {user} (blocked/expired)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OperationForms</name>
    <message>
        <source>The tag is {length} characters long; OCPP {version} allows at most {limit}.</source>
        <extracomment>The longest idTag (1.6) / idToken (2.0.1) each version carries. The messages a TriggerMessage may ask for, per version. The messages a 1.6 ExtendedTriggerMessage may ask for (Security Whitepaper Ed. 3, MessageTriggerEnumType). what a triggered message makes the charger send, where that is another message: a certificate signing request (SignCertificate), an ISO 15118 certificate ChargeDesk does not sign (None: never offered)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a charge with a tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop a running session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the station whether a session still runs and what it has yet to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart the charger (soft or hard)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock connector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release a stuck cable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the charger or a connector in or out of service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty the charger&apos;s authorization cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the charger to send a message now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extended trigger message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask a charger with the 1.6 security extension for a message, its log upload&apos;s state too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A vendor-specific message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send local list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tags that may charge here at any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get local list version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserve now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold a connector for a tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel reservation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set charging profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit the charging power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear charging profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get composite schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The limits the charger will apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get charging profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profiles the charger holds: ours and those a system on site set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OCPP {version} has no message that lists the charging profiles a charger holds (GetChargingProfiles is OCPP 2.0.1). Get composite schedule shows the limits it will apply instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available for this charger: it speaks OCPP {version}, and ChargeDesk sends {action} only to OCPP {versions} chargers so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n period(s)</source>
        <translation>
            <numerusform>%n period</numerusform>
            <numerusform>%n periods</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n profile(s) reported</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the report stopped before its last part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty answer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The station holds transaction messages it has not delivered yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The station has no transaction messages waiting to be delivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The station did not say whether session {session} still runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session {session} is still running on the station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session {session} is not running on the station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>messages about it wait in the station&apos;s queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no message about it waits in the station&apos;s queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one period (start 0 s and a limit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period {n}: the start must be whole seconds from the schedule start (e.g. 0, 3600).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period {n}: the limit must be a number of {unit} (e.g. 16).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period 1 must start at 0 s (the start of the schedule).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period {n}: its start ({start} s) must be after period {previous}&apos;s ({last} s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period {n}: the limit must be more than 0 {unit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period {n}: phases must be 1, 2 or 3 (or empty for the charger&apos;s default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A recurring profile needs a schedule start (the first day it applies).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;Valid to&apos; must be after &apos;valid from&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A TxProfile applies to a running session: choose the session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ChargePointMaxProfile applies to the whole charger: choose connector 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A TxProfile applies to one connector&apos;s session: choose its connector.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SiteBus</name>
    <message>
        <source>{program} on {machine}</source>
        <extracomment>Operations methods a console may have carried out by a host (every public coroutine of Operations). those of them that take the charger&apos;s time to answer (``timeout``)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node {node}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{cp_id} is not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{cp_id} is connected over ws:// without TLS, so the password would cross the network in clear; serve over wss:// (a TLS certificate) to send it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no host</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VirtualFleet</name>
    <message>
        <source>starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the charge point id: 1 to 48 letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;:&apos; or &apos;-&apos; (it is the last part of the URL the charger connects to).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A virtual charger {cp_id} is already running: stop it first or pick another id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OCPP version: one of {versions}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connectors: 1 to 8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario: one of {scenarios}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give at least one driver card (RFID id, up to {limit} characters for OCPP {version}; several separated by commas).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a site first (Settings → Sites): a station belongs to a site.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
