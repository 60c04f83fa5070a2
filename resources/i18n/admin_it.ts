<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>AccessPlans</name>
    <message>
        <source>{user} at {station} connector {number}</source>
        <translation>{user} presso {station} connettore {number}</translation>
    </message>
    <message>
        <source>{user} at {station}</source>
        <translation>{user} presso {station}</translation>
    </message>
    <message>
        <source>Connector {number} ({plug})</source>
        <translation>Connettore {number} ({plug})</translation>
    </message>
    <message>
        <source>Connector {number}</source>
        <translation>Connettore {number}</translation>
    </message>
    <message>
        <source>station {id} does not exist</source>
        <translation>la stazione di ricarica {id} non esiste</translation>
    </message>
    <message>
        <source>Station schedule</source>
        <translation>Orario della stazione di ricarica</translation>
    </message>
    <message>
        <source>Connector {number} (own rules)</source>
        <translation>Connettore {number} (regole proprie)</translation>
    </message>
    <message>
        <source>Special user {user} (connector {number}): own times</source>
        <translation>Utente speciale {user} (connettore {number}): orari propri</translation>
    </message>
    <message>
        <source>Special user {user}: own times</source>
        <translation>Utente speciale {user}: orari propri</translation>
    </message>
    <message>
        <source>connector {connector} is not a connector of station {id}</source>
        <translation>il connettore {connector} non è un connettore della stazione di ricarica {id}</translation>
    </message>
    <message>
        <source>connector {number} of {name} follows the station&apos;s plan (no own rules)</source>
        <translation>il connettore {number} di {name} segue il piano della stazione di ricarica (nessuna regola propria)</translation>
    </message>
    <message>
        <source>special user grant {id} does not exist</source>
        <translation>l&apos;autorizzazione dell&apos;utente speciale {id} non esiste</translation>
    </message>
    <message>
        <source>choose at least one weekday</source>
        <translation>scelga almeno un giorno della settimana</translation>
    </message>
    <message>
        <source>{problem}; write it as HH:MM, e.g. 07:00</source>
        <translation>{problem}; lo scriva come HH:MM, ad es. 07:00</translation>
    </message>
    <message>
        <source>{problem}; write it as HH:MM, e.g. 18:00 (24:00 for midnight)</source>
        <translation>{problem}; lo scriva come HH:MM, ad es. 18:00 (24:00 per mezzanotte)</translation>
    </message>
    <message>
        <source>from and to are the same time; for the whole day write 00:00–24:00</source>
        <translation>da e a sono la stessa ora; per tutto il giorno scriva 00:00–24:00</translation>
    </message>
    <message>
        <source>Window {number}: a special user&apos;s times have no mode or tariff.</source>
        <translation>Fascia {number}: gli orari di un utente speciale non hanno né modalità né tariffa.</translation>
    </message>
    <message>
        <source>Window {number}: choose Public, Limited or Private.</source>
        <translation>Fascia {number}: scelga Pubblico, Limitato o Privato.</translation>
    </message>
    <message>
        <source>Window {number}: from and to are the same time; for the whole day write 00:00–24:00.</source>
        <translation>Fascia {number}: da e a sono la stessa ora; per tutto il giorno scriva 00:00–24:00.</translation>
    </message>
    <message>
        <source>{window}: from and to are the same time.</source>
        <translation>{window}: da e a sono la stessa ora.</translation>
    </message>
    <message>
        <source>that tariff no longer exists; choose another one</source>
        <translation>questa tariffa non esiste più; ne scelga un&apos;altra</translation>
    </message>
    <message>
        <source>choose Public, Limited or Private</source>
        <translation>scelga Pubblico, Limitato o Privato</translation>
    </message>
    <message>
        <source>Window {number}: that tariff no longer exists; choose another one</source>
        <translation>Fascia {number}: questa tariffa non esiste più; ne scelga un&apos;altra</translation>
    </message>
    <message>
        <source>{date} has an exception already; edit that one instead</source>
        <translation>{date} ha già un&apos;eccezione; modifichi invece quella</translation>
    </message>
    <message>
        <source>at most {most} characters</source>
        <translation>al massimo {most} caratteri</translation>
    </message>
    <message>
        <source>{date}: choose a weekday whose plan applies, or a fixed mode for the day</source>
        <translation>{date}: scelga un giorno della settimana il cui piano si applica, o una modalità fissa per la giornata</translation>
    </message>
    <message>
        <source>choose a weekday from Monday to Sunday</source>
        <translation>scelga un giorno da lunedì a domenica</translation>
    </message>
    <message>
        <source>a date that follows another weekday uses that day&apos;s tariffs; choose a fixed mode to set one</source>
        <translation>una data che segue un altro giorno della settimana ne usa le tariffe; scelga una modalità fissa per impostarne una</translation>
    </message>
    <message>
        <source>{mode} at &apos;{tariff}&apos;</source>
        <translation>{mode} con la tariffa «{tariff}»</translation>
    </message>
    <message>
        <source>{mode} (no tariff)</source>
        <translation>{mode} (nessuna tariffa)</translation>
    </message>
    <message>
        <source>{when}: {slot}, with no change ahead</source>
        <translation>{when}: {slot}, senza cambiamenti in vista</translation>
    </message>
    <message>
        <source>{when}: {slot} until {until}, then {next}</source>
        <translation>{when}: {slot} fino alle {until}, poi {next}</translation>
    </message>
    <message>
        <source>{when}: {user} may charge at any time (no own access times: the station&apos;s plan applies)</source>
        <translation>{when}: {user} può ricaricare in qualsiasi momento (nessun orario di accesso proprio: vale il piano della stazione di ricarica)</translation>
    </message>
    <message>
        <source>{when}: inside {user}&apos;s access times until {until}</source>
        <translation>{when}: entro gli orari di accesso di {user} fino alle {until}</translation>
    </message>
    <message>
        <source>{when}: inside {user}&apos;s access times all week</source>
        <translation>{when}: entro gli orari di accesso di {user} tutta la settimana</translation>
    </message>
    <message>
        <source>{when}: outside {user}&apos;s access times; next from {start}</source>
        <translation>{when}: fuori dagli orari di accesso di {user}; di nuovo da {start}</translation>
    </message>
    <message>
        <source>{when}: outside {user}&apos;s access times</source>
        <translation>{when}: fuori dagli orari di accesso di {user}</translation>
    </message>
    <message>
        <source>This station no longer exists; choose another one.</source>
        <translation>Questa stazione di ricarica non esiste più; ne scelga un&apos;altra.</translation>
    </message>
    <message>
        <source>This connector is no longer part of {station}; choose another target.</source>
        <translation>Questo connettore non fa più parte di {station}; scelga un&apos;altra destinazione.</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Predefinito</translation>
    </message>
    <message>
        <source>Weekly windows</source>
        <translation>Fasce settimanali</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nessuna</translation>
    </message>
    <message>
        <source>Exception {date}</source>
        <translation>Eccezione {date}</translation>
    </message>
    <message>
        <source>This connector no longer exists; choose another one.</source>
        <translation>Questo connettore non esiste più; ne scelga un altro.</translation>
    </message>
    <message>
        <source>Connector {number} has its own rules already.</source>
        <translation>Il connettore {number} ha già regole proprie.</translation>
    </message>
    <message>
        <source>This special user no longer has a grant at the station; choose another target.</source>
        <translation>Questo utente speciale non ha più un&apos;autorizzazione presso la stazione di ricarica; scelga un&apos;altra destinazione.</translation>
    </message>
    <message>
        <source>Access times</source>
        <translation>Orari di accesso</translation>
    </message>
    <message>
        <source>any time the station allows</source>
        <translation>in qualsiasi momento consentito dalla stazione di ricarica</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>{text} is not a percentage (e.g. 8.1)</source>
        <translation>{text} non è una percentuale (ad es. 8.1)</translation>
    </message>
    <message>
        <source>{text} is not a price (e.g. 0.35)</source>
        <translation>{text} non è un prezzo (ad es. 0.35)</translation>
    </message>
    <message>
        <source>cannot be below zero</source>
        <translation>non può essere inferiore a zero</translation>
    </message>
    <message>
        <source>at most {places} decimals</source>
        <translation>al massimo {places} decimali</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
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
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <source>Per kWh</source>
        <translation>Per kWh</translation>
    </message>
    <message>
        <source>Per hour</source>
        <translation>Per ora</translation>
    </message>
    <message>
        <source>Free minutes</source>
        <translation>Minuti gratuiti</translation>
    </message>
    <message>
        <source>Start fee</source>
        <translation>Tassa di avvio</translation>
    </message>
    <message>
        <source>VAT included</source>
        <translation>IVA inclusa</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <source>Load priority</source>
        <translation>Priorità di carico</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>give the site a name</source>
        <translation>dia un nome alla sede</translation>
    </message>
    <message>
        <source>a site named {name} exists already</source>
        <translation>esiste già una sede di nome {name}</translation>
    </message>
    <message>
        <source>{zone} is not a time zone (an IANA name such as Europe/Zurich)</source>
        <translation>{zone} non è un fuso orario (un nome IANA come Europe/Zurich)</translation>
    </message>
    <message>
        <source>a 3-letter currency code such as CHF or EUR</source>
        <translation>un codice valuta di 3 lettere come CHF o EUR</translation>
    </message>
    <message>
        <source>VAT is a percentage below 100</source>
        <translation>l&apos;IVA è una percentuale inferiore a 100</translation>
    </message>
    <message numerus="yes">
        <source>{name} still has %n station(s); move or delete them first</source>
        <translation>
            <numerusform>{name} ha ancora %n stazione di ricarica; la sposti o la elimini prima</numerusform>
            <numerusform>{name} ha ancora %n stazioni di ricarica; le sposti o le elimini prima</numerusform>
        </translation>
    </message>
    <message>
        <source>give the tariff a name (e.g. employee)</source>
        <translation>dia un nome alla tariffa (ad es. dipendenti)</translation>
    </message>
    <message>
        <source>a tariff named {name} exists already</source>
        <translation>esiste già una tariffa di nome {name}</translation>
    </message>
    <message>
        <source>minutes between 0 and 10080 (a week)</source>
        <translation>minuti tra 0 e 10080 (una settimana)</translation>
    </message>
    <message>
        <source>{text} is not a whole number of minutes</source>
        <translation>{text} non è un numero intero di minuti</translation>
    </message>
    <message>
        <source>{text} is not a whole number (e.g. 10; higher is served first)</source>
        <translation>{text} non è un numero intero (ad es. 10; il più alto è servito per primo)</translation>
    </message>
    <message>
        <source>a load priority is from -{most} to {most}</source>
        <translation>una priorità di carico va da -{most} a {most}</translation>
    </message>
    <message numerus="yes">
        <source>&apos;{name}&apos; is used by %n rule(s); change them first</source>
        <translation>
            <numerusform>«{name}» è usata da %n regola; la modifichi prima</numerusform>
            <numerusform>«{name}» è usata da %n regole; le modifichi prima</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CircuitWindows</name>
    <message>
        <source>window {number} cannot be read: {problems}</source>
        <translation>la fascia {number} non può essere letta: {problems}</translation>
    </message>
