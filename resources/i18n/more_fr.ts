<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AuditPage</name>
    <message>
        <source>Time</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Which</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>(any)</source>
        <translation>(tous)</translation>
    </message>
    <message>
        <source>The operator (or cli:&lt;user&gt;, charger …) who made the change</source>
        <translation>L&apos;opérateur (ou cli:&lt;user&gt;, borne de recharge …) qui a fait la modification</translation>
    </message>
    <message>
        <source>The computer the change was made on</source>
        <translation>Le poste sur lequel la modification a été faite</translation>
    </message>
    <message>
        <source>The kind of thing changed (station, user, tariff, operator …)</source>
        <translation>Type d&apos;objet modifié (station, user, tariff, operator …)</translation>
    </message>
    <message>
        <source>create, update, delete, login …</source>
        <translation>Type de modification&#xa0;: create, update, delete, login …</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Search: a name, an id, a value in the changes…</source>
        <translation>Rechercher&#xa0;: un nom, un identifiant, une valeur dans les modifications…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Read the newest entries again (F5)</source>
        <translation>Relire les entrées les plus récentes (F5)</translation>
    </message>
    <message>
        <source>Select an entry to see what it changed.</source>
        <translation>Sélectionnez une entrée pour voir ce qu&apos;elle a modifié.</translation>
    </message>
    <message>
        <source>Older entries</source>
        <translation>Entrées plus anciennes</translation>
    </message>
    <message>
        <source>Read the next page of older entries</source>
        <translation>Lire la page suivante d&apos;entrées plus anciennes</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
    <message>
        <source>Could not read the audit trail: {error}</source>
        <translation>Impossible de lire le journal d&apos;audit&#xa0;: {error}</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) shown, newest first — more below (Older entries)</source>
        <translation>
            <numerusform>Lignes affichées&#xa0;: %n, les plus récentes d&apos;abord — d&apos;autres plus bas (Entrées plus anciennes)</numerusform>
            <numerusform>Lignes affichées&#xa0;: %n, les plus récentes d&apos;abord — d&apos;autres plus bas (Entrées plus anciennes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) shown, newest first</source>
        <translation>
            <numerusform>Lignes affichées&#xa0;: %n, les plus récentes d&apos;abord</numerusform>
            <numerusform>Lignes affichées&#xa0;: %n, les plus récentes d&apos;abord</numerusform>
        </translation>
    </message>
    <message>
        <source>{time} — {operator} on {machine}</source>
        <translation>{time} — {operator} sur {machine}</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>an unknown machine</source>
        <translation>un poste inconnu</translation>
    </message>
    <message>
        <source>(no details recorded)</source>
        <translation>(aucun détail enregistré)</translation>
    </message>
