<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
<context>
    <name>AlarmBell</name>
    <message>
        <location filename="../../app/views/alarms/page.py" line="593"/>
        <source>%n alarm(s) not acknowledged</source>
        <translation>%n allarme/i non confermato/i</translation>
    </message>
    <message>
        <location filename="../../app/views/alarms/page.py" line="665"/>
        <source>ChargeDesk: %n alarm(s) not acknowledged</source>
        <translation>ChargeDesk: %n allarme/i non confermato/i</translation>
    </message>
    <message>
        <location filename="../../app/views/alarms/page.py" line="673"/>
        <source>ChargeDesk alarm ({severity})</source>
        <translation>Allarme ChargeDesk ({severity})</translation>
    </message>
</context>
<context>
    <name>AlarmEngine</name>
    <message>
        <location filename="../../app/services/alarms/engine.py" line="204"/>
        <source>{cp}: connector {connector} is Faulted ({code})</source>
        <translation>{cp}: il connettore {connector} è guasto ({code})</translation>
    </message>
    <message>
        <location filename="../../app/services/alarms/engine.py" line="208"/>
        <source>{cp} is Faulted ({code})</source>
        <translation>{cp} è guasto ({code})</translation>
    </message>
    <message>
        <location filename="../../app/services/alarms/engine.py" line="220"/>
        <source>{cp}: {count} refused cards within {minutes} minutes</source>
        <translation>{cp}: {count} tessere rifiutate in {minutes} minuti</translation>
    </message>
    <message>
        <location filename="../../app/services/alarms/engine.py" line="290"/>
        <source>The database is unavailable since {since} (UTC)</source>
        <translation>Il database non è disponibile dalle {since} (UTC)</translation>
    </message>
    <message>
        <location filename="../../app/services/alarms/engine.py" line="308"/>
        <source>{cp} is offline since {since} (UTC)</source>
        <translation>{cp} è offline dalle {since} (UTC)</translation>
    </message>
    <message>
        <location filename="../../app/services/alarms/engine.py" line="323"/>
        <source>{cp}: the session on connector {connector} runs since {since} (UTC)</source>
        <translation>{cp}: la sessione di ricarica sul connettore {connector} è in corso dalle {since} (UTC)</translation>
    </message>
    <message>
        <location filename="../../app/services/alarms/engine.py" line="354"/>
        <source>The certificate {path} expires on {date} (UTC)</source>
        <translation>Il certificato {path} scade il {date} (UTC)</translation>
    </message>
