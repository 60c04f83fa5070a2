<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>CentralHolder</name>
    <message>
        <source>{database} is already used by {holder}: stop it, or open this console without a central system</source>
        <translation>{database} è già in uso da {holder}: lo arresti, oppure apra questa console senza sistema centrale</translation>
    </message>
    <message>
        <source>{database} is already used by {holder}: stop it, or serve another database</source>
        <translation>{database} è già in uso da {holder}: lo arresti, oppure serva un altro database</translation>
    </message>
    <message>
        <source>{database} is already used by {holder}</source>
        <translation>{database} è già in uso da {holder}</translation>
    </message>
    <message>
        <source>another process that is starting right now</source>
        <translation>un altro processo che si sta avviando proprio ora</translation>
    </message>
</context>
<context>
    <name>CentralSystem</name>
    <message>
        <source>{cp_id} is not connected</source>
        <translation>{cp_id} non è connesso</translation>
    </message>
    <message>
        <source>{cp_id} is connected over ws:// without TLS, so the password would cross the network in clear; serve over wss:// (a TLS certificate) to send it</source>
        <translation>{cp_id} è connesso tramite ws:// senza TLS, quindi la password attraverserebbe la rete in chiaro; serva tramite wss:// (un certificato TLS) per inviarla</translation>
    </message>
    <message>
        <source>{cp_id} is connected over ws:// without TLS and did not authenticate (anyone can present its id), so the password would cross the network in clear; serve over wss:// (a TLS certificate) to send it</source>
        <translation>{cp_id} è connesso tramite ws:// senza TLS e non si è autenticato (chiunque può presentare il suo id), quindi la password attraverserebbe la rete in chiaro; serva tramite wss:// (un certificato TLS) per inviarla</translation>
    </message>
</context>
<context>
    <name>ChargersService</name>
    <message>
        <source>the central system is not running in this console</source>
        <extracomment>More chargers than this seen at once: one query for all instead of one each. The console → charger calls that only read (a viewer may make them); every other call of :class:`Operations` changes something on the charger.</extracomment>
        <translation>il sistema centrale non è in esecuzione in questa console</translation>
    </message>
</context>
<context>
    <name>ConfigSnapshots</name>
    <message>
        <source>a password: never applied from a snapshot; change it on each charger&apos;s Configuration tab, which also updates its station&apos;s password</source>
        <extracomment>why a password key is not applied (marked: ``translate(&quot;ConfigSnapshots&quot;, SECRET_SKIPPED)`` where shown)</extracomment>
        <translation>una password: non viene mai applicata da un&apos;istantanea; la cambi nella scheda Configurazione di ogni caricatore, che aggiorna anche la password della sua stazione di ricarica</translation>
    </message>
    <message>
        <source>{text!r} is not a component: a name, optionally [instance] and #EVSE or #EVSE.connector (e.g. OCPPCommCtrlr, EVSE#1, Connector#1.2)</source>
        <translation>{text!r} non è un componente: un nome, facoltativamente [istanza] e #EVSE o #EVSE.connettore (ad es. OCPPCommCtrlr, EVSE#1, Connector#1.2)</translation>
    </message>
    <message>
        <source>{text!r} is not a variable: a name, optionally [instance] (e.g. HeartbeatInterval, Power[L1])</source>
        <translation>{text!r} non è una variabile: un nome, facoltativamente [istanza] (ad es. HeartbeatInterval, Power[L1])</translation>
    </message>
    <message>
        <source>the label is {length} characters long; at most {limit} are kept</source>
        <translation>l&apos;etichetta è lunga {length} caratteri; ne vengono conservati al massimo {limit}</translation>
    </message>
    <message>
        <source>the charger is not connected</source>
        <translation>il caricatore non è connesso</translation>
    </message>
    <message>
        <source>the charger disconnected</source>
        <translation>il caricatore si è disconnesso</translation>
    </message>
    <message>
        <source>the charger&apos;s answer has no result for this variable</source>
        <translation>la risposta del caricatore non contiene alcun risultato per questa variabile</translation>
    </message>
    <message>
        <source>say which key to change</source>
        <translation>indichi quale chiave modificare</translation>
    </message>
    <message>
        <source>the value is {length} characters long; OCPP allows at most 500</source>
        <translation>il valore è lungo {length} caratteri; OCPP ne consente al massimo 500</translation>
    </message>
    <message>
        <source>the new password is refused: {why}</source>
        <translation>la nuova password è rifiutata: {why}</translation>
    </message>
    <message>
        <source>{cp_id} is bound to no station, so it has no password to change: accept it first (Commissioning)</source>
        <translation>{cp_id} non è associato ad alcuna stazione di ricarica, quindi non ha una password da cambiare: lo accetti prima (Messa in servizio)</translation>
    </message>
    <message>
        <source>{cp_id} is not connected</source>
        <translation>{cp_id} non è connesso</translation>
    </message>
    <message>
        <source>the station&apos;s password is unchanged</source>
        <translation>la password della stazione di ricarica è invariata</translation>
    </message>
    <message>
        <source>the station&apos;s password is changed too</source>
        <translation>anche la password della stazione di ricarica è cambiata</translation>
    </message>
    <message>
        <source>{cp_id} does not know this key</source>
        <translation>{cp_id} non conosce questa chiave</translation>
    </message>
    <message>
        <source>read-only on {cp_id}: not sent</source>
        <translation>di sola lettura su {cp_id}: non inviata</translation>
    </message>
    <message>
        <source>already this value</source>
        <translation>già questo valore</translation>
    </message>
    <message>
        <source>choose at least one charger</source>
        <translation>scelga almeno un caricatore</translation>
    </message>
    <message>
        <source>not a {vendor} {model}: {chargers} — a snapshot is applied to chargers of the same vendor and model only</source>
        <translation>non è un {vendor} {model}: {chargers} — un&apos;istantanea si applica solo a caricatori dello stesso produttore e modello</translation>
    </message>
    <message>
        <source>not in snapshot {snapshot}: {keys}</source>
        <translation>non presenti nell&apos;istantanea {snapshot}: {keys}</translation>
    </message>
    <message>
        <source>read-only in the snapshot: not sent</source>
        <translation>di sola lettura nell&apos;istantanea: non inviata</translation>
    </message>
