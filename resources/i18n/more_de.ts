<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../app/views/audit_page.py" line="37"/>
        <source>Time</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <location filename="../../app/views/audit_page.py" line="38"/>
        <location filename="../../app/views/audit_page.py" line="111"/>
        <source>Operator</source>
        <translation>Bediener</translation>
    </message>
    <message>
        <location filename="../../app/views/audit_page.py" line="39"/>
        <location filename="../../app/views/audit_page.py" line="112"/>
        <source>Machine</source>
        <translation>Rechner</translation>
    </message>
    <message>
        <location filename="../../app/views/audit_page.py" line="40"/>
        <location filename="../../app/views/audit_page.py" line="113"/>
        <source>What</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <location filename="../../app/views/audit_page.py" line="41"/>
        <source>Which</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <location filename="../../app/views/audit_page.py" line="42"/>
        <location filename="../../app/views/audit_page.py" line="114"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../../app/views/audit_page.py" line="43"/>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <location filename="../../app/views/audit_page.py" line="45"/>
        <source>(any)</source>
        <translation>(alle)</translation>
    </message>
    <message>
        <location filename="../../app/views/audit_page.py" line="103"/>
        <source>The operator (or cli:&lt;user&gt;, charger …) who made the change</source>
        <translation>Der Bediener (oder cli:&lt;user&gt;, Ladestation …), der die Änderung vorgenommen hat</translation>
    </message>
    <message>
        <location filename="../../app/views/audit_page.py" line="105"/>
        <source>The computer the change was made on</source>
        <translation>Der Rechner, an dem die Änderung vorgenommen wurde</translation>
    </message>
    <message>
        <location filename="../../app/views/audit_page.py" line="107"/>
        <source>The kind of thing changed (station, user, tariff, operator …)</source>
        <translation>Art des geänderten Objekts (station, user, tariff, operator …)</translation>
    </message>
    <message>
        <location filename="../../app/views/audit_page.py" line="109"/>
        <source>create, update, delete, login …</source>
        <translation>Art der Änderung: create, update, delete, login …</translation>
    </message>
    <message>
        <location filename="../../app/views/audit_page.py" line="121"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../../app/views/audit_page.py" line="123"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location filename="../../app/views/audit_page.py" line="134"/>
        <source>Search: a name, an id, a value in the changes…</source>
        <translation>Suchen: ein Name, eine ID, ein Wert in den Änderungen…</translation>
    </message>
    <message>
        <location filename="../../app/views/audit_page.py" line="137"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../../app/views/audit_page.py" line="138"/>
        <source>Read the newest entries again (F5)</source>
        <translation>Die neuesten Einträge erneut lesen (F5)</translation>
    </message>
    <message>
        <location filename="../../app/views/audit_page.py" line="159"/>
        <source>Select an entry to see what it changed.</source>
        <translation>Wählen Sie einen Eintrag, um zu sehen, was er geändert hat.</translation>
    </message>
    <message>
        <location filename="../../app/views/audit_page.py" line="169"/>
        <source>Older entries</source>
        <translation>Ältere Einträge</translation>
    </message>
    <message>
        <location filename="../../app/views/audit_page.py" line="171"/>
        <source>Read the next page of older entries</source>
        <translation>Die nächste Seite älterer Einträge lesen</translation>
    </message>
    <message>
        <location filename="../../app/views/audit_page.py" line="242"/>
        <source>Could not read the audit trail: {error}</source>
        <translation>Das Audit-Protokoll konnte nicht gelesen werden: {error}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/audit_page.py" line="263"/>
        <source>%n row(s) shown, newest first — more below (Older entries)</source>
        <translation>
            <numerusform>Angezeigte Zeilen: %n, neueste zuerst — weitere unten (Ältere Einträge)</numerusform>
            <numerusform>Angezeigte Zeilen: %n, neueste zuerst — weitere unten (Ältere Einträge)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/audit_page.py" line="271"/>
        <source>%n row(s) shown, newest first</source>
        <translation>
            <numerusform>Angezeigte Zeilen: %n, neueste zuerst</numerusform>
            <numerusform>Angezeigte Zeilen: %n, neueste zuerst</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/audit_page.py" line="298"/>
        <source>{time} — {operator} on {machine}</source>
        <translation>{time} — {operator} auf {machine}</translation>
    </message>
    <message>
        <location filename="../../app/views/audit_page.py" line="300"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../../app/views/audit_page.py" line="301"/>
        <source>an unknown machine</source>
        <translation>einem unbekannten Rechner</translation>
    </message>
    <message>
        <location filename="../../app/views/audit_page.py" line="305"/>
        <source>(no details recorded)</source>
        <translation>(keine Details erfasst)</translation>
    </message>
