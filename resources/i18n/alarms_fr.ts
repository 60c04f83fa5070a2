<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>AlarmBell</name>
        <message numerus="yes">
            <source>%n alarm(s) not acknowledged</source>
            <translation>
                <numerusform>%n alarme non acquittée</numerusform>
                <numerusform>%n alarmes non acquittées</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>ChargeDesk: %n alarm(s) not acknowledged</source>
            <translation>
                <numerusform>ChargeDesk : %n alarme non acquittée</numerusform>
                <numerusform>ChargeDesk : %n alarmes non acquittées</numerusform>
            </translation>
        </message>
        <message>
            <source>ChargeDesk alarm ({severity})</source>
            <translation>Alarme ChargeDesk ({severity})</translation>
        </message>
    </context>
    <context>
        <name>AlarmEngine</name>
        <message>
            <source>{cp}: {where} = {value} ({kind})</source>
            <translation>{cp} : {where} = {value} ({kind})</translation>
        </message>
        <message>
            <source>{cp}: security event {event} ({info})</source>
            <translation>{cp} : événement de sécurité {event} ({info})</translation>
        </message>
        <message>
            <source>{cp}: security event {event}</source>
            <translation>{cp} : événement de sécurité {event}</translation>
        </message>
        <message>
            <source>{cp}: connector {connector} is Faulted ({code})</source>
            <translation>{cp} : la prise {connector} est en défaut ({code})</translation>
        </message>
        <message>
            <source>{cp} is Faulted ({code})</source>
            <translation>{cp} est en défaut ({code})</translation>
        </message>
        <message>
            <source>{cp}: {count} refused cards within {minutes} minutes</source>
            <translation>{cp} : {count} badges refusés en {minutes} minutes</translation>
        </message>
        <message>
            <source>The database is unavailable since {since} (UTC)</source>
            <translation>La base de données est indisponible depuis {since} (UTC)</translation>
        </message>
        <message>
            <source>{cp} is offline since {since} (UTC)</source>
            <translation>{cp} est hors ligne depuis {since} (UTC)</translation>
        </message>
        <message>
            <source>{cp}: the session on connector {connector} runs since {since} (UTC)</source>
            <translation>{cp} : la session de recharge sur la prise {connector} dure depuis {since} (UTC)</translation>
        </message>
        <message>
            <source>The certificate {path} expired on {date} (UTC)</source>
            <translation>Le certificat {path} a expiré le {date} (UTC)</translation>
        </message>
        <message>
            <source>The certificate {path} expires on {date} (UTC)</source>
            <translation>Le certificat {path} expire le {date} (UTC)</translation>
        </message>
        <message>
            <source>The certificate of {cp} expired on {date} (UTC)</source>
            <translation>Le certificat de {cp} a expiré le {date} (UTC)</translation>
        </message>
        <message>
            <source>The certificate of {cp} expires on {date} (UTC)</source>
            <translation>Le certificat de {cp} expire le {date} (UTC)</translation>
        </message>
    </context>
    <context>
        <name>AlarmMail</name>
        <message>
            <source>The port must be between 1 and 65535.</source>
            <translation>Le port doit être entre 1 et 65535.</translation>
        </message>
        <message>
            <source>Choose the security: none or STARTTLS.</source>
            <translation>Choisissez la sécurité : aucune ou STARTTLS.</translation>
        </message>
        <message>
            <source>The sender must be an e-mail address.</source>
            <translation>L'expéditeur doit être une adresse e-mail.</translation>
        </message>
        <message>
            <source>Choose the e-mails' language: de, fr, it or en.</source>
            <translation>Choisissez la langue des e-mails : de, fr, it ou en.</translation>
        </message>
        <message>
            <source>Not an e-mail address: {addresses}</source>
            <translation>Pas une adresse e-mail : {addresses}</translation>
        </message>
        <message>
            <source>[ChargeDesk] cleared: {text}</source>
            <translation>[ChargeDesk] résolue : {text}</translation>
        </message>
        <message>
            <source>Alarm cleared at {site}:</source>
            <translation>Alarme résolue sur {site} :</translation>
        </message>
        <message>
            <source>[ChargeDesk {severity}] {text}</source>
            <translation>[ChargeDesk {severity}] {text}</translation>
        </message>
        <message>
            <source>Alarm raised at {site}:</source>
            <translation>Alarme déclenchée sur {site} :</translation>
        </message>
        <message>
            <source>the central system</source>
            <translation>le système central</translation>
        </message>
        <message>
            <source>Kind: {kind}</source>
            <translation>Type : {kind}</translation>
        </message>
        <message>
            <source>Severity: {severity}</source>
            <translation>Gravité : {severity}</translation>
        </message>
        <message>
            <source>Raised: {time} UTC</source>
            <translation>Déclenchée : {time} UTC</translation>
        </message>
        <message>
            <source>Charge point: {cp}</source>
            <translation>Point de charge : {cp}</translation>
        </message>
        <message>
            <source>Cleared: {time} UTC</source>
            <translation>Résolue : {time} UTC</translation>
        </message>
        <message>
            <source>No SMTP relay is set up (host and sender).</source>
            <translation>Aucun relais SMTP n'est configuré (hôte et expéditeur).</translation>
        </message>
        <message>
            <source>The site {site} has no recipients.</source>
            <translation>Le site {site} n'a pas de destinataires.</translation>
        </message>
        <message>
            <source>[ChargeDesk] test e-mail for {site}</source>
            <translation>[ChargeDesk] e-mail de test pour {site}</translation>
        </message>
        <message>
            <source>This is a test e-mail of ChargeDesk's alarms for the site {site}.</source>
            <translation>Ceci est un e-mail de test des alarmes ChargeDesk pour le site {site}.</translation>
        </message>
        <message>
            <source>The test e-mail through {host}:{port} failed: {error}</source>
            <translation>L'e-mail de test via {host}:{port} a échoué : {error}</translation>
        </message>
        <message>
            <source>Test e-mail sent to {recipients}.</source>
            <translation>E-mail de test envoyé à {recipients}.</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>relay on the LAN, e.g. mail.example.lan</source>
            <translation>relais sur le réseau local, p. ex. mail.example.lan</translation>
        </message>
        <message>
            <source>STARTTLS</source>
            <translation>STARTTLS</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Aucune</translation>
        </message>
        <message>
            <source>one address a line</source>
            <translation>une adresse par ligne</translation>
        </message>
        <message>
            <source>SMTP host:</source>
            <translation>Hôte SMTP :</translation>
        </message>
        <message>
            <source>Port:</source>
            <translation>Port :</translation>
        </message>
        <message>
            <source>Security:</source>
            <translation>Sécurité :</translation>
        </message>
        <message>
            <source>User:</source>
            <translation>Utilisateur :</translation>
        </message>
        <message>
            <source>Password:</source>
            <translation>Mot de passe :</translation>
        </message>
        <message>
            <source>Sender:</source>
            <translation>Expéditeur :</translation>
        </message>
        <message>
            <source>E-mail language:</source>
            <translation>Langue des e-mails :</translation>
        </message>
        <message>
            <source>Recipients:</source>
            <translation>Destinataires :</translation>
        </message>
        <message>
            <source>Save e-mail</source>
            <translation>Enregistrer l'e-mail</translation>
        </message>
        <message>
            <source>Send test e-mail</source>
            <translation>Envoyer un e-mail de test</translation>
        </message>
        <message>
            <source>stored on this computer</source>
            <translation>enregistré sur cet ordinateur</translation>
        </message>
        <message>
            <source>Last e-mail sent {time}: {detail}</source>
            <translation>Dernier e-mail envoyé {time} : {detail}</translation>
        </message>
        <message>
            <source>Last e-mail FAILED {time}: {detail}</source>
            <translation>Dernier e-mail ÉCHOUÉ {time} : {detail}</translation>
        </message>
        <message>
            <source>E-mail settings saved.</source>
            <translation>Paramètres e-mail enregistrés.</translation>
        </message>
        <message>
            <source>Sending…</source>
            <translation>Envoi…</translation>
        </message>
    </context>
    <context>
        <name>AlarmRules</name>
        <message>
            <source>Station offline</source>
            <extracomment>a site's rules until an operator changes them: offline 15 min as eCarUp does, Faulted, session 12 h, 5 refusals in 10 min, the database away 30 s, a certificate (the LAN's, the site's CA) or a charger's own certificate expiring within 30 days, a charger's critical security event the kind's name and its threshold's unit, as the rules editor shows them</extracomment>
            <translation>Borne de recharge hors ligne</translation>
        </message>
        <message>
            <source>Connector Faulted</source>
            <translation>Prise en défaut</translation>
        </message>
        <message>
            <source>Long session</source>
            <translation>Session de recharge longue</translation>
        </message>
        <message>
            <source>Refused cards</source>
            <translation>Badges RFID refusés</translation>
        </message>
        <message>
            <source>Database unavailable</source>
            <translation>Base de données indisponible</translation>
        </message>
        <message>
            <source>Certificate expiring</source>
            <translation>Certificat bientôt expiré</translation>
        </message>
        <message>
            <source>Charger certificate expiring</source>
            <translation>Certificat d'un chargeur bientôt expiré</translation>
        </message>
        <message>
            <source>Critical security event</source>
            <translation>Événement de sécurité critique</translation>
        </message>
        <message>
            <source>Charger monitor alerting</source>
            <translation>Alerte d’une surveillance de la borne</translation>
        </message>
        <message>
            <source>minutes</source>
            <translation>minutes</translation>
        </message>
        <message>
            <source>hours</source>
            <translation>heures</translation>
        </message>
        <message>
            <source>refusals</source>
            <translation>refus</translation>
        </message>
        <message>
            <source>seconds</source>
            <translation>secondes</translation>
        </message>
        <message>
            <source>days</source>
            <translation>jours</translation>
        </message>
        <message>
            <source>Info</source>
            <translation>Info</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>Avertissement</translation>
        </message>
        <message>
            <source>Critical</source>
            <translation>Critique</translation>
        </message>
        <message>
            <source>Unknown alarm kind {kind}.</source>
            <translation>Type d'alarme inconnu {kind}.</translation>
        </message>
        <message>
            <source>Choose a severity: info, warning or critical.</source>
            <translation>Choisissez une gravité : info, avertissement ou critique.</translation>
        </message>
        <message>
            <source>The threshold must be a number above 0.</source>
            <translation>Le seuil doit être un nombre supérieur à 0.</translation>
        </message>
        <message>
            <source>The window must be a number of minutes above 0.</source>
            <translation>La fenêtre doit être un nombre de minutes supérieur à 0.</translation>
        </message>
        <message>
            <source>Rules</source>
            <translation>Règles</translation>
        </message>
        <message>
            <source>Alarm</source>
            <translation>Alarme</translation>
        </message>
        <message>
            <source>On</source>
            <translation>Actif</translation>
        </message>
        <message>
            <source>Threshold</source>
            <translation>Seuil</translation>
        </message>
        <message>
            <source>Within (minutes)</source>
            <translation>En (minutes)</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>Gravité</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Save rules</source>
            <translation>Enregistrer les règles</translation>
        </message>
        <message>
            <source>Another operator saved these rules meanwhile: they were loaded again.</source>
            <translation>Un autre opérateur a enregistré ces règles entre-temps : elles ont été rechargées.</translation>
        </message>
        <message>
            <source>Rules saved.</source>
            <translation>Règles enregistrées.</translation>
        </message>
    </context>
    <context>
        <name>AlarmsPage</name>
        <message>
            <source>Alarms</source>
            <translation>Alarmes</translation>
        </message>
        <message>
            <source>Site:</source>
            <translation>Site :</translation>
        </message>
        <message>
            <source>Show:</source>
            <translation>Afficher :</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Actives</translation>
        </message>
        <message>
            <source>Not acknowledged</source>
            <translation>Non acquittées</translation>
        </message>
        <message>
            <source>Active and recent</source>
            <translation>Actives et récentes</translation>
        </message>
        <message>
            <source>Acknowledge</source>
            <translation>Acquitter</translation>
        </message>
        <message>
            <source>Acknowledge all</source>
            <translation>Tout acquitter</translation>
        </message>
        <message>
            <source>Raised</source>
            <translation>Déclenchée</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>Site</translation>
        </message>
        <message>
            <source>Charge point</source>
            <translation>Point de charge</translation>
        </message>
        <message>
            <source>Alarm</source>
            <translation>Alarme</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>Gravité</translation>
        </message>
        <message>
            <source>Seen</source>
            <translation>Vue</translation>
        </message>
        <message>
            <source>State</source>
            <translation>État</translation>
        </message>
        <message>
            <source>Acknowledged</source>
            <translation>Acquittée</translation>
        </message>
        <message>
            <source>All sites</source>
            <translation>Tous les sites</translation>
        </message>
        <message>
            <source>active</source>
            <translation>active</translation>
        </message>
        <message>
            <source>cleared {time}</source>
            <translation>résolue {time}</translation>
        </message>
        <message>
            <source>{time} by {operator}</source>
            <translation>{time} par {operator}</translation>
        </message>
        <message>
            <source>×{count} since {time}</source>
            <translation>×{count} depuis {time}</translation>
        </message>
        <message numerus="yes">
            <source>%n alarm(s) acknowledged.</source>
            <translation>
                <numerusform>%n alarme acquittée.</numerusform>
                <numerusform>%n alarmes acquittées.</numerusform>
            </translation>
        </message>
    </context>
</TS>