</context>
<context>
    <name>Circuits</name>
    <message>
        <source>1-phase on {phase}</source>
        <translation>monofase su {phase}</translation>
    </message>
    <message numerus="yes">
        <source>{name} has %n circuit(s) below it ({names}).</source>
        <translation>
            <numerusform>{name} ha %n circuito sotto di sé ({names}).</numerusform>
            <numerusform>{name} ha %n circuiti sotto di sé ({names}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} has %n connector(s) on it ({names}).</source>
        <translation>
            <numerusform>{name} alimenta %n connettore ({names}).</numerusform>
            <numerusform>{name} alimenta %n connettori ({names}).</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleting it deletes the circuits below it too and leaves the connectors not load-managed.</source>
        <translation>Eliminarlo elimina anche i circuiti sottostanti e lascia i connettori fuori dalla gestione del carico.</translation>
    </message>
    <message>
        <source>site {id} does not exist (deleted meanwhile?)</source>
        <translation>la sede {id} non esiste (eliminata nel frattempo?)</translation>
    </message>
    <message>
        <source>circuit {id} does not exist (deleted meanwhile?)</source>
        <translation>il circuito {id} non esiste (eliminato nel frattempo?)</translation>
    </message>
    <message>
        <source>Give the circuit a name, e.g. Main or Garage.</source>
        <translation>Dia un nome al circuito, ad es. Principale o Garage.</translation>
    </message>
    <message>
        <source>A name has at most {most} characters (this one has {length}).</source>
        <translation>Un nome ha al massimo {most} caratteri (questo ne ha {length}).</translation>
    </message>
    <message>
        <source>A circuit carries 1 or 3 phases.</source>
        <translation>Un circuito porta 1 o 3 fasi.</translation>
    </message>
    <message>
        <source>{overlaps} Change or remove one of them.</source>
        <translation>{overlaps} Ne modifichi o ne rimuova una.</translation>
    </message>
    <message>
        <source>Window {number}: {problem}.</source>
        <translation>Fascia {number}: {problem}.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Under</source>
        <translation>Sotto</translation>
    </message>
    <message>
        <source>(grid connection)</source>
        <translation>(allacciamento alla rete)</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Fasi</translation>
    </message>
    <message>
        <source>Max current (A)</source>
        <translation>Corrente max. (A)</translation>
    </message>
    <message>
        <source>Max power (kW)</source>
        <translation>Potenza max. (kW)</translation>
    </message>
    <message>
        <source>Windows</source>
        <translation>Fasce</translation>
    </message>
    <message>
        <source>This site no longer exists.</source>
        <translation>Questa sede non esiste più.</translation>
    </message>
    <message>
        <source>{site} has a circuit named {name} already; choose another name.</source>
        <translation>{site} ha già un circuito di nome {name}; scelga un altro nome.</translation>
    </message>
    <message>
        <source>{site} has its grid connection already ({name}); add this circuit under it.</source>
        <translation>{site} ha già il suo allacciamento alla rete ({name}); aggiunga questo circuito sotto di esso.</translation>
    </message>
    <message>
        <source>That circuit no longer exists; choose another one to put this circuit under.</source>
        <translation>Quel circuito non esiste più; ne scelga un altro sotto cui mettere questo circuito.</translation>
    </message>
    <message>
        <source>The grid connection is the top of the tree; it cannot be moved under another circuit.</source>
        <translation>L&apos;allacciamento alla rete è la cima dell&apos;albero; non può essere spostato sotto un altro circuito.</translation>
    </message>
    <message>
        <source>{below} is below {circuit}; a circuit cannot be under itself.</source>
        <translation>{below} è sotto {circuit}; un circuito non può stare sotto sé stesso.</translation>
    </message>
    <message>
        <source>{names} below it carry 3 phases; make them 1-phase first.</source>
        <translation>{names} sotto di esso portano 3 fasi; li renda prima monofase.</translation>
    </message>
    <message>
        <source>3-phase connectors are on it ({names}); make them 1-phase in their station first.</source>
        <translation>Vi sono collegati connettori trifase ({names}); li renda prima monofase nella loro stazione di ricarica.</translation>
    </message>
    <message>
        <source>That circuit no longer exists; reload the tree.</source>
        <translation>Quel circuito non esiste più; ricarichi l&apos;albero.</translation>
    </message>
    <message>
        <source>{connector}: {problem}</source>
        <translation>{connector}: {problem}</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Strategia</translation>
    </message>
    <message>
        <source>Minimum current</source>
        <translation>Corrente minima</translation>
    </message>
    <message>
        <source>Base-load meter</source>
        <translation>Contatore del carico di base</translation>
    </message>
    <message>
        <source>Meter charger</source>
        <translation>Punto di ricarica del contatore</translation>
    </message>
    <message>
        <source>Meter address</source>
        <translation>Indirizzo del contatore</translation>
    </message>
    <message>
        <source>Meter unit id</source>
        <translation>ID unità del contatore</translation>
    </message>
    <message>
        <source>Register map</source>
        <translation>Mappa dei registri</translation>
    </message>
    <message>
        <source>Meter measures</source>
        <translation>Il contatore misura</translation>
    </message>
    <message>
        <source>Choose the charger whose inlet meter measures the supply (a charger of this site).</source>
        <translation>Scelga il punto di ricarica il cui contatore d&apos;ingresso misura l&apos;alimentazione (un punto di ricarica di questa sede).</translation>
    </message>
    <message>
        <source>Choose None, a charger&apos;s inlet meter or a Modbus TCP meter.</source>
        <translation>Scelga Nessuno, il contatore d&apos;ingresso di un punto di ricarica o un contatore Modbus TCP.</translation>
    </message>
    <message>
        <source>That circuit no longer exists; choose the circuit the meter measures.</source>
        <translation>Quel circuito non esiste più; scelga il circuito misurato dal contatore.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Connected to {where}: empty database; it will be set up at the next start.</source>
        <extracomment>the command that migrates it when a start does not (a PostgreSQL database: ``chargedesk db upgrade``)</extracomment>
        <translation>Connesso a {where}: database vuoto; sarà configurato al prossimo avvio.</translation>
    </message>
    <message>
        <source>Connected to {where}: schema {revision}, this version needs {head}: run `{command}` on one machine (it makes a pg_dump first).</source>
        <translation>Connesso a {where}: schema {revision}, questa versione richiede {head}: esegua `{command}` su un computer (prima fa un pg_dump).</translation>
    </message>
    <message>
        <source>Connected to {where}: schema {revision}, it will be upgraded at the next start.</source>
        <translation>Connesso a {where}: schema {revision}, sarà aggiornato al prossimo avvio.</translation>
    </message>
    <message>
        <source>Connected to {where}: schema up to date.</source>
        <translation>Connesso a {where}: schema aggiornato.</translation>
    </message>
    <message>
        <source>not a database URL: {problem}</source>
        <translation>non è un URL di database: {problem}</translation>
    </message>
