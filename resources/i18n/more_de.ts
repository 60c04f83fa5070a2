<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AuditPage</name>
    <message>
        <source>Time</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Bediener</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>Rechner</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Which</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>(any)</source>
        <translation>(alle)</translation>
    </message>
    <message>
        <source>The operator (or cli:&lt;user&gt;, charger …) who made the change</source>
        <translation>Der Bediener (oder cli:&lt;user&gt;, Ladestation …), der die Änderung vorgenommen hat</translation>
    </message>
    <message>
        <source>The computer the change was made on</source>
        <translation>Der Rechner, an dem die Änderung vorgenommen wurde</translation>
    </message>
    <message>
        <source>The kind of thing changed (station, user, tariff, operator …)</source>
        <translation>Art des geänderten Objekts (station, user, tariff, operator …)</translation>
    </message>
    <message>
        <source>create, update, delete, login …</source>
        <translation>Art der Änderung: create, update, delete, login …</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Search: a name, an id, a value in the changes…</source>
        <translation>Suchen: ein Name, eine ID, ein Wert in den Änderungen…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Read the newest entries again (F5)</source>
        <translation>Die neuesten Einträge erneut lesen (F5)</translation>
    </message>
    <message>
        <source>Select an entry to see what it changed.</source>
        <translation>Wählen Sie einen Eintrag, um zu sehen, was er geändert hat.</translation>
    </message>
    <message>
        <source>Older entries</source>
        <translation>Ältere Einträge</translation>
    </message>
    <message>
        <source>Read the next page of older entries</source>
        <translation>Die nächste Seite älterer Einträge lesen</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <source>Could not read the audit trail: {error}</source>
        <translation>Das Audit-Protokoll konnte nicht gelesen werden: {error}</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) shown, newest first — more below (Older entries)</source>
        <translation>
            <numerusform>Angezeigte Zeilen: %n, neueste zuerst — weitere unten (Ältere Einträge)</numerusform>
            <numerusform>Angezeigte Zeilen: %n, neueste zuerst — weitere unten (Ältere Einträge)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) shown, newest first</source>
        <translation>
            <numerusform>Angezeigte Zeilen: %n, neueste zuerst</numerusform>
            <numerusform>Angezeigte Zeilen: %n, neueste zuerst</numerusform>
        </translation>
    </message>
    <message>
        <source>{time} — {operator} on {machine}</source>
        <translation>{time} — {operator} auf {machine}</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>an unknown machine</source>
        <translation>einem unbekannten Rechner</translation>
    </message>
    <message>
        <source>(no details recorded)</source>
        <translation>(keine Details erfasst)</translation>
    </message>