</context>
<context>
    <name>LoadPage</name>
    <message>
        <source>Last hour</source>
        <translation>Dernière heure</translation>
    </message>
    <message>
        <source>last hour</source>
        <translation>dernière heure</translation>
    </message>
    <message>
        <source>Last 6 hours</source>
        <translation>6 dernières heures</translation>
    </message>
    <message>
        <source>last 6 hours</source>
        <translation>6 dernières heures</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>24 dernières heures</translation>
    </message>
    <message>
        <source>last 24 hours</source>
        <translation>24 dernières heures</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Borne</translation>
    </message>
    <message>
        <source>Connector</source>
        <translation>Prise</translation>
    </message>
    <message>
        <source>Circuit</source>
        <translation>Circuit</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Phases</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Limite</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>Attribué</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Mesuré</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>aucune limite</translation>
    </message>
    <message>
        <source>Site:</source>
        <translation>Site&#xa0;:</translation>
    </message>
    <message>
        <source>Set up circuits in Settings → Sites…</source>
        <translation>Configurer les circuits dans Paramètres → Sites…</translation>
    </message>
    <message>
        <source>Amperes per phase: L1 · L2 · L3 (L1 for a single-phase circuit)</source>
        <translation>Ampères par phase&#xa0;: L1 · L2 · L3 (L1 pour un circuit monophasé)</translation>
    </message>
    <message>
        <source>Charging now</source>
        <translation>Sessions de recharge en cours</translation>
    </message>
    <message>
        <source>Nothing is charging on this site&apos;s circuits.</source>
        <translation>Aucune recharge en cours sur les circuits de ce site.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not load-managed&lt;/b&gt; (their full power is reserved on their circuit)</source>
        <translation>&lt;b&gt;Sans gestion de charge&lt;/b&gt; (leur pleine puissance est réservée sur leur circuit)</translation>
    </message>
    <message>
        <source>Could not read the load: {error}</source>
        <translation>Impossible de lire la charge&#xa0;: {error}</translation>
    </message>
    <message>
        <source>There is no site yet. Add one in Settings → Sites, with its grid connection and circuits.</source>
        <translation>Il n&apos;y a pas encore de site. Ajoutez-en un dans Paramètres → Sites, avec son raccordement au réseau et ses circuits.</translation>
    </message>
    <message>
        <source>{site} has no circuits, so the load of its chargers is not managed. Add the site&apos;s grid connection (its main supply, with its limit) and the circuits below it in Settings → Sites, then put each connector on its circuit in the station editor.</source>
        <translation>{site} n&apos;a pas de circuits&#xa0;: la charge de ses bornes de recharge n&apos;est donc pas gérée. Ajoutez le raccordement au réseau du site (son alimentation principale, avec sa limite) et les circuits en dessous dans Paramètres → Sites, puis placez chaque prise sur son circuit dans l&apos;éditeur de la borne de recharge.</translation>
    </message>
    <message>
        <source>{name} (1-phase)</source>
        <translation>{name} (monophasé)</translation>
    </message>
    <message>
        <source>Measured above the limit</source>
        <translation>Mesuré au-dessus de la limite</translation>
    </message>
    <message>
        <source>Allocation of {time} (live)</source>
        <translation>Attribution à {time} (en direct)</translation>
    </message>
    <message>
        <source>No allocation heard since this console started: the newest samples ({time}) and the limits last sent</source>
        <translation>Aucune attribution reçue depuis le démarrage de cette console&#xa0;: les derniers relevés ({time}) et les dernières limites envoyées</translation>
    </message>
    <message>
        <source>Nothing allocated yet: load management starts when the central system runs</source>
        <translation>Rien d&apos;attribué pour l&apos;instant&#xa0;: la gestion de charge démarre quand le système central tourne</translation>
    </message>
    <message>
        <source>full power</source>
        <translation>pleine puissance</translation>
    </message>
    <message>
        <source>unmanaged: its full power is reserved on its circuit</source>
        <translation>sans gestion de charge&#xa0;: sa pleine puissance est réservée sur son circuit</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pause</translation>
    </message>
    <message>
        <source>{cp_id} connector {connector}</source>
        <translation>{cp_id} prise {connector}</translation>
    </message>
    <message>
        <source>paused: waits until its minimum is free</source>
        <translation>en pause&#xa0;: attend que son minimum soit disponible</translation>
    </message>
    <message>
        <source>{station} ({cp_id}): {reason}</source>
        <translation>{station} ({cp_id})&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>{circuit}: limit, allocated and measured current per phase, {span} (single-phase)</source>
        <translation>{circuit}&#xa0;: limite, courant attribué et mesuré par phase, {span} (monophasé)</translation>
    </message>
    <message>
        <source>{circuit}: limit, allocated and measured current per phase, {span} (three-phase)</source>
        <translation>{circuit}&#xa0;: limite, courant attribué et mesuré par phase, {span} (triphasé)</translation>
    </message>