</context>
<context>
    <name>EditConflict</name>
    <message>
        <source>(empty)</source>
        <translation>(vuoto)</translation>
    </message>
    <message>
        <source>{field}: {loaded} → {stored}</source>
        <translation>{field}: {loaded} → {stored}</translation>
    </message>
    <message>
        <source>{who} saved this user {when} while you were editing.</source>
        <extracomment>One whole headline per kind of thing, saved or deleted, with and without the time (a translation words each as its language needs: &quot;diese Ladestation&quot;, &quot;ce tarif&quot;). ``{who}`` and ``{when}`` are filled in.</extracomment>
        <translation>{who} ha salvato questo utente {when} mentre Lei lo stava modificando.</translation>
    </message>
    <message>
        <source>{who} saved this user while you were editing.</source>
        <translation>{who} ha salvato questo utente mentre Lei lo stava modificando.</translation>
    </message>
    <message>
        <source>{who} deleted this user {when} while you were editing.</source>
        <translation>{who} ha eliminato questo utente {when} mentre Lei lo stava modificando.</translation>
    </message>
    <message>
        <source>{who} deleted this user while you were editing.</source>
        <translation>{who} ha eliminato questo utente mentre Lei lo stava modificando.</translation>
    </message>
    <message>
        <source>{who} saved this station {when} while you were editing.</source>
        <translation>{who} ha salvato questa stazione di ricarica {when} mentre Lei la stava modificando.</translation>
    </message>
    <message>
        <source>{who} saved this station while you were editing.</source>
        <translation>{who} ha salvato questa stazione di ricarica mentre Lei la stava modificando.</translation>
    </message>
    <message>
        <source>{who} deleted this station {when} while you were editing.</source>
        <translation>{who} ha eliminato questa stazione di ricarica {when} mentre Lei la stava modificando.</translation>
    </message>
    <message>
        <source>{who} deleted this station while you were editing.</source>
        <translation>{who} ha eliminato questa stazione di ricarica mentre Lei la stava modificando.</translation>
    </message>
    <message>
        <source>{who} saved this schedule {when} while you were editing.</source>
        <translation>{who} ha salvato questo orario {when} mentre Lei lo stava modificando.</translation>
    </message>
    <message>
        <source>{who} saved this schedule while you were editing.</source>
        <translation>{who} ha salvato questo orario mentre Lei lo stava modificando.</translation>
    </message>
    <message>
        <source>{who} deleted this schedule {when} while you were editing.</source>
        <translation>{who} ha eliminato questo orario {when} mentre Lei lo stava modificando.</translation>
    </message>
    <message>
        <source>{who} deleted this schedule while you were editing.</source>
        <translation>{who} ha eliminato questo orario mentre Lei lo stava modificando.</translation>
    </message>
    <message>
        <source>{who} saved this special user&apos;s times {when} while you were editing.</source>
        <translation>{who} ha salvato gli orari di questo utente speciale {when} mentre Lei li stava modificando.</translation>
    </message>
    <message>
        <source>{who} saved this special user&apos;s times while you were editing.</source>
        <translation>{who} ha salvato gli orari di questo utente speciale mentre Lei li stava modificando.</translation>
    </message>
    <message>
        <source>{who} deleted this special user {when} while you were editing.</source>
        <translation>{who} ha eliminato questo utente speciale {when} mentre Lei lo stava modificando.</translation>
    </message>
    <message>
        <source>{who} deleted this special user while you were editing.</source>
        <translation>{who} ha eliminato questo utente speciale mentre Lei lo stava modificando.</translation>
    </message>
    <message>
        <source>{who} saved this site {when} while you were editing.</source>
        <translation>{who} ha salvato questa sede {when} mentre Lei la stava modificando.</translation>
    </message>
    <message>
        <source>{who} saved this site while you were editing.</source>
        <translation>{who} ha salvato questa sede mentre Lei la stava modificando.</translation>
    </message>
    <message>
        <source>{who} deleted this site {when} while you were editing.</source>
        <translation>{who} ha eliminato questa sede {when} mentre Lei la stava modificando.</translation>
    </message>
    <message>
        <source>{who} deleted this site while you were editing.</source>
        <translation>{who} ha eliminato questa sede mentre Lei la stava modificando.</translation>
    </message>
    <message>
        <source>{who} saved this tariff {when} while you were editing.</source>
        <translation>{who} ha salvato questa tariffa {when} mentre Lei la stava modificando.</translation>
    </message>
    <message>
        <source>{who} saved this tariff while you were editing.</source>
        <translation>{who} ha salvato questa tariffa mentre Lei la stava modificando.</translation>
    </message>
    <message>
        <source>{who} deleted this tariff {when} while you were editing.</source>
        <translation>{who} ha eliminato questa tariffa {when} mentre Lei la stava modificando.</translation>
    </message>
    <message>
        <source>{who} deleted this tariff while you were editing.</source>
        <translation>{who} ha eliminato questa tariffa mentre Lei la stava modificando.</translation>
    </message>
    <message>
        <source>{who} saved this circuit {when} while you were editing.</source>
        <translation>{who} ha salvato questo circuito {when} mentre Lei lo stava modificando.</translation>
    </message>
    <message>
        <source>{who} saved this circuit while you were editing.</source>
        <translation>{who} ha salvato questo circuito mentre Lei lo stava modificando.</translation>
    </message>
    <message>
        <source>{who} deleted this circuit {when} while you were editing.</source>
        <translation>{who} ha eliminato questo circuito {when} mentre Lei lo stava modificando.</translation>
    </message>
    <message>
        <source>{who} deleted this circuit while you were editing.</source>
        <translation>{who} ha eliminato questo circuito mentre Lei lo stava modificando.</translation>
    </message>
    <message>
        <source>{who} saved this setting {when} while you were editing.</source>
        <translation>{who} ha salvato questa impostazione {when} mentre Lei la stava modificando.</translation>
    </message>
    <message>
        <source>{who} saved this setting while you were editing.</source>
        <translation>{who} ha salvato questa impostazione mentre Lei la stava modificando.</translation>
    </message>
    <message>
        <source>{who} deleted this setting {when} while you were editing.</source>
        <translation>{who} ha eliminato questa impostazione {when} mentre Lei la stava modificando.</translation>
    </message>
    <message>
        <source>{who} deleted this setting while you were editing.</source>
        <translation>{who} ha eliminato questa impostazione mentre Lei la stava modificando.</translation>
    </message>
    <message>
        <source>{who} saved this alarm rule {when} while you were editing.</source>
        <translation>{who} ha salvato questa regola di allarme {when} mentre Lei la stava modificando.</translation>
    </message>
    <message>
        <source>{who} saved this alarm rule while you were editing.</source>
        <translation>{who} ha salvato questa regola di allarme mentre Lei la stava modificando.</translation>
    </message>
    <message>
        <source>{who} deleted this alarm rule {when} while you were editing.</source>
        <translation>{who} ha eliminato questa regola di allarme {when} mentre Lei la stava modificando.</translation>
    </message>
    <message>
        <source>{who} deleted this alarm rule while you were editing.</source>
        <translation>{who} ha eliminato questa regola di allarme mentre Lei la stava modificando.</translation>
    </message>
    <message>
        <source>{who} saved this {when} while you were editing.</source>
        <extracomment>a kind not in the table (a new editor): the headline without its noun</extracomment>
        <translation>{who} ha salvato questo elemento {when} mentre Lei lo stava modificando.</translation>
    </message>
    <message>
        <source>{who} saved this while you were editing.</source>
        <translation>{who} ha salvato questo elemento mentre Lei lo stava modificando.</translation>
    </message>
    <message>
        <source>{who} deleted this {when} while you were editing.</source>
        <translation>{who} ha eliminato questo elemento {when} mentre Lei lo stava modificando.</translation>
    </message>
    <message>
        <source>{who} deleted this while you were editing.</source>
        <translation>{who} ha eliminato questo elemento mentre Lei lo stava modificando.</translation>
    </message>
    <message>
        <source>Someone on another console</source>
        <translation>Qualcuno su un&apos;altra console</translation>
    </message>
    <message>
        <source>at {time}</source>
        <translation>alle {time}</translation>
    </message>
    <message>
        <source>on {date} at {time}</source>
        <translation>il {date} alle {time}</translation>
    </message>
    <message>
        <source>{headline}: {differences}.</source>
        <translation>{headline}: {differences}.</translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation>Non è stato eliminato nulla.</translation>
    </message>
    <message>
        <source>Your changes are not saved.</source>
        <translation>Le Sue modifiche non sono state salvate.</translation>
    </message>
    <message>
        <source>{conflict} {outcome}</source>
        <translation>{conflict} {outcome}</translation>
    </message>
