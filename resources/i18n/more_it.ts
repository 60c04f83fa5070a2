<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../app/views/audit_page.py" line="37"/>
        <source>Time</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../app/views/audit_page.py" line="38"/>
        <location filename="../../app/views/audit_page.py" line="111"/>
        <source>Operator</source>
        <translation>Operatore</translation>
    </message>
    <message>
        <location filename="../../app/views/audit_page.py" line="39"/>
        <location filename="../../app/views/audit_page.py" line="112"/>
        <source>Machine</source>
        <translation>Postazione</translation>
    </message>
    <message>
        <location filename="../../app/views/audit_page.py" line="40"/>
        <location filename="../../app/views/audit_page.py" line="113"/>
        <source>What</source>
        <translation>Oggetto</translation>
    </message>
    <message>
        <location filename="../../app/views/audit_page.py" line="41"/>
        <source>Which</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../app/views/audit_page.py" line="42"/>
        <location filename="../../app/views/audit_page.py" line="114"/>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <location filename="../../app/views/audit_page.py" line="43"/>
        <source>Changes</source>
        <translation>Modifiche</translation>
    </message>
    <message>
        <location filename="../../app/views/audit_page.py" line="45"/>
        <source>(any)</source>
        <translation>(tutti)</translation>
    </message>
    <message>
        <location filename="../../app/views/audit_page.py" line="103"/>
        <source>The operator (or cli:&lt;user&gt;, charger …) who made the change</source>
        <translation>L&apos;operatore (o cli:&lt;user&gt;, stazione di ricarica …) che ha fatto la modifica</translation>
    </message>
    <message>
        <location filename="../../app/views/audit_page.py" line="105"/>
        <source>The computer the change was made on</source>
        <translation>La postazione su cui è stata fatta la modifica</translation>
    </message>
    <message>
        <location filename="../../app/views/audit_page.py" line="107"/>
        <source>The kind of thing changed (station, user, tariff, operator …)</source>
        <translation>Tipo di oggetto modificato (station, user, tariff, operator …)</translation>
    </message>
    <message>
        <location filename="../../app/views/audit_page.py" line="109"/>
        <source>create, update, delete, login …</source>
        <translation>Tipo di modifica: create, update, delete, login …</translation>
    </message>
    <message>
        <location filename="../../app/views/audit_page.py" line="121"/>
        <source>From</source>
        <translation>Dal</translation>
    </message>
    <message>
        <location filename="../../app/views/audit_page.py" line="123"/>
        <source>to</source>
        <translation>al</translation>
    </message>
    <message>
        <location filename="../../app/views/audit_page.py" line="134"/>
        <source>Search: a name, an id, a value in the changes…</source>
        <translation>Cerca: un nome, un ID, un valore nelle modifiche…</translation>
    </message>
    <message>
        <location filename="../../app/views/audit_page.py" line="137"/>
        <source>Refresh</source>
        <translation>Aggiorna</translation>
    </message>
    <message>
        <location filename="../../app/views/audit_page.py" line="138"/>
        <source>Read the newest entries again (F5)</source>
        <translation>Rileggi le voci più recenti (F5)</translation>
    </message>
    <message>
        <location filename="../../app/views/audit_page.py" line="159"/>
        <source>Select an entry to see what it changed.</source>
        <translation>Selezioni una voce per vedere cosa ha modificato.</translation>
    </message>
    <message>
        <location filename="../../app/views/audit_page.py" line="169"/>
        <source>Older entries</source>
        <translation>Voci precedenti</translation>
    </message>
    <message>
        <location filename="../../app/views/audit_page.py" line="171"/>
        <source>Read the next page of older entries</source>
        <translation>Leggi la pagina successiva di voci precedenti</translation>
    </message>
    <message>
        <location filename="../../app/views/audit_page.py" line="242"/>
        <source>Could not read the audit trail: {error}</source>
        <translation>Impossibile leggere il registro di audit: {error}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/audit_page.py" line="263"/>
        <source>%n row(s) shown, newest first — more below (Older entries)</source>
        <translation>
            <numerusform>Righe mostrate: %n, prima le più recenti — altre sotto (Voci precedenti)</numerusform>
            <numerusform>Righe mostrate: %n, prima le più recenti — altre sotto (Voci precedenti)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/audit_page.py" line="271"/>
        <source>%n row(s) shown, newest first</source>
        <translation>
            <numerusform>Righe mostrate: %n, prima le più recenti</numerusform>
            <numerusform>Righe mostrate: %n, prima le più recenti</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/audit_page.py" line="298"/>
        <source>{time} — {operator} on {machine}</source>
        <translation>{time} — {operator} su {machine}</translation>
    </message>
    <message>
        <location filename="../../app/views/audit_page.py" line="300"/>
        <source>unknown</source>
        <translation>sconosciuto</translation>
    </message>
    <message>
        <location filename="../../app/views/audit_page.py" line="301"/>
        <source>an unknown machine</source>
        <translation>una postazione sconosciuta</translation>
    </message>
    <message>
        <location filename="../../app/views/audit_page.py" line="305"/>
        <source>(no details recorded)</source>
        <translation>(nessun dettaglio registrato)</translation>
    </message>
