<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>AccessReasons</name>
        <message>
            <source>Accepted: {why}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rejected: {why}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the idTag is empty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>idTag {tag} is {length} characters long; an idToken has at most {most}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>tag {tag} is unknown (seen at station {station})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>tag {tag} is blocked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>tag {tag} of {user} is blocked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>tag {tag} expired on {when}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>tag {tag} of {user} expired on {when}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>tag {tag} is marked expired</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>tag {tag} of {user} is marked expired</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>tag {tag} is not assigned to anyone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>tag {tag} belongs to {user}, whose account is blocked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>station {station} is disabled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{source}, tag {tag} belongs to {user} who is not an owner of station {station} (only owners may charge)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{source}, tag {tag} belongs to {user} who is not a special user of station {station}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{source}, tag {tag} belongs to {user} who is not a special user of station {station} now (their special access {why})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>starts {when}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ended {when}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>is limited to {windows}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>tag {tag} of {user} is already charging at {where}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>station {station} connector {connector} (session {session})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{source} — {user} is an owner of station {station}; tariff '{tariff}'</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{source} — {user} is an owner of station {station}; no tariff</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{source} — {user} is a special user of station {station}; tariff '{tariff}'</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{source} — {user} is a special user of station {station}; no tariff</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{source} — {user} is a registered user; tariff '{tariff}'</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{source} — {user} is a registered user; no tariff</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{reason} (at connector {connector})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{reason} (note: {note})</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AuditTrail</name>
        <message>
            <source>{field}: {value}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{field}: {before} → {after}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LoadReasons</name>
        <message>
            <source>{name} ({limit} A)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} ({limit} A on L{phase})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>paused: connector maximum {maximum} A is below the minimum {minimum} A</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>paused: {circuit} is full — waits for a free {minimum} A</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>paused: {circuit} is full</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>paused: connector maximum {maximum} A</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>limited by what the vehicle takes ({taking} A)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>connector maximum {maximum} A</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>first come first served on {circuit}: {position} of {count}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>what is free on {circuit}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>equal share of {circuit} / %n session(s)</source>
            <translation>
                <numerusform>equal share of {circuit} / %n session</numerusform>
                <numerusform>equal share of {circuit} / %n sessions</numerusform>
            </translation>
        </message>
        <message>
            <source>priority {rank} on {circuit}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>priority {rank} on {circuit}: equal share / %n session(s)</source>
            <translation>
                <numerusform>priority {rank} on {circuit}: equal share / %n session</numerusform>
                <numerusform>priority {rank} on {circuit}: equal share / %n sessions</numerusform>
            </translation>
        </message>
        <message>
            <source>tariff priority {rank} on {circuit}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>tariff priority {rank} on {circuit}: equal share / %n session(s)</source>
            <translation>
                <numerusform>tariff priority {rank} on {circuit}: equal share / %n session</numerusform>
                <numerusform>tariff priority {rank} on {circuit}: equal share / %n sessions</numerusform>
            </translation>
        </message>
        <message>
            <source>not managed: {reserved} A reserved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>limited to {limit} A by {source}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>paused: limited to {limit} A by {source}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the site's energy manager (EMS)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the grid operator (SO)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>another system on site (Other)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>1st</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n}st</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n}nd</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n}rd</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n}th</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not managed ({why}): {reserved} A reserved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>it takes no charging limits</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not connected here: its last limit is reserved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no limit can be set ({error}): its full power is reserved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SetChargingProfile ({purpose}) {status}: its full power is reserved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no fail-safe default ({error}): its full power is reserved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>fail-safe default ({purpose}) {status}: its full power is reserved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>fail-safe: connector maximum {maximum} A</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>fail-safe: {name} ({lowest} A) / %n connector(s)</source>
            <translation>
                <numerusform>fail-safe: {name} ({lowest} A) / %n connector</numerusform>
                <numerusform>fail-safe: {name} ({lowest} A) / %n connectors</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>fail-safe: {name} ({lowest} A, {unmanaged} A unmanaged) / %n connector(s)</source>
            <translation>
                <numerusform>fail-safe: {name} ({lowest} A, {unmanaged} A unmanaged) / %n connector</numerusform>
                <numerusform>fail-safe: {name} ({lowest} A, {unmanaged} A unmanaged) / %n connectors</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>fail-safe: {name} ({lowest} A, {sessions} A for sessions) / %n connector(s)</source>
            <translation>
                <numerusform>fail-safe: {name} ({lowest} A, {sessions} A for sessions) / %n connector</numerusform>
                <numerusform>fail-safe: {name} ({lowest} A, {sessions} A for sessions) / %n connectors</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>fail-safe: {name} ({lowest} A, {unmanaged} A unmanaged, {sessions} A for sessions) / %n connector(s)</source>
            <translation>
                <numerusform>fail-safe: {name} ({lowest} A, {unmanaged} A unmanaged, {sessions} A for sessions) / %n connector</numerusform>
                <numerusform>fail-safe: {name} ({lowest} A, {unmanaged} A unmanaged, {sessions} A for sessions) / %n connectors</numerusform>
            </translation>
        </message>
        <message>
            <source>fail-safe: its session's limit ({limit} A)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{why}: {share} A, below the minimum {minimum} A</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{reason}; {steps} (time-of-day limit)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{limit} A from {time}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Base-load meter: {problem}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>rejects every charging profile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SmartChargingCtrlr not available (no smart charging)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>smart charging switched off (SmartChargingCtrlr.Enabled = false)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>accepts charging profiles but does not apply them (GetCompositeSchedule shows {shown} {unit} after {limit} {unit} was accepted)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>does not answer SetChargingProfile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>accepts only ChargePointMaxProfile, which limits the whole charger, not each connector</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the charger takes only TxProfiles, which need a running transaction: no limit can be set now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the charger takes no TxDefaultProfile (nor ChargePointMaxProfile with one connector): it can hold no fail-safe limit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the charger rejects ChargePointMaxProfile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the charger's smart charging is not known yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{source}: L{phase} reads {value} (not a number): reading refused</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{source}: L{phase} reads {value} A (negative): reading refused</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{source}: L{phase} reads {value} A (implausible): reading refused</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>waiting for an answer from {where}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unit {unit} does not answer at {where} ({what}): is the unit id right?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{where} unit {unit} refused registers {first}..{last} ({what})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{where} unit {unit} refused registers {first}..{last} ({what}): is the register map right?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{where} unit {unit}: unreadable registers ({error})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no answer from {where} since {time} ({detail})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no supply reading (Inlet) from {cp_id} yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no supply reading (Inlet) from {cp_id} since {time}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the site's meter cannot be used: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{problem}; the base load measured at {time} holds meanwhile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unmanaged: full power reserved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>never connected: what its smart charging accepts is found out when it first boots</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>what its smart charging accepts is not known yet (found out at its next boot)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>it refuses charging profiles</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>it accepts neither TxProfile nor TxDefaultProfile</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LoadReport</name>
        <message>
            <source>no limit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{amps} A</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>paused (0 A)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{limit} on 1 phase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{time} {limit} {reason} — {answer}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{time} {limit} {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{time} {limit} — {answer}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{time} {limit}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SessionsExporter</name>
        <message>
            <source>the period ends ({end}) before it starts ({start})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>more than {count} sessions do not fit in one spreadsheet; export CSV or a shorter period</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unknown export format {format}; use csv or xlsx</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SessionsReport</name>
        <message>
            <source>The period ends before it starts: pick an end date on or after {date}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The user #{id} no longer exists: reload the page and choose again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The station #{id} no longer exists: reload the page and choose again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The site #{id} no longer exists: reload the page and choose again.</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