</context>
<context>
    <name>FirmwareJobs</name>
    <message>
        <source>starting the file server</source>
        <translation>avvio del file server</translation>
    </message>
    <message>
        <source>{cp_id} is not connected</source>
        <translation>{cp_id} non è connesso</translation>
    </message>
    <message>
        <source>waiting for the charger</source>
        <translation>in attesa del caricatore</translation>
    </message>
    <message>
        <source>cancelled: the file server was stopped</source>
        <translation>annullato: il file server è stato arrestato</translation>
    </message>
    <message>
        <source>the file server could not start on {host} port {port}: {error}</source>
        <translation>il file server non è riuscito ad avviarsi su {host} porta {port}: {error}</translation>
    </message>
    <message>
        <source>the charger-facing address</source>
        <translation>l&apos;indirizzo verso i caricatori</translation>
    </message>
    <message>
        <source>any</source>
        <translation>qualsiasi</translation>
    </message>
    <message>
        <source>no news from {cp_id} for {duration} (last status: {status})</source>
        <translation>nessuna notizia da {cp_id} da {duration} (ultimo stato: {status})</translation>
    </message>
    <message>
        <source>no news from {cp_id} for {duration}</source>
        <translation>nessuna notizia da {cp_id} da {duration}</translation>
    </message>
    <message>
        <source>{cp_id} refused the request: {status} ({why})</source>
        <translation>{cp_id} ha rifiutato la richiesta: {status} ({why})</translation>
    </message>
    <message>
        <source>{cp_id} refused the request: {status}</source>
        <translation>{cp_id} ha rifiutato la richiesta: {status}</translation>
    </message>
    <message>
        <source>cannot read the firmware file {path}: {error}</source>
        <translation>impossibile leggere il file firmware {path}: {error}</translation>
    </message>
    <message>
        <source>{path} is not a file</source>
        <translation>{path} non è un file</translation>
    </message>
    <message>
        <source>{status}: {file} ({size}, signed by {signer}) at {url}</source>
        <translation>{status}: {file} ({size}, firmato da {signer}) su {url}</translation>
    </message>
    <message>
        <source>{file} ({size}, signed by {signer}) at {url}</source>
        <translation>{file} ({size}, firmato da {signer}) su {url}</translation>
    </message>
    <message>
        <source>{status}: {file} ({size}) at {url}</source>
        <translation>{status}: {file} ({size}) su {url}</translation>
    </message>
    <message>
        <source>{file} ({size}) at {url}</source>
        <translation>{file} ({size}) su {url}</translation>
    </message>
    <message>
        <source>{client} downloaded {size}</source>
        <translation>{client} ha scaricato {size}</translation>
    </message>
    <message>
        <source>{client} downloaded {size} (part)</source>
        <translation>{client} ha scaricato {size} (parziale)</translation>
    </message>
    <message>
        <source>{cp_id} installed {file}; it restarts now</source>
        <translation>{cp_id} ha installato {file}; ora si riavvia</translation>
    </message>
    <message>
        <source>{cp_id} reported {status}: it could not download the file from this computer (firewall? address?)</source>
        <translation>{cp_id} ha segnalato {status}: non è riuscito a scaricare il file da questo computer (firewall? indirizzo?)</translation>
    </message>
    <message>
        <source>{cp_id} reported {status}</source>
        <translation>{cp_id} ha segnalato {status}</translation>
    </message>
    <message>
        <source>reported by the restart: firmware {version}</source>
        <translation>segnalato al riavvio: firmware {version}</translation>
    </message>
    <message>
        <source>{cp_id} restarted with firmware {version}</source>
        <translation>{cp_id} si è riavviato con il firmware {version}</translation>
    </message>
    <message>
        <source>the charger will upload {file}</source>
        <translation>il caricatore caricherà {file}</translation>
    </message>
    <message>
        <source>{cp_id} has no diagnostics to upload (no file name in its answer)</source>
        <translation>{cp_id} non ha diagnostica da caricare (nessun nome di file nella sua risposta)</translation>
    </message>
    <message>
        <source>{cp_id} reported Uploaded, but no file arrived here</source>
        <translation>{cp_id} ha segnalato Uploaded, ma qui non è arrivato alcun file</translation>
    </message>
    <message>
        <source>{file}, {size} by {method} from {client}</source>
        <translation>{file}, {size} tramite {method} da {client}</translation>
    </message>
    <message>
        <source>file received</source>
        <translation>file ricevuto</translation>
    </message>
    <message>
        <source>{cp_id} reported {status}: it could not upload to this computer (firewall? address?)</source>
        <translation>{cp_id} ha segnalato {status}: non è riuscito a caricare su questo computer (firewall? indirizzo?)</translation>
    </message>
    <message>
        <source>{cp_id} uploaded its security log: {file}</source>
        <translation>{cp_id} ha caricato il suo registro di sicurezza: {file}</translation>
    </message>
    <message>
        <source>{cp_id} uploaded its diagnostics: {file}</source>
        <translation>{cp_id} ha caricato la sua diagnostica: {file}</translation>
    </message>
    <message>
        <source>{count} bytes</source>
        <translation>{count} byte</translation>
    </message>
