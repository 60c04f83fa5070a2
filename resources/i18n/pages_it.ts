<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>AccessMode</name>
    <message>
        <source>Public</source>
        <translation>Pubblico</translation>
    </message>
    <message>
        <source>Limited</source>
        <translation>Limitato</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privato</translation>
    </message>
</context>
<context>
    <name>AccessReasons</name>
    <message>
        <source>Public</source>
        <translation>Pubblico</translation>
    </message>
    <message>
        <source>Limited</source>
        <translation>Limitato</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privato</translation>
    </message>
    <message>
        <source>{mode} (default)</source>
        <translation>{mode} (predefinito)</translation>
    </message>
    <message>
        <source>{mode} (default; {note})</source>
        <translation>{mode} (predefinito; {note})</translation>
    </message>
    <message>
        <source>{mode} {days} {start}–{end}</source>
        <translation>{mode} {days} {start}–{end}</translation>
    </message>
    <message>
        <source>{mode} {days} {start}–{end} ({note})</source>
        <translation>{mode} {days} {start}–{end} ({note})</translation>
    </message>
    <message>
        <source>{name} (fixed {mode})</source>
        <translation>{name} (fisso: {mode})</translation>
    </message>
    <message>
        <source>{name} follows {day}</source>
        <translation>{name} segue il {day}</translation>
    </message>
</context>
<context>
    <name>AssignTagDialog</name>
    <message>
        <source>Assign RFID tag</source>
        <translation>Assegna tessera RFID</translation>
    </message>
    <message>
        <source>Tag &lt;b&gt;{tag}&lt;/b&gt; was last presented at {where}, {when}. Who does it belong to?</source>
        <translation>La tessera &lt;b&gt;{tag}&lt;/b&gt; è stata presentata l&apos;ultima volta a {where}, {when}. A chi appartiene?</translation>
    </message>
    <message>
        <source>{name} (blocked)</source>
        <translation>{name} (bloccato)</translation>
    </message>
    <message>
        <source>Type a name…</source>
        <translation>Digita un nome…</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utente</translation>
    </message>
    <message>
        <source>optional, e.g. white card</source>
        <translation>facoltativo, p. es. tessera bianca</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etichetta</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Assegna</translation>
    </message>
</context>
<context>
    <name>ExceptionsPanel</name>
    <message>
        <source>follows another weekday&apos;s plan</source>
        <translation>segue il piano di un altro giorno della settimana</translation>
    </message>
    <message>
        <source>fixed mode all day (in its colour)</source>
        <translation>modalità fissa tutto il giorno (nel suo colore)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Giorno</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etichetta</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regola</translation>
    </message>
    <message>
        <source>The date the exception applies to (the site&apos;s local date)</source>
        <translation>La data a cui si applica l&apos;eccezione (data locale della sede)</translation>
    </message>
    <message>
        <source>e.g. Christmas, company closing day</source>
        <translation>p. es. Natale, giorno di chiusura aziendale</translation>
    </message>
    <message>
        <source>Follow the plan of</source>
        <translation>Segui il piano di</translation>
    </message>
    <message>
        <source>The date gets that weekday&apos;s windows (e.g. a public holiday follows Sunday)</source>
        <translation>La data riceve le fasce orarie di quel giorno (p. es. un giorno festivo segue la domenica)</translation>
    </message>
    <message>
        <source>Fixed all day</source>
        <translation>Fisso tutto il giorno</translation>
    </message>
    <message>
        <source>One mode (and tariff) from 00:00 to 24:00; no window applies on that date</source>
        <translation>Una modalità (e tariffa) dalle 00:00 alle 24:00; in quella data non si applica nessuna fascia oraria</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuovo</translation>
    </message>
    <message>
        <source>Clear the form for another date</source>
        <translation>Svuota il modulo per un&apos;altra data</translation>
    </message>
    <message>
        <source>Add exception</source>
        <translation>Aggiungi eccezione</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Rimuovi…</translation>
    </message>
    <message>
        <source>Remove the exception of this date (Del in the list)</source>
        <translation>Rimuovi l&apos;eccezione di questa data (Canc nell&apos;elenco)</translation>
    </message>
    <message>
        <source>Update exception</source>
        <translation>Aggiorna eccezione</translation>
    </message>
    <message>
        <source>Default tariff</source>
        <translation>Tariffa predefinita</translation>
    </message>
    <message>
        <source>follows {weekday}</source>
        <translation>segue {weekday}</translation>
    </message>
    <message>
        <source>{mode} at &apos;{tariff}&apos; all day</source>
        <translation>{mode} alla tariffa «{tariff}» tutto il giorno</translation>
    </message>
    <message>
        <source>{mode} all day</source>
        <translation>{mode} tutto il giorno</translation>
    </message>
    <message>
        <source>Exception</source>
        <translation>Eccezione</translation>
    </message>
    <message>
        <source>The label is too long: at most {max} characters.</source>
        <translation>L&apos;etichetta è troppo lunga: al massimo {max} caratteri.</translation>
    </message>
    <message>
        <source>Remove exception</source>
        <translation>Rimuovi eccezione</translation>
    </message>
    <message>
        <source>Remove the exception of {date} ({label})?</source>
        <translation>Rimuovere l&apos;eccezione del {date} ({label})?</translation>
    </message>
    <message>
        <source>Remove the exception of {date}?</source>
        <translation>Rimuovere l&apos;eccezione del {date}?</translation>
    </message>
    <message>
        <source>The date then follows the regular {weekday} plan.</source>
        <translation>La data segue poi il piano abituale di {weekday}.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>Import users: problems found</source>
        <translation>Importa utenti: problemi trovati</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n problem(s) on {lines} of {file}.&lt;/b&gt; Nothing was imported.</source>
        <translation>
            <numerusform>&lt;b&gt;%n problema su {lines} di {file}.&lt;/b&gt; Non è stato importato nulla.</numerusform>
            <numerusform>&lt;b&gt;%n problemi su {lines} di {file}.&lt;/b&gt; Non è stato importato nulla.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n riga</numerusform>
            <numerusform>%n righe</numerusform>
        </translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Riga</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Fix the file and import it again, or import the other rows now and add the rest later. Line 1 is the header.</source>
        <translation>Correggi il file e importalo di nuovo, oppure importa ora le altre righe e aggiungi il resto più tardi. La riga 1 è l&apos;intestazione.</translation>
    </message>
    <message>
        <source>Import the valid rows only</source>
        <translation>Importa solo le righe valide</translation>
    </message>
</context>
<context>
    <name>LearnCardDialog</name>
    <message>
        <source>Learn an RFID card</source>
        <translation>Acquisisci una tessera RFID</translation>
    </message>
    <message>
        <source>Choose the charger you are standing at, then tap the card on its reader. The charger refuses the card while this dialog is open, so no charge starts.</source>
        <translation>Scegli la stazione di ricarica presso cui ti trovi, poi avvicina la tessera al suo lettore. Finché questa finestra è aperta la stazione rifiuta la tessera, quindi non parte nessuna ricarica.</translation>
    </message>
    <message>
        <source>Chargers connected now</source>
        <translation>Stazioni connesse ora</translation>
    </message>
    <message>
        <source>Charger:</source>
        <translation>Stazione:</translation>
    </message>
    <message>
        <source>tap a card on the charger</source>
        <translation>avvicina una tessera alla stazione</translation>
    </message>
    <message>
        <source>Card:</source>
        <translation>Tessera:</translation>
    </message>
    <message>
        <source>Type a few letters and pick the user; a name nobody has yet creates a new user</source>
        <translation>Digita qualche lettera e scegli l&apos;utente; un nome che nessuno ha ancora crea un nuovo utente</translation>
    </message>
    <message>
        <source>Give it to:</source>
        <translation>Assegna a:</translation>
    </message>
    <message>
        <source>optional, for the new user</source>
        <translation>facoltativo, per il nuovo utente</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>e.g. Company car ZH 123, spare card</source>
        <translation>p. es. auto aziendale TI 123, tessera di riserva</translation>
    </message>
    <message>
        <source>What the card is, as it shows in the user&apos;s list of cards</source>
        <translation>Che cos&apos;è la tessera, come appare nell&apos;elenco delle tessere dell&apos;utente</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation>Etichetta:</translation>
    </message>
    <message>
        <source>Save card</source>
        <translation>Salva tessera</translation>
    </message>
    <message>
        <source>{charger} (offline)</source>
        <translation>{charger} (offline)</translation>
    </message>
    <message>
        <source>No charger is connected. Connect the charger (or check its central system address), then choose it here.</source>
        <translation>Nessuna stazione è connessa. Connetti la stazione (o verifica l&apos;indirizzo del suo sistema centrale), poi sceglila qui.</translation>
    </message>
    <message>
        <source>{charger} went offline; learn mode resumes when it is back.</source>
        <translation>{charger} è andata offline; l&apos;acquisizione riprende quando torna.</translation>
    </message>
    <message>
        <source>Card read on {charger}. Give it to a user and save, or tap another card.</source>
        <translation>Tessera letta su {charger}. Assegnala a un utente e salva, oppure avvicina un&apos;altra tessera.</translation>
    </message>
    <message>
        <source>Waiting for a card on {charger}… Tap the card on its reader.</source>
        <translation>In attesa di una tessera su {charger}… Avvicina la tessera al lettore.</translation>
    </message>
    <message>
        <source>This card already belongs to {user}. To give it to someone else, remove it from that user first (Users page).</source>
        <translation>Questa tessera appartiene già a {user}. Per darla a qualcun altro, rimuovila prima da quell&apos;utente (pagina Utenti).</translation>
    </message>
    <message>
        <source>A card nobody has yet.</source>
        <translation>Una tessera che non appartiene ancora a nessuno.</translation>
    </message>
    <message>
        <source>A new user “{name}” is created with this card.</source>
        <translation>Con questa tessera viene creato un nuovo utente «{name}».</translation>
    </message>
    <message>
        <source>Choose the user the card belongs to (type a few letters of the name), or type a new user&apos;s name.</source>
        <translation>Scegli l&apos;utente a cui appartiene la tessera (digita qualche lettera del nome) oppure digita il nome di un nuovo utente.</translation>
    </message>
    <message>
        <source>The card was not saved: {problem}</source>
        <translation>La tessera non è stata salvata: {problem}</translation>
    </message>
    <message>
        <source>Saved: {tag} is now {user}&apos;s card “{label}”. Tap the next card to learn another one, or close.</source>
        <translation>Salvato: {tag} è ora la tessera «{label}» di {user}. Avvicina la tessera successiva per acquisirne un&apos;altra, oppure chiudi.</translation>
    </message>
    <message>
        <source>Saved: {tag} is now {user}&apos;s card. Tap the next card to learn another one, or close.</source>
        <translation>Salvato: {tag} è ora la tessera di {user}. Avvicina la tessera successiva per acquisirne un&apos;altra, oppure chiudi.</translation>
    </message>
