<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>Commissioning</name>
        <message>
            <source>{site} · now {cp_id} (online)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{site} · now {cp_id}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That station no longer exists: choose another one or create a new station.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{station} is in use by charger {cp_id}, which is online: choose a station without a working charger or create a new one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter a name for the new station (e.g. Hall B).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A station name has at most 120 characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A station named '{name}' exists already: choose another name or bind to it instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the site of the new station.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That site no longer exists: choose another one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A 1.6 charger takes a new password over OCPP only when it has {low} to {high} characters (AuthorizationKey), this one has {length}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Password stored. {cp_id} is offline: set the same password on the charger (its web page or app) before it reconnects, or it will be refused.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Password stored, not sent: {why}. Set the same password on {cp_id} (its web page or app) before it reconnects, or it will be refused.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Password stored. {error}: set the same password on {cp_id} (its web page or app) before it reconnects, or it will be refused.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Password stored, but sending it to {cp_id} failed ({error}): set the same password on the charger before it reconnects, or it will be refused.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Password stored and sent to {cp_id} ({status}): it uses it from its next connection.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Password stored; {cp_id} answered {status} to the new password: set the same password on the charger (its web page or app) before it reconnects, or it will be refused.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>security profile 0 (no authentication)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>security profile 1 (HTTP Basic over ws://)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>security profile 2 (HTTP Basic over TLS)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>security profile 3 (TLS client certificate)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Configuration snapshot stored</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Heartbeat and meter value intervals</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Charger clock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Smart charging (load management)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Local authorization list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Test charge</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Heartbeat interval: 10 s to 86400 s (a day).</source>
            <extracomment>a step's detail as stored: the English template (marked with ``QT_TRANSLATE_NOOP("Commissioning", ...)``) and its values, each a plain value or such a detail itself. The result is stored in the audit log and read by any console, whatever its language: the template is translated where it is shown (``shown``), never stored translated (issue 15).</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Meter value interval: 0 (off) to 3600 s.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the technician's tag for the test charge (or switch the test charge off).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An idTag has at most {limit} characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the connector for the test charge.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PASSED</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PASSED with warnings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>FAILED</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n passed</source>
            <translation>
                <numerusform>%n passed</numerusform>
                <numerusform>%n passed</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n with warnings</source>
            <translation>
                <numerusform>%n with warnings</numerusform>
                <numerusform>%n with warnings</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n failed</source>
            <translation>
                <numerusform>%n failed</numerusform>
                <numerusform>%n failed</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n skipped</source>
            <translation>
                <numerusform>%n skipped</numerusform>
                <numerusform>%n skipped</numerusform>
            </translation>
        </message>
        <message>
            <source>{verdict}: {counts}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{cp_id} is not connected: connect it to the LAN and run the checklist again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancelled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} configuration values stored ({readonly} read-only) as snapshot #{id} “{label}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} configuration values stored ({readonly} read-only) as snapshot #{id} “{label}”: the charger reported no configuration</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} configuration values stored ({readonly} read-only) as snapshot #{id} “{label}”; connected with {profile}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} configuration values stored ({readonly} read-only) as snapshot #{id} “{label}”: the charger reported no configuration; connected with {profile}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{key} = {value} s: {answer}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{heartbeat}; {meter}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{heartbeat}; {meter}. The new values apply after the charger's next reboot (Operations → Reset).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{heartbeat}; {meter}. The charger refused a value: check the allowed range in its manual and set it on the Configuration tab.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The charger answered {status} to TriggerMessage StatusNotification: its clock could not be checked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No StatusNotification arrived within 15 s after TriggerMessage: the clock could not be checked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The charger's StatusNotification carries no timestamp: its clock cannot be checked (sessions use the central system's time).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>charger {charger}, ChargeDesk {ours}: difference {skew} s.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>charger {charger}, ChargeDesk {ours}: the charger is {ahead}. It sets its clock from the Heartbeat answers; configure NTP on the charger if it has it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>charger {charger}, ChargeDesk {ours}: the charger is {ahead}: session times and prices by time would be wrong. Set its clock (NTP or its web page).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No charging profile accepted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{why}: load management cannot limit this charger; it always charges at full power, which is reserved on its circuit.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>; GetCompositeSchedule shows the limit in force</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>; GetCompositeSchedule could not confirm it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>; TxProfile taken for accepted (no transaction ran to try it)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{capabilities}{extra}; it holds only {held} charging profile (MaxChargingProfilesInstalled): a limit replaces its fail-safe, which is not kept while the central system is away.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{capabilities}{extra}. Load management can limit this charger.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> (up to {entries} tags, {per_message} per message)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> (up to {entries} tags)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> ({per_message} per message)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Local list supported and enabled{size}: owners and always-allowed users can charge while the charger is offline.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Local list supported{size} but disabled (LocalAuthListEnabled = false): enable it on the Configuration tab before sending a list.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No local authorization list: while the charger is offline only its authorization cache (if any) decides.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Test charge switched off.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>RemoteStart on connector {connector} with tag {tag}…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>RemoteStart on connector {connector}: the charger answered {status} (is the connector available and a vehicle plugged in?).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no transaction started on connector {connector}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>RemoteStart accepted, but {what} within {seconds} s: is a vehicle (or an EV simulator) plugged in?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Transaction {transaction} started but tag {tag} was refused ({status}): {reason}. Choose a tag that may charge at this station.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Transaction {transaction} started ({user}); waiting for Charging and meter values…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the connector did not report Charging</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no meter values arrived</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Transaction {transaction}: {what} within {seconds} s (statuses seen: {statuses}). Stopped remotely.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>none</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>RemoteStop of transaction {transaction}: the charger answered {status}. Stop the charge on the charger.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the transaction was not stopped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>RemoteStop accepted, but {what} within {seconds} s.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no power value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>energy not reported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Connector {connector}: {statuses}; transaction {transaction} with {user}, {power}, {energy}, stopped ({reason}). TxProfile on the transaction: {tx_profile}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Connector {connector}: {statuses}; transaction {transaction} with {user}, {power}, {energy}, stopped ({reason}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{seconds} s ahead</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{seconds} s behind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The charger answered with an error: {error}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CommissioningReport</name>
        <message>
            <source>Pass</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Warning</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Skipped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not run</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Running</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Charge point id</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Station</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Site</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vendor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Model</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Serial number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Firmware</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>OCPP version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>IP address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Checklist started</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Checklist finished</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Heartbeat interval</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Meter value interval</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Test charge</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>connector {connector}, tag {tag}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>off</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Commissioning report {cpid}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Commissioning report — {station}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Charge point &lt;b&gt;{cpid}&lt;/b&gt;, {when}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Generated by ChargeDesk. Stored in the audit log as entry {entry}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Charger</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Checklist settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Checklist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Result</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Technician, date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Operator, date</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Statement</name>
        <message>
            <source>{hours} h {minutes} min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{minutes} min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Charging statement {period} — {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Charging statement {period}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Company: &lt;b&gt;{company}&lt;/b&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cost centre: &lt;b&gt;{cost_centre}&lt;/b&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Period: &lt;b&gt;{first} – {last}&lt;/b&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No charging sessions in {period}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dates and times are the local time of each site; a session belongs to the day it started.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sessions still running when the statement was made are not included.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n session(s) without a price (listed but not in the totals).</source>
            <translation>
                <numerusform>%n session without a price (listed but not in the totals).</numerusform>
                <numerusform>%n sessions without a price (listed but not in the totals).</numerusform>
            </translation>
        </message>
        <message>
            <source>Time zone: {zones}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time zones: {zones}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Made on {when} UTC by ChargeDesk.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date</source>
            <extracomment>the sessions table's columns (the keys say which are numbers)</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Site</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Station</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Conn.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>kWh</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Duration</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tariff</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Price</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not priced</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Totals</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sessions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Net</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>VAT</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Total</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
