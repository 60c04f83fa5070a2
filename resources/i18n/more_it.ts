<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>AuditPage</name>
    <message>
        <source>Time</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operatore</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>Postazione</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Oggetto</translation>
    </message>
    <message>
        <source>Which</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modifiche</translation>
    </message>
    <message>
        <source>(any)</source>
        <translation>(tutti)</translation>
    </message>
    <message>
        <source>The operator (or cli:&lt;user&gt;, charger …) who made the change</source>
        <translation>L&apos;operatore (o cli:&lt;user&gt;, stazione di ricarica …) che ha fatto la modifica</translation>
    </message>
    <message>
        <source>The computer the change was made on</source>
        <translation>La postazione su cui è stata fatta la modifica</translation>
    </message>
    <message>
        <source>The kind of thing changed (station, user, tariff, operator …)</source>
        <translation>Tipo di oggetto modificato (station, user, tariff, operator …)</translation>
    </message>
    <message>
        <source>create, update, delete, login …</source>
        <translation>Tipo di modifica: create, update, delete, login …</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dal</translation>
    </message>
    <message>
        <source>to</source>
        <translation>al</translation>
    </message>
    <message>
        <source>Search: a name, an id, a value in the changes…</source>
        <translation>Cerca: un nome, un ID, un valore nelle modifiche…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aggiorna</translation>
    </message>
    <message>
        <source>Read the newest entries again (F5)</source>
        <translation>Rileggi le voci più recenti (F5)</translation>
    </message>
    <message>
        <source>Select an entry to see what it changed.</source>
        <translation>Selezioni una voce per vedere cosa ha modificato.</translation>
    </message>
    <message>
        <source>Older entries</source>
        <translation>Voci precedenti</translation>
    </message>
    <message>
        <source>Read the next page of older entries</source>
        <translation>Leggi la pagina successiva di voci precedenti</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lettura…</translation>
    </message>
    <message>
        <source>Could not read the audit trail: {error}</source>
        <translation>Impossibile leggere il registro di audit: {error}</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) shown, newest first — more below (Older entries)</source>
        <translation>
            <numerusform>Righe mostrate: %n, prima le più recenti — altre sotto (Voci precedenti)</numerusform>
            <numerusform>Righe mostrate: %n, prima le più recenti — altre sotto (Voci precedenti)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) shown, newest first</source>
        <translation>
            <numerusform>Righe mostrate: %n, prima le più recenti</numerusform>
            <numerusform>Righe mostrate: %n, prima le più recenti</numerusform>
        </translation>
    </message>
    <message>
        <source>{time} — {operator} on {machine}</source>
        <translation>{time} — {operator} su {machine}</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>sconosciuto</translation>
    </message>
    <message>
        <source>an unknown machine</source>
        <translation>una postazione sconosciuta</translation>
    </message>
    <message>
        <source>(no details recorded)</source>
        <translation>(nessun dettaglio registrato)</translation>
    </message>
