<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_CH">
<context>
    <name>AddressList</name>
    <message>
        <source>Give each charger one of these addresses as its central system (OCPP server) URL, with its own charge point id in place of {chargePointId}.</source>
        <translation>Geben Sie jedem Ladepunkt eine dieser Adressen als URL des Zentralsystems (OCPP-Server) ein, mit seiner eigenen Ladepunkt-ID anstelle von {chargePointId}.</translation>
    </message>
    <message>
        <source>No address yet: the site&apos;s central system is not running (start chargedesk serve, or let this console run it: Settings → Central system).</source>
        <translation>Noch keine Adresse: Das Zentralsystem des Standorts läuft nicht (starten Sie chargedesk serve oder lassen Sie es in dieser Konsole laufen: Einstellungen → Zentralsystem).</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy this address to the clipboard</source>
        <translation>Diese Adresse in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Copied: {url}</source>
        <translation>Kopiert: {url}</translation>
    </message>
    <message>
        <source>Addresses chargers use</source>
        <translation>Adressen für die Ladepunkte</translation>
    </message>
    <message>
        <source>Click to see them with Copy.</source>
        <translation>Klicken, um sie mit «Kopieren» zu sehen.</translation>
    </message>
    <message>
        <source>Chargers connect to:</source>
        <translation>Ladepunkte verbinden sich mit:</translation>
    </message>
</context>
<context>
    <name>ChargerAddresses</name>
    <message>
        <source>IPv6 link-local: only chargers on the same network segment</source>
        <translation>IPv6 link-local: nur Ladepunkte im selben Netzwerksegment</translation>
    </message>
    <message>
        <source>this computer only: to reach chargers, listen on 0.0.0.0 (Settings → Central system)</source>
        <translation>nur dieser Computer: Damit Ladepunkte ihn erreichen, auf 0.0.0.0 hören (Einstellungen → Zentralsystem)</translation>
    </message>
    <message>
        <source>this computer only: no other network is connected</source>
        <translation>nur dieser Computer: kein anderes Netzwerk ist verbunden</translation>
    </message>