</context>
<context>
    <name>OperatorRole</name>
    <message>
        <source>Viewer (reads everything, changes nothing)</source>
        <extracomment>The one role → permissions table. the roles as the login dialog and the operators section offer them (translate(&quot;OperatorRole&quot;, label) where shown)</extracomment>
        <translation>Osservatore (legge tutto, non modifica nulla)</translation>
    </message>
    <message>
        <source>Technician (chargers, stations, schedules, alarms)</source>
        <translation>Tecnico (punti di ricarica, stazioni di ricarica, orari, allarmi)</translation>
    </message>
    <message>
        <source>Manager (everything, operators included)</source>
        <translation>Responsabile (tutto, operatori compresi)</translation>
    </message>
    <message>
        <source>viewer</source>
        <extracomment>a role&apos;s short name, as an operator&apos;s label says it (&quot;Anna Meier (viewer)&quot;)</extracomment>
        <translation>osservatore</translation>
    </message>
    <message>
        <source>technician</source>
        <translation>tecnico</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>responsabile</translation>
    </message>
</context>
<context>
    <name>Operators</name>
    <message>
        <source>Unknown username or wrong password.</source>
        <translation>Nome utente sconosciuto o password errata.</translation>
    </message>
    <message>
        <source>the site needs at least one active manager: make another manager first</source>
        <translation>la sede ha bisogno di almeno un responsabile attivo: nomini prima un altro responsabile</translation>
    </message>
    <message>
        <source>an operator password needs at least {least} characters</source>
        <translation>una password di operatore richiede almeno {least} caratteri</translation>
    </message>
    <message>
        <source>at most {most} characters</source>
        <translation>al massimo {most} caratteri</translation>
    </message>
    <message>
        <source>no spaces at the start or the end</source>
        <translation>nessuno spazio all&apos;inizio o alla fine</translation>
    </message>
    <message>
        <source>the two passwords differ</source>
        <translation>le due password sono diverse</translation>
    </message>
    <message>
        <source>no operator named {name}</source>
        <translation>nessun operatore di nome {name}</translation>
    </message>
    <message>
        <source>a username is needed</source>
        <translation>serve un nome utente</translation>
    </message>
    <message>
        <source>no spaces in a username</source>
        <translation>nessuno spazio nel nome utente</translation>
    </message>
    <message>
        <source>{name} is taken (usernames ignore upper and lower case)</source>
        <translation>{name} è già in uso (i nomi utente non distinguono maiuscole e minuscole)</translation>
    </message>
    <message>
        <source>This account is locked after {failures} wrong passwords until {time} (local time). A manager can unlock it sooner.</source>
        <translation>Questo account è bloccato dopo {failures} password errate fino alle {time} (ora locale). Un responsabile può sbloccarlo prima.</translation>
    </message>
    <message>
        <source>Unknown username or wrong password. The account is now locked until {time} (local time).</source>
        <translation>Nome utente sconosciuto o password errata. L&apos;account è ora bloccato fino alle {time} (ora locale).</translation>
    </message>
    <message>
        <source>This account is deactivated. A manager can reactivate it.</source>
        <translation>Questo account è disattivato. Un responsabile può riattivarlo.</translation>
    </message>
    <message>
        <source>this database has operators already: log in, or ask a manager</source>
        <translation>questo database ha già degli operatori: acceda o chieda a un responsabile</translation>
    </message>
    <message>
        <source>create a manager account first: nobody could log in</source>
        <translation>crei prima un account di responsabile: nessuno potrebbe accedere</translation>
    </message>