</context>
<context>
    <name>CircuitsSection</name>
    <message>
        <location filename="../../app/views/circuits_section.py" line="61"/>
        <location filename="../../app/views/circuits_section.py" line="221"/>
        <source>Circuit</source>
        <translation>Stromkreis</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="62"/>
        <source>Limit</source>
        <translation>Grenzwert</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="63"/>
        <location filename="../../app/views/circuits_section.py" line="243"/>
        <source>Phases</source>
        <translation>Phasen</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="64"/>
        <source>Time-of-day limits</source>
        <translation>Zeitabhängige Grenzwerte</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="65"/>
        <source>Connectors</source>
        <translation>Anschlüsse</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="66"/>
        <source>Load now (L1 / L2 / L3)</source>
        <translation>Aktuelle Last (L1 / L2 / L3)</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="81"/>
        <source>{amps} A of {limit} A</source>
        <translation>{amps} A von {limit} A</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="91"/>
        <source>Connectors on {circuit}</source>
        <translation>Anschlüsse an {circuit}</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="94"/>
        <source>Tick the connectors wired to &lt;b&gt;{circuit}&lt;/b&gt;. A connector is on one circuit; ticking one moves it here. Phases and wiring are set per connector in the station editor.</source>
        <translation>Kreuzen Sie die Anschlüsse an, die an &lt;b&gt;{circuit}&lt;/b&gt; angeschlossen sind. Ein Anschluss gehört zu genau einem Stromkreis; Ankreuzen verschiebt ihn hierher. Phasen und Verdrahtung werden pro Anschluss im Editor der Ladestation eingestellt.</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="146"/>
        <source>Circuits and load</source>
        <translation>Stromkreise und Last</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="149"/>
        <source>Choose a saved site to see its circuits.</source>
        <translation>Wählen Sie einen gespeicherten Standort, um seine Stromkreise zu sehen.</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="198"/>
        <location filename="../../app/views/circuits_section.py" line="429"/>
        <source>Add circuit below</source>
        <translation>Stromkreis darunter hinzufügen</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="199"/>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="200"/>
        <source>Move…</source>
        <translation>Verschieben…</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="201"/>
        <source>Connectors…</source>
        <translation>Anschlüsse…</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="202"/>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="231"/>
        <source>e.g. Garage</source>
        <translation>z. B. Garage</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="237"/>
        <source>A per phase, e.g. 63</source>
        <translation>A pro Phase, z. B. 63</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="239"/>
        <source>kW, e.g. 43 (optional)</source>
        <translation>kW, z. B. 43 (optional)</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="241"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="242"/>
        <source>Under</source>
        <translation>Unter</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="244"/>
        <source>Max current (A)</source>
        <translation>Max. Strom (A)</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="245"/>
        <source>Max power (kW)</source>
        <translation>Max. Leistung (kW)</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="257"/>
        <source>Time-of-day limits (site time):</source>
        <translation>Zeitabhängige Grenzwerte (Ortszeit des Standorts):</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="259"/>
        <source>Edit time-of-day limits…</source>
        <translation>Zeitabhängige Grenzwerte bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="263"/>
        <source>Lower this circuit&apos;s limit at times of the week, in a week calendar</source>
        <translation>Den Grenzwert dieses Stromkreises zu bestimmten Zeiten der Woche senken, in einem Wochenkalender</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="279"/>
        <source>Save circuit</source>
        <translation>Stromkreis speichern</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="282"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="295"/>
        <source>Load sharing</source>
        <translation>Lastverteilung</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="322"/>
        <source>Strategy</source>
        <translation>Strategie</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="323"/>
        <source>How the circuits&apos; power is shared between charging sessions</source>
        <translation>Wie die Leistung der Stromkreise auf die Ladevorgänge verteilt wird</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="324"/>
        <source>Minimum current (A)</source>
        <translation>Mindeststrom (A)</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="325"/>
        <source>Per phase, 6–32 A: a session that would get less waits (paused) instead</source>
        <translation>Pro Phase, 6–32 A: Ein Ladevorgang, der weniger bekäme, wartet stattdessen (pausiert)</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="326"/>
        <source>Base-load meter</source>
        <translation>Grundlastzähler</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="327"/>
        <source>A meter of the site&apos;s other consumers: what they draw is not given to the chargers</source>
        <translation>Ein Zähler der übrigen Verbraucher des Standorts: Was sie beziehen, wird den Ladestationen nicht zugeteilt</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="329"/>
        <source>Meter charger</source>
        <translation>Ladestation mit Zähler</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="330"/>
        <source>The charger whose meter values at its inlet measure the supply</source>
        <translation>Die Ladestation, deren Zählerwerte an ihrem Eingang die Zuleitung messen</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="331"/>
        <source>Meter address</source>
        <translation>Zähleradresse</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="332"/>
        <source>The Modbus TCP meter&apos;s host:port on the LAN</source>
        <translation>host:port des Modbus-TCP-Zählers im LAN</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="333"/>
        <source>Unit id</source>
        <translation>Unit-ID</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="334"/>
        <source>The meter&apos;s Modbus unit id (often 1)</source>
        <translation>Die Modbus-Unit-ID des Zählers (oft 1)</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="335"/>
        <source>Register map</source>
        <translation>Registerbelegung</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="336"/>
        <source>Which registers hold the currents per phase</source>
        <translation>Welche Register die Ströme pro Phase enthalten</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="337"/>
        <source>Meter measures</source>
        <translation>Zähler misst</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="338"/>
        <source>The circuit the meter measures</source>
        <translation>Der Stromkreis, den der Zähler misst</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="356"/>
        <source>Save load sharing</source>
        <translation>Lastverteilung speichern</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="391"/>
        <source>Circuits and load — {site}</source>
        <translation>Stromkreise und Last — {site}</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="422"/>
        <source>Not load-managed: {chargers}</source>
        <translation>Ohne Lastmanagement: {chargers}</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="431"/>
        <source>Add grid connection</source>
        <translation>Netzanschluss hinzufügen</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="453"/>
        <source>the grid connection</source>
        <translation>den Netzanschluss</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="526"/>
        <source>That circuit was deleted meanwhile.</source>
        <translation>Dieser Stromkreis wurde inzwischen gelöscht.</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="533"/>
        <source>Choose the circuit to put it under, then Save circuit.</source>
        <translation>Wählen Sie den übergeordneten Stromkreis und dann «Stromkreis speichern».</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="543"/>
        <source>Circuit {name}</source>
        <translation>Stromkreis {name}</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="545"/>
        <source>New circuit</source>
        <translation>Neuer Stromkreis</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="580"/>
        <source>None: the circuit&apos;s own limit applies at all times.</source>
        <translation>Keine: Der eigene Grenzwert des Stromkreises gilt jederzeit.</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="592"/>
        <source>the new circuit</source>
        <translation>neuer Stromkreis</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="652"/>
        <location filename="../../app/views/circuits_section.py" line="838"/>
        <source>Not saved: fix the marked fields.</source>
        <translation>Nicht gespeichert: Korrigieren Sie die markierten Felder.</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="658"/>
        <source>Not saved: {why}</source>
        <translation>Nicht gespeichert: {why}</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="678"/>
        <source>Not saved: this circuit was changed on another console meanwhile.</source>
        <translation>Nicht gespeichert: Dieser Stromkreis wurde inzwischen an einer anderen Konsole geändert.</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="686"/>
        <source>this circuit was deleted on another console meanwhile.</source>
        <translation>Dieser Stromkreis wurde inzwischen an einer anderen Konsole gelöscht.</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="695"/>
        <source>Saved circuit {name}.</source>
        <translation>Stromkreis {name} gespeichert.</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="717"/>
        <source>Your changes are kept; the other fields show what is stored now.</source>
        <translation>Ihre Änderungen bleiben erhalten; die übrigen Felder zeigen, was jetzt gespeichert ist.</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="733"/>
        <source>Delete circuit {name}?</source>
        <translation>Stromkreis {name} löschen?</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="740"/>
        <source>Delete circuit</source>
        <translation>Stromkreis löschen</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="761"/>
        <source>Reloaded: look again before deleting.</source>
        <translation>Neu geladen: Prüfen Sie erneut, bevor Sie löschen.</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="766"/>
        <source>Not deleted: {why}.</source>
        <translation>Nicht gelöscht: {why}.</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="771"/>
        <source>Circuit deleted.</source>
        <translation>Stromkreis gelöscht.</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="796"/>
        <source>Not changed: {why}</source>
        <translation>Nicht geändert: {why}</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="801"/>
        <source>Not changed: {why}.</source>
        <translation>Nicht geändert: {why}.</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="804"/>
        <source>Connectors saved.</source>
        <translation>Anschlüsse gespeichert.</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="843"/>
        <source>Not saved: the site was changed on another console meanwhile.</source>
        <translation>Nicht gespeichert: Der Standort wurde inzwischen an einer anderen Konsole geändert.</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="848"/>
        <source>Not saved: {why}.</source>
        <translation>Nicht gespeichert: {why}.</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="851"/>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="863"/>
        <source>Your changes are kept; Save replaces what is stored where you changed it.</source>
        <translation>Ihre Änderungen bleiben erhalten; Speichern ersetzt das Gespeicherte dort, wo Sie etwas geändert haben.</translation>
    </message>
