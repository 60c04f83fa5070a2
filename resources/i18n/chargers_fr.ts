<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AcceptDialog</name>
    <message>
        <source>Accept charger {cp_id}</source>
        <translation>Accepter le chargeur {cp_id}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{cp_id}&lt;/b&gt; will be accepted: its BootNotification is answered Accepted and its sessions are recorded at the station you choose.</source>
        <translation>&lt;b&gt;{cp_id}&lt;/b&gt; sera accepté : sa BootNotification reçoit la réponse Accepted et ses sessions de recharge sont enregistrées sur la borne de recharge choisie.</translation>
    </message>
    <message>
        <source>Create a new station</source>
        <translation>Créer une nouvelle borne de recharge</translation>
    </message>
    <message>
        <source>Bind to an existing station</source>
        <translation>Associer à une borne de recharge existante</translation>
    </message>
    <message>
        <source>The station&apos;s name as the console shows it (e.g. Hall B)</source>
        <translation>Le nom de la borne de recharge tel que la console l&apos;affiche (p. ex. Halle B)</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Site:</source>
        <translation>Site :</translation>
    </message>
    <message>
        <source>none yet (created when they report)</source>
        <translation>aucune pour l&apos;instant (créées dès qu&apos;elles se signalent)</translation>
    </message>
    <message>
        <source>Connectors:</source>
        <translation>Prises :</translation>
    </message>
    <message>
        <source>{conn} — from its StatusNotifications</source>
        <translation>{conn} — d&apos;après ses StatusNotifications</translation>
    </message>
    <message>
        <source>The station takes this charger&apos;s charge point id; its rules and history stay</source>
        <translation>La borne de recharge reprend l&apos;identifiant de point de charge de ce chargeur ; ses règles et son historique sont conservés</translation>
    </message>
    <message>
        <source>Station:</source>
        <translation>Borne de recharge :</translation>
    </message>
    <message>
        <source>There is no station yet</source>
        <translation>Il n&apos;y a pas encore de borne de recharge</translation>
    </message>
    <message>
        <source>Charger password (HTTP Basic, security profile 1)</source>
        <translation>Mot de passe du chargeur (HTTP Basic, profil de sécurité 1)</translation>
    </message>
    <message>
        <source>leave empty: the charger connects without a password</source>
        <translation>laisser vide : le chargeur se connecte sans mot de passe</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Générer</translation>
    </message>
    <message>
        <source>A random 20-character password</source>
        <translation>Un mot de passe aléatoire de 20 caractères</translation>
    </message>
    <message>
        <source>Stored hashed. From its next connection the charger must send this password; ChargeDesk sends it to the charger if it can, else set it on the charger.</source>
        <translation>Enregistré sous forme hachée. Dès sa prochaine connexion, le chargeur doit envoyer ce mot de passe ; ChargeDesk le transmet au chargeur si possible, sinon réglez-le sur le chargeur.</translation>
    </message>
    <message>
        <source>Accept charger</source>
        <translation>Accepter le chargeur</translation>
    </message>
</context>
<context>
    <name>AddVirtualChargerDialog</name>
    <message>
        <source>Waits for a card or a remote start</source>
        <translation>Attend un badge ou un démarrage à distance</translation>
    </message>
    <message>
        <source>Vehicles come, charge and leave</source>
        <translation>Des véhicules arrivent, se rechargent et repartent</translation>
    </message>
    <message>
        <source>Vehicles, faults and idle times mixed</source>
        <translation>Véhicules, pannes et temps morts mélangés</translation>
    </message>
    <message>
        <source>Virtual chargers</source>
        <translation>Chargeurs virtuels</translation>
    </message>
    <message>
        <source>Add a virtual charger</source>
        <translation>Ajouter un chargeur virtuel</translation>
    </message>
    <message>
        <source>The charge point id: the last part of the URL the charger connects to</source>
        <translation>L&apos;identifiant du point de charge : la dernière partie de l&apos;URL à laquelle le chargeur se connecte</translation>
    </message>
    <message>
        <source>How fast simulated time runs: at 60× a one-hour charge takes a minute</source>
        <translation>Vitesse du temps simulé : à 60×, une recharge d&apos;une heure dure une minute</translation>
    </message>
    <message>
        <source>The RFID cards of the drivers, separated by commas</source>
        <translation>Les badges RFID des conducteurs, séparés par des virgules</translation>
    </message>
    <message>
        <source>only if the station has one</source>
        <translation>seulement si la borne de recharge en a un</translation>
    </message>
    <message>
        <source>Create a station for it (ready to charge)</source>
        <translation>Créer une borne de recharge pour lui (prête à charger)</translation>
    </message>
    <message>
        <source>Unticked, the charger connects as an unknown charger: with the Pending policy it appears under Chargers → New chargers, to practise commissioning</source>
        <translation>Décoché, le chargeur se connecte comme chargeur inconnu : avec la règle Pending, il apparaît sous Chargeurs → Nouveaux chargeurs, pour s&apos;exercer à la mise en service</translation>
    </message>
    <message>
        <source>Charge point id</source>
        <translation>Identifiant du point de charge</translation>
    </message>
    <message>
        <source>OCPP version</source>
        <translation>Version OCPP</translation>
    </message>
    <message>
        <source>Connectors</source>
        <translation>Prises</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>Véhicules</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Driver cards</source>
        <translation>Badges des conducteurs</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>OCPP 1.6 security extension (security events, logs, signed firmware)</source>
        <translation>Extension de sécurité d&apos;OCPP 1.6 (événements de sécurité, journaux, firmware signé)</translation>
    </message>
    <message>
        <source>Firmware as the OCPP 1.6 security whitepaper describes it: it reports its security events and takes Extended trigger message, GetLog and signed firmware</source>
        <translation>Un firmware comme le décrit le livre blanc sécurité d&apos;OCPP 1.6 : il signale ses événements de sécurité et accepte Extended trigger message, GetLog et le firmware signé</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En marche</translation>
    </message>
    <message>
        <source>Charger</source>
        <translation>Chargeur</translation>
    </message>
    <message>
        <source>OCPP</source>
        <translation>OCPP</translation>
    </message>
    <message>
        <source>Last event</source>
        <translation>Dernier événement</translation>
    </message>
    <message>
        <source>The card the driver presents (pick one of the charger&apos;s or type any id)</source>
        <translation>Le badge présenté par le conducteur (choisissez-en un du chargeur ou saisissez un identifiant)</translation>
    </message>
    <message>
        <source>Present card</source>
        <translation>Présenter le badge</translation>
    </message>
    <message>
        <source>A driver holds the card to the reader: a charge starts on the connector, or the charge started with this card ends</source>
        <translation>Un conducteur présente le badge au lecteur : une recharge démarre sur la prise, ou celle démarrée avec ce badge se termine</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Running charges are stopped properly, then the charger disconnects</source>
        <translation>Les recharges en cours sont arrêtées proprement, puis le chargeur se déconnecte</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Badge</translation>
    </message>
    <message>
        <source>The central system is not running: see the status bar for why.</source>
        <translation>Le système central ne tourne pas : voyez pourquoi dans la barre d&apos;état.</translation>
    </message>
    <message>
        <source>Could not start {cp_id}: {error}</source>
        <translation>Impossible de démarrer {cp_id} : {error}</translation>
    </message>
    <message>
        <source>{cp_id} started with a new station.</source>
        <translation>{cp_id} démarré avec une nouvelle borne de recharge.</translation>
    </message>
    <message>
        <source>{cp_id} started.</source>
        <translation>{cp_id} démarré.</translation>
    </message>
    <message>
        <source>stopped: {reason}</source>
        <translation>arrêté : {reason}</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>any free connector</source>
        <translation>n&apos;importe quelle prise libre</translation>
    </message>
    <message>
        <source>connector {n}</source>
        <translation>prise {n}</translation>
    </message>
    <message>
        <source>Pick a running charger and a card.</source>
        <translation>Choisissez un chargeur en marche et un badge.</translation>
    </message>
    <message>
        <source>{cp_id} is stopped.</source>
        <translation>{cp_id} est arrêté.</translation>
    </message>
    <message>
        <source>Card {tag} presented at {cp_id}: a vehicle is plugged in and the card is being authorised.</source>
        <translation>Badge {tag} présenté à {cp_id} : un véhicule est branché et le badge est en cours d&apos;autorisation.</translation>
    </message>
    <message>
        <source>Card {tag} presented at {cp_id}: the charge started with it ends.</source>
        <translation>Badge {tag} présenté à {cp_id} : la recharge démarrée avec lui se termine.</translation>
    </message>
    <message>
        <source>No free connector at {cp_id} for card {tag}.</source>
        <translation>Aucune prise libre à {cp_id} pour le badge {tag}.</translation>
    </message>
    <message>
        <source>Stopping {cp_id}…</source>
        <translation>Arrêt de {cp_id}…</translation>
    </message>
    <message>
        <source>{cp_id} stopped.</source>
        <translation>{cp_id} arrêté.</translation>
    </message>
</context>
<context>
    <name>ApplySnapshotDialog</name>
    <message>
        <source>Apply snapshot of {charge_point_id}</source>
        <translation>Appliquer l&apos;instantané de {charge_point_id}</translation>
    </message>
    <message>
        <source>Send the values of &lt;b&gt;{cp_id}&lt;/b&gt;&apos;s snapshot {when} to chargers of the same model (&lt;b&gt;{vendor} {model}&lt;/b&gt;). Read-only keys are never sent; keys that already have the value are left alone.</source>
        <translation>Envoyer les valeurs de l&apos;instantané {when} de &lt;b&gt;{cp_id}&lt;/b&gt; aux chargeurs du même modèle (&lt;b&gt;{vendor} {model}&lt;/b&gt;). Les clés en lecture seule ne sont jamais envoyées ; les clés qui ont déjà la valeur ne sont pas touchées.</translation>
    </message>
    <message>
        <source>{keys}: skipped, {why}.</source>
        <translation>{keys} : ignorées, {why}.</translation>
    </message>
    <message>
        <source>{cp_id}  —  {station}, firmware {firmware}, {state}</source>
        <translation>{cp_id}  —  {station}, firmware {firmware}, {state}</translation>
    </message>
    <message>
        <source>no station</source>
        <translation>aucune borne de recharge</translation>
    </message>
    <message>
        <source>online</source>
        <translation>en ligne</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>hors ligne</translation>
    </message>
    <message>
        <source>{charger}  (source)</source>
        <translation>{charger}  (source)</translation>
    </message>
    <message>
        <source>The snapshot&apos;s own charger: applying restores the snapshot&apos;s values on it</source>
        <translation>Le chargeur de l&apos;instantané lui-même : appliquer y rétablit les valeurs de l&apos;instantané</translation>
    </message>
    <message>
        <source>Offline: its keys will be reported &apos;offline&apos;, nothing is sent</source>
        <translation>Hors ligne : ses clés seront signalées « hors ligne », rien n&apos;est envoyé</translation>
    </message>
    <message>
        <source>No other charger of this model is known.</source>
        <translation>Aucun autre chargeur de ce modèle n&apos;est connu.</translation>
    </message>
    <message>
        <source>{key} = {shown_value} — skipped: a password</source>
        <translation>{key} = {shown_value} — ignorée : un mot de passe</translation>
    </message>
    <message>
        <source>Skipped: {why}.</source>
        <translation>Ignorée : {why}.</translation>
    </message>
    <message>
        <source>Read-only: not sent</source>
        <translation>Lecture seule : non envoyée</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tout</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Chargers</source>
        <translation>Chargeurs</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Clés</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>Send the checked keys to the checked chargers</source>
        <translation>Envoyer les clés cochées aux chargeurs cochés</translation>
    </message>
    <message>
        <source>Check at least one charger.</source>
        <translation>Cochez au moins un chargeur.</translation>
    </message>
    <message>
        <source>Check at least one key.</source>
        <translation>Cochez au moins une clé.</translation>
    </message>
    <message>
        <source>{keys} to {chargers}.</source>
        <translation>{keys} vers {chargers}.</translation>
    </message>
    <message>
        <source>Sending to {items}…</source>
        <translation>Envoi à {items}…</translation>
    </message>
    <message>
        <source>Nothing sent: {error}</source>
        <translation>Rien envoyé : {error}</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Reboot needed on {chargers} for some values to take effect.</source>
        <translation>Redémarrage nécessaire sur {chargers} pour que certaines valeurs prennent effet.</translation>
    </message>
</context>
<context>
    <name>AvailabilityForm</name>
    <message>
        <source>Whole charger</source>
        <translation>Chargeur entier</translation>
    </message>
    <message>
        <source>Operative (in service)</source>
        <translation>Operative (en service)</translation>
    </message>
    <message>
        <source>Inoperative (out of service)</source>
        <translation>Inoperative (hors service)</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>S&apos;applique à</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Disponibilité</translation>
    </message>
    <message>
        <source>Change availability</source>
        <translation>Changer la disponibilité</translation>
    </message>
    <message>
        <source>whole charger</source>
        <translation>chargeur entier</translation>
    </message>
    <message>
        <source>connector {connector}</source>
        <translation>prise {connector}</translation>
    </message>
</context>
<context>
    <name>CancelReservationForm</name>
    <message>
        <source>The id of the reservation (the last one made here is filled in)</source>
        <translation>L&apos;identifiant de la réservation (la dernière faite ici est préremplie)</translation>
    </message>
    <message>
        <source>Reservation id</source>
        <translation>Identifiant de réservation</translation>
    </message>
    <message>
        <source>Cancel reservation</source>
        <translation>Annuler la réservation</translation>
    </message>
    <message>
        <source>Click a reservation to cancel it</source>
        <translation>Cliquez sur une réservation pour l&apos;annuler</translation>
    </message>