</context>
<context>
    <name>PlanProblems</name>
    <message>
        <source>Window {window}: choose at least one weekday.</source>
        <translation>Fascia {window}: scelga almeno un giorno della settimana.</translation>
    </message>
    <message>
        <source>Window {window}: the start must be a time from 00:00 to 23:59.</source>
        <translation>Fascia {window}: l&apos;inizio deve essere un orario dalle 00:00 alle 23:59.</translation>
    </message>
    <message>
        <source>Window {window}: the end must be a time from 00:01 to 24:00.</source>
        <translation>Fascia {window}: la fine deve essere un orario dalle 00:01 alle 24:00.</translation>
    </message>
    <message numerus="yes">
        <source>Window {window} ({label}) overlaps window {other} ({other_label}) on {span} (and %n more times a week).</source>
        <translation>
            <numerusform>La fascia {window} ({label}) si sovrappone alla fascia {other} ({other_label}) il {span} (e altre %n volta a settimana).</numerusform>
            <numerusform>La fascia {window} ({label}) si sovrappone alla fascia {other} ({other_label}) il {span} (e altre %n volte a settimana).</numerusform>
        </translation>
    </message>
    <message>
        <source>Window {window} ({label}) overlaps window {other} ({other_label}) on {span}.</source>
        <translation>La fascia {window} ({label}) si sovrappone alla fascia {other} ({other_label}) il {span}.</translation>
    </message>
</context>
<context>
    <name>SchedulesPage</name>
    <message>
        <source>Schedules</source>
        <translation>Orari</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Stazione</translation>
    </message>
    <message>
        <source>The station whose access times you edit (type to jump)</source>
        <translation>La stazione di cui modifichi gli orari di accesso (digita per saltare)</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regole</translation>
    </message>
    <message>
        <source>The station&apos;s plan, a connector with its own rules, or a special user&apos;s own times</source>
        <translation>Il piano della stazione, un connettore con regole proprie o gli orari propri di un utente speciale</translation>
    </message>
    <message>
        <source>Own rules for a connector</source>
        <translation>Regole proprie per un connettore</translation>
    </message>
    <message>
        <source>Remove own rules…</source>
        <translation>Rimuovi regole proprie…</translation>
    </message>
    <message>
        <source>The connector follows the station&apos;s plan again</source>
        <translation>Il connettore segue di nuovo il piano della stazione</translation>
    </message>
    <message>
        <source>Outside the windows:</source>
        <translation>Fuori dalle fasce orarie:</translation>
    </message>
    <message>
        <source>The price outside the windows, and in windows that name no tariff</source>
        <translation>Il prezzo fuori dalle fasce orarie e nelle fasce senza tariffa propria</translation>
    </message>
    <message>
        <source>at</source>
        <translation>alla tariffa</translation>
    </message>
    <message>
        <source>light: the default</source>
        <translation>chiaro: predefinito</translation>
    </message>
    <message>
        <source>What applies now at the site&apos;s local time, including unsaved changes</source>
        <translation>Ciò che vale ora all&apos;ora locale della sede, incluse le modifiche non salvate</translation>
    </message>
    <message>
        <source>Add window…</source>
        <translation>Aggiungi fascia…</translation>
    </message>
    <message>
        <source>Weekly plan</source>
        <translation>Piano settimanale</translation>
    </message>
    <message>
        <source>Date exceptions</source>
        <translation>Eccezioni di data</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Ripristina</translation>
    </message>
    <message>
        <source>Discard the unsaved changes and show the stored plan again</source>
        <translation>Scarta le modifiche non salvate e mostra di nuovo il piano salvato</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <source>Save the whole plan (Ctrl+S)</source>
        <translation>Salva l&apos;intero piano (Ctrl+S)</translation>
    </message>
    <message>
        <source>No stations yet. Add one on the Stations page (or import a site) to plan its access times.</source>
        <translation>Ancora nessuna stazione. Aggiungine una nella pagina Stazioni (o importa una sede) per pianificarne gli orari di accesso.</translation>
    </message>
    <message>
        <source>That special user&apos;s grant no longer exists.</source>
        <translation>L&apos;autorizzazione di questo utente speciale non esiste più.</translation>
    </message>
    <message>
        <source>No tariff</source>
        <translation>Nessuna tariffa</translation>
    </message>
    <message>
        <source>That station no longer exists.</source>
        <translation>Questa stazione non esiste più.</translation>
    </message>
    <message>
        <source>Connector {number} follows the station&apos;s plan, shown here. To give it different times, use “Own rules for a connector”.</source>
        <translation>Il connettore {number} segue il piano della stazione, mostrato qui. Per dargli orari diversi usa «Regole proprie per un connettore».</translation>
    </message>
    <message>
        <source>Give one connector its own mode, windows and tariffs (starting as a copy of the station&apos;s plan)</source>
        <translation>Dai a un connettore modalità, fasce e tariffe proprie (partendo da una copia del piano della stazione)</translation>
    </message>
    <message>
        <source>Every connector of this station has its own rules already</source>
        <translation>Ogni connettore di questa stazione ha già regole proprie</translation>
    </message>
    <message>
        <source>Could not open it: {problem}.</source>
        <translation>Impossibile aprirlo: {problem}.</translation>
    </message>
    <message>
        <source>Add access time…</source>
        <translation>Aggiungi orario di accesso…</translation>
    </message>
    <message>
        <source>A special user&apos;s own times have no date exceptions</source>
        <translation>Gli orari propri di un utente speciale non hanno eccezioni di data</translation>
    </message>
    <message>
        <source>Holidays and closing days: another weekday&apos;s plan or a fixed mode</source>
        <translation>Festivi e giorni di chiusura: piano di un altro giorno o modalità fissa</translation>
    </message>
    <message>
        <source>Own access times</source>
        <translation>Orari di accesso propri</translation>
    </message>
    <message>
        <source>{station} connector {number}</source>
        <translation>{station} connettore {number}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{user}&lt;/b&gt; may use {where} as a special user only within the times below (none: whenever the station&apos;s plan lets special users in).</source>
        <translation>&lt;b&gt;{user}&lt;/b&gt; può usare {where} come utente speciale solo negli orari qui sotto (nessuno: ogni volta che il piano della stazione ammette gli utenti speciali).</translation>
    </message>
    <message>
        <source>Own tariff: &apos;{tariff}&apos;.</source>
        <translation>Tariffa propria: «{tariff}».</translation>
    </message>
    <message>
        <source>Valid {start} – {end}.</source>
        <translation>Valido {start} – {end}.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifiche non salvate</translation>
    </message>
    <message>
        <source>Save your changes to {name} first?</source>
        <translation>Salvare prima le modifiche a {name}?</translation>
    </message>
    <message>
        <source>Discard drops them; Cancel stays here.</source>
        <translation>Scarta le elimina; Annulla resta qui.</translation>
    </message>
    <message>
        <source>this plan</source>
        <translation>questo piano</translation>
    </message>
    <message>
        <source>{user}&apos;s times at {station}</source>
        <translation>gli orari di {user} a {station}</translation>
    </message>
    <message>
        <source>Date exceptions ({count})</source>
        <translation>Eccezioni di date ({count})</translation>
    </message>
    <message>
        <source>Could not save: {problem}. Nothing was saved; try again, or Revert.</source>
        <translation>Impossibile salvare: {problem}. Non è stato salvato nulla; riprova o ripristina.</translation>
    </message>
    <message>
        <source>Saved {name} at {time}.</source>
        <translation>{name} salvato alle {time}.</translation>
    </message>
    <message>
        <source>Not saved: this plan was changed on another console meanwhile (see above).</source>
        <translation>Non salvato: questo piano è stato modificato nel frattempo su un&apos;altra console (vedi sopra).</translation>
    </message>
    <message>
        <source>Reloaded: the calendar shows what is stored now.</source>
        <translation>Ricaricato: il calendario mostra ciò che è salvato ora.</translation>
    </message>
    <message>
        <source>Your changes are kept; the rest shows what is stored now. Save replaces what is stored where you changed it.</source>
        <translation>Le tue modifiche sono mantenute; il resto mostra ciò che è salvato ora. Salva sostituisce ciò che è salvato dove hai modificato.</translation>
    </message>
    <message>
        <source>Default tariff: {problem}.</source>
        <translation>Tariffa predefinita: {problem}.</translation>
    </message>
    <message>
        <source>Date exceptions: {problem}</source>
        <translation>Eccezioni di data: {problem}</translation>
    </message>
    <message>
        <source>Not saved. {problems}</source>
        <translation>Non salvato. {problems}</translation>
    </message>
    <message>
        <source>Discard your changes to {name}?</source>
        <translation>Scartare le modifiche a {name}?</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Scarta le modifiche</translation>
    </message>
    <message>
        <source>Connector {number} now has its own rules, starting as a copy of the station&apos;s plan. Change them and Save.</source>
        <translation>Il connettore {number} ha ora regole proprie, all&apos;inizio una copia del piano della stazione. Modificale e salva.</translation>
    </message>
    <message>
        <source>Remove own rules</source>
        <translation>Rimuovi regole proprie</translation>
    </message>
    <message>
        <source>Connector {number} will follow the station&apos;s plan again.</source>
        <translation>Il connettore {number} seguirà di nuovo il piano della stazione.</translation>
    </message>
    <message>
        <source>Its own windows and date exceptions are deleted, and your unsaved changes to them are dropped.</source>
        <translation>Le sue fasce e le eccezioni di data vengono eliminate e le tue modifiche non salvate vanno perse.</translation>
    </message>
    <message>
        <source>Its own windows and date exceptions are deleted.</source>
        <translation>Le sue fasce e le eccezioni di data vengono eliminate.</translation>
    </message>
    <message>
        <source>Connector {number} follows the station&apos;s plan again.</source>
        <translation>Il connettore {number} segue di nuovo il piano della stazione.</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ora</translation>
    </message>
    <message>
        <source>{when}: (no preview: {problem})</source>
        <translation>{when}: (nessuna anteprima: {problem})</translation>
    </message>
    <message>
        <source>{user}&apos;s own times at {station}</source>
        <translation>Orari propri di {user} a {station}</translation>
    </message>
    <message>
        <source>connector {number} (own rules)</source>
        <translation>connettore {number} (regole proprie)</translation>
    </message>
    <message>
        <source>{what} · times in {timezone}</source>
        <translation>{what} · orari in {timezone}</translation>
    </message>