</context>
<context>
    <name>LoadPage</name>
    <message>
        <location filename="../../app/views/load/page.py" line="63"/>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <location filename="../../app/views/load/page.py" line="64"/>
        <source>Last 6 hours</source>
        <translation>Letzte 6 Stunden</translation>
    </message>
    <message>
        <location filename="../../app/views/load/page.py" line="65"/>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <location filename="../../app/views/load/page.py" line="66"/>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <location filename="../../app/views/load/page.py" line="69"/>
        <source>Station</source>
        <translation>Ladestation</translation>
    </message>
    <message>
        <location filename="../../app/views/load/page.py" line="70"/>
        <source>Connector</source>
        <translation>Anschluss</translation>
    </message>
    <message>
        <location filename="../../app/views/load/page.py" line="71"/>
        <location filename="../../app/views/load/page.py" line="77"/>
        <source>Circuit</source>
        <translation>Stromkreis</translation>
    </message>
    <message>
        <location filename="../../app/views/load/page.py" line="72"/>
        <source>Phases</source>
        <translation>Phasen</translation>
    </message>
    <message>
        <location filename="../../app/views/load/page.py" line="73"/>
        <location filename="../../app/views/load/page.py" line="78"/>
        <location filename="../../app/views/load/page.py" line="112"/>
        <source>Limit</source>
        <translation>Grenzwert</translation>
    </message>
    <message>
        <location filename="../../app/views/load/page.py" line="74"/>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../../app/views/load/page.py" line="79"/>
        <location filename="../../app/views/load/page.py" line="113"/>
        <source>Allocated</source>
        <translation>Zugeteilt</translation>
    </message>
    <message>
        <location filename="../../app/views/load/page.py" line="80"/>
        <location filename="../../app/views/load/page.py" line="114"/>
        <source>Measured</source>
        <translation>Gemessen</translation>
    </message>
    <message>
        <location filename="../../app/views/load/page.py" line="94"/>
        <source>no limit</source>
        <translation>kein Grenzwert</translation>
    </message>
    <message>
        <location filename="../../app/views/load/page.py" line="192"/>
        <source>Site:</source>
        <translation>Standort:</translation>
    </message>
    <message>
        <location filename="../../app/views/load/page.py" line="225"/>
        <source>Set up circuits in Settings → Sites…</source>
        <translation>Stromkreise einrichten unter Einstellungen → Standorte…</translation>
    </message>
    <message>
        <location filename="../../app/views/load/page.py" line="250"/>
        <source>Amperes per phase: L1 · L2 · L3 (L1 for a single-phase circuit)</source>
        <translation>Ampere pro Phase: L1 · L2 · L3 (L1 bei einem einphasigen Stromkreis)</translation>
    </message>
    <message>
        <location filename="../../app/views/load/page.py" line="272"/>
        <source>Charging now</source>
        <translation>Aktuelle Ladevorgänge</translation>
    </message>
    <message>
        <location filename="../../app/views/load/page.py" line="285"/>
        <source>Nothing is charging on this site&apos;s circuits.</source>
        <translation>An den Stromkreisen dieses Standorts wird gerade nicht geladen.</translation>
    </message>
    <message>
        <location filename="../../app/views/load/page.py" line="289"/>
        <source>&lt;b&gt;Not load-managed&lt;/b&gt; (their full power is reserved on their circuit)</source>
        <translation>&lt;b&gt;Ohne Lastmanagement&lt;/b&gt; (ihre volle Leistung ist auf ihrem Stromkreis reserviert)</translation>
    </message>
    <message>
        <location filename="../../app/views/load/page.py" line="359"/>
        <source>Could not read the load: {error}</source>
        <translation>Die Last konnte nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <location filename="../../app/views/load/page.py" line="395"/>
        <source>There is no site yet. Add one in Settings → Sites, with its grid connection and circuits.</source>
        <translation>Es gibt noch keinen Standort. Legen Sie einen unter Einstellungen → Standorte an, mit seinem Netzanschluss und seinen Stromkreisen.</translation>
    </message>
    <message>
        <location filename="../../app/views/load/page.py" line="408"/>
        <source>{site} has no circuits, so the load of its chargers is not managed. Add the site&apos;s grid connection (its main supply, with its limit) and the circuits below it in Settings → Sites, then put each connector on its circuit in the station editor.</source>
        <translation>{site} hat keine Stromkreise, daher wird die Last seiner Ladestationen nicht gesteuert. Legen Sie unter Einstellungen → Standorte den Netzanschluss des Standorts (seine Hauptzuleitung, mit ihrem Grenzwert) und die Stromkreise darunter an und ordnen Sie dann im Editor der Ladestation jeden Anschluss seinem Stromkreis zu.</translation>
    </message>
    <message>
        <location filename="../../app/views/load/page.py" line="437"/>
        <source>{name} (1-phase)</source>
        <translation>{name} (1-phasig)</translation>
    </message>
    <message>
        <location filename="../../app/views/load/page.py" line="468"/>
        <source>Measured above the limit</source>
        <translation>Gemessen über dem Grenzwert</translation>
    </message>
    <message>
        <location filename="../../app/views/load/page.py" line="472"/>
        <source>Allocation of {time} (live)</source>
        <translation>Zuteilung um {time} (live)</translation>
    </message>
    <message>
        <location filename="../../app/views/load/page.py" line="478"/>
        <source>No allocation heard since this console started: the newest samples ({time}) and the limits last sent</source>
        <translation>Seit dem Start dieser Konsole keine Zuteilung empfangen: die neuesten Messwerte ({time}) und die zuletzt gesendeten Grenzwerte</translation>
    </message>
    <message>
        <location filename="../../app/views/load/page.py" line="486"/>
        <source>Nothing allocated yet: load management starts when the central system runs</source>
        <translation>Noch nichts zugeteilt: Das Lastmanagement beginnt, sobald das Zentralsystem läuft</translation>
    </message>
    <message>
        <location filename="../../app/views/load/page.py" line="504"/>
        <source>full power</source>
        <translation>volle Leistung</translation>
    </message>
    <message>
        <location filename="../../app/views/load/page.py" line="505"/>
        <source>unmanaged: its full power is reserved on its circuit</source>
        <translation>ohne Lastmanagement: volle Leistung auf ihrem Stromkreis reserviert</translation>
    </message>
    <message>
        <location filename="../../app/views/load/page.py" line="509"/>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <location filename="../../app/views/load/page.py" line="523"/>
        <source>{cp_id} connector {connector}</source>
        <translation>{cp_id} Anschluss {connector}</translation>
    </message>
    <message>
        <location filename="../../app/views/load/page.py" line="527"/>
        <source>paused: waits until its minimum is free</source>
        <translation>pausiert: wartet, bis sein Mindeststrom frei ist</translation>
    </message>
    <message>
        <location filename="../../app/views/load/page.py" line="559"/>
        <source>{circuit}: limit, allocated and measured current per phase, {span} (single-phase)</source>
        <translation>{circuit}: Grenzwert, zugeteilter und gemessener Strom pro Phase, {span} (einphasig)</translation>
    </message>
    <message>
        <location filename="../../app/views/load/page.py" line="564"/>
        <source>{circuit}: limit, allocated and measured current per phase, {span} (three-phase)</source>
        <translation>{circuit}: Grenzwert, zugeteilter und gemessener Strom pro Phase, {span} (dreiphasig)</translation>
    </message>
