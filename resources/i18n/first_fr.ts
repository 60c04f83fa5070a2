<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CH">
<context>
    <name>AddressList</name>
    <message>
        <source>Give each charger one of these addresses as its central system (OCPP server) URL, with its own charge point id in place of {chargePointId}.</source>
        <translation>Indiquez à chaque point de charge l&apos;une de ces adresses comme URL du système central (serveur OCPP), avec son propre identifiant à la place de {chargePointId}.</translation>
    </message>
    <message>
        <source>No address yet: the site&apos;s central system is not running (start chargedesk serve, or let this console run it: Settings → Central system).</source>
        <translation>Pas encore d&apos;adresse&#xa0;: le système central du site ne tourne pas (lancez chargedesk serve, ou faites-le tourner dans cette console&#xa0;: Paramètres → Système central).</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy this address to the clipboard</source>
        <translation>Copier cette adresse dans le presse-papiers</translation>
    </message>
    <message>
        <source>Copied: {url}</source>
        <translation>Copié&#xa0;: {url}</translation>
    </message>
    <message>
        <source>Addresses chargers use</source>
        <translation>Adresses pour les points de charge</translation>
    </message>
    <message>
        <source>Click to see them with Copy.</source>
        <translation>Cliquez pour les voir avec «&#xa0;Copier&#xa0;».</translation>
    </message>
    <message>
        <source>Chargers connect to:</source>
        <translation>Les points de charge se connectent à&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ChargerAddresses</name>
    <message>
        <source>IPv6 link-local: only chargers on the same network segment</source>
        <translation>IPv6 lien local&#xa0;: seulement les points de charge du même segment de réseau</translation>
    </message>
    <message>
        <source>this computer only: to reach chargers, listen on 0.0.0.0 (Settings → Central system)</source>
        <translation>cet ordinateur seulement&#xa0;: pour que les points de charge l&apos;atteignent, écoutez sur 0.0.0.0 (Paramètres → Système central)</translation>
    </message>
    <message>
        <source>this computer only: no other network is connected</source>
        <translation>cet ordinateur seulement&#xa0;: aucun autre réseau n&apos;est connecté</translation>
    </message>
