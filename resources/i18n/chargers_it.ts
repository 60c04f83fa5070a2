<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>AcceptDialog</name>
    <message>
        <source>Accept charger {cp_id}</source>
        <translation>Accetta il caricatore {cp_id}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{cp_id}&lt;/b&gt; will be accepted: its BootNotification is answered Accepted and its sessions are recorded at the station you choose.</source>
        <translation>&lt;b&gt;{cp_id}&lt;/b&gt; verrà accettato: alla sua BootNotification si risponde Accepted e le sue sessioni di ricarica vengono registrate presso la stazione di ricarica scelta.</translation>
    </message>
    <message>
        <source>Create a new station</source>
        <translation>Crea una nuova stazione di ricarica</translation>
    </message>
    <message>
        <source>Bind to an existing station</source>
        <translation>Associa a una stazione di ricarica esistente</translation>
    </message>
    <message>
        <source>The station&apos;s name as the console shows it (e.g. Hall B)</source>
        <translation>Il nome della stazione di ricarica come lo mostra la console (ad es. Capannone B)</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <source>Site:</source>
        <translation>Sede:</translation>
    </message>
    <message>
        <source>none yet (created when they report)</source>
        <translation>nessuno per ora (creati quando si annunciano)</translation>
    </message>
    <message>
        <source>Connectors:</source>
        <translation>Connettori:</translation>
    </message>
    <message>
        <source>{conn} — from its StatusNotifications</source>
        <translation>{conn} — dalle sue StatusNotification</translation>
    </message>
    <message>
        <source>The station takes this charger&apos;s charge point id; its rules and history stay</source>
        <translation>La stazione di ricarica assume l&apos;ID del punto di ricarica di questo caricatore; le sue regole e la sua cronologia restano</translation>
    </message>
    <message>
        <source>Station:</source>
        <translation>Stazione di ricarica:</translation>
    </message>
    <message>
        <source>There is no station yet</source>
        <translation>Non c&apos;è ancora nessuna stazione di ricarica</translation>
    </message>
    <message>
        <source>Charger password (HTTP Basic, security profile 1)</source>
        <translation>Password del caricatore (HTTP Basic, profilo di sicurezza 1)</translation>
    </message>
    <message>
        <source>leave empty: the charger connects without a password</source>
        <translation>lasciare vuoto: il caricatore si connette senza password</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostra</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Genera</translation>
    </message>
    <message>
        <source>A random 20-character password</source>
        <translation>Una password casuale di 20 caratteri</translation>
    </message>
    <message>
        <source>Stored hashed. From its next connection the charger must send this password; ChargeDesk sends it to the charger if it can, else set it on the charger.</source>
        <translation>Salvata come hash. Dalla prossima connessione il caricatore deve inviare questa password; ChargeDesk la trasmette al caricatore se può, altrimenti impostala sul caricatore.</translation>
    </message>
    <message>
        <source>Accept charger</source>
        <translation>Accetta il caricatore</translation>
    </message>
</context>
<context>
    <name>AddVirtualChargerDialog</name>
    <message>
        <source>Waits for a card or a remote start</source>
        <translation>Attende una tessera o un avvio remoto</translation>
    </message>
    <message>
        <source>Vehicles come, charge and leave</source>
        <translation>I veicoli arrivano, si ricaricano e ripartono</translation>
    </message>
    <message>
        <source>Vehicles, faults and idle times mixed</source>
        <translation>Veicoli, guasti e pause mescolati</translation>
    </message>
    <message>
        <source>Virtual chargers</source>
        <translation>Caricatori virtuali</translation>
    </message>
    <message>
        <source>Add a virtual charger</source>
        <translation>Aggiungi un caricatore virtuale</translation>
    </message>
    <message>
        <source>The charge point id: the last part of the URL the charger connects to</source>
        <translation>L&apos;ID del punto di ricarica: l&apos;ultima parte dell&apos;URL a cui si connette il caricatore</translation>
    </message>
    <message>
        <source>How fast simulated time runs: at 60× a one-hour charge takes a minute</source>
        <translation>Quanto scorre veloce il tempo simulato: a 60× una ricarica di un&apos;ora dura un minuto</translation>
    </message>
    <message>
        <source>The RFID cards of the drivers, separated by commas</source>
        <translation>Le tessere RFID dei conducenti, separate da virgole</translation>
    </message>
    <message>
        <source>only if the station has one</source>
        <translation>solo se la stazione di ricarica ne ha una</translation>
    </message>
    <message>
        <source>Create a station for it (ready to charge)</source>
        <translation>Crea una stazione di ricarica per esso (pronta a caricare)</translation>
    </message>
    <message>
        <source>Unticked, the charger connects as an unknown charger: with the Pending policy it appears under Chargers → New chargers, to practise commissioning</source>
        <translation>Se non selezionato, il caricatore si connette come caricatore sconosciuto: con la regola Pending compare in Caricatori → Nuovi caricatori, per esercitarsi nella messa in servizio</translation>
    </message>
    <message>
        <source>Charge point id</source>
        <translation>ID del punto di ricarica</translation>
    </message>
    <message>
        <source>OCPP version</source>
        <translation>Versione OCPP</translation>
    </message>
    <message>
        <source>Connectors</source>
        <translation>Connettori</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>Veicoli</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Ora</translation>
    </message>
    <message>
        <source>Driver cards</source>
        <translation>Tessere dei conducenti</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>OCPP 1.6 security extension (security events, logs, signed firmware)</source>
        <translation>Estensione di sicurezza di OCPP 1.6 (eventi di sicurezza, log, firmware firmato)</translation>
    </message>
    <message>
        <source>Firmware as the OCPP 1.6 security whitepaper describes it: it reports its security events and takes Extended trigger message, GetLog and signed firmware</source>
        <translation>Firmware come lo descrive il white paper sulla sicurezza di OCPP 1.6: segnala i suoi eventi di sicurezza e accetta Extended trigger message, GetLog e il firmware firmato</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Avvia</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>In esecuzione</translation>
    </message>
    <message>
        <source>Charger</source>
        <translation>Caricatore</translation>
    </message>
    <message>
        <source>OCPP</source>
        <translation>OCPP</translation>
    </message>
    <message>
        <source>Last event</source>
        <translation>Ultimo evento</translation>
    </message>
    <message>
        <source>The card the driver presents (pick one of the charger&apos;s or type any id)</source>
        <translation>La tessera presentata dal conducente (scegline una del caricatore o digita un ID qualsiasi)</translation>
    </message>
    <message>
        <source>Present card</source>
        <translation>Presenta tessera</translation>
    </message>
    <message>
        <source>A driver holds the card to the reader: a charge starts on the connector, or the charge started with this card ends</source>
        <translation>Un conducente avvicina la tessera al lettore: parte una ricarica sul connettore, oppure termina quella avviata con questa tessera</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Ferma</translation>
    </message>
    <message>
        <source>Running charges are stopped properly, then the charger disconnects</source>
        <translation>Le ricariche in corso vengono chiuse correttamente, poi il caricatore si disconnette</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Tessera</translation>
    </message>
    <message>
        <source>The central system is not running: see the status bar for why.</source>
        <translation>Il sistema centrale non è in esecuzione: il motivo è nella barra di stato.</translation>
    </message>
    <message>
        <source>Could not start {cp_id}: {error}</source>
        <translation>Impossibile avviare {cp_id}: {error}</translation>
    </message>
    <message>
        <source>{cp_id} started with a new station.</source>
        <translation>{cp_id} avviato con una nuova stazione di ricarica.</translation>
    </message>
    <message>
        <source>{cp_id} started.</source>
        <translation>{cp_id} avviato.</translation>
    </message>
    <message>
        <source>stopped: {reason}</source>
        <translation>fermato: {reason}</translation>
    </message>
    <message>
        <source>done</source>
        <translation>finito</translation>
    </message>
    <message>
        <source>any free connector</source>
        <translation>qualsiasi connettore libero</translation>
    </message>
    <message>
        <source>connector {n}</source>
        <translation>connettore {n}</translation>
    </message>
    <message>
        <source>Pick a running charger and a card.</source>
        <translation>Scegli un caricatore in esecuzione e una tessera.</translation>
    </message>
    <message>
        <source>{cp_id} is stopped.</source>
        <translation>{cp_id} è fermo.</translation>
    </message>
    <message>
        <source>Card {tag} presented at {cp_id}: a vehicle is plugged in and the card is being authorised.</source>
        <translation>Tessera {tag} presentata a {cp_id}: un veicolo è collegato e la tessera viene autorizzata.</translation>
    </message>
    <message>
        <source>Card {tag} presented at {cp_id}: the charge started with it ends.</source>
        <translation>Tessera {tag} presentata a {cp_id}: la ricarica avviata con essa termina.</translation>
    </message>
    <message>
        <source>No free connector at {cp_id} for card {tag}.</source>
        <translation>Nessun connettore libero su {cp_id} per la tessera {tag}.</translation>
    </message>
    <message>
        <source>Stopping {cp_id}…</source>
        <translation>Arresto di {cp_id}…</translation>
    </message>
    <message>
        <source>{cp_id} stopped.</source>
        <translation>{cp_id} fermato.</translation>
    </message>
</context>
<context>
    <name>ApplySnapshotDialog</name>
    <message>
        <source>Apply snapshot of {charge_point_id}</source>
        <translation>Applica l&apos;istantanea di {charge_point_id}</translation>
    </message>
    <message>
        <source>Send the values of &lt;b&gt;{cp_id}&lt;/b&gt;&apos;s snapshot {when} to chargers of the same model (&lt;b&gt;{vendor} {model}&lt;/b&gt;). Read-only keys are never sent; keys that already have the value are left alone.</source>
        <translation>Invia i valori dell&apos;istantanea {when} di &lt;b&gt;{cp_id}&lt;/b&gt; ai caricatori dello stesso modello (&lt;b&gt;{vendor} {model}&lt;/b&gt;). Le chiavi di sola lettura non vengono mai inviate; le chiavi che hanno già il valore non vengono toccate.</translation>
    </message>
    <message>
        <source>{keys}: skipped, {why}.</source>
        <translation>{keys}: saltate, {why}.</translation>
    </message>
    <message>
        <source>{cp_id}  —  {station}, firmware {firmware}, {state}</source>
        <translation>{cp_id}  —  {station}, firmware {firmware}, {state}</translation>
    </message>
    <message>
        <source>no station</source>
        <translation>nessuna stazione di ricarica</translation>
    </message>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <source>{charger}  (source)</source>
        <translation>{charger}  (origine)</translation>
    </message>
    <message>
        <source>The snapshot&apos;s own charger: applying restores the snapshot&apos;s values on it</source>
        <translation>Il caricatore dell&apos;istantanea stessa: applicare ripristina su di esso i valori dell&apos;istantanea</translation>
    </message>
    <message>
        <source>Offline: its keys will be reported &apos;offline&apos;, nothing is sent</source>
        <translation>Offline: le sue chiavi saranno segnalate &apos;offline&apos;, non viene inviato nulla</translation>
    </message>
    <message>
        <source>No other charger of this model is known.</source>
        <translation>Nessun altro caricatore di questo modello è noto.</translation>
    </message>
    <message>
        <source>{key} = {shown_value} — skipped: a password</source>
        <translation>{key} = {shown_value} — saltata: una password</translation>
    </message>
    <message>
        <source>Skipped: {why}.</source>
        <translation>Saltata: {why}.</translation>
    </message>
    <message>
        <source>Read-only: not sent</source>
        <translation>Sola lettura: non inviata</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tutti</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nessuno</translation>
    </message>
    <message>
        <source>Chargers</source>
        <translation>Caricatori</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Chiavi</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Applica</translation>
    </message>
    <message>
        <source>Send the checked keys to the checked chargers</source>
        <translation>Invia le chiavi selezionate ai caricatori selezionati</translation>
    </message>
    <message>
        <source>Check at least one charger.</source>
        <translation>Seleziona almeno un caricatore.</translation>
    </message>
    <message>
        <source>Check at least one key.</source>
        <translation>Seleziona almeno una chiave.</translation>
    </message>
    <message>
        <source>{keys} to {chargers}.</source>
        <translation>{keys} a {chargers}.</translation>
    </message>
    <message>
        <source>Sending to {items}…</source>
        <translation>Invio a {items}…</translation>
    </message>
    <message>
        <source>Nothing sent: {error}</source>
        <translation>Nulla inviato: {error}</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Chiave</translation>
    </message>
    <message>
        <source>Reboot needed on {chargers} for some values to take effect.</source>
        <translation>Riavvio necessario su {chargers} perché alcuni valori abbiano effetto.</translation>
    </message>
</context>
<context>
    <name>AvailabilityForm</name>
    <message>
        <source>Whole charger</source>
        <translation>Intero caricatore</translation>
    </message>
    <message>
        <source>Operative (in service)</source>
        <translation>Operative (in servizio)</translation>
    </message>
    <message>
        <source>Inoperative (out of service)</source>
        <translation>Inoperative (fuori servizio)</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>Si applica a</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Disponibilità</translation>
    </message>
    <message>
        <source>Change availability</source>
        <translation>Cambia disponibilità</translation>
    </message>
    <message>
        <source>whole charger</source>
        <translation>intero caricatore</translation>
    </message>
    <message>
        <source>connector {connector}</source>
        <translation>connettore {connector}</translation>
    </message>
</context>
<context>
    <name>CancelReservationForm</name>
    <message>
        <source>The id of the reservation (the last one made here is filled in)</source>
        <translation>L&apos;ID della prenotazione (è precompilata l&apos;ultima fatta qui)</translation>
    </message>
    <message>
        <source>Reservation id</source>
        <translation>ID prenotazione</translation>
    </message>
    <message>
        <source>Cancel reservation</source>
        <translation>Annulla prenotazione</translation>
    </message>
    <message>
        <source>Click a reservation to cancel it</source>
        <translation>Fare clic su una prenotazione per annullarla</translation>
    </message>