</context>
<context>
    <name>CircuitsSection</name>
    <message>
        <location filename="../../app/views/circuits_section.py" line="61"/>
        <location filename="../../app/views/circuits_section.py" line="221"/>
        <source>Circuit</source>
        <translation>Circuito</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="62"/>
        <source>Limit</source>
        <translation>Limite</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="63"/>
        <location filename="../../app/views/circuits_section.py" line="243"/>
        <source>Phases</source>
        <translation>Fasi</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="64"/>
        <source>Time-of-day limits</source>
        <translation>Limiti orari</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="65"/>
        <source>Connectors</source>
        <translation>Connettori</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="66"/>
        <source>Load now (L1 / L2 / L3)</source>
        <translation>Carico attuale (L1 / L2 / L3)</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="81"/>
        <source>{amps} A of {limit} A</source>
        <translation>{amps} A su {limit} A</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="91"/>
        <source>Connectors on {circuit}</source>
        <translation>Connettori su {circuit}</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="94"/>
        <source>Tick the connectors wired to &lt;b&gt;{circuit}&lt;/b&gt;. A connector is on one circuit; ticking one moves it here. Phases and wiring are set per connector in the station editor.</source>
        <translation>Spunti i connettori collegati a &lt;b&gt;{circuit}&lt;/b&gt;. Un connettore è su un solo circuito; spuntarne uno lo sposta qui. Fasi e cablaggio si impostano per connettore nell&apos;editor della stazione di ricarica.</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="146"/>
        <source>Circuits and load</source>
        <translation>Circuiti e carico</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="149"/>
        <source>Choose a saved site to see its circuits.</source>
        <translation>Scelga una sede salvata per vederne i circuiti.</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="198"/>
        <location filename="../../app/views/circuits_section.py" line="429"/>
        <source>Add circuit below</source>
        <translation>Aggiungi circuito sotto</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="199"/>
        <source>Edit</source>
        <translation>Modifica</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="200"/>
        <source>Move…</source>
        <translation>Sposta…</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="201"/>
        <source>Connectors…</source>
        <translation>Connettori…</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="202"/>
        <source>Delete…</source>
        <translation>Elimina…</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="231"/>
        <source>e.g. Garage</source>
        <translation>p. es. Garage</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="237"/>
        <source>A per phase, e.g. 63</source>
        <translation>A per fase, p. es. 63</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="239"/>
        <source>kW, e.g. 43 (optional)</source>
        <translation>kW, p. es. 43 (facoltativo)</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="241"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="242"/>
        <source>Under</source>
        <translation>Sotto</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="244"/>
        <source>Max current (A)</source>
        <translation>Corrente max. (A)</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="245"/>
        <source>Max power (kW)</source>
        <translation>Potenza max. (kW)</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="257"/>
        <source>Time-of-day limits (site time):</source>
        <translation>Limiti orari (ora della sede):</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="259"/>
        <source>Edit time-of-day limits…</source>
        <translation>Modifica limiti orari…</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="263"/>
        <source>Lower this circuit&apos;s limit at times of the week, in a week calendar</source>
        <translation>Abbassa il limite di questo circuito in certi momenti della settimana, in un calendario settimanale</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="279"/>
        <source>Save circuit</source>
        <translation>Salva circuito</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="282"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="295"/>
        <source>Load sharing</source>
        <translation>Ripartizione del carico</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="322"/>
        <source>Strategy</source>
        <translation>Strategia</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="323"/>
        <source>How the circuits&apos; power is shared between charging sessions</source>
        <translation>Come la potenza dei circuiti è ripartita tra le sessioni di ricarica</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="324"/>
        <source>Minimum current (A)</source>
        <translation>Corrente minima (A)</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="325"/>
        <source>Per phase, 6–32 A: a session that would get less waits (paused) instead</source>
        <translation>Per fase, 6–32 A: una sessione di ricarica che riceverebbe meno attende invece (in pausa)</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="326"/>
        <source>Base-load meter</source>
        <translation>Contatore del carico di base</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="327"/>
        <source>A meter of the site&apos;s other consumers: what they draw is not given to the chargers</source>
        <translation>Un contatore degli altri consumatori della sede: ciò che assorbono non è assegnato alle stazioni di ricarica</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="329"/>
        <source>Meter charger</source>
        <translation>Stazione con contatore</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="330"/>
        <source>The charger whose meter values at its inlet measure the supply</source>
        <translation>La stazione di ricarica i cui valori del contatore all&apos;ingresso misurano l&apos;alimentazione</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="331"/>
        <source>Meter address</source>
        <translation>Indirizzo del contatore</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="332"/>
        <source>The Modbus TCP meter&apos;s host:port on the LAN</source>
        <translation>host:port del contatore Modbus TCP sulla LAN</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="333"/>
        <source>Unit id</source>
        <translation>ID unità</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="334"/>
        <source>The meter&apos;s Modbus unit id (often 1)</source>
        <translation>L&apos;ID unità Modbus del contatore (spesso 1)</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="335"/>
        <source>Register map</source>
        <translation>Mappa dei registri</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="336"/>
        <source>Which registers hold the currents per phase</source>
        <translation>Quali registri contengono le correnti per fase</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="337"/>
        <source>Meter measures</source>
        <translation>Il contatore misura</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="338"/>
        <source>The circuit the meter measures</source>
        <translation>Il circuito misurato dal contatore</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="356"/>
        <source>Save load sharing</source>
        <translation>Salva ripartizione</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="391"/>
        <source>Circuits and load — {site}</source>
        <translation>Circuiti e carico — {site}</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="422"/>
        <source>Not load-managed: {chargers}</source>
        <translation>Senza gestione del carico: {chargers}</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="431"/>
        <source>Add grid connection</source>
        <translation>Aggiungi allacciamento alla rete</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="453"/>
        <source>the grid connection</source>
        <translation>l&apos;allacciamento alla rete</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="526"/>
        <source>That circuit was deleted meanwhile.</source>
        <translation>Quel circuito è stato eliminato nel frattempo.</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="533"/>
        <source>Choose the circuit to put it under, then Save circuit.</source>
        <translation>Scelga il circuito sotto cui metterlo, poi «Salva circuito».</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="543"/>
        <source>Circuit {name}</source>
        <translation>Circuito {name}</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="545"/>
        <source>New circuit</source>
        <translation>Nuovo circuito</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="580"/>
        <source>None: the circuit&apos;s own limit applies at all times.</source>
        <translation>Nessuno: il limite proprio del circuito vale sempre.</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="592"/>
        <source>the new circuit</source>
        <translation>nuovo circuito</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="652"/>
        <location filename="../../app/views/circuits_section.py" line="838"/>
        <source>Not saved: fix the marked fields.</source>
        <translation>Non salvato: corregga i campi evidenziati.</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="658"/>
        <source>Not saved: {why}</source>
        <translation>Non salvato: {why}</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="678"/>
        <source>Not saved: this circuit was changed on another console meanwhile.</source>
        <translation>Non salvato: questo circuito è stato modificato nel frattempo su un&apos;altra console.</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="686"/>
        <source>this circuit was deleted on another console meanwhile.</source>
        <translation>questo circuito è stato eliminato nel frattempo su un&apos;altra console.</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="695"/>
        <source>Saved circuit {name}.</source>
        <translation>Circuito {name} salvato.</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="717"/>
        <source>Your changes are kept; the other fields show what is stored now.</source>
        <translation>Le sue modifiche sono mantenute; gli altri campi mostrano ciò che è salvato ora.</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="733"/>
        <source>Delete circuit {name}?</source>
        <translation>Eliminare il circuito {name}?</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="740"/>
        <source>Delete circuit</source>
        <translation>Elimina circuito</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="761"/>
        <source>Reloaded: look again before deleting.</source>
        <translation>Ricaricato: controlli di nuovo prima di eliminare.</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="766"/>
        <source>Not deleted: {why}.</source>
        <translation>Non eliminato: {why}.</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="771"/>
        <source>Circuit deleted.</source>
        <translation>Circuito eliminato.</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="796"/>
        <source>Not changed: {why}</source>
        <translation>Non modificato: {why}</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="801"/>
        <source>Not changed: {why}.</source>
        <translation>Non modificato: {why}.</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="804"/>
        <source>Connectors saved.</source>
        <translation>Connettori salvati.</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="843"/>
        <source>Not saved: the site was changed on another console meanwhile.</source>
        <translation>Non salvato: la sede è stata modificata nel frattempo su un&apos;altra console.</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="848"/>
        <source>Not saved: {why}.</source>
        <translation>Non salvato: {why}.</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="851"/>
        <source>Saved.</source>
        <translation>Salvato.</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="863"/>
        <source>Your changes are kept; Save replaces what is stored where you changed it.</source>
        <translation>Le sue modifiche sono mantenute; Salva sostituisce ciò che è salvato dove ha modificato.</translation>
    </message>
