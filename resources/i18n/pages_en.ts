<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccessMode</name>
    <message>
        <source>Public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccessReasons</name>
    <message>
        <source>Public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{mode} (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{mode} (default; {note})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{mode} {days} {start}–{end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{mode} {days} {start}–{end} ({note})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (fixed {mode})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} follows {day}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssignTagDialog</name>
    <message>
        <source>Assign RFID tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag &lt;b&gt;{tag}&lt;/b&gt; was last presented at {where}, {when}. Who does it belong to?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (blocked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, e.g. white card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExceptionsPanel</name>
    <message>
        <source>follows another weekday&apos;s plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fixed mode all day (in its colour)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date the exception applies to (the site&apos;s local date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Christmas, company closing day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the plan of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date gets that weekday&apos;s windows (e.g. a public holiday follows Sunday)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed all day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One mode (and tariff) from 00:00 to 24:00; no window applies on that date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the form for another date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add exception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the exception of this date (Del in the list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update exception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default tariff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>follows {weekday}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{mode} at &apos;{tariff}&apos; all day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{mode} all day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The label is too long: at most {max} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove exception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the exception of {date} ({label})?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the exception of {date}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date then follows the regular {weekday} plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>Import users: problems found</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n problem(s) on {lines} of {file}.&lt;/b&gt; Nothing was imported.</source>
        <translation>
            <numerusform>&lt;b&gt;%n problem on {lines} of {file}.&lt;/b&gt; Nothing was imported.</numerusform>
            <numerusform>&lt;b&gt;%n problems on {lines} of {file}.&lt;/b&gt; Nothing was imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n line</numerusform>
            <numerusform>%n lines</numerusform>
        </translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the file and import it again, or import the other rows now and add the rest later. Line 1 is the header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the valid rows only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LearnCardDialog</name>
    <message>
        <source>Learn an RFID card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the charger you are standing at, then tap the card on its reader. The charger refuses the card while this dialog is open, so no charge starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chargers connected now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charger:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tap a card on the charger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a few letters and pick the user; a name nobody has yet creates a new user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give it to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, for the new user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Company car ZH 123, spare card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the card is, as it shows in the user&apos;s list of cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{charger} (offline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No charger is connected. Connect the charger (or check its central system address), then choose it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{charger} went offline; learn mode resumes when it is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card read on {charger}. Give it to a user and save, or tap another card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for a card on {charger}… Tap the card on its reader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This card already belongs to {user}. To give it to someone else, remove it from that user first (Users page).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A card nobody has yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new user “{name}” is created with this card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the user the card belongs to (type a few letters of the name), or type a new user&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card was not saved: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: {tag} is now {user}&apos;s card “{label}”. Tap the next card to learn another one, or close.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: {tag} is now {user}&apos;s card. Tap the next card to learn another one, or close.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanProblems</name>
    <message>
        <source>Window {window}: choose at least one weekday.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window {window}: the start must be a time from 00:00 to 23:59.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window {window}: the end must be a time from 00:01 to 24:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Window {window} ({label}) overlaps window {other} ({other_label}) on {span} (and %n more times a week).</source>
        <translation>
            <numerusform>Window {window} ({label}) overlaps window {other} ({other_label}) on {span} (and %n more time a week).</numerusform>
            <numerusform>Window {window} ({label}) overlaps window {other} ({other_label}) on {span} (and %n more times a week).</numerusform>
        </translation>
    </message>
    <message>
        <source>Window {window} ({label}) overlaps window {other} ({other_label}) on {span}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchedulesPage</name>
    <message>
        <source>Schedules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The station whose access times you edit (type to jump)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The station&apos;s plan, a connector with its own rules, or a special user&apos;s own times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own rules for a connector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove own rules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connector follows the station&apos;s plan again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside the windows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price outside the windows, and in windows that name no tariff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>light: the default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What applies now at the site&apos;s local time, including unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add window…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date exceptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the unsaved changes and show the stored plan again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the whole plan (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stations yet. Add one on the Stations page (or import a site) to plan its access times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That special user&apos;s grant no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tariff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That station no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connector {number} follows the station&apos;s plan, shown here. To give it different times, use “Own rules for a connector”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give one connector its own mode, windows and tariffs (starting as a copy of the station&apos;s plan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every connector of this station has its own rules already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open it: {problem}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add access time…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A special user&apos;s own times have no date exceptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holidays and closing days: another weekday&apos;s plan or a fixed mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own access times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{station} connector {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{user}&lt;/b&gt; may use {where} as a special user only within the times below (none: whenever the station&apos;s plan lets special users in).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own tariff: &apos;{tariff}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid {start} – {end}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save your changes to {name} first?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard drops them; Cancel stays here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{user}&apos;s times at {station}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date exceptions ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save: {problem}. Nothing was saved; try again, or Revert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {name} at {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: this plan was changed on another console meanwhile (see above).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reloaded: the calendar shows what is stored now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your changes are kept; the rest shows what is stored now. Save replaces what is stored where you changed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default tariff: {problem}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date exceptions: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved. {problems}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard your changes to {name}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connector {number} now has its own rules, starting as a copy of the station&apos;s plan. Change them and Save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove own rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connector {number} will follow the station&apos;s plan again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its own windows and date exceptions are deleted, and your unsaved changes to them are dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its own windows and date exceptions are deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connector {number} follows the station&apos;s plan again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{when}: (no preview: {problem})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{user}&apos;s own times at {station}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connector {number} (own rules)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} · times in {timezone}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionDetailDialog</name>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tariff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{days} d {hours} h {minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connector:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFID tag:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meter start → stop:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max power:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorization:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode at start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tariff:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reservation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Price by band&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Limits sent (load management)&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Meter values&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No meter values were recorded for this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy delivered (kWh)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power (kW)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kWh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the session again (F5); a running session also refreshes by itself when its charger reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GetTransactionStatus: whether the station still runs this session and still has messages about it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click again to end it (not priced)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the station…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End this session now, as the charger never sent its stop (its card stays busy until then): it ends at its last meter reading, flagged and not priced, and the action is recorded in the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session no longer exists (it was deleted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the session: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tag {tag}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>charging now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session {id} · {when} ({timezone}) · {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no station)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nobody: unknown tag)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>still charging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active (charging)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flagged: {flags}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no reason was stored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{id} (OCPP 1.6 transactionId)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no tariff)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mode {mode}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT {percent} %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not priced yet: the price is computed when the session stops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No price breakdown was stored for this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bands: no tariff applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{purpose} · %n phase(s) · answer: {status}</source>
        <translation>
            <numerusform>{purpose} · %n phase · answer: {status}</numerusform>
            <numerusform>{purpose} · %n phases · answer: {status}</numerusform>
        </translation>
    </message>
    <message>
        <source>profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samples thinned for display; the first 50,000 meter values are shown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionFlags</name>
    <message>
        <source>stopped without a start we saw (unknown transaction)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the charger sent the stop twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the charger&apos;s clock was off (times corrected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the charger&apos;s meter restarts at 0 per session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the price could not be computed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the charger is bound to no station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more energy than the connector can deliver (not priced)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more power than the connector can deliver (not priced)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>implausible times (not priced)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ended by ChargeDesk: a new transaction started on its connector (not priced)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ended by ChargeDesk: its connector was free again (not priced)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ended by an operator (not priced)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionsExport</name>
    <message>
        <source>the disk holding {folder} is full. Free some space or choose another place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your disk quota on {folder} is used up. Free some space or choose another place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permission denied: you may not write to {folder}. Choose a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{folder} is on a read-only disk. Choose another place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder {folder} does not exist (any more). Choose another place.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionsModel</name>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max kW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cur.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the session started, in the site&apos;s local time. Click to reverse the order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it stopped (the time only when on the same day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connector (outlet) number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The RFID tag (idTag) presented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy delivered (live while charging)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highest power measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price including VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active, completed, and whether the central system flagged something</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authorization answer; hover for the reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{cpid} (no station)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active · flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed · flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still charging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charging now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flagged: {flag}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tariff: {tariff}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody owns this tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the sessions: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionsPage</name>
    <message>
        <source>Today</source>
        <extracomment>the period presets as the combo shows them (PRESET_LABELS&apos; order and English words, marked for the catalogue)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No match for “{text}”: pick an entry from the list, or clear the field for {all}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions are counted in the period of the day they started, in the site&apos;s local time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From (inclusive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To (inclusive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active (charging)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flagged: the central system noted something about the session (a stop for a transaction it never saw, a charger clock that was off, a price it could not compute, …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month, every site, station, user and status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All stations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to search stations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to search users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected session in full: reason, price by band, meter values (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every session of the current filter as a CSV file (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export XLSX…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every session of the current filter as an Excel workbook, with totals per currency (Ctrl+Shift+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the export; nothing is written (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another period, or Custom, to limit the dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list is ordered by start time (click Start to reverse it); the totals above sum the whole filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{count} session(s) · computing totals…</source>
        <translation>
            <numerusform>{count} session · computing totals…</numerusform>
            <numerusform>{count} sessions · computing totals…</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An export is running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central system is not running in this console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer from {cp_id}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the sites, stations and users: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export sessions as {format}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} sessions do not fit in one Excel sheet (at most {limit}). Export CSV, or choose a shorter period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting {rows} of {total} sessions to {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting {rows} sessions to {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{count} session(s) exported to {path} (&lt;a href=&quot;{folder}&quot;&gt;open folder&lt;/a&gt;)</source>
        <translation>
            <numerusform>{count} session exported to {path} (&lt;a href=&quot;{folder}&quot;&gt;open folder&lt;/a&gt;)</numerusform>
            <numerusform>{count} sessions exported to {path} (&lt;a href=&quot;{folder}&quot;&gt;open folder&lt;/a&gt;)</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled: nothing was written to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to {file} failed: {problem} Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{count} new session(s)</source>
        <translation>
            <numerusform>{count} new session</numerusform>
            <numerusform>{count} new sessions</numerusform>
        </translation>
    </message>
    <message>
        <source>Some sessions changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} since the list was read: &lt;a href=&quot;reload&quot;&gt;show them&lt;/a&gt; (F5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{currency}: {count} session(s), {amount}</source>
        <translation>
            <numerusform>{currency}: {count} session, {amount}</numerusform>
            <numerusform>{currency}: {count} sessions, {amount}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatementDialog</name>
    <message>
        <source>Charging statement {month} {name}.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly statement — {user}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The month of the statement (Up/Down change it). A session belongs to the month it started in, in its site&apos;s local time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF file to write (an existing file is replaced)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder and file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the statement as an A4 PDF (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This user no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save statement as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the file to write, or choose one with Browse….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {folder} does not exist: choose another with Browse….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statement could not be written to {path}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions in {period}: the statement will say so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) in {period}</source>
        <translation>
            <numerusform>%n session in {period}</numerusform>
            <numerusform>%n sessions in {period}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not priced</source>
        <translation>
            <numerusform>%n not priced</numerusform>
            <numerusform>%n not priced</numerusform>
        </translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StationEditor</name>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access &amp;&amp; owners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location &amp;&amp; notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity the charger connects with: the last part of its URL ws://…/ocpp/HALL-B-1 and its HTTP Basic user name. Letters, digits and . _ ~ * -. Changing it means reconfiguring the charger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The charger&apos;s HTTP Basic password (security profiles 1 and 2). Stored hashed: it cannot be shown again. 8–40 printable characters; OCPP recommends 16 or more random ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0: plain ws://, a password only if one is set.
1: plain ws:// with HTTP Basic password.
2: wss:// (TLS) with HTTP Basic password — needs the central system&apos;s TLS certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lets a charger connect under this identity without any password. Convenient while commissioning, but anybody on the network could pretend to be this charger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept this charger&apos;s messages when they are slightly off the OCPP schema (wrong enum case, too long strings, extra fields); each deviation is logged. Missing fields are still refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save everything (Enter, Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without saving (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Hall B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name people know the station by (shown on the dashboard, the map and in reasons)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site&apos;s time zone applies to the access windows; its currency and VAT to prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. HALL-B-1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charge point identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it is, what it is for (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OCPP version the charger speaks (updated when it connects)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OCPP version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled: the charger is accepted and cards are checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A disabled station&apos;s charger is answered Rejected at boot and no card is accepted; its history is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported by the charger (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the charger&apos;s BootNotification; updated every time it boots</source>
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
        <source>Show the password as you type it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the current password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The charger then connects without a password (if allowed below)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow the charger to connect without a password (not recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lenient: tolerate small OCPP deviations of this charger (logged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default access mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— none (free) —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tariff outside the weekly windows (and of windows without their own)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default tariff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— the tariff that applies at the time —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the station&apos;s owners pay, whatever the time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner tariff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weekly windows and holidays of this station, edited in the schedule calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit schedule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owners — may always charge here, at the owner tariff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 47.3769</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latitude in decimal degrees, -90 (south) to 90 (north)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 8.5417</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longitude in decimal degrees, -180 (west) to 180 (east)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street, postcode, town (free text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set on map…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear latitude, longitude and address: the station leaves the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything the next person should know: where the key is, who to call…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no site yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No site yet: create one in Settings → Sites first; every station belongs to a site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the weekly calendar of this station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the station first; the calendar edits saved stations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place the station&apos;s needle on the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the station first, then place it on the map (or type the coordinates)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No weekly windows: the default mode and tariff apply all week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New station (duplicate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} — ChargeDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copy: weekly windows and holidays are copied on save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is removed when you save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A good password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It replaces the current one when you save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password is set. Leave the field empty to keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only applies while the station has no password: with a password the charger must always give it</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Not saved: %n problem(s) ({tabs}). Fix the fields marked in red.</source>
        <translation>
            <numerusform>Not saved: %n problem ({tabs}). Fix the fields marked in red.</numerusform>
            <numerusform>Not saved: %n problems ({tabs}). Fix the fields marked in red.</numerusform>
        </translation>
    </message>
    <message>
        <source>All problems fixed: Save to keep your changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No user called &apos;{name}&apos;: pick a name from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: this station was deleted meanwhile. Cancel, or copy what you need first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {problem}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved, nothing was written: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: this station was changed on another console meanwhile (see above).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This station was deleted on another console. Cancel closes the editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reloaded: the form shows what is stored now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your changes are kept; the other fields show what is stored now. Save replaces what is stored where you changed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard your changes to {name}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StationsPage</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charge point id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The charger&apos;s local list is kept in sync with who may charge here at any time once it connects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last synchronised {at}: {outcome}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a local list the charger does not check cards against this station&apos;s rules while it is offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of connectors and each connector&apos;s live status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access mode right now at the site&apos;s local time (connectors with their own rules are listed when they differ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the charger authenticates. &apos;Unsecured&apos; means any device may connect under this charge point id: set a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the charger was last heard from (site&apos;s local time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>online · disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offline · disabled</source>
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
        <source>Disabled: its charger is refused and no card is accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connectors yet: they appear when the charger reports them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password and unsecured connections allowed: any device on the network can connect as this charger. Open the station and set a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password and unsecured connections refused: the charger cannot connect until you set a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security profile {profile}, password set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, {kw} kW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline (last: {status})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connector {number}: {plug}{power} — {status}{error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any access mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limited now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the stations of one site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faulted: the charger or a connector reports Faulted. Charging: a connector is Charging or Suspended (a session in progress)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access mode right now, at each site&apos;s local time (a station matches when the station or one of its connectors is in that mode)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faulted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search name, charge point id or address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every word must appear in the name, the charge point id or the address (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New station…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a station (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected station (Enter or double-click)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new station with the same site, settings, connectors and access rules (a new charge point id, no password)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected station (Del). A station with sessions can only be disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n station(s)</source>
        <translation>
            <numerusform>%n station</numerusform>
            <numerusform>%n stations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n station(s) shown</source>
        <translation>
            <numerusform>{shown} of %n station shown</numerusform>
            <numerusform>{shown} of %n stations shown</numerusform>
        </translation>
    </message>
    <message>
        <source>No stations yet. Click &lt;b&gt;New station…&lt;/b&gt;, or point a charger at this central system (its address is in the status bar) and accept it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stations and no site yet. Stations belong to a site: create one in &lt;b&gt;Settings → Sites&lt;/b&gt; first, then add stations here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No station matches the search and filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No site yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every station belongs to a site (its time zone, currency and VAT).

Create a site in Settings → Sites first, then add the station here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problem}. The list was refreshed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved station {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete station {name} ({cpid}) with its %n connector(s), its access rules, owners and special users?

This cannot be undone.</source>
        <translation>
            <numerusform>Delete station {name} ({cpid}) with its %n connector, its access rules, owners and special users?

This cannot be undone.</numerusform>
            <numerusform>Delete station {name} ({cpid}) with its %n connectors, its access rules, owners and special users?

This cannot be undone.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete station {name} ({cpid}) its access rules, owners and special users?

This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {conflict} Look at it again before deleting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} was already deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted station {name} ({cpid}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station has sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problem}

{name} is already disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} was deleted meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled station {name}: its charger is refused; its history is kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagDialog</name>
    <message>
        <source>The RFID card&apos;s idTag as a charger reads it: up to 20 letters, digits and - _ : . Chargers match tags in any case; they are stored in capitals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional group ID (OCPP parentIdTag). Tags with the same parent count as one: the group may charge at one connector at a time. Leave it empty for a personal tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit RFID tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add RFID tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 04A2B3C4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags a charger read recently that nobody owns: tap the new card on a charger, then pick it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a tag a charger read recently…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. white card, key fob, pool car 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked and expired tags are refused at every charger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day the tag is accepted (inclusive, {timezone} time).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional group ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimeParse</name>
    <message>
        <source>{text} is not a day list (e.g. &apos;Mon-Fri&apos; or &apos;Sat,Sun&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} is not a time (HH:MM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} is not a time (HH:MM, 00:00–23:59, or 24:00)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} is not a time (HH:MM, 00:00–23:59)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserEditor</name>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this user and their RFID tags (their sessions stay in the history)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly statement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PDF of this user&apos;s charging sessions in one month with the totals, to hand over or charge back (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the changes (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the user and their tags (Enter or Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unique: two users cannot have the same name (add e.g. the department).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown on exports and statements, for charging costs back internally.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A blocked user&apos;s tags are refused at every charger (the tags keep their own status).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes (only shown here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFID tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an RFID tag (Insert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the selected tag (Enter, or double-click it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected tag (Del); it is deleted when you save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stations this user may use now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the access rules again for the current time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tariff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No user selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the user to see where they may charge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not saved yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires {when} ({timezone})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag {tag} will be removed when you save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {problem}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: fix the marked field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: fix the {count} marked problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: this user was changed on another console meanwhile (see above).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reloaded: the form shows what is stored now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your changes are kept; the other fields show what is stored now. Save replaces what is stored where you changed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes reverted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions in {period}: an empty statement was saved to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Statement for {period} (%n session(s)) saved to {path}.</source>
        <translation>
            <numerusform>Statement for {period} (%n session) saved to {path}.</numerusform>
            <numerusform>Statement for {period} (%n sessions) saved to {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the stations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This user no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not check the stations: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;May use {accepted} of %n station(s)&lt;/b&gt; right now (checked at {time} with tag {tag}).</source>
        <translation>
            <numerusform>&lt;b&gt;May use {accepted} of %n station&lt;/b&gt; right now (checked at {time} with tag {tag}).</numerusform>
            <numerusform>&lt;b&gt;May use {accepted} of %n stations&lt;/b&gt; right now (checked at {time} with tag {tag}).</numerusform>
        </translation>
    </message>
    <message>
        <source>{mode} until {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OCPP answer: {status}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cost centre {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFID tags: {tags}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No RFID tags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>New user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a user (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create or update users and their tags from a CSV file (columns name;email;phone;company;cost_centre;active;tags;tag_label)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save every user and their tags as a CSV file (the import&apos;s format)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search name, e-mail, company or tag… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all users, only active or only blocked ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFID tags a charger presented that nobody owns, most recent first. To add a new card, tap it on any charger: it appears here within a second, ready to assign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the selected tag off this list (Del); it comes back if it is presented again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the first {shown} of {total} users; type more to narrow the search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n matching user(s)</source>
        <translation>
            <numerusform>%n matching user</numerusform>
            <numerusform>%n matching users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n user</numerusform>
            <numerusform>%n users</numerusform>
        </translation>
    </message>
    <message>
        <source>the new user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to {name}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard forgets them; Cancel goes back to editing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the saved user does not match the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {name}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the unknown tags: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give {tag} to a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown tags ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No unknown tags: every tag presented so far belongs to someone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The {shown} most recent of %n unknown tag(s).</source>
        <translation>
            <numerusform>The {shown} most recent of %n unknown tag.</numerusform>
            <numerusform>The {shown} most recent of %n unknown tags.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unknown tag(s).</source>
        <translation>
            <numerusform>%n unknown tag.</numerusform>
            <numerusform>%n unknown tags.</numerusform>
        </translation>
    </message>
    <message>
        <source>Assign to user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose a user from the list (type part of the name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag &lt;b&gt;{tag}&lt;/b&gt; now belongs to {user}. &lt;a href=&apos;{link}&apos;&gt;Show {user}&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss unknown tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take {tag} ({where}) off the list?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It comes back if a charger reads it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import users from CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} cannot be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{file} was not imported: %n problem(s), see the report.</source>
        <translation>
            <numerusform>{file} was not imported: %n problem, see the report.</numerusform>
            <numerusform>{file} was not imported: %n problems, see the report.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{created} created, {updated} updated, {unchanged} unchanged, %n tag(s) added</source>
        <translation>
            <numerusform>{created} created, {updated} updated, {unchanged} unchanged, %n tag added</numerusform>
            <numerusform>{created} created, {updated} updated, {unchanged} unchanged, %n tags added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{counts}; %n line(s) with problems skipped</source>
        <translation>
            <numerusform>{counts}; %n line with problems skipped</numerusform>
            <numerusform>{counts}; %n lines with problems skipped</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported {file}: {counts}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export users to CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n user(s) to {path}.</source>
        <translation>
            <numerusform>Exported %n user to {path}.</numerusform>
            <numerusform>Exported %n users to {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>today {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yesterday {time}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