</context>
<context>
    <name>EmptyStates</name>
    <message>
        <source>Import a site configuration (chargedesk config export)</source>
        <translation>Standort-Konfiguration importieren (chargedesk config export)</translation>
    </message>
    <message>
        <source>Site configuration (*.json)</source>
        <translation>Standort-Konfiguration (*.json)</translation>
    </message>
    <message>
        <source>Nothing was imported: {file} has problems (below).</source>
        <translation>Es wurde nichts importiert: {file} enthält Fehler (unten).</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Imported {file}.</source>
        <translation>{file} importiert.</translation>
    </message>
    <message>
        <source>Import a site configuration</source>
        <translation>Standort-Konfiguration importieren</translation>
    </message>
    <message>
        <source>Show the addresses chargers use</source>
        <translation>Adressen für die Ladepunkte zeigen</translation>
    </message>
    <message>
        <source>Add station</source>
        <translation>Ladestation hinzufügen</translation>
    </message>
    <message>
        <source>Import a site configuration…</source>
        <translation>Standort-Konfiguration importieren…</translation>
    </message>
    <message>
        <source>Open Settings → Sites</source>
        <translation>Einstellungen → Standorte öffnen</translation>
    </message>
    <message>
        <source>No stations yet: the dashboard shows each one live once there are stations. Add them, import a site, or give your chargers the addresses chargers use.</source>
        <translation>Noch keine Ladestationen: Das Dashboard zeigt jede live, sobald es Ladestationen gibt. Fügen Sie sie hinzu, importieren Sie einen Standort oder geben Sie Ihren Ladepunkten die Adressen für die Ladepunkte.</translation>
    </message>
    <message>
        <source>No stations yet. Add one, import a whole site from a configuration file, or give a charger one of the addresses chargers use and accept it on the Chargers page when it connects.</source>
        <translation>Noch keine Ladestationen. Fügen Sie eine hinzu, importieren Sie einen ganzen Standort aus einer Konfigurationsdatei, oder geben Sie einem Ladepunkt eine der Adressen für die Ladepunkte und nehmen Sie ihn auf der Seite Ladepunkte an, sobald er sich verbindet.</translation>
    </message>
    <message>
        <source>No stations yet. Add them (or import a site), then give each a location in its editor (Set on map…).</source>
        <translation>Noch keine Ladestationen. Fügen Sie sie hinzu (oder importieren Sie einen Standort) und geben Sie jeder im Editor einen Ort (Auf Karte setzen…).</translation>
    </message>
    <message>
        <source>No users yet. Users are the people who charge with an RFID card: add them one by one or import a CSV file.</source>
        <translation>Noch keine Benutzer. Benutzer sind die Personen, die mit einer RFID-Karte laden: Fügen Sie sie einzeln hinzu oder importieren Sie eine CSV-Datei.</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Benutzer hinzufügen</translation>
    </message>
    <message>
        <source>Import users from CSV…</source>
        <translation>Benutzer aus CSV importieren…</translation>
    </message>
    <message>
        <source>No stations yet: a schedule plans when a station&apos;s connectors may be used.</source>
        <translation>Noch keine Ladestationen: Ein Zeitplan legt fest, wann die Anschlüsse einer Ladestation benutzt werden dürfen.</translation>
    </message>
    <message>
        <source>No charging sessions to show. They appear here as soon as a charger connected to this central system charges a vehicle.</source>
        <translation>Keine Ladevorgänge anzuzeigen. Sie erscheinen hier, sobald ein mit diesem Zentralsystem verbundener Ladepunkt ein Fahrzeug lädt.</translation>
    </message>
    <message>
        <source>Open Stations</source>
        <translation>Ladestationen öffnen</translation>
    </message>
    <message>
        <source>No charger has connected yet. Give each charger one of the addresses chargers use: a new charger appears here, waiting to be accepted. A virtual charger lets you try it out now.</source>
        <translation>Noch hat sich kein Ladepunkt verbunden. Geben Sie jedem Ladepunkt eine der Adressen für die Ladepunkte: Ein neuer Ladepunkt erscheint hier und wartet darauf, angenommen zu werden. Mit einem virtuellen Ladepunkt können Sie es gleich ausprobieren.</translation>
    </message>
    <message>
        <source>Start a virtual charger…</source>
        <translation>Virtuellen Ladepunkt starten…</translation>
    </message>
    <message>
        <source>No messages yet. The log shows what the chargers and this central system say to each other, once a charger connects.</source>
        <translation>Noch keine Meldungen. Das Protokoll zeigt, was die Ladepunkte und dieses Zentralsystem einander senden, sobald sich ein Ladepunkt verbindet.</translation>
    </message>
    <message>
        <source>Nothing changed yet. Every change made in any console (sites, tariffs, stations, users) appears here with who made it.</source>
        <translation>Noch nichts geändert. Jede Änderung in einer beliebigen Konsole (Standorte, Tarife, Ladestationen, Benutzer) erscheint hier mit dem Bediener, der sie gemacht hat.</translation>
    </message>