</context>
<context>
    <name>LocationPicker</name>
    <message>
        <location filename="../../app/views/map/picker.py" line="38"/>
        <source>Latitude</source>
        <translation>Breitengrad</translation>
    </message>
    <message>
        <location filename="../../app/views/map/picker.py" line="39"/>
        <source>Longitude</source>
        <translation>Längengrad</translation>
    </message>
    <message>
        <location filename="../../app/views/map/picker.py" line="56"/>
        <source>{what} must be a number in decimal degrees, e.g. {example}.</source>
        <translation>{what}: Geben Sie eine Zahl in Dezimalgrad ein, z. B. {example}.</translation>
    </message>
    <message>
        <location filename="../../app/views/map/picker.py" line="61"/>
        <source>Latitude must be between -90 (south) and 90 (north) degrees.</source>
        <translation>Der Breitengrad muss zwischen -90 (Süd) und 90 (Nord) Grad liegen.</translation>
    </message>
    <message>
        <location filename="../../app/views/map/picker.py" line="63"/>
        <source>Longitude must be between -180 (west) and 180 (east) degrees.</source>
        <translation>Der Längengrad muss zwischen -180 (West) und 180 (Ost) Grad liegen.</translation>
    </message>
    <message>
        <location filename="../../app/views/map/picker.py" line="98"/>
        <source>Location of {name}</source>
        <translation>Position von {name}</translation>
    </message>
    <message>
        <location filename="../../app/views/map/picker.py" line="100"/>
        <source>Station location</source>
        <translation>Position der Ladestation</translation>
    </message>
    <message>
        <location filename="../../app/views/map/picker.py" line="136"/>
        <source>e.g. 47.3769</source>
        <translation>z. B. 47.3769</translation>
    </message>
    <message>
        <location filename="../../app/views/map/picker.py" line="143"/>
        <source>e.g. 8.5417</source>
        <translation>z. B. 8.5417</translation>
    </message>
    <message>
        <location filename="../../app/views/map/picker.py" line="145"/>
        <source>Longitude in decimal degrees, -180 (west) to 180 (east)</source>
        <translation>Längengrad in Dezimalgrad, -180 (West) bis 180 (Ost)</translation>
    </message>
    <message>
        <location filename="../../app/views/map/picker.py" line="149"/>
        <source>Latitude:</source>
        <translation>Breitengrad:</translation>
    </message>
    <message>
        <location filename="../../app/views/map/picker.py" line="151"/>
        <source>Longitude:</source>
        <translation>Längengrad:</translation>
    </message>
    <message>
        <location filename="../../app/views/map/picker.py" line="155"/>
        <source>Centre on needle</source>
        <translation>Auf Nadel zentrieren</translation>
    </message>
    <message>
        <location filename="../../app/views/map/picker.py" line="158"/>
        <source>Bring the needle back into view</source>
        <translation>Die Nadel wieder ins Bild holen</translation>
    </message>
    <message>
        <location filename="../../app/views/map/picker.py" line="159"/>
        <source>Remove location</source>
        <translation>Position entfernen</translation>
    </message>
    <message>
        <location filename="../../app/views/map/picker.py" line="163"/>
        <source>Take the needle away: the station will have no location and leaves the map</source>
        <translation>Die Nadel entfernen: Die Ladestation hat dann keine Position und verschwindet von der Karte</translation>
    </message>
    <message>
        <location filename="../../app/views/map/picker.py" line="181"/>
        <source>The address stays a free text field in the editor.</source>
        <translation>Die Adresse bleibt im Editor ein Freitextfeld.</translation>
    </message>
    <message>
        <location filename="../../app/views/map/picker.py" line="286"/>
        <source>Enter the latitude too.</source>
        <translation>Geben Sie auch den Breitengrad ein.</translation>
    </message>
    <message>
        <location filename="../../app/views/map/picker.py" line="288"/>
        <source>Enter the longitude too.</source>
        <translation>Geben Sie auch den Längengrad ein.</translation>
    </message>
    <message>
        <location filename="../../app/views/map/picker.py" line="334"/>
        <source>Drag the needle to adjust, or click elsewhere to move it. Typing coordinates below moves it too.</source>
        <translation>Ziehen Sie die Nadel, um sie anzupassen, oder klicken Sie an eine andere Stelle, um sie zu versetzen. Auch Koordinaten, die Sie unten eingeben, versetzen sie.</translation>
    </message>
    <message>
        <location filename="../../app/views/map/picker.py" line="339"/>
        <location filename="../../app/views/map/picker.py" line="355"/>
        <source>Use this location</source>
        <translation>Diese Position verwenden</translation>
    </message>
    <message>
        <location filename="../../app/views/map/picker.py" line="343"/>
        <source>No location: the station will leave the map. Click the map to place it again.</source>
        <translation>Keine Position: Die Ladestation verschwindet von der Karte. Klicken Sie auf die Karte, um sie wieder zu platzieren.</translation>
    </message>
    <message>
        <location filename="../../app/views/map/picker.py" line="348"/>
        <source>Use no location</source>
        <translation>Ohne Position übernehmen</translation>
    </message>