</context>
<context>
    <name>SessionDetailDialog</name>
    <message>
        <source>From</source>
        <translation>Da</translation>
    </message>
    <message>
        <source>To</source>
        <translation>A</translation>
    </message>
    <message>
        <source>Tariff</source>
        <translation>Tariffa</translation>
    </message>
    <message>
        <source>Energy cost</source>
        <translation>Costo energia</translation>
    </message>
    <message>
        <source>Time cost</source>
        <translation>Costo tempo</translation>
    </message>
    <message>
        <source>{days} d {hours} h {minutes} min</source>
        <translation>{days} g {hours} h {minutes} min</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} h {minutes} min</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sessione di ricarica</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Caricamento…</translation>
    </message>
    <message>
        <source>Station:</source>
        <translation>Stazione:</translation>
    </message>
    <message>
        <source>Site:</source>
        <translation>Sede:</translation>
    </message>
    <message>
        <source>Connector:</source>
        <translation>Connettore:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Utente:</translation>
    </message>
    <message>
        <source>RFID tag:</source>
        <translation>Tessera RFID:</translation>
    </message>
    <message>
        <source>Start:</source>
        <translation>Inizio:</translation>
    </message>
    <message>
        <source>Stop:</source>
        <translation>Fine:</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Durata:</translation>
    </message>
    <message>
        <source>Meter start → stop:</source>
        <translation>Contatore inizio → fine:</translation>
    </message>
    <message>
        <source>Energy:</source>
        <translation>Energia:</translation>
    </message>
    <message>
        <source>Max power:</source>
        <translation>Potenza max.:</translation>
    </message>
    <message>
        <source>Stop reason:</source>
        <translation>Motivo dell&apos;arresto:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Stato:</translation>
    </message>
    <message>
        <source>Authorization:</source>
        <translation>Autorizzazione:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Motivo:</translation>
    </message>
    <message>
        <source>Mode at start:</source>
        <translation>Modalità all&apos;inizio:</translation>
    </message>
    <message>
        <source>Tariff:</source>
        <translation>Tariffa:</translation>
    </message>
    <message>
        <source>Transaction:</source>
        <translation>Transazione:</translation>
    </message>
    <message>
        <source>Reservation:</source>
        <translation>Prenotazione:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Price by band&lt;/b&gt;</source>
        <translation>&lt;b&gt;Prezzo per fascia&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Start fee</source>
        <translation>Tassa di avvio</translation>
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
    <message>
        <source>&lt;b&gt;Limits sent (load management)&lt;/b&gt;</source>
        <translation>&lt;b&gt;Limiti inviati (gestione del carico)&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Meter values&lt;/b&gt;</source>
        <translation>&lt;b&gt;Valori del contatore&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No meter values were recorded for this session.</source>
        <translation>Per questa sessione di ricarica non sono stati registrati valori del contatore.</translation>
    </message>
    <message>
        <source>Energy delivered (kWh)</source>
        <translation>Energia erogata (kWh)</translation>
    </message>
    <message>
        <source>Power (kW)</source>
        <translation>Potenza (kW)</translation>
    </message>
    <message>
        <source>kWh</source>
        <translation>kWh</translation>
    </message>
    <message>
        <source>kW</source>
        <translation>kW</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Chiudi (Esc)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aggiorna</translation>
    </message>
    <message>
        <source>Read the session again (F5); a running session also refreshes by itself when its charger reports</source>
        <translation>Rileggi la sessione (F5); una sessione in corso si aggiorna anche da sola quando la sua stazione comunica</translation>
    </message>
    <message>
        <source>End session…</source>
        <translation>Termina sessione…</translation>
    </message>
    <message>
        <source>Ask the station</source>
        <translation>Chiedi alla stazione</translation>
    </message>
    <message>
        <source>GetTransactionStatus: whether the station still runs this session and still has messages about it</source>
        <translation>GetTransactionStatus: se la stazione ha ancora in corso questa sessione e messaggi che la riguardano</translation>
    </message>
    <message>
        <source>Click again to end it (not priced)</source>
        <translation>Fai di nuovo clic per terminarla (senza prezzo)</translation>
    </message>
    <message>
        <source>Asking the station…</source>
        <translation>Richiesta alla stazione…</translation>
    </message>
    <message>
        <source>End this session now, as the charger never sent its stop (its card stays busy until then): it ends at its last meter reading, flagged and not priced, and the action is recorded in the audit log</source>
        <translation>Termina ora questa sessione, perché la stazione non ha mai inviato la fine (la sua tessera resta occupata fino ad allora): termina all&apos;ultima lettura del contatore, segnalata e senza prezzo, e l&apos;azione viene registrata nel registro di audit</translation>
    </message>
    <message>
        <source>Session {id}</source>
        <translation>Sessione {id}</translation>
    </message>
    <message>
        <source>This session no longer exists (it was deleted).</source>
        <translation>Questa sessione non esiste più (è stata eliminata).</translation>
    </message>
    <message>
        <source>Could not load the session: {problem}</source>
        <translation>Impossibile caricare la sessione: {problem}</translation>
    </message>
    <message>
        <source>tag {tag}</source>
        <translation>tessera {tag}</translation>
    </message>
    <message>
        <source>charging now</source>
        <translation>in ricarica</translation>
    </message>
    <message>
        <source>Session {id} · {when} ({timezone}) · {state}</source>
        <translation>Sessione {id} · {when} ({timezone}) · {state}</translation>
    </message>
    <message>
        <source>(no station)</source>
        <translation>(nessuna stazione)</translation>
    </message>
    <message>
        <source>(nobody: unknown tag)</source>
        <translation>(nessuno: tessera sconosciuta)</translation>
    </message>
    <message>
        <source>still charging</source>
        <translation>ancora in ricarica</translation>
    </message>
    <message>
        <source>running</source>
        <translation>in corso</translation>
    </message>
    <message>
        <source>Active (charging)</source>
        <translation>Attiva (in ricarica)</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completata</translation>
    </message>
    <message>
        <source>Flagged: {flags}</source>
        <translation>Segnalata: {flags}</translation>
    </message>
    <message>
        <source>Why: {reason}</source>
        <translation>Perché: {reason}</translation>
    </message>
    <message>
        <source>(no reason was stored)</source>
        <translation>(nessun motivo salvato)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nessuna)</translation>
    </message>
    <message>
        <source>{id} (OCPP 1.6 transactionId)</source>
        <translation>{id} (transactionId OCPP 1.6)</translation>
    </message>
    <message>
        <source>(no tariff)</source>
        <translation>(nessuna tariffa)</translation>
    </message>
    <message>
        <source>mode {mode}</source>
        <translation>modalità {mode}</translation>
    </message>
    <message>
        <source>VAT {percent} %</source>
        <translation>IVA {percent} %</translation>
    </message>
    <message>
        <source>Not priced yet: the price is computed when the session stops.</source>
        <translation>Non ancora prezzata: il prezzo viene calcolato al termine della sessione.</translation>
    </message>
    <message>
        <source>No price breakdown was stored for this session.</source>
        <translation>Per questa sessione non è stato salvato alcun dettaglio del prezzo.</translation>
    </message>
    <message>
        <source>No bands: no tariff applied.</source>
        <translation>Nessuna fascia: nessuna tariffa applicata.</translation>
    </message>
    <message numerus="yes">
        <source>{purpose} · %n phase(s) · answer: {status}</source>
        <translation>
            <numerusform>{purpose} · %n fase · risposta: {status}</numerusform>
            <numerusform>{purpose} · %n fasi · risposta: {status}</numerusform>
        </translation>
    </message>
    <message>
        <source>profile</source>
        <translation>profilo</translation>
    </message>
    <message>
        <source>Samples thinned for display; the first 50,000 meter values are shown</source>
        <translation>Campioni ridotti per la visualizzazione; sono mostrati i primi 50&apos;000 valori</translation>
    </message>
</context>
<context>
    <name>SessionFlags</name>
    <message>
        <source>stopped without a start we saw (unknown transaction)</source>
        <translation>terminata senza un inizio visto (transazione sconosciuta)</translation>
    </message>
    <message>
        <source>the charger sent the stop twice</source>
        <translation>la stazione ha inviato la fine due volte</translation>
    </message>
    <message>
        <source>the charger&apos;s clock was off (times corrected)</source>
        <translation>l&apos;orologio della stazione era sbagliato (orari corretti)</translation>
    </message>
    <message>
        <source>the charger&apos;s meter restarts at 0 per session</source>
        <translation>il contatore della stazione riparte da 0 per ogni sessione</translation>
    </message>
    <message>
        <source>the price could not be computed</source>
        <translation>non è stato possibile calcolare il prezzo</translation>
    </message>
    <message>
        <source>the charger is bound to no station</source>
        <translation>la stazione non è associata ad alcuna scheda</translation>
    </message>
    <message>
        <source>more energy than the connector can deliver (not priced)</source>
        <translation>più energia di quanta il connettore possa erogare (senza prezzo)</translation>
    </message>
    <message>
        <source>more power than the connector can deliver (not priced)</source>
        <translation>più potenza di quanta il connettore possa erogare (senza prezzo)</translation>
    </message>
    <message>
        <source>implausible times (not priced)</source>
        <translation>orari non plausibili (senza prezzo)</translation>
    </message>
    <message>
        <source>ended by ChargeDesk: a new transaction started on its connector (not priced)</source>
        <translation>terminata da ChargeDesk: una nuova transazione è partita sul suo connettore (senza prezzo)</translation>
    </message>
    <message>
        <source>ended by ChargeDesk: its connector was free again (not priced)</source>
        <translation>terminata da ChargeDesk: il suo connettore era di nuovo libero (senza prezzo)</translation>
    </message>
    <message>
        <source>ended by an operator (not priced)</source>
        <translation>terminata da un operatore (senza prezzo)</translation>
    </message>
</context>
<context>
    <name>SessionsExport</name>
    <message>
        <source>the disk holding {folder} is full. Free some space or choose another place.</source>
        <translation>il disco che contiene {folder} è pieno. Libera spazio o scegli un&apos;altra posizione.</translation>
    </message>
    <message>
        <source>your disk quota on {folder} is used up. Free some space or choose another place.</source>
        <translation>la tua quota disco su {folder} è esaurita. Libera spazio o scegli un&apos;altra posizione.</translation>
    </message>
    <message>
        <source>permission denied: you may not write to {folder}. Choose a folder you can write to.</source>
        <translation>accesso negato: non puoi scrivere in {folder}. Scegli una cartella in cui puoi scrivere.</translation>
    </message>
    <message>
        <source>{folder} is on a read-only disk. Choose another place.</source>
        <translation>{folder} si trova su un disco di sola lettura. Scegli un&apos;altra posizione.</translation>
    </message>
    <message>
        <source>the folder {folder} does not exist (any more). Choose another place.</source>
        <translation>la cartella {folder} non esiste (più). Scegli un&apos;altra posizione.</translation>
    </message>