</context>
<context>
    <name>LoadPage</name>
    <message>
        <source>Last hour</source>
        <translation>Ultima ora</translation>
    </message>
    <message>
        <source>last hour</source>
        <translation>ultima ora</translation>
    </message>
    <message>
        <source>Last 6 hours</source>
        <translation>Ultime 6 ore</translation>
    </message>
    <message>
        <source>last 6 hours</source>
        <translation>ultime 6 ore</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Ultime 24 ore</translation>
    </message>
    <message>
        <source>last 24 hours</source>
        <translation>ultime 24 ore</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Ultimi 7 giorni</translation>
    </message>
    <message>
        <source>last 7 days</source>
        <translation>ultimi 7 giorni</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Stazione</translation>
    </message>
    <message>
        <source>Connector</source>
        <translation>Connettore</translation>
    </message>
    <message>
        <source>Circuit</source>
        <translation>Circuito</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Fasi</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Limite</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>Assegnato</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Misurato</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>nessun limite</translation>
    </message>
    <message>
        <source>Site:</source>
        <translation>Sede:</translation>
    </message>
    <message>
        <source>Set up circuits in Settings → Sites…</source>
        <translation>Configura i circuiti in Impostazioni → Sedi…</translation>
    </message>
    <message>
        <source>Amperes per phase: L1 · L2 · L3 (L1 for a single-phase circuit)</source>
        <translation>Ampere per fase: L1 · L2 · L3 (L1 per un circuito monofase)</translation>
    </message>
    <message>
        <source>Charging now</source>
        <translation>Sessioni di ricarica in corso</translation>
    </message>
    <message>
        <source>Nothing is charging on this site&apos;s circuits.</source>
        <translation>Nessuna ricarica in corso sui circuiti di questa sede.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not load-managed&lt;/b&gt; (their full power is reserved on their circuit)</source>
        <translation>&lt;b&gt;Senza gestione del carico&lt;/b&gt; (la loro piena potenza è riservata sul loro circuito)</translation>
    </message>
    <message>
        <source>Could not read the load: {error}</source>
        <translation>Impossibile leggere il carico: {error}</translation>
    </message>
    <message>
        <source>There is no site yet. Add one in Settings → Sites, with its grid connection and circuits.</source>
        <translation>Non c&apos;è ancora nessuna sede. Ne aggiunga una in Impostazioni → Sedi, con il suo allacciamento alla rete e i suoi circuiti.</translation>
    </message>
    <message>
        <source>{site} has no circuits, so the load of its chargers is not managed. Add the site&apos;s grid connection (its main supply, with its limit) and the circuits below it in Settings → Sites, then put each connector on its circuit in the station editor.</source>
        <translation>{site} non ha circuiti, quindi il carico delle sue stazioni di ricarica non è gestito. Aggiunga l&apos;allacciamento alla rete della sede (la sua alimentazione principale, con il suo limite) e i circuiti sottostanti in Impostazioni → Sedi, poi metta ogni connettore sul suo circuito nell&apos;editor della stazione di ricarica.</translation>
    </message>
    <message>
        <source>{name} (1-phase)</source>
        <translation>{name} (monofase)</translation>
    </message>
    <message>
        <source>Measured above the limit</source>
        <translation>Misurato sopra il limite</translation>
    </message>
    <message>
        <source>Allocation of {time} (live)</source>
        <translation>Assegnazione delle {time} (in diretta)</translation>
    </message>
    <message>
        <source>No allocation heard since this console started: the newest samples ({time}) and the limits last sent</source>
        <translation>Nessuna assegnazione ricevuta dall&apos;avvio di questa console: i campioni più recenti ({time}) e gli ultimi limiti inviati</translation>
    </message>
    <message>
        <source>Nothing allocated yet: load management starts when the central system runs</source>
        <translation>Ancora nulla di assegnato: la gestione del carico parte quando il sistema centrale è in funzione</translation>
    </message>
    <message>
        <source>full power</source>
        <translation>piena potenza</translation>
    </message>
    <message>
        <source>unmanaged: its full power is reserved on its circuit</source>
        <translation>senza gestione del carico: la sua piena potenza è riservata sul suo circuito</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>in pausa</translation>
    </message>
    <message>
        <source>{cp_id} connector {connector}</source>
        <translation>{cp_id} connettore {connector}</translation>
    </message>
    <message>
        <source>paused: waits until its minimum is free</source>
        <translation>in pausa: attende che il suo minimo sia libero</translation>
    </message>
    <message>
        <source>{station} ({cp_id}): {reason}</source>
        <translation>{station} ({cp_id}): {reason}</translation>
    </message>
    <message>
        <source>{circuit}: limit, allocated and measured current per phase, {span} (single-phase)</source>
        <translation>{circuit}: limite, corrente assegnata e misurata per fase, {span} (monofase)</translation>
    </message>
    <message>
        <source>{circuit}: limit, allocated and measured current per phase, {span} (three-phase)</source>
        <translation>{circuit}: limite, corrente assegnata e misurata per fase, {span} (trifase)</translation>
    </message>
