<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../app/views/audit_page.py" line="37"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/audit_page.py" line="38"/>
        <location filename="../../app/views/audit_page.py" line="111"/>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/audit_page.py" line="39"/>
        <location filename="../../app/views/audit_page.py" line="112"/>
        <source>Machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/audit_page.py" line="40"/>
        <location filename="../../app/views/audit_page.py" line="113"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/audit_page.py" line="41"/>
        <source>Which</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/audit_page.py" line="42"/>
        <location filename="../../app/views/audit_page.py" line="114"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/audit_page.py" line="43"/>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/audit_page.py" line="45"/>
        <source>(any)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/audit_page.py" line="103"/>
        <source>The operator (or cli:&lt;user&gt;, charger …) who made the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/audit_page.py" line="105"/>
        <source>The computer the change was made on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/audit_page.py" line="107"/>
        <source>The kind of thing changed (station, user, tariff, operator …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/audit_page.py" line="109"/>
        <source>create, update, delete, login …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/audit_page.py" line="121"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/audit_page.py" line="123"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/audit_page.py" line="134"/>
        <source>Search: a name, an id, a value in the changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/audit_page.py" line="137"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/audit_page.py" line="138"/>
        <source>Read the newest entries again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/audit_page.py" line="159"/>
        <source>Select an entry to see what it changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/audit_page.py" line="169"/>
        <source>Older entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/audit_page.py" line="171"/>
        <source>Read the next page of older entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/audit_page.py" line="242"/>
        <source>Could not read the audit trail: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/audit_page.py" line="263"/>
        <source>%n row(s) shown, newest first — more below (Older entries)</source>
        <translation>
            <numerusform>%n row shown, newest first — more below (Older entries)</numerusform>
            <numerusform>%n rows shown, newest first — more below (Older entries)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/audit_page.py" line="271"/>
        <source>%n row(s) shown, newest first</source>
        <translation>
            <numerusform>%n row shown, newest first</numerusform>
            <numerusform>%n rows shown, newest first</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/audit_page.py" line="298"/>
        <source>{time} — {operator} on {machine}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/audit_page.py" line="300"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/audit_page.py" line="301"/>
        <source>an unknown machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/audit_page.py" line="305"/>
        <source>(no details recorded)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CircuitsSection</name>
    <message>
        <location filename="../../app/views/circuits_section.py" line="61"/>
        <location filename="../../app/views/circuits_section.py" line="221"/>
        <source>Circuit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="62"/>
        <source>Limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="63"/>
        <location filename="../../app/views/circuits_section.py" line="243"/>
        <source>Phases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="64"/>
        <source>Time-of-day limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="65"/>
        <source>Connectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="66"/>
        <source>Load now (L1 / L2 / L3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="81"/>
        <source>{amps} A of {limit} A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="91"/>
        <source>Connectors on {circuit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="94"/>
        <source>Tick the connectors wired to &lt;b&gt;{circuit}&lt;/b&gt;. A connector is on one circuit; ticking one moves it here. Phases and wiring are set per connector in the station editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="146"/>
        <source>Circuits and load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="149"/>
        <source>Choose a saved site to see its circuits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="198"/>
        <location filename="../../app/views/circuits_section.py" line="429"/>
        <source>Add circuit below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="199"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="200"/>
        <source>Move…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="201"/>
        <source>Connectors…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="202"/>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="231"/>
        <source>e.g. Garage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="237"/>
        <source>A per phase, e.g. 63</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="239"/>
        <source>kW, e.g. 43 (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="241"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="242"/>
        <source>Under</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="244"/>
        <source>Max current (A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="245"/>
        <source>Max power (kW)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="257"/>
        <source>Time-of-day limits (site time):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="259"/>
        <source>Edit time-of-day limits…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="263"/>
        <source>Lower this circuit&apos;s limit at times of the week, in a week calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="279"/>
        <source>Save circuit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="282"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="295"/>
        <source>Load sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="322"/>
        <source>Strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="323"/>
        <source>How the circuits&apos; power is shared between charging sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="324"/>
        <source>Minimum current (A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="325"/>
        <source>Per phase, 6–32 A: a session that would get less waits (paused) instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="326"/>
        <source>Base-load meter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="327"/>
        <source>A meter of the site&apos;s other consumers: what they draw is not given to the chargers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="329"/>
        <source>Meter charger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="330"/>
        <source>The charger whose meter values at its inlet measure the supply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="331"/>
        <source>Meter address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="332"/>
        <source>The Modbus TCP meter&apos;s host:port on the LAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="333"/>
        <source>Unit id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="334"/>
        <source>The meter&apos;s Modbus unit id (often 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="335"/>
        <source>Register map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="336"/>
        <source>Which registers hold the currents per phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="337"/>
        <source>Meter measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="338"/>
        <source>The circuit the meter measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="356"/>
        <source>Save load sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="391"/>
        <source>Circuits and load — {site}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="422"/>
        <source>Not load-managed: {chargers}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="431"/>
        <source>Add grid connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="453"/>
        <source>the grid connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="526"/>
        <source>That circuit was deleted meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="533"/>
        <source>Choose the circuit to put it under, then Save circuit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="543"/>
        <source>Circuit {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="545"/>
        <source>New circuit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="580"/>
        <source>None: the circuit&apos;s own limit applies at all times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="592"/>
        <source>the new circuit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="652"/>
        <location filename="../../app/views/circuits_section.py" line="838"/>
        <source>Not saved: fix the marked fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="658"/>
        <source>Not saved: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="678"/>
        <source>Not saved: this circuit was changed on another console meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="686"/>
        <source>this circuit was deleted on another console meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="695"/>
        <source>Saved circuit {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="717"/>
        <source>Your changes are kept; the other fields show what is stored now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="733"/>
        <source>Delete circuit {name}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="740"/>
        <source>Delete circuit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="761"/>
        <source>Reloaded: look again before deleting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="766"/>
        <source>Not deleted: {why}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="771"/>
        <source>Circuit deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="796"/>
        <source>Not changed: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="801"/>
        <source>Not changed: {why}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="804"/>
        <source>Connectors saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="843"/>
        <source>Not saved: the site was changed on another console meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="848"/>
        <source>Not saved: {why}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="851"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="863"/>
        <source>Your changes are kept; Save replaces what is stored where you changed it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoadPage</name>
    <message>
        <location filename="../../app/views/load/page.py" line="63"/>
        <source>Last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/load/page.py" line="64"/>
        <source>Last 6 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/load/page.py" line="65"/>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/load/page.py" line="66"/>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/load/page.py" line="69"/>
        <source>Station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/load/page.py" line="70"/>
        <source>Connector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/load/page.py" line="71"/>
        <location filename="../../app/views/load/page.py" line="77"/>
        <source>Circuit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/load/page.py" line="72"/>
        <source>Phases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/load/page.py" line="73"/>
        <location filename="../../app/views/load/page.py" line="78"/>
        <location filename="../../app/views/load/page.py" line="112"/>
        <source>Limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/load/page.py" line="74"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/load/page.py" line="79"/>
        <location filename="../../app/views/load/page.py" line="113"/>
        <source>Allocated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/load/page.py" line="80"/>
        <location filename="../../app/views/load/page.py" line="114"/>
        <source>Measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/load/page.py" line="94"/>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/load/page.py" line="192"/>
        <source>Site:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/load/page.py" line="225"/>
        <source>Set up circuits in Settings → Sites…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/load/page.py" line="250"/>
        <source>Amperes per phase: L1 · L2 · L3 (L1 for a single-phase circuit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/load/page.py" line="272"/>
        <source>Charging now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/load/page.py" line="285"/>
        <source>Nothing is charging on this site&apos;s circuits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/load/page.py" line="289"/>
        <source>&lt;b&gt;Not load-managed&lt;/b&gt; (their full power is reserved on their circuit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/load/page.py" line="359"/>
        <source>Could not read the load: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/load/page.py" line="395"/>
        <source>There is no site yet. Add one in Settings → Sites, with its grid connection and circuits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/load/page.py" line="408"/>
        <source>{site} has no circuits, so the load of its chargers is not managed. Add the site&apos;s grid connection (its main supply, with its limit) and the circuits below it in Settings → Sites, then put each connector on its circuit in the station editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/load/page.py" line="437"/>
        <source>{name} (1-phase)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/load/page.py" line="468"/>
        <source>Measured above the limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/load/page.py" line="472"/>
        <source>Allocation of {time} (live)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/load/page.py" line="478"/>
        <source>No allocation heard since this console started: the newest samples ({time}) and the limits last sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/load/page.py" line="486"/>
        <source>Nothing allocated yet: load management starts when the central system runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/load/page.py" line="504"/>
        <source>full power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/load/page.py" line="505"/>
        <source>unmanaged: its full power is reserved on its circuit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/load/page.py" line="509"/>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/load/page.py" line="523"/>
        <source>{cp_id} connector {connector}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/load/page.py" line="527"/>
        <source>paused: waits until its minimum is free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/load/page.py" line="559"/>
        <source>{circuit}: limit, allocated and measured current per phase, {span} (single-phase)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/load/page.py" line="564"/>
        <source>{circuit}: limit, allocated and measured current per phase, {span} (three-phase)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocationPicker</name>
    <message>
        <location filename="../../app/views/map/picker.py" line="38"/>
        <source>Latitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/map/picker.py" line="39"/>
        <source>Longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/map/picker.py" line="56"/>
        <source>{what} must be a number in decimal degrees, e.g. {example}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/map/picker.py" line="61"/>
        <source>Latitude must be between -90 (south) and 90 (north) degrees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/map/picker.py" line="63"/>
        <source>Longitude must be between -180 (west) and 180 (east) degrees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/map/picker.py" line="98"/>
        <source>Location of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/map/picker.py" line="100"/>
        <source>Station location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/map/picker.py" line="136"/>
        <source>e.g. 47.3769</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/map/picker.py" line="143"/>
        <source>e.g. 8.5417</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/map/picker.py" line="145"/>
        <source>Longitude in decimal degrees, -180 (west) to 180 (east)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/map/picker.py" line="149"/>
        <source>Latitude:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/map/picker.py" line="151"/>
        <source>Longitude:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/map/picker.py" line="155"/>
        <source>Centre on needle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/map/picker.py" line="158"/>
        <source>Bring the needle back into view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/map/picker.py" line="159"/>
        <source>Remove location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/map/picker.py" line="163"/>
        <source>Take the needle away: the station will have no location and leaves the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/map/picker.py" line="181"/>
        <source>The address stays a free text field in the editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/map/picker.py" line="286"/>
        <source>Enter the latitude too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/map/picker.py" line="288"/>
        <source>Enter the longitude too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/map/picker.py" line="334"/>
        <source>Drag the needle to adjust, or click elsewhere to move it. Typing coordinates below moves it too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/map/picker.py" line="339"/>
        <location filename="../../app/views/map/picker.py" line="355"/>
        <source>Use this location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/map/picker.py" line="343"/>
        <source>No location: the station will leave the map. Click the map to place it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/map/picker.py" line="348"/>
        <source>Use no location</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogPage</name>
    <message>
        <location filename="../../app/views/log_page.py" line="60"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/log_page.py" line="61"/>
        <source>Charger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/log_page.py" line="62"/>
        <source>Dir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/log_page.py" line="63"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/log_page.py" line="64"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/log_page.py" line="65"/>
        <source>Latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/log_page.py" line="66"/>
        <source>Message id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/log_page.py" line="105"/>
        <source>CallError: the other side could not process the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/log_page.py" line="107"/>
        <source>Waiting for the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/log_page.py" line="109"/>
        <source>Answered; the answer&apos;s status is {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/log_page.py" line="112"/>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/log_page.py" line="239"/>
        <source>any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/log_page.py" line="240"/>
        <source>last 5 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/log_page.py" line="241"/>
        <source>last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/log_page.py" line="242"/>
        <source>last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/log_page.py" line="301"/>
        <source>charger…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/log_page.py" line="304"/>
        <source>all actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/log_page.py" line="308"/>
        <source>both directions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/log_page.py" line="309"/>
        <source>from chargers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/log_page.py" line="310"/>
        <source>to chargers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/log_page.py" line="316"/>
        <source>errors only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/log_page.py" line="319"/>
        <source>Show only the calls of this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/log_page.py" line="326"/>
        <location filename="../../app/views/log_page.py" line="502"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/log_page.py" line="328"/>
        <source>Hold new frames (the newest {count} are kept and shown on Resume)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/log_page.py" line="334"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/log_page.py" line="336"/>
        <source>Save the rows the filter shows as JSON lines (.jsonl) or CSV (.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/log_page.py" line="373"/>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/log_page.py" line="374"/>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/log_page.py" line="376"/>
        <source>Select a row to see the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/log_page.py" line="377"/>
        <source>… and its answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/log_page.py" line="398"/>
        <source>Part of a charge point id (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/log_page.py" line="416"/>
        <source>Export the shown OCPP messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/log_page.py" line="419"/>
        <source>JSON lines (*.jsonl)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/log_page.py" line="419"/>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/log_page.py" line="434"/>
        <source>export failed: {why} ({path})</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/log_page.py" line="442"/>
        <source>%n call(s) exported to {file}</source>
        <translation>
            <numerusform>%n call exported to {file}</numerusform>
            <numerusform>%n calls exported to {file}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/log_page.py" line="456"/>
        <source>earlier messages not loaded: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/log_page.py" line="468"/>
        <source>paused: %n new frame(s) held</source>
        <translation>
            <numerusform>paused: %n new frame held</numerusform>
            <numerusform>paused: %n new frames held</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/log_page.py" line="502"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/log_page.py" line="510"/>
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n call</numerusform>
            <numerusform>%n calls</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/log_page.py" line="522"/>
        <source>{cp_id} → central system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/log_page.py" line="524"/>
        <source>central system → {cp_id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/log_page.py" line="527"/>
        <source>Call · {action} · {who} · id {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/log_page.py" line="532"/>
        <source>Answer · waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/log_page.py" line="534"/>
        <source>Answer · {result}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/log_page.py" line="539"/>
        <source>(no answer yet)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message>
        <location filename="../../app/views/map/page.py" line="130"/>
        <source>Find a station: name, charge point id or address, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/map/page.py" line="134"/>
        <source>Centres the map on the station and opens its popup (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/map/page.py" line="142"/>
        <source>Fit all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/map/page.py" line="144"/>
        <source>Frame every station shown (Ctrl+0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/map/page.py" line="162"/>
        <source>Loading the map…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/map/page.py" line="278"/>
        <source>The stations could not be read: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/map/page.py" line="455"/>
        <source>Reading the stations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/map/page.py" line="462"/>
        <source>No stations yet. Add them on the Stations page; give each a location in its editor (Set on map…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/map/page.py" line="473"/>
        <source>{placed} of %n station(s) on the map</source>
        <translation>
            <numerusform>{placed} of %n station on the map</numerusform>
            <numerusform>{placed} of %n stations on the map</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/map/page.py" line="477"/>
        <source>{shown} of %n placed station(s) match the filters</source>
        <translation>
            <numerusform>{shown} of %n placed station match the filters</numerusform>
            <numerusform>{shown} of %n placed stations match the filters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/map/page.py" line="484"/>
        <source>%n without a location: {names}</source>
        <translation>
            <numerusform>%n without a location: {names}</numerusform>
            <numerusform>%n without a location: {names}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/map/page.py" line="488"/>
        <source>Open a station and use Set on map… (or type its coordinates) to place it:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/map/page.py" line="531"/>
        <source>No station matches “{text}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/map/page.py" line="541"/>
        <source>{name} has no location yet. &lt;a href=&apos;station:{id}&apos;&gt;Open it&lt;/a&gt; and use Set on map… to place it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/map/page.py" line="558"/>
        <source>The filters hid it: they are cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/map/page.py" line="561"/>
        <source>Showing {name} ({cp_id}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapTilesSettings</name>
    <message>
        <location filename="../../app/views/map/tiles.py" line="492"/>
        <source>Map tiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/map/tiles.py" line="495"/>
        <source>The map&apos;s background. Stations are always shown; without tiles they appear on a grid of latitudes and longitudes. Tiles fetched over the network are kept on disk, so a site viewed once can be shown later without a connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/map/tiles.py" line="506"/>
        <source>OpenStreetMap (public tiles, needs internet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/map/tiles.py" line="511"/>
        <source>A tile server on the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/map/tiles.py" line="513"/>
        <source>Pre-downloaded tiles: a folder or an MBTiles file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/map/tiles.py" line="515"/>
        <source>No tiles (stations on a coordinate grid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/map/tiles.py" line="526"/>
        <source>Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/map/tiles.py" line="530"/>
        <source>http://tiles.example.lan/{z}/{x}/{y}.png</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/map/tiles.py" line="532"/>
        <source>The server&apos;s URL template: {z} zoom, {x} column, {y} row ({s} for a, b, c sub-domains)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/map/tiles.py" line="538"/>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/map/tiles.py" line="541"/>
        <source>Ask the server for its first tile (zoom 0) and say what came back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/map/tiles.py" line="547"/>
        <source>Server URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/map/tiles.py" line="552"/>
        <source>/srv/tiles  (holding {z}/{x}/{y}.png)  or  /srv/site.mbtiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/map/tiles.py" line="554"/>
        <source>Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/map/tiles.py" line="556"/>
        <source>MBTiles file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/map/tiles.py" line="564"/>
        <source>Tiles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/map/tiles.py" line="568"/>
        <source>© OpenStreetMap contributors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/map/tiles.py" line="570"/>
        <source>Shown in the map&apos;s corner: the data&apos;s licence usually requires it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/map/tiles.py" line="572"/>
        <source>Attribution:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/map/tiles.py" line="580"/>
        <source>The oldest cached tiles are removed beyond this size (0: no limit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/map/tiles.py" line="589"/>
        <source>Clear cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/map/tiles.py" line="591"/>
        <source>Delete every cached tile (they are fetched again when shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/map/tiles.py" line="596"/>
        <source>Cache:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/map/tiles.py" line="599"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/map/tiles.py" line="675"/>
        <source>Not saved: fix the marked field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/map/tiles.py" line="681"/>
        <source>Saved; open maps use it now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/map/tiles.py" line="709"/>
        <source>Asking {host} for a tile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/map/tiles.py" line="722"/>
        <source>The server answered with a tile ({size} KB) in {ms} ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/map/tiles.py" line="730"/>
        <source>HTTP {status}, not an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/map/tiles.py" line="734"/>
        <source>No tile from {url}: {why}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/map/tiles.py" line="743"/>
        <source>%n tile(s), {size} MB in {folder}</source>
        <translation>
            <numerusform>%n tile, {size} MB in {folder}</numerusform>
            <numerusform>%n tiles, {size} MB in {folder}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/map/tiles.py" line="754"/>
        <source>Folder of map tiles ({z}/{x}/{y}.png)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OperatorsSection</name>
    <message>
        <location filename="../../app/views/operators_section.py" line="36"/>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/operators_section.py" line="37"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/operators_section.py" line="38"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/operators_section.py" line="39"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/operators_section.py" line="40"/>
        <source>Last log-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/operators_section.py" line="57"/>
        <source>Require operators to log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/operators_section.py" line="78"/>
        <source>Add operator…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/operators_section.py" line="85"/>
        <source>Change role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/operators_section.py" line="87"/>
        <source>Reset password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/operators_section.py" line="89"/>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/operators_section.py" line="91"/>
        <location filename="../../app/views/operators_section.py" line="169"/>
        <source>Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/operators_section.py" line="106"/>
        <source>{username} unlocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/operators_section.py" line="122"/>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/operators_section.py" line="124"/>
        <source>deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/operators_section.py" line="127"/>
        <source>locked until {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/operators_section.py" line="133"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/operators_section.py" line="146"/>
        <source>Always on a shared PostgreSQL database: every console asks who is there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/operators_section.py" line="150"/>
        <source>On: the console asks for a username and password at start. Off (single seat): it opens as the computer&apos;s user, who may do everything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/operators_section.py" line="171"/>
        <source>Reactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/operators_section.py" line="182"/>
        <source>Not changed: {why}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/operators_section.py" line="205"/>
        <source>{username} is now {role}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/operators_section.py" line="213"/>
        <source>{username} deactivated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/operators_section.py" line="215"/>
        <source>{username} reactivated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/operators_section.py" line="227"/>
        <source>New password set for {username}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/operators_section.py" line="241"/>
        <source>Operator {username} added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/operators_section.py" line="258"/>
        <source>Create a manager account first (you will log in with it); the switch turns on then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/operators_section.py" line="278"/>
        <source>The console now asks for a log-in at start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/operators_section.py" line="280"/>
        <source>The console opens without a log-in again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimeOfDayDialog</name>
    <message>
        <location filename="../../app/views/circuit_limits_dialog.py" line="59"/>
        <source>Time-of-day limits — {circuit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/circuit_limits_dialog.py" line="65"/>
        <source>Lower &lt;b&gt;{circuit}&lt;/b&gt;&apos;s limit at times of the week. Outside the blocks its own limit applies ({own}). Times are {site}&apos;s local time ({timezone}): on the days the clocks change, a limit whose edge falls in the skipped hour starts when the clock jumps over it, and one in the repeated hour applies both times. Double-click a block or press Enter to change its days, times or limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/circuit_limits_dialog.py" line="77"/>
        <source>Time-of-day limits of {circuit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/circuit_limits_dialog.py" line="82"/>
        <source>Add limit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/circuit_limits_dialog.py" line="94"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/circuit_limits_dialog.py" line="97"/>
        <source>Close without changing the circuit&apos;s time-of-day limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/circuit_limits_dialog.py" line="99"/>
        <source>Save circuit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/circuit_limits_dialog.py" line="102"/>
        <source>Save the circuit (its form and these limits); Ctrl+S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/circuit_limits_dialog.py" line="125"/>
        <source>Time-of-day limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/circuit_limits_dialog.py" line="126"/>
        <source>Discard your changes to the time-of-day limits?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/circuit_limits_dialog.py" line="130"/>
        <source>Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/circuit_limits_dialog.py" line="148"/>
        <source>Not saved: {why}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