</context>
<context>
    <name>SessionsModel</name>
    <message>
        <source>Start</source>
        <translation>Inizio</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Fine</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Stazione</translation>
    </message>
    <message>
        <source>Conn.</source>
        <translation>Conn.</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utente</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tessera</translation>
    </message>
    <message>
        <source>Max kW</source>
        <translation>kW max</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durata</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prezzo</translation>
    </message>
    <message>
        <source>Cur.</source>
        <translation>Val.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Auth.</source>
        <translation>Autor.</translation>
    </message>
    <message>
        <source>When the session started, in the site&apos;s local time. Click to reverse the order.</source>
        <translation>Quando è iniziata la sessione, all&apos;ora locale della sede. Fai clic per invertire l&apos;ordine.</translation>
    </message>
    <message>
        <source>When it stopped (the time only when on the same day)</source>
        <translation>Quando è terminata (solo l&apos;ora se nello stesso giorno)</translation>
    </message>
    <message>
        <source>Connector (outlet) number</source>
        <translation>Numero del connettore (presa)</translation>
    </message>
    <message>
        <source>The RFID tag (idTag) presented</source>
        <translation>La tessera RFID (idTag) presentata</translation>
    </message>
    <message>
        <source>Energy delivered (live while charging)</source>
        <translation>Energia erogata (in tempo reale durante la ricarica)</translation>
    </message>
    <message>
        <source>Highest power measured</source>
        <translation>Potenza massima misurata</translation>
    </message>
    <message>
        <source>Price including VAT</source>
        <translation>Prezzo IVA inclusa</translation>
    </message>
    <message>
        <source>Active, completed, and whether the central system flagged something</source>
        <translation>Attiva, completata e se il sistema centrale ha segnalato qualcosa</translation>
    </message>
    <message>
        <source>The authorization answer; hover for the reason</source>
        <translation>La risposta di autorizzazione; passa sopra per il motivo</translation>
    </message>
    <message>
        <source>{cpid} (no station)</source>
        <translation>{cpid} (nessuna stazione)</translation>
    </message>
    <message>
        <source>Active · flagged</source>
        <translation>Attiva · segnalata</translation>
    </message>
    <message>
        <source>Completed · flagged</source>
        <translation>Completata · segnalata</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Attiva</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completata</translation>
    </message>
    <message>
        <source>Still charging</source>
        <translation>Ancora in ricarica</translation>
    </message>
    <message>
        <source>no site</source>
        <translation>nessuna sede</translation>
    </message>
    <message>
        <source>Charging now</source>
        <translation>In ricarica</translation>
    </message>
    <message>
        <source>Stopped: {reason}</source>
        <translation>Terminata: {reason}</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>nessun motivo indicato</translation>
    </message>
    <message>
        <source>Flagged: {flag}</source>
        <translation>Segnalata: {flag}</translation>
    </message>
    <message>
        <source>Tariff: {tariff}</source>
        <translation>Tariffa: {tariff}</translation>
    </message>
    <message>
        <source>Nobody owns this tag</source>
        <translation>Questa tessera non appartiene a nessuno</translation>
    </message>
    <message>
        <source>Could not read the sessions: {problem}</source>
        <translation>Impossibile leggere le sessioni: {problem}</translation>
    </message>
</context>
<context>
    <name>SessionsPage</name>
    <message>
        <source>Today</source>
        <extracomment>the period presets as the combo shows them (PRESET_LABELS&apos; order and English words, marked for the catalogue)</extracomment>
        <translation>Oggi</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Questa settimana</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Questo mese</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Il mese scorso</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Quest&apos;anno</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Da sempre</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personalizzato</translation>
    </message>
    <message>
        <source>No match for “{text}”: pick an entry from the list, or clear the field for {all}.</source>
        <translation>Nessun risultato per «{text}»: scegli una voce dall&apos;elenco o svuota il campo per {all}.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Sessions are counted in the period of the day they started, in the site&apos;s local time</source>
        <translation>Le sessioni sono contate nel periodo del giorno in cui sono iniziate, all&apos;ora locale della sede</translation>
    </message>
    <message>
        <source>From (inclusive)</source>
        <translation>Dal (incluso)</translation>
    </message>
    <message>
        <source>To (inclusive)</source>
        <translation>Al (incluso)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Qualsiasi stato</translation>
    </message>
    <message>
        <source>Active (charging)</source>
        <translation>Attive (in ricarica)</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completate</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Segnalate</translation>
    </message>
    <message>
        <source>Flagged: the central system noted something about the session (a stop for a transaction it never saw, a charger clock that was off, a price it could not compute, …)</source>
        <translation>Segnalate: il sistema centrale ha annotato qualcosa sulla sessione (una fine per una transazione mai vista, un orologio della stazione sbagliato, un prezzo non calcolabile, …)</translation>
    </message>
    <message>
        <source>Reset filters</source>
        <translation>Azzera i filtri</translation>
    </message>
    <message>
        <source>This month, every site, station, user and status</source>
        <translation>Questo mese, tutte le sedi, stazioni, utenti e stati</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sede</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Stazione</translation>
    </message>
    <message>
        <source>All stations</source>
        <translation>Tutte le stazioni</translation>
    </message>
    <message>
        <source>Type to search stations</source>
        <translation>Digita per cercare stazioni</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utente</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>Tutti gli utenti</translation>
    </message>
    <message>
        <source>Type to search users</source>
        <translation>Digita per cercare utenti</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Dettagli…</translation>
    </message>
    <message>
        <source>The selected session in full: reason, price by band, meter values (Enter)</source>
        <translation>La sessione selezionata per intero: motivo, prezzo per fascia, valori del contatore (Invio)</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Esporta CSV…</translation>
    </message>
    <message>
        <source>Every session of the current filter as a CSV file (Ctrl+E)</source>
        <translation>Tutte le sessioni del filtro attuale in un file CSV (Ctrl+E)</translation>
    </message>
    <message>
        <source>Export XLSX…</source>
        <translation>Esporta XLSX…</translation>
    </message>
    <message>
        <source>Every session of the current filter as an Excel workbook, with totals per currency (Ctrl+Shift+E)</source>
        <translation>Tutte le sessioni del filtro attuale in una cartella Excel, con i totali per valuta (Ctrl+Maiusc+E)</translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>Annulla esportazione</translation>
    </message>
    <message>
        <source>Stop the export; nothing is written (Esc)</source>
        <translation>Interrompi l&apos;esportazione; non viene scritto nulla (Esc)</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Tutte le sedi</translation>
    </message>
    <message>
        <source>Choose another period, or Custom, to limit the dates</source>
        <translation>Scegli un altro periodo, o «Personalizzato», per limitare le date</translation>
    </message>
    <message>
        <source>The list is ordered by start time (click Start to reverse it); the totals above sum the whole filter.</source>
        <translation>L&apos;elenco è ordinato per ora di inizio (fai clic su «Inizio» per invertirlo); i totali sopra sommano l&apos;intero filtro.</translation>
    </message>
    <message numerus="yes">
        <source>{count} session(s) · computing totals…</source>
        <translation>
            <numerusform>{count} sessione · calcolo dei totali…</numerusform>
            <numerusform>{count} sessioni · calcolo dei totali…</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Conteggio…</translation>
    </message>
    <message>
        <source>An export is running</source>
        <translation>È in corso un&apos;esportazione</translation>
    </message>
    <message>
        <source>The central system is not running in this console.</source>
        <translation>Il sistema centrale non è in esecuzione in questa console.</translation>
    </message>
    <message>
        <source>No answer from {cp_id}: {problem}</source>
        <translation>Nessuna risposta da {cp_id}: {problem}</translation>
    </message>
    <message>
        <source>Could not read the sites, stations and users: {problem}</source>
        <translation>Impossibile leggere sedi, stazioni e utenti: {problem}</translation>
    </message>
    <message>
        <source>Export sessions as {format}</source>
        <translation>Esporta le sessioni come {format}</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Cartelle Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>{count} sessions do not fit in one Excel sheet (at most {limit}). Export CSV, or choose a shorter period.</source>
        <translation>{count} sessioni non entrano in un foglio Excel (al massimo {limit}). Esporta in CSV o scegli un periodo più breve.</translation>
    </message>
    <message>
        <source>Exporting {rows} of {total} sessions to {file}…</source>
        <translation>Esportazione di {rows} di {total} sessioni in {file}…</translation>
    </message>
    <message>
        <source>Exporting {rows} sessions to {file}…</source>
        <translation>Esportazione di {rows} sessioni in {file}…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annullamento…</translation>
    </message>
    <message numerus="yes">
        <source>{count} session(s) exported to {path} (&lt;a href=&quot;{folder}&quot;&gt;open folder&lt;/a&gt;)</source>
        <translation>
            <numerusform>{count} sessione esportata in {path} (&lt;a href=&quot;{folder}&quot;&gt;apri la cartella&lt;/a&gt;)</numerusform>
            <numerusform>{count} sessioni esportate in {path} (&lt;a href=&quot;{folder}&quot;&gt;apri la cartella&lt;/a&gt;)</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled: nothing was written to {path}.</source>
        <translation>Esportazione annullata: non è stato scritto nulla in {path}.</translation>
    </message>
    <message>
        <source>Export to {file} failed: {problem} Nothing was written.</source>
        <translation>Esportazione in {file} non riuscita: {problem} Non è stato scritto nulla.</translation>
    </message>
    <message numerus="yes">
        <source>{count} new session(s)</source>
        <translation>
            <numerusform>{count} nuova sessione</numerusform>
            <numerusform>{count} nuove sessioni</numerusform>
        </translation>
    </message>
    <message>
        <source>Some sessions changed</source>
        <translation>Alcune sessioni sono cambiate</translation>
    </message>
    <message>
        <source>{what} since the list was read: &lt;a href=&quot;reload&quot;&gt;show them&lt;/a&gt; (F5).</source>
        <translation>{what} da quando l&apos;elenco è stato letto: &lt;a href=&quot;reload&quot;&gt;mostrale&lt;/a&gt; (F5).</translation>
    </message>
    <message numerus="yes">
        <source>{currency}: {count} session(s), {amount}</source>
        <translation>
            <numerusform>{currency}: {count} sessione, {amount}</numerusform>
            <numerusform>{currency}: {count} sessioni, {amount}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatementDialog</name>
    <message>
        <source>Charging statement {month} {name}.pdf</source>
        <translation>Estratto di ricarica {month} {name}.pdf</translation>
    </message>
    <message>
        <source>Monthly statement — {user}</source>
        <translation>Estratto mensile — {user}</translation>
    </message>
    <message>
        <source>The month of the statement (Up/Down change it). A session belongs to the month it started in, in its site&apos;s local time.</source>
        <translation>Il mese dell&apos;estratto (Su/Giù per cambiarlo). Una sessione appartiene al mese in cui è iniziata, all&apos;ora locale della sua sede.</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mese</translation>
    </message>
    <message>
        <source>The PDF file to write (an existing file is replaced)</source>
        <translation>Il file PDF da scrivere (un file esistente viene sostituito)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Sfoglia…</translation>
    </message>
    <message>
        <source>Choose the folder and file name</source>
        <translation>Scegli la cartella e il nome del file</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Salva come</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Salva PDF</translation>
    </message>
    <message>
        <source>Write the statement as an A4 PDF (Enter)</source>
        <translation>Scrivi l&apos;estratto come PDF A4 (Invio)</translation>
    </message>
    <message>
        <source>This user no longer exists.</source>
        <translation>Questo utente non esiste più.</translation>
    </message>
    <message>
        <source>Save statement as</source>
        <translation>Salva l&apos;estratto come</translation>
    </message>
    <message>
        <source>Give the file to write, or choose one with Browse….</source>
        <translation>Indica il file da scrivere o scegline uno con Sfoglia….</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist: choose another with Browse….</source>
        <translation>La cartella {folder} non esiste: scegline un&apos;altra con Sfoglia….</translation>
    </message>
    <message>
        <source>The statement could not be written to {path}: {problem}</source>
        <translation>Non è stato possibile scrivere l&apos;estratto in {path}: {problem}</translation>
    </message>
    <message>
        <source>No sessions in {period}: the statement will say so.</source>
        <translation>Nessuna sessione in {period}: l&apos;estratto lo indicherà.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) in {period}</source>
        <translation>
            <numerusform>%n sessione in {period}</numerusform>
            <numerusform>%n sessioni in {period}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not priced</source>
        <translation>
            <numerusform>%n senza prezzo</numerusform>
            <numerusform>%n senza prezzo</numerusform>
        </translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Pagina {page} di {pages}</translation>
    </message>
