<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AlarmBell</name>
    <message>
        <location filename="../../app/views/alarms/page.py" line="593"/>
        <source>%n alarm(s) not acknowledged</source>
        <translation>%n alarm(s) not acknowledged</translation>
    </message>
    <message>
        <location filename="../../app/views/alarms/page.py" line="665"/>
        <source>ChargeDesk: %n alarm(s) not acknowledged</source>
        <translation>ChargeDesk: %n alarm(s) not acknowledged</translation>
    </message>
    <message>
        <location filename="../../app/views/alarms/page.py" line="673"/>
        <source>ChargeDesk alarm ({severity})</source>
        <translation>ChargeDesk alarm ({severity})</translation>
    </message>
</context>
<context>
    <name>AlarmEngine</name>
    <message>
        <location filename="../../app/services/alarms/engine.py" line="204"/>
        <source>{cp}: connector {connector} is Faulted ({code})</source>
        <translation>{cp}: connector {connector} is Faulted ({code})</translation>
    </message>
    <message>
        <location filename="../../app/services/alarms/engine.py" line="208"/>
        <source>{cp} is Faulted ({code})</source>
        <translation>{cp} is Faulted ({code})</translation>
    </message>
    <message>
        <location filename="../../app/services/alarms/engine.py" line="220"/>
        <source>{cp}: {count} refused cards within {minutes} minutes</source>
        <translation>{cp}: {count} refused cards within {minutes} minutes</translation>
    </message>
    <message>
        <location filename="../../app/services/alarms/engine.py" line="290"/>
        <source>The database is unavailable since {since} (UTC)</source>
        <translation>The database is unavailable since {since} (UTC)</translation>
    </message>
    <message>
        <location filename="../../app/services/alarms/engine.py" line="308"/>
        <source>{cp} is offline since {since} (UTC)</source>
        <translation>{cp} is offline since {since} (UTC)</translation>
    </message>
    <message>
        <location filename="../../app/services/alarms/engine.py" line="323"/>
        <source>{cp}: the session on connector {connector} runs since {since} (UTC)</source>
        <translation>{cp}: the session on connector {connector} runs since {since} (UTC)</translation>
    </message>
    <message>
        <location filename="../../app/services/alarms/engine.py" line="354"/>
        <source>The certificate {path} expires on {date} (UTC)</source>
        <translation>The certificate {path} expires on {date} (UTC)</translation>
    </message>
</context>
<context>
    <name>AlarmMail</name>
    <message>
        <location filename="../../app/services/alarms/mail.py" line="74"/>
        <source>The port must be between 1 and 65535.</source>
        <translation>The port must be between 1 and 65535.</translation>
    </message>
    <message>
        <location filename="../../app/services/alarms/mail.py" line="76"/>
        <source>Choose the security: none or STARTTLS.</source>
        <translation>Choose the security: none or STARTTLS.</translation>
    </message>
    <message>
        <location filename="../../app/services/alarms/mail.py" line="78"/>
        <source>The sender must be an e-mail address.</source>
        <translation>The sender must be an e-mail address.</translation>
    </message>
    <message>
        <location filename="../../app/services/alarms/mail.py" line="86"/>
        <source>Not an e-mail address: {addresses}</source>
        <translation>Not an e-mail address: {addresses}</translation>
    </message>
    <message>
        <location filename="../../app/services/alarms/service.py" line="230"/>
        <source>No SMTP relay is set up (host and sender).</source>
        <translation>No SMTP relay is set up (host and sender).</translation>
    </message>
    <message>
        <location filename="../../app/services/alarms/service.py" line="232"/>
        <source>The site {site} has no recipients.</source>
        <translation>The site {site} has no recipients.</translation>
    </message>
    <message>
        <location filename="../../app/services/alarms/service.py" line="243"/>
        <source>The test e-mail through {host}:{port} failed: {error}</source>
        <translation>The test e-mail through {host}:{port} failed: {error}</translation>
    </message>
    <message>
        <location filename="../../app/services/alarms/service.py" line="247"/>
        <source>Test e-mail sent to {recipients}.</source>
        <translation>Test e-mail sent to {recipients}.</translation>
    </message>
    <message>
        <location filename="../../app/views/alarms/page.py" line="418"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../app/views/alarms/page.py" line="424"/>
        <source>relay on the LAN, e.g. mail.example.lan</source>
        <translation>relay on the LAN, e.g. mail.example.lan</translation>
    </message>
    <message>
        <location filename="../../app/views/alarms/page.py" line="428"/>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <location filename="../../app/views/alarms/page.py" line="429"/>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../app/views/alarms/page.py" line="435"/>
        <source>one address a line</source>
        <translation>one address a line</translation>
    </message>
    <message>
        <location filename="../../app/views/alarms/page.py" line="438"/>
        <source>SMTP host:</source>
        <translation>SMTP host:</translation>
    </message>
    <message>
        <location filename="../../app/views/alarms/page.py" line="439"/>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <location filename="../../app/views/alarms/page.py" line="440"/>
        <source>Security:</source>
        <translation>Security:</translation>
    </message>
    <message>
        <location filename="../../app/views/alarms/page.py" line="441"/>
        <source>User:</source>
        <translation>User:</translation>
    </message>
    <message>
        <location filename="../../app/views/alarms/page.py" line="442"/>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <location filename="../../app/views/alarms/page.py" line="443"/>
        <source>Sender:</source>
        <translation>Sender:</translation>
    </message>
    <message>
        <location filename="../../app/views/alarms/page.py" line="444"/>
        <source>Recipients:</source>
        <translation>Recipients:</translation>
    </message>
    <message>
        <location filename="../../app/views/alarms/page.py" line="446"/>
        <source>Save e-mail</source>
        <translation>Save e-mail</translation>
    </message>
    <message>
        <location filename="../../app/views/alarms/page.py" line="448"/>
        <source>Send test e-mail</source>
        <translation>Send test e-mail</translation>
    </message>
    <message>
        <location filename="../../app/views/alarms/page.py" line="480"/>
        <source>stored on this computer</source>
        <translation>stored on this computer</translation>
    </message>
    <message>
        <location filename="../../app/views/alarms/page.py" line="490"/>
        <source>Last e-mail sent {time}: {detail}</source>
        <translation>Last e-mail sent {time}: {detail}</translation>
    </message>
    <message>
        <location filename="../../app/views/alarms/page.py" line="492"/>
        <source>Last e-mail FAILED {time}: {detail}</source>
        <translation>Last e-mail FAILED {time}: {detail}</translation>
    </message>
    <message>
        <location filename="../../app/views/alarms/page.py" line="525"/>
        <source>E-mail settings saved.</source>
        <translation>E-mail settings saved.</translation>
    </message>
    <message>
        <location filename="../../app/views/alarms/page.py" line="532"/>
        <source>Sending…</source>
        <translation>Sending…</translation>
    </message>
