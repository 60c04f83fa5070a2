<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AlarmBell</name>
    <message>
        <location filename="../../app/views/alarms/page.py" line="593"/>
        <source>%n alarm(s) not acknowledged</source>
        <translation>%n Alarm(e) nicht quittiert</translation>
    </message>
    <message>
        <location filename="../../app/views/alarms/page.py" line="665"/>
        <source>ChargeDesk: %n alarm(s) not acknowledged</source>
        <translation>ChargeDesk: %n Alarm(e) nicht quittiert</translation>
    </message>
    <message>
        <location filename="../../app/views/alarms/page.py" line="673"/>
        <source>ChargeDesk alarm ({severity})</source>
        <translation>ChargeDesk-Alarm ({severity})</translation>
    </message>
</context>
<context>
    <name>AlarmEngine</name>
    <message>
        <location filename="../../app/services/alarms/engine.py" line="204"/>
        <source>{cp}: connector {connector} is Faulted ({code})</source>
        <translation>{cp}: Anschluss {connector} ist gestört ({code})</translation>
    </message>
    <message>
        <location filename="../../app/services/alarms/engine.py" line="208"/>
        <source>{cp} is Faulted ({code})</source>
        <translation>{cp} ist gestört ({code})</translation>
    </message>
    <message>
        <location filename="../../app/services/alarms/engine.py" line="220"/>
        <source>{cp}: {count} refused cards within {minutes} minutes</source>
        <translation>{cp}: {count} abgewiesene Karten innert {minutes} Minuten</translation>
    </message>
    <message>
        <location filename="../../app/services/alarms/engine.py" line="290"/>
        <source>The database is unavailable since {since} (UTC)</source>
        <translation>Die Datenbank ist seit {since} (UTC) nicht erreichbar</translation>
    </message>
    <message>
        <location filename="../../app/services/alarms/engine.py" line="308"/>
        <source>{cp} is offline since {since} (UTC)</source>
        <translation>{cp} ist seit {since} (UTC) offline</translation>
    </message>
    <message>
        <location filename="../../app/services/alarms/engine.py" line="323"/>
        <source>{cp}: the session on connector {connector} runs since {since} (UTC)</source>
        <translation>{cp}: Der Ladevorgang an Anschluss {connector} läuft seit {since} (UTC)</translation>
    </message>
    <message>
        <location filename="../../app/services/alarms/engine.py" line="354"/>
        <source>The certificate {path} expires on {date} (UTC)</source>
        <translation>Das Zertifikat {path} läuft am {date} (UTC) ab</translation>
    </message>
</context>
<context>
    <name>AlarmMail</name>
    <message>
        <location filename="../../app/services/alarms/mail.py" line="74"/>
        <source>The port must be between 1 and 65535.</source>
        <translation>Der Port muss zwischen 1 und 65535 liegen.</translation>
    </message>
    <message>
        <location filename="../../app/services/alarms/mail.py" line="76"/>
        <source>Choose the security: none or STARTTLS.</source>
        <translation>Wählen Sie die Sicherheit: keine oder STARTTLS.</translation>
    </message>
    <message>
        <location filename="../../app/services/alarms/mail.py" line="78"/>
        <source>The sender must be an e-mail address.</source>
        <translation>Der Absender muss eine E-Mail-Adresse sein.</translation>
    </message>
    <message>
        <location filename="../../app/services/alarms/mail.py" line="86"/>
        <source>Not an e-mail address: {addresses}</source>
        <translation>Keine E-Mail-Adresse: {addresses}</translation>
    </message>
    <message>
        <location filename="../../app/services/alarms/service.py" line="230"/>
        <source>No SMTP relay is set up (host and sender).</source>
        <translation>Kein SMTP-Relay eingerichtet (Host und Absender).</translation>
    </message>
    <message>
        <location filename="../../app/services/alarms/service.py" line="232"/>
        <source>The site {site} has no recipients.</source>
        <translation>Der Standort {site} hat keine Empfänger.</translation>
    </message>
    <message>
        <location filename="../../app/services/alarms/service.py" line="243"/>
        <source>The test e-mail through {host}:{port} failed: {error}</source>
        <translation>Die Test-E-Mail über {host}:{port} ist fehlgeschlagen: {error}</translation>
    </message>
    <message>
        <location filename="../../app/services/alarms/service.py" line="247"/>
        <source>Test e-mail sent to {recipients}.</source>
        <translation>Test-E-Mail an {recipients} gesendet.</translation>
    </message>
    <message>
        <location filename="../../app/views/alarms/page.py" line="418"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../app/views/alarms/page.py" line="424"/>
        <source>relay on the LAN, e.g. mail.example.lan</source>
        <translation>Relay im LAN, z. B. mail.example.lan</translation>
    </message>
    <message>
        <location filename="../../app/views/alarms/page.py" line="428"/>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <location filename="../../app/views/alarms/page.py" line="429"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location filename="../../app/views/alarms/page.py" line="435"/>
        <source>one address a line</source>
        <translation>eine Adresse pro Zeile</translation>
    </message>
    <message>
        <location filename="../../app/views/alarms/page.py" line="438"/>
        <source>SMTP host:</source>
        <translation>SMTP-Host:</translation>
    </message>
    <message>
        <location filename="../../app/views/alarms/page.py" line="439"/>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <location filename="../../app/views/alarms/page.py" line="440"/>
        <source>Security:</source>
        <translation>Sicherheit:</translation>
    </message>
    <message>
        <location filename="../../app/views/alarms/page.py" line="441"/>
        <source>User:</source>
        <translation>Benutzer:</translation>
    </message>
    <message>
        <location filename="../../app/views/alarms/page.py" line="442"/>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <location filename="../../app/views/alarms/page.py" line="443"/>
        <source>Sender:</source>
        <translation>Absender:</translation>
    </message>
    <message>
        <location filename="../../app/views/alarms/page.py" line="444"/>
        <source>Recipients:</source>
        <translation>Empfänger:</translation>
    </message>
    <message>
        <location filename="../../app/views/alarms/page.py" line="446"/>
        <source>Save e-mail</source>
        <translation>E-Mail speichern</translation>
    </message>
    <message>
        <location filename="../../app/views/alarms/page.py" line="448"/>
        <source>Send test e-mail</source>
        <translation>Test-E-Mail senden</translation>
    </message>
    <message>
        <location filename="../../app/views/alarms/page.py" line="480"/>
        <source>stored on this computer</source>
        <translation>auf diesem Computer gespeichert</translation>
    </message>
    <message>
        <location filename="../../app/views/alarms/page.py" line="490"/>
        <source>Last e-mail sent {time}: {detail}</source>
        <translation>Letzte E-Mail gesendet {time}: {detail}</translation>
    </message>
    <message>
        <location filename="../../app/views/alarms/page.py" line="492"/>
        <source>Last e-mail FAILED {time}: {detail}</source>
        <translation>Letzte E-Mail FEHLGESCHLAGEN {time}: {detail}</translation>
    </message>
    <message>
        <location filename="../../app/views/alarms/page.py" line="525"/>
        <source>E-mail settings saved.</source>
        <translation>E-Mail-Einstellungen gespeichert.</translation>
    </message>
    <message>
        <location filename="../../app/views/alarms/page.py" line="532"/>
        <source>Sending…</source>
        <translation>Wird gesendet …</translation>
    </message>