</context>
<context>
    <name>Passwords</name>
    <message>
        <source>a charger password needs at least {least} characters (OCPP recommends {recommended}–{most})</source>
        <translation>una password del punto di ricarica richiede almeno {least} caratteri (OCPP ne raccomanda {recommended}–{most})</translation>
    </message>
    <message>
        <source>a charger password has at most {most} characters (OCPP limit)</source>
        <translation>una password del punto di ricarica ha al massimo {most} caratteri (limite OCPP)</translation>
    </message>
    <message>
        <source>a charger password may only contain printable ASCII characters (no accents, no control characters)</source>
        <translation>una password del punto di ricarica può contenere solo caratteri ASCII stampabili (niente accenti, niente caratteri di controllo)</translation>
    </message>
    <message>
        <source>OCPP recommends at least {recommended} random characters; some chargers refuse shorter passwords</source>
        <translation>OCPP raccomanda almeno {recommended} caratteri casuali; alcuni punti di ricarica rifiutano password più corte</translation>
    </message>
</context>
<context>
    <name>Permission</name>
    <message>
        <source>{operator} may not operate chargers</source>
        <extracomment>One whole sentence per permission (a translation words each as its language needs).</extracomment>
        <translation>{operator} non può gestire i punti di ricarica</translation>
    </message>
    <message>
        <source>{operator} may not change stations, connectors, schedules or circuits</source>
        <translation>{operator} non può modificare stazioni di ricarica, connettori, orari o circuiti</translation>
    </message>
    <message>
        <source>{operator} may not end charging sessions</source>
        <translation>{operator} non può terminare sessioni di ricarica</translation>
    </message>
    <message>
        <source>{operator} may not change users, tags or grants</source>
        <translation>{operator} non può modificare utenti, tessere RFID o autorizzazioni</translation>
    </message>
    <message>
        <source>{operator} may not change sites or tariffs</source>
        <translation>{operator} non può modificare sedi o tariffe</translation>
    </message>
    <message>
        <source>{operator} may not change the site&apos;s settings</source>
        <translation>{operator} non può modificare le impostazioni della sede</translation>
    </message>
    <message>
        <source>{operator} may not manage operators</source>
        <translation>{operator} non può gestire gli operatori</translation>
    </message>
    <message>
        <source>{operator} may not acknowledge alarms</source>
        <translation>{operator} non può confermare gli allarmi</translation>
    </message>
</context>
<context>
    <name>Principal</name>
    <message>
        <source>{name} ({role})</source>
        <translation>{name} ({role})</translation>
    </message>
</context>
<context>
    <name>SiteSettings</name>
    <message>
        <source>{key} is kept by the central system and cannot be edited</source>
        <translation>{key} è gestito dal sistema centrale e non può essere modificato</translation>
    </message>
</context>
<context>
    <name>StationMap</name>
    <message>
        <source>Disabled (its charger is refused)</source>
        <translation>Disattivata (il suo punto di ricarica è rifiutato)</translation>
    </message>
    <message>
        <source>Offline (the charger is not connected)</source>
        <translation>Offline (il punto di ricarica non è connesso)</translation>
    </message>
    <message>
        <source>Faulted (the charger)</source>
        <translation>Guasto (il punto di ricarica)</translation>
    </message>
    <message numerus="yes">
        <source>Faulted ({count} of %n connector(s))</source>
        <translation>
            <numerusform>Guasto ({count} di %n connettore)</numerusform>
            <numerusform>Guasto ({count} di %n connettori)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In use ({count} of %n connector(s))</source>
        <translation>
            <numerusform>In uso ({count} di %n connettore)</numerusform>
            <numerusform>In uso ({count} di %n connettori)</numerusform>
        </translation>
    </message>
    <message>
        <source>Unavailable (switched off)</source>
        <translation>Non disponibile (spenta)</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponibile</translation>
    </message>
    <message>
        <source>Available ({count} of {total} free)</source>
        <translation>Disponibile ({count} di {total} liberi)</translation>
    </message>
</context>
<context>
    <name>StationRules</name>
    <message>
        <source>0 — no TLS, optional password</source>
        <translation>0 — senza TLS, password facoltativa</translation>
    </message>
    <message>
        <source>1 — HTTP Basic password</source>
        <translation>1 — password HTTP Basic</translation>
    </message>
    <message>
        <source>2 — TLS + Basic password</source>
        <translation>2 — TLS + password Basic</translation>
    </message>
    <message>
        <source>3 — TLS + client certificate</source>
        <translation>3 — TLS + certificato client</translation>
    </message>
    <message>
        <source>choose a plug type: {types}</source>
        <translation>scelga un tipo di spina: {types}</translation>
    </message>
    <message>
        <source>max power must be more than 0 kW (e.g. 22)</source>
        <translation>la potenza max. deve essere superiore a 0 kW (ad es. 22)</translation>
    </message>
    <message>
        <source>max power above {limit} kW is not plausible; check the unit</source>
        <translation>una potenza max. oltre {limit} kW non è plausibile; controlli l&apos;unità</translation>
    </message>
    <message>
        <source>latitude must be between -90 and 90 degrees (e.g. 47.3769)</source>
        <translation>la latitudine deve essere tra -90 e 90 gradi (ad es. 47.3769)</translation>
    </message>
    <message>
        <source>longitude must be between -180 and 180 degrees (e.g. 8.5417)</source>
        <translation>la longitudine deve essere tra -180 e 180 gradi (ad es. 8.5417)</translation>
    </message>
    <message>
        <source>give both latitude and longitude, or neither</source>
        <translation>indichi sia latitudine che longitudine, o nessuna delle due</translation>
    </message>
    <message>
        <source>security profile {profile} (HTTP Basic) needs a charger password</source>
        <translation>il profilo di sicurezza {profile} (HTTP Basic) richiede una password del punto di ricarica</translation>
    </message>
    <message>
        <source>choose at least one weekday (e.g. Mon-Fri)</source>
        <translation>scelga almeno un giorno della settimana (ad es. Mon-Fri)</translation>
    </message>
    <message>
        <source>from and to are the same time; write 00:00–24:00 for the whole day</source>
        <translation>da e a sono la stessa ora; scriva 00:00–24:00 per tutto il giorno</translation>
    </message>
