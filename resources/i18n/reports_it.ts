<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
    <context>
        <name>AccessReasons</name>
        <message>
            <source>Accepted: {why}</source>
            <translation>Accettato: {why}</translation>
        </message>
        <message>
            <source>Rejected: {why}</source>
            <translation>Rifiutato: {why}</translation>
        </message>
        <message>
            <source>the idTag is empty</source>
            <translation>l'idTag è vuoto</translation>
        </message>
        <message>
            <source>idTag {tag} is {length} characters long; an idToken has at most {most}</source>
            <translation>l'idTag {tag} è lungo {length} caratteri; un idToken ne ha al massimo {most}</translation>
        </message>
        <message>
            <source>tag {tag} is unknown (seen at station {station})</source>
            <translation>la tessera {tag} è sconosciuta (vista alla stazione di ricarica {station})</translation>
        </message>
        <message>
            <source>tag {tag} is blocked</source>
            <translation>la tessera {tag} è bloccata</translation>
        </message>
        <message>
            <source>tag {tag} of {user} is blocked</source>
            <translation>la tessera {tag} di {user} è bloccata</translation>
        </message>
        <message>
            <source>tag {tag} expired on {when}</source>
            <translation>la tessera {tag} è scaduta il {when}</translation>
        </message>
        <message>
            <source>tag {tag} of {user} expired on {when}</source>
            <translation>la tessera {tag} di {user} è scaduta il {when}</translation>
        </message>
        <message>
            <source>tag {tag} is marked expired</source>
            <translation>la tessera {tag} è segnata come scaduta</translation>
        </message>
        <message>
            <source>tag {tag} of {user} is marked expired</source>
            <translation>la tessera {tag} di {user} è segnata come scaduta</translation>
        </message>
        <message>
            <source>tag {tag} is not assigned to anyone</source>
            <translation>la tessera {tag} non è assegnata a nessuno</translation>
        </message>
        <message>
            <source>tag {tag} belongs to {user}, whose account is blocked</source>
            <translation>la tessera {tag} appartiene a {user}, il cui account è bloccato</translation>
        </message>
        <message>
            <source>station {station} is disabled</source>
            <translation>la stazione di ricarica {station} è disattivata</translation>
        </message>
        <message>
            <source>{source}, tag {tag} belongs to {user} who is not an owner of station {station} (only owners may charge)</source>
            <translation>{source}, la tessera {tag} appartiene a {user}, che non è proprietario della stazione di ricarica {station} (solo i proprietari possono ricaricare)</translation>
        </message>
        <message>
            <source>{source}, tag {tag} belongs to {user} who is not a special user of station {station}</source>
            <translation>{source}, la tessera {tag} appartiene a {user}, che non è utente speciale della stazione di ricarica {station}</translation>
        </message>
        <message>
            <source>{source}, tag {tag} belongs to {user} who is not a special user of station {station} now (their special access {why})</source>
            <translation>{source}, la tessera {tag} appartiene a {user}, che ora non è utente speciale della stazione di ricarica {station} (il suo accesso speciale {why})</translation>
        </message>
        <message>
            <source>starts {when}</source>
            <translation>inizia il {when}</translation>
        </message>
        <message>
            <source>ended {when}</source>
            <translation>è terminato il {when}</translation>
        </message>
        <message>
            <source>is limited to {windows}</source>
            <translation>è limitato a {windows}</translation>
        </message>
        <message>
            <source>tag {tag} of {user} is already charging at {where}</source>
            <translation>la tessera {tag} di {user} sta già ricaricando a {where}</translation>
        </message>
        <message>
            <source>station {station} connector {connector} (session {session})</source>
            <translation>stazione di ricarica {station} connettore {connector} (sessione di ricarica {session})</translation>
        </message>
        <message>
            <source>{source} — {user} is an owner of station {station}; tariff '{tariff}'</source>
            <translation>{source} — {user} è proprietario della stazione di ricarica {station}; tariffa «{tariff}»</translation>
        </message>
        <message>
            <source>{source} — {user} is an owner of station {station}; no tariff</source>
            <translation>{source} — {user} è proprietario della stazione di ricarica {station}; nessuna tariffa</translation>
        </message>
        <message>
            <source>{source} — {user} is a special user of station {station}; tariff '{tariff}'</source>
            <translation>{source} — {user} è utente speciale della stazione di ricarica {station}; tariffa «{tariff}»</translation>
        </message>
        <message>
            <source>{source} — {user} is a special user of station {station}; no tariff</source>
            <translation>{source} — {user} è utente speciale della stazione di ricarica {station}; nessuna tariffa</translation>
        </message>
        <message>
            <source>{source} — {user} is a registered user; tariff '{tariff}'</source>
            <translation>{source} — {user} è un utente registrato; tariffa «{tariff}»</translation>
        </message>
        <message>
            <source>{source} — {user} is a registered user; no tariff</source>
            <translation>{source} — {user} è un utente registrato; nessuna tariffa</translation>
        </message>
        <message>
            <source>{reason} (at connector {connector})</source>
            <translation>{reason} (al connettore {connector})</translation>
        </message>
        <message>
            <source>{reason} (note: {note})</source>
            <translation>{reason} (nota: {note})</translation>
        </message>
    </context>
    <context>
        <name>AuditTrail</name>
        <message>
            <source>{field}: {value}</source>
            <translation>{field}: {value}</translation>
        </message>
        <message>
            <source>{field}: {before} → {after}</source>
            <translation>{field}: {before} → {after}</translation>
        </message>
    </context>
    <context>
        <name>LoadReasons</name>
        <message>
            <source>{name} ({limit} A)</source>
            <translation>{name} ({limit} A)</translation>
        </message>
        <message>
            <source>{name} ({limit} A on L{phase})</source>
            <translation>{name} ({limit} A su L{phase})</translation>
        </message>
        <message>
            <source>paused: connector maximum {maximum} A is below the minimum {minimum} A</source>
            <translation>in pausa: massimo del connettore {maximum} A inferiore al minimo {minimum} A</translation>
        </message>
        <message>
            <source>paused: {circuit} is full — waits for a free {minimum} A</source>
            <translation>in pausa: {circuit} è pieno — attende {minimum} A liberi</translation>
        </message>
        <message>
            <source>paused: {circuit} is full</source>
            <translation>in pausa: {circuit} è pieno</translation>
        </message>
        <message>
            <source>paused: connector maximum {maximum} A</source>
            <translation>in pausa: massimo del connettore {maximum} A</translation>
        </message>
        <message>
            <source>limited by what the vehicle takes ({taking} A)</source>
            <translation>limitato a quanto assorbe il veicolo ({taking} A)</translation>
        </message>
        <message>
            <source>connector maximum {maximum} A</source>
            <translation>massimo del connettore {maximum} A</translation>
        </message>
        <message>
            <source>first come first served on {circuit}: {position} of {count}</source>
            <translation>primo arrivato, primo servito su {circuit}: {position} di {count}</translation>
        </message>
        <message>
            <source>what is free on {circuit}</source>
            <translation>quanto è libero su {circuit}</translation>
        </message>
        <message numerus="yes">
            <source>equal share of {circuit} / %n session(s)</source>
            <translation>
                <numerusform>quota uguale di {circuit} / %n sessione di ricarica</numerusform>
                <numerusform>quota uguale di {circuit} / %n sessioni di ricarica</numerusform>
            </translation>
        </message>
        <message>
            <source>priority {rank} on {circuit}</source>
            <translation>priorità {rank} su {circuit}</translation>
        </message>
        <message numerus="yes">
            <source>priority {rank} on {circuit}: equal share / %n session(s)</source>
            <translation>
                <numerusform>priorità {rank} su {circuit}: quota uguale / %n sessione di ricarica</numerusform>
                <numerusform>priorità {rank} su {circuit}: quota uguale / %n sessioni di ricarica</numerusform>
            </translation>
        </message>
        <message>
            <source>tariff priority {rank} on {circuit}</source>
            <translation>priorità della tariffa {rank} su {circuit}</translation>
        </message>
        <message numerus="yes">
            <source>tariff priority {rank} on {circuit}: equal share / %n session(s)</source>
            <translation>
                <numerusform>priorità della tariffa {rank} su {circuit}: quota uguale / %n sessione di ricarica</numerusform>
                <numerusform>priorità della tariffa {rank} su {circuit}: quota uguale / %n sessioni di ricarica</numerusform>
            </translation>
        </message>
        <message>
            <source>not managed: {reserved} A reserved</source>
            <translation>senza gestione del carico: {reserved} A riservati</translation>
        </message>
        <message>
            <source>limited to {limit} A by {source}</source>
            <translation>limitato a {limit} A da {source}</translation>
        </message>
        <message>
            <source>paused: limited to {limit} A by {source}</source>
            <translation>in pausa: limitato a {limit} A da {source}</translation>
        </message>
        <message>
            <source>the site's energy manager (EMS)</source>
            <translation>il gestore dell'energia del sito (EMS)</translation>
        </message>
        <message>
            <source>the grid operator (SO)</source>
            <translation>il gestore di rete (SO)</translation>
        </message>
        <message>
            <source>another system on site (Other)</source>
            <translation>un altro sistema in sede (Other)</translation>
        </message>
        <message>
            <source>1st</source>
            <translation>1°</translation>
        </message>
        <message>
            <source>{n}st</source>
            <translation>{n}°</translation>
        </message>
        <message>
            <source>{n}nd</source>
            <translation>{n}°</translation>
        </message>
        <message>
            <source>{n}rd</source>
            <translation>{n}°</translation>
        </message>
        <message>
            <source>{n}th</source>
            <translation>{n}°</translation>
        </message>
        <message>
            <source>not managed ({why}): {reserved} A reserved</source>
            <translation>senza gestione del carico ({why}): {reserved} A riservati</translation>
        </message>
        <message>
            <source>it takes no charging limits</source>
            <translation>non accetta limiti di ricarica</translation>
        </message>
        <message>
            <source>not connected here: its last limit is reserved</source>
            <translation>non connesso qui: il suo ultimo limite è riservato</translation>
        </message>
        <message>
            <source>no limit can be set ({error}): its full power is reserved</source>
            <translation>nessun limite impostabile ({error}): la sua piena potenza è riservata</translation>
        </message>
        <message>
            <source>SetChargingProfile ({purpose}) {status}: its full power is reserved</source>
            <translation>SetChargingProfile ({purpose}) {status}: la sua piena potenza è riservata</translation>
        </message>
        <message>
            <source>no fail-safe default ({error}): its full power is reserved</source>
            <translation>nessun valore di sicurezza ({error}): la sua piena potenza è riservata</translation>
        </message>
        <message>
            <source>fail-safe default ({purpose}) {status}: its full power is reserved</source>
            <translation>valore di sicurezza ({purpose}) {status}: la sua piena potenza è riservata</translation>
        </message>
        <message>
            <source>fail-safe: connector maximum {maximum} A</source>
            <translation>valore di sicurezza: massimo del connettore {maximum} A</translation>
        </message>
        <message numerus="yes">
            <source>fail-safe: {name} ({lowest} A) / %n connector(s)</source>
            <translation>
                <numerusform>valore di sicurezza: {name} ({lowest} A) / %n connettore</numerusform>
                <numerusform>valore di sicurezza: {name} ({lowest} A) / %n connettori</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>fail-safe: {name} ({lowest} A, {unmanaged} A unmanaged) / %n connector(s)</source>
            <translation>
                <numerusform>valore di sicurezza: {name} ({lowest} A, {unmanaged} A non gestiti) / %n connettore</numerusform>
                <numerusform>valore di sicurezza: {name} ({lowest} A, {unmanaged} A non gestiti) / %n connettori</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>fail-safe: {name} ({lowest} A, {sessions} A for sessions) / %n connector(s)</source>
            <translation>
                <numerusform>valore di sicurezza: {name} ({lowest} A, {sessions} A per le sessioni di ricarica) / %n connettore</numerusform>
                <numerusform>valore di sicurezza: {name} ({lowest} A, {sessions} A per le sessioni di ricarica) / %n connettori</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>fail-safe: {name} ({lowest} A, {unmanaged} A unmanaged, {sessions} A for sessions) / %n connector(s)</source>
            <translation>
                <numerusform>valore di sicurezza: {name} ({lowest} A, {unmanaged} A non gestiti, {sessions} A per le sessioni di ricarica) / %n connettore</numerusform>
                <numerusform>valore di sicurezza: {name} ({lowest} A, {unmanaged} A non gestiti, {sessions} A per le sessioni di ricarica) / %n connettori</numerusform>
            </translation>
        </message>
        <message>
            <source>fail-safe: its session's limit ({limit} A)</source>
            <translation>valore di sicurezza: limite della sua sessione di ricarica ({limit} A)</translation>
        </message>
        <message>
            <source>{why}: {share} A, below the minimum {minimum} A</source>
            <translation>{why}: {share} A, sotto il minimo {minimum} A</translation>
        </message>
        <message>
            <source>{reason}; {steps} (time-of-day limit)</source>
            <translation>{reason}; {steps} (limite orario)</translation>
        </message>
        <message>
            <source>{limit} A from {time}</source>
            <translation>{limit} A dalle {time}</translation>
        </message>
        <message>
            <source>Base-load meter: {problem}</source>
            <translation>Contatore del carico di base: {problem}</translation>
        </message>
        <message>
            <source>rejects every charging profile</source>
            <translation>rifiuta ogni profilo di ricarica</translation>
        </message>
        <message>
            <source>SmartChargingCtrlr not available (no smart charging)</source>
            <translation>SmartChargingCtrlr non disponibile (nessuna ricarica intelligente)</translation>
        </message>
        <message>
            <source>smart charging switched off (SmartChargingCtrlr.Enabled = false)</source>
            <translation>ricarica intelligente disattivata (SmartChargingCtrlr.Enabled = false)</translation>
        </message>
        <message>
            <source>accepts charging profiles but does not apply them (GetCompositeSchedule shows {shown} {unit} after {limit} {unit} was accepted)</source>
            <translation>accetta i profili di ricarica ma non li applica (GetCompositeSchedule mostra {shown} {unit} dopo che {limit} {unit} è stato accettato)</translation>
        </message>
        <message>
            <source>does not answer SetChargingProfile</source>
            <translation>non risponde a SetChargingProfile</translation>
        </message>
        <message>
            <source>accepts only ChargePointMaxProfile, which limits the whole charger, not each connector</source>
            <translation>accetta solo ChargePointMaxProfile, che limita l'intero punto di ricarica, non ogni connettore</translation>
        </message>
        <message>
            <source>the charger takes only TxProfiles, which need a running transaction: no limit can be set now</source>
            <translation>il punto di ricarica accetta solo TxProfile, che richiedono una sessione di ricarica in corso: ora nessun limite è impostabile</translation>
        </message>
        <message>
            <source>the charger takes no TxDefaultProfile (nor ChargePointMaxProfile with one connector): it can hold no fail-safe limit</source>
            <translation>il punto di ricarica non accetta TxDefaultProfile (né ChargePointMaxProfile con un connettore): non può tenere alcun limite di sicurezza</translation>
        </message>
        <message>
            <source>the charger rejects ChargePointMaxProfile</source>
            <translation>il punto di ricarica rifiuta ChargePointMaxProfile</translation>
        </message>
        <message>
            <source>the charger's smart charging is not known yet</source>
            <translation>la ricarica intelligente del punto di ricarica non è ancora nota</translation>
        </message>
        <message>
            <source>{source}: L{phase} reads {value} (not a number): reading refused</source>
            <translation>{source}: L{phase} legge {value} (non è un numero): lettura rifiutata</translation>
        </message>
        <message>
            <source>{source}: L{phase} reads {value} A (negative): reading refused</source>
            <translation>{source}: L{phase} legge {value} A (negativo): lettura rifiutata</translation>
        </message>
        <message>
            <source>{source}: L{phase} reads {value} A (implausible): reading refused</source>
            <translation>{source}: L{phase} legge {value} A (non plausibile): lettura rifiutata</translation>
        </message>
        <message>
            <source>waiting for an answer from {where}</source>
            <translation>in attesa di una risposta da {where}</translation>
        </message>
        <message>
            <source>unit {unit} does not answer at {where} ({what}): is the unit id right?</source>
            <translation>l'unità {unit} non risponde a {where} ({what}): l'ID dell'unità è giusto?</translation>
        </message>
        <message>
            <source>{where} unit {unit} refused registers {first}..{last} ({what})</source>
            <translation>{where} unità {unit} ha rifiutato i registri {first}..{last} ({what})</translation>
        </message>
        <message>
            <source>{where} unit {unit} refused registers {first}..{last} ({what}): is the register map right?</source>
            <translation>{where} unità {unit} ha rifiutato i registri {first}..{last} ({what}): la mappa dei registri è giusta?</translation>
        </message>
        <message>
            <source>{where} unit {unit}: unreadable registers ({error})</source>
            <translation>{where} unità {unit}: registri illeggibili ({error})</translation>
        </message>
        <message>
            <source>no answer from {where} since {time} ({detail})</source>
            <translation>nessuna risposta da {where} dalle {time} ({detail})</translation>
        </message>
        <message>
            <source>no supply reading (Inlet) from {cp_id} yet</source>
            <translation>ancora nessuna lettura dell'alimentazione (Inlet) da {cp_id}</translation>
        </message>
        <message>
            <source>no supply reading (Inlet) from {cp_id} since {time}</source>
            <translation>nessuna lettura dell'alimentazione (Inlet) da {cp_id} dalle {time}</translation>
        </message>
        <message>
            <source>the site's meter cannot be used: {error}</source>
            <translation>il contatore della sede non può essere usato: {error}</translation>
        </message>
        <message>
            <source>{problem}; the base load measured at {time} holds meanwhile</source>
            <translation>{problem}; nel frattempo vale il carico di base misurato alle {time}</translation>
        </message>
        <message>
            <source>unmanaged: full power reserved</source>
            <translation>senza gestione del carico: piena potenza riservata</translation>
        </message>
        <message>
            <source>never connected: what its smart charging accepts is found out when it first boots</source>
            <translation>mai connesso: cosa accetta la sua ricarica intelligente sarà determinato al primo avvio</translation>
        </message>
        <message>
            <source>what its smart charging accepts is not known yet (found out at its next boot)</source>
            <translation>cosa accetta la sua ricarica intelligente non è ancora noto (determinato al prossimo avvio)</translation>
        </message>
        <message>
            <source>it refuses charging profiles</source>
            <translation>rifiuta i profili di ricarica</translation>
        </message>
        <message>
            <source>it accepts neither TxProfile nor TxDefaultProfile</source>
            <translation>non accetta né TxProfile né TxDefaultProfile</translation>
        </message>
    </context>
    <context>
        <name>LoadReport</name>
        <message>
            <source>no limit</source>
            <translation>nessun limite</translation>
        </message>
        <message>
            <source>{amps} A</source>
            <translation>{amps} A</translation>
        </message>
        <message>
            <source>paused (0 A)</source>
            <translation>in pausa (0 A)</translation>
        </message>
        <message>
            <source>{limit} on 1 phase</source>
            <translation>{limit} su 1 fase</translation>
        </message>
        <message>
            <source>{time} {limit} {reason} — {answer}</source>
            <translation>{time} {limit} {reason} — {answer}</translation>
        </message>
        <message>
            <source>{time} {limit} {reason}</source>
            <translation>{time} {limit} {reason}</translation>
        </message>
        <message>
            <source>{time} {limit} — {answer}</source>
            <translation>{time} {limit} — {answer}</translation>
        </message>
        <message>
            <source>{time} {limit}</source>
            <translation>{time} {limit}</translation>
        </message>
    </context>
    <context>
        <name>SessionsExporter</name>
        <message>
            <source>the period ends ({end}) before it starts ({start})</source>
            <translation>il periodo finisce ({end}) prima di iniziare ({start})</translation>
        </message>
        <message>
            <source>more than {count} sessions do not fit in one spreadsheet; export CSV or a shorter period</source>
            <translation>più di {count} sessioni di ricarica non entrano in un foglio di calcolo; esporti in CSV o un periodo più breve</translation>
        </message>
        <message>
            <source>unknown export format {format}; use csv or xlsx</source>
            <translation>formato di esportazione sconosciuto {format}; usi csv o xlsx</translation>
        </message>
    </context>
    <context>
        <name>SessionsReport</name>
        <message>
            <source>The period ends before it starts: pick an end date on or after {date}.</source>
            <translation>Il periodo finisce prima di iniziare: scelga una data di fine uguale o successiva al {date}.</translation>
        </message>
        <message>
            <source>The user #{id} no longer exists: reload the page and choose again.</source>
            <translation>L'utente n. {id} non esiste più: ricarichi la pagina e scelga di nuovo.</translation>
        </message>
        <message>
            <source>The station #{id} no longer exists: reload the page and choose again.</source>
            <translation>La stazione di ricarica n. {id} non esiste più: ricarichi la pagina e scelga di nuovo.</translation>
        </message>
        <message>
            <source>The site #{id} no longer exists: reload the page and choose again.</source>
            <translation>La sede n. {id} non esiste più: ricarichi la pagina e scelga di nuovo.</translation>
        </message>
    </context>
</TS>
