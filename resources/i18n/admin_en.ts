<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccessPlans</name>
    <message>
        <source>{user} at {station} connector {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{user} at {station}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connector {number} ({plug})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connector {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>station {id} does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connector {number} (own rules)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special user {user} (connector {number}): own times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special user {user}: own times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connector {connector} is not a connector of station {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connector {number} of {name} follows the station&apos;s plan (no own rules)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>special user grant {id} does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose at least one weekday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problem}; write it as HH:MM, e.g. 07:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problem}; write it as HH:MM, e.g. 18:00 (24:00 for midnight)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from and to are the same time; for the whole day write 00:00–24:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window {number}: a special user&apos;s times have no mode or tariff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window {number}: choose Public, Limited or Private.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window {number}: from and to are the same time; for the whole day write 00:00–24:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{window}: from and to are the same time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>that tariff no longer exists; choose another one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose Public, Limited or Private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window {number}: that tariff no longer exists; choose another one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date} has an exception already; edit that one instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most {most} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date}: choose a weekday whose plan applies, or a fixed mode for the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose a weekday from Monday to Sunday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date that follows another weekday uses that day&apos;s tariffs; choose a fixed mode to set one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{mode} at &apos;{tariff}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{mode} (no tariff)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{when}: {slot}, with no change ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{when}: {slot} until {until}, then {next}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{when}: {user} may charge at any time (no own access times: the station&apos;s plan applies)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{when}: inside {user}&apos;s access times until {until}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{when}: inside {user}&apos;s access times all week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{when}: outside {user}&apos;s access times; next from {start}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{when}: outside {user}&apos;s access times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This station no longer exists; choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This connector is no longer part of {station}; choose another target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exception {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This connector no longer exists; choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connector {number} has its own rules already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This special user no longer has a grant at the station; choose another target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any time the station allows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>{text} is not a percentage (e.g. 8.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} is not a price (e.g. 0.35)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be below zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most {places} decimals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per kWh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the site a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a site named {name} exists already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{zone} is not a time zone (an IANA name such as Europe/Zurich)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a 3-letter currency code such as CHF or EUR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT is a percentage below 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{name} still has %n station(s); move or delete them first</source>
        <translation>
            <numerusform>{name} still has %n station; move or delete them first</numerusform>
            <numerusform>{name} still has %n stations; move or delete them first</numerusform>
        </translation>
    </message>
    <message>
        <source>give the tariff a name (e.g. employee)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a tariff named {name} exists already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes between 0 and 10080 (a week)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} is not a whole number of minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} is not a whole number (e.g. 10; higher is served first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a load priority is from -{most} to {most}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&apos;{name}&apos; is used by %n rule(s); change them first</source>
        <translation>
            <numerusform>&apos;{name}&apos; is used by %n rule; change them first</numerusform>
            <numerusform>&apos;{name}&apos; is used by %n rules; change them first</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CircuitWindows</name>
    <message>
        <source>window {number} cannot be read: {problems}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Circuits</name>
    <message>
        <source>1-phase on {phase}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{name} has %n circuit(s) below it ({names}).</source>
        <translation>
            <numerusform>{name} has %n circuit below it ({names}).</numerusform>
            <numerusform>{name} has %n circuits below it ({names}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} has %n connector(s) on it ({names}).</source>
        <translation>
            <numerusform>{name} has %n connector on it ({names}).</numerusform>
            <numerusform>{name} has %n connectors on it ({names}).</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleting it deletes the circuits below it too and leaves the connectors not load-managed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>site {id} does not exist (deleted meanwhile?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>circuit {id} does not exist (deleted meanwhile?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the circuit a name, e.g. Main or Garage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name has at most {most} characters (this one has {length}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A circuit carries 1 or 3 phases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{overlaps} Change or remove one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window {number}: {problem}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(grid connection)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max current (A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max power (kW)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This site no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{site} has a circuit named {name} already; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{site} has its grid connection already ({name}); add this circuit under it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That circuit no longer exists; choose another one to put this circuit under.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grid connection is the top of the tree; it cannot be moved under another circuit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{below} is below {circuit}; a circuit cannot be under itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{names} below it carry 3 phases; make them 1-phase first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3-phase connectors are on it ({names}); make them 1-phase in their station first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That circuit no longer exists; reload the tree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{connector}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base-load meter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meter charger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meter address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meter unit id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meter measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the charger whose inlet meter measures the supply (a charger of this site).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose None, a charger&apos;s inlet meter or a Modbus TCP meter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That circuit no longer exists; choose the circuit the meter measures.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Connected to {where}: empty database; it will be set up at the next start.</source>
        <extracomment>the command that migrates it when a start does not (a PostgreSQL database: ``chargedesk db upgrade``)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to {where}: schema {revision}, this version needs {head}: run `{command}` on one machine (it makes a pg_dump first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to {where}: schema {revision}, it will be upgraded at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to {where}: schema up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a database URL: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditConflict</name>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: {loaded} → {stored}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} saved this user {when} while you were editing.</source>
        <extracomment>One whole headline per kind of thing, saved or deleted, with and without the time (a translation words each as its language needs: &quot;diese Ladestation&quot;, &quot;ce tarif&quot;). ``{who}`` and ``{when}`` are filled in.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} saved this user while you were editing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} deleted this user {when} while you were editing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} deleted this user while you were editing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} saved this station {when} while you were editing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} saved this station while you were editing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} deleted this station {when} while you were editing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} deleted this station while you were editing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} saved this schedule {when} while you were editing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} saved this schedule while you were editing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} deleted this schedule {when} while you were editing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} deleted this schedule while you were editing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} saved this special user&apos;s times {when} while you were editing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} saved this special user&apos;s times while you were editing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} deleted this special user {when} while you were editing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} deleted this special user while you were editing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} saved this site {when} while you were editing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} saved this site while you were editing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} deleted this site {when} while you were editing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} deleted this site while you were editing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} saved this tariff {when} while you were editing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} saved this tariff while you were editing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} deleted this tariff {when} while you were editing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} deleted this tariff while you were editing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} saved this circuit {when} while you were editing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} saved this circuit while you were editing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} deleted this circuit {when} while you were editing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} deleted this circuit while you were editing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} saved this setting {when} while you were editing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} saved this setting while you were editing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} deleted this setting {when} while you were editing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} deleted this setting while you were editing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} saved this alarm rule {when} while you were editing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} saved this alarm rule while you were editing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} deleted this alarm rule {when} while you were editing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} deleted this alarm rule while you were editing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} saved this {when} while you were editing.</source>
        <extracomment>a kind not in the table (a new editor): the headline without its noun</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} saved this while you were editing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} deleted this {when} while you were editing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} deleted this while you were editing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone on another console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on {date} at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{headline}: {differences}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your changes are not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{conflict} {outcome}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OperatorRole</name>
    <message>
        <source>Viewer (reads everything, changes nothing)</source>
        <extracomment>The one role → permissions table. the roles as the login dialog and the operators section offer them (translate(&quot;OperatorRole&quot;, label) where shown)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technician (chargers, stations, schedules, alarms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager (everything, operators included)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>viewer</source>
        <extracomment>a role&apos;s short name, as an operator&apos;s label says it (&quot;Anna Meier (viewer)&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>technician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manager</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Operators</name>
    <message>
        <source>Unknown username or wrong password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the site needs at least one active manager: make another manager first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an operator password needs at least {least} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most {most} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no spaces at the start or the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the two passwords differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no operator named {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a username is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no spaces in a username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is taken (usernames ignore upper and lower case)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is locked after {failures} wrong passwords until {time} (local time). A manager can unlock it sooner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown username or wrong password. The account is now locked until {time} (local time).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is deactivated. A manager can reactivate it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this database has operators already: log in, or ask a manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create a manager account first: nobody could log in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Passwords</name>
    <message>
        <source>a charger password needs at least {least} characters (OCPP recommends {recommended}–{most})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a charger password has at most {most} characters (OCPP limit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a charger password may only contain printable ASCII characters (no accents, no control characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OCPP recommends at least {recommended} random characters; some chargers refuse shorter passwords</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Permission</name>
    <message>
        <source>{operator} may not operate chargers</source>
        <extracomment>One whole sentence per permission (a translation words each as its language needs).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{operator} may not change stations, connectors, schedules or circuits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{operator} may not end charging sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{operator} may not change users, tags or grants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{operator} may not change sites or tariffs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{operator} may not change the site&apos;s settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{operator} may not manage operators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{operator} may not acknowledge alarms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Principal</name>
    <message>
        <source>{name} ({role})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SiteSettings</name>
    <message>
        <source>{key} is kept by the central system and cannot be edited</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StationMap</name>
    <message>
        <source>Disabled (its charger is refused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline (the charger is not connected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faulted (the charger)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Faulted ({count} of %n connector(s))</source>
        <translation>
            <numerusform>Faulted ({count} of %n connector)</numerusform>
            <numerusform>Faulted ({count} of %n connectors)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In use ({count} of %n connector(s))</source>
        <translation>
            <numerusform>In use ({count} of %n connector)</numerusform>
            <numerusform>In use ({count} of %n connectors)</numerusform>
        </translation>
    </message>
    <message>
        <source>Unavailable (switched off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available ({count} of {total} free)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StationRules</name>
    <message>
        <source>0 — no TLS, optional password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 — HTTP Basic password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 — TLS + Basic password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 — TLS + client certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose a plug type: {types}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max power must be more than 0 kW (e.g. 22)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max power above {limit} kW is not plausible; check the unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>latitude must be between -90 and 90 degrees (e.g. 47.3769)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>longitude must be between -180 and 180 degrees (e.g. 8.5417)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give both latitude and longitude, or neither</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>security profile {profile} (HTTP Basic) needs a charger password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose at least one weekday (e.g. Mon-Fri)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from and to are the same time; write 00:00–24:00 for the whole day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stations</name>
    <message>
        <source>{name} has more than {count} charging sessions. Deleting it would leave their history without a station. Disable it instead: its charger is refused and the history is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{name} has %n charging session(s). Deleting it would leave their history without a station. Disable it instead: its charger is refused and the history is kept.</source>
        <translation>
            <numerusform>{name} has %n charging session. Deleting it would leave their history without a station. Disable it instead: its charger is refused and the history is kept.</numerusform>
            <numerusform>{name} has %n charging sessions. Deleting it would leave their history without a station. Disable it instead: its charger is refused and the history is kept.</numerusform>
        </translation>
    </message>
    <message>
        <source>{mode} until {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connector {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tariff &apos;{tariff}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no tariff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who}: {source}, {tariff}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{line}, until {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsecured: no password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password: charger refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basic (profile 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS + Basic (profile 2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS + certificate (profile 3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (1 phase)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start {fee}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{email} (blocked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{window} at &apos;{tariff}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>follows {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{mode} all day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rule} at &apos;{tariff}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>station {id} does not exist (deleted meanwhile?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{overlaps} Change or remove one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the weekdays, e.g. Mon-Fri or Sat,Sun.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the start time, e.g. 07:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the end time, e.g. 18:00 (24:00 for midnight).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This tariff no longer exists; choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name, e.g. Hall B.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name has at most {most} characters (this one has {length}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a site. If there is none yet, create one in Settings → Sites first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This site no longer exists; choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the charge point identity the charger connects with (the last part of its URL, e.g. HALL-B-1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use 1 to 64 letters, digits or . _ ~ * - (it is part of the charger&apos;s URL and its Basic auth user name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{id} is already used by station {name}; choose another identity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose Public, Limited or Private.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of {versions}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problem} Type a longer password or leave the field empty to keep the current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problem} Type a longer password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose security profile 0, 1, 2 or 3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problem}: enter one above, or choose profile 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latitude must be a number between -90 and 90 in degrees (e.g. 47.3769).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longitude must be a number between -180 and 180 in degrees (e.g. 8.5417).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problem} (Remove location clears both)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An address has at most {most} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A connector number is 1 or more (the OCPP connectorId).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connector {number} is listed twice; give each connector its own number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This circuit is not one of the station&apos;s site (deleted, or the site changed); choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max current is a number of A per phase, e.g. 32; leave it empty if unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max power is a number of kW, e.g. 22; leave it empty if unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problem}; leave it empty if unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An owner&apos;s user account no longer exists; remove it from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user is listed twice as owner; remove one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the special user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This user no longer exists; choose another or remove the special user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The station has no connector {number} any more; choose another connector or the whole station.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day must be on or after the first day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{mode}, tariff {tariff}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>follows the station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connector {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whole station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tariff {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid {start} to {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>station_fields&apos; labels (English, the keys a conflict compares), as the operator reads them</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charge point ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OCPP version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charger may connect without a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lenient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owners&apos; tariff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connector {number} number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connector {number} plug type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connector {number} max kW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connector {number} circuit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connector {number} phases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connector {number} max A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connector {number} access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special user {name} (#{id})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserChecks</name>
    <message>
        <source>an idTag cannot be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>idTag {tag} is longer than {limit} characters (the OCPP 2.0.1 idToken limit; a 1.6 charger reads at most {limit_16})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>idTag {tag} may only contain letters, digits and - _ : .</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{email} is not an e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not UTF-8 text (byte {byte}); save it as &apos;CSV UTF-8&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active must be yes or no (or true/false, 1/0), not {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty; the first line must be the header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line {line}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line 1 is empty; the first line must be the header (name;email;…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown column(s) {unknown}; the columns are {columns}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column(s) {columns} appear more than once in the header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header has no &apos;name&apos; column</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Users</name>
    <message>
        <source>user {id} does not exist (deleted meanwhile?)</source>
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
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expires {moment} UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group {tag}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag {tag}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most {most} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{tag} already belongs to {owner}; remove it from that user first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enter the tag&apos;s ID (as printed on the card, or as a charger read it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{tag} is already in this user&apos;s list of tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a tag cannot be its own parent; leave it empty or enter the group&apos;s idTag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enter the user&apos;s name (e.g. Eva Keller)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another user is already called {name}; names are unique, add e.g. the department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problem}; enter it as name@example.com or leave it empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this user was deleted meanwhile (by another console); nothing was saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another console changed this user or one of these cards at the same time; reload and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n RFID tag(s) will be deleted.</source>
        <translation>
            <numerusform>%n RFID tag will be deleted.</numerusform>
            <numerusform>%n RFID tags will be deleted.</numerusform>
        </translation>
    </message>
    <message>
        <source>They have no RFID tags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>They lose %n station(s) they own.</source>
        <translation>
            <numerusform>They lose %n station they own.</numerusform>
            <numerusform>They lose %n stations they own.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They lose %n special user grant(s).</source>
        <translation>
            <numerusform>They lose %n special user grant.</numerusform>
            <numerusform>They lose %n special user grants.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The history keeps their %n charging session(s) (shown without a user).</source>
        <translation>
            <numerusform>The history keeps their %n charging session (shown without a user).</numerusform>
            <numerusform>The history keeps their %n charging sessions (shown without a user).</numerusform>
        </translation>
    </message>
    <message>
        <source>They have no charging sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{station}, connector {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this tag is no longer in the unknown list (assigned or dismissed meanwhile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this user was deleted meanwhile; choose another one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problem}; this tag cannot be stored as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has no active RFID tag, so no charger will accept them. Add a tag, or set a blocked or expired one back to active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the first {count} stations are listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no stations yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problem}; choose another user</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WriteRefused</name>
    <message>
        <source>the database refused the change ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