</context>
<context>
    <name>Stations</name>
    <message>
        <source>{name} has more than {count} charging sessions. Deleting it would leave their history without a station. Disable it instead: its charger is refused and the history is kept.</source>
        <translation>{name} ha più di {count} sessioni di ricarica. Eliminarla lascerebbe la loro cronologia senza stazione di ricarica. La disattivi invece: il suo punto di ricarica viene rifiutato e la cronologia è conservata.</translation>
    </message>
    <message numerus="yes">
        <source>{name} has %n charging session(s). Deleting it would leave their history without a station. Disable it instead: its charger is refused and the history is kept.</source>
        <translation>
            <numerusform>{name} ha %n sessione di ricarica. Eliminarla lascerebbe la sua cronologia senza stazione di ricarica. La disattivi invece: il suo punto di ricarica viene rifiutato e la cronologia è conservata.</numerusform>
            <numerusform>{name} ha %n sessioni di ricarica. Eliminarla lascerebbe la loro cronologia senza stazione di ricarica. La disattivi invece: il suo punto di ricarica viene rifiutato e la cronologia è conservata.</numerusform>
        </translation>
    </message>
    <message>
        <source>{mode} until {when}</source>
        <translation>{mode} fino a {when}</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Stazione di ricarica</translation>
    </message>
    <message>
        <source>Connector {number}</source>
        <translation>Connettore {number}</translation>
    </message>
    <message>
        <source>tariff &apos;{tariff}&apos;</source>
        <translation>tariffa «{tariff}»</translation>
    </message>
    <message>
        <source>no tariff</source>
        <translation>nessuna tariffa</translation>
    </message>
    <message>
        <source>{who}: {source}, {tariff}</source>
        <translation>{who}: {source}, {tariff}</translation>
    </message>
    <message>
        <source>{line}, until {when}</source>
        <translation>{line}, fino a {when}</translation>
    </message>
    <message>
        <source>Unsecured: no password</source>
        <translation>Non protetta: nessuna password</translation>
    </message>
    <message>
        <source>No password: charger refused</source>
        <translation>Nessuna password: punto di ricarica rifiutato</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Basic (profile 1)</source>
        <translation>Basic (profilo 1)</translation>
    </message>
    <message>
        <source>TLS + Basic (profile 2)</source>
        <translation>TLS + Basic (profilo 2)</translation>
    </message>
    <message>
        <source>TLS + certificate (profile 3)</source>
        <translation>TLS + certificato (profilo 3)</translation>
    </message>
    <message>
        <source>profile {number}</source>
        <translation>profilo {number}</translation>
    </message>
    <message>
        <source>{name} (1 phase)</source>
        <translation>{name} (1 fase)</translation>
    </message>
    <message>
        <source>start {fee}</source>
        <translation>avvio {fee}</translation>
    </message>
    <message>
        <source>free</source>
        <translation>gratuito</translation>
    </message>
    <message>
        <source>{email} (blocked)</source>
        <translation>{email} (bloccato)</translation>
    </message>
    <message>
        <source>{window} at &apos;{tariff}&apos;</source>
        <translation>{window} con la tariffa «{tariff}»</translation>
    </message>
    <message>
        <source>follows {day}</source>
        <translation>segue {day}</translation>
    </message>
    <message>
        <source>{mode} all day</source>
        <translation>{mode} tutto il giorno</translation>
    </message>
    <message>
        <source>{rule} at &apos;{tariff}&apos;</source>
        <translation>{rule} con la tariffa «{tariff}»</translation>
    </message>
    <message>
        <source>station {id} does not exist (deleted meanwhile?)</source>
        <translation>la stazione di ricarica {id} non esiste (eliminata nel frattempo?)</translation>
    </message>
    <message>
        <source>{overlaps} Change or remove one of them.</source>
        <translation>{overlaps} Ne modifichi o ne rimuova una.</translation>
    </message>
    <message>
        <source>Enter the weekdays, e.g. Mon-Fri or Sat,Sun.</source>
        <translation>Inserisca i giorni della settimana, ad es. Mon-Fri o Sat,Sun.</translation>
    </message>
    <message>
        <source>Enter the start time, e.g. 07:00.</source>
        <translation>Inserisca l&apos;ora di inizio, ad es. 07:00.</translation>
    </message>
    <message>
        <source>Enter the end time, e.g. 18:00 (24:00 for midnight).</source>
        <translation>Inserisca l&apos;ora di fine, ad es. 18:00 (24:00 per mezzanotte).</translation>
    </message>
    <message>
        <source>This tariff no longer exists; choose another.</source>
        <translation>Questa tariffa non esiste più; ne scelga un&apos;altra.</translation>
    </message>
    <message>
        <source>Enter a name, e.g. Hall B.</source>
        <translation>Inserisca un nome, ad es. Capannone B.</translation>
    </message>
    <message>
        <source>A name has at most {most} characters (this one has {length}).</source>
        <translation>Un nome ha al massimo {most} caratteri (questo ne ha {length}).</translation>
    </message>
    <message>
        <source>Choose a site. If there is none yet, create one in Settings → Sites first.</source>
        <translation>Scelga una sede. Se non ce n&apos;è ancora nessuna, ne crei prima una in Impostazioni → Sedi.</translation>
    </message>
    <message>
        <source>This site no longer exists; choose another.</source>
        <translation>Questa sede non esiste più; ne scelga un&apos;altra.</translation>
    </message>
    <message>
        <source>Enter the charge point identity the charger connects with (the last part of its URL, e.g. HALL-B-1).</source>
        <translation>Inserisca l&apos;identità del punto di ricarica con cui si connette (l&apos;ultima parte del suo URL, ad es. HALL-B-1).</translation>
    </message>
    <message>
        <source>Use 1 to 64 letters, digits or . _ ~ * - (it is part of the charger&apos;s URL and its Basic auth user name).</source>
        <translation>Usi da 1 a 64 lettere, cifre o . _ ~ * - (fa parte dell&apos;URL del punto di ricarica e del suo nome utente Basic auth).</translation>
    </message>
    <message>
        <source>{id} is already used by station {name}; choose another identity.</source>
        <translation>{id} è già usato dalla stazione di ricarica {name}; scelga un&apos;altra identità.</translation>
    </message>
    <message>
        <source>Choose Public, Limited or Private.</source>
        <translation>Scelga Pubblico, Limitato o Privato.</translation>
    </message>
    <message>
        <source>Choose one of {versions}.</source>
        <translation>Scelga una tra {versions}.</translation>
    </message>
    <message>
        <source>{problem} Type a longer password or leave the field empty to keep the current one.</source>
        <translation>{problem} Digiti una password più lunga o lasci vuoto il campo per mantenere quella attuale.</translation>
    </message>
    <message>
        <source>{problem} Type a longer password.</source>
        <translation>{problem} Digiti una password più lunga.</translation>
    </message>
    <message>
        <source>Choose security profile 0, 1, 2 or 3.</source>
        <translation>Scelga il profilo di sicurezza 0, 1, 2 o 3.</translation>
    </message>
    <message>
        <source>{problem}: enter one above, or choose profile 0</source>
        <translation>{problem}: ne inserisca una sopra o scelga il profilo 0</translation>
    </message>
    <message>
        <source>Latitude must be a number between -90 and 90 in degrees (e.g. 47.3769).</source>
        <translation>La latitudine deve essere un numero tra -90 e 90 gradi (ad es. 47.3769).</translation>
    </message>
    <message>
        <source>Longitude must be a number between -180 and 180 in degrees (e.g. 8.5417).</source>
        <translation>La longitudine deve essere un numero tra -180 e 180 gradi (ad es. 8.5417).</translation>
    </message>
    <message>
        <source>{problem} (Remove location clears both)</source>
        <translation>{problem} («Rimuovi posizione» li cancella entrambi)</translation>
    </message>
    <message>
        <source>An address has at most {most} characters.</source>
        <translation>Un indirizzo ha al massimo {most} caratteri.</translation>
    </message>
    <message>
        <source>A connector number is 1 or more (the OCPP connectorId).</source>
        <translation>Un numero di connettore è 1 o più (il connectorId OCPP).</translation>
    </message>
    <message>
        <source>Connector {number} is listed twice; give each connector its own number.</source>
        <translation>Il connettore {number} è elencato due volte; dia a ogni connettore il proprio numero.</translation>
    </message>
    <message>
        <source>This circuit is not one of the station&apos;s site (deleted, or the site changed); choose another.</source>
        <translation>Questo circuito non appartiene alla sede della stazione di ricarica (eliminato, o la sede è cambiata); ne scelga un altro.</translation>
    </message>
    <message>
        <source>Max current is a number of A per phase, e.g. 32; leave it empty if unknown.</source>
        <translation>La corrente max. è un numero di A per fase, ad es. 32; lasci vuoto se non è nota.</translation>
    </message>
    <message>
        <source>Max power is a number of kW, e.g. 22; leave it empty if unknown.</source>
        <translation>La potenza max. è un numero di kW, ad es. 22; lasci vuoto se non è nota.</translation>
    </message>
    <message>
        <source>{problem}; leave it empty if unknown</source>
        <translation>{problem}; lasci vuoto se non è nota</translation>
    </message>
    <message>
        <source>An owner&apos;s user account no longer exists; remove it from the list.</source>
        <translation>L&apos;account utente di un proprietario non esiste più; lo rimuova dall&apos;elenco.</translation>
    </message>
    <message>
        <source>A user is listed twice as owner; remove one.</source>
        <translation>Un utente è elencato due volte come proprietario; ne rimuova uno.</translation>
    </message>
    <message>
        <source>Choose the special user.</source>
        <translation>Scelga l&apos;utente speciale.</translation>
    </message>
    <message>
        <source>This user no longer exists; choose another or remove the special user.</source>
        <translation>Questo utente non esiste più; ne scelga un altro o rimuova l&apos;utente speciale.</translation>
    </message>
    <message>
        <source>The station has no connector {number} any more; choose another connector or the whole station.</source>
        <translation>La stazione di ricarica non ha più il connettore {number}; scelga un altro connettore o l&apos;intera stazione di ricarica.</translation>
    </message>
    <message>
        <source>The last day must be on or after the first day.</source>
        <translation>L&apos;ultimo giorno deve essere uguale o successivo al primo.</translation>
    </message>
    <message>
        <source>{mode}, tariff {tariff}</source>
        <translation>{mode}, tariffa {tariff}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>follows the station</source>
        <translation>segue la stazione di ricarica</translation>
    </message>
    <message>
        <source>connector {number}</source>
        <translation>connettore {number}</translation>
    </message>
    <message>
        <source>whole station</source>
        <translation>intera stazione di ricarica</translation>
    </message>
    <message>
        <source>tariff {name}</source>
        <translation>tariffa {name}</translation>
    </message>
    <message>
        <source>valid {start} to {end}</source>
        <translation>valida dal {start} al {end}</translation>
    </message>
    <message>
        <source>any time</source>
        <translation>in qualsiasi momento</translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>station_fields&apos; labels (English, the keys a conflict compares), as the operator reads them</extracomment>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sede</translation>
    </message>
    <message>
        <source>Charge point ID</source>
        <translation>ID del punto di ricarica</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Attivata</translation>
    </message>
    <message>
        <source>OCPP version</source>
        <translation>Versione OCPP</translation>
    </message>
    <message>
        <source>Security profile</source>
        <translation>Profilo di sicurezza</translation>
    </message>
    <message>
        <source>Charger may connect without a password</source>
        <translation>Il punto di ricarica può connettersi senza password</translation>
    </message>
    <message>
        <source>Lenient</source>
        <translation>Tollerante</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Accesso</translation>
    </message>
    <message>
        <source>Owners&apos; tariff</source>
        <translation>Tariffa dei proprietari</translation>
    </message>
    <message>
        <source>Owners</source>
        <translation>Proprietari</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitudine</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitudine</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Connector {number} number</source>
        <translation>Connettore {number} numero</translation>
    </message>
    <message>
        <source>Connector {number} plug type</source>
        <translation>Connettore {number} tipo di spina</translation>
    </message>
    <message>
        <source>Connector {number} max kW</source>
        <translation>Connettore {number} kW max.</translation>
    </message>
    <message>
        <source>Connector {number} circuit</source>
        <translation>Connettore {number} circuito</translation>
    </message>
    <message>
        <source>Connector {number} phases</source>
        <translation>Connettore {number} fasi</translation>
    </message>
    <message>
        <source>Connector {number} max A</source>
        <translation>Connettore {number} A max.</translation>
    </message>
    <message>
        <source>Connector {number} access</source>
        <translation>Connettore {number} accesso</translation>
    </message>
    <message>
        <source>Special user {name} (#{id})</source>
        <translation>Utente speciale {name} (n. {id})</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(rimosso)</translation>
    </message>
</context>
<context>
    <name>UserChecks</name>
    <message>
        <source>an idTag cannot be empty</source>
        <translation>un idTag non può essere vuoto</translation>
    </message>
    <message>
        <source>idTag {tag} is longer than {limit} characters (the OCPP 2.0.1 idToken limit; a 1.6 charger reads at most {limit_16})</source>
        <translation>l&apos;idTag {tag} è più lungo di {limit} caratteri (il limite dell&apos;idToken in OCPP 2.0.1; un punto di ricarica 1.6 ne legge al massimo {limit_16})</translation>
    </message>
    <message>
        <source>idTag {tag} may only contain letters, digits and - _ : .</source>
        <translation>l&apos;idTag {tag} può contenere solo lettere, cifre e - _ : .</translation>
    </message>
    <message>
        <source>{email} is not an e-mail address</source>
        <translation>{email} non è un indirizzo e-mail</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text (byte {byte}); save it as &apos;CSV UTF-8&apos;</source>
        <translation>il file non è testo UTF-8 (byte {byte}); lo salvi come &apos;CSV UTF-8&apos;</translation>
    </message>
    <message>
        <source>active must be yes or no (or true/false, 1/0), not {value}</source>
        <translation>active deve essere yes o no (o true/false, 1/0), non {value}</translation>
    </message>
    <message>
        <source>the file is empty; the first line must be the header</source>
        <translation>il file è vuoto; la prima riga deve essere l&apos;intestazione</translation>
    </message>
    <message>
        <source>line {line}: {problem}</source>
        <translation>riga {line}: {problem}</translation>
    </message>
    <message>
        <source>line 1 is empty; the first line must be the header (name;email;…)</source>
        <translation>la riga 1 è vuota; la prima riga deve essere l&apos;intestazione (name;email;…)</translation>
    </message>
    <message>
        <source>unknown column(s) {unknown}; the columns are {columns}</source>
        <translation>colonna/e sconosciuta/e {unknown}; le colonne sono {columns}</translation>
    </message>
    <message>
        <source>column(s) {columns} appear more than once in the header</source>
        <translation>la/le colonna/e {columns} compaiono più di una volta nell&apos;intestazione</translation>
    </message>
    <message>
        <source>the header has no &apos;name&apos; column</source>
        <translation>l&apos;intestazione non ha una colonna &apos;name&apos;</translation>
    </message>
</context>
<context>
    <name>Users</name>
    <message>
        <source>user {id} does not exist (deleted meanwhile?)</source>
        <translation>l&apos;utente {id} non esiste (eliminato nel frattempo?)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Azienda</translation>
    </message>
    <message>
        <source>Cost centre</source>
        <translation>Centro di costo</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Attivo</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>no label</source>
        <translation>nessuna etichetta</translation>
    </message>
    <message>
        <source>expires {moment} UTC</source>
        <translation>scade il {moment} UTC</translation>
    </message>
    <message>
        <source>group {tag}</source>
        <translation>gruppo {tag}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Tag {tag}</source>
        <translation>Tessera RFID {tag}</translation>
    </message>
    <message>
        <source>at most {most} characters</source>
        <translation>al massimo {most} caratteri</translation>
    </message>
    <message>
        <source>{tag} already belongs to {owner}; remove it from that user first</source>
        <translation>{tag} appartiene già a {owner}; la rimuova prima da quell&apos;utente</translation>
    </message>
    <message>
        <source>enter the tag&apos;s ID (as printed on the card, or as a charger read it)</source>
        <translation>inserisca l&apos;ID della tessera (come stampato sulla tessera, o come l&apos;ha letto un punto di ricarica)</translation>
    </message>
    <message>
        <source>{tag} is already in this user&apos;s list of tags</source>
        <translation>{tag} è già nell&apos;elenco delle tessere di questo utente</translation>
    </message>
    <message>
        <source>a tag cannot be its own parent; leave it empty or enter the group&apos;s idTag</source>
        <translation>una tessera non può essere il proprio padre; lasci vuoto o inserisca l&apos;idTag del gruppo</translation>
    </message>
    <message>
        <source>enter the user&apos;s name (e.g. Eva Keller)</source>
        <translation>inserisca il nome dell&apos;utente (ad es. Eva Keller)</translation>
    </message>
    <message>
        <source>another user is already called {name}; names are unique, add e.g. the department</source>
        <translation>un altro utente si chiama già {name}; i nomi sono univoci, aggiunga ad es. il reparto</translation>
    </message>
    <message>
        <source>{problem}; enter it as name@example.com or leave it empty</source>
        <translation>{problem}; la inserisca come nome@example.com o lasci vuoto</translation>
    </message>
    <message>
        <source>this user was deleted meanwhile (by another console); nothing was saved</source>
        <translation>questo utente è stato eliminato nel frattempo (da un&apos;altra console); non è stato salvato nulla</translation>
    </message>
    <message>
        <source>another console changed this user or one of these cards at the same time; reload and try again</source>
        <translation>un&apos;altra console ha modificato contemporaneamente questo utente o una di queste tessere; ricarichi e riprovi</translation>
    </message>
    <message numerus="yes">
        <source>%n RFID tag(s) will be deleted.</source>
        <translation>
            <numerusform>%n tessera RFID sarà eliminata.</numerusform>
            <numerusform>%n tessere RFID saranno eliminate.</numerusform>
        </translation>
    </message>
    <message>
        <source>They have no RFID tags.</source>
        <translation>Non ha tessere RFID.</translation>
    </message>
    <message numerus="yes">
        <source>They lose %n station(s) they own.</source>
        <translation>
            <numerusform>Perde %n stazione di ricarica di cui è proprietario.</numerusform>
            <numerusform>Perde %n stazioni di ricarica di cui è proprietario.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They lose %n special user grant(s).</source>
        <translation>
            <numerusform>Perde %n autorizzazione come utente speciale.</numerusform>
            <numerusform>Perde %n autorizzazioni come utente speciale.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The history keeps their %n charging session(s) (shown without a user).</source>
        <translation>
            <numerusform>La cronologia conserva la sua %n sessione di ricarica (mostrata senza utente).</numerusform>
            <numerusform>La cronologia conserva le sue %n sessioni di ricarica (mostrate senza utente).</numerusform>
        </translation>
    </message>
    <message>
        <source>They have no charging sessions.</source>
        <translation>Non ha sessioni di ricarica.</translation>
    </message>
    <message>
        <source>{station}, connector {number}</source>
        <translation>{station}, connettore {number}</translation>
    </message>
    <message>
        <source>this tag is no longer in the unknown list (assigned or dismissed meanwhile)</source>
        <translation>questa tessera non è più nell&apos;elenco delle sconosciute (assegnata o scartata nel frattempo)</translation>
    </message>
    <message>
        <source>this user was deleted meanwhile; choose another one</source>
        <translation>questo utente è stato eliminato nel frattempo; ne scelga un altro</translation>
    </message>
    <message>
        <source>{problem}; this tag cannot be stored as it is</source>
        <translation>{problem}; questa tessera non può essere salvata così</translation>
    </message>
    <message>
        <source>{name} has no active RFID tag, so no charger will accept them. Add a tag, or set a blocked or expired one back to active.</source>
        <translation>{name} non ha nessuna tessera RFID attiva, quindi nessun punto di ricarica lo accetterà. Aggiunga una tessera o riporti ad attiva una bloccata o scaduta.</translation>
    </message>
    <message>
        <source>Only the first {count} stations are listed.</source>
        <translation>Sono elencate solo le prime {count} stazioni di ricarica.</translation>
    </message>
    <message>
        <source>There are no stations yet.</source>
        <translation>Non ci sono ancora stazioni di ricarica.</translation>
    </message>
    <message>
        <source>{problem}; choose another user</source>
        <translation>{problem}; scelga un altro utente</translation>
    </message>
</context>
<context>
    <name>WriteRefused</name>
    <message>
        <source>the database refused the change ({reason})</source>
        <translation>il database ha rifiutato la modifica ({reason})</translation>
    </message>
</context>
</TS>