</context>
<context>
    <name>AlarmRules</name>
    <message>
        <location filename="../../app/services/alarms/rules.py" line="47"/>
        <source>Station offline</source>
        <extracomment>a site&apos;s rules until an operator changes them: offline 15 min as eCarUp does, Faulted, session 12 h, 5 refusals in 10 min, the database away 30 s, a certificate expiring within 30 days the kind&apos;s name and its threshold&apos;s unit, as the rules editor shows them</extracomment>
        <translation>Station offline</translation>
    </message>
    <message>
        <location filename="../../app/services/alarms/rules.py" line="48"/>
        <source>Connector Faulted</source>
        <translation>Connector Faulted</translation>
    </message>
    <message>
        <location filename="../../app/services/alarms/rules.py" line="49"/>
        <source>Long session</source>
        <translation>Long session</translation>
    </message>
    <message>
        <location filename="../../app/services/alarms/rules.py" line="50"/>
        <source>Refused cards</source>
        <translation>Refused cards</translation>
    </message>
    <message>
        <location filename="../../app/services/alarms/rules.py" line="51"/>
        <source>Database unavailable</source>
        <translation>Database unavailable</translation>
    </message>
    <message>
        <location filename="../../app/services/alarms/rules.py" line="52"/>
        <source>Certificate expiring</source>
        <translation>Certificate expiring</translation>
    </message>
    <message>
        <location filename="../../app/services/alarms/rules.py" line="55"/>
        <source>minutes</source>
        <translation>minutes</translation>
    </message>
    <message>
        <location filename="../../app/services/alarms/rules.py" line="56"/>
        <source>hours</source>
        <translation>hours</translation>
    </message>
    <message>
        <location filename="../../app/services/alarms/rules.py" line="57"/>
        <source>refusals</source>
        <translation>refusals</translation>
    </message>
    <message>
        <location filename="../../app/services/alarms/rules.py" line="58"/>
        <source>seconds</source>
        <translation>seconds</translation>
    </message>
    <message>
        <location filename="../../app/services/alarms/rules.py" line="59"/>
        <source>days</source>
        <translation>days</translation>
    </message>
    <message>
        <location filename="../../app/services/alarms/rules.py" line="62"/>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location filename="../../app/services/alarms/rules.py" line="63"/>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../../app/services/alarms/rules.py" line="64"/>
        <source>Critical</source>
        <translation>Critical</translation>
    </message>
    <message>
        <location filename="../../app/services/alarms/rules.py" line="71"/>
        <source>Unknown alarm kind {kind}.</source>
        <translation>Unknown alarm kind {kind}.</translation>
    </message>
    <message>
        <location filename="../../app/services/alarms/rules.py" line="73"/>
        <source>Choose a severity: info, warning or critical.</source>
        <translation>Choose a severity: info, warning or critical.</translation>
    </message>
    <message>
        <location filename="../../app/services/alarms/rules.py" line="75"/>
        <source>The threshold must be a number above 0.</source>
        <translation>The threshold must be a number above 0.</translation>
    </message>
    <message>
        <location filename="../../app/services/alarms/rules.py" line="77"/>
        <source>The window must be a number of minutes above 0.</source>
        <translation>The window must be a number of minutes above 0.</translation>
    </message>
    <message>
        <location filename="../../app/views/alarms/page.py" line="285"/>
        <source>Rules</source>
        <translation>Rules</translation>
    </message>
    <message>
        <location filename="../../app/views/alarms/page.py" line="294"/>
        <source>Alarm</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <location filename="../../app/views/alarms/page.py" line="295"/>
        <source>On</source>
        <translation>On</translation>
    </message>
    <message>
        <location filename="../../app/views/alarms/page.py" line="296"/>
        <source>Threshold</source>
        <translation>Threshold</translation>
    </message>
    <message>
        <location filename="../../app/views/alarms/page.py" line="297"/>
        <source>Within (minutes)</source>
        <translation>Within (minutes)</translation>
    </message>
    <message>
        <location filename="../../app/views/alarms/page.py" line="298"/>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../../app/views/alarms/page.py" line="299"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../app/views/alarms/page.py" line="332"/>
        <source>Save rules</source>
        <translation>Save rules</translation>
    </message>
    <message>
        <location filename="../../app/views/alarms/page.py" line="390"/>
        <source>Another operator saved these rules meanwhile: they were loaded again.</source>
        <translation>Another operator saved these rules meanwhile: they were loaded again.</translation>
    </message>
    <message>
        <location filename="../../app/views/alarms/page.py" line="401"/>
        <source>Rules saved.</source>
        <translation>Rules saved.</translation>
    </message>
