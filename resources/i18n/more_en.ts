<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AuditPage</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(any)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operator (or cli:&lt;user&gt;, charger …) who made the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The computer the change was made on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kind of thing changed (station, user, tariff, operator …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create, update, delete, login …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search: a name, an id, a value in the changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the newest entries again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an entry to see what it changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the next page of older entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the audit trail: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) shown, newest first — more below (Older entries)</source>
        <translation>
            <numerusform>%n row shown, newest first — more below (Older entries)</numerusform>
            <numerusform>%n rows shown, newest first — more below (Older entries)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) shown, newest first</source>
        <translation>
            <numerusform>%n row shown, newest first</numerusform>
            <numerusform>%n rows shown, newest first</numerusform>
        </translation>
    </message>
    <message>
        <source>{time} — {operator} on {machine}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no details recorded)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoadPage</name>
    <message>
        <source>Last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 6 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last 6 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last 7 days</source>
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
        <source>Circuit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up circuits in Settings → Sites…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amperes per phase: L1 · L2 · L3 (L1 for a single-phase circuit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charging now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is charging on this site&apos;s circuits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Not load-managed&lt;/b&gt; (their full power is reserved on their circuit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the load: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no site yet. Add one in Settings → Sites, with its grid connection and circuits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{site} has no circuits, so the load of its chargers is not managed. Add the site&apos;s grid connection (its main supply, with its limit) and the circuits below it in Settings → Sites, then put each connector on its circuit in the station editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (1-phase)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured above the limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocation of {time} (live)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No allocation heard since this console started: the newest samples ({time}) and the limits last sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing allocated yet: load management starts when the central system runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unmanaged: its full power is reserved on its circuit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{cp_id} connector {connector}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused: waits until its minimum is free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{station} ({cp_id}): {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{circuit}: limit, allocated and measured current per phase, {span} (single-phase)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{circuit}: limit, allocated and measured current per phase, {span} (three-phase)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocationPicker</name>
    <message>
        <source>Latitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} must be a number in decimal degrees, e.g. {example}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latitude must be between -90 (south) and 90 (north) degrees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longitude must be between -180 (west) and 180 (east) degrees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 47.3769</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latitude in decimal degrees, -90 (south) to 90 (north). Pasting &quot;47.3769, 8.5417&quot; fills both fields</source>
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
        <source>Latitude:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longitude:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Centre on needle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring the needle back into view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the needle away: the station will have no location and leaves the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address stays a free text field in the editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the latitude too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the longitude too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag the needle to adjust, or click elsewhere to move it. Typing coordinates below moves it too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No location: the station will leave the map. Click the map to place it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use no location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click the map where the station is (zoom in with the mouse wheel or +), or type its coordinates below.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogPage</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CallError: the other side could not process the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered; the answer&apos;s status is {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last 5 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>charger…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>both directions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from chargers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to chargers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>errors only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the calls of this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold new frames (the newest {count} are kept and shown on Resume)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the rows the filter shows as JSON lines (.jsonl) or CSV (.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a row to see the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and its answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of a charge point id (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the shown OCPP messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON lines (*.jsonl)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export failed: {why} ({path})</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) exported to {file}</source>
        <translation>
            <numerusform>%n call exported to {file}</numerusform>
            <numerusform>%n calls exported to {file}</numerusform>
        </translation>
    </message>
    <message>
        <source>earlier messages not loaded: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>paused: %n new frame(s) held</source>
        <translation>
            <numerusform>paused: %n new frame held</numerusform>
            <numerusform>paused: %n new frames held</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n call</numerusform>
            <numerusform>%n calls</numerusform>
        </translation>
    </message>
    <message>
        <source>{cp_id} → central system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>central system → {cp_id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call · {action} · {who} · id {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer · waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer · {result}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no answer yet)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message>
        <source>Find a station: name, charge point id or address, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Centres the map on the station and opens its popup (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frame every station shown (Ctrl+0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the map…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stations could not be read: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the stations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stations yet. Add them on the Stations page; give each a location in its editor (Set on map…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{placed} of %n station(s) on the map</source>
        <translation>
            <numerusform>{placed} of %n station on the map</numerusform>
            <numerusform>{placed} of %n stations on the map</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n placed station(s) match the filters</source>
        <translation>
            <numerusform>{shown} of %n placed station match the filters</numerusform>
            <numerusform>{shown} of %n placed stations match the filters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without a location: {names}</source>
        <translation>
            <numerusform>%n without a location: {names}</numerusform>
            <numerusform>%n without a location: {names}</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a station and use Set on map… (or type its coordinates) to place it:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No station matches “{text}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has no location yet. &lt;a href=&apos;station:{id}&apos;&gt;Open it&lt;/a&gt; and use Set on map… to place it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The filters hid it: they are cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing {name} ({cp_id}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapTilesSettings</name>
    <message>
        <source>Map tiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The map&apos;s background. Stations are always shown; without tiles they appear on a grid of latitudes and longitudes. Tiles fetched over the network are kept on disk, so a site viewed once can be shown later without a connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenStreetMap (public tiles, needs internet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tile.openstreetmap.org, with its attribution. For a few consoles only: heavy use needs a tile server of your own (OSM tile usage policy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tile server on the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-downloaded tiles: a folder or an MBTiles file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tiles (stations on a coordinate grid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>http://tiles.example.lan/{z}/{x}/{y}.png</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s URL template: {z} zoom, {x} column, {y} row ({s} for a, b, c sub-domains)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the server for its first tile (zoom 0) and say what came back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/srv/tiles  (holding {z}/{x}/{y}.png)  or  /srv/site.mbtiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MBTiles file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>© OpenStreetMap contributors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown in the map&apos;s corner: the data&apos;s licence usually requires it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribution:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The oldest cached tiles are removed beyond this size (0: no limit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete every cached tile (they are fetched again when shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{attribution} (always shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. © OpenStreetMap contributors, or your map data&apos;s licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: fix the marked field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved; open maps use it now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenStreetMap needs internet: without it only tiles shown before are available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking {host} for a tile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered with a tile ({size} KB) in {ms} ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP {status}, not an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tile from {url}: {why}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n tile(s), {size} MB in {folder}</source>
        <translation>
            <numerusform>%n tile, {size} MB in {folder}</numerusform>
            <numerusform>%n tiles, {size} MB in {folder}</numerusform>
        </translation>
    </message>
    <message>
        <source>Folder of map tiles ({z}/{x}/{y}.png)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charging / in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faulted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} charging / in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} faulted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access now: {mode}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connectors known yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in the station editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinates under the mouse (the map&apos;s centre otherwise)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The small dot: the access mode right now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map: click to place the station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map of the stations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The station&apos;s location: drag to adjust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;No map tiles&lt;/b&gt;: No tile source is chosen. The stations are shown on a grid of latitudes and longitudes; Settings → Map tiles chooses a tile source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;No map tiles&lt;/b&gt;: {why}. The stations are shown on a grid of latitudes and longitudes; Settings → Map tiles chooses a tile source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;No map tiles&lt;/b&gt;: {why}. Tiles viewed before are shown from the cache, the rest of the map is a grid of latitudes and longitudes. Settings → Map tiles chooses another source (a tile server on the LAN or pre-downloaded tiles).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;No map tiles here&lt;/b&gt;: {why}. The map shows a grid of latitudes and longitudes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapWeb</name>
    <message>
        <source>The map page could not be loaded. The stations are still listed on the Stations page; see the log for details.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