</context>
<context>
    <name>LoadPage</name>
    <message>
        <location filename="../../app/views/load/page.py" line="63"/>
        <source>Last hour</source>
        <translation>Ultima ora</translation>
    </message>
    <message>
        <location filename="../../app/views/load/page.py" line="64"/>
        <source>Last 6 hours</source>
        <translation>Ultime 6 ore</translation>
    </message>
    <message>
        <location filename="../../app/views/load/page.py" line="65"/>
        <source>Last 24 hours</source>
        <translation>Ultime 24 ore</translation>
    </message>
    <message>
        <location filename="../../app/views/load/page.py" line="66"/>
        <source>Last 7 days</source>
        <translation>Ultimi 7 giorni</translation>
    </message>
    <message>
        <location filename="../../app/views/load/page.py" line="69"/>
        <source>Station</source>
        <translation>Stazione</translation>
    </message>
    <message>
        <location filename="../../app/views/load/page.py" line="70"/>
        <source>Connector</source>
        <translation>Connettore</translation>
    </message>
    <message>
        <location filename="../../app/views/load/page.py" line="71"/>
        <location filename="../../app/views/load/page.py" line="77"/>
        <source>Circuit</source>
        <translation>Circuito</translation>
    </message>
    <message>
        <location filename="../../app/views/load/page.py" line="72"/>
        <source>Phases</source>
        <translation>Fasi</translation>
    </message>
    <message>
        <location filename="../../app/views/load/page.py" line="73"/>
        <location filename="../../app/views/load/page.py" line="78"/>
        <location filename="../../app/views/load/page.py" line="112"/>
        <source>Limit</source>
        <translation>Limite</translation>
    </message>
    <message>
        <location filename="../../app/views/load/page.py" line="74"/>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../app/views/load/page.py" line="79"/>
        <location filename="../../app/views/load/page.py" line="113"/>
        <source>Allocated</source>
        <translation>Assegnato</translation>
    </message>
    <message>
        <location filename="../../app/views/load/page.py" line="80"/>
        <location filename="../../app/views/load/page.py" line="114"/>
        <source>Measured</source>
        <translation>Misurato</translation>
    </message>
    <message>
        <location filename="../../app/views/load/page.py" line="94"/>
        <source>no limit</source>
        <translation>nessun limite</translation>
    </message>
    <message>
        <location filename="../../app/views/load/page.py" line="192"/>
        <source>Site:</source>
        <translation>Sede:</translation>
    </message>
    <message>
        <location filename="../../app/views/load/page.py" line="225"/>
        <source>Set up circuits in Settings → Sites…</source>
        <translation>Configura i circuiti in Impostazioni → Sedi…</translation>
    </message>
    <message>
        <location filename="../../app/views/load/page.py" line="250"/>
        <source>Amperes per phase: L1 · L2 · L3 (L1 for a single-phase circuit)</source>
        <translation>Ampere per fase: L1 · L2 · L3 (L1 per un circuito monofase)</translation>
    </message>
    <message>
        <location filename="../../app/views/load/page.py" line="272"/>
        <source>Charging now</source>
        <translation>Sessioni di ricarica in corso</translation>
    </message>
    <message>
        <location filename="../../app/views/load/page.py" line="285"/>
        <source>Nothing is charging on this site&apos;s circuits.</source>
        <translation>Nessuna ricarica in corso sui circuiti di questa sede.</translation>
    </message>
    <message>
        <location filename="../../app/views/load/page.py" line="289"/>
        <source>&lt;b&gt;Not load-managed&lt;/b&gt; (their full power is reserved on their circuit)</source>
        <translation>&lt;b&gt;Senza gestione del carico&lt;/b&gt; (la loro piena potenza è riservata sul loro circuito)</translation>
    </message>
    <message>
        <location filename="../../app/views/load/page.py" line="359"/>
        <source>Could not read the load: {error}</source>
        <translation>Impossibile leggere il carico: {error}</translation>
    </message>
    <message>
        <location filename="../../app/views/load/page.py" line="395"/>
        <source>There is no site yet. Add one in Settings → Sites, with its grid connection and circuits.</source>
        <translation>Non c&apos;è ancora nessuna sede. Ne aggiunga una in Impostazioni → Sedi, con il suo allacciamento alla rete e i suoi circuiti.</translation>
    </message>
    <message>
        <location filename="../../app/views/load/page.py" line="408"/>
        <source>{site} has no circuits, so the load of its chargers is not managed. Add the site&apos;s grid connection (its main supply, with its limit) and the circuits below it in Settings → Sites, then put each connector on its circuit in the station editor.</source>
        <translation>{site} non ha circuiti, quindi il carico delle sue stazioni di ricarica non è gestito. Aggiunga l&apos;allacciamento alla rete della sede (la sua alimentazione principale, con il suo limite) e i circuiti sottostanti in Impostazioni → Sedi, poi metta ogni connettore sul suo circuito nell&apos;editor della stazione di ricarica.</translation>
    </message>
    <message>
        <location filename="../../app/views/load/page.py" line="437"/>
        <source>{name} (1-phase)</source>
        <translation>{name} (monofase)</translation>
    </message>
    <message>
        <location filename="../../app/views/load/page.py" line="468"/>
        <source>Measured above the limit</source>
        <translation>Misurato sopra il limite</translation>
    </message>
    <message>
        <location filename="../../app/views/load/page.py" line="472"/>
        <source>Allocation of {time} (live)</source>
        <translation>Assegnazione delle {time} (in diretta)</translation>
    </message>
    <message>
        <location filename="../../app/views/load/page.py" line="478"/>
        <source>No allocation heard since this console started: the newest samples ({time}) and the limits last sent</source>
        <translation>Nessuna assegnazione ricevuta dall&apos;avvio di questa console: i campioni più recenti ({time}) e gli ultimi limiti inviati</translation>
    </message>
    <message>
        <location filename="../../app/views/load/page.py" line="486"/>
        <source>Nothing allocated yet: load management starts when the central system runs</source>
        <translation>Ancora nulla di assegnato: la gestione del carico parte quando il sistema centrale è in funzione</translation>
    </message>
    <message>
        <location filename="../../app/views/load/page.py" line="504"/>
        <source>full power</source>
        <translation>piena potenza</translation>
    </message>
    <message>
        <location filename="../../app/views/load/page.py" line="505"/>
        <source>unmanaged: its full power is reserved on its circuit</source>
        <translation>senza gestione del carico: la sua piena potenza è riservata sul suo circuito</translation>
    </message>
    <message>
        <location filename="../../app/views/load/page.py" line="509"/>
        <source>paused</source>
        <translation>in pausa</translation>
    </message>
    <message>
        <location filename="../../app/views/load/page.py" line="523"/>
        <source>{cp_id} connector {connector}</source>
        <translation>{cp_id} connettore {connector}</translation>
    </message>
    <message>
        <location filename="../../app/views/load/page.py" line="527"/>
        <source>paused: waits until its minimum is free</source>
        <translation>in pausa: attende che il suo minimo sia libero</translation>
    </message>
    <message>
        <location filename="../../app/views/load/page.py" line="559"/>
        <source>{circuit}: limit, allocated and measured current per phase, {span} (single-phase)</source>
        <translation>{circuit}: limite, corrente assegnata e misurata per fase, {span} (monofase)</translation>
    </message>
    <message>
        <location filename="../../app/views/load/page.py" line="564"/>
        <source>{circuit}: limit, allocated and measured current per phase, {span} (three-phase)</source>
        <translation>{circuit}: limite, corrente assegnata e misurata per fase, {span} (trifase)</translation>
    </message>