</context>
<context>
    <name>LoadPage</name>
    <message>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <source>last hour</source>
        <translation>letzte Stunde</translation>
    </message>
    <message>
        <source>Last 6 hours</source>
        <translation>Letzte 6 Stunden</translation>
    </message>
    <message>
        <source>last 6 hours</source>
        <translation>letzte 6 Stunden</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>last 24 hours</source>
        <translation>letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>last 7 days</source>
        <translation>letzte 7 Tage</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Ladestation</translation>
    </message>
    <message>
        <source>Connector</source>
        <translation>Anschluss</translation>
    </message>
    <message>
        <source>Circuit</source>
        <translation>Stromkreis</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Phasen</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Grenzwert</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>Zugeteilt</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Gemessen</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>kein Grenzwert</translation>
    </message>
    <message>
        <source>Site:</source>
        <translation>Standort:</translation>
    </message>
    <message>
        <source>Set up circuits in Settings → Sites…</source>
        <translation>Stromkreise einrichten unter Einstellungen → Standorte…</translation>
    </message>
    <message>
        <source>Amperes per phase: L1 · L2 · L3 (L1 for a single-phase circuit)</source>
        <translation>Ampere pro Phase: L1 · L2 · L3 (L1 bei einem einphasigen Stromkreis)</translation>
    </message>
    <message>
        <source>Charging now</source>
        <translation>Aktuelle Ladevorgänge</translation>
    </message>
    <message>
        <source>Nothing is charging on this site&apos;s circuits.</source>
        <translation>An den Stromkreisen dieses Standorts wird gerade nicht geladen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not load-managed&lt;/b&gt; (their full power is reserved on their circuit)</source>
        <translation>&lt;b&gt;Ohne Lastmanagement&lt;/b&gt; (ihre volle Leistung ist auf ihrem Stromkreis reserviert)</translation>
    </message>
    <message>
        <source>Could not read the load: {error}</source>
        <translation>Die Last konnte nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <source>There is no site yet. Add one in Settings → Sites, with its grid connection and circuits.</source>
        <translation>Es gibt noch keinen Standort. Legen Sie einen unter Einstellungen → Standorte an, mit seinem Netzanschluss und seinen Stromkreisen.</translation>
    </message>
    <message>
        <source>{site} has no circuits, so the load of its chargers is not managed. Add the site&apos;s grid connection (its main supply, with its limit) and the circuits below it in Settings → Sites, then put each connector on its circuit in the station editor.</source>
        <translation>{site} hat keine Stromkreise, daher wird die Last seiner Ladestationen nicht gesteuert. Legen Sie unter Einstellungen → Standorte den Netzanschluss des Standorts (seine Hauptzuleitung, mit ihrem Grenzwert) und die Stromkreise darunter an und ordnen Sie dann im Editor der Ladestation jeden Anschluss seinem Stromkreis zu.</translation>
    </message>
    <message>
        <source>{name} (1-phase)</source>
        <translation>{name} (1-phasig)</translation>
    </message>
    <message>
        <source>Measured above the limit</source>
        <translation>Gemessen über dem Grenzwert</translation>
    </message>
    <message>
        <source>Allocation of {time} (live)</source>
        <translation>Zuteilung um {time} (live)</translation>
    </message>
    <message>
        <source>No allocation heard since this console started: the newest samples ({time}) and the limits last sent</source>
        <translation>Seit dem Start dieser Konsole keine Zuteilung empfangen: die neuesten Messwerte ({time}) und die zuletzt gesendeten Grenzwerte</translation>
    </message>
    <message>
        <source>Nothing allocated yet: load management starts when the central system runs</source>
        <translation>Noch nichts zugeteilt: Das Lastmanagement beginnt, sobald das Zentralsystem läuft</translation>
    </message>
    <message>
        <source>full power</source>
        <translation>volle Leistung</translation>
    </message>
    <message>
        <source>unmanaged: its full power is reserved on its circuit</source>
        <translation>ohne Lastmanagement: volle Leistung auf ihrem Stromkreis reserviert</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>{cp_id} connector {connector}</source>
        <translation>{cp_id} Anschluss {connector}</translation>
    </message>
    <message>
        <source>paused: waits until its minimum is free</source>
        <translation>pausiert: wartet, bis sein Mindeststrom frei ist</translation>
    </message>
    <message>
        <source>{station} ({cp_id}): {reason}</source>
        <translation>{station} ({cp_id}): {reason}</translation>
    </message>
    <message>
        <source>{circuit}: limit, allocated and measured current per phase, {span} (single-phase)</source>
        <translation>{circuit}: Grenzwert, zugeteilter und gemessener Strom pro Phase, {span} (einphasig)</translation>
    </message>
    <message>
        <source>{circuit}: limit, allocated and measured current per phase, {span} (three-phase)</source>
        <translation>{circuit}: Grenzwert, zugeteilter und gemessener Strom pro Phase, {span} (dreiphasig)</translation>
    </message>