</context>
<context>
    <name>AlarmMail</name>
    <message>
        <location filename="../../app/services/alarms/mail.py" line="74"/>
        <source>The port must be between 1 and 65535.</source>
        <translation>La porta deve essere tra 1 e 65535.</translation>
    </message>
    <message>
        <location filename="../../app/services/alarms/mail.py" line="76"/>
        <source>Choose the security: none or STARTTLS.</source>
        <translation>Scegliere la sicurezza: nessuna o STARTTLS.</translation>
    </message>
    <message>
        <location filename="../../app/services/alarms/mail.py" line="78"/>
        <source>The sender must be an e-mail address.</source>
        <translation>Il mittente deve essere un indirizzo e-mail.</translation>
    </message>
    <message>
        <location filename="../../app/services/alarms/mail.py" line="86"/>
        <source>Not an e-mail address: {addresses}</source>
        <translation>Non è un indirizzo e-mail: {addresses}</translation>
    </message>
    <message>
        <location filename="../../app/services/alarms/service.py" line="230"/>
        <source>No SMTP relay is set up (host and sender).</source>
        <translation>Nessun relay SMTP configurato (host e mittente).</translation>
    </message>
    <message>
        <location filename="../../app/services/alarms/service.py" line="232"/>
        <source>The site {site} has no recipients.</source>
        <translation>La sede {site} non ha destinatari.</translation>
    </message>
    <message>
        <location filename="../../app/services/alarms/service.py" line="243"/>
        <source>The test e-mail through {host}:{port} failed: {error}</source>
        <translation>L&apos;e-mail di prova tramite {host}:{port} non è riuscita: {error}</translation>
    </message>
    <message>
        <location filename="../../app/services/alarms/service.py" line="247"/>
        <source>Test e-mail sent to {recipients}.</source>
        <translation>E-mail di prova inviata a {recipients}.</translation>
    </message>
    <message>
        <location filename="../../app/views/alarms/page.py" line="418"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../app/views/alarms/page.py" line="424"/>
        <source>relay on the LAN, e.g. mail.example.lan</source>
        <translation>relay nella LAN, p. es. mail.example.lan</translation>
    </message>
    <message>
        <location filename="../../app/views/alarms/page.py" line="428"/>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <location filename="../../app/views/alarms/page.py" line="429"/>
        <source>None</source>
        <translation>Nessuna</translation>
    </message>
    <message>
        <location filename="../../app/views/alarms/page.py" line="435"/>
        <source>one address a line</source>
        <translation>un indirizzo per riga</translation>
    </message>
    <message>
        <location filename="../../app/views/alarms/page.py" line="438"/>
        <source>SMTP host:</source>
        <translation>Host SMTP:</translation>
    </message>
    <message>
        <location filename="../../app/views/alarms/page.py" line="439"/>
        <source>Port:</source>
        <translation>Porta:</translation>
    </message>
    <message>
        <location filename="../../app/views/alarms/page.py" line="440"/>
        <source>Security:</source>
        <translation>Sicurezza:</translation>
    </message>
    <message>
        <location filename="../../app/views/alarms/page.py" line="441"/>
        <source>User:</source>
        <translation>Utente:</translation>
    </message>
    <message>
        <location filename="../../app/views/alarms/page.py" line="442"/>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <location filename="../../app/views/alarms/page.py" line="443"/>
        <source>Sender:</source>
        <translation>Mittente:</translation>
    </message>
    <message>
        <location filename="../../app/views/alarms/page.py" line="444"/>
        <source>Recipients:</source>
        <translation>Destinatari:</translation>
    </message>
    <message>
        <location filename="../../app/views/alarms/page.py" line="446"/>
        <source>Save e-mail</source>
        <translation>Salva e-mail</translation>
    </message>
    <message>
        <location filename="../../app/views/alarms/page.py" line="448"/>
        <source>Send test e-mail</source>
        <translation>Invia e-mail di prova</translation>
    </message>
    <message>
        <location filename="../../app/views/alarms/page.py" line="480"/>
        <source>stored on this computer</source>
        <translation>salvata su questo computer</translation>
    </message>
    <message>
        <location filename="../../app/views/alarms/page.py" line="490"/>
        <source>Last e-mail sent {time}: {detail}</source>
        <translation>Ultima e-mail inviata {time}: {detail}</translation>
    </message>
    <message>
        <location filename="../../app/views/alarms/page.py" line="492"/>
        <source>Last e-mail FAILED {time}: {detail}</source>
        <translation>Ultima e-mail NON RIUSCITA {time}: {detail}</translation>
    </message>
    <message>
        <location filename="../../app/views/alarms/page.py" line="525"/>
        <source>E-mail settings saved.</source>
        <translation>Impostazioni e-mail salvate.</translation>
    </message>
    <message>
        <location filename="../../app/views/alarms/page.py" line="532"/>
        <source>Sending…</source>
        <translation>Invio…</translation>
    </message>