</context>
<context>
    <name>LocationPicker</name>
    <message>
        <location filename="../../app/views/map/picker.py" line="38"/>
        <source>Latitude</source>
        <translation>Latitudine</translation>
    </message>
    <message>
        <location filename="../../app/views/map/picker.py" line="39"/>
        <source>Longitude</source>
        <translation>Longitudine</translation>
    </message>
    <message>
        <location filename="../../app/views/map/picker.py" line="56"/>
        <source>{what} must be a number in decimal degrees, e.g. {example}.</source>
        <translation>{what}: inserisca un numero in gradi decimali, p. es. {example}.</translation>
    </message>
    <message>
        <location filename="../../app/views/map/picker.py" line="61"/>
        <source>Latitude must be between -90 (south) and 90 (north) degrees.</source>
        <translation>La latitudine deve essere compresa tra -90 (sud) e 90 (nord) gradi.</translation>
    </message>
    <message>
        <location filename="../../app/views/map/picker.py" line="63"/>
        <source>Longitude must be between -180 (west) and 180 (east) degrees.</source>
        <translation>La longitudine deve essere compresa tra -180 (ovest) e 180 (est) gradi.</translation>
    </message>
    <message>
        <location filename="../../app/views/map/picker.py" line="98"/>
        <source>Location of {name}</source>
        <translation>Posizione di {name}</translation>
    </message>
    <message>
        <location filename="../../app/views/map/picker.py" line="100"/>
        <source>Station location</source>
        <translation>Posizione della stazione di ricarica</translation>
    </message>
    <message>
        <location filename="../../app/views/map/picker.py" line="136"/>
        <source>e.g. 47.3769</source>
        <translation>p. es. 47.3769</translation>
    </message>
    <message>
        <location filename="../../app/views/map/picker.py" line="143"/>
        <source>e.g. 8.5417</source>
        <translation>p. es. 8.5417</translation>
    </message>
    <message>
        <location filename="../../app/views/map/picker.py" line="145"/>
        <source>Longitude in decimal degrees, -180 (west) to 180 (east)</source>
        <translation>Longitudine in gradi decimali, da -180 (ovest) a 180 (est)</translation>
    </message>
    <message>
        <location filename="../../app/views/map/picker.py" line="149"/>
        <source>Latitude:</source>
        <translation>Latitudine:</translation>
    </message>
    <message>
        <location filename="../../app/views/map/picker.py" line="151"/>
        <source>Longitude:</source>
        <translation>Longitudine:</translation>
    </message>
    <message>
        <location filename="../../app/views/map/picker.py" line="155"/>
        <source>Centre on needle</source>
        <translation>Centra sulla puntina</translation>
    </message>
    <message>
        <location filename="../../app/views/map/picker.py" line="158"/>
        <source>Bring the needle back into view</source>
        <translation>Riporta la puntina nella vista</translation>
    </message>
    <message>
        <location filename="../../app/views/map/picker.py" line="159"/>
        <source>Remove location</source>
        <translation>Rimuovi posizione</translation>
    </message>
    <message>
        <location filename="../../app/views/map/picker.py" line="163"/>
        <source>Take the needle away: the station will have no location and leaves the map</source>
        <translation>Togli la puntina: la stazione di ricarica non avrà posizione e lascerà la mappa</translation>
    </message>
    <message>
        <location filename="../../app/views/map/picker.py" line="181"/>
        <source>The address stays a free text field in the editor.</source>
        <translation>L&apos;indirizzo resta un campo di testo libero nell&apos;editor.</translation>
    </message>
    <message>
        <location filename="../../app/views/map/picker.py" line="286"/>
        <source>Enter the latitude too.</source>
        <translation>Inserisca anche la latitudine.</translation>
    </message>
    <message>
        <location filename="../../app/views/map/picker.py" line="288"/>
        <source>Enter the longitude too.</source>
        <translation>Inserisca anche la longitudine.</translation>
    </message>
    <message>
        <location filename="../../app/views/map/picker.py" line="334"/>
        <source>Drag the needle to adjust, or click elsewhere to move it. Typing coordinates below moves it too.</source>
        <translation>Trascini la puntina per regolarla o faccia clic altrove per spostarla. Anche le coordinate digitate qui sotto la spostano.</translation>
    </message>
    <message>
        <location filename="../../app/views/map/picker.py" line="339"/>
        <location filename="../../app/views/map/picker.py" line="355"/>
        <source>Use this location</source>
        <translation>Usa questa posizione</translation>
    </message>
    <message>
        <location filename="../../app/views/map/picker.py" line="343"/>
        <source>No location: the station will leave the map. Click the map to place it again.</source>
        <translation>Nessuna posizione: la stazione di ricarica lascerà la mappa. Faccia clic sulla mappa per posizionarla di nuovo.</translation>
    </message>
    <message>
        <location filename="../../app/views/map/picker.py" line="348"/>
        <source>Use no location</source>
        <translation>Conferma senza posizione</translation>
    </message>