</context>
<context>
    <name>CertificateExpiryBox</name>
    <message>
        <source>Certificate</source>
        <translation>Certificat</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire le</translation>
    </message>
    <message>
        <source>Certificates: what expires when</source>
        <translation>Certificats&#xa0;: ce qui expire quand</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Create the site&apos;s CA</source>
        <translation>Créer l&apos;AC du site</translation>
    </message>
    <message>
        <source>Make the site&apos;s local CA on this computer, as “chargedesk certs ca” does: it signs the chargers&apos; certificates and is installed on them from their Certificates tab</source>
        <translation>Créer l&apos;AC locale du site sur cet ordinateur, comme le fait “chargedesk certs ca”&#xa0;: elle signe les certificats des chargeurs et s&apos;installe sur eux depuis leur onglet Certificats</translation>
    </message>
    <message>
        <source>LAN certificate {path}</source>
        <translation>Certificat LAN {path}</translation>
    </message>
    <message>
        <source>The site&apos;s CA</source>
        <translation>L&apos;AC du site</translation>
    </message>
    <message>
        <source>Charger {cp_id}</source>
        <translation>Chargeur {cp_id}</translation>
    </message>
    <message>
        <source>No certificate known yet: the central system publishes its own when it starts, a charger&apos;s once it is signed here.</source>
        <translation>Aucun certificat connu pour l&apos;instant&#xa0;: le système central publie les siens au démarrage, celui d&apos;un chargeur dès qu&apos;il est signé ici.</translation>
    </message>
    <message>
        <source>The chargers&apos; certificates are renewed automatically {days} days before they expire: the central system signs them with the site&apos;s CA (a charger that does not answer is asked again every day).</source>
        <translation>Les certificats des chargeurs sont renouvelés automatiquement {days} jours avant leur expiration&#xa0;: le système central les signe avec l&apos;AC du site (un chargeur qui ne répond pas est sollicité à nouveau chaque jour).</translation>
    </message>
    <message>
        <source>Without the site&apos;s CA on the central system&apos;s computer the chargers&apos; certificates are not renewed automatically: create it here, or renew each from its Certificates tab with your own CA.</source>
        <translation>Sans l&apos;AC du site sur l&apos;ordinateur du système central, les certificats des chargeurs ne sont pas renouvelés automatiquement&#xa0;: créez-la ici, ou renouvelez chacun depuis son onglet Certificats avec votre propre AC.</translation>
    </message>
    <message>
        <source>The site&apos;s CA was created: {subject}, valid until {day} ({path}; keep its key private). Install it on each charger from its Certificates tab.</source>
        <translation>L&apos;AC du site a été créée&#xa0;: {subject}, valable jusqu&apos;au {day} ({path}&#xa0;; gardez sa clé privée). Installez-la sur chaque chargeur depuis son onglet Certificats.</translation>
    </message>
</context>
<context>
    <name>Certificates</name>
    <message>
        <source>The site has no local CA: create it on the central system&apos;s computer with “chargedesk certs ca”.</source>
        <translation>Le site n&apos;a pas d&apos;AC locale&#xa0;: créez-la sur l&apos;ordinateur du système central avec «&#xa0;chargedesk certs ca&#xa0;».</translation>
    </message>
    <message>
        <source>{cp_id} has sent no certificate request waiting to be signed.</source>
        <translation>{cp_id} n&apos;a envoyé aucune demande de certificat en attente de signature.</translation>
    </message>
    <message>
        <source>{path} cannot be read: {error}</source>
        <translation>Impossible de lire {path}&#xa0;: {error}</translation>
    </message>
    <message>
        <source>The key is {key}: the whitepaper asks for RSA of at least 2048 bits.</source>
        <translation>La clé est {key}&#xa0;: le livre blanc exige RSA d&apos;au moins 2048 bits.</translation>
    </message>
    <message>
        <source>The key is {key}: the whitepaper asks for ECC of at least 224 bits.</source>
        <translation>La clé est {key}&#xa0;: le livre blanc exige ECC d&apos;au moins 224 bits.</translation>
    </message>
    <message>
        <source>The key is {key}: only RSA and ECC keys are accepted.</source>
        <translation>La clé est {key}&#xa0;: seules les clés RSA et ECC sont acceptées.</translation>
    </message>
    <message>
        <source>The request is not a PEM certificate signing request.</source>
        <translation>La demande n&apos;est pas une demande de signature de certificat PEM.</translation>
    </message>
    <message>
        <source>The request&apos;s signature does not verify.</source>
        <translation>La signature de la demande n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>The request names “{name}”, not the charger&apos;s identity {cp_id}.</source>
        <translation>La demande nomme «&#xa0;{name}&#xa0;», pas l&apos;identité du chargeur {cp_id}.</translation>
    </message>
    <message>
        <source>This is not a PEM certificate.</source>
        <translation>Ce n&apos;est pas un certificat PEM.</translation>
    </message>
    <message>
        <source>The CA&apos;s key is neither RSA nor ECC.</source>
        <translation>La clé de l&apos;AC n&apos;est ni RSA ni ECC.</translation>
    </message>
    <message>
        <source>This certificate is not for the key of the charger&apos;s request.</source>
        <translation>Ce certificat ne correspond pas à la clé de la demande du chargeur.</translation>
    </message>
    <message>
        <source>This certificate names “{name}”, not {cp_id}.</source>
        <translation>Ce certificat nomme «&#xa0;{name}&#xa0;», pas {cp_id}.</translation>
    </message>
    <message>
        <source>This certificate is not valid now (valid until {day}).</source>
        <translation>Ce certificat n&apos;est pas valide maintenant (valide jusqu&apos;au {day}).</translation>
    </message>
</context>
<context>
    <name>ChargerCertificatesTab</name>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire le</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Numéro de série</translation>
    </message>
    <message>
        <source>The charger sent a certificate request.</source>
        <translation>Le chargeur a envoyé une demande de certificat.</translation>
    </message>
    <message>
        <source>The charger&apos;s certificate request was refused.</source>
        <translation>La demande de certificat du chargeur a été refusée.</translation>
    </message>
    <message>
        <source>The signed certificate was sent to the charger.</source>
        <translation>Le certificat signé a été envoyé au chargeur.</translation>
    </message>
    <message>
        <source>The charger accepted its new certificate.</source>
        <translation>Le chargeur a accepté son nouveau certificat.</translation>
    </message>
    <message>
        <source>The certificate could not be delivered.</source>
        <translation>Le certificat n&apos;a pas pu être transmis.</translation>
    </message>
    <message>
        <source>Renewal asked: waiting for the charger&apos;s request.</source>
        <translation>Renouvellement demandé&#xa0;: en attente de la demande du chargeur.</translation>
    </message>
    <message>
        <source>The charger refused to renew its certificate.</source>
        <translation>Le chargeur a refusé de renouveler son certificat.</translation>
    </message>
    <message>
        <source>The site&apos;s CA was installed.</source>
        <translation>L&apos;AC du site a été installée.</translation>
    </message>
    <message>
        <source>The charger refused the site&apos;s CA.</source>
        <translation>Le chargeur a refusé l&apos;AC du site.</translation>
    </message>
    <message>
        <source>A CA certificate was deleted.</source>
        <translation>Un certificat d&apos;AC a été supprimé.</translation>
    </message>
    <message>
        <source>The charger did not delete the CA certificate.</source>
        <translation>Le chargeur n&apos;a pas supprimé le certificat d&apos;AC.</translation>
    </message>
    <message>
        <source>The charger&apos;s request was exported.</source>
        <translation>La demande du chargeur a été exportée.</translation>
    </message>
    <message>
        <source>Select a charger on the left to see its certificates.</source>
        <translation>Choisissez un chargeur à gauche pour voir ses certificats.</translation>
    </message>
    <message>
        <source>The charger&apos;s certificate</source>
        <translation>Certificat du chargeur</translation>
    </message>
    <message>
        <source>Renew the charger&apos;s certificate</source>
        <translation>Renouveler le certificat du chargeur</translation>
    </message>
    <message>
        <source>Send ExtendedTriggerMessage SignChargePointCertificate (OCPP 2.0.1: TriggerMessage SignChargingStationCertificate): the charger makes a new key pair and sends its request; the site&apos;s local CA signs it (or export it for your own CA)</source>
        <translation>Envoyer ExtendedTriggerMessage SignChargePointCertificate (OCPP 2.0.1&#xa0;: TriggerMessage SignChargingStationCertificate)&#xa0;: le chargeur crée une nouvelle paire de clés et envoie sa demande&#xa0;; l&apos;AC locale du site la signe (ou exportez-la pour votre propre AC)</translation>
    </message>
    <message>
        <source>Send InstallCertificate: the site&apos;s CA becomes the charger&apos;s CentralSystemRootCertificate (OCPP 2.0.1: CSMSRootCertificate), so it trusts certificates the site signs</source>
        <translation>Envoyer InstallCertificate&#xa0;: l&apos;AC du site devient le CentralSystemRootCertificate du chargeur (OCPP 2.0.1&#xa0;: CSMSRootCertificate), qui fait alors confiance aux certificats signés par le site</translation>
    </message>
    <message>
        <source>Export the request…</source>
        <translation>Exporter la demande…</translation>
    </message>
    <message>
        <source>The charger rejected the signed certificate. A charger takes a certificate only from a CA it trusts: install the site&apos;s CA (below), then renew.</source>
        <translation>Le chargeur a refusé le certificat signé. Un chargeur n&apos;accepte un certificat que d&apos;une AC à laquelle il fait confiance : installez l&apos;AC du site (ci-dessous), puis renouvelez.</translation>
    </message>
    <message>
        <source>The automatic renewal could not reach the charger; it is asked again tomorrow.</source>
        <translation>Le renouvellement automatique n&apos;a pas pu joindre le chargeur&#xa0;; il sera sollicité à nouveau demain.</translation>
    </message>
    <message>
        <source>Save the charger&apos;s certificate request (PEM) for your own CA</source>
        <translation>Enregistrer la demande de certificat du chargeur (PEM) pour votre propre AC</translation>
    </message>
    <message>
        <source>Send the signed certificate…</source>
        <translation>Envoyer le certificat signé…</translation>
    </message>
    <message>
        <source>Choose the certificate your CA made for the request (PEM, with its CA chain) and send it with CertificateSigned</source>
        <translation>Choisir le certificat que votre AC a établi pour la demande (PEM, avec sa chaîne d&apos;AC) et l&apos;envoyer avec CertificateSigned</translation>
    </message>
    <message>
        <source>CA certificates on the charger</source>
        <translation>Certificats d&apos;AC sur le chargeur</translation>
    </message>
    <message>
        <source>Read from the charger</source>
        <translation>Lire depuis le chargeur</translation>
    </message>
    <message>
        <source>Send GetInstalledCertificateIds for both kinds of CA certificate</source>
        <translation>Envoyer GetInstalledCertificateIds pour les deux types de certificats d&apos;AC</translation>
    </message>
    <message>
        <source>Install the site&apos;s CA</source>
        <translation>Installer l&apos;AC du site</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Send DeleteCertificate for the selected CA certificate</source>
        <translation>Envoyer DeleteCertificate pour le certificat d&apos;AC choisi</translation>
    </message>
    <message>
        <source>{subject} — serial {serial}, expires {day}</source>
        <translation>{subject} — numéro de série {serial}, expire le {day}</translation>
    </message>
    <message>
        <source>No certificate signed or sent from here yet.</source>
        <translation>Aucun certificat signé ou envoyé d&apos;ici pour l&apos;instant.</translation>
    </message>
    <message>
        <source>This site signs with its own CA: export the request, then send the certificate your CA made.</source>
        <translation>Ce site signe avec sa propre AC&#xa0;: exportez la demande, puis envoyez le certificat établi par votre AC.</translation>
    </message>
    <message>
        <source>Renewed automatically {days} days before it expires (the central system asks the charger once a day until it has a new certificate).</source>
        <translation>Renouvelé automatiquement {days} jours avant son expiration (le système central sollicite le chargeur une fois par jour jusqu&apos;à ce qu&apos;il ait un nouveau certificat).</translation>
    </message>
    <message>
        <source>Central system root</source>
        <translation>Racine du système central</translation>
    </message>
    <message>
        <source>Manufacturer root</source>
        <translation>Racine du fabricant</translation>
    </message>
    <message>
        <source>(not installed from here)</source>
        <translation>(non installé d&apos;ici)</translation>
    </message>
    <message>
        <source>{subject} (the site&apos;s CA)</source>
        <translation>{subject} (l&apos;AC du site)</translation>
    </message>
    <message>
        <source>issuer name hash {name}
issuer key hash {key}</source>
        <translation>empreinte du nom de l&apos;émetteur {name}
empreinte de la clé de l&apos;émetteur {key}</translation>
    </message>
    <message>
        <source>Delete a CA certificate</source>
        <translation>Supprimer un certificat d&apos;AC</translation>
    </message>
    <message>
        <source>Delete {subject} from {cp_id}? The charger no longer trusts what this CA signed.</source>
        <translation>Supprimer {subject} de {cp_id}&#xa0;? Le chargeur ne fera plus confiance à ce que cette AC a signé.</translation>
    </message>
    <message>
        <source>Export the charger&apos;s request</source>
        <translation>Exporter la demande du chargeur</translation>
    </message>
    <message>
        <source>Request saved to {path}.</source>
        <translation>Demande enregistrée dans {path}.</translation>
    </message>
    <message>
        <source>The certificate your CA made</source>
        <translation>Le certificat établi par votre AC</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer)</source>
        <translation>Certificats (*.pem *.crt *.cer)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>{action}: the charger answered {status}.</source>
        <translation>{action}&#xa0;: le chargeur a répondu {status}.</translation>
    </message>
    <message>
        <source>{action} sent…</source>
        <translation>{action} envoyé…</translation>
    </message>
</context>
<context>
    <name>ChargerConfig</name>
    <message>
        <source>RebootRequired — used after a reset</source>
        <translation>RebootRequired — utilisée après une réinitialisation</translation>
    </message>
    <message>
        <source>Rejected by the charger</source>
        <translation>Refusée par le chargeur</translation>
    </message>
    <message>
        <source>no answer (timeout)</source>
        <translation>pas de réponse (délai dépassé)</translation>
    </message>
    <message>
        <source>offline — not sent</source>
        <translation>hors ligne — non envoyée</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>read-only — not sent</source>
        <translation>lecture seule — non envoyée</translation>
    </message>
    <message>
        <source>already this value</source>
        <translation>a déjà cette valeur</translation>
    </message>
    <message>
        <source>skipped — a password is never applied from a snapshot</source>
        <translation>ignorée — un mot de passe n&apos;est jamais appliqué depuis un instantané</translation>
    </message>
    <message>
        <source>sending…</source>
        <translation>envoi…</translation>
    </message>
    <message>
        <source>the charger is not connected</source>
        <translation>le chargeur n&apos;est pas connecté</translation>
    </message>
    <message>
        <source>the charger did not answer in time</source>
        <translation>le chargeur n&apos;a pas répondu à temps</translation>
    </message>
    <message>
        <source>Unexpected error: {error}</source>
        <translation>Erreur inattendue : {error}</translation>
    </message>