</context>
<context>
    <name>AlarmsPage</name>
    <message>
        <location filename="../../app/views/alarms/page.py" line="77"/>
        <source>Alarms</source>
        <translation>Alarms</translation>
    </message>
    <message>
        <location filename="../../app/views/alarms/page.py" line="84"/>
        <source>Site:</source>
        <translation>Site:</translation>
    </message>
    <message>
        <location filename="../../app/views/alarms/page.py" line="88"/>
        <source>Show:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <location filename="../../app/views/alarms/page.py" line="92"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../app/views/alarms/page.py" line="93"/>
        <source>Not acknowledged</source>
        <translation>Not acknowledged</translation>
    </message>
    <message>
        <location filename="../../app/views/alarms/page.py" line="94"/>
        <source>Active and recent</source>
        <translation>Active and recent</translation>
    </message>
    <message>
        <location filename="../../app/views/alarms/page.py" line="100"/>
        <source>Acknowledge</source>
        <translation>Acknowledge</translation>
    </message>
    <message>
        <location filename="../../app/views/alarms/page.py" line="102"/>
        <source>Acknowledge all</source>
        <translation>Acknowledge all</translation>
    </message>
    <message>
        <location filename="../../app/views/alarms/page.py" line="111"/>
        <source>Raised</source>
        <translation>Raised</translation>
    </message>
    <message>
        <location filename="../../app/views/alarms/page.py" line="112"/>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../../app/views/alarms/page.py" line="113"/>
        <source>Charge point</source>
        <translation>Charge point</translation>
    </message>
    <message>
        <location filename="../../app/views/alarms/page.py" line="114"/>
        <source>Alarm</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <location filename="../../app/views/alarms/page.py" line="115"/>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../../app/views/alarms/page.py" line="116"/>
        <source>Seen</source>
        <translation>Seen</translation>
    </message>
    <message>
        <location filename="../../app/views/alarms/page.py" line="117"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../app/views/alarms/page.py" line="118"/>
        <source>Acknowledged</source>
        <translation>Acknowledged</translation>
    </message>
    <message>
        <location filename="../../app/views/alarms/page.py" line="171"/>
        <source>All sites</source>
        <translation>All sites</translation>
    </message>
    <message>
        <location filename="../../app/views/alarms/page.py" line="187"/>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <location filename="../../app/views/alarms/page.py" line="189"/>
        <source>cleared {time}</source>
        <translation>cleared {time}</translation>
    </message>
    <message>
        <location filename="../../app/views/alarms/page.py" line="194"/>
        <source>{time} by {operator}</source>
        <translation>{time} by {operator}</translation>
    </message>
    <message>
        <location filename="../../app/views/alarms/page.py" line="200"/>
        <source>×{count} since {time}</source>
        <translation>×{count} since {time}</translation>
    </message>
    <message>
        <location filename="../../app/views/alarms/page.py" line="273"/>
        <source>%n alarm(s) acknowledged.</source>
        <translation>%n alarm(s) acknowledged.</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../app/views/dashboard.py" line="715"/>
        <source>{event} ×{count} since {since}</source>
        <translation>{event} ×{count} since {since}</translation>
    </message>
    <message>
        <location filename="../../app/views/dashboard.py" line="847"/>
        <source>{cp} booted as {policy}</source>
        <translation>{cp} booted as {policy}</translation>
    </message>
</context>
</TS>
