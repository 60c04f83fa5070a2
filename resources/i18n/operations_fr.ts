<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>CentralHolder</name>
    <message>
        <source>{database} is already used by {holder}: stop it, or open this console without a central system</source>
        <translation>{database} est déjà utilisée par {holder}&#xa0;: arrêtez-le, ou ouvrez cette console sans système central</translation>
    </message>
    <message>
        <source>{database} is already used by {holder}: stop it, or serve another database</source>
        <translation>{database} est déjà utilisée par {holder}&#xa0;: arrêtez-le, ou servez une autre base de données</translation>
    </message>
    <message>
        <source>{database} is already used by {holder}</source>
        <translation>{database} est déjà utilisée par {holder}</translation>
    </message>
    <message>
        <source>another process that is starting right now</source>
        <translation>un autre processus qui démarre en ce moment</translation>
    </message>
</context>
<context>
    <name>CentralSystem</name>
    <message>
        <source>{cp_id} is not connected</source>
        <translation>{cp_id} n&apos;est pas connecté</translation>
    </message>
    <message>
        <source>{cp_id} is connected over ws:// without TLS, so the password would cross the network in clear; serve over wss:// (a TLS certificate) to send it</source>
        <translation>{cp_id} est connecté en ws:// sans TLS&#xa0;: le mot de passe traverserait le réseau en clair&#xa0;; servez en wss:// (un certificat TLS) pour l&apos;envoyer</translation>
    </message>
    <message>
        <source>{cp_id} is connected over ws:// without TLS and did not authenticate (anyone can present its id), so the password would cross the network in clear; serve over wss:// (a TLS certificate) to send it</source>
        <translation>{cp_id} est connecté en ws:// sans TLS et ne s&apos;est pas authentifié (n&apos;importe qui peut présenter son identifiant)&#xa0;: le mot de passe traverserait le réseau en clair&#xa0;; servez en wss:// (un certificat TLS) pour l&apos;envoyer</translation>
    </message>
</context>
<context>
    <name>ChargersService</name>
    <message>
        <source>the central system is not running in this console</source>
        <extracomment>More chargers than this seen at once: one query for all instead of one each. The console → charger calls that only read (a viewer may make them); every other call of :class:`Operations` changes something on the charger.</extracomment>
        <translation>le système central ne tourne pas dans cette console</translation>
    </message>
