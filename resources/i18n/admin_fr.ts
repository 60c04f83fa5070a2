<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AccessPlans</name>
    <message>
        <source>{user} at {station} connector {number}</source>
        <translation>{user} à {station} prise {number}</translation>
    </message>
    <message>
        <source>{user} at {station}</source>
        <translation>{user} à {station}</translation>
    </message>
    <message>
        <source>Connector {number} ({plug})</source>
        <translation>Prise {number} ({plug})</translation>
    </message>
    <message>
        <source>Connector {number}</source>
        <translation>Prise {number}</translation>
    </message>
    <message>
        <source>station {id} does not exist</source>
        <translation>la borne de recharge {id} n&apos;existe pas</translation>
    </message>
    <message>
        <source>Station schedule</source>
        <translation>Horaire de la borne de recharge</translation>
    </message>
    <message>
        <source>Connector {number} (own rules)</source>
        <translation>Prise {number} (règles propres)</translation>
    </message>
    <message>
        <source>Special user {user} (connector {number}): own times</source>
        <translation>Utilisateur spécial {user} (prise {number})&#xa0;: horaires propres</translation>
    </message>
    <message>
        <source>Special user {user}: own times</source>
        <translation>Utilisateur spécial {user}&#xa0;: horaires propres</translation>
    </message>
    <message>
        <source>connector {connector} is not a connector of station {id}</source>
        <translation>la prise {connector} n&apos;est pas une prise de la borne de recharge {id}</translation>
    </message>
    <message>
        <source>connector {number} of {name} follows the station&apos;s plan (no own rules)</source>
        <translation>la prise {number} de {name} suit le plan de la borne de recharge (pas de règles propres)</translation>
    </message>
    <message>
        <source>special user grant {id} does not exist</source>
        <translation>l&apos;autorisation d&apos;utilisateur spécial {id} n&apos;existe pas</translation>
    </message>
    <message>
        <source>choose at least one weekday</source>
        <translation>choisissez au moins un jour de la semaine</translation>
    </message>
    <message>
        <source>{problem}; write it as HH:MM, e.g. 07:00</source>
        <translation>{problem}&#xa0;; écrivez-la au format HH:MM, p. ex. 07:00</translation>
    </message>
    <message>
        <source>{problem}; write it as HH:MM, e.g. 18:00 (24:00 for midnight)</source>
        <translation>{problem}&#xa0;; écrivez-la au format HH:MM, p. ex. 18:00 (24:00 pour minuit)</translation>
    </message>
    <message>
        <source>from and to are the same time; for the whole day write 00:00–24:00</source>
        <translation>de et à sont la même heure&#xa0;; pour toute la journée, écrivez 00:00–24:00</translation>
    </message>
    <message>
        <source>Window {number}: a special user&apos;s times have no mode or tariff.</source>
        <translation>Plage {number}&#xa0;: les horaires d&apos;un utilisateur spécial n&apos;ont ni mode ni tarif.</translation>
    </message>
    <message>
        <source>Window {number}: choose Public, Limited or Private.</source>
        <translation>Plage {number}&#xa0;: choisissez Public, Restreint ou Privé.</translation>
    </message>
    <message>
        <source>Window {number}: from and to are the same time; for the whole day write 00:00–24:00.</source>
        <translation>Plage {number}&#xa0;: de et à sont la même heure&#xa0;; pour toute la journée, écrivez 00:00–24:00.</translation>
    </message>
    <message>
        <source>{window}: from and to are the same time.</source>
        <translation>{window}&#xa0;: de et à sont la même heure.</translation>
    </message>
    <message>
        <source>that tariff no longer exists; choose another one</source>
        <translation>ce tarif n&apos;existe plus&#xa0;; choisissez-en un autre</translation>
    </message>
    <message>
        <source>choose Public, Limited or Private</source>
        <translation>choisissez Public, Restreint ou Privé</translation>
    </message>
    <message>
        <source>Window {number}: that tariff no longer exists; choose another one</source>
        <translation>Plage {number}&#xa0;: ce tarif n&apos;existe plus&#xa0;; choisissez-en un autre</translation>
    </message>
    <message>
        <source>{date} has an exception already; edit that one instead</source>
        <translation>{date} a déjà une exception&#xa0;; modifiez plutôt celle-ci</translation>
    </message>
    <message>
        <source>at most {most} characters</source>
        <translation>au plus {most} caractères</translation>
    </message>
    <message>
        <source>{date}: choose a weekday whose plan applies, or a fixed mode for the day</source>
        <translation>{date}&#xa0;: choisissez un jour de la semaine dont le plan s&apos;applique, ou un mode fixe pour la journée</translation>
    </message>
    <message>
        <source>choose a weekday from Monday to Sunday</source>
        <translation>choisissez un jour de lundi à dimanche</translation>
    </message>
    <message>
        <source>a date that follows another weekday uses that day&apos;s tariffs; choose a fixed mode to set one</source>
        <translation>une date qui suit un autre jour de la semaine en reprend les tarifs&#xa0;; choisissez un mode fixe pour en définir un</translation>
    </message>
    <message>
        <source>{mode} at &apos;{tariff}&apos;</source>
        <translation>{mode} au tarif «&#xa0;{tariff}&#xa0;»</translation>
    </message>
    <message>
        <source>{mode} (no tariff)</source>
        <translation>{mode} (sans tarif)</translation>
    </message>
    <message>
        <source>{when}: {slot}, with no change ahead</source>
        <translation>{when}&#xa0;: {slot}, sans changement à venir</translation>
    </message>
    <message>
        <source>{when}: {slot} until {until}, then {next}</source>
        <translation>{when}&#xa0;: {slot} jusqu&apos;à {until}, puis {next}</translation>
    </message>
    <message>
        <source>{when}: {user} may charge at any time (no own access times: the station&apos;s plan applies)</source>
        <translation>{when}&#xa0;: {user} peut recharger à tout moment (pas d&apos;horaires d&apos;accès propres&#xa0;: le plan de la borne de recharge s&apos;applique)</translation>
    </message>
    <message>
        <source>{when}: inside {user}&apos;s access times until {until}</source>
        <translation>{when}&#xa0;: dans les horaires d&apos;accès de {user} jusqu&apos;à {until}</translation>
    </message>
    <message>
        <source>{when}: inside {user}&apos;s access times all week</source>
        <translation>{when}&#xa0;: dans les horaires d&apos;accès de {user} toute la semaine</translation>
    </message>
    <message>
        <source>{when}: outside {user}&apos;s access times; next from {start}</source>
        <translation>{when}&#xa0;: hors des horaires d&apos;accès de {user}&#xa0;; prochains dès {start}</translation>
    </message>
    <message>
        <source>{when}: outside {user}&apos;s access times</source>
        <translation>{when}&#xa0;: hors des horaires d&apos;accès de {user}</translation>
    </message>
    <message>
        <source>This station no longer exists; choose another one.</source>
        <translation>Cette borne de recharge n&apos;existe plus&#xa0;; choisissez-en une autre.</translation>
    </message>
    <message>
        <source>This connector is no longer part of {station}; choose another target.</source>
        <translation>Cette prise ne fait plus partie de {station}&#xa0;; choisissez une autre cible.</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <source>Weekly windows</source>
        <translation>Plages hebdomadaires</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Exception {date}</source>
        <translation>Exception {date}</translation>
    </message>
    <message>
        <source>This connector no longer exists; choose another one.</source>
        <translation>Cette prise n&apos;existe plus&#xa0;; choisissez-en une autre.</translation>
    </message>
    <message>
        <source>Connector {number} has its own rules already.</source>
        <translation>La prise {number} a déjà ses propres règles.</translation>
    </message>
    <message>
        <source>This special user no longer has a grant at the station; choose another target.</source>
        <translation>Cet utilisateur spécial n&apos;a plus d&apos;autorisation à la borne de recharge&#xa0;; choisissez une autre cible.</translation>
    </message>
    <message>
        <source>Access times</source>
        <translation>Horaires d&apos;accès</translation>
    </message>
    <message>
        <source>any time the station allows</source>
        <translation>à tout moment où la borne de recharge le permet</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>{text} is not a percentage (e.g. 8.1)</source>
        <translation>{text} n&apos;est pas un pourcentage (p. ex. 8.1)</translation>
    </message>
    <message>
        <source>{text} is not a price (e.g. 0.35)</source>
        <translation>{text} n&apos;est pas un prix (p. ex. 0.35)</translation>
    </message>
    <message>
        <source>cannot be below zero</source>
        <translation>ne peut pas être négatif</translation>
    </message>
    <message>
        <source>at most {places} decimals</source>
        <translation>au plus {places} décimales</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>VAT %</source>
        <translation>TVA %</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Per kWh</source>
        <translation>Par kWh</translation>
    </message>
    <message>
        <source>Per hour</source>
        <translation>Par heure</translation>
    </message>
    <message>
        <source>Free minutes</source>
        <translation>Minutes gratuites</translation>
    </message>
    <message>
        <source>Start fee</source>
        <translation>Frais de démarrage</translation>
    </message>
    <message>
        <source>VAT included</source>
        <translation>TVA comprise</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Load priority</source>
        <translation>Priorité de charge</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>give the site a name</source>
        <translation>donnez un nom au site</translation>
    </message>
    <message>
        <source>a site named {name} exists already</source>
        <translation>un site nommé {name} existe déjà</translation>
    </message>
    <message>
        <source>{zone} is not a time zone (an IANA name such as Europe/Zurich)</source>
        <translation>{zone} n&apos;est pas un fuseau horaire (un nom IANA comme Europe/Zurich)</translation>
    </message>
    <message>
        <source>a 3-letter currency code such as CHF or EUR</source>
        <translation>un code de devise de 3 lettres comme CHF ou EUR</translation>
    </message>
    <message>
        <source>VAT is a percentage below 100</source>
        <translation>la TVA est un pourcentage inférieur à 100</translation>
    </message>
    <message numerus="yes">
        <source>{name} still has %n station(s); move or delete them first</source>
        <translation>
            <numerusform>{name} a encore %n borne de recharge&#xa0;; déplacez-la ou supprimez-la d&apos;abord</numerusform>
            <numerusform>{name} a encore %n bornes de recharge&#xa0;; déplacez-les ou supprimez-les d&apos;abord</numerusform>
        </translation>
    </message>
    <message>
        <source>give the tariff a name (e.g. employee)</source>
        <translation>donnez un nom au tarif (p. ex. employé)</translation>
    </message>
    <message>
        <source>a tariff named {name} exists already</source>
        <translation>un tarif nommé {name} existe déjà</translation>
    </message>
    <message>
        <source>minutes between 0 and 10080 (a week)</source>
        <translation>minutes entre 0 et 10080 (une semaine)</translation>
    </message>
    <message>
        <source>{text} is not a whole number of minutes</source>
        <translation>{text} n&apos;est pas un nombre entier de minutes</translation>
    </message>
    <message>
        <source>{text} is not a whole number (e.g. 10; higher is served first)</source>
        <translation>{text} n&apos;est pas un nombre entier (p. ex. 10&#xa0;; le plus élevé est servi en premier)</translation>
    </message>
    <message>
        <source>a load priority is from -{most} to {most}</source>
        <translation>une priorité de charge va de -{most} à {most}</translation>
    </message>
    <message numerus="yes">
        <source>&apos;{name}&apos; is used by %n rule(s); change them first</source>
        <translation>
            <numerusform>«&#xa0;{name}&#xa0;» est utilisé par %n règle&#xa0;; modifiez-la d&apos;abord</numerusform>
            <numerusform>«&#xa0;{name}&#xa0;» est utilisé par %n règles&#xa0;; modifiez-les d&apos;abord</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CircuitWindows</name>
    <message>
        <source>window {number} cannot be read: {problems}</source>
        <translation>la plage {number} ne peut pas être lue&#xa0;: {problems}</translation>
    </message>
</context>
<context>
    <name>Circuits</name>
    <message>
        <source>1-phase on {phase}</source>
        <translation>monophasé sur {phase}</translation>
    </message>
    <message numerus="yes">
        <source>{name} has %n circuit(s) below it ({names}).</source>
        <translation>
            <numerusform>{name} a %n circuit en dessous ({names}).</numerusform>
            <numerusform>{name} a %n circuits en dessous ({names}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} has %n connector(s) on it ({names}).</source>
        <translation>
            <numerusform>{name} alimente %n prise ({names}).</numerusform>
            <numerusform>{name} alimente %n prises ({names}).</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleting it deletes the circuits below it too and leaves the connectors not load-managed.</source>
        <translation>Le supprimer supprime aussi les circuits en dessous et laisse les prises hors de la gestion de charge.</translation>
    </message>
    <message>
        <source>site {id} does not exist (deleted meanwhile?)</source>
        <translation>le site {id} n&apos;existe pas (supprimé entre-temps&#xa0;?)</translation>
    </message>
    <message>
        <source>circuit {id} does not exist (deleted meanwhile?)</source>
        <translation>le circuit {id} n&apos;existe pas (supprimé entre-temps&#xa0;?)</translation>
    </message>
    <message>
        <source>Give the circuit a name, e.g. Main or Garage.</source>
        <translation>Donnez un nom au circuit, p. ex. Principal ou Garage.</translation>
    </message>
    <message>
        <source>A name has at most {most} characters (this one has {length}).</source>
        <translation>Un nom a au plus {most} caractères (celui-ci en a {length}).</translation>
    </message>
    <message>
        <source>A circuit carries 1 or 3 phases.</source>
        <translation>Un circuit porte 1 ou 3 phases.</translation>
    </message>
    <message>
        <source>{overlaps} Change or remove one of them.</source>
        <translation>{overlaps} Modifiez ou supprimez l&apos;une d&apos;elles.</translation>
    </message>
    <message>
        <source>Window {number}: {problem}.</source>
        <translation>Plage {number}&#xa0;: {problem}.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Under</source>
        <translation>Sous</translation>
    </message>
    <message>
        <source>(grid connection)</source>
        <translation>(raccordement au réseau)</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Phases</translation>
    </message>
    <message>
        <source>Max current (A)</source>
        <translation>Courant max. (A)</translation>
    </message>
    <message>
        <source>Max power (kW)</source>
        <translation>Puissance max. (kW)</translation>
    </message>
    <message>
        <source>Windows</source>
        <translation>Plages</translation>
    </message>
    <message>
        <source>This site no longer exists.</source>
        <translation>Ce site n&apos;existe plus.</translation>
    </message>
    <message>
        <source>{site} has a circuit named {name} already; choose another name.</source>
        <translation>{site} a déjà un circuit nommé {name}&#xa0;; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>{site} has its grid connection already ({name}); add this circuit under it.</source>
        <translation>{site} a déjà son raccordement au réseau ({name})&#xa0;; ajoutez ce circuit en dessous.</translation>
    </message>
    <message>
        <source>That circuit no longer exists; choose another one to put this circuit under.</source>
        <translation>Ce circuit n&apos;existe plus&#xa0;; choisissez-en un autre sous lequel placer ce circuit.</translation>
    </message>
    <message>
        <source>The grid connection is the top of the tree; it cannot be moved under another circuit.</source>
        <translation>Le raccordement au réseau est le sommet de l&apos;arbre&#xa0;; il ne peut pas être déplacé sous un autre circuit.</translation>
    </message>
    <message>
        <source>{below} is below {circuit}; a circuit cannot be under itself.</source>
        <translation>{below} est sous {circuit}&#xa0;; un circuit ne peut pas être sous lui-même.</translation>
    </message>
    <message>
        <source>{names} below it carry 3 phases; make them 1-phase first.</source>
        <translation>{names} en dessous portent 3 phases&#xa0;; rendez-les d&apos;abord monophasés.</translation>
    </message>
    <message>
        <source>3-phase connectors are on it ({names}); make them 1-phase in their station first.</source>
        <translation>Des prises triphasées y sont branchées ({names})&#xa0;; rendez-les d&apos;abord monophasées dans leur borne de recharge.</translation>
    </message>
    <message>
        <source>That circuit no longer exists; reload the tree.</source>
        <translation>Ce circuit n&apos;existe plus&#xa0;; rechargez l&apos;arbre.</translation>
    </message>
    <message>
        <source>{connector}: {problem}</source>
        <translation>{connector}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Stratégie</translation>
    </message>
    <message>
        <source>Minimum current</source>
        <translation>Courant minimal</translation>
    </message>
    <message>
        <source>Base-load meter</source>
        <translation>Compteur de charge de base</translation>
    </message>
    <message>
        <source>Meter charger</source>
        <translation>Point de charge du compteur</translation>
    </message>
    <message>
        <source>Meter address</source>
        <translation>Adresse du compteur</translation>
    </message>
    <message>
        <source>Meter unit id</source>
        <translation>Identifiant d&apos;unité du compteur</translation>
    </message>
    <message>
        <source>Register map</source>
        <translation>Table des registres</translation>
    </message>
    <message>
        <source>Meter measures</source>
        <translation>Le compteur mesure</translation>
    </message>
    <message>
        <source>Choose the charger whose inlet meter measures the supply (a charger of this site).</source>
        <translation>Choisissez le point de charge dont le compteur d&apos;entrée mesure l&apos;alimentation (un point de charge de ce site).</translation>
    </message>
    <message>
        <source>Choose None, a charger&apos;s inlet meter or a Modbus TCP meter.</source>
        <translation>Choisissez Aucun, le compteur d&apos;entrée d&apos;un point de charge ou un compteur Modbus TCP.</translation>
    </message>
    <message>
        <source>That circuit no longer exists; choose the circuit the meter measures.</source>
        <translation>Ce circuit n&apos;existe plus&#xa0;; choisissez le circuit que mesure le compteur.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Connected to {where}: empty database; it will be set up at the next start.</source>
        <extracomment>the command that migrates it when a start does not (a PostgreSQL database: ``chargedesk db upgrade``)</extracomment>
        <translation>Connecté à {where}&#xa0;: base de données vide&#xa0;; elle sera configurée au prochain démarrage.</translation>
    </message>
    <message>
        <source>Connected to {where}: schema {revision}, this version needs {head}: run `{command}` on one machine (it makes a pg_dump first).</source>
        <translation>Connecté à {where}&#xa0;: schéma {revision}, cette version requiert {head}&#xa0;: exécutez `{command}` sur une machine (il fait d&apos;abord un pg_dump).</translation>
    </message>
    <message>
        <source>Connected to {where}: schema {revision}, it will be upgraded at the next start.</source>
        <translation>Connecté à {where}&#xa0;: schéma {revision}, il sera mis à jour au prochain démarrage.</translation>
    </message>
    <message>
        <source>Connected to {where}: schema up to date.</source>
        <translation>Connecté à {where}&#xa0;: schéma à jour.</translation>
    </message>
    <message>
        <source>not a database URL: {problem}</source>
        <translation>pas une URL de base de données&#xa0;: {problem}</translation>
    </message>
</context>
<context>
    <name>EditConflict</name>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>{field}: {loaded} → {stored}</source>
        <translation>{field}&#xa0;: {loaded} → {stored}</translation>
    </message>
    <message>
        <source>{who} saved this user {when} while you were editing.</source>
        <extracomment>One whole headline per kind of thing, saved or deleted, with and without the time (a translation words each as its language needs: &quot;diese Ladestation&quot;, &quot;ce tarif&quot;). ``{who}`` and ``{when}`` are filled in.</extracomment>
        <translation>{who} a enregistré cet utilisateur {when} pendant que vous le modifiiez.</translation>
    </message>
    <message>
        <source>{who} saved this user while you were editing.</source>
        <translation>{who} a enregistré cet utilisateur pendant que vous le modifiiez.</translation>
    </message>
    <message>
        <source>{who} deleted this user {when} while you were editing.</source>
        <translation>{who} a supprimé cet utilisateur {when} pendant que vous le modifiiez.</translation>
    </message>
    <message>
        <source>{who} deleted this user while you were editing.</source>
        <translation>{who} a supprimé cet utilisateur pendant que vous le modifiiez.</translation>
    </message>
    <message>
        <source>{who} saved this station {when} while you were editing.</source>
        <translation>{who} a enregistré cette borne de recharge {when} pendant que vous la modifiiez.</translation>
    </message>
    <message>
        <source>{who} saved this station while you were editing.</source>
        <translation>{who} a enregistré cette borne de recharge pendant que vous la modifiiez.</translation>
    </message>
    <message>
        <source>{who} deleted this station {when} while you were editing.</source>
        <translation>{who} a supprimé cette borne de recharge {when} pendant que vous la modifiiez.</translation>
    </message>
    <message>
        <source>{who} deleted this station while you were editing.</source>
        <translation>{who} a supprimé cette borne de recharge pendant que vous la modifiiez.</translation>
    </message>
    <message>
        <source>{who} saved this schedule {when} while you were editing.</source>
        <translation>{who} a enregistré cet horaire {when} pendant que vous le modifiiez.</translation>
    </message>
    <message>
        <source>{who} saved this schedule while you were editing.</source>
        <translation>{who} a enregistré cet horaire pendant que vous le modifiiez.</translation>
    </message>
    <message>
        <source>{who} deleted this schedule {when} while you were editing.</source>
        <translation>{who} a supprimé cet horaire {when} pendant que vous le modifiiez.</translation>
    </message>
    <message>
        <source>{who} deleted this schedule while you were editing.</source>
        <translation>{who} a supprimé cet horaire pendant que vous le modifiiez.</translation>
    </message>
    <message>
        <source>{who} saved this special user&apos;s times {when} while you were editing.</source>
        <translation>{who} a enregistré les horaires de cet utilisateur spécial {when} pendant que vous les modifiiez.</translation>
    </message>
    <message>
        <source>{who} saved this special user&apos;s times while you were editing.</source>
        <translation>{who} a enregistré les horaires de cet utilisateur spécial pendant que vous les modifiiez.</translation>
    </message>
    <message>
        <source>{who} deleted this special user {when} while you were editing.</source>
        <translation>{who} a supprimé cet utilisateur spécial {when} pendant que vous le modifiiez.</translation>
    </message>
    <message>
        <source>{who} deleted this special user while you were editing.</source>
        <translation>{who} a supprimé cet utilisateur spécial pendant que vous le modifiiez.</translation>
    </message>
    <message>
        <source>{who} saved this site {when} while you were editing.</source>
        <translation>{who} a enregistré ce site {when} pendant que vous le modifiiez.</translation>
    </message>
    <message>
        <source>{who} saved this site while you were editing.</source>
        <translation>{who} a enregistré ce site pendant que vous le modifiiez.</translation>
    </message>
    <message>
        <source>{who} deleted this site {when} while you were editing.</source>
        <translation>{who} a supprimé ce site {when} pendant que vous le modifiiez.</translation>
    </message>
    <message>
        <source>{who} deleted this site while you were editing.</source>
        <translation>{who} a supprimé ce site pendant que vous le modifiiez.</translation>
    </message>
    <message>
        <source>{who} saved this tariff {when} while you were editing.</source>
        <translation>{who} a enregistré ce tarif {when} pendant que vous le modifiiez.</translation>
    </message>
    <message>
        <source>{who} saved this tariff while you were editing.</source>
        <translation>{who} a enregistré ce tarif pendant que vous le modifiiez.</translation>
    </message>
    <message>
        <source>{who} deleted this tariff {when} while you were editing.</source>
        <translation>{who} a supprimé ce tarif {when} pendant que vous le modifiiez.</translation>
    </message>
    <message>
        <source>{who} deleted this tariff while you were editing.</source>
        <translation>{who} a supprimé ce tarif pendant que vous le modifiiez.</translation>
    </message>
    <message>
        <source>{who} saved this circuit {when} while you were editing.</source>
        <translation>{who} a enregistré ce circuit {when} pendant que vous le modifiiez.</translation>
    </message>
    <message>
        <source>{who} saved this circuit while you were editing.</source>
        <translation>{who} a enregistré ce circuit pendant que vous le modifiiez.</translation>
    </message>
    <message>
        <source>{who} deleted this circuit {when} while you were editing.</source>
        <translation>{who} a supprimé ce circuit {when} pendant que vous le modifiiez.</translation>
    </message>
    <message>
        <source>{who} deleted this circuit while you were editing.</source>
        <translation>{who} a supprimé ce circuit pendant que vous le modifiiez.</translation>
    </message>
    <message>
        <source>{who} saved this setting {when} while you were editing.</source>
        <translation>{who} a enregistré ce réglage {when} pendant que vous le modifiiez.</translation>
    </message>
    <message>
        <source>{who} saved this setting while you were editing.</source>
        <translation>{who} a enregistré ce réglage pendant que vous le modifiiez.</translation>
    </message>
    <message>
        <source>{who} deleted this setting {when} while you were editing.</source>
        <translation>{who} a supprimé ce réglage {when} pendant que vous le modifiiez.</translation>
    </message>
    <message>
        <source>{who} deleted this setting while you were editing.</source>
        <translation>{who} a supprimé ce réglage pendant que vous le modifiiez.</translation>
    </message>
    <message>
        <source>{who} saved this alarm rule {when} while you were editing.</source>
        <translation>{who} a enregistré cette règle d&apos;alarme {when} pendant que vous la modifiiez.</translation>
    </message>
    <message>
        <source>{who} saved this alarm rule while you were editing.</source>
        <translation>{who} a enregistré cette règle d&apos;alarme pendant que vous la modifiiez.</translation>
    </message>
    <message>
        <source>{who} deleted this alarm rule {when} while you were editing.</source>
        <translation>{who} a supprimé cette règle d&apos;alarme {when} pendant que vous la modifiiez.</translation>
    </message>
    <message>
        <source>{who} deleted this alarm rule while you were editing.</source>
        <translation>{who} a supprimé cette règle d&apos;alarme pendant que vous la modifiiez.</translation>
    </message>
    <message>
        <source>{who} saved this {when} while you were editing.</source>
        <extracomment>a kind not in the table (a new editor): the headline without its noun</extracomment>
        <translation>{who} a enregistré ceci {when} pendant que vous le modifiiez.</translation>
    </message>
    <message>
        <source>{who} saved this while you were editing.</source>
        <translation>{who} a enregistré ceci pendant que vous le modifiiez.</translation>
    </message>
    <message>
        <source>{who} deleted this {when} while you were editing.</source>
        <translation>{who} a supprimé ceci {when} pendant que vous le modifiiez.</translation>
    </message>
    <message>
        <source>{who} deleted this while you were editing.</source>
        <translation>{who} a supprimé ceci pendant que vous le modifiiez.</translation>
    </message>
    <message>
        <source>Someone on another console</source>
        <translation>Quelqu&apos;un sur une autre console</translation>
    </message>
    <message>
        <source>at {time}</source>
        <translation>à {time}</translation>
    </message>
    <message>
        <source>on {date} at {time}</source>
        <translation>le {date} à {time}</translation>
    </message>
    <message>
        <source>{headline}: {differences}.</source>
        <translation>{headline}&#xa0;: {differences}.</translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation>Rien n&apos;a été supprimé.</translation>
    </message>
    <message>
        <source>Your changes are not saved.</source>
        <translation>Vos modifications ne sont pas enregistrées.</translation>
    </message>
    <message>
        <source>{conflict} {outcome}</source>
        <translation>{conflict} {outcome}</translation>
    </message>
</context>
<context>
    <name>OperatorRole</name>
    <message>
        <source>Viewer (reads everything, changes nothing)</source>
        <extracomment>The one role → permissions table. the roles as the login dialog and the operators section offer them (translate(&quot;OperatorRole&quot;, label) where shown)</extracomment>
        <translation>Lecteur (lit tout, ne modifie rien)</translation>
    </message>
    <message>
        <source>Technician (chargers, stations, schedules, alarms)</source>
        <translation>Technicien (points de charge, bornes de recharge, horaires, alarmes)</translation>
    </message>
    <message>
        <source>Manager (everything, operators included)</source>
        <translation>Gestionnaire (tout, opérateurs compris)</translation>
    </message>
    <message>
        <source>viewer</source>
        <extracomment>a role&apos;s short name, as an operator&apos;s label says it (&quot;Anna Meier (viewer)&quot;)</extracomment>
        <translation>lecteur</translation>
    </message>
    <message>
        <source>technician</source>
        <translation>technicien</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>gestionnaire</translation>
    </message>
</context>
<context>
    <name>Operators</name>
    <message>
        <source>Unknown username or wrong password.</source>
        <translation>Nom d&apos;utilisateur inconnu ou mot de passe incorrect.</translation>
    </message>
    <message>
        <source>the site needs at least one active manager: make another manager first</source>
        <translation>le site a besoin d&apos;au moins un gestionnaire actif&#xa0;: nommez d&apos;abord un autre gestionnaire</translation>
    </message>
    <message>
        <source>an operator password needs at least {least} characters</source>
        <translation>un mot de passe d&apos;opérateur doit avoir au moins {least} caractères</translation>
    </message>
    <message>
        <source>at most {most} characters</source>
        <translation>au plus {most} caractères</translation>
    </message>
    <message>
        <source>no spaces at the start or the end</source>
        <translation>pas d&apos;espace au début ni à la fin</translation>
    </message>
    <message>
        <source>the two passwords differ</source>
        <translation>les deux mots de passe diffèrent</translation>
    </message>
    <message>
        <source>no operator named {name}</source>
        <translation>aucun opérateur nommé {name}</translation>
    </message>
    <message>
        <source>a username is needed</source>
        <translation>un nom d&apos;utilisateur est nécessaire</translation>
    </message>
    <message>
        <source>no spaces in a username</source>
        <translation>pas d&apos;espace dans un nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>{name} is taken (usernames ignore upper and lower case)</source>
        <translation>{name} est déjà pris (les noms d&apos;utilisateur ignorent majuscules et minuscules)</translation>
    </message>
    <message>
        <source>This account is locked after {failures} wrong passwords until {time} (local time). A manager can unlock it sooner.</source>
        <translation>Ce compte est verrouillé après {failures} mots de passe incorrects jusqu&apos;à {time} (heure locale). Un gestionnaire peut le déverrouiller plus tôt.</translation>
    </message>
    <message>
        <source>Unknown username or wrong password. The account is now locked until {time} (local time).</source>
        <translation>Nom d&apos;utilisateur inconnu ou mot de passe incorrect. Le compte est maintenant verrouillé jusqu&apos;à {time} (heure locale).</translation>
    </message>
    <message>
        <source>This account is deactivated. A manager can reactivate it.</source>
        <translation>Ce compte est désactivé. Un gestionnaire peut le réactiver.</translation>
    </message>
    <message>
        <source>this database has operators already: log in, or ask a manager</source>
        <translation>cette base de données a déjà des opérateurs&#xa0;: connectez-vous ou demandez à un gestionnaire</translation>
    </message>
    <message>
        <source>create a manager account first: nobody could log in</source>
        <translation>créez d&apos;abord un compte de gestionnaire&#xa0;: personne ne pourrait se connecter</translation>
    </message>
</context>
<context>
    <name>Passwords</name>
    <message>
        <source>a charger password needs at least {least} characters (OCPP recommends {recommended}–{most})</source>
        <translation>un mot de passe de point de charge doit avoir au moins {least} caractères (OCPP recommande {recommended}–{most})</translation>
    </message>
    <message>
        <source>a charger password has at most {most} characters (OCPP limit)</source>
        <translation>un mot de passe de point de charge a au plus {most} caractères (limite OCPP)</translation>
    </message>
    <message>
        <source>a charger password may only contain printable ASCII characters (no accents, no control characters)</source>
        <translation>un mot de passe de point de charge ne peut contenir que des caractères ASCII imprimables (sans accents ni caractères de contrôle)</translation>
    </message>
    <message>
        <source>OCPP recommends at least {recommended} random characters; some chargers refuse shorter passwords</source>
        <translation>OCPP recommande au moins {recommended} caractères aléatoires&#xa0;; certains points de charge refusent les mots de passe plus courts</translation>
    </message>
</context>
<context>
    <name>Permission</name>
    <message>
        <source>{operator} may not operate chargers</source>
        <extracomment>One whole sentence per permission (a translation words each as its language needs).</extracomment>
        <translation>{operator} n&apos;a pas le droit de piloter les points de charge</translation>
    </message>
    <message>
        <source>{operator} may not change stations, connectors, schedules or circuits</source>
        <translation>{operator} n&apos;a pas le droit de modifier les bornes de recharge, prises, horaires ou circuits</translation>
    </message>
    <message>
        <source>{operator} may not end charging sessions</source>
        <translation>{operator} n&apos;a pas le droit de terminer des sessions de recharge</translation>
    </message>
    <message>
        <source>{operator} may not change users, tags or grants</source>
        <translation>{operator} n&apos;a pas le droit de modifier les utilisateurs, badges RFID ou autorisations</translation>
    </message>
    <message>
        <source>{operator} may not change sites or tariffs</source>
        <translation>{operator} n&apos;a pas le droit de modifier les sites ou tarifs</translation>
    </message>
    <message>
        <source>{operator} may not change the site&apos;s settings</source>
        <translation>{operator} n&apos;a pas le droit de modifier les réglages du site</translation>
    </message>
    <message>
        <source>{operator} may not manage operators</source>
        <translation>{operator} n&apos;a pas le droit de gérer les opérateurs</translation>
    </message>
    <message>
        <source>{operator} may not acknowledge alarms</source>
        <translation>{operator} n&apos;a pas le droit d&apos;acquitter les alarmes</translation>
    </message>
</context>
<context>
    <name>Principal</name>
    <message>
        <source>{name} ({role})</source>
        <translation>{name} ({role})</translation>
    </message>
</context>
<context>
    <name>SiteSettings</name>
    <message>
        <source>{key} is kept by the central system and cannot be edited</source>
        <translation>{key} est géré par le système central et ne peut pas être modifié</translation>
    </message>
</context>
<context>
    <name>StationMap</name>
    <message>
        <source>Disabled (its charger is refused)</source>
        <translation>Désactivée (son point de charge est refusé)</translation>
    </message>
    <message>
        <source>Offline (the charger is not connected)</source>
        <translation>Hors ligne (le point de charge n&apos;est pas connecté)</translation>
    </message>
    <message>
        <source>Faulted (the charger)</source>
        <translation>En défaut (le point de charge)</translation>
    </message>
    <message numerus="yes">
        <source>Faulted ({count} of %n connector(s))</source>
        <translation>
            <numerusform>En défaut ({count} sur %n prise)</numerusform>
            <numerusform>En défaut ({count} sur %n prises)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In use ({count} of %n connector(s))</source>
        <translation>
            <numerusform>En service ({count} sur %n prise)</numerusform>
            <numerusform>En service ({count} sur %n prises)</numerusform>
        </translation>
    </message>
    <message>
        <source>Unavailable (switched off)</source>
        <translation>Indisponible (éteinte)</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Available ({count} of {total} free)</source>
        <translation>Disponible ({count} sur {total} libres)</translation>
    </message>
</context>
<context>
    <name>StationRules</name>
    <message>
        <source>0 — no TLS, optional password</source>
        <translation>0 — sans TLS, mot de passe facultatif</translation>
    </message>
    <message>
        <source>1 — HTTP Basic password</source>
        <translation>1 — mot de passe HTTP Basic</translation>
    </message>
    <message>
        <source>2 — TLS + Basic password</source>
        <translation>2 — TLS + mot de passe Basic</translation>
    </message>
    <message>
        <source>3 — TLS + client certificate</source>
        <translation>3 — TLS + certificat client</translation>
    </message>
    <message>
        <source>choose a plug type: {types}</source>
        <translation>choisissez un type de fiche&#xa0;: {types}</translation>
    </message>
    <message>
        <source>max power must be more than 0 kW (e.g. 22)</source>
        <translation>la puissance max. doit dépasser 0 kW (p. ex. 22)</translation>
    </message>
    <message>
        <source>max power above {limit} kW is not plausible; check the unit</source>
        <translation>une puissance max. supérieure à {limit} kW n&apos;est pas plausible&#xa0;; vérifiez l&apos;unité</translation>
    </message>
    <message>
        <source>latitude must be between -90 and 90 degrees (e.g. 47.3769)</source>
        <translation>la latitude doit être comprise entre -90 et 90 degrés (p. ex. 47.3769)</translation>
    </message>
    <message>
        <source>longitude must be between -180 and 180 degrees (e.g. 8.5417)</source>
        <translation>la longitude doit être comprise entre -180 et 180 degrés (p. ex. 8.5417)</translation>
    </message>
    <message>
        <source>give both latitude and longitude, or neither</source>
        <translation>indiquez la latitude et la longitude, ou aucune des deux</translation>
    </message>
    <message>
        <source>security profile {profile} (HTTP Basic) needs a charger password</source>
        <translation>le profil de sécurité {profile} (HTTP Basic) exige un mot de passe de point de charge</translation>
    </message>
    <message>
        <source>choose at least one weekday (e.g. Mon-Fri)</source>
        <translation>choisissez au moins un jour de la semaine (p. ex. Mon-Fri)</translation>
    </message>
    <message>
        <source>from and to are the same time; write 00:00–24:00 for the whole day</source>
        <translation>de et à sont la même heure&#xa0;; écrivez 00:00–24:00 pour toute la journée</translation>
    </message>
</context>
<context>
    <name>Stations</name>
    <message>
        <source>{name} has more than {count} charging sessions. Deleting it would leave their history without a station. Disable it instead: its charger is refused and the history is kept.</source>
        <translation>{name} a plus de {count} sessions de recharge. La supprimer laisserait leur historique sans borne de recharge. Désactivez-la plutôt&#xa0;: son point de charge est refusé et l&apos;historique est conservé.</translation>
    </message>
    <message numerus="yes">
        <source>{name} has %n charging session(s). Deleting it would leave their history without a station. Disable it instead: its charger is refused and the history is kept.</source>
        <translation>
            <numerusform>{name} a %n session de recharge. La supprimer laisserait son historique sans borne de recharge. Désactivez-la plutôt&#xa0;: son point de charge est refusé et l&apos;historique est conservé.</numerusform>
            <numerusform>{name} a %n sessions de recharge. La supprimer laisserait leur historique sans borne de recharge. Désactivez-la plutôt&#xa0;: son point de charge est refusé et l&apos;historique est conservé.</numerusform>
        </translation>
    </message>
    <message>
        <source>{mode} until {when}</source>
        <translation>{mode} jusqu&apos;à {when}</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Borne de recharge</translation>
    </message>
    <message>
        <source>Connector {number}</source>
        <translation>Prise {number}</translation>
    </message>
    <message>
        <source>tariff &apos;{tariff}&apos;</source>
        <translation>tarif «&#xa0;{tariff}&#xa0;»</translation>
    </message>
    <message>
        <source>no tariff</source>
        <translation>sans tarif</translation>
    </message>
    <message>
        <source>{who}: {source}, {tariff}</source>
        <translation>{who}&#xa0;: {source}, {tariff}</translation>
    </message>
    <message>
        <source>{line}, until {when}</source>
        <translation>{line}, jusqu&apos;à {when}</translation>
    </message>
    <message>
        <source>Unsecured: no password</source>
        <translation>Non sécurisée&#xa0;: pas de mot de passe</translation>
    </message>
    <message>
        <source>No password: charger refused</source>
        <translation>Pas de mot de passe&#xa0;: point de charge refusé</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Basic (profile 1)</source>
        <translation>Basic (profil 1)</translation>
    </message>
    <message>
        <source>TLS + Basic (profile 2)</source>
        <translation>TLS + Basic (profil 2)</translation>
    </message>
    <message>
        <source>TLS + certificate (profile 3)</source>
        <translation>TLS + certificat (profil 3)</translation>
    </message>
    <message>
        <source>profile {number}</source>
        <translation>profil {number}</translation>
    </message>
    <message>
        <source>{name} (1 phase)</source>
        <translation>{name} (1 phase)</translation>
    </message>
    <message>
        <source>start {fee}</source>
        <translation>démarrage {fee}</translation>
    </message>
    <message>
        <source>free</source>
        <translation>gratuit</translation>
    </message>
    <message>
        <source>{email} (blocked)</source>
        <translation>{email} (bloqué)</translation>
    </message>
    <message>
        <source>{window} at &apos;{tariff}&apos;</source>
        <translation>{window} au tarif «&#xa0;{tariff}&#xa0;»</translation>
    </message>
    <message>
        <source>follows {day}</source>
        <translation>suit le {day}</translation>
    </message>
    <message>
        <source>{mode} all day</source>
        <translation>{mode} toute la journée</translation>
    </message>
    <message>
        <source>{rule} at &apos;{tariff}&apos;</source>
        <translation>{rule} au tarif «&#xa0;{tariff}&#xa0;»</translation>
    </message>
    <message>
        <source>station {id} does not exist (deleted meanwhile?)</source>
        <translation>la borne de recharge {id} n&apos;existe pas (supprimée entre-temps&#xa0;?)</translation>
    </message>
    <message>
        <source>{overlaps} Change or remove one of them.</source>
        <translation>{overlaps} Modifiez ou supprimez l&apos;une d&apos;elles.</translation>
    </message>
    <message>
        <source>Enter the weekdays, e.g. Mon-Fri or Sat,Sun.</source>
        <translation>Saisissez les jours de la semaine, p. ex. Mon-Fri ou Sat,Sun.</translation>
    </message>
    <message>
        <source>Enter the start time, e.g. 07:00.</source>
        <translation>Saisissez l&apos;heure de début, p. ex. 07:00.</translation>
    </message>
    <message>
        <source>Enter the end time, e.g. 18:00 (24:00 for midnight).</source>
        <translation>Saisissez l&apos;heure de fin, p. ex. 18:00 (24:00 pour minuit).</translation>
    </message>
    <message>
        <source>This tariff no longer exists; choose another.</source>
        <translation>Ce tarif n&apos;existe plus&#xa0;; choisissez-en un autre.</translation>
    </message>
    <message>
        <source>Enter a name, e.g. Hall B.</source>
        <translation>Saisissez un nom, p. ex. Hall B.</translation>
    </message>
    <message>
        <source>A name has at most {most} characters (this one has {length}).</source>
        <translation>Un nom a au plus {most} caractères (celui-ci en a {length}).</translation>
    </message>
    <message>
        <source>Choose a site. If there is none yet, create one in Settings → Sites first.</source>
        <translation>Choisissez un site. S&apos;il n&apos;y en a pas encore, créez-en un d&apos;abord dans Réglages → Sites.</translation>
    </message>
    <message>
        <source>This site no longer exists; choose another.</source>
        <translation>Ce site n&apos;existe plus&#xa0;; choisissez-en un autre.</translation>
    </message>
    <message>
        <source>Enter the charge point identity the charger connects with (the last part of its URL, e.g. HALL-B-1).</source>
        <translation>Saisissez l&apos;identité du point de charge avec laquelle il se connecte (la dernière partie de son URL, p. ex. HALL-B-1).</translation>
    </message>
    <message>
        <source>Use 1 to 64 letters, digits or . _ ~ * - (it is part of the charger&apos;s URL and its Basic auth user name).</source>
        <translation>Utilisez 1 à 64 lettres, chiffres ou . _ ~ * - (elle fait partie de l&apos;URL du point de charge et de son nom d&apos;utilisateur Basic auth).</translation>
    </message>
    <message>
        <source>{id} is already used by station {name}; choose another identity.</source>
        <translation>{id} est déjà utilisé par la borne de recharge {name}&#xa0;; choisissez une autre identité.</translation>
    </message>
    <message>
        <source>Choose Public, Limited or Private.</source>
        <translation>Choisissez Public, Restreint ou Privé.</translation>
    </message>
    <message>
        <source>Choose one of {versions}.</source>
        <translation>Choisissez l&apos;une de {versions}.</translation>
    </message>
    <message>
        <source>{problem} Type a longer password or leave the field empty to keep the current one.</source>
        <translation>{problem} Saisissez un mot de passe plus long ou laissez le champ vide pour garder l&apos;actuel.</translation>
    </message>
    <message>
        <source>{problem} Type a longer password.</source>
        <translation>{problem} Saisissez un mot de passe plus long.</translation>
    </message>
    <message>
        <source>Choose security profile 0, 1, 2 or 3.</source>
        <translation>Choisissez le profil de sécurité 0, 1, 2 ou 3.</translation>
    </message>
    <message>
        <source>{problem}: enter one above, or choose profile 0</source>
        <translation>{problem}&#xa0;: saisissez-en un ci-dessus ou choisissez le profil 0</translation>
    </message>
    <message>
        <source>Latitude must be a number between -90 and 90 in degrees (e.g. 47.3769).</source>
        <translation>La latitude doit être un nombre entre -90 et 90 degrés (p. ex. 47.3769).</translation>
    </message>
    <message>
        <source>Longitude must be a number between -180 and 180 in degrees (e.g. 8.5417).</source>
        <translation>La longitude doit être un nombre entre -180 et 180 degrés (p. ex. 8.5417).</translation>
    </message>
    <message>
        <source>{problem} (Remove location clears both)</source>
        <translation>{problem} («&#xa0;Retirer l&apos;emplacement&#xa0;» efface les deux)</translation>
    </message>
    <message>
        <source>An address has at most {most} characters.</source>
        <translation>Une adresse a au plus {most} caractères.</translation>
    </message>
    <message>
        <source>A connector number is 1 or more (the OCPP connectorId).</source>
        <translation>Un numéro de prise vaut 1 ou plus (le connectorId OCPP).</translation>
    </message>
    <message>
        <source>Connector {number} is listed twice; give each connector its own number.</source>
        <translation>La prise {number} figure deux fois&#xa0;; donnez à chaque prise son propre numéro.</translation>
    </message>
    <message>
        <source>This circuit is not one of the station&apos;s site (deleted, or the site changed); choose another.</source>
        <translation>Ce circuit n&apos;appartient pas au site de la borne de recharge (supprimé, ou le site a changé)&#xa0;; choisissez-en un autre.</translation>
    </message>
    <message>
        <source>Max current is a number of A per phase, e.g. 32; leave it empty if unknown.</source>
        <translation>Le courant max. est un nombre d&apos;A par phase, p. ex. 32&#xa0;; laissez vide s&apos;il est inconnu.</translation>
    </message>
    <message>
        <source>Max power is a number of kW, e.g. 22; leave it empty if unknown.</source>
        <translation>La puissance max. est un nombre de kW, p. ex. 22&#xa0;; laissez vide si elle est inconnue.</translation>
    </message>
    <message>
        <source>{problem}; leave it empty if unknown</source>
        <translation>{problem}&#xa0;; laissez vide si inconnue</translation>
    </message>
    <message>
        <source>An owner&apos;s user account no longer exists; remove it from the list.</source>
        <translation>Le compte d&apos;utilisateur d&apos;un propriétaire n&apos;existe plus&#xa0;; retirez-le de la liste.</translation>
    </message>
    <message>
        <source>A user is listed twice as owner; remove one.</source>
        <translation>Un utilisateur figure deux fois comme propriétaire&#xa0;; retirez-en un.</translation>
    </message>
    <message>
        <source>Choose the special user.</source>
        <translation>Choisissez l&apos;utilisateur spécial.</translation>
    </message>
    <message>
        <source>This user no longer exists; choose another or remove the special user.</source>
        <translation>Cet utilisateur n&apos;existe plus&#xa0;; choisissez-en un autre ou retirez l&apos;utilisateur spécial.</translation>
    </message>
    <message>
        <source>The station has no connector {number} any more; choose another connector or the whole station.</source>
        <translation>La borne de recharge n&apos;a plus de prise {number}&#xa0;; choisissez une autre prise ou toute la borne de recharge.</translation>
    </message>
    <message>
        <source>The last day must be on or after the first day.</source>
        <translation>Le dernier jour doit être le premier jour ou après.</translation>
    </message>
    <message>
        <source>{mode}, tariff {tariff}</source>
        <translation>{mode}, tarif {tariff}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>follows the station</source>
        <translation>suit la borne de recharge</translation>
    </message>
    <message>
        <source>connector {number}</source>
        <translation>prise {number}</translation>
    </message>
    <message>
        <source>whole station</source>
        <translation>toute la borne de recharge</translation>
    </message>
    <message>
        <source>tariff {name}</source>
        <translation>tarif {name}</translation>
    </message>
    <message>
        <source>valid {start} to {end}</source>
        <translation>valable du {start} au {end}</translation>
    </message>
    <message>
        <source>any time</source>
        <translation>à tout moment</translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>station_fields&apos; labels (English, the keys a conflict compares), as the operator reads them</extracomment>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Charge point ID</source>
        <translation>ID du point de charge</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Activée</translation>
    </message>
    <message>
        <source>OCPP version</source>
        <translation>Version OCPP</translation>
    </message>
    <message>
        <source>Security profile</source>
        <translation>Profil de sécurité</translation>
    </message>
    <message>
        <source>Charger may connect without a password</source>
        <translation>Le point de charge peut se connecter sans mot de passe</translation>
    </message>
    <message>
        <source>Lenient</source>
        <translation>Tolérant</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Accès</translation>
    </message>
    <message>
        <source>Owners&apos; tariff</source>
        <translation>Tarif des propriétaires</translation>
    </message>
    <message>
        <source>Owners</source>
        <translation>Propriétaires</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Connector {number} number</source>
        <translation>Prise {number} numéro</translation>
    </message>
    <message>
        <source>Connector {number} plug type</source>
        <translation>Prise {number} type de fiche</translation>
    </message>
    <message>
        <source>Connector {number} max kW</source>
        <translation>Prise {number} kW max.</translation>
    </message>
    <message>
        <source>Connector {number} circuit</source>
        <translation>Prise {number} circuit</translation>
    </message>
    <message>
        <source>Connector {number} phases</source>
        <translation>Prise {number} phases</translation>
    </message>
    <message>
        <source>Connector {number} max A</source>
        <translation>Prise {number} A max.</translation>
    </message>
    <message>
        <source>Connector {number} access</source>
        <translation>Prise {number} accès</translation>
    </message>
    <message>
        <source>Special user {name} (#{id})</source>
        <translation>Utilisateur spécial {name} (n° {id})</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(retiré)</translation>
    </message>
</context>
<context>
    <name>UserChecks</name>
    <message>
        <source>an idTag cannot be empty</source>
        <translation>un idTag ne peut pas être vide</translation>
    </message>
    <message>
        <source>idTag {tag} is longer than {limit} characters (the OCPP 2.0.1 idToken limit; a 1.6 charger reads at most {limit_16})</source>
        <translation>l&apos;idTag {tag} dépasse {limit} caractères (la limite de l&apos;idToken en OCPP 2.0.1&#xa0;; un point de charge 1.6 en lit au plus {limit_16})</translation>
    </message>
    <message>
        <source>idTag {tag} may only contain letters, digits and - _ : .</source>
        <translation>l&apos;idTag {tag} ne peut contenir que des lettres, des chiffres et - _ : .</translation>
    </message>
    <message>
        <source>{email} is not an e-mail address</source>
        <translation>{email} n&apos;est pas une adresse e-mail</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text (byte {byte}); save it as &apos;CSV UTF-8&apos;</source>
        <translation>le fichier n&apos;est pas du texte UTF-8 (octet {byte})&#xa0;; enregistrez-le au format &apos;CSV UTF-8&apos;</translation>
    </message>
    <message>
        <source>active must be yes or no (or true/false, 1/0), not {value}</source>
        <translation>active doit valoir yes ou no (ou true/false, 1/0), pas {value}</translation>
    </message>
    <message>
        <source>the file is empty; the first line must be the header</source>
        <translation>le fichier est vide&#xa0;; la première ligne doit être l&apos;en-tête</translation>
    </message>
    <message>
        <source>line {line}: {problem}</source>
        <translation>ligne {line}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>line 1 is empty; the first line must be the header (name;email;…)</source>
        <translation>la ligne 1 est vide&#xa0;; la première ligne doit être l&apos;en-tête (name;email;…)</translation>
    </message>
    <message>
        <source>unknown column(s) {unknown}; the columns are {columns}</source>
        <translation>colonne(s) inconnue(s) {unknown}&#xa0;; les colonnes sont {columns}</translation>
    </message>
    <message>
        <source>column(s) {columns} appear more than once in the header</source>
        <translation>la ou les colonnes {columns} figurent plus d&apos;une fois dans l&apos;en-tête</translation>
    </message>
    <message>
        <source>the header has no &apos;name&apos; column</source>
        <translation>l&apos;en-tête n&apos;a pas de colonne &apos;name&apos;</translation>
    </message>
</context>
<context>
    <name>Users</name>
    <message>
        <source>user {id} does not exist (deleted meanwhile?)</source>
        <translation>l&apos;utilisateur {id} n&apos;existe pas (supprimé entre-temps&#xa0;?)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Cost centre</source>
        <translation>Centre de coûts</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>no label</source>
        <translation>sans libellé</translation>
    </message>
    <message>
        <source>expires {moment} UTC</source>
        <translation>expire le {moment} UTC</translation>
    </message>
    <message>
        <source>group {tag}</source>
        <translation>groupe {tag}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Tag {tag}</source>
        <translation>Badge RFID {tag}</translation>
    </message>
    <message>
        <source>at most {most} characters</source>
        <translation>au plus {most} caractères</translation>
    </message>
    <message>
        <source>{tag} already belongs to {owner}; remove it from that user first</source>
        <translation>{tag} appartient déjà à {owner}&#xa0;; retirez-le d&apos;abord de cet utilisateur</translation>
    </message>
    <message>
        <source>enter the tag&apos;s ID (as printed on the card, or as a charger read it)</source>
        <translation>saisissez l&apos;ID du badge (tel qu&apos;imprimé sur la carte, ou tel qu&apos;un point de charge l&apos;a lu)</translation>
    </message>
    <message>
        <source>{tag} is already in this user&apos;s list of tags</source>
        <translation>{tag} figure déjà dans la liste des badges de cet utilisateur</translation>
    </message>
    <message>
        <source>a tag cannot be its own parent; leave it empty or enter the group&apos;s idTag</source>
        <translation>un badge ne peut pas être son propre parent&#xa0;; laissez vide ou saisissez l&apos;idTag du groupe</translation>
    </message>
    <message>
        <source>enter the user&apos;s name (e.g. Eva Keller)</source>
        <translation>saisissez le nom de l&apos;utilisateur (p. ex. Eva Keller)</translation>
    </message>
    <message>
        <source>another user is already called {name}; names are unique, add e.g. the department</source>
        <translation>un autre utilisateur s&apos;appelle déjà {name}&#xa0;; les noms sont uniques, ajoutez p. ex. le service</translation>
    </message>
    <message>
        <source>{problem}; enter it as name@example.com or leave it empty</source>
        <translation>{problem}&#xa0;; saisissez-la sous la forme nom@example.com ou laissez vide</translation>
    </message>
    <message>
        <source>this user was deleted meanwhile (by another console); nothing was saved</source>
        <translation>cet utilisateur a été supprimé entre-temps (sur une autre console)&#xa0;; rien n&apos;a été enregistré</translation>
    </message>
    <message>
        <source>another console changed this user or one of these cards at the same time; reload and try again</source>
        <translation>une autre console a modifié cet utilisateur ou l&apos;un de ces badges au même moment&#xa0;; rechargez et réessayez</translation>
    </message>
    <message numerus="yes">
        <source>%n RFID tag(s) will be deleted.</source>
        <translation>
            <numerusform>%n badge RFID sera supprimé.</numerusform>
            <numerusform>%n badges RFID seront supprimés.</numerusform>
        </translation>
    </message>
    <message>
        <source>They have no RFID tags.</source>
        <translation>Cette personne n&apos;a aucun badge RFID.</translation>
    </message>
    <message numerus="yes">
        <source>They lose %n station(s) they own.</source>
        <translation>
            <numerusform>Cette personne perd %n borne de recharge dont elle est propriétaire.</numerusform>
            <numerusform>Cette personne perd %n bornes de recharge dont elle est propriétaire.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They lose %n special user grant(s).</source>
        <translation>
            <numerusform>Cette personne perd %n autorisation d&apos;utilisateur spécial.</numerusform>
            <numerusform>Cette personne perd %n autorisations d&apos;utilisateur spécial.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The history keeps their %n charging session(s) (shown without a user).</source>
        <translation>
            <numerusform>L&apos;historique garde sa %n session de recharge (affichée sans utilisateur).</numerusform>
            <numerusform>L&apos;historique garde ses %n sessions de recharge (affichées sans utilisateur).</numerusform>
        </translation>
    </message>
    <message>
        <source>They have no charging sessions.</source>
        <translation>Cette personne n&apos;a aucune session de recharge.</translation>
    </message>
    <message>
        <source>{station}, connector {number}</source>
        <translation>{station}, prise {number}</translation>
    </message>
    <message>
        <source>this tag is no longer in the unknown list (assigned or dismissed meanwhile)</source>
        <translation>ce badge n&apos;est plus dans la liste des inconnus (attribué ou écarté entre-temps)</translation>
    </message>
    <message>
        <source>this user was deleted meanwhile; choose another one</source>
        <translation>cet utilisateur a été supprimé entre-temps&#xa0;; choisissez-en un autre</translation>
    </message>
    <message>
        <source>{problem}; this tag cannot be stored as it is</source>
        <translation>{problem}&#xa0;; ce badge ne peut pas être enregistré tel quel</translation>
    </message>
    <message>
        <source>{name} has no active RFID tag, so no charger will accept them. Add a tag, or set a blocked or expired one back to active.</source>
        <translation>{name} n&apos;a aucun badge RFID actif, aucun point de charge ne l&apos;acceptera donc. Ajoutez un badge, ou remettez à actif un badge bloqué ou expiré.</translation>
    </message>
    <message>
        <source>Only the first {count} stations are listed.</source>
        <translation>Seules les {count} premières bornes de recharge sont listées.</translation>
    </message>
    <message>
        <source>There are no stations yet.</source>
        <translation>Il n&apos;y a pas encore de borne de recharge.</translation>
    </message>
    <message>
        <source>{problem}; choose another user</source>
        <translation>{problem}&#xa0;; choisissez un autre utilisateur</translation>
    </message>
</context>
<context>
    <name>WriteRefused</name>
    <message>
        <source>the database refused the change ({reason})</source>
        <translation>la base de données a refusé la modification ({reason})</translation>
    </message>
</context>
</TS>
