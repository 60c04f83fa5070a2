<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
    <context>
        <name>AlarmBell</name>
        <message numerus="yes">
            <source>%n alarm(s) not acknowledged</source>
            <translation>
                <numerusform>%n Alarm nicht quittiert</numerusform>
                <numerusform>%n Alarme nicht quittiert</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>ChargeDesk: %n alarm(s) not acknowledged</source>
            <translation>
                <numerusform>ChargeDesk: %n Alarm nicht quittiert</numerusform>
                <numerusform>ChargeDesk: %n Alarme nicht quittiert</numerusform>
            </translation>
        </message>
        <message>
            <source>ChargeDesk alarm ({severity})</source>
            <translation>ChargeDesk-Alarm ({severity})</translation>
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
            <translation>{cp}: Sicherheitsereignis {event} ({info})</translation>
        </message>
        <message>
            <source>{cp}: security event {event}</source>
            <translation>{cp}: Sicherheitsereignis {event}</translation>
        </message>
        <message>
            <source>{cp}: connector {connector} is Faulted ({code})</source>
            <translation>{cp}: Anschluss {connector} ist gestört ({code})</translation>
        </message>
        <message>
            <source>{cp} is Faulted ({code})</source>
            <translation>{cp} ist gestört ({code})</translation>
        </message>
        <message>
            <source>{cp}: {count} refused cards within {minutes} minutes</source>
            <translation>{cp}: {count} abgewiesene Karten innert {minutes} Minuten</translation>
        </message>
        <message>
            <source>The database is unavailable since {since} (UTC)</source>
            <translation>Die Datenbank ist seit {since} (UTC) nicht erreichbar</translation>
        </message>
        <message>
            <source>{cp} is offline since {since} (UTC)</source>
            <translation>{cp} ist seit {since} (UTC) offline</translation>
        </message>
        <message>
            <source>{cp}: the session on connector {connector} runs since {since} (UTC)</source>
            <translation>{cp}: Der Ladevorgang an Anschluss {connector} läuft seit {since} (UTC)</translation>
        </message>
        <message>
            <source>The certificate {path} expired on {date} (UTC)</source>
            <translation>Das Zertifikat {path} ist am {date} (UTC) abgelaufen</translation>
        </message>
        <message>
            <source>The certificate {path} expires on {date} (UTC)</source>
            <translation>Das Zertifikat {path} läuft am {date} (UTC) ab</translation>
        </message>
        <message>
            <source>The certificate of {cp} expired on {date} (UTC)</source>
            <translation>Das Zertifikat von {cp} ist am {date} (UTC) abgelaufen</translation>
        </message>
        <message>
            <source>The certificate of {cp} expires on {date} (UTC)</source>
            <translation>Das Zertifikat von {cp} läuft am {date} (UTC) ab</translation>
        </message>
    </context>
    <context>
        <name>AlarmMail</name>
        <message>
            <source>The port must be between 1 and 65535.</source>
            <translation>Der Port muss zwischen 1 und 65535 liegen.</translation>
        </message>
        <message>
            <source>Choose the security: none or STARTTLS.</source>
            <translation>Wählen Sie die Sicherheit: keine oder STARTTLS.</translation>
        </message>
        <message>
            <source>The sender must be an e-mail address.</source>
            <translation>Der Absender muss eine E-Mail-Adresse sein.</translation>
        </message>
        <message>
            <source>Choose the e-mails' language: de, fr, it or en.</source>
            <translation>Wählen Sie die Sprache der E-Mails: de, fr, it oder en.</translation>
        </message>
        <message>
            <source>Not an e-mail address: {addresses}</source>
            <translation>Keine E-Mail-Adresse: {addresses}</translation>
        </message>
        <message>
            <source>[ChargeDesk] cleared: {text}</source>
            <translation>[ChargeDesk] behoben: {text}</translation>
        </message>
        <message>
            <source>Alarm cleared at {site}:</source>
            <translation>Alarm behoben bei {site}:</translation>
        </message>
        <message>
            <source>[ChargeDesk {severity}] {text}</source>
            <translation>[ChargeDesk {severity}] {text}</translation>
        </message>
        <message>
            <source>Alarm raised at {site}:</source>
            <translation>Alarm ausgelöst bei {site}:</translation>
        </message>
        <message>
            <source>the central system</source>
            <translation>dem Zentralsystem</translation>
        </message>
        <message>
            <source>Kind: {kind}</source>
            <translation>Art: {kind}</translation>
        </message>
        <message>
            <source>Severity: {severity}</source>
            <translation>Schweregrad: {severity}</translation>
        </message>
        <message>
            <source>Raised: {time} UTC</source>
            <translation>Ausgelöst: {time} UTC</translation>
        </message>
        <message>
            <source>Charge point: {cp}</source>
            <translation>Ladepunkt: {cp}</translation>
        </message>
        <message>
            <source>Cleared: {time} UTC</source>
            <translation>Behoben: {time} UTC</translation>
        </message>
        <message>
            <source>No SMTP relay is set up (host and sender).</source>
            <translation>Kein SMTP-Relay eingerichtet (Host und Absender).</translation>
        </message>
        <message>
            <source>The site {site} has no recipients.</source>
            <translation>Der Standort {site} hat keine Empfänger.</translation>
        </message>
        <message>
            <source>[ChargeDesk] test e-mail for {site}</source>
            <translation>[ChargeDesk] Test-E-Mail für {site}</translation>
        </message>
        <message>
            <source>This is a test e-mail of ChargeDesk's alarms for the site {site}.</source>
            <translation>Dies ist eine Test-E-Mail der ChargeDesk-Alarme für den Standort {site}.</translation>
        </message>
        <message>
            <source>The test e-mail through {host}:{port} failed: {error}</source>
            <translation>Die Test-E-Mail über {host}:{port} ist fehlgeschlagen: {error}</translation>
        </message>
        <message>
            <source>Test e-mail sent to {recipients}.</source>
            <translation>Test-E-Mail an {recipients} gesendet.</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <source>relay on the LAN, e.g. mail.example.lan</source>
            <translation>Relay im LAN, z. B. mail.example.lan</translation>
        </message>
        <message>
            <source>STARTTLS</source>
            <translation>STARTTLS</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Keine</translation>
        </message>
        <message>
            <source>one address a line</source>
            <translation>eine Adresse pro Zeile</translation>
        </message>
        <message>
            <source>SMTP host:</source>
            <translation>SMTP-Host:</translation>
        </message>
        <message>
            <source>Port:</source>
            <translation>Port:</translation>
        </message>
        <message>
            <source>Security:</source>
            <translation>Sicherheit:</translation>
        </message>
        <message>
            <source>User:</source>
            <translation>Benutzer:</translation>
        </message>
        <message>
            <source>Password:</source>
            <translation>Passwort:</translation>
        </message>
        <message>
            <source>Sender:</source>
            <translation>Absender:</translation>
        </message>
        <message>
            <source>E-mail language:</source>
            <translation>Sprache der E-Mails:</translation>
        </message>
        <message>
            <source>Recipients:</source>
            <translation>Empfänger:</translation>
        </message>
        <message>
            <source>Save e-mail</source>
            <translation>E-Mail speichern</translation>
        </message>
        <message>
            <source>Send test e-mail</source>
            <translation>Test-E-Mail senden</translation>
        </message>
        <message>
            <source>stored on this computer</source>
            <translation>auf diesem Computer gespeichert</translation>
        </message>
        <message>
            <source>Last e-mail sent {time}: {detail}</source>
            <translation>Letzte E-Mail gesendet {time}: {detail}</translation>
        </message>
        <message>
            <source>Last e-mail FAILED {time}: {detail}</source>
            <translation>Letzte E-Mail FEHLGESCHLAGEN {time}: {detail}</translation>
        </message>
        <message>
            <source>E-mail settings saved.</source>
            <translation>E-Mail-Einstellungen gespeichert.</translation>
        </message>
        <message>
            <source>Sending…</source>
            <translation>Wird gesendet …</translation>
        </message>
    </context>
    <context>
        <name>AlarmRules</name>
        <message>
            <source>Station offline</source>
            <extracomment>a site's rules until an operator changes them: offline 15 min as eCarUp does, Faulted, session 12 h, 5 refusals in 10 min, the database away 30 s, a certificate (the LAN's, the site's CA) or a charger's own certificate expiring within 30 days, a charger's critical security event the kind's name and its threshold's unit, as the rules editor shows them</extracomment>
            <translation>Ladestation offline</translation>
        </message>
        <message>
            <source>Connector Faulted</source>
            <translation>Anschluss gestört</translation>
        </message>
        <message>
            <source>Long session</source>
            <translation>Langer Ladevorgang</translation>
        </message>
        <message>
            <source>Refused cards</source>
            <translation>Abgewiesene RFID-Karten</translation>
        </message>
        <message>
            <source>Database unavailable</source>
            <translation>Datenbank nicht erreichbar</translation>
        </message>
        <message>
            <source>Certificate expiring</source>
            <translation>Zertifikat läuft ab</translation>
        </message>
        <message>
            <source>Charger certificate expiring</source>
            <translation>Zertifikat eines Ladegeräts läuft ab</translation>
        </message>
        <message>
            <source>Critical security event</source>
            <translation>Kritisches Sicherheitsereignis</translation>
        </message>
        <message>
            <source>Charger monitor alerting</source>
            <translation>Überwachung der Ladestation meldet Alarm</translation>
        </message>
        <message>
            <source>minutes</source>
            <translation>Minuten</translation>
        </message>
        <message>
            <source>hours</source>
            <translation>Stunden</translation>
        </message>
        <message>
            <source>refusals</source>
            <translation>Abweisungen</translation>
        </message>
        <message>
            <source>seconds</source>
            <translation>Sekunden</translation>
        </message>
        <message>
            <source>days</source>
            <translation>Tage</translation>
        </message>
        <message>
            <source>Info</source>
            <translation>Info</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>Warnung</translation>
        </message>
        <message>
            <source>Critical</source>
            <translation>Kritisch</translation>
        </message>
        <message>
            <source>Unknown alarm kind {kind}.</source>
            <translation>Unbekannte Alarmart {kind}.</translation>
        </message>
        <message>
            <source>Choose a severity: info, warning or critical.</source>
            <translation>Wählen Sie einen Schweregrad: Info, Warnung oder kritisch.</translation>
        </message>
        <message>
            <source>The threshold must be a number above 0.</source>
            <translation>Der Schwellenwert muss eine Zahl über 0 sein.</translation>
        </message>
        <message>
            <source>The window must be a number of minutes above 0.</source>
            <translation>Das Zeitfenster muss eine Anzahl Minuten über 0 sein.</translation>
        </message>
        <message>
            <source>Rules</source>
            <translation>Regeln</translation>
        </message>
        <message>
            <source>Alarm</source>
            <translation>Alarm</translation>
        </message>
        <message>
            <source>On</source>
            <translation>Ein</translation>
        </message>
        <message>
            <source>Threshold</source>
            <translation>Schwellenwert</translation>
        </message>
        <message>
            <source>Within (minutes)</source>
            <translation>Innert (Minuten)</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>Schweregrad</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <source>Save rules</source>
            <translation>Regeln speichern</translation>
        </message>
        <message>
            <source>Another operator saved these rules meanwhile: they were loaded again.</source>
            <translation>Ein anderer Bediener hat diese Regeln inzwischen gespeichert: Sie wurden neu geladen.</translation>
        </message>
        <message>
            <source>Rules saved.</source>
            <translation>Regeln gespeichert.</translation>
        </message>
    </context>
    <context>
        <name>AlarmsPage</name>
        <message>
            <source>Alarms</source>
            <translation>Alarme</translation>
        </message>
        <message>
            <source>Site:</source>
            <translation>Standort:</translation>
        </message>
        <message>
            <source>Show:</source>
            <translation>Anzeigen:</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Aktiv</translation>
        </message>
        <message>
            <source>Not acknowledged</source>
            <translation>Nicht quittiert</translation>
        </message>
        <message>
            <source>Active and recent</source>
            <translation>Aktiv und kürzlich</translation>
        </message>
        <message>
            <source>Acknowledge</source>
            <translation>Quittieren</translation>
        </message>
        <message>
            <source>Acknowledge all</source>
            <translation>Alle quittieren</translation>
        </message>
        <message>
            <source>Raised</source>
            <translation>Ausgelöst</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>Standort</translation>
        </message>
        <message>
            <source>Charge point</source>
            <translation>Ladepunkt</translation>
        </message>
        <message>
            <source>Alarm</source>
            <translation>Alarm</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>Schweregrad</translation>
        </message>
        <message>
            <source>Seen</source>
            <translation>Gesehen</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Zustand</translation>
        </message>
        <message>
            <source>Acknowledged</source>
            <translation>Quittiert</translation>
        </message>
        <message>
            <source>All sites</source>
            <translation>Alle Standorte</translation>
        </message>
        <message>
            <source>active</source>
            <translation>aktiv</translation>
        </message>
        <message>
            <source>cleared {time}</source>
            <translation>behoben {time}</translation>
        </message>
        <message>
            <source>{time} by {operator}</source>
            <translation>{time} von {operator}</translation>
        </message>
        <message>
            <source>×{count} since {time}</source>
            <translation>×{count} seit {time}</translation>
        </message>
        <message numerus="yes">
            <source>%n alarm(s) acknowledged.</source>
            <translation>
                <numerusform>%n Alarm quittiert.</numerusform>
                <numerusform>%n Alarme quittiert.</numerusform>
            </translation>
        </message>
    </context>
</TS>
