<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
    <context>
        <name>Commissioning</name>
        <message>
            <source>{site} · now {cp_id} (online)</source>
            <translation>{site} · actuellement {cp_id} (en ligne)</translation>
        </message>
        <message>
            <source>{site} · now {cp_id}</source>
            <translation>{site} · actuellement {cp_id}</translation>
        </message>
        <message>
            <source>That station no longer exists: choose another one or create a new station.</source>
            <translation>Cette borne de recharge n'existe plus : choisissez-en une autre ou créez une nouvelle borne de recharge.</translation>
        </message>
        <message>
            <source>{station} is in use by charger {cp_id}, which is online: choose a station without a working charger or create a new one.</source>
            <translation>{station} est utilisée par le chargeur {cp_id}, qui est en ligne : choisissez une borne de recharge sans chargeur en service ou créez-en une nouvelle.</translation>
        </message>
        <message>
            <source>Enter a name for the new station (e.g. Hall B).</source>
            <translation>Saisissez un nom pour la nouvelle borne de recharge (p. ex. Halle B).</translation>
        </message>
        <message>
            <source>A station name has at most 120 characters.</source>
            <translation>Le nom d'une borne de recharge compte au plus 120 caractères.</translation>
        </message>
        <message>
            <source>A station named '{name}' exists already: choose another name or bind to it instead.</source>
            <translation>Une borne de recharge nommée '{name}' existe déjà : choisissez un autre nom ou liez le chargeur à celle-ci.</translation>
        </message>
        <message>
            <source>Choose the site of the new station.</source>
            <translation>Choisissez le site de la nouvelle borne de recharge.</translation>
        </message>
        <message>
            <source>That site no longer exists: choose another one.</source>
            <translation>Ce site n'existe plus : choisissez-en un autre.</translation>
        </message>
        <message>
            <source>A 1.6 charger takes a new password over OCPP only when it has {low} to {high} characters (AuthorizationKey), this one has {length}</source>
            <translation>Un chargeur 1.6 n'accepte un nouveau mot de passe par OCPP que s'il compte {low} à {high} caractères (AuthorizationKey), celui-ci en compte {length}</translation>
        </message>
        <message>
            <source>Password stored. {cp_id} is offline: set the same password on the charger (its web page or app) before it reconnects, or it will be refused.</source>
            <translation>Mot de passe enregistré. {cp_id} est hors ligne : définissez le même mot de passe sur le chargeur (sa page web ou son app) avant qu'il ne se reconnecte, sinon il sera refusé.</translation>
        </message>
        <message>
            <source>Password stored, not sent: {why}. Set the same password on {cp_id} (its web page or app) before it reconnects, or it will be refused.</source>
            <translation>Mot de passe enregistré, non envoyé : {why}. Définissez le même mot de passe sur {cp_id} (sa page web ou son app) avant qu'il ne se reconnecte, sinon il sera refusé.</translation>
        </message>
        <message>
            <source>Password stored. {error}: set the same password on {cp_id} (its web page or app) before it reconnects, or it will be refused.</source>
            <translation>Mot de passe enregistré. {error} : définissez le même mot de passe sur {cp_id} (sa page web ou son app) avant qu'il ne se reconnecte, sinon il sera refusé.</translation>
        </message>
        <message>
            <source>Password stored, but sending it to {cp_id} failed ({error}): set the same password on the charger before it reconnects, or it will be refused.</source>
            <translation>Mot de passe enregistré, mais son envoi à {cp_id} a échoué ({error}) : définissez le même mot de passe sur le chargeur avant qu'il ne se reconnecte, sinon il sera refusé.</translation>
        </message>
        <message>
            <source>Password stored and sent to {cp_id} ({status}): it uses it from its next connection.</source>
            <translation>Mot de passe enregistré et envoyé à {cp_id} ({status}) : il l'utilise dès sa prochaine connexion.</translation>
        </message>
        <message>
            <source>Password stored; {cp_id} answered {status} to the new password: set the same password on the charger (its web page or app) before it reconnects, or it will be refused.</source>
            <translation>Mot de passe enregistré ; {cp_id} a répondu {status} au nouveau mot de passe : définissez le même mot de passe sur le chargeur (sa page web ou son app) avant qu'il ne se reconnecte, sinon il sera refusé.</translation>
        </message>
        <message>
            <source>security profile 0 (no authentication)</source>
            <translation>profil de sécurité 0 (aucune authentification)</translation>
        </message>
        <message>
            <source>security profile 1 (HTTP Basic over ws://)</source>
            <translation>profil de sécurité 1 (HTTP Basic en ws://)</translation>
        </message>
        <message>
            <source>security profile 2 (HTTP Basic over TLS)</source>
            <translation>profil de sécurité 2 (HTTP Basic sur TLS)</translation>
        </message>
        <message>
            <source>security profile 3 (TLS client certificate)</source>
            <translation>profil de sécurité 3 (certificat client TLS)</translation>
        </message>
        <message>
            <source>Configuration snapshot stored</source>
            <translation>Instantané de configuration enregistré</translation>
        </message>
        <message>
            <source>Heartbeat and meter value intervals</source>
            <translation>Intervalles de heartbeat et de valeurs de mesure</translation>
        </message>
        <message>
            <source>Charger clock</source>
            <translation>Horloge du chargeur</translation>
        </message>
        <message>
            <source>Smart charging (load management)</source>
            <translation>Recharge intelligente (gestion de charge)</translation>
        </message>
        <message>
            <source>Local authorization list</source>
            <translation>Liste d'autorisation locale</translation>
        </message>
        <message>
            <source>Test charge</source>
            <translation>Recharge de test</translation>
        </message>
        <message>
            <source>Heartbeat interval: 10 s to 86400 s (a day).</source>
            <extracomment>a step's detail as stored: the English template (marked with ``QT_TRANSLATE_NOOP("Commissioning", ...)``) and its values, each a plain value or such a detail itself. The result is stored in the audit log and read by any console, whatever its language: the template is translated where it is shown (``shown``), never stored translated (issue 15).</extracomment>
            <translation>Intervalle de heartbeat : 10 s à 86400 s (un jour).</translation>
        </message>
        <message>
            <source>Meter value interval: 0 (off) to 3600 s.</source>
            <translation>Intervalle des valeurs de mesure : 0 (désactivé) à 3600 s.</translation>
        </message>
        <message>
            <source>Choose the technician's tag for the test charge (or switch the test charge off).</source>
            <translation>Choisissez le badge du technicien pour la recharge de test (ou désactivez la recharge de test).</translation>
        </message>
        <message>
            <source>An idTag has at most {limit} characters.</source>
            <translation>Un idTag compte au plus {limit} caractères.</translation>
        </message>
        <message>
            <source>Choose the connector for the test charge.</source>
            <translation>Choisissez la prise pour la recharge de test.</translation>
        </message>
        <message>
            <source>PASSED</source>
            <translation>RÉUSSI</translation>
        </message>
        <message>
            <source>PASSED with warnings</source>
            <translation>RÉUSSI avec avertissements</translation>
        </message>
        <message>
            <source>FAILED</source>
            <translation>ÉCHEC</translation>
        </message>
        <message numerus="yes">
            <source>%n passed</source>
            <translation>
                <numerusform>%n réussi</numerusform>
                <numerusform>%n réussis</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n with warnings</source>
            <translation>
                <numerusform>%n avec avertissements</numerusform>
                <numerusform>%n avec avertissements</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n failed</source>
            <translation>
                <numerusform>%n en échec</numerusform>
                <numerusform>%n en échec</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n skipped</source>
            <translation>
                <numerusform>%n ignoré</numerusform>
                <numerusform>%n ignorés</numerusform>
            </translation>
        </message>
        <message>
            <source>{verdict}: {counts}</source>
            <translation>{verdict} : {counts}</translation>
        </message>
        <message>
            <source>{cp_id} is not connected: connect it to the LAN and run the checklist again.</source>
            <translation>{cp_id} n'est pas connecté : connectez-le au réseau local et relancez la liste de contrôle.</translation>
        </message>
        <message>
            <source>Cancelled.</source>
            <translation>Annulé.</translation>
        </message>
        <message>
            <source>{count} configuration values stored ({readonly} read-only) as snapshot #{id} “{label}”</source>
            <translation>{count} valeurs de configuration ({readonly} en lecture seule) enregistrées comme instantané n° {id} « {label} »</translation>
        </message>
        <message>
            <source>{count} configuration values stored ({readonly} read-only) as snapshot #{id} “{label}”: the charger reported no configuration</source>
            <translation>{count} valeurs de configuration ({readonly} en lecture seule) enregistrées comme instantané n° {id} « {label} » : le chargeur n'a signalé aucune configuration</translation>
        </message>
        <message>
            <source>{count} configuration values stored ({readonly} read-only) as snapshot #{id} “{label}”; connected with {profile}</source>
            <translation>{count} valeurs de configuration ({readonly} en lecture seule) enregistrées comme instantané n° {id} « {label} » ; connecté avec le {profile}</translation>
        </message>
        <message>
            <source>{count} configuration values stored ({readonly} read-only) as snapshot #{id} “{label}”: the charger reported no configuration; connected with {profile}</source>
            <translation>{count} valeurs de configuration ({readonly} en lecture seule) enregistrées comme instantané n° {id} « {label} » : le chargeur n'a signalé aucune configuration ; connecté avec le {profile}</translation>
        </message>
        <message>
            <source>{key} = {value} s: {answer}</source>
            <translation>{key} = {value} s : {answer}</translation>
        </message>
        <message>
            <source>no answer</source>
            <translation>pas de réponse</translation>
        </message>
        <message>
            <source>{heartbeat}; {meter}.</source>
            <translation>{heartbeat} ; {meter}.</translation>
        </message>
        <message>
            <source>{heartbeat}; {meter}. The new values apply after the charger's next reboot (Operations → Reset).</source>
            <translation>{heartbeat} ; {meter}. Les nouvelles valeurs s'appliquent après le prochain redémarrage du chargeur (Opérations → Réinitialisation).</translation>
        </message>
        <message>
            <source>{heartbeat}; {meter}. The charger refused a value: check the allowed range in its manual and set it on the Configuration tab.</source>
            <translation>{heartbeat} ; {meter}. Le chargeur a refusé une valeur : vérifiez la plage admise dans son manuel et réglez-la dans l'onglet Configuration.</translation>
        </message>
        <message>
            <source>The charger answered {status} to TriggerMessage StatusNotification: its clock could not be checked.</source>
            <translation>Le chargeur a répondu {status} à TriggerMessage StatusNotification : son horloge n'a pas pu être vérifiée.</translation>
        </message>
        <message>
            <source>No StatusNotification arrived within 15 s after TriggerMessage: the clock could not be checked.</source>
            <translation>Aucune StatusNotification n'est arrivée dans les 15 s suivant TriggerMessage : l'horloge n'a pas pu être vérifiée.</translation>
        </message>
        <message>
            <source>The charger's StatusNotification carries no timestamp: its clock cannot be checked (sessions use the central system's time).</source>
            <translation>La StatusNotification du chargeur ne porte pas d'horodatage : son horloge ne peut pas être vérifiée (les sessions de recharge utilisent l'heure du système central).</translation>
        </message>
        <message>
            <source>charger {charger}, ChargeDesk {ours}: difference {skew} s.</source>
            <translation>chargeur {charger}, ChargeDesk {ours} : écart de {skew} s.</translation>
        </message>
        <message>
            <source>charger {charger}, ChargeDesk {ours}: the charger is {ahead}. It sets its clock from the Heartbeat answers; configure NTP on the charger if it has it.</source>
            <translation>chargeur {charger}, ChargeDesk {ours} : le chargeur {ahead}. Il règle son horloge d'après les réponses aux heartbeats ; configurez NTP sur le chargeur s'il le propose.</translation>
        </message>
        <message>
            <source>charger {charger}, ChargeDesk {ours}: the charger is {ahead}: session times and prices by time would be wrong. Set its clock (NTP or its web page).</source>
            <translation>chargeur {charger}, ChargeDesk {ours} : le chargeur {ahead} : les heures des sessions de recharge et les prix selon l'heure seraient faux. Réglez son horloge (NTP ou sa page web).</translation>
        </message>
        <message>
            <source>No charging profile accepted</source>
            <translation>Aucun profil de charge accepté</translation>
        </message>
        <message>
            <source>{why}: load management cannot limit this charger; it always charges at full power, which is reserved on its circuit.</source>
            <translation>{why} : la gestion de charge ne peut pas limiter ce chargeur ; il recharge toujours à pleine puissance, réservée sur son circuit.</translation>
        </message>
        <message>
            <source>; GetCompositeSchedule shows the limit in force</source>
            <translation> ; GetCompositeSchedule montre la limite en vigueur</translation>
        </message>
        <message>
            <source>; GetCompositeSchedule could not confirm it</source>
            <translation> ; GetCompositeSchedule n'a pas pu la confirmer</translation>
        </message>
        <message>
            <source>; TxProfile taken for accepted (no transaction ran to try it)</source>
            <translation> ; TxProfile considéré comme accepté (aucune transaction n'a eu lieu pour l'essayer)</translation>
        </message>
        <message>
            <source>{capabilities}{extra}; it holds only {held} charging profile (MaxChargingProfilesInstalled): a limit replaces its fail-safe, which is not kept while the central system is away.</source>
            <translation>{capabilities}{extra} ; il ne retient que {held} profil de charge (MaxChargingProfilesInstalled) : une limite remplace son repli de sécurité, qui n'est pas conservé tant que le système central est absent.</translation>
        </message>
        <message>
            <source>{capabilities}{extra}. Load management can limit this charger.</source>
            <translation>{capabilities}{extra}. La gestion de charge peut limiter ce chargeur.</translation>
        </message>
        <message>
            <source> (up to {entries} tags, {per_message} per message)</source>
            <translation> (jusqu'à {entries} badges, {per_message} par message)</translation>
        </message>
        <message>
            <source> (up to {entries} tags)</source>
            <translation> (jusqu'à {entries} badges)</translation>
        </message>
        <message>
            <source> ({per_message} per message)</source>
            <translation> ({per_message} par message)</translation>
        </message>
        <message>
            <source>Local list supported and enabled{size}: owners and always-allowed users can charge while the charger is offline.</source>
            <translation>Liste locale prise en charge et activée{size} : les propriétaires et les utilisateurs toujours autorisés peuvent recharger pendant que le chargeur est hors ligne.</translation>
        </message>
        <message>
            <source>Local list supported{size} but disabled (LocalAuthListEnabled = false): enable it on the Configuration tab before sending a list.</source>
            <translation>Liste locale prise en charge{size} mais désactivée (LocalAuthListEnabled = false) : activez-la dans l'onglet Configuration avant d'envoyer une liste.</translation>
        </message>
        <message>
            <source>No local authorization list: while the charger is offline only its authorization cache (if any) decides.</source>
            <translation>Pas de liste d'autorisation locale : tant que le chargeur est hors ligne, seul son cache d'autorisation (s'il en a un) décide.</translation>
        </message>
        <message>
            <source>Test charge switched off.</source>
            <translation>Recharge de test désactivée.</translation>
        </message>
        <message>
            <source>RemoteStart on connector {connector} with tag {tag}…</source>
            <translation>RemoteStart sur la prise {connector} avec le badge {tag}…</translation>
        </message>
        <message>
            <source>RemoteStart on connector {connector}: the charger answered {status} (is the connector available and a vehicle plugged in?).</source>
            <translation>RemoteStart sur la prise {connector} : le chargeur a répondu {status} (la prise est-elle disponible et un véhicule branché ?).</translation>
        </message>
        <message>
            <source>no transaction started on connector {connector}</source>
            <translation>aucune transaction n'a démarré sur la prise {connector}</translation>
        </message>
        <message>
            <source>RemoteStart accepted, but {what} within {seconds} s: is a vehicle (or an EV simulator) plugged in?</source>
            <translation>RemoteStart accepté, mais {what} en {seconds} s : un véhicule (ou un simulateur de VE) est-il branché ?</translation>
        </message>
        <message>
            <source>Transaction {transaction} started but tag {tag} was refused ({status}): {reason}. Choose a tag that may charge at this station.</source>
            <translation>Transaction {transaction} démarrée, mais le badge {tag} a été refusé ({status}) : {reason}. Choisissez un badge autorisé à recharger sur cette borne de recharge.</translation>
        </message>
        <message>
            <source>no reason</source>
            <translation>aucune raison</translation>
        </message>
        <message>
            <source>Transaction {transaction} started ({user}); waiting for Charging and meter values…</source>
            <translation>Transaction {transaction} démarrée ({user}) ; en attente de Charging et des valeurs de mesure…</translation>
        </message>
        <message>
            <source>the connector did not report Charging</source>
            <translation>la prise n'a pas signalé Charging</translation>
        </message>
        <message>
            <source>no meter values arrived</source>
            <translation>aucune valeur de mesure n'est arrivée</translation>
        </message>
        <message>
            <source>Transaction {transaction}: {what} within {seconds} s (statuses seen: {statuses}). Stopped remotely.</source>
            <translation>Transaction {transaction} : {what} en {seconds} s (états vus : {statuses}). Arrêtée à distance.</translation>
        </message>
        <message>
            <source>none</source>
            <translation>aucun</translation>
        </message>
        <message>
            <source>RemoteStop of transaction {transaction}: the charger answered {status}. Stop the charge on the charger.</source>
            <translation>RemoteStop de la transaction {transaction} : le chargeur a répondu {status}. Arrêtez la recharge sur le chargeur.</translation>
        </message>
        <message>
            <source>the transaction was not stopped</source>
            <translation>la transaction n'a pas été arrêtée</translation>
        </message>
        <message>
            <source>RemoteStop accepted, but {what} within {seconds} s.</source>
            <translation>RemoteStop accepté, mais {what} en {seconds} s.</translation>
        </message>
        <message>
            <source>no power value</source>
            <translation>aucune valeur de puissance</translation>
        </message>
        <message>
            <source>energy not reported</source>
            <translation>énergie non signalée</translation>
        </message>
        <message>
            <source>Connector {connector}: {statuses}; transaction {transaction} with {user}, {power}, {energy}, stopped ({reason}). TxProfile on the transaction: {tx_profile}.</source>
            <translation>Prise {connector} : {statuses} ; transaction {transaction} avec {user}, {power}, {energy}, arrêtée ({reason}). TxProfile sur la transaction : {tx_profile}.</translation>
        </message>
        <message>
            <source>Connector {connector}: {statuses}; transaction {transaction} with {user}, {power}, {energy}, stopped ({reason}).</source>
            <translation>Prise {connector} : {statuses} ; transaction {transaction} avec {user}, {power}, {energy}, arrêtée ({reason}).</translation>
        </message>
        <message>
            <source>{seconds} s ahead</source>
            <translation>avance de {seconds} s</translation>
        </message>
        <message>
            <source>{seconds} s behind</source>
            <translation>retarde de {seconds} s</translation>
        </message>
        <message>
            <source>The charger answered with an error: {error}</source>
            <translation>Le chargeur a répondu par une erreur : {error}</translation>
        </message>
    </context>
    <context>
        <name>CommissioningReport</name>
        <message>
            <source>Pass</source>
            <translation>Réussi</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>Avertissement</translation>
        </message>
        <message>
            <source>Fail</source>
            <translation>Échec</translation>
        </message>
        <message>
            <source>Skipped</source>
            <translation>Ignoré</translation>
        </message>
        <message>
            <source>Not run</source>
            <translation>Non exécuté</translation>
        </message>
        <message>
            <source>Running</source>
            <translation>En cours</translation>
        </message>
        <message>
            <source>Charge point id</source>
            <translation>Identifiant du point de charge</translation>
        </message>
        <message>
            <source>Station</source>
            <translation>Borne de recharge</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>Site</translation>
        </message>
        <message>
            <source>Vendor</source>
            <translation>Fabricant</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>Modèle</translation>
        </message>
        <message>
            <source>Serial number</source>
            <translation>Numéro de série</translation>
        </message>
        <message>
            <source>Firmware</source>
            <translation>Firmware</translation>
        </message>
        <message>
            <source>OCPP version</source>
            <translation>Version OCPP</translation>
        </message>
        <message>
            <source>IP address</source>
            <translation>Adresse IP</translation>
        </message>
        <message>
            <source>Checklist started</source>
            <translation>Liste de contrôle commencée</translation>
        </message>
        <message>
            <source>Checklist finished</source>
            <translation>Liste de contrôle terminée</translation>
        </message>
        <message>
            <source>Heartbeat interval</source>
            <translation>Intervalle de heartbeat</translation>
        </message>
        <message>
            <source>Meter value interval</source>
            <translation>Intervalle des relevés</translation>
        </message>
        <message>
            <source>Test charge</source>
            <translation>Recharge de test</translation>
        </message>
        <message>
            <source>connector {connector}, tag {tag}</source>
            <translation>prise {connector}, badge {tag}</translation>
        </message>
        <message>
            <source>off</source>
            <translation>désactivée</translation>
        </message>
        <message>
            <source>Commissioning report {cpid}</source>
            <translation>Rapport de mise en service {cpid}</translation>
        </message>
        <message>
            <source>Commissioning report — {station}</source>
            <translation>Rapport de mise en service — {station}</translation>
        </message>
        <message>
            <source>Charge point &lt;b&gt;{cpid}&lt;/b&gt;, {when}</source>
            <translation>Point de charge &lt;b&gt;{cpid}&lt;/b&gt;, {when}</translation>
        </message>
        <message>
            <source>Generated by ChargeDesk. Stored in the audit log as entry {entry}.</source>
            <translation>Généré par ChargeDesk. Enregistré dans le journal d'audit sous l'entrée {entry}.</translation>
        </message>
        <message>
            <source>Charger</source>
            <translation>Point de charge</translation>
        </message>
        <message>
            <source>Checklist settings</source>
            <translation>Paramètres de la liste de contrôle</translation>
        </message>
        <message>
            <source>Checklist</source>
            <translation>Liste de contrôle</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Étape</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Résultat</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Détails</translation>
        </message>
        <message>
            <source>Technician, date</source>
            <translation>Technicien, date</translation>
        </message>
        <message>
            <source>Operator, date</source>
            <translation>Opérateur, date</translation>
        </message>
    </context>
    <context>
        <name>Statement</name>
        <message>
            <source>{hours} h {minutes} min</source>
            <translation>{hours} h {minutes} min</translation>
        </message>
        <message>
            <source>{minutes} min</source>
            <translation>{minutes} min</translation>
        </message>
        <message>
            <source>Charging statement {period} — {name}</source>
            <translation>Décompte de recharge {period} — {name}</translation>
        </message>
        <message>
            <source>Charging statement {period}</source>
            <translation>Décompte de recharge {period}</translation>
        </message>
        <message>
            <source>Company: &lt;b&gt;{company}&lt;/b&gt;</source>
            <translation>Entreprise : &lt;b&gt;{company}&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Cost centre: &lt;b&gt;{cost_centre}&lt;/b&gt;</source>
            <translation>Centre de coûts : &lt;b&gt;{cost_centre}&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Period: &lt;b&gt;{first} – {last}&lt;/b&gt;</source>
            <translation>Période : &lt;b&gt;{first} – {last}&lt;/b&gt;</translation>
        </message>
        <message>
            <source>No charging sessions in {period}.</source>
            <translation>Aucune session de recharge en {period}.</translation>
        </message>
        <message>
            <source>Dates and times are the local time of each site; a session belongs to the day it started.</source>
            <translation>Dates et heures sont l'heure locale de chaque site ; une session de recharge appartient au jour où elle a commencé.</translation>
        </message>
        <message>
            <source>Sessions still running when the statement was made are not included.</source>
            <translation>Les sessions de recharge encore en cours à l'établissement du décompte ne sont pas incluses.</translation>
        </message>
        <message numerus="yes">
            <source>%n session(s) without a price (listed but not in the totals).</source>
            <translation>
                <numerusform>%n session sans prix (listée mais pas dans les totaux).</numerusform>
                <numerusform>%n sessions sans prix (listées mais pas dans les totaux).</numerusform>
            </translation>
        </message>
        <message>
            <source>Time zone: {zones}.</source>
            <translation>Fuseau horaire : {zones}.</translation>
        </message>
        <message>
            <source>Time zones: {zones}.</source>
            <translation>Fuseaux horaires : {zones}.</translation>
        </message>
        <message>
            <source>Made on {when} UTC by ChargeDesk.</source>
            <translation>Établi le {when} UTC par ChargeDesk.</translation>
        </message>
        <message>
            <source>Date</source>
            <extracomment>the sessions table's columns (the keys say which are numbers)</extracomment>
            <translation>Date</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Heure</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>Site</translation>
        </message>
        <message>
            <source>Station</source>
            <translation>Borne de recharge</translation>
        </message>
        <message>
            <source>Conn.</source>
            <translation>Prise</translation>
        </message>
        <message>
            <source>kWh</source>
            <translation>kWh</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Durée</translation>
        </message>
        <message>
            <source>Tariff</source>
            <translation>Tarif</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>Prix</translation>
        </message>
        <message>
            <source>not priced</source>
            <translation>sans prix</translation>
        </message>
        <message>
            <source>Totals</source>
            <translation>Totaux</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Sessions</translation>
        </message>
        <message>
            <source>Net</source>
            <translation>Net</translation>
        </message>
        <message>
            <source>VAT</source>
            <translation>TVA</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
    </context>
</TS>
