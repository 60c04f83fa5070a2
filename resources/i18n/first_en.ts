<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AddressList</name>
    <message>
        <source>Give each charger one of these addresses as its central system (OCPP server) URL, with its own charge point id in place of {chargePointId}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No address yet: the site&apos;s central system is not running (start chargedesk serve, or let this console run it: Settings → Central system).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy this address to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied: {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses chargers use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to see them with Copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chargers connect to:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChargerAddresses</name>
    <message>
        <source>IPv6 link-local: only chargers on the same network segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this computer only: to reach chargers, listen on 0.0.0.0 (Settings → Central system)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this computer only: no other network is connected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmptyStates</name>
    <message>
        <source>Import a site configuration (chargedesk config export)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site configuration (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: {file} has problems (below).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a site configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the addresses chargers use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a site configuration…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Settings → Sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stations yet: the dashboard shows each one live once there are stations. Add them, import a site, or give your chargers the addresses chargers use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stations yet. Add one, import a whole site from a configuration file, or give a charger one of the addresses chargers use and accept it on the Chargers page when it connects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stations yet. Add them (or import a site), then give each a location in its editor (Set on map…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No users yet. Users are the people who charge with an RFID card: add them one by one or import a CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import users from CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stations yet: a schedule plans when a station&apos;s connectors may be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No charging sessions to show. They appear here as soon as a charger connected to this central system charges a vehicle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Stations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No charger has connected yet. Give each charger one of the addresses chargers use: a new charger appears here, waiting to be accepted. A virtual charger lets you try it out now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a virtual charger…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No messages yet. The log shows what the chargers and this central system say to each other, once a charger connects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed yet. Every change made in any console (sites, tariffs, stations, users) appears here with who made it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstStart</name>
    <message>
        <source>{field}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the charging stations are. Access times are in the site&apos;s time zone; prices in its currency, with its VAT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Head office Bern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site name</source>
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
        <source>The first tariff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What a charge costs. More tariffs (for employees, visitors…) can be added later in Settings → Tariffs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tariff name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price per kWh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, e.g. 1.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prices include VAT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type a price (e.g. 0.35; 0 for free charging)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New chargers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happens when a charger this site does not know yet connects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It waits until an operator accepts it (Pending) — recommended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is accepted automatically and a station is created for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pending charger may only boot and report its status: it cannot charge before it is accepted on the Chargers page. Change this later in Settings → Central system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This console is attached to the site&apos;s central system, which runs elsewhere: set this there (chargedesk serve --unknown-chargers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect your chargers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter one of these addresses in each charger&apos;s OCPP settings. They stay in Settings → Central system and in the status bar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up ChargeDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {problem} Go back to correct it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set up: nothing was saved. Add a site in Settings → Sites (or import one with chargedesk config import site.json); the set-up opens again at the next start while there is no site.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