</context>
<context>
    <name>EmptyStates</name>
    <message>
        <source>Import a site configuration (chargedesk config export)</source>
        <translation>Importer une configuration de site (chargedesk config export)</translation>
    </message>
    <message>
        <source>Site configuration (*.json)</source>
        <translation>Configuration de site (*.json)</translation>
    </message>
    <message>
        <source>Nothing was imported: {file} has problems (below).</source>
        <translation>Rien n&apos;a été importé&#xa0;: {file} contient des erreurs (ci-dessous).</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>Imported {file}.</source>
        <translation>{file} importé.</translation>
    </message>
    <message>
        <source>Import a site configuration</source>
        <translation>Importer une configuration de site</translation>
    </message>
    <message>
        <source>Show the addresses chargers use</source>
        <translation>Afficher les adresses des points de charge</translation>
    </message>
    <message>
        <source>Add station</source>
        <translation>Ajouter une borne de recharge</translation>
    </message>
    <message>
        <source>Import a site configuration…</source>
        <translation>Importer une configuration de site…</translation>
    </message>
    <message>
        <source>Open Settings → Sites</source>
        <translation>Ouvrir Paramètres → Sites</translation>
    </message>
    <message>
        <source>No stations yet: the dashboard shows each one live once there are stations. Add them, import a site, or give your chargers the addresses chargers use.</source>
        <translation>Pas encore de bornes de recharge&#xa0;: le tableau de bord montre chacune en direct dès qu&apos;il y en a. Ajoutez-les, importez un site ou donnez à vos points de charge les adresses des points de charge.</translation>
    </message>
    <message>
        <source>No stations yet. Add one, import a whole site from a configuration file, or give a charger one of the addresses chargers use and accept it on the Chargers page when it connects.</source>
        <translation>Pas encore de bornes de recharge. Ajoutez-en une, importez un site entier depuis un fichier de configuration, ou donnez à un point de charge l&apos;une des adresses des points de charge et acceptez-le sur la page Points de charge lorsqu&apos;il se connecte.</translation>
    </message>
    <message>
        <source>No stations yet. Add them (or import a site), then give each a location in its editor (Set on map…).</source>
        <translation>Pas encore de bornes de recharge. Ajoutez-les (ou importez un site), puis donnez à chacune un emplacement dans son éditeur (Placer sur la carte…).</translation>
    </message>
    <message>
        <source>No users yet. Users are the people who charge with an RFID card: add them one by one or import a CSV file.</source>
        <translation>Pas encore d&apos;utilisateurs. Les utilisateurs sont les personnes qui rechargent avec un badge RFID&#xa0;: ajoutez-les un par un ou importez un fichier CSV.</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Ajouter un utilisateur</translation>
    </message>
    <message>
        <source>Import users from CSV…</source>
        <translation>Importer des utilisateurs depuis un CSV…</translation>
    </message>
    <message>
        <source>No stations yet: a schedule plans when a station&apos;s connectors may be used.</source>
        <translation>Pas encore de bornes de recharge&#xa0;: un horaire définit quand les prises d&apos;une borne de recharge peuvent être utilisées.</translation>
    </message>
    <message>
        <source>No charging sessions to show. They appear here as soon as a charger connected to this central system charges a vehicle.</source>
        <translation>Aucune session de recharge à afficher. Elles apparaissent ici dès qu&apos;un point de charge connecté à ce système central recharge un véhicule.</translation>
    </message>
    <message>
        <source>Open Stations</source>
        <translation>Ouvrir Bornes de recharge</translation>
    </message>
    <message>
        <source>No charger has connected yet. Give each charger one of the addresses chargers use: a new charger appears here, waiting to be accepted. A virtual charger lets you try it out now.</source>
        <translation>Aucun point de charge ne s&apos;est encore connecté. Donnez à chaque point de charge l&apos;une des adresses des points de charge&#xa0;: un nouveau point de charge apparaît ici, en attente d&apos;acceptation. Un point de charge virtuel permet d&apos;essayer dès maintenant.</translation>
    </message>
    <message>
        <source>Start a virtual charger…</source>
        <translation>Démarrer un point de charge virtuel…</translation>
    </message>
    <message>
        <source>No messages yet. The log shows what the chargers and this central system say to each other, once a charger connects.</source>
        <translation>Pas encore de messages. Le journal montre ce que les points de charge et ce système central s&apos;échangent, dès qu&apos;un point de charge se connecte.</translation>
    </message>
    <message>
        <source>Nothing changed yet. Every change made in any console (sites, tariffs, stations, users) appears here with who made it.</source>
        <translation>Rien n&apos;a encore changé. Chaque modification faite dans une console (sites, tarifs, bornes de recharge, utilisateurs) apparaît ici avec l&apos;opérateur qui l&apos;a faite.</translation>
    </message>