</context>
<context>
    <name>LocationPicker</name>
    <message>
        <source>Latitude</source>
        <translation>Latitudine</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitudine</translation>
    </message>
    <message>
        <source>{what} must be a number in decimal degrees, e.g. {example}.</source>
        <translation>{what}: inserisca un numero in gradi decimali, p. es. {example}.</translation>
    </message>
    <message>
        <source>Latitude must be between -90 (south) and 90 (north) degrees.</source>
        <translation>La latitudine deve essere compresa tra -90 (sud) e 90 (nord) gradi.</translation>
    </message>
    <message>
        <source>Longitude must be between -180 (west) and 180 (east) degrees.</source>
        <translation>La longitudine deve essere compresa tra -180 (ovest) e 180 (est) gradi.</translation>
    </message>
    <message>
        <source>Location of {name}</source>
        <translation>Posizione di {name}</translation>
    </message>
    <message>
        <source>Station location</source>
        <translation>Posizione della stazione di ricarica</translation>
    </message>
    <message>
        <source>e.g. 47.3769</source>
        <translation>p. es. 47.3769</translation>
    </message>
    <message>
        <source>Latitude in decimal degrees, -90 (south) to 90 (north). Pasting &quot;47.3769, 8.5417&quot; fills both fields</source>
        <translation>Latitudine in gradi decimali, da -90 (sud) a 90 (nord). Incollando &quot;47.3769, 8.5417&quot; si compilano entrambi i campi</translation>
    </message>
    <message>
        <source>e.g. 8.5417</source>
        <translation>p. es. 8.5417</translation>
    </message>
    <message>
        <source>Longitude in decimal degrees, -180 (west) to 180 (east)</source>
        <translation>Longitudine in gradi decimali, da -180 (ovest) a 180 (est)</translation>
    </message>
    <message>
        <source>Latitude:</source>
        <translation>Latitudine:</translation>
    </message>
    <message>
        <source>Longitude:</source>
        <translation>Longitudine:</translation>
    </message>
    <message>
        <source>Centre on needle</source>
        <translation>Centra sulla puntina</translation>
    </message>
    <message>
        <source>Bring the needle back into view</source>
        <translation>Riporta la puntina nella vista</translation>
    </message>
    <message>
        <source>Remove location</source>
        <translation>Rimuovi posizione</translation>
    </message>
    <message>
        <source>Take the needle away: the station will have no location and leaves the map</source>
        <translation>Togli la puntina: la stazione di ricarica non avrà posizione e lascerà la mappa</translation>
    </message>
    <message>
        <source>The address stays a free text field in the editor.</source>
        <translation>L&apos;indirizzo resta un campo di testo libero nell&apos;editor.</translation>
    </message>
    <message>
        <source>Enter the latitude too.</source>
        <translation>Inserisca anche la latitudine.</translation>
    </message>
    <message>
        <source>Enter the longitude too.</source>
        <translation>Inserisca anche la longitudine.</translation>
    </message>
    <message>
        <source>Drag the needle to adjust, or click elsewhere to move it. Typing coordinates below moves it too.</source>
        <translation>Trascini la puntina per regolarla o faccia clic altrove per spostarla. Anche le coordinate digitate qui sotto la spostano.</translation>
    </message>
    <message>
        <source>Use this location</source>
        <translation>Usa questa posizione</translation>
    </message>
    <message>
        <source>No location: the station will leave the map. Click the map to place it again.</source>
        <translation>Nessuna posizione: la stazione di ricarica lascerà la mappa. Faccia clic sulla mappa per posizionarla di nuovo.</translation>
    </message>
    <message>
        <source>Use no location</source>
        <translation>Conferma senza posizione</translation>
    </message>
    <message>
        <source>Click the map where the station is (zoom in with the mouse wheel or +), or type its coordinates below.</source>
        <translation>Fare clic sulla mappa dove si trova la stazione (ingrandire con la rotella del mouse o +) oppure inserire le coordinate qui sotto.</translation>
    </message>