</context>
<context>
    <name>FirstStart</name>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
    <message>
        <source>Your site</source>
        <translation>Ihr Standort</translation>
    </message>
    <message>
        <source>Where the charging stations are. Access times are in the site&apos;s time zone; prices in its currency, with its VAT.</source>
        <translation>Wo die Ladestationen stehen. Zugangszeiten gelten in der Zeitzone des Standorts, Preise in seiner Währung mit seiner MWST.</translation>
    </message>
    <message>
        <source>e.g. Head office Bern</source>
        <translation>z. B. Hauptsitz Bern</translation>
    </message>
    <message>
        <source>Site name</source>
        <translation>Name des Standorts</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>VAT %</source>
        <translation>MWST %</translation>
    </message>
    <message>
        <source>The first tariff</source>
        <translation>Der erste Tarif</translation>
    </message>
    <message>
        <source>What a charge costs. More tariffs (for employees, visitors…) can be added later in Settings → Tariffs.</source>
        <translation>Was ein Ladevorgang kostet. Weitere Tarife (für Mitarbeitende, Besucher…) können Sie später unter Einstellungen → Tarife hinzufügen.</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Tariff name</source>
        <translation>Name des Tarifs</translation>
    </message>
    <message>
        <source>Price per kWh</source>
        <translation>Preis pro kWh</translation>
    </message>
    <message>
        <source>optional, e.g. 1.00</source>
        <translation>freiwillig, z. B. 1.00</translation>
    </message>
    <message>
        <source>Start fee</source>
        <translation>Startgebühr</translation>
    </message>
    <message>
        <source>Prices include VAT.</source>
        <translation>Preise inklusive MWST.</translation>
    </message>
    <message>
        <source>type a price (e.g. 0.35; 0 for free charging)</source>
        <translation>geben Sie einen Preis ein (z. B. 0.35; 0 für kostenloses Laden)</translation>
    </message>
    <message>
        <source>New chargers</source>
        <translation>Neue Ladepunkte</translation>
    </message>
    <message>
        <source>What happens when a charger this site does not know yet connects.</source>
        <translation>Was geschieht, wenn sich ein Ladepunkt verbindet, den dieser Standort noch nicht kennt.</translation>
    </message>
    <message>
        <source>It waits until an operator accepts it (Pending) — recommended</source>
        <translation>Er wartet, bis ein Bediener ihn annimmt (Pending) — empfohlen</translation>
    </message>
    <message>
        <source>It is accepted automatically and a station is created for it</source>
        <translation>Er wird automatisch angenommen und eine Ladestation wird für ihn angelegt</translation>
    </message>
    <message>
        <source>A pending charger may only boot and report its status: it cannot charge before it is accepted on the Chargers page. Change this later in Settings → Central system.</source>
        <translation>Ein wartender Ladepunkt darf nur starten und seinen Zustand melden: Er kann nicht laden, bevor er auf der Seite Ladepunkte angenommen ist. Ändern Sie dies später unter Einstellungen → Zentralsystem.</translation>
    </message>
    <message>
        <source>This console is attached to the site&apos;s central system, which runs elsewhere: set this there (chargedesk serve --unknown-chargers).</source>
        <translation>Diese Konsole ist mit dem Zentralsystem des Standorts verbunden, das anderswo läuft: Legen Sie dies dort fest (chargedesk serve --unknown-chargers).</translation>
    </message>
    <message>
        <source>Connect your chargers</source>
        <translation>Ladepunkte verbinden</translation>
    </message>
    <message>
        <source>Enter one of these addresses in each charger&apos;s OCPP settings. They stay in Settings → Central system and in the status bar.</source>
        <translation>Tragen Sie eine dieser Adressen in den OCPP-Einstellungen jedes Ladepunkts ein. Sie bleiben unter Einstellungen → Zentralsystem und in der Statusleiste sichtbar.</translation>
    </message>
    <message>
        <source>Set up ChargeDesk</source>
        <translation>ChargeDesk einrichten</translation>
    </message>
    <message>
        <source>Not saved: {problem} Go back to correct it.</source>
        <translation>Nicht gespeichert: {problem} Gehen Sie zurück, um es zu korrigieren.</translation>
    </message>
    <message>
        <source>Not set up: nothing was saved. Add a site in Settings → Sites (or import one with chargedesk config import site.json); the set-up opens again at the next start while there is no site.</source>
        <translation>Nicht eingerichtet: Es wurde nichts gespeichert. Fügen Sie unter Einstellungen → Standorte einen Standort hinzu (oder importieren Sie einen mit chargedesk config import site.json); die Einrichtung öffnet sich beim nächsten Start wieder, solange es keinen Standort gibt.</translation>
    </message>
</context>
</TS>
