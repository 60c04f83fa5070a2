<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AcceptDialog</name>
    <message>
        <location filename="../../app/views/chargers/commissioning.py" line="78"/>
        <source>Accept charger {cp_id}</source>
        <translation>Accepter le chargeur {cp_id}</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/commissioning.py" line="86"/>
        <source>&lt;b&gt;{cp_id}&lt;/b&gt; will be accepted: its BootNotification is answered Accepted and its sessions are recorded at the station you choose.</source>
        <translation>&lt;b&gt;{cp_id}&lt;/b&gt; sera accepté : sa BootNotification reçoit la réponse Accepted et ses sessions de recharge sont enregistrées sur la borne de recharge choisie.</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/commissioning.py" line="95"/>
        <source>Create a new station</source>
        <translation>Créer une nouvelle borne de recharge</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/commissioning.py" line="96"/>
        <source>Bind to an existing station</source>
        <translation>Associer à une borne de recharge existante</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/commissioning.py" line="108"/>
        <source>The station&apos;s name as the console shows it (e.g. Hall B)</source>
        <translation>Le nom de la borne de recharge tel que la console l&apos;affiche (p. ex. Halle B)</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/commissioning.py" line="115"/>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/commissioning.py" line="117"/>
        <source>Site:</source>
        <translation>Site :</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/commissioning.py" line="122"/>
        <source>none yet (created when they report)</source>
        <translation>aucune pour l&apos;instant (créées dès qu&apos;elles se signalent)</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/commissioning.py" line="125"/>
        <source>Connectors:</source>
        <translation>Prises :</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/commissioning.py" line="126"/>
        <source>{conn} — from its StatusNotifications</source>
        <translation>{conn} — d&apos;après ses StatusNotifications</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/commissioning.py" line="139"/>
        <source>The station takes this charger&apos;s charge point id; its rules and history stay</source>
        <translation>La borne de recharge reprend l&apos;identifiant de point de charge de ce chargeur ; ses règles et son historique sont conservés</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/commissioning.py" line="144"/>
        <source>Station:</source>
        <translation>Borne de recharge :</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/commissioning.py" line="149"/>
        <source>There is no station yet</source>
        <translation>Il n&apos;y a pas encore de borne de recharge</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/commissioning.py" line="151"/>
        <source>Charger password (HTTP Basic, security profile 1)</source>
        <translation>Mot de passe du chargeur (HTTP Basic, profil de sécurité 1)</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/commissioning.py" line="156"/>
        <source>leave empty: the charger connects without a password</source>
        <translation>laisser vide : le chargeur se connecte sans mot de passe</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/commissioning.py" line="159"/>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/commissioning.py" line="160"/>
        <source>Generate</source>
        <translation>Générer</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/commissioning.py" line="161"/>
        <source>A random 20-character password</source>
        <translation>Un mot de passe aléatoire de 20 caractères</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/commissioning.py" line="167"/>
        <location filename="../../app/views/chargers/commissioning.py" line="209"/>
        <source>Stored hashed. From its next connection the charger must send this password; ChargeDesk sends it to the charger if it can, else set it on the charger.</source>
        <translation>Enregistré sous forme hachée. Dès sa prochaine connexion, le chargeur doit envoyer ce mot de passe ; ChargeDesk le transmet au chargeur si possible, sinon réglez-le sur le chargeur.</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/commissioning.py" line="182"/>
        <source>Accept charger</source>
        <translation>Accepter le chargeur</translation>
    </message>
</context>
<context>
    <name>AddVirtualChargerDialog</name>
    <message>
        <location filename="../../app/views/chargers/virtual.py" line="47"/>
        <source>Waits for a card or a remote start</source>
        <translation>Attend un badge ou un démarrage à distance</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/virtual.py" line="48"/>
        <source>Vehicles come, charge and leave</source>
        <translation>Des véhicules arrivent, se rechargent et repartent</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/virtual.py" line="49"/>
        <source>Vehicles, faults and idle times mixed</source>
        <translation>Véhicules, pannes et temps morts mélangés</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/virtual.py" line="71"/>
        <source>Virtual chargers</source>
        <translation>Chargeurs virtuels</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/virtual.py" line="75"/>
        <source>Add a virtual charger</source>
        <translation>Ajouter un chargeur virtuel</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/virtual.py" line="79"/>
        <source>The charge point id: the last part of the URL the charger connects to</source>
        <translation>L&apos;identifiant du point de charge : la dernière partie de l&apos;URL à laquelle le chargeur se connecte</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/virtual.py" line="96"/>
        <source>How fast simulated time runs: at 60× a one-hour charge takes a minute</source>
        <translation>Vitesse du temps simulé : à 60×, une recharge d&apos;une heure dure une minute</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/virtual.py" line="104"/>
        <source>The RFID cards of the drivers, separated by commas</source>
        <translation>Les badges RFID des conducteurs, séparés par des virgules</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/virtual.py" line="108"/>
        <source>only if the station has one</source>
        <translation>seulement si la borne de recharge en a un</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/virtual.py" line="110"/>
        <source>Create a station for it (ready to charge)</source>
        <translation>Créer une borne de recharge pour lui (prête à charger)</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/virtual.py" line="114"/>
        <source>Unticked, the charger connects as an unknown charger: with the Pending policy it appears under Chargers → New chargers, to practise commissioning</source>
        <translation>Décoché, le chargeur se connecte comme chargeur inconnu : avec la règle Pending, il apparaît sous Chargeurs → Nouveaux chargeurs, pour s&apos;exercer à la mise en service</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/virtual.py" line="119"/>
        <source>Charge point id</source>
        <translation>Identifiant du point de charge</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/virtual.py" line="120"/>
        <source>OCPP version</source>
        <translation>Version OCPP</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/virtual.py" line="121"/>
        <location filename="../../app/views/chargers/virtual.py" line="143"/>
        <source>Connectors</source>
        <translation>Prises</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/virtual.py" line="122"/>
        <source>Vehicles</source>
        <translation>Véhicules</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/virtual.py" line="123"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/virtual.py" line="124"/>
        <source>Driver cards</source>
        <translation>Badges des conducteurs</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/virtual.py" line="125"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/virtual.py" line="130"/>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/virtual.py" line="136"/>
        <source>Running</source>
        <translation>En marche</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/virtual.py" line="141"/>
        <source>Charger</source>
        <translation>Chargeur</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/virtual.py" line="142"/>
        <source>OCPP</source>
        <translation>OCPP</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/virtual.py" line="144"/>
        <source>Last event</source>
        <translation>Dernier événement</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/virtual.py" line="159"/>
        <source>The card the driver presents (pick one of the charger&apos;s or type any id)</source>
        <translation>Le badge présenté par le conducteur (choisissez-en un du chargeur ou saisissez un identifiant)</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/virtual.py" line="166"/>
        <source>Present card</source>
        <translation>Présenter le badge</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/virtual.py" line="168"/>
        <source>A driver holds the card to the reader: a charge starts on the connector, or the charge started with this card ends</source>
        <translation>Un conducteur présente le badge au lecteur : une recharge démarre sur la prise, ou celle démarrée avec ce badge se termine</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/virtual.py" line="174"/>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/virtual.py" line="176"/>
        <source>Running charges are stopped properly, then the charger disconnects</source>
        <translation>Les recharges en cours sont arrêtées proprement, puis le chargeur se déconnecte</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/virtual.py" line="183"/>
        <source>Card</source>
        <translation>Badge</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/virtual.py" line="233"/>
        <source>The central system is not running: see the status bar for why.</source>
        <translation>Le système central ne tourne pas : voyez pourquoi dans la barre d&apos;état.</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/virtual.py" line="251"/>
        <source>Could not start {cp_id}: {error}</source>
        <translation>Impossible de démarrer {cp_id} : {error}</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/virtual.py" line="263"/>
        <source>{cp_id} started with a new station.</source>
        <translation>{cp_id} démarré avec une nouvelle borne de recharge.</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/virtual.py" line="265"/>
        <source>{cp_id} started.</source>
        <translation>{cp_id} démarré.</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/virtual.py" line="286"/>
        <source>stopped: {reason}</source>
        <translation>arrêté : {reason}</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/virtual.py" line="287"/>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/virtual.py" line="309"/>
        <source>any free connector</source>
        <translation>n&apos;importe quelle prise libre</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/virtual.py" line="311"/>
        <source>connector {n}</source>
        <translation>prise {n}</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/virtual.py" line="317"/>
        <source>Pick a running charger and a card.</source>
        <translation>Choisissez un chargeur en marche et un badge.</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/virtual.py" line="321"/>
        <source>{cp_id} is stopped.</source>
        <translation>{cp_id} est arrêté.</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/virtual.py" line="326"/>
        <source>Card {tag} presented at {cp_id}: a vehicle is plugged in and the card is being authorised.</source>
        <translation>Badge {tag} présenté à {cp_id} : un véhicule est branché et le badge est en cours d&apos;autorisation.</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/virtual.py" line="330"/>
        <source>Card {tag} presented at {cp_id}: the charge started with it ends.</source>
        <translation>Badge {tag} présenté à {cp_id} : la recharge démarrée avec lui se termine.</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/virtual.py" line="333"/>
        <source>No free connector at {cp_id} for card {tag}.</source>
        <translation>Aucune prise libre à {cp_id} pour le badge {tag}.</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/virtual.py" line="342"/>
        <source>Stopping {cp_id}…</source>
        <translation>Arrêt de {cp_id}…</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/virtual.py" line="346"/>
        <source>{cp_id} stopped.</source>
        <translation>{cp_id} arrêté.</translation>
    </message>
