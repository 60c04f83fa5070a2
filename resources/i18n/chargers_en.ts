<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AcceptDialog</name>
    <message>
        <location filename="../../app/views/chargers/commissioning.py" line="78"/>
        <source>Accept charger {cp_id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/commissioning.py" line="86"/>
        <source>&lt;b&gt;{cp_id}&lt;/b&gt; will be accepted: its BootNotification is answered Accepted and its sessions are recorded at the station you choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/commissioning.py" line="95"/>
        <source>Create a new station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/commissioning.py" line="96"/>
        <source>Bind to an existing station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/commissioning.py" line="108"/>
        <source>The station&apos;s name as the console shows it (e.g. Hall B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/commissioning.py" line="115"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/commissioning.py" line="117"/>
        <source>Site:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/commissioning.py" line="122"/>
        <source>none yet (created when they report)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/commissioning.py" line="125"/>
        <source>Connectors:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/commissioning.py" line="126"/>
        <source>{conn} — from its StatusNotifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/commissioning.py" line="139"/>
        <source>The station takes this charger&apos;s charge point id; its rules and history stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/commissioning.py" line="144"/>
        <source>Station:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/commissioning.py" line="149"/>
        <source>There is no station yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/commissioning.py" line="151"/>
        <source>Charger password (HTTP Basic, security profile 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/commissioning.py" line="156"/>
        <source>leave empty: the charger connects without a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/commissioning.py" line="159"/>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/commissioning.py" line="160"/>
        <source>Generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/commissioning.py" line="161"/>
        <source>A random 20-character password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/commissioning.py" line="167"/>
        <location filename="../../app/views/chargers/commissioning.py" line="209"/>
        <source>Stored hashed. From its next connection the charger must send this password; ChargeDesk sends it to the charger if it can, else set it on the charger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/commissioning.py" line="182"/>
        <source>Accept charger</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddVirtualChargerDialog</name>
    <message>
        <location filename="../../app/views/chargers/virtual.py" line="47"/>
        <source>Waits for a card or a remote start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/virtual.py" line="48"/>
        <source>Vehicles come, charge and leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/virtual.py" line="49"/>
        <source>Vehicles, faults and idle times mixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/virtual.py" line="71"/>
        <source>Virtual chargers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/virtual.py" line="75"/>
        <source>Add a virtual charger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/virtual.py" line="79"/>
        <source>The charge point id: the last part of the URL the charger connects to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/virtual.py" line="96"/>
        <source>How fast simulated time runs: at 60× a one-hour charge takes a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/virtual.py" line="104"/>
        <source>The RFID cards of the drivers, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/virtual.py" line="108"/>
        <source>only if the station has one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/virtual.py" line="110"/>
        <source>Create a station for it (ready to charge)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/virtual.py" line="114"/>
        <source>Unticked, the charger connects as an unknown charger: with the Pending policy it appears under Chargers → New chargers, to practise commissioning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/virtual.py" line="119"/>
        <source>Charge point id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/virtual.py" line="120"/>
        <source>OCPP version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/virtual.py" line="121"/>
        <location filename="../../app/views/chargers/virtual.py" line="143"/>
        <source>Connectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/virtual.py" line="122"/>
        <source>Vehicles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/virtual.py" line="123"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/virtual.py" line="124"/>
        <source>Driver cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/virtual.py" line="125"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/virtual.py" line="130"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/virtual.py" line="136"/>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/virtual.py" line="141"/>
        <source>Charger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/virtual.py" line="142"/>
        <source>OCPP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/virtual.py" line="144"/>
        <source>Last event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/virtual.py" line="159"/>
        <source>The card the driver presents (pick one of the charger&apos;s or type any id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/virtual.py" line="166"/>
        <source>Present card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/virtual.py" line="168"/>
        <source>A driver holds the card to the reader: a charge starts on the connector, or the charge started with this card ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/virtual.py" line="174"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/virtual.py" line="176"/>
        <source>Running charges are stopped properly, then the charger disconnects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/virtual.py" line="183"/>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/virtual.py" line="233"/>
        <source>The central system is not running: see the status bar for why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/virtual.py" line="251"/>
        <source>Could not start {cp_id}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/virtual.py" line="263"/>
        <source>{cp_id} started with a new station.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/virtual.py" line="265"/>
        <source>{cp_id} started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/virtual.py" line="286"/>
        <source>stopped: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/virtual.py" line="287"/>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/virtual.py" line="309"/>
        <source>any free connector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/virtual.py" line="311"/>
        <source>connector {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/virtual.py" line="317"/>
        <source>Pick a running charger and a card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/virtual.py" line="321"/>
        <source>{cp_id} is stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/virtual.py" line="326"/>
        <source>Card {tag} presented at {cp_id}: a vehicle is plugged in and the card is being authorised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/virtual.py" line="330"/>
        <source>Card {tag} presented at {cp_id}: the charge started with it ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/virtual.py" line="333"/>
        <source>No free connector at {cp_id} for card {tag}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/virtual.py" line="342"/>
        <source>Stopping {cp_id}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/virtual.py" line="346"/>
        <source>{cp_id} stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApplySnapshotDialog</name>
    <message>
        <location filename="../../app/views/chargers/config/snapshots.py" line="593"/>
        <source>Apply snapshot of {charge_point_id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/snapshots.py" line="602"/>
        <source>Send the values of &lt;b&gt;{cp_id}&lt;/b&gt;&apos;s snapshot {when} to chargers of the same model (&lt;b&gt;{vendor} {model}&lt;/b&gt;). Read-only keys are never sent; keys that already have the value are left alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/snapshots.py" line="614"/>
        <source>{keys}: skipped, {why}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/snapshots.py" line="625"/>
        <source>{cp_id}  —  {station}, firmware {firmware}, {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/snapshots.py" line="629"/>
        <source>no station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/snapshots.py" line="631"/>
        <source>online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/snapshots.py" line="633"/>
        <source>offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/snapshots.py" line="636"/>
        <source>{charger}  (source)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/snapshots.py" line="643"/>
        <source>The snapshot&apos;s own charger: applying restores the snapshot&apos;s values on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/snapshots.py" line="651"/>
        <source>Offline: its keys will be reported &apos;offline&apos;, nothing is sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/snapshots.py" line="658"/>
        <source>No other charger of this model is known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/snapshots.py" line="669"/>
        <source>{key} = {shown_value} — skipped: a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/snapshots.py" line="677"/>
        <source>Skipped: {why}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/snapshots.py" line="682"/>
        <source>Read-only: not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/snapshots.py" line="688"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/snapshots.py" line="690"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/snapshots.py" line="693"/>
        <source>Chargers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/snapshots.py" line="696"/>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/snapshots.py" line="718"/>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/snapshots.py" line="721"/>
        <source>Send the checked keys to the checked chargers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/snapshots.py" line="761"/>
        <source>Check at least one charger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/snapshots.py" line="764"/>
        <source>Check at least one key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/snapshots.py" line="768"/>
        <source>{keys} to {chargers}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/snapshots.py" line="789"/>
        <source>Sending to {items}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/snapshots.py" line="799"/>
        <source>Nothing sent: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/snapshots.py" line="814"/>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/snapshots.py" line="855"/>
        <source>Reboot needed on {chargers} for some values to take effect.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AvailabilityForm</name>
    <message>
        <location filename="../../app/views/chargers/operations/control.py" line="118"/>
        <source>Whole charger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/control.py" line="120"/>
        <source>Operative (in service)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/control.py" line="121"/>
        <source>Inoperative (out of service)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/control.py" line="122"/>
        <source>Applies to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/control.py" line="123"/>
        <source>Availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/control.py" line="124"/>
        <source>Change availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/control.py" line="134"/>
        <source>whole charger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/control.py" line="136"/>
        <source>connector {connector}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CancelReservationForm</name>
    <message>
        <location filename="../../app/views/chargers/operations/reservations.py" line="107"/>
        <source>The id of the reservation (the last one made here is filled in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/reservations.py" line="111"/>
        <source>Reservation id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/reservations.py" line="112"/>
        <source>Cancel reservation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChargerConfig</name>
    <message>
        <location filename="../../app/views/chargers/config/common.py" line="63"/>
        <source>RebootRequired — used after a reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/common.py" line="64"/>
        <source>Rejected by the charger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/common.py" line="66"/>
        <source>no answer (timeout)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/common.py" line="67"/>
        <source>offline — not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/common.py" line="68"/>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/common.py" line="69"/>
        <source>read-only — not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/common.py" line="70"/>
        <source>already this value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/common.py" line="71"/>
        <source>skipped — a password is never applied from a snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/common.py" line="72"/>
        <source>sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/common.py" line="122"/>
        <source>the charger is not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/common.py" line="124"/>
        <source>the charger did not answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/common.py" line="134"/>
        <source>Unexpected error: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChargerConfigTab</name>
    <message>
        <location filename="../../app/views/chargers/config/keys.py" line="258"/>
        <source>Select a charger to see its configuration keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/keys.py" line="264"/>
        <source>Search keys and values…  (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/keys.py" line="267"/>
        <source>Shows only the keys whose name or value contains this text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/keys.py" line="270"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/keys.py" line="272"/>
        <source>Read every key from the charger again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/keys.py" line="295"/>
        <source>Reset now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/keys.py" line="297"/>
        <source>Send a soft Reset: the charger restarts when no charge is running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/keys.py" line="300"/>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/keys.py" line="338"/>
        <source>Change the selected key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/keys.py" line="344"/>
        <location filename="../../app/views/chargers/config/keys.py" line="624"/>
        <source>new value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/keys.py" line="347"/>
        <source>Send to charger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/keys.py" line="349"/>
        <source>ChangeConfiguration (1.6) / SetVariables (2.0.1) with this value (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/keys.py" line="362"/>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/keys.py" line="363"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/keys.py" line="369"/>
        <source>Key names, comma-separated (e.g. LocalAuthListEnabled, VendorKey)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/keys.py" line="372"/>
        <source>GetConfiguration with these keys: found ones are added to the table, unknown ones are listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/keys.py" line="378"/>
        <source>Ask charger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/keys.py" line="385"/>
        <source>Ask for keys:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/keys.py" line="425"/>
        <source>Configuration of {cp_id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/keys.py" line="466"/>
        <source>{cp_id} is offline: keys cannot be read or changed until it connects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/keys.py" line="478"/>
        <source>{cp_id} is offline and no snapshot of its configuration is stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/keys.py" line="486"/>
        <source>{cp_id} is offline: showing the snapshot of {taken_at} ({key_count} keys). Nothing can be changed until it connects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/keys.py" line="501"/>
        <source>Reading the configuration of {cp_id}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/keys.py" line="510"/>
        <source>Could not read the configuration: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/keys.py" line="545"/>
        <source>Type one or more key names, separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/keys.py" line="562"/>
        <source>Could not ask {cp_id}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/keys.py" line="576"/>
        <source>Unknown to {cp_id}: {items}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/keys.py" line="586"/>
        <source>Found: {found}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/keys.py" line="588"/>
        <source>None of these keys is known to the charger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/keys.py" line="622"/>
        <source>new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/keys.py" line="640"/>
        <source>Select a key in the table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/keys.py" line="643"/>
        <location filename="../../app/views/chargers/config/keys.py" line="679"/>
        <source>{key} is read-only: the charger does not allow changing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/keys.py" line="648"/>
        <source>The charger is offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/keys.py" line="650"/>
        <source>Waiting for the charger&apos;s answer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/keys.py" line="653"/>
        <source>{key} is the charger&apos;s password. Enter sends the new one; when the charger accepts it, it also becomes the station&apos;s password, so the charger is let in on its next connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/keys.py" line="660"/>
        <source>Enter sends the value; the charger&apos;s answer appears on the key&apos;s row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/keys.py" line="688"/>
        <source>The value is {count} characters long; OCPP allows at most {max}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/keys.py" line="702"/>
        <source>Sending {key} = {shown} to {cp_id}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/keys.py" line="723"/>
        <source>{key} not changed: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/keys.py" line="727"/>
        <source>{cp_id} answered {status} to {key} = {value}. ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/keys.py" line="731"/>
        <source>{cp_id} answered {status} to {key} = {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/keys.py" line="745"/>
        <source>{keys}: the charger uses the new value after a reboot. Reset now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/keys.py" line="765"/>
        <source>Reset not sent: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/keys.py" line="778"/>
        <source>{cp_id} accepted the Reset: it restarts and uses the new values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/keys.py" line="787"/>
        <source>{cp_id} answered {status} to the Reset.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChargerEvents</name>
    <message>
        <location filename="../../app/views/chargers/overview.py" line="72"/>
        <source>connected (OCPP {version}, TLS) from {ip}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/overview.py" line="74"/>
        <source>connected (OCPP {version}) from {ip}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/overview.py" line="80"/>
        <source>code {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/overview.py" line="82"/>
        <source>disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/overview.py" line="83"/>
        <source>disconnected: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/overview.py" line="86"/>
        <source>booted: {vendor} {model}, firmware {firmware} — answered {registration}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/overview.py" line="103"/>
        <source>charger: {status}{error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/overview.py" line="105"/>
        <source>connector {connector}: {status}{error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/overview.py" line="112"/>
        <source>firmware: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/overview.py" line="115"/>
        <source>diagnostics: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/overview.py" line="118"/>
        <source>security event: {event} ({info})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/overview.py" line="120"/>
        <source>security event: {event}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/overview.py" line="130"/>
        <source>card {tag}{who} refused: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/overview.py" line="135"/>
        <source>card {tag}{who} accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/overview.py" line="137"/>
        <source>connector {connector}: session {transaction} started by {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/overview.py" line="141"/>
        <source>no reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/overview.py" line="143"/>
        <source>connector {connector}: session {transaction} stopped ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/overview.py" line="147"/>
        <source>connector {connector}: session {transaction} stopped ({reason}, {kwh} kWh)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChargerOperations</name>
    <message>
        <location filename="../../app/views/chargers/operations/common.py" line="150"/>
        <source>Connector {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/common.py" line="163"/>
        <source>Pick a user&apos;s tag or type one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/common.py" line="165"/>
        <source>The idTag the charger uses: pick a user&apos;s tag or type one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/common.py" line="194"/>
        <source>Connector {connector} · {tag}{who} · since {since} · session {session}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChargerOperationsTab</name>
    <message>
        <location filename="../../app/views/chargers/operations/tab.py" line="87"/>
        <source>Transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/tab.py" line="88"/>
        <source>Charger control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/tab.py" line="89"/>
        <source>Local list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/tab.py" line="90"/>
        <source>Reservations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/tab.py" line="91"/>
        <source>Smart charging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/tab.py" line="105"/>
        <location filename="../../app/views/chargers/operations/tab.py" line="475"/>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/tab.py" line="191"/>
        <source>Select a charger on the left to send it operations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/tab.py" line="236"/>
        <source>&lt;b&gt;Results&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/tab.py" line="238"/>
        <source>Clear results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/tab.py" line="239"/>
        <source>Empty this charger&apos;s results list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/tab.py" line="247"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/tab.py" line="248"/>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/tab.py" line="249"/>
        <source>Charger&apos;s answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/tab.py" line="250"/>
        <source>Latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/tab.py" line="266"/>
        <source>Select a result to see the request and the charger&apos;s full answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/tab.py" line="330"/>
        <source>Could not load {cp_id} from the database: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/tab.py" line="382"/>
        <source>● offline — operations will report that it is offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/tab.py" line="387"/>
        <source>no station bound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/tab.py" line="390"/>
        <source>&lt;b&gt;{cp_id}&lt;/b&gt; · {station} · OCPP {version} · {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/tab.py" line="438"/>
        <source>Could not load the running sessions: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/tab.py" line="496"/>
        <source>{cp_id} is not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/tab.py" line="500"/>
        <source>Offline — {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/tab.py" line="504"/>
        <source>Timeout — {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/tab.py" line="515"/>
        <source>Not supported — {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/tab.py" line="518"/>
        <source>Not sent, invalid request — {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/tab.py" line="523"/>
        <source>Invalid answer — {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/tab.py" line="526"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/tab.py" line="529"/>
        <source>Error — {kind}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/tab.py" line="582"/>
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
        <location filename="../../app/views/chargers/overview.py" line="48"/>
        <source>Connector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/overview.py" line="49"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/overview.py" line="50"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/overview.py" line="51"/>
        <source>Power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/overview.py" line="52"/>
        <source>Energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/overview.py" line="53"/>
        <source>Transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/overview.py" line="54"/>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/overview.py" line="169"/>
        <source>Select a charger on the left to see who it is and its connectors live.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/overview.py" line="180"/>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/overview.py" line="191"/>
        <source>Charge point id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/overview.py" line="192"/>
        <source>Registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/overview.py" line="193"/>
        <source>Station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/overview.py" line="194"/>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/overview.py" line="195"/>
        <source>IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/overview.py" line="196"/>
        <source>OCPP version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/overview.py" line="197"/>
        <source>Charger status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/overview.py" line="203"/>
        <source>Vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/overview.py" line="204"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/overview.py" line="205"/>
        <source>Serial number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/overview.py" line="206"/>
        <source>Firmware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/overview.py" line="207"/>
        <source>First seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/overview.py" line="208"/>
        <source>Last seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/overview.py" line="209"/>
        <source>Last boot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/overview.py" line="218"/>
        <source>{label}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/overview.py" line="229"/>
        <source>Connectors (live)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/overview.py" line="245"/>
        <source>Recent events of this charger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/overview.py" line="249"/>
        <source>What this charger did since the console started, newest first: connections, boots, status changes, cards and sessions (the Log page has every message)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/overview.py" line="339"/>
        <source>Nothing yet since the console started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/overview.py" line="382"/>
        <source>{registration} (its charger never connected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/overview.py" line="387"/>
        <source>New — waiting for an operator (Pending)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/overview.py" line="392"/>
        <source>not bound to a station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/overview.py" line="396"/>
        <source>online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/overview.py" line="398"/>
        <source>offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/overview.py" line="412"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/overview.py" line="416"/>
        <source>now (connected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/overview.py" line="441"/>
        <source>No connector has reported yet: they appear with the charger&apos;s first StatusNotification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/overview.py" line="460"/>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/overview.py" line="514"/>
        <source>{transaction} (stopped)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChargerPlurals</name>
    <message numerus="yes">
        <location filename="../../app/views/chargers/config/keys.py" line="525"/>
        <source>%n keys ({ro} read-only) read from {cp_id} (OCPP {ocpp_version}) at {read_at}.</source>
        <translation>
            <numerusform>%n key ({ro} read-only) read from {cp_id} (OCPP {ocpp_version}) at {read_at}.</numerusform>
            <numerusform>%n keys ({ro} read-only) read from {cp_id} (OCPP {ocpp_version}) at {read_at}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/chargers/config/snapshots.py" line="336"/>
        <source>Snapshot of %n key(s) stored ({snapshot}).</source>
        <translation>
            <numerusform>Snapshot of %n key stored ({snapshot}).</numerusform>
            <numerusform>Snapshot of %n keys stored ({snapshot}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/chargers/config/snapshots.py" line="356"/>
        <source>Delete %n snapshot(s) of {cp_id}? The charger is not touched.</source>
        <translation>
            <numerusform>Delete %n snapshot of {cp_id}? The charger is not touched.</numerusform>
            <numerusform>Delete %n snapshots of {cp_id}? The charger is not touched.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/chargers/config/snapshots.py" line="386"/>
        <source>Deleted %n snapshot(s).</source>
        <translation>
            <numerusform>Deleted %n snapshot.</numerusform>
            <numerusform>Deleted %n snapshots.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/chargers/config/snapshots.py" line="461"/>
        <source>%n key(s) ({ro} read-only), {vendor} {model}, firmware {firmware}. Ctrl+click a second snapshot to compare.</source>
        <translation>
            <numerusform>%n key ({ro} read-only), {vendor} {model}, firmware {firmware}. Ctrl+click a second snapshot to compare.</numerusform>
            <numerusform>%n keys ({ro} read-only), {vendor} {model}, firmware {firmware}. Ctrl+click a second snapshot to compare.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/chargers/config/snapshots.py" line="769"/>
        <source>%n key(s)</source>
        <translation>
            <numerusform>%n key</numerusform>
            <numerusform>%n keys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/chargers/config/snapshots.py" line="770"/>
        <source>%n charger(s)</source>
        <translation>
            <numerusform>%n charger</numerusform>
            <numerusform>%n chargers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/chargers/config/snapshots.py" line="844"/>
        <source>Done: %n charger ({tally}).</source>
        <translation>
            <numerusform>Done: %n charger ({tally}).</numerusform>
            <numerusform>Done: %n chargers ({tally}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/chargers/config/snapshots.py" line="848"/>
        <source>%n key(s) not applied (see the table; hover for details).</source>
        <translation>
            <numerusform>%n key not applied (see the table; hover for details).</numerusform>
            <numerusform>%n keys not applied (see the table; hover for details).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/chargers/operations/control.py" line="61"/>
        <source>Hard reset {cp_id}? It reboots now and stops the %n running session(s).</source>
        <translation>
            <numerusform>Hard reset {cp_id}? It reboots now and stops the %n running session.</numerusform>
            <numerusform>Hard reset {cp_id}? It reboots now and stops the %n running sessions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/chargers/operations/control.py" line="69"/>
        <source>Soft reset {cp_id}? It restarts when idle (%n session(s) running).</source>
        <translation>
            <numerusform>Soft reset {cp_id}? It restarts when idle (%n session running).</numerusform>
            <numerusform>Soft reset {cp_id}? It restarts when idle (%n sessions running).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/chargers/operations/local_list.py" line="99"/>
        <source>{update}, version {version}, %n tag(s) ({left_out} left out)</source>
        <translation>
            <numerusform>{update}, version {version}, %n tag ({left_out} left out)</numerusform>
            <numerusform>{update}, version {version}, %n tags ({left_out} left out)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/chargers/operations/local_list.py" line="183"/>
        <source>&lt;b&gt;%n&lt;/b&gt; tag(s) may charge at {station} at any time and will be sent as list version {version} ({update_type}: {what}).</source>
        <translation>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; tag may charge at {station} at any time and will be sent as list version {version} ({update_type}: {what}).</numerusform>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; tags may charge at {station} at any time and will be sent as list version {version} ({update_type}: {what}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/chargers/operations/local_list.py" line="239"/>
        <source>%n other tag(s) are not listed: they may never charge here or belong to nobody.</source>
        <translation>
            <numerusform>%n other tag is not listed: it may never charge here or belongs to nobody.</numerusform>
            <numerusform>%n other tags are not listed: they may never charge here or belong to nobody.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/chargers/operations/smart_charging.py" line="448"/>
        <source>%n period(s) over {duration} s in {unit}</source>
        <translation>
            <numerusform>%n period over {duration} s in {unit}</numerusform>
            <numerusform>%n periods over {duration} s in {unit}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/chargers/page.py" line="338"/>
        <source>%n chargers, {online} online</source>
        <translation>
            <numerusform>%n charger, {online} online</numerusform>
            <numerusform>%n chargers, {online} online</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChargerSnapshotsTab</name>
    <message>
        <location filename="../../app/views/chargers/config/snapshots.py" line="69"/>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/snapshots.py" line="70"/>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/snapshots.py" line="71"/>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/snapshots.py" line="76"/>
        <source>{changed} changed, {added} added, {removed} removed, {unchanged} unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/snapshots.py" line="81"/>
        <source>{summary} — the same configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/snapshots.py" line="105"/>
        <source>Select a charger to see the snapshots of its configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/snapshots.py" line="110"/>
        <source>Label (optional), e.g. before firmware 2.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/snapshots.py" line="114"/>
        <source>Take snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/snapshots.py" line="116"/>
        <location filename="../../app/views/chargers/config/snapshots.py" line="284"/>
        <source>Read every key from the charger now and store it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/snapshots.py" line="126"/>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/snapshots.py" line="127"/>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/snapshots.py" line="128"/>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/snapshots.py" line="129"/>
        <source>Firmware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/snapshots.py" line="138"/>
        <source>Select one snapshot to see its keys, two (Ctrl+click) to compare them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/snapshots.py" line="149"/>
        <source>Apply to chargers of the same model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/snapshots.py" line="152"/>
        <source>Send the selected snapshot&apos;s values to other chargers of the same vendor and model (you choose the chargers and keys)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/snapshots.py" line="158"/>
        <location filename="../../app/views/chargers/config/snapshots.py" line="363"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/snapshots.py" line="160"/>
        <source>Delete the selected snapshots (the chargers are not touched)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/snapshots.py" line="169"/>
        <source>Snapshots, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/snapshots.py" line="177"/>
        <source>Only differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/snapshots.py" line="180"/>
        <source>Hide the keys that are the same in both snapshots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/snapshots.py" line="253"/>
        <source>, taken by {actor}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/snapshots.py" line="286"/>
        <source>The charger is offline: a snapshot needs it connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/snapshots.py" line="311"/>
        <source>Reading the configuration of {cp_id}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/snapshots.py" line="322"/>
        <source>No snapshot taken: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/snapshots.py" line="353"/>
        <source>Delete snapshots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/snapshots.py" line="379"/>
        <source>Not deleted: {error}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/snapshots.py" line="398"/>
        <source>Send this snapshot&apos;s values to chargers of the same vendor and model (you choose the chargers and keys)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/snapshots.py" line="403"/>
        <source>Select one snapshot to apply its values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/snapshots.py" line="413"/>
        <source>No snapshot yet: take one above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/snapshots.py" line="415"/>
        <source>Select a snapshot to see its keys, or two to compare them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/snapshots.py" line="432"/>
        <source>Select at most two snapshots to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/snapshots.py" line="438"/>
        <location filename="../../app/views/chargers/config/snapshots.py" line="570"/>
        <source>{error}. The list was refreshed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/snapshots.py" line="454"/>
        <source>Snapshot {snapshot_title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/snapshots.py" line="473"/>
        <location filename="../../app/views/chargers/config/snapshots.py" line="510"/>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/snapshots.py" line="474"/>
        <source>Access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/snapshots.py" line="475"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/snapshots.py" line="488"/>
        <source>read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/snapshots.py" line="490"/>
        <source>read-write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/snapshots.py" line="503"/>
        <source>Before: {before}  →  After: {after}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/snapshots.py" line="511"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/snapshots.py" line="512"/>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/snapshots.py" line="513"/>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/snapshots.py" line="535"/>
        <source>(not reported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/snapshots.py" line="537"/>
        <source>{value}  [read-only]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChargersPage</name>
    <message>
        <location filename="../../app/views/chargers/page.py" line="53"/>
        <source>New chargers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/page.py" line="54"/>
        <source>Chargers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/page.py" line="55"/>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/page.py" line="58"/>
        <source>Charger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/page.py" line="59"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/page.py" line="60"/>
        <source>Station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/page.py" line="61"/>
        <source>Vendor / model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/page.py" line="117"/>
        <source>Learn card…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/page.py" line="119"/>
        <source>Tap an unknown RFID card on a charger and give it to a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/page.py" line="121"/>
        <source>Add virtual charger…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/page.py" line="123"/>
        <source>Start a simulated charger in this console (demos, training)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/page.py" line="130"/>
        <source>Filter: id, station, vendor, model, IP…  (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/page.py" line="165"/>
        <location filename="../../app/views/chargers/page.py" line="363"/>
        <source>No charger selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/page.py" line="179"/>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/page.py" line="180"/>
        <source>Commissioning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/page.py" line="181"/>
        <source>Configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/page.py" line="182"/>
        <source>Snapshots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/page.py" line="183"/>
        <source>Operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/page.py" line="184"/>
        <source>Firmware &amp;&amp; diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/page.py" line="281"/>
        <source>{cp_id}  NEW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/page.py" line="291"/>
        <source>not bound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/page.py" line="296"/>
        <source>IP {ip}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/page.py" line="297"/>
        <source>serial {serial}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/page.py" line="300"/>
        <source>firmware {firmware}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/page.py" line="310"/>
        <source>never connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/page.py" line="312"/>
        <source>● online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/page.py" line="312"/>
        <source>○ offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/page.py" line="365"/>
        <source>Choose a charger on the left. New chargers waiting for acceptance are listed first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/page.py" line="378"/>
        <source>new: accept it on the Commissioning tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/page.py" line="424"/>
        <source>online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/page.py" line="426"/>
        <source>offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/page.py" line="478"/>
        <source>Could not read the chargers seen: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClearCacheForm</name>
    <message>
        <location filename="../../app/views/chargers/operations/control.py" line="147"/>
        <source>The charger forgets the tags it authorized before and asks again next time (the local list is not affected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/control.py" line="154"/>
        <source>Clear cache</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClearProfileForm</name>
    <message>
        <location filename="../../app/views/chargers/operations/smart_charging.py" line="282"/>
        <source>By profile id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/smart_charging.py" line="284"/>
        <source>By criteria (every profile that matches)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/smart_charging.py" line="293"/>
        <source>0 — whole charger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/smart_charging.py" line="294"/>
        <source>Any connector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/smart_charging.py" line="297"/>
        <source>Any purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/smart_charging.py" line="303"/>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/smart_charging.py" line="305"/>
        <source>Profile id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/smart_charging.py" line="307"/>
        <source>Connector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/smart_charging.py" line="308"/>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/smart_charging.py" line="309"/>
        <source>Stack level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/smart_charging.py" line="310"/>
        <source>Clear profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/smart_charging.py" line="328"/>
        <source>profile #{pid}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/smart_charging.py" line="338"/>
        <source>connector {connector}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/smart_charging.py" line="342"/>
        <source>stack {stack}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/smart_charging.py" line="349"/>
        <source>every profile</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommissioningTab</name>
    <message>
        <location filename="../../app/views/chargers/commissioning.py" line="268"/>
        <source>Select a charger on the left to accept it, refuse it or run its commissioning checklist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/commissioning.py" line="282"/>
        <source>Registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/commissioning.py" line="287"/>
        <source>Accept…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/commissioning.py" line="289"/>
        <source>Bind this charger to a station (or create one) and set its password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/commissioning.py" line="293"/>
        <location filename="../../app/views/chargers/commissioning.py" line="604"/>
        <source>Refuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/commissioning.py" line="295"/>
        <source>Its BootNotifications are answered Rejected from now on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/commissioning.py" line="306"/>
        <location filename="../../app/views/chargers/commissioning.py" line="523"/>
        <source>Commissioning checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/commissioning.py" line="314"/>
        <source>HeartbeatInterval to set (recommended {seconds} s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/commissioning.py" line="323"/>
        <source>MeterValueSampleInterval to set (recommended {seconds} s; 0 switches periodic meter values off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/commissioning.py" line="328"/>
        <source>Test charge on connector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/commissioning.py" line="331"/>
        <source>RemoteStart with the technician&apos;s tag, watch status and meter values, RemoteStop. A vehicle (or an EV simulator) must be plugged in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/commissioning.py" line="337"/>
        <source>The connector of the test charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/commissioning.py" line="342"/>
        <source>The technician&apos;s tag: it must be allowed to charge at this station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/commissioning.py" line="348"/>
        <source>technician&apos;s tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/commissioning.py" line="349"/>
        <source>Heartbeat interval:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/commissioning.py" line="351"/>
        <source>Meter values every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/commissioning.py" line="355"/>
        <source>with tag:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/commissioning.py" line="365"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/commissioning.py" line="366"/>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/commissioning.py" line="367"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/commissioning.py" line="385"/>
        <source>Run checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/commissioning.py" line="387"/>
        <source>Run every step now (again, for a charger accepted earlier)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/commissioning.py" line="389"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/commissioning.py" line="391"/>
        <source>Export report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/commissioning.py" line="393"/>
        <source>Save the last result as a printable HTML or PDF commissioning report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/commissioning.py" line="453"/>
        <source>No active tag of an active user yet: add one on the Users page (or learn a card) or type the tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/commissioning.py" line="476"/>
        <source>{cp_id} is not known (yet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/commissioning.py" line="480"/>
        <source>&lt;b&gt;New charger.&lt;/b&gt; {cp_id} ({vendor}) connected from {ip} and waits for an operator. Accept it to bind it to a station; refuse it to keep it out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/commissioning.py" line="485"/>
        <source>vendor unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/commissioning.py" line="491"/>
        <source>&lt;b&gt;Refused.&lt;/b&gt; {cp_id} hears Rejected when it boots. You can still accept it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/commissioning.py" line="498"/>
        <source>{cp_id}: {registration}, not bound to a station.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/commissioning.py" line="504"/>
        <source>&lt;b&gt;Accepted&lt;/b&gt;, bound to station &lt;b&gt;{station_name}&lt;/b&gt; ({site_name}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/commissioning.py" line="525"/>
        <source>Commissioning checklist — accept the charger first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/commissioning.py" line="529"/>
        <source>Run every step now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/commissioning.py" line="531"/>
        <source>The charger is offline: every step will say so</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/commissioning.py" line="560"/>
        <source>{cp_id} was not accepted: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/commissioning.py" line="568"/>
        <source>{cp_id} accepted and bound to station {station}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/commissioning.py" line="580"/>
        <source>The checklist runs as soon as it has booted as Accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/commissioning.py" line="596"/>
        <source>Refuse charger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/commissioning.py" line="598"/>
        <source>Refuse {cp_id}? Its BootNotifications are answered Rejected from now on; you can accept it later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/commissioning.py" line="613"/>
        <source>{cp_id} could not be refused: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/commissioning.py" line="619"/>
        <source>{cp_id} refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/commissioning.py" line="636"/>
        <source>The charger did not boot again within 30 s after it was accepted: run the checklist when it is back (Run checklist).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/commissioning.py" line="682"/>
        <source>Running the checklist on {cp_id}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/commissioning.py" line="695"/>
        <source>Checklist cancelled (a test charge in progress was not stopped: stop it on the Operations tab).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/commissioning.py" line="704"/>
        <source>The checklist could not run: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/commissioning.py" line="745"/>
        <source>The checklist has not run for this charger yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/commissioning.py" line="755"/>
        <source>{verdict} — run {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/commissioning.py" line="769"/>
        <source>Export commissioning report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/commissioning.py" line="775"/>
        <source>HTML report (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/commissioning.py" line="803"/>
        <source>The report could not be written to {path}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/commissioning.py" line="809"/>
        <source>Commissioning report saved to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/commissioning.py" line="830"/>
        <source>Commissioning report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/commissioning.py" line="837"/>
        <source>Qt could not write {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompositeForm</name>
    <message>
        <location filename="../../app/views/chargers/operations/smart_charging.py" line="363"/>
        <source>0 — whole charger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/smart_charging.py" line="370"/>
        <source>Charger&apos;s choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/smart_charging.py" line="373"/>
        <source>Connector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/smart_charging.py" line="374"/>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/smart_charging.py" line="375"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/smart_charging.py" line="376"/>
        <source>Get schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/smart_charging.py" line="385"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/smart_charging.py" line="386"/>
        <source>At</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/smart_charging.py" line="387"/>
        <source>Limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/smart_charging.py" line="388"/>
        <source>Phases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/smart_charging.py" line="415"/>
        <source>connector {connector}, {duration} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/smart_charging.py" line="439"/>
        <source>The charger answered {status}: no schedule to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/smart_charging.py" line="452"/>
        <source>, from {start}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfigModel</name>
    <message>
        <location filename="../../app/views/chargers/config/keys.py" line="92"/>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/keys.py" line="93"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/keys.py" line="94"/>
        <source>Access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/keys.py" line="95"/>
        <source>Last answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/keys.py" line="193"/>
        <source>read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/keys.py" line="195"/>
        <source>read-write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/keys.py" line="210"/>
        <source>{key} is read-only: the charger does not allow changing it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/keys.py" line="216"/>
        <source>{key} is the charger&apos;s password: never shown. Change it in the form below; the station&apos;s password changes with it when the charger accepts it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/keys.py" line="222"/>
        <source>Double-click or press F2 to change; Enter sends the new value to the charger</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataTransferForm</name>
    <message>
        <location filename="../../app/views/chargers/operations/control.py" line="205"/>
        <source>e.g. com.vendor (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/control.py" line="207"/>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/control.py" line="209"/>
        <source>optional text (often JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/control.py" line="211"/>
        <source>Vendor id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/control.py" line="212"/>
        <source>Message id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/control.py" line="213"/>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/control.py" line="214"/>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/control.py" line="227"/>
        <source>Enter the vendor id the charger expects (e.g. its vendor&apos;s name or reverse domain).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirmwareDiagnosticsTab</name>
    <message>
        <location filename="../../app/views/chargers/files.py" line="88"/>
        <source>waiting for the charger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/files.py" line="92"/>
        <source>{done} of {total} · {current}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/files.py" line="109"/>
        <source>Failed: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/files.py" line="111"/>
        <source>Timed out: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/files.py" line="143"/>
        <source>Select a charger on the left to update its firmware or fetch its diagnostics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/files.py" line="157"/>
        <source>Firmware update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/files.py" line="163"/>
        <source>The firmware file from the vendor (e.g. terra-ac-2.1.0.bin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/files.py" line="168"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/files.py" line="169"/>
        <location filename="../../app/views/chargers/files.py" line="308"/>
        <source>Choose the firmware file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/files.py" line="172"/>
        <source>Update firmware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/files.py" line="174"/>
        <source>Send UpdateFirmware: the charger downloads the file from this computer, installs it and restarts (a running charge is finished first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/files.py" line="181"/>
        <source>Stop serving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/files.py" line="183"/>
        <source>Stop waiting and stop serving the file (the charger cannot download it any more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/files.py" line="199"/>
        <source>Diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/files.py" line="203"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/files.py" line="205"/>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/files.py" line="211"/>
        <source>only log entries from this time on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/files.py" line="216"/>
        <source>only log entries up to this time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/files.py" line="223"/>
        <source>Optional: {tip} (the charger may ignore it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/files.py" line="234"/>
        <source>Request diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/files.py" line="236"/>
        <source>Send GetDiagnostics: the charger uploads its log file to this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/files.py" line="243"/>
        <source>Stop waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/files.py" line="245"/>
        <source>Stop waiting and stop receiving (an upload after this is refused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/files.py" line="261"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/files.py" line="263"/>
        <source>Open the received file with this computer&apos;s default application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/files.py" line="269"/>
        <source>Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/files.py" line="270"/>
        <source>Save a copy of the received file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/files.py" line="312"/>
        <source>Firmware files (*.bin *.img *.hex *.fw *.zip *.tar *.gz *.tgz *.pkg *.swu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/files.py" line="316"/>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/files.py" line="333"/>
        <source>Choose the firmware file first (Browse…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/files.py" line="340"/>
        <source>{path} does not exist or is not a file: choose the firmware file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/files.py" line="349"/>
        <source>{name} is empty: that cannot be a firmware image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/files.py" line="368"/>
        <source>“From” must be before “Until”: correct one of them or untick it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/files.py" line="386"/>
        <source>No application opens {suffix} files here; use Save as… (the file is {path}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/files.py" line="391"/>
        <source>No application opens this kind of file here; use Save as… (the file is {path}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/files.py" line="401"/>
        <source>Save the diagnostics file as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/files.py" line="416"/>
        <source>Could not save to {target}: {error}. Choose another place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/files.py" line="423"/>
        <source>Received: {name} · saved a copy as {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/files.py" line="470"/>
        <source>online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/files.py" line="472"/>
        <source>offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/files.py" line="475"/>
        <source>firmware {firmware}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/files.py" line="481"/>
        <source>{message}. It now reports firmware {version}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/files.py" line="489"/>
        <source>Received: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/files.py" line="492"/>
        <source>Received: {name} ({size:,} bytes) in {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/files.py" line="504"/>
        <source>Serving at {address} for this job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/files.py" line="513"/>
        <source>Files go over HTTP from this computer, only while a job runs: address {host}, port {port} (Settings → Central system). Received files are kept under the data folder&apos;s diagnostics/.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/files.py" line="518"/>
        <source>the one the charger connected to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/files.py" line="519"/>
        <source>any free one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/files.py" line="523"/>
        <source>{cp_id} is offline: it must be connected to receive a request.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocalListDialog</name>
    <message>
        <location filename="../../app/views/chargers/operations/local_list.py" line="168"/>
        <source>Local list for {charge_point_id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/local_list.py" line="175"/>
        <source>replaces the charger&apos;s list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/local_list.py" line="177"/>
        <source>adds these tags and removes the ones left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/local_list.py" line="199"/>
        <location filename="../../app/views/chargers/operations/local_list.py" line="216"/>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/local_list.py" line="200"/>
        <location filename="../../app/views/chargers/operations/local_list.py" line="217"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/local_list.py" line="201"/>
        <source>As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/local_list.py" line="202"/>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/local_list.py" line="218"/>
        <source>Left out because</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/local_list.py" line="224"/>
        <source>Will be sent ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/local_list.py" line="230"/>
        <source>Left out ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/local_list.py" line="248"/>
        <source>Send to charger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/local_list.py" line="253"/>
        <source>Sends an empty list: the charger will accept only what it asks us</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocalListVersionForm</name>
    <message>
        <location filename="../../app/views/chargers/operations/local_list.py" line="130"/>
        <source>Charger&apos;s list version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/local_list.py" line="131"/>
        <source>Get version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/local_list.py" line="146"/>
        <source>{version} (no list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/local_list.py" line="148"/>
        <source>{version} (no local list support)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemoteStartForm</name>
    <message>
        <location filename="../../app/views/chargers/operations/transactions.py" line="29"/>
        <source>Any free connector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/transactions.py" line="31"/>
        <source>Connector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/transactions.py" line="32"/>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/transactions.py" line="33"/>
        <source>Start charging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/transactions.py" line="42"/>
        <source>Pick a user&apos;s tag or type the idTag to start with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/transactions.py" line="51"/>
        <source>connector {connector}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/transactions.py" line="53"/>
        <source>any connector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/transactions.py" line="56"/>
        <source>{tag} on {where}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemoteStopForm</name>
    <message>
        <location filename="../../app/views/chargers/operations/transactions.py" line="67"/>
        <source>The sessions running on this charger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/transactions.py" line="68"/>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/transactions.py" line="69"/>
        <source>Stop session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/transactions.py" line="81"/>
        <location filename="../../app/views/chargers/operations/transactions.py" line="88"/>
        <source>No session is running on this charger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/transactions.py" line="94"/>
        <source>No session is running on this charger.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReserveForm</name>
    <message>
        <location filename="../../app/views/chargers/operations/reservations.py" line="54"/>
        <source>Connector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/reservations.py" line="55"/>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/reservations.py" line="56"/>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/reservations.py" line="57"/>
        <source>Reservation id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/reservations.py" line="58"/>
        <source>Reserve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/reservations.py" line="69"/>
        <source>Pick a user&apos;s tag or type the idTag the connector is held for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/reservations.py" line="74"/>
        <source>The expiry must be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/reservations.py" line="86"/>
        <source>#{reservation} connector {connector} for {tag} until {expiry:%H:%M}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResetForm</name>
    <message>
        <location filename="../../app/views/chargers/operations/control.py" line="37"/>
        <source>Soft — restart the software when idle; running sessions end normally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/control.py" line="39"/>
        <source>Hard — reboot now; running sessions are stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/control.py" line="47"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/control.py" line="48"/>
        <source>Reset…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/control.py" line="53"/>
        <source>Hard reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/control.py" line="53"/>
        <source>Soft reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/control.py" line="66"/>
        <source>Hard reset {cp_id}? It reboots now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/control.py" line="74"/>
        <source>Soft reset {cp_id}? It restarts when idle.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SendLocalListForm</name>
    <message>
        <location filename="../../app/views/chargers/operations/local_list.py" line="47"/>
        <source>Full — replace the charger&apos;s list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/local_list.py" line="49"/>
        <source>Differential — add these, remove the ones left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/local_list.py" line="56"/>
        <source>The version the charger stores with the list (Get local list version fills in the next one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/local_list.py" line="62"/>
        <source>Owners and users who may charge here at any time. Users whose access depends on the time or the connector are left out; you see both lists before anything is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/local_list.py" line="69"/>
        <source>Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/local_list.py" line="70"/>
        <source>List version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/local_list.py" line="71"/>
        <source>Prepare list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/local_list.py" line="83"/>
        <source>Could not build the list: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetProfileForm</name>
    <message>
        <location filename="../../app/views/chargers/operations/smart_charging.py" line="56"/>
        <source>0 — whole charger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/smart_charging.py" line="61"/>
        <source>TxDefaultProfile — default for new sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/smart_charging.py" line="62"/>
        <source>ChargePointMaxProfile — cap for the whole charger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/smart_charging.py" line="63"/>
        <source>TxProfile — the running session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/smart_charging.py" line="69"/>
        <location filename="../../app/views/chargers/operations/smart_charging.py" line="203"/>
        <source>The session a TxProfile applies to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/smart_charging.py" line="80"/>
        <source>A (current per phase)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/smart_charging.py" line="81"/>
        <source>W (power)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/smart_charging.py" line="89"/>
        <location filename="../../app/views/chargers/operations/smart_charging.py" line="91"/>
        <source>no end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/smart_charging.py" line="90"/>
        <source>from now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/smart_charging.py" line="92"/>
        <source>Connector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/smart_charging.py" line="93"/>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/smart_charging.py" line="94"/>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/smart_charging.py" line="95"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/smart_charging.py" line="96"/>
        <source>Recurrency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/smart_charging.py" line="97"/>
        <source>Profile id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/smart_charging.py" line="98"/>
        <source>Stack level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/smart_charging.py" line="99"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/smart_charging.py" line="100"/>
        <source>Schedule start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/smart_charging.py" line="101"/>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/smart_charging.py" line="102"/>
        <source>Valid from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/smart_charging.py" line="103"/>
        <source>Valid to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/smart_charging.py" line="107"/>
        <source>Periods (start in seconds from the schedule start)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/smart_charging.py" line="112"/>
        <source>Start (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/smart_charging.py" line="113"/>
        <source>Limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/smart_charging.py" line="114"/>
        <source>Phases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/smart_charging.py" line="120"/>
        <source>Phases: 1–3, or empty for the charger&apos;s default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/smart_charging.py" line="125"/>
        <source>Add period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/smart_charging.py" line="127"/>
        <source>Remove period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/smart_charging.py" line="132"/>
        <source>Send profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/smart_charging.py" line="155"/>
        <source>Leave at the first value (&apos;{empty}&apos;) for none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/smart_charging.py" line="192"/>
        <source>Only for a Recurring profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/smart_charging.py" line="198"/>
        <source>A Relative profile starts with the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/smart_charging.py" line="205"/>
        <source>Only for a TxProfile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/smart_charging.py" line="262"/>
        <source>#{profile_id} {purpose} {kind} on connector {connector} — {periods}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TriggerForm</name>
    <message>
        <location filename="../../app/views/chargers/operations/control.py" line="169"/>
        <source>No connector (the charger)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/control.py" line="170"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/control.py" line="171"/>
        <source>Connector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/control.py" line="172"/>
        <source>Trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/control.py" line="188"/>
        <source>{message} on connector {connector}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockForm</name>
    <message>
        <location filename="../../app/views/chargers/operations/control.py" line="98"/>
        <source>Connector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/control.py" line="99"/>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/control.py" line="108"/>
        <source>connector {connector}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
