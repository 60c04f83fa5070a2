<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
    <context>
        <name>AlarmBell</name>
        <message numerus="yes">
            <source>%n alarm(s) not acknowledged</source>
            <translation>
                <numerusform>%n allarme non confermato</numerusform>
                <numerusform>%n allarmi non confermati</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>ChargeDesk: %n alarm(s) not acknowledged</source>
            <translation>
                <numerusform>ChargeDesk: %n allarme non confermato</numerusform>
                <numerusform>ChargeDesk: %n allarmi non confermati</numerusform>
            </translation>
        </message>
        <message>
            <source>ChargeDesk alarm ({severity})</source>
            <translation>Allarme ChargeDesk ({severity})</translation>
        </message>
    </context>
    <context>
        <name>AlarmEngine</name>
        <message>
            <source>{cp}: {where} = {value} ({kind})</source>
            <translation>{cp}: {where} = {value} ({kind})</translation>
        </message>
        <message>
            <source>{cp}: security event {event} ({info})</source>
            <translation>{cp}: evento di sicurezza {event} ({info})</translation>
        </message>
        <message>
            <source>{cp}: security event {event}</source>
            <translation>{cp}: evento di sicurezza {event}</translation>
        </message>
        <message>
            <source>{cp}: connector {connector} is Faulted ({code})</source>
            <translation>{cp}: il connettore {connector} è guasto ({code})</translation>
        </message>
        <message>
            <source>{cp} is Faulted ({code})</source>
            <translation>{cp} è guasto ({code})</translation>
        </message>
        <message>
            <source>{cp}: {count} refused cards within {minutes} minutes</source>
            <translation>{cp}: {count} tessere rifiutate in {minutes} minuti</translation>
        </message>
        <message>
            <source>The database is unavailable since {since} (UTC)</source>
            <translation>Il database non è disponibile dalle {since} (UTC)</translation>
        </message>
        <message>
            <source>{cp} is offline since {since} (UTC)</source>
            <translation>{cp} è offline dalle {since} (UTC)</translation>
        </message>
        <message>
            <source>{cp}: the session on connector {connector} runs since {since} (UTC)</source>
            <translation>{cp}: la sessione di ricarica sul connettore {connector} è in corso dalle {since} (UTC)</translation>
        </message>
        <message>
            <source>The certificate {path} expired on {date} (UTC)</source>
            <translation>Il certificato {path} è scaduto il {date} (UTC)</translation>
        </message>
        <message>
            <source>The certificate {path} expires on {date} (UTC)</source>
            <translation>Il certificato {path} scade il {date} (UTC)</translation>
        </message>
        <message>
            <source>The certificate of {cp} expired on {date} (UTC)</source>
            <translation>Il certificato di {cp} è scaduto il {date} (UTC)</translation>
        </message>
        <message>
            <source>The certificate of {cp} expires on {date} (UTC)</source>
            <translation>Il certificato di {cp} scade il {date} (UTC)</translation>
        </message>
    </context>
    <context>
        <name>AlarmMail</name>
        <message>
            <source>The port must be between 1 and 65535.</source>
            <translation>La porta deve essere tra 1 e 65535.</translation>
        </message>
        <message>
            <source>Choose the security: none or STARTTLS.</source>
            <translation>Scegliere la sicurezza: nessuna o STARTTLS.</translation>
        </message>
        <message>
            <source>The sender must be an e-mail address.</source>
            <translation>Il mittente deve essere un indirizzo e-mail.</translation>
        </message>
        <message>
            <source>Choose the e-mails' language: de, fr, it or en.</source>
            <translation>Scegliere la lingua delle e-mail: de, fr, it o en.</translation>
        </message>
        <message>
            <source>Not an e-mail address: {addresses}</source>
            <translation>Non è un indirizzo e-mail: {addresses}</translation>
        </message>
        <message>
            <source>[ChargeDesk] cleared: {text}</source>
            <translation>[ChargeDesk] risolto: {text}</translation>
        </message>
        <message>
            <source>Alarm cleared at {site}:</source>
            <translation>Allarme risolto presso {site}:</translation>
        </message>
        <message>
            <source>[ChargeDesk {severity}] {text}</source>
            <translation>[ChargeDesk {severity}] {text}</translation>
        </message>
        <message>
            <source>Alarm raised at {site}:</source>
            <translation>Allarme scattato presso {site}:</translation>
        </message>
        <message>
            <source>the central system</source>
            <translation>il sistema centrale</translation>
        </message>
        <message>
            <source>Kind: {kind}</source>
            <translation>Tipo: {kind}</translation>
        </message>
        <message>
            <source>Severity: {severity}</source>
            <translation>Gravità: {severity}</translation>
        </message>
        <message>
            <source>Raised: {time} UTC</source>
            <translation>Scattato: {time} UTC</translation>
        </message>
        <message>
            <source>Charge point: {cp}</source>
            <translation>Punto di ricarica: {cp}</translation>
        </message>
        <message>
            <source>Cleared: {time} UTC</source>
            <translation>Risolto: {time} UTC</translation>
        </message>
        <message>
            <source>No SMTP relay is set up (host and sender).</source>
            <translation>Nessun relay SMTP configurato (host e mittente).</translation>
        </message>
        <message>
            <source>The site {site} has no recipients.</source>
            <translation>La sede {site} non ha destinatari.</translation>
        </message>
        <message>
            <source>[ChargeDesk] test e-mail for {site}</source>
            <translation>[ChargeDesk] e-mail di prova per {site}</translation>
        </message>
        <message>
            <source>This is a test e-mail of ChargeDesk's alarms for the site {site}.</source>
            <translation>Questa è un'e-mail di prova degli allarmi ChargeDesk per la sede {site}.</translation>
        </message>
        <message>
            <source>The test e-mail through {host}:{port} failed: {error}</source>
            <translation>L'e-mail di prova tramite {host}:{port} non è riuscita: {error}</translation>
        </message>
        <message>
            <source>Test e-mail sent to {recipients}.</source>
            <translation>E-mail di prova inviata a {recipients}.</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>relay on the LAN, e.g. mail.example.lan</source>
            <translation>relay nella LAN, p. es. mail.example.lan</translation>
        </message>
        <message>
            <source>STARTTLS</source>
            <translation>STARTTLS</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Nessuna</translation>
        </message>
        <message>
            <source>one address a line</source>
            <translation>un indirizzo per riga</translation>
        </message>
        <message>
            <source>SMTP host:</source>
            <translation>Host SMTP:</translation>
        </message>
        <message>
            <source>Port:</source>
            <translation>Porta:</translation>
        </message>
        <message>
            <source>Security:</source>
            <translation>Sicurezza:</translation>
        </message>
        <message>
            <source>User:</source>
            <translation>Utente:</translation>
        </message>
        <message>
            <source>Password:</source>
            <translation>Password:</translation>
        </message>
        <message>
            <source>Sender:</source>
            <translation>Mittente:</translation>
        </message>
        <message>
            <source>E-mail language:</source>
            <translation>Lingua delle e-mail:</translation>
        </message>
        <message>
            <source>Recipients:</source>
            <translation>Destinatari:</translation>
        </message>
        <message>
            <source>Save e-mail</source>
            <translation>Salva e-mail</translation>
        </message>
        <message>
            <source>Send test e-mail</source>
            <translation>Invia e-mail di prova</translation>
        </message>
        <message>
            <source>stored on this computer</source>
            <translation>salvata su questo computer</translation>
        </message>
        <message>
            <source>Last e-mail sent {time}: {detail}</source>
            <translation>Ultima e-mail inviata {time}: {detail}</translation>
        </message>
        <message>
            <source>Last e-mail FAILED {time}: {detail}</source>
            <translation>Ultima e-mail NON RIUSCITA {time}: {detail}</translation>
        </message>
        <message>
            <source>E-mail settings saved.</source>
            <translation>Impostazioni e-mail salvate.</translation>
        </message>
        <message>
            <source>Sending…</source>
            <translation>Invio…</translation>
        </message>
    </context>
    <context>
        <name>AlarmRules</name>
        <message>
            <source>Station offline</source>
            <extracomment>a site's rules until an operator changes them: offline 15 min as eCarUp does, Faulted, session 12 h, 5 refusals in 10 min, the database away 30 s, a certificate (the LAN's, the site's CA) or a charger's own certificate expiring within 30 days, a charger's critical security event the kind's name and its threshold's unit, as the rules editor shows them</extracomment>
            <translation>Stazione di ricarica offline</translation>
        </message>
        <message>
            <source>Connector Faulted</source>
            <translation>Connettore guasto</translation>
        </message>
        <message>
            <source>Long session</source>
            <translation>Sessione di ricarica lunga</translation>
        </message>
        <message>
            <source>Refused cards</source>
            <translation>Tessere RFID rifiutate</translation>
        </message>
        <message>
            <source>Database unavailable</source>
            <translation>Database non disponibile</translation>
        </message>
        <message>
            <source>Certificate expiring</source>
            <translation>Certificato in scadenza</translation>
        </message>
        <message>
            <source>Charger certificate expiring</source>
            <translation>Certificato di un caricatore in scadenza</translation>
        </message>
        <message>
            <source>Critical security event</source>
            <translation>Evento di sicurezza critico</translation>
        </message>
        <message>
            <source>Charger monitor alerting</source>
            <translation>Allarme di un monitoraggio della stazione</translation>
        </message>
        <message>
            <source>minutes</source>
            <translation>minuti</translation>
        </message>
        <message>
            <source>hours</source>
            <translation>ore</translation>
        </message>
        <message>
            <source>refusals</source>
            <translation>rifiuti</translation>
        </message>
        <message>
            <source>seconds</source>
            <translation>secondi</translation>
        </message>
        <message>
            <source>days</source>
            <translation>giorni</translation>
        </message>
        <message>
            <source>Info</source>
            <translation>Info</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>Avviso</translation>
        </message>
        <message>
            <source>Critical</source>
            <translation>Critico</translation>
        </message>
        <message>
            <source>Unknown alarm kind {kind}.</source>
            <translation>Tipo di allarme sconosciuto {kind}.</translation>
        </message>
        <message>
            <source>Choose a severity: info, warning or critical.</source>
            <translation>Scegliere una gravità: info, avviso o critico.</translation>
        </message>
        <message>
            <source>The threshold must be a number above 0.</source>
            <translation>La soglia deve essere un numero maggiore di 0.</translation>
        </message>
        <message>
            <source>The window must be a number of minutes above 0.</source>
            <translation>La finestra deve essere un numero di minuti maggiore di 0.</translation>
        </message>
        <message>
            <source>Rules</source>
            <translation>Regole</translation>
        </message>
        <message>
            <source>Alarm</source>
            <translation>Allarme</translation>
        </message>
        <message>
            <source>On</source>
            <translation>Attivo</translation>
        </message>
        <message>
            <source>Threshold</source>
            <translation>Soglia</translation>
        </message>
        <message>
            <source>Within (minutes)</source>
            <translation>Entro (minuti)</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>Gravità</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Save rules</source>
            <translation>Salva regole</translation>
        </message>
        <message>
            <source>Another operator saved these rules meanwhile: they were loaded again.</source>
            <translation>Un altro operatore ha salvato queste regole nel frattempo: sono state ricaricate.</translation>
        </message>
        <message>
            <source>Rules saved.</source>
            <translation>Regole salvate.</translation>
        </message>
    </context>
    <context>
        <name>AlarmsPage</name>
        <message>
            <source>Alarms</source>
            <translation>Allarmi</translation>
        </message>
        <message>
            <source>Site:</source>
            <translation>Sede:</translation>
        </message>
        <message>
            <source>Show:</source>
            <translation>Mostra:</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Attivi</translation>
        </message>
        <message>
            <source>Not acknowledged</source>
            <translation>Non confermati</translation>
        </message>
        <message>
            <source>Active and recent</source>
            <translation>Attivi e recenti</translation>
        </message>
        <message>
            <source>Acknowledge</source>
            <translation>Conferma</translation>
        </message>
        <message>
            <source>Acknowledge all</source>
            <translation>Conferma tutti</translation>
        </message>
        <message>
            <source>Raised</source>
            <translation>Attivato</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>Sede</translation>
        </message>
        <message>
            <source>Charge point</source>
            <translation>Punto di ricarica</translation>
        </message>
        <message>
            <source>Alarm</source>
            <translation>Allarme</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>Gravità</translation>
        </message>
        <message>
            <source>Seen</source>
            <translation>Visto</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Stato</translation>
        </message>
        <message>
            <source>Acknowledged</source>
            <translation>Confermato</translation>
        </message>
        <message>
            <source>All sites</source>
            <translation>Tutte le sedi</translation>
        </message>
        <message>
            <source>active</source>
            <translation>attivo</translation>
        </message>
        <message>
            <source>cleared {time}</source>
            <translation>risolto {time}</translation>
        </message>
        <message>
            <source>{time} by {operator}</source>
            <translation>{time} da {operator}</translation>
        </message>
        <message>
            <source>×{count} since {time}</source>
            <translation>×{count} dalle {time}</translation>
        </message>
        <message numerus="yes">
            <source>%n alarm(s) acknowledged.</source>
            <translation>
                <numerusform>%n allarme confermato.</numerusform>
                <numerusform>%n allarmi confermati.</numerusform>
            </translation>
        </message>
    </context>
</TS>