</context>
<context>
    <name>ChargerConfigTab</name>
    <message>
        <source>Select a charger to see its configuration keys.</source>
        <translation>Sélectionnez un chargeur pour voir ses clés de configuration.</translation>
    </message>
    <message>
        <source>Search keys and values…  (Ctrl+F)</source>
        <translation>Rechercher clés et valeurs…  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Shows only the keys whose name or value contains this text</source>
        <translation>N&apos;affiche que les clés dont le nom ou la valeur contient ce texte</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Read every key from the charger again (F5)</source>
        <translation>Relire toutes les clés du chargeur (F5)</translation>
    </message>
    <message>
        <source>Reset now</source>
        <translation>Réinitialiser maintenant</translation>
    </message>
    <message>
        <source>Send a soft Reset: the charger restarts when no charge is running</source>
        <translation>Envoyer un Reset logiciel : le chargeur redémarre quand aucune recharge n&apos;est en cours</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <source>Change the selected key</source>
        <translation>Modifier la clé sélectionnée</translation>
    </message>
    <message>
        <source>new value</source>
        <translation>nouvelle valeur</translation>
    </message>
    <message>
        <source>Send to charger</source>
        <translation>Envoyer au chargeur</translation>
    </message>
    <message>
        <source>ChangeConfiguration (1.6) / SetVariables (2.0.1) with this value (Enter)</source>
        <translation>ChangeConfiguration (1.6) / SetVariables (2.0.1) avec cette valeur (Entrée)</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Key names, comma-separated (e.g. LocalAuthListEnabled, VendorKey)</source>
        <translation>Noms de clés, séparés par des virgules (p. ex. LocalAuthListEnabled, VendorKey)</translation>
    </message>
    <message>
        <source>GetConfiguration with these keys: found ones are added to the table, unknown ones are listed</source>
        <translation>GetConfiguration avec ces clés : celles trouvées sont ajoutées au tableau, les inconnues sont listées</translation>
    </message>
    <message>
        <source>Ask charger</source>
        <translation>Interroger le chargeur</translation>
    </message>
    <message>
        <source>Ask for keys:</source>
        <translation>Demander des clés :</translation>
    </message>
    <message>
        <source>Configuration of {cp_id}</source>
        <translation>Configuration de {cp_id}</translation>
    </message>
    <message>
        <source>{cp_id} is offline: keys cannot be read or changed until it connects.</source>
        <translation>{cp_id} est hors ligne : les clés ne peuvent être lues ni modifiées avant sa connexion.</translation>
    </message>
    <message>
        <source>{cp_id} is offline and no snapshot of its configuration is stored.</source>
        <translation>{cp_id} est hors ligne et aucun instantané de sa configuration n&apos;est enregistré.</translation>
    </message>
    <message>
        <source>{cp_id} is offline: showing the snapshot of {taken_at} ({key_count} keys). Nothing can be changed until it connects.</source>
        <translation>{cp_id} est hors ligne : affichage de l&apos;instantané du {taken_at} ({key_count} clés). Rien ne peut être modifié avant sa connexion.</translation>
    </message>
    <message>
        <source>Reading the configuration of {cp_id}…</source>
        <translation>Lecture de la configuration de {cp_id}…</translation>
    </message>
    <message>
        <source>Could not read the configuration: {error}</source>
        <translation>Impossible de lire la configuration : {error}</translation>
    </message>
    <message>
        <source>Type one or more key names, separated by commas.</source>
        <translation>Saisissez un ou plusieurs noms de clés, séparés par des virgules.</translation>
    </message>
    <message>
        <source>Could not ask {cp_id}: {error}</source>
        <translation>Impossible d&apos;interroger {cp_id} : {error}</translation>
    </message>
    <message>
        <source>Unknown to {cp_id}: {items}</source>
        <translation>Inconnues de {cp_id} : {items}</translation>
    </message>
    <message>
        <source>Found: {found}.</source>
        <translation>Trouvées : {found}.</translation>
    </message>
    <message>
        <source>None of these keys is known to the charger.</source>
        <translation>Aucune de ces clés n&apos;est connue du chargeur.</translation>
    </message>
    <message>
        <source>new password</source>
        <translation>nouveau mot de passe</translation>
    </message>
    <message>
        <source>Select a key in the table.</source>
        <translation>Sélectionnez une clé dans le tableau.</translation>
    </message>
    <message>
        <source>{key} is read-only: the charger does not allow changing it.</source>
        <translation>{key} est en lecture seule : le chargeur ne permet pas de la modifier.</translation>
    </message>
    <message>
        <source>The charger is offline.</source>
        <translation>Le chargeur est hors ligne.</translation>
    </message>
    <message>
        <source>Waiting for the charger&apos;s answer…</source>
        <translation>En attente de la réponse du chargeur…</translation>
    </message>
    <message>
        <source>{key} is the charger&apos;s password. Enter sends the new one; when the charger accepts it, it also becomes the station&apos;s password, so the charger is let in on its next connection.</source>
        <translation>{key} est le mot de passe du chargeur. Entrée envoie le nouveau ; si le chargeur l&apos;accepte, il devient aussi le mot de passe de la borne de recharge, et le chargeur est admis à sa prochaine connexion.</translation>
    </message>
    <message>
        <source>Enter sends the value; the charger&apos;s answer appears on the key&apos;s row.</source>
        <translation>Entrée envoie la valeur ; la réponse du chargeur apparaît sur la ligne de la clé.</translation>
    </message>
    <message>
        <source>The value is {count} characters long; OCPP allows at most {max}.</source>
        <translation>La valeur fait {count} caractères ; OCPP en autorise au plus {max}.</translation>
    </message>
    <message>
        <source>Sending {key} = {shown} to {cp_id}…</source>
        <translation>Envoi de {key} = {shown} à {cp_id}…</translation>
    </message>
    <message>
        <source>{key} not changed: {reason}.</source>
        <translation>{key} non modifiée : {reason}.</translation>
    </message>
    <message>
        <source>{cp_id} answered {status} to {key} = {value}. ({detail})</source>
        <translation>{cp_id} a répondu {status} à {key} = {value}. ({detail})</translation>
    </message>
    <message>
        <source>{cp_id} answered {status} to {key} = {value}.</source>
        <translation>{cp_id} a répondu {status} à {key} = {value}.</translation>
    </message>
    <message>
        <source>{keys}: the charger uses the new value after a reboot. Reset now?</source>
        <translation>{keys} : le chargeur utilise la nouvelle valeur après un redémarrage. Réinitialiser maintenant ?</translation>
    </message>
    <message>
        <source>Reset not sent: {error}</source>
        <translation>Reset non envoyé : {error}</translation>
    </message>
    <message>
        <source>{cp_id} accepted the Reset: it restarts and uses the new values.</source>
        <translation>{cp_id} a accepté le Reset : il redémarre et utilise les nouvelles valeurs.</translation>
    </message>
    <message>
        <source>{cp_id} answered {status} to the Reset.</source>
        <translation>{cp_id} a répondu {status} au Reset.</translation>
    </message>
</context>
<context>
    <name>ChargerEvents</name>
    <message>
        <source>connected (OCPP {version}, TLS) from {ip}</source>
        <translation>connecté (OCPP {version}, TLS) depuis {ip}</translation>
    </message>
    <message>
        <source>connected (OCPP {version}) from {ip}</source>
        <translation>connecté (OCPP {version}) depuis {ip}</translation>
    </message>
    <message>
        <source>code {code}</source>
        <translation>code {code}</translation>
    </message>
    <message>
        <source>disconnected</source>
        <translation>déconnecté</translation>
    </message>
    <message>
        <source>disconnected: {reason}</source>
        <translation>déconnecté : {reason}</translation>
    </message>
    <message>
        <source>booted: {vendor} {model}, firmware {firmware} — answered {registration}</source>
        <translation>démarré : {vendor} {model}, firmware {firmware} — réponse {registration}</translation>
    </message>
    <message>
        <source>charger: {status}{error}</source>
        <translation>chargeur : {status}{error}</translation>
    </message>
    <message>
        <source>connector {connector}: {status}{error}</source>
        <translation>prise {connector} : {status}{error}</translation>
    </message>
    <message>
        <source>firmware: {status}</source>
        <translation>firmware : {status}</translation>
    </message>
    <message>
        <source>diagnostics: {status}</source>
        <translation>diagnostic : {status}</translation>
    </message>
    <message>
        <source>security event: {event} ({info})</source>
        <translation>événement de sécurité : {event} ({info})</translation>
    </message>
    <message>
        <source>security event: {event}</source>
        <translation>événement de sécurité : {event}</translation>
    </message>
    <message>
        <source>every EVSE</source>
        <translation>chaque EVSE</translation>
    </message>
    <message>
        <source>whole station</source>
        <translation>borne de recharge entière</translation>
    </message>
    <message>
        <source>EVSE {evse}</source>
        <translation>EVSE {evse}</translation>
    </message>
    <message>
        <source>limit set on site cleared by {source} on {where}</source>
        <translation>limite fixée sur site levée par {source} sur {where}</translation>
    </message>
    <message>
        <source>limit set on site by {source} on {where}</source>
        <translation>limite fixée sur site par {source} sur {where}</translation>
    </message>
    <message>
        <source>card {tag}{who} refused: {reason}</source>
        <translation>badge {tag}{who} refusé : {reason}</translation>
    </message>
    <message>
        <source>card {tag}{who} accepted</source>
        <translation>badge {tag}{who} accepté</translation>
    </message>
    <message>
        <source>connector {connector}: session {transaction} started by {who}</source>
        <translation>prise {connector} : session de recharge {transaction} démarrée par {who}</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>aucune raison donnée</translation>
    </message>
    <message>
        <source>connector {connector}: session {transaction} stopped ({reason})</source>
        <translation>prise {connector} : session de recharge {transaction} terminée ({reason})</translation>
    </message>
    <message>
        <source>connector {connector}: session {transaction} stopped ({reason}, {kwh} kWh)</source>
        <translation>prise {connector} : session de recharge {transaction} terminée ({reason}, {kwh} kWh)</translation>
    </message>
</context>
<context>
    <name>ChargerEventsBox</name>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Component / variable</source>
        <translation>Composant / variable</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation>Levé</translation>
    </message>
    <message>
        <source>upper threshold {value}</source>
        <translation>seuil haut {value}</translation>
    </message>
    <message>
        <source>lower threshold {value}</source>
        <translation>seuil bas {value}</translation>
    </message>
    <message>
        <source>change of {value}</source>
        <translation>variation de {value}</translation>
    </message>
    <message>
        <source>every {value} s</source>
        <translation>toutes les {value} s</translation>
    </message>
    <message>
        <source>Monitor alert</source>
        <translation>Surveillance : alerte</translation>
    </message>
    <message>
        <source>Monitor: value changed</source>
        <translation>Surveillance : valeur modifiée</translation>
    </message>
    <message>
        <source>Monitor: periodic value</source>
        <translation>Surveillance : valeur périodique</translation>
    </message>
    <message>
        <source>Charger alert</source>
        <translation>Alerte de la borne</translation>
    </message>
    <message>
        <source>Charger notice</source>
        <translation>Avis de la borne</translation>
    </message>
    <message>
        <source>Security event</source>
        <translation>Événement de sécurité</translation>
    </message>
    <message>
        <source>cleared {time}</source>
        <translation>levé à {time}</translation>
    </message>
    <message>
        <source>cleared</source>
        <translation>levé</translation>
    </message>
    <message>
        <source>not cleared</source>
        <translation>non levé</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>What the charger reported as events: its monitors and alerts (OCPP 2.0.1 NotifyEvent) and its security events, newest first</source>
        <translation>Ce que la borne a signalé comme événements : ses surveillances et alertes (OCPP 2.0.1 NotifyEvent) et ses événements de sécurité, les plus récents en premier</translation>
    </message>
    <message>
        <source>No event reported by this charger.</source>
        <translation>Cette borne n&apos;a signalé aucun événement.</translation>
    </message>
</context>
<context>
    <name>ChargerMonitorsTab</name>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Component / variable</source>
        <translation>Composant / variable</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>During a transaction only</source>
        <translation>Seulement pendant une transaction</translation>
    </message>
    <message>
        <source>Above a threshold</source>
        <translation>Au-dessus d’un seuil</translation>
    </message>
    <message>
        <source>Below a threshold</source>
        <translation>En dessous d’un seuil</translation>
    </message>
    <message>
        <source>Changes by more than</source>
        <translation>Varie de plus de</translation>
    </message>
    <message>
        <source>Every N seconds</source>
        <translation>Toutes les N secondes</translation>
    </message>
    <message>
        <source>Every N seconds, clock-aligned</source>
        <translation>Toutes les N secondes, alignées sur l’horloge</translation>
    </message>
    <message>
        <source>Select a charger on the left to see its variable monitors.</source>
        <translation>Choisissez une borne à gauche pour voir ses surveillances de variables.</translation>
    </message>
    <message>
        <source>Monitors on the charger</source>
        <translation>Surveillances sur la borne</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Send GetMonitoringReport: the charger reports all its monitors</source>
        <translation>Envoyer GetMonitoringReport : la borne signale toutes ses surveillances</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Retirer la sélection</translation>
    </message>
    <message>
        <source>Send ClearVariableMonitoring for the selected monitors</source>
        <translation>Envoyer ClearVariableMonitoring pour les surveillances sélectionnées</translation>
    </message>
    <message>
        <source>Add a monitor</source>
        <translation>Ajouter une surveillance</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>a number (seconds for a period)</source>
        <translation>un nombre (secondes pour une période)</translation>
    </message>
    <message>
        <source>only while a transaction runs</source>
        <translation>seulement pendant une transaction</translation>
    </message>
    <message>
        <source>Component:</source>
        <translation>Composant :</translation>
    </message>
    <message>
        <source>EVSE:</source>
        <translation>EVSE :</translation>
    </message>
    <message>
        <source>Variable:</source>
        <translation>Variable :</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type :</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>Valeur :</translation>
    </message>
    <message>
        <source>Severity:</source>
        <translation>Gravité :</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Send SetVariableMonitoring</source>
        <translation>Envoyer SetVariableMonitoring</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>The charger has no monitor.</source>
        <translation>La borne n&apos;a aucune surveillance.</translation>
    </message>
    <message>
        <source>The charger is sending its monitors…</source>
        <translation>La borne envoie ses surveillances…</translation>
    </message>
    <message>
        <source>GetMonitoringReport: the charger answered {status}.</source>
        <translation>GetMonitoringReport : la borne a répondu {status}.</translation>
    </message>
    <message>
        <source>Monitor {id} added: {answer}.</source>
        <translation>Surveillance {id} ajoutée : {answer}.</translation>
    </message>
    <message>
        <source>Not added ({status}): {answer}.</source>
        <translation>Pas ajoutée ({status}) : {answer}.</translation>
    </message>
    <message>
        <source>SetVariableMonitoring sent…</source>
        <translation>SetVariableMonitoring envoyé…</translation>
    </message>
    <message>
        <source>monitor {id}: {answer}</source>
        <translation>surveillance {id} : {answer}</translation>
    </message>
    <message>
        <source>ClearVariableMonitoring sent…</source>
        <translation>ClearVariableMonitoring envoyé…</translation>
    </message>
    <message>
        <source>The charger&apos;s monitors were read.</source>
        <translation>Les surveillances de la borne ont été lues.</translation>
    </message>