</context>
<context>
    <name>LocalList</name>
    <message>
        <source>their special access starts {start} ({schedule})</source>
        <translation>il suo accesso speciale inizia il {start} ({schedule})</translation>
    </message>
    <message>
        <source>their special access is limited to {times} ({schedule})</source>
        <translation>il suo accesso speciale è limitato a {times} ({schedule})</translation>
    </message>
    <message>
        <source>never allowed here: {why}</source>
        <translation>mai consentito qui: {why}</translation>
    </message>
    <message>
        <source>access depends on the connector: connector {connector} — {why}</source>
        <translation>l&apos;accesso dipende dal connettore: connettore {connector} — {why}</translation>
    </message>
    <message>
        <source>access depends on time: {why}</source>
        <translation>l&apos;accesso dipende dall&apos;orario: {why}</translation>
    </message>
    <message>
        <source>tag blocked</source>
        <translation>tessera bloccata</translation>
    </message>
    <message>
        <source>tag expired on {date}</source>
        <translation>tessera scaduta il {date}</translation>
    </message>
    <message>
        <source>tag marked expired</source>
        <translation>tessera contrassegnata come scaduta</translation>
    </message>
    <message>
        <source>user account blocked</source>
        <translation>account utente bloccato</translation>
    </message>
    <message>
        <source>no station has the charge point id &apos;{cp_id}&apos;: bind the charger to a station first</source>
        <translation>nessuna stazione di ricarica ha il punto di ricarica &apos;{cp_id}&apos;: associ prima il caricatore a una stazione di ricarica</translation>
    </message>
    <message>
        <source>station {name} is disabled</source>
        <translation>la stazione di ricarica {name} è disattivata</translation>
    </message>
    <message>
        <source>idTag of {length} characters: a 1.6 charger holds at most {limit} (it cannot present this card either)</source>
        <translation>idTag di {length} caratteri: un caricatore 1.6 ne conserva al massimo {limit} (non può nemmeno presentare questa tessera)</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>proprietario</translation>
    </message>
    <message>
        <source>special user</source>
        <translation>utente speciale</translation>
    </message>
    <message>
        <source>registered user</source>
        <translation>utente registrato</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>rifiutato</translation>
    </message>
    <message>
        <source>no user</source>
        <translation>nessun utente</translation>
    </message>
    <message>
        <source>{tag} — {user} (blocked/expired)</source>
        <translation>{tag} — {user} (bloccata/scaduta)</translation>
    </message>