</context>
<context>
    <name>ConfigSnapshots</name>
    <message>
        <source>a password: never applied from a snapshot; change it on each charger&apos;s Configuration tab, which also updates its station&apos;s password</source>
        <extracomment>why a password key is not applied (marked: ``translate(&quot;ConfigSnapshots&quot;, SECRET_SKIPPED)`` where shown)</extracomment>
        <translation>un mot de passe&#xa0;: jamais appliqué depuis un instantané&#xa0;; changez-le dans l&apos;onglet Configuration de chaque chargeur, qui met aussi à jour le mot de passe de sa borne de recharge</translation>
    </message>
    <message>
        <source>{text!r} is not a component: a name, optionally [instance] and #EVSE or #EVSE.connector (e.g. OCPPCommCtrlr, EVSE#1, Connector#1.2)</source>
        <translation>{text!r} n&apos;est pas un composant : un nom, éventuellement [instance] et #EVSE ou #EVSE.prise (p. ex. OCPPCommCtrlr, EVSE#1, Connector#1.2)</translation>
    </message>
    <message>
        <source>{text!r} is not a variable: a name, optionally [instance] (e.g. HeartbeatInterval, Power[L1])</source>
        <translation>{text!r} n&apos;est pas une variable : un nom, éventuellement [instance] (p. ex. HeartbeatInterval, Power[L1])</translation>
    </message>
    <message>
        <source>the label is {length} characters long; at most {limit} are kept</source>
        <translation>le libellé compte {length} caractères&#xa0;; au plus {limit} sont conservés</translation>
    </message>
    <message>
        <source>the charger is not connected</source>
        <translation>le chargeur n&apos;est pas connecté</translation>
    </message>
    <message>
        <source>the charger disconnected</source>
        <translation>le chargeur s&apos;est déconnecté</translation>
    </message>
    <message>
        <source>the charger&apos;s answer has no result for this variable</source>
        <translation>la réponse du chargeur ne contient aucun résultat pour cette variable</translation>
    </message>
    <message>
        <source>say which key to change</source>
        <translation>indiquez la clé à modifier</translation>
    </message>
    <message>
        <source>the value is {length} characters long; OCPP allows at most 500</source>
        <translation>la valeur compte {length} caractères&#xa0;; OCPP en permet au plus 500</translation>
    </message>
    <message>
        <source>the new password is refused: {why}</source>
        <translation>le nouveau mot de passe est refusé&#xa0;: {why}</translation>
    </message>
    <message>
        <source>{cp_id} is bound to no station, so it has no password to change: accept it first (Commissioning)</source>
        <translation>{cp_id} n&apos;est lié à aucune borne de recharge et n&apos;a donc aucun mot de passe à changer&#xa0;: acceptez-le d&apos;abord (Mise en service)</translation>
    </message>
    <message>
        <source>{cp_id} is not connected</source>
        <translation>{cp_id} n&apos;est pas connecté</translation>
    </message>
    <message>
        <source>the station&apos;s password is unchanged</source>
        <translation>le mot de passe de la borne de recharge est inchangé</translation>
    </message>
    <message>
        <source>the station&apos;s password is changed too</source>
        <translation>le mot de passe de la borne de recharge est aussi changé</translation>
    </message>
    <message>
        <source>{cp_id} does not know this key</source>
        <translation>{cp_id} ne connaît pas cette clé</translation>
    </message>
    <message>
        <source>read-only on {cp_id}: not sent</source>
        <translation>en lecture seule sur {cp_id}&#xa0;: non envoyée</translation>
    </message>
    <message>
        <source>already this value</source>
        <translation>déjà cette valeur</translation>
    </message>
    <message>
        <source>choose at least one charger</source>
        <translation>choisissez au moins un chargeur</translation>
    </message>
    <message>
        <source>not a {vendor} {model}: {chargers} — a snapshot is applied to chargers of the same vendor and model only</source>
        <translation>pas un {vendor} {model}&#xa0;: {chargers} — un instantané ne s&apos;applique qu&apos;aux chargeurs du même fabricant et du même modèle</translation>
    </message>
    <message>
        <source>not in snapshot {snapshot}: {keys}</source>
        <translation>absentes de l&apos;instantané {snapshot}&#xa0;: {keys}</translation>
    </message>
    <message>
        <source>read-only in the snapshot: not sent</source>
        <translation>en lecture seule dans l&apos;instantané&#xa0;: non envoyée</translation>
    </message>