</context>
<context>
    <name>CertificateExpiryBox</name>
    <message>
        <source>Certificate</source>
        <translation>Certificato</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Soggetto</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Scade il</translation>
    </message>
    <message>
        <source>Certificates: what expires when</source>
        <translation>Certificati: cosa scade quando</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aggiorna</translation>
    </message>
    <message>
        <source>Create the site&apos;s CA</source>
        <translation>Crea la CA della sede</translation>
    </message>
    <message>
        <source>Make the site&apos;s local CA on this computer, as “chargedesk certs ca” does: it signs the chargers&apos; certificates and is installed on them from their Certificates tab</source>
        <translation>Crea la CA locale della sede su questo computer, come fa “chargedesk certs ca”: firma i certificati dei caricatori e si installa su di essi dalla loro scheda Certificati</translation>
    </message>
    <message>
        <source>LAN certificate {path}</source>
        <translation>Certificato LAN {path}</translation>
    </message>
    <message>
        <source>The site&apos;s CA</source>
        <translation>La CA della sede</translation>
    </message>
    <message>
        <source>Charger {cp_id}</source>
        <translation>Caricatore {cp_id}</translation>
    </message>
    <message>
        <source>No certificate known yet: the central system publishes its own when it starts, a charger&apos;s once it is signed here.</source>
        <translation>Nessun certificato ancora noto: il sistema centrale pubblica i propri all&apos;avvio, quello di un caricatore appena viene firmato qui.</translation>
    </message>
    <message>
        <source>The chargers&apos; certificates are renewed automatically {days} days before they expire: the central system signs them with the site&apos;s CA (a charger that does not answer is asked again every day).</source>
        <translation>I certificati dei caricatori vengono rinnovati automaticamente {days} giorni prima della scadenza: il sistema centrale li firma con la CA della sede (un caricatore che non risponde viene interpellato di nuovo ogni giorno).</translation>
    </message>
    <message>
        <source>Without the site&apos;s CA on the central system&apos;s computer the chargers&apos; certificates are not renewed automatically: create it here, or renew each from its Certificates tab with your own CA.</source>
        <translation>Senza la CA della sede sul computer del sistema centrale i certificati dei caricatori non vengono rinnovati automaticamente: creala qui, oppure rinnova ciascuno dalla sua scheda Certificati con la tua CA.</translation>
    </message>
    <message>
        <source>The site&apos;s CA was created: {subject}, valid until {day} ({path}; keep its key private). Install it on each charger from its Certificates tab.</source>
        <translation>La CA della sede è stata creata: {subject}, valida fino al {day} ({path}; tieni privata la sua chiave). Installala su ogni caricatore dalla sua scheda Certificati.</translation>
    </message>
</context>
<context>
    <name>Certificates</name>
    <message>
        <source>The site has no local CA: create it on the central system&apos;s computer with “chargedesk certs ca”.</source>
        <translation>La sede non ha una CA locale: la crei sul computer del sistema centrale con «chargedesk certs ca».</translation>
    </message>
    <message>
        <source>{cp_id} has sent no certificate request waiting to be signed.</source>
        <translation>{cp_id} non ha inviato alcuna richiesta di certificato in attesa di firma.</translation>
    </message>
    <message>
        <source>{path} cannot be read: {error}</source>
        <translation>Impossibile leggere {path}: {error}</translation>
    </message>
    <message>
        <source>The key is {key}: the whitepaper asks for RSA of at least 2048 bits.</source>
        <translation>La chiave è {key}: il whitepaper richiede RSA di almeno 2048 bit.</translation>
    </message>
    <message>
        <source>The key is {key}: the whitepaper asks for ECC of at least 224 bits.</source>
        <translation>La chiave è {key}: il whitepaper richiede ECC di almeno 224 bit.</translation>
    </message>
    <message>
        <source>The key is {key}: only RSA and ECC keys are accepted.</source>
        <translation>La chiave è {key}: sono accettate solo chiavi RSA ed ECC.</translation>
    </message>
    <message>
        <source>The request is not a PEM certificate signing request.</source>
        <translation>La richiesta non è una richiesta di firma di certificato PEM.</translation>
    </message>
    <message>
        <source>The request&apos;s signature does not verify.</source>
        <translation>La firma della richiesta non è valida.</translation>
    </message>
    <message>
        <source>The request names “{name}”, not the charger&apos;s identity {cp_id}.</source>
        <translation>La richiesta indica «{name}», non l&apos;identità del caricatore {cp_id}.</translation>
    </message>
    <message>
        <source>This is not a PEM certificate.</source>
        <translation>Questo non è un certificato PEM.</translation>
    </message>
    <message>
        <source>The CA&apos;s key is neither RSA nor ECC.</source>
        <translation>La chiave della CA non è né RSA né ECC.</translation>
    </message>
    <message>
        <source>This certificate is not for the key of the charger&apos;s request.</source>
        <translation>Questo certificato non corrisponde alla chiave della richiesta del caricatore.</translation>
    </message>
    <message>
        <source>This certificate names “{name}”, not {cp_id}.</source>
        <translation>Questo certificato indica «{name}», non {cp_id}.</translation>
    </message>
    <message>
        <source>This certificate is not valid now (valid until {day}).</source>
        <translation>Questo certificato ora non è valido (valido fino al {day}).</translation>
    </message>
</context>
<context>
    <name>ChargerCertificatesTab</name>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Soggetto</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Scade il</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Numero di serie</translation>
    </message>
    <message>
        <source>The charger sent a certificate request.</source>
        <translation>Il caricatore ha inviato una richiesta di certificato.</translation>
    </message>
    <message>
        <source>The charger&apos;s certificate request was refused.</source>
        <translation>La richiesta di certificato del caricatore è stata rifiutata.</translation>
    </message>
    <message>
        <source>The signed certificate was sent to the charger.</source>
        <translation>Il certificato firmato è stato inviato al caricatore.</translation>
    </message>
    <message>
        <source>The charger accepted its new certificate.</source>
        <translation>Il caricatore ha accettato il suo nuovo certificato.</translation>
    </message>
    <message>
        <source>The certificate could not be delivered.</source>
        <translation>Non è stato possibile consegnare il certificato.</translation>
    </message>
    <message>
        <source>Renewal asked: waiting for the charger&apos;s request.</source>
        <translation>Rinnovo richiesto: in attesa della richiesta del caricatore.</translation>
    </message>
    <message>
        <source>The charger refused to renew its certificate.</source>
        <translation>Il caricatore ha rifiutato di rinnovare il suo certificato.</translation>
    </message>
    <message>
        <source>The site&apos;s CA was installed.</source>
        <translation>La CA della sede è stata installata.</translation>
    </message>
    <message>
        <source>The charger refused the site&apos;s CA.</source>
        <translation>Il caricatore ha rifiutato la CA della sede.</translation>
    </message>
    <message>
        <source>A CA certificate was deleted.</source>
        <translation>Un certificato CA è stato eliminato.</translation>
    </message>
    <message>
        <source>The charger did not delete the CA certificate.</source>
        <translation>Il caricatore non ha eliminato il certificato CA.</translation>
    </message>
    <message>
        <source>The charger&apos;s request was exported.</source>
        <translation>La richiesta del caricatore è stata esportata.</translation>
    </message>
    <message>
        <source>Select a charger on the left to see its certificates.</source>
        <translation>Selezioni un caricatore a sinistra per vederne i certificati.</translation>
    </message>
    <message>
        <source>The charger&apos;s certificate</source>
        <translation>Certificato del caricatore</translation>
    </message>
    <message>
        <source>Renew the charger&apos;s certificate</source>
        <translation>Rinnova il certificato del caricatore</translation>
    </message>
    <message>
        <source>Send ExtendedTriggerMessage SignChargePointCertificate (OCPP 2.0.1: TriggerMessage SignChargingStationCertificate): the charger makes a new key pair and sends its request; the site&apos;s local CA signs it (or export it for your own CA)</source>
        <translation>Invia ExtendedTriggerMessage SignChargePointCertificate (OCPP 2.0.1: TriggerMessage SignChargingStationCertificate): il caricatore crea una nuova coppia di chiavi e invia la sua richiesta; la CA locale della sede la firma (oppure la esporti per la Sua CA)</translation>
    </message>
    <message>
        <source>Send InstallCertificate: the site&apos;s CA becomes the charger&apos;s CentralSystemRootCertificate (OCPP 2.0.1: CSMSRootCertificate), so it trusts certificates the site signs</source>
        <translation>Invia InstallCertificate: la CA della sede diventa il CentralSystemRootCertificate del caricatore (OCPP 2.0.1: CSMSRootCertificate), che si fida così dei certificati firmati dalla sede</translation>
    </message>
    <message>
        <source>Export the request…</source>
        <translation>Esporta la richiesta…</translation>
    </message>
    <message>
        <source>The charger rejected the signed certificate. A charger takes a certificate only from a CA it trusts: install the site&apos;s CA (below), then renew.</source>
        <translation>Il caricatore ha rifiutato il certificato firmato. Un caricatore accetta un certificato solo da una CA di cui si fida: installa la CA della sede (sotto), poi rinnova.</translation>
    </message>
    <message>
        <source>The automatic renewal could not reach the charger; it is asked again tomorrow.</source>
        <translation>Il rinnovo automatico non ha raggiunto il caricatore; verrà interpellato di nuovo domani.</translation>
    </message>
    <message>
        <source>Save the charger&apos;s certificate request (PEM) for your own CA</source>
        <translation>Salva la richiesta di certificato del caricatore (PEM) per la Sua CA</translation>
    </message>
    <message>
        <source>Send the signed certificate…</source>
        <translation>Invia il certificato firmato…</translation>
    </message>
    <message>
        <source>Choose the certificate your CA made for the request (PEM, with its CA chain) and send it with CertificateSigned</source>
        <translation>Scelga il certificato che la Sua CA ha creato per la richiesta (PEM, con la sua catena CA) e lo invii con CertificateSigned</translation>
    </message>
    <message>
        <source>CA certificates on the charger</source>
        <translation>Certificati CA sul caricatore</translation>
    </message>
    <message>
        <source>Read from the charger</source>
        <translation>Leggi dal caricatore</translation>
    </message>
    <message>
        <source>Send GetInstalledCertificateIds for both kinds of CA certificate</source>
        <translation>Invia GetInstalledCertificateIds per entrambi i tipi di certificato CA</translation>
    </message>
    <message>
        <source>Install the site&apos;s CA</source>
        <translation>Installa la CA della sede</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Elimina…</translation>
    </message>
    <message>
        <source>Send DeleteCertificate for the selected CA certificate</source>
        <translation>Invia DeleteCertificate per il certificato CA selezionato</translation>
    </message>
    <message>
        <source>{subject} — serial {serial}, expires {day}</source>
        <translation>{subject} — numero di serie {serial}, scade il {day}</translation>
    </message>
    <message>
        <source>No certificate signed or sent from here yet.</source>
        <translation>Ancora nessun certificato firmato o inviato da qui.</translation>
    </message>
    <message>
        <source>This site signs with its own CA: export the request, then send the certificate your CA made.</source>
        <translation>Questa sede firma con la propria CA: esporti la richiesta, poi invii il certificato creato dalla Sua CA.</translation>
    </message>
    <message>
        <source>Renewed automatically {days} days before it expires (the central system asks the charger once a day until it has a new certificate).</source>
        <translation>Rinnovato automaticamente {days} giorni prima della scadenza (il sistema centrale interpella il caricatore una volta al giorno finché non ha un nuovo certificato).</translation>
    </message>
    <message>
        <source>Central system root</source>
        <translation>Radice del sistema centrale</translation>
    </message>
    <message>
        <source>Manufacturer root</source>
        <translation>Radice del produttore</translation>
    </message>
    <message>
        <source>(not installed from here)</source>
        <translation>(non installato da qui)</translation>
    </message>
    <message>
        <source>{subject} (the site&apos;s CA)</source>
        <translation>{subject} (la CA della sede)</translation>
    </message>
    <message>
        <source>issuer name hash {name}
issuer key hash {key}</source>
        <translation>hash del nome dell&apos;emittente {name}
hash della chiave dell&apos;emittente {key}</translation>
    </message>
    <message>
        <source>Delete a CA certificate</source>
        <translation>Eliminare un certificato CA</translation>
    </message>
    <message>
        <source>Delete {subject} from {cp_id}? The charger no longer trusts what this CA signed.</source>
        <translation>Eliminare {subject} da {cp_id}? Il caricatore non si fiderà più di ciò che questa CA ha firmato.</translation>
    </message>
    <message>
        <source>Export the charger&apos;s request</source>
        <translation>Esporta la richiesta del caricatore</translation>
    </message>
    <message>
        <source>Request saved to {path}.</source>
        <translation>Richiesta salvata in {path}.</translation>
    </message>
    <message>
        <source>The certificate your CA made</source>
        <translation>Il certificato creato dalla Sua CA</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer)</source>
        <translation>Certificati (*.pem *.crt *.cer)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tutti i file (*)</translation>
    </message>
    <message>
        <source>{action}: the charger answered {status}.</source>
        <translation>{action}: il caricatore ha risposto {status}.</translation>
    </message>
    <message>
        <source>{action} sent…</source>
        <translation>{action} inviato…</translation>
    </message>
</context>
<context>
    <name>ChargerConfig</name>
    <message>
        <source>RebootRequired — used after a reset</source>
        <translation>RebootRequired — usata dopo un riavvio</translation>
    </message>
    <message>
        <source>Rejected by the charger</source>
        <translation>Rifiutata dal caricatore</translation>
    </message>
    <message>
        <source>no answer (timeout)</source>
        <translation>nessuna risposta (timeout)</translation>
    </message>
    <message>
        <source>offline — not sent</source>
        <translation>offline — non inviata</translation>
    </message>
    <message>
        <source>error</source>
        <translation>errore</translation>
    </message>
    <message>
        <source>read-only — not sent</source>
        <translation>sola lettura — non inviata</translation>
    </message>
    <message>
        <source>already this value</source>
        <translation>ha già questo valore</translation>
    </message>
    <message>
        <source>skipped — a password is never applied from a snapshot</source>
        <translation>saltata — una password non viene mai applicata da un&apos;istantanea</translation>
    </message>
    <message>
        <source>sending…</source>
        <translation>invio…</translation>
    </message>
    <message>
        <source>the charger is not connected</source>
        <translation>il caricatore non è connesso</translation>
    </message>
    <message>
        <source>the charger did not answer in time</source>
        <translation>il caricatore non ha risposto in tempo</translation>
    </message>
    <message>
        <source>Unexpected error: {error}</source>
        <translation>Errore imprevisto: {error}</translation>
    </message>