</context>
<context>
    <name>FirstStart</name>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>Your site</source>
        <translation>Votre site</translation>
    </message>
    <message>
        <source>Where the charging stations are. Access times are in the site&apos;s time zone; prices in its currency, with its VAT.</source>
        <translation>Là où se trouvent les bornes de recharge. Les horaires d&apos;accès sont dans le fuseau horaire du site, les prix dans sa monnaie, avec sa TVA.</translation>
    </message>
    <message>
        <source>e.g. Head office Bern</source>
        <translation>p. ex. Siège Lausanne</translation>
    </message>
    <message>
        <source>Site name</source>
        <translation>Nom du site</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Monnaie</translation>
    </message>
    <message>
        <source>VAT %</source>
        <translation>TVA %</translation>
    </message>
    <message>
        <source>The first tariff</source>
        <translation>Le premier tarif</translation>
    </message>
    <message>
        <source>What a charge costs. More tariffs (for employees, visitors…) can be added later in Settings → Tariffs.</source>
        <translation>Ce que coûte une session de recharge. D&apos;autres tarifs (collaborateurs, visiteurs…) peuvent être ajoutés plus tard dans Paramètres → Tarifs.</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Tariff name</source>
        <translation>Nom du tarif</translation>
    </message>
    <message>
        <source>Price per kWh</source>
        <translation>Prix par kWh</translation>
    </message>
    <message>
        <source>optional, e.g. 1.00</source>
        <translation>facultatif, p. ex. 1.00</translation>
    </message>
    <message>
        <source>Start fee</source>
        <translation>Frais de démarrage</translation>
    </message>
    <message>
        <source>Prices include VAT.</source>
        <translation>Prix TVA comprise.</translation>
    </message>
    <message>
        <source>type a price (e.g. 0.35; 0 for free charging)</source>
        <translation>saisissez un prix (p. ex. 0.35&#xa0;; 0 pour une recharge gratuite)</translation>
    </message>
    <message>
        <source>New chargers</source>
        <translation>Nouveaux points de charge</translation>
    </message>
    <message>
        <source>What happens when a charger this site does not know yet connects.</source>
        <translation>Ce qui se passe lorsqu&apos;un point de charge que ce site ne connaît pas encore se connecte.</translation>
    </message>
    <message>
        <source>It waits until an operator accepts it (Pending) — recommended</source>
        <translation>Il attend qu&apos;un opérateur l&apos;accepte (Pending) — recommandé</translation>
    </message>
    <message>
        <source>It is accepted automatically and a station is created for it</source>
        <translation>Il est accepté automatiquement et une borne de recharge est créée pour lui</translation>
    </message>
    <message>
        <source>A pending charger may only boot and report its status: it cannot charge before it is accepted on the Chargers page. Change this later in Settings → Central system.</source>
        <translation>Un point de charge en attente peut seulement démarrer et signaler son état&#xa0;: il ne peut pas recharger avant d&apos;être accepté sur la page Points de charge. Modifiez ceci plus tard dans Paramètres → Système central.</translation>
    </message>
    <message>
        <source>This console is attached to the site&apos;s central system, which runs elsewhere: set this there (chargedesk serve --unknown-chargers).</source>
        <translation>Cette console est rattachée au système central du site, qui tourne ailleurs&#xa0;: réglez ceci là-bas (chargedesk serve --unknown-chargers).</translation>
    </message>
    <message>
        <source>Connect your chargers</source>
        <translation>Connecter vos points de charge</translation>
    </message>
    <message>
        <source>Enter one of these addresses in each charger&apos;s OCPP settings. They stay in Settings → Central system and in the status bar.</source>
        <translation>Saisissez l&apos;une de ces adresses dans les paramètres OCPP de chaque point de charge. Elles restent visibles dans Paramètres → Système central et dans la barre d&apos;état.</translation>
    </message>
    <message>
        <source>Set up ChargeDesk</source>
        <translation>Configurer ChargeDesk</translation>
    </message>
    <message>
        <source>Not saved: {problem} Go back to correct it.</source>
        <translation>Non enregistré&#xa0;: {problem} Revenez en arrière pour le corriger.</translation>
    </message>
    <message>
        <source>Not set up: nothing was saved. Add a site in Settings → Sites (or import one with chargedesk config import site.json); the set-up opens again at the next start while there is no site.</source>
        <translation>Pas configuré&#xa0;: rien n&apos;a été enregistré. Ajoutez un site dans Paramètres → Sites (ou importez-en un avec chargedesk config import site.json)&#xa0;; la configuration s&apos;ouvre à nouveau au prochain démarrage tant qu&apos;il n&apos;y a pas de site.</translation>
    </message>
</context>
</TS>
