<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>CircuitBars</name>
        <message>
            <source>{allocated} / no limit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{allocated} / no limit · measured {measured} A</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{allocated} / {limit} A</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{allocated} / {limit} A · measured {measured} A</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{circuit}: nothing allocated yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} ({amps} A per phase, {kw} kW)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} ({amps} A per phase)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} ({kw} kW)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CircuitProblems</name>
        <message>
            <source>a current limit is a positive number of A per phase (e.g. 63), or empty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>more than {limit} A per phase is not plausible; check the unit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a power limit is a positive number of kW (e.g. 43), or empty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>more than {limit} kW is not plausible; check the unit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>give the circuit a limit: A per phase, kW, or both</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a circuit carries 1 or 3 phases</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a 3-phase circuit cannot be under the 1-phase circuit {parent}; choose 1 phase or another parent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{value} A is never reached: {parent} allows {limit} A</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{value} kW is never reached: {parent} allows {limit} kW</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>give the window a limit: A per phase, kW, or both</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a window lowers the limit; the circuit allows {limit} A</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a window lowers the limit; the circuit allows {limit} kW</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{text} is not a number of {unit}; leave it empty if there is no such limit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>choose the phase rotation: {choices}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a connector uses 1 or 3 phases</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the circuit {circuit} carries 1 phase: make the connector 1-phase or choose another circuit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a maximum current is a positive number of A per phase (e.g. 32), or empty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>more than {limit} A per phase is not plausible for a connector; check the unit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>choose a strategy: {choices}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the minimum current is from {low} to {high} A per phase (6 A is what vehicles need)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>write the meter's address as host:port, e.g. 192.168.1.50:502</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a port is from 1 to 65535 (Modbus TCP uses 502)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a Modbus unit id is a whole number from 0 to 255 (often 1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>choose a register map: {choices}, or leave it empty for the {default}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CircuitRules</name>
        <message>
            <source>Equal share</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>First come, first served</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Priority: owners, special users, public</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>By tariff priority</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>None</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A charger's inlet meter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Modbus TCP meter</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CircuitsSection</name>
        <message>
            <source>Circuit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Limit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phases</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time-of-day limits</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Connectors</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Load now (L1 / L2 / L3)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{amps} A of {limit} A</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Circuits and load</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a saved site to see its circuits.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add circuit below</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Connectors…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. Garage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>3 phases</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>1 phase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A per phase, e.g. 63</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>kW, e.g. 43 (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time-of-day limits (site time):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit time-of-day limits…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lower this circuit's limit at times of the week, in a week calendar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save circuit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Load sharing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Strategy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How the circuits' power is shared between charging sessions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Minimum current (A)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Per phase, 6–32 A: a session that would get less waits (paused) instead</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Base-load meter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A meter of the site's other consumers: what they draw is not given to the chargers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Meter charger</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The charger whose meter values at its inlet measure the supply</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Meter address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The Modbus TCP meter's host:port on the LAN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unit id</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The meter's Modbus unit id (often 1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Register map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Which registers hold the currents per phase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Meter measures</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The circuit the meter measures</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save load sharing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Circuits and load — {site}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not load-managed: {connectors}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add grid connection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>— choose the charger —</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the grid connection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That circuit was deleted meanwhile.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the circuit to put it under, then Save circuit.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Circuit {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New circuit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>— (the grid connection: the top of the tree)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>None: the circuit's own limit applies at all times.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not saved: fix the marked fields.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not saved: this circuit was changed on another console meanwhile.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not saved: this circuit was deleted on another console meanwhile.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not saved: {reason}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved circuit {name}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your changes are kept; the other fields show what is stored now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete circuit {name}?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete circuit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{reason} Delete?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{conflict} Reloaded: look again before deleting.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not deleted: {reason}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Circuit deleted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not changed: {problems}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not changed: {reason}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Connectors saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not saved: the site was changed on another console meanwhile.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your changes are kept; Save replaces what is stored where you changed it.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ConflictBanner</name>
        <message>
            <source>(empty)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>and {count} more</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Field</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>When you opened it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Now stored</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reload</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep editing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep your values in the form; your next Save replaces what was stored where you changed it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your changes are not saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clear the editor: this no longer exists</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing was deleted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show what is stored now; your changes in this editor are dropped</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ConnectorStatus</name>
        <message>
            <source>Available</source>
            <extracomment>a connector's OCPP status (and our Offline) as the pages name it; the value stays as OCPP spells it elsewhere</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preparing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Charging</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SuspendedEV</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SuspendedEVSE</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Finishing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reserved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unavailable</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Faulted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Offline</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ConnectorsDialog</name>
        <message>
            <source>Connectors on {circuit}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tick the connectors wired to &lt;b&gt;{circuit}&lt;/b&gt;. A connector is on one circuit; ticking one moves it here. Phases and wiring are set per connector in the station editor.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ConnectorsPanel</name>
        <message>
            <source>Each outlet of a multi-connector station (ABB Terra, EV-TEC…) with its plug and power, and for load management the circuit it is on, its phases and how they are wired. Tick &lt;b&gt;Own rules&lt;/b&gt; for a connector that follows its own access mode, tariff and weekly schedule instead of the station's.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add connector</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove connector</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit connector schedule…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. 22</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This connector follows its own access mode, tariff and schedule</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>auto</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(a circuit of another site)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>connector {number}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>connector {number} (%n schedule entries)</source>
            <translation>
                <numerusform>connector {number} (%n schedule entry)</numerusform>
                <numerusform>connector {number} (%n schedule entries)</numerusform>
            </translation>
        </message>
        <message>
            <source>Saving removes the own rules of {connectors}: their schedule is deleted. It then follows the station again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saving removes the own rules of {connectors}. It then follows the station again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the station first: the connector's own rules are created on save, then its schedule can be edited</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tick 'Own rules' for this connector to give it its own schedule</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit the selected connector's own weekly windows and holidays</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CopyDayDialog</name>
        <message>
            <source>Copy day to…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy the windows of</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>to:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The windows that start on the chosen days are replaced. A window that starts on the copied day and runs past midnight is copied with its next-morning part.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Dashboard</name>
        <message>
            <source>online</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>offline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{first} – {last} · total {kwh} kWh</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{weekday} {date}: {kwh} kWh</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>live</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>last sampled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>nothing allocated yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> — per phase: allocated (measured) / limit; the bar is allocated, the mark measured</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b&gt;Load · {site}&lt;/b&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stations online</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Charging now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Energy today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Energy this month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Revenue this month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b&gt;Energy per day, last 30 days&lt;/b&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b&gt;Recent events&lt;/b&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown charger {cpid} connected from {ip} ({policy})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No stations yet. Point a charger at this central system (address in the status bar) or import a site with &lt;code&gt;chargedesk config import site.json&lt;/code&gt;.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not read the load: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not read the figures: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{cpid} connector {connector}: {status} ({error}) {info}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{cpid} charger: {status} ({error}) {info}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{cpid} went offline: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{cpid} went offline</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DashboardPage</name>
        <message>
            <source>{event} ×{count} since {since}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{cp}: security event {event}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{cp} booted as {policy}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DaysPicker</name>
        <message>
            <source>Mon–Fri</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose Monday to Friday</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sat–Sun</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose Saturday and Sunday</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose every day</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FormList</name>
        <message>
            <source>Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not saved: fix the marked fields.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not saved: {reason}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reloaded: the form shows what is stored now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your changes are kept; the other fields show what is stored now. Save replaces what is stored where you changed it.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>GrantsPanel</name>
        <message>
            <source>Special users may charge while the station is &lt;b&gt;Limited&lt;/b&gt;, within their conditions. (In Public mode everybody may; in Private mode only owners.)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add special user</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Conditions of the selected special user</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>from</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>until (last day)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>To</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Their own access times. Days: Mon-Fri, Sat,Sun, daily. From/To: HH:MM; To 24:00 is midnight; a To before From runs past midnight. No rows: any time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>User</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Applies to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tariff</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Valid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Own times</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Whole station</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Connector {number} only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Connector {number} (removed)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HeldDialog</name>
        <message>
            <source>ChargeDesk: the database is in use</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Without a central system this console shows and edits the database; the chargers stay connected to the program that holds it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Without a central system this console shows and edits the database; chargers cannot connect to it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open without central system</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quit</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Language</name>
        <message>
            <source>System default</source>
            <extracomment>what the Settings page offers: the code saved and the name shown (each language in its own words)</extracomment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LimitInputs</name>
        <message>
            <source>A per phase, e.g. 16</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The circuit's current per phase during this time (empty: not limited in A)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>kW (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The circuit's power over its phases during this time (empty: not limited in kW)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Limit (A)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Limit (kW)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LocalListSync</name>
        <message>
            <source>Not synchronised yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{update} update accepted (version {version}): {added} added or changed, {removed} removed</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n tag(s) left out: the charger holds at most {max} (LocalAuthListMaxLength)</source>
            <translation>
                <numerusform>%n tag left out: the charger holds at most {max} (LocalAuthListMaxLength)</numerusform>
                <numerusform>%n tags left out: the charger holds at most {max} (LocalAuthListMaxLength)</numerusform>
            </translation>
        </message>
        <message>
            <source>authorization cache cleared</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>authorization cache not cleared: {answer}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{update} update refused by the charger: {status}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not sent: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Local list disabled on the charger (LocalAuthListEnabled = false): nothing sent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The charger has no local authorization list: nothing sent</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Login</name>
        <message>
            <source>at least {count} characters</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <source>ChargeDesk — log in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Username</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Forgot your password? A manager can reset it (Settings → Operators).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Log in</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Map tiles</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Operators</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{page} (Ctrl+{key})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>central system: starting…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>chargers online: {count}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Log out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>operator: {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>nobody logged in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Log in…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Log out and let another operator log in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Log in with an operator account</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no central system in this console: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the port is in use by another program</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>central system NOT listening on port {port}: {why}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>central system listening on {address}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cannot reach the site's central system: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>attached to the site's central system: {host}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>attached, but no central system is running for the site: start `chargedesk serve`, or make a console the host (Settings → Central system)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>lost the site's central system ({why}): reconnecting…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{status} — not shared with other consoles: {why}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Schedule of {target}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>without a name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>User {name} (new)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>User {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New station</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Station {name} ({cpid}) (new)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Station {name} ({cpid})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Station {name} (new)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Station {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save your changes before closing ChargeDesk?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not saved yet:
{items}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save all</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save each of them, then close (a change that cannot be saved is shown instead)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close and lose these changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep the window open (Esc)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not closed: {what} could not be saved. Fix it, then close again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dashboard</source>
            <extracomment>the navigation's names of the pages (a page's ``title`` stays its English key: show_page, the saved page)</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Users</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Schedules</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sessions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Load</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Chargers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Log</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Audit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Settings</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NewBlockForm</name>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OperatorForm</name>
        <message>
            <source>ChargeDesk — the first manager</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New operator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nobody can log in to this database yet. Create the first manager's account: a manager can do everything, including adding the other operators.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. Anna Meier</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Username</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Repeat password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Create and log in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add operator</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OperatorsSection</name>
        <message>
            <source>Username</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>State</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last log-in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Require operators to log in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add operator…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reset password…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unlock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Deactivate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{username} unlocked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>active</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>deactivated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>locked until {time}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>never</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Always on a shared PostgreSQL database: every console asks who is there.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>On: the console asks for a username and password at start. Off (single seat): it opens as the computer's user, who may do everything.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reactivate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not changed: {problems}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not changed: {reason}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{username} is now {role}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{username} deactivated.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{username} reactivated.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New password set for {username}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Operator {username} added.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Create a manager account first (you will log in with it); the switch turns on then.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The console now asks for a log-in at start.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The console opens without a log-in again.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OwnersPanel</name>
        <message>
            <source>Owners may always charge here, in every mode, at the owner tariff (Del removes)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add owner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PlanBlockForm</name>
        <message>
            <source>The price that applies in this window; the default tariff when none is chosen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tariff</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PlanWindowDialog</name>
        <message>
            <source>The price in this window; the plan's default tariff when none is chosen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tariff</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>Close</source>
            <extracomment>Qt's own texts the console shows whose German (qtbase_de) is not Swiss (it writes the sharp s): the shell catalogue has them in Swiss German ("Schliessen"), and ours are installed after Qt's, so they are looked up first</extracomment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>QWizard</name>
        <message>
            <source>&amp;Finish</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RefusedDialog</name>
        <message>
            <source>ChargeDesk: the database needs attention</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy the command to the clipboard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copied</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ResetPasswordDialog</name>
        <message>
            <source>New password for {username}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Repeat it</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <source>&lt;i&gt;takes effect when ChargeDesk is restarted&lt;/i&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>list them as Pending until an operator accepts them</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>refuse them at the connection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>accept them and create a station automatically</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>automatic: attach to the site's central system when one runs, else run it here</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>run the site's central system here</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>attach to the site's central system (chargedesk serve or another console)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New site</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved site '{name}'.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete site</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete site '{name}'?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Deleted site '{name}'.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not saved: this site was changed on another console meanwhile (see above).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New tariff</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved tariff '{name}'.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete tariff</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete tariff '{name}'?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Deleted tariff '{name}'.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not saved: this tariff was changed on another console meanwhile (see above).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time zone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rules are in this time zone's wall-clock time; daylight saving is handled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Currency</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>VAT %</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sites</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>employee</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Price per kWh</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Price per hour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Charged per hour connected, after the free period (an idle/parking fee).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Free minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The hourly price applies only after this many minutes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start fee</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>VAT included</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Prices include VAT (the site's rate); otherwise VAT is added.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Description</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Load priority</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>With the load strategy 'By tariff priority', sessions at a higher priority are given power first (a whole number, e.g. 10).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tariffs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Database</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Central system</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In use:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>sqlite:////path/chargedesk.db  or  postgresql://user:password@host/chargedesk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A PostgreSQL password is shown as ••• and kept in a password file only this account can read, never in the settings.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SQLite file…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PostgreSQL password (empty: the one in the URL, or the stored one)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Password:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Test connection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use this database</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SQLite database file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SQLite database (*.db *.sqlite)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type a database URL or choose a SQLite file first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Connecting…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot use this database: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not saved: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved: ChargeDesk uses this database from the next start (the schema is set up or upgraded then). --db and CHARGEDESK_DATABASE_URL still take precedence.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved: the default SQLite file is used from the next start. --db and CHARGEDESK_DATABASE_URL still take precedence.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Central system (OCPP)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Port:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>0.0.0.0 listens on every network interface of this computer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Listen on:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>WebSocket pings detect a charger whose connection died within about two intervals.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ping interval:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown chargers:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>On a shared PostgreSQL database one central system holds the chargers' connections for the whole site: `chargedesk serve` on an always-on machine, or a console. Other consoles attach to it and work exactly the same. A SQLite file always runs its central system in this console.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This console:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>none: plain ws:// (chargedesk certs create makes a LAN certificate)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>TLS certificate:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>TLS key:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>any free port</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Firmware downloads and diagnostics uploads go over HTTP from this computer, only while such a job runs. Set a fixed port if a firewall must let it through.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>File transfer port:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>automatic: the address the charger connected to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The address chargers download firmware from and upload diagnostics to (e.g. 192.168.1.10). Leave empty unless they reach this computer another way.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>File transfer address:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give both the certificate and its key, or neither.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved; takes effect when ChargeDesk is restarted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The language of this console's pages, documents and number formats. System default: the computer's language if ChargeDesk speaks it, else English.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Console language:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved: ChargeDesk speaks {language} from the next start.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TimeOfDayDialog</name>
        <message>
            <source>Time-of-day limits — {circuit}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lower &lt;b&gt;{circuit}&lt;/b&gt;'s limit at times of the week. Outside the blocks its own limit applies ({own}). Times are {site}'s local time ({timezone}): on the days the clocks change, a limit whose edge falls in the skipped hour starts when the clock jumps over it, and one in the repeated hour applies both times. Double-click a block or press Enter to change its days, times or limit.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time-of-day limits of {circuit}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add limit…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close without changing the circuit's time-of-day limits</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save circuit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the circuit (its form and these limits); Ctrl+S</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time-of-day limits</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Discard your changes to the time-of-day limits?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep editing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not saved: {why}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>UserPicker</name>
        <message>
            <source>Type a name…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WeekCalendar</name>
        <message>
            <source>Remove {block} on {day}?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove {day}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove all ({days})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New window · {days} {times}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add window</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit window</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove window</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The window also applies on other days ({days}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Access</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New access time · {days} {times}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add access time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit access time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove access time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The access time also applies on other days ({days}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>access time {times}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tariff: the default tariff ('{tariff}')</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tariff: the default tariff (none)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New limit · {days} {times}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add limit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit limit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove limit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The limit also applies on other days ({days}).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WeekForms</name>
        <message>
            <source>Public: every registered user · Limited: owners and special users · Private: owners only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ends the next day at {time}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WeekLimits</name>
        <message>
            <source>Own limit
{limit}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The circuit's limit during this time; {own} (its own) at other times</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WeekTools</name>
        <message>
            <source>Drag on empty time to add · drag a block to move it, its edge to resize (Shift: all its days)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add one by typing its days and times (Insert)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit the selected block: its days, times and the rest (Enter or double-click)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove the selected block (Del)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy day to…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give other days the same blocks as one day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Undo the last change in the calendar (Ctrl+Z)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WindowDialog</name>
        <message>
            <source>HH:MM</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
