<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
    <context>
        <name>CircuitBars</name>
        <message>
            <source>{allocated} / no limit</source>
            <translation>{allocated} / nessun limite</translation>
        </message>
        <message>
            <source>{allocated} / no limit · measured {measured} A</source>
            <translation>{allocated} / nessun limite · misurato {measured} A</translation>
        </message>
        <message>
            <source>{allocated} / {limit} A</source>
            <translation>{allocated} / {limit} A</translation>
        </message>
        <message>
            <source>{allocated} / {limit} A · measured {measured} A</source>
            <translation>{allocated} / {limit} A · misurato {measured} A</translation>
        </message>
        <message>
            <source>{circuit}: nothing allocated yet</source>
            <translation>{circuit}: ancora niente assegnato</translation>
        </message>
        <message>
            <source>{name} ({amps} A per phase, {kw} kW)</source>
            <translation>{name} ({amps} A per fase, {kw} kW)</translation>
        </message>
        <message>
            <source>{name} ({amps} A per phase)</source>
            <translation>{name} ({amps} A per fase)</translation>
        </message>
        <message>
            <source>{name} ({kw} kW)</source>
            <translation>{name} ({kw} kW)</translation>
        </message>
    </context>
    <context>
        <name>CircuitProblems</name>
        <message>
            <source>a current limit is a positive number of A per phase (e.g. 63), or empty</source>
            <translation>un limite di corrente è un numero positivo di A per fase (p. es. 63), oppure vuoto</translation>
        </message>
        <message>
            <source>more than {limit} A per phase is not plausible; check the unit</source>
            <translation>più di {limit} A per fase non è plausibile; controlli l'unità</translation>
        </message>
        <message>
            <source>a power limit is a positive number of kW (e.g. 43), or empty</source>
            <translation>un limite di potenza è un numero positivo di kW (p. es. 43), oppure vuoto</translation>
        </message>
        <message>
            <source>more than {limit} kW is not plausible; check the unit</source>
            <translation>più di {limit} kW non è plausibile; controlli l'unità</translation>
        </message>
        <message>
            <source>give the circuit a limit: A per phase, kW, or both</source>
            <translation>dia un limite al circuito: A per fase, kW, o entrambi</translation>
        </message>
        <message>
            <source>a circuit carries 1 or 3 phases</source>
            <translation>un circuito porta 1 o 3 fasi</translation>
        </message>
        <message>
            <source>a 3-phase circuit cannot be under the 1-phase circuit {parent}; choose 1 phase or another parent</source>
            <translation>un circuito trifase non può stare sotto il circuito monofase {parent}; scelga 1 fase o un altro circuito padre</translation>
        </message>
        <message>
            <source>{value} A is never reached: {parent} allows {limit} A</source>
            <translation>{value} A non viene mai raggiunto: {parent} consente {limit} A</translation>
        </message>
        <message>
            <source>{value} kW is never reached: {parent} allows {limit} kW</source>
            <translation>{value} kW non viene mai raggiunto: {parent} consente {limit} kW</translation>
        </message>
        <message>
            <source>give the window a limit: A per phase, kW, or both</source>
            <translation>dia un limite alla fascia: A per fase, kW, o entrambi</translation>
        </message>
        <message>
            <source>a window lowers the limit; the circuit allows {limit} A</source>
            <translation>una fascia abbassa il limite; il circuito consente {limit} A</translation>
        </message>
        <message>
            <source>a window lowers the limit; the circuit allows {limit} kW</source>
            <translation>una fascia abbassa il limite; il circuito consente {limit} kW</translation>
        </message>
        <message>
            <source>{text} is not a number of {unit}; leave it empty if there is no such limit</source>
            <translation>{text} non è un numero di {unit}; lasci il campo vuoto se non c'è un tale limite</translation>
        </message>
        <message>
            <source>choose the phase rotation: {choices}</source>
            <translation>scelga la sequenza delle fasi: {choices}</translation>
        </message>
        <message>
            <source>a connector uses 1 or 3 phases</source>
            <translation>un connettore usa 1 o 3 fasi</translation>
        </message>
        <message>
            <source>the circuit {circuit} carries 1 phase: make the connector 1-phase or choose another circuit</source>
            <translation>il circuito {circuit} porta 1 fase: renda il connettore monofase o scelga un altro circuito</translation>
        </message>
        <message>
            <source>a maximum current is a positive number of A per phase (e.g. 32), or empty</source>
            <translation>una corrente massima è un numero positivo di A per fase (p. es. 32), oppure vuoto</translation>
        </message>
        <message>
            <source>more than {limit} A per phase is not plausible for a connector; check the unit</source>
            <translation>più di {limit} A per fase non è plausibile per un connettore; controlli l'unità</translation>
        </message>
        <message>
            <source>choose a strategy: {choices}</source>
            <translation>scelga una strategia: {choices}</translation>
        </message>
        <message>
            <source>the minimum current is from {low} to {high} A per phase (6 A is what vehicles need)</source>
            <translation>la corrente minima va da {low} a {high} A per fase (6 A è ciò che serve ai veicoli)</translation>
        </message>
        <message>
            <source>write the meter's address as host:port, e.g. 192.168.1.50:502</source>
            <translation>scriva l'indirizzo del contatore come host:porta, p. es. 192.168.1.50:502</translation>
        </message>
        <message>
            <source>a port is from 1 to 65535 (Modbus TCP uses 502)</source>
            <translation>una porta va da 1 a 65535 (Modbus TCP usa 502)</translation>
        </message>
        <message>
            <source>a Modbus unit id is a whole number from 0 to 255 (often 1)</source>
            <translation>un ID unità Modbus è un numero intero da 0 a 255 (spesso 1)</translation>
        </message>
        <message>
            <source>choose a register map: {choices}, or leave it empty for the {default}</source>
            <translation>scelga una mappa dei registri: {choices}, oppure lasci il campo vuoto per quella predefinita ({default})</translation>
        </message>
    </context>
    <context>
        <name>CircuitRules</name>
        <message>
            <source>Equal share</source>
            <translation>Parti uguali</translation>
        </message>
        <message>
            <source>First come, first served</source>
            <translation>Chi prima arriva, prima carica</translation>
        </message>
        <message>
            <source>Priority: owners, special users, public</source>
            <translation>Priorità: proprietari, utenti speciali, pubblico</translation>
        </message>
        <message>
            <source>By tariff priority</source>
            <translation>Per priorità di tariffa</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Nessuno</translation>
        </message>
        <message>
            <source>A charger's inlet meter</source>
            <translation>Contatore d'ingresso di un punto di ricarica</translation>
        </message>
        <message>
            <source>Modbus TCP meter</source>
            <translation>Contatore Modbus TCP</translation>
        </message>
    </context>
    <context>
        <name>CircuitsSection</name>
        <message>
            <source>Circuit</source>
            <translation>Circuito</translation>
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
            <source>Time-of-day limits</source>
            <translation>Limiti orari</translation>
        </message>
        <message>
            <source>Connectors</source>
            <translation>Connettori</translation>
        </message>
        <message>
            <source>Load now (L1 / L2 / L3)</source>
            <translation>Carico ora (L1 / L2 / L3)</translation>
        </message>
        <message>
            <source>{amps} A of {limit} A</source>
            <translation>{amps} A su {limit} A</translation>
        </message>
        <message>
            <source>Circuits and load</source>
            <translation>Circuiti e carico</translation>
        </message>
        <message>
            <source>Choose a saved site to see its circuits.</source>
            <translation>Scelga una sede salvata per vederne i circuiti.</translation>
        </message>
        <message>
            <source>Add circuit below</source>
            <translation>Aggiungi circuito sotto</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>Modifica</translation>
        </message>
        <message>
            <source>Move…</source>
            <translation>Sposta…</translation>
        </message>
        <message>
            <source>Connectors…</source>
            <translation>Connettori…</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Elimina…</translation>
        </message>
        <message>
            <source>e.g. Garage</source>
            <translation>p. es. Garage</translation>
        </message>
        <message>
            <source>3 phases</source>
            <translation>3 fasi</translation>
        </message>
        <message>
            <source>1 phase</source>
            <translation>1 fase</translation>
        </message>
        <message>
            <source>A per phase, e.g. 63</source>
            <translation>A per fase, p. es. 63</translation>
        </message>
        <message>
            <source>kW, e.g. 43 (optional)</source>
            <translation>kW, p. es. 43 (facoltativo)</translation>
        </message>
        <message>
            <source>Time-of-day limits (site time):</source>
            <translation>Limiti orari (ora della sede):</translation>
        </message>
        <message>
            <source>Edit time-of-day limits…</source>
            <translation>Modifica limiti orari…</translation>
        </message>
        <message>
            <source>Lower this circuit's limit at times of the week, in a week calendar</source>
            <translation>Abbassa il limite di questo circuito in certi momenti della settimana, in un calendario settimanale</translation>
        </message>
        <message>
            <source>Save circuit</source>
            <translation>Salva circuito</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annulla</translation>
        </message>
        <message>
            <source>Load sharing</source>
            <translation>Ripartizione del carico</translation>
        </message>
        <message>
            <source>Strategy</source>
            <translation>Strategia</translation>
        </message>
        <message>
            <source>How the circuits' power is shared between charging sessions</source>
            <translation>Come la potenza dei circuiti è ripartita tra le sessioni di ricarica</translation>
        </message>
        <message>
            <source>Minimum current (A)</source>
            <translation>Corrente minima (A)</translation>
        </message>
        <message>
            <source>Per phase, 6–32 A: a session that would get less waits (paused) instead</source>
            <translation>Per fase, 6–32 A: una sessione che riceverebbe meno attende invece (in pausa)</translation>
        </message>
        <message>
            <source>Base-load meter</source>
            <translation>Contatore del carico di base</translation>
        </message>
        <message>
            <source>A meter of the site's other consumers: what they draw is not given to the chargers</source>
            <translation>Un contatore degli altri utilizzatori della sede: quanto assorbono non va ai punti di ricarica</translation>
        </message>
        <message>
            <source>Meter charger</source>
            <translation>Punto di ricarica del contatore</translation>
        </message>
        <message>
            <source>The charger whose meter values at its inlet measure the supply</source>
            <translation>Il punto di ricarica le cui letture all'ingresso misurano l'alimentazione</translation>
        </message>
        <message>
            <source>Meter address</source>
            <translation>Indirizzo del contatore</translation>
        </message>
        <message>
            <source>The Modbus TCP meter's host:port on the LAN</source>
            <translation>host:porta del contatore Modbus TCP nella LAN</translation>
        </message>
        <message>
            <source>Unit id</source>
            <translation>ID unità</translation>
        </message>
        <message>
            <source>The meter's Modbus unit id (often 1)</source>
            <translation>L'ID unità Modbus del contatore (spesso 1)</translation>
        </message>
        <message>
            <source>Register map</source>
            <translation>Mappa dei registri</translation>
        </message>
        <message>
            <source>Which registers hold the currents per phase</source>
            <translation>Quali registri contengono le correnti per fase</translation>
        </message>
        <message>
            <source>Meter measures</source>
            <translation>Il contatore misura</translation>
        </message>
        <message>
            <source>The circuit the meter measures</source>
            <translation>Il circuito che il contatore misura</translation>
        </message>
        <message>
            <source>Save load sharing</source>
            <translation>Salva ripartizione</translation>
        </message>
        <message>
            <source>Circuits and load — {site}</source>
            <translation>Circuiti e carico — {site}</translation>
        </message>
        <message>
            <source>Not load-managed: {connectors}</source>
            <translation>Senza gestione del carico: {connectors}</translation>
        </message>
        <message>
            <source>Add grid connection</source>
            <translation>Aggiungi allacciamento alla rete</translation>
        </message>
        <message>
            <source>— choose the charger —</source>
            <translation>— scegliere il punto di ricarica —</translation>
        </message>
        <message>
            <source>the grid connection</source>
            <translation>l'allacciamento alla rete</translation>
        </message>
        <message>
            <source>That circuit was deleted meanwhile.</source>
            <translation>Questo circuito è stato eliminato nel frattempo.</translation>
        </message>
        <message>
            <source>Choose the circuit to put it under, then Save circuit.</source>
            <translation>Scelga il circuito sotto cui metterlo, poi «Salva circuito».</translation>
        </message>
        <message>
            <source>Circuit {name}</source>
            <translation>Circuito {name}</translation>
        </message>
        <message>
            <source>New circuit</source>
            <translation>Nuovo circuito</translation>
        </message>
        <message>
            <source>— (the grid connection: the top of the tree)</source>
            <translation>— (l'allacciamento alla rete: la cima dell'albero)</translation>
        </message>
        <message>
            <source>None: the circuit's own limit applies at all times.</source>
            <translation>Nessuno: il limite proprio del circuito vale sempre.</translation>
        </message>
        <message>
            <source>Not saved: fix the marked fields.</source>
            <translation>Non salvato: correggere i campi evidenziati.</translation>
        </message>
        <message>
            <source>Not saved: this circuit was changed on another console meanwhile.</source>
            <translation>Non salvato: questo circuito è stato modificato nel frattempo su un'altra console.</translation>
        </message>
        <message>
            <source>Not saved: this circuit was deleted on another console meanwhile.</source>
            <translation>Non salvato: questo circuito è stato eliminato nel frattempo su un'altra console.</translation>
        </message>
        <message>
            <source>Not saved: {reason}.</source>
            <translation>Non salvato: {reason}.</translation>
        </message>
        <message>
            <source>Saved circuit {name}.</source>
            <translation>Circuito {name} salvato.</translation>
        </message>
        <message>
            <source>Your changes are kept; the other fields show what is stored now.</source>
            <translation>Le sue modifiche sono mantenute; gli altri campi mostrano quanto è memorizzato ora.</translation>
        </message>
        <message>
            <source>Delete circuit {name}?</source>
            <translation>Eliminare il circuito {name}?</translation>
        </message>
        <message>
            <source>Delete circuit</source>
            <translation>Elimina circuito</translation>
        </message>
        <message>
            <source>{reason} Delete?</source>
            <translation>{reason} Eliminare?</translation>
        </message>
        <message>
            <source>{conflict} Reloaded: look again before deleting.</source>
            <translation>{conflict} Ricaricato: controlli di nuovo prima di eliminare.</translation>
        </message>
        <message>
            <source>Not deleted: {reason}.</source>
            <translation>Non eliminato: {reason}.</translation>
        </message>
        <message>
            <source>Circuit deleted.</source>
            <translation>Circuito eliminato.</translation>
        </message>
        <message>
            <source>Not changed: {problems}</source>
            <translation>Non modificato: {problems}</translation>
        </message>
        <message>
            <source>Not changed: {reason}.</source>
            <translation>Non modificato: {reason}.</translation>
        </message>
        <message>
            <source>Connectors saved.</source>
            <translation>Connettori salvati.</translation>
        </message>
        <message>
            <source>Not saved: the site was changed on another console meanwhile.</source>
            <translation>Non salvato: la sede è stata modificata nel frattempo su un'altra console.</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Salvato.</translation>
        </message>
        <message>
            <source>Your changes are kept; Save replaces what is stored where you changed it.</source>
            <translation>Le sue modifiche sono mantenute; Salva sostituisce quanto memorizzato dove lo ha modificato.</translation>
        </message>
    </context>
    <context>
        <name>ConflictBanner</name>
        <message>
            <source>(empty)</source>
            <translation>(vuoto)</translation>
        </message>
        <message>
            <source>and {count} more</source>
            <translation>e altri {count}</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Campo</translation>
        </message>
        <message>
            <source>When you opened it</source>
            <translation>All'apertura</translation>
        </message>
        <message>
            <source>Now stored</source>
            <translation>Salvato ora</translation>
        </message>
        <message>
            <source>Reload</source>
            <translation>Ricarica</translation>
        </message>
        <message>
            <source>Keep editing</source>
            <translation>Continua a modificare</translation>
        </message>
        <message>
            <source>Keep your values in the form; your next Save replaces what was stored where you changed it</source>
            <translation>I suoi valori restano nel modulo; il prossimo salvataggio sostituisce quanto memorizzato dove lo ha modificato</translation>
        </message>
        <message>
            <source>Your changes are not saved.</source>
            <translation>Le sue modifiche non sono salvate.</translation>
        </message>
        <message>
            <source>Clear the editor: this no longer exists</source>
            <translation>Svuota l'editor: questo elemento non esiste più</translation>
        </message>
        <message>
            <source>Nothing was deleted.</source>
            <translation>Non è stato eliminato nulla.</translation>
        </message>
        <message>
            <source>Show what is stored now; your changes in this editor are dropped</source>
            <translation>Mostra quanto è memorizzato ora; le sue modifiche in questo editor vengono scartate</translation>
        </message>
    </context>
    <context>
        <name>ConnectorStatus</name>
        <message>
            <source>Available</source>
            <extracomment>a connector's OCPP status (and our Offline) as the pages name it; the value stays as OCPP spells it elsewhere</extracomment>
            <translation>Disponibile</translation>
        </message>
        <message>
            <source>Preparing</source>
            <translation>Preparazione</translation>
        </message>
        <message>
            <source>Charging</source>
            <translation>In carica</translation>
        </message>
        <message>
            <source>SuspendedEV</source>
            <translation>Sospeso (veicolo)</translation>
        </message>
        <message>
            <source>SuspendedEVSE</source>
            <translation>Sospeso (stazione)</translation>
        </message>
        <message>
            <source>Finishing</source>
            <translation>Conclusione</translation>
        </message>
        <message>
            <source>Reserved</source>
            <translation>Riservato</translation>
        </message>
        <message>
            <source>Unavailable</source>
            <translation>Non disponibile</translation>
        </message>
        <message>
            <source>Faulted</source>
            <translation>Guasto</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Sconosciuto</translation>
        </message>
        <message>
            <source>Offline</source>
            <translation>Offline</translation>
        </message>
    </context>
    <context>
        <name>ConnectorsDialog</name>
        <message>
            <source>Connectors on {circuit}</source>
            <translation>Connettori su {circuit}</translation>
        </message>
        <message>
            <source>Tick the connectors wired to &lt;b&gt;{circuit}&lt;/b&gt;. A connector is on one circuit; ticking one moves it here. Phases and wiring are set per connector in the station editor.</source>
            <translation>Spunti i connettori collegati a &lt;b&gt;{circuit}&lt;/b&gt;. Un connettore è su un solo circuito; spuntarlo lo sposta qui. Fasi e cablaggio si impostano per connettore nell'editor della stazione.</translation>
        </message>
    </context>
    <context>
        <name>ConnectorsPanel</name>
        <message>
            <source>Each outlet of a multi-connector station (ABB Terra, EV-TEC…) with its plug and power, and for load management the circuit it is on, its phases and how they are wired. Tick &lt;b&gt;Own rules&lt;/b&gt; for a connector that follows its own access mode, tariff and weekly schedule instead of the station's.</source>
            <translation>Ogni connettore di una stazione di ricarica con più connettori (ABB Terra, EV-TEC…) con la sua presa e potenza e, per la gestione del carico, il circuito a cui è collegato, le sue fasi e il loro cablaggio. Spunti &lt;b&gt;Regole proprie&lt;/b&gt; per un connettore che segue una propria modalità di accesso, tariffa e orario settimanale invece di quelli della stazione.</translation>
        </message>
        <message>
            <source>Add connector</source>
            <translation>Aggiungi connettore</translation>
        </message>
        <message>
            <source>Remove connector</source>
            <translation>Rimuovi connettore</translation>
        </message>
        <message>
            <source>Edit connector schedule…</source>
            <translation>Modifica orario del connettore…</translation>
        </message>
        <message>
            <source>e.g. 22</source>
            <translation>p. es. 22</translation>
        </message>
        <message>
            <source>This connector follows its own access mode, tariff and schedule</source>
            <translation>Questo connettore segue una propria modalità di accesso, tariffa e orario</translation>
        </message>
        <message>
            <source>auto</source>
            <translation>auto</translation>
        </message>
        <message>
            <source>(a circuit of another site)</source>
            <translation>(un circuito di un'altra sede)</translation>
        </message>
        <message>
            <source>connector {number}</source>
            <translation>connettore {number}</translation>
        </message>
        <message numerus="yes">
            <source>connector {number} (%n schedule entries)</source>
            <translation>
                <numerusform>connettore {number} (%n voce di orario)</numerusform>
                <numerusform>connettore {number} (%n voci di orario)</numerusform>
            </translation>
        </message>
        <message>
            <source>Saving removes the own rules of {connectors}: their schedule is deleted. It then follows the station again.</source>
            <translation>Salvando si rimuovono le regole proprie di {connectors}: il loro orario viene eliminato. Seguono poi di nuovo la stazione.</translation>
        </message>
        <message>
            <source>Saving removes the own rules of {connectors}. It then follows the station again.</source>
            <translation>Salvando si rimuovono le regole proprie di {connectors}. Seguono poi di nuovo la stazione.</translation>
        </message>
        <message>
            <source>Save the station first: the connector's own rules are created on save, then its schedule can be edited</source>
            <translation>Salvi prima la stazione: le regole proprie del connettore vengono create al salvataggio, poi se ne può modificare l'orario</translation>
        </message>
        <message>
            <source>Tick 'Own rules' for this connector to give it its own schedule</source>
            <translation>Spunti «Regole proprie» per dare a questo connettore un proprio orario</translation>
        </message>
        <message>
            <source>Edit the selected connector's own weekly windows and holidays</source>
            <translation>Modifica le fasce settimanali e i giorni festivi propri del connettore scelto</translation>
        </message>
    </context>
    <context>
        <name>CopyDayDialog</name>
        <message>
            <source>Copy day to…</source>
            <translation>Copia giorno su…</translation>
        </message>
        <message>
            <source>Copy the windows of</source>
            <translation>Copia le fasce di</translation>
        </message>
        <message>
            <source>to:</source>
            <translation>su:</translation>
        </message>
        <message>
            <source>The windows that start on the chosen days are replaced. A window that starts on the copied day and runs past midnight is copied with its next-morning part.</source>
            <translation>Le fasce che iniziano nei giorni scelti vengono sostituite. Una fascia che inizia nel giorno copiato e supera la mezzanotte viene copiata con la sua parte del mattino seguente.</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Copia</translation>
        </message>
    </context>
    <context>
        <name>Dashboard</name>
        <message>
            <source>online</source>
            <translation>online</translation>
        </message>
        <message>
            <source>offline</source>
            <translation>offline</translation>
        </message>
        <message>
            <source>{first} – {last} · total {kwh} kWh</source>
            <translation>{first} – {last} · totale {kwh} kWh</translation>
        </message>
        <message>
            <source>{weekday} {date}: {kwh} kWh</source>
            <translation>{weekday} {date}: {kwh} kWh</translation>
        </message>
        <message>
            <source>live</source>
            <translation>in tempo reale</translation>
        </message>
        <message>
            <source>last sampled</source>
            <translation>ultima misura</translation>
        </message>
        <message>
            <source>nothing allocated yet</source>
            <translation>ancora niente assegnato</translation>
        </message>
        <message>
            <source> — per phase: allocated (measured) / limit; the bar is allocated, the mark measured</source>
            <translation> — per fase: assegnato (misurato) / limite; la barra è l'assegnato, il segno il misurato</translation>
        </message>
        <message>
            <source>&lt;b&gt;Load · {site}&lt;/b&gt;</source>
            <translation>&lt;b&gt;Carico · {site}&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Stations online</source>
            <translation>Stazioni online</translation>
        </message>
        <message>
            <source>Charging now</source>
            <translation>Ricariche in corso</translation>
        </message>
        <message>
            <source>Energy today</source>
            <translation>Energia oggi</translation>
        </message>
        <message>
            <source>Energy this month</source>
            <translation>Energia questo mese</translation>
        </message>
        <message>
            <source>Revenue this month</source>
            <translation>Ricavi questo mese</translation>
        </message>
        <message>
            <source>&lt;b&gt;Energy per day, last 30 days&lt;/b&gt;</source>
            <translation>&lt;b&gt;Energia al giorno, ultimi 30 giorni&lt;/b&gt;</translation>
        </message>
        <message>
            <source>&lt;b&gt;Recent events&lt;/b&gt;</source>
            <translation>&lt;b&gt;Eventi recenti&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Unknown charger {cpid} connected from {ip} ({policy})</source>
            <translation>Punto di ricarica sconosciuto {cpid} connesso da {ip} ({policy})</translation>
        </message>
        <message>
            <source>No stations yet. Point a charger at this central system (address in the status bar) or import a site with &lt;code&gt;chargedesk config import site.json&lt;/code&gt;.</source>
            <translation>Ancora nessuna stazione di ricarica. Punti un punto di ricarica su questo sistema centrale (indirizzo nella barra di stato) o importi una sede con &lt;code&gt;chargedesk config import site.json&lt;/code&gt;.</translation>
        </message>
        <message>
            <source>Could not read the load: {reason}</source>
            <translation>Impossibile leggere il carico: {reason}</translation>
        </message>
        <message>
            <source>Could not read the figures: {reason}</source>
            <translation>Impossibile leggere i dati: {reason}</translation>
        </message>
        <message>
            <source>{cpid} connector {connector}: {status} ({error}) {info}</source>
            <translation>{cpid} connettore {connector}: {status} ({error}) {info}</translation>
        </message>
        <message>
            <source>{cpid} charger: {status} ({error}) {info}</source>
            <translation>{cpid} punto di ricarica: {status} ({error}) {info}</translation>
        </message>
        <message>
            <source>{cpid} went offline: {reason}</source>
            <translation>{cpid} è offline: {reason}</translation>
        </message>
        <message>
            <source>{cpid} went offline</source>
            <translation>{cpid} è offline</translation>
        </message>
    </context>
    <context>
        <name>DashboardPage</name>
        <message>
            <source>{event} ×{count} since {since}</source>
            <translation>{event} ×{count} dalle {since}</translation>
        </message>
        <message>
            <source>{cp}: security event {event}</source>
            <translation>{cp}: evento di sicurezza {event}</translation>
        </message>
        <message>
            <source>{cp} booted as {policy}</source>
            <translation>{cp} avviato come {policy}</translation>
        </message>
    </context>
    <context>
        <name>DaysPicker</name>
        <message>
            <source>Mon–Fri</source>
            <translation>lun–ven</translation>
        </message>
        <message>
            <source>Choose Monday to Friday</source>
            <translation>Scegli da lunedì a venerdì</translation>
        </message>
        <message>
            <source>Sat–Sun</source>
            <translation>sab–dom</translation>
        </message>
        <message>
            <source>Choose Saturday and Sunday</source>
            <translation>Scegli sabato e domenica</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Tutti</translation>
        </message>
        <message>
            <source>Choose every day</source>
            <translation>Scegli tutti i giorni</translation>
        </message>
    </context>
    <context>
        <name>FormList</name>
        <message>
            <source>Save</source>
            <translation>Salva</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Elimina…</translation>
        </message>
        <message>
            <source>Not saved: fix the marked fields.</source>
            <translation>Non salvato: correggere i campi evidenziati.</translation>
        </message>
        <message>
            <source>Not saved: {reason}.</source>
            <translation>Non salvato: {reason}.</translation>
        </message>
        <message>
            <source>Reloaded: the form shows what is stored now.</source>
            <translation>Ricaricato: il modulo mostra quanto è memorizzato ora.</translation>
        </message>
        <message>
            <source>Your changes are kept; the other fields show what is stored now. Save replaces what is stored where you changed it.</source>
            <translation>Le sue modifiche sono mantenute; gli altri campi mostrano quanto è memorizzato ora. Salva sostituisce quanto memorizzato dove lo ha modificato.</translation>
        </message>
    </context>
    <context>
        <name>GrantsPanel</name>
        <message>
            <source>Special users may charge while the station is &lt;b&gt;Limited&lt;/b&gt;, within their conditions. (In Public mode everybody may; in Private mode only owners.)</source>
            <translation>Gli utenti speciali possono ricaricare quando la stazione è &lt;b&gt;Limitato&lt;/b&gt;, entro le loro condizioni. (In modalità Pubblico tutti possono ricaricare; in modalità Privato solo i proprietari.)</translation>
        </message>
        <message>
            <source>Add special user</source>
            <translation>Aggiungi utente speciale</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Rimuovi</translation>
        </message>
        <message>
            <source>Conditions of the selected special user</source>
            <translation>Condizioni dell'utente speciale scelto</translation>
        </message>
        <message>
            <source>from</source>
            <translation>dal</translation>
        </message>
        <message>
            <source>until (last day)</source>
            <translation>al (ultimo giorno)</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>Giorni</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Da</translation>
        </message>
        <message>
            <source>To</source>
            <translation>A</translation>
        </message>
        <message>
            <source>Their own access times. Days: Mon-Fri, Sat,Sun, daily. From/To: HH:MM; To 24:00 is midnight; a To before From runs past midnight. No rows: any time.</source>
            <translation>I loro orari di accesso. Giorni: Mon-Fri, Sat,Sun, daily. Da/A: HH:MM; A 24:00 è mezzanotte; un A prima di Da supera la mezzanotte. Nessuna riga: a qualsiasi ora.</translation>
        </message>
        <message>
            <source>Add time</source>
            <translation>Aggiungi orario</translation>
        </message>
        <message>
            <source>Remove time</source>
            <translation>Rimuovi orario</translation>
        </message>
        <message>
            <source>User</source>
            <translation>Utente</translation>
        </message>
        <message>
            <source>Applies to</source>
            <translation>Vale per</translation>
        </message>
        <message>
            <source>Tariff</source>
            <translation>Tariffa</translation>
        </message>
        <message>
            <source>Valid</source>
            <translation>Valido</translation>
        </message>
        <message>
            <source>Own times</source>
            <translation>Orari propri</translation>
        </message>
        <message>
            <source>Whole station</source>
            <translation>Intera stazione</translation>
        </message>
        <message>
            <source>Connector {number} only</source>
            <translation>Solo connettore {number}</translation>
        </message>
        <message>
            <source>Connector {number} (removed)</source>
            <translation>Connettore {number} (rimosso)</translation>
        </message>
    </context>
    <context>
        <name>HeldDialog</name>
        <message>
            <source>ChargeDesk: the database is in use</source>
            <translation>ChargeDesk: il database è in uso</translation>
        </message>
        <message>
            <source>Without a central system this console shows and edits the database; the chargers stay connected to the program that holds it.</source>
            <translation>Senza sistema centrale questa console mostra e modifica il database; i punti di ricarica restano connessi al programma che lo detiene.</translation>
        </message>
        <message>
            <source>Without a central system this console shows and edits the database; chargers cannot connect to it.</source>
            <translation>Senza sistema centrale questa console mostra e modifica il database; i punti di ricarica non possono connettersi.</translation>
        </message>
        <message>
            <source>Open without central system</source>
            <translation>Apri senza sistema centrale</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Esci</translation>
        </message>
    </context>
    <context>
        <name>Language</name>
        <message>
            <source>System default</source>
            <extracomment>what the Settings page offers: the code saved and the name shown (each language in its own words)</extracomment>
            <translation>Lingua del sistema</translation>
        </message>
    </context>
    <context>
        <name>LimitInputs</name>
        <message>
            <source>A per phase, e.g. 16</source>
            <translation>A per fase, p. es. 16</translation>
        </message>
        <message>
            <source>The circuit's current per phase during this time (empty: not limited in A)</source>
            <translation>La corrente del circuito per fase in questo periodo (vuoto: nessun limite in A)</translation>
        </message>
        <message>
            <source>kW (optional)</source>
            <translation>kW (facoltativo)</translation>
        </message>
        <message>
            <source>The circuit's power over its phases during this time (empty: not limited in kW)</source>
            <translation>La potenza del circuito sulle sue fasi in questo periodo (vuoto: nessun limite in kW)</translation>
        </message>
        <message>
            <source>Limit (A)</source>
            <translation>Limite (A)</translation>
        </message>
        <message>
            <source>Limit (kW)</source>
            <translation>Limite (kW)</translation>
        </message>
    </context>
    <context>
        <name>LocalListSync</name>
        <message>
            <source>Not synchronised yet</source>
            <translation>Non ancora sincronizzato</translation>
        </message>
        <message>
            <source>{update} update accepted (version {version}): {added} added or changed, {removed} removed</source>
            <translation>Aggiornamento {update} accettato (versione {version}): {added} aggiunti o modificati, {removed} rimossi</translation>
        </message>
        <message numerus="yes">
            <source>%n tag(s) left out: the charger holds at most {max} (LocalAuthListMaxLength)</source>
            <translation>
                <numerusform>%n tessera esclusa: il punto di ricarica ne contiene al massimo {max} (LocalAuthListMaxLength)</numerusform>
                <numerusform>%n tessere escluse: il punto di ricarica ne contiene al massimo {max} (LocalAuthListMaxLength)</numerusform>
            </translation>
        </message>
        <message>
            <source>authorization cache cleared</source>
            <translation>cache di autorizzazione svuotata</translation>
        </message>
        <message>
            <source>authorization cache not cleared: {answer}</source>
            <translation>cache di autorizzazione non svuotata: {answer}</translation>
        </message>
        <message>
            <source>{update} update refused by the charger: {status}</source>
            <translation>Aggiornamento {update} rifiutato dal punto di ricarica: {status}</translation>
        </message>
        <message>
            <source>Not sent: {error}</source>
            <translation>Non inviato: {error}</translation>
        </message>
        <message>
            <source>Local list disabled on the charger (LocalAuthListEnabled = false): nothing sent</source>
            <translation>Elenco locale disattivato sul punto di ricarica (LocalAuthListEnabled = false): nulla inviato</translation>
        </message>
        <message>
            <source>The charger has no local authorization list: nothing sent</source>
            <translation>Il punto di ricarica non ha un elenco di autorizzazione locale: nulla inviato</translation>
        </message>
    </context>
    <context>
        <name>Login</name>
        <message>
            <source>at least {count} characters</source>
            <translation>almeno {count} caratteri</translation>
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <source>ChargeDesk — log in</source>
            <translation>ChargeDesk — accesso</translation>
        </message>
        <message>
            <source>Username</source>
            <translation>Nome utente</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Password</translation>
        </message>
        <message>
            <source>Forgot your password? A manager can reset it (Settings → Operators).</source>
            <translation>Password dimenticata? Un responsabile può reimpostarla (Impostazioni → Operatori).</translation>
        </message>
        <message>
            <source>Log in</source>
            <translation>Accedi</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Map tiles</source>
            <translation>Tessere della mappa</translation>
        </message>
        <message>
            <source>Operators</source>
            <translation>Operatori</translation>
        </message>
        <message>
            <source>{page} (Ctrl+{key})</source>
            <translation>{page} (Ctrl+{key})</translation>
        </message>
        <message>
            <source>central system: starting…</source>
            <translation>sistema centrale: avvio…</translation>
        </message>
        <message>
            <source>chargers online: {count}</source>
            <translation>punti di ricarica online: {count}</translation>
        </message>
        <message>
            <source>Log out</source>
            <translation>Esci dall'account</translation>
        </message>
        <message>
            <source>operator: {name}</source>
            <translation>operatore: {name}</translation>
        </message>
        <message>
            <source>nobody logged in</source>
            <translation>nessuno ha effettuato l'accesso</translation>
        </message>
        <message>
            <source>Log in…</source>
            <translation>Accedi…</translation>
        </message>
        <message>
            <source>Log out and let another operator log in</source>
            <translation>Esci e lascia accedere un altro operatore</translation>
        </message>
        <message>
            <source>Log in with an operator account</source>
            <translation>Accedi con un account operatore</translation>
        </message>
        <message>
            <source>no central system in this console: {reason}</source>
            <translation>nessun sistema centrale in questa console: {reason}</translation>
        </message>
        <message>
            <source>the port is in use by another program</source>
            <translation>la porta è usata da un altro programma</translation>
        </message>
        <message>
            <source>central system NOT listening on port {port}: {why}</source>
            <translation>il sistema centrale NON è in ascolto sulla porta {port}: {why}</translation>
        </message>
        <message>
            <source>central system listening on {address}</source>
            <translation>sistema centrale in ascolto su {address}</translation>
        </message>
        <message>
            <source>cannot reach the site's central system: {reason}</source>
            <translation>impossibile raggiungere il sistema centrale della sede: {reason}</translation>
        </message>
        <message>
            <source>attached to the site's central system: {host}</source>
            <translation>collegato al sistema centrale della sede: {host}</translation>
        </message>
        <message>
            <source>attached, but no central system is running for the site: start `chargedesk serve`, or make a console the host (Settings → Central system)</source>
            <translation>collegato, ma per la sede non è in funzione alcun sistema centrale: avvii `chargedesk serve` o renda una console l'host (Impostazioni → Sistema centrale)</translation>
        </message>
        <message>
            <source>lost the site's central system ({why}): reconnecting…</source>
            <translation>persa la connessione al sistema centrale della sede ({why}): riconnessione…</translation>
        </message>
        <message>
            <source>{status} — not shared with other consoles: {why}</source>
            <translation>{status} — non condiviso con altre console: {why}</translation>
        </message>
        <message>
            <source>Schedule of {target}</source>
            <translation>Orario di {target}</translation>
        </message>
        <message>
            <source>without a name</source>
            <translation>senza nome</translation>
        </message>
        <message>
            <source>User {name} (new)</source>
            <translation>Utente {name} (nuovo)</translation>
        </message>
        <message>
            <source>User {name}</source>
            <translation>Utente {name}</translation>
        </message>
        <message>
            <source>New station</source>
            <translation>Nuova stazione di ricarica</translation>
        </message>
        <message>
            <source>Station {name} ({cpid}) (new)</source>
            <translation>Stazione {name} ({cpid}) (nuova)</translation>
        </message>
        <message>
            <source>Station {name} ({cpid})</source>
            <translation>Stazione {name} ({cpid})</translation>
        </message>
        <message>
            <source>Station {name} (new)</source>
            <translation>Stazione {name} (nuova)</translation>
        </message>
        <message>
            <source>Station {name}</source>
            <translation>Stazione {name}</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Modifiche non salvate</translation>
        </message>
        <message>
            <source>Save your changes before closing ChargeDesk?</source>
            <translation>Salvare le modifiche prima di chiudere ChargeDesk?</translation>
        </message>
        <message>
            <source>Not saved yet:
{items}</source>
            <translation>Non ancora salvato:
{items}</translation>
        </message>
        <message>
            <source>Save all</source>
            <translation>Salva tutto</translation>
        </message>
        <message>
            <source>Save each of them, then close (a change that cannot be saved is shown instead)</source>
            <translation>Salva ciascuna, poi chiudi (una modifica che non si può salvare viene invece mostrata)</translation>
        </message>
        <message>
            <source>Close and lose these changes</source>
            <translation>Chiudi e perdi queste modifiche</translation>
        </message>
        <message>
            <source>Keep the window open (Esc)</source>
            <translation>Tieni aperta la finestra (Esc)</translation>
        </message>
        <message>
            <source>Not closed: {what} could not be saved. Fix it, then close again.</source>
            <translation>Non chiuso: {what} non ha potuto essere salvato. Lo corregga, poi chiuda di nuovo.</translation>
        </message>
        <message>
            <source>Dashboard</source>
            <extracomment>the navigation's names of the pages (a page's ``title`` stays its English key: show_page, the saved page)</extracomment>
            <translation>Cruscotto</translation>
        </message>
        <message>
            <source>Stations</source>
            <translation>Stazioni</translation>
        </message>
        <message>
            <source>Map</source>
            <translation>Mappa</translation>
        </message>
        <message>
            <source>Users</source>
            <translation>Utenti</translation>
        </message>
        <message>
            <source>Schedules</source>
            <translation>Orari</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Sessioni</translation>
        </message>
        <message>
            <source>Load</source>
            <translation>Carico</translation>
        </message>
        <message>
            <source>Chargers</source>
            <translation>Punti di ricarica</translation>
        </message>
        <message>
            <source>Log</source>
            <translation>Registro</translation>
        </message>
        <message>
            <source>Audit</source>
            <translation>Audit</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Impostazioni</translation>
        </message>
    </context>
    <context>
        <name>NewBlockForm</name>
        <message>
            <source>Cancel</source>
            <translation>Annulla</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Aggiungi</translation>
        </message>
    </context>
    <context>
        <name>OperatorForm</name>
        <message>
            <source>ChargeDesk — the first manager</source>
            <translation>ChargeDesk — il primo responsabile</translation>
        </message>
        <message>
            <source>New operator</source>
            <translation>Nuovo operatore</translation>
        </message>
        <message>
            <source>Nobody can log in to this database yet. Create the first manager's account: a manager can do everything, including adding the other operators.</source>
            <translation>Nessuno può ancora accedere a questo database. Crei l'account del primo responsabile: un responsabile può fare tutto, anche aggiungere gli altri operatori.</translation>
        </message>
        <message>
            <source>e.g. Anna Meier</source>
            <translation>p. es. Anna Meier</translation>
        </message>
        <message>
            <source>Username</source>
            <translation>Nome utente</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Ruolo</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Password</translation>
        </message>
        <message>
            <source>Repeat password</source>
            <translation>Ripeti la password</translation>
        </message>
        <message>
            <source>Create and log in</source>
            <translation>Crea e accedi</translation>
        </message>
        <message>
            <source>Add operator</source>
            <translation>Aggiungi operatore</translation>
        </message>
    </context>
    <context>
        <name>OperatorsSection</name>
        <message>
            <source>Username</source>
            <translation>Nome utente</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Ruolo</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Stato</translation>
        </message>
        <message>
            <source>Last log-in</source>
            <translation>Ultimo accesso</translation>
        </message>
        <message>
            <source>Require operators to log in</source>
            <translation>Richiedere l'accesso agli operatori</translation>
        </message>
        <message>
            <source>Add operator…</source>
            <translation>Aggiungi operatore…</translation>
        </message>
        <message>
            <source>Change role</source>
            <translation>Cambia ruolo</translation>
        </message>
        <message>
            <source>Reset password…</source>
            <translation>Reimposta password…</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>Sblocca</translation>
        </message>
        <message>
            <source>Deactivate</source>
            <translation>Disattiva</translation>
        </message>
        <message>
            <source>{username} unlocked.</source>
            <translation>{username} sbloccato.</translation>
        </message>
        <message>
            <source>active</source>
            <translation>attivo</translation>
        </message>
        <message>
            <source>deactivated</source>
            <translation>disattivato</translation>
        </message>
        <message>
            <source>locked until {time}</source>
            <translation>bloccato fino alle {time}</translation>
        </message>
        <message>
            <source>never</source>
            <translation>mai</translation>
        </message>
        <message>
            <source>Always on a shared PostgreSQL database: every console asks who is there.</source>
            <translation>Sempre su un database PostgreSQL condiviso: ogni console chiede chi c'è.</translation>
        </message>
        <message>
            <source>On: the console asks for a username and password at start. Off (single seat): it opens as the computer's user, who may do everything.</source>
            <translation>Attivo: la console chiede nome utente e password all'avvio. Disattivo (postazione singola): si apre come l'utente del computer, che può fare tutto.</translation>
        </message>
        <message>
            <source>Reactivate</source>
            <translation>Riattiva</translation>
        </message>
        <message>
            <source>Not changed: {problems}.</source>
            <translation>Non modificato: {problems}.</translation>
        </message>
        <message>
            <source>Not changed: {reason}.</source>
            <translation>Non modificato: {reason}.</translation>
        </message>
        <message>
            <source>{username} is now {role}.</source>
            <translation>{username} ora è {role}.</translation>
        </message>
        <message>
            <source>{username} deactivated.</source>
            <translation>{username} disattivato.</translation>
        </message>
        <message>
            <source>{username} reactivated.</source>
            <translation>{username} riattivato.</translation>
        </message>
        <message>
            <source>New password set for {username}.</source>
            <translation>Nuova password impostata per {username}.</translation>
        </message>
        <message>
            <source>Operator {username} added.</source>
            <translation>Operatore {username} aggiunto.</translation>
        </message>
        <message>
            <source>Create a manager account first (you will log in with it); the switch turns on then.</source>
            <translation>Crei prima un account responsabile (accederà con quello); l'opzione si attiva allora.</translation>
        </message>
        <message>
            <source>The console now asks for a log-in at start.</source>
            <translation>La console ora chiede l'accesso all'avvio.</translation>
        </message>
        <message>
            <source>The console opens without a log-in again.</source>
            <translation>La console si apre di nuovo senza accesso.</translation>
        </message>
    </context>
    <context>
        <name>OwnersPanel</name>
        <message>
            <source>Owners may always charge here, in every mode, at the owner tariff (Del removes)</source>
            <translation>I proprietari possono sempre ricaricare qui, in ogni modalità, alla tariffa proprietario (Canc rimuove)</translation>
        </message>
        <message>
            <source>Add owner</source>
            <translation>Aggiungi proprietario</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Rimuovi</translation>
        </message>
    </context>
    <context>
        <name>PlanBlockForm</name>
        <message>
            <source>The price that applies in this window; the default tariff when none is chosen</source>
            <translation>Il prezzo in questa fascia; la tariffa predefinita se nessuna è scelta</translation>
        </message>
        <message>
            <source>Mode</source>
            <translation>Modalità</translation>
        </message>
        <message>
            <source>Tariff</source>
            <translation>Tariffa</translation>
        </message>
    </context>
    <context>
        <name>PlanWindowDialog</name>
        <message>
            <source>The price in this window; the plan's default tariff when none is chosen</source>
            <translation>Il prezzo in questa fascia; la tariffa predefinita del piano se nessuna è scelta</translation>
        </message>
        <message>
            <source>Mode</source>
            <translation>Modalità</translation>
        </message>
        <message>
            <source>Tariff</source>
            <translation>Tariffa</translation>
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>Close</source>
            <extracomment>Qt's own texts the console shows whose German (qtbase_de) is not Swiss (it writes the sharp s): the shell catalogue has them in Swiss German ("Schliessen"), and ours are installed after Qt's, so they are looked up first</extracomment>
            <translation>Chiudi</translation>
        </message>
    </context>
    <context>
        <name>QWizard</name>
        <message>
            <source>&amp;Finish</source>
            <translation>&amp;Fine</translation>
        </message>
    </context>
    <context>
        <name>RefusedDialog</name>
        <message>
            <source>ChargeDesk: the database needs attention</source>
            <translation>ChargeDesk: il database richiede attenzione</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Copia</translation>
        </message>
        <message>
            <source>Copy the command to the clipboard</source>
            <translation>Copia il comando negli appunti</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Esci</translation>
        </message>
        <message>
            <source>Copied</source>
            <translation>Copiato</translation>
        </message>
    </context>
    <context>
        <name>ResetPasswordDialog</name>
        <message>
            <source>New password for {username}</source>
            <translation>Nuova password per {username}</translation>
        </message>
        <message>
            <source>New password</source>
            <translation>Nuova password</translation>
        </message>
        <message>
            <source>Repeat it</source>
            <translation>Ripetila</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <source>&lt;i&gt;takes effect when ChargeDesk is restarted&lt;/i&gt;</source>
            <translation>&lt;i&gt;ha effetto al riavvio di ChargeDesk&lt;/i&gt;</translation>
        </message>
        <message>
            <source>list them as Pending until an operator accepts them</source>
            <translation>elencarli come «Pending» finché un operatore non li accetta</translation>
        </message>
        <message>
            <source>refuse them at the connection</source>
            <translation>rifiutarli alla connessione</translation>
        </message>
        <message>
            <source>accept them and create a station automatically</source>
            <translation>accettarli e creare automaticamente una stazione</translation>
        </message>
        <message>
            <source>automatic: attach to the site's central system when one runs, else run it here</source>
            <translation>automatico: collegarsi al sistema centrale della sede se è in funzione, altrimenti eseguirlo qui</translation>
        </message>
        <message>
            <source>run the site's central system here</source>
            <translation>eseguire qui il sistema centrale della sede</translation>
        </message>
        <message>
            <source>attach to the site's central system (chargedesk serve or another console)</source>
            <translation>collegarsi al sistema centrale della sede (chargedesk serve o un'altra console)</translation>
        </message>
        <message>
            <source>New site</source>
            <translation>Nuova sede</translation>
        </message>
        <message>
            <source>Saved site '{name}'.</source>
            <translation>Sede «{name}» salvata.</translation>
        </message>
        <message>
            <source>Delete site</source>
            <translation>Elimina sede</translation>
        </message>
        <message>
            <source>Delete site '{name}'?</source>
            <translation>Eliminare la sede «{name}»?</translation>
        </message>
        <message>
            <source>Deleted site '{name}'.</source>
            <translation>Sede «{name}» eliminata.</translation>
        </message>
        <message>
            <source>Not saved: this site was changed on another console meanwhile (see above).</source>
            <translation>Non salvato: questa sede è stata modificata nel frattempo su un'altra console (vedi sopra).</translation>
        </message>
        <message>
            <source>New tariff</source>
            <translation>Nuova tariffa</translation>
        </message>
        <message>
            <source>Saved tariff '{name}'.</source>
            <translation>Tariffa «{name}» salvata.</translation>
        </message>
        <message>
            <source>Delete tariff</source>
            <translation>Elimina tariffa</translation>
        </message>
        <message>
            <source>Delete tariff '{name}'?</source>
            <translation>Eliminare la tariffa «{name}»?</translation>
        </message>
        <message>
            <source>Deleted tariff '{name}'.</source>
            <translation>Tariffa «{name}» eliminata.</translation>
        </message>
        <message>
            <source>Not saved: this tariff was changed on another console meanwhile (see above).</source>
            <translation>Non salvato: questa tariffa è stata modificata nel frattempo su un'altra console (vedi sopra).</translation>
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
            <source>Rules are in this time zone's wall-clock time; daylight saving is handled.</source>
            <translation>Le regole seguono l'ora locale di questo fuso; l'ora legale è gestita.</translation>
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
            <source>Sites</source>
            <translation>Sedi</translation>
        </message>
        <message>
            <source>employee</source>
            <translation>collaboratori</translation>
        </message>
        <message>
            <source>Price per kWh</source>
            <translation>Prezzo per kWh</translation>
        </message>
        <message>
            <source>Price per hour</source>
            <translation>Prezzo per ora</translation>
        </message>
        <message>
            <source>Charged per hour connected, after the free period (an idle/parking fee).</source>
            <translation>Addebitato per ora di connessione, dopo il periodo gratuito (tassa di sosta).</translation>
        </message>
        <message>
            <source>Free minutes</source>
            <translation>Minuti gratuiti</translation>
        </message>
        <message>
            <source>The hourly price applies only after this many minutes.</source>
            <translation>Il prezzo orario si applica solo dopo questi minuti.</translation>
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
            <source>Prices include VAT (the site's rate); otherwise VAT is added.</source>
            <translation>I prezzi includono l'IVA (aliquota della sede); altrimenti l'IVA viene aggiunta.</translation>
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
            <source>With the load strategy 'By tariff priority', sessions at a higher priority are given power first (a whole number, e.g. 10).</source>
            <translation>Con la strategia di carico «Per priorità di tariffa», le sessioni di ricarica con priorità più alta ricevono potenza per prime (un numero intero, p. es. 10).</translation>
        </message>
        <message>
            <source>Tariffs</source>
            <translation>Tariffe</translation>
        </message>
        <message>
            <source>Database</source>
            <translation>Database</translation>
        </message>
        <message>
            <source>Central system</source>
            <translation>Sistema centrale</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Lingua</translation>
        </message>
        <message>
            <source>In use:</source>
            <translation>In uso:</translation>
        </message>
        <message>
            <source>sqlite:////path/chargedesk.db  or  postgresql://user:password@host/chargedesk</source>
            <translation>sqlite:////percorso/chargedesk.db  o  postgresql://utente:password@host/chargedesk</translation>
        </message>
        <message>
            <source>A PostgreSQL password is shown as ••• and kept in a password file only this account can read, never in the settings.</source>
            <translation>Una password PostgreSQL è mostrata come ••• e conservata in un file di password leggibile solo da questo account, mai nelle impostazioni.</translation>
        </message>
        <message>
            <source>SQLite file…</source>
            <translation>File SQLite…</translation>
        </message>
        <message>
            <source>Use:</source>
            <translation>Usa:</translation>
        </message>
        <message>
            <source>PostgreSQL password (empty: the one in the URL, or the stored one)</source>
            <translation>Password PostgreSQL (vuoto: quella nell'URL o quella memorizzata)</translation>
        </message>
        <message>
            <source>Password:</source>
            <translation>Password:</translation>
        </message>
        <message>
            <source>Test connection</source>
            <translation>Prova connessione</translation>
        </message>
        <message>
            <source>Use this database</source>
            <translation>Usa questo database</translation>
        </message>
        <message>
            <source>SQLite database file</source>
            <translation>File di database SQLite</translation>
        </message>
        <message>
            <source>SQLite database (*.db *.sqlite)</source>
            <translation>Database SQLite (*.db *.sqlite)</translation>
        </message>
        <message>
            <source>Type a database URL or choose a SQLite file first.</source>
            <translation>Inserisca prima un URL di database o scelga un file SQLite.</translation>
        </message>
        <message>
            <source>Connecting…</source>
            <translation>Connessione…</translation>
        </message>
        <message>
            <source>Cannot use this database: {reason}</source>
            <translation>Impossibile usare questo database: {reason}</translation>
        </message>
        <message>
            <source>Not saved: {reason}</source>
            <translation>Non salvato: {reason}</translation>
        </message>
        <message>
            <source>Saved: ChargeDesk uses this database from the next start (the schema is set up or upgraded then). --db and CHARGEDESK_DATABASE_URL still take precedence.</source>
            <translation>Salvato: ChargeDesk usa questo database dal prossimo avvio (lo schema viene allora creato o aggiornato). --db e CHARGEDESK_DATABASE_URL hanno comunque la precedenza.</translation>
        </message>
        <message>
            <source>Saved: the default SQLite file is used from the next start. --db and CHARGEDESK_DATABASE_URL still take precedence.</source>
            <translation>Salvato: dal prossimo avvio si usa il file SQLite predefinito. --db e CHARGEDESK_DATABASE_URL hanno comunque la precedenza.</translation>
        </message>
        <message>
            <source>Central system (OCPP)</source>
            <translation>Sistema centrale (OCPP)</translation>
        </message>
        <message>
            <source>Port:</source>
            <translation>Porta:</translation>
        </message>
        <message>
            <source>0.0.0.0 listens on every network interface of this computer.</source>
            <translation>0.0.0.0 ascolta su tutte le interfacce di rete di questo computer.</translation>
        </message>
        <message>
            <source>Listen on:</source>
            <translation>In ascolto su:</translation>
        </message>
        <message>
            <source> s</source>
            <translation> s</translation>
        </message>
        <message>
            <source>WebSocket pings detect a charger whose connection died within about two intervals.</source>
            <translation>I ping WebSocket rilevano entro circa due intervalli un punto di ricarica la cui connessione è caduta.</translation>
        </message>
        <message>
            <source>Ping interval:</source>
            <translation>Intervallo di ping:</translation>
        </message>
        <message>
            <source>Unknown chargers:</source>
            <translation>Punti di ricarica sconosciuti:</translation>
        </message>
        <message>
            <source>On a shared PostgreSQL database one central system holds the chargers' connections for the whole site: `chargedesk serve` on an always-on machine, or a console. Other consoles attach to it and work exactly the same. A SQLite file always runs its central system in this console.</source>
            <translation>Su un database PostgreSQL condiviso un solo sistema centrale tiene le connessioni dei punti di ricarica per tutta la sede: `chargedesk serve` su una macchina sempre accesa, o una console. Le altre console vi si collegano e funzionano allo stesso modo. Un file SQLite esegue sempre il suo sistema centrale in questa console.</translation>
        </message>
        <message>
            <source>This console:</source>
            <translation>Questa console:</translation>
        </message>
        <message>
            <source>none: plain ws:// (chargedesk certs create makes a LAN certificate)</source>
            <translation>nessuno: ws:// semplice (chargedesk certs create crea un certificato LAN)</translation>
        </message>
        <message>
            <source>TLS certificate:</source>
            <translation>Certificato TLS:</translation>
        </message>
        <message>
            <source>TLS key:</source>
            <translation>Chiave TLS:</translation>
        </message>
        <message>
            <source>any free port</source>
            <translation>qualsiasi porta libera</translation>
        </message>
        <message>
            <source>Firmware downloads and diagnostics uploads go over HTTP from this computer, only while such a job runs. Set a fixed port if a firewall must let it through.</source>
            <translation>Download del firmware e upload delle diagnosi passano via HTTP da questo computer, solo mentre è in corso un tale lavoro. Imposti una porta fissa se un firewall deve lasciarla passare.</translation>
        </message>
        <message>
            <source>File transfer port:</source>
            <translation>Porta per il trasferimento file:</translation>
        </message>
        <message>
            <source>automatic: the address the charger connected to</source>
            <translation>automatico: l'indirizzo a cui si è connesso il punto di ricarica</translation>
        </message>
        <message>
            <source>The address chargers download firmware from and upload diagnostics to (e.g. 192.168.1.10). Leave empty unless they reach this computer another way.</source>
            <translation>L'indirizzo da cui i punti di ricarica scaricano il firmware e a cui caricano le diagnosi (p. es. 192.168.1.10). Lasci vuoto a meno che raggiungano questo computer in altro modo.</translation>
        </message>
        <message>
            <source>File transfer address:</source>
            <translation>Indirizzo per il trasferimento file:</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Salva</translation>
        </message>
        <message>
            <source>Give both the certificate and its key, or neither.</source>
            <translation>Indichi sia il certificato sia la sua chiave, o nessuno dei due.</translation>
        </message>
        <message>
            <source>Saved; takes effect when ChargeDesk is restarted.</source>
            <translation>Salvato; ha effetto al riavvio di ChargeDesk.</translation>
        </message>
        <message>
            <source>The language of this console's pages, documents and number formats. System default: the computer's language if ChargeDesk speaks it, else English.</source>
            <translation>La lingua delle pagine, dei documenti e dei formati numerici di questa console. Lingua del sistema: quella del computer se ChargeDesk la parla, altrimenti l'inglese.</translation>
        </message>
        <message>
            <source>Console language:</source>
            <translation>Lingua della console:</translation>
        </message>
        <message>
            <source>Saved: ChargeDesk speaks {language} from the next start.</source>
            <translation>Salvato: ChargeDesk parla {language} dal prossimo avvio.</translation>
        </message>
    </context>
    <context>
        <name>TimeOfDayDialog</name>
        <message>
            <source>Time-of-day limits — {circuit}</source>
            <translation>Limiti orari — {circuit}</translation>
        </message>
        <message>
            <source>Lower &lt;b&gt;{circuit}&lt;/b&gt;'s limit at times of the week. Outside the blocks its own limit applies ({own}). Times are {site}'s local time ({timezone}): on the days the clocks change, a limit whose edge falls in the skipped hour starts when the clock jumps over it, and one in the repeated hour applies both times. Double-click a block or press Enter to change its days, times or limit.</source>
            <translation>Abbassa il limite di &lt;b&gt;{circuit}&lt;/b&gt; in certi momenti della settimana. Fuori dai blocchi vale il suo limite proprio ({own}). Gli orari sono l'ora locale di {site} ({timezone}): nei giorni del cambio d'ora, un limite il cui bordo cade nell'ora saltata inizia quando l'orologio la salta, e uno nell'ora ripetuta vale entrambe le volte. Faccia doppio clic su un blocco o prema Invio per cambiarne giorni, orari o limite.</translation>
        </message>
        <message>
            <source>Time-of-day limits of {circuit}</source>
            <translation>Limiti orari di {circuit}</translation>
        </message>
        <message>
            <source>Add limit…</source>
            <translation>Aggiungi limite…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annulla</translation>
        </message>
        <message>
            <source>Close without changing the circuit's time-of-day limits</source>
            <translation>Chiudi senza cambiare i limiti orari del circuito</translation>
        </message>
        <message>
            <source>Save circuit</source>
            <translation>Salva circuito</translation>
        </message>
        <message>
            <source>Save the circuit (its form and these limits); Ctrl+S</source>
            <translation>Salva il circuito (il suo modulo e questi limiti); Ctrl+S</translation>
        </message>
        <message>
            <source>Time-of-day limits</source>
            <translation>Limiti orari</translation>
        </message>
        <message>
            <source>Discard your changes to the time-of-day limits?</source>
            <translation>Scartare le modifiche ai limiti orari?</translation>
        </message>
        <message>
            <source>Keep editing</source>
            <translation>Continua a modificare</translation>
        </message>
        <message>
            <source>Not saved: {why}</source>
            <translation>Non salvato: {why}</translation>
        </message>
    </context>
    <context>
        <name>UserPicker</name>
        <message>
            <source>Type a name…</source>
            <translation>Digiti un nome…</translation>
        </message>
    </context>
    <context>
        <name>WeekCalendar</name>
        <message>
            <source>Remove {block} on {day}?</source>
            <translation>Rimuovere {block} di {day}?</translation>
        </message>
        <message>
            <source>Remove {day}</source>
            <translation>Rimuovi {day}</translation>
        </message>
        <message>
            <source>Remove all ({days})</source>
            <translation>Rimuovi tutto ({days})</translation>
        </message>
        <message>
            <source>New window · {days} {times}</source>
            <translation>Nuova fascia · {days} {times}</translation>
        </message>
        <message>
            <source>Add window</source>
            <translation>Aggiungi fascia</translation>
        </message>
        <message>
            <source>Edit window</source>
            <translation>Modifica fascia</translation>
        </message>
        <message>
            <source>Remove window</source>
            <translation>Rimuovi fascia</translation>
        </message>
        <message>
            <source>The window also applies on other days ({days}).</source>
            <translation>La fascia vale anche in altri giorni ({days}).</translation>
        </message>
        <message>
            <source>Access</source>
            <translation>Accesso</translation>
        </message>
        <message>
            <source>New access time · {days} {times}</source>
            <translation>Nuovo orario di accesso · {days} {times}</translation>
        </message>
        <message>
            <source>Add access time</source>
            <translation>Aggiungi orario di accesso</translation>
        </message>
        <message>
            <source>Edit access time</source>
            <translation>Modifica orario di accesso</translation>
        </message>
        <message>
            <source>Remove access time</source>
            <translation>Rimuovi orario di accesso</translation>
        </message>
        <message>
            <source>The access time also applies on other days ({days}).</source>
            <translation>L'orario di accesso vale anche in altri giorni ({days}).</translation>
        </message>
        <message>
            <source>access time {times}</source>
            <translation>l'orario di accesso {times}</translation>
        </message>
        <message>
            <source>Tariff: the default tariff ('{tariff}')</source>
            <translation>Tariffa: la tariffa predefinita («{tariff}»)</translation>
        </message>
        <message>
            <source>Tariff: the default tariff (none)</source>
            <translation>Tariffa: la tariffa predefinita (nessuna)</translation>
        </message>
        <message>
            <source>New limit · {days} {times}</source>
            <translation>Nuovo limite · {days} {times}</translation>
        </message>
        <message>
            <source>Add limit</source>
            <translation>Aggiungi limite</translation>
        </message>
        <message>
            <source>Edit limit</source>
            <translation>Modifica limite</translation>
        </message>
        <message>
            <source>Remove limit</source>
            <translation>Rimuovi limite</translation>
        </message>
        <message>
            <source>The limit also applies on other days ({days}).</source>
            <translation>Il limite vale anche in altri giorni ({days}).</translation>
        </message>
    </context>
    <context>
        <name>WeekForms</name>
        <message>
            <source>Public: every registered user · Limited: owners and special users · Private: owners only</source>
            <translation>Pubblico: tutti gli utenti registrati · Limitato: proprietari e utenti speciali · Privato: solo proprietari</translation>
        </message>
        <message>
            <source>ends the next day at {time}</source>
            <translation>termina il giorno dopo alle {time}</translation>
        </message>
    </context>
    <context>
        <name>WeekLimits</name>
        <message>
            <source>Own limit
{limit}</source>
            <translation>Limite proprio
{limit}</translation>
        </message>
        <message>
            <source>The circuit's limit during this time; {own} (its own) at other times</source>
            <translation>Il limite del circuito in questo periodo; {own} (il proprio) negli altri momenti</translation>
        </message>
    </context>
    <context>
        <name>WeekTools</name>
        <message>
            <source>Drag on empty time to add · drag a block to move it, its edge to resize (Shift: all its days)</source>
            <translation>Trascini su un orario libero per aggiungere · trascini un blocco per spostarlo, il suo bordo per cambiarne la durata (Maiusc: tutti i suoi giorni)</translation>
        </message>
        <message>
            <source>Add one by typing its days and times (Insert)</source>
            <translation>Aggiungerne uno digitando giorni e orari (Ins)</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Modifica…</translation>
        </message>
        <message>
            <source>Edit the selected block: its days, times and the rest (Enter or double-click)</source>
            <translation>Modifica il blocco scelto: giorni, orari e il resto (Invio o doppio clic)</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Elimina…</translation>
        </message>
        <message>
            <source>Remove the selected block (Del)</source>
            <translation>Rimuovi il blocco scelto (Canc)</translation>
        </message>
        <message>
            <source>Copy day to…</source>
            <translation>Copia giorno su…</translation>
        </message>
        <message>
            <source>Give other days the same blocks as one day</source>
            <translation>Dare ad altri giorni gli stessi blocchi di un giorno</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Annulla</translation>
        </message>
        <message>
            <source>Undo the last change in the calendar (Ctrl+Z)</source>
            <translation>Annulla l'ultima modifica nel calendario (Ctrl+Z)</translation>
        </message>
    </context>
    <context>
        <name>WindowDialog</name>
        <message>
            <source>HH:MM</source>
            <translation>HH:MM</translation>
        </message>
        <message>
            <source>to</source>
            <translation>a</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>Giorni</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Da</translation>
        </message>
    </context>
</TS>