</context>
<context>
    <name>StationEditor</name>
    <message>
        <source>General</source>
        <translation>Generale</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicurezza</translation>
    </message>
    <message>
        <source>Access &amp;&amp; owners</source>
        <translation>Accesso &amp;&amp; proprietari</translation>
    </message>
    <message>
        <source>Special users</source>
        <translation>Utenti speciali</translation>
    </message>
    <message>
        <source>Connectors</source>
        <translation>Connettori</translation>
    </message>
    <message>
        <source>Location &amp;&amp; notes</source>
        <translation>Posizione &amp;&amp; note</translation>
    </message>
    <message>
        <source>The identity the charger connects with: the last part of its URL ws://…/ocpp/HALL-B-1 and its HTTP Basic user name. Letters, digits and . _ ~ * -. Changing it means reconfiguring the charger.</source>
        <translation>L&apos;identità con cui si connette la stazione: l&apos;ultima parte del suo URL ws://…/ocpp/HALL-B-1 e il suo nome utente HTTP Basic. Lettere, cifre e . _ ~ * -. Cambiarla significa riconfigurare la stazione.</translation>
    </message>
    <message>
        <source>The charger&apos;s HTTP Basic password (security profiles 1 and 2). Stored hashed: it cannot be shown again. 8–40 printable characters; OCPP recommends 16 or more random ones.</source>
        <translation>La password HTTP Basic della stazione (profili di sicurezza 1 e 2). Salvata come hash: non può più essere mostrata. 8–40 caratteri stampabili; OCPP ne raccomanda 16 o più casuali.</translation>
    </message>
    <message>
        <source>0: plain ws://, a password only if one is set.
1: plain ws:// with HTTP Basic password.
2: wss:// (TLS) with HTTP Basic password — needs the central system&apos;s TLS certificate.</source>
        <translation>0: ws:// semplice, una password solo se impostata.
1: ws:// semplice con password HTTP Basic.
2: wss:// (TLS) con password HTTP Basic — richiede il certificato TLS del sistema centrale.</translation>
    </message>
    <message>
        <source>Lets a charger connect under this identity without any password. Convenient while commissioning, but anybody on the network could pretend to be this charger.</source>
        <translation>Consente a una stazione di connettersi con questa identità senza password. Comodo durante la messa in servizio, ma chiunque in rete potrebbe spacciarsi per questa stazione.</translation>
    </message>
    <message>
        <source>Accept this charger&apos;s messages when they are slightly off the OCPP schema (wrong enum case, too long strings, extra fields); each deviation is logged. Missing fields are still refused.</source>
        <translation>Accetta i messaggi di questa stazione quando si discostano leggermente dallo schema OCPP (maiuscole/minuscole errate, testi troppo lunghi, campi in più); ogni scostamento viene registrato. I campi mancanti restano rifiutati.</translation>
    </message>
    <message>
        <source>Save everything (Enter, Ctrl+S)</source>
        <translation>Salva tutto (Invio, Ctrl+S)</translation>
    </message>
    <message>
        <source>Close without saving (Esc)</source>
        <translation>Chiudi senza salvare (Esc)</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Nascondi</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostra</translation>
    </message>
    <message>
        <source>e.g. Hall B</source>
        <translation>p. es. Capannone B</translation>
    </message>
    <message>
        <source>The name people know the station by (shown on the dashboard, the map and in reasons)</source>
        <translation>Il nome con cui si conosce la stazione (mostrato nella dashboard, sulla mappa e nei motivi)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>The site&apos;s time zone applies to the access windows; its currency and VAT to prices</source>
        <translation>Il fuso orario della sede vale per le fasce di accesso; la sua valuta e l&apos;IVA per i prezzi</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sede</translation>
    </message>
    <message>
        <source>e.g. HALL-B-1</source>
        <translation>p. es. HALL-B-1</translation>
    </message>
    <message>
        <source>Charge point identity</source>
        <translation>Identità del punto di ricarica</translation>
    </message>
    <message>
        <source>Where it is, what it is for (optional)</source>
        <translation>Dove si trova, a cosa serve (facoltativo)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <source>The OCPP version the charger speaks (updated when it connects)</source>
        <translation>La versione OCPP della stazione (aggiornata quando si connette)</translation>
    </message>
    <message>
        <source>OCPP version</source>
        <translation>Versione OCPP</translation>
    </message>
    <message>
        <source>Enabled: the charger is accepted and cards are checked</source>
        <translation>Attiva: la stazione è accettata e le tessere vengono verificate</translation>
    </message>
    <message>
        <source>A disabled station&apos;s charger is answered Rejected at boot and no card is accepted; its history is kept</source>
        <translation>A una stazione disattivata si risponde Rejected all&apos;avvio e nessuna tessera è accettata; la sua cronologia è conservata</translation>
    </message>
    <message>
        <source>Reported by the charger (read-only)</source>
        <translation>Comunicato dalla stazione (sola lettura)</translation>
    </message>
    <message>
        <source>From the charger&apos;s BootNotification; updated every time it boots</source>
        <translation>Dalla BootNotification della stazione; aggiornato a ogni avvio</translation>
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
        <source>Show the password as you type it</source>
        <translation>Mostra la password mentre la digiti</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Remove the current password</source>
        <translation>Rimuovi la password attuale</translation>
    </message>
    <message>
        <source>The charger then connects without a password (if allowed below)</source>
        <translation>La stazione si connette poi senza password (se consentito sotto)</translation>
    </message>
    <message>
        <source>Security profile</source>
        <translation>Profilo di sicurezza</translation>
    </message>
    <message>
        <source>Allow the charger to connect without a password (not recommended)</source>
        <translation>Consenti alla stazione di connettersi senza password (sconsigliato)</translation>
    </message>
    <message>
        <source>Lenient: tolerate small OCPP deviations of this charger (logged)</source>
        <translation>Tollerante: accetta piccoli scostamenti OCPP di questa stazione (registrati)</translation>
    </message>
    <message>
        <source>Default access mode</source>
        <translation>Modalità di accesso predefinita</translation>
    </message>
    <message>
        <source>— none (free) —</source>
        <translation>— nessuna (gratuito) —</translation>
    </message>
    <message>
        <source>The tariff outside the weekly windows (and of windows without their own)</source>
        <translation>La tariffa fuori dalle fasce settimanali (e per le fasce senza tariffa propria)</translation>
    </message>
    <message>
        <source>Default tariff</source>
        <translation>Tariffa predefinita</translation>
    </message>
    <message>
        <source>— the tariff that applies at the time —</source>
        <translation>— la tariffa in vigore al momento —</translation>
    </message>
    <message>
        <source>What the station&apos;s owners pay, whatever the time</source>
        <translation>Quanto pagano i proprietari della stazione, a qualsiasi ora</translation>
    </message>
    <message>
        <source>Owner tariff</source>
        <translation>Tariffa proprietario</translation>
    </message>
    <message>
        <source>The weekly windows and holidays of this station, edited in the schedule calendar</source>
        <translation>Le fasce settimanali e i festivi di questa stazione, modificati nel calendario degli orari</translation>
    </message>
    <message>
        <source>Edit schedule…</source>
        <translation>Modifica orari…</translation>
    </message>
    <message>
        <source>Weekly windows</source>
        <translation>Fasce settimanali</translation>
    </message>
    <message>
        <source>Owners — may always charge here, at the owner tariff</source>
        <translation>Proprietari — possono sempre ricaricare qui, alla tariffa proprietario</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Posizione</translation>
    </message>
    <message>
        <source>e.g. 47.3769</source>
        <translation>p. es. 46.0037</translation>
    </message>
    <message>
        <source>Latitude in decimal degrees, -90 (south) to 90 (north)</source>
        <translation>Latitudine in gradi decimali, da -90 (sud) a 90 (nord)</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitudine</translation>
    </message>
    <message>
        <source>e.g. 8.5417</source>
        <translation>p. es. 8.9511</translation>
    </message>
    <message>
        <source>Longitude in decimal degrees, -180 (west) to 180 (east)</source>
        <translation>Longitudine in gradi decimali, da -180 (ovest) a 180 (est)</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitudine</translation>
    </message>
    <message>
        <source>Street, postcode, town (free text)</source>
        <translation>Via, NAP, località (testo libero)</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <source>Set on map…</source>
        <translation>Posiziona sulla mappa…</translation>
    </message>
    <message>
        <source>Remove location</source>
        <translation>Rimuovi posizione</translation>
    </message>
    <message>
        <source>Clear latitude, longitude and address: the station leaves the map</source>
        <translation>Cancella latitudine, longitudine e indirizzo: la stazione esce dalla mappa</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Anything the next person should know: where the key is, who to call…</source>
        <translation>Ciò che la prossima persona deve sapere: dov&apos;è la chiave, chi chiamare…</translation>
    </message>
    <message>
        <source>(no site yet)</source>
        <translation>(ancora nessuna sede)</translation>
    </message>
    <message>
        <source>No site yet: create one in Settings → Sites first; every station belongs to a site.</source>
        <translation>Ancora nessuna sede: creane prima una in Impostazioni → Sedi; ogni stazione appartiene a una sede.</translation>
    </message>
    <message>
        <source>Open the weekly calendar of this station</source>
        <translation>Apri il calendario settimanale di questa stazione</translation>
    </message>
    <message>
        <source>Save the station first; the calendar edits saved stations</source>
        <translation>Salva prima la stazione; il calendario modifica le stazioni salvate</translation>
    </message>
    <message>
        <source>Place the station&apos;s needle on the map</source>
        <translation>Posiziona lo spillo della stazione sulla mappa</translation>
    </message>
    <message>
        <source>Save the station first, then place it on the map (or type the coordinates)</source>
        <translation>Salva prima la stazione, poi posizionala sulla mappa (o digita le coordinate)</translation>
    </message>
    <message>
        <source>No weekly windows: the default mode and tariff apply all week.</source>
        <translation>Nessuna fascia settimanale: la modalità e la tariffa predefinite valgono tutta la settimana.</translation>
    </message>
    <message>
        <source>New station</source>
        <translation>Nuova stazione</translation>
    </message>
    <message>
        <source>New station (duplicate)</source>
        <translation>Nuova stazione (duplicato)</translation>
    </message>
    <message>
        <source>Station {name}</source>
        <translation>Stazione {name}</translation>
    </message>
    <message>
        <source>{title} — ChargeDesk</source>
        <translation>{title} — ChargeDesk</translation>
    </message>
    <message>
        <source>copy: weekly windows and holidays are copied on save</source>
        <translation>copia: fasce settimanali e festivi vengono copiati al salvataggio</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Salvato.</translation>
    </message>
    <message>
        <source>The password is removed when you save.</source>
        <translation>La password viene rimossa al salvataggio.</translation>
    </message>
    <message>
        <source>A good password.</source>
        <translation>Una buona password.</translation>
    </message>
    <message>
        <source>It replaces the current one when you save.</source>
        <translation>Sostituisce quella attuale al salvataggio.</translation>
    </message>
    <message>
        <source>A password is set. Leave the field empty to keep it.</source>
        <translation>È impostata una password. Lascia il campo vuoto per mantenerla.</translation>
    </message>
    <message>
        <source>No password set.</source>
        <translation>Nessuna password impostata.</translation>
    </message>
    <message>
        <source>Only applies while the station has no password: with a password the charger must always give it</source>
        <translation>Vale solo finché la stazione non ha una password: con una password la stazione deve sempre fornirla</translation>
    </message>
    <message numerus="yes">
        <source>Not saved: %n problem(s) ({tabs}). Fix the fields marked in red.</source>
        <translation>
            <numerusform>Non salvato: %n problema ({tabs}). Correggi i campi evidenziati in rosso.</numerusform>
            <numerusform>Non salvato: %n problemi ({tabs}). Correggi i campi evidenziati in rosso.</numerusform>
        </translation>
    </message>
    <message>
        <source>All problems fixed: Save to keep your changes.</source>
        <translation>Tutti i problemi risolti: salva per mantenere le modifiche.</translation>
    </message>
    <message>
        <source>No user called &apos;{name}&apos;: pick a name from the list.</source>
        <translation>Nessun utente di nome «{name}»: scegli un nome dall&apos;elenco.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Salvataggio…</translation>
    </message>
    <message>
        <source>Not saved: {problem}</source>
        <translation>Non salvato: {problem}</translation>
    </message>
    <message>
        <source>Not saved: this station was deleted meanwhile. Cancel, or copy what you need first.</source>
        <translation>Non salvato: questa stazione è stata eliminata nel frattempo. Annulla, o copia prima ciò che ti serve.</translation>
    </message>
    <message>
        <source>Not saved: {problem}.</source>
        <translation>Non salvato: {problem}.</translation>
    </message>
    <message>
        <source>Not saved, nothing was written: {problem}</source>
        <translation>Non salvato, non è stato scritto nulla: {problem}</translation>
    </message>
    <message>
        <source>Not saved: this station was changed on another console meanwhile (see above).</source>
        <translation>Non salvato: questa stazione è stata modificata nel frattempo su un&apos;altra console (vedi sopra).</translation>
    </message>
    <message>
        <source>This station was deleted on another console. Cancel closes the editor.</source>
        <translation>Questa stazione è stata eliminata su un&apos;altra console. Annulla chiude l&apos;editor.</translation>
    </message>
    <message>
        <source>Reloaded: the form shows what is stored now.</source>
        <translation>Ricaricato: il modulo mostra ciò che è salvato ora.</translation>
    </message>
    <message>
        <source>Your changes are kept; the other fields show what is stored now. Save replaces what is stored where you changed it.</source>
        <translation>Le tue modifiche sono mantenute; gli altri campi mostrano ciò che è salvato ora. Salva sostituisce ciò che è salvato dove hai modificato.</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Scartare le modifiche?</translation>
    </message>
    <message>
        <source>Discard your changes to {name}?</source>
        <translation>Scartare le modifiche a {name}?</translation>
    </message>
    <message>
        <source>the new station</source>
        <translation>la nuova stazione</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Continua a modificare</translation>
    </message>