</context>
<context>
    <name>ApplySnapshotDialog</name>
    <message>
        <location filename="../../app/views/chargers/config/snapshots.py" line="593"/>
        <source>Apply snapshot of {charge_point_id}</source>
        <translation>Appliquer l&apos;instantané de {charge_point_id}</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/snapshots.py" line="602"/>
        <source>Send the values of &lt;b&gt;{cp_id}&lt;/b&gt;&apos;s snapshot {when} to chargers of the same model (&lt;b&gt;{vendor} {model}&lt;/b&gt;). Read-only keys are never sent; keys that already have the value are left alone.</source>
        <translation>Envoyer les valeurs de l&apos;instantané {when} de &lt;b&gt;{cp_id}&lt;/b&gt; aux chargeurs du même modèle (&lt;b&gt;{vendor} {model}&lt;/b&gt;). Les clés en lecture seule ne sont jamais envoyées ; les clés qui ont déjà la valeur ne sont pas touchées.</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/snapshots.py" line="614"/>
        <source>{keys}: skipped, {why}.</source>
        <translation>{keys} : ignorées, {why}.</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/snapshots.py" line="625"/>
        <source>{cp_id}  —  {station}, firmware {firmware}, {state}</source>
        <translation>{cp_id}  —  {station}, firmware {firmware}, {state}</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/snapshots.py" line="629"/>
        <source>no station</source>
        <translation>aucune borne de recharge</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/snapshots.py" line="631"/>
        <source>online</source>
        <translation>en ligne</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/snapshots.py" line="633"/>
        <source>offline</source>
        <translation>hors ligne</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/snapshots.py" line="636"/>
        <source>{charger}  (source)</source>
        <translation>{charger}  (source)</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/snapshots.py" line="643"/>
        <source>The snapshot&apos;s own charger: applying restores the snapshot&apos;s values on it</source>
        <translation>Le chargeur de l&apos;instantané lui-même : appliquer y rétablit les valeurs de l&apos;instantané</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/snapshots.py" line="651"/>
        <source>Offline: its keys will be reported &apos;offline&apos;, nothing is sent</source>
        <translation>Hors ligne : ses clés seront signalées « hors ligne », rien n&apos;est envoyé</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/snapshots.py" line="658"/>
        <source>No other charger of this model is known.</source>
        <translation>Aucun autre chargeur de ce modèle n&apos;est connu.</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/snapshots.py" line="669"/>
        <source>{key} = {shown_value} — skipped: a password</source>
        <translation>{key} = {shown_value} — ignorée : un mot de passe</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/snapshots.py" line="677"/>
        <source>Skipped: {why}.</source>
        <translation>Ignorée : {why}.</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/snapshots.py" line="682"/>
        <source>Read-only: not sent</source>
        <translation>Lecture seule : non envoyée</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/snapshots.py" line="688"/>
        <source>All</source>
        <translation>Tout</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/snapshots.py" line="690"/>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/snapshots.py" line="693"/>
        <source>Chargers</source>
        <translation>Chargeurs</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/snapshots.py" line="696"/>
        <source>Keys</source>
        <translation>Clés</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/snapshots.py" line="718"/>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/snapshots.py" line="721"/>
        <source>Send the checked keys to the checked chargers</source>
        <translation>Envoyer les clés cochées aux chargeurs cochés</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/snapshots.py" line="761"/>
        <source>Check at least one charger.</source>
        <translation>Cochez au moins un chargeur.</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/snapshots.py" line="764"/>
        <source>Check at least one key.</source>
        <translation>Cochez au moins une clé.</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/snapshots.py" line="768"/>
        <source>{keys} to {chargers}.</source>
        <translation>{keys} vers {chargers}.</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/snapshots.py" line="789"/>
        <source>Sending to {items}…</source>
        <translation>Envoi à {items}…</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/snapshots.py" line="799"/>
        <source>Nothing sent: {error}</source>
        <translation>Rien envoyé : {error}</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/snapshots.py" line="814"/>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/snapshots.py" line="855"/>
        <source>Reboot needed on {chargers} for some values to take effect.</source>
        <translation>Redémarrage nécessaire sur {chargers} pour que certaines valeurs prennent effet.</translation>
    </message>
</context>
<context>
    <name>AvailabilityForm</name>
    <message>
        <location filename="../../app/views/chargers/operations/control.py" line="118"/>
        <source>Whole charger</source>
        <translation>Chargeur entier</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/control.py" line="120"/>
        <source>Operative (in service)</source>
        <translation>Operative (en service)</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/control.py" line="121"/>
        <source>Inoperative (out of service)</source>
        <translation>Inoperative (hors service)</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/control.py" line="122"/>
        <source>Applies to</source>
        <translation>S&apos;applique à</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/control.py" line="123"/>
        <source>Availability</source>
        <translation>Disponibilité</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/control.py" line="124"/>
        <source>Change availability</source>
        <translation>Changer la disponibilité</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/control.py" line="134"/>
        <source>whole charger</source>
        <translation>chargeur entier</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/control.py" line="136"/>
        <source>connector {connector}</source>
        <translation>prise {connector}</translation>
    </message>
</context>
<context>
    <name>CancelReservationForm</name>
    <message>
        <location filename="../../app/views/chargers/operations/reservations.py" line="107"/>
        <source>The id of the reservation (the last one made here is filled in)</source>
        <translation>L&apos;identifiant de la réservation (la dernière faite ici est préremplie)</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/reservations.py" line="111"/>
        <source>Reservation id</source>
        <translation>Identifiant de réservation</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/reservations.py" line="112"/>
        <source>Cancel reservation</source>
        <translation>Annuler la réservation</translation>
    </message>
</context>
<context>
    <name>ChargerConfig</name>
    <message>
        <location filename="../../app/views/chargers/config/common.py" line="63"/>
        <source>RebootRequired — used after a reset</source>
        <translation>RebootRequired — utilisée après une réinitialisation</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/common.py" line="64"/>
        <source>Rejected by the charger</source>
        <translation>Refusée par le chargeur</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/common.py" line="66"/>
        <source>no answer (timeout)</source>
        <translation>pas de réponse (délai dépassé)</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/common.py" line="67"/>
        <source>offline — not sent</source>
        <translation>hors ligne — non envoyée</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/common.py" line="68"/>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/common.py" line="69"/>
        <source>read-only — not sent</source>
        <translation>lecture seule — non envoyée</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/common.py" line="70"/>
        <source>already this value</source>
        <translation>a déjà cette valeur</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/common.py" line="71"/>
        <source>skipped — a password is never applied from a snapshot</source>
        <translation>ignorée — un mot de passe n&apos;est jamais appliqué depuis un instantané</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/common.py" line="72"/>
        <source>sending…</source>
        <translation>envoi…</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/common.py" line="122"/>
        <source>the charger is not connected</source>
        <translation>le chargeur n&apos;est pas connecté</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/common.py" line="124"/>
        <source>the charger did not answer in time</source>
        <translation>le chargeur n&apos;a pas répondu à temps</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/common.py" line="134"/>
        <source>Unexpected error: {error}</source>
        <translation>Erreur inattendue : {error}</translation>
    </message>
</context>
<context>
    <name>ChargerConfigTab</name>
    <message>
        <location filename="../../app/views/chargers/config/keys.py" line="258"/>
        <source>Select a charger to see its configuration keys.</source>
        <translation>Sélectionnez un chargeur pour voir ses clés de configuration.</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/keys.py" line="264"/>
        <source>Search keys and values…  (Ctrl+F)</source>
        <translation>Rechercher clés et valeurs…  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/keys.py" line="267"/>
        <source>Shows only the keys whose name or value contains this text</source>
        <translation>N&apos;affiche que les clés dont le nom ou la valeur contient ce texte</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/keys.py" line="270"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/keys.py" line="272"/>
        <source>Read every key from the charger again (F5)</source>
        <translation>Relire toutes les clés du chargeur (F5)</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/keys.py" line="295"/>
        <source>Reset now</source>
        <translation>Réinitialiser maintenant</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/keys.py" line="297"/>
        <source>Send a soft Reset: the charger restarts when no charge is running</source>
        <translation>Envoyer un Reset logiciel : le chargeur redémarre quand aucune recharge n&apos;est en cours</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/keys.py" line="300"/>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/keys.py" line="338"/>
        <source>Change the selected key</source>
        <translation>Modifier la clé sélectionnée</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/keys.py" line="344"/>
        <location filename="../../app/views/chargers/config/keys.py" line="624"/>
        <source>new value</source>
        <translation>nouvelle valeur</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/keys.py" line="347"/>
        <source>Send to charger</source>
        <translation>Envoyer au chargeur</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/keys.py" line="349"/>
        <source>ChangeConfiguration (1.6) / SetVariables (2.0.1) with this value (Enter)</source>
        <translation>ChangeConfiguration (1.6) / SetVariables (2.0.1) avec cette valeur (Entrée)</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/keys.py" line="362"/>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/keys.py" line="363"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/keys.py" line="369"/>
        <source>Key names, comma-separated (e.g. LocalAuthListEnabled, VendorKey)</source>
        <translation>Noms de clés, séparés par des virgules (p. ex. LocalAuthListEnabled, VendorKey)</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/keys.py" line="372"/>
        <source>GetConfiguration with these keys: found ones are added to the table, unknown ones are listed</source>
        <translation>GetConfiguration avec ces clés : celles trouvées sont ajoutées au tableau, les inconnues sont listées</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/keys.py" line="378"/>
        <source>Ask charger</source>
        <translation>Interroger le chargeur</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/keys.py" line="385"/>
        <source>Ask for keys:</source>
        <translation>Demander des clés :</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/keys.py" line="425"/>
        <source>Configuration of {cp_id}</source>
        <translation>Configuration de {cp_id}</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/keys.py" line="466"/>
        <source>{cp_id} is offline: keys cannot be read or changed until it connects.</source>
        <translation>{cp_id} est hors ligne : les clés ne peuvent être lues ni modifiées avant sa connexion.</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/keys.py" line="478"/>
        <source>{cp_id} is offline and no snapshot of its configuration is stored.</source>
        <translation>{cp_id} est hors ligne et aucun instantané de sa configuration n&apos;est enregistré.</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/keys.py" line="486"/>
        <source>{cp_id} is offline: showing the snapshot of {taken_at} ({key_count} keys). Nothing can be changed until it connects.</source>
        <translation>{cp_id} est hors ligne : affichage de l&apos;instantané du {taken_at} ({key_count} clés). Rien ne peut être modifié avant sa connexion.</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/keys.py" line="501"/>
        <source>Reading the configuration of {cp_id}…</source>
        <translation>Lecture de la configuration de {cp_id}…</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/keys.py" line="510"/>
        <source>Could not read the configuration: {error}</source>
        <translation>Impossible de lire la configuration : {error}</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/keys.py" line="545"/>
        <source>Type one or more key names, separated by commas.</source>
        <translation>Saisissez un ou plusieurs noms de clés, séparés par des virgules.</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/keys.py" line="562"/>
        <source>Could not ask {cp_id}: {error}</source>
        <translation>Impossible d&apos;interroger {cp_id} : {error}</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/keys.py" line="576"/>
        <source>Unknown to {cp_id}: {items}</source>
        <translation>Inconnues de {cp_id} : {items}</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/keys.py" line="586"/>
        <source>Found: {found}.</source>
        <translation>Trouvées : {found}.</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/keys.py" line="588"/>
        <source>None of these keys is known to the charger.</source>
        <translation>Aucune de ces clés n&apos;est connue du chargeur.</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/keys.py" line="622"/>
        <source>new password</source>
        <translation>nouveau mot de passe</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/keys.py" line="640"/>
        <source>Select a key in the table.</source>
        <translation>Sélectionnez une clé dans le tableau.</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/keys.py" line="643"/>
        <location filename="../../app/views/chargers/config/keys.py" line="679"/>
        <source>{key} is read-only: the charger does not allow changing it.</source>
        <translation>{key} est en lecture seule : le chargeur ne permet pas de la modifier.</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/keys.py" line="648"/>
        <source>The charger is offline.</source>
        <translation>Le chargeur est hors ligne.</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/keys.py" line="650"/>
        <source>Waiting for the charger&apos;s answer…</source>
        <translation>En attente de la réponse du chargeur…</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/keys.py" line="653"/>
        <source>{key} is the charger&apos;s password. Enter sends the new one; when the charger accepts it, it also becomes the station&apos;s password, so the charger is let in on its next connection.</source>
        <translation>{key} est le mot de passe du chargeur. Entrée envoie le nouveau ; si le chargeur l&apos;accepte, il devient aussi le mot de passe de la borne de recharge, et le chargeur est admis à sa prochaine connexion.</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/keys.py" line="660"/>
        <source>Enter sends the value; the charger&apos;s answer appears on the key&apos;s row.</source>
        <translation>Entrée envoie la valeur ; la réponse du chargeur apparaît sur la ligne de la clé.</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/keys.py" line="688"/>
        <source>The value is {count} characters long; OCPP allows at most {max}.</source>
        <translation>La valeur fait {count} caractères ; OCPP en autorise au plus {max}.</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/keys.py" line="702"/>
        <source>Sending {key} = {shown} to {cp_id}…</source>
        <translation>Envoi de {key} = {shown} à {cp_id}…</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/keys.py" line="723"/>
        <source>{key} not changed: {reason}.</source>
        <translation>{key} non modifiée : {reason}.</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/keys.py" line="727"/>
        <source>{cp_id} answered {status} to {key} = {value}. ({detail})</source>
        <translation>{cp_id} a répondu {status} à {key} = {value}. ({detail})</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/keys.py" line="731"/>
        <source>{cp_id} answered {status} to {key} = {value}.</source>
        <translation>{cp_id} a répondu {status} à {key} = {value}.</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/keys.py" line="745"/>
        <source>{keys}: the charger uses the new value after a reboot. Reset now?</source>
        <translation>{keys} : le chargeur utilise la nouvelle valeur après un redémarrage. Réinitialiser maintenant ?</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/keys.py" line="765"/>
        <source>Reset not sent: {error}</source>
        <translation>Reset non envoyé : {error}</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/keys.py" line="778"/>
        <source>{cp_id} accepted the Reset: it restarts and uses the new values.</source>
        <translation>{cp_id} a accepté le Reset : il redémarre et utilise les nouvelles valeurs.</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/keys.py" line="787"/>
        <source>{cp_id} answered {status} to the Reset.</source>
        <translation>{cp_id} a répondu {status} au Reset.</translation>
    </message>