</context>
<context>
    <name>LogPage</name>
    <message>
        <source>Time</source>
        <translation>Ora</translation>
    </message>
    <message>
        <source>Charger</source>
        <translation>Punto di ricarica</translation>
    </message>
    <message>
        <source>Dir</source>
        <translation>Direzione</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Risultato</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenza</translation>
    </message>
    <message>
        <source>Message id</source>
        <translation>ID messaggio</translation>
    </message>
    <message>
        <source>CallError: the other side could not process the call</source>
        <translation>CallError: l&apos;altra parte non ha potuto elaborare la chiamata</translation>
    </message>
    <message>
        <source>Waiting for the answer</source>
        <translation>In attesa della risposta</translation>
    </message>
    <message>
        <source>Answered; the answer&apos;s status is {status}</source>
        <translation>Risposto; stato della risposta: {status}</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Risposto</translation>
    </message>
    <message>
        <source>any time</source>
        <translation>tutto il periodo</translation>
    </message>
    <message>
        <source>last 5 minutes</source>
        <translation>ultimi 5 minuti</translation>
    </message>
    <message>
        <source>last hour</source>
        <translation>ultima ora</translation>
    </message>
    <message>
        <source>last 24 hours</source>
        <translation>ultime 24 ore</translation>
    </message>
    <message>
        <source>charger…</source>
        <translation>punto di ricarica…</translation>
    </message>
    <message>
        <source>all actions</source>
        <translation>tutte le azioni</translation>
    </message>
    <message>
        <source>both directions</source>
        <translation>entrambe le direzioni</translation>
    </message>
    <message>
        <source>from chargers</source>
        <translation>dai punti di ricarica</translation>
    </message>
    <message>
        <source>to chargers</source>
        <translation>ai punti di ricarica</translation>
    </message>
    <message>
        <source>errors only</source>
        <translation>solo errori</translation>
    </message>
    <message>
        <source>Show only the calls of this period</source>
        <translation>Mostra solo le chiamate di questo periodo</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Hold new frames (the newest {count} are kept and shown on Resume)</source>
        <translation>Trattieni i nuovi frame (gli ultimi {count} sono conservati e mostrati con Riprendi)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Esporta…</translation>
    </message>
    <message>
        <source>Save the rows the filter shows as JSON lines (.jsonl) or CSV (.csv)</source>
        <translation>Salva le righe mostrate dal filtro come JSON Lines (.jsonl) o CSV (.csv)</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Chiamata</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Risposta</translation>
    </message>
    <message>
        <source>Select a row to see the call</source>
        <translation>Selezioni una riga per vedere la chiamata</translation>
    </message>
    <message>
        <source>… and its answer</source>
        <translation>… e la sua risposta</translation>
    </message>
    <message>
        <source>Part of a charge point id (Ctrl+F)</source>
        <translation>Parte di un ID di punto di ricarica (Ctrl+F)</translation>
    </message>
    <message>
        <source>Export the shown OCPP messages</source>
        <translation>Esporta i messaggi OCPP mostrati</translation>
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
        <translation>esportazione non riuscita: {why} ({path})</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) exported to {file}</source>
        <translation>
            <numerusform>Chiamate esportate in {file}: %n</numerusform>
            <numerusform>Chiamate esportate in {file}: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>earlier messages not loaded: {why}</source>
        <translation>messaggi precedenti non caricati: {why}</translation>
    </message>
    <message numerus="yes">
        <source>paused: %n new frame(s) held</source>
        <translation>
            <numerusform>in pausa – nuovi frame trattenuti: %n</numerusform>
            <numerusform>in pausa – nuovi frame trattenuti: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Riprendi</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>Chiamate: %n</numerusform>
            <numerusform>Chiamate: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>{cp_id} → central system</source>
        <translation>{cp_id} → sistema centrale</translation>
    </message>
    <message>
        <source>central system → {cp_id}</source>
        <translation>sistema centrale → {cp_id}</translation>
    </message>
    <message>
        <source>Call · {action} · {who} · id {id}</source>
        <translation>Chiamata · {action} · {who} · ID {id}</translation>
    </message>
    <message>
        <source>Answer · waiting</source>
        <translation>Risposta · in attesa</translation>
    </message>
    <message>
        <source>Answer · {result}</source>
        <translation>Risposta · {result}</translation>
    </message>
    <message>
        <source>(no answer yet)</source>
        <translation>(ancora nessuna risposta)</translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message>
        <source>Find a station: name, charge point id or address, then Enter</source>
        <translation>Trova una stazione di ricarica: nome, ID del punto di ricarica o indirizzo, poi Invio</translation>
    </message>
    <message>
        <source>Centres the map on the station and opens its popup (Ctrl+F)</source>
        <translation>Centra la mappa sulla stazione di ricarica e ne apre il popup (Ctrl+F)</translation>
    </message>
    <message>
        <source>Fit all</source>
        <translation>Mostra tutte</translation>
    </message>
    <message>
        <source>Frame every station shown (Ctrl+0)</source>
        <translation>Inquadra tutte le stazioni di ricarica mostrate (Ctrl+0)</translation>
    </message>
    <message>
        <source>Loading the map…</source>
        <translation>Caricamento della mappa…</translation>
    </message>
    <message>
        <source>The stations could not be read: {why}</source>
        <translation>Impossibile leggere le stazioni di ricarica: {why}</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Tutte le sedi</translation>
    </message>
    <message>
        <source>Reading the stations…</source>
        <translation>Lettura delle stazioni di ricarica…</translation>
    </message>
    <message>
        <source>No stations yet. Add them on the Stations page; give each a location in its editor (Set on map…).</source>
        <translation>Ancora nessuna stazione di ricarica. Le aggiunga nella pagina Stazioni; dia a ciascuna una posizione nel suo editor (Posiziona sulla mappa…).</translation>
    </message>
    <message numerus="yes">
        <source>{placed} of %n station(s) on the map</source>
        <translation>
            <numerusform>Stazioni di ricarica sulla mappa: {placed} su %n</numerusform>
            <numerusform>Stazioni di ricarica sulla mappa: {placed} su %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n placed station(s) match the filters</source>
        <translation>
            <numerusform>Stazioni posizionate che corrispondono ai filtri: {shown} su %n</numerusform>
            <numerusform>Stazioni posizionate che corrispondono ai filtri: {shown} su %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without a location: {names}</source>
        <translation>
            <numerusform>Senza posizione: %n – {names}</numerusform>
            <numerusform>Senza posizione: %n – {names}</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a station and use Set on map… (or type its coordinates) to place it:
</source>
        <translation>Apra una stazione di ricarica e usi «Posiziona sulla mappa…» (o digiti le sue coordinate) per posizionarla:
</translation>
    </message>
    <message>
        <source>No station matches “{text}”.</source>
        <translation>Nessuna stazione di ricarica corrisponde a «{text}».</translation>
    </message>
    <message>
        <source>{name} has no location yet. &lt;a href=&apos;station:{id}&apos;&gt;Open it&lt;/a&gt; and use Set on map… to place it.</source>
        <translation>{name} non ha ancora una posizione. &lt;a href=&apos;station:{id}&apos;&gt;La apra&lt;/a&gt; e usi «Posiziona sulla mappa…» per posizionarla.</translation>
    </message>
    <message>
        <source>The filters hid it: they are cleared.</source>
        <translation>I filtri la nascondevano: sono stati azzerati.</translation>
    </message>
    <message>
        <source>Showing {name} ({cp_id}).</source>
        <translation>Visualizzazione di {name} ({cp_id}).</translation>
    </message>
</context>
<context>
    <name>MapTilesSettings</name>
    <message>
        <source>Map tiles</source>
        <translation>Tile della mappa</translation>
    </message>
    <message>
        <source>The map&apos;s background. Stations are always shown; without tiles they appear on a grid of latitudes and longitudes. Tiles fetched over the network are kept on disk, so a site viewed once can be shown later without a connection.</source>
        <translation>Lo sfondo della mappa. Le stazioni di ricarica sono sempre mostrate; senza tile appaiono su una griglia di latitudini e longitudini. Le tile scaricate dalla rete sono conservate su disco, così una zona vista una volta può essere mostrata più tardi senza connessione.</translation>
    </message>
    <message>
        <source>OpenStreetMap (public tiles, needs internet)</source>
        <translation>OpenStreetMap (tile pubbliche, richiede internet)</translation>
    </message>
    <message>
        <source>tile.openstreetmap.org, with its attribution. For a few consoles only: heavy use needs a tile server of your own (OSM tile usage policy)</source>
        <translation>tile.openstreetmap.org, con la sua attribuzione. Solo per poche console: un uso intenso richiede un proprio server di tessere (politica d&apos;uso di OSM)</translation>
    </message>
    <message>
        <source>A tile server on the network</source>
        <translation>Un server di tile in rete</translation>
    </message>
    <message>
        <source>Pre-downloaded tiles: a folder or an MBTiles file</source>
        <translation>Tile scaricate in anticipo: una cartella o un file MBTiles</translation>
    </message>
    <message>
        <source>No tiles (stations on a coordinate grid)</source>
        <translation>Nessuna tile (stazioni su una griglia di coordinate)</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Sorgente:</translation>
    </message>
    <message>
        <source>http://tiles.example.lan/{z}/{x}/{y}.png</source>
        <translation>http://tiles.example.lan/{z}/{x}/{y}.png</translation>
    </message>
    <message>
        <source>The server&apos;s URL template: {z} zoom, {x} column, {y} row ({s} for a, b, c sub-domains)</source>
        <translation>Modello di URL del server: {z} zoom, {x} colonna, {y} riga ({s} per i sottodomini a, b, c)</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Prova</translation>
    </message>
    <message>
        <source>Ask the server for its first tile (zoom 0) and say what came back</source>
        <translation>Chiedi al server la sua prima tile (zoom 0) e indica cosa è tornato</translation>
    </message>
    <message>
        <source>Server URL:</source>
        <translation>URL del server:</translation>
    </message>
    <message>
        <source>/srv/tiles  (holding {z}/{x}/{y}.png)  or  /srv/site.mbtiles</source>
        <translation>/srv/tiles  (con {z}/{x}/{y}.png)  o  /srv/site.mbtiles</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>Cartella…</translation>
    </message>
    <message>
        <source>MBTiles file…</source>
        <translation>File MBTiles…</translation>
    </message>
    <message>
        <source>Tiles:</source>
        <translation>Tile:</translation>
    </message>
    <message>
        <source>© OpenStreetMap contributors</source>
        <translation>© Collaboratori di OpenStreetMap</translation>
    </message>
    <message>
        <source>Shown in the map&apos;s corner: the data&apos;s licence usually requires it</source>
        <translation>Mostrata nell&apos;angolo della mappa: la licenza dei dati di solito lo richiede</translation>
    </message>
    <message>
        <source>Attribution:</source>
        <translation>Attribuzione:</translation>
    </message>
    <message>
        <source>The oldest cached tiles are removed beyond this size (0: no limit)</source>
        <translation>Oltre questa dimensione le tile in cache più vecchie vengono rimosse (0: nessun limite)</translation>
    </message>
    <message>
        <source>Clear cache</source>
        <translation>Svuota cache</translation>
    </message>
    <message>
        <source>Delete every cached tile (they are fetched again when shown)</source>
        <translation>Elimina tutte le tile in cache (vengono riscaricate quando mostrate)</translation>
    </message>
    <message>
        <source>Cache:</source>
        <translation>Cache:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <source>{attribution} (always shown)</source>
        <translation>{attribution} (sempre mostrata)</translation>
    </message>
    <message>
        <source>e.g. © OpenStreetMap contributors, or your map data&apos;s licence</source>
        <translation>p. es. © collaboratori di OpenStreetMap, o la licenza dei dati della Sua mappa</translation>
    </message>
    <message>
        <source>Not saved: fix the marked field.</source>
        <translation>Non salvato: corregga il campo evidenziato.</translation>
    </message>
    <message>
        <source>Saved; open maps use it now.</source>
        <translation>Salvato; le mappe aperte lo usano da subito.</translation>
    </message>
    <message>
        <source>OpenStreetMap needs internet: without it only tiles shown before are available.</source>
        <translation>OpenStreetMap richiede Internet: senza, sono disponibili solo le tessere già mostrate.</translation>
    </message>
    <message>
        <source>Asking {host} for a tile…</source>
        <translation>Richiesta di una tile a {host}…</translation>
    </message>
    <message>
        <source>The server answered with a tile ({size} KB) in {ms} ms.</source>
        <translation>Il server ha risposto con una tile ({size} KB) in {ms} ms.</translation>
    </message>
    <message>
        <source>HTTP {status}, not an image</source>
        <translation>HTTP {status}, non è un&apos;immagine</translation>
    </message>
    <message>
        <source>No tile from {url}: {why}.</source>
        <translation>Nessuna tile da {url}: {why}.</translation>
    </message>
    <message numerus="yes">
        <source>%n tile(s), {size} MB in {folder}</source>
        <translation>
            <numerusform>Tile: %n, {size} MB in {folder}</numerusform>
            <numerusform>Tile: %n, {size} MB in {folder}</numerusform>
        </translation>
    </message>
    <message>
        <source>Folder of map tiles ({z}/{x}/{y}.png)</source>
        <translation>Cartella di tile della mappa ({z}/{x}/{y}.png)</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <source>Available</source>
        <translation>Disponibile</translation>
    </message>
    <message>
        <source>Charging / in use</source>
        <translation>In carica / occupata</translation>
    </message>
    <message>
        <source>Faulted</source>
        <translation>Guasto</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>Non disponibile</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>{count} available</source>
        <translation>{count} disponibili</translation>
    </message>
    <message>
        <source>{count} charging / in use</source>
        <translation>{count} in carica / occupate</translation>
    </message>
    <message>
        <source>{count} faulted</source>
        <translation>{count} guaste</translation>
    </message>
    <message>
        <source>{count} unavailable</source>
        <translation>{count} non disponibili</translation>
    </message>
    <message>
        <source>{count} offline</source>
        <translation>{count} offline</translation>
    </message>
    <message>
        <source>Connector</source>
        <translation>Connettore</translation>
    </message>
    <message>
        <source>Access now: {mode}</source>
        <translation>Accesso ora: {mode}</translation>
    </message>
    <message>
        <source>No connectors known yet</source>
        <translation>Nessun connettore ancora noto</translation>
    </message>
    <message>
        <source>Open in the station editor</source>
        <translation>Apri nell&apos;editor della stazione di ricarica</translation>
    </message>
    <message>
        <source>Coordinates under the mouse (the map&apos;s centre otherwise)</source>
        <translation>Coordinate sotto il mouse (altrimenti il centro della mappa)</translation>
    </message>
    <message>
        <source>centre</source>
        <translation>centro</translation>
    </message>
    <message>
        <source>The small dot: the access mode right now</source>
        <translation>Il puntino: la modalità di accesso in questo momento</translation>
    </message>
    <message>
        <source>Map: click to place the station</source>
        <translation>Mappa: clicchi per posizionare la stazione di ricarica</translation>
    </message>
    <message>
        <source>Map of the stations</source>
        <translation>Mappa delle stazioni di ricarica</translation>
    </message>
    <message>
        <source>The station&apos;s location: drag to adjust</source>
        <translation>Posizione della stazione di ricarica: trascini per regolarla</translation>
    </message>
    <message>
        <source>Station location</source>
        <translation>Posizione della stazione di ricarica</translation>
    </message>
    <message>
        <source>&lt;b&gt;No map tiles&lt;/b&gt;: No tile source is chosen. The stations are shown on a grid of latitudes and longitudes; Settings → Map tiles chooses a tile source.</source>
        <translation>&lt;b&gt;Nessuna tile della mappa&lt;/b&gt;: non è scelta alcuna fonte di tile. Le stazioni di ricarica sono mostrate su una griglia di latitudini e longitudini; Impostazioni → Tile della mappa sceglie una fonte.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No map tiles&lt;/b&gt;: {why}. The stations are shown on a grid of latitudes and longitudes; Settings → Map tiles chooses a tile source.</source>
        <translation>&lt;b&gt;Nessuna tile della mappa&lt;/b&gt;: {why}. Le stazioni di ricarica sono mostrate su una griglia di latitudini e longitudini; Impostazioni → Tile della mappa sceglie una fonte.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No map tiles&lt;/b&gt;: {why}. Tiles viewed before are shown from the cache, the rest of the map is a grid of latitudes and longitudes. Settings → Map tiles chooses another source (a tile server on the LAN or pre-downloaded tiles).</source>
        <translation>&lt;b&gt;Nessuna tile della mappa&lt;/b&gt;: {why}. Le tile già viste vengono dalla cache, il resto della mappa è una griglia di latitudini e longitudini. Impostazioni → Tile della mappa sceglie un&apos;altra fonte (un server di tile nella LAN o tile scaricate in anticipo).</translation>
    </message>
    <message>
        <source>&lt;b&gt;No map tiles here&lt;/b&gt;: {why}. The map shows a grid of latitudes and longitudes.</source>
        <translation>&lt;b&gt;Nessuna tile della mappa qui&lt;/b&gt;: {why}. La mappa mostra una griglia di latitudini e longitudini.</translation>
    </message>
</context>
<context>
    <name>MapWeb</name>
    <message>
        <source>The map page could not be loaded. The stations are still listed on the Stations page; see the log for details.</source>
        <translation>Non è stato possibile caricare la pagina della mappa. Le stazioni restano elencate nella pagina Stazioni; dettagli nel registro.</translation>
    </message>
</context>
</TS>
