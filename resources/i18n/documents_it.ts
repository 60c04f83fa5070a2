<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
    <context>
        <name>Commissioning</name>
        <message>
            <source>{site} · now {cp_id} (online)</source>
            <translation>{site} · ora {cp_id} (online)</translation>
        </message>
        <message>
            <source>{site} · now {cp_id}</source>
            <translation>{site} · ora {cp_id}</translation>
        </message>
        <message>
            <source>That station no longer exists: choose another one or create a new station.</source>
            <translation>Questa stazione di ricarica non esiste più: ne scelga un'altra o crei una nuova stazione di ricarica.</translation>
        </message>
        <message>
            <source>{station} is in use by charger {cp_id}, which is online: choose a station without a working charger or create a new one.</source>
            <translation>{station} è usata dal caricatore {cp_id}, che è online: scelga una stazione di ricarica senza un caricatore funzionante o ne crei una nuova.</translation>
        </message>
        <message>
            <source>Enter a name for the new station (e.g. Hall B).</source>
            <translation>Inserisca un nome per la nuova stazione di ricarica (ad es. Capannone B).</translation>
        </message>
        <message>
            <source>A station name has at most 120 characters.</source>
            <translation>Il nome di una stazione di ricarica ha al massimo 120 caratteri.</translation>
        </message>
        <message>
            <source>A station named '{name}' exists already: choose another name or bind to it instead.</source>
            <translation>Esiste già una stazione di ricarica di nome '{name}': scelga un altro nome o associ il caricatore a quella.</translation>
        </message>
        <message>
            <source>Choose the site of the new station.</source>
            <translation>Scelga la sede della nuova stazione di ricarica.</translation>
        </message>
        <message>
            <source>That site no longer exists: choose another one.</source>
            <translation>Questa sede non esiste più: ne scelga un'altra.</translation>
        </message>
        <message>
            <source>A 1.6 charger takes a new password over OCPP only when it has {low} to {high} characters (AuthorizationKey), this one has {length}</source>
            <translation>Un caricatore 1.6 accetta una nuova password tramite OCPP solo se ha da {low} a {high} caratteri (AuthorizationKey), questa ne ha {length}</translation>
        </message>
        <message>
            <source>Password stored. {cp_id} is offline: set the same password on the charger (its web page or app) before it reconnects, or it will be refused.</source>
            <translation>Password salvata. {cp_id} è offline: imposti la stessa password sul caricatore (la sua pagina web o app) prima che si riconnetta, altrimenti verrà rifiutato.</translation>
        </message>
        <message>
            <source>Password stored, not sent: {why}. Set the same password on {cp_id} (its web page or app) before it reconnects, or it will be refused.</source>
            <translation>Password salvata, non inviata: {why}. Imposti la stessa password su {cp_id} (la sua pagina web o app) prima che si riconnetta, altrimenti verrà rifiutato.</translation>
        </message>
        <message>
            <source>Password stored. {error}: set the same password on {cp_id} (its web page or app) before it reconnects, or it will be refused.</source>
            <translation>Password salvata. {error}: imposti la stessa password su {cp_id} (la sua pagina web o app) prima che si riconnetta, altrimenti verrà rifiutato.</translation>
        </message>
        <message>
            <source>Password stored, but sending it to {cp_id} failed ({error}): set the same password on the charger before it reconnects, or it will be refused.</source>
            <translation>Password salvata, ma l'invio a {cp_id} non è riuscito ({error}): imposti la stessa password sul caricatore prima che si riconnetta, altrimenti verrà rifiutato.</translation>
        </message>
        <message>
            <source>Password stored and sent to {cp_id} ({status}): it uses it from its next connection.</source>
            <translation>Password salvata e inviata a {cp_id} ({status}): la userà dalla prossima connessione.</translation>
        </message>
        <message>
            <source>Password stored; {cp_id} answered {status} to the new password: set the same password on the charger (its web page or app) before it reconnects, or it will be refused.</source>
            <translation>Password salvata; {cp_id} ha risposto {status} alla nuova password: imposti la stessa password sul caricatore (la sua pagina web o app) prima che si riconnetta, altrimenti verrà rifiutato.</translation>
        </message>
        <message>
            <source>security profile 0 (no authentication)</source>
            <translation>profilo di sicurezza 0 (nessuna autenticazione)</translation>
        </message>
        <message>
            <source>security profile 1 (HTTP Basic over ws://)</source>
            <translation>profilo di sicurezza 1 (HTTP Basic tramite ws://)</translation>
        </message>
        <message>
            <source>security profile 2 (HTTP Basic over TLS)</source>
            <translation>profilo di sicurezza 2 (HTTP Basic tramite TLS)</translation>
        </message>
        <message>
            <source>security profile 3 (TLS client certificate)</source>
            <translation>profilo di sicurezza 3 (certificato client TLS)</translation>
        </message>
        <message>
            <source>Configuration snapshot stored</source>
            <translation>Istantanea della configurazione salvata</translation>
        </message>
        <message>
            <source>Heartbeat and meter value intervals</source>
            <translation>Intervalli di heartbeat e dei valori di misura</translation>
        </message>
        <message>
            <source>Charger clock</source>
            <translation>Orologio del caricatore</translation>
        </message>
        <message>
            <source>Smart charging (load management)</source>
            <translation>Ricarica intelligente (gestione del carico)</translation>
        </message>
        <message>
            <source>Local authorization list</source>
            <translation>Lista di autorizzazione locale</translation>
        </message>
        <message>
            <source>Test charge</source>
            <translation>Ricarica di prova</translation>
        </message>
        <message>
            <source>Heartbeat interval: 10 s to 86400 s (a day).</source>
            <extracomment>a step's detail as stored: the English template (marked with ``QT_TRANSLATE_NOOP("Commissioning", ...)``) and its values, each a plain value or such a detail itself. The result is stored in the audit log and read by any console, whatever its language: the template is translated where it is shown (``shown``), never stored translated (issue 15).</extracomment>
            <translation>Intervallo di heartbeat: da 10 s a 86400 s (un giorno).</translation>
        </message>
        <message>
            <source>Meter value interval: 0 (off) to 3600 s.</source>
            <translation>Intervallo dei valori di misura: da 0 (disattivato) a 3600 s.</translation>
        </message>
        <message>
            <source>Choose the technician's tag for the test charge (or switch the test charge off).</source>
            <translation>Scelga la tessera del tecnico per la ricarica di prova (o disattivi la ricarica di prova).</translation>
        </message>
        <message>
            <source>An idTag has at most {limit} characters.</source>
            <translation>Un idTag ha al massimo {limit} caratteri.</translation>
        </message>
        <message>
            <source>Choose the connector for the test charge.</source>
            <translation>Scelga il connettore per la ricarica di prova.</translation>
        </message>
        <message>
            <source>PASSED</source>
            <translation>SUPERATO</translation>
        </message>
        <message>
            <source>PASSED with warnings</source>
            <translation>SUPERATO con avvisi</translation>
        </message>
        <message>
            <source>FAILED</source>
            <translation>FALLITO</translation>
        </message>
        <message numerus="yes">
            <source>%n passed</source>
            <translation>
                <numerusform>%n superato</numerusform>
                <numerusform>%n superati</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n with warnings</source>
            <translation>
                <numerusform>%n con avvisi</numerusform>
                <numerusform>%n con avvisi</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n failed</source>
            <translation>
                <numerusform>%n fallito</numerusform>
                <numerusform>%n falliti</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n skipped</source>
            <translation>
                <numerusform>%n saltato</numerusform>
                <numerusform>%n saltati</numerusform>
            </translation>
        </message>
        <message>
            <source>{verdict}: {counts}</source>
            <translation>{verdict}: {counts}</translation>
        </message>
        <message>
            <source>{cp_id} is not connected: connect it to the LAN and run the checklist again.</source>
            <translation>{cp_id} non è connesso: lo colleghi alla LAN ed esegua di nuovo la lista di controllo.</translation>
        </message>
        <message>
            <source>Cancelled.</source>
            <translation>Annullato.</translation>
        </message>
        <message>
            <source>{count} configuration values stored ({readonly} read-only) as snapshot #{id} “{label}”</source>
            <translation>{count} valori di configurazione ({readonly} di sola lettura) salvati come istantanea n. {id} «{label}»</translation>
        </message>
        <message>
            <source>{count} configuration values stored ({readonly} read-only) as snapshot #{id} “{label}”: the charger reported no configuration</source>
            <translation>{count} valori di configurazione ({readonly} di sola lettura) salvati come istantanea n. {id} «{label}»: il caricatore non ha segnalato alcuna configurazione</translation>
        </message>
        <message>
            <source>{count} configuration values stored ({readonly} read-only) as snapshot #{id} “{label}”; connected with {profile}</source>
            <translation>{count} valori di configurazione ({readonly} di sola lettura) salvati come istantanea n. {id} «{label}»; connesso con {profile}</translation>
        </message>
        <message>
            <source>{count} configuration values stored ({readonly} read-only) as snapshot #{id} “{label}”: the charger reported no configuration; connected with {profile}</source>
            <translation>{count} valori di configurazione ({readonly} di sola lettura) salvati come istantanea n. {id} «{label}»: il caricatore non ha segnalato alcuna configurazione; connesso con {profile}</translation>
        </message>
        <message>
            <source>{key} = {value} s: {answer}</source>
            <translation>{key} = {value} s: {answer}</translation>
        </message>
        <message>
            <source>no answer</source>
            <translation>nessuna risposta</translation>
        </message>
        <message>
            <source>{heartbeat}; {meter}.</source>
            <translation>{heartbeat}; {meter}.</translation>
        </message>
        <message>
            <source>{heartbeat}; {meter}. The new values apply after the charger's next reboot (Operations → Reset).</source>
            <translation>{heartbeat}; {meter}. I nuovi valori si applicano dopo il prossimo riavvio del caricatore (Operazioni → Reset).</translation>
        </message>
        <message>
            <source>{heartbeat}; {meter}. The charger refused a value: check the allowed range in its manual and set it on the Configuration tab.</source>
            <translation>{heartbeat}; {meter}. Il caricatore ha rifiutato un valore: verifichi l'intervallo consentito nel suo manuale e lo imposti nella scheda Configurazione.</translation>
        </message>
        <message>
            <source>The charger answered {status} to TriggerMessage StatusNotification: its clock could not be checked.</source>
            <translation>Il caricatore ha risposto {status} a TriggerMessage StatusNotification: non è stato possibile verificare il suo orologio.</translation>
        </message>
        <message>
            <source>No StatusNotification arrived within 15 s after TriggerMessage: the clock could not be checked.</source>
            <translation>Nessuna StatusNotification è arrivata entro 15 s dopo TriggerMessage: non è stato possibile verificare l'orologio.</translation>
        </message>
        <message>
            <source>The charger's StatusNotification carries no timestamp: its clock cannot be checked (sessions use the central system's time).</source>
            <translation>La StatusNotification del caricatore non ha marca temporale: il suo orologio non può essere verificato (le sessioni di ricarica usano l'ora del sistema centrale).</translation>
        </message>
        <message>
            <source>charger {charger}, ChargeDesk {ours}: difference {skew} s.</source>
            <translation>caricatore {charger}, ChargeDesk {ours}: differenza {skew} s.</translation>
        </message>
        <message>
            <source>charger {charger}, ChargeDesk {ours}: the charger is {ahead}. It sets its clock from the Heartbeat answers; configure NTP on the charger if it has it.</source>
            <translation>caricatore {charger}, ChargeDesk {ours}: il caricatore {ahead}. Regola il suo orologio dalle risposte agli heartbeat; configuri NTP sul caricatore se lo offre.</translation>
        </message>
        <message>
            <source>charger {charger}, ChargeDesk {ours}: the charger is {ahead}: session times and prices by time would be wrong. Set its clock (NTP or its web page).</source>
            <translation>caricatore {charger}, ChargeDesk {ours}: il caricatore {ahead}: gli orari delle sessioni di ricarica e i prezzi a tempo sarebbero errati. Regoli il suo orologio (NTP o la sua pagina web).</translation>
        </message>
        <message>
            <source>No charging profile accepted</source>
            <translation>Nessun profilo di ricarica accettato</translation>
        </message>
        <message>
            <source>{why}: load management cannot limit this charger; it always charges at full power, which is reserved on its circuit.</source>
            <translation>{why}: la gestione del carico non può limitare questo caricatore; ricarica sempre a piena potenza, che viene riservata sul suo circuito.</translation>
        </message>
        <message>
            <source>; GetCompositeSchedule shows the limit in force</source>
            <translation>; GetCompositeSchedule mostra il limite in vigore</translation>
        </message>
        <message>
            <source>; GetCompositeSchedule could not confirm it</source>
            <translation>; GetCompositeSchedule non ha potuto confermarlo</translation>
        </message>
        <message>
            <source>; TxProfile taken for accepted (no transaction ran to try it)</source>
            <translation>; TxProfile considerato accettato (nessuna transazione per provarlo)</translation>
        </message>
        <message>
            <source>{capabilities}{extra}; it holds only {held} charging profile (MaxChargingProfilesInstalled): a limit replaces its fail-safe, which is not kept while the central system is away.</source>
            <translation>{capabilities}{extra}; conserva solo {held} profilo di ricarica (MaxChargingProfilesInstalled): un limite sostituisce il suo fail-safe, che non viene mantenuto finché il sistema centrale è assente.</translation>
        </message>
        <message>
            <source>{capabilities}{extra}. Load management can limit this charger.</source>
            <translation>{capabilities}{extra}. La gestione del carico può limitare questo caricatore.</translation>
        </message>
        <message>
            <source> (up to {entries} tags, {per_message} per message)</source>
            <translation> (fino a {entries} tessere, {per_message} per messaggio)</translation>
        </message>
        <message>
            <source> (up to {entries} tags)</source>
            <translation> (fino a {entries} tessere)</translation>
        </message>
        <message>
            <source> ({per_message} per message)</source>
            <translation> ({per_message} per messaggio)</translation>
        </message>
        <message>
            <source>Local list supported and enabled{size}: owners and always-allowed users can charge while the charger is offline.</source>
            <translation>Lista locale supportata e attivata{size}: i proprietari e gli utenti sempre autorizzati possono ricaricare mentre il caricatore è offline.</translation>
        </message>
        <message>
            <source>Local list supported{size} but disabled (LocalAuthListEnabled = false): enable it on the Configuration tab before sending a list.</source>
            <translation>Lista locale supportata{size} ma disattivata (LocalAuthListEnabled = false): la attivi nella scheda Configurazione prima di inviare una lista.</translation>
        </message>
        <message>
            <source>No local authorization list: while the charger is offline only its authorization cache (if any) decides.</source>
            <translation>Nessuna lista di autorizzazione locale: mentre il caricatore è offline decide solo la sua cache di autorizzazione (se presente).</translation>
        </message>
        <message>
            <source>Test charge switched off.</source>
            <translation>Ricarica di prova disattivata.</translation>
        </message>
        <message>
            <source>RemoteStart on connector {connector} with tag {tag}…</source>
            <translation>RemoteStart sul connettore {connector} con la tessera {tag}…</translation>
        </message>
        <message>
            <source>RemoteStart on connector {connector}: the charger answered {status} (is the connector available and a vehicle plugged in?).</source>
            <translation>RemoteStart sul connettore {connector}: il caricatore ha risposto {status} (il connettore è disponibile e un veicolo è collegato?).</translation>
        </message>
        <message>
            <source>no transaction started on connector {connector}</source>
            <translation>nessuna transazione è iniziata sul connettore {connector}</translation>
        </message>
        <message>
            <source>RemoteStart accepted, but {what} within {seconds} s: is a vehicle (or an EV simulator) plugged in?</source>
            <translation>RemoteStart accettato, ma {what} entro {seconds} s: è collegato un veicolo (o un simulatore di VE)?</translation>
        </message>
        <message>
            <source>Transaction {transaction} started but tag {tag} was refused ({status}): {reason}. Choose a tag that may charge at this station.</source>
            <translation>Transazione {transaction} iniziata, ma la tessera {tag} è stata rifiutata ({status}): {reason}. Scelga una tessera che possa ricaricare in questa stazione di ricarica.</translation>
        </message>
        <message>
            <source>no reason</source>
            <translation>nessun motivo</translation>
        </message>
        <message>
            <source>Transaction {transaction} started ({user}); waiting for Charging and meter values…</source>
            <translation>Transazione {transaction} iniziata ({user}); in attesa di Charging e dei valori di misura…</translation>
        </message>
        <message>
            <source>the connector did not report Charging</source>
            <translation>il connettore non ha segnalato Charging</translation>
        </message>
        <message>
            <source>no meter values arrived</source>
            <translation>non è arrivato alcun valore di misura</translation>
        </message>
        <message>
            <source>Transaction {transaction}: {what} within {seconds} s (statuses seen: {statuses}). Stopped remotely.</source>
            <translation>Transazione {transaction}: {what} entro {seconds} s (stati visti: {statuses}). Arrestata da remoto.</translation>
        </message>
        <message>
            <source>none</source>
            <translation>nessuno</translation>
        </message>
        <message>
            <source>RemoteStop of transaction {transaction}: the charger answered {status}. Stop the charge on the charger.</source>
            <translation>RemoteStop della transazione {transaction}: il caricatore ha risposto {status}. Arresti la ricarica sul caricatore.</translation>
        </message>
        <message>
            <source>the transaction was not stopped</source>
            <translation>la transazione non è stata arrestata</translation>
        </message>
        <message>
            <source>RemoteStop accepted, but {what} within {seconds} s.</source>
            <translation>RemoteStop accettato, ma {what} entro {seconds} s.</translation>
        </message>
        <message>
            <source>no power value</source>
            <translation>nessun valore di potenza</translation>
        </message>
        <message>
            <source>energy not reported</source>
            <translation>energia non segnalata</translation>
        </message>
        <message>
            <source>Connector {connector}: {statuses}; transaction {transaction} with {user}, {power}, {energy}, stopped ({reason}). TxProfile on the transaction: {tx_profile}.</source>
            <translation>Connettore {connector}: {statuses}; transazione {transaction} con {user}, {power}, {energy}, arrestata ({reason}). TxProfile sulla transazione: {tx_profile}.</translation>
        </message>
        <message>
            <source>Connector {connector}: {statuses}; transaction {transaction} with {user}, {power}, {energy}, stopped ({reason}).</source>
            <translation>Connettore {connector}: {statuses}; transazione {transaction} con {user}, {power}, {energy}, arrestata ({reason}).</translation>
        </message>
        <message>
            <source>{seconds} s ahead</source>
            <translation>è avanti di {seconds} s</translation>
        </message>
        <message>
            <source>{seconds} s behind</source>
            <translation>è indietro di {seconds} s</translation>
        </message>
        <message>
            <source>The charger answered with an error: {error}</source>
            <translation>Il caricatore ha risposto con un errore: {error}</translation>
        </message>
    </context>
    <context>
        <name>CommissioningReport</name>
        <message>
            <source>Pass</source>
            <translation>Superato</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>Avviso</translation>
        </message>
        <message>
            <source>Fail</source>
            <translation>Fallito</translation>
        </message>
        <message>
            <source>Skipped</source>
            <translation>Saltato</translation>
        </message>
        <message>
            <source>Not run</source>
            <translation>Non eseguito</translation>
        </message>
        <message>
            <source>Running</source>
            <translation>In corso</translation>
        </message>
        <message>
            <source>Charge point id</source>
            <translation>ID del punto di ricarica</translation>
        </message>
        <message>
            <source>Station</source>
            <translation>Stazione di ricarica</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>Sede</translation>
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
            <source>OCPP version</source>
            <translation>Versione OCPP</translation>
        </message>
        <message>
            <source>IP address</source>
            <translation>Indirizzo IP</translation>
        </message>
        <message>
            <source>Checklist started</source>
            <translation>Lista di controllo iniziata</translation>
        </message>
        <message>
            <source>Checklist finished</source>
            <translation>Lista di controllo terminata</translation>
        </message>
        <message>
            <source>Heartbeat interval</source>
            <translation>Intervallo di heartbeat</translation>
        </message>
        <message>
            <source>Meter value interval</source>
            <translation>Intervallo delle letture</translation>
        </message>
        <message>
            <source>Test charge</source>
            <translation>Ricarica di prova</translation>
        </message>
        <message>
            <source>connector {connector}, tag {tag}</source>
            <translation>connettore {connector}, tessera {tag}</translation>
        </message>
        <message>
            <source>off</source>
            <translation>disattivata</translation>
        </message>
        <message>
            <source>Commissioning report {cpid}</source>
            <translation>Rapporto di messa in servizio {cpid}</translation>
        </message>
        <message>
            <source>Commissioning report — {station}</source>
            <translation>Rapporto di messa in servizio — {station}</translation>
        </message>
        <message>
            <source>Charge point &lt;b&gt;{cpid}&lt;/b&gt;, {when}</source>
            <translation>Punto di ricarica &lt;b&gt;{cpid}&lt;/b&gt;, {when}</translation>
        </message>
        <message>
            <source>Generated by ChargeDesk. Stored in the audit log as entry {entry}.</source>
            <translation>Generato da ChargeDesk. Salvato nel registro di audit come voce {entry}.</translation>
        </message>
        <message>
            <source>Charger</source>
            <translation>Punto di ricarica</translation>
        </message>
        <message>
            <source>Checklist settings</source>
            <translation>Impostazioni della lista di controllo</translation>
        </message>
        <message>
            <source>Checklist</source>
            <translation>Lista di controllo</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Passo</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Risultato</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Dettagli</translation>
        </message>
        <message>
            <source>Technician, date</source>
            <translation>Tecnico, data</translation>
        </message>
        <message>
            <source>Operator, date</source>
            <translation>Operatore, data</translation>
        </message>
    </context>
    <context>
        <name>Statement</name>
        <message>
            <source>{hours} h {minutes} min</source>
            <translation>{hours} h {minutes} min</translation>
        </message>
        <message>
            <source>{minutes} min</source>
            <translation>{minutes} min</translation>
        </message>
        <message>
            <source>Charging statement {period} — {name}</source>
            <translation>Rendiconto di ricarica {period} — {name}</translation>
        </message>
        <message>
            <source>Charging statement {period}</source>
            <translation>Rendiconto di ricarica {period}</translation>
        </message>
        <message>
            <source>Company: &lt;b&gt;{company}&lt;/b&gt;</source>
            <translation>Azienda: &lt;b&gt;{company}&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Cost centre: &lt;b&gt;{cost_centre}&lt;/b&gt;</source>
            <translation>Centro di costo: &lt;b&gt;{cost_centre}&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Period: &lt;b&gt;{first} – {last}&lt;/b&gt;</source>
            <translation>Periodo: &lt;b&gt;{first} – {last}&lt;/b&gt;</translation>
        </message>
        <message>
            <source>No charging sessions in {period}.</source>
            <translation>Nessuna sessione di ricarica in {period}.</translation>
        </message>
        <message>
            <source>Dates and times are the local time of each site; a session belongs to the day it started.</source>
            <translation>Date e orari sono l'ora locale di ogni sede; una sessione di ricarica appartiene al giorno in cui è iniziata.</translation>
        </message>
        <message>
            <source>Sessions still running when the statement was made are not included.</source>
            <translation>Le sessioni di ricarica ancora in corso alla creazione del rendiconto non sono incluse.</translation>
        </message>
        <message numerus="yes">
            <source>%n session(s) without a price (listed but not in the totals).</source>
            <translation>
                <numerusform>%n sessione senza prezzo (elencata ma non nei totali).</numerusform>
                <numerusform>%n sessioni senza prezzo (elencate ma non nei totali).</numerusform>
            </translation>
        </message>
        <message>
            <source>Time zone: {zones}.</source>
            <translation>Fuso orario: {zones}.</translation>
        </message>
        <message>
            <source>Time zones: {zones}.</source>
            <translation>Fusi orari: {zones}.</translation>
        </message>
        <message>
            <source>Made on {when} UTC by ChargeDesk.</source>
            <translation>Creato il {when} UTC da ChargeDesk.</translation>
        </message>
        <message>
            <source>Date</source>
            <extracomment>the sessions table's columns (the keys say which are numbers)</extracomment>
            <translation>Data</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Ora</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>Sede</translation>
        </message>
        <message>
            <source>Station</source>
            <translation>Stazione di ricarica</translation>
        </message>
        <message>
            <source>Conn.</source>
            <translation>Conn.</translation>
        </message>
        <message>
            <source>kWh</source>
            <translation>kWh</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Durata</translation>
        </message>
        <message>
            <source>Tariff</source>
            <translation>Tariffa</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>Prezzo</translation>
        </message>
        <message>
            <source>not priced</source>
            <translation>senza prezzo</translation>
        </message>
        <message>
            <source>Totals</source>
            <translation>Totali</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Sessioni</translation>
        </message>
        <message>
            <source>Net</source>
            <translation>Netto</translation>
        </message>
        <message>
            <source>VAT</source>
            <translation>IVA</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Totale</translation>
        </message>
    </context>
</TS>