</context>
<context>
    <name>AlarmRules</name>
    <message>
        <location filename="../../app/services/alarms/rules.py" line="47"/>
        <source>Station offline</source>
        <extracomment>a site&apos;s rules until an operator changes them: offline 15 min as eCarUp does, Faulted, session 12 h, 5 refusals in 10 min, the database away 30 s, a certificate expiring within 30 days the kind&apos;s name and its threshold&apos;s unit, as the rules editor shows them</extracomment>
        <translation>Stazione di ricarica offline</translation>
    </message>
    <message>
        <location filename="../../app/services/alarms/rules.py" line="48"/>
        <source>Connector Faulted</source>
        <translation>Connettore guasto</translation>
    </message>
    <message>
        <location filename="../../app/services/alarms/rules.py" line="49"/>
        <source>Long session</source>
        <translation>Sessione di ricarica lunga</translation>
    </message>
    <message>
        <location filename="../../app/services/alarms/rules.py" line="50"/>
        <source>Refused cards</source>
        <translation>Tessere RFID rifiutate</translation>
    </message>
    <message>
        <location filename="../../app/services/alarms/rules.py" line="51"/>
        <source>Database unavailable</source>
        <translation>Database non disponibile</translation>
    </message>
    <message>
        <location filename="../../app/services/alarms/rules.py" line="52"/>
        <source>Certificate expiring</source>
        <translation>Certificato in scadenza</translation>
    </message>
    <message>
        <location filename="../../app/services/alarms/rules.py" line="55"/>
        <source>minutes</source>
        <translation>minuti</translation>
    </message>
    <message>
        <location filename="../../app/services/alarms/rules.py" line="56"/>
        <source>hours</source>
        <translation>ore</translation>
    </message>
    <message>
        <location filename="../../app/services/alarms/rules.py" line="57"/>
        <source>refusals</source>
        <translation>rifiuti</translation>
    </message>
    <message>
        <location filename="../../app/services/alarms/rules.py" line="58"/>
        <source>seconds</source>
        <translation>secondi</translation>
    </message>
    <message>
        <location filename="../../app/services/alarms/rules.py" line="59"/>
        <source>days</source>
        <translation>giorni</translation>
    </message>
    <message>
        <location filename="../../app/services/alarms/rules.py" line="62"/>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location filename="../../app/services/alarms/rules.py" line="63"/>
        <source>Warning</source>
        <translation>Avviso</translation>
    </message>
    <message>
        <location filename="../../app/services/alarms/rules.py" line="64"/>
        <source>Critical</source>
        <translation>Critico</translation>
    </message>
    <message>
        <location filename="../../app/services/alarms/rules.py" line="71"/>
        <source>Unknown alarm kind {kind}.</source>
        <translation>Tipo di allarme sconosciuto {kind}.</translation>
    </message>
    <message>
        <location filename="../../app/services/alarms/rules.py" line="73"/>
        <source>Choose a severity: info, warning or critical.</source>
        <translation>Scegliere una gravità: info, avviso o critico.</translation>
    </message>
    <message>
        <location filename="../../app/services/alarms/rules.py" line="75"/>
        <source>The threshold must be a number above 0.</source>
        <translation>La soglia deve essere un numero maggiore di 0.</translation>
    </message>
    <message>
        <location filename="../../app/services/alarms/rules.py" line="77"/>
        <source>The window must be a number of minutes above 0.</source>
        <translation>La finestra deve essere un numero di minuti maggiore di 0.</translation>
    </message>
    <message>
        <location filename="../../app/views/alarms/page.py" line="285"/>
        <source>Rules</source>
        <translation>Regole</translation>
    </message>
    <message>
        <location filename="../../app/views/alarms/page.py" line="294"/>
        <source>Alarm</source>
        <translation>Allarme</translation>
    </message>
    <message>
        <location filename="../../app/views/alarms/page.py" line="295"/>
        <source>On</source>
        <translation>Attivo</translation>
    </message>
    <message>
        <location filename="../../app/views/alarms/page.py" line="296"/>
        <source>Threshold</source>
        <translation>Soglia</translation>
    </message>
    <message>
        <location filename="../../app/views/alarms/page.py" line="297"/>
        <source>Within (minutes)</source>
        <translation>Entro (minuti)</translation>
    </message>
    <message>
        <location filename="../../app/views/alarms/page.py" line="298"/>
        <source>Severity</source>
        <translation>Gravità</translation>
    </message>
    <message>
        <location filename="../../app/views/alarms/page.py" line="299"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../app/views/alarms/page.py" line="332"/>
        <source>Save rules</source>
        <translation>Salva regole</translation>
    </message>
    <message>
        <location filename="../../app/views/alarms/page.py" line="390"/>
        <source>Another operator saved these rules meanwhile: they were loaded again.</source>
        <translation>Un altro operatore ha salvato queste regole nel frattempo: sono state ricaricate.</translation>
    </message>
    <message>
        <location filename="../../app/views/alarms/page.py" line="401"/>
        <source>Rules saved.</source>
        <translation>Regole salvate.</translation>
    </message>
