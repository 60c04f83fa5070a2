<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccessMode</name>
    <message>
        <location filename="../../app/services/rules/plan.py" line="45"/>
        <source>Public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/rules/plan.py" line="46"/>
        <source>Limited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/rules/plan.py" line="47"/>
        <source>Private</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssignTagDialog</name>
    <message>
        <location filename="../../app/views/users/page.py" line="149"/>
        <source>Assign RFID tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/page.py" line="156"/>
        <source>Tag &lt;b&gt;{tag}&lt;/b&gt; was last presented at {where}, {when}. Who does it belong to?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/page.py" line="169"/>
        <source>{name} (blocked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/page.py" line="182"/>
        <source>Type a name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/page.py" line="183"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/page.py" line="185"/>
        <source>optional, e.g. white card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/page.py" line="186"/>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/page.py" line="196"/>
        <source>Assign</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectorStatus</name>
    <message>
        <location filename="../../app/views/stations/page.py" line="111"/>
        <source>Available</source>
        <extracomment>the OCPP connector statuses (and our Offline) as the Connectors column writes them; the colours go by the status</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/stations/page.py" line="112"/>
        <source>Preparing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/stations/page.py" line="113"/>
        <source>Charging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/stations/page.py" line="114"/>
        <source>SuspendedEV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/stations/page.py" line="115"/>
        <source>SuspendedEVSE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/stations/page.py" line="116"/>
        <source>Finishing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/stations/page.py" line="117"/>
        <source>Reserved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/stations/page.py" line="118"/>
        <source>Unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/stations/page.py" line="119"/>
        <source>Faulted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/stations/page.py" line="120"/>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/stations/page.py" line="121"/>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExceptionsPanel</name>
    <message>
        <location filename="../../app/views/schedules/page.py" line="114"/>
        <source>follows another weekday&apos;s plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="119"/>
        <source>fixed mode all day (in its colour)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="131"/>
        <location filename="../../app/views/schedules/page.py" line="158"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="132"/>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="133"/>
        <location filename="../../app/views/schedules/page.py" line="162"/>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="134"/>
        <location filename="../../app/views/schedules/page.py" line="193"/>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="156"/>
        <source>The date the exception applies to (the site&apos;s local date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="161"/>
        <source>e.g. Christmas, company closing day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="163"/>
        <source>Follow the plan of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="165"/>
        <source>The date gets that weekday&apos;s windows (e.g. a public holiday follows Sunday)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="173"/>
        <source>Fixed all day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="175"/>
        <source>One mode (and tariff) from 00:00 to 24:00; no window applies on that date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="200"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="201"/>
        <source>Clear the form for another date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="202"/>
        <location filename="../../app/views/schedules/page.py" line="211"/>
        <location filename="../../app/views/schedules/page.py" line="306"/>
        <source>Add exception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="203"/>
        <source>Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="205"/>
        <source>Remove the exception of this date (Del in the list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="212"/>
        <location filename="../../app/views/schedules/page.py" line="304"/>
        <source>Update exception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="241"/>
        <source>Default tariff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="255"/>
        <source>follows {weekday}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="260"/>
        <source>{mode} at &apos;{tariff}&apos; all day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="263"/>
        <source>{mode} all day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="281"/>
        <source>Exception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="352"/>
        <source>The label is too long: at most {max} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="380"/>
        <source>Remove exception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="382"/>
        <source>Remove the exception of {date} ({label})?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="386"/>
        <source>Remove the exception of {date}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="391"/>
        <source>The date then follows the regular {weekday} plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="395"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <location filename="../../app/views/users/page.py" line="221"/>
        <source>Import users: problems found</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/users/page.py" line="228"/>
        <source>&lt;b&gt;%n problem(s) on {lines} of {file}.&lt;/b&gt; Nothing was imported.</source>
        <translation>
            <numerusform>&lt;b&gt;%n problem on {lines} of {file}.&lt;/b&gt; Nothing was imported.</numerusform>
            <numerusform>&lt;b&gt;%n problems on {lines} of {file}.&lt;/b&gt; Nothing was imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/users/page.py" line="235"/>
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n line</numerusform>
            <numerusform>%n lines</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/users/page.py" line="245"/>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/page.py" line="245"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/page.py" line="256"/>
        <source>Fix the file and import it again, or import the other rows now and add the rest later. Line 1 is the header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/page.py" line="267"/>
        <source>Import the valid rows only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LearnCardDialog</name>
    <message>
        <location filename="../../app/views/users/learn_card.py" line="42"/>
        <source>Learn an RFID card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/learn_card.py" line="51"/>
        <source>Choose the charger you are standing at, then tap the card on its reader. The charger refuses the card while this dialog is open, so no charge starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/learn_card.py" line="62"/>
        <source>Chargers connected now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/learn_card.py" line="63"/>
        <source>Charger:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/learn_card.py" line="80"/>
        <source>tap a card on the charger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/learn_card.py" line="82"/>
        <source>Card:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/learn_card.py" line="89"/>
        <source>Type a few letters and pick the user; a name nobody has yet creates a new user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/learn_card.py" line="95"/>
        <source>Give it to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/learn_card.py" line="101"/>
        <source>optional, for the new user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/learn_card.py" line="102"/>
        <source>E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/learn_card.py" line="106"/>
        <source>e.g. Company car ZH 123, spare card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/learn_card.py" line="108"/>
        <source>What the card is, as it shows in the user&apos;s list of cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/learn_card.py" line="110"/>
        <source>Label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/learn_card.py" line="126"/>
        <source>Save card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/learn_card.py" line="157"/>
        <source>{charger} (offline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/learn_card.py" line="199"/>
        <source>No charger is connected. Connect the charger (or check its central system address), then choose it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/learn_card.py" line="211"/>
        <source>{charger} went offline; learn mode resumes when it is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/learn_card.py" line="218"/>
        <source>Card read on {charger}. Give it to a user and save, or tap another card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/learn_card.py" line="226"/>
        <source>Waiting for a card on {charger}… Tap the card on its reader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/learn_card.py" line="247"/>
        <source>This card already belongs to {user}. To give it to someone else, remove it from that user first (Users page).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/learn_card.py" line="255"/>
        <source>A card nobody has yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/learn_card.py" line="274"/>
        <source>A new user “{name}” is created with this card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/learn_card.py" line="293"/>
        <source>Choose the user the card belongs to (type a few letters of the name), or type a new user&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/learn_card.py" line="326"/>
        <source>The card was not saved: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/learn_card.py" line="331"/>
        <source>Saved: {tag} is now {user}&apos;s card “{label}”. Tap the next card to learn another one, or close.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/learn_card.py" line="336"/>
        <source>Saved: {tag} is now {user}&apos;s card. Tap the next card to learn another one, or close.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchedulesPage</name>
    <message>
        <location filename="../../app/views/schedules/page.py" line="423"/>
        <source>Schedules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="462"/>
        <source>Station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="467"/>
        <source>The station whose access times you edit (type to jump)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="471"/>
        <source>Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="476"/>
        <source>The station&apos;s plan, a connector with its own rules, or a special user&apos;s own times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="482"/>
        <source>Own rules for a connector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="487"/>
        <source>Remove own rules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="489"/>
        <source>The connector follows the station&apos;s plan again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="499"/>
        <source>Outside the windows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="506"/>
        <source>The price outside the windows, and in windows that name no tariff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="509"/>
        <source>at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="519"/>
        <source>light: the default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="542"/>
        <source>What applies now at the site&apos;s local time, including unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="557"/>
        <location filename="../../app/views/schedules/page.py" line="797"/>
        <source>Add window…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="563"/>
        <location filename="../../app/views/schedules/page.py" line="824"/>
        <source>Weekly plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="565"/>
        <location filename="../../app/views/schedules/page.py" line="986"/>
        <source>Date exceptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="574"/>
        <location filename="../../app/views/schedules/page.py" line="1126"/>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="576"/>
        <source>Discard the unsaved changes and show the stored plan again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="578"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="579"/>
        <source>Save the whole plan (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="646"/>
        <source>No stations yet. Add one on the Stations page (or import a site) to plan its access times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="671"/>
        <source>That special user&apos;s grant no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="691"/>
        <source>No tariff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="719"/>
        <source>That station no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="742"/>
        <source>Connector {number} follows the station&apos;s plan, shown here. To give it different times, use “Own rules for a connector”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="764"/>
        <source>Give one connector its own mode, windows and tariffs (starting as a copy of the station&apos;s plan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="769"/>
        <source>Every connector of this station has its own rules already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="779"/>
        <source>Could not open it: {problem}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="795"/>
        <source>Add access time…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="801"/>
        <source>A special user&apos;s own times have no date exceptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="803"/>
        <source>Holidays and closing days: another weekday&apos;s plan or a fixed mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="815"/>
        <source>Own access times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="837"/>
        <location filename="../../app/views/schedules/page.py" line="947"/>
        <source>{station} connector {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="844"/>
        <source>&lt;b&gt;{user}&lt;/b&gt; may use {where} as a special user only within the times below (none: whenever the station&apos;s plan lets special users in).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="852"/>
        <source>Own tariff: &apos;{tariff}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="858"/>
        <source>Valid {start} – {end}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="908"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="910"/>
        <source>Save your changes to {name} first?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="912"/>
        <source>Discard drops them; Cancel stays here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="941"/>
        <source>this plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="943"/>
        <source>{user}&apos;s times at {station}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="1030"/>
        <source>Could not save: {problem}. Nothing was saved; try again, or Revert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="1042"/>
        <source>Saved {name} at {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="1054"/>
        <source>Not saved: this plan was changed on another console meanwhile (see above).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="1066"/>
        <source>Reloaded: the calendar shows what is stored now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="1082"/>
        <source>Your changes are kept; the rest shows what is stored now. Save replaces what is stored where you changed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="1107"/>
        <source>Default tariff: {problem}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="1109"/>
        <source>Date exceptions: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="1113"/>
        <source>Not saved. {problems}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="1128"/>
        <source>Discard your changes to {name}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="1131"/>
        <source>Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="1169"/>
        <source>Connector {number} now has its own rules, starting as a copy of the station&apos;s plan. Change them and Save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="1183"/>
        <location filename="../../app/views/schedules/page.py" line="1198"/>
        <source>Remove own rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="1185"/>
        <source>Connector {number} will follow the station&apos;s plan again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="1190"/>
        <source>Its own windows and date exceptions are deleted, and your unsaved changes to them are dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="1195"/>
        <source>Its own windows and date exceptions are deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="1222"/>
        <source>Connector {number} follows the station&apos;s plan again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="1245"/>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="1254"/>
        <source>{when}: (no preview: {problem})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="1307"/>
        <source>{user}&apos;s own times at {station}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="1313"/>
        <source>connector {number} (own rules)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="1318"/>
        <source>{what} · times in {timezone}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionDetailDialog</name>
    <message>
        <location filename="../../app/views/sessions/detail.py" line="69"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/detail.py" line="70"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/detail.py" line="71"/>
        <source>Tariff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/detail.py" line="73"/>
        <source>Energy cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/detail.py" line="74"/>
        <source>Time cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/detail.py" line="96"/>
        <source>{days} d {hours} h {minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/detail.py" line="100"/>
        <source>{hours} h {minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/detail.py" line="103"/>
        <source>{minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/detail.py" line="119"/>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/detail.py" line="126"/>
        <location filename="../../app/views/sessions/detail.py" line="343"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/detail.py" line="146"/>
        <source>Station:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/detail.py" line="147"/>
        <source>Site:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/detail.py" line="148"/>
        <source>Connector:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/detail.py" line="149"/>
        <source>User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/detail.py" line="150"/>
        <source>RFID tag:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/detail.py" line="151"/>
        <source>Start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/detail.py" line="152"/>
        <source>Stop:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/detail.py" line="153"/>
        <source>Duration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/detail.py" line="154"/>
        <source>Meter start → stop:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/detail.py" line="155"/>
        <source>Energy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/detail.py" line="156"/>
        <source>Max power:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/detail.py" line="157"/>
        <source>Stop reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/detail.py" line="158"/>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/detail.py" line="159"/>
        <source>Authorization:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/detail.py" line="160"/>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/detail.py" line="161"/>
        <source>Mode at start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/detail.py" line="162"/>
        <source>Tariff:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/detail.py" line="163"/>
        <source>Transaction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/detail.py" line="164"/>
        <source>Reservation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/detail.py" line="185"/>
        <source>&lt;b&gt;Price by band&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/detail.py" line="207"/>
        <source>Start fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/detail.py" line="208"/>
        <source>Net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/detail.py" line="209"/>
        <location filename="../../app/views/sessions/detail.py" line="477"/>
        <source>VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/detail.py" line="210"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/detail.py" line="229"/>
        <source>&lt;b&gt;Limits sent (load management)&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/detail.py" line="239"/>
        <source>&lt;b&gt;Meter values&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/detail.py" line="248"/>
        <source>No meter values were recorded for this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/detail.py" line="257"/>
        <source>Energy delivered (kWh)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/detail.py" line="260"/>
        <source>Power (kW)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/detail.py" line="267"/>
        <source>kWh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/detail.py" line="271"/>
        <source>kW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/detail.py" line="284"/>
        <source>Close (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/detail.py" line="287"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/detail.py" line="290"/>
        <source>Read the session again (F5); a running session also refreshes by itself when its charger reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/detail.py" line="300"/>
        <location filename="../../app/views/sessions/detail.py" line="327"/>
        <source>End session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/detail.py" line="319"/>
        <source>Click again to end it (not priced)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/detail.py" line="329"/>
        <source>End this session now, as the charger never sent its stop (its card stays busy until then): it ends at its last meter reading, flagged and not priced, and the action is recorded in the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/detail.py" line="340"/>
        <location filename="../../app/views/sessions/detail.py" line="342"/>
        <location filename="../../app/views/sessions/detail.py" line="348"/>
        <location filename="../../app/views/sessions/detail.py" line="365"/>
        <source>Session {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/detail.py" line="350"/>
        <source>This session no longer exists (it was deleted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/detail.py" line="355"/>
        <source>Could not load the session: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/detail.py" line="367"/>
        <source>tag {tag}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/detail.py" line="370"/>
        <source>charging now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/detail.py" line="372"/>
        <source>Session {id} · {when} ({timezone}) · {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/detail.py" line="383"/>
        <source>(no station)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/detail.py" line="387"/>
        <source>(nobody: unknown tag)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/detail.py" line="392"/>
        <source>still charging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/detail.py" line="399"/>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/detail.py" line="407"/>
        <source>Active (charging)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/detail.py" line="409"/>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/detail.py" line="412"/>
        <source>Flagged: {flags}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/detail.py" line="416"/>
        <source>Why: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/detail.py" line="424"/>
        <source>(no reason was stored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/detail.py" line="426"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/detail.py" line="430"/>
        <source>{id} (OCPP 1.6 transactionId)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/detail.py" line="454"/>
        <source>(no tariff)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/detail.py" line="460"/>
        <source>mode {mode}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/detail.py" line="479"/>
        <source>VAT {percent} %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/detail.py" line="492"/>
        <source>Not priced yet: the price is computed when the session stops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/detail.py" line="496"/>
        <source>No price breakdown was stored for this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/detail.py" line="501"/>
        <source>No bands: no tariff applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/sessions/detail.py" line="517"/>
        <source>{purpose} · %n phase(s) · answer: {status}</source>
        <translation>
            <numerusform>{purpose} · %n phase · answer: {status}</numerusform>
            <numerusform>{purpose} · %n phases · answer: {status}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/detail.py" line="524"/>
        <source>profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/detail.py" line="573"/>
        <source>Samples thinned for display; the first 50,000 meter values are shown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionFlags</name>
    <message>
        <location filename="../../app/views/sessions/detail.py" line="45"/>
        <source>stopped without a start we saw (unknown transaction)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/detail.py" line="48"/>
        <source>the charger sent the stop twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/detail.py" line="49"/>
        <source>the charger&apos;s clock was off (times corrected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/detail.py" line="50"/>
        <source>the charger&apos;s meter restarts at 0 per session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/detail.py" line="51"/>
        <source>the price could not be computed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/detail.py" line="52"/>
        <source>the charger is bound to no station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/detail.py" line="53"/>
        <source>more energy than the connector can deliver (not priced)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/detail.py" line="56"/>
        <source>more power than the connector can deliver (not priced)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/detail.py" line="59"/>
        <source>implausible times (not priced)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/detail.py" line="60"/>
        <source>ended by ChargeDesk: a new transaction started on its connector (not priced)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/detail.py" line="63"/>
        <source>ended by ChargeDesk: its connector was free again (not priced)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/detail.py" line="66"/>
        <source>ended by an operator (not priced)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionsExport</name>
    <message>
        <location filename="../../app/views/sessions/export.py" line="96"/>
        <source>the disk holding {folder} is full. Free some space or choose another place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/export.py" line="101"/>
        <source>your disk quota on {folder} is used up. Free some space or choose another place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/export.py" line="106"/>
        <source>permission denied: you may not write to {folder}. Choose a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/export.py" line="111"/>
        <source>{folder} is on a read-only disk. Choose another place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/export.py" line="115"/>
        <source>the folder {folder} does not exist (any more). Choose another place.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionsModel</name>
    <message>
        <location filename="../../app/views/sessions/model.py" line="65"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/model.py" line="66"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/model.py" line="67"/>
        <source>Station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/model.py" line="68"/>
        <source>Conn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/model.py" line="69"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/model.py" line="70"/>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/model.py" line="72"/>
        <source>Max kW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/model.py" line="73"/>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/model.py" line="74"/>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/model.py" line="75"/>
        <source>Cur.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/model.py" line="76"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/model.py" line="77"/>
        <source>Auth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/model.py" line="82"/>
        <source>When the session started, in the site&apos;s local time. Click to reverse the order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/model.py" line="85"/>
        <source>When it stopped (the time only when on the same day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/model.py" line="86"/>
        <source>Connector (outlet) number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/model.py" line="87"/>
        <source>The RFID tag (idTag) presented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/model.py" line="88"/>
        <source>Energy delivered (live while charging)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/model.py" line="89"/>
        <source>Highest power measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/model.py" line="90"/>
        <source>Price including VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/model.py" line="91"/>
        <source>Active, completed, and whether the central system flagged something</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/model.py" line="94"/>
        <source>The authorization answer; hover for the reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/model.py" line="343"/>
        <source>{cpid} (no station)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/model.py" line="375"/>
        <source>Active · flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/model.py" line="377"/>
        <source>Completed · flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/model.py" line="379"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/model.py" line="379"/>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/model.py" line="390"/>
        <source>Still charging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/model.py" line="393"/>
        <source>no site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/model.py" line="396"/>
        <source>Charging now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/model.py" line="398"/>
        <source>Stopped: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/model.py" line="399"/>
        <source>no reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/model.py" line="403"/>
        <source>Flagged: {flag}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/model.py" line="410"/>
        <source>Tariff: {tariff}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/model.py" line="415"/>
        <source>Nobody owns this tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/model.py" line="467"/>
        <location filename="../../app/views/sessions/model.py" line="489"/>
        <source>Could not read the sessions: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionsPage</name>
    <message>
        <location filename="../../app/views/sessions/page.py" line="72"/>
        <source>Today</source>
        <extracomment>the period presets as the combo shows them (PRESET_LABELS&apos; order and English words, marked for the catalogue)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/page.py" line="73"/>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/page.py" line="74"/>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/page.py" line="75"/>
        <source>Last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/page.py" line="76"/>
        <source>This year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/page.py" line="77"/>
        <source>All time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/page.py" line="78"/>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/page.py" line="187"/>
        <source>No match for “{text}”: pick an entry from the list, or clear the field for {all}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/page.py" line="228"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/page.py" line="234"/>
        <source>Sessions are counted in the period of the day they started, in the site&apos;s local time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/page.py" line="240"/>
        <location filename="../../app/views/sessions/page.py" line="581"/>
        <source>From (inclusive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/page.py" line="241"/>
        <location filename="../../app/views/sessions/page.py" line="583"/>
        <location filename="../../app/views/sessions/page.py" line="604"/>
        <source>To (inclusive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/page.py" line="246"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/page.py" line="249"/>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/page.py" line="250"/>
        <source>Active (charging)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/page.py" line="251"/>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/page.py" line="252"/>
        <source>Flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/page.py" line="254"/>
        <source>Flagged: the central system noted something about the session (a stop for a transaction it never saw, a charger clock that was off, a price it could not compute, …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/page.py" line="263"/>
        <source>Reset filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/page.py" line="265"/>
        <source>This month, every site, station, user and status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/page.py" line="272"/>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/page.py" line="278"/>
        <source>Station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/page.py" line="280"/>
        <source>All stations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/page.py" line="280"/>
        <source>Type to search stations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/page.py" line="286"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/page.py" line="288"/>
        <source>All users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/page.py" line="288"/>
        <source>Type to search users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/page.py" line="310"/>
        <source>Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/page.py" line="312"/>
        <source>The selected session in full: reason, price by band, meter values (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/page.py" line="316"/>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/page.py" line="318"/>
        <location filename="../../app/views/sessions/page.py" line="660"/>
        <source>Every session of the current filter as a CSV file (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/page.py" line="320"/>
        <source>Export XLSX…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/page.py" line="322"/>
        <source>Every session of the current filter as an Excel workbook, with totals per currency (Ctrl+Shift+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/page.py" line="382"/>
        <source>Cancel export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/page.py" line="383"/>
        <source>Stop the export; nothing is written (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/page.py" line="481"/>
        <source>All sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/page.py" line="578"/>
        <source>Choose another period, or Custom, to limit the dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/page.py" line="624"/>
        <source>The list is ordered by start time (click Start to reverse it); the totals above sum the whole filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/sessions/page.py" line="637"/>
        <source>{count} session(s) · computing totals…</source>
        <translation>
            <numerusform>{count} session · computing totals…</numerusform>
            <numerusform>{count} sessions · computing totals…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/page.py" line="641"/>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/page.py" line="658"/>
        <source>An export is running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/page.py" line="740"/>
        <source>Could not read the sites, stations and users: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/page.py" line="788"/>
        <source>Export sessions as {format}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/page.py" line="794"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/page.py" line="796"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/page.py" line="814"/>
        <source>{count} sessions do not fit in one Excel sheet (at most {limit}). Export CSV, or choose a shorter period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/page.py" line="845"/>
        <source>Exporting {rows} of {total} sessions to {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/page.py" line="848"/>
        <source>Exporting {rows} sessions to {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/page.py" line="863"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/sessions/page.py" line="879"/>
        <source>{count} session(s) exported to {path} (&lt;a href=&quot;{folder}&quot;&gt;open folder&lt;/a&gt;)</source>
        <translation>
            <numerusform>{count} session exported to {path} (&lt;a href=&quot;{folder}&quot;&gt;open folder&lt;/a&gt;)</numerusform>
            <numerusform>{count} sessions exported to {path} (&lt;a href=&quot;{folder}&quot;&gt;open folder&lt;/a&gt;)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/page.py" line="893"/>
        <source>Export cancelled: nothing was written to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/page.py" line="900"/>
        <source>Export to {file} failed: {problem} Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/sessions/page.py" line="912"/>
        <source>{count} new session(s)</source>
        <translation>
            <numerusform>{count} new session</numerusform>
            <numerusform>{count} new sessions</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/page.py" line="916"/>
        <source>Some sessions changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/page.py" line="919"/>
        <source>{what} since the list was read: &lt;a href=&quot;reload&quot;&gt;show them&lt;/a&gt; (F5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/sessions/page.py" line="966"/>
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
        <location filename="../../app/views/users/statement.py" line="50"/>
        <source>Charging statement {month} {name}.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/statement.py" line="84"/>
        <source>Monthly statement — {user}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/statement.py" line="99"/>
        <source>The month of the statement (Up/Down change it). A session belongs to the month it started in, in its site&apos;s local time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/statement.py" line="105"/>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/statement.py" line="114"/>
        <source>The PDF file to write (an existing file is replaced)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/statement.py" line="116"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/statement.py" line="117"/>
        <source>Choose the folder and file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/statement.py" line="122"/>
        <source>Save as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/statement.py" line="134"/>
        <source>Save PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/statement.py" line="135"/>
        <source>Write the statement as an A4 PDF (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/statement.py" line="165"/>
        <location filename="../../app/views/users/statement.py" line="216"/>
        <source>This user no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/statement.py" line="174"/>
        <source>Save statement as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/statement.py" line="198"/>
        <source>Give the file to write, or choose one with Browse….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/statement.py" line="206"/>
        <source>The folder {folder} does not exist: choose another with Browse….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/statement.py" line="224"/>
        <source>The statement could not be written to {path}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/statement.py" line="237"/>
        <source>No sessions in {period}: the statement will say so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/users/statement.py" line="242"/>
        <source>%n session(s) in {period}</source>
        <translation>
            <numerusform>%n session in {period}</numerusform>
            <numerusform>%n sessions in {period}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/users/statement.py" line="250"/>
        <source>%n not priced</source>
        <translation>
            <numerusform>%n not priced</numerusform>
            <numerusform>%n not priced</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/users/statement.py" line="306"/>
        <source>Page {page} of {pages}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StationEditor</name>
    <message>
        <location filename="../../app/views/stations/editor.py" line="75"/>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="76"/>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="77"/>
        <source>Access &amp;&amp; owners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="78"/>
        <source>Special users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="79"/>
        <source>Connectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="80"/>
        <source>Location &amp;&amp; notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="83"/>
        <source>The identity the charger connects with: the last part of its URL ws://…/ocpp/HALL-B-1 and its HTTP Basic user name. Letters, digits and . _ ~ * -. Changing it means reconfiguring the charger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="88"/>
        <source>The charger&apos;s HTTP Basic password (security profiles 1 and 2). Stored hashed: it cannot be shown again. 8–40 printable characters; OCPP recommends 16 or more random ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="93"/>
        <source>0: plain ws://, a password only if one is set.
1: plain ws:// with HTTP Basic password.
2: wss:// (TLS) with HTTP Basic password — needs the central system&apos;s TLS certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="98"/>
        <source>Lets a charger connect under this identity without any password. Convenient while commissioning, but anybody on the network could pretend to be this charger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="103"/>
        <source>Accept this charger&apos;s messages when they are slightly off the OCPP schema (wrong enum case, too long strings, extra fields); each deviation is logged. Missing fields are still refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="192"/>
        <source>Save everything (Enter, Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="194"/>
        <source>Close without saving (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="246"/>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="246"/>
        <location filename="../../app/views/stations/editor.py" line="348"/>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="260"/>
        <source>e.g. Hall B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="263"/>
        <source>The name people know the station by (shown on the dashboard, the map and in reasons)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="268"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="274"/>
        <source>The site&apos;s time zone applies to the access windows; its currency and VAT to prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="279"/>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="281"/>
        <source>e.g. HALL-B-1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="285"/>
        <source>Charge point identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="292"/>
        <source>Where it is, what it is for (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="296"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="301"/>
        <source>The OCPP version the charger speaks (updated when it connects)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="304"/>
        <source>OCPP version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="307"/>
        <source>Enabled: the charger is accepted and cards are checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="311"/>
        <source>A disabled station&apos;s charger is answered Rejected at boot and no card is accepted; its history is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="319"/>
        <source>Reported by the charger (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="321"/>
        <source>From the charger&apos;s BootNotification; updated every time it boots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="326"/>
        <source>Vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="327"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="328"/>
        <source>Serial number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="329"/>
        <source>Firmware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="350"/>
        <source>Show the password as you type it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="354"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="364"/>
        <source>Remove the current password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="367"/>
        <source>The charger then connects without a password (if allowed below)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="376"/>
        <source>Security profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="382"/>
        <source>Allow the charger to connect without a password (not recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="387"/>
        <source>Lenient: tolerate small OCPP deviations of this charger (logged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="399"/>
        <source>Default access mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="402"/>
        <source>— none (free) —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="406"/>
        <source>The tariff outside the weekly windows (and of windows without their own)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="412"/>
        <source>Default tariff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="418"/>
        <source>— the tariff that applies at the time —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="421"/>
        <source>What the station&apos;s owners pay, whatever the time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="424"/>
        <source>Owner tariff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="431"/>
        <source>The weekly windows and holidays of this station, edited in the schedule calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="436"/>
        <source>Edit schedule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="444"/>
        <source>Weekly windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="447"/>
        <source>Owners — may always charge here, at the owner tariff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="470"/>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="474"/>
        <source>e.g. 47.3769</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="476"/>
        <source>Latitude in decimal degrees, -90 (south) to 90 (north)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="478"/>
        <source>Latitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="481"/>
        <source>e.g. 8.5417</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="483"/>
        <source>Longitude in decimal degrees, -180 (west) to 180 (east)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="485"/>
        <source>Longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="487"/>
        <source>Street, postcode, town (free text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="488"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="490"/>
        <source>Set on map…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="494"/>
        <source>Remove location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="498"/>
        <source>Clear latitude, longitude and address: the station leaves the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="507"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="513"/>
        <source>Anything the next person should know: where the key is, who to call…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="524"/>
        <source>(no site yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="528"/>
        <source>No site yet: create one in Settings → Sites first; every station belongs to a site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="569"/>
        <source>Open the weekly calendar of this station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="571"/>
        <source>Save the station first; the calendar edits saved stations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="575"/>
        <source>Place the station&apos;s needle on the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="577"/>
        <source>Save the station first, then place it on the map (or type the coordinates)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="588"/>
        <source>No weekly windows: the default mode and tariff apply all week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="595"/>
        <location filename="../../app/views/stations/editor.py" line="599"/>
        <source>New station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="601"/>
        <source>New station (duplicate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="604"/>
        <source>Station {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="605"/>
        <source>{title} — ChargeDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="615"/>
        <source>copy: weekly windows and holidays are copied on save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="689"/>
        <location filename="../../app/views/stations/editor.py" line="938"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="702"/>
        <source>The password is removed when you save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="711"/>
        <source>A good password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="714"/>
        <source>It replaces the current one when you save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="717"/>
        <source>A password is set. Leave the field empty to keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="721"/>
        <source>No password set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="729"/>
        <source>Only applies while the station has no password: with a password the charger must always give it</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/stations/editor.py" line="819"/>
        <source>Not saved: %n problem(s) ({tabs}). Fix the fields marked in red.</source>
        <translation>
            <numerusform>Not saved: %n problem ({tabs}). Fix the fields marked in red.</numerusform>
            <numerusform>Not saved: %n problems ({tabs}). Fix the fields marked in red.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="829"/>
        <source>All problems fixed: Save to keep your changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="841"/>
        <source>No user called &apos;{name}&apos;: pick a name from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="894"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="900"/>
        <source>Not saved: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="917"/>
        <source>Not saved: this station was deleted meanwhile. Cancel, or copy what you need first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="925"/>
        <source>Not saved: {problem}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="931"/>
        <source>Not saved, nothing was written: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="955"/>
        <source>Not saved: this station was changed on another console meanwhile (see above).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="969"/>
        <source>This station was deleted on another console. Cancel closes the editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="977"/>
        <source>Reloaded: the form shows what is stored now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="992"/>
        <source>Your changes are kept; the other fields show what is stored now. Save replaces what is stored where you changed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="1017"/>
        <source>Discard changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="1018"/>
        <source>Discard your changes to {name}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="1019"/>
        <source>the new station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="1025"/>
        <source>Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StationsPage</name>
    <message>
        <location filename="../../app/views/stations/page.py" line="70"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/stations/page.py" line="71"/>
        <source>Charge point id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/stations/page.py" line="72"/>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/stations/page.py" line="73"/>
        <source>Connectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/stations/page.py" line="74"/>
        <source>Mode now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/stations/page.py" line="75"/>
        <location filename="../../app/views/stations/page.py" line="555"/>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/stations/page.py" line="76"/>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/stations/page.py" line="77"/>
        <source>Last seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/stations/page.py" line="100"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/stations/page.py" line="252"/>
        <source>Number of connectors and each connector&apos;s live status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/stations/page.py" line="255"/>
        <source>The access mode right now at the site&apos;s local time (connectors with their own rules are listed when they differ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/stations/page.py" line="260"/>
        <source>How the charger authenticates. &apos;Unsecured&apos; means any device may connect under this charge point id: set a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/stations/page.py" line="265"/>
        <source>When the charger was last heard from (site&apos;s local time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/stations/page.py" line="309"/>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/stations/page.py" line="316"/>
        <source>online · disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/stations/page.py" line="318"/>
        <source>offline · disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/stations/page.py" line="320"/>
        <source>online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/stations/page.py" line="320"/>
        <source>offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/stations/page.py" line="341"/>
        <source>Disabled: its charger is refused and no card is accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/stations/page.py" line="345"/>
        <source>No connectors yet: they appear when the charger reports them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/stations/page.py" line="352"/>
        <source>No password and unsecured connections allowed: any device on the network can connect as this charger. Open the station and set a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/stations/page.py" line="358"/>
        <source>No password and unsecured connections refused: the charger cannot connect until you set a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/stations/page.py" line="363"/>
        <source>Security profile {profile}, password set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/stations/page.py" line="372"/>
        <source>type unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/stations/page.py" line="373"/>
        <source>, {kw} kW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/stations/page.py" line="377"/>
        <source>Offline (last: {status})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/stations/page.py" line="380"/>
        <source>Connector {number}: {plug}{power} — {status}{error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/stations/page.py" line="499"/>
        <source>Any access mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/stations/page.py" line="500"/>
        <source>Public now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/stations/page.py" line="501"/>
        <source>Limited now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/stations/page.py" line="502"/>
        <source>Private now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/stations/page.py" line="511"/>
        <source>Show the stations of one site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/stations/page.py" line="515"/>
        <source>Faulted: the charger or a connector reports Faulted. Charging: a connector is Charging or Suspended (a session in progress)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/stations/page.py" line="526"/>
        <source>The access mode right now, at each site&apos;s local time (a station matches when the station or one of its connectors is in that mode)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/stations/page.py" line="554"/>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/stations/page.py" line="556"/>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/stations/page.py" line="557"/>
        <source>Faulted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/stations/page.py" line="558"/>
        <source>Charging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/stations/page.py" line="617"/>
        <source>Search name, charge point id or address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/stations/page.py" line="620"/>
        <source>Every word must appear in the name, the charge point id or the address (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/stations/page.py" line="674"/>
        <source>New station…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/stations/page.py" line="675"/>
        <source>Add a station (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/stations/page.py" line="676"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/stations/page.py" line="678"/>
        <source>Open the selected station (Enter or double-click)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/stations/page.py" line="680"/>
        <source>Duplicate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/stations/page.py" line="682"/>
        <source>A new station with the same site, settings, connectors and access rules (a new charge point id, no password)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/stations/page.py" line="688"/>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/stations/page.py" line="690"/>
        <source>Delete the selected station (Del). A station with sessions can only be disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/stations/page.py" line="761"/>
        <source>All sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/stations/page.py" line="794"/>
        <source>%n station(s)</source>
        <translation>
            <numerusform>%n station</numerusform>
            <numerusform>%n stations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/stations/page.py" line="796"/>
        <source>{shown} of %n station(s) shown</source>
        <translation>
            <numerusform>{shown} of %n station shown</numerusform>
            <numerusform>{shown} of %n stations shown</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/stations/page.py" line="802"/>
        <source>No stations yet. Click &lt;b&gt;New station…&lt;/b&gt;, or point a charger at this central system (its address is in the status bar) and accept it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/stations/page.py" line="808"/>
        <source>No stations and no site yet. Stations belong to a site: create one in &lt;b&gt;Settings → Sites&lt;/b&gt; first, then add stations here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/stations/page.py" line="816"/>
        <source>No station matches the search and filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/stations/page.py" line="933"/>
        <source>No site yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/stations/page.py" line="934"/>
        <source>Every station belongs to a site (its time zone, currency and VAT).

Create a site in Settings → Sites first, then add the station here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/stations/page.py" line="980"/>
        <source>{problem}. The list was refreshed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/stations/page.py" line="1007"/>
        <source>Saved station {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/stations/page.py" line="1017"/>
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
        <location filename="../../app/views/stations/page.py" line="1026"/>
        <source>Delete station {name} ({cpid}) its access rules, owners and special users?

This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/stations/page.py" line="1033"/>
        <source>Delete station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/stations/page.py" line="1039"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/stations/page.py" line="1058"/>
        <source>{name}: {conflict} Look at it again before deleting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/stations/page.py" line="1066"/>
        <source>{name} was already deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/stations/page.py" line="1072"/>
        <source>Deleted station {name} ({cpid}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/stations/page.py" line="1082"/>
        <source>Station has sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/stations/page.py" line="1089"/>
        <source>Disable station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/stations/page.py" line="1089"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/stations/page.py" line="1094"/>
        <source>{problem}

{name} is already disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/stations/page.py" line="1113"/>
        <source>{name} was deleted meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/stations/page.py" line="1117"/>
        <source>Disabled station {name}: its charger is refused; its history is kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagDialog</name>
    <message>
        <location filename="../../app/views/users/editor.py" line="68"/>
        <source>The RFID card&apos;s idTag as a charger reads it: up to 20 letters, digits and - _ : . Chargers match tags in any case; they are stored in capitals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="73"/>
        <source>Optional group ID (OCPP parentIdTag). Tags with the same parent count as one: the group may charge at one connector at a time. Leave it empty for a personal tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="116"/>
        <source>Edit RFID tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="116"/>
        <source>Add RFID tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="125"/>
        <source>e.g. 04A2B3C4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="129"/>
        <source>Tags a charger read recently that nobody owns: tap the new card on a charger, then pick it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="135"/>
        <source>Pick a tag a charger read recently…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="145"/>
        <source>Tag ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="148"/>
        <source>e.g. white card, key fob, pool car 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="149"/>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="154"/>
        <source>Blocked and expired tags are refused at every charger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="156"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="158"/>
        <source>only until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="163"/>
        <source>The last day the tag is accepted (inclusive, {timezone} time).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="171"/>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="174"/>
        <source>optional group ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="176"/>
        <source>Parent tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="187"/>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="187"/>
        <source>Add tag</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserEditor</name>
    <message>
        <location filename="../../app/views/users/editor.py" line="63"/>
        <location filename="../../app/views/users/editor.py" line="374"/>
        <location filename="../../app/views/users/editor.py" line="598"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="64"/>
        <location filename="../../app/views/users/editor.py" line="375"/>
        <location filename="../../app/views/users/editor.py" line="600"/>
        <source>Blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="65"/>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="302"/>
        <source>Delete user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="304"/>
        <source>Delete this user and their RFID tags (their sessions stay in the history)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="309"/>
        <source>Monthly statement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="312"/>
        <source>A PDF of this user&apos;s charging sessions in one month with the totals, to hand over or charge back (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="323"/>
        <location filename="../../app/views/users/editor.py" line="686"/>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="324"/>
        <source>Forget the changes (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="326"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="327"/>
        <source>Save the user and their tags (Enter or Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="354"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="360"/>
        <source>First and last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="362"/>
        <source>Unique: two users cannot have the same name (add e.g. the department).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="365"/>
        <source>name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="371"/>
        <source>Shown on exports and statements, for charging costs back internally.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="377"/>
        <source>A blocked user&apos;s tags are refused at every charger (the tags keep their own status).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="383"/>
        <source>Notes (only shown here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="387"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="388"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="389"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="390"/>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="391"/>
        <source>Cost centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="403"/>
        <location filename="../../app/views/users/editor.py" line="432"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="410"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="424"/>
        <source>RFID tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="430"/>
        <source>Tag ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="431"/>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="433"/>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="434"/>
        <source>Parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="465"/>
        <source>Add tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="466"/>
        <source>Add an RFID tag (Insert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="468"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="470"/>
        <source>Change the selected tag (Enter, or double-click it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="473"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="475"/>
        <source>Remove the selected tag (Del); it is deleted when you save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="486"/>
        <source>Stations this user may use now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="493"/>
        <source>Check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="495"/>
        <source>Ask the access rules again for the current time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="504"/>
        <source>Station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="505"/>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="506"/>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="507"/>
        <source>Tariff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="508"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="534"/>
        <source>No user selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="561"/>
        <source>Save the user to see where they may charge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="594"/>
        <source>New user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="603"/>
        <source>(not saved yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="619"/>
        <source>Expires {when} ({timezone})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="627"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="641"/>
        <source>Tag {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="686"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="750"/>
        <source>Tag {tag} will be removed when you save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="769"/>
        <source>Not saved: {problem}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="775"/>
        <source>Created {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="777"/>
        <source>Saved {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="797"/>
        <source>Not saved: fix the marked field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="799"/>
        <source>Not saved: fix the {count} marked problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="811"/>
        <source>Not saved: this user was changed on another console meanwhile (see above).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="826"/>
        <source>Reloaded: the form shows what is stored now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="839"/>
        <source>Your changes are kept; the other fields show what is stored now. Save replaces what is stored where you changed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="860"/>
        <source>Changes reverted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="891"/>
        <source>No sessions in {period}: an empty statement was saved to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/users/editor.py" line="899"/>
        <source>Statement for {period} (%n session(s)) saved to {path}.</source>
        <translation>
            <numerusform>Statement for {period} (%n session) saved to {path}.</numerusform>
            <numerusform>Statement for {period} (%n sessions) saved to {path}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="927"/>
        <source>Checking the stations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="955"/>
        <source>This user no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="960"/>
        <source>Could not check the stations: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/users/editor.py" line="980"/>
        <source>&lt;b&gt;May use {accepted} of %n station(s)&lt;/b&gt; right now (checked at {time} with tag {tag}).</source>
        <translation>
            <numerusform>&lt;b&gt;May use {accepted} of %n station&lt;/b&gt; right now (checked at {time} with tag {tag}).</numerusform>
            <numerusform>&lt;b&gt;May use {accepted} of %n stations&lt;/b&gt; right now (checked at {time} with tag {tag}).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="996"/>
        <source>{mode} until {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="1000"/>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="1000"/>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="1008"/>
        <source>OCPP answer: {status}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <location filename="../../app/views/users/page.py" line="65"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/page.py" line="66"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/page.py" line="67"/>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/page.py" line="68"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/page.py" line="69"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/page.py" line="108"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/page.py" line="108"/>
        <source>Blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/page.py" line="116"/>
        <source>cost centre {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/page.py" line="121"/>
        <source>RFID tags: {tags}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/page.py" line="123"/>
        <source>No RFID tags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <location filename="../../app/views/users/page.py" line="304"/>
        <source>New user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/page.py" line="305"/>
        <source>Create a user (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/page.py" line="307"/>
        <source>Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/page.py" line="309"/>
        <source>Create or update users and their tags from a CSV file (columns name;email;phone;company;cost_centre;active;tags;tag_label)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/page.py" line="316"/>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/page.py" line="318"/>
        <source>Save every user and their tags as a CSV file (the import&apos;s format)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/page.py" line="370"/>
        <source>Search name, e-mail, company or tag… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/page.py" line="377"/>
        <source>All users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/page.py" line="378"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/page.py" line="379"/>
        <source>Blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/page.py" line="380"/>
        <source>Show all users, only active or only blocked ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/page.py" line="422"/>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/page.py" line="432"/>
        <source>RFID tags a charger presented that nobody owns, most recent first. To add a new card, tap it on any charger: it appears here within a second, ready to assign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/page.py" line="445"/>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/page.py" line="446"/>
        <source>Last seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/page.py" line="447"/>
        <source>Station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/page.py" line="448"/>
        <source>Connector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/page.py" line="449"/>
        <source>Times seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/page.py" line="450"/>
        <source>First seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/page.py" line="479"/>
        <location filename="../../app/views/users/page.py" line="862"/>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/page.py" line="481"/>
        <source>Take the selected tag off this list (Del); it comes back if it is presented again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/page.py" line="490"/>
        <location filename="../../app/views/users/page.py" line="760"/>
        <source>Unknown tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/page.py" line="534"/>
        <source>Showing the first {shown} of {total} users; type more to narrow the search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/users/page.py" line="538"/>
        <source>%n matching user(s)</source>
        <translation>
            <numerusform>%n matching user</numerusform>
            <numerusform>%n matching users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/users/page.py" line="540"/>
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n user</numerusform>
            <numerusform>%n users</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/users/page.py" line="583"/>
        <source>the new user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/page.py" line="586"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/page.py" line="587"/>
        <source>Save the changes to {name}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/page.py" line="593"/>
        <source>Discard forgets them; Cancel goes back to editing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/page.py" line="635"/>
        <source>the saved user does not match the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/page.py" line="653"/>
        <location filename="../../app/views/users/page.py" line="659"/>
        <source>Delete user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/page.py" line="654"/>
        <source>Delete {name}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/page.py" line="658"/>
        <source>This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/page.py" line="685"/>
        <source>Deleted {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/page.py" line="711"/>
        <source>Could not read the unknown tags: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/page.py" line="752"/>
        <source>Give {tag} to a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/page.py" line="758"/>
        <source>Unknown tags ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/page.py" line="767"/>
        <source>No unknown tags: every tag presented so far belongs to someone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/users/page.py" line="771"/>
        <source>The {shown} most recent of %n unknown tag(s).</source>
        <translation>
            <numerusform>The {shown} most recent of %n unknown tag.</numerusform>
            <numerusform>The {shown} most recent of %n unknown tags.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/users/page.py" line="776"/>
        <source>%n unknown tag(s).</source>
        <translation>
            <numerusform>%n unknown tag.</numerusform>
            <numerusform>%n unknown tags.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/users/page.py" line="783"/>
        <source>Assign to user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/page.py" line="822"/>
        <source>choose a user from the list (type part of the name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/page.py" line="842"/>
        <source>Tag &lt;b&gt;{tag}&lt;/b&gt; now belongs to {user}. &lt;a href=&apos;{link}&apos;&gt;Show {user}&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/page.py" line="854"/>
        <source>Dismiss unknown tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/page.py" line="855"/>
        <source>Take {tag} ({where}) off the list?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/page.py" line="861"/>
        <source>It comes back if a charger reads it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/page.py" line="911"/>
        <source>Import users from CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/page.py" line="913"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/page.py" line="931"/>
        <source>Import users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/page.py" line="932"/>
        <source>{file} cannot be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/users/page.py" line="944"/>
        <source>{file} was not imported: %n problem(s), see the report.</source>
        <translation>
            <numerusform>{file} was not imported: %n problem, see the report.</numerusform>
            <numerusform>{file} was not imported: %n problems, see the report.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/users/page.py" line="955"/>
        <source>{created} created, {updated} updated, {unchanged} unchanged, %n tag(s) added</source>
        <translation>
            <numerusform>{created} created, {updated} updated, {unchanged} unchanged, %n tag added</numerusform>
            <numerusform>{created} created, {updated} updated, {unchanged} unchanged, %n tags added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/users/page.py" line="964"/>
        <source>{counts}; %n line(s) with problems skipped</source>
        <translation>
            <numerusform>{counts}; %n line with problems skipped</numerusform>
            <numerusform>{counts}; %n lines with problems skipped</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/users/page.py" line="968"/>
        <source>Imported {file}: {counts}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/page.py" line="978"/>
        <source>Export users to CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/page.py" line="980"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/page.py" line="997"/>
        <source>Export users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/page.py" line="998"/>
        <source>{file} could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/users/page.py" line="1003"/>
        <source>Exported %n user(s) to {path}.</source>
        <translation>
            <numerusform>Exported %n user to {path}.</numerusform>
            <numerusform>Exported %n users to {path}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/users/page.py" line="1028"/>
        <source>today {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users/page.py" line="1030"/>
        <source>yesterday {time}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