</context>
<context>
    <name>ChargerConfigTab</name>
    <message>
        <source>Select a charger to see its configuration keys.</source>
        <translation>Seleziona un caricatore per vederne le chiavi di configurazione.</translation>
    </message>
    <message>
        <source>Search keys and values…  (Ctrl+F)</source>
        <translation>Cerca chiavi e valori…  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Shows only the keys whose name or value contains this text</source>
        <translation>Mostra solo le chiavi il cui nome o valore contiene questo testo</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aggiorna</translation>
    </message>
    <message>
        <source>Read every key from the charger again (F5)</source>
        <translation>Rileggi tutte le chiavi dal caricatore (F5)</translation>
    </message>
    <message>
        <source>Reset now</source>
        <translation>Riavvia ora</translation>
    </message>
    <message>
        <source>Send a soft Reset: the charger restarts when no charge is running</source>
        <translation>Invia un Reset soft: il caricatore si riavvia quando non c&apos;è nessuna ricarica in corso</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Più tardi</translation>
    </message>
    <message>
        <source>Change the selected key</source>
        <translation>Modifica la chiave selezionata</translation>
    </message>
    <message>
        <source>new value</source>
        <translation>nuovo valore</translation>
    </message>
    <message>
        <source>Send to charger</source>
        <translation>Invia al caricatore</translation>
    </message>
    <message>
        <source>ChangeConfiguration (1.6) / SetVariables (2.0.1) with this value (Enter)</source>
        <translation>ChangeConfiguration (1.6) / SetVariables (2.0.1) con questo valore (Invio)</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Chiave</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <source>Key names, comma-separated (e.g. LocalAuthListEnabled, VendorKey)</source>
        <translation>Nomi delle chiavi, separati da virgole (ad es. LocalAuthListEnabled, VendorKey)</translation>
    </message>
    <message>
        <source>GetConfiguration with these keys: found ones are added to the table, unknown ones are listed</source>
        <translation>GetConfiguration con queste chiavi: quelle trovate vengono aggiunte alla tabella, quelle sconosciute elencate</translation>
    </message>
    <message>
        <source>Ask charger</source>
        <translation>Chiedi al caricatore</translation>
    </message>
    <message>
        <source>Ask for keys:</source>
        <translation>Chiedi le chiavi:</translation>
    </message>
    <message>
        <source>Configuration of {cp_id}</source>
        <translation>Configurazione di {cp_id}</translation>
    </message>
    <message>
        <source>{cp_id} is offline: keys cannot be read or changed until it connects.</source>
        <translation>{cp_id} è offline: le chiavi non possono essere lette né modificate finché non si connette.</translation>
    </message>
    <message>
        <source>{cp_id} is offline and no snapshot of its configuration is stored.</source>
        <translation>{cp_id} è offline e non è salvata nessuna istantanea della sua configurazione.</translation>
    </message>
    <message>
        <source>{cp_id} is offline: showing the snapshot of {taken_at} ({key_count} keys). Nothing can be changed until it connects.</source>
        <translation>{cp_id} è offline: viene mostrata l&apos;istantanea del {taken_at} ({key_count} chiavi). Nulla può essere modificato finché non si connette.</translation>
    </message>
    <message>
        <source>Reading the configuration of {cp_id}…</source>
        <translation>Lettura della configurazione di {cp_id}…</translation>
    </message>
    <message>
        <source>Could not read the configuration: {error}</source>
        <translation>Impossibile leggere la configurazione: {error}</translation>
    </message>
    <message>
        <source>Type one or more key names, separated by commas.</source>
        <translation>Digita uno o più nomi di chiavi, separati da virgole.</translation>
    </message>
    <message>
        <source>Could not ask {cp_id}: {error}</source>
        <translation>Impossibile interrogare {cp_id}: {error}</translation>
    </message>
    <message>
        <source>Unknown to {cp_id}: {items}</source>
        <translation>Sconosciute a {cp_id}: {items}</translation>
    </message>
    <message>
        <source>Found: {found}.</source>
        <translation>Trovate: {found}.</translation>
    </message>
    <message>
        <source>None of these keys is known to the charger.</source>
        <translation>Nessuna di queste chiavi è nota al caricatore.</translation>
    </message>
    <message>
        <source>new password</source>
        <translation>nuova password</translation>
    </message>
    <message>
        <source>Select a key in the table.</source>
        <translation>Seleziona una chiave nella tabella.</translation>
    </message>
    <message>
        <source>{key} is read-only: the charger does not allow changing it.</source>
        <translation>{key} è di sola lettura: il caricatore non ne consente la modifica.</translation>
    </message>
    <message>
        <source>The charger is offline.</source>
        <translation>Il caricatore è offline.</translation>
    </message>
    <message>
        <source>Waiting for the charger&apos;s answer…</source>
        <translation>In attesa della risposta del caricatore…</translation>
    </message>
    <message>
        <source>{key} is the charger&apos;s password. Enter sends the new one; when the charger accepts it, it also becomes the station&apos;s password, so the charger is let in on its next connection.</source>
        <translation>{key} è la password del caricatore. Invio manda quella nuova; se il caricatore la accetta, diventa anche la password della stazione di ricarica, così il caricatore viene ammesso alla prossima connessione.</translation>
    </message>
    <message>
        <source>Enter sends the value; the charger&apos;s answer appears on the key&apos;s row.</source>
        <translation>Invio manda il valore; la risposta del caricatore compare sulla riga della chiave.</translation>
    </message>
    <message>
        <source>The value is {count} characters long; OCPP allows at most {max}.</source>
        <translation>Il valore è lungo {count} caratteri; OCPP ne consente al massimo {max}.</translation>
    </message>
    <message>
        <source>Sending {key} = {shown} to {cp_id}…</source>
        <translation>Invio di {key} = {shown} a {cp_id}…</translation>
    </message>
    <message>
        <source>{key} not changed: {reason}.</source>
        <translation>{key} non modificata: {reason}.</translation>
    </message>
    <message>
        <source>{cp_id} answered {status} to {key} = {value}. ({detail})</source>
        <translation>{cp_id} ha risposto {status} a {key} = {value}. ({detail})</translation>
    </message>
    <message>
        <source>{cp_id} answered {status} to {key} = {value}.</source>
        <translation>{cp_id} ha risposto {status} a {key} = {value}.</translation>
    </message>
    <message>
        <source>{keys}: the charger uses the new value after a reboot. Reset now?</source>
        <translation>{keys}: il caricatore usa il nuovo valore dopo un riavvio. Riavviare ora?</translation>
    </message>
    <message>
        <source>Reset not sent: {error}</source>
        <translation>Reset non inviato: {error}</translation>
    </message>
    <message>
        <source>{cp_id} accepted the Reset: it restarts and uses the new values.</source>
        <translation>{cp_id} ha accettato il Reset: si riavvia e usa i nuovi valori.</translation>
    </message>
    <message>
        <source>{cp_id} answered {status} to the Reset.</source>
        <translation>{cp_id} ha risposto {status} al Reset.</translation>
    </message>
</context>
<context>
    <name>ChargerEvents</name>
    <message>
        <source>connected (OCPP {version}, TLS) from {ip}</source>
        <translation>connesso (OCPP {version}, TLS) da {ip}</translation>
    </message>
    <message>
        <source>connected (OCPP {version}) from {ip}</source>
        <translation>connesso (OCPP {version}) da {ip}</translation>
    </message>
    <message>
        <source>code {code}</source>
        <translation>codice {code}</translation>
    </message>
    <message>
        <source>disconnected</source>
        <translation>disconnesso</translation>
    </message>
    <message>
        <source>disconnected: {reason}</source>
        <translation>disconnesso: {reason}</translation>
    </message>
    <message>
        <source>booted: {vendor} {model}, firmware {firmware} — answered {registration}</source>
        <translation>avviato: {vendor} {model}, firmware {firmware} — risposta {registration}</translation>
    </message>
    <message>
        <source>charger: {status}{error}</source>
        <translation>caricatore: {status}{error}</translation>
    </message>
    <message>
        <source>connector {connector}: {status}{error}</source>
        <translation>connettore {connector}: {status}{error}</translation>
    </message>
    <message>
        <source>firmware: {status}</source>
        <translation>firmware: {status}</translation>
    </message>
    <message>
        <source>diagnostics: {status}</source>
        <translation>diagnostica: {status}</translation>
    </message>
    <message>
        <source>security event: {event} ({info})</source>
        <translation>evento di sicurezza: {event} ({info})</translation>
    </message>
    <message>
        <source>security event: {event}</source>
        <translation>evento di sicurezza: {event}</translation>
    </message>
    <message>
        <source>every EVSE</source>
        <translation>ogni EVSE</translation>
    </message>
    <message>
        <source>whole station</source>
        <translation>intera stazione di ricarica</translation>
    </message>
    <message>
        <source>EVSE {evse}</source>
        <translation>EVSE {evse}</translation>
    </message>
    <message>
        <source>limit set on site cleared by {source} on {where}</source>
        <translation>limite impostato in sede revocato da {source} su {where}</translation>
    </message>
    <message>
        <source>limit set on site by {source} on {where}</source>
        <translation>limite impostato in sede da {source} su {where}</translation>
    </message>
    <message>
        <source>card {tag}{who} refused: {reason}</source>
        <translation>tessera {tag}{who} rifiutata: {reason}</translation>
    </message>
    <message>
        <source>card {tag}{who} accepted</source>
        <translation>tessera {tag}{who} accettata</translation>
    </message>
    <message>
        <source>connector {connector}: session {transaction} started by {who}</source>
        <translation>connettore {connector}: sessione di ricarica {transaction} avviata da {who}</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>nessun motivo indicato</translation>
    </message>
    <message>
        <source>connector {connector}: session {transaction} stopped ({reason})</source>
        <translation>connettore {connector}: sessione di ricarica {transaction} terminata ({reason})</translation>
    </message>
    <message>
        <source>connector {connector}: session {transaction} stopped ({reason}, {kwh} kWh)</source>
        <translation>connettore {connector}: sessione di ricarica {transaction} terminata ({reason}, {kwh} kWh)</translation>
    </message>
</context>
<context>
    <name>ChargerEventsBox</name>
    <message>
        <source>Time</source>
        <translation>Ora</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Component / variable</source>
        <translation>Componente / variabile</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation>Risolto</translation>
    </message>
    <message>
        <source>upper threshold {value}</source>
        <translation>soglia superiore {value}</translation>
    </message>
    <message>
        <source>lower threshold {value}</source>
        <translation>soglia inferiore {value}</translation>
    </message>
    <message>
        <source>change of {value}</source>
        <translation>variazione di {value}</translation>
    </message>
    <message>
        <source>every {value} s</source>
        <translation>ogni {value} s</translation>
    </message>
    <message>
        <source>Monitor alert</source>
        <translation>Monitoraggio: allarme</translation>
    </message>
    <message>
        <source>Monitor: value changed</source>
        <translation>Monitoraggio: valore cambiato</translation>
    </message>
    <message>
        <source>Monitor: periodic value</source>
        <translation>Monitoraggio: valore periodico</translation>
    </message>
    <message>
        <source>Charger alert</source>
        <translation>Allarme della stazione</translation>
    </message>
    <message>
        <source>Charger notice</source>
        <translation>Avviso della stazione</translation>
    </message>
    <message>
        <source>Security event</source>
        <translation>Evento di sicurezza</translation>
    </message>
    <message>
        <source>cleared {time}</source>
        <translation>risolto alle {time}</translation>
    </message>
    <message>
        <source>cleared</source>
        <translation>risolto</translation>
    </message>
    <message>
        <source>not cleared</source>
        <translation>non risolto</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventi</translation>
    </message>
    <message>
        <source>What the charger reported as events: its monitors and alerts (OCPP 2.0.1 NotifyEvent) and its security events, newest first</source>
        <translation>Ciò che la stazione ha segnalato come eventi: i suoi monitoraggi e allarmi (OCPP 2.0.1 NotifyEvent) e i suoi eventi di sicurezza, i più recenti per primi</translation>
    </message>
    <message>
        <source>No event reported by this charger.</source>
        <translation>Questa stazione non ha segnalato alcun evento.</translation>
    </message>
</context>
<context>
    <name>ChargerMonitorsTab</name>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Component / variable</source>
        <translation>Componente / variabile</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravità</translation>
    </message>
    <message>
        <source>During a transaction only</source>
        <translation>Solo durante una transazione</translation>
    </message>
    <message>
        <source>Above a threshold</source>
        <translation>Sopra una soglia</translation>
    </message>
    <message>
        <source>Below a threshold</source>
        <translation>Sotto una soglia</translation>
    </message>
    <message>
        <source>Changes by more than</source>
        <translation>Varia di più di</translation>
    </message>
    <message>
        <source>Every N seconds</source>
        <translation>Ogni N secondi</translation>
    </message>
    <message>
        <source>Every N seconds, clock-aligned</source>
        <translation>Ogni N secondi, allineati all’orologio</translation>
    </message>
    <message>
        <source>Select a charger on the left to see its variable monitors.</source>
        <translation>Selezionate una stazione a sinistra per vederne i monitoraggi delle variabili.</translation>
    </message>
    <message>
        <source>Monitors on the charger</source>
        <translation>Monitoraggi sulla stazione</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aggiorna</translation>
    </message>
    <message>
        <source>Send GetMonitoringReport: the charger reports all its monitors</source>
        <translation>Inviare GetMonitoringReport: la stazione segnala tutti i suoi monitoraggi</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Rimuovi i selezionati</translation>
    </message>
    <message>
        <source>Send ClearVariableMonitoring for the selected monitors</source>
        <translation>Inviare ClearVariableMonitoring per i monitoraggi selezionati</translation>
    </message>
    <message>
        <source>Add a monitor</source>
        <translation>Aggiungi un monitoraggio</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nessuno</translation>
    </message>
    <message>
        <source>a number (seconds for a period)</source>
        <translation>un numero (secondi per un periodo)</translation>
    </message>
    <message>
        <source>only while a transaction runs</source>
        <translation>solo mentre è in corso una transazione</translation>
    </message>
    <message>
        <source>Component:</source>
        <translation>Componente:</translation>
    </message>
    <message>
        <source>EVSE:</source>
        <translation>EVSE:</translation>
    </message>
    <message>
        <source>Variable:</source>
        <translation>Variabile:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>Valore:</translation>
    </message>
    <message>
        <source>Severity:</source>
        <translation>Gravità:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Aggiungi</translation>
    </message>
    <message>
        <source>Send SetVariableMonitoring</source>
        <translation>Inviare SetVariableMonitoring</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <source>The charger has no monitor.</source>
        <translation>La stazione non ha alcun monitoraggio.</translation>
    </message>
    <message>
        <source>The charger is sending its monitors…</source>
        <translation>La stazione sta inviando i suoi monitoraggi…</translation>
    </message>
    <message>
        <source>GetMonitoringReport: the charger answered {status}.</source>
        <translation>GetMonitoringReport: la stazione ha risposto {status}.</translation>
    </message>
    <message>
        <source>Monitor {id} added: {answer}.</source>
        <translation>Monitoraggio {id} aggiunto: {answer}.</translation>
    </message>
    <message>
        <source>Not added ({status}): {answer}.</source>
        <translation>Non aggiunto ({status}): {answer}.</translation>
    </message>
    <message>
        <source>SetVariableMonitoring sent…</source>
        <translation>SetVariableMonitoring inviato…</translation>
    </message>
    <message>
        <source>monitor {id}: {answer}</source>
        <translation>monitoraggio {id}: {answer}</translation>
    </message>
    <message>
        <source>ClearVariableMonitoring sent…</source>
        <translation>ClearVariableMonitoring inviato…</translation>
    </message>
    <message>
        <source>The charger&apos;s monitors were read.</source>
        <translation>I monitoraggi della stazione sono stati letti.</translation>
    </message>