</context>
<context>
    <name>LogPage</name>
    <message>
        <location filename="../../app/views/log_page.py" line="60"/>
        <source>Time</source>
        <translation>Ora</translation>
    </message>
    <message>
        <location filename="../../app/views/log_page.py" line="61"/>
        <source>Charger</source>
        <translation>Punto di ricarica</translation>
    </message>
    <message>
        <location filename="../../app/views/log_page.py" line="62"/>
        <source>Dir</source>
        <translation>Direzione</translation>
    </message>
    <message>
        <location filename="../../app/views/log_page.py" line="63"/>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <location filename="../../app/views/log_page.py" line="64"/>
        <source>Result</source>
        <translation>Risultato</translation>
    </message>
    <message>
        <location filename="../../app/views/log_page.py" line="65"/>
        <source>Latency</source>
        <translation>Latenza</translation>
    </message>
    <message>
        <location filename="../../app/views/log_page.py" line="66"/>
        <source>Message id</source>
        <translation>ID messaggio</translation>
    </message>
    <message>
        <location filename="../../app/views/log_page.py" line="105"/>
        <source>CallError: the other side could not process the call</source>
        <translation>CallError: l&apos;altra parte non ha potuto elaborare la chiamata</translation>
    </message>
    <message>
        <location filename="../../app/views/log_page.py" line="107"/>
        <source>Waiting for the answer</source>
        <translation>In attesa della risposta</translation>
    </message>
    <message>
        <location filename="../../app/views/log_page.py" line="109"/>
        <source>Answered; the answer&apos;s status is {status}</source>
        <translation>Risposto; stato della risposta: {status}</translation>
    </message>
    <message>
        <location filename="../../app/views/log_page.py" line="112"/>
        <source>Answered</source>
        <translation>Risposto</translation>
    </message>
    <message>
        <location filename="../../app/views/log_page.py" line="239"/>
        <source>any time</source>
        <translation>tutto il periodo</translation>
    </message>
    <message>
        <location filename="../../app/views/log_page.py" line="240"/>
        <source>last 5 minutes</source>
        <translation>ultimi 5 minuti</translation>
    </message>
    <message>
        <location filename="../../app/views/log_page.py" line="241"/>
        <source>last hour</source>
        <translation>ultima ora</translation>
    </message>
    <message>
        <location filename="../../app/views/log_page.py" line="242"/>
        <source>last 24 hours</source>
        <translation>ultime 24 ore</translation>
    </message>
    <message>
        <location filename="../../app/views/log_page.py" line="301"/>
        <source>charger…</source>
        <translation>punto di ricarica…</translation>
    </message>
    <message>
        <location filename="../../app/views/log_page.py" line="304"/>
        <source>all actions</source>
        <translation>tutte le azioni</translation>
    </message>
    <message>
        <location filename="../../app/views/log_page.py" line="308"/>
        <source>both directions</source>
        <translation>entrambe le direzioni</translation>
    </message>
    <message>
        <location filename="../../app/views/log_page.py" line="309"/>
        <source>from chargers</source>
        <translation>dai punti di ricarica</translation>
    </message>
    <message>
        <location filename="../../app/views/log_page.py" line="310"/>
        <source>to chargers</source>
        <translation>ai punti di ricarica</translation>
    </message>
    <message>
        <location filename="../../app/views/log_page.py" line="316"/>
        <source>errors only</source>
        <translation>solo errori</translation>
    </message>
    <message>
        <location filename="../../app/views/log_page.py" line="319"/>
        <source>Show only the calls of this period</source>
        <translation>Mostra solo le chiamate di questo periodo</translation>
    </message>
    <message>
        <location filename="../../app/views/log_page.py" line="326"/>
        <location filename="../../app/views/log_page.py" line="502"/>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <location filename="../../app/views/log_page.py" line="328"/>
        <source>Hold new frames (the newest {count} are kept and shown on Resume)</source>
        <translation>Trattieni i nuovi frame (gli ultimi {count} sono conservati e mostrati con Riprendi)</translation>
    </message>
    <message>
        <location filename="../../app/views/log_page.py" line="334"/>
        <source>Export…</source>
        <translation>Esporta…</translation>
    </message>
    <message>
        <location filename="../../app/views/log_page.py" line="336"/>
        <source>Save the rows the filter shows as JSON lines (.jsonl) or CSV (.csv)</source>
        <translation>Salva le righe mostrate dal filtro come JSON Lines (.jsonl) o CSV (.csv)</translation>
    </message>
    <message>
        <location filename="../../app/views/log_page.py" line="373"/>
        <source>Call</source>
        <translation>Chiamata</translation>
    </message>
    <message>
        <location filename="../../app/views/log_page.py" line="374"/>
        <source>Answer</source>
        <translation>Risposta</translation>
    </message>
    <message>
        <location filename="../../app/views/log_page.py" line="376"/>
        <source>Select a row to see the call</source>
        <translation>Selezioni una riga per vedere la chiamata</translation>
    </message>
    <message>
        <location filename="../../app/views/log_page.py" line="377"/>
        <source>… and its answer</source>
        <translation>… e la sua risposta</translation>
    </message>
    <message>
        <location filename="../../app/views/log_page.py" line="398"/>
        <source>Part of a charge point id (Ctrl+F)</source>
        <translation>Parte di un ID di punto di ricarica (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../app/views/log_page.py" line="416"/>
        <source>Export the shown OCPP messages</source>
        <translation>Esporta i messaggi OCPP mostrati</translation>
    </message>
    <message>
        <location filename="../../app/views/log_page.py" line="419"/>
        <source>JSON lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <location filename="../../app/views/log_page.py" line="419"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../app/views/log_page.py" line="434"/>
        <source>export failed: {why} ({path})</source>
        <translation>esportazione non riuscita: {why} ({path})</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/log_page.py" line="442"/>
        <source>%n call(s) exported to {file}</source>
        <translation>
            <numerusform>Chiamate esportate in {file}: %n</numerusform>
            <numerusform>Chiamate esportate in {file}: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/log_page.py" line="456"/>
        <source>earlier messages not loaded: {why}</source>
        <translation>messaggi precedenti non caricati: {why}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/log_page.py" line="468"/>
        <source>paused: %n new frame(s) held</source>
        <translation>
            <numerusform>in pausa – nuovi frame trattenuti: %n</numerusform>
            <numerusform>in pausa – nuovi frame trattenuti: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/log_page.py" line="502"/>
        <source>Resume</source>
        <translation>Riprendi</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/log_page.py" line="510"/>
        <source>%n call(s)</source>
        <translation>
            <numerusform>Chiamate: %n</numerusform>
            <numerusform>Chiamate: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/log_page.py" line="522"/>
        <source>{cp_id} → central system</source>
        <translation>{cp_id} → sistema centrale</translation>
    </message>
    <message>
        <location filename="../../app/views/log_page.py" line="524"/>
        <source>central system → {cp_id}</source>
        <translation>sistema centrale → {cp_id}</translation>
    </message>
    <message>
        <location filename="../../app/views/log_page.py" line="527"/>
        <source>Call · {action} · {who} · id {id}</source>
        <translation>Chiamata · {action} · {who} · ID {id}</translation>
    </message>
    <message>
        <location filename="../../app/views/log_page.py" line="532"/>
        <source>Answer · waiting</source>
        <translation>Risposta · in attesa</translation>
    </message>
    <message>
        <location filename="../../app/views/log_page.py" line="534"/>
        <source>Answer · {result}</source>
        <translation>Risposta · {result}</translation>
    </message>
    <message>
        <location filename="../../app/views/log_page.py" line="539"/>
        <source>(no answer yet)</source>
        <translation>(ancora nessuna risposta)</translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message>
        <location filename="../../app/views/map/page.py" line="130"/>
        <source>Find a station: name, charge point id or address, then Enter</source>
        <translation>Trova una stazione di ricarica: nome, ID del punto di ricarica o indirizzo, poi Invio</translation>
    </message>
    <message>
        <location filename="../../app/views/map/page.py" line="134"/>
        <source>Centres the map on the station and opens its popup (Ctrl+F)</source>
        <translation>Centra la mappa sulla stazione di ricarica e ne apre il popup (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../app/views/map/page.py" line="142"/>
        <source>Fit all</source>
        <translation>Mostra tutte</translation>
    </message>
    <message>
        <location filename="../../app/views/map/page.py" line="144"/>
        <source>Frame every station shown (Ctrl+0)</source>
        <translation>Inquadra tutte le stazioni di ricarica mostrate (Ctrl+0)</translation>
    </message>
    <message>
        <location filename="../../app/views/map/page.py" line="162"/>
        <source>Loading the map…</source>
        <translation>Caricamento della mappa…</translation>
    </message>
    <message>
        <location filename="../../app/views/map/page.py" line="278"/>
        <source>The stations could not be read: {why}</source>
        <translation>Impossibile leggere le stazioni di ricarica: {why}</translation>
    </message>
    <message>
        <location filename="../../app/views/map/page.py" line="455"/>
        <source>Reading the stations…</source>
        <translation>Lettura delle stazioni di ricarica…</translation>
    </message>
    <message>
        <location filename="../../app/views/map/page.py" line="462"/>
        <source>No stations yet. Add them on the Stations page; give each a location in its editor (Set on map…).</source>
        <translation>Ancora nessuna stazione di ricarica. Le aggiunga nella pagina Stazioni; dia a ciascuna una posizione nel suo editor (Posiziona sulla mappa…).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/map/page.py" line="473"/>
        <source>{placed} of %n station(s) on the map</source>
        <translation>
            <numerusform>Stazioni di ricarica sulla mappa: {placed} su %n</numerusform>
            <numerusform>Stazioni di ricarica sulla mappa: {placed} su %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/map/page.py" line="477"/>
        <source>{shown} of %n placed station(s) match the filters</source>
        <translation>
            <numerusform>Stazioni posizionate che corrispondono ai filtri: {shown} su %n</numerusform>
            <numerusform>Stazioni posizionate che corrispondono ai filtri: {shown} su %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/map/page.py" line="484"/>
        <source>%n without a location: {names}</source>
        <translation>
            <numerusform>Senza posizione: %n – {names}</numerusform>
            <numerusform>Senza posizione: %n – {names}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/map/page.py" line="488"/>
        <source>Open a station and use Set on map… (or type its coordinates) to place it:
</source>
        <translation>Apra una stazione di ricarica e usi «Posiziona sulla mappa…» (o digiti le sue coordinate) per posizionarla:
</translation>
    </message>
    <message>
        <location filename="../../app/views/map/page.py" line="531"/>
        <source>No station matches “{text}”.</source>
        <translation>Nessuna stazione di ricarica corrisponde a «{text}».</translation>
    </message>
    <message>
        <location filename="../../app/views/map/page.py" line="541"/>
        <source>{name} has no location yet. &lt;a href=&apos;station:{id}&apos;&gt;Open it&lt;/a&gt; and use Set on map… to place it.</source>
        <translation>{name} non ha ancora una posizione. &lt;a href=&apos;station:{id}&apos;&gt;La apra&lt;/a&gt; e usi «Posiziona sulla mappa…» per posizionarla.</translation>
    </message>
    <message>
        <location filename="../../app/views/map/page.py" line="558"/>
        <source>The filters hid it: they are cleared.</source>
        <translation>I filtri la nascondevano: sono stati azzerati.</translation>
    </message>
    <message>
        <location filename="../../app/views/map/page.py" line="561"/>
        <source>Showing {name} ({cp_id}).</source>
        <translation>Visualizzazione di {name} ({cp_id}).</translation>
    </message>
</context>
<context>
    <name>MapTilesSettings</name>
    <message>
        <location filename="../../app/views/map/tiles.py" line="492"/>
        <source>Map tiles</source>
        <translation>Tile della mappa</translation>
    </message>
    <message>
        <location filename="../../app/views/map/tiles.py" line="495"/>
        <source>The map&apos;s background. Stations are always shown; without tiles they appear on a grid of latitudes and longitudes. Tiles fetched over the network are kept on disk, so a site viewed once can be shown later without a connection.</source>
        <translation>Lo sfondo della mappa. Le stazioni di ricarica sono sempre mostrate; senza tile appaiono su una griglia di latitudini e longitudini. Le tile scaricate dalla rete sono conservate su disco, così una zona vista una volta può essere mostrata più tardi senza connessione.</translation>
    </message>
    <message>
        <location filename="../../app/views/map/tiles.py" line="506"/>
        <source>OpenStreetMap (public tiles, needs internet)</source>
        <translation>OpenStreetMap (tile pubbliche, richiede internet)</translation>
    </message>
    <message>
        <location filename="../../app/views/map/tiles.py" line="511"/>
        <source>A tile server on the network</source>
        <translation>Un server di tile in rete</translation>
    </message>
    <message>
        <location filename="../../app/views/map/tiles.py" line="513"/>
        <source>Pre-downloaded tiles: a folder or an MBTiles file</source>
        <translation>Tile scaricate in anticipo: una cartella o un file MBTiles</translation>
    </message>
    <message>
        <location filename="../../app/views/map/tiles.py" line="515"/>
        <source>No tiles (stations on a coordinate grid)</source>
        <translation>Nessuna tile (stazioni su una griglia di coordinate)</translation>
    </message>
    <message>
        <location filename="../../app/views/map/tiles.py" line="526"/>
        <source>Source:</source>
        <translation>Sorgente:</translation>
    </message>
    <message>
        <location filename="../../app/views/map/tiles.py" line="530"/>
        <source>http://tiles.example.lan/{z}/{x}/{y}.png</source>
        <translation>http://tiles.example.lan/{z}/{x}/{y}.png</translation>
    </message>
    <message>
        <location filename="../../app/views/map/tiles.py" line="532"/>
        <source>The server&apos;s URL template: {z} zoom, {x} column, {y} row ({s} for a, b, c sub-domains)</source>
        <translation>Modello di URL del server: {z} zoom, {x} colonna, {y} riga ({s} per i sottodomini a, b, c)</translation>
    </message>
    <message>
        <location filename="../../app/views/map/tiles.py" line="538"/>
        <source>Test</source>
        <translation>Prova</translation>
    </message>
    <message>
        <location filename="../../app/views/map/tiles.py" line="541"/>
        <source>Ask the server for its first tile (zoom 0) and say what came back</source>
        <translation>Chiedi al server la sua prima tile (zoom 0) e indica cosa è tornato</translation>
    </message>
    <message>
        <location filename="../../app/views/map/tiles.py" line="547"/>
        <source>Server URL:</source>
        <translation>URL del server:</translation>
    </message>
    <message>
        <location filename="../../app/views/map/tiles.py" line="552"/>
        <source>/srv/tiles  (holding {z}/{x}/{y}.png)  or  /srv/site.mbtiles</source>
        <translation>/srv/tiles  (con {z}/{x}/{y}.png)  o  /srv/site.mbtiles</translation>
    </message>
    <message>
        <location filename="../../app/views/map/tiles.py" line="554"/>
        <source>Folder…</source>
        <translation>Cartella…</translation>
    </message>
    <message>
        <location filename="../../app/views/map/tiles.py" line="556"/>
        <source>MBTiles file…</source>
        <translation>File MBTiles…</translation>
    </message>
    <message>
        <location filename="../../app/views/map/tiles.py" line="564"/>
        <source>Tiles:</source>
        <translation>Tile:</translation>
    </message>
    <message>
        <location filename="../../app/views/map/tiles.py" line="568"/>
        <source>© OpenStreetMap contributors</source>
        <translation>© Collaboratori di OpenStreetMap</translation>
    </message>
    <message>
        <location filename="../../app/views/map/tiles.py" line="570"/>
        <source>Shown in the map&apos;s corner: the data&apos;s licence usually requires it</source>
        <translation>Mostrata nell&apos;angolo della mappa: la licenza dei dati di solito lo richiede</translation>
    </message>
    <message>
        <location filename="../../app/views/map/tiles.py" line="572"/>
        <source>Attribution:</source>
        <translation>Attribuzione:</translation>
    </message>
    <message>
        <location filename="../../app/views/map/tiles.py" line="580"/>
        <source>The oldest cached tiles are removed beyond this size (0: no limit)</source>
        <translation>Oltre questa dimensione le tile in cache più vecchie vengono rimosse (0: nessun limite)</translation>
    </message>
    <message>
        <location filename="../../app/views/map/tiles.py" line="589"/>
        <source>Clear cache</source>
        <translation>Svuota cache</translation>
    </message>
    <message>
        <location filename="../../app/views/map/tiles.py" line="591"/>
        <source>Delete every cached tile (they are fetched again when shown)</source>
        <translation>Elimina tutte le tile in cache (vengono riscaricate quando mostrate)</translation>
    </message>
    <message>
        <location filename="../../app/views/map/tiles.py" line="596"/>
        <source>Cache:</source>
        <translation>Cache:</translation>
    </message>
    <message>
        <location filename="../../app/views/map/tiles.py" line="599"/>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <location filename="../../app/views/map/tiles.py" line="675"/>
        <source>Not saved: fix the marked field.</source>
        <translation>Non salvato: corregga il campo evidenziato.</translation>
    </message>
    <message>
        <location filename="../../app/views/map/tiles.py" line="681"/>
        <source>Saved; open maps use it now.</source>
        <translation>Salvato; le mappe aperte lo usano da subito.</translation>
    </message>
    <message>
        <location filename="../../app/views/map/tiles.py" line="709"/>
        <source>Asking {host} for a tile…</source>
        <translation>Richiesta di una tile a {host}…</translation>
    </message>
    <message>
        <location filename="../../app/views/map/tiles.py" line="722"/>
        <source>The server answered with a tile ({size} KB) in {ms} ms.</source>
        <translation>Il server ha risposto con una tile ({size} KB) in {ms} ms.</translation>
    </message>
    <message>
        <location filename="../../app/views/map/tiles.py" line="730"/>
        <source>HTTP {status}, not an image</source>
        <translation>HTTP {status}, non è un&apos;immagine</translation>
    </message>
    <message>
        <location filename="../../app/views/map/tiles.py" line="734"/>
        <source>No tile from {url}: {why}.</source>
        <translation>Nessuna tile da {url}: {why}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/map/tiles.py" line="743"/>
        <source>%n tile(s), {size} MB in {folder}</source>
        <translation>
            <numerusform>Tile: %n, {size} MB in {folder}</numerusform>
            <numerusform>Tile: %n, {size} MB in {folder}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/map/tiles.py" line="754"/>
        <source>Folder of map tiles ({z}/{x}/{y}.png)</source>
        <translation>Cartella di tile della mappa ({z}/{x}/{y}.png)</translation>
    </message>
</context>
<context>
    <name>OperatorsSection</name>
    <message>
        <location filename="../../app/views/operators_section.py" line="36"/>
        <source>Username</source>
        <translation>Nome utente</translation>
    </message>
    <message>
        <location filename="../../app/views/operators_section.py" line="37"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../app/views/operators_section.py" line="38"/>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <location filename="../../app/views/operators_section.py" line="39"/>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../../app/views/operators_section.py" line="40"/>
        <source>Last log-in</source>
        <translation>Ultimo accesso</translation>
    </message>
    <message>
        <location filename="../../app/views/operators_section.py" line="57"/>
        <source>Require operators to log in</source>
        <translation>Richiedi l&apos;accesso degli operatori</translation>
    </message>
    <message>
        <location filename="../../app/views/operators_section.py" line="78"/>
        <source>Add operator…</source>
        <translation>Aggiungi operatore…</translation>
    </message>
    <message>
        <location filename="../../app/views/operators_section.py" line="85"/>
        <source>Change role</source>
        <translation>Cambia ruolo</translation>
    </message>
    <message>
        <location filename="../../app/views/operators_section.py" line="87"/>
        <source>Reset password…</source>
        <translation>Reimposta password…</translation>
    </message>
    <message>
        <location filename="../../app/views/operators_section.py" line="89"/>
        <source>Unlock</source>
        <translation>Sblocca</translation>
    </message>
    <message>
        <location filename="../../app/views/operators_section.py" line="91"/>
        <location filename="../../app/views/operators_section.py" line="169"/>
        <source>Deactivate</source>
        <translation>Disattiva</translation>
    </message>
    <message>
        <location filename="../../app/views/operators_section.py" line="106"/>
        <source>{username} unlocked.</source>
        <translation>{username} sbloccato.</translation>
    </message>
    <message>
        <location filename="../../app/views/operators_section.py" line="122"/>
        <source>active</source>
        <translation>attivo</translation>
    </message>
    <message>
        <location filename="../../app/views/operators_section.py" line="124"/>
        <source>deactivated</source>
        <translation>disattivato</translation>
    </message>
    <message>
        <location filename="../../app/views/operators_section.py" line="127"/>
        <source>locked until {time}</source>
        <translation>bloccato fino alle {time}</translation>
    </message>
    <message>
        <location filename="../../app/views/operators_section.py" line="133"/>
        <source>never</source>
        <translation>mai</translation>
    </message>
    <message>
        <location filename="../../app/views/operators_section.py" line="146"/>
        <source>Always on a shared PostgreSQL database: every console asks who is there.</source>
        <translation>Sempre attivo con un database PostgreSQL condiviso: ogni console chiede chi c&apos;è.</translation>
    </message>
    <message>
        <location filename="../../app/views/operators_section.py" line="150"/>
        <source>On: the console asks for a username and password at start. Off (single seat): it opens as the computer&apos;s user, who may do everything.</source>
        <translation>Attivo: la console chiede nome utente e password all&apos;avvio. Disattivo (postazione singola): si apre come l&apos;utente del computer, che può fare tutto.</translation>
    </message>
    <message>
        <location filename="../../app/views/operators_section.py" line="171"/>
        <source>Reactivate</source>
        <translation>Riattiva</translation>
    </message>
    <message>
        <location filename="../../app/views/operators_section.py" line="182"/>
        <source>Not changed: {why}.</source>
        <translation>Non modificato: {why}.</translation>
    </message>
    <message>
        <location filename="../../app/views/operators_section.py" line="205"/>
        <source>{username} is now {role}.</source>
        <translation>{username} ha ora il ruolo {role}.</translation>
    </message>
    <message>
        <location filename="../../app/views/operators_section.py" line="213"/>
        <source>{username} deactivated.</source>
        <translation>{username} disattivato.</translation>
    </message>
    <message>
        <location filename="../../app/views/operators_section.py" line="215"/>
        <source>{username} reactivated.</source>
        <translation>{username} riattivato.</translation>
    </message>
    <message>
        <location filename="../../app/views/operators_section.py" line="227"/>
        <source>New password set for {username}.</source>
        <translation>Nuova password impostata per {username}.</translation>
    </message>
    <message>
        <location filename="../../app/views/operators_section.py" line="241"/>
        <source>Operator {username} added.</source>
        <translation>Operatore {username} aggiunto.</translation>
    </message>
    <message>
        <location filename="../../app/views/operators_section.py" line="258"/>
        <source>Create a manager account first (you will log in with it); the switch turns on then.</source>
        <translation>Crei prima un account manager (accederà con quello); poi l&apos;opzione si attiva.</translation>
    </message>
    <message>
        <location filename="../../app/views/operators_section.py" line="278"/>
        <source>The console now asks for a log-in at start.</source>
        <translation>La console ora chiede l&apos;accesso all&apos;avvio.</translation>
    </message>
    <message>
        <location filename="../../app/views/operators_section.py" line="280"/>
        <source>The console opens without a log-in again.</source>
        <translation>La console si apre di nuovo senza accesso.</translation>
    </message>
</context>
<context>
    <name>TimeOfDayDialog</name>
    <message>
        <location filename="../../app/views/circuit_limits_dialog.py" line="59"/>
        <source>Time-of-day limits — {circuit}</source>
        <translation>Limiti orari — {circuit}</translation>
    </message>
    <message>
        <location filename="../../app/views/circuit_limits_dialog.py" line="65"/>
        <source>Lower &lt;b&gt;{circuit}&lt;/b&gt;&apos;s limit at times of the week. Outside the blocks its own limit applies ({own}). Times are {site}&apos;s local time ({timezone}): on the days the clocks change, a limit whose edge falls in the skipped hour starts when the clock jumps over it, and one in the repeated hour applies both times. Double-click a block or press Enter to change its days, times or limit.</source>
        <translation>Abbassi il limite di &lt;b&gt;{circuit}&lt;/b&gt; in certi momenti della settimana. Fuori dai blocchi vale il suo limite proprio ({own}). Gli orari sono l&apos;ora locale di {site} ({timezone}): nei giorni del cambio d&apos;ora, un limite il cui inizio o fine cade nell&apos;ora saltata inizia quando l&apos;orologio la salta, e uno nell&apos;ora ripetuta vale entrambe le volte. Faccia doppio clic su un blocco o prema Invio per cambiarne giorni, orari o limite.</translation>
    </message>
    <message>
        <location filename="../../app/views/circuit_limits_dialog.py" line="77"/>
        <source>Time-of-day limits of {circuit}</source>
        <translation>Limiti orari di {circuit}</translation>
    </message>
    <message>
        <location filename="../../app/views/circuit_limits_dialog.py" line="82"/>
        <source>Add limit…</source>
        <translation>Aggiungi limite…</translation>
    </message>
    <message>
        <location filename="../../app/views/circuit_limits_dialog.py" line="94"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location filename="../../app/views/circuit_limits_dialog.py" line="97"/>
        <source>Close without changing the circuit&apos;s time-of-day limits</source>
        <translation>Chiudi senza cambiare i limiti orari del circuito</translation>
    </message>
    <message>
        <location filename="../../app/views/circuit_limits_dialog.py" line="99"/>
        <source>Save circuit</source>
        <translation>Salva circuito</translation>
    </message>
    <message>
        <location filename="../../app/views/circuit_limits_dialog.py" line="102"/>
        <source>Save the circuit (its form and these limits); Ctrl+S</source>
        <translation>Salva il circuito (il suo modulo e questi limiti); Ctrl+S</translation>
    </message>
    <message>
        <location filename="../../app/views/circuit_limits_dialog.py" line="125"/>
        <source>Time-of-day limits</source>
        <translation>Limiti orari</translation>
    </message>
    <message>
        <location filename="../../app/views/circuit_limits_dialog.py" line="126"/>
        <source>Discard your changes to the time-of-day limits?</source>
        <translation>Scartare le modifiche ai limiti orari?</translation>
    </message>
    <message>
        <location filename="../../app/views/circuit_limits_dialog.py" line="130"/>
        <source>Keep editing</source>
        <translation>Continua a modificare</translation>
    </message>
    <message>
        <location filename="../../app/views/circuit_limits_dialog.py" line="148"/>
        <source>Not saved: {why}</source>
        <translation>Non salvato: {why}</translation>
    </message>
</context>
</TS>
