<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_CH">
<context>
    <name>AddressList</name>
    <message>
        <source>Give each charger one of these addresses as its central system (OCPP server) URL, with its own charge point id in place of {chargePointId}.</source>
        <translation>Inserire in ogni punto di ricarica uno di questi indirizzi come URL del sistema centrale (server OCPP), con il proprio identificativo al posto di {chargePointId}.</translation>
    </message>
    <message>
        <source>No address yet: the site&apos;s central system is not running (start chargedesk serve, or let this console run it: Settings → Central system).</source>
        <translation>Ancora nessun indirizzo: il sistema centrale della sede non è in esecuzione (avviare chargedesk serve o eseguirlo in questa console: Impostazioni → Sistema centrale).</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copia</translation>
    </message>
    <message>
        <source>Copy this address to the clipboard</source>
        <translation>Copia questo indirizzo negli appunti</translation>
    </message>
    <message>
        <source>Copied: {url}</source>
        <translation>Copiato: {url}</translation>
    </message>
    <message>
        <source>Addresses chargers use</source>
        <translation>Indirizzi per i punti di ricarica</translation>
    </message>
    <message>
        <source>Click to see them with Copy.</source>
        <translation>Fare clic per vederli con «Copia».</translation>
    </message>
    <message>
        <source>Chargers connect to:</source>
        <translation>I punti di ricarica si collegano a:</translation>
    </message>
</context>
<context>
    <name>ChargerAddresses</name>
    <message>
        <source>IPv6 link-local: only chargers on the same network segment</source>
        <translation>IPv6 link-local: solo punti di ricarica nello stesso segmento di rete</translation>
    </message>
    <message>
        <source>this computer only: to reach chargers, listen on 0.0.0.0 (Settings → Central system)</source>
        <translation>solo questo computer: perché i punti di ricarica lo raggiungano, ascoltare su 0.0.0.0 (Impostazioni → Sistema centrale)</translation>
    </message>
    <message>
        <source>this computer only: no other network is connected</source>
        <translation>solo questo computer: nessun&apos;altra rete è collegata</translation>
    </message>