</context>
<context>
    <name>StationsPage</name>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Charge point id</source>
        <translation>ID punto di ricarica</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sede</translation>
    </message>
    <message>
        <source>Connectors</source>
        <translation>Connettori</translation>
    </message>
    <message>
        <source>Mode now</source>
        <translation>Modalità ora</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicurezza</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Ultimo contatto</translation>
    </message>
    <message>
        <source>Local list</source>
        <translation>Elenco locale</translation>
    </message>
    <message>
        <source>never</source>
        <translation>mai</translation>
    </message>
    <message>
        <source>not supported</source>
        <translation>non supportato</translation>
    </message>
    <message>
        <source>not in sync</source>
        <translation>non sincronizzato</translation>
    </message>
    <message>
        <source>version {version}</source>
        <translation>versione {version}</translation>
    </message>
    <message>
        <source>The charger&apos;s local list is kept in sync with who may charge here at any time once it connects.</source>
        <translation>Appena il punto di ricarica si collega, il suo elenco locale viene sincronizzato con chi può ricaricare qui in ogni momento.</translation>
    </message>
    <message>
        <source>Last synchronised {at}: {outcome}</source>
        <translation>Ultima sincronizzazione {at}: {outcome}</translation>
    </message>
    <message>
        <source>Without a local list the charger does not check cards against this station&apos;s rules while it is offline.</source>
        <translation>Senza elenco locale il punto di ricarica non verifica le tessere secondo le regole di questa stazione di ricarica mentre è offline.</translation>
    </message>
    <message>
        <source>Number of connectors and each connector&apos;s live status</source>
        <translation>Numero di connettori e stato in tempo reale di ciascuno</translation>
    </message>
    <message>
        <source>The access mode right now at the site&apos;s local time (connectors with their own rules are listed when they differ)</source>
        <translation>La modalità di accesso in questo momento, all&apos;ora locale della sede (i connettori con regole proprie sono elencati se differiscono)</translation>
    </message>
    <message>
        <source>How the charger authenticates. &apos;Unsecured&apos; means any device may connect under this charge point id: set a password</source>
        <translation>Come si autentica la stazione. «Non protetta» significa che qualsiasi dispositivo può connettersi con questo ID punto di ricarica: imposta una password</translation>
    </message>
    <message>
        <source>When the charger was last heard from (site&apos;s local time)</source>
        <translation>Quando la stazione ha comunicato l&apos;ultima volta (ora locale della sede)</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ancora nessuno</translation>
    </message>
    <message>
        <source>online · disabled</source>
        <translation>online · disattivata</translation>
    </message>
    <message>
        <source>offline · disabled</source>
        <translation>offline · disattivata</translation>
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
        <source>Disabled: its charger is refused and no card is accepted.</source>
        <translation>Disattivata: la stazione è rifiutata e nessuna tessera è accettata.</translation>
    </message>
    <message>
        <source>No connectors yet: they appear when the charger reports them.</source>
        <translation>Ancora nessun connettore: compaiono quando la stazione li comunica.</translation>
    </message>
    <message>
        <source>No password and unsecured connections allowed: any device on the network can connect as this charger. Open the station and set a password.</source>
        <translation>Nessuna password e connessioni non protette consentite: qualsiasi dispositivo in rete può connettersi come questa stazione. Apri la stazione e imposta una password.</translation>
    </message>
    <message>
        <source>No password and unsecured connections refused: the charger cannot connect until you set a password.</source>
        <translation>Nessuna password e connessioni non protette rifiutate: la stazione non può connettersi finché non imposti una password.</translation>
    </message>
    <message>
        <source>Security profile {profile}, password set</source>
        <translation>Profilo di sicurezza {profile}, password impostata</translation>
    </message>
    <message>
        <source>type unknown</source>
        <translation>tipo sconosciuto</translation>
    </message>
    <message>
        <source>, {kw} kW</source>
        <translation>, {kw} kW</translation>
    </message>
    <message>
        <source>Offline (last: {status})</source>
        <translation>Offline (ultimo: {status})</translation>
    </message>
    <message>
        <source>Connector {number}: {plug}{power} — {status}{error}</source>
        <translation>Connettore {number}: {plug}{power} — {status}{error}</translation>
    </message>
    <message>
        <source>Any access mode</source>
        <translation>Qualsiasi modalità</translation>
    </message>
    <message>
        <source>Public now</source>
        <translation>Pubblico ora</translation>
    </message>
    <message>
        <source>Limited now</source>
        <translation>Limitato ora</translation>
    </message>
    <message>
        <source>Private now</source>
        <translation>Privato ora</translation>
    </message>
    <message>
        <source>Show the stations of one site</source>
        <translation>Mostra le stazioni di una sede</translation>
    </message>
    <message>
        <source>Faulted: the charger or a connector reports Faulted. Charging: a connector is Charging or Suspended (a session in progress)</source>
        <translation>Guasto: la stazione o un connettore segnala Faulted. In ricarica: un connettore è Charging o Suspended (una sessione in corso)</translation>
    </message>
    <message>
        <source>The access mode right now, at each site&apos;s local time (a station matches when the station or one of its connectors is in that mode)</source>
        <translation>La modalità di accesso in questo momento, all&apos;ora locale di ogni sede (una stazione corrisponde se essa o uno dei suoi connettori è in quella modalità)</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Qualsiasi stato</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Faulted</source>
        <translation>Guasto</translation>
    </message>
    <message>
        <source>Charging</source>
        <translation>In ricarica</translation>
    </message>
    <message>
        <source>Search name, charge point id or address</source>
        <translation>Cerca nome, ID punto di ricarica o indirizzo</translation>
    </message>
    <message>
        <source>Every word must appear in the name, the charge point id or the address (Ctrl+F)</source>
        <translation>Ogni parola deve comparire nel nome, nell&apos;ID punto di ricarica o nell&apos;indirizzo (Ctrl+F)</translation>
    </message>
    <message>
        <source>New station…</source>
        <translation>Nuova stazione…</translation>
    </message>
    <message>
        <source>Add a station (Ctrl+N)</source>
        <translation>Aggiungi una stazione (Ctrl+N)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifica…</translation>
    </message>
    <message>
        <source>Open the selected station (Enter or double-click)</source>
        <translation>Apri la stazione selezionata (Invio o doppio clic)</translation>
    </message>
    <message>
        <source>Duplicate…</source>
        <translation>Duplica…</translation>
    </message>
    <message>
        <source>A new station with the same site, settings, connectors and access rules (a new charge point id, no password)</source>
        <translation>Una nuova stazione con la stessa sede, le stesse impostazioni, connettori e regole di accesso (nuovo ID punto di ricarica, senza password)</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Elimina…</translation>
    </message>
    <message>
        <source>Delete the selected station (Del). A station with sessions can only be disabled</source>
        <translation>Elimina la stazione selezionata (Canc). Una stazione con sessioni può solo essere disattivata</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Tutte le sedi</translation>
    </message>
    <message numerus="yes">
        <source>%n station(s)</source>
        <translation>
            <numerusform>%n stazione</numerusform>
            <numerusform>%n stazioni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n station(s) shown</source>
        <translation>
            <numerusform>{shown} di %n stazione mostrate</numerusform>
            <numerusform>{shown} di %n stazioni mostrate</numerusform>
        </translation>
    </message>
    <message>
        <source>No stations yet. Click &lt;b&gt;New station…&lt;/b&gt;, or point a charger at this central system (its address is in the status bar) and accept it.</source>
        <translation>Ancora nessuna stazione. Fai clic su &lt;b&gt;Nuova stazione…&lt;/b&gt;, oppure punta una stazione su questo sistema centrale (l&apos;indirizzo è nella barra di stato) e accettala.</translation>
    </message>
    <message>
        <source>No stations and no site yet. Stations belong to a site: create one in &lt;b&gt;Settings → Sites&lt;/b&gt; first, then add stations here.</source>
        <translation>Ancora nessuna stazione e nessuna sede. Le stazioni appartengono a una sede: creane prima una in &lt;b&gt;Impostazioni → Sedi&lt;/b&gt;, poi aggiungi qui le stazioni.</translation>
    </message>
    <message>
        <source>No station matches the search and filters.</source>
        <translation>Nessuna stazione corrisponde alla ricerca e ai filtri.</translation>
    </message>
    <message>
        <source>No site yet</source>
        <translation>Ancora nessuna sede</translation>
    </message>
    <message>
        <source>Every station belongs to a site (its time zone, currency and VAT).