</context>
<context>
    <name>ChargerOperations</name>
    <message>
        <source>Connector {n}</source>
        <translation>Connettore {n}</translation>
    </message>
    <message>
        <source>Pick a user&apos;s tag or type one</source>
        <translation>Scegli la tessera di un utente o digitane una</translation>
    </message>
    <message>
        <source>The idTag the charger uses: pick a user&apos;s tag or type one</source>
        <translation>L&apos;idTag usato dal caricatore: scegli la tessera di un utente o digitane una</translation>
    </message>
    <message>
        <source>Connector {connector} · {tag}{who} · since {since} · session {session}</source>
        <translation>Connettore {connector} · {tag}{who} · dalle {since} · sessione {session}</translation>
    </message>
</context>
<context>
    <name>ChargerOperationsTab</name>
    <message>
        <source>Transactions</source>
        <translation>Transazioni</translation>
    </message>
    <message>
        <source>Charger control</source>
        <translation>Controllo del caricatore</translation>
    </message>
    <message>
        <source>Local list</source>
        <translation>Lista locale</translation>
    </message>
    <message>
        <source>Reservations</source>
        <translation>Prenotazioni</translation>
    </message>
    <message>
        <source>Smart charging</source>
        <translation>Ricarica intelligente</translation>
    </message>
    <message>
        <source>Sending…</source>
        <extracomment>the smart-charging part: each of its pages shows the limits set on site on the charger</extracomment>
        <translation>Invio…</translation>
    </message>
    <message>
        <source>Select a charger on the left to send it operations.</source>
        <translation>Seleziona un caricatore a sinistra per inviargli operazioni.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Results&lt;/b&gt;</source>
        <translation>&lt;b&gt;Risultati&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Clear results</source>
        <translation>Cancella risultati</translation>
    </message>
    <message>
        <source>Empty this charger&apos;s results list</source>
        <translation>Svuota l&apos;elenco dei risultati di questo caricatore</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Ora</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operazione</translation>
    </message>
    <message>
        <source>Charger&apos;s answer</source>
        <translation>Risposta del caricatore</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenza</translation>
    </message>
    <message>
        <source>Select a result to see the request and the charger&apos;s full answer.</source>
        <translation>Seleziona un risultato per vedere la richiesta e la risposta completa del caricatore.</translation>
    </message>
    <message>
        <source>not read: {error}</source>
        <translation>non letto: {error}</translation>
    </message>
    <message>
        <source>Limits set on site:</source>
        <translation>Limiti impostati in sede:</translation>
    </message>
    <message>
        <source>Could not load {cp_id} from the database: {error}</source>
        <translation>Impossibile caricare {cp_id} dal database: {error}</translation>
    </message>
    <message>
        <source>● online</source>
        <translation>● online</translation>
    </message>
    <message>
        <source>● offline — operations will report that it is offline</source>
        <translation>● offline — le operazioni segnaleranno che è offline</translation>
    </message>
    <message>
        <source>no station bound</source>
        <translation>nessuna stazione di ricarica associata</translation>
    </message>
    <message>
        <source>&lt;b&gt;{cp_id}&lt;/b&gt; · {station} · OCPP {version} · {state}</source>
        <translation>&lt;b&gt;{cp_id}&lt;/b&gt; · {station} · OCPP {version} · {state}</translation>
    </message>
    <message>
        <source>Could not load the reservations: {error}</source>
        <translation>Impossibile caricare le prenotazioni: {error}</translation>
    </message>
    <message>
        <source>Could not load the running sessions: {error}</source>
        <translation>Impossibile caricare le sessioni di ricarica in corso: {error}</translation>
    </message>
    <message>
        <source>{cp_id} is not connected</source>
        <translation>{cp_id} non è connesso</translation>
    </message>
    <message>
        <source>Offline — {error}</source>
        <translation>Offline — {error}</translation>
    </message>
    <message>
        <source>Timeout — {error}</source>
        <translation>Timeout — {error}</translation>
    </message>
    <message>
        <source>Not supported — {error}</source>
        <translation>Non supportato — {error}</translation>
    </message>
    <message>
        <source>Not sent, invalid request — {error}</source>
        <translation>Non inviato, richiesta non valida — {error}</translation>
    </message>
    <message>
        <source>Invalid answer — {error}</source>
        <translation>Risposta non valida — {error}</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annullato</translation>
    </message>
    <message>
        <source>Error — {kind}: {error}</source>
        <translation>Errore — {kind}: {error}</translation>
    </message>
    <message>
        <source>{operation} at {time}
Request: {request}

Answer: {answer}
{detail}</source>
        <translation>{operation} alle {time}
Richiesta: {request}

Risposta: {answer}
{detail}</translation>
    </message>
</context>
<context>
    <name>ChargerOverviewTab</name>
    <message>
        <source>Connector</source>
        <translation>Connettore</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Errore</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Potenza</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energia</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transazione</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Da</translation>
    </message>
    <message>
        <source>Select a charger on the left to see who it is and its connectors live.</source>
        <translation>Seleziona un caricatore a sinistra per vedere chi è e i suoi connettori in tempo reale.</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identità</translation>
    </message>
    <message>
        <source>Charge point id</source>
        <translation>ID del punto di ricarica</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Registrazione</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Stazione di ricarica</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connessione</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>Indirizzo IP</translation>
    </message>
    <message>
        <source>OCPP version</source>
        <translation>Versione OCPP</translation>
    </message>
    <message>
        <source>Charger status</source>
        <translation>Stato del caricatore</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Produttore</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modello</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Numero di serie</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>Firmware</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Visto la prima volta</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Visto l&apos;ultima volta</translation>
    </message>
    <message>
        <source>Last boot</source>
        <translation>Ultimo avvio</translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation>{label}:</translation>
    </message>
    <message>
        <source>The central system keeps the charger&apos;s local authorization list in sync with who may charge at its station at any time: the charger uses it while it is offline.</source>
        <translation>Il sistema centrale mantiene aggiornato l&apos;elenco di autorizzazione locale del punto di ricarica con chi può ricaricare in ogni momento alla sua stazione di ricarica: il punto di ricarica lo usa mentre è offline.</translation>
    </message>
    <message>
        <source>Local list:</source>
        <translation>Elenco locale:</translation>
    </message>
    <message>
        <source>Limits set on site:</source>
        <translation>Limiti impostati in sede:</translation>
    </message>
    <message>
        <source>Connectors (live)</source>
        <translation>Connettori (in tempo reale)</translation>
    </message>
    <message>
        <source>Recent events of this charger</source>
        <translation>Eventi recenti di questo caricatore</translation>
    </message>
    <message>
        <source>What this charger did since the console started, newest first: connections, boots, status changes, cards and sessions (the Log page has every message)</source>
        <translation>Cosa ha fatto questo caricatore dall&apos;avvio della console, dal più recente: connessioni, avvii, cambi di stato, tessere e sessioni di ricarica (la pagina Registro ha ogni messaggio)</translation>
    </message>
    <message>
        <source>Nothing yet since the console started.</source>
        <translation>Ancora nulla dall&apos;avvio della console.</translation>
    </message>
    <message>
        <source>not read: {error}</source>
        <translation>non letto: {error}</translation>
    </message>
    <message>
        <source>{registration} (its charger never connected)</source>
        <translation>{registration} (il suo caricatore non si è mai connesso)</translation>
    </message>
    <message>
        <source>New — waiting for an operator (Pending)</source>
        <translation>Nuovo — in attesa di un operatore (Pending)</translation>
    </message>
    <message>
        <source>not bound to a station</source>
        <translation>non associato a una stazione di ricarica</translation>
    </message>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <source>never</source>
        <translation>mai</translation>
    </message>
    <message>
        <source>now (connected)</source>
        <translation>ora (connesso)</translation>
    </message>
    <message>
        <source>not synchronised yet</source>
        <translation>non ancora sincronizzato</translation>
    </message>
    <message>
        <source>none — cards are not checked against the station&apos;s rules while it is offline ({at}: {outcome})</source>
        <translation>nessuno — mentre è offline le tessere non vengono verificate secondo le regole della stazione di ricarica ({at}: {outcome})</translation>
    </message>
    <message>
        <source>not in sync — {at}: {outcome}</source>
        <translation>non sincronizzato — {at}: {outcome}</translation>
    </message>
    <message>
        <source>No connector has reported yet: they appear with the charger&apos;s first StatusNotification.</source>
        <translation>Nessun connettore si è ancora annunciato: compaiono con la prima StatusNotification del caricatore.</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>{transaction} (stopped)</source>
        <translation>{transaction} (terminata)</translation>
    </message>