</context>
<context>
    <name>LocationPicker</name>
    <message>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <source>{what} must be a number in decimal degrees, e.g. {example}.</source>
        <translation>{what}&#xa0;: saisissez un nombre en degrés décimaux, p. ex. {example}.</translation>
    </message>
    <message>
        <source>Latitude must be between -90 (south) and 90 (north) degrees.</source>
        <translation>La latitude doit être comprise entre -90 (sud) et 90 (nord) degrés.</translation>
    </message>
    <message>
        <source>Longitude must be between -180 (west) and 180 (east) degrees.</source>
        <translation>La longitude doit être comprise entre -180 (ouest) et 180 (est) degrés.</translation>
    </message>
    <message>
        <source>Location of {name}</source>
        <translation>Position de {name}</translation>
    </message>
    <message>
        <source>Station location</source>
        <translation>Position de la borne de recharge</translation>
    </message>
    <message>
        <source>e.g. 47.3769</source>
        <translation>p. ex. 47.3769</translation>
    </message>
    <message>
        <source>Latitude in decimal degrees, -90 (south) to 90 (north). Pasting &quot;47.3769, 8.5417&quot; fills both fields</source>
        <translation>Latitude en degrés décimaux, de -90 (sud) à 90 (nord). Coller &quot;47.3769, 8.5417&quot; remplit les deux champs</translation>
    </message>
    <message>
        <source>e.g. 8.5417</source>
        <translation>p. ex. 8.5417</translation>
    </message>
    <message>
        <source>Longitude in decimal degrees, -180 (west) to 180 (east)</source>
        <translation>Longitude en degrés décimaux, de -180 (ouest) à 180 (est)</translation>
    </message>
    <message>
        <source>Latitude:</source>
        <translation>Latitude&#xa0;:</translation>
    </message>
    <message>
        <source>Longitude:</source>
        <translation>Longitude&#xa0;:</translation>
    </message>
    <message>
        <source>Centre on needle</source>
        <translation>Centrer sur l&apos;épingle</translation>
    </message>
    <message>
        <source>Bring the needle back into view</source>
        <translation>Ramener l&apos;épingle dans la vue</translation>
    </message>
    <message>
        <source>Remove location</source>
        <translation>Retirer la position</translation>
    </message>
    <message>
        <source>Take the needle away: the station will have no location and leaves the map</source>
        <translation>Retirer l&apos;épingle&#xa0;: la borne de recharge n&apos;aura plus de position et quittera la carte</translation>
    </message>
    <message>
        <source>The address stays a free text field in the editor.</source>
        <translation>L&apos;adresse reste un champ de texte libre dans l&apos;éditeur.</translation>
    </message>
    <message>
        <source>Enter the latitude too.</source>
        <translation>Saisissez aussi la latitude.</translation>
    </message>
    <message>
        <source>Enter the longitude too.</source>
        <translation>Saisissez aussi la longitude.</translation>
    </message>
    <message>
        <source>Drag the needle to adjust, or click elsewhere to move it. Typing coordinates below moves it too.</source>
        <translation>Faites glisser l&apos;épingle pour l&apos;ajuster, ou cliquez ailleurs pour la déplacer. Saisir des coordonnées ci-dessous la déplace aussi.</translation>
    </message>
    <message>
        <source>Use this location</source>
        <translation>Utiliser cette position</translation>
    </message>
    <message>
        <source>No location: the station will leave the map. Click the map to place it again.</source>
        <translation>Aucune position&#xa0;: la borne de recharge quittera la carte. Cliquez sur la carte pour la placer à nouveau.</translation>
    </message>
    <message>
        <source>Use no location</source>
        <translation>Valider sans position</translation>
    </message>
    <message>
        <source>Click the map where the station is (zoom in with the mouse wheel or +), or type its coordinates below.</source>
        <translation>Cliquez sur la carte à l&apos;emplacement de la borne (zoomez avec la molette ou +), ou saisissez ses coordonnées ci-dessous.</translation>
    </message>