Create a site in Settings → Sites first, then add the station here.</source>
        <translation>Ogni stazione appartiene a una sede (il suo fuso orario, valuta e IVA).

Crea prima una sede in Impostazioni → Sedi, poi aggiungi qui la stazione.</translation>
    </message>
    <message>
        <source>{problem}. The list was refreshed.</source>
        <translation>{problem}. L&apos;elenco è stato aggiornato.</translation>
    </message>
    <message>
        <source>Saved station {name}.</source>
        <translation>Stazione {name} salvata.</translation>
    </message>
    <message numerus="yes">
        <source>Delete station {name} ({cpid}) with its %n connector(s), its access rules, owners and special users?

This cannot be undone.</source>
        <translation>
            <numerusform>Eliminare la stazione {name} ({cpid}) con il suo connettore, le sue regole di accesso, i proprietari e gli utenti speciali?

L&apos;operazione non si può annullare.</numerusform>
            <numerusform>Eliminare la stazione {name} ({cpid}) con i suoi %n connettori, le sue regole di accesso, i proprietari e gli utenti speciali?

L&apos;operazione non si può annullare.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete station {name} ({cpid}) its access rules, owners and special users?

This cannot be undone.</source>
        <translation>Eliminare la stazione {name} ({cpid}), le sue regole di accesso, i proprietari e gli utenti speciali?

L&apos;operazione non si può annullare.</translation>
    </message>
    <message>
        <source>Delete station</source>
        <translation>Elimina stazione</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <source>{name}: {conflict} Look at it again before deleting.</source>
        <translation>{name}: {conflict} Ricontrollala prima di eliminarla.</translation>
    </message>
    <message>
        <source>{name} was already deleted.</source>
        <translation>{name} è già stata eliminata.</translation>
    </message>
    <message>
        <source>Deleted station {name} ({cpid}).</source>
        <translation>Stazione {name} ({cpid}) eliminata.</translation>
    </message>
    <message>
        <source>Station has sessions</source>
        <translation>La stazione ha sessioni</translation>
    </message>
    <message>
        <source>Disable station</source>
        <translation>Disattiva stazione</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>{problem}

{name} is already disabled.</source>
        <translation>{problem}

{name} è già disattivata.</translation>
    </message>
    <message>
        <source>{name} was deleted meanwhile.</source>
        <translation>{name} è stata eliminata nel frattempo.</translation>
    </message>
    <message>
        <source>Disabled station {name}: its charger is refused; its history is kept.</source>
        <translation>Stazione {name} disattivata: viene rifiutata; la sua cronologia è conservata.</translation>
    </message>
</context>
<context>
    <name>TagDialog</name>
    <message>
        <source>The RFID card&apos;s idTag as a charger reads it: up to 20 letters, digits and - _ : . Chargers match tags in any case; they are stored in capitals.</source>
        <translation>L&apos;idTag della tessera RFID come la legge una stazione: fino a 20 lettere, cifre e - _ : . Le stazioni confrontano le tessere senza distinguere maiuscole e minuscole; vengono salvate in maiuscolo.</translation>
    </message>
    <message>
        <source>Optional group ID (OCPP parentIdTag). Tags with the same parent count as one: the group may charge at one connector at a time. Leave it empty for a personal tag.</source>
        <translation>ID di gruppo facoltativo (OCPP parentIdTag). Le tessere con lo stesso padre contano come una: il gruppo può ricaricare su un solo connettore alla volta. Lascia vuoto per una tessera personale.</translation>
    </message>
    <message>
        <source>Edit RFID tag</source>
        <translation>Modifica tessera RFID</translation>
    </message>
    <message>
        <source>Add RFID tag</source>
        <translation>Aggiungi tessera RFID</translation>
    </message>
    <message>
        <source>e.g. 04A2B3C4</source>
        <translation>p. es. 04A2B3C4</translation>
    </message>
    <message>
        <source>Tags a charger read recently that nobody owns: tap the new card on a charger, then pick it here.</source>
        <translation>Tessere lette di recente da una stazione che non appartengono a nessuno: avvicina la nuova tessera a una stazione, poi sceglila qui.</translation>
    </message>
    <message>
        <source>Pick a tag a charger read recently…</source>
        <translation>Scegli una tessera letta di recente…</translation>
    </message>
    <message>
        <source>Tag ID</source>
        <translation>ID tessera</translation>
    </message>
    <message>
        <source>e.g. white card, key fob, pool car 3</source>
        <translation>p. es. tessera bianca, portachiavi, auto in pool 3</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etichetta</translation>
    </message>
    <message>
        <source>Blocked and expired tags are refused at every charger.</source>
        <translation>Le tessere bloccate e scadute sono rifiutate da ogni stazione.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>only until</source>
        <translation>solo fino al</translation>
    </message>
    <message>
        <source>The last day the tag is accepted (inclusive, {timezone} time).</source>
        <translation>L&apos;ultimo giorno in cui la tessera è accettata (incluso, ora {timezone}).</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valida</translation>
    </message>
    <message>
        <source>optional group ID</source>
        <translation>ID di gruppo facoltativo</translation>
    </message>
    <message>
        <source>Parent tag</source>
        <translation>Tessera padre</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Applica</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>Aggiungi tessera</translation>
    </message>
</context>
<context>
    <name>TimeParse</name>
    <message>
        <source>{text} is not a day list (e.g. &apos;Mon-Fri&apos; or &apos;Sat,Sun&apos;)</source>
        <translation>{text} non è un elenco di giorni (p. es. &apos;Mon-Fri&apos; o &apos;Sat,Sun&apos;)</translation>
    </message>
    <message>
        <source>{text} is not a time (HH:MM)</source>
        <translation>{text} non è un orario (HH:MM)</translation>
    </message>
    <message>
        <source>{text} is not a time (HH:MM, 00:00–23:59, or 24:00)</source>
        <translation>{text} non è un orario (HH:MM, 00:00–23:59, o 24:00)</translation>
    </message>
    <message>
        <source>{text} is not a time (HH:MM, 00:00–23:59)</source>
        <translation>{text} non è un orario (HH:MM, 00:00–23:59)</translation>
    </message>