</context>
<context>
    <name>EmptyStates</name>
    <message>
        <source>Import a site configuration (chargedesk config export)</source>
        <translation>Importa una configurazione della sede (chargedesk config export)</translation>
    </message>
    <message>
        <source>Site configuration (*.json)</source>
        <translation>Configurazione della sede (*.json)</translation>
    </message>
    <message>
        <source>Nothing was imported: {file} has problems (below).</source>
        <translation>Non è stato importato nulla: {file} contiene errori (sotto).</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Non è stato importato nulla.</translation>
    </message>
    <message>
        <source>Imported {file}.</source>
        <translation>{file} importato.</translation>
    </message>
    <message>
        <source>Import a site configuration</source>
        <translation>Importa una configurazione della sede</translation>
    </message>
    <message>
        <source>Show the addresses chargers use</source>
        <translation>Mostra gli indirizzi per i punti di ricarica</translation>
    </message>
    <message>
        <source>Add station</source>
        <translation>Aggiungi stazione di ricarica</translation>
    </message>
    <message>
        <source>Import a site configuration…</source>
        <translation>Importa una configurazione della sede…</translation>
    </message>
    <message>
        <source>Open Settings → Sites</source>
        <translation>Apri Impostazioni → Sedi</translation>
    </message>
    <message>
        <source>No stations yet: the dashboard shows each one live once there are stations. Add them, import a site, or give your chargers the addresses chargers use.</source>
        <translation>Ancora nessuna stazione di ricarica: il cruscotto mostra ognuna in diretta non appena ce ne sono. Le aggiunga, importi una sede o dia ai Suoi punti di ricarica gli indirizzi per i punti di ricarica.</translation>
    </message>
    <message>
        <source>No stations yet. Add one, import a whole site from a configuration file, or give a charger one of the addresses chargers use and accept it on the Chargers page when it connects.</source>
        <translation>Ancora nessuna stazione di ricarica. Ne aggiunga una, importi un&apos;intera sede da un file di configurazione, oppure dia a un punto di ricarica uno degli indirizzi per i punti di ricarica e lo accetti nella pagina Punti di ricarica quando si collega.</translation>
    </message>
    <message>
        <source>No stations yet. Add them (or import a site), then give each a location in its editor (Set on map…).</source>
        <translation>Ancora nessuna stazione di ricarica. Le aggiunga (o importi una sede), poi dia a ognuna una posizione nel suo editor (Posiziona sulla mappa…).</translation>
    </message>
    <message>
        <source>No users yet. Users are the people who charge with an RFID card: add them one by one or import a CSV file.</source>
        <translation>Ancora nessun utente. Gli utenti sono le persone che ricaricano con una tessera RFID: li aggiunga uno per uno o importi un file CSV.</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Aggiungi utente</translation>
    </message>
    <message>
        <source>Import users from CSV…</source>
        <translation>Importa utenti da CSV…</translation>
    </message>
    <message>
        <source>No stations yet: a schedule plans when a station&apos;s connectors may be used.</source>
        <translation>Ancora nessuna stazione di ricarica: un orario stabilisce quando i connettori di una stazione di ricarica possono essere usati.</translation>
    </message>
    <message>
        <source>No charging sessions to show. They appear here as soon as a charger connected to this central system charges a vehicle.</source>
        <translation>Nessuna sessione di ricarica da mostrare. Appaiono qui non appena un punto di ricarica collegato a questo sistema centrale ricarica un veicolo.</translation>
    </message>
    <message>
        <source>Open Stations</source>
        <translation>Apri Stazioni di ricarica</translation>
    </message>
    <message>
        <source>No charger has connected yet. Give each charger one of the addresses chargers use: a new charger appears here, waiting to be accepted. A virtual charger lets you try it out now.</source>
        <translation>Nessun punto di ricarica si è ancora collegato. Dia a ogni punto di ricarica uno degli indirizzi per i punti di ricarica: un nuovo punto di ricarica appare qui, in attesa di essere accettato. Un punto di ricarica virtuale permette di provare subito.</translation>
    </message>
    <message>
        <source>Start a virtual charger…</source>
        <translation>Avvia un punto di ricarica virtuale…</translation>
    </message>
    <message>
        <source>No messages yet. The log shows what the chargers and this central system say to each other, once a charger connects.</source>
        <translation>Ancora nessun messaggio. Il registro mostra ciò che i punti di ricarica e questo sistema centrale si scambiano, non appena un punto di ricarica si collega.</translation>
    </message>
    <message>
        <source>Nothing changed yet. Every change made in any console (sites, tariffs, stations, users) appears here with who made it.</source>
        <translation>Ancora nessuna modifica. Ogni modifica fatta in una console (sedi, tariffe, stazioni di ricarica, utenti) appare qui con l&apos;operatore che l&apos;ha fatta.</translation>
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
        <translation>La Sua sede</translation>
    </message>
    <message>
        <source>Where the charging stations are. Access times are in the site&apos;s time zone; prices in its currency, with its VAT.</source>
        <translation>Dove si trovano le stazioni di ricarica. Gli orari di accesso sono nel fuso orario della sede, i prezzi nella sua valuta, con la sua IVA.</translation>
    </message>
    <message>
        <source>e.g. Head office Bern</source>
        <translation>p. es. Sede Lugano</translation>
    </message>
    <message>
        <source>Site name</source>
        <translation>Nome della sede</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuso orario</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>VAT %</source>
        <translation>IVA %</translation>
    </message>
    <message>
        <source>The first tariff</source>
        <translation>La prima tariffa</translation>
    </message>
    <message>
        <source>What a charge costs. More tariffs (for employees, visitors…) can be added later in Settings → Tariffs.</source>
        <translation>Quanto costa una sessione di ricarica. Altre tariffe (collaboratori, visitatori…) si possono aggiungere più tardi in Impostazioni → Tariffe.</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Tariff name</source>
        <translation>Nome della tariffa</translation>
    </message>
    <message>
        <source>Price per kWh</source>
        <translation>Prezzo per kWh</translation>
    </message>
    <message>
        <source>optional, e.g. 1.00</source>
        <translation>facoltativo, p. es. 1.00</translation>
    </message>
    <message>
        <source>Start fee</source>
        <translation>Costo di avvio</translation>
    </message>
    <message>
        <source>Prices include VAT.</source>
        <translation>Prezzi IVA inclusa.</translation>
    </message>
    <message>
        <source>type a price (e.g. 0.35; 0 for free charging)</source>
        <translation>inserire un prezzo (p. es. 0.35; 0 per la ricarica gratuita)</translation>
    </message>
    <message>
        <source>New chargers</source>
        <translation>Nuovi punti di ricarica</translation>
    </message>
    <message>
        <source>What happens when a charger this site does not know yet connects.</source>
        <translation>Cosa succede quando si collega un punto di ricarica che questa sede non conosce ancora.</translation>
    </message>
    <message>
        <source>It waits until an operator accepts it (Pending) — recommended</source>
        <translation>Attende che un operatore lo accetti (Pending) — consigliato</translation>
    </message>
    <message>
        <source>It is accepted automatically and a station is created for it</source>
        <translation>Viene accettato automaticamente e viene creata una stazione di ricarica</translation>
    </message>
    <message>
        <source>A pending charger may only boot and report its status: it cannot charge before it is accepted on the Chargers page. Change this later in Settings → Central system.</source>
        <translation>Un punto di ricarica in attesa può solo avviarsi e segnalare il suo stato: non può ricaricare prima di essere accettato nella pagina Punti di ricarica. Modificare più tardi in Impostazioni → Sistema centrale.</translation>
    </message>
    <message>
        <source>This console is attached to the site&apos;s central system, which runs elsewhere: set this there (chargedesk serve --unknown-chargers).</source>
        <translation>Questa console è collegata al sistema centrale della sede, che è in esecuzione altrove: impostarlo lì (chargedesk serve --unknown-chargers).</translation>
    </message>
    <message>
        <source>Connect your chargers</source>
        <translation>Collegare i punti di ricarica</translation>
    </message>
    <message>
        <source>Enter one of these addresses in each charger&apos;s OCPP settings. They stay in Settings → Central system and in the status bar.</source>
        <translation>Inserire uno di questi indirizzi nelle impostazioni OCPP di ogni punto di ricarica. Restano visibili in Impostazioni → Sistema centrale e nella barra di stato.</translation>
    </message>
    <message>
        <source>Set up ChargeDesk</source>
        <translation>Configurare ChargeDesk</translation>
    </message>
    <message>
        <source>Not saved: {problem} Go back to correct it.</source>
        <translation>Non salvato: {problem} Tornare indietro per correggerlo.</translation>
    </message>
    <message>
        <source>Not set up: nothing was saved. Add a site in Settings → Sites (or import one with chargedesk config import site.json); the set-up opens again at the next start while there is no site.</source>
        <translation>Non configurato: non è stato salvato nulla. Aggiungere una sede in Impostazioni → Sedi (o importarne una con chargedesk config import site.json); la configurazione si riapre al prossimo avvio finché non c&apos;è una sede.</translation>
    </message>
</context>
</TS>