</context>
<context>
    <name>LocationPicker</name>
    <message>
        <source>Latitude</source>
        <translation>Breitengrad</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Längengrad</translation>
    </message>
    <message>
        <source>{what} must be a number in decimal degrees, e.g. {example}.</source>
        <translation>{what}: Geben Sie eine Zahl in Dezimalgrad ein, z. B. {example}.</translation>
    </message>
    <message>
        <source>Latitude must be between -90 (south) and 90 (north) degrees.</source>
        <translation>Der Breitengrad muss zwischen -90 (Süd) und 90 (Nord) Grad liegen.</translation>
    </message>
    <message>
        <source>Longitude must be between -180 (west) and 180 (east) degrees.</source>
        <translation>Der Längengrad muss zwischen -180 (West) und 180 (Ost) Grad liegen.</translation>
    </message>
    <message>
        <source>Location of {name}</source>
        <translation>Position von {name}</translation>
    </message>
    <message>
        <source>Station location</source>
        <translation>Position der Ladestation</translation>
    </message>
    <message>
        <source>e.g. 47.3769</source>
        <translation>z. B. 47.3769</translation>
    </message>
    <message>
        <source>Latitude in decimal degrees, -90 (south) to 90 (north). Pasting &quot;47.3769, 8.5417&quot; fills both fields</source>
        <translation>Breitengrad in Dezimalgrad, -90 (Süd) bis 90 (Nord). Das Einfügen von &quot;47.3769, 8.5417&quot; füllt beide Felder</translation>
    </message>
    <message>
        <source>e.g. 8.5417</source>
        <translation>z. B. 8.5417</translation>
    </message>
    <message>
        <source>Longitude in decimal degrees, -180 (west) to 180 (east)</source>
        <translation>Längengrad in Dezimalgrad, -180 (West) bis 180 (Ost)</translation>
    </message>
    <message>
        <source>Latitude:</source>
        <translation>Breitengrad:</translation>
    </message>
    <message>
        <source>Longitude:</source>
        <translation>Längengrad:</translation>
    </message>
    <message>
        <source>Centre on needle</source>
        <translation>Auf Nadel zentrieren</translation>
    </message>
    <message>
        <source>Bring the needle back into view</source>
        <translation>Die Nadel wieder ins Bild holen</translation>
    </message>
    <message>
        <source>Remove location</source>
        <translation>Position entfernen</translation>
    </message>
    <message>
        <source>Take the needle away: the station will have no location and leaves the map</source>
        <translation>Die Nadel entfernen: Die Ladestation hat dann keine Position und verschwindet von der Karte</translation>
    </message>
    <message>
        <source>The address stays a free text field in the editor.</source>
        <translation>Die Adresse bleibt im Editor ein Freitextfeld.</translation>
    </message>
    <message>
        <source>Enter the latitude too.</source>
        <translation>Geben Sie auch den Breitengrad ein.</translation>
    </message>
    <message>
        <source>Enter the longitude too.</source>
        <translation>Geben Sie auch den Längengrad ein.</translation>
    </message>
    <message>
        <source>Drag the needle to adjust, or click elsewhere to move it. Typing coordinates below moves it too.</source>
        <translation>Ziehen Sie die Nadel, um sie anzupassen, oder klicken Sie an eine andere Stelle, um sie zu versetzen. Auch Koordinaten, die Sie unten eingeben, versetzen sie.</translation>
    </message>
    <message>
        <source>Use this location</source>
        <translation>Diese Position verwenden</translation>
    </message>
    <message>
        <source>No location: the station will leave the map. Click the map to place it again.</source>
        <translation>Keine Position: Die Ladestation verschwindet von der Karte. Klicken Sie auf die Karte, um sie wieder zu platzieren.</translation>
    </message>
    <message>
        <source>Use no location</source>
        <translation>Ohne Position übernehmen</translation>
    </message>
    <message>
        <source>Click the map where the station is (zoom in with the mouse wheel or +), or type its coordinates below.</source>
        <translation>Klicken Sie auf der Karte auf den Standort der Ladestation (mit dem Mausrad oder + vergrössern) oder geben Sie unten ihre Koordinaten ein.</translation>
    </message>