</context>
<context>
    <name>AlarmRules</name>
    <message>
        <location filename="../../app/services/alarms/rules.py" line="47"/>
        <source>Station offline</source>
        <extracomment>a site&apos;s rules until an operator changes them: offline 15 min as eCarUp does, Faulted, session 12 h, 5 refusals in 10 min, the database away 30 s, a certificate expiring within 30 days the kind&apos;s name and its threshold&apos;s unit, as the rules editor shows them</extracomment>
        <translation>Ladestation offline</translation>
    </message>
    <message>
        <location filename="../../app/services/alarms/rules.py" line="48"/>
        <source>Connector Faulted</source>
        <translation>Anschluss gestört</translation>
    </message>
    <message>
        <location filename="../../app/services/alarms/rules.py" line="49"/>
        <source>Long session</source>
        <translation>Langer Ladevorgang</translation>
    </message>
    <message>
        <location filename="../../app/services/alarms/rules.py" line="50"/>
        <source>Refused cards</source>
        <translation>Abgewiesene RFID-Karten</translation>
    </message>
    <message>
        <location filename="../../app/services/alarms/rules.py" line="51"/>
        <source>Database unavailable</source>
        <translation>Datenbank nicht erreichbar</translation>
    </message>
    <message>
        <location filename="../../app/services/alarms/rules.py" line="52"/>
        <source>Certificate expiring</source>
        <translation>Zertifikat läuft ab</translation>
    </message>
    <message>
        <location filename="../../app/services/alarms/rules.py" line="55"/>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <location filename="../../app/services/alarms/rules.py" line="56"/>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <location filename="../../app/services/alarms/rules.py" line="57"/>
        <source>refusals</source>
        <translation>Abweisungen</translation>
    </message>
    <message>
        <location filename="../../app/services/alarms/rules.py" line="58"/>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <location filename="../../app/services/alarms/rules.py" line="59"/>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <location filename="../../app/services/alarms/rules.py" line="62"/>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location filename="../../app/services/alarms/rules.py" line="63"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../../app/services/alarms/rules.py" line="64"/>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <location filename="../../app/services/alarms/rules.py" line="71"/>
        <source>Unknown alarm kind {kind}.</source>
        <translation>Unbekannte Alarmart {kind}.</translation>
    </message>
    <message>
        <location filename="../../app/services/alarms/rules.py" line="73"/>
        <source>Choose a severity: info, warning or critical.</source>
        <translation>Wählen Sie einen Schweregrad: Info, Warnung oder kritisch.</translation>
    </message>
    <message>
        <location filename="../../app/services/alarms/rules.py" line="75"/>
        <source>The threshold must be a number above 0.</source>
        <translation>Der Schwellenwert muss eine Zahl über 0 sein.</translation>
    </message>
    <message>
        <location filename="../../app/services/alarms/rules.py" line="77"/>
        <source>The window must be a number of minutes above 0.</source>
        <translation>Das Zeitfenster muss eine Anzahl Minuten über 0 sein.</translation>
    </message>
    <message>
        <location filename="../../app/views/alarms/page.py" line="285"/>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <location filename="../../app/views/alarms/page.py" line="294"/>
        <source>Alarm</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <location filename="../../app/views/alarms/page.py" line="295"/>
        <source>On</source>
        <translation>Ein</translation>
    </message>
    <message>
        <location filename="../../app/views/alarms/page.py" line="296"/>
        <source>Threshold</source>
        <translation>Schwellenwert</translation>
    </message>
    <message>
        <location filename="../../app/views/alarms/page.py" line="297"/>
        <source>Within (minutes)</source>
        <translation>Innert (Minuten)</translation>
    </message>
    <message>
        <location filename="../../app/views/alarms/page.py" line="298"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location filename="../../app/views/alarms/page.py" line="299"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../app/views/alarms/page.py" line="332"/>
        <source>Save rules</source>
        <translation>Regeln speichern</translation>
    </message>
    <message>
        <location filename="../../app/views/alarms/page.py" line="390"/>
        <source>Another operator saved these rules meanwhile: they were loaded again.</source>
        <translation>Ein anderer Bediener hat diese Regeln inzwischen gespeichert: Sie wurden neu geladen.</translation>
    </message>
    <message>
        <location filename="../../app/views/alarms/page.py" line="401"/>
        <source>Rules saved.</source>
        <translation>Regeln gespeichert.</translation>
    </message>