</context>
<context>
    <name>FirmwareJobs</name>
    <message>
        <source>starting the file server</source>
        <translation>démarrage du serveur de fichiers</translation>
    </message>
    <message>
        <source>{cp_id} is not connected</source>
        <translation>{cp_id} n&apos;est pas connecté</translation>
    </message>
    <message>
        <source>waiting for the charger</source>
        <translation>en attente du chargeur</translation>
    </message>
    <message>
        <source>cancelled: the file server was stopped</source>
        <translation>annulé&#xa0;: le serveur de fichiers a été arrêté</translation>
    </message>
    <message>
        <source>the file server could not start on {host} port {port}: {error}</source>
        <translation>le serveur de fichiers n&apos;a pas pu démarrer sur {host} port {port}&#xa0;: {error}</translation>
    </message>
    <message>
        <source>the charger-facing address</source>
        <translation>l&apos;adresse côté chargeurs</translation>
    </message>
    <message>
        <source>any</source>
        <translation>quelconque</translation>
    </message>
    <message>
        <source>no news from {cp_id} for {duration} (last status: {status})</source>
        <translation>aucune nouvelle de {cp_id} depuis {duration} (dernier état&#xa0;: {status})</translation>
    </message>
    <message>
        <source>no news from {cp_id} for {duration}</source>
        <translation>aucune nouvelle de {cp_id} depuis {duration}</translation>
    </message>
    <message>
        <source>{cp_id} refused the request: {status} ({why})</source>
        <translation>{cp_id} a refusé la demande&#xa0;: {status} ({why})</translation>
    </message>
    <message>
        <source>{cp_id} refused the request: {status}</source>
        <translation>{cp_id} a refusé la demande&#xa0;: {status}</translation>
    </message>
    <message>
        <source>cannot read the firmware file {path}: {error}</source>
        <translation>impossible de lire le fichier de firmware {path}&#xa0;: {error}</translation>
    </message>
    <message>
        <source>{path} is not a file</source>
        <translation>{path} n&apos;est pas un fichier</translation>
    </message>
    <message>
        <source>{status}: {file} ({size}, signed by {signer}) at {url}</source>
        <translation>{status}&#xa0;: {file} ({size}, signé par {signer}) à {url}</translation>
    </message>
    <message>
        <source>{file} ({size}, signed by {signer}) at {url}</source>
        <translation>{file} ({size}, signé par {signer}) à {url}</translation>
    </message>
    <message>
        <source>{status}: {file} ({size}) at {url}</source>
        <translation>{status}&#xa0;: {file} ({size}) à {url}</translation>
    </message>
    <message>
        <source>{file} ({size}) at {url}</source>
        <translation>{file} ({size}) à {url}</translation>
    </message>
    <message>
        <source>{client} downloaded {size}</source>
        <translation>{client} a téléchargé {size}</translation>
    </message>
    <message>
        <source>{client} downloaded {size} (part)</source>
        <translation>{client} a téléchargé {size} (partiel)</translation>
    </message>
    <message>
        <source>{cp_id} installed {file}; it restarts now</source>
        <translation>{cp_id} a installé {file}&#xa0;; il redémarre maintenant</translation>
    </message>
    <message>
        <source>{cp_id} reported {status}: it could not download the file from this computer (firewall? address?)</source>
        <translation>{cp_id} a signalé {status}&#xa0;: il n&apos;a pas pu télécharger le fichier depuis cet ordinateur (pare-feu&#xa0;? adresse&#xa0;?)</translation>
    </message>
    <message>
        <source>{cp_id} reported {status}</source>
        <translation>{cp_id} a signalé {status}</translation>
    </message>
    <message>
        <source>reported by the restart: firmware {version}</source>
        <translation>signalé au redémarrage&#xa0;: firmware {version}</translation>
    </message>
    <message>
        <source>{cp_id} restarted with firmware {version}</source>
        <translation>{cp_id} a redémarré avec le firmware {version}</translation>
    </message>
    <message>
        <source>the charger will upload {file}</source>
        <translation>le chargeur va envoyer {file}</translation>
    </message>
    <message>
        <source>{cp_id} has no diagnostics to upload (no file name in its answer)</source>
        <translation>{cp_id} n&apos;a aucun diagnostic à envoyer (pas de nom de fichier dans sa réponse)</translation>
    </message>
    <message>
        <source>{cp_id} reported Uploaded, but no file arrived here</source>
        <translation>{cp_id} a signalé Uploaded, mais aucun fichier n&apos;est arrivé ici</translation>
    </message>
    <message>
        <source>{file}, {size} by {method} from {client}</source>
        <translation>{file}, {size} par {method} depuis {client}</translation>
    </message>
    <message>
        <source>file received</source>
        <translation>fichier reçu</translation>
    </message>
    <message>
        <source>{cp_id} reported {status}: it could not upload to this computer (firewall? address?)</source>
        <translation>{cp_id} a signalé {status}&#xa0;: il n&apos;a pas pu envoyer le fichier à cet ordinateur (pare-feu&#xa0;? adresse&#xa0;?)</translation>
    </message>
    <message>
        <source>{cp_id} uploaded its security log: {file}</source>
        <translation>{cp_id} a envoyé son journal de sécurité&#xa0;: {file}</translation>
    </message>
    <message>
        <source>{cp_id} uploaded its diagnostics: {file}</source>
        <translation>{cp_id} a envoyé son diagnostic&#xa0;: {file}</translation>
    </message>
    <message>
        <source>{count} bytes</source>
        <translation>{count} octets</translation>
    </message>
</context>
<context>
    <name>LocalList</name>
    <message>
        <source>their special access starts {start} ({schedule})</source>
        <translation>son accès spécial commence le {start} ({schedule})</translation>
    </message>
    <message>
        <source>their special access is limited to {times} ({schedule})</source>
        <translation>son accès spécial est limité à {times} ({schedule})</translation>
    </message>
    <message>
        <source>never allowed here: {why}</source>
        <translation>jamais autorisé ici&#xa0;: {why}</translation>
    </message>
    <message>
        <source>access depends on the connector: connector {connector} — {why}</source>
        <translation>l&apos;accès dépend de la prise&#xa0;: prise {connector} — {why}</translation>
    </message>
    <message>
        <source>access depends on time: {why}</source>
        <translation>l&apos;accès dépend de l&apos;heure&#xa0;: {why}</translation>
    </message>
    <message>
        <source>tag blocked</source>
        <translation>badge bloqué</translation>
    </message>
    <message>
        <source>tag expired on {date}</source>
        <translation>badge expiré le {date}</translation>
    </message>
    <message>
        <source>tag marked expired</source>
        <translation>badge marqué comme expiré</translation>
    </message>
    <message>
        <source>user account blocked</source>
        <translation>compte utilisateur bloqué</translation>
    </message>
    <message>
        <source>no station has the charge point id &apos;{cp_id}&apos;: bind the charger to a station first</source>
        <translation>aucune borne de recharge n&apos;a le point de charge &apos;{cp_id}&apos;&#xa0;: liez d&apos;abord le chargeur à une borne de recharge</translation>
    </message>
    <message>
        <source>station {name} is disabled</source>
        <translation>la borne de recharge {name} est désactivée</translation>
    </message>
    <message>
        <source>idTag of {length} characters: a 1.6 charger holds at most {limit} (it cannot present this card either)</source>
        <translation>idTag de {length} caractères&#xa0;: un chargeur 1.6 en retient au plus {limit} (il ne peut pas non plus présenter ce badge)</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>propriétaire</translation>
    </message>
    <message>
        <source>special user</source>
        <translation>utilisateur spécial</translation>
    </message>
    <message>
        <source>registered user</source>
        <translation>utilisateur enregistré</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refusé</translation>
    </message>
    <message>
        <source>no user</source>
        <translation>aucun utilisateur</translation>
    </message>
    <message>
        <source>{tag} — {user} (blocked/expired)</source>
        <translation>{tag} — {user} (bloqué/expiré)</translation>
    </message>
</context>
<context>
    <name>OperationForms</name>
    <message>
        <source>The tag is {length} characters long; OCPP {version} allows at most {limit}.</source>
        <extracomment>The longest idTag (1.6) / idToken (2.0.1) each version carries. The messages a TriggerMessage may ask for, per version. The messages a 1.6 ExtendedTriggerMessage may ask for (Security Whitepaper Ed. 3, MessageTriggerEnumType). what a triggered message makes the charger send, where that is another message: a certificate signing request (SignCertificate), an ISO 15118 certificate ChargeDesk does not sign (None: never offered)</extracomment>
        <translation>Le badge compte {length} caractères&#xa0;; OCPP {version} en permet au plus {limit}.</translation>
    </message>
    <message>
        <source>Remote start</source>
        <translation>Démarrage à distance</translation>
    </message>
    <message>
        <source>Start a charge with a tag</source>
        <translation>Démarrer une recharge avec un badge</translation>
    </message>
    <message>
        <source>Remote stop</source>
        <translation>Arrêt à distance</translation>
    </message>
    <message>
        <source>Stop a running session</source>
        <translation>Arrêter une session de recharge en cours</translation>
    </message>
    <message>
        <source>Transaction status</source>
        <translation>État de la transaction</translation>
    </message>
    <message>
        <source>Ask the station whether a session still runs and what it has yet to send</source>
        <translation>Demander à la station si une session est encore en cours et ce qu&apos;elle doit encore envoyer</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Réinitialisation</translation>
    </message>
    <message>
        <source>Restart the charger (soft or hard)</source>
        <translation>Redémarrer le chargeur (soft ou hard)</translation>
    </message>
    <message>
        <source>Unlock connector</source>
        <translation>Déverrouiller la prise</translation>
    </message>
    <message>
        <source>Release a stuck cable</source>
        <translation>Libérer un câble bloqué</translation>
    </message>
    <message>
        <source>Change availability</source>
        <translation>Modifier la disponibilité</translation>
    </message>
    <message>
        <source>Take the charger or a connector in or out of service</source>
        <translation>Mettre le chargeur ou une prise en service ou hors service</translation>
    </message>
    <message>
        <source>Clear cache</source>
        <translation>Vider le cache</translation>
    </message>
    <message>
        <source>Empty the charger&apos;s authorization cache</source>
        <translation>Vider le cache d&apos;autorisation du chargeur</translation>
    </message>
    <message>
        <source>Trigger message</source>
        <translation>Demander un message</translation>
    </message>
    <message>
        <source>Ask the charger to send a message now</source>
        <translation>Demander au chargeur d&apos;envoyer un message maintenant</translation>
    </message>
    <message>
        <source>Extended trigger message</source>
        <translation>Demande de message étendue</translation>
    </message>
    <message>
        <source>Ask a charger with the 1.6 security extension for a message, its log upload&apos;s state too</source>
        <translation>Demander un message à un chargeur doté de l&apos;extension de sécurité OCPP 1.6, y compris l&apos;état de l&apos;envoi de son journal</translation>
    </message>
    <message>
        <source>Data transfer</source>
        <translation>Transfert de données</translation>
    </message>
    <message>
        <source>A vendor-specific message</source>
        <translation>Un message propre au fabricant</translation>
    </message>
    <message>
        <source>Send local list</source>
        <translation>Envoyer la liste locale</translation>
    </message>
    <message>
        <source>The tags that may charge here at any time</source>
        <translation>Les badges qui peuvent recharger ici à tout moment</translation>
    </message>
    <message>
        <source>Get local list version</source>
        <translation>Obtenir la version de la liste locale</translation>
    </message>
    <message>
        <source>Reserve now</source>
        <translation>Réserver maintenant</translation>
    </message>
    <message>
        <source>Hold a connector for a tag</source>
        <translation>Réserver une prise pour un badge</translation>
    </message>
    <message>
        <source>Cancel reservation</source>
        <translation>Annuler la réservation</translation>
    </message>
    <message>
        <source>Set charging profile</source>
        <translation>Définir un profil de charge</translation>
    </message>
    <message>
        <source>Limit the charging power</source>
        <translation>Limiter la puissance de charge</translation>
    </message>
    <message>
        <source>Clear charging profile</source>
        <translation>Supprimer un profil de charge</translation>
    </message>
    <message>
        <source>Get composite schedule</source>
        <translation>Obtenir le planning composite</translation>
    </message>
    <message>
        <source>The limits the charger will apply</source>
        <translation>Les limites que le chargeur appliquera</translation>
    </message>
    <message>
        <source>Get charging profiles</source>
        <translation>Demander les profils de charge</translation>
    </message>
    <message>
        <source>The profiles the charger holds: ours and those a system on site set</source>
        <translation>Les profils que détient le chargeur : les nôtres et ceux fixés par un système sur site</translation>
    </message>
    <message>
        <source>OCPP {version} has no message that lists the charging profiles a charger holds (GetChargingProfiles is OCPP 2.0.1). Get composite schedule shows the limits it will apply instead.</source>
        <translation>OCPP {version} n&apos;a aucun message qui liste les profils de charge d&apos;un chargeur (GetChargingProfiles est OCPP 2.0.1). Demander le planning composite montre plutôt les limites qu&apos;il appliquera.</translation>
    </message>
    <message>
        <source>Not available for this charger: it speaks OCPP {version}, and ChargeDesk sends {action} only to OCPP {versions} chargers so far.</source>
        <translation>Non disponible pour ce chargeur&#xa0;: il parle OCPP {version}, et ChargeDesk n&apos;envoie pour l&apos;instant {action} qu&apos;aux chargeurs OCPP {versions}.</translation>
    </message>
    <message numerus="yes">
        <source>%n period(s)</source>
        <translation>
            <numerusform>%n période</numerusform>
            <numerusform>%n périodes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n profile(s) reported</source>
        <translation>
            <numerusform>%n profil signalé</numerusform>
            <numerusform>%n profils signalés</numerusform>
        </translation>
    </message>
    <message>
        <source>the report stopped before its last part</source>
        <translation>le rapport s&apos;est arrêté avant sa dernière partie</translation>
    </message>
    <message>
        <source>(empty answer)</source>
        <translation>(réponse vide)</translation>
    </message>
    <message>
        <source>The station holds transaction messages it has not delivered yet.</source>
        <translation>La station détient des messages de transaction qu&apos;elle n&apos;a pas encore transmis.</translation>
    </message>
    <message>
        <source>The station has no transaction messages waiting to be delivered.</source>
        <translation>La station n&apos;a aucun message de transaction en attente d&apos;envoi.</translation>
    </message>
    <message>
        <source>The station did not say whether session {session} still runs</source>
        <translation>La station n&apos;a pas dit si la session {session} est encore en cours</translation>
    </message>
    <message>
        <source>Session {session} is still running on the station</source>
        <translation>La session {session} est encore en cours sur la station</translation>
    </message>
    <message>
        <source>Session {session} is not running on the station</source>
        <translation>La session {session} n&apos;est pas en cours sur la station</translation>
    </message>
    <message>
        <source>messages about it wait in the station&apos;s queue</source>
        <translation>des messages la concernant attendent dans la file de la station</translation>
    </message>
    <message>
        <source>no message about it waits in the station&apos;s queue</source>
        <translation>aucun message la concernant n&apos;attend dans la file de la station</translation>
    </message>
    <message>
        <source>Add at least one period (start 0 s and a limit).</source>
        <translation>Ajoutez au moins une période (début 0 s et une limite).</translation>
    </message>
    <message>
        <source>Period {n}: the start must be whole seconds from the schedule start (e.g. 0, 3600).</source>
        <translation>Période {n}&#xa0;: le début doit être un nombre entier de secondes depuis le début du planning (p. ex. 0, 3600).</translation>
    </message>
    <message>
        <source>Period {n}: the limit must be a number of {unit} (e.g. 16).</source>
        <translation>Période {n}&#xa0;: la limite doit être un nombre de {unit} (p. ex. 16).</translation>
    </message>
    <message>
        <source>Period 1 must start at 0 s (the start of the schedule).</source>
        <translation>La période 1 doit commencer à 0 s (le début du planning).</translation>
    </message>
    <message>
        <source>Period {n}: its start ({start} s) must be after period {previous}&apos;s ({last} s).</source>
        <translation>Période {n}&#xa0;: son début ({start} s) doit suivre celui de la période {previous} ({last} s).</translation>
    </message>
    <message>
        <source>Period {n}: the limit must be more than 0 {unit}.</source>
        <translation>Période {n}&#xa0;: la limite doit être supérieure à 0 {unit}.</translation>
    </message>
    <message>
        <source>Period {n}: phases must be 1, 2 or 3 (or empty for the charger&apos;s default).</source>
        <translation>Période {n}&#xa0;: les phases doivent valoir 1, 2 ou 3 (ou rester vides pour la valeur par défaut du chargeur).</translation>
    </message>
    <message>
        <source>A recurring profile needs a schedule start (the first day it applies).</source>
        <translation>Un profil récurrent nécessite un début de planning (le premier jour où il s&apos;applique).</translation>
    </message>
    <message>
        <source>&apos;Valid to&apos; must be after &apos;valid from&apos;.</source>
        <translation>«&#xa0;Valide jusqu&apos;au&#xa0;» doit suivre «&#xa0;valide dès le&#xa0;».</translation>
    </message>
    <message>
        <source>A TxProfile applies to a running session: choose the session.</source>
        <translation>Un TxProfile s&apos;applique à une session de recharge en cours&#xa0;: choisissez la session.</translation>
    </message>
    <message>
        <source>A ChargePointMaxProfile applies to the whole charger: choose connector 0.</source>
        <translation>Un ChargePointMaxProfile s&apos;applique à tout le chargeur&#xa0;: choisissez la prise 0.</translation>
    </message>
    <message>
        <source>A TxProfile applies to one connector&apos;s session: choose its connector.</source>
        <translation>Un TxProfile s&apos;applique à la session d&apos;une prise&#xa0;: choisissez sa prise.</translation>
    </message>
</context>
<context>
    <name>SiteBus</name>
    <message>
        <source>{program} on {machine}</source>
        <extracomment>Operations methods a console may have carried out by a host (every public coroutine of Operations). those of them that take the charger&apos;s time to answer (``timeout``)</extracomment>
        <translation>{program} sur {machine}</translation>
    </message>
    <message>
        <source>node {node}</source>
        <translation>nœud {node}</translation>
    </message>
    <message>
        <source>{cp_id} is not connected</source>
        <translation>{cp_id} n&apos;est pas connecté</translation>
    </message>
    <message>
        <source>{cp_id} is connected over ws:// without TLS, so the password would cross the network in clear; serve over wss:// (a TLS certificate) to send it</source>
        <translation>{cp_id} est connecté en ws:// sans TLS&#xa0;: le mot de passe traverserait le réseau en clair&#xa0;; servez en wss:// (un certificat TLS) pour l&apos;envoyer</translation>
    </message>
    <message>
        <source>no host</source>
        <translation>aucun hôte</translation>
    </message>
</context>
<context>
    <name>VirtualFleet</name>
    <message>
        <source>starting…</source>
        <translation>démarrage…</translation>
    </message>
    <message>
        <source>Give the charge point id: 1 to 48 letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;:&apos; or &apos;-&apos; (it is the last part of the URL the charger connects to).</source>
        <translation>Indiquez le point de charge&#xa0;: 1 à 48 lettres, chiffres, &apos;.&apos;, &apos;_&apos;, &apos;:&apos; ou &apos;-&apos; (la dernière partie de l&apos;URL à laquelle le chargeur se connecte).</translation>
    </message>
    <message>
        <source>A virtual charger {cp_id} is already running: stop it first or pick another id.</source>
        <translation>Un chargeur virtuel {cp_id} tourne déjà&#xa0;: arrêtez-le d&apos;abord ou choisissez un autre identifiant.</translation>
    </message>
    <message>
        <source>OCPP version: one of {versions}.</source>
        <translation>Version OCPP&#xa0;: l&apos;une de {versions}.</translation>
    </message>
    <message>
        <source>Connectors: 1 to 8.</source>
        <translation>Prises&#xa0;: 1 à 8.</translation>
    </message>
    <message>
        <source>Scenario: one of {scenarios}.</source>
        <translation>Scénario&#xa0;: l&apos;un de {scenarios}.</translation>
    </message>
    <message>
        <source>Give at least one driver card (RFID id, up to {limit} characters for OCPP {version}; several separated by commas).</source>
        <translation>Indiquez au moins un badge de conducteur (identifiant RFID, jusqu&apos;à {limit} caractères pour OCPP {version}&#xa0;; plusieurs séparés par des virgules).</translation>
    </message>
    <message>
        <source>Create a site first (Settings → Sites): a station belongs to a site.</source>
        <translation>Créez d&apos;abord un site (Paramètres → Sites)&#xa0;: une borne de recharge appartient à un site.</translation>
    </message>
</context>
</TS>