</context>
<context>
    <name>ChargerOperations</name>
    <message>
        <source>Connector {n}</source>
        <translation>Prise {n}</translation>
    </message>
    <message>
        <source>Pick a user&apos;s tag or type one</source>
        <translation>Choisissez le badge d&apos;un utilisateur ou saisissez-en un</translation>
    </message>
    <message>
        <source>The idTag the charger uses: pick a user&apos;s tag or type one</source>
        <translation>L&apos;idTag utilisé par le chargeur : choisissez le badge d&apos;un utilisateur ou saisissez-en un</translation>
    </message>
    <message>
        <source>Connector {connector} · {tag}{who} · since {since} · session {session}</source>
        <translation>Prise {connector} · {tag}{who} · depuis {since} · session {session}</translation>
    </message>
</context>
<context>
    <name>ChargerOperationsTab</name>
    <message>
        <source>Transactions</source>
        <translation>Transactions</translation>
    </message>
    <message>
        <source>Charger control</source>
        <translation>Commande du chargeur</translation>
    </message>
    <message>
        <source>Local list</source>
        <translation>Liste locale</translation>
    </message>
    <message>
        <source>Reservations</source>
        <translation>Réservations</translation>
    </message>
    <message>
        <source>Smart charging</source>
        <translation>Recharge intelligente</translation>
    </message>
    <message>
        <source>Sending…</source>
        <extracomment>the smart-charging part: each of its pages shows the limits set on site on the charger</extracomment>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>Select a charger on the left to send it operations.</source>
        <translation>Sélectionnez un chargeur à gauche pour lui envoyer des opérations.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Results&lt;/b&gt;</source>
        <translation>&lt;b&gt;Résultats&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Clear results</source>
        <translation>Effacer les résultats</translation>
    </message>
    <message>
        <source>Empty this charger&apos;s results list</source>
        <translation>Vider la liste des résultats de ce chargeur</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Opération</translation>
    </message>
    <message>
        <source>Charger&apos;s answer</source>
        <translation>Réponse du chargeur</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latence</translation>
    </message>
    <message>
        <source>Select a result to see the request and the charger&apos;s full answer.</source>
        <translation>Sélectionnez un résultat pour voir la requête et la réponse complète du chargeur.</translation>
    </message>
    <message>
        <source>not read: {error}</source>
        <translation>non lu : {error}</translation>
    </message>
    <message>
        <source>Limits set on site:</source>
        <translation>Limites fixées sur site :</translation>
    </message>
    <message>
        <source>Could not load {cp_id} from the database: {error}</source>
        <translation>Impossible de charger {cp_id} depuis la base de données : {error}</translation>
    </message>
    <message>
        <source>● online</source>
        <translation>● en ligne</translation>
    </message>
    <message>
        <source>● offline — operations will report that it is offline</source>
        <translation>● hors ligne — les opérations signaleront qu&apos;il est hors ligne</translation>
    </message>
    <message>
        <source>no station bound</source>
        <translation>aucune borne de recharge associée</translation>
    </message>
    <message>
        <source>&lt;b&gt;{cp_id}&lt;/b&gt; · {station} · OCPP {version} · {state}</source>
        <translation>&lt;b&gt;{cp_id}&lt;/b&gt; · {station} · OCPP {version} · {state}</translation>
    </message>
    <message>
        <source>Could not load the reservations: {error}</source>
        <translation>Impossible de charger les réservations : {error}</translation>
    </message>
    <message>
        <source>Could not load the running sessions: {error}</source>
        <translation>Impossible de charger les sessions de recharge en cours : {error}</translation>
    </message>
    <message>
        <source>{cp_id} is not connected</source>
        <translation>{cp_id} n&apos;est pas connecté</translation>
    </message>
    <message>
        <source>Offline — {error}</source>
        <translation>Hors ligne — {error}</translation>
    </message>
    <message>
        <source>Timeout — {error}</source>
        <translation>Délai dépassé — {error}</translation>
    </message>
    <message>
        <source>Not supported — {error}</source>
        <translation>Non pris en charge — {error}</translation>
    </message>
    <message>
        <source>Not sent, invalid request — {error}</source>
        <translation>Non envoyé, requête invalide — {error}</translation>
    </message>
    <message>
        <source>Invalid answer — {error}</source>
        <translation>Réponse invalide — {error}</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Error — {kind}: {error}</source>
        <translation>Erreur — {kind} : {error}</translation>
    </message>
    <message>
        <source>{operation} at {time}
Request: {request}

Answer: {answer}
{detail}</source>
        <translation>{operation} à {time}
Requête : {request}

Réponse : {answer}
{detail}</translation>
    </message>
</context>
<context>
    <name>ChargerOverviewTab</name>
    <message>
        <source>Connector</source>
        <translation>Prise</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Puissance</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Énergie</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transaction</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>Select a charger on the left to see who it is and its connectors live.</source>
        <translation>Sélectionnez un chargeur à gauche pour voir qui il est et ses prises en direct.</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <source>Charge point id</source>
        <translation>Identifiant du point de charge</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Borne de recharge</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>Adresse IP</translation>
    </message>
    <message>
        <source>OCPP version</source>
        <translation>Version OCPP</translation>
    </message>
    <message>
        <source>Charger status</source>
        <translation>État du chargeur</translation>
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
        <source>First seen</source>
        <translation>Vu la première fois</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Vu la dernière fois</translation>
    </message>
    <message>
        <source>Last boot</source>
        <translation>Dernier démarrage</translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation>{label} :</translation>
    </message>
    <message>
        <source>The central system keeps the charger&apos;s local authorization list in sync with who may charge at its station at any time: the charger uses it while it is offline.</source>
        <translation>Le système central tient la liste d&apos;autorisation locale du point de charge à jour avec les personnes autorisées à charger à sa borne de recharge à tout moment : le point de charge l&apos;utilise lorsqu&apos;il est hors ligne.</translation>
    </message>
    <message>
        <source>Local list:</source>
        <translation>Liste locale :</translation>
    </message>
    <message>
        <source>Limits set on site:</source>
        <translation>Limites fixées sur site :</translation>
    </message>
    <message>
        <source>Connectors (live)</source>
        <translation>Prises (en direct)</translation>
    </message>
    <message>
        <source>Recent events of this charger</source>
        <translation>Événements récents de ce chargeur</translation>
    </message>
    <message>
        <source>What this charger did since the console started, newest first: connections, boots, status changes, cards and sessions (the Log page has every message)</source>
        <translation>Ce que ce chargeur a fait depuis le démarrage de la console, le plus récent d&apos;abord : connexions, démarrages, changements d&apos;état, badges et sessions de recharge (la page Journal a chaque message)</translation>
    </message>
    <message>
        <source>Nothing yet since the console started.</source>
        <translation>Rien encore depuis le démarrage de la console.</translation>
    </message>
    <message>
        <source>not read: {error}</source>
        <translation>non lu : {error}</translation>
    </message>
    <message>
        <source>{registration} (its charger never connected)</source>
        <translation>{registration} (son chargeur ne s&apos;est jamais connecté)</translation>
    </message>
    <message>
        <source>New — waiting for an operator (Pending)</source>
        <translation>Nouveau — attend un opérateur (Pending)</translation>
    </message>
    <message>
        <source>not bound to a station</source>
        <translation>associé à aucune borne de recharge</translation>
    </message>
    <message>
        <source>online</source>
        <translation>en ligne</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>hors ligne</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>now (connected)</source>
        <translation>maintenant (connecté)</translation>
    </message>
    <message>
        <source>not synchronised yet</source>
        <translation>pas encore synchronisée</translation>
    </message>
    <message>
        <source>none — cards are not checked against the station&apos;s rules while it is offline ({at}: {outcome})</source>
        <translation>aucune — les badges ne sont pas vérifiés selon les règles de la borne de recharge lorsqu&apos;il est hors ligne ({at} : {outcome})</translation>
    </message>
    <message>
        <source>not in sync — {at}: {outcome}</source>
        <translation>pas synchronisée — {at} : {outcome}</translation>
    </message>
    <message>
        <source>No connector has reported yet: they appear with the charger&apos;s first StatusNotification.</source>
        <translation>Aucune prise ne s&apos;est encore signalée : elles apparaissent avec la première StatusNotification du chargeur.</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>{transaction} (stopped)</source>
        <translation>{transaction} (terminée)</translation>
    </message>