</context>
<context>
    <name>UserEditor</name>
    <message>
        <source>Active</source>
        <translation>Attivo</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloccato</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Scaduta</translation>
    </message>
    <message>
        <source>Delete user…</source>
        <translation>Elimina utente…</translation>
    </message>
    <message>
        <source>Delete this user and their RFID tags (their sessions stay in the history)</source>
        <translation>Elimina questo utente e le sue tessere RFID (le sue sessioni restano nella cronologia)</translation>
    </message>
    <message>
        <source>Monthly statement…</source>
        <translation>Estratto mensile…</translation>
    </message>
    <message>
        <source>A PDF of this user&apos;s charging sessions in one month with the totals, to hand over or charge back (Ctrl+P)</source>
        <translation>Un PDF delle sessioni di ricarica di questo utente in un mese con i totali, da consegnare o riaddebitare (Ctrl+P)</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Ripristina</translation>
    </message>
    <message>
        <source>Forget the changes (Esc)</source>
        <translation>Dimentica le modifiche (Esc)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <source>Save the user and their tags (Enter or Ctrl+S)</source>
        <translation>Salva l&apos;utente e le sue tessere (Invio o Ctrl+S)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Dettagli</translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation>Nome e cognome</translation>
    </message>
    <message>
        <source>Unique: two users cannot have the same name (add e.g. the department).</source>
        <translation>Univoco: due utenti non possono avere lo stesso nome (aggiungi p. es. il reparto).</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nome@esempio.ch</translation>
    </message>
    <message>
        <source>Shown on exports and statements, for charging costs back internally.</source>
        <translation>Compare su esportazioni ed estratti, per riaddebitare i costi internamente.</translation>
    </message>
    <message>
        <source>A blocked user&apos;s tags are refused at every charger (the tags keep their own status).</source>
        <translation>Le tessere di un utente bloccato sono rifiutate da ogni stazione (le tessere mantengono il loro stato).</translation>
    </message>
    <message>
        <source>Notes (only shown here)</source>
        <translation>Note (mostrate solo qui)</translation>
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
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>RFID tags</source>
        <translation>Tessere RFID</translation>
    </message>
    <message>
        <source>Tag ID</source>
        <translation>ID tessera</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etichetta</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valida fino al</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Padre</translation>
    </message>
    <message>
        <source>Add tag…</source>
        <translation>Aggiungi tessera…</translation>
    </message>
    <message>
        <source>Add an RFID tag (Insert)</source>
        <translation>Aggiungi una tessera RFID (Ins)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifica…</translation>
    </message>
    <message>
        <source>Change the selected tag (Enter, or double-click it)</source>
        <translation>Modifica la tessera selezionata (Invio o doppio clic)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <source>Remove the selected tag (Del); it is deleted when you save</source>
        <translation>Rimuovi la tessera selezionata (Canc); viene eliminata al salvataggio</translation>
    </message>
    <message>
        <source>Stations this user may use now</source>
        <translation>Stazioni che questo utente può usare ora</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Verifica di nuovo</translation>
    </message>
    <message>
        <source>Ask the access rules again for the current time</source>
        <translation>Interroga di nuovo le regole di accesso per l&apos;ora attuale</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Stazione</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ora</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modalità</translation>
    </message>
    <message>
        <source>Tariff</source>
        <translation>Tariffa</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Perché</translation>
    </message>
    <message>
        <source>No user selected</source>
        <translation>Nessun utente selezionato</translation>
    </message>
    <message>
        <source>Save the user to see where they may charge.</source>
        <translation>Salva l&apos;utente per vedere dove può ricaricare.</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>Nuovo utente</translation>
    </message>
    <message>
        <source>(not saved yet)</source>
        <translation>(non ancora salvato)</translation>
    </message>
    <message>
        <source>Expires {when} ({timezone})</source>
        <translation>Scade il {when} ({timezone})</translation>
    </message>
    <message>
        <source>never</source>
        <translation>mai</translation>
    </message>
    <message>
        <source>Tag {number}</source>
        <translation>Tessera {number}</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Tag {tag} will be removed when you save.</source>
        <translation>La tessera {tag} verrà rimossa al salvataggio.</translation>
    </message>
    <message>
        <source>Not saved: {problem}.</source>
        <translation>Non salvato: {problem}.</translation>
    </message>
    <message>
        <source>Created {name}.</source>
        <translation>{name} creato.</translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation>{name} salvato.</translation>
    </message>
    <message>
        <source>Not saved: fix the marked field.</source>
        <translation>Non salvato: correggi il campo evidenziato.</translation>
    </message>
    <message>
        <source>Not saved: fix the {count} marked problems.</source>
        <translation>Non salvato: correggi i {count} problemi evidenziati.</translation>
    </message>
    <message>
        <source>Not saved: this user was changed on another console meanwhile (see above).</source>
        <translation>Non salvato: questo utente è stato modificato nel frattempo su un&apos;altra console (vedi sopra).</translation>
    </message>
    <message>
        <source>Reloaded: the form shows what is stored now.</source>
        <translation>Ricaricato: il modulo mostra ciò che è salvato ora.</translation>
    </message>
    <message>
        <source>Your changes are kept; the other fields show what is stored now. Save replaces what is stored where you changed it.</source>
        <translation>Le tue modifiche sono mantenute; gli altri campi mostrano ciò che è salvato ora. Salva sostituisce ciò che è salvato dove hai modificato.</translation>
    </message>
    <message>
        <source>Changes reverted.</source>
        <translation>Modifiche annullate.</translation>
    </message>
    <message>
        <source>No sessions in {period}: an empty statement was saved to {path}.</source>
        <translation>Nessuna sessione in {period}: un estratto vuoto è stato salvato in {path}.</translation>
    </message>
    <message numerus="yes">
        <source>Statement for {period} (%n session(s)) saved to {path}.</source>
        <translation>
            <numerusform>Estratto di {period} (%n sessione) salvato in {path}.</numerusform>
            <numerusform>Estratto di {period} (%n sessioni) salvato in {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the stations…</source>
        <translation>Verifica delle stazioni…</translation>
    </message>
    <message>
        <source>This user no longer exists.</source>
        <translation>Questo utente non esiste più.</translation>
    </message>
    <message>
        <source>Could not check the stations: {problem}</source>
        <translation>Impossibile verificare le stazioni: {problem}</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;May use {accepted} of %n station(s)&lt;/b&gt; right now (checked at {time} with tag {tag}).</source>
        <translation>
            <numerusform>&lt;b&gt;Può usare {accepted} di %n stazione&lt;/b&gt; in questo momento (verificato alle {time} con la tessera {tag}).</numerusform>
            <numerusform>&lt;b&gt;Può usare {accepted} di %n stazioni&lt;/b&gt; in questo momento (verificato alle {time} con la tessera {tag}).</numerusform>
        </translation>
    </message>
    <message>
        <source>{mode} until {time}</source>
        <translation>{mode} fino alle {time}</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accettato</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Rifiutato</translation>
    </message>
    <message>
        <source>OCPP answer: {status}</source>
        <translation>Risposta OCPP: {status}</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Azienda</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tessere</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Attivo</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloccato</translation>
    </message>
    <message>
        <source>cost centre {code}</source>
        <translation>centro di costo {code}</translation>
    </message>
    <message>
        <source>RFID tags: {tags}</source>
        <translation>Tessere RFID: {tags}</translation>
    </message>
    <message>
        <source>No RFID tags</source>
        <translation>Nessuna tessera RFID</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>New user</source>
        <translation>Nuovo utente</translation>
    </message>
    <message>
        <source>Create a user (Ctrl+N)</source>
        <translation>Crea un utente (Ctrl+N)</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Importa CSV…</translation>
    </message>
    <message>
        <source>Create or update users and their tags from a CSV file (columns name;email;phone;company;cost_centre;active;tags;tag_label)</source>
        <translation>Crea o aggiorna utenti e le loro tessere da un file CSV (colonne name;email;phone;company;cost_centre;active;tags;tag_label)</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Esporta CSV…</translation>
    </message>
    <message>
        <source>Save every user and their tags as a CSV file (the import&apos;s format)</source>
        <translation>Salva tutti gli utenti e le loro tessere in un file CSV (nel formato dell&apos;importazione)</translation>
    </message>
    <message>
        <source>Search name, e-mail, company or tag… (Ctrl+F)</source>
        <translation>Cerca nome, e-mail, azienda o tessera… (Ctrl+F)</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>Tutti gli utenti</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Attivo</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloccato</translation>
    </message>
    <message>
        <source>Show all users, only active or only blocked ones</source>
        <translation>Mostra tutti gli utenti, solo quelli attivi o solo quelli bloccati</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utenti</translation>
    </message>
    <message>
        <source>RFID tags a charger presented that nobody owns, most recent first. To add a new card, tap it on any charger: it appears here within a second, ready to assign.</source>
        <translation>Tessere RFID presentate a una stazione che non appartengono a nessuno, prima le più recenti. Per aggiungere una nuova tessera, avvicinala a una stazione qualsiasi: compare qui entro un secondo, pronta da assegnare.</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tessera</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Ultimo contatto</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Stazione</translation>
    </message>
    <message>
        <source>Connector</source>
        <translation>Connettore</translation>
    </message>
    <message>
        <source>Times seen</source>
        <translation>Volte vista</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Vista la prima volta</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ignora</translation>
    </message>
    <message>
        <source>Take the selected tag off this list (Del); it comes back if it is presented again</source>
        <translation>Togli la tessera selezionata da questo elenco (Canc); ritorna se viene presentata di nuovo</translation>
    </message>
    <message>
        <source>Unknown tags</source>
        <translation>Tessere sconosciute</translation>
    </message>
    <message>
        <source>Showing the first {shown} of {total} users; type more to narrow the search.</source>
        <translation>Sono mostrati i primi {shown} di {total} utenti; digita ancora per restringere la ricerca.</translation>
    </message>
    <message numerus="yes">
        <source>%n matching user(s)</source>
        <translation>
            <numerusform>%n utente corrispondente</numerusform>
            <numerusform>%n utenti corrispondenti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n utente</numerusform>
            <numerusform>%n utenti</numerusform>
        </translation>
    </message>
    <message>
        <source>the new user</source>
        <translation>il nuovo utente</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifiche non salvate</translation>
    </message>
    <message>
        <source>Save the changes to {name}?</source>
        <translation>Salvare le modifiche a {name}?</translation>
    </message>
    <message>
        <source>Discard forgets them; Cancel goes back to editing.</source>
        <translation>Scarta le dimentica; Annulla torna alla modifica.</translation>
    </message>
    <message>
        <source>the saved user does not match the search</source>
        <translation>l&apos;utente salvato non corrisponde alla ricerca</translation>
    </message>
    <message>
        <source>Delete user</source>
        <translation>Elimina utente</translation>
    </message>
    <message>
        <source>Delete {name}?</source>
        <translation>Eliminare {name}?</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>L&apos;operazione non si può annullare.</translation>
    </message>
    <message>
        <source>Deleted {name}.</source>
        <translation>{name} eliminato.</translation>
    </message>
    <message>
        <source>Could not read the unknown tags: {problem}</source>
        <translation>Impossibile leggere le tessere sconosciute: {problem}</translation>
    </message>
    <message>
        <source>Give {tag} to a user</source>
        <translation>Assegna {tag} a un utente</translation>
    </message>
    <message>
        <source>Unknown tags ({count})</source>
        <translation>Tessere sconosciute ({count})</translation>
    </message>
    <message>
        <source>No unknown tags: every tag presented so far belongs to someone.</source>
        <translation>Nessuna tessera sconosciuta: ogni tessera presentata finora appartiene a qualcuno.</translation>
    </message>
    <message numerus="yes">
        <source>The {shown} most recent of %n unknown tag(s).</source>
        <translation>
            <numerusform>Le {shown} più recenti di %n tessera sconosciuta.</numerusform>
            <numerusform>Le {shown} più recenti di %n tessere sconosciute.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unknown tag(s).</source>
        <translation>
            <numerusform>%n tessera sconosciuta.</numerusform>
            <numerusform>%n tessere sconosciute.</numerusform>
        </translation>
    </message>
    <message>
        <source>Assign to user…</source>
        <translation>Assegna a utente…</translation>
    </message>
    <message>
        <source>choose a user from the list (type part of the name)</source>
        <translation>scegli un utente dall&apos;elenco (digita parte del nome)</translation>
    </message>
    <message>
        <source>Tag &lt;b&gt;{tag}&lt;/b&gt; now belongs to {user}. &lt;a href=&apos;{link}&apos;&gt;Show {user}&lt;/a&gt;</source>
        <translation>La tessera &lt;b&gt;{tag}&lt;/b&gt; appartiene ora a {user}. &lt;a href=&apos;{link}&apos;&gt;Mostra {user}&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Dismiss unknown tag</source>
        <translation>Ignora tessera sconosciuta</translation>
    </message>
    <message>
        <source>Take {tag} ({where}) off the list?</source>
        <translation>Togliere {tag} ({where}) dall&apos;elenco?</translation>
    </message>
    <message>
        <source>It comes back if a charger reads it again.</source>
        <translation>Ritorna se una stazione la legge di nuovo.</translation>
    </message>
    <message>
        <source>Import users from CSV</source>
        <translation>Importa utenti da CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>File CSV (*.csv *.txt);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Import users</source>
        <translation>Importa utenti</translation>
    </message>
    <message>
        <source>{file} cannot be imported.</source>
        <translation>{file} non può essere importato.</translation>
    </message>
    <message numerus="yes">
        <source>{file} was not imported: %n problem(s), see the report.</source>
        <translation>
            <numerusform>{file} non è stato importato: %n problema, vedi il rapporto.</numerusform>
            <numerusform>{file} non è stato importato: %n problemi, vedi il rapporto.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{created} created, {updated} updated, {unchanged} unchanged, %n tag(s) added</source>
        <translation>
            <numerusform>{created} creati, {updated} aggiornati, {unchanged} invariati, %n tessera aggiunta</numerusform>
            <numerusform>{created} creati, {updated} aggiornati, {unchanged} invariati, %n tessere aggiunte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{counts}; %n line(s) with problems skipped</source>
        <translation>
            <numerusform>{counts}; %n riga con problemi saltata</numerusform>
            <numerusform>{counts}; %n righe con problemi saltate</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported {file}: {counts}.</source>
        <translation>{file} importato: {counts}.</translation>
    </message>
    <message>
        <source>Export users to CSV</source>
        <translation>Esporta utenti in CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export users</source>
        <translation>Esporta utenti</translation>
    </message>
    <message>
        <source>{file} could not be written.</source>
        <translation>Non è stato possibile scrivere {file}.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n user(s) to {path}.</source>
        <translation>
            <numerusform>%n utente esportato in {path}.</numerusform>
            <numerusform>%n utenti esportati in {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>today {time}</source>
        <translation>oggi {time}</translation>
    </message>
    <message>
        <source>yesterday {time}</source>
        <translation>ieri {time}</translation>
    </message>
</context>
</TS>