</context>
<context>
    <name>LogPage</name>
    <message>
        <location filename="../../app/views/log_page.py" line="60"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../../app/views/log_page.py" line="61"/>
        <source>Charger</source>
        <translation>Ladepunkt</translation>
    </message>
    <message>
        <location filename="../../app/views/log_page.py" line="62"/>
        <source>Dir</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <location filename="../../app/views/log_page.py" line="63"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../../app/views/log_page.py" line="64"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../../app/views/log_page.py" line="65"/>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <location filename="../../app/views/log_page.py" line="66"/>
        <source>Message id</source>
        <translation>Nachrichten-ID</translation>
    </message>
    <message>
        <location filename="../../app/views/log_page.py" line="105"/>
        <source>CallError: the other side could not process the call</source>
        <translation>CallError: Die Gegenseite konnte den Aufruf nicht verarbeiten</translation>
    </message>
    <message>
        <location filename="../../app/views/log_page.py" line="107"/>
        <source>Waiting for the answer</source>
        <translation>Warten auf die Antwort</translation>
    </message>
    <message>
        <location filename="../../app/views/log_page.py" line="109"/>
        <source>Answered; the answer&apos;s status is {status}</source>
        <translation>Beantwortet; Status der Antwort: {status}</translation>
    </message>
    <message>
        <location filename="../../app/views/log_page.py" line="112"/>
        <source>Answered</source>
        <translation>Beantwortet</translation>
    </message>
    <message>
        <location filename="../../app/views/log_page.py" line="239"/>
        <source>any time</source>
        <translation>gesamter Zeitraum</translation>
    </message>
    <message>
        <location filename="../../app/views/log_page.py" line="240"/>
        <source>last 5 minutes</source>
        <translation>letzte 5 Minuten</translation>
    </message>
    <message>
        <location filename="../../app/views/log_page.py" line="241"/>
        <source>last hour</source>
        <translation>letzte Stunde</translation>
    </message>
    <message>
        <location filename="../../app/views/log_page.py" line="242"/>
        <source>last 24 hours</source>
        <translation>letzte 24 Stunden</translation>
    </message>
    <message>
        <location filename="../../app/views/log_page.py" line="301"/>
        <source>charger…</source>
        <translation>Ladepunkt…</translation>
    </message>
    <message>
        <location filename="../../app/views/log_page.py" line="304"/>
        <source>all actions</source>
        <translation>alle Aktionen</translation>
    </message>
    <message>
        <location filename="../../app/views/log_page.py" line="308"/>
        <source>both directions</source>
        <translation>beide Richtungen</translation>
    </message>
    <message>
        <location filename="../../app/views/log_page.py" line="309"/>
        <source>from chargers</source>
        <translation>von Ladepunkten</translation>
    </message>
    <message>
        <location filename="../../app/views/log_page.py" line="310"/>
        <source>to chargers</source>
        <translation>an Ladepunkte</translation>
    </message>
    <message>
        <location filename="../../app/views/log_page.py" line="316"/>
        <source>errors only</source>
        <translation>nur Fehler</translation>
    </message>
    <message>
        <location filename="../../app/views/log_page.py" line="319"/>
        <source>Show only the calls of this period</source>
        <translation>Nur die Aufrufe dieses Zeitraums zeigen</translation>
    </message>
    <message>
        <location filename="../../app/views/log_page.py" line="326"/>
        <location filename="../../app/views/log_page.py" line="502"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../app/views/log_page.py" line="328"/>
        <source>Hold new frames (the newest {count} are kept and shown on Resume)</source>
        <translation>Neue Frames zurückhalten (die neuesten {count} werden behalten und bei «Fortsetzen» angezeigt)</translation>
    </message>
    <message>
        <location filename="../../app/views/log_page.py" line="334"/>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <location filename="../../app/views/log_page.py" line="336"/>
        <source>Save the rows the filter shows as JSON lines (.jsonl) or CSV (.csv)</source>
        <translation>Die vom Filter gezeigten Zeilen als JSON Lines (.jsonl) oder CSV (.csv) speichern</translation>
    </message>
    <message>
        <location filename="../../app/views/log_page.py" line="373"/>
        <source>Call</source>
        <translation>Aufruf</translation>
    </message>
    <message>
        <location filename="../../app/views/log_page.py" line="374"/>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location filename="../../app/views/log_page.py" line="376"/>
        <source>Select a row to see the call</source>
        <translation>Wählen Sie eine Zeile, um den Aufruf zu sehen</translation>
    </message>
    <message>
        <location filename="../../app/views/log_page.py" line="377"/>
        <source>… and its answer</source>
        <translation>… und seine Antwort</translation>
    </message>
    <message>
        <location filename="../../app/views/log_page.py" line="398"/>
        <source>Part of a charge point id (Ctrl+F)</source>
        <translation>Teil einer Ladepunkt-ID (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../app/views/log_page.py" line="416"/>
        <source>Export the shown OCPP messages</source>
        <translation>Die angezeigten OCPP-Nachrichten exportieren</translation>
    </message>
    <message>
        <location filename="../../app/views/log_page.py" line="419"/>
        <source>JSON lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <location filename="../../app/views/log_page.py" line="419"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../app/views/log_page.py" line="434"/>
        <source>export failed: {why} ({path})</source>
        <translation>Export fehlgeschlagen: {why} ({path})</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/log_page.py" line="442"/>
        <source>%n call(s) exported to {file}</source>
        <translation>
            <numerusform>Nach {file} exportierte Aufrufe: %n</numerusform>
            <numerusform>Nach {file} exportierte Aufrufe: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/log_page.py" line="456"/>
        <source>earlier messages not loaded: {why}</source>
        <translation>frühere Nachrichten nicht geladen: {why}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/log_page.py" line="468"/>
        <source>paused: %n new frame(s) held</source>
        <translation>
            <numerusform>pausiert – zurückgehaltene neue Frames: %n</numerusform>
            <numerusform>pausiert – zurückgehaltene neue Frames: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/log_page.py" line="502"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/log_page.py" line="510"/>
        <source>%n call(s)</source>
        <translation>
            <numerusform>Aufrufe: %n</numerusform>
            <numerusform>Aufrufe: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/log_page.py" line="522"/>
        <source>{cp_id} → central system</source>
        <translation>{cp_id} → Zentralsystem</translation>
    </message>
    <message>
        <location filename="../../app/views/log_page.py" line="524"/>
        <source>central system → {cp_id}</source>
        <translation>Zentralsystem → {cp_id}</translation>
    </message>
    <message>
        <location filename="../../app/views/log_page.py" line="527"/>
        <source>Call · {action} · {who} · id {id}</source>
        <translation>Aufruf · {action} · {who} · ID {id}</translation>
    </message>
    <message>
        <location filename="../../app/views/log_page.py" line="532"/>
        <source>Answer · waiting</source>
        <translation>Antwort · ausstehend</translation>
    </message>
    <message>
        <location filename="../../app/views/log_page.py" line="534"/>
        <source>Answer · {result}</source>
        <translation>Antwort · {result}</translation>
    </message>
    <message>
        <location filename="../../app/views/log_page.py" line="539"/>
        <source>(no answer yet)</source>
        <translation>(noch keine Antwort)</translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message>
        <location filename="../../app/views/map/page.py" line="130"/>
        <source>Find a station: name, charge point id or address, then Enter</source>
        <translation>Ladestation suchen: Name, Ladepunkt-ID oder Adresse, dann Enter</translation>
    </message>
    <message>
        <location filename="../../app/views/map/page.py" line="134"/>
        <source>Centres the map on the station and opens its popup (Ctrl+F)</source>
        <translation>Zentriert die Karte auf die Ladestation und öffnet ihr Popup (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../app/views/map/page.py" line="142"/>
        <source>Fit all</source>
        <translation>Alle zeigen</translation>
    </message>
    <message>
        <location filename="../../app/views/map/page.py" line="144"/>
        <source>Frame every station shown (Ctrl+0)</source>
        <translation>Alle angezeigten Ladestationen ins Bild fassen (Ctrl+0)</translation>
    </message>
    <message>
        <location filename="../../app/views/map/page.py" line="162"/>
        <source>Loading the map…</source>
        <translation>Karte wird geladen…</translation>
    </message>
    <message>
        <location filename="../../app/views/map/page.py" line="278"/>
        <source>The stations could not be read: {why}</source>
        <translation>Die Ladestationen konnten nicht gelesen werden: {why}</translation>
    </message>
    <message>
        <location filename="../../app/views/map/page.py" line="455"/>
        <source>Reading the stations…</source>
        <translation>Ladestationen werden gelesen…</translation>
    </message>
    <message>
        <location filename="../../app/views/map/page.py" line="462"/>
        <source>No stations yet. Add them on the Stations page; give each a location in its editor (Set on map…).</source>
        <translation>Noch keine Ladestationen. Legen Sie sie auf der Seite Ladestationen an und geben Sie jeder in ihrem Editor eine Position (Auf Karte setzen…).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/map/page.py" line="473"/>
        <source>{placed} of %n station(s) on the map</source>
        <translation>
            <numerusform>Ladestationen auf der Karte: {placed} von %n</numerusform>
            <numerusform>Ladestationen auf der Karte: {placed} von %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/map/page.py" line="477"/>
        <source>{shown} of %n placed station(s) match the filters</source>
        <translation>
            <numerusform>Platzierte Ladestationen, die zu den Filtern passen: {shown} von %n</numerusform>
            <numerusform>Platzierte Ladestationen, die zu den Filtern passen: {shown} von %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/map/page.py" line="484"/>
        <source>%n without a location: {names}</source>
        <translation>
            <numerusform>Ohne Position: %n – {names}</numerusform>
            <numerusform>Ohne Position: %n – {names}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/map/page.py" line="488"/>
        <source>Open a station and use Set on map… (or type its coordinates) to place it:
</source>
        <translation>Öffnen Sie eine Ladestation und platzieren Sie sie mit «Auf Karte setzen…» (oder durch Eingabe ihrer Koordinaten):
</translation>
    </message>
    <message>
        <location filename="../../app/views/map/page.py" line="531"/>
        <source>No station matches “{text}”.</source>
        <translation>Keine Ladestation passt zu «{text}».</translation>
    </message>
    <message>
        <location filename="../../app/views/map/page.py" line="541"/>
        <source>{name} has no location yet. &lt;a href=&apos;station:{id}&apos;&gt;Open it&lt;/a&gt; and use Set on map… to place it.</source>
        <translation>{name} hat noch keine Position. &lt;a href=&apos;station:{id}&apos;&gt;Öffnen Sie sie&lt;/a&gt; und platzieren Sie sie mit «Auf Karte setzen…».</translation>
    </message>
    <message>
        <location filename="../../app/views/map/page.py" line="558"/>
        <source>The filters hid it: they are cleared.</source>
        <translation>Die Filter hatten sie ausgeblendet: Sie sind jetzt zurückgesetzt.</translation>
    </message>
    <message>
        <location filename="../../app/views/map/page.py" line="561"/>
        <source>Showing {name} ({cp_id}).</source>
        <translation>{name} ({cp_id}) wird angezeigt.</translation>
    </message>
</context>
<context>
    <name>MapTilesSettings</name>
    <message>
        <location filename="../../app/views/map/tiles.py" line="492"/>
        <source>Map tiles</source>
        <translation>Kartenkacheln</translation>
    </message>
    <message>
        <location filename="../../app/views/map/tiles.py" line="495"/>
        <source>The map&apos;s background. Stations are always shown; without tiles they appear on a grid of latitudes and longitudes. Tiles fetched over the network are kept on disk, so a site viewed once can be shown later without a connection.</source>
        <translation>Der Hintergrund der Karte. Ladestationen werden immer angezeigt; ohne Kacheln erscheinen sie auf einem Gitter aus Breiten- und Längengraden. Über das Netzwerk geladene Kacheln werden auf der Festplatte behalten, sodass ein einmal angesehenes Gebiet später auch ohne Verbindung angezeigt werden kann.</translation>
    </message>
    <message>
        <location filename="../../app/views/map/tiles.py" line="506"/>
        <source>OpenStreetMap (public tiles, needs internet)</source>
        <translation>OpenStreetMap (öffentliche Kacheln, braucht Internet)</translation>
    </message>
    <message>
        <location filename="../../app/views/map/tiles.py" line="511"/>
        <source>A tile server on the network</source>
        <translation>Ein Kachelserver im Netzwerk</translation>
    </message>
    <message>
        <location filename="../../app/views/map/tiles.py" line="513"/>
        <source>Pre-downloaded tiles: a folder or an MBTiles file</source>
        <translation>Vorab geladene Kacheln: ein Ordner oder eine MBTiles-Datei</translation>
    </message>
    <message>
        <location filename="../../app/views/map/tiles.py" line="515"/>
        <source>No tiles (stations on a coordinate grid)</source>
        <translation>Keine Kacheln (Ladestationen auf einem Koordinatengitter)</translation>
    </message>
    <message>
        <location filename="../../app/views/map/tiles.py" line="526"/>
        <source>Source:</source>
        <translation>Quelle:</translation>
    </message>
    <message>
        <location filename="../../app/views/map/tiles.py" line="530"/>
        <source>http://tiles.example.lan/{z}/{x}/{y}.png</source>
        <translation>http://tiles.example.lan/{z}/{x}/{y}.png</translation>
    </message>
    <message>
        <location filename="../../app/views/map/tiles.py" line="532"/>
        <source>The server&apos;s URL template: {z} zoom, {x} column, {y} row ({s} for a, b, c sub-domains)</source>
        <translation>URL-Vorlage des Servers: {z} Zoomstufe, {x} Spalte, {y} Zeile ({s} für die Subdomains a, b, c)</translation>
    </message>
    <message>
        <location filename="../../app/views/map/tiles.py" line="538"/>
        <source>Test</source>
        <translation>Testen</translation>
    </message>
    <message>
        <location filename="../../app/views/map/tiles.py" line="541"/>
        <source>Ask the server for its first tile (zoom 0) and say what came back</source>
        <translation>Den Server nach seiner ersten Kachel (Zoom 0) fragen und melden, was zurückkam</translation>
    </message>
    <message>
        <location filename="../../app/views/map/tiles.py" line="547"/>
        <source>Server URL:</source>
        <translation>Server-URL:</translation>
    </message>
    <message>
        <location filename="../../app/views/map/tiles.py" line="552"/>
        <source>/srv/tiles  (holding {z}/{x}/{y}.png)  or  /srv/site.mbtiles</source>
        <translation>/srv/tiles  (mit {z}/{x}/{y}.png)  oder  /srv/site.mbtiles</translation>
    </message>
    <message>
        <location filename="../../app/views/map/tiles.py" line="554"/>
        <source>Folder…</source>
        <translation>Ordner…</translation>
    </message>
    <message>
        <location filename="../../app/views/map/tiles.py" line="556"/>
        <source>MBTiles file…</source>
        <translation>MBTiles-Datei…</translation>
    </message>
    <message>
        <location filename="../../app/views/map/tiles.py" line="564"/>
        <source>Tiles:</source>
        <translation>Kacheln:</translation>
    </message>
    <message>
        <location filename="../../app/views/map/tiles.py" line="568"/>
        <source>© OpenStreetMap contributors</source>
        <translation>© OpenStreetMap-Mitwirkende</translation>
    </message>
    <message>
        <location filename="../../app/views/map/tiles.py" line="570"/>
        <source>Shown in the map&apos;s corner: the data&apos;s licence usually requires it</source>
        <translation>In der Kartenecke angezeigt: Die Lizenz der Daten verlangt es meist</translation>
    </message>
    <message>
        <location filename="../../app/views/map/tiles.py" line="572"/>
        <source>Attribution:</source>
        <translation>Quellenangabe:</translation>
    </message>
    <message>
        <location filename="../../app/views/map/tiles.py" line="580"/>
        <source>The oldest cached tiles are removed beyond this size (0: no limit)</source>
        <translation>Über dieser Grösse werden die ältesten zwischengespeicherten Kacheln entfernt (0: keine Grenze)</translation>
    </message>
    <message>
        <location filename="../../app/views/map/tiles.py" line="589"/>
        <source>Clear cache</source>
        <translation>Cache leeren</translation>
    </message>
    <message>
        <location filename="../../app/views/map/tiles.py" line="591"/>
        <source>Delete every cached tile (they are fetched again when shown)</source>
        <translation>Alle zwischengespeicherten Kacheln löschen (sie werden beim Anzeigen neu geladen)</translation>
    </message>
    <message>
        <location filename="../../app/views/map/tiles.py" line="596"/>
        <source>Cache:</source>
        <translation>Cache:</translation>
    </message>
    <message>
        <location filename="../../app/views/map/tiles.py" line="599"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../../app/views/map/tiles.py" line="675"/>
        <source>Not saved: fix the marked field.</source>
        <translation>Nicht gespeichert: Korrigieren Sie das markierte Feld.</translation>
    </message>
    <message>
        <location filename="../../app/views/map/tiles.py" line="681"/>
        <source>Saved; open maps use it now.</source>
        <translation>Gespeichert; geöffnete Karten verwenden die Einstellung ab sofort.</translation>
    </message>
    <message>
        <location filename="../../app/views/map/tiles.py" line="709"/>
        <source>Asking {host} for a tile…</source>
        <translation>{host} wird nach einer Kachel gefragt…</translation>
    </message>
    <message>
        <location filename="../../app/views/map/tiles.py" line="722"/>
        <source>The server answered with a tile ({size} KB) in {ms} ms.</source>
        <translation>Der Server hat mit einer Kachel ({size} KB) in {ms} ms geantwortet.</translation>
    </message>
    <message>
        <location filename="../../app/views/map/tiles.py" line="730"/>
        <source>HTTP {status}, not an image</source>
        <translation>HTTP {status}, kein Bild</translation>
    </message>
    <message>
        <location filename="../../app/views/map/tiles.py" line="734"/>
        <source>No tile from {url}: {why}.</source>
        <translation>Keine Kachel von {url}: {why}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/map/tiles.py" line="743"/>
        <source>%n tile(s), {size} MB in {folder}</source>
        <translation>
            <numerusform>Kacheln: %n, {size} MB in {folder}</numerusform>
            <numerusform>Kacheln: %n, {size} MB in {folder}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/map/tiles.py" line="754"/>
        <source>Folder of map tiles ({z}/{x}/{y}.png)</source>
        <translation>Ordner mit Kartenkacheln ({z}/{x}/{y}.png)</translation>
    </message>
</context>
<context>
    <name>OperatorsSection</name>
    <message>
        <location filename="../../app/views/operators_section.py" line="36"/>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location filename="../../app/views/operators_section.py" line="37"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/views/operators_section.py" line="38"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../app/views/operators_section.py" line="39"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/views/operators_section.py" line="40"/>
        <source>Last log-in</source>
        <translation>Letzte Anmeldung</translation>
    </message>
    <message>
        <location filename="../../app/views/operators_section.py" line="57"/>
        <source>Require operators to log in</source>
        <translation>Anmeldung der Bediener verlangen</translation>
    </message>
    <message>
        <location filename="../../app/views/operators_section.py" line="78"/>
        <source>Add operator…</source>
        <translation>Bediener hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../app/views/operators_section.py" line="85"/>
        <source>Change role</source>
        <translation>Rolle ändern</translation>
    </message>
    <message>
        <location filename="../../app/views/operators_section.py" line="87"/>
        <source>Reset password…</source>
        <translation>Passwort zurücksetzen…</translation>
    </message>
    <message>
        <location filename="../../app/views/operators_section.py" line="89"/>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <location filename="../../app/views/operators_section.py" line="91"/>
        <location filename="../../app/views/operators_section.py" line="169"/>
        <source>Deactivate</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <location filename="../../app/views/operators_section.py" line="106"/>
        <source>{username} unlocked.</source>
        <translation>{username} entsperrt.</translation>
    </message>
    <message>
        <location filename="../../app/views/operators_section.py" line="122"/>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <location filename="../../app/views/operators_section.py" line="124"/>
        <source>deactivated</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <location filename="../../app/views/operators_section.py" line="127"/>
        <source>locked until {time}</source>
        <translation>gesperrt bis {time}</translation>
    </message>
    <message>
        <location filename="../../app/views/operators_section.py" line="133"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../../app/views/operators_section.py" line="146"/>
        <source>Always on a shared PostgreSQL database: every console asks who is there.</source>
        <translation>Bei einer gemeinsamen PostgreSQL-Datenbank immer eingeschaltet: Jede Konsole fragt, wer da ist.</translation>
    </message>
    <message>
        <location filename="../../app/views/operators_section.py" line="150"/>
        <source>On: the console asks for a username and password at start. Off (single seat): it opens as the computer&apos;s user, who may do everything.</source>
        <translation>Ein: Die Konsole fragt beim Start nach Benutzername und Passwort. Aus (Einzelplatz): Sie öffnet sich als Benutzer des Computers, der alles darf.</translation>
    </message>
    <message>
        <location filename="../../app/views/operators_section.py" line="171"/>
        <source>Reactivate</source>
        <translation>Reaktivieren</translation>
    </message>
    <message>
        <location filename="../../app/views/operators_section.py" line="182"/>
        <source>Not changed: {why}.</source>
        <translation>Nicht geändert: {why}.</translation>
    </message>
    <message>
        <location filename="../../app/views/operators_section.py" line="205"/>
        <source>{username} is now {role}.</source>
        <translation>{username} hat jetzt die Rolle {role}.</translation>
    </message>
    <message>
        <location filename="../../app/views/operators_section.py" line="213"/>
        <source>{username} deactivated.</source>
        <translation>{username} deaktiviert.</translation>
    </message>
    <message>
        <location filename="../../app/views/operators_section.py" line="215"/>
        <source>{username} reactivated.</source>
        <translation>{username} reaktiviert.</translation>
    </message>
    <message>
        <location filename="../../app/views/operators_section.py" line="227"/>
        <source>New password set for {username}.</source>
        <translation>Neues Passwort für {username} gesetzt.</translation>
    </message>
    <message>
        <location filename="../../app/views/operators_section.py" line="241"/>
        <source>Operator {username} added.</source>
        <translation>Bediener {username} hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../../app/views/operators_section.py" line="258"/>
        <source>Create a manager account first (you will log in with it); the switch turns on then.</source>
        <translation>Legen Sie zuerst ein Manager-Konto an (Sie melden sich damit an); danach lässt sich die Einstellung einschalten.</translation>
    </message>
    <message>
        <location filename="../../app/views/operators_section.py" line="278"/>
        <source>The console now asks for a log-in at start.</source>
        <translation>Die Konsole verlangt jetzt beim Start eine Anmeldung.</translation>
    </message>
    <message>
        <location filename="../../app/views/operators_section.py" line="280"/>
        <source>The console opens without a log-in again.</source>
        <translation>Die Konsole öffnet sich wieder ohne Anmeldung.</translation>
    </message>
</context>
<context>
    <name>TimeOfDayDialog</name>
    <message>
        <location filename="../../app/views/circuit_limits_dialog.py" line="59"/>
        <source>Time-of-day limits — {circuit}</source>
        <translation>Zeitabhängige Grenzwerte — {circuit}</translation>
    </message>
    <message>
        <location filename="../../app/views/circuit_limits_dialog.py" line="65"/>
        <source>Lower &lt;b&gt;{circuit}&lt;/b&gt;&apos;s limit at times of the week. Outside the blocks its own limit applies ({own}). Times are {site}&apos;s local time ({timezone}): on the days the clocks change, a limit whose edge falls in the skipped hour starts when the clock jumps over it, and one in the repeated hour applies both times. Double-click a block or press Enter to change its days, times or limit.</source>
        <translation>Senken Sie den Grenzwert von &lt;b&gt;{circuit}&lt;/b&gt; zu bestimmten Zeiten der Woche. Ausserhalb der Blöcke gilt sein eigener Grenzwert ({own}). Die Zeiten sind Ortszeit von {site} ({timezone}): An den Tagen der Zeitumstellung beginnt ein Grenzwert, dessen Beginn oder Ende in die übersprungene Stunde fällt, wenn die Uhr darüber springt, und einer in der wiederholten Stunde gilt beide Male. Doppelklicken Sie auf einen Block oder drücken Sie Enter, um seine Tage, Zeiten oder seinen Grenzwert zu ändern.</translation>
    </message>
    <message>
        <location filename="../../app/views/circuit_limits_dialog.py" line="77"/>
        <source>Time-of-day limits of {circuit}</source>
        <translation>Zeitabhängige Grenzwerte von {circuit}</translation>
    </message>
    <message>
        <location filename="../../app/views/circuit_limits_dialog.py" line="82"/>
        <source>Add limit…</source>
        <translation>Grenzwert hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../app/views/circuit_limits_dialog.py" line="94"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../app/views/circuit_limits_dialog.py" line="97"/>
        <source>Close without changing the circuit&apos;s time-of-day limits</source>
        <translation>Schliessen, ohne die zeitabhängigen Grenzwerte des Stromkreises zu ändern</translation>
    </message>
    <message>
        <location filename="../../app/views/circuit_limits_dialog.py" line="99"/>
        <source>Save circuit</source>
        <translation>Stromkreis speichern</translation>
    </message>
    <message>
        <location filename="../../app/views/circuit_limits_dialog.py" line="102"/>
        <source>Save the circuit (its form and these limits); Ctrl+S</source>
        <translation>Den Stromkreis speichern (sein Formular und diese Grenzwerte); Ctrl+S</translation>
    </message>
    <message>
        <location filename="../../app/views/circuit_limits_dialog.py" line="125"/>
        <source>Time-of-day limits</source>
        <translation>Zeitabhängige Grenzwerte</translation>
    </message>
    <message>
        <location filename="../../app/views/circuit_limits_dialog.py" line="126"/>
        <source>Discard your changes to the time-of-day limits?</source>
        <translation>Ihre Änderungen an den zeitabhängigen Grenzwerten verwerfen?</translation>
    </message>
    <message>
        <location filename="../../app/views/circuit_limits_dialog.py" line="130"/>
        <source>Keep editing</source>
        <translation>Weiter bearbeiten</translation>
    </message>
    <message>
        <location filename="../../app/views/circuit_limits_dialog.py" line="148"/>
        <source>Not saved: {why}</source>
        <translation>Nicht gespeichert: {why}</translation>
    </message>
</context>
</TS>