</context>
<context>
    <name>ChargerPlurals</name>
    <message numerus="yes">
        <source>%n keys ({ro} read-only) read from {cp_id} (OCPP {ocpp_version}) at {read_at}.</source>
        <translation>
            <numerusform>%n clé ({ro} en lecture seule) lue sur {cp_id} (OCPP {ocpp_version}) à {read_at}.</numerusform>
            <numerusform>%n clés ({ro} en lecture seule) lues sur {cp_id} (OCPP {ocpp_version}) à {read_at}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Snapshot of %n key(s) stored ({snapshot}).</source>
        <translation>
            <numerusform>Instantané de %n clé enregistré ({snapshot}).</numerusform>
            <numerusform>Instantané de %n clés enregistré ({snapshot}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n snapshot(s) of {cp_id}? The charger is not touched.</source>
        <translation>
            <numerusform>Supprimer %n instantané de {cp_id} ? Le chargeur n&apos;est pas touché.</numerusform>
            <numerusform>Supprimer %n instantanés de {cp_id} ? Le chargeur n&apos;est pas touché.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n snapshot(s).</source>
        <translation>
            <numerusform>%n instantané supprimé.</numerusform>
            <numerusform>%n instantanés supprimés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) ({ro} read-only), {vendor} {model}, firmware {firmware}. Ctrl+click a second snapshot to compare.</source>
        <translation>
            <numerusform>%n clé ({ro} en lecture seule), {vendor} {model}, firmware {firmware}. Ctrl+clic sur un second instantané pour comparer.</numerusform>
            <numerusform>%n clés ({ro} en lecture seule), {vendor} {model}, firmware {firmware}. Ctrl+clic sur un second instantané pour comparer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s)</source>
        <translation>
            <numerusform>%n clé</numerusform>
            <numerusform>%n clés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n charger(s)</source>
        <translation>
            <numerusform>%n chargeur</numerusform>
            <numerusform>%n chargeurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done: %n charger ({tally}).</source>
        <translation>
            <numerusform>Terminé : %n chargeur ({tally}).</numerusform>
            <numerusform>Terminé : %n chargeurs ({tally}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) not applied (see the table; hover for details).</source>
        <translation>
            <numerusform>%n clé non appliquée (voir le tableau ; détails au survol).</numerusform>
            <numerusform>%n clés non appliquées (voir le tableau ; détails au survol).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hard reset {cp_id}? It reboots now and stops the %n running session(s).</source>
        <translation>
            <numerusform>Réinitialisation matérielle de {cp_id} ? Il redémarre maintenant et arrête la %n session en cours.</numerusform>
            <numerusform>Réinitialisation matérielle de {cp_id} ? Il redémarre maintenant et arrête les %n sessions en cours.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Soft reset {cp_id}? It restarts when idle (%n session(s) running).</source>
        <translation>
            <numerusform>Réinitialisation logicielle de {cp_id} ? Il redémarre quand il est au repos (%n session en cours).</numerusform>
            <numerusform>Réinitialisation logicielle de {cp_id} ? Il redémarre quand il est au repos (%n sessions en cours).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{update}, version {version}, %n tag(s) ({left_out} left out)</source>
        <translation>
            <numerusform>{update}, version {version}, %n badge ({left_out} laissés de côté)</numerusform>
            <numerusform>{update}, version {version}, %n badges ({left_out} laissés de côté)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n&lt;/b&gt; tag(s) may charge at {station} at any time and will be sent as list version {version} ({update_type}: {what}).</source>
        <translation>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; badge peut charger à {station} à tout moment et sera envoyé comme version de liste {version} ({update_type} : {what}).</numerusform>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; badges peuvent charger à {station} à tout moment et seront envoyés comme version de liste {version} ({update_type} : {what}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other tag(s) are not listed: they may never charge here or belong to nobody.</source>
        <translation>
            <numerusform>%n autre badge n&apos;est pas listé : il ne peut jamais charger ici ou n&apos;appartient à personne.</numerusform>
            <numerusform>%n autres badges ne sont pas listés : ils ne peuvent jamais charger ici ou n&apos;appartiennent à personne.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n period(s) over {duration} s in {unit}</source>
        <translation>
            <numerusform>%n période sur {duration} s en {unit}</numerusform>
            <numerusform>%n périodes sur {duration} s en {unit}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The charger holds %n profile(s) that match.</source>
        <translation>
            <numerusform>Le chargeur détient %n profil correspondant.</numerusform>
            <numerusform>Le chargeur détient %n profils correspondants.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chargers, {online} online</source>
        <translation>
            <numerusform>%n chargeur, {online} en ligne</numerusform>
            <numerusform>%n chargeurs, {online} en ligne</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>version {version}, %n tag(s) — {at}: {outcome}</source>
        <translation>
            <numerusform>version {version}, %n badge — {at} : {outcome}</numerusform>
            <numerusform>version {version}, %n badges — {at} : {outcome}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>on %n phase(s)</source>
        <translation>
            <numerusform>sur %n phase</numerusform>
            <numerusform>sur %n phases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n variable(s) of {component} read again from {cp_id}.</source>
        <translation>
            <numerusform>%n variable de {component} relue depuis {cp_id}.</numerusform>
            <numerusform>%n variables de {component} relues depuis {cp_id}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChargerSnapshotsTab</name>
    <message>
        <source>changed</source>
        <translation>modifiée</translation>
    </message>
    <message>
        <source>added</source>
        <translation>ajoutée</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>supprimée</translation>
    </message>
    <message>
        <source>{changed} changed, {added} added, {removed} removed, {unchanged} unchanged</source>
        <translation>{changed} modifiées, {added} ajoutées, {removed} supprimées, {unchanged} inchangées</translation>
    </message>
    <message>
        <source>{summary} — the same configuration</source>
        <translation>{summary} — la même configuration</translation>
    </message>
    <message>
        <source>Select a charger to see the snapshots of its configuration.</source>
        <translation>Sélectionnez un chargeur pour voir les instantanés de sa configuration.</translation>
    </message>
    <message>
        <source>Label (optional), e.g. before firmware 2.1</source>
        <translation>Libellé (facultatif), p. ex. avant firmware 2.1</translation>
    </message>
    <message>
        <source>Take snapshot</source>
        <translation>Prendre un instantané</translation>
    </message>
    <message>
        <source>Read every key from the charger now and store it</source>
        <translation>Lire maintenant toutes les clés du chargeur et les enregistrer</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Pris le</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Clés</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>Firmware</translation>
    </message>
    <message>
        <source>Select one snapshot to see its keys, two (Ctrl+click) to compare them</source>
        <translation>Sélectionnez un instantané pour voir ses clés, deux (Ctrl+clic) pour les comparer</translation>
    </message>
    <message>
        <source>Apply to chargers of the same model…</source>
        <translation>Appliquer aux chargeurs du même modèle…</translation>
    </message>
    <message>
        <source>Send the selected snapshot&apos;s values to other chargers of the same vendor and model (you choose the chargers and keys)</source>
        <translation>Envoyer les valeurs de l&apos;instantané sélectionné à d&apos;autres chargeurs du même fabricant et modèle (vous choisissez les chargeurs et les clés)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected snapshots (the chargers are not touched)</source>
        <translation>Supprimer les instantanés sélectionnés (les chargeurs ne sont pas touchés)</translation>
    </message>
    <message>
        <source>Snapshots, newest first</source>
        <translation>Instantanés, les plus récents d&apos;abord</translation>
    </message>
    <message>
        <source>Only differences</source>
        <translation>Seulement les différences</translation>
    </message>
    <message>
        <source>Hide the keys that are the same in both snapshots</source>
        <translation>Masquer les clés identiques dans les deux instantanés</translation>
    </message>
    <message>
        <source>, taken by {actor}</source>
        <translation>, pris par {actor}</translation>
    </message>
    <message>
        <source>The charger is offline: a snapshot needs it connected</source>
        <translation>Le chargeur est hors ligne : un instantané nécessite qu&apos;il soit connecté</translation>
    </message>
    <message>
        <source>Reading the configuration of {cp_id}…</source>
        <translation>Lecture de la configuration de {cp_id}…</translation>
    </message>
    <message>
        <source>No snapshot taken: {error}</source>
        <translation>Aucun instantané pris : {error}</translation>
    </message>
    <message>
        <source>Delete snapshots</source>
        <translation>Supprimer les instantanés</translation>
    </message>
    <message>
        <source>Not deleted: {error}.</source>
        <translation>Non supprimé : {error}.</translation>
    </message>
    <message>
        <source>Send this snapshot&apos;s values to chargers of the same vendor and model (you choose the chargers and keys)</source>
        <translation>Envoyer les valeurs de cet instantané aux chargeurs du même fabricant et modèle (vous choisissez les chargeurs et les clés)</translation>
    </message>
    <message>
        <source>Select one snapshot to apply its values</source>
        <translation>Sélectionnez un instantané pour appliquer ses valeurs</translation>
    </message>
    <message>
        <source>No snapshot yet: take one above.</source>
        <translation>Pas encore d&apos;instantané : prenez-en un ci-dessus.</translation>
    </message>
    <message>
        <source>Select a snapshot to see its keys, or two to compare them.</source>
        <translation>Sélectionnez un instantané pour voir ses clés, ou deux pour les comparer.</translation>
    </message>
    <message>
        <source>Select at most two snapshots to compare.</source>
        <translation>Sélectionnez au plus deux instantanés à comparer.</translation>
    </message>
    <message>
        <source>{error}. The list was refreshed.</source>
        <translation>{error}. La liste a été actualisée.</translation>
    </message>
    <message>
        <source>Snapshot {snapshot_title}</source>
        <translation>Instantané {snapshot_title}</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Accès</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>lecture seule</translation>
    </message>
    <message>
        <source>read-write</source>
        <translation>lecture-écriture</translation>
    </message>
    <message>
        <source>Before: {before}  →  After: {after}</source>
        <translation>Avant : {before}  →  Après : {after}</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Changement</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>(not reported)</source>
        <translation>(non signalée)</translation>
    </message>
    <message>
        <source>{value}  [read-only]</source>
        <translation>{value}  [lecture seule]</translation>
    </message>
</context>
<context>
    <name>ChargersPage</name>
    <message>
        <source>New chargers</source>
        <translation>Nouveaux chargeurs</translation>
    </message>
    <message>
        <source>Chargers</source>
        <translation>Chargeurs</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusés</translation>
    </message>
    <message>
        <source>Charger</source>
        <translation>Chargeur</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Borne de recharge</translation>
    </message>
    <message>
        <source>Vendor / model</source>
        <translation>Fabricant / modèle</translation>
    </message>
    <message>
        <source>Learn card…</source>
        <translation>Apprendre un badge…</translation>
    </message>
    <message>
        <source>Tap an unknown RFID card on a charger and give it to a user</source>
        <translation>Présenter un badge RFID inconnu à un chargeur et l&apos;attribuer à un utilisateur</translation>
    </message>
    <message>
        <source>Add virtual charger…</source>
        <translation>Ajouter un chargeur virtuel…</translation>
    </message>
    <message>
        <source>Start a simulated charger in this console (demos, training)</source>
        <translation>Démarrer un chargeur simulé dans cette console (démonstrations, formation)</translation>
    </message>
    <message>
        <source>Filter: id, station, vendor, model, IP…  (Ctrl+F)</source>
        <translation>Filtre : identifiant, borne de recharge, fabricant, modèle, IP…  (Ctrl+F)</translation>
    </message>
    <message>
        <source>No charger selected</source>
        <translation>Aucun chargeur sélectionné</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Commissioning</source>
        <translation>Mise en service</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Configuration</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Surveillance</translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation>Instantanés</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Opérations</translation>
    </message>
    <message>
        <source>Firmware &amp;&amp; diagnostics</source>
        <translation>Firmware &amp;&amp; diagnostic</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certificats</translation>
    </message>
    <message>
        <source>{cp_id}  NEW</source>
        <translation>{cp_id}  NOUVEAU</translation>
    </message>
    <message>
        <source>not bound</source>
        <translation>non associé</translation>
    </message>
    <message>
        <source>IP {ip}</source>
        <translation>IP {ip}</translation>
    </message>
    <message>
        <source>serial {serial}</source>
        <translation>n° de série {serial}</translation>
    </message>
    <message>
        <source>firmware {firmware}</source>
        <translation>firmware {firmware}</translation>
    </message>
    <message>
        <source>never connected</source>
        <translation>jamais connecté</translation>
    </message>
    <message>
        <source>● online</source>
        <translation>● en ligne</translation>
    </message>
    <message>
        <source>○ offline</source>
        <translation>○ hors ligne</translation>
    </message>
    <message>
        <source>Choose a charger on the left. New chargers waiting for acceptance are listed first.</source>
        <translation>Choisissez un chargeur à gauche. Les nouveaux chargeurs en attente d&apos;acceptation sont listés en premier.</translation>
    </message>
    <message>
        <source>new: accept it on the Commissioning tab</source>
        <translation>nouveau : acceptez-le dans l&apos;onglet Mise en service</translation>
    </message>
    <message>
        <source>online</source>
        <translation>en ligne</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>hors ligne</translation>
    </message>
    <message>
        <source>Could not read the chargers seen: {error}</source>
        <translation>Impossible de lire les chargeurs vus : {error}</translation>
    </message>
</context>
<context>
    <name>ClearCacheForm</name>
    <message>
        <source>The charger forgets the tags it authorized before and asks again next time (the local list is not affected).</source>
        <translation>Le chargeur oublie les badges autorisés auparavant et redemande la prochaine fois (la liste locale n&apos;est pas touchée).</translation>
    </message>
    <message>
        <source>Clear cache</source>
        <translation>Vider le cache</translation>
    </message>
</context>
<context>
    <name>ClearProfileForm</name>
    <message>
        <source>By profile id</source>
        <translation>Par identifiant de profil</translation>
    </message>
    <message>
        <source>By criteria (every profile that matches)</source>
        <translation>Par critères (chaque profil correspondant)</translation>
    </message>
    <message>
        <source>0 — whole charger</source>
        <translation>0 — chargeur entier</translation>
    </message>
    <message>
        <source>Any connector</source>
        <translation>N&apos;importe quelle prise</translation>
    </message>
    <message>
        <source>Any purpose</source>
        <translation>N&apos;importe quel objectif</translation>
    </message>
    <message>
        <source>any</source>
        <translation>quelconque</translation>
    </message>
    <message>
        <source>Profile id</source>
        <translation>Identifiant de profil</translation>
    </message>
    <message>
        <source>Connector</source>
        <translation>Prise</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Stack level</source>
        <translation>Niveau de pile</translation>
    </message>
    <message>
        <source>Clear profiles</source>
        <translation>Effacer les profils</translation>
    </message>
    <message>
        <source>profile #{pid}</source>
        <translation>profil n° {pid}</translation>
    </message>
    <message>
        <source>connector {connector}</source>
        <translation>prise {connector}</translation>
    </message>
    <message>
        <source>stack {stack}</source>
        <translation>pile {stack}</translation>
    </message>
    <message>
        <source>every profile</source>
        <translation>tous les profils</translation>
    </message>
</context>
<context>
    <name>CommissioningTab</name>
    <message>
        <source>Select a charger on the left to accept it, refuse it or run its commissioning checklist.</source>
        <translation>Sélectionnez un chargeur à gauche pour l&apos;accepter, le refuser ou exécuter sa liste de contrôle de mise en service.</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Accept…</source>
        <translation>Accepter…</translation>
    </message>
    <message>
        <source>Bind this charger to a station (or create one) and set its password</source>
        <translation>Associer ce chargeur à une borne de recharge (ou en créer une) et définir son mot de passe</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <source>Its BootNotifications are answered Rejected from now on</source>
        <translation>Ses BootNotifications reçoivent désormais la réponse Rejected</translation>
    </message>
    <message>
        <source>Commissioning checklist</source>
        <translation>Liste de contrôle de mise en service</translation>
    </message>
    <message>
        <source>HeartbeatInterval to set (recommended {seconds} s)</source>
        <translation>HeartbeatInterval à régler (recommandé {seconds} s)</translation>
    </message>
    <message>
        <source>MeterValueSampleInterval to set (recommended {seconds} s; 0 switches periodic meter values off)</source>
        <translation>MeterValueSampleInterval à régler (recommandé {seconds} s ; 0 désactive les relevés périodiques)</translation>
    </message>
    <message>
        <source>Test charge on connector</source>
        <translation>Recharge de test sur la prise</translation>
    </message>
    <message>
        <source>RemoteStart with the technician&apos;s tag, watch status and meter values, RemoteStop. A vehicle (or an EV simulator) must be plugged in.</source>
        <translation>RemoteStart avec le badge du technicien, suivi de l&apos;état et des relevés, RemoteStop. Un véhicule (ou un simulateur de VE) doit être branché.</translation>
    </message>
    <message>
        <source>The connector of the test charge</source>
        <translation>La prise de la recharge de test</translation>
    </message>
    <message>
        <source>The technician&apos;s tag: it must be allowed to charge at this station</source>
        <translation>Le badge du technicien : il doit être autorisé à charger sur cette borne de recharge</translation>
    </message>
    <message>
        <source>technician&apos;s tag</source>
        <translation>badge du technicien</translation>
    </message>
    <message>
        <source>Heartbeat interval:</source>
        <translation>Intervalle de heartbeat :</translation>
    </message>
    <message>
        <source>Meter values every:</source>
        <translation>Relevés toutes les :</translation>
    </message>
    <message>
        <source>with tag:</source>
        <translation>avec le badge :</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Run checklist</source>
        <translation>Exécuter la liste de contrôle</translation>
    </message>
    <message>
        <source>Run every step now (again, for a charger accepted earlier)</source>
        <translation>Exécuter maintenant chaque étape (à nouveau, pour un chargeur accepté plus tôt)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>Exporter le rapport…</translation>
    </message>
    <message>
        <source>Save the last result as a printable HTML or PDF commissioning report</source>
        <translation>Enregistrer le dernier résultat comme rapport de mise en service imprimable en HTML ou PDF</translation>
    </message>
    <message>
        <source>No active tag of an active user yet: add one on the Users page (or learn a card) or type the tag</source>
        <translation>Pas encore de badge actif d&apos;un utilisateur actif : ajoutez-en un dans la page Utilisateurs (ou apprenez un badge) ou saisissez le badge</translation>
    </message>
    <message>
        <source>{cp_id} is not known (yet).</source>
        <translation>{cp_id} n&apos;est pas (encore) connu.</translation>
    </message>
    <message>
        <source>&lt;b&gt;New charger.&lt;/b&gt; {cp_id} ({vendor}) connected from {ip} and waits for an operator. Accept it to bind it to a station; refuse it to keep it out.</source>
        <translation>&lt;b&gt;Nouveau chargeur.&lt;/b&gt; {cp_id} ({vendor}) s&apos;est connecté depuis {ip} et attend un opérateur. Acceptez-le pour l&apos;associer à une borne de recharge ; refusez-le pour le tenir à l&apos;écart.</translation>
    </message>
    <message>
        <source>vendor unknown</source>
        <translation>fabricant inconnu</translation>
    </message>
    <message>
        <source>&lt;b&gt;Refused.&lt;/b&gt; {cp_id} hears Rejected when it boots. You can still accept it.</source>
        <translation>&lt;b&gt;Refusé.&lt;/b&gt; {cp_id} reçoit Rejected à son démarrage. Vous pouvez encore l&apos;accepter.</translation>
    </message>
    <message>
        <source>{cp_id}: {registration}, not bound to a station.</source>
        <translation>{cp_id} : {registration}, associé à aucune borne de recharge.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Accepted&lt;/b&gt;, bound to station &lt;b&gt;{station_name}&lt;/b&gt; ({site_name}).</source>
        <translation>&lt;b&gt;Accepté&lt;/b&gt;, associé à la borne de recharge &lt;b&gt;{station_name}&lt;/b&gt; ({site_name}).</translation>
    </message>
    <message>
        <source>Commissioning checklist — accept the charger first</source>
        <translation>Liste de contrôle de mise en service — acceptez d&apos;abord le chargeur</translation>
    </message>
    <message>
        <source>Run every step now</source>
        <translation>Exécuter maintenant chaque étape</translation>
    </message>
    <message>
        <source>The charger is offline: every step will say so</source>
        <translation>Le chargeur est hors ligne : chaque étape le signalera</translation>
    </message>
    <message>
        <source>{cp_id} was not accepted: {error}</source>
        <translation>{cp_id} n&apos;a pas été accepté : {error}</translation>
    </message>
    <message>
        <source>{cp_id} accepted and bound to station {station}.</source>
        <translation>{cp_id} accepté et associé à la borne de recharge {station}.</translation>
    </message>
    <message>
        <source>The checklist runs as soon as it has booted as Accepted.</source>
        <translation>La liste de contrôle s&apos;exécute dès qu&apos;il a démarré en Accepted.</translation>
    </message>
    <message>
        <source>Refuse charger</source>
        <translation>Refuser le chargeur</translation>
    </message>
    <message>
        <source>Refuse {cp_id}? Its BootNotifications are answered Rejected from now on; you can accept it later.</source>
        <translation>Refuser {cp_id} ? Ses BootNotifications reçoivent désormais la réponse Rejected ; vous pourrez l&apos;accepter plus tard.</translation>
    </message>
    <message>
        <source>{cp_id} could not be refused: {error}</source>
        <translation>{cp_id} n&apos;a pas pu être refusé : {error}</translation>
    </message>
    <message>
        <source>{cp_id} refused.</source>
        <translation>{cp_id} refusé.</translation>
    </message>
    <message>
        <source>The charger did not boot again within 30 s after it was accepted: run the checklist when it is back (Run checklist).</source>
        <translation>Le chargeur n&apos;a pas redémarré dans les 30 s suivant son acceptation : exécutez la liste de contrôle à son retour (Exécuter la liste de contrôle).</translation>
    </message>
    <message>
        <source>Running the checklist on {cp_id}…</source>
        <translation>Liste de contrôle en cours sur {cp_id}…</translation>
    </message>
    <message>
        <source>Checklist cancelled (a test charge in progress was not stopped: stop it on the Operations tab).</source>
        <translation>Liste de contrôle annulée (une recharge de test en cours n&apos;a pas été arrêtée : arrêtez-la dans l&apos;onglet Opérations).</translation>
    </message>
    <message>
        <source>The checklist could not run: {error}</source>
        <translation>La liste de contrôle n&apos;a pas pu s&apos;exécuter : {error}</translation>
    </message>
    <message>
        <source>The checklist has not run for this charger yet.</source>
        <translation>La liste de contrôle n&apos;a pas encore été exécutée pour ce chargeur.</translation>
    </message>
    <message>
        <source>{verdict} — run {when}</source>
        <translation>{verdict} — exécutée le {when}</translation>
    </message>
    <message>
        <source>Export commissioning report</source>
        <translation>Exporter le rapport de mise en service</translation>
    </message>
    <message>
        <source>HTML report (*.html)</source>
        <translation>Rapport HTML (*.html)</translation>
    </message>
    <message>
        <source>The report could not be written to {path}: {error}</source>
        <translation>Le rapport n&apos;a pas pu être écrit dans {path} : {error}</translation>
    </message>
    <message>
        <source>Commissioning report saved to {path}.</source>
        <translation>Rapport de mise en service enregistré dans {path}.</translation>
    </message>
    <message>
        <source>Commissioning report</source>
        <translation>Rapport de mise en service</translation>
    </message>
    <message>
        <source>Qt could not write {path}</source>
        <translation>Qt n&apos;a pas pu écrire {path}</translation>
    </message>
</context>
<context>
    <name>ComponentReportBox</name>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Activé</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>{cp_id} has nothing that matches {component} (EmptyResultSet).</source>
        <translation>{cp_id} n&apos;a rien qui corresponde à {component} (EmptyResultSet).</translation>
    </message>
    <message>
        <source>{cp_id} refused the report (Rejected).</source>
        <translation>{cp_id} a refusé le rapport (Rejected).</translation>
    </message>
    <message>
        <source>{cp_id} does not support these criteria (NotSupported).</source>
        <translation>{cp_id} ne prend pas en charge ces critères (NotSupported).</translation>
    </message>
    <message>
        <source>Report of one component (OCPP 2.0.1)</source>
        <translation>Rapport d&apos;un composant (OCPP 2.0.1)</translation>
    </message>
    <message>
        <source>e.g. EVSE#1 or OCPPCommCtrlr</source>
        <translation>p. ex. EVSE#1 ou OCPPCommCtrlr</translation>
    </message>
    <message>
        <source>A component the station reported, or typed: name, [instance], #EVSE or #EVSE.connector</source>
        <translation>Un composant signalé par la station, ou saisi : nom, [instance], #EVSE ou #EVSE.prise</translation>
    </message>
    <message>
        <source>all its variables</source>
        <translation>toutes ses variables</translation>
    </message>
    <message>
        <source>Get report</source>
        <translation>Obtenir le rapport</translation>
    </message>
    <message>
        <source>GetReport: the station sends the variables again</source>
        <translation>GetReport : la station renvoie les variables</translation>
    </message>
    <message>
        <source>Component, variable</source>
        <translation>Composant, variable</translation>
    </message>
    <message>
        <source>Only if</source>
        <translation>Seulement si</translation>
    </message>
    <message>
        <source>Pick or type a component first.</source>
        <translation>Choisissez ou saisissez d&apos;abord un composant.</translation>
    </message>
    <message>
        <source>Asking {cp_id} for {component}…</source>
        <translation>Demande de {component} à {cp_id}…</translation>
    </message>
    <message>
        <source>No report from {cp_id}: {error}</source>
        <translation>Aucun rapport de {cp_id} : {error}</translation>
    </message>
</context>
<context>
    <name>CompositeForm</name>
    <message>
        <source>0 — whole charger</source>
        <translation>0 — chargeur entier</translation>
    </message>
    <message>
        <source>Charger&apos;s choice</source>
        <translation>Choix du chargeur</translation>
    </message>
    <message>
        <source>Connector</source>
        <translation>Prise</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Get schedule</source>
        <translation>Obtenir le planning</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>At</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Limite</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Phases</translation>
    </message>
    <message>
        <source>connector {connector}, {duration} s</source>
        <translation>prise {connector}, {duration} s</translation>
    </message>
    <message>
        <source>The charger answered {status}: no schedule to show.</source>
        <translation>Le chargeur a répondu {status} : aucun planning à afficher.</translation>
    </message>
    <message>
        <source>, from {start}</source>
        <translation>, à partir du {start}</translation>
    </message>
</context>
<context>
    <name>ConfigModel</name>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Accès</translation>
    </message>
    <message>
        <source>Last answer</source>
        <translation>Dernière réponse</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>lecture seule</translation>
    </message>
    <message>
        <source>read-write</source>
        <translation>lecture-écriture</translation>
    </message>
    <message>
        <source>{key} is read-only: the charger does not allow changing it</source>
        <translation>{key} est en lecture seule : le chargeur ne permet pas de la modifier</translation>
    </message>
    <message>
        <source>{key} is the charger&apos;s password: never shown. Change it in the form below; the station&apos;s password changes with it when the charger accepts it</source>
        <translation>{key} est le mot de passe du chargeur : jamais affiché. Modifiez-le dans le formulaire ci-dessous ; le mot de passe de la borne de recharge change avec lui quand le chargeur l&apos;accepte</translation>
    </message>
    <message>
        <source>Double-click or press F2 to change; Enter sends the new value to the charger</source>
        <translation>Double-clic ou F2 pour modifier ; Entrée envoie la nouvelle valeur au chargeur</translation>
    </message>
</context>
<context>
    <name>DataTransferForm</name>
    <message>
        <source>e.g. com.vendor (required)</source>
        <translation>p. ex. com.vendor (obligatoire)</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <source>optional text (often JSON)</source>
        <translation>texte facultatif (souvent du JSON)</translation>
    </message>
    <message>
        <source>Vendor id</source>
        <translation>Identifiant du fabricant</translation>
    </message>
    <message>
        <source>Message id</source>
        <translation>Identifiant du message</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Enter the vendor id the charger expects (e.g. its vendor&apos;s name or reverse domain).</source>
        <translation>Saisissez l&apos;identifiant du fabricant attendu par le chargeur (p. ex. le nom de son fabricant ou un domaine inversé).</translation>
    </message>
</context>
<context>
    <name>ExtendedTriggerForm</name>
    <message>
        <source>For chargers with the OCPP 1.6 security extension. LogStatusNotification says how a log upload is going; FirmwareStatusNotification how a signed firmware update is going.</source>
        <translation>Pour les chargeurs avec l&apos;extension de sécurité d&apos;OCPP 1.6. LogStatusNotification indique où en est l&apos;envoi d&apos;un journal, FirmwareStatusNotification où en est une mise à jour de firmware signée.</translation>
    </message>
</context>
<context>
    <name>ExternalLimits</name>
    <message>
        <source>{value} from {time}</source>
        <translation>{value} dès {time}</translation>
    </message>
    <message>
        <source>{period} (until {time})</source>
        <translation>{period} (jusqu&apos;à {time})</translation>
    </message>
    <message>
        <source>whole station</source>
        <translation>borne de recharge entière</translation>
    </message>
    <message>
        <source>EVSE {evse}</source>
        <translation>EVSE {evse}</translation>
    </message>
    <message>
        <source>{value} now</source>
        <translation>{value} maintenant</translation>
    </message>
    <message>
        <source>nothing in force now</source>
        <translation>rien en vigueur maintenant</translation>
    </message>
    <message>
        <source>no values given</source>
        <translation>aucune valeur indiquée</translation>
    </message>
    <message>
        <source>{where}: {value} by {source}, since {since}</source>
        <translation>{where} : {value} par {source}, depuis {since}</translation>
    </message>
    <message>
        <source>grid critical</source>
        <translation>critique pour le réseau</translation>
    </message>
    <message>
        <source>schedule: {periods}</source>
        <translation>programme : {periods}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Limits a system on site (the energy manager, the grid operator) set on this station; load management gives it no more while they last.</source>
        <translation>Limites fixées à cette borne de recharge par un système sur site (le gestionnaire d&apos;énergie, le gestionnaire de réseau) ; la gestion de charge ne lui donne pas davantage tant qu&apos;elles durent.</translation>
    </message>
</context>
<context>
    <name>FirmwareDiagnosticsTab</name>
    <message>
        <source>waiting for the charger</source>
        <translation>en attente du chargeur</translation>
    </message>
    <message>
        <source>{done} of {total} · {current}</source>
        <translation>{done} sur {total} · {current}</translation>
    </message>
    <message>
        <source>Failed: {message}</source>
        <translation>Échec : {message}</translation>
    </message>
    <message>
        <source>Timed out: {message}</source>
        <translation>Délai dépassé : {message}</translation>
    </message>
    <message>
        <source>Select a charger on the left to update its firmware or fetch its diagnostics.</source>
        <translation>Sélectionnez un chargeur à gauche pour mettre à jour son firmware ou récupérer son diagnostic.</translation>
    </message>
    <message>
        <source>Firmware update</source>
        <translation>Mise à jour du firmware</translation>
    </message>
    <message>
        <source>The firmware file from the vendor (e.g. terra-ac-2.1.0.bin)</source>
        <translation>Le fichier de firmware du fabricant (p. ex. terra-ac-2.1.0.bin)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Choose the firmware file</source>
        <translation>Choisir le fichier de firmware</translation>
    </message>
    <message>
        <source>Update firmware</source>
        <translation>Mettre à jour le firmware</translation>
    </message>
    <message>
        <source>Send UpdateFirmware: the charger downloads the file from this computer, installs it and restarts (a running charge is finished first)</source>
        <translation>Envoyer UpdateFirmware : le chargeur télécharge le fichier depuis cet ordinateur, l&apos;installe et redémarre (une recharge en cours se termine d&apos;abord)</translation>
    </message>
    <message>
        <source>Stop serving</source>
        <translation>Arrêter de servir</translation>
    </message>
    <message>
        <source>Stop waiting and stop serving the file (the charger cannot download it any more)</source>
        <translation>Arrêter d&apos;attendre et de servir le fichier (le chargeur ne peut plus le télécharger)</translation>
    </message>
    <message>
        <source>Signed firmware: the signing certificate file (PEM)</source>
        <translation>Firmware signé : le fichier du certificat de signature (PEM)</translation>
    </message>
    <message>
        <source>and the signature file (Base64 or raw)</source>
        <translation>et le fichier de signature (Base64 ou binaire)</translation>
    </message>
    <message>
        <source>Choose the signing certificate</source>
        <translation>Choisir le certificat de signature</translation>
    </message>
    <message>
        <source>Choose the signature file</source>
        <translation>Choisir le fichier de signature</translation>
    </message>
    <message>
        <source>For chargers that take only signed firmware: the update is sent as SignedUpdateFirmware (OCPP 2.0.1: UpdateFirmware with the signature) once the signature verifies over the file and the certificate comes from a CA you trust</source>
        <translation>Pour les chargeurs qui n&apos;acceptent que du firmware signé : la mise à jour part en SignedUpdateFirmware (OCPP 2.0.1 : UpdateFirmware avec la signature) dès que la signature correspond au fichier et que le certificat vient d&apos;une CA de confiance</translation>
    </message>
    <message>
        <source>Trust a CA…</source>
        <translation>Approuver une CA…</translation>
    </message>
    <message>
        <source>Add the manufacturer&apos;s CA certificate (PEM) that signs its firmware (for the whole site)</source>
        <translation>Ajouter le certificat de CA (PEM) avec lequel le fabricant signe son firmware (pour tout le site)</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>Diagnostic</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Jusqu&apos;au</translation>
    </message>
    <message>
        <source>only log entries from this time on</source>
        <translation>seulement les entrées du journal à partir de ce moment</translation>
    </message>
    <message>
        <source>only log entries up to this time</source>
        <translation>seulement les entrées du journal jusqu&apos;à ce moment</translation>
    </message>
    <message>
        <source>Optional: {tip} (the charger may ignore it)</source>
        <translation>Facultatif : {tip} (le chargeur peut l&apos;ignorer)</translation>
    </message>
    <message>
        <source>Diagnostics (GetDiagnostics)</source>
        <translation>Diagnostic (GetDiagnostics)</translation>
    </message>
    <message>
        <source>Diagnostics log (GetLog)</source>
        <translation>Journal de diagnostic (GetLog)</translation>
    </message>
    <message>
        <source>Security log (GetLog)</source>
        <translation>Journal de sécurité (GetLog)</translation>
    </message>
    <message>
        <source>GetLog: for 2.0.1 chargers and 1.6 chargers with the security extension; the security log lists the charger&apos;s security events</source>
        <translation>GetLog : pour les chargeurs OCPP 2.0.1 et les chargeurs OCPP 1.6 avec l&apos;extension de sécurité ; le journal de sécurité liste les événements de sécurité du chargeur</translation>
    </message>
    <message>
        <source>Request diagnostics</source>
        <translation>Demander le diagnostic</translation>
    </message>
    <message>
        <source>Send GetDiagnostics: the charger uploads its log file to this computer</source>
        <translation>Envoyer GetDiagnostics : le chargeur téléverse son fichier journal vers cet ordinateur</translation>
    </message>
    <message>
        <source>Stop waiting</source>
        <translation>Arrêter d&apos;attendre</translation>
    </message>
    <message>
        <source>Stop waiting and stop receiving (an upload after this is refused)</source>
        <translation>Arrêter d&apos;attendre et de recevoir (un téléversement ultérieur est refusé)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Open the received file with this computer&apos;s default application</source>
        <translation>Ouvrir le fichier reçu avec l&apos;application par défaut de cet ordinateur</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Enregistrer sous…</translation>
    </message>
    <message>
        <source>Save a copy of the received file</source>
        <translation>Enregistrer une copie du fichier reçu</translation>
    </message>
    <message>
        <source>Firmware files (*.bin *.img *.hex *.fw *.zip *.tar *.gz *.tgz *.pkg *.swu)</source>
        <translation>Fichiers de firmware (*.bin *.img *.hex *.fw *.zip *.tar *.gz *.tgz *.pkg *.swu)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Choose the firmware file first (Browse…).</source>
        <translation>Choisissez d&apos;abord le fichier de firmware (Parcourir…).</translation>
    </message>
    <message>
        <source>{path} does not exist or is not a file: choose the firmware file again.</source>
        <translation>{path} n&apos;existe pas ou n&apos;est pas un fichier : choisissez à nouveau le fichier de firmware.</translation>
    </message>
    <message>
        <source>{name} is empty: that cannot be a firmware image.</source>
        <translation>{name} est vide : ce ne peut pas être une image de firmware.</translation>
    </message>
    <message>
        <source>Signed firmware needs both the signing certificate and the signature file.</source>
        <translation>Un firmware signé demande le certificat de signature et le fichier de signature.</translation>
    </message>
    <message>
        <source>Not sent: {reason}</source>
        <translation>Non envoyé : {reason}</translation>
    </message>
    <message>
        <source>Choose the CA certificate (PEM)</source>
        <translation>Choisir le certificat de CA (PEM)</translation>
    </message>
    <message>
        <source>{subject} is trusted to sign firmware.</source>
        <translation>{subject} est approuvée pour signer du firmware.</translation>
    </message>
    <message>
        <source>CAs trusted to sign firmware: {names}</source>
        <translation>CA approuvées pour signer du firmware : {names}</translation>
    </message>
    <message>
        <source>No CA is trusted to sign firmware yet (Trust a CA…).</source>
        <translation>Aucune CA n&apos;est encore approuvée pour signer du firmware (Approuver une CA…).</translation>
    </message>
    <message>
        <source>“From” must be before “Until”: correct one of them or untick it.</source>
        <translation>« Du » doit précéder « Jusqu&apos;au » : corrigez l&apos;un des deux ou décochez-le.</translation>
    </message>
    <message>
        <source>No application opens {suffix} files here; use Save as… (the file is {path}).</source>
        <translation>Aucune application n&apos;ouvre ici les fichiers {suffix} ; utilisez Enregistrer sous… (le fichier est {path}).</translation>
    </message>
    <message>
        <source>No application opens this kind of file here; use Save as… (the file is {path}).</source>
        <translation>Aucune application n&apos;ouvre ici ce type de fichier ; utilisez Enregistrer sous… (le fichier est {path}).</translation>
    </message>
    <message>
        <source>Save the diagnostics file as</source>
        <translation>Enregistrer le fichier de diagnostic sous</translation>
    </message>
    <message>
        <source>Could not save to {target}: {error}. Choose another place.</source>
        <translation>Impossible d&apos;enregistrer dans {target} : {error}. Choisissez un autre emplacement.</translation>
    </message>
    <message>
        <source>Received: {name} · saved a copy as {target}</source>
        <translation>Reçu : {name} · copie enregistrée sous {target}</translation>
    </message>
    <message>
        <source>online</source>
        <translation>en ligne</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>hors ligne</translation>
    </message>
    <message>
        <source>firmware {firmware}</source>
        <translation>firmware {firmware}</translation>
    </message>
    <message>
        <source>{message}. It now reports firmware {version}.</source>
        <translation>{message}. Il signale maintenant le firmware {version}.</translation>
    </message>
    <message>
        <source>Received: {name}</source>
        <translation>Reçu : {name}</translation>
    </message>
    <message>
        <source>Received: {name} ({size:,} bytes) in {folder}</source>
        <translation>Reçu : {name} ({size:,} octets) dans {folder}</translation>
    </message>
    <message>
        <source>Serving at {address} for this job.</source>
        <translation>Servi à {address} pour cette tâche.</translation>
    </message>
    <message>
        <source>Files go over HTTP from this computer, only while a job runs: address {host}, port {port} (Settings → Central system). Received files are kept under the data folder&apos;s diagnostics/.</source>
        <translation>Les fichiers passent par HTTP depuis cet ordinateur, uniquement pendant une tâche : adresse {host}, port {port} (Paramètres → Système central). Les fichiers reçus sont conservés dans diagnostics/ du dossier de données.</translation>
    </message>
    <message>
        <source>the one the charger connected to</source>
        <translation>celle à laquelle le chargeur s&apos;est connecté</translation>
    </message>
    <message>
        <source>any free one</source>
        <translation>n&apos;importe quel port libre</translation>
    </message>
    <message>
        <source>{cp_id} is offline: it must be connected to receive a request.</source>
        <translation>{cp_id} est hors ligne : il doit être connecté pour recevoir une requête.</translation>
    </message>
</context>
<context>
    <name>FirmwareSignature</name>
    <message>
        <source>This file is not a PEM certificate.</source>
        <translation>Ce fichier n&apos;est pas un certificat PEM.</translation>
    </message>
    <message>
        <source>Cannot read {file}: {reason}</source>
        <translation>Impossible de lire {file} : {reason}</translation>
    </message>
    <message>
        <source>The signing certificate is longer than OCPP allows ({limit} characters).</source>
        <translation>Le certificat de signature est plus long qu&apos;OCPP ne le permet ({limit} caractères).</translation>
    </message>
    <message>
        <source>The signing certificate is not a PEM certificate.</source>
        <translation>Le certificat de signature n&apos;est pas un certificat PEM.</translation>
    </message>
    <message>
        <source>The signature does not match {file}: it was not made over this image with the signing certificate&apos;s key.</source>
        <translation>La signature ne correspond pas à {file} : elle n&apos;a pas été faite sur ce fichier avec la clé du certificat de signature.</translation>
    </message>
    <message>
        <source>The trusted CA is not valid before {date} (UTC).</source>
        <translation>La CA approuvée n&apos;est valable qu&apos;à partir du {date} (UTC).</translation>
    </message>
    <message>
        <source>The signing certificate is not valid before {date} (UTC).</source>
        <translation>Le certificat de signature n&apos;est valable qu&apos;à partir du {date} (UTC).</translation>
    </message>
    <message>
        <source>The trusted CA expired on {date} (UTC).</source>
        <translation>La CA approuvée a expiré le {date} (UTC).</translation>
    </message>
    <message>
        <source>The signing certificate expired on {date} (UTC).</source>
        <translation>Le certificat de signature a expiré le {date} (UTC).</translation>
    </message>
    <message>
        <source>No CA is trusted to sign firmware yet: add the manufacturer&apos;s CA certificate first.</source>
        <translation>Aucune CA n&apos;est encore approuvée pour signer du firmware : ajoutez d&apos;abord le certificat de CA du fabricant.</translation>
    </message>
    <message>
        <source>The signing certificate ({subject}, issued by {issuer}) does not chain to a CA you trust.</source>
        <translation>Le certificat de signature ({subject}, émis par {issuer}) ne remonte à aucune CA approuvée.</translation>
    </message>
    <message>
        <source>The signature is not Base64 text.</source>
        <translation>La signature n&apos;est pas un texte Base64.</translation>
    </message>
    <message>
        <source>The signature is longer than OCPP allows ({limit} characters).</source>
        <translation>La signature est plus longue qu&apos;OCPP ne le permet ({limit} caractères).</translation>
    </message>
</context>
<context>
    <name>LocalListDialog</name>
    <message>
        <source>Local list for {charge_point_id}</source>
        <translation>Liste locale pour {charge_point_id}</translation>
    </message>
    <message>
        <source>replaces the charger&apos;s list</source>
        <translation>remplace la liste du chargeur</translation>
    </message>
    <message>
        <source>adds these tags and removes the ones left out</source>
        <translation>ajoute ces badges et retire ceux laissés de côté</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Badge</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>As</source>
        <translation>En tant que</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire</translation>
    </message>
    <message>
        <source>Left out because</source>
        <translation>Laissé de côté car</translation>
    </message>
    <message>
        <source>Will be sent ({count})</source>
        <translation>Sera envoyé ({count})</translation>
    </message>
    <message>
        <source>Left out ({count})</source>
        <translation>Laissés de côté ({count})</translation>
    </message>
    <message>
        <source>Send to charger</source>
        <translation>Envoyer au chargeur</translation>
    </message>
    <message>
        <source>Sends an empty list: the charger will accept only what it asks us</source>
        <translation>Envoie une liste vide : le chargeur n&apos;acceptera que ce qu&apos;il nous demande</translation>
    </message>
</context>
<context>
    <name>LocalListVersionForm</name>
    <message>
        <source>Charger&apos;s list version</source>
        <translation>Version de la liste du chargeur</translation>
    </message>
    <message>
        <source>Get version</source>
        <translation>Obtenir la version</translation>
    </message>
    <message>
        <source>{version} (no list)</source>
        <translation>{version} (pas de liste)</translation>
    </message>
    <message>
        <source>{version} (no local list support)</source>
        <translation>{version} (pas de prise en charge des listes locales)</translation>
    </message>
</context>
<context>
    <name>MonitoringService</name>
    <message>
        <source>accepted</source>
        <extracomment>the charger&apos;s answers to SetVariableMonitoring and ClearVariableMonitoring, as the operator reads them</extracomment>
        <translation>acceptée</translation>
    </message>
    <message>
        <source>the charger has no such component</source>
        <translation>la borne n&apos;a pas ce composant</translation>
    </message>
    <message>
        <source>the component has no such variable</source>
        <translation>le composant n&apos;a pas cette variable</translation>
    </message>
    <message>
        <source>the charger does not support this type</source>
        <translation>la borne ne prend pas en charge ce type</translation>
    </message>
    <message>
        <source>rejected by the charger</source>
        <translation>refusée par la borne</translation>
    </message>
    <message>
        <source>the same monitor exists already</source>
        <translation>la même surveillance existe déjà</translation>
    </message>
    <message>
        <source>the charger has no such monitor</source>
        <translation>la borne n&apos;a pas cette surveillance</translation>
    </message>
    <message>
        <source>{cp_id} is not connected.</source>
        <translation>{cp_id} n&apos;est pas connectée.</translation>
    </message>
    <message>
        <source>{cp_id} speaks OCPP {version}: variable monitoring exists in OCPP 2.0.1 only (a 1.6 charger reports problems with its StatusNotification error codes).</source>
        <translation>{cp_id} parle OCPP {version} : la surveillance des variables n’existe qu’en OCPP 2.0.1 (une borne 1.6 signale ses problèmes par les codes d’erreur de sa StatusNotification).</translation>
    </message>
    <message>
        <source>Enter the component (e.g. Connector or EVSE).</source>
        <translation>Saisissez le composant (p. ex. Connector ou EVSE).</translation>
    </message>
    <message>
        <source>Enter the variable (e.g. Temperature or Power).</source>
        <translation>Saisissez la variable (p. ex. Temperature ou Power).</translation>
    </message>
    <message>
        <source>Choose the monitor&apos;s type.</source>
        <translation>Choisissez le type de surveillance.</translation>
    </message>
    <message>
        <source>The value must be a number.</source>
        <translation>La valeur doit être un nombre.</translation>
    </message>
    <message>
        <source>A change or a period must be above 0.</source>
        <translation>Une variation ou une période doit être supérieure à 0.</translation>
    </message>
    <message>
        <source>Choose a severity from 0 to 9.</source>
        <translation>Choisissez une gravité de 0 à 9.</translation>
    </message>
    <message>
        <source>The EVSE must be 0 (none) or a number above 0.</source>
        <translation>L&apos;EVSE doit être 0 (aucun) ou un nombre supérieur à 0.</translation>
    </message>
</context>
<context>
    <name>ProfilesForm</name>
    <message>
        <source>Id</source>
        <extracomment>the purposes GetChargingProfiles may ask for (2.0.1 names; our 1.6-style ChargePointMaxProfile is translated) who set a profile (2.0.1 chargingLimitSource): the central system, or a system on site</extracomment>
        <translation>ID</translation>
    </message>
    <message>
        <source>EVSE</source>
        <translation>EVSE</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Stack</source>
        <translation>Pile</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Periods</source>
        <translation>Périodes</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Valable dès</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>Valable jusqu&apos;au</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>for {duration} s</source>
        <translation>pendant {duration} s</translation>
    </message>
    <message>
        <source>0 — the station itself</source>
        <translation>0 — la borne de recharge elle-même</translation>
    </message>
    <message>
        <source>Every EVSE</source>
        <translation>Chaque EVSE</translation>
    </message>
    <message>
        <source>Any purpose</source>
        <translation>Tout objectif</translation>
    </message>
    <message>
        <source>any</source>
        <translation>toute</translation>
    </message>
    <message>
        <source>Stack level</source>
        <translation>Niveau de pile</translation>
    </message>
    <message>
        <source>Set by (none: any)</source>
        <translation>Fixé par (aucun : tous)</translation>
    </message>
    <message>
        <source>Get profiles</source>
        <translation>Demander les profils</translation>
    </message>
    <message>
        <source>Get composite schedule instead</source>
        <translation>Demander plutôt le planning composite</translation>
    </message>
    <message>
        <source>EVSE {evse}</source>
        <translation>EVSE {evse}</translation>
    </message>
    <message>
        <source>stack {stack}</source>
        <translation>pile {stack}</translation>
    </message>
    <message>
        <source>every profile</source>
        <translation>chaque profil</translation>
    </message>
    <message>
        <source>The charger answered {status}: it holds no such profile.</source>
        <translation>Le chargeur a répondu {status} : il ne détient aucun profil de ce type.</translation>
    </message>
    <message>
        <source>Its report stopped before the last part: more may be missing.</source>
        <translation>Son rapport s&apos;est arrêté avant la dernière partie : d&apos;autres peuvent manquer.</translation>
    </message>
</context>
<context>
    <name>RemoteStartForm</name>
    <message>
        <source>Any free connector</source>
        <translation>N&apos;importe quelle prise libre</translation>
    </message>
    <message>
        <source>Connector</source>
        <translation>Prise</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Badge</translation>
    </message>
    <message>
        <source>Start charging</source>
        <translation>Démarrer la recharge</translation>
    </message>
    <message>
        <source>Pick a user&apos;s tag or type the idTag to start with.</source>
        <translation>Choisissez le badge d&apos;un utilisateur ou saisissez l&apos;idTag de démarrage.</translation>
    </message>
    <message>
        <source>connector {connector}</source>
        <translation>prise {connector}</translation>
    </message>
    <message>
        <source>any connector</source>
        <translation>n&apos;importe quelle prise</translation>
    </message>
    <message>
        <source>{tag} on {where}</source>
        <translation>{tag} sur {where}</translation>
    </message>
</context>
<context>
    <name>RemoteStopForm</name>
    <message>
        <source>The sessions running on this charger</source>
        <translation>Les sessions de recharge en cours sur ce chargeur</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session de recharge</translation>
    </message>
    <message>
        <source>Stop session</source>
        <translation>Arrêter la session de recharge</translation>
    </message>
    <message>
        <source>No session is running on this charger</source>
        <translation>Aucune session de recharge n&apos;est en cours sur ce chargeur</translation>
    </message>
    <message>
        <source>No session is running on this charger.</source>
        <translation>Aucune session de recharge n&apos;est en cours sur ce chargeur.</translation>
    </message>
</context>
<context>
    <name>ReservationsTable</name>
    <message>
        <source>Holding the connector</source>
        <translation>Bloque la prise</translation>
    </message>
    <message>
        <source>Used by session {session}</source>
        <translation>Utilisée par la session {session}</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expirée</translation>
    </message>
    <message>
        <source>Removed by the station</source>
        <translation>Supprimée par la station</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Connector</source>
        <translation>Prise</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Badge</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire</translation>
    </message>
    <message>
        <source>Made by</source>
        <translation>Faite par</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>any</source>
        <translation>n&apos;importe laquelle</translation>
    </message>
    <message>
        <source>&lt;b&gt;This charger&apos;s reservations&lt;/b&gt; (active first)</source>
        <translation>&lt;b&gt;Réservations de cette borne&lt;/b&gt; (actives d&apos;abord)</translation>
    </message>
</context>
<context>
    <name>ReserveForm</name>
    <message>
        <source>Connector</source>
        <translation>Prise</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Badge</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire</translation>
    </message>
    <message>
        <source>Reservation id</source>
        <translation>Identifiant de réservation</translation>
    </message>
    <message>
        <source>Reserve</source>
        <translation>Réserver</translation>
    </message>
    <message>
        <source>Pick a user&apos;s tag or type the idTag the connector is held for.</source>
        <translation>Choisissez le badge d&apos;un utilisateur ou saisissez l&apos;idTag pour lequel la prise est réservée.</translation>
    </message>
    <message>
        <source>The expiry must be in the future.</source>
        <translation>L&apos;expiration doit être dans le futur.</translation>
    </message>
    <message>
        <source>#{reservation} connector {connector} for {tag} until {expiry:%H:%M}</source>
        <translation>n° {reservation} prise {connector} pour {tag} jusqu&apos;à {expiry:%H:%M}</translation>
    </message>
</context>
<context>
    <name>ResetForm</name>
    <message>
        <source>Soft — restart the software when idle; running sessions end normally</source>
        <translation>Soft — redémarrer le logiciel au repos ; les sessions en cours se terminent normalement</translation>
    </message>
    <message>
        <source>Hard — reboot now; running sessions are stopped</source>
        <translation>Hard — redémarrer maintenant ; les sessions en cours sont arrêtées</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Reset…</source>
        <translation>Réinitialiser…</translation>
    </message>
    <message>
        <source>Hard reset</source>
        <translation>Réinitialisation matérielle</translation>
    </message>
    <message>
        <source>Soft reset</source>
        <translation>Réinitialisation logicielle</translation>
    </message>
    <message>
        <source>Hard reset {cp_id}? It reboots now.</source>
        <translation>Réinitialisation matérielle de {cp_id} ? Il redémarre maintenant.</translation>
    </message>
    <message>
        <source>Soft reset {cp_id}? It restarts when idle.</source>
        <translation>Réinitialisation logicielle de {cp_id} ? Il redémarre quand il est au repos.</translation>
    </message>
</context>
<context>
    <name>SendLocalListForm</name>
    <message>
        <source>Full — replace the charger&apos;s list</source>
        <translation>Full — remplacer la liste du chargeur</translation>
    </message>
    <message>
        <source>Differential — add these, remove the ones left out</source>
        <translation>Differential — ajouter ceux-ci, retirer ceux laissés de côté</translation>
    </message>
    <message>
        <source>The version the charger stores with the list (Get local list version fills in the next one)</source>
        <translation>La version que le chargeur enregistre avec la liste (Obtenir la version remplit la suivante)</translation>
    </message>
    <message>
        <source>Owners and users who may charge here at any time. Users whose access depends on the time or the connector are left out; you see both lists before anything is sent.</source>
        <translation>Propriétaires et utilisateurs qui peuvent charger ici à tout moment. Les utilisateurs dont l&apos;accès dépend de l&apos;heure ou de la prise sont laissés de côté ; vous voyez les deux listes avant tout envoi.</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Mise à jour</translation>
    </message>
    <message>
        <source>List version</source>
        <translation>Version de la liste</translation>
    </message>
    <message>
        <source>Prepare list…</source>
        <translation>Préparer la liste…</translation>
    </message>
    <message>
        <source>Could not build the list: {error}</source>
        <translation>Impossible de constituer la liste : {error}</translation>
    </message>
</context>
<context>
    <name>SetProfileForm</name>
    <message>
        <source>0 — whole charger</source>
        <translation>0 — chargeur entier</translation>
    </message>
    <message>
        <source>TxDefaultProfile — default for new sessions</source>
        <translation>TxDefaultProfile — par défaut pour les nouvelles sessions</translation>
    </message>
    <message>
        <source>ChargePointMaxProfile — cap for the whole charger</source>
        <translation>ChargePointMaxProfile — plafond pour tout le chargeur</translation>
    </message>
    <message>
        <source>TxProfile — the running session only</source>
        <translation>TxProfile — uniquement la session en cours</translation>
    </message>
    <message>
        <source>The session a TxProfile applies to</source>
        <translation>La session de recharge à laquelle s&apos;applique un TxProfile</translation>
    </message>
    <message>
        <source>A (current per phase)</source>
        <translation>A (courant par phase)</translation>
    </message>
    <message>
        <source>W (power)</source>
        <translation>W (puissance)</translation>
    </message>
    <message>
        <source>no end</source>
        <translation>sans fin</translation>
    </message>
    <message>
        <source>from now</source>
        <translation>à partir de maintenant</translation>
    </message>
    <message>
        <source>Connector</source>
        <translation>Prise</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session de recharge</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Recurrency</source>
        <translation>Récurrence</translation>
    </message>
    <message>
        <source>Profile id</source>
        <translation>Identifiant de profil</translation>
    </message>
    <message>
        <source>Stack level</source>
        <translation>Niveau de pile</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Schedule start</source>
        <translation>Début du planning</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Valable à partir du</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>Valable jusqu&apos;au</translation>
    </message>
    <message>
        <source>Periods (start in seconds from the schedule start)</source>
        <translation>Périodes (début en secondes depuis le début du planning)</translation>
    </message>
    <message>
        <source>Start (s)</source>
        <translation>Début (s)</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Limite</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Phases</translation>
    </message>
    <message>
        <source>Phases: 1–3, or empty for the charger&apos;s default</source>
        <translation>Phases : 1–3, ou vide pour la valeur par défaut du chargeur</translation>
    </message>
    <message>
        <source>Add period</source>
        <translation>Ajouter une période</translation>
    </message>
    <message>
        <source>Remove period</source>
        <translation>Retirer la période</translation>
    </message>
    <message>
        <source>Send profile</source>
        <translation>Envoyer le profil</translation>
    </message>
    <message>
        <source>Leave at the first value (&apos;{empty}&apos;) for none</source>
        <translation>Laisser à la première valeur (&apos;{empty}&apos;) pour aucun</translation>
    </message>
    <message>
        <source>Only for a Recurring profile</source>
        <translation>Seulement pour un profil Recurring</translation>
    </message>
    <message>
        <source>A Relative profile starts with the session</source>
        <translation>Un profil Relative commence avec la session</translation>
    </message>
    <message>
        <source>Only for a TxProfile</source>
        <translation>Seulement pour un TxProfile</translation>
    </message>
    <message>
        <source>#{profile_id} {purpose} {kind} on connector {connector} — {periods}</source>
        <translation>n° {profile_id} {purpose} {kind} sur la prise {connector} — {periods}</translation>
    </message>
</context>
<context>
    <name>SiteCa</name>
    <message>
        <source>The site&apos;s CA is made on the computer that runs the central system (its key stays where the chargers&apos; requests are signed): create it there, in Settings or with “chargedesk certs ca”.</source>
        <translation>L&apos;AC du site se crée sur l&apos;ordinateur qui exécute le système central (sa clé reste là où les demandes des chargeurs sont signées)&#xa0;: créez-la là-bas, dans les Réglages ou avec “chargedesk certs ca”.</translation>
    </message>
    <message>
        <source>The site&apos;s CA could not be created: {error}</source>
        <translation>L&apos;AC du site n&apos;a pas pu être créée&#xa0;: {error}</translation>
    </message>
    <message>
        <source>The site already has a CA ({path}); nothing was changed: the chargers&apos; certificates and the CA installed on them depend on it.</source>
        <translation>Le site a déjà une AC ({path})&#xa0;; rien n&apos;a été modifié&#xa0;: les certificats des chargeurs et l&apos;AC installée sur eux en dépendent.</translation>
    </message>
</context>
<context>
    <name>TransactionStatusForm</name>
    <message>
        <source>A session this console shows as running, or none: are transaction messages waiting at all?</source>
        <translation>Une session que cette console affiche en cours, ou aucune : des messages de transaction attendent-ils ?</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Ask the station</source>
        <translation>Demander à la station</translation>
    </message>
    <message>
        <source>No session: any transaction messages waiting?</source>
        <translation>Aucune session : des messages de transaction en attente ?</translation>
    </message>
    <message>
        <source>any transaction messages</source>
        <translation>messages de transaction en attente</translation>
    </message>
</context>
<context>
    <name>TriggerForm</name>
    <message>
        <source>No connector (the charger)</source>
        <translation>Aucune prise (le chargeur)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Connector</source>
        <translation>Prise</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Déclencher</translation>
    </message>
    <message>
        <source>{message} on connector {connector}</source>
        <translation>{message} sur la prise {connector}</translation>
    </message>
</context>
<context>
    <name>UnlockForm</name>
    <message>
        <source>Connector</source>
        <translation>Prise</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>connector {connector}</source>
        <translation>prise {connector}</translation>
    </message>
</context>
</TS>
