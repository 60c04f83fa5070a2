<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AddressList</name>
    <message>
        <location filename="../../app/views/first_start/addresses.py" line="36"/>
        <source>Give each charger one of these addresses as its central system (OCPP server) URL, with its own charge point id in place of {chargePointId}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/first_start/addresses.py" line="62"/>
        <source>No address yet: the site&apos;s central system is not running (start chargedesk serve, or let this console run it: Settings → Central system).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/first_start/addresses.py" line="76"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/first_start/addresses.py" line="78"/>
        <source>Copy this address to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/first_start/addresses.py" line="98"/>
        <source>Copied: {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/first_start/addresses.py" line="103"/>
        <location filename="../../app/views/first_start/addresses.py" line="116"/>
        <source>Addresses chargers use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/first_start/addresses.py" line="149"/>
        <source>Click to see them with Copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/first_start/addresses.py" line="148"/>
        <source>Chargers connect to:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChargerAddresses</name>
    <message>
        <location filename="../../app/services/central/addresses.py" line="56"/>
        <source>IPv6 link-local: only chargers on the same network segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/central/addresses.py" line="58"/>
        <source>this computer only: to reach chargers, listen on 0.0.0.0 (Settings → Central system)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/central/addresses.py" line="63"/>
        <source>this computer only: no other network is connected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmptyStates</name>
    <message>
        <location filename="../../app/views/first_start/empty_states.py" line="106"/>
        <source>Import a site configuration (chargedesk config export)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/first_start/empty_states.py" line="109"/>
        <source>Site configuration (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/first_start/empty_states.py" line="123"/>
        <source>Nothing was imported: {file} has problems (below).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/first_start/empty_states.py" line="130"/>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/first_start/empty_states.py" line="134"/>
        <source>Imported {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/first_start/empty_states.py" line="145"/>
        <source>Import a site configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/first_start/empty_states.py" line="188"/>
        <source>Show the addresses chargers use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/first_start/empty_states.py" line="191"/>
        <source>Add station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/first_start/empty_states.py" line="195"/>
        <source>Import a site configuration…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/first_start/empty_states.py" line="199"/>
        <source>Open Settings → Sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/first_start/empty_states.py" line="203"/>
        <source>No stations yet: the dashboard shows each one live once there are stations. Add them, import a site, or give your chargers the addresses chargers use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/first_start/empty_states.py" line="214"/>
        <source>No stations yet. Add one, import a whole site from a configuration file, or give a charger one of the addresses chargers use and accept it on the Chargers page when it connects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/first_start/empty_states.py" line="225"/>
        <source>No stations yet. Add them (or import a site), then give each a location in its editor (Set on map…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/first_start/empty_states.py" line="235"/>
        <source>No users yet. Users are the people who charge with an RFID card: add them one by one or import a CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/first_start/empty_states.py" line="241"/>
        <source>Add user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/first_start/empty_states.py" line="244"/>
        <source>Import users from CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/first_start/empty_states.py" line="258"/>
        <source>No stations yet: a schedule plans when a station&apos;s connectors may be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/first_start/empty_states.py" line="267"/>
        <source>No charging sessions to show. They appear here as soon as a charger connected to this central system charges a vehicle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/first_start/empty_states.py" line="272"/>
        <source>Open Stations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/first_start/empty_states.py" line="278"/>
        <source>No charger has connected yet. Give each charger one of the addresses chargers use: a new charger appears here, waiting to be accepted. A virtual charger lets you try it out now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/first_start/empty_states.py" line="287"/>
        <source>Start a virtual charger…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/first_start/empty_states.py" line="297"/>
        <source>No messages yet. The log shows what the chargers and this central system say to each other, once a charger connects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/first_start/empty_states.py" line="308"/>
        <source>Nothing changed yet. Every change made in any console (sites, tariffs, stations, users) appears here with who made it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstStart</name>
    <message>
        <location filename="../../app/views/first_start/wizard.py" line="88"/>
        <source>{field}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/first_start/wizard.py" line="113"/>
        <source>Your site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/first_start/wizard.py" line="114"/>
        <source>Where the charging stations are. Access times are in the site&apos;s time zone; prices in its currency, with its VAT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/first_start/wizard.py" line="122"/>
        <source>e.g. Head office Bern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/first_start/wizard.py" line="123"/>
        <source>Site name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/first_start/wizard.py" line="128"/>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/first_start/wizard.py" line="132"/>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/first_start/wizard.py" line="135"/>
        <source>VAT %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/first_start/wizard.py" line="152"/>
        <source>The first tariff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/first_start/wizard.py" line="153"/>
        <source>What a charge costs. More tariffs (for employees, visitors…) can be added later in Settings → Tariffs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/first_start/wizard.py" line="160"/>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/first_start/wizard.py" line="161"/>
        <source>Tariff name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/first_start/wizard.py" line="164"/>
        <source>Price per kWh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/first_start/wizard.py" line="166"/>
        <source>optional, e.g. 1.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/first_start/wizard.py" line="167"/>
        <source>Start fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/first_start/wizard.py" line="168"/>
        <source>Prices include VAT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/first_start/wizard.py" line="182"/>
        <source>type a price (e.g. 0.35; 0 for free charging)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/first_start/wizard.py" line="195"/>
        <source>New chargers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/first_start/wizard.py" line="197"/>
        <source>What happens when a charger this site does not know yet connects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/first_start/wizard.py" line="201"/>
        <source>It waits until an operator accepts it (Pending) — recommended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/first_start/wizard.py" line="205"/>
        <source>It is accepted automatically and a station is created for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/first_start/wizard.py" line="214"/>
        <source>A pending charger may only boot and report its status: it cannot charge before it is accepted on the Chargers page. Change this later in Settings → Central system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/first_start/wizard.py" line="226"/>
        <source>This console is attached to the site&apos;s central system, which runs elsewhere: set this there (chargedesk serve --unknown-chargers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/first_start/wizard.py" line="243"/>
        <source>Connect your chargers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/first_start/wizard.py" line="245"/>
        <source>Enter one of these addresses in each charger&apos;s OCPP settings. They stay in Settings → Central system and in the status bar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/first_start/wizard.py" line="278"/>
        <source>Set up ChargeDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/first_start/wizard.py" line="301"/>
        <source>Not saved: {problem} Go back to correct it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/first_start/wizard.py" line="311"/>
        <source>Not set up: nothing was saved. Add a site in Settings → Sites (or import one with chargedesk config import site.json); the set-up opens again at the next start while there is no site.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