</context>
<context>
    <name>ChargerEvents</name>
    <message>
        <location filename="../../app/views/chargers/overview.py" line="72"/>
        <source>connected (OCPP {version}, TLS) from {ip}</source>
        <translation>connecté (OCPP {version}, TLS) depuis {ip}</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/overview.py" line="74"/>
        <source>connected (OCPP {version}) from {ip}</source>
        <translation>connecté (OCPP {version}) depuis {ip}</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/overview.py" line="80"/>
        <source>code {code}</source>
        <translation>code {code}</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/overview.py" line="82"/>
        <source>disconnected</source>
        <translation>déconnecté</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/overview.py" line="83"/>
        <source>disconnected: {reason}</source>
        <translation>déconnecté : {reason}</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/overview.py" line="86"/>
        <source>booted: {vendor} {model}, firmware {firmware} — answered {registration}</source>
        <translation>démarré : {vendor} {model}, firmware {firmware} — réponse {registration}</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/overview.py" line="103"/>
        <source>charger: {status}{error}</source>
        <translation>chargeur : {status}{error}</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/overview.py" line="105"/>
        <source>connector {connector}: {status}{error}</source>
        <translation>prise {connector} : {status}{error}</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/overview.py" line="112"/>
        <source>firmware: {status}</source>
        <translation>firmware : {status}</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/overview.py" line="115"/>
        <source>diagnostics: {status}</source>
        <translation>diagnostic : {status}</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/overview.py" line="118"/>
        <source>security event: {event} ({info})</source>
        <translation>événement de sécurité : {event} ({info})</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/overview.py" line="120"/>
        <source>security event: {event}</source>
        <translation>événement de sécurité : {event}</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/overview.py" line="130"/>
        <source>card {tag}{who} refused: {reason}</source>
        <translation>badge {tag}{who} refusé : {reason}</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/overview.py" line="135"/>
        <source>card {tag}{who} accepted</source>
        <translation>badge {tag}{who} accepté</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/overview.py" line="137"/>
        <source>connector {connector}: session {transaction} started by {who}</source>
        <translation>prise {connector} : session de recharge {transaction} démarrée par {who}</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/overview.py" line="141"/>
        <source>no reason given</source>
        <translation>aucune raison donnée</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/overview.py" line="143"/>
        <source>connector {connector}: session {transaction} stopped ({reason})</source>
        <translation>prise {connector} : session de recharge {transaction} terminée ({reason})</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/overview.py" line="147"/>
        <source>connector {connector}: session {transaction} stopped ({reason}, {kwh} kWh)</source>
        <translation>prise {connector} : session de recharge {transaction} terminée ({reason}, {kwh} kWh)</translation>
    </message>
</context>
<context>
    <name>ChargerOperations</name>
    <message>
        <location filename="../../app/views/chargers/operations/common.py" line="150"/>
        <source>Connector {n}</source>
        <translation>Prise {n}</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/common.py" line="163"/>
        <source>Pick a user&apos;s tag or type one</source>
        <translation>Choisissez le badge d&apos;un utilisateur ou saisissez-en un</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/common.py" line="165"/>
        <source>The idTag the charger uses: pick a user&apos;s tag or type one</source>
        <translation>L&apos;idTag utilisé par le chargeur : choisissez le badge d&apos;un utilisateur ou saisissez-en un</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/common.py" line="194"/>
        <source>Connector {connector} · {tag}{who} · since {since} · session {session}</source>
        <translation>Prise {connector} · {tag}{who} · depuis {since} · session {session}</translation>
    </message>
</context>
<context>
    <name>ChargerOperationsTab</name>
    <message>
        <location filename="../../app/views/chargers/operations/tab.py" line="87"/>
        <source>Transactions</source>
        <translation>Transactions</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/tab.py" line="88"/>
        <source>Charger control</source>
        <translation>Commande du chargeur</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/tab.py" line="89"/>
        <source>Local list</source>
        <translation>Liste locale</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/tab.py" line="90"/>
        <source>Reservations</source>
        <translation>Réservations</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/tab.py" line="91"/>
        <source>Smart charging</source>
        <translation>Recharge intelligente</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/tab.py" line="105"/>
        <location filename="../../app/views/chargers/operations/tab.py" line="475"/>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/tab.py" line="191"/>
        <source>Select a charger on the left to send it operations.</source>
        <translation>Sélectionnez un chargeur à gauche pour lui envoyer des opérations.</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/tab.py" line="236"/>
        <source>&lt;b&gt;Results&lt;/b&gt;</source>
        <translation>&lt;b&gt;Résultats&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/tab.py" line="238"/>
        <source>Clear results</source>
        <translation>Effacer les résultats</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/tab.py" line="239"/>
        <source>Empty this charger&apos;s results list</source>
        <translation>Vider la liste des résultats de ce chargeur</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/tab.py" line="247"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/tab.py" line="248"/>
        <source>Operation</source>
        <translation>Opération</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/tab.py" line="249"/>
        <source>Charger&apos;s answer</source>
        <translation>Réponse du chargeur</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/tab.py" line="250"/>
        <source>Latency</source>
        <translation>Latence</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/tab.py" line="266"/>
        <source>Select a result to see the request and the charger&apos;s full answer.</source>
        <translation>Sélectionnez un résultat pour voir la requête et la réponse complète du chargeur.</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/tab.py" line="330"/>
        <source>Could not load {cp_id} from the database: {error}</source>
        <translation>Impossible de charger {cp_id} depuis la base de données : {error}</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/tab.py" line="382"/>
        <source>● offline — operations will report that it is offline</source>
        <translation>● hors ligne — les opérations signaleront qu&apos;il est hors ligne</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/tab.py" line="387"/>
        <source>no station bound</source>
        <translation>aucune borne de recharge associée</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/tab.py" line="390"/>
        <source>&lt;b&gt;{cp_id}&lt;/b&gt; · {station} · OCPP {version} · {state}</source>
        <translation>&lt;b&gt;{cp_id}&lt;/b&gt; · {station} · OCPP {version} · {state}</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/tab.py" line="438"/>
        <source>Could not load the running sessions: {error}</source>
        <translation>Impossible de charger les sessions de recharge en cours : {error}</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/tab.py" line="496"/>
        <source>{cp_id} is not connected</source>
        <translation>{cp_id} n&apos;est pas connecté</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/tab.py" line="500"/>
        <source>Offline — {error}</source>
        <translation>Hors ligne — {error}</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/tab.py" line="504"/>
        <source>Timeout — {error}</source>
        <translation>Délai dépassé — {error}</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/tab.py" line="515"/>
        <source>Not supported — {error}</source>
        <translation>Non pris en charge — {error}</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/tab.py" line="518"/>
        <source>Not sent, invalid request — {error}</source>
        <translation>Non envoyé, requête invalide — {error}</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/tab.py" line="523"/>
        <source>Invalid answer — {error}</source>
        <translation>Réponse invalide — {error}</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/tab.py" line="526"/>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/tab.py" line="529"/>
        <source>Error — {kind}: {error}</source>
        <translation>Erreur — {kind} : {error}</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/tab.py" line="582"/>
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
        <location filename="../../app/views/chargers/overview.py" line="48"/>
        <source>Connector</source>
        <translation>Prise</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/overview.py" line="49"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/overview.py" line="50"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/overview.py" line="51"/>
        <source>Power</source>
        <translation>Puissance</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/overview.py" line="52"/>
        <source>Energy</source>
        <translation>Énergie</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/overview.py" line="53"/>
        <source>Transaction</source>
        <translation>Transaction</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/overview.py" line="54"/>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/overview.py" line="169"/>
        <source>Select a charger on the left to see who it is and its connectors live.</source>
        <translation>Sélectionnez un chargeur à gauche pour voir qui il est et ses prises en direct.</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/overview.py" line="180"/>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/overview.py" line="191"/>
        <source>Charge point id</source>
        <translation>Identifiant du point de charge</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/overview.py" line="192"/>
        <source>Registration</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/overview.py" line="193"/>
        <source>Station</source>
        <translation>Borne de recharge</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/overview.py" line="194"/>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/overview.py" line="195"/>
        <source>IP address</source>
        <translation>Adresse IP</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/overview.py" line="196"/>
        <source>OCPP version</source>
        <translation>Version OCPP</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/overview.py" line="197"/>
        <source>Charger status</source>
        <translation>État du chargeur</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/overview.py" line="203"/>
        <source>Vendor</source>
        <translation>Fabricant</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/overview.py" line="204"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/overview.py" line="205"/>
        <source>Serial number</source>
        <translation>Numéro de série</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/overview.py" line="206"/>
        <source>Firmware</source>
        <translation>Firmware</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/overview.py" line="207"/>
        <source>First seen</source>
        <translation>Vu la première fois</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/overview.py" line="208"/>
        <source>Last seen</source>
        <translation>Vu la dernière fois</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/overview.py" line="209"/>
        <source>Last boot</source>
        <translation>Dernier démarrage</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/overview.py" line="218"/>
        <source>{label}:</source>
        <translation>{label} :</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/overview.py" line="229"/>
        <source>Connectors (live)</source>
        <translation>Prises (en direct)</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/overview.py" line="245"/>
        <source>Recent events of this charger</source>
        <translation>Événements récents de ce chargeur</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/overview.py" line="249"/>
        <source>What this charger did since the console started, newest first: connections, boots, status changes, cards and sessions (the Log page has every message)</source>
        <translation>Ce que ce chargeur a fait depuis le démarrage de la console, le plus récent d&apos;abord : connexions, démarrages, changements d&apos;état, badges et sessions de recharge (la page Journal a chaque message)</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/overview.py" line="339"/>
        <source>Nothing yet since the console started.</source>
        <translation>Rien encore depuis le démarrage de la console.</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/overview.py" line="382"/>
        <source>{registration} (its charger never connected)</source>
        <translation>{registration} (son chargeur ne s&apos;est jamais connecté)</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/overview.py" line="387"/>
        <source>New — waiting for an operator (Pending)</source>
        <translation>Nouveau — attend un opérateur (Pending)</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/overview.py" line="392"/>
        <source>not bound to a station</source>
        <translation>associé à aucune borne de recharge</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/overview.py" line="396"/>
        <source>online</source>
        <translation>en ligne</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/overview.py" line="398"/>
        <source>offline</source>
        <translation>hors ligne</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/overview.py" line="412"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/overview.py" line="416"/>
        <source>now (connected)</source>
        <translation>maintenant (connecté)</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/overview.py" line="441"/>
        <source>No connector has reported yet: they appear with the charger&apos;s first StatusNotification.</source>
        <translation>Aucune prise ne s&apos;est encore signalée : elles apparaissent avec la première StatusNotification du chargeur.</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/overview.py" line="460"/>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/overview.py" line="514"/>
        <source>{transaction} (stopped)</source>
        <translation>{transaction} (terminée)</translation>
    </message>