</context>
<context>
    <name>ChargerPlurals</name>
    <message numerus="yes">
        <source>%n keys ({ro} read-only) read from {cp_id} (OCPP {ocpp_version}) at {read_at}.</source>
        <translation>
            <numerusform>%n chiave ({ro} di sola lettura) letta da {cp_id} (OCPP {ocpp_version}) alle {read_at}.</numerusform>
            <numerusform>%n chiavi ({ro} di sola lettura) lette da {cp_id} (OCPP {ocpp_version}) alle {read_at}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Snapshot of %n key(s) stored ({snapshot}).</source>
        <translation>
            <numerusform>Istantanea di %n chiave salvata ({snapshot}).</numerusform>
            <numerusform>Istantanea di %n chiavi salvata ({snapshot}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n snapshot(s) of {cp_id}? The charger is not touched.</source>
        <translation>
            <numerusform>Eliminare %n istantanea di {cp_id}? Il caricatore non viene toccato.</numerusform>
            <numerusform>Eliminare %n istantanee di {cp_id}? Il caricatore non viene toccato.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n snapshot(s).</source>
        <translation>
            <numerusform>%n istantanea eliminata.</numerusform>
            <numerusform>%n istantanee eliminate.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) ({ro} read-only), {vendor} {model}, firmware {firmware}. Ctrl+click a second snapshot to compare.</source>
        <translation>
            <numerusform>%n chiave ({ro} di sola lettura), {vendor} {model}, firmware {firmware}. Ctrl+clic su una seconda istantanea per confrontare.</numerusform>
            <numerusform>%n chiavi ({ro} di sola lettura), {vendor} {model}, firmware {firmware}. Ctrl+clic su una seconda istantanea per confrontare.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s)</source>
        <translation>
            <numerusform>%n chiave</numerusform>
            <numerusform>%n chiavi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n charger(s)</source>
        <translation>
            <numerusform>%n caricatore</numerusform>
            <numerusform>%n caricatori</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done: %n charger ({tally}).</source>
        <translation>
            <numerusform>Fatto: %n caricatore ({tally}).</numerusform>
            <numerusform>Fatto: %n caricatori ({tally}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) not applied (see the table; hover for details).</source>
        <translation>
            <numerusform>%n chiave non applicata (vedi la tabella; dettagli al passaggio del mouse).</numerusform>
            <numerusform>%n chiavi non applicate (vedi la tabella; dettagli al passaggio del mouse).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hard reset {cp_id}? It reboots now and stops the %n running session(s).</source>
        <translation>
            <numerusform>Riavvio hard di {cp_id}? Si riavvia ora e ferma la %n sessione in corso.</numerusform>
            <numerusform>Riavvio hard di {cp_id}? Si riavvia ora e ferma le %n sessioni in corso.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Soft reset {cp_id}? It restarts when idle (%n session(s) running).</source>
        <translation>
            <numerusform>Riavvio soft di {cp_id}? Si riavvia quando è inattivo (%n sessione in corso).</numerusform>
            <numerusform>Riavvio soft di {cp_id}? Si riavvia quando è inattivo (%n sessioni in corso).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{update}, version {version}, %n tag(s) ({left_out} left out)</source>
        <translation>
            <numerusform>{update}, versione {version}, %n tessera ({left_out} escluse)</numerusform>
            <numerusform>{update}, versione {version}, %n tessere ({left_out} escluse)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n&lt;/b&gt; tag(s) may charge at {station} at any time and will be sent as list version {version} ({update_type}: {what}).</source>
        <translation>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; tessera può caricare presso {station} in qualsiasi momento e sarà inviata come versione della lista {version} ({update_type}: {what}).</numerusform>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; tessere possono caricare presso {station} in qualsiasi momento e saranno inviate come versione della lista {version} ({update_type}: {what}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other tag(s) are not listed: they may never charge here or belong to nobody.</source>
        <translation>
            <numerusform>%n altra tessera non è elencata: non può mai caricare qui o non appartiene a nessuno.</numerusform>
            <numerusform>%n altre tessere non sono elencate: non possono mai caricare qui o non appartengono a nessuno.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n period(s) over {duration} s in {unit}</source>
        <translation>
            <numerusform>%n periodo su {duration} s in {unit}</numerusform>
            <numerusform>%n periodi su {duration} s in {unit}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The charger holds %n profile(s) that match.</source>
        <translation>
            <numerusform>Il caricatore ha %n profilo corrispondente.</numerusform>
            <numerusform>Il caricatore ha %n profili corrispondenti.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chargers, {online} online</source>
        <translation>
            <numerusform>%n caricatore, {online} online</numerusform>
            <numerusform>%n caricatori, {online} online</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>version {version}, %n tag(s) — {at}: {outcome}</source>
        <translation>
            <numerusform>versione {version}, %n tessera — {at}: {outcome}</numerusform>
            <numerusform>versione {version}, %n tessere — {at}: {outcome}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>on %n phase(s)</source>
        <translation>
            <numerusform>su %n fase</numerusform>
            <numerusform>su %n fasi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n variable(s) of {component} read again from {cp_id}.</source>
        <translation>
            <numerusform>%n variabile di {component} riletta da {cp_id}.</numerusform>
            <numerusform>%n variabili di {component} rilette da {cp_id}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChargerSnapshotsTab</name>
    <message>
        <source>changed</source>
        <translation>modificata</translation>
    </message>
    <message>
        <source>added</source>
        <translation>aggiunta</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>rimossa</translation>
    </message>
    <message>
        <source>{changed} changed, {added} added, {removed} removed, {unchanged} unchanged</source>
        <translation>{changed} modificate, {added} aggiunte, {removed} rimosse, {unchanged} invariate</translation>
    </message>
    <message>
        <source>{summary} — the same configuration</source>
        <translation>{summary} — la stessa configurazione</translation>
    </message>
    <message>
        <source>Select a charger to see the snapshots of its configuration.</source>
        <translation>Seleziona un caricatore per vedere le istantanee della sua configurazione.</translation>
    </message>
    <message>
        <source>Label (optional), e.g. before firmware 2.1</source>
        <translation>Etichetta (facoltativa), ad es. prima del firmware 2.1</translation>
    </message>
    <message>
        <source>Take snapshot</source>
        <translation>Crea istantanea</translation>
    </message>
    <message>
        <source>Read every key from the charger now and store it</source>
        <translation>Leggi ora tutte le chiavi dal caricatore e salvale</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Creata</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etichetta</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Chiavi</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>Firmware</translation>
    </message>
    <message>
        <source>Select one snapshot to see its keys, two (Ctrl+click) to compare them</source>
        <translation>Seleziona un&apos;istantanea per vederne le chiavi, due (Ctrl+clic) per confrontarle</translation>
    </message>
    <message>
        <source>Apply to chargers of the same model…</source>
        <translation>Applica ai caricatori dello stesso modello…</translation>
    </message>
    <message>
        <source>Send the selected snapshot&apos;s values to other chargers of the same vendor and model (you choose the chargers and keys)</source>
        <translation>Invia i valori dell&apos;istantanea selezionata ad altri caricatori dello stesso produttore e modello (scegli tu caricatori e chiavi)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <source>Delete the selected snapshots (the chargers are not touched)</source>
        <translation>Elimina le istantanee selezionate (i caricatori non vengono toccati)</translation>
    </message>
    <message>
        <source>Snapshots, newest first</source>
        <translation>Istantanee, dalla più recente</translation>
    </message>
    <message>
        <source>Only differences</source>
        <translation>Solo le differenze</translation>
    </message>
    <message>
        <source>Hide the keys that are the same in both snapshots</source>
        <translation>Nascondi le chiavi uguali nelle due istantanee</translation>
    </message>
    <message>
        <source>, taken by {actor}</source>
        <translation>, creata da {actor}</translation>
    </message>
    <message>
        <source>The charger is offline: a snapshot needs it connected</source>
        <translation>Il caricatore è offline: per un&apos;istantanea deve essere connesso</translation>
    </message>
    <message>
        <source>Reading the configuration of {cp_id}…</source>
        <translation>Lettura della configurazione di {cp_id}…</translation>
    </message>
    <message>
        <source>No snapshot taken: {error}</source>
        <translation>Nessuna istantanea creata: {error}</translation>
    </message>
    <message>
        <source>Delete snapshots</source>
        <translation>Elimina istantanee</translation>
    </message>
    <message>
        <source>Not deleted: {error}.</source>
        <translation>Non eliminata: {error}.</translation>
    </message>
    <message>
        <source>Send this snapshot&apos;s values to chargers of the same vendor and model (you choose the chargers and keys)</source>
        <translation>Invia i valori di questa istantanea ai caricatori dello stesso produttore e modello (scegli tu caricatori e chiavi)</translation>
    </message>
    <message>
        <source>Select one snapshot to apply its values</source>
        <translation>Seleziona un&apos;istantanea per applicarne i valori</translation>
    </message>
    <message>
        <source>No snapshot yet: take one above.</source>
        <translation>Ancora nessuna istantanea: creane una qui sopra.</translation>
    </message>
    <message>
        <source>Select a snapshot to see its keys, or two to compare them.</source>
        <translation>Seleziona un&apos;istantanea per vederne le chiavi, o due per confrontarle.</translation>
    </message>
    <message>
        <source>Select at most two snapshots to compare.</source>
        <translation>Seleziona al massimo due istantanee da confrontare.</translation>
    </message>
    <message>
        <source>{error}. The list was refreshed.</source>
        <translation>{error}. L&apos;elenco è stato aggiornato.</translation>
    </message>
    <message>
        <source>Snapshot {snapshot_title}</source>
        <translation>Istantanea {snapshot_title}</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Chiave</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Accesso</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>sola lettura</translation>
    </message>
    <message>
        <source>read-write</source>
        <translation>lettura-scrittura</translation>
    </message>
    <message>
        <source>Before: {before}  →  After: {after}</source>
        <translation>Prima: {before}  →  Dopo: {after}</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modifica</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Prima</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Dopo</translation>
    </message>
    <message>
        <source>(not reported)</source>
        <translation>(non riportata)</translation>
    </message>
    <message>
        <source>{value}  [read-only]</source>
        <translation>{value}  [sola lettura]</translation>
    </message>
</context>
<context>
    <name>ChargersPage</name>
    <message>
        <source>New chargers</source>
        <translation>Nuovi caricatori</translation>
    </message>
    <message>
        <source>Chargers</source>
        <translation>Caricatori</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Rifiutati</translation>
    </message>
    <message>
        <source>Charger</source>
        <translation>Caricatore</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Stazione di ricarica</translation>
    </message>
    <message>
        <source>Vendor / model</source>
        <translation>Produttore / modello</translation>
    </message>
    <message>
        <source>Learn card…</source>
        <translation>Acquisisci tessera…</translation>
    </message>
    <message>
        <source>Tap an unknown RFID card on a charger and give it to a user</source>
        <translation>Avvicina una tessera RFID sconosciuta a un caricatore e assegnala a un utente</translation>
    </message>
    <message>
        <source>Add virtual charger…</source>
        <translation>Aggiungi caricatore virtuale…</translation>
    </message>
    <message>
        <source>Start a simulated charger in this console (demos, training)</source>
        <translation>Avvia un caricatore simulato in questa console (dimostrazioni, formazione)</translation>
    </message>
    <message>
        <source>Filter: id, station, vendor, model, IP…  (Ctrl+F)</source>
        <translation>Filtro: ID, stazione di ricarica, produttore, modello, IP…  (Ctrl+F)</translation>
    </message>
    <message>
        <source>No charger selected</source>
        <translation>Nessun caricatore selezionato</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Panoramica</translation>
    </message>
    <message>
        <source>Commissioning</source>
        <translation>Messa in servizio</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Configurazione</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Monitoraggio</translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation>Istantanee</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Operazioni</translation>
    </message>
    <message>
        <source>Firmware &amp;&amp; diagnostics</source>
        <translation>Firmware &amp;&amp; diagnostica</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certificati</translation>
    </message>
    <message>
        <source>{cp_id}  NEW</source>
        <translation>{cp_id}  NUOVO</translation>
    </message>
    <message>
        <source>not bound</source>
        <translation>non associato</translation>
    </message>
    <message>
        <source>IP {ip}</source>
        <translation>IP {ip}</translation>
    </message>
    <message>
        <source>serial {serial}</source>
        <translation>n. di serie {serial}</translation>
    </message>
    <message>
        <source>firmware {firmware}</source>
        <translation>firmware {firmware}</translation>
    </message>
    <message>
        <source>never connected</source>
        <translation>mai connesso</translation>
    </message>
    <message>
        <source>● online</source>
        <translation>● online</translation>
    </message>
    <message>
        <source>○ offline</source>
        <translation>○ offline</translation>
    </message>
    <message>
        <source>Choose a charger on the left. New chargers waiting for acceptance are listed first.</source>
        <translation>Scegli un caricatore a sinistra. I nuovi caricatori in attesa di accettazione sono elencati per primi.</translation>
    </message>
    <message>
        <source>new: accept it on the Commissioning tab</source>
        <translation>nuovo: accettalo nella scheda Messa in servizio</translation>
    </message>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <source>Could not read the chargers seen: {error}</source>
        <translation>Impossibile leggere i caricatori visti: {error}</translation>
    </message>
</context>
<context>
    <name>ClearCacheForm</name>
    <message>
        <source>The charger forgets the tags it authorized before and asks again next time (the local list is not affected).</source>
        <translation>Il caricatore dimentica le tessere autorizzate prima e chiede di nuovo la prossima volta (la lista locale non cambia).</translation>
    </message>
    <message>
        <source>Clear cache</source>
        <translation>Svuota cache</translation>
    </message>
</context>
<context>
    <name>ClearProfileForm</name>
    <message>
        <source>By profile id</source>
        <translation>Per ID profilo</translation>
    </message>
    <message>
        <source>By criteria (every profile that matches)</source>
        <translation>Per criteri (ogni profilo corrispondente)</translation>
    </message>
    <message>
        <source>0 — whole charger</source>
        <translation>0 — intero caricatore</translation>
    </message>
    <message>
        <source>Any connector</source>
        <translation>Qualsiasi connettore</translation>
    </message>
    <message>
        <source>Any purpose</source>
        <translation>Qualsiasi scopo</translation>
    </message>
    <message>
        <source>any</source>
        <translation>qualsiasi</translation>
    </message>
    <message>
        <source>Profile id</source>
        <translation>ID profilo</translation>
    </message>
    <message>
        <source>Connector</source>
        <translation>Connettore</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Scopo</translation>
    </message>
    <message>
        <source>Stack level</source>
        <translation>Livello di stack</translation>
    </message>
    <message>
        <source>Clear profiles</source>
        <translation>Cancella profili</translation>
    </message>
    <message>
        <source>profile #{pid}</source>
        <translation>profilo n. {pid}</translation>
    </message>
    <message>
        <source>connector {connector}</source>
        <translation>connettore {connector}</translation>
    </message>
    <message>
        <source>stack {stack}</source>
        <translation>stack {stack}</translation>
    </message>
    <message>
        <source>every profile</source>
        <translation>tutti i profili</translation>
    </message>
</context>
<context>
    <name>CommissioningTab</name>
    <message>
        <source>Select a charger on the left to accept it, refuse it or run its commissioning checklist.</source>
        <translation>Seleziona un caricatore a sinistra per accettarlo, rifiutarlo o eseguire la sua checklist di messa in servizio.</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Registrazione</translation>
    </message>
    <message>
        <source>Accept…</source>
        <translation>Accetta…</translation>
    </message>
    <message>
        <source>Bind this charger to a station (or create one) and set its password</source>
        <translation>Associa questo caricatore a una stazione di ricarica (o creane una) e imposta la sua password</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>Rifiuta</translation>
    </message>
    <message>
        <source>Its BootNotifications are answered Rejected from now on</source>
        <translation>Alle sue BootNotification si risponde d&apos;ora in poi Rejected</translation>
    </message>
    <message>
        <source>Commissioning checklist</source>
        <translation>Checklist di messa in servizio</translation>
    </message>
    <message>
        <source>HeartbeatInterval to set (recommended {seconds} s)</source>
        <translation>HeartbeatInterval da impostare (consigliato {seconds} s)</translation>
    </message>
    <message>
        <source>MeterValueSampleInterval to set (recommended {seconds} s; 0 switches periodic meter values off)</source>
        <translation>MeterValueSampleInterval da impostare (consigliato {seconds} s; 0 disattiva le letture periodiche)</translation>
    </message>
    <message>
        <source>Test charge on connector</source>
        <translation>Ricarica di prova sul connettore</translation>
    </message>
    <message>
        <source>RemoteStart with the technician&apos;s tag, watch status and meter values, RemoteStop. A vehicle (or an EV simulator) must be plugged in.</source>
        <translation>RemoteStart con la tessera del tecnico, osserva stato e letture del contatore, RemoteStop. Deve essere collegato un veicolo (o un simulatore di VE).</translation>
    </message>
    <message>
        <source>The connector of the test charge</source>
        <translation>Il connettore della ricarica di prova</translation>
    </message>
    <message>
        <source>The technician&apos;s tag: it must be allowed to charge at this station</source>
        <translation>La tessera del tecnico: deve essere autorizzata a caricare in questa stazione di ricarica</translation>
    </message>
    <message>
        <source>technician&apos;s tag</source>
        <translation>tessera del tecnico</translation>
    </message>
    <message>
        <source>Heartbeat interval:</source>
        <translation>Intervallo heartbeat:</translation>
    </message>
    <message>
        <source>Meter values every:</source>
        <translation>Letture ogni:</translation>
    </message>
    <message>
        <source>with tag:</source>
        <translation>con la tessera:</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Risultato</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Passo</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Dettagli</translation>
    </message>
    <message>
        <source>Run checklist</source>
        <translation>Esegui checklist</translation>
    </message>
    <message>
        <source>Run every step now (again, for a charger accepted earlier)</source>
        <translation>Esegui ora ogni passo (di nuovo, per un caricatore accettato prima)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>Esporta rapporto…</translation>
    </message>
    <message>
        <source>Save the last result as a printable HTML or PDF commissioning report</source>
        <translation>Salva l&apos;ultimo risultato come rapporto di messa in servizio stampabile in HTML o PDF</translation>
    </message>
    <message>
        <source>No active tag of an active user yet: add one on the Users page (or learn a card) or type the tag</source>
        <translation>Ancora nessuna tessera attiva di un utente attivo: aggiungine una nella pagina Utenti (o acquisisci una tessera) oppure digita la tessera</translation>
    </message>
    <message>
        <source>{cp_id} is not known (yet).</source>
        <translation>{cp_id} non è (ancora) noto.</translation>
    </message>
    <message>
        <source>&lt;b&gt;New charger.&lt;/b&gt; {cp_id} ({vendor}) connected from {ip} and waits for an operator. Accept it to bind it to a station; refuse it to keep it out.</source>
        <translation>&lt;b&gt;Nuovo caricatore.&lt;/b&gt; {cp_id} ({vendor}) si è connesso da {ip} e attende un operatore. Accettalo per associarlo a una stazione di ricarica; rifiutalo per tenerlo fuori.</translation>
    </message>
    <message>
        <source>vendor unknown</source>
        <translation>produttore sconosciuto</translation>
    </message>
    <message>
        <source>&lt;b&gt;Refused.&lt;/b&gt; {cp_id} hears Rejected when it boots. You can still accept it.</source>
        <translation>&lt;b&gt;Rifiutato.&lt;/b&gt; {cp_id} riceve Rejected all&apos;avvio. Puoi ancora accettarlo.</translation>
    </message>
    <message>
        <source>{cp_id}: {registration}, not bound to a station.</source>
        <translation>{cp_id}: {registration}, non associato a una stazione di ricarica.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Accepted&lt;/b&gt;, bound to station &lt;b&gt;{station_name}&lt;/b&gt; ({site_name}).</source>
        <translation>&lt;b&gt;Accettato&lt;/b&gt;, associato alla stazione di ricarica &lt;b&gt;{station_name}&lt;/b&gt; ({site_name}).</translation>
    </message>
    <message>
        <source>Commissioning checklist — accept the charger first</source>
        <translation>Checklist di messa in servizio — prima accetta il caricatore</translation>
    </message>
    <message>
        <source>Run every step now</source>
        <translation>Esegui ora ogni passo</translation>
    </message>
    <message>
        <source>The charger is offline: every step will say so</source>
        <translation>Il caricatore è offline: ogni passo lo segnalerà</translation>
    </message>
    <message>
        <source>{cp_id} was not accepted: {error}</source>
        <translation>{cp_id} non è stato accettato: {error}</translation>
    </message>
    <message>
        <source>{cp_id} accepted and bound to station {station}.</source>
        <translation>{cp_id} accettato e associato alla stazione di ricarica {station}.</translation>
    </message>
    <message>
        <source>The checklist runs as soon as it has booted as Accepted.</source>
        <translation>La checklist viene eseguita non appena si è avviato come Accepted.</translation>
    </message>
    <message>
        <source>Refuse charger</source>
        <translation>Rifiuta caricatore</translation>
    </message>
    <message>
        <source>Refuse {cp_id}? Its BootNotifications are answered Rejected from now on; you can accept it later.</source>
        <translation>Rifiutare {cp_id}? Alle sue BootNotification si risponde d&apos;ora in poi Rejected; potrai accettarlo più tardi.</translation>
    </message>
    <message>
        <source>{cp_id} could not be refused: {error}</source>
        <translation>{cp_id} non è stato possibile rifiutarlo: {error}</translation>
    </message>
    <message>
        <source>{cp_id} refused.</source>
        <translation>{cp_id} rifiutato.</translation>
    </message>
    <message>
        <source>The charger did not boot again within 30 s after it was accepted: run the checklist when it is back (Run checklist).</source>
        <translation>Il caricatore non si è riavviato entro 30 s dall&apos;accettazione: esegui la checklist quando torna (Esegui checklist).</translation>
    </message>
    <message>
        <source>Running the checklist on {cp_id}…</source>
        <translation>Checklist in esecuzione su {cp_id}…</translation>
    </message>
    <message>
        <source>Checklist cancelled (a test charge in progress was not stopped: stop it on the Operations tab).</source>
        <translation>Checklist annullata (una ricarica di prova in corso non è stata fermata: fermala nella scheda Operazioni).</translation>
    </message>
    <message>
        <source>The checklist could not run: {error}</source>
        <translation>Non è stato possibile eseguire la checklist: {error}</translation>
    </message>
    <message>
        <source>The checklist has not run for this charger yet.</source>
        <translation>La checklist non è ancora stata eseguita per questo caricatore.</translation>
    </message>
    <message>
        <source>{verdict} — run {when}</source>
        <translation>{verdict} — eseguita il {when}</translation>
    </message>
    <message>
        <source>Export commissioning report</source>
        <translation>Esporta il rapporto di messa in servizio</translation>
    </message>
    <message>
        <source>HTML report (*.html)</source>
        <translation>Rapporto HTML (*.html)</translation>
    </message>
    <message>
        <source>The report could not be written to {path}: {error}</source>
        <translation>Non è stato possibile scrivere il rapporto in {path}: {error}</translation>
    </message>
    <message>
        <source>Commissioning report saved to {path}.</source>
        <translation>Rapporto di messa in servizio salvato in {path}.</translation>
    </message>
    <message>
        <source>Commissioning report</source>
        <translation>Rapporto di messa in servizio</translation>
    </message>
    <message>
        <source>Qt could not write {path}</source>
        <translation>Qt non è riuscito a scrivere {path}</translation>
    </message>
</context>
<context>
    <name>ComponentReportBox</name>
    <message>
        <source>Active</source>
        <translation>Attivo</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponibile</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Abilitato</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>{cp_id} has nothing that matches {component} (EmptyResultSet).</source>
        <translation>{cp_id} non ha nulla che corrisponda a {component} (EmptyResultSet).</translation>
    </message>
    <message>
        <source>{cp_id} refused the report (Rejected).</source>
        <translation>{cp_id} ha rifiutato il rapporto (Rejected).</translation>
    </message>
    <message>
        <source>{cp_id} does not support these criteria (NotSupported).</source>
        <translation>{cp_id} non supporta questi criteri (NotSupported).</translation>
    </message>
    <message>
        <source>Report of one component (OCPP 2.0.1)</source>
        <translation>Rapporto di un componente (OCPP 2.0.1)</translation>
    </message>
    <message>
        <source>e.g. EVSE#1 or OCPPCommCtrlr</source>
        <translation>ad es. EVSE#1 o OCPPCommCtrlr</translation>
    </message>
    <message>
        <source>A component the station reported, or typed: name, [instance], #EVSE or #EVSE.connector</source>
        <translation>Un componente segnalato dalla stazione, o digitato: nome, [istanza], #EVSE o #EVSE.connettore</translation>
    </message>
    <message>
        <source>all its variables</source>
        <translation>tutte le sue variabili</translation>
    </message>
    <message>
        <source>Get report</source>
        <translation>Richiedi rapporto</translation>
    </message>
    <message>
        <source>GetReport: the station sends the variables again</source>
        <translation>GetReport: la stazione invia di nuovo le variabili</translation>
    </message>
    <message>
        <source>Component, variable</source>
        <translation>Componente, variabile</translation>
    </message>
    <message>
        <source>Only if</source>
        <translation>Solo se</translation>
    </message>
    <message>
        <source>Pick or type a component first.</source>
        <translation>Scegliere o digitare prima un componente.</translation>
    </message>
    <message>
        <source>Asking {cp_id} for {component}…</source>
        <translation>Richiesta di {component} a {cp_id}…</translation>
    </message>
    <message>
        <source>No report from {cp_id}: {error}</source>
        <translation>Nessun rapporto da {cp_id}: {error}</translation>
    </message>
</context>
<context>
    <name>CompositeForm</name>
    <message>
        <source>0 — whole charger</source>
        <translation>0 — intero caricatore</translation>
    </message>
    <message>
        <source>Charger&apos;s choice</source>
        <translation>Scelta del caricatore</translation>
    </message>
    <message>
        <source>Connector</source>
        <translation>Connettore</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durata</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unità</translation>
    </message>
    <message>
        <source>Get schedule</source>
        <translation>Ottieni programma</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Da</translation>
    </message>
    <message>
        <source>At</source>
        <translation>Ora</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Limite</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Fasi</translation>
    </message>
    <message>
        <source>connector {connector}, {duration} s</source>
        <translation>connettore {connector}, {duration} s</translation>
    </message>
    <message>
        <source>The charger answered {status}: no schedule to show.</source>
        <translation>Il caricatore ha risposto {status}: nessun programma da mostrare.</translation>
    </message>
    <message>
        <source>, from {start}</source>
        <translation>, dal {start}</translation>
    </message>
</context>
<context>
    <name>ConfigModel</name>
    <message>
        <source>Key</source>
        <translation>Chiave</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Accesso</translation>
    </message>
    <message>
        <source>Last answer</source>
        <translation>Ultima risposta</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>sola lettura</translation>
    </message>
    <message>
        <source>read-write</source>
        <translation>lettura-scrittura</translation>
    </message>
    <message>
        <source>{key} is read-only: the charger does not allow changing it</source>
        <translation>{key} è di sola lettura: il caricatore non ne consente la modifica</translation>
    </message>
    <message>
        <source>{key} is the charger&apos;s password: never shown. Change it in the form below; the station&apos;s password changes with it when the charger accepts it</source>
        <translation>{key} è la password del caricatore: mai mostrata. Cambiala nel modulo qui sotto; la password della stazione di ricarica cambia con essa quando il caricatore la accetta</translation>
    </message>
    <message>
        <source>Double-click or press F2 to change; Enter sends the new value to the charger</source>
        <translation>Doppio clic o F2 per modificare; Invio manda il nuovo valore al caricatore</translation>
    </message>
</context>
<context>
    <name>DataTransferForm</name>
    <message>
        <source>e.g. com.vendor (required)</source>
        <translation>ad es. com.vendor (obbligatorio)</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facoltativo</translation>
    </message>
    <message>
        <source>optional text (often JSON)</source>
        <translation>testo facoltativo (spesso JSON)</translation>
    </message>
    <message>
        <source>Vendor id</source>
        <translation>ID produttore</translation>
    </message>
    <message>
        <source>Message id</source>
        <translation>ID messaggio</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Dati</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Invia</translation>
    </message>
    <message>
        <source>Enter the vendor id the charger expects (e.g. its vendor&apos;s name or reverse domain).</source>
        <translation>Inserisci l&apos;ID produttore che il caricatore si aspetta (ad es. il nome del produttore o un dominio inverso).</translation>
    </message>
</context>
<context>
    <name>ExtendedTriggerForm</name>
    <message>
        <source>For chargers with the OCPP 1.6 security extension. LogStatusNotification says how a log upload is going; FirmwareStatusNotification how a signed firmware update is going.</source>
        <translation>Per i caricatori con l&apos;estensione di sicurezza di OCPP 1.6. LogStatusNotification indica a che punto è il caricamento di un log, FirmwareStatusNotification a che punto è un aggiornamento firmware firmato.</translation>
    </message>
</context>
<context>
    <name>ExternalLimits</name>
    <message>
        <source>{value} from {time}</source>
        <translation>{value} dalle {time}</translation>
    </message>
    <message>
        <source>{period} (until {time})</source>
        <translation>{period} (fino alle {time})</translation>
    </message>
    <message>
        <source>whole station</source>
        <translation>intera stazione di ricarica</translation>
    </message>
    <message>
        <source>EVSE {evse}</source>
        <translation>EVSE {evse}</translation>
    </message>
    <message>
        <source>{value} now</source>
        <translation>ora {value}</translation>
    </message>
    <message>
        <source>nothing in force now</source>
        <translation>nulla in vigore ora</translation>
    </message>
    <message>
        <source>no values given</source>
        <translation>nessun valore indicato</translation>
    </message>
    <message>
        <source>{where}: {value} by {source}, since {since}</source>
        <translation>{where}: {value} da {source}, dal {since}</translation>
    </message>
    <message>
        <source>grid critical</source>
        <translation>critico per la rete</translation>
    </message>
    <message>
        <source>schedule: {periods}</source>
        <translation>programma: {periods}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nessuno</translation>
    </message>
    <message>
        <source>Limits a system on site (the energy manager, the grid operator) set on this station; load management gives it no more while they last.</source>
        <translation>Limiti impostati su questa stazione di ricarica da un sistema in sede (il gestore dell&apos;energia, il gestore di rete); la gestione del carico non le dà di più finché durano.</translation>
    </message>
</context>
<context>
    <name>FirmwareDiagnosticsTab</name>
    <message>
        <source>waiting for the charger</source>
        <translation>in attesa del caricatore</translation>
    </message>
    <message>
        <source>{done} of {total} · {current}</source>
        <translation>{done} di {total} · {current}</translation>
    </message>
    <message>
        <source>Failed: {message}</source>
        <translation>Non riuscito: {message}</translation>
    </message>
    <message>
        <source>Timed out: {message}</source>
        <translation>Tempo scaduto: {message}</translation>
    </message>
    <message>
        <source>Select a charger on the left to update its firmware or fetch its diagnostics.</source>
        <translation>Seleziona un caricatore a sinistra per aggiornarne il firmware o recuperarne la diagnostica.</translation>
    </message>
    <message>
        <source>Firmware update</source>
        <translation>Aggiornamento firmware</translation>
    </message>
    <message>
        <source>The firmware file from the vendor (e.g. terra-ac-2.1.0.bin)</source>
        <translation>Il file firmware del produttore (ad es. terra-ac-2.1.0.bin)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Sfoglia…</translation>
    </message>
    <message>
        <source>Choose the firmware file</source>
        <translation>Scegli il file firmware</translation>
    </message>
    <message>
        <source>Update firmware</source>
        <translation>Aggiorna firmware</translation>
    </message>
    <message>
        <source>Send UpdateFirmware: the charger downloads the file from this computer, installs it and restarts (a running charge is finished first)</source>
        <translation>Invia UpdateFirmware: il caricatore scarica il file da questo computer, lo installa e si riavvia (una ricarica in corso viene prima conclusa)</translation>
    </message>
    <message>
        <source>Stop serving</source>
        <translation>Interrompi la distribuzione</translation>
    </message>
    <message>
        <source>Stop waiting and stop serving the file (the charger cannot download it any more)</source>
        <translation>Smetti di attendere e di distribuire il file (il caricatore non può più scaricarlo)</translation>
    </message>
    <message>
        <source>Signed firmware: the signing certificate file (PEM)</source>
        <translation>Firmware firmato: il file del certificato di firma (PEM)</translation>
    </message>
    <message>
        <source>and the signature file (Base64 or raw)</source>
        <translation>e il file della firma (Base64 o binario)</translation>
    </message>
    <message>
        <source>Choose the signing certificate</source>
        <translation>Scegli il certificato di firma</translation>
    </message>
    <message>
        <source>Choose the signature file</source>
        <translation>Scegli il file della firma</translation>
    </message>
    <message>
        <source>For chargers that take only signed firmware: the update is sent as SignedUpdateFirmware (OCPP 2.0.1: UpdateFirmware with the signature) once the signature verifies over the file and the certificate comes from a CA you trust</source>
        <translation>Per i caricatori che accettano solo firmware firmato: l&apos;aggiornamento viene inviato come SignedUpdateFirmware (OCPP 2.0.1: UpdateFirmware con la firma) quando la firma corrisponde al file e il certificato proviene da una CA di fiducia</translation>
    </message>
    <message>
        <source>Trust a CA…</source>
        <translation>Considera attendibile una CA…</translation>
    </message>
    <message>
        <source>Add the manufacturer&apos;s CA certificate (PEM) that signs its firmware (for the whole site)</source>
        <translation>Aggiungi il certificato CA (PEM) con cui il produttore firma il suo firmware (per tutta la sede)</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>Diagnostica</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dal</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Fino al</translation>
    </message>
    <message>
        <source>only log entries from this time on</source>
        <translation>solo le voci di log da questo momento</translation>
    </message>
    <message>
        <source>only log entries up to this time</source>
        <translation>solo le voci di log fino a questo momento</translation>
    </message>
    <message>
        <source>Optional: {tip} (the charger may ignore it)</source>
        <translation>Facoltativo: {tip} (il caricatore può ignorarlo)</translation>
    </message>
    <message>
        <source>Diagnostics (GetDiagnostics)</source>
        <translation>Diagnostica (GetDiagnostics)</translation>
    </message>
    <message>
        <source>Diagnostics log (GetLog)</source>
        <translation>Log di diagnostica (GetLog)</translation>
    </message>
    <message>
        <source>Security log (GetLog)</source>
        <translation>Log di sicurezza (GetLog)</translation>
    </message>
    <message>
        <source>GetLog: for 2.0.1 chargers and 1.6 chargers with the security extension; the security log lists the charger&apos;s security events</source>
        <translation>GetLog: per i caricatori OCPP 2.0.1 e i caricatori OCPP 1.6 con l&apos;estensione di sicurezza; il log di sicurezza elenca gli eventi di sicurezza del caricatore</translation>
    </message>
    <message>
        <source>Request diagnostics</source>
        <translation>Richiedi diagnostica</translation>
    </message>
    <message>
        <source>Send GetDiagnostics: the charger uploads its log file to this computer</source>
        <translation>Invia GetDiagnostics: il caricatore carica il suo file di log su questo computer</translation>
    </message>
    <message>
        <source>Stop waiting</source>
        <translation>Smetti di attendere</translation>
    </message>
    <message>
        <source>Stop waiting and stop receiving (an upload after this is refused)</source>
        <translation>Smetti di attendere e di ricevere (un caricamento successivo viene rifiutato)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Apri</translation>
    </message>
    <message>
        <source>Open the received file with this computer&apos;s default application</source>
        <translation>Apri il file ricevuto con l&apos;applicazione predefinita di questo computer</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Salva con nome…</translation>
    </message>
    <message>
        <source>Save a copy of the received file</source>
        <translation>Salva una copia del file ricevuto</translation>
    </message>
    <message>
        <source>Firmware files (*.bin *.img *.hex *.fw *.zip *.tar *.gz *.tgz *.pkg *.swu)</source>
        <translation>File firmware (*.bin *.img *.hex *.fw *.zip *.tar *.gz *.tgz *.pkg *.swu)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tutti i file (*)</translation>
    </message>
    <message>
        <source>Choose the firmware file first (Browse…).</source>
        <translation>Scegli prima il file firmware (Sfoglia…).</translation>
    </message>
    <message>
        <source>{path} does not exist or is not a file: choose the firmware file again.</source>
        <translation>{path} non esiste o non è un file: scegli di nuovo il file firmware.</translation>
    </message>
    <message>
        <source>{name} is empty: that cannot be a firmware image.</source>
        <translation>{name} è vuoto: non può essere un&apos;immagine firmware.</translation>
    </message>
    <message>
        <source>Signed firmware needs both the signing certificate and the signature file.</source>
        <translation>Il firmware firmato richiede sia il certificato di firma sia il file della firma.</translation>
    </message>
    <message>
        <source>Not sent: {reason}</source>
        <translation>Non inviato: {reason}</translation>
    </message>
    <message>
        <source>Choose the CA certificate (PEM)</source>
        <translation>Scegli il certificato CA (PEM)</translation>
    </message>
    <message>
        <source>{subject} is trusted to sign firmware.</source>
        <translation>{subject} è attendibile per firmare il firmware.</translation>
    </message>
    <message>
        <source>CAs trusted to sign firmware: {names}</source>
        <translation>CA attendibili per firmare il firmware: {names}</translation>
    </message>
    <message>
        <source>No CA is trusted to sign firmware yet (Trust a CA…).</source>
        <translation>Nessuna CA è ancora attendibile per firmare il firmware (Considera attendibile una CA…).</translation>
    </message>
    <message>
        <source>“From” must be before “Until”: correct one of them or untick it.</source>
        <translation>«Dal» deve precedere «Fino al»: correggine uno o deselezionalo.</translation>
    </message>
    <message>
        <source>No application opens {suffix} files here; use Save as… (the file is {path}).</source>
        <translation>Nessuna applicazione apre qui i file {suffix}; usa Salva con nome… (il file è {path}).</translation>
    </message>
    <message>
        <source>No application opens this kind of file here; use Save as… (the file is {path}).</source>
        <translation>Nessuna applicazione apre qui questo tipo di file; usa Salva con nome… (il file è {path}).</translation>
    </message>
    <message>
        <source>Save the diagnostics file as</source>
        <translation>Salva il file di diagnostica come</translation>
    </message>
    <message>
        <source>Could not save to {target}: {error}. Choose another place.</source>
        <translation>Impossibile salvare in {target}: {error}. Scegli un altro percorso.</translation>
    </message>
    <message>
        <source>Received: {name} · saved a copy as {target}</source>
        <translation>Ricevuto: {name} · copia salvata come {target}</translation>
    </message>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <source>firmware {firmware}</source>
        <translation>firmware {firmware}</translation>
    </message>
    <message>
        <source>{message}. It now reports firmware {version}.</source>
        <translation>{message}. Ora riporta il firmware {version}.</translation>
    </message>
    <message>
        <source>Received: {name}</source>
        <translation>Ricevuto: {name}</translation>
    </message>
    <message>
        <source>Received: {name} ({size:,} bytes) in {folder}</source>
        <translation>Ricevuto: {name} ({size:,} byte) in {folder}</translation>
    </message>
    <message>
        <source>Serving at {address} for this job.</source>
        <translation>Distribuito su {address} per questo lavoro.</translation>
    </message>
    <message>
        <source>Files go over HTTP from this computer, only while a job runs: address {host}, port {port} (Settings → Central system). Received files are kept under the data folder&apos;s diagnostics/.</source>
        <translation>I file passano via HTTP da questo computer, solo mentre un lavoro è in corso: indirizzo {host}, porta {port} (Impostazioni → Sistema centrale). I file ricevuti sono conservati in diagnostics/ della cartella dati.</translation>
    </message>
    <message>
        <source>the one the charger connected to</source>
        <translation>quello a cui si è connesso il caricatore</translation>
    </message>
    <message>
        <source>any free one</source>
        <translation>uno libero qualsiasi</translation>
    </message>
    <message>
        <source>{cp_id} is offline: it must be connected to receive a request.</source>
        <translation>{cp_id} è offline: deve essere connesso per ricevere una richiesta.</translation>
    </message>
</context>
<context>
    <name>FirmwareSignature</name>
    <message>
        <source>This file is not a PEM certificate.</source>
        <translation>Questo file non è un certificato PEM.</translation>
    </message>
    <message>
        <source>Cannot read {file}: {reason}</source>
        <translation>Impossibile leggere {file}: {reason}</translation>
    </message>
    <message>
        <source>The signing certificate is longer than OCPP allows ({limit} characters).</source>
        <translation>Il certificato di firma è più lungo di quanto OCPP consenta ({limit} caratteri).</translation>
    </message>
    <message>
        <source>The signing certificate is not a PEM certificate.</source>
        <translation>Il certificato di firma non è un certificato PEM.</translation>
    </message>
    <message>
        <source>The signature does not match {file}: it was not made over this image with the signing certificate&apos;s key.</source>
        <translation>La firma non corrisponde a {file}: non è stata creata su questo file con la chiave del certificato di firma.</translation>
    </message>
    <message>
        <source>The trusted CA is not valid before {date} (UTC).</source>
        <translation>La CA attendibile è valida solo dal {date} (UTC).</translation>
    </message>
    <message>
        <source>The signing certificate is not valid before {date} (UTC).</source>
        <translation>Il certificato di firma è valido solo dal {date} (UTC).</translation>
    </message>
    <message>
        <source>The trusted CA expired on {date} (UTC).</source>
        <translation>La CA attendibile è scaduta il {date} (UTC).</translation>
    </message>
    <message>
        <source>The signing certificate expired on {date} (UTC).</source>
        <translation>Il certificato di firma è scaduto il {date} (UTC).</translation>
    </message>
    <message>
        <source>No CA is trusted to sign firmware yet: add the manufacturer&apos;s CA certificate first.</source>
        <translation>Nessuna CA è ancora attendibile per firmare il firmware: aggiungi prima il certificato CA del produttore.</translation>
    </message>
    <message>
        <source>The signing certificate ({subject}, issued by {issuer}) does not chain to a CA you trust.</source>
        <translation>Il certificato di firma ({subject}, emesso da {issuer}) non risale a nessuna CA attendibile.</translation>
    </message>
    <message>
        <source>The signature is not Base64 text.</source>
        <translation>La firma non è un testo Base64.</translation>
    </message>
    <message>
        <source>The signature is longer than OCPP allows ({limit} characters).</source>
        <translation>La firma è più lunga di quanto OCPP consenta ({limit} caratteri).</translation>
    </message>
</context>
<context>
    <name>LocalListDialog</name>
    <message>
        <source>Local list for {charge_point_id}</source>
        <translation>Lista locale per {charge_point_id}</translation>
    </message>
    <message>
        <source>replaces the charger&apos;s list</source>
        <translation>sostituisce la lista del caricatore</translation>
    </message>
    <message>
        <source>adds these tags and removes the ones left out</source>
        <translation>aggiunge queste tessere e rimuove quelle escluse</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tessera</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utente</translation>
    </message>
    <message>
        <source>As</source>
        <translation>Come</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Scade</translation>
    </message>
    <message>
        <source>Left out because</source>
        <translation>Escluso perché</translation>
    </message>
    <message>
        <source>Will be sent ({count})</source>
        <translation>Verrà inviato ({count})</translation>
    </message>
    <message>
        <source>Left out ({count})</source>
        <translation>Esclusi ({count})</translation>
    </message>
    <message>
        <source>Send to charger</source>
        <translation>Invia al caricatore</translation>
    </message>
    <message>
        <source>Sends an empty list: the charger will accept only what it asks us</source>
        <translation>Invia una lista vuota: il caricatore accetterà solo ciò che ci chiede</translation>
    </message>
</context>
<context>
    <name>LocalListVersionForm</name>
    <message>
        <source>Charger&apos;s list version</source>
        <translation>Versione della lista del caricatore</translation>
    </message>
    <message>
        <source>Get version</source>
        <translation>Ottieni versione</translation>
    </message>
    <message>
        <source>{version} (no list)</source>
        <translation>{version} (nessuna lista)</translation>
    </message>
    <message>
        <source>{version} (no local list support)</source>
        <translation>{version} (liste locali non supportate)</translation>
    </message>
</context>
<context>
    <name>MonitoringService</name>
    <message>
        <source>accepted</source>
        <extracomment>the charger&apos;s answers to SetVariableMonitoring and ClearVariableMonitoring, as the operator reads them</extracomment>
        <translation>accettato</translation>
    </message>
    <message>
        <source>the charger has no such component</source>
        <translation>la stazione non ha questo componente</translation>
    </message>
    <message>
        <source>the component has no such variable</source>
        <translation>il componente non ha questa variabile</translation>
    </message>
    <message>
        <source>the charger does not support this type</source>
        <translation>la stazione non supporta questo tipo</translation>
    </message>
    <message>
        <source>rejected by the charger</source>
        <translation>rifiutato dalla stazione</translation>
    </message>
    <message>
        <source>the same monitor exists already</source>
        <translation>lo stesso monitoraggio esiste già</translation>
    </message>
    <message>
        <source>the charger has no such monitor</source>
        <translation>la stazione non ha questo monitoraggio</translation>
    </message>
    <message>
        <source>{cp_id} is not connected.</source>
        <translation>{cp_id} non è connessa.</translation>
    </message>
    <message>
        <source>{cp_id} speaks OCPP {version}: variable monitoring exists in OCPP 2.0.1 only (a 1.6 charger reports problems with its StatusNotification error codes).</source>
        <translation>{cp_id} parla OCPP {version}: il monitoraggio delle variabili esiste solo in OCPP 2.0.1 (una stazione 1.6 segnala i problemi con i codici di errore della sua StatusNotification).</translation>
    </message>
    <message>
        <source>Enter the component (e.g. Connector or EVSE).</source>
        <translation>Inserite il componente (p. es. Connector o EVSE).</translation>
    </message>
    <message>
        <source>Enter the variable (e.g. Temperature or Power).</source>
        <translation>Inserite la variabile (p. es. Temperature o Power).</translation>
    </message>
    <message>
        <source>Choose the monitor&apos;s type.</source>
        <translation>Scegliete il tipo di monitoraggio.</translation>
    </message>
    <message>
        <source>The value must be a number.</source>
        <translation>Il valore deve essere un numero.</translation>
    </message>
    <message>
        <source>A change or a period must be above 0.</source>
        <translation>Una variazione o un periodo deve essere superiore a 0.</translation>
    </message>
    <message>
        <source>Choose a severity from 0 to 9.</source>
        <translation>Scegliete una gravità da 0 a 9.</translation>
    </message>
    <message>
        <source>The EVSE must be 0 (none) or a number above 0.</source>
        <translation>L&apos;EVSE deve essere 0 (nessuno) o un numero superiore a 0.</translation>
    </message>
</context>
<context>
    <name>ProfilesForm</name>
    <message>
        <source>Id</source>
        <extracomment>the purposes GetChargingProfiles may ask for (2.0.1 names; our 1.6-style ChargePointMaxProfile is translated) who set a profile (2.0.1 chargingLimitSource): the central system, or a system on site</extracomment>
        <translation>ID</translation>
    </message>
    <message>
        <source>EVSE</source>
        <translation>EVSE</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Scopo</translation>
    </message>
    <message>
        <source>Stack</source>
        <translation>Pila</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Periods</source>
        <translation>Periodi</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Valido dal</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>Valido fino al</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>for {duration} s</source>
        <translation>per {duration} s</translation>
    </message>
    <message>
        <source>0 — the station itself</source>
        <translation>0 — la stazione di ricarica stessa</translation>
    </message>
    <message>
        <source>Every EVSE</source>
        <translation>Ogni EVSE</translation>
    </message>
    <message>
        <source>Any purpose</source>
        <translation>Qualsiasi scopo</translation>
    </message>
    <message>
        <source>any</source>
        <translation>qualsiasi</translation>
    </message>
    <message>
        <source>Stack level</source>
        <translation>Livello di pila</translation>
    </message>
    <message>
        <source>Set by (none: any)</source>
        <translation>Impostato da (nessuno: tutti)</translation>
    </message>
    <message>
        <source>Get profiles</source>
        <translation>Richiedi i profili</translation>
    </message>
    <message>
        <source>Get composite schedule instead</source>
        <translation>Richiedi invece il programma composito</translation>
    </message>
    <message>
        <source>EVSE {evse}</source>
        <translation>EVSE {evse}</translation>
    </message>
    <message>
        <source>stack {stack}</source>
        <translation>pila {stack}</translation>
    </message>
    <message>
        <source>every profile</source>
        <translation>ogni profilo</translation>
    </message>
    <message>
        <source>The charger answered {status}: it holds no such profile.</source>
        <translation>Il caricatore ha risposto {status}: non ha alcun profilo di questo tipo.</translation>
    </message>
    <message>
        <source>Its report stopped before the last part: more may be missing.</source>
        <translation>Il suo rapporto si è interrotto prima dell&apos;ultima parte: potrebbero mancarne altri.</translation>
    </message>
</context>
<context>
    <name>RemoteStartForm</name>
    <message>
        <source>Any free connector</source>
        <translation>Qualsiasi connettore libero</translation>
    </message>
    <message>
        <source>Connector</source>
        <translation>Connettore</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tessera</translation>
    </message>
    <message>
        <source>Start charging</source>
        <translation>Avvia ricarica</translation>
    </message>
    <message>
        <source>Pick a user&apos;s tag or type the idTag to start with.</source>
        <translation>Scegli la tessera di un utente o digita l&apos;idTag con cui avviare.</translation>
    </message>
    <message>
        <source>connector {connector}</source>
        <translation>connettore {connector}</translation>
    </message>
    <message>
        <source>any connector</source>
        <translation>qualsiasi connettore</translation>
    </message>
    <message>
        <source>{tag} on {where}</source>
        <translation>{tag} su {where}</translation>
    </message>
</context>
<context>
    <name>RemoteStopForm</name>
    <message>
        <source>The sessions running on this charger</source>
        <translation>Le sessioni di ricarica in corso su questo caricatore</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sessione di ricarica</translation>
    </message>
    <message>
        <source>Stop session</source>
        <translation>Ferma la sessione di ricarica</translation>
    </message>
    <message>
        <source>No session is running on this charger</source>
        <translation>Nessuna sessione di ricarica in corso su questo caricatore</translation>
    </message>
    <message>
        <source>No session is running on this charger.</source>
        <translation>Nessuna sessione di ricarica in corso su questo caricatore.</translation>
    </message>
</context>
<context>
    <name>ReservationsTable</name>
    <message>
        <source>Holding the connector</source>
        <translation>Tiene il connettore</translation>
    </message>
    <message>
        <source>Used by session {session}</source>
        <translation>Usata dalla sessione {session}</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annullata</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Scaduta</translation>
    </message>
    <message>
        <source>Removed by the station</source>
        <translation>Rimossa dalla stazione</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Connector</source>
        <translation>Connettore</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tessera</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Scade</translation>
    </message>
    <message>
        <source>Made by</source>
        <translation>Fatta da</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>any</source>
        <translation>qualsiasi</translation>
    </message>
    <message>
        <source>&lt;b&gt;This charger&apos;s reservations&lt;/b&gt; (active first)</source>
        <translation>&lt;b&gt;Prenotazioni di questo caricatore&lt;/b&gt; (prima le attive)</translation>
    </message>
</context>
<context>
    <name>ReserveForm</name>
    <message>
        <source>Connector</source>
        <translation>Connettore</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tessera</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Scade</translation>
    </message>
    <message>
        <source>Reservation id</source>
        <translation>ID prenotazione</translation>
    </message>
    <message>
        <source>Reserve</source>
        <translation>Prenota</translation>
    </message>
    <message>
        <source>Pick a user&apos;s tag or type the idTag the connector is held for.</source>
        <translation>Scegli la tessera di un utente o digita l&apos;idTag per cui il connettore è riservato.</translation>
    </message>
    <message>
        <source>The expiry must be in the future.</source>
        <translation>La scadenza deve essere nel futuro.</translation>
    </message>
    <message>
        <source>#{reservation} connector {connector} for {tag} until {expiry:%H:%M}</source>
        <translation>n. {reservation} connettore {connector} per {tag} fino alle {expiry:%H:%M}</translation>
    </message>
</context>
<context>
    <name>ResetForm</name>
    <message>
        <source>Soft — restart the software when idle; running sessions end normally</source>
        <translation>Soft — riavvia il software quando inattivo; le sessioni in corso terminano normalmente</translation>
    </message>
    <message>
        <source>Hard — reboot now; running sessions are stopped</source>
        <translation>Hard — riavvia ora; le sessioni in corso vengono fermate</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Reset…</source>
        <translation>Riavvia…</translation>
    </message>
    <message>
        <source>Hard reset</source>
        <translation>Riavvio hard</translation>
    </message>
    <message>
        <source>Soft reset</source>
        <translation>Riavvio soft</translation>
    </message>
    <message>
        <source>Hard reset {cp_id}? It reboots now.</source>
        <translation>Riavvio hard di {cp_id}? Si riavvia ora.</translation>
    </message>
    <message>
        <source>Soft reset {cp_id}? It restarts when idle.</source>
        <translation>Riavvio soft di {cp_id}? Si riavvia quando è inattivo.</translation>
    </message>
</context>
<context>
    <name>SendLocalListForm</name>
    <message>
        <source>Full — replace the charger&apos;s list</source>
        <translation>Full — sostituisci la lista del caricatore</translation>
    </message>
    <message>
        <source>Differential — add these, remove the ones left out</source>
        <translation>Differential — aggiungi queste, rimuovi quelle escluse</translation>
    </message>
    <message>
        <source>The version the charger stores with the list (Get local list version fills in the next one)</source>
        <translation>La versione che il caricatore salva con la lista (Ottieni versione inserisce la successiva)</translation>
    </message>
    <message>
        <source>Owners and users who may charge here at any time. Users whose access depends on the time or the connector are left out; you see both lists before anything is sent.</source>
        <translation>Proprietari e utenti che possono caricare qui in qualsiasi momento. Gli utenti il cui accesso dipende dall&apos;orario o dal connettore sono esclusi; vedi entrambe le liste prima che venga inviato qualcosa.</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Aggiornamento</translation>
    </message>
    <message>
        <source>List version</source>
        <translation>Versione della lista</translation>
    </message>
    <message>
        <source>Prepare list…</source>
        <translation>Prepara lista…</translation>
    </message>
    <message>
        <source>Could not build the list: {error}</source>
        <translation>Impossibile creare la lista: {error}</translation>
    </message>
</context>
<context>
    <name>SetProfileForm</name>
    <message>
        <source>0 — whole charger</source>
        <translation>0 — intero caricatore</translation>
    </message>
    <message>
        <source>TxDefaultProfile — default for new sessions</source>
        <translation>TxDefaultProfile — predefinito per le nuove sessioni</translation>
    </message>
    <message>
        <source>ChargePointMaxProfile — cap for the whole charger</source>
        <translation>ChargePointMaxProfile — limite per l&apos;intero caricatore</translation>
    </message>
    <message>
        <source>TxProfile — the running session only</source>
        <translation>TxProfile — solo la sessione in corso</translation>
    </message>
    <message>
        <source>The session a TxProfile applies to</source>
        <translation>La sessione di ricarica a cui si applica un TxProfile</translation>
    </message>
    <message>
        <source>A (current per phase)</source>
        <translation>A (corrente per fase)</translation>
    </message>
    <message>
        <source>W (power)</source>
        <translation>W (potenza)</translation>
    </message>
    <message>
        <source>no end</source>
        <translation>nessuna fine</translation>
    </message>
    <message>
        <source>from now</source>
        <translation>da adesso</translation>
    </message>
    <message>
        <source>Connector</source>
        <translation>Connettore</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Scopo</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sessione di ricarica</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Recurrency</source>
        <translation>Ricorrenza</translation>
    </message>
    <message>
        <source>Profile id</source>
        <translation>ID profilo</translation>
    </message>
    <message>
        <source>Stack level</source>
        <translation>Livello di stack</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unità</translation>
    </message>
    <message>
        <source>Schedule start</source>
        <translation>Inizio del programma</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durata</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Valido dal</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>Valido fino al</translation>
    </message>
    <message>
        <source>Periods (start in seconds from the schedule start)</source>
        <translation>Periodi (inizio in secondi dall&apos;inizio del programma)</translation>
    </message>
    <message>
        <source>Start (s)</source>
        <translation>Inizio (s)</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Limite</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Fasi</translation>
    </message>
    <message>
        <source>Phases: 1–3, or empty for the charger&apos;s default</source>
        <translation>Fasi: 1–3, o vuoto per il valore predefinito del caricatore</translation>
    </message>
    <message>
        <source>Add period</source>
        <translation>Aggiungi periodo</translation>
    </message>
    <message>
        <source>Remove period</source>
        <translation>Rimuovi periodo</translation>
    </message>
    <message>
        <source>Send profile</source>
        <translation>Invia profilo</translation>
    </message>
    <message>
        <source>Leave at the first value (&apos;{empty}&apos;) for none</source>
        <translation>Lascia il primo valore (&apos;{empty}&apos;) per nessuno</translation>
    </message>
    <message>
        <source>Only for a Recurring profile</source>
        <translation>Solo per un profilo Recurring</translation>
    </message>
    <message>
        <source>A Relative profile starts with the session</source>
        <translation>Un profilo Relative inizia con la sessione</translation>
    </message>
    <message>
        <source>Only for a TxProfile</source>
        <translation>Solo per un TxProfile</translation>
    </message>
    <message>
        <source>#{profile_id} {purpose} {kind} on connector {connector} — {periods}</source>
        <translation>n. {profile_id} {purpose} {kind} sul connettore {connector} — {periods}</translation>
    </message>
</context>
<context>
    <name>SiteCa</name>
    <message>
        <source>The site&apos;s CA is made on the computer that runs the central system (its key stays where the chargers&apos; requests are signed): create it there, in Settings or with “chargedesk certs ca”.</source>
        <translation>La CA della sede si crea sul computer che esegue il sistema centrale (la sua chiave resta dove vengono firmate le richieste dei caricatori): creala lì, nelle Impostazioni o con “chargedesk certs ca”.</translation>
    </message>
    <message>
        <source>The site&apos;s CA could not be created: {error}</source>
        <translation>Non è stato possibile creare la CA della sede: {error}</translation>
    </message>
    <message>
        <source>The site already has a CA ({path}); nothing was changed: the chargers&apos; certificates and the CA installed on them depend on it.</source>
        <translation>La sede ha già una CA ({path}); non è stato modificato nulla: i certificati dei caricatori e la CA installata su di essi dipendono da essa.</translation>
    </message>
</context>
<context>
    <name>TransactionStatusForm</name>
    <message>
        <source>A session this console shows as running, or none: are transaction messages waiting at all?</source>
        <translation>Una sessione che questa console mostra in corso, o nessuna: ci sono messaggi di transazione in attesa?</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sessione</translation>
    </message>
    <message>
        <source>Ask the station</source>
        <translation>Chiedi alla stazione</translation>
    </message>
    <message>
        <source>No session: any transaction messages waiting?</source>
        <translation>Nessuna sessione: messaggi di transazione in attesa?</translation>
    </message>
    <message>
        <source>any transaction messages</source>
        <translation>messaggi di transazione in attesa</translation>
    </message>
</context>
<context>
    <name>TriggerForm</name>
    <message>
        <source>No connector (the charger)</source>
        <translation>Nessun connettore (il caricatore)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Messaggio</translation>
    </message>
    <message>
        <source>Connector</source>
        <translation>Connettore</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Richiedi</translation>
    </message>
    <message>
        <source>{message} on connector {connector}</source>
        <translation>{message} sul connettore {connector}</translation>
    </message>
</context>
<context>
    <name>UnlockForm</name>
    <message>
        <source>Connector</source>
        <translation>Connettore</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Sblocca</translation>
    </message>
    <message>
        <source>connector {connector}</source>
        <translation>connettore {connector}</translation>
    </message>
</context>
</TS>
