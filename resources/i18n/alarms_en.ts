<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>AlarmBell</name>
        <message numerus="yes">
            <source>%n alarm(s) not acknowledged</source>
            <translation>
                <numerusform>%n alarm(s) not acknowledged</numerusform>
                <numerusform>%n alarm(s) not acknowledged</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>ChargeDesk: %n alarm(s) not acknowledged</source>
            <translation>
                <numerusform>ChargeDesk: %n alarm(s) not acknowledged</numerusform>
                <numerusform>ChargeDesk: %n alarm(s) not acknowledged</numerusform>
            </translation>
        </message>
        <message>
            <source>ChargeDesk alarm ({severity})</source>
            <translation>ChargeDesk alarm ({severity})</translation>
        </message>
    </context>
    <context>
        <name>AlarmEngine</name>
        <message>
            <source>{cp}: {where} = {value} ({kind})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{cp}: security event {event} ({info})</source>
            <translation>{cp}: security event {event} ({info})</translation>
        </message>
        <message>
            <source>{cp}: security event {event}</source>
            <translation>{cp}: security event {event}</translation>
        </message>
        <message>
            <source>{cp}: connector {connector} is Faulted ({code})</source>
            <translation>{cp}: connector {connector} is Faulted ({code})</translation>
        </message>
        <message>
            <source>{cp} is Faulted ({code})</source>
            <translation>{cp} is Faulted ({code})</translation>
        </message>
        <message>
            <source>{cp}: {count} refused cards within {minutes} minutes</source>
            <translation>{cp}: {count} refused cards within {minutes} minutes</translation>
        </message>
        <message>
            <source>The database is unavailable since {since} (UTC)</source>
            <translation>The database is unavailable since {since} (UTC)</translation>
        </message>
        <message>
            <source>{cp} is offline since {since} (UTC)</source>
            <translation>{cp} is offline since {since} (UTC)</translation>
        </message>
        <message>
            <source>{cp}: the session on connector {connector} runs since {since} (UTC)</source>
            <translation>{cp}: the session on connector {connector} runs since {since} (UTC)</translation>
        </message>
        <message>
            <source>The certificate {path} expired on {date} (UTC)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The certificate {path} expires on {date} (UTC)</source>
            <translation>The certificate {path} expires on {date} (UTC)</translation>
        </message>
        <message>
            <source>The certificate of {cp} expired on {date} (UTC)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The certificate of {cp} expires on {date} (UTC)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AlarmMail</name>
        <message>
            <source>The port must be between 1 and 65535.</source>
            <translation>The port must be between 1 and 65535.</translation>
        </message>
        <message>
            <source>Choose the security: none or STARTTLS.</source>
            <translation>Choose the security: none or STARTTLS.</translation>
        </message>
        <message>
            <source>The sender must be an e-mail address.</source>
            <translation>The sender must be an e-mail address.</translation>
        </message>
        <message>
            <source>Choose the e-mails' language: de, fr, it or en.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not an e-mail address: {addresses}</source>
            <translation>Not an e-mail address: {addresses}</translation>
        </message>
        <message>
            <source>[ChargeDesk] cleared: {text}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Alarm cleared at {site}:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>[ChargeDesk {severity}] {text}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Alarm raised at {site}:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the central system</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind: {kind}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Severity: {severity}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Raised: {time} UTC</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Charge point: {cp}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cleared: {time} UTC</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No SMTP relay is set up (host and sender).</source>
            <translation>No SMTP relay is set up (host and sender).</translation>
        </message>
        <message>
            <source>The site {site} has no recipients.</source>
            <translation>The site {site} has no recipients.</translation>
        </message>
        <message>
            <source>[ChargeDesk] test e-mail for {site}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This is a test e-mail of ChargeDesk's alarms for the site {site}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The test e-mail through {host}:{port} failed: {error}</source>
            <translation>The test e-mail through {host}:{port} failed: {error}</translation>
        </message>
        <message>
            <source>Test e-mail sent to {recipients}.</source>
            <translation>Test e-mail sent to {recipients}.</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>relay on the LAN, e.g. mail.example.lan</source>
            <translation>relay on the LAN, e.g. mail.example.lan</translation>
        </message>
        <message>
            <source>STARTTLS</source>
            <translation>STARTTLS</translation>
        </message>
        <message>
            <source>None</source>
            <translation>None</translation>
        </message>
        <message>
            <source>one address a line</source>
            <translation>one address a line</translation>
        </message>
        <message>
            <source>SMTP host:</source>
            <translation>SMTP host:</translation>
        </message>
        <message>
            <source>Port:</source>
            <translation>Port:</translation>
        </message>
        <message>
            <source>Security:</source>
            <translation>Security:</translation>
        </message>
        <message>
            <source>User:</source>
            <translation>User:</translation>
        </message>
        <message>
            <source>Password:</source>
            <translation>Password:</translation>
        </message>
        <message>
            <source>Sender:</source>
            <translation>Sender:</translation>
        </message>
        <message>
            <source>E-mail language:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recipients:</source>
            <translation>Recipients:</translation>
        </message>
        <message>
            <source>Save e-mail</source>
            <translation>Save e-mail</translation>
        </message>
        <message>
            <source>Send test e-mail</source>
            <translation>Send test e-mail</translation>
        </message>
        <message>
            <source>stored on this computer</source>
            <translation>stored on this computer</translation>
        </message>
        <message>
            <source>Last e-mail sent {time}: {detail}</source>
            <translation>Last e-mail sent {time}: {detail}</translation>
        </message>
        <message>
            <source>Last e-mail FAILED {time}: {detail}</source>
            <translation>Last e-mail FAILED {time}: {detail}</translation>
        </message>
        <message>
            <source>E-mail settings saved.</source>
            <translation>E-mail settings saved.</translation>
        </message>
        <message>
            <source>Sending…</source>
            <translation>Sending…</translation>
        </message>
    </context>
    <context>
        <name>AlarmRules</name>
        <message>
            <source>Station offline</source>
            <extracomment>a site's rules until an operator changes them: offline 15 min as eCarUp does, Faulted, session 12 h, 5 refusals in 10 min, the database away 30 s, a certificate (the LAN's, the site's CA) or a charger's own certificate expiring within 30 days, a charger's critical security event the kind's name and its threshold's unit, as the rules editor shows them</extracomment>
            <translation>Station offline</translation>
        </message>
        <message>
            <source>Connector Faulted</source>
            <translation>Connector Faulted</translation>
        </message>
        <message>
            <source>Long session</source>
            <translation>Long session</translation>
        </message>
        <message>
            <source>Refused cards</source>
            <translation>Refused cards</translation>
        </message>
        <message>
            <source>Database unavailable</source>
            <translation>Database unavailable</translation>
        </message>
        <message>
            <source>Certificate expiring</source>
            <translation>Certificate expiring</translation>
        </message>
        <message>
            <source>Charger certificate expiring</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Critical security event</source>
            <translation>Critical security event</translation>
        </message>
        <message>
            <source>Charger monitor alerting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>minutes</source>
            <translation>minutes</translation>
        </message>
        <message>
            <source>hours</source>
            <translation>hours</translation>
        </message>
        <message>
            <source>refusals</source>
            <translation>refusals</translation>
        </message>
        <message>
            <source>seconds</source>
            <translation>seconds</translation>
        </message>
        <message>
            <source>days</source>
            <translation>days</translation>
        </message>
        <message>
            <source>Info</source>
            <translation>Info</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>Warning</translation>
        </message>
        <message>
            <source>Critical</source>
            <translation>Critical</translation>
        </message>
        <message>
            <source>Unknown alarm kind {kind}.</source>
            <translation>Unknown alarm kind {kind}.</translation>
        </message>
        <message>
            <source>Choose a severity: info, warning or critical.</source>
            <translation>Choose a severity: info, warning or critical.</translation>
        </message>
        <message>
            <source>The threshold must be a number above 0.</source>
            <translation>The threshold must be a number above 0.</translation>
        </message>
        <message>
            <source>The window must be a number of minutes above 0.</source>
            <translation>The window must be a number of minutes above 0.</translation>
        </message>
        <message>
            <source>Rules</source>
            <translation>Rules</translation>
        </message>
        <message>
            <source>Alarm</source>
            <translation>Alarm</translation>
        </message>
        <message>
            <source>On</source>
            <translation>On</translation>
        </message>
        <message>
            <source>Threshold</source>
            <translation>Threshold</translation>
        </message>
        <message>
            <source>Within (minutes)</source>
            <translation>Within (minutes)</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>Severity</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Save rules</source>
            <translation>Save rules</translation>
        </message>
        <message>
            <source>Another operator saved these rules meanwhile: they were loaded again.</source>
            <translation>Another operator saved these rules meanwhile: they were loaded again.</translation>
        </message>
        <message>
            <source>Rules saved.</source>
            <translation>Rules saved.</translation>
        </message>
    </context>
    <context>
        <name>AlarmsPage</name>
        <message>
            <source>Alarms</source>
            <translation>Alarms</translation>
        </message>
        <message>
            <source>Site:</source>
            <translation>Site:</translation>
        </message>
        <message>
            <source>Show:</source>
            <translation>Show:</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Active</translation>
        </message>
        <message>
            <source>Not acknowledged</source>
            <translation>Not acknowledged</translation>
        </message>
        <message>
            <source>Active and recent</source>
            <translation>Active and recent</translation>
        </message>
        <message>
            <source>Acknowledge</source>
            <translation>Acknowledge</translation>
        </message>
        <message>
            <source>Acknowledge all</source>
            <translation>Acknowledge all</translation>
        </message>
        <message>
            <source>Raised</source>
            <translation>Raised</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>Site</translation>
        </message>
        <message>
            <source>Charge point</source>
            <translation>Charge point</translation>
        </message>
        <message>
            <source>Alarm</source>
            <translation>Alarm</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>Severity</translation>
        </message>
        <message>
            <source>Seen</source>
            <translation>Seen</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Acknowledged</source>
            <translation>Acknowledged</translation>
        </message>
        <message>
            <source>All sites</source>
            <translation>All sites</translation>
        </message>
        <message>
            <source>active</source>
            <translation>active</translation>
        </message>
        <message>
            <source>cleared {time}</source>
            <translation>cleared {time}</translation>
        </message>
        <message>
            <source>{time} by {operator}</source>
            <translation>{time} by {operator}</translation>
        </message>
        <message>
            <source>×{count} since {time}</source>
            <translation>×{count} since {time}</translation>
        </message>
        <message numerus="yes">
            <source>%n alarm(s) acknowledged.</source>
            <translation>
                <numerusform>%n alarm(s) acknowledged.</numerusform>
                <numerusform>%n alarm(s) acknowledged.</numerusform>
            </translation>
        </message>
    </context>
</TS>