</context>
<context>
    <name>LogPage</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Charger</source>
        <translation>Ladepunkt</translation>
    </message>
    <message>
        <source>Dir</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>Message id</source>
        <translation>Nachrichten-ID</translation>
    </message>
    <message>
        <source>CallError: the other side could not process the call</source>
        <translation>CallError: Die Gegenseite konnte den Aufruf nicht verarbeiten</translation>
    </message>
    <message>
        <source>Waiting for the answer</source>
        <translation>Warten auf die Antwort</translation>
    </message>
    <message>
        <source>Answered; the answer&apos;s status is {status}</source>
        <translation>Beantwortet; Status der Antwort: {status}</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Beantwortet</translation>
    </message>
    <message>
        <source>any time</source>
        <translation>gesamter Zeitraum</translation>
    </message>
    <message>
        <source>last 5 minutes</source>
        <translation>letzte 5 Minuten</translation>
    </message>
    <message>
        <source>last hour</source>
        <translation>letzte Stunde</translation>
    </message>
    <message>
        <source>last 24 hours</source>
        <translation>letzte 24 Stunden</translation>
    </message>
    <message>
        <source>charger…</source>
        <translation>Ladepunkt…</translation>
    </message>
    <message>
        <source>all actions</source>
        <translation>alle Aktionen</translation>
    </message>
    <message>
        <source>both directions</source>
        <translation>beide Richtungen</translation>
    </message>
    <message>
        <source>from chargers</source>
        <translation>von Ladepunkten</translation>
    </message>
    <message>
        <source>to chargers</source>
        <translation>an Ladepunkte</translation>
    </message>
    <message>
        <source>errors only</source>
        <translation>nur Fehler</translation>
    </message>
    <message>
        <source>Show only the calls of this period</source>
        <translation>Nur die Aufrufe dieses Zeitraums zeigen</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Hold new frames (the newest {count} are kept and shown on Resume)</source>
        <translation>Neue Frames zurückhalten (die neuesten {count} werden behalten und bei «Fortsetzen» angezeigt)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Save the rows the filter shows as JSON lines (.jsonl) or CSV (.csv)</source>
        <translation>Die vom Filter gezeigten Zeilen als JSON Lines (.jsonl) oder CSV (.csv) speichern</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Aufruf</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Select a row to see the call</source>
        <translation>Wählen Sie eine Zeile, um den Aufruf zu sehen</translation>
    </message>
    <message>
        <source>… and its answer</source>
        <translation>… und seine Antwort</translation>
    </message>
    <message>
        <source>Part of a charge point id (Ctrl+F)</source>
        <translation>Teil einer Ladepunkt-ID (Ctrl+F)</translation>
    </message>
    <message>
        <source>Export the shown OCPP messages</source>
        <translation>Die angezeigten OCPP-Nachrichten exportieren</translation>
    </message>
    <message>
        <source>JSON lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>export failed: {why} ({path})</source>
        <translation>Export fehlgeschlagen: {why} ({path})</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) exported to {file}</source>
        <translation>
            <numerusform>Nach {file} exportierte Aufrufe: %n</numerusform>
            <numerusform>Nach {file} exportierte Aufrufe: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>earlier messages not loaded: {why}</source>
        <translation>frühere Nachrichten nicht geladen: {why}</translation>
    </message>
    <message numerus="yes">
        <source>paused: %n new frame(s) held</source>
        <translation>
            <numerusform>pausiert – zurückgehaltene neue Frames: %n</numerusform>
            <numerusform>pausiert – zurückgehaltene neue Frames: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>Aufrufe: %n</numerusform>
            <numerusform>Aufrufe: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>{cp_id} → central system</source>
        <translation>{cp_id} → Zentralsystem</translation>
    </message>
    <message>
        <source>central system → {cp_id}</source>
        <translation>Zentralsystem → {cp_id}</translation>
    </message>
    <message>
        <source>Call · {action} · {who} · id {id}</source>
        <translation>Aufruf · {action} · {who} · ID {id}</translation>
    </message>
    <message>
        <source>Answer · waiting</source>
        <translation>Antwort · ausstehend</translation>
    </message>
    <message>
        <source>Answer · {result}</source>
        <translation>Antwort · {result}</translation>
    </message>
    <message>
        <source>(no answer yet)</source>
        <translation>(noch keine Antwort)</translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message>
        <source>Find a station: name, charge point id or address, then Enter</source>
        <translation>Ladestation suchen: Name, Ladepunkt-ID oder Adresse, dann Enter</translation>
    </message>
    <message>
        <source>Centres the map on the station and opens its popup (Ctrl+F)</source>
        <translation>Zentriert die Karte auf die Ladestation und öffnet ihr Popup (Ctrl+F)</translation>
    </message>
    <message>
        <source>Fit all</source>
        <translation>Alle zeigen</translation>
    </message>
    <message>
        <source>Frame every station shown (Ctrl+0)</source>
        <translation>Alle angezeigten Ladestationen ins Bild fassen (Ctrl+0)</translation>
    </message>
    <message>
        <source>Loading the map…</source>
        <translation>Karte wird geladen…</translation>
    </message>
    <message>
        <source>The stations could not be read: {why}</source>
        <translation>Die Ladestationen konnten nicht gelesen werden: {why}</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Alle Standorte</translation>
    </message>
    <message>
        <source>Reading the stations…</source>
        <translation>Ladestationen werden gelesen…</translation>
    </message>
    <message>
        <source>No stations yet. Add them on the Stations page; give each a location in its editor (Set on map…).</source>
        <translation>Noch keine Ladestationen. Legen Sie sie auf der Seite Ladestationen an und geben Sie jeder in ihrem Editor eine Position (Auf Karte setzen…).</translation>
    </message>
    <message numerus="yes">
        <source>{placed} of %n station(s) on the map</source>
        <translation>
            <numerusform>Ladestationen auf der Karte: {placed} von %n</numerusform>
            <numerusform>Ladestationen auf der Karte: {placed} von %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n placed station(s) match the filters</source>
        <translation>
            <numerusform>Platzierte Ladestationen, die zu den Filtern passen: {shown} von %n</numerusform>
            <numerusform>Platzierte Ladestationen, die zu den Filtern passen: {shown} von %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without a location: {names}</source>
        <translation>
            <numerusform>Ohne Position: %n – {names}</numerusform>
            <numerusform>Ohne Position: %n – {names}</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a station and use Set on map… (or type its coordinates) to place it:
</source>
        <translation>Öffnen Sie eine Ladestation und platzieren Sie sie mit «Auf Karte setzen…» (oder durch Eingabe ihrer Koordinaten):
</translation>
    </message>
    <message>
        <source>No station matches “{text}”.</source>
        <translation>Keine Ladestation passt zu «{text}».</translation>
    </message>
    <message>
        <source>{name} has no location yet. &lt;a href=&apos;station:{id}&apos;&gt;Open it&lt;/a&gt; and use Set on map… to place it.</source>
        <translation>{name} hat noch keine Position. &lt;a href=&apos;station:{id}&apos;&gt;Öffnen Sie sie&lt;/a&gt; und platzieren Sie sie mit «Auf Karte setzen…».</translation>
    </message>
    <message>
        <source>The filters hid it: they are cleared.</source>
        <translation>Die Filter hatten sie ausgeblendet: Sie sind jetzt zurückgesetzt.</translation>
    </message>
    <message>
        <source>Showing {name} ({cp_id}).</source>
        <translation>{name} ({cp_id}) wird angezeigt.</translation>
    </message>
</context>
<context>
    <name>MapTilesSettings</name>
    <message>
        <source>Map tiles</source>
        <translation>Kartenkacheln</translation>
    </message>
    <message>
        <source>The map&apos;s background. Stations are always shown; without tiles they appear on a grid of latitudes and longitudes. Tiles fetched over the network are kept on disk, so a site viewed once can be shown later without a connection.</source>
        <translation>Der Hintergrund der Karte. Ladestationen werden immer angezeigt; ohne Kacheln erscheinen sie auf einem Gitter aus Breiten- und Längengraden. Über das Netzwerk geladene Kacheln werden auf der Festplatte behalten, sodass ein einmal angesehenes Gebiet später auch ohne Verbindung angezeigt werden kann.</translation>
    </message>
    <message>
        <source>OpenStreetMap (public tiles, needs internet)</source>
        <translation>OpenStreetMap (öffentliche Kacheln, braucht Internet)</translation>
    </message>
    <message>
        <source>tile.openstreetmap.org, with its attribution. For a few consoles only: heavy use needs a tile server of your own (OSM tile usage policy)</source>
        <translation>tile.openstreetmap.org, mit Quellenangabe. Nur für wenige Konsolen: intensive Nutzung braucht einen eigenen Kachelserver (OSM-Nutzungsrichtlinie)</translation>
    </message>
    <message>
        <source>A tile server on the network</source>
        <translation>Ein Kachelserver im Netzwerk</translation>
    </message>
    <message>
        <source>Pre-downloaded tiles: a folder or an MBTiles file</source>
        <translation>Vorab geladene Kacheln: ein Ordner oder eine MBTiles-Datei</translation>
    </message>
    <message>
        <source>No tiles (stations on a coordinate grid)</source>
        <translation>Keine Kacheln (Ladestationen auf einem Koordinatengitter)</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Quelle:</translation>
    </message>
    <message>
        <source>http://tiles.example.lan/{z}/{x}/{y}.png</source>
        <translation>http://tiles.example.lan/{z}/{x}/{y}.png</translation>
    </message>
    <message>
        <source>The server&apos;s URL template: {z} zoom, {x} column, {y} row ({s} for a, b, c sub-domains)</source>
        <translation>URL-Vorlage des Servers: {z} Zoomstufe, {x} Spalte, {y} Zeile ({s} für die Subdomains a, b, c)</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Testen</translation>
    </message>
    <message>
        <source>Ask the server for its first tile (zoom 0) and say what came back</source>
        <translation>Den Server nach seiner ersten Kachel (Zoom 0) fragen und melden, was zurückkam</translation>
    </message>
    <message>
        <source>Server URL:</source>
        <translation>Server-URL:</translation>
    </message>
    <message>
        <source>/srv/tiles  (holding {z}/{x}/{y}.png)  or  /srv/site.mbtiles</source>
        <translation>/srv/tiles  (mit {z}/{x}/{y}.png)  oder  /srv/site.mbtiles</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>Ordner…</translation>
    </message>
    <message>
        <source>MBTiles file…</source>
        <translation>MBTiles-Datei…</translation>
    </message>
    <message>
        <source>Tiles:</source>
        <translation>Kacheln:</translation>
    </message>
    <message>
        <source>© OpenStreetMap contributors</source>
        <translation>© OpenStreetMap-Mitwirkende</translation>
    </message>
    <message>
        <source>Shown in the map&apos;s corner: the data&apos;s licence usually requires it</source>
        <translation>In der Kartenecke angezeigt: Die Lizenz der Daten verlangt es meist</translation>
    </message>
    <message>
        <source>Attribution:</source>
        <translation>Quellenangabe:</translation>
    </message>
    <message>
        <source>The oldest cached tiles are removed beyond this size (0: no limit)</source>
        <translation>Über dieser Grösse werden die ältesten zwischengespeicherten Kacheln entfernt (0: keine Grenze)</translation>
    </message>
    <message>
        <source>Clear cache</source>
        <translation>Cache leeren</translation>
    </message>
    <message>
        <source>Delete every cached tile (they are fetched again when shown)</source>
        <translation>Alle zwischengespeicherten Kacheln löschen (sie werden beim Anzeigen neu geladen)</translation>
    </message>
    <message>
        <source>Cache:</source>
        <translation>Cache:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>{attribution} (always shown)</source>
        <translation>{attribution} (immer angezeigt)</translation>
    </message>
    <message>
        <source>e.g. © OpenStreetMap contributors, or your map data&apos;s licence</source>
        <translation>z. B. © OpenStreetMap-Mitwirkende oder die Lizenz Ihrer Kartendaten</translation>
    </message>
    <message>
        <source>Not saved: fix the marked field.</source>
        <translation>Nicht gespeichert: Korrigieren Sie das markierte Feld.</translation>
    </message>
    <message>
        <source>Saved; open maps use it now.</source>
        <translation>Gespeichert; geöffnete Karten verwenden die Einstellung ab sofort.</translation>
    </message>
    <message>
        <source>OpenStreetMap needs internet: without it only tiles shown before are available.</source>
        <translation>OpenStreetMap braucht Internet: ohne sind nur früher angezeigte Kacheln verfügbar.</translation>
    </message>
    <message>
        <source>Asking {host} for a tile…</source>
        <translation>{host} wird nach einer Kachel gefragt…</translation>
    </message>
    <message>
        <source>The server answered with a tile ({size} KB) in {ms} ms.</source>
        <translation>Der Server hat mit einer Kachel ({size} KB) in {ms} ms geantwortet.</translation>
    </message>
    <message>
        <source>HTTP {status}, not an image</source>
        <translation>HTTP {status}, kein Bild</translation>
    </message>
    <message>
        <source>No tile from {url}: {why}.</source>
        <translation>Keine Kachel von {url}: {why}.</translation>
    </message>
    <message numerus="yes">
        <source>%n tile(s), {size} MB in {folder}</source>
        <translation>
            <numerusform>Kacheln: %n, {size} MB in {folder}</numerusform>
            <numerusform>Kacheln: %n, {size} MB in {folder}</numerusform>
        </translation>
    </message>
    <message>
        <source>Folder of map tiles ({z}/{x}/{y}.png)</source>
        <translation>Ordner mit Kartenkacheln ({z}/{x}/{y}.png)</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <source>Charging / in use</source>
        <translation>Lädt / belegt</translation>
    </message>
    <message>
        <source>Faulted</source>
        <translation>Störung</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>Nicht verfügbar</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>{count} available</source>
        <translation>{count} verfügbar</translation>
    </message>
    <message>
        <source>{count} charging / in use</source>
        <translation>{count} laden / belegt</translation>
    </message>
    <message>
        <source>{count} faulted</source>
        <translation>{count} mit Störung</translation>
    </message>
    <message>
        <source>{count} unavailable</source>
        <translation>{count} nicht verfügbar</translation>
    </message>
    <message>
        <source>{count} offline</source>
        <translation>{count} offline</translation>
    </message>
    <message>
        <source>Connector</source>
        <translation>Anschluss</translation>
    </message>
    <message>
        <source>Access now: {mode}</source>
        <translation>Zugang jetzt: {mode}</translation>
    </message>
    <message>
        <source>No connectors known yet</source>
        <translation>Noch keine Anschlüsse bekannt</translation>
    </message>
    <message>
        <source>Open in the station editor</source>
        <translation>Im Ladestations-Editor öffnen</translation>
    </message>
    <message>
        <source>Coordinates under the mouse (the map&apos;s centre otherwise)</source>
        <translation>Koordinaten unter der Maus (sonst die Kartenmitte)</translation>
    </message>
    <message>
        <source>centre</source>
        <translation>Mitte</translation>
    </message>
    <message>
        <source>The small dot: the access mode right now</source>
        <translation>Der kleine Punkt: der Zugangsmodus jetzt</translation>
    </message>
    <message>
        <source>Map: click to place the station</source>
        <translation>Karte: klicken, um die Ladestation zu platzieren</translation>
    </message>
    <message>
        <source>Map of the stations</source>
        <translation>Karte der Ladestationen</translation>
    </message>
    <message>
        <source>The station&apos;s location: drag to adjust</source>
        <translation>Standort der Ladestation: zum Anpassen ziehen</translation>
    </message>
    <message>
        <source>Station location</source>
        <translation>Standort der Ladestation</translation>
    </message>
    <message>
        <source>&lt;b&gt;No map tiles&lt;/b&gt;: No tile source is chosen. The stations are shown on a grid of latitudes and longitudes; Settings → Map tiles chooses a tile source.</source>
        <translation>&lt;b&gt;Keine Kartenkacheln&lt;/b&gt;: Es ist keine Kachelquelle gewählt. Die Ladestationen erscheinen auf einem Gitter aus Breiten- und Längengraden; Einstellungen → Kartenkacheln wählt eine Kachelquelle.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No map tiles&lt;/b&gt;: {why}. The stations are shown on a grid of latitudes and longitudes; Settings → Map tiles chooses a tile source.</source>
        <translation>&lt;b&gt;Keine Kartenkacheln&lt;/b&gt;: {why}. Die Ladestationen erscheinen auf einem Gitter aus Breiten- und Längengraden; Einstellungen → Kartenkacheln wählt eine Kachelquelle.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No map tiles&lt;/b&gt;: {why}. Tiles viewed before are shown from the cache, the rest of the map is a grid of latitudes and longitudes. Settings → Map tiles chooses another source (a tile server on the LAN or pre-downloaded tiles).</source>
        <translation>&lt;b&gt;Keine Kartenkacheln&lt;/b&gt;: {why}. Bereits angesehene Kacheln kommen aus dem Cache, der Rest der Karte ist ein Gitter aus Breiten- und Längengraden. Einstellungen → Kartenkacheln wählt eine andere Quelle (einen Kachelserver im LAN oder vorab geladene Kacheln).</translation>
    </message>
    <message>
        <source>&lt;b&gt;No map tiles here&lt;/b&gt;: {why}. The map shows a grid of latitudes and longitudes.</source>
        <translation>&lt;b&gt;Hier keine Kartenkacheln&lt;/b&gt;: {why}. Die Karte zeigt ein Gitter aus Breiten- und Längengraden.</translation>
    </message>
</context>
<context>
    <name>MapWeb</name>
    <message>
        <source>The map page could not be loaded. The stations are still listed on the Stations page; see the log for details.</source>
        <translation>Die Kartenseite konnte nicht geladen werden. Die Ladestationen sind weiterhin auf der Seite Ladestationen aufgeführt; Einzelheiten im Protokoll.</translation>
    </message>
</context>
</TS>