</context>
<context>
    <name>LogPage</name>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Charger</source>
        <translation>Point de charge</translation>
    </message>
    <message>
        <source>Dir</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latence</translation>
    </message>
    <message>
        <source>Message id</source>
        <translation>ID du message</translation>
    </message>
    <message>
        <source>CallError: the other side could not process the call</source>
        <translation>CallError&#xa0;: l&apos;autre partie n&apos;a pas pu traiter l&apos;appel</translation>
    </message>
    <message>
        <source>Waiting for the answer</source>
        <translation>En attente de la réponse</translation>
    </message>
    <message>
        <source>Answered; the answer&apos;s status is {status}</source>
        <translation>Répondu&#xa0;; statut de la réponse&#xa0;: {status}</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Répondu</translation>
    </message>
    <message>
        <source>any time</source>
        <translation>toute la période</translation>
    </message>
    <message>
        <source>last 5 minutes</source>
        <translation>5 dernières minutes</translation>
    </message>
    <message>
        <source>last hour</source>
        <translation>dernière heure</translation>
    </message>
    <message>
        <source>last 24 hours</source>
        <translation>24 dernières heures</translation>
    </message>
    <message>
        <source>charger…</source>
        <translation>point de charge…</translation>
    </message>
    <message>
        <source>all actions</source>
        <translation>toutes les actions</translation>
    </message>
    <message>
        <source>both directions</source>
        <translation>les deux sens</translation>
    </message>
    <message>
        <source>from chargers</source>
        <translation>des points de charge</translation>
    </message>
    <message>
        <source>to chargers</source>
        <translation>vers les points de charge</translation>
    </message>
    <message>
        <source>errors only</source>
        <translation>erreurs seulement</translation>
    </message>
    <message>
        <source>Show only the calls of this period</source>
        <translation>Afficher seulement les appels de cette période</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Hold new frames (the newest {count} are kept and shown on Resume)</source>
        <translation>Retenir les nouvelles trames (les {count} plus récentes sont gardées et affichées avec Reprendre)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Save the rows the filter shows as JSON lines (.jsonl) or CSV (.csv)</source>
        <translation>Enregistrer les lignes affichées par le filtre en JSON Lines (.jsonl) ou CSV (.csv)</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Select a row to see the call</source>
        <translation>Sélectionnez une ligne pour voir l&apos;appel</translation>
    </message>
    <message>
        <source>… and its answer</source>
        <translation>… et sa réponse</translation>
    </message>
    <message>
        <source>Part of a charge point id (Ctrl+F)</source>
        <translation>Partie d&apos;un identifiant de point de charge (Ctrl+F)</translation>
    </message>
    <message>
        <source>Export the shown OCPP messages</source>
        <translation>Exporter les messages OCPP affichés</translation>
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
        <translation>échec de l&apos;export&#xa0;: {why} ({path})</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) exported to {file}</source>
        <translation>
            <numerusform>Appels exportés vers {file}&#xa0;: %n</numerusform>
            <numerusform>Appels exportés vers {file}&#xa0;: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>earlier messages not loaded: {why}</source>
        <translation>messages précédents non chargés&#xa0;: {why}</translation>
    </message>
    <message numerus="yes">
        <source>paused: %n new frame(s) held</source>
        <translation>
            <numerusform>en pause – nouvelles trames retenues&#xa0;: %n</numerusform>
            <numerusform>en pause – nouvelles trames retenues&#xa0;: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>Appels&#xa0;: %n</numerusform>
            <numerusform>Appels&#xa0;: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>{cp_id} → central system</source>
        <translation>{cp_id} → système central</translation>
    </message>
    <message>
        <source>central system → {cp_id}</source>
        <translation>système central → {cp_id}</translation>
    </message>
    <message>
        <source>Call · {action} · {who} · id {id}</source>
        <translation>Appel · {action} · {who} · id {id}</translation>
    </message>
    <message>
        <source>Answer · waiting</source>
        <translation>Réponse · en attente</translation>
    </message>
    <message>
        <source>Answer · {result}</source>
        <translation>Réponse · {result}</translation>
    </message>
    <message>
        <source>(no answer yet)</source>
        <translation>(pas encore de réponse)</translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message>
        <source>Find a station: name, charge point id or address, then Enter</source>
        <translation>Trouver une borne de recharge&#xa0;: nom, identifiant du point de charge ou adresse, puis Entrée</translation>
    </message>
    <message>
        <source>Centres the map on the station and opens its popup (Ctrl+F)</source>
        <translation>Centre la carte sur la borne de recharge et ouvre sa bulle (Ctrl+F)</translation>
    </message>
    <message>
        <source>Fit all</source>
        <translation>Tout afficher</translation>
    </message>
    <message>
        <source>Frame every station shown (Ctrl+0)</source>
        <translation>Cadrer toutes les bornes de recharge affichées (Ctrl+0)</translation>
    </message>
    <message>
        <source>Loading the map…</source>
        <translation>Chargement de la carte…</translation>
    </message>
    <message>
        <source>The stations could not be read: {why}</source>
        <translation>Impossible de lire les bornes de recharge&#xa0;: {why}</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Tous les sites</translation>
    </message>
    <message>
        <source>Reading the stations…</source>
        <translation>Lecture des bornes de recharge…</translation>
    </message>
    <message>
        <source>No stations yet. Add them on the Stations page; give each a location in its editor (Set on map…).</source>
        <translation>Pas encore de bornes de recharge. Ajoutez-les sur la page Bornes&#xa0;; donnez à chacune une position dans son éditeur (Placer sur la carte…).</translation>
    </message>
    <message numerus="yes">
        <source>{placed} of %n station(s) on the map</source>
        <translation>
            <numerusform>Bornes de recharge sur la carte&#xa0;: {placed} sur %n</numerusform>
            <numerusform>Bornes de recharge sur la carte&#xa0;: {placed} sur %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n placed station(s) match the filters</source>
        <translation>
            <numerusform>Bornes placées correspondant aux filtres&#xa0;: {shown} sur %n</numerusform>
            <numerusform>Bornes placées correspondant aux filtres&#xa0;: {shown} sur %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without a location: {names}</source>
        <translation>
            <numerusform>Sans position&#xa0;: %n – {names}</numerusform>
            <numerusform>Sans position&#xa0;: %n – {names}</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a station and use Set on map… (or type its coordinates) to place it:
</source>
        <translation>Ouvrez une borne de recharge et utilisez Placer sur la carte… (ou saisissez ses coordonnées) pour la placer&#xa0;:
</translation>
    </message>
    <message>
        <source>No station matches “{text}”.</source>
        <translation>Aucune borne de recharge ne correspond à «&#xa0;{text}&#xa0;».</translation>
    </message>
    <message>
        <source>{name} has no location yet. &lt;a href=&apos;station:{id}&apos;&gt;Open it&lt;/a&gt; and use Set on map… to place it.</source>
        <translation>{name} n&apos;a pas encore de position. &lt;a href=&apos;station:{id}&apos;&gt;Ouvrez-la&lt;/a&gt; et utilisez Placer sur la carte… pour la placer.</translation>
    </message>
    <message>
        <source>The filters hid it: they are cleared.</source>
        <translation>Les filtres la masquaient&#xa0;: ils sont effacés.</translation>
    </message>
    <message>
        <source>Showing {name} ({cp_id}).</source>
        <translation>Affichage de {name} ({cp_id}).</translation>
    </message>
</context>
<context>
    <name>MapTilesSettings</name>
    <message>
        <source>Map tiles</source>
        <translation>Tuiles de carte</translation>
    </message>
    <message>
        <source>The map&apos;s background. Stations are always shown; without tiles they appear on a grid of latitudes and longitudes. Tiles fetched over the network are kept on disk, so a site viewed once can be shown later without a connection.</source>
        <translation>Le fond de la carte. Les bornes de recharge sont toujours affichées&#xa0;; sans tuiles, elles apparaissent sur une grille de latitudes et de longitudes. Les tuiles téléchargées par le réseau sont conservées sur le disque&#xa0;: une zone vue une fois peut être affichée plus tard sans connexion.</translation>
    </message>
    <message>
        <source>OpenStreetMap (public tiles, needs internet)</source>
        <translation>OpenStreetMap (tuiles publiques, nécessite Internet)</translation>
    </message>
    <message>
        <source>tile.openstreetmap.org, with its attribution. For a few consoles only: heavy use needs a tile server of your own (OSM tile usage policy)</source>
        <translation>tile.openstreetmap.org, avec son attribution. Pour quelques consoles seulement : un usage intensif demande votre propre serveur de tuiles (politique d&apos;utilisation d&apos;OSM)</translation>
    </message>
    <message>
        <source>A tile server on the network</source>
        <translation>Un serveur de tuiles sur le réseau</translation>
    </message>
    <message>
        <source>Pre-downloaded tiles: a folder or an MBTiles file</source>
        <translation>Tuiles téléchargées à l&apos;avance&#xa0;: un dossier ou un fichier MBTiles</translation>
    </message>
    <message>
        <source>No tiles (stations on a coordinate grid)</source>
        <translation>Pas de tuiles (bornes sur une grille de coordonnées)</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Source&#xa0;:</translation>
    </message>
    <message>
        <source>http://tiles.example.lan/{z}/{x}/{y}.png</source>
        <translation>http://tiles.example.lan/{z}/{x}/{y}.png</translation>
    </message>
    <message>
        <source>The server&apos;s URL template: {z} zoom, {x} column, {y} row ({s} for a, b, c sub-domains)</source>
        <translation>Modèle d&apos;URL du serveur&#xa0;: {z} zoom, {x} colonne, {y} ligne ({s} pour les sous-domaines a, b, c)</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Tester</translation>
    </message>
    <message>
        <source>Ask the server for its first tile (zoom 0) and say what came back</source>
        <translation>Demander au serveur sa première tuile (zoom 0) et indiquer la réponse</translation>
    </message>
    <message>
        <source>Server URL:</source>
        <translation>URL du serveur&#xa0;:</translation>
    </message>
    <message>
        <source>/srv/tiles  (holding {z}/{x}/{y}.png)  or  /srv/site.mbtiles</source>
        <translation>/srv/tiles  (contenant {z}/{x}/{y}.png)  ou  /srv/site.mbtiles</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>Dossier…</translation>
    </message>
    <message>
        <source>MBTiles file…</source>
        <translation>Fichier MBTiles…</translation>
    </message>
    <message>
        <source>Tiles:</source>
        <translation>Tuiles&#xa0;:</translation>
    </message>
    <message>
        <source>© OpenStreetMap contributors</source>
        <translation>© les contributeurs d&apos;OpenStreetMap</translation>
    </message>
    <message>
        <source>Shown in the map&apos;s corner: the data&apos;s licence usually requires it</source>
        <translation>Affiché dans le coin de la carte&#xa0;: la licence des données l&apos;exige généralement</translation>
    </message>
    <message>
        <source>Attribution:</source>
        <translation>Attribution&#xa0;:</translation>
    </message>
    <message>
        <source>The oldest cached tiles are removed beyond this size (0: no limit)</source>
        <translation>Au-delà de cette taille, les tuiles en cache les plus anciennes sont supprimées (0&#xa0;: pas de limite)</translation>
    </message>
    <message>
        <source>Clear cache</source>
        <translation>Vider le cache</translation>
    </message>
    <message>
        <source>Delete every cached tile (they are fetched again when shown)</source>
        <translation>Supprimer toutes les tuiles en cache (elles sont retéléchargées à l&apos;affichage)</translation>
    </message>
    <message>
        <source>Cache:</source>
        <translation>Cache&#xa0;:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>{attribution} (always shown)</source>
        <translation>{attribution} (toujours affichée)</translation>
    </message>
    <message>
        <source>e.g. © OpenStreetMap contributors, or your map data&apos;s licence</source>
        <translation>p. ex. © contributeurs OpenStreetMap, ou la licence de vos données cartographiques</translation>
    </message>
    <message>
        <source>Not saved: fix the marked field.</source>
        <translation>Non enregistré&#xa0;: corrigez le champ marqué.</translation>
    </message>
    <message>
        <source>Saved; open maps use it now.</source>
        <translation>Enregistré&#xa0;; les cartes ouvertes l&apos;utilisent dès maintenant.</translation>
    </message>
    <message>
        <source>OpenStreetMap needs internet: without it only tiles shown before are available.</source>
        <translation>OpenStreetMap a besoin d&apos;Internet : sans lui, seules les tuiles déjà affichées sont disponibles.</translation>
    </message>
    <message>
        <source>Asking {host} for a tile…</source>
        <translation>Demande d&apos;une tuile à {host}…</translation>
    </message>
    <message>
        <source>The server answered with a tile ({size} KB) in {ms} ms.</source>
        <translation>Le serveur a répondu avec une tuile ({size} KB) en {ms} ms.</translation>
    </message>
    <message>
        <source>HTTP {status}, not an image</source>
        <translation>HTTP {status}, pas une image</translation>
    </message>
    <message>
        <source>No tile from {url}: {why}.</source>
        <translation>Aucune tuile de {url}&#xa0;: {why}.</translation>
    </message>
    <message numerus="yes">
        <source>%n tile(s), {size} MB in {folder}</source>
        <translation>
            <numerusform>Tuiles&#xa0;: %n, {size} MB dans {folder}</numerusform>
            <numerusform>Tuiles&#xa0;: %n, {size} MB dans {folder}</numerusform>
        </translation>
    </message>
    <message>
        <source>Folder of map tiles ({z}/{x}/{y}.png)</source>
        <translation>Dossier de tuiles de carte ({z}/{x}/{y}.png)</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Charging / in use</source>
        <translation>En charge / occupée</translation>
    </message>
    <message>
        <source>Faulted</source>
        <translation>En défaut</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>Indisponible</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>{count} available</source>
        <translation>disponibles : {count}</translation>
    </message>
    <message>
        <source>{count} charging / in use</source>
        <translation>en charge / occupées : {count}</translation>
    </message>
    <message>
        <source>{count} faulted</source>
        <translation>en défaut : {count}</translation>
    </message>
    <message>
        <source>{count} unavailable</source>
        <translation>indisponibles : {count}</translation>
    </message>
    <message>
        <source>{count} offline</source>
        <translation>hors ligne : {count}</translation>
    </message>
    <message>
        <source>Connector</source>
        <translation>Prise</translation>
    </message>
    <message>
        <source>Access now: {mode}</source>
        <translation>Accès maintenant : {mode}</translation>
    </message>
    <message>
        <source>No connectors known yet</source>
        <translation>Aucune prise connue pour l&apos;instant</translation>
    </message>
    <message>
        <source>Open in the station editor</source>
        <translation>Ouvrir dans l&apos;éditeur de la borne</translation>
    </message>
    <message>
        <source>Coordinates under the mouse (the map&apos;s centre otherwise)</source>
        <translation>Coordonnées sous la souris (sinon le centre de la carte)</translation>
    </message>
    <message>
        <source>centre</source>
        <translation>centre</translation>
    </message>
    <message>
        <source>The small dot: the access mode right now</source>
        <translation>Le petit point : le mode d&apos;accès en ce moment</translation>
    </message>
    <message>
        <source>Map: click to place the station</source>
        <translation>Carte : cliquez pour placer la borne</translation>
    </message>
    <message>
        <source>Map of the stations</source>
        <translation>Carte des bornes de recharge</translation>
    </message>
    <message>
        <source>The station&apos;s location: drag to adjust</source>
        <translation>Emplacement de la borne : glissez pour l&apos;ajuster</translation>
    </message>
    <message>
        <source>Station location</source>
        <translation>Emplacement de la borne</translation>
    </message>
    <message>
        <source>&lt;b&gt;No map tiles&lt;/b&gt;: No tile source is chosen. The stations are shown on a grid of latitudes and longitudes; Settings → Map tiles chooses a tile source.</source>
        <translation>&lt;b&gt;Pas de tuiles de carte&lt;/b&gt; : aucune source de tuiles n&apos;est choisie. Les bornes sont affichées sur une grille de latitudes et de longitudes ; Paramètres → Tuiles de carte choisit une source.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No map tiles&lt;/b&gt;: {why}. The stations are shown on a grid of latitudes and longitudes; Settings → Map tiles chooses a tile source.</source>
        <translation>&lt;b&gt;Pas de tuiles de carte&lt;/b&gt; : {why}. Les bornes sont affichées sur une grille de latitudes et de longitudes ; Paramètres → Tuiles de carte choisit une source.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No map tiles&lt;/b&gt;: {why}. Tiles viewed before are shown from the cache, the rest of the map is a grid of latitudes and longitudes. Settings → Map tiles chooses another source (a tile server on the LAN or pre-downloaded tiles).</source>
        <translation>&lt;b&gt;Pas de tuiles de carte&lt;/b&gt; : {why}. Les tuiles déjà vues viennent du cache, le reste de la carte est une grille de latitudes et de longitudes. Paramètres → Tuiles de carte choisit une autre source (un serveur de tuiles sur le réseau local ou des tuiles téléchargées d&apos;avance).</translation>
    </message>
    <message>
        <source>&lt;b&gt;No map tiles here&lt;/b&gt;: {why}. The map shows a grid of latitudes and longitudes.</source>
        <translation>&lt;b&gt;Pas de tuiles de carte ici&lt;/b&gt; : {why}. La carte montre une grille de latitudes et de longitudes.</translation>
    </message>
</context>
<context>
    <name>MapWeb</name>
    <message>
        <source>The map page could not be loaded. The stations are still listed on the Stations page; see the log for details.</source>
        <translation>La page de la carte n&apos;a pas pu être chargée. Les bornes restent listées sur la page Bornes ; voir le journal pour les détails.</translation>
    </message>
</context>
</TS>