</context>
<context>
    <name>ChargerPlurals</name>
    <message numerus="yes">
        <location filename="../../app/views/chargers/config/keys.py" line="525"/>
        <source>%n keys ({ro} read-only) read from {cp_id} (OCPP {ocpp_version}) at {read_at}.</source>
        <translation>
            <numerusform>%n clé ({ro} en lecture seule) lue sur {cp_id} (OCPP {ocpp_version}) à {read_at}.</numerusform>
            <numerusform>%n clés ({ro} en lecture seule) lues sur {cp_id} (OCPP {ocpp_version}) à {read_at}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/chargers/config/snapshots.py" line="336"/>
        <source>Snapshot of %n key(s) stored ({snapshot}).</source>
        <translation>
            <numerusform>Instantané de %n clé enregistré ({snapshot}).</numerusform>
            <numerusform>Instantané de %n clés enregistré ({snapshot}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/chargers/config/snapshots.py" line="356"/>
        <source>Delete %n snapshot(s) of {cp_id}? The charger is not touched.</source>
        <translation>
            <numerusform>Supprimer %n instantané de {cp_id} ? Le chargeur n&apos;est pas touché.</numerusform>
            <numerusform>Supprimer %n instantanés de {cp_id} ? Le chargeur n&apos;est pas touché.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/chargers/config/snapshots.py" line="386"/>
        <source>Deleted %n snapshot(s).</source>
        <translation>
            <numerusform>%n instantané supprimé.</numerusform>
            <numerusform>%n instantanés supprimés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/chargers/config/snapshots.py" line="461"/>
        <source>%n key(s) ({ro} read-only), {vendor} {model}, firmware {firmware}. Ctrl+click a second snapshot to compare.</source>
        <translation>
            <numerusform>%n clé ({ro} en lecture seule), {vendor} {model}, firmware {firmware}. Ctrl+clic sur un second instantané pour comparer.</numerusform>
            <numerusform>%n clés ({ro} en lecture seule), {vendor} {model}, firmware {firmware}. Ctrl+clic sur un second instantané pour comparer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/chargers/config/snapshots.py" line="769"/>
        <source>%n key(s)</source>
        <translation>
            <numerusform>%n clé</numerusform>
            <numerusform>%n clés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/chargers/config/snapshots.py" line="770"/>
        <source>%n charger(s)</source>
        <translation>
            <numerusform>%n chargeur</numerusform>
            <numerusform>%n chargeurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/chargers/config/snapshots.py" line="844"/>
        <source>Done: %n charger ({tally}).</source>
        <translation>
            <numerusform>Terminé : %n chargeur ({tally}).</numerusform>
            <numerusform>Terminé : %n chargeurs ({tally}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/chargers/config/snapshots.py" line="848"/>
        <source>%n key(s) not applied (see the table; hover for details).</source>
        <translation>
            <numerusform>%n clé non appliquée (voir le tableau ; détails au survol).</numerusform>
            <numerusform>%n clés non appliquées (voir le tableau ; détails au survol).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/chargers/operations/control.py" line="61"/>
        <source>Hard reset {cp_id}? It reboots now and stops the %n running session(s).</source>
        <translation>
            <numerusform>Réinitialisation matérielle de {cp_id} ? Il redémarre maintenant et arrête la %n session en cours.</numerusform>
            <numerusform>Réinitialisation matérielle de {cp_id} ? Il redémarre maintenant et arrête les %n sessions en cours.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/chargers/operations/control.py" line="69"/>
        <source>Soft reset {cp_id}? It restarts when idle (%n session(s) running).</source>
        <translation>
            <numerusform>Réinitialisation logicielle de {cp_id} ? Il redémarre quand il est au repos (%n session en cours).</numerusform>
            <numerusform>Réinitialisation logicielle de {cp_id} ? Il redémarre quand il est au repos (%n sessions en cours).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/chargers/operations/local_list.py" line="99"/>
        <source>{update}, version {version}, %n tag(s) ({left_out} left out)</source>
        <translation>
            <numerusform>{update}, version {version}, %n badge ({left_out} laissés de côté)</numerusform>
            <numerusform>{update}, version {version}, %n badges ({left_out} laissés de côté)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/chargers/operations/local_list.py" line="183"/>
        <source>&lt;b&gt;%n&lt;/b&gt; tag(s) may charge at {station} at any time and will be sent as list version {version} ({update_type}: {what}).</source>
        <translation>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; badge peut charger à {station} à tout moment et sera envoyé comme version de liste {version} ({update_type} : {what}).</numerusform>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; badges peuvent charger à {station} à tout moment et seront envoyés comme version de liste {version} ({update_type} : {what}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/chargers/operations/local_list.py" line="239"/>
        <source>%n other tag(s) are not listed: they may never charge here or belong to nobody.</source>
        <translation>
            <numerusform>%n autre badge n&apos;est pas listé : il ne peut jamais charger ici ou n&apos;appartient à personne.</numerusform>
            <numerusform>%n autres badges ne sont pas listés : ils ne peuvent jamais charger ici ou n&apos;appartiennent à personne.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/chargers/operations/smart_charging.py" line="448"/>
        <source>%n period(s) over {duration} s in {unit}</source>
        <translation>
            <numerusform>%n période sur {duration} s en {unit}</numerusform>
            <numerusform>%n périodes sur {duration} s en {unit}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/chargers/page.py" line="338"/>
        <source>%n chargers, {online} online</source>
        <translation>
            <numerusform>%n chargeur, {online} en ligne</numerusform>
            <numerusform>%n chargeurs, {online} en ligne</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChargerSnapshotsTab</name>
    <message>
        <location filename="../../app/views/chargers/config/snapshots.py" line="69"/>
        <source>changed</source>
        <translation>modifiée</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/snapshots.py" line="70"/>
        <source>added</source>
        <translation>ajoutée</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/snapshots.py" line="71"/>
        <source>removed</source>
        <translation>supprimée</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/snapshots.py" line="76"/>
        <source>{changed} changed, {added} added, {removed} removed, {unchanged} unchanged</source>
        <translation>{changed} modifiées, {added} ajoutées, {removed} supprimées, {unchanged} inchangées</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/snapshots.py" line="81"/>
        <source>{summary} — the same configuration</source>
        <translation>{summary} — la même configuration</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/snapshots.py" line="105"/>
        <source>Select a charger to see the snapshots of its configuration.</source>
        <translation>Sélectionnez un chargeur pour voir les instantanés de sa configuration.</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/snapshots.py" line="110"/>
        <source>Label (optional), e.g. before firmware 2.1</source>
        <translation>Libellé (facultatif), p. ex. avant firmware 2.1</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/snapshots.py" line="114"/>
        <source>Take snapshot</source>
        <translation>Prendre un instantané</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/snapshots.py" line="116"/>
        <location filename="../../app/views/chargers/config/snapshots.py" line="284"/>
        <source>Read every key from the charger now and store it</source>
        <translation>Lire maintenant toutes les clés du chargeur et les enregistrer</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/snapshots.py" line="126"/>
        <source>Taken</source>
        <translation>Pris le</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/snapshots.py" line="127"/>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/snapshots.py" line="128"/>
        <source>Keys</source>
        <translation>Clés</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/snapshots.py" line="129"/>
        <source>Firmware</source>
        <translation>Firmware</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/snapshots.py" line="138"/>
        <source>Select one snapshot to see its keys, two (Ctrl+click) to compare them</source>
        <translation>Sélectionnez un instantané pour voir ses clés, deux (Ctrl+clic) pour les comparer</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/snapshots.py" line="149"/>
        <source>Apply to chargers of the same model…</source>
        <translation>Appliquer aux chargeurs du même modèle…</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/snapshots.py" line="152"/>
        <source>Send the selected snapshot&apos;s values to other chargers of the same vendor and model (you choose the chargers and keys)</source>
        <translation>Envoyer les valeurs de l&apos;instantané sélectionné à d&apos;autres chargeurs du même fabricant et modèle (vous choisissez les chargeurs et les clés)</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/snapshots.py" line="158"/>
        <location filename="../../app/views/chargers/config/snapshots.py" line="363"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/snapshots.py" line="160"/>
        <source>Delete the selected snapshots (the chargers are not touched)</source>
        <translation>Supprimer les instantanés sélectionnés (les chargeurs ne sont pas touchés)</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/snapshots.py" line="169"/>
        <source>Snapshots, newest first</source>
        <translation>Instantanés, les plus récents d&apos;abord</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/snapshots.py" line="177"/>
        <source>Only differences</source>
        <translation>Seulement les différences</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/snapshots.py" line="180"/>
        <source>Hide the keys that are the same in both snapshots</source>
        <translation>Masquer les clés identiques dans les deux instantanés</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/snapshots.py" line="253"/>
        <source>, taken by {actor}</source>
        <translation>, pris par {actor}</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/snapshots.py" line="286"/>
        <source>The charger is offline: a snapshot needs it connected</source>
        <translation>Le chargeur est hors ligne : un instantané nécessite qu&apos;il soit connecté</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/snapshots.py" line="311"/>
        <source>Reading the configuration of {cp_id}…</source>
        <translation>Lecture de la configuration de {cp_id}…</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/snapshots.py" line="322"/>
        <source>No snapshot taken: {error}</source>
        <translation>Aucun instantané pris : {error}</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/snapshots.py" line="353"/>
        <source>Delete snapshots</source>
        <translation>Supprimer les instantanés</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/snapshots.py" line="379"/>
        <source>Not deleted: {error}.</source>
        <translation>Non supprimé : {error}.</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/snapshots.py" line="398"/>
        <source>Send this snapshot&apos;s values to chargers of the same vendor and model (you choose the chargers and keys)</source>
        <translation>Envoyer les valeurs de cet instantané aux chargeurs du même fabricant et modèle (vous choisissez les chargeurs et les clés)</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/snapshots.py" line="403"/>
        <source>Select one snapshot to apply its values</source>
        <translation>Sélectionnez un instantané pour appliquer ses valeurs</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/snapshots.py" line="413"/>
        <source>No snapshot yet: take one above.</source>
        <translation>Pas encore d&apos;instantané : prenez-en un ci-dessus.</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/snapshots.py" line="415"/>
        <source>Select a snapshot to see its keys, or two to compare them.</source>
        <translation>Sélectionnez un instantané pour voir ses clés, ou deux pour les comparer.</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/snapshots.py" line="432"/>
        <source>Select at most two snapshots to compare.</source>
        <translation>Sélectionnez au plus deux instantanés à comparer.</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/snapshots.py" line="438"/>
        <location filename="../../app/views/chargers/config/snapshots.py" line="570"/>
        <source>{error}. The list was refreshed.</source>
        <translation>{error}. La liste a été actualisée.</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/snapshots.py" line="454"/>
        <source>Snapshot {snapshot_title}</source>
        <translation>Instantané {snapshot_title}</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/snapshots.py" line="473"/>
        <location filename="../../app/views/chargers/config/snapshots.py" line="510"/>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/snapshots.py" line="474"/>
        <source>Access</source>
        <translation>Accès</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/snapshots.py" line="475"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/snapshots.py" line="488"/>
        <source>read-only</source>
        <translation>lecture seule</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/snapshots.py" line="490"/>
        <source>read-write</source>
        <translation>lecture-écriture</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/snapshots.py" line="503"/>
        <source>Before: {before}  →  After: {after}</source>
        <translation>Avant : {before}  →  Après : {after}</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/snapshots.py" line="511"/>
        <source>Change</source>
        <translation>Changement</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/snapshots.py" line="512"/>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/snapshots.py" line="513"/>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/snapshots.py" line="535"/>
        <source>(not reported)</source>
        <translation>(non signalée)</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/snapshots.py" line="537"/>
        <source>{value}  [read-only]</source>
        <translation>{value}  [lecture seule]</translation>
    </message>
</context>
<context>
    <name>ChargersPage</name>
    <message>
        <location filename="../../app/views/chargers/page.py" line="53"/>
        <source>New chargers</source>
        <translation>Nouveaux chargeurs</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/page.py" line="54"/>
        <source>Chargers</source>
        <translation>Chargeurs</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/page.py" line="55"/>
        <source>Refused</source>
        <translation>Refusés</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/page.py" line="58"/>
        <source>Charger</source>
        <translation>Chargeur</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/page.py" line="59"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/page.py" line="60"/>
        <source>Station</source>
        <translation>Borne de recharge</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/page.py" line="61"/>
        <source>Vendor / model</source>
        <translation>Fabricant / modèle</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/page.py" line="117"/>
        <source>Learn card…</source>
        <translation>Apprendre un badge…</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/page.py" line="119"/>
        <source>Tap an unknown RFID card on a charger and give it to a user</source>
        <translation>Présenter un badge RFID inconnu à un chargeur et l&apos;attribuer à un utilisateur</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/page.py" line="121"/>
        <source>Add virtual charger…</source>
        <translation>Ajouter un chargeur virtuel…</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/page.py" line="123"/>
        <source>Start a simulated charger in this console (demos, training)</source>
        <translation>Démarrer un chargeur simulé dans cette console (démonstrations, formation)</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/page.py" line="130"/>
        <source>Filter: id, station, vendor, model, IP…  (Ctrl+F)</source>
        <translation>Filtre : identifiant, borne de recharge, fabricant, modèle, IP…  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/page.py" line="165"/>
        <location filename="../../app/views/chargers/page.py" line="363"/>
        <source>No charger selected</source>
        <translation>Aucun chargeur sélectionné</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/page.py" line="179"/>
        <source>Overview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/page.py" line="180"/>
        <source>Commissioning</source>
        <translation>Mise en service</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/page.py" line="181"/>
        <source>Configuration</source>
        <translation>Configuration</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/page.py" line="182"/>
        <source>Snapshots</source>
        <translation>Instantanés</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/page.py" line="183"/>
        <source>Operations</source>
        <translation>Opérations</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/page.py" line="184"/>
        <source>Firmware &amp;&amp; diagnostics</source>
        <translation>Firmware &amp;&amp; diagnostic</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/page.py" line="281"/>
        <source>{cp_id}  NEW</source>
        <translation>{cp_id}  NOUVEAU</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/page.py" line="291"/>
        <source>not bound</source>
        <translation>non associé</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/page.py" line="296"/>
        <source>IP {ip}</source>
        <translation>IP {ip}</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/page.py" line="297"/>
        <source>serial {serial}</source>
        <translation>n° de série {serial}</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/page.py" line="300"/>
        <source>firmware {firmware}</source>
        <translation>firmware {firmware}</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/page.py" line="310"/>
        <source>never connected</source>
        <translation>jamais connecté</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/page.py" line="312"/>
        <source>● online</source>
        <translation>● en ligne</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/page.py" line="312"/>
        <source>○ offline</source>
        <translation>○ hors ligne</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/page.py" line="365"/>
        <source>Choose a charger on the left. New chargers waiting for acceptance are listed first.</source>
        <translation>Choisissez un chargeur à gauche. Les nouveaux chargeurs en attente d&apos;acceptation sont listés en premier.</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/page.py" line="378"/>
        <source>new: accept it on the Commissioning tab</source>
        <translation>nouveau : acceptez-le dans l&apos;onglet Mise en service</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/page.py" line="424"/>
        <source>online</source>
        <translation>en ligne</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/page.py" line="426"/>
        <source>offline</source>
        <translation>hors ligne</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/page.py" line="478"/>
        <source>Could not read the chargers seen: {error}</source>
        <translation>Impossible de lire les chargeurs vus : {error}</translation>
    </message>
</context>
<context>
    <name>ClearCacheForm</name>
    <message>
        <location filename="../../app/views/chargers/operations/control.py" line="147"/>
        <source>The charger forgets the tags it authorized before and asks again next time (the local list is not affected).</source>
        <translation>Le chargeur oublie les badges autorisés auparavant et redemande la prochaine fois (la liste locale n&apos;est pas touchée).</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/control.py" line="154"/>
        <source>Clear cache</source>
        <translation>Vider le cache</translation>
    </message>
</context>
<context>
    <name>ClearProfileForm</name>
    <message>
        <location filename="../../app/views/chargers/operations/smart_charging.py" line="282"/>
        <source>By profile id</source>
        <translation>Par identifiant de profil</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/smart_charging.py" line="284"/>
        <source>By criteria (every profile that matches)</source>
        <translation>Par critères (chaque profil correspondant)</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/smart_charging.py" line="293"/>
        <source>0 — whole charger</source>
        <translation>0 — chargeur entier</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/smart_charging.py" line="294"/>
        <source>Any connector</source>
        <translation>N&apos;importe quelle prise</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/smart_charging.py" line="297"/>
        <source>Any purpose</source>
        <translation>N&apos;importe quel objectif</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/smart_charging.py" line="303"/>
        <source>any</source>
        <translation>quelconque</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/smart_charging.py" line="305"/>
        <source>Profile id</source>
        <translation>Identifiant de profil</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/smart_charging.py" line="307"/>
        <source>Connector</source>
        <translation>Prise</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/smart_charging.py" line="308"/>
        <source>Purpose</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/smart_charging.py" line="309"/>
        <source>Stack level</source>
        <translation>Niveau de pile</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/smart_charging.py" line="310"/>
        <source>Clear profiles</source>
        <translation>Effacer les profils</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/smart_charging.py" line="328"/>
        <source>profile #{pid}</source>
        <translation>profil n° {pid}</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/smart_charging.py" line="338"/>
        <source>connector {connector}</source>
        <translation>prise {connector}</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/smart_charging.py" line="342"/>
        <source>stack {stack}</source>
        <translation>pile {stack}</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/smart_charging.py" line="349"/>
        <source>every profile</source>
        <translation>tous les profils</translation>
    </message>
</context>
<context>
    <name>CommissioningTab</name>
    <message>
        <location filename="../../app/views/chargers/commissioning.py" line="268"/>
        <source>Select a charger on the left to accept it, refuse it or run its commissioning checklist.</source>
        <translation>Sélectionnez un chargeur à gauche pour l&apos;accepter, le refuser ou exécuter sa liste de contrôle de mise en service.</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/commissioning.py" line="282"/>
        <source>Registration</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/commissioning.py" line="287"/>
        <source>Accept…</source>
        <translation>Accepter…</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/commissioning.py" line="289"/>
        <source>Bind this charger to a station (or create one) and set its password</source>
        <translation>Associer ce chargeur à une borne de recharge (ou en créer une) et définir son mot de passe</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/commissioning.py" line="293"/>
        <location filename="../../app/views/chargers/commissioning.py" line="604"/>
        <source>Refuse</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/commissioning.py" line="295"/>
        <source>Its BootNotifications are answered Rejected from now on</source>
        <translation>Ses BootNotifications reçoivent désormais la réponse Rejected</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/commissioning.py" line="306"/>
        <location filename="../../app/views/chargers/commissioning.py" line="523"/>
        <source>Commissioning checklist</source>
        <translation>Liste de contrôle de mise en service</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/commissioning.py" line="314"/>
        <source>HeartbeatInterval to set (recommended {seconds} s)</source>
        <translation>HeartbeatInterval à régler (recommandé {seconds} s)</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/commissioning.py" line="323"/>
        <source>MeterValueSampleInterval to set (recommended {seconds} s; 0 switches periodic meter values off)</source>
        <translation>MeterValueSampleInterval à régler (recommandé {seconds} s ; 0 désactive les relevés périodiques)</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/commissioning.py" line="328"/>
        <source>Test charge on connector</source>
        <translation>Recharge de test sur la prise</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/commissioning.py" line="331"/>
        <source>RemoteStart with the technician&apos;s tag, watch status and meter values, RemoteStop. A vehicle (or an EV simulator) must be plugged in.</source>
        <translation>RemoteStart avec le badge du technicien, suivi de l&apos;état et des relevés, RemoteStop. Un véhicule (ou un simulateur de VE) doit être branché.</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/commissioning.py" line="337"/>
        <source>The connector of the test charge</source>
        <translation>La prise de la recharge de test</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/commissioning.py" line="342"/>
        <source>The technician&apos;s tag: it must be allowed to charge at this station</source>
        <translation>Le badge du technicien : il doit être autorisé à charger sur cette borne de recharge</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/commissioning.py" line="348"/>
        <source>technician&apos;s tag</source>
        <translation>badge du technicien</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/commissioning.py" line="349"/>
        <source>Heartbeat interval:</source>
        <translation>Intervalle de heartbeat :</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/commissioning.py" line="351"/>
        <source>Meter values every:</source>
        <translation>Relevés toutes les :</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/commissioning.py" line="355"/>
        <source>with tag:</source>
        <translation>avec le badge :</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/commissioning.py" line="365"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/commissioning.py" line="366"/>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/commissioning.py" line="367"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/commissioning.py" line="385"/>
        <source>Run checklist</source>
        <translation>Exécuter la liste de contrôle</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/commissioning.py" line="387"/>
        <source>Run every step now (again, for a charger accepted earlier)</source>
        <translation>Exécuter maintenant chaque étape (à nouveau, pour un chargeur accepté plus tôt)</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/commissioning.py" line="389"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/commissioning.py" line="391"/>
        <source>Export report…</source>
        <translation>Exporter le rapport…</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/commissioning.py" line="393"/>
        <source>Save the last result as a printable HTML or PDF commissioning report</source>
        <translation>Enregistrer le dernier résultat comme rapport de mise en service imprimable en HTML ou PDF</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/commissioning.py" line="453"/>
        <source>No active tag of an active user yet: add one on the Users page (or learn a card) or type the tag</source>
        <translation>Pas encore de badge actif d&apos;un utilisateur actif : ajoutez-en un dans la page Utilisateurs (ou apprenez un badge) ou saisissez le badge</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/commissioning.py" line="476"/>
        <source>{cp_id} is not known (yet).</source>
        <translation>{cp_id} n&apos;est pas (encore) connu.</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/commissioning.py" line="480"/>
        <source>&lt;b&gt;New charger.&lt;/b&gt; {cp_id} ({vendor}) connected from {ip} and waits for an operator. Accept it to bind it to a station; refuse it to keep it out.</source>
        <translation>&lt;b&gt;Nouveau chargeur.&lt;/b&gt; {cp_id} ({vendor}) s&apos;est connecté depuis {ip} et attend un opérateur. Acceptez-le pour l&apos;associer à une borne de recharge ; refusez-le pour le tenir à l&apos;écart.</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/commissioning.py" line="485"/>
        <source>vendor unknown</source>
        <translation>fabricant inconnu</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/commissioning.py" line="491"/>
        <source>&lt;b&gt;Refused.&lt;/b&gt; {cp_id} hears Rejected when it boots. You can still accept it.</source>
        <translation>&lt;b&gt;Refusé.&lt;/b&gt; {cp_id} reçoit Rejected à son démarrage. Vous pouvez encore l&apos;accepter.</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/commissioning.py" line="498"/>
        <source>{cp_id}: {registration}, not bound to a station.</source>
        <translation>{cp_id} : {registration}, associé à aucune borne de recharge.</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/commissioning.py" line="504"/>
        <source>&lt;b&gt;Accepted&lt;/b&gt;, bound to station &lt;b&gt;{station_name}&lt;/b&gt; ({site_name}).</source>
        <translation>&lt;b&gt;Accepté&lt;/b&gt;, associé à la borne de recharge &lt;b&gt;{station_name}&lt;/b&gt; ({site_name}).</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/commissioning.py" line="525"/>
        <source>Commissioning checklist — accept the charger first</source>
        <translation>Liste de contrôle de mise en service — acceptez d&apos;abord le chargeur</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/commissioning.py" line="529"/>
        <source>Run every step now</source>
        <translation>Exécuter maintenant chaque étape</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/commissioning.py" line="531"/>
        <source>The charger is offline: every step will say so</source>
        <translation>Le chargeur est hors ligne : chaque étape le signalera</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/commissioning.py" line="560"/>
        <source>{cp_id} was not accepted: {error}</source>
        <translation>{cp_id} n&apos;a pas été accepté : {error}</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/commissioning.py" line="568"/>
        <source>{cp_id} accepted and bound to station {station}.</source>
        <translation>{cp_id} accepté et associé à la borne de recharge {station}.</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/commissioning.py" line="580"/>
        <source>The checklist runs as soon as it has booted as Accepted.</source>
        <translation>La liste de contrôle s&apos;exécute dès qu&apos;il a démarré en Accepted.</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/commissioning.py" line="596"/>
        <source>Refuse charger</source>
        <translation>Refuser le chargeur</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/commissioning.py" line="598"/>
        <source>Refuse {cp_id}? Its BootNotifications are answered Rejected from now on; you can accept it later.</source>
        <translation>Refuser {cp_id} ? Ses BootNotifications reçoivent désormais la réponse Rejected ; vous pourrez l&apos;accepter plus tard.</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/commissioning.py" line="613"/>
        <source>{cp_id} could not be refused: {error}</source>
        <translation>{cp_id} n&apos;a pas pu être refusé : {error}</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/commissioning.py" line="619"/>
        <source>{cp_id} refused.</source>
        <translation>{cp_id} refusé.</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/commissioning.py" line="636"/>
        <source>The charger did not boot again within 30 s after it was accepted: run the checklist when it is back (Run checklist).</source>
        <translation>Le chargeur n&apos;a pas redémarré dans les 30 s suivant son acceptation : exécutez la liste de contrôle à son retour (Exécuter la liste de contrôle).</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/commissioning.py" line="682"/>
        <source>Running the checklist on {cp_id}…</source>
        <translation>Liste de contrôle en cours sur {cp_id}…</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/commissioning.py" line="695"/>
        <source>Checklist cancelled (a test charge in progress was not stopped: stop it on the Operations tab).</source>
        <translation>Liste de contrôle annulée (une recharge de test en cours n&apos;a pas été arrêtée : arrêtez-la dans l&apos;onglet Opérations).</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/commissioning.py" line="704"/>
        <source>The checklist could not run: {error}</source>
        <translation>La liste de contrôle n&apos;a pas pu s&apos;exécuter : {error}</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/commissioning.py" line="745"/>
        <source>The checklist has not run for this charger yet.</source>
        <translation>La liste de contrôle n&apos;a pas encore été exécutée pour ce chargeur.</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/commissioning.py" line="755"/>
        <source>{verdict} — run {when}</source>
        <translation>{verdict} — exécutée le {when}</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/commissioning.py" line="769"/>
        <source>Export commissioning report</source>
        <translation>Exporter le rapport de mise en service</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/commissioning.py" line="775"/>
        <source>HTML report (*.html)</source>
        <translation>Rapport HTML (*.html)</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/commissioning.py" line="803"/>
        <source>The report could not be written to {path}: {error}</source>
        <translation>Le rapport n&apos;a pas pu être écrit dans {path} : {error}</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/commissioning.py" line="809"/>
        <source>Commissioning report saved to {path}.</source>
        <translation>Rapport de mise en service enregistré dans {path}.</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/commissioning.py" line="830"/>
        <source>Commissioning report</source>
        <translation>Rapport de mise en service</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/commissioning.py" line="837"/>
        <source>Qt could not write {path}</source>
        <translation>Qt n&apos;a pas pu écrire {path}</translation>
    </message>
</context>
<context>
    <name>CompositeForm</name>
    <message>
        <location filename="../../app/views/chargers/operations/smart_charging.py" line="363"/>
        <source>0 — whole charger</source>
        <translation>0 — chargeur entier</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/smart_charging.py" line="370"/>
        <source>Charger&apos;s choice</source>
        <translation>Choix du chargeur</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/smart_charging.py" line="373"/>
        <source>Connector</source>
        <translation>Prise</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/smart_charging.py" line="374"/>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/smart_charging.py" line="375"/>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/smart_charging.py" line="376"/>
        <source>Get schedule</source>
        <translation>Obtenir le planning</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/smart_charging.py" line="385"/>
        <source>From</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/smart_charging.py" line="386"/>
        <source>At</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/smart_charging.py" line="387"/>
        <source>Limit</source>
        <translation>Limite</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/smart_charging.py" line="388"/>
        <source>Phases</source>
        <translation>Phases</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/smart_charging.py" line="415"/>
        <source>connector {connector}, {duration} s</source>
        <translation>prise {connector}, {duration} s</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/smart_charging.py" line="439"/>
        <source>The charger answered {status}: no schedule to show.</source>
        <translation>Le chargeur a répondu {status} : aucun planning à afficher.</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/smart_charging.py" line="452"/>
        <source>, from {start}</source>
        <translation>, à partir du {start}</translation>
    </message>
</context>
<context>
    <name>ConfigModel</name>
    <message>
        <location filename="../../app/views/chargers/config/keys.py" line="92"/>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/keys.py" line="93"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/keys.py" line="94"/>
        <source>Access</source>
        <translation>Accès</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/keys.py" line="95"/>
        <source>Last answer</source>
        <translation>Dernière réponse</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/keys.py" line="193"/>
        <source>read-only</source>
        <translation>lecture seule</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/keys.py" line="195"/>
        <source>read-write</source>
        <translation>lecture-écriture</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/keys.py" line="210"/>
        <source>{key} is read-only: the charger does not allow changing it</source>
        <translation>{key} est en lecture seule : le chargeur ne permet pas de la modifier</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/keys.py" line="216"/>
        <source>{key} is the charger&apos;s password: never shown. Change it in the form below; the station&apos;s password changes with it when the charger accepts it</source>
        <translation>{key} est le mot de passe du chargeur : jamais affiché. Modifiez-le dans le formulaire ci-dessous ; le mot de passe de la borne de recharge change avec lui quand le chargeur l&apos;accepte</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/config/keys.py" line="222"/>
        <source>Double-click or press F2 to change; Enter sends the new value to the charger</source>
        <translation>Double-clic ou F2 pour modifier ; Entrée envoie la nouvelle valeur au chargeur</translation>
    </message>
</context>
<context>
    <name>DataTransferForm</name>
    <message>
        <location filename="../../app/views/chargers/operations/control.py" line="205"/>
        <source>e.g. com.vendor (required)</source>
        <translation>p. ex. com.vendor (obligatoire)</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/control.py" line="207"/>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/control.py" line="209"/>
        <source>optional text (often JSON)</source>
        <translation>texte facultatif (souvent du JSON)</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/control.py" line="211"/>
        <source>Vendor id</source>
        <translation>Identifiant du fabricant</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/control.py" line="212"/>
        <source>Message id</source>
        <translation>Identifiant du message</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/control.py" line="213"/>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/control.py" line="214"/>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/control.py" line="227"/>
        <source>Enter the vendor id the charger expects (e.g. its vendor&apos;s name or reverse domain).</source>
        <translation>Saisissez l&apos;identifiant du fabricant attendu par le chargeur (p. ex. le nom de son fabricant ou un domaine inversé).</translation>
    </message>
</context>
<context>
    <name>FirmwareDiagnosticsTab</name>
    <message>
        <location filename="../../app/views/chargers/files.py" line="88"/>
        <source>waiting for the charger</source>
        <translation>en attente du chargeur</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/files.py" line="92"/>
        <source>{done} of {total} · {current}</source>
        <translation>{done} sur {total} · {current}</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/files.py" line="109"/>
        <source>Failed: {message}</source>
        <translation>Échec : {message}</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/files.py" line="111"/>
        <source>Timed out: {message}</source>
        <translation>Délai dépassé : {message}</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/files.py" line="143"/>
        <source>Select a charger on the left to update its firmware or fetch its diagnostics.</source>
        <translation>Sélectionnez un chargeur à gauche pour mettre à jour son firmware ou récupérer son diagnostic.</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/files.py" line="157"/>
        <source>Firmware update</source>
        <translation>Mise à jour du firmware</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/files.py" line="163"/>
        <source>The firmware file from the vendor (e.g. terra-ac-2.1.0.bin)</source>
        <translation>Le fichier de firmware du fabricant (p. ex. terra-ac-2.1.0.bin)</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/files.py" line="168"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/files.py" line="169"/>
        <location filename="../../app/views/chargers/files.py" line="308"/>
        <source>Choose the firmware file</source>
        <translation>Choisir le fichier de firmware</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/files.py" line="172"/>
        <source>Update firmware</source>
        <translation>Mettre à jour le firmware</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/files.py" line="174"/>
        <source>Send UpdateFirmware: the charger downloads the file from this computer, installs it and restarts (a running charge is finished first)</source>
        <translation>Envoyer UpdateFirmware : le chargeur télécharge le fichier depuis cet ordinateur, l&apos;installe et redémarre (une recharge en cours se termine d&apos;abord)</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/files.py" line="181"/>
        <source>Stop serving</source>
        <translation>Arrêter de servir</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/files.py" line="183"/>
        <source>Stop waiting and stop serving the file (the charger cannot download it any more)</source>
        <translation>Arrêter d&apos;attendre et de servir le fichier (le chargeur ne peut plus le télécharger)</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/files.py" line="199"/>
        <source>Diagnostics</source>
        <translation>Diagnostic</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/files.py" line="203"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/files.py" line="205"/>
        <source>Until</source>
        <translation>Jusqu&apos;au</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/files.py" line="211"/>
        <source>only log entries from this time on</source>
        <translation>seulement les entrées du journal à partir de ce moment</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/files.py" line="216"/>
        <source>only log entries up to this time</source>
        <translation>seulement les entrées du journal jusqu&apos;à ce moment</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/files.py" line="223"/>
        <source>Optional: {tip} (the charger may ignore it)</source>
        <translation>Facultatif : {tip} (le chargeur peut l&apos;ignorer)</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/files.py" line="234"/>
        <source>Request diagnostics</source>
        <translation>Demander le diagnostic</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/files.py" line="236"/>
        <source>Send GetDiagnostics: the charger uploads its log file to this computer</source>
        <translation>Envoyer GetDiagnostics : le chargeur téléverse son fichier journal vers cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/files.py" line="243"/>
        <source>Stop waiting</source>
        <translation>Arrêter d&apos;attendre</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/files.py" line="245"/>
        <source>Stop waiting and stop receiving (an upload after this is refused)</source>
        <translation>Arrêter d&apos;attendre et de recevoir (un téléversement ultérieur est refusé)</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/files.py" line="261"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/files.py" line="263"/>
        <source>Open the received file with this computer&apos;s default application</source>
        <translation>Ouvrir le fichier reçu avec l&apos;application par défaut de cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/files.py" line="269"/>
        <source>Save as…</source>
        <translation>Enregistrer sous…</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/files.py" line="270"/>
        <source>Save a copy of the received file</source>
        <translation>Enregistrer une copie du fichier reçu</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/files.py" line="312"/>
        <source>Firmware files (*.bin *.img *.hex *.fw *.zip *.tar *.gz *.tgz *.pkg *.swu)</source>
        <translation>Fichiers de firmware (*.bin *.img *.hex *.fw *.zip *.tar *.gz *.tgz *.pkg *.swu)</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/files.py" line="316"/>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/files.py" line="333"/>
        <source>Choose the firmware file first (Browse…).</source>
        <translation>Choisissez d&apos;abord le fichier de firmware (Parcourir…).</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/files.py" line="340"/>
        <source>{path} does not exist or is not a file: choose the firmware file again.</source>
        <translation>{path} n&apos;existe pas ou n&apos;est pas un fichier : choisissez à nouveau le fichier de firmware.</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/files.py" line="349"/>
        <source>{name} is empty: that cannot be a firmware image.</source>
        <translation>{name} est vide : ce ne peut pas être une image de firmware.</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/files.py" line="368"/>
        <source>“From” must be before “Until”: correct one of them or untick it.</source>
        <translation>« Du » doit précéder « Jusqu&apos;au » : corrigez l&apos;un des deux ou décochez-le.</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/files.py" line="386"/>
        <source>No application opens {suffix} files here; use Save as… (the file is {path}).</source>
        <translation>Aucune application n&apos;ouvre ici les fichiers {suffix} ; utilisez Enregistrer sous… (le fichier est {path}).</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/files.py" line="391"/>
        <source>No application opens this kind of file here; use Save as… (the file is {path}).</source>
        <translation>Aucune application n&apos;ouvre ici ce type de fichier ; utilisez Enregistrer sous… (le fichier est {path}).</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/files.py" line="401"/>
        <source>Save the diagnostics file as</source>
        <translation>Enregistrer le fichier de diagnostic sous</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/files.py" line="416"/>
        <source>Could not save to {target}: {error}. Choose another place.</source>
        <translation>Impossible d&apos;enregistrer dans {target} : {error}. Choisissez un autre emplacement.</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/files.py" line="423"/>
        <source>Received: {name} · saved a copy as {target}</source>
        <translation>Reçu : {name} · copie enregistrée sous {target}</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/files.py" line="470"/>
        <source>online</source>
        <translation>en ligne</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/files.py" line="472"/>
        <source>offline</source>
        <translation>hors ligne</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/files.py" line="475"/>
        <source>firmware {firmware}</source>
        <translation>firmware {firmware}</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/files.py" line="481"/>
        <source>{message}. It now reports firmware {version}.</source>
        <translation>{message}. Il signale maintenant le firmware {version}.</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/files.py" line="489"/>
        <source>Received: {name}</source>
        <translation>Reçu : {name}</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/files.py" line="492"/>
        <source>Received: {name} ({size:,} bytes) in {folder}</source>
        <translation>Reçu : {name} ({size:,} octets) dans {folder}</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/files.py" line="504"/>
        <source>Serving at {address} for this job.</source>
        <translation>Servi à {address} pour cette tâche.</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/files.py" line="513"/>
        <source>Files go over HTTP from this computer, only while a job runs: address {host}, port {port} (Settings → Central system). Received files are kept under the data folder&apos;s diagnostics/.</source>
        <translation>Les fichiers passent par HTTP depuis cet ordinateur, uniquement pendant une tâche : adresse {host}, port {port} (Paramètres → Système central). Les fichiers reçus sont conservés dans diagnostics/ du dossier de données.</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/files.py" line="518"/>
        <source>the one the charger connected to</source>
        <translation>celle à laquelle le chargeur s&apos;est connecté</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/files.py" line="519"/>
        <source>any free one</source>
        <translation>n&apos;importe quel port libre</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/files.py" line="523"/>
        <source>{cp_id} is offline: it must be connected to receive a request.</source>
        <translation>{cp_id} est hors ligne : il doit être connecté pour recevoir une requête.</translation>
    </message>
</context>
<context>
    <name>LocalListDialog</name>
    <message>
        <location filename="../../app/views/chargers/operations/local_list.py" line="168"/>
        <source>Local list for {charge_point_id}</source>
        <translation>Liste locale pour {charge_point_id}</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/local_list.py" line="175"/>
        <source>replaces the charger&apos;s list</source>
        <translation>remplace la liste du chargeur</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/local_list.py" line="177"/>
        <source>adds these tags and removes the ones left out</source>
        <translation>ajoute ces badges et retire ceux laissés de côté</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/local_list.py" line="199"/>
        <location filename="../../app/views/chargers/operations/local_list.py" line="216"/>
        <source>Tag</source>
        <translation>Badge</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/local_list.py" line="200"/>
        <location filename="../../app/views/chargers/operations/local_list.py" line="217"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/local_list.py" line="201"/>
        <source>As</source>
        <translation>En tant que</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/local_list.py" line="202"/>
        <source>Expires</source>
        <translation>Expire</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/local_list.py" line="218"/>
        <source>Left out because</source>
        <translation>Laissé de côté car</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/local_list.py" line="224"/>
        <source>Will be sent ({count})</source>
        <translation>Sera envoyé ({count})</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/local_list.py" line="230"/>
        <source>Left out ({count})</source>
        <translation>Laissés de côté ({count})</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/local_list.py" line="248"/>
        <source>Send to charger</source>
        <translation>Envoyer au chargeur</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/local_list.py" line="253"/>
        <source>Sends an empty list: the charger will accept only what it asks us</source>
        <translation>Envoie une liste vide : le chargeur n&apos;acceptera que ce qu&apos;il nous demande</translation>
    </message>
</context>
<context>
    <name>LocalListVersionForm</name>
    <message>
        <location filename="../../app/views/chargers/operations/local_list.py" line="130"/>
        <source>Charger&apos;s list version</source>
        <translation>Version de la liste du chargeur</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/local_list.py" line="131"/>
        <source>Get version</source>
        <translation>Obtenir la version</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/local_list.py" line="146"/>
        <source>{version} (no list)</source>
        <translation>{version} (pas de liste)</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/local_list.py" line="148"/>
        <source>{version} (no local list support)</source>
        <translation>{version} (pas de prise en charge des listes locales)</translation>
    </message>
</context>
<context>
    <name>RemoteStartForm</name>
    <message>
        <location filename="../../app/views/chargers/operations/transactions.py" line="29"/>
        <source>Any free connector</source>
        <translation>N&apos;importe quelle prise libre</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/transactions.py" line="31"/>
        <source>Connector</source>
        <translation>Prise</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/transactions.py" line="32"/>
        <source>Tag</source>
        <translation>Badge</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/transactions.py" line="33"/>
        <source>Start charging</source>
        <translation>Démarrer la recharge</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/transactions.py" line="42"/>
        <source>Pick a user&apos;s tag or type the idTag to start with.</source>
        <translation>Choisissez le badge d&apos;un utilisateur ou saisissez l&apos;idTag de démarrage.</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/transactions.py" line="51"/>
        <source>connector {connector}</source>
        <translation>prise {connector}</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/transactions.py" line="53"/>
        <source>any connector</source>
        <translation>n&apos;importe quelle prise</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/transactions.py" line="56"/>
        <source>{tag} on {where}</source>
        <translation>{tag} sur {where}</translation>
    </message>
</context>
<context>
    <name>RemoteStopForm</name>
    <message>
        <location filename="../../app/views/chargers/operations/transactions.py" line="67"/>
        <source>The sessions running on this charger</source>
        <translation>Les sessions de recharge en cours sur ce chargeur</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/transactions.py" line="68"/>
        <source>Session</source>
        <translation>Session de recharge</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/transactions.py" line="69"/>
        <source>Stop session</source>
        <translation>Arrêter la session de recharge</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/transactions.py" line="81"/>
        <location filename="../../app/views/chargers/operations/transactions.py" line="88"/>
        <source>No session is running on this charger</source>
        <translation>Aucune session de recharge n&apos;est en cours sur ce chargeur</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/transactions.py" line="94"/>
        <source>No session is running on this charger.</source>
        <translation>Aucune session de recharge n&apos;est en cours sur ce chargeur.</translation>
    </message>
</context>
<context>
    <name>ReserveForm</name>
    <message>
        <location filename="../../app/views/chargers/operations/reservations.py" line="54"/>
        <source>Connector</source>
        <translation>Prise</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/reservations.py" line="55"/>
        <source>Tag</source>
        <translation>Badge</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/reservations.py" line="56"/>
        <source>Expires</source>
        <translation>Expire</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/reservations.py" line="57"/>
        <source>Reservation id</source>
        <translation>Identifiant de réservation</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/reservations.py" line="58"/>
        <source>Reserve</source>
        <translation>Réserver</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/reservations.py" line="69"/>
        <source>Pick a user&apos;s tag or type the idTag the connector is held for.</source>
        <translation>Choisissez le badge d&apos;un utilisateur ou saisissez l&apos;idTag pour lequel la prise est réservée.</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/reservations.py" line="74"/>
        <source>The expiry must be in the future.</source>
        <translation>L&apos;expiration doit être dans le futur.</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/reservations.py" line="86"/>
        <source>#{reservation} connector {connector} for {tag} until {expiry:%H:%M}</source>
        <translation>n° {reservation} prise {connector} pour {tag} jusqu&apos;à {expiry:%H:%M}</translation>
    </message>
</context>
<context>
    <name>ResetForm</name>
    <message>
        <location filename="../../app/views/chargers/operations/control.py" line="37"/>
        <source>Soft — restart the software when idle; running sessions end normally</source>
        <translation>Soft — redémarrer le logiciel au repos ; les sessions en cours se terminent normalement</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/control.py" line="39"/>
        <source>Hard — reboot now; running sessions are stopped</source>
        <translation>Hard — redémarrer maintenant ; les sessions en cours sont arrêtées</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/control.py" line="47"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/control.py" line="48"/>
        <source>Reset…</source>
        <translation>Réinitialiser…</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/control.py" line="53"/>
        <source>Hard reset</source>
        <translation>Réinitialisation matérielle</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/control.py" line="53"/>
        <source>Soft reset</source>
        <translation>Réinitialisation logicielle</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/control.py" line="66"/>
        <source>Hard reset {cp_id}? It reboots now.</source>
        <translation>Réinitialisation matérielle de {cp_id} ? Il redémarre maintenant.</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/control.py" line="74"/>
        <source>Soft reset {cp_id}? It restarts when idle.</source>
        <translation>Réinitialisation logicielle de {cp_id} ? Il redémarre quand il est au repos.</translation>
    </message>
</context>
<context>
    <name>SendLocalListForm</name>
    <message>
        <location filename="../../app/views/chargers/operations/local_list.py" line="47"/>
        <source>Full — replace the charger&apos;s list</source>
        <translation>Full — remplacer la liste du chargeur</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/local_list.py" line="49"/>
        <source>Differential — add these, remove the ones left out</source>
        <translation>Differential — ajouter ceux-ci, retirer ceux laissés de côté</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/local_list.py" line="56"/>
        <source>The version the charger stores with the list (Get local list version fills in the next one)</source>
        <translation>La version que le chargeur enregistre avec la liste (Obtenir la version remplit la suivante)</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/local_list.py" line="62"/>
        <source>Owners and users who may charge here at any time. Users whose access depends on the time or the connector are left out; you see both lists before anything is sent.</source>
        <translation>Propriétaires et utilisateurs qui peuvent charger ici à tout moment. Les utilisateurs dont l&apos;accès dépend de l&apos;heure ou de la prise sont laissés de côté ; vous voyez les deux listes avant tout envoi.</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/local_list.py" line="69"/>
        <source>Update</source>
        <translation>Mise à jour</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/local_list.py" line="70"/>
        <source>List version</source>
        <translation>Version de la liste</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/local_list.py" line="71"/>
        <source>Prepare list…</source>
        <translation>Préparer la liste…</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/local_list.py" line="83"/>
        <source>Could not build the list: {error}</source>
        <translation>Impossible de constituer la liste : {error}</translation>
    </message>
</context>
<context>
    <name>SetProfileForm</name>
    <message>
        <location filename="../../app/views/chargers/operations/smart_charging.py" line="56"/>
        <source>0 — whole charger</source>
        <translation>0 — chargeur entier</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/smart_charging.py" line="61"/>
        <source>TxDefaultProfile — default for new sessions</source>
        <translation>TxDefaultProfile — par défaut pour les nouvelles sessions</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/smart_charging.py" line="62"/>
        <source>ChargePointMaxProfile — cap for the whole charger</source>
        <translation>ChargePointMaxProfile — plafond pour tout le chargeur</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/smart_charging.py" line="63"/>
        <source>TxProfile — the running session only</source>
        <translation>TxProfile — uniquement la session en cours</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/smart_charging.py" line="69"/>
        <location filename="../../app/views/chargers/operations/smart_charging.py" line="203"/>
        <source>The session a TxProfile applies to</source>
        <translation>La session de recharge à laquelle s&apos;applique un TxProfile</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/smart_charging.py" line="80"/>
        <source>A (current per phase)</source>
        <translation>A (courant par phase)</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/smart_charging.py" line="81"/>
        <source>W (power)</source>
        <translation>W (puissance)</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/smart_charging.py" line="89"/>
        <location filename="../../app/views/chargers/operations/smart_charging.py" line="91"/>
        <source>no end</source>
        <translation>sans fin</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/smart_charging.py" line="90"/>
        <source>from now</source>
        <translation>à partir de maintenant</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/smart_charging.py" line="92"/>
        <source>Connector</source>
        <translation>Prise</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/smart_charging.py" line="93"/>
        <source>Purpose</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/smart_charging.py" line="94"/>
        <source>Session</source>
        <translation>Session de recharge</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/smart_charging.py" line="95"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/smart_charging.py" line="96"/>
        <source>Recurrency</source>
        <translation>Récurrence</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/smart_charging.py" line="97"/>
        <source>Profile id</source>
        <translation>Identifiant de profil</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/smart_charging.py" line="98"/>
        <source>Stack level</source>
        <translation>Niveau de pile</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/smart_charging.py" line="99"/>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/smart_charging.py" line="100"/>
        <source>Schedule start</source>
        <translation>Début du planning</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/smart_charging.py" line="101"/>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/smart_charging.py" line="102"/>
        <source>Valid from</source>
        <translation>Valable à partir du</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/smart_charging.py" line="103"/>
        <source>Valid to</source>
        <translation>Valable jusqu&apos;au</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/smart_charging.py" line="107"/>
        <source>Periods (start in seconds from the schedule start)</source>
        <translation>Périodes (début en secondes depuis le début du planning)</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/smart_charging.py" line="112"/>
        <source>Start (s)</source>
        <translation>Début (s)</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/smart_charging.py" line="113"/>
        <source>Limit</source>
        <translation>Limite</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/smart_charging.py" line="114"/>
        <source>Phases</source>
        <translation>Phases</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/smart_charging.py" line="120"/>
        <source>Phases: 1–3, or empty for the charger&apos;s default</source>
        <translation>Phases : 1–3, ou vide pour la valeur par défaut du chargeur</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/smart_charging.py" line="125"/>
        <source>Add period</source>
        <translation>Ajouter une période</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/smart_charging.py" line="127"/>
        <source>Remove period</source>
        <translation>Retirer la période</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/smart_charging.py" line="132"/>
        <source>Send profile</source>
        <translation>Envoyer le profil</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/smart_charging.py" line="155"/>
        <source>Leave at the first value (&apos;{empty}&apos;) for none</source>
        <translation>Laisser à la première valeur (&apos;{empty}&apos;) pour aucun</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/smart_charging.py" line="192"/>
        <source>Only for a Recurring profile</source>
        <translation>Seulement pour un profil Recurring</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/smart_charging.py" line="198"/>
        <source>A Relative profile starts with the session</source>
        <translation>Un profil Relative commence avec la session</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/smart_charging.py" line="205"/>
        <source>Only for a TxProfile</source>
        <translation>Seulement pour un TxProfile</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/smart_charging.py" line="262"/>
        <source>#{profile_id} {purpose} {kind} on connector {connector} — {periods}</source>
        <translation>n° {profile_id} {purpose} {kind} sur la prise {connector} — {periods}</translation>
    </message>
</context>
<context>
    <name>TriggerForm</name>
    <message>
        <location filename="../../app/views/chargers/operations/control.py" line="169"/>
        <source>No connector (the charger)</source>
        <translation>Aucune prise (le chargeur)</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/control.py" line="170"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/control.py" line="171"/>
        <source>Connector</source>
        <translation>Prise</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/control.py" line="172"/>
        <source>Trigger</source>
        <translation>Déclencher</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/control.py" line="188"/>
        <source>{message} on connector {connector}</source>
        <translation>{message} sur la prise {connector}</translation>
    </message>
</context>
<context>
    <name>UnlockForm</name>
    <message>
        <location filename="../../app/views/chargers/operations/control.py" line="98"/>
        <source>Connector</source>
        <translation>Prise</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/control.py" line="99"/>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <location filename="../../app/views/chargers/operations/control.py" line="108"/>
        <source>connector {connector}</source>
        <translation>prise {connector}</translation>
    </message>
</context>
</TS>