</context>
<context>
    <name>OperationForms</name>
    <message>
        <source>The tag is {length} characters long; OCPP {version} allows at most {limit}.</source>
        <extracomment>The longest idTag (1.6) / idToken (2.0.1) each version carries. The messages a TriggerMessage may ask for, per version. The messages a 1.6 ExtendedTriggerMessage may ask for (Security Whitepaper Ed. 3, MessageTriggerEnumType). what a triggered message makes the charger send, where that is another message: a certificate signing request (SignCertificate), an ISO 15118 certificate ChargeDesk does not sign (None: never offered)</extracomment>
        <translation>La tessera è lunga {length} caratteri; OCPP {version} ne consente al massimo {limit}.</translation>
    </message>
    <message>
        <source>Remote start</source>
        <translation>Avvio remoto</translation>
    </message>
    <message>
        <source>Start a charge with a tag</source>
        <translation>Avviare una ricarica con una tessera</translation>
    </message>
    <message>
        <source>Remote stop</source>
        <translation>Arresto remoto</translation>
    </message>
    <message>
        <source>Stop a running session</source>
        <translation>Arrestare una sessione di ricarica in corso</translation>
    </message>
    <message>
        <source>Transaction status</source>
        <translation>Stato della transazione</translation>
    </message>
    <message>
        <source>Ask the station whether a session still runs and what it has yet to send</source>
        <translation>Chiedere alla stazione se una sessione è ancora in corso e cosa deve ancora inviare</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reset</translation>
    </message>
    <message>
        <source>Restart the charger (soft or hard)</source>
        <translation>Riavviare il caricatore (soft o hard)</translation>
    </message>
    <message>
        <source>Unlock connector</source>
        <translation>Sbloccare il connettore</translation>
    </message>
    <message>
        <source>Release a stuck cable</source>
        <translation>Liberare un cavo bloccato</translation>
    </message>
    <message>
        <source>Change availability</source>
        <translation>Modificare la disponibilità</translation>
    </message>
    <message>
        <source>Take the charger or a connector in or out of service</source>
        <translation>Mettere in servizio o fuori servizio il caricatore o un connettore</translation>
    </message>
    <message>
        <source>Clear cache</source>
        <translation>Svuotare la cache</translation>
    </message>
    <message>
        <source>Empty the charger&apos;s authorization cache</source>
        <translation>Svuotare la cache di autorizzazione del caricatore</translation>
    </message>
    <message>
        <source>Trigger message</source>
        <translation>Richiedere un messaggio</translation>
    </message>
    <message>
        <source>Ask the charger to send a message now</source>
        <translation>Chiedere al caricatore di inviare subito un messaggio</translation>
    </message>
    <message>
        <source>Extended trigger message</source>
        <translation>Richiesta di messaggio estesa</translation>
    </message>
    <message>
        <source>Ask a charger with the 1.6 security extension for a message, its log upload&apos;s state too</source>
        <translation>Richiedere un messaggio a un caricatore con l&apos;estensione di sicurezza OCPP 1.6, anche lo stato del caricamento del suo registro</translation>
    </message>
    <message>
        <source>Data transfer</source>
        <translation>Trasferimento dati</translation>
    </message>
    <message>
        <source>A vendor-specific message</source>
        <translation>Un messaggio specifico del produttore</translation>
    </message>
    <message>
        <source>Send local list</source>
        <translation>Inviare la lista locale</translation>
    </message>
    <message>
        <source>The tags that may charge here at any time</source>
        <translation>Le tessere che possono ricaricare qui in qualsiasi momento</translation>
    </message>
    <message>
        <source>Get local list version</source>
        <translation>Ottenere la versione della lista locale</translation>
    </message>
    <message>
        <source>Reserve now</source>
        <translation>Prenotare ora</translation>
    </message>
    <message>
        <source>Hold a connector for a tag</source>
        <translation>Riservare un connettore per una tessera</translation>
    </message>
    <message>
        <source>Cancel reservation</source>
        <translation>Annullare la prenotazione</translation>
    </message>
    <message>
        <source>Set charging profile</source>
        <translation>Impostare un profilo di ricarica</translation>
    </message>
    <message>
        <source>Limit the charging power</source>
        <translation>Limitare la potenza di ricarica</translation>
    </message>
    <message>
        <source>Clear charging profile</source>
        <translation>Cancellare il profilo di ricarica</translation>
    </message>
    <message>
        <source>Get composite schedule</source>
        <translation>Ottenere la pianificazione composita</translation>
    </message>
    <message>
        <source>The limits the charger will apply</source>
        <translation>I limiti che il caricatore applicherà</translation>
    </message>
    <message>
        <source>Get charging profiles</source>
        <translation>Richiedi i profili di ricarica</translation>
    </message>
    <message>
        <source>The profiles the charger holds: ours and those a system on site set</source>
        <translation>I profili che ha il caricatore: i nostri e quelli impostati da un sistema in sede</translation>
    </message>
    <message>
        <source>OCPP {version} has no message that lists the charging profiles a charger holds (GetChargingProfiles is OCPP 2.0.1). Get composite schedule shows the limits it will apply instead.</source>
        <translation>OCPP {version} non ha alcun messaggio che elenchi i profili di ricarica di un caricatore (GetChargingProfiles è OCPP 2.0.1). Richiedi il programma composito mostra invece i limiti che applicherà.</translation>
    </message>
    <message>
        <source>Not available for this charger: it speaks OCPP {version}, and ChargeDesk sends {action} only to OCPP {versions} chargers so far.</source>
        <translation>Non disponibile per questo caricatore: parla OCPP {version}, e finora ChargeDesk invia {action} solo ai caricatori OCPP {versions}.</translation>
    </message>
    <message numerus="yes">
        <source>%n period(s)</source>
        <translation>
            <numerusform>%n periodo</numerusform>
            <numerusform>%n periodi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n profile(s) reported</source>
        <translation>
            <numerusform>%n profilo segnalato</numerusform>
            <numerusform>%n profili segnalati</numerusform>
        </translation>
    </message>
    <message>
        <source>the report stopped before its last part</source>
        <translation>il rapporto si è interrotto prima dell&apos;ultima parte</translation>
    </message>
    <message>
        <source>(empty answer)</source>
        <translation>(risposta vuota)</translation>
    </message>
    <message>
        <source>The station holds transaction messages it has not delivered yet.</source>
        <translation>La stazione ha messaggi di transazione non ancora consegnati.</translation>
    </message>
    <message>
        <source>The station has no transaction messages waiting to be delivered.</source>
        <translation>La stazione non ha messaggi di transazione in attesa di consegna.</translation>
    </message>
    <message>
        <source>The station did not say whether session {session} still runs</source>
        <translation>La stazione non ha detto se la sessione {session} è ancora in corso</translation>
    </message>
    <message>
        <source>Session {session} is still running on the station</source>
        <translation>La sessione {session} è ancora in corso sulla stazione</translation>
    </message>
    <message>
        <source>Session {session} is not running on the station</source>
        <translation>La sessione {session} non è in corso sulla stazione</translation>
    </message>
    <message>
        <source>messages about it wait in the station&apos;s queue</source>
        <translation>messaggi che la riguardano attendono nella coda della stazione</translation>
    </message>
    <message>
        <source>no message about it waits in the station&apos;s queue</source>
        <translation>nessun messaggio che la riguarda attende nella coda della stazione</translation>
    </message>
    <message>
        <source>Add at least one period (start 0 s and a limit).</source>
        <translation>Aggiunga almeno un periodo (inizio 0 s e un limite).</translation>
    </message>
    <message>
        <source>Period {n}: the start must be whole seconds from the schedule start (e.g. 0, 3600).</source>
        <translation>Periodo {n}: l&apos;inizio deve essere in secondi interi dall&apos;inizio della pianificazione (ad es. 0, 3600).</translation>
    </message>
    <message>
        <source>Period {n}: the limit must be a number of {unit} (e.g. 16).</source>
        <translation>Periodo {n}: il limite deve essere un numero di {unit} (ad es. 16).</translation>
    </message>
    <message>
        <source>Period 1 must start at 0 s (the start of the schedule).</source>
        <translation>Il periodo 1 deve iniziare a 0 s (l&apos;inizio della pianificazione).</translation>
    </message>
    <message>
        <source>Period {n}: its start ({start} s) must be after period {previous}&apos;s ({last} s).</source>
        <translation>Periodo {n}: il suo inizio ({start} s) deve seguire quello del periodo {previous} ({last} s).</translation>
    </message>
    <message>
        <source>Period {n}: the limit must be more than 0 {unit}.</source>
        <translation>Periodo {n}: il limite deve essere maggiore di 0 {unit}.</translation>
    </message>
    <message>
        <source>Period {n}: phases must be 1, 2 or 3 (or empty for the charger&apos;s default).</source>
        <translation>Periodo {n}: le fasi devono essere 1, 2 o 3 (o vuote per il valore predefinito del caricatore).</translation>
    </message>
    <message>
        <source>A recurring profile needs a schedule start (the first day it applies).</source>
        <translation>Un profilo ricorrente richiede un inizio della pianificazione (il primo giorno in cui si applica).</translation>
    </message>
    <message>
        <source>&apos;Valid to&apos; must be after &apos;valid from&apos;.</source>
        <translation>«Valido fino al» deve seguire «valido dal».</translation>
    </message>
    <message>
        <source>A TxProfile applies to a running session: choose the session.</source>
        <translation>Un TxProfile si applica a una sessione di ricarica in corso: scelga la sessione.</translation>
    </message>
    <message>
        <source>A ChargePointMaxProfile applies to the whole charger: choose connector 0.</source>
        <translation>Un ChargePointMaxProfile si applica all&apos;intero caricatore: scelga il connettore 0.</translation>
    </message>
    <message>
        <source>A TxProfile applies to one connector&apos;s session: choose its connector.</source>
        <translation>Un TxProfile si applica alla sessione di un connettore: scelga il suo connettore.</translation>
    </message>