</context>
<context>
    <name>AlarmsPage</name>
    <message>
        <location filename="../../app/views/alarms/page.py" line="77"/>
        <source>Alarms</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <location filename="../../app/views/alarms/page.py" line="84"/>
        <source>Site:</source>
        <translation>Standort:</translation>
    </message>
    <message>
        <location filename="../../app/views/alarms/page.py" line="88"/>
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message>
        <location filename="../../app/views/alarms/page.py" line="92"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../../app/views/alarms/page.py" line="93"/>
        <source>Not acknowledged</source>
        <translation>Nicht quittiert</translation>
    </message>
    <message>
        <location filename="../../app/views/alarms/page.py" line="94"/>
        <source>Active and recent</source>
        <translation>Aktiv und kürzlich</translation>
    </message>
    <message>
        <location filename="../../app/views/alarms/page.py" line="100"/>
        <source>Acknowledge</source>
        <translation>Quittieren</translation>
    </message>
    <message>
        <location filename="../../app/views/alarms/page.py" line="102"/>
        <source>Acknowledge all</source>
        <translation>Alle quittieren</translation>
    </message>
    <message>
        <location filename="../../app/views/alarms/page.py" line="111"/>
        <source>Raised</source>
        <translation>Ausgelöst</translation>
    </message>
    <message>
        <location filename="../../app/views/alarms/page.py" line="112"/>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <location filename="../../app/views/alarms/page.py" line="113"/>
        <source>Charge point</source>
        <translation>Ladepunkt</translation>
    </message>
    <message>
        <location filename="../../app/views/alarms/page.py" line="114"/>
        <source>Alarm</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <location filename="../../app/views/alarms/page.py" line="115"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location filename="../../app/views/alarms/page.py" line="116"/>
        <source>Seen</source>
        <translation>Gesehen</translation>
    </message>
    <message>
        <location filename="../../app/views/alarms/page.py" line="117"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../../app/views/alarms/page.py" line="118"/>
        <source>Acknowledged</source>
        <translation>Quittiert</translation>
    </message>
    <message>
        <location filename="../../app/views/alarms/page.py" line="171"/>
        <source>All sites</source>
        <translation>Alle Standorte</translation>
    </message>
    <message>
        <location filename="../../app/views/alarms/page.py" line="187"/>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <location filename="../../app/views/alarms/page.py" line="189"/>
        <source>cleared {time}</source>
        <translation>behoben {time}</translation>
    </message>
    <message>
        <location filename="../../app/views/alarms/page.py" line="194"/>
        <source>{time} by {operator}</source>
        <translation>{time} von {operator}</translation>
    </message>
    <message>
        <location filename="../../app/views/alarms/page.py" line="200"/>
        <source>×{count} since {time}</source>
        <translation>×{count} seit {time}</translation>
    </message>
    <message>
        <location filename="../../app/views/alarms/page.py" line="273"/>
        <source>%n alarm(s) acknowledged.</source>
        <translation>%n Alarm(e) quittiert.</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../app/views/dashboard.py" line="715"/>
        <source>{event} ×{count} since {since}</source>
        <translation>{event} ×{count} seit {since}</translation>
    </message>
    <message>
        <location filename="../../app/views/dashboard.py" line="847"/>
        <source>{cp} booted as {policy}</source>
        <translation>{cp} gestartet als {policy}</translation>
    </message>
</context>
</TS>