</context>
<context>
    <name>AlarmsPage</name>
    <message>
        <location filename="../../app/views/alarms/page.py" line="77"/>
        <source>Alarms</source>
        <translation>Allarmi</translation>
    </message>
    <message>
        <location filename="../../app/views/alarms/page.py" line="84"/>
        <source>Site:</source>
        <translation>Sede:</translation>
    </message>
    <message>
        <location filename="../../app/views/alarms/page.py" line="88"/>
        <source>Show:</source>
        <translation>Mostra:</translation>
    </message>
    <message>
        <location filename="../../app/views/alarms/page.py" line="92"/>
        <source>Active</source>
        <translation>Attivi</translation>
    </message>
    <message>
        <location filename="../../app/views/alarms/page.py" line="93"/>
        <source>Not acknowledged</source>
        <translation>Non confermati</translation>
    </message>
    <message>
        <location filename="../../app/views/alarms/page.py" line="94"/>
        <source>Active and recent</source>
        <translation>Attivi e recenti</translation>
    </message>
    <message>
        <location filename="../../app/views/alarms/page.py" line="100"/>
        <source>Acknowledge</source>
        <translation>Conferma</translation>
    </message>
    <message>
        <location filename="../../app/views/alarms/page.py" line="102"/>
        <source>Acknowledge all</source>
        <translation>Conferma tutti</translation>
    </message>
    <message>
        <location filename="../../app/views/alarms/page.py" line="111"/>
        <source>Raised</source>
        <translation>Attivato</translation>
    </message>
    <message>
        <location filename="../../app/views/alarms/page.py" line="112"/>
        <source>Site</source>
        <translation>Sede</translation>
    </message>
    <message>
        <location filename="../../app/views/alarms/page.py" line="113"/>
        <source>Charge point</source>
        <translation>Punto di ricarica</translation>
    </message>
    <message>
        <location filename="../../app/views/alarms/page.py" line="114"/>
        <source>Alarm</source>
        <translation>Allarme</translation>
    </message>
    <message>
        <location filename="../../app/views/alarms/page.py" line="115"/>
        <source>Severity</source>
        <translation>Gravità</translation>
    </message>
    <message>
        <location filename="../../app/views/alarms/page.py" line="116"/>
        <source>Seen</source>
        <translation>Visto</translation>
    </message>
    <message>
        <location filename="../../app/views/alarms/page.py" line="117"/>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../../app/views/alarms/page.py" line="118"/>
        <source>Acknowledged</source>
        <translation>Confermato</translation>
    </message>
    <message>
        <location filename="../../app/views/alarms/page.py" line="171"/>
        <source>All sites</source>
        <translation>Tutte le sedi</translation>
    </message>
    <message>
        <location filename="../../app/views/alarms/page.py" line="187"/>
        <source>active</source>
        <translation>attivo</translation>
    </message>
    <message>
        <location filename="../../app/views/alarms/page.py" line="189"/>
        <source>cleared {time}</source>
        <translation>risolto {time}</translation>
    </message>
    <message>
        <location filename="../../app/views/alarms/page.py" line="194"/>
        <source>{time} by {operator}</source>
        <translation>{time} da {operator}</translation>
    </message>
    <message>
        <location filename="../../app/views/alarms/page.py" line="200"/>
        <source>×{count} since {time}</source>
        <translation>×{count} dalle {time}</translation>
    </message>
    <message>
        <location filename="../../app/views/alarms/page.py" line="273"/>
        <source>%n alarm(s) acknowledged.</source>
        <translation>%n allarme/i confermato/i.</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../app/views/dashboard.py" line="715"/>
        <source>{event} ×{count} since {since}</source>
        <translation>{event} ×{count} dalle {since}</translation>
    </message>
    <message>
        <location filename="../../app/views/dashboard.py" line="847"/>
        <source>{cp} booted as {policy}</source>
        <translation>{cp} avviato come {policy}</translation>
    </message>
</context>
</TS>