</context>
<context>
    <name>SiteBus</name>
    <message>
        <source>{program} on {machine}</source>
        <extracomment>Operations methods a console may have carried out by a host (every public coroutine of Operations). those of them that take the charger&apos;s time to answer (``timeout``)</extracomment>
        <translation>{program} su {machine}</translation>
    </message>
    <message>
        <source>node {node}</source>
        <translation>nodo {node}</translation>
    </message>
    <message>
        <source>{cp_id} is not connected</source>
        <translation>{cp_id} non è connesso</translation>
    </message>
    <message>
        <source>{cp_id} is connected over ws:// without TLS, so the password would cross the network in clear; serve over wss:// (a TLS certificate) to send it</source>
        <translation>{cp_id} è connesso tramite ws:// senza TLS, quindi la password attraverserebbe la rete in chiaro; serva tramite wss:// (un certificato TLS) per inviarla</translation>
    </message>
    <message>
        <source>no host</source>
        <translation>nessun host</translation>
    </message>
</context>
<context>
    <name>VirtualFleet</name>
    <message>
        <source>starting…</source>
        <translation>avvio…</translation>
    </message>
    <message>
        <source>Give the charge point id: 1 to 48 letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;:&apos; or &apos;-&apos; (it is the last part of the URL the charger connects to).</source>
        <translation>Indichi il punto di ricarica: da 1 a 48 lettere, cifre, &apos;.&apos;, &apos;_&apos;, &apos;:&apos; o &apos;-&apos; (l&apos;ultima parte dell&apos;URL a cui si connette il caricatore).</translation>
    </message>
    <message>
        <source>A virtual charger {cp_id} is already running: stop it first or pick another id.</source>
        <translation>Un caricatore virtuale {cp_id} è già in esecuzione: lo arresti prima o scelga un altro id.</translation>
    </message>
    <message>
        <source>OCPP version: one of {versions}.</source>
        <translation>Versione OCPP: una tra {versions}.</translation>
    </message>
    <message>
        <source>Connectors: 1 to 8.</source>
        <translation>Connettori: da 1 a 8.</translation>
    </message>
    <message>
        <source>Scenario: one of {scenarios}.</source>
        <translation>Scenario: uno tra {scenarios}.</translation>
    </message>
    <message>
        <source>Give at least one driver card (RFID id, up to {limit} characters for OCPP {version}; several separated by commas).</source>
        <translation>Indichi almeno una tessera del conducente (id RFID, fino a {limit} caratteri per OCPP {version}; più tessere separate da virgole).</translation>
    </message>
    <message>
        <source>Create a site first (Settings → Sites): a station belongs to a site.</source>
        <translation>Crei prima una sede (Impostazioni → Sedi): una stazione di ricarica appartiene a una sede.</translation>
    </message>
</context>
</TS>
