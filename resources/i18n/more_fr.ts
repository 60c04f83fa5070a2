<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../app/views/audit_page.py" line="37"/>
        <source>Time</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/views/audit_page.py" line="38"/>
        <location filename="../../app/views/audit_page.py" line="111"/>
        <source>Operator</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <location filename="../../app/views/audit_page.py" line="39"/>
        <location filename="../../app/views/audit_page.py" line="112"/>
        <source>Machine</source>
        <translation>Poste</translation>
    </message>
    <message>
        <location filename="../../app/views/audit_page.py" line="40"/>
        <location filename="../../app/views/audit_page.py" line="113"/>
        <source>What</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../../app/views/audit_page.py" line="41"/>
        <source>Which</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location filename="../../app/views/audit_page.py" line="42"/>
        <location filename="../../app/views/audit_page.py" line="114"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../app/views/audit_page.py" line="43"/>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <location filename="../../app/views/audit_page.py" line="45"/>
        <source>(any)</source>
        <translation>(tous)</translation>
    </message>
    <message>
        <location filename="../../app/views/audit_page.py" line="103"/>
        <source>The operator (or cli:&lt;user&gt;, charger …) who made the change</source>
        <translation>L&apos;opérateur (ou cli:&lt;user&gt;, borne de recharge …) qui a fait la modification</translation>
    </message>
    <message>
        <location filename="../../app/views/audit_page.py" line="105"/>
        <source>The computer the change was made on</source>
        <translation>Le poste sur lequel la modification a été faite</translation>
    </message>
    <message>
        <location filename="../../app/views/audit_page.py" line="107"/>
        <source>The kind of thing changed (station, user, tariff, operator …)</source>
        <translation>Type d&apos;objet modifié (station, user, tariff, operator …)</translation>
    </message>
    <message>
        <location filename="../../app/views/audit_page.py" line="109"/>
        <source>create, update, delete, login …</source>
        <translation>Type de modification&#xa0;: create, update, delete, login …</translation>
    </message>
    <message>
        <location filename="../../app/views/audit_page.py" line="121"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../../app/views/audit_page.py" line="123"/>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <location filename="../../app/views/audit_page.py" line="134"/>
        <source>Search: a name, an id, a value in the changes…</source>
        <translation>Rechercher&#xa0;: un nom, un identifiant, une valeur dans les modifications…</translation>
    </message>
    <message>
        <location filename="../../app/views/audit_page.py" line="137"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location filename="../../app/views/audit_page.py" line="138"/>
        <source>Read the newest entries again (F5)</source>
        <translation>Relire les entrées les plus récentes (F5)</translation>
    </message>
    <message>
        <location filename="../../app/views/audit_page.py" line="159"/>
        <source>Select an entry to see what it changed.</source>
        <translation>Sélectionnez une entrée pour voir ce qu&apos;elle a modifié.</translation>
    </message>
    <message>
        <location filename="../../app/views/audit_page.py" line="169"/>
        <source>Older entries</source>
        <translation>Entrées plus anciennes</translation>
    </message>
    <message>
        <location filename="../../app/views/audit_page.py" line="171"/>
        <source>Read the next page of older entries</source>
        <translation>Lire la page suivante d&apos;entrées plus anciennes</translation>
    </message>
    <message>
        <location filename="../../app/views/audit_page.py" line="242"/>
        <source>Could not read the audit trail: {error}</source>
        <translation>Impossible de lire le journal d&apos;audit&#xa0;: {error}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/audit_page.py" line="263"/>
        <source>%n row(s) shown, newest first — more below (Older entries)</source>
        <translation>
            <numerusform>Lignes affichées&#xa0;: %n, les plus récentes d&apos;abord — d&apos;autres plus bas (Entrées plus anciennes)</numerusform>
            <numerusform>Lignes affichées&#xa0;: %n, les plus récentes d&apos;abord — d&apos;autres plus bas (Entrées plus anciennes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/audit_page.py" line="271"/>
        <source>%n row(s) shown, newest first</source>
        <translation>
            <numerusform>Lignes affichées&#xa0;: %n, les plus récentes d&apos;abord</numerusform>
            <numerusform>Lignes affichées&#xa0;: %n, les plus récentes d&apos;abord</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/audit_page.py" line="298"/>
        <source>{time} — {operator} on {machine}</source>
        <translation>{time} — {operator} sur {machine}</translation>
    </message>
    <message>
        <location filename="../../app/views/audit_page.py" line="300"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location filename="../../app/views/audit_page.py" line="301"/>
        <source>an unknown machine</source>
        <translation>un poste inconnu</translation>
    </message>
    <message>
        <location filename="../../app/views/audit_page.py" line="305"/>
        <source>(no details recorded)</source>
        <translation>(aucun détail enregistré)</translation>
    </message>
</context>
<context>
    <name>CircuitsSection</name>
    <message>
        <location filename="../../app/views/circuits_section.py" line="61"/>
        <location filename="../../app/views/circuits_section.py" line="221"/>
        <source>Circuit</source>
        <translation>Circuit</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="62"/>
        <source>Limit</source>
        <translation>Limite</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="63"/>
        <location filename="../../app/views/circuits_section.py" line="243"/>
        <source>Phases</source>
        <translation>Phases</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="64"/>
        <source>Time-of-day limits</source>
        <translation>Limites horaires</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="65"/>
        <source>Connectors</source>
        <translation>Prises</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="66"/>
        <source>Load now (L1 / L2 / L3)</source>
        <translation>Charge actuelle (L1 / L2 / L3)</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="81"/>
        <source>{amps} A of {limit} A</source>
        <translation>{amps} A sur {limit} A</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="91"/>
        <source>Connectors on {circuit}</source>
        <translation>Prises sur {circuit}</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="94"/>
        <source>Tick the connectors wired to &lt;b&gt;{circuit}&lt;/b&gt;. A connector is on one circuit; ticking one moves it here. Phases and wiring are set per connector in the station editor.</source>
        <translation>Cochez les prises raccordées à &lt;b&gt;{circuit}&lt;/b&gt;. Une prise est sur un seul circuit&#xa0;; en cocher une la déplace ici. Les phases et le câblage se règlent par prise dans l&apos;éditeur de la borne de recharge.</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="146"/>
        <source>Circuits and load</source>
        <translation>Circuits et charge</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="149"/>
        <source>Choose a saved site to see its circuits.</source>
        <translation>Choisissez un site enregistré pour voir ses circuits.</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="198"/>
        <location filename="../../app/views/circuits_section.py" line="429"/>
        <source>Add circuit below</source>
        <translation>Ajouter un circuit en dessous</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="199"/>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="200"/>
        <source>Move…</source>
        <translation>Déplacer…</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="201"/>
        <source>Connectors…</source>
        <translation>Prises…</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="202"/>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="231"/>
        <source>e.g. Garage</source>
        <translation>p. ex. Garage</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="237"/>
        <source>A per phase, e.g. 63</source>
        <translation>A par phase, p. ex. 63</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="239"/>
        <source>kW, e.g. 43 (optional)</source>
        <translation>kW, p. ex. 43 (facultatif)</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="241"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="242"/>
        <source>Under</source>
        <translation>Sous</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="244"/>
        <source>Max current (A)</source>
        <translation>Courant max. (A)</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="245"/>
        <source>Max power (kW)</source>
        <translation>Puissance max. (kW)</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="257"/>
        <source>Time-of-day limits (site time):</source>
        <translation>Limites horaires (heure du site)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="259"/>
        <source>Edit time-of-day limits…</source>
        <translation>Modifier les limites horaires…</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="263"/>
        <source>Lower this circuit&apos;s limit at times of the week, in a week calendar</source>
        <translation>Abaisser la limite de ce circuit à certains moments de la semaine, dans un calendrier hebdomadaire</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="279"/>
        <source>Save circuit</source>
        <translation>Enregistrer le circuit</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="282"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="295"/>
        <source>Load sharing</source>
        <translation>Répartition de charge</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="322"/>
        <source>Strategy</source>
        <translation>Stratégie</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="323"/>
        <source>How the circuits&apos; power is shared between charging sessions</source>
        <translation>Comment la puissance des circuits est répartie entre les sessions de recharge</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="324"/>
        <source>Minimum current (A)</source>
        <translation>Courant minimal (A)</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="325"/>
        <source>Per phase, 6–32 A: a session that would get less waits (paused) instead</source>
        <translation>Par phase, 6–32 A&#xa0;: une session de recharge qui recevrait moins attend à la place (en pause)</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="326"/>
        <source>Base-load meter</source>
        <translation>Compteur de charge de base</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="327"/>
        <source>A meter of the site&apos;s other consumers: what they draw is not given to the chargers</source>
        <translation>Un compteur des autres consommateurs du site&#xa0;: ce qu&apos;ils consomment n&apos;est pas attribué aux bornes de recharge</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="329"/>
        <source>Meter charger</source>
        <translation>Borne avec compteur</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="330"/>
        <source>The charger whose meter values at its inlet measure the supply</source>
        <translation>La borne de recharge dont les valeurs du compteur à son entrée mesurent l&apos;alimentation</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="331"/>
        <source>Meter address</source>
        <translation>Adresse du compteur</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="332"/>
        <source>The Modbus TCP meter&apos;s host:port on the LAN</source>
        <translation>host:port du compteur Modbus TCP sur le réseau local</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="333"/>
        <source>Unit id</source>
        <translation>ID d&apos;unité</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="334"/>
        <source>The meter&apos;s Modbus unit id (often 1)</source>
        <translation>L&apos;ID d&apos;unité Modbus du compteur (souvent 1)</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="335"/>
        <source>Register map</source>
        <translation>Table des registres</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="336"/>
        <source>Which registers hold the currents per phase</source>
        <translation>Quels registres contiennent les courants par phase</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="337"/>
        <source>Meter measures</source>
        <translation>Le compteur mesure</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="338"/>
        <source>The circuit the meter measures</source>
        <translation>Le circuit que le compteur mesure</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="356"/>
        <source>Save load sharing</source>
        <translation>Enregistrer la répartition</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="391"/>
        <source>Circuits and load — {site}</source>
        <translation>Circuits et charge — {site}</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="422"/>
        <source>Not load-managed: {chargers}</source>
        <translation>Sans gestion de charge&#xa0;: {chargers}</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="431"/>
        <source>Add grid connection</source>
        <translation>Ajouter le raccordement au réseau</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="453"/>
        <source>the grid connection</source>
        <translation>le raccordement au réseau</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="526"/>
        <source>That circuit was deleted meanwhile.</source>
        <translation>Ce circuit a été supprimé entre-temps.</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="533"/>
        <source>Choose the circuit to put it under, then Save circuit.</source>
        <translation>Choisissez le circuit sous lequel le placer, puis Enregistrer le circuit.</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="543"/>
        <source>Circuit {name}</source>
        <translation>Circuit {name}</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="545"/>
        <source>New circuit</source>
        <translation>Nouveau circuit</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="580"/>
        <source>None: the circuit&apos;s own limit applies at all times.</source>
        <translation>Aucune&#xa0;: la limite propre du circuit s&apos;applique en tout temps.</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="592"/>
        <source>the new circuit</source>
        <translation>nouveau circuit</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="652"/>
        <location filename="../../app/views/circuits_section.py" line="838"/>
        <source>Not saved: fix the marked fields.</source>
        <translation>Non enregistré&#xa0;: corrigez les champs marqués.</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="658"/>
        <source>Not saved: {why}</source>
        <translation>Non enregistré&#xa0;: {why}</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="678"/>
        <source>Not saved: this circuit was changed on another console meanwhile.</source>
        <translation>Non enregistré&#xa0;: ce circuit a été modifié entre-temps sur une autre console.</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="686"/>
        <source>this circuit was deleted on another console meanwhile.</source>
        <translation>ce circuit a été supprimé entre-temps sur une autre console.</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="695"/>
        <source>Saved circuit {name}.</source>
        <translation>Circuit {name} enregistré.</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="717"/>
        <source>Your changes are kept; the other fields show what is stored now.</source>
        <translation>Vos modifications sont conservées&#xa0;; les autres champs montrent ce qui est enregistré maintenant.</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="733"/>
        <source>Delete circuit {name}?</source>
        <translation>Supprimer le circuit {name}&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="740"/>
        <source>Delete circuit</source>
        <translation>Supprimer le circuit</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="761"/>
        <source>Reloaded: look again before deleting.</source>
        <translation>Rechargé&#xa0;: vérifiez à nouveau avant de supprimer.</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="766"/>
        <source>Not deleted: {why}.</source>
        <translation>Non supprimé&#xa0;: {why}.</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="771"/>
        <source>Circuit deleted.</source>
        <translation>Circuit supprimé.</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="796"/>
        <source>Not changed: {why}</source>
        <translation>Non modifié&#xa0;: {why}</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="801"/>
        <source>Not changed: {why}.</source>
        <translation>Non modifié&#xa0;: {why}.</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="804"/>
        <source>Connectors saved.</source>
        <translation>Prises enregistrées.</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="843"/>
        <source>Not saved: the site was changed on another console meanwhile.</source>
        <translation>Non enregistré&#xa0;: le site a été modifié entre-temps sur une autre console.</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="848"/>
        <source>Not saved: {why}.</source>
        <translation>Non enregistré&#xa0;: {why}.</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="851"/>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <location filename="../../app/views/circuits_section.py" line="863"/>
        <source>Your changes are kept; Save replaces what is stored where you changed it.</source>
        <translation>Vos modifications sont conservées&#xa0;; Enregistrer remplace ce qui est enregistré là où vous avez modifié.</translation>
    </message>
</context>
<context>
    <name>LoadPage</name>
    <message>
        <location filename="../../app/views/load/page.py" line="63"/>
        <source>Last hour</source>
        <translation>Dernière heure</translation>
    </message>
    <message>
        <location filename="../../app/views/load/page.py" line="64"/>
        <source>Last 6 hours</source>
        <translation>6 dernières heures</translation>
    </message>
    <message>
        <location filename="../../app/views/load/page.py" line="65"/>
        <source>Last 24 hours</source>
        <translation>24 dernières heures</translation>
    </message>
    <message>
        <location filename="../../app/views/load/page.py" line="66"/>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <location filename="../../app/views/load/page.py" line="69"/>
        <source>Station</source>
        <translation>Borne</translation>
    </message>
    <message>
        <location filename="../../app/views/load/page.py" line="70"/>
        <source>Connector</source>
        <translation>Prise</translation>
    </message>
    <message>
        <location filename="../../app/views/load/page.py" line="71"/>
        <location filename="../../app/views/load/page.py" line="77"/>
        <source>Circuit</source>
        <translation>Circuit</translation>
    </message>
    <message>
        <location filename="../../app/views/load/page.py" line="72"/>
        <source>Phases</source>
        <translation>Phases</translation>
    </message>
    <message>
        <location filename="../../app/views/load/page.py" line="73"/>
        <location filename="../../app/views/load/page.py" line="78"/>
        <location filename="../../app/views/load/page.py" line="112"/>
        <source>Limit</source>
        <translation>Limite</translation>
    </message>
    <message>
        <location filename="../../app/views/load/page.py" line="74"/>
        <source>Why</source>
        <translation>Raison</translation>
    </message>
    <message>
        <location filename="../../app/views/load/page.py" line="79"/>
        <location filename="../../app/views/load/page.py" line="113"/>
        <source>Allocated</source>
        <translation>Attribué</translation>
    </message>
    <message>
        <location filename="../../app/views/load/page.py" line="80"/>
        <location filename="../../app/views/load/page.py" line="114"/>
        <source>Measured</source>
        <translation>Mesuré</translation>
    </message>
    <message>
        <location filename="../../app/views/load/page.py" line="94"/>
        <source>no limit</source>
        <translation>aucune limite</translation>
    </message>
    <message>
        <location filename="../../app/views/load/page.py" line="192"/>
        <source>Site:</source>
        <translation>Site&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/views/load/page.py" line="225"/>
        <source>Set up circuits in Settings → Sites…</source>
        <translation>Configurer les circuits dans Paramètres → Sites…</translation>
    </message>
    <message>
        <location filename="../../app/views/load/page.py" line="250"/>
        <source>Amperes per phase: L1 · L2 · L3 (L1 for a single-phase circuit)</source>
        <translation>Ampères par phase&#xa0;: L1 · L2 · L3 (L1 pour un circuit monophasé)</translation>
    </message>
    <message>
        <location filename="../../app/views/load/page.py" line="272"/>
        <source>Charging now</source>
        <translation>Sessions de recharge en cours</translation>
    </message>
    <message>
        <location filename="../../app/views/load/page.py" line="285"/>
        <source>Nothing is charging on this site&apos;s circuits.</source>
        <translation>Aucune recharge en cours sur les circuits de ce site.</translation>
    </message>
    <message>
        <location filename="../../app/views/load/page.py" line="289"/>
        <source>&lt;b&gt;Not load-managed&lt;/b&gt; (their full power is reserved on their circuit)</source>
        <translation>&lt;b&gt;Sans gestion de charge&lt;/b&gt; (leur pleine puissance est réservée sur leur circuit)</translation>
    </message>
    <message>
        <location filename="../../app/views/load/page.py" line="359"/>
        <source>Could not read the load: {error}</source>
        <translation>Impossible de lire la charge&#xa0;: {error}</translation>
    </message>
    <message>
        <location filename="../../app/views/load/page.py" line="395"/>
        <source>There is no site yet. Add one in Settings → Sites, with its grid connection and circuits.</source>
        <translation>Il n&apos;y a pas encore de site. Ajoutez-en un dans Paramètres → Sites, avec son raccordement au réseau et ses circuits.</translation>
    </message>
    <message>
        <location filename="../../app/views/load/page.py" line="408"/>
        <source>{site} has no circuits, so the load of its chargers is not managed. Add the site&apos;s grid connection (its main supply, with its limit) and the circuits below it in Settings → Sites, then put each connector on its circuit in the station editor.</source>
        <translation>{site} n&apos;a pas de circuits&#xa0;: la charge de ses bornes de recharge n&apos;est donc pas gérée. Ajoutez le raccordement au réseau du site (son alimentation principale, avec sa limite) et les circuits en dessous dans Paramètres → Sites, puis placez chaque prise sur son circuit dans l&apos;éditeur de la borne de recharge.</translation>
    </message>
    <message>
        <location filename="../../app/views/load/page.py" line="437"/>
        <source>{name} (1-phase)</source>
        <translation>{name} (monophasé)</translation>
    </message>
    <message>
        <location filename="../../app/views/load/page.py" line="468"/>
        <source>Measured above the limit</source>
        <translation>Mesuré au-dessus de la limite</translation>
    </message>
    <message>
        <location filename="../../app/views/load/page.py" line="472"/>
        <source>Allocation of {time} (live)</source>
        <translation>Attribution à {time} (en direct)</translation>
    </message>
    <message>
        <location filename="../../app/views/load/page.py" line="478"/>
        <source>No allocation heard since this console started: the newest samples ({time}) and the limits last sent</source>
        <translation>Aucune attribution reçue depuis le démarrage de cette console&#xa0;: les derniers relevés ({time}) et les dernières limites envoyées</translation>
    </message>
    <message>
        <location filename="../../app/views/load/page.py" line="486"/>
        <source>Nothing allocated yet: load management starts when the central system runs</source>
        <translation>Rien d&apos;attribué pour l&apos;instant&#xa0;: la gestion de charge démarre quand le système central tourne</translation>
    </message>
    <message>
        <location filename="../../app/views/load/page.py" line="504"/>
        <source>full power</source>
        <translation>pleine puissance</translation>
    </message>
    <message>
        <location filename="../../app/views/load/page.py" line="505"/>
        <source>unmanaged: its full power is reserved on its circuit</source>
        <translation>sans gestion de charge&#xa0;: sa pleine puissance est réservée sur son circuit</translation>
    </message>
    <message>
        <location filename="../../app/views/load/page.py" line="509"/>
        <source>paused</source>
        <translation>en pause</translation>
    </message>
    <message>
        <location filename="../../app/views/load/page.py" line="523"/>
        <source>{cp_id} connector {connector}</source>
        <translation>{cp_id} prise {connector}</translation>
    </message>
    <message>
        <location filename="../../app/views/load/page.py" line="527"/>
        <source>paused: waits until its minimum is free</source>
        <translation>en pause&#xa0;: attend que son minimum soit disponible</translation>
    </message>
    <message>
        <location filename="../../app/views/load/page.py" line="559"/>
        <source>{circuit}: limit, allocated and measured current per phase, {span} (single-phase)</source>
        <translation>{circuit}&#xa0;: limite, courant attribué et mesuré par phase, {span} (monophasé)</translation>
    </message>
    <message>
        <location filename="../../app/views/load/page.py" line="564"/>
        <source>{circuit}: limit, allocated and measured current per phase, {span} (three-phase)</source>
        <translation>{circuit}&#xa0;: limite, courant attribué et mesuré par phase, {span} (triphasé)</translation>
    </message>
</context>
<context>
    <name>LocationPicker</name>
    <message>
        <location filename="../../app/views/map/picker.py" line="38"/>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <location filename="../../app/views/map/picker.py" line="39"/>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <location filename="../../app/views/map/picker.py" line="56"/>
        <source>{what} must be a number in decimal degrees, e.g. {example}.</source>
        <translation>{what}&#xa0;: saisissez un nombre en degrés décimaux, p. ex. {example}.</translation>
    </message>
    <message>
        <location filename="../../app/views/map/picker.py" line="61"/>
        <source>Latitude must be between -90 (south) and 90 (north) degrees.</source>
        <translation>La latitude doit être comprise entre -90 (sud) et 90 (nord) degrés.</translation>
    </message>
    <message>
        <location filename="../../app/views/map/picker.py" line="63"/>
        <source>Longitude must be between -180 (west) and 180 (east) degrees.</source>
        <translation>La longitude doit être comprise entre -180 (ouest) et 180 (est) degrés.</translation>
    </message>
    <message>
        <location filename="../../app/views/map/picker.py" line="98"/>
        <source>Location of {name}</source>
        <translation>Position de {name}</translation>
    </message>
    <message>
        <location filename="../../app/views/map/picker.py" line="100"/>
        <source>Station location</source>
        <translation>Position de la borne de recharge</translation>
    </message>
    <message>
        <location filename="../../app/views/map/picker.py" line="136"/>
        <source>e.g. 47.3769</source>
        <translation>p. ex. 47.3769</translation>
    </message>
    <message>
        <location filename="../../app/views/map/picker.py" line="143"/>
        <source>e.g. 8.5417</source>
        <translation>p. ex. 8.5417</translation>
    </message>
    <message>
        <location filename="../../app/views/map/picker.py" line="145"/>
        <source>Longitude in decimal degrees, -180 (west) to 180 (east)</source>
        <translation>Longitude en degrés décimaux, de -180 (ouest) à 180 (est)</translation>
    </message>
    <message>
        <location filename="../../app/views/map/picker.py" line="149"/>
        <source>Latitude:</source>
        <translation>Latitude&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/views/map/picker.py" line="151"/>
        <source>Longitude:</source>
        <translation>Longitude&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/views/map/picker.py" line="155"/>
        <source>Centre on needle</source>
        <translation>Centrer sur l&apos;épingle</translation>
    </message>
    <message>
        <location filename="../../app/views/map/picker.py" line="158"/>
        <source>Bring the needle back into view</source>
        <translation>Ramener l&apos;épingle dans la vue</translation>
    </message>
    <message>
        <location filename="../../app/views/map/picker.py" line="159"/>
        <source>Remove location</source>
        <translation>Retirer la position</translation>
    </message>
    <message>
        <location filename="../../app/views/map/picker.py" line="163"/>
        <source>Take the needle away: the station will have no location and leaves the map</source>
        <translation>Retirer l&apos;épingle&#xa0;: la borne de recharge n&apos;aura plus de position et quittera la carte</translation>
    </message>
    <message>
        <location filename="../../app/views/map/picker.py" line="181"/>
        <source>The address stays a free text field in the editor.</source>
        <translation>L&apos;adresse reste un champ de texte libre dans l&apos;éditeur.</translation>
    </message>
    <message>
        <location filename="../../app/views/map/picker.py" line="286"/>
        <source>Enter the latitude too.</source>
        <translation>Saisissez aussi la latitude.</translation>
    </message>
    <message>
        <location filename="../../app/views/map/picker.py" line="288"/>
        <source>Enter the longitude too.</source>
        <translation>Saisissez aussi la longitude.</translation>
    </message>
    <message>
        <location filename="../../app/views/map/picker.py" line="334"/>
        <source>Drag the needle to adjust, or click elsewhere to move it. Typing coordinates below moves it too.</source>
        <translation>Faites glisser l&apos;épingle pour l&apos;ajuster, ou cliquez ailleurs pour la déplacer. Saisir des coordonnées ci-dessous la déplace aussi.</translation>
    </message>
    <message>
        <location filename="../../app/views/map/picker.py" line="339"/>
        <location filename="../../app/views/map/picker.py" line="355"/>
        <source>Use this location</source>
        <translation>Utiliser cette position</translation>
    </message>
    <message>
        <location filename="../../app/views/map/picker.py" line="343"/>
        <source>No location: the station will leave the map. Click the map to place it again.</source>
        <translation>Aucune position&#xa0;: la borne de recharge quittera la carte. Cliquez sur la carte pour la placer à nouveau.</translation>
    </message>
    <message>
        <location filename="../../app/views/map/picker.py" line="348"/>
        <source>Use no location</source>
        <translation>Valider sans position</translation>
    </message>
</context>
<context>
    <name>LogPage</name>
    <message>
        <location filename="../../app/views/log_page.py" line="60"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../../app/views/log_page.py" line="61"/>
        <source>Charger</source>
        <translation>Point de charge</translation>
    </message>
    <message>
        <location filename="../../app/views/log_page.py" line="62"/>
        <source>Dir</source>
        <translation>Sens</translation>
    </message>
    <message>
        <location filename="../../app/views/log_page.py" line="63"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../app/views/log_page.py" line="64"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../../app/views/log_page.py" line="65"/>
        <source>Latency</source>
        <translation>Latence</translation>
    </message>
    <message>
        <location filename="../../app/views/log_page.py" line="66"/>
        <source>Message id</source>
        <translation>ID du message</translation>
    </message>
    <message>
        <location filename="../../app/views/log_page.py" line="105"/>
        <source>CallError: the other side could not process the call</source>
        <translation>CallError&#xa0;: l&apos;autre partie n&apos;a pas pu traiter l&apos;appel</translation>
    </message>
    <message>
        <location filename="../../app/views/log_page.py" line="107"/>
        <source>Waiting for the answer</source>
        <translation>En attente de la réponse</translation>
    </message>
    <message>
        <location filename="../../app/views/log_page.py" line="109"/>
        <source>Answered; the answer&apos;s status is {status}</source>
        <translation>Répondu&#xa0;; statut de la réponse&#xa0;: {status}</translation>
    </message>
    <message>
        <location filename="../../app/views/log_page.py" line="112"/>
        <source>Answered</source>
        <translation>Répondu</translation>
    </message>
    <message>
        <location filename="../../app/views/log_page.py" line="239"/>
        <source>any time</source>
        <translation>toute la période</translation>
    </message>
    <message>
        <location filename="../../app/views/log_page.py" line="240"/>
        <source>last 5 minutes</source>
        <translation>5 dernières minutes</translation>
    </message>
    <message>
        <location filename="../../app/views/log_page.py" line="241"/>
        <source>last hour</source>
        <translation>dernière heure</translation>
    </message>
    <message>
        <location filename="../../app/views/log_page.py" line="242"/>
        <source>last 24 hours</source>
        <translation>24 dernières heures</translation>
    </message>
    <message>
        <location filename="../../app/views/log_page.py" line="301"/>
        <source>charger…</source>
        <translation>point de charge…</translation>
    </message>
    <message>
        <location filename="../../app/views/log_page.py" line="304"/>
        <source>all actions</source>
        <translation>toutes les actions</translation>
    </message>
    <message>
        <location filename="../../app/views/log_page.py" line="308"/>
        <source>both directions</source>
        <translation>les deux sens</translation>
    </message>
    <message>
        <location filename="../../app/views/log_page.py" line="309"/>
        <source>from chargers</source>
        <translation>des points de charge</translation>
    </message>
    <message>
        <location filename="../../app/views/log_page.py" line="310"/>
        <source>to chargers</source>
        <translation>vers les points de charge</translation>
    </message>
    <message>
        <location filename="../../app/views/log_page.py" line="316"/>
        <source>errors only</source>
        <translation>erreurs seulement</translation>
    </message>
    <message>
        <location filename="../../app/views/log_page.py" line="319"/>
        <source>Show only the calls of this period</source>
        <translation>Afficher seulement les appels de cette période</translation>
    </message>
    <message>
        <location filename="../../app/views/log_page.py" line="326"/>
        <location filename="../../app/views/log_page.py" line="502"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../app/views/log_page.py" line="328"/>
        <source>Hold new frames (the newest {count} are kept and shown on Resume)</source>
        <translation>Retenir les nouvelles trames (les {count} plus récentes sont gardées et affichées avec Reprendre)</translation>
    </message>
    <message>
        <location filename="../../app/views/log_page.py" line="334"/>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location filename="../../app/views/log_page.py" line="336"/>
        <source>Save the rows the filter shows as JSON lines (.jsonl) or CSV (.csv)</source>
        <translation>Enregistrer les lignes affichées par le filtre en JSON Lines (.jsonl) ou CSV (.csv)</translation>
    </message>
    <message>
        <location filename="../../app/views/log_page.py" line="373"/>
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <location filename="../../app/views/log_page.py" line="374"/>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <location filename="../../app/views/log_page.py" line="376"/>
        <source>Select a row to see the call</source>
        <translation>Sélectionnez une ligne pour voir l&apos;appel</translation>
    </message>
    <message>
        <location filename="../../app/views/log_page.py" line="377"/>
        <source>… and its answer</source>
        <translation>… et sa réponse</translation>
    </message>
    <message>
        <location filename="../../app/views/log_page.py" line="398"/>
        <source>Part of a charge point id (Ctrl+F)</source>
        <translation>Partie d&apos;un identifiant de point de charge (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../app/views/log_page.py" line="416"/>
        <source>Export the shown OCPP messages</source>
        <translation>Exporter les messages OCPP affichés</translation>
    </message>
    <message>
        <location filename="../../app/views/log_page.py" line="419"/>
        <source>JSON lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <location filename="../../app/views/log_page.py" line="419"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../app/views/log_page.py" line="434"/>
        <source>export failed: {why} ({path})</source>
        <translation>échec de l&apos;export&#xa0;: {why} ({path})</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/log_page.py" line="442"/>
        <source>%n call(s) exported to {file}</source>
        <translation>
            <numerusform>Appels exportés vers {file}&#xa0;: %n</numerusform>
            <numerusform>Appels exportés vers {file}&#xa0;: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/log_page.py" line="456"/>
        <source>earlier messages not loaded: {why}</source>
        <translation>messages précédents non chargés&#xa0;: {why}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/log_page.py" line="468"/>
        <source>paused: %n new frame(s) held</source>
        <translation>
            <numerusform>en pause – nouvelles trames retenues&#xa0;: %n</numerusform>
            <numerusform>en pause – nouvelles trames retenues&#xa0;: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/log_page.py" line="502"/>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/log_page.py" line="510"/>
        <source>%n call(s)</source>
        <translation>
            <numerusform>Appels&#xa0;: %n</numerusform>
            <numerusform>Appels&#xa0;: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/log_page.py" line="522"/>
        <source>{cp_id} → central system</source>
        <translation>{cp_id} → système central</translation>
    </message>
    <message>
        <location filename="../../app/views/log_page.py" line="524"/>
        <source>central system → {cp_id}</source>
        <translation>système central → {cp_id}</translation>
    </message>
    <message>
        <location filename="../../app/views/log_page.py" line="527"/>
        <source>Call · {action} · {who} · id {id}</source>
        <translation>Appel · {action} · {who} · id {id}</translation>
    </message>
    <message>
        <location filename="../../app/views/log_page.py" line="532"/>
        <source>Answer · waiting</source>
        <translation>Réponse · en attente</translation>
    </message>
    <message>
        <location filename="../../app/views/log_page.py" line="534"/>
        <source>Answer · {result}</source>
        <translation>Réponse · {result}</translation>
    </message>
    <message>
        <location filename="../../app/views/log_page.py" line="539"/>
        <source>(no answer yet)</source>
        <translation>(pas encore de réponse)</translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message>
        <location filename="../../app/views/map/page.py" line="130"/>
        <source>Find a station: name, charge point id or address, then Enter</source>
        <translation>Trouver une borne de recharge&#xa0;: nom, identifiant du point de charge ou adresse, puis Entrée</translation>
    </message>
    <message>
        <location filename="../../app/views/map/page.py" line="134"/>
        <source>Centres the map on the station and opens its popup (Ctrl+F)</source>
        <translation>Centre la carte sur la borne de recharge et ouvre sa bulle (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../app/views/map/page.py" line="142"/>
        <source>Fit all</source>
        <translation>Tout afficher</translation>
    </message>
    <message>
        <location filename="../../app/views/map/page.py" line="144"/>
        <source>Frame every station shown (Ctrl+0)</source>
        <translation>Cadrer toutes les bornes de recharge affichées (Ctrl+0)</translation>
    </message>
    <message>
        <location filename="../../app/views/map/page.py" line="162"/>
        <source>Loading the map…</source>
        <translation>Chargement de la carte…</translation>
    </message>
    <message>
        <location filename="../../app/views/map/page.py" line="278"/>
        <source>The stations could not be read: {why}</source>
        <translation>Impossible de lire les bornes de recharge&#xa0;: {why}</translation>
    </message>
    <message>
        <location filename="../../app/views/map/page.py" line="455"/>
        <source>Reading the stations…</source>
        <translation>Lecture des bornes de recharge…</translation>
    </message>
    <message>
        <location filename="../../app/views/map/page.py" line="462"/>
        <source>No stations yet. Add them on the Stations page; give each a location in its editor (Set on map…).</source>
        <translation>Pas encore de bornes de recharge. Ajoutez-les sur la page Bornes&#xa0;; donnez à chacune une position dans son éditeur (Placer sur la carte…).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/map/page.py" line="473"/>
        <source>{placed} of %n station(s) on the map</source>
        <translation>
            <numerusform>Bornes de recharge sur la carte&#xa0;: {placed} sur %n</numerusform>
            <numerusform>Bornes de recharge sur la carte&#xa0;: {placed} sur %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/map/page.py" line="477"/>
        <source>{shown} of %n placed station(s) match the filters</source>
        <translation>
            <numerusform>Bornes placées correspondant aux filtres&#xa0;: {shown} sur %n</numerusform>
            <numerusform>Bornes placées correspondant aux filtres&#xa0;: {shown} sur %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/map/page.py" line="484"/>
        <source>%n without a location: {names}</source>
        <translation>
            <numerusform>Sans position&#xa0;: %n – {names}</numerusform>
            <numerusform>Sans position&#xa0;: %n – {names}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/map/page.py" line="488"/>
        <source>Open a station and use Set on map… (or type its coordinates) to place it:
</source>
        <translation>Ouvrez une borne de recharge et utilisez Placer sur la carte… (ou saisissez ses coordonnées) pour la placer&#xa0;:
</translation>
    </message>
    <message>
        <location filename="../../app/views/map/page.py" line="531"/>
        <source>No station matches “{text}”.</source>
        <translation>Aucune borne de recharge ne correspond à «&#xa0;{text}&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../app/views/map/page.py" line="541"/>
        <source>{name} has no location yet. &lt;a href=&apos;station:{id}&apos;&gt;Open it&lt;/a&gt; and use Set on map… to place it.</source>
        <translation>{name} n&apos;a pas encore de position. &lt;a href=&apos;station:{id}&apos;&gt;Ouvrez-la&lt;/a&gt; et utilisez Placer sur la carte… pour la placer.</translation>
    </message>
    <message>
        <location filename="../../app/views/map/page.py" line="558"/>
        <source>The filters hid it: they are cleared.</source>
        <translation>Les filtres la masquaient&#xa0;: ils sont effacés.</translation>
    </message>
    <message>
        <location filename="../../app/views/map/page.py" line="561"/>
        <source>Showing {name} ({cp_id}).</source>
        <translation>Affichage de {name} ({cp_id}).</translation>
    </message>
</context>
<context>
    <name>MapTilesSettings</name>
    <message>
        <location filename="../../app/views/map/tiles.py" line="492"/>
        <source>Map tiles</source>
        <translation>Tuiles de carte</translation>
    </message>
    <message>
        <location filename="../../app/views/map/tiles.py" line="495"/>
        <source>The map&apos;s background. Stations are always shown; without tiles they appear on a grid of latitudes and longitudes. Tiles fetched over the network are kept on disk, so a site viewed once can be shown later without a connection.</source>
        <translation>Le fond de la carte. Les bornes de recharge sont toujours affichées&#xa0;; sans tuiles, elles apparaissent sur une grille de latitudes et de longitudes. Les tuiles téléchargées par le réseau sont conservées sur le disque&#xa0;: une zone vue une fois peut être affichée plus tard sans connexion.</translation>
    </message>
    <message>
        <location filename="../../app/views/map/tiles.py" line="506"/>
        <source>OpenStreetMap (public tiles, needs internet)</source>
        <translation>OpenStreetMap (tuiles publiques, nécessite Internet)</translation>
    </message>
    <message>
        <location filename="../../app/views/map/tiles.py" line="511"/>
        <source>A tile server on the network</source>
        <translation>Un serveur de tuiles sur le réseau</translation>
    </message>
    <message>
        <location filename="../../app/views/map/tiles.py" line="513"/>
        <source>Pre-downloaded tiles: a folder or an MBTiles file</source>
        <translation>Tuiles téléchargées à l&apos;avance&#xa0;: un dossier ou un fichier MBTiles</translation>
    </message>
    <message>
        <location filename="../../app/views/map/tiles.py" line="515"/>
        <source>No tiles (stations on a coordinate grid)</source>
        <translation>Pas de tuiles (bornes sur une grille de coordonnées)</translation>
    </message>
    <message>
        <location filename="../../app/views/map/tiles.py" line="526"/>
        <source>Source:</source>
        <translation>Source&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/views/map/tiles.py" line="530"/>
        <source>http://tiles.example.lan/{z}/{x}/{y}.png</source>
        <translation>http://tiles.example.lan/{z}/{x}/{y}.png</translation>
    </message>
    <message>
        <location filename="../../app/views/map/tiles.py" line="532"/>
        <source>The server&apos;s URL template: {z} zoom, {x} column, {y} row ({s} for a, b, c sub-domains)</source>
        <translation>Modèle d&apos;URL du serveur&#xa0;: {z} zoom, {x} colonne, {y} ligne ({s} pour les sous-domaines a, b, c)</translation>
    </message>
    <message>
        <location filename="../../app/views/map/tiles.py" line="538"/>
        <source>Test</source>
        <translation>Tester</translation>
    </message>
    <message>
        <location filename="../../app/views/map/tiles.py" line="541"/>
        <source>Ask the server for its first tile (zoom 0) and say what came back</source>
        <translation>Demander au serveur sa première tuile (zoom 0) et indiquer la réponse</translation>
    </message>
    <message>
        <location filename="../../app/views/map/tiles.py" line="547"/>
        <source>Server URL:</source>
        <translation>URL du serveur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/views/map/tiles.py" line="552"/>
        <source>/srv/tiles  (holding {z}/{x}/{y}.png)  or  /srv/site.mbtiles</source>
        <translation>/srv/tiles  (contenant {z}/{x}/{y}.png)  ou  /srv/site.mbtiles</translation>
    </message>
    <message>
        <location filename="../../app/views/map/tiles.py" line="554"/>
        <source>Folder…</source>
        <translation>Dossier…</translation>
    </message>
    <message>
        <location filename="../../app/views/map/tiles.py" line="556"/>
        <source>MBTiles file…</source>
        <translation>Fichier MBTiles…</translation>
    </message>
    <message>
        <location filename="../../app/views/map/tiles.py" line="564"/>
        <source>Tiles:</source>
        <translation>Tuiles&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/views/map/tiles.py" line="568"/>
        <source>© OpenStreetMap contributors</source>
        <translation>© les contributeurs d&apos;OpenStreetMap</translation>
    </message>
    <message>
        <location filename="../../app/views/map/tiles.py" line="570"/>
        <source>Shown in the map&apos;s corner: the data&apos;s licence usually requires it</source>
        <translation>Affiché dans le coin de la carte&#xa0;: la licence des données l&apos;exige généralement</translation>
    </message>
    <message>
        <location filename="../../app/views/map/tiles.py" line="572"/>
        <source>Attribution:</source>
        <translation>Attribution&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/views/map/tiles.py" line="580"/>
        <source>The oldest cached tiles are removed beyond this size (0: no limit)</source>
        <translation>Au-delà de cette taille, les tuiles en cache les plus anciennes sont supprimées (0&#xa0;: pas de limite)</translation>
    </message>
    <message>
        <location filename="../../app/views/map/tiles.py" line="589"/>
        <source>Clear cache</source>
        <translation>Vider le cache</translation>
    </message>
    <message>
        <location filename="../../app/views/map/tiles.py" line="591"/>
        <source>Delete every cached tile (they are fetched again when shown)</source>
        <translation>Supprimer toutes les tuiles en cache (elles sont retéléchargées à l&apos;affichage)</translation>
    </message>
    <message>
        <location filename="../../app/views/map/tiles.py" line="596"/>
        <source>Cache:</source>
        <translation>Cache&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/views/map/tiles.py" line="599"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../app/views/map/tiles.py" line="675"/>
        <source>Not saved: fix the marked field.</source>
        <translation>Non enregistré&#xa0;: corrigez le champ marqué.</translation>
    </message>
    <message>
        <location filename="../../app/views/map/tiles.py" line="681"/>
        <source>Saved; open maps use it now.</source>
        <translation>Enregistré&#xa0;; les cartes ouvertes l&apos;utilisent dès maintenant.</translation>
    </message>
    <message>
        <location filename="../../app/views/map/tiles.py" line="709"/>
        <source>Asking {host} for a tile…</source>
        <translation>Demande d&apos;une tuile à {host}…</translation>
    </message>
    <message>
        <location filename="../../app/views/map/tiles.py" line="722"/>
        <source>The server answered with a tile ({size} KB) in {ms} ms.</source>
        <translation>Le serveur a répondu avec une tuile ({size} KB) en {ms} ms.</translation>
    </message>
    <message>
        <location filename="../../app/views/map/tiles.py" line="730"/>
        <source>HTTP {status}, not an image</source>
        <translation>HTTP {status}, pas une image</translation>
    </message>
    <message>
        <location filename="../../app/views/map/tiles.py" line="734"/>
        <source>No tile from {url}: {why}.</source>
        <translation>Aucune tuile de {url}&#xa0;: {why}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/map/tiles.py" line="743"/>
        <source>%n tile(s), {size} MB in {folder}</source>
        <translation>
            <numerusform>Tuiles&#xa0;: %n, {size} MB dans {folder}</numerusform>
            <numerusform>Tuiles&#xa0;: %n, {size} MB dans {folder}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/map/tiles.py" line="754"/>
        <source>Folder of map tiles ({z}/{x}/{y}.png)</source>
        <translation>Dossier de tuiles de carte ({z}/{x}/{y}.png)</translation>
    </message>
</context>
<context>
    <name>OperatorsSection</name>
    <message>
        <location filename="../../app/views/operators_section.py" line="36"/>
        <source>Username</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <location filename="../../app/views/operators_section.py" line="37"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../app/views/operators_section.py" line="38"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../app/views/operators_section.py" line="39"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../app/views/operators_section.py" line="40"/>
        <source>Last log-in</source>
        <translation>Dernière connexion</translation>
    </message>
    <message>
        <location filename="../../app/views/operators_section.py" line="57"/>
        <source>Require operators to log in</source>
        <translation>Exiger la connexion des opérateurs</translation>
    </message>
    <message>
        <location filename="../../app/views/operators_section.py" line="78"/>
        <source>Add operator…</source>
        <translation>Ajouter un opérateur…</translation>
    </message>
    <message>
        <location filename="../../app/views/operators_section.py" line="85"/>
        <source>Change role</source>
        <translation>Changer le rôle</translation>
    </message>
    <message>
        <location filename="../../app/views/operators_section.py" line="87"/>
        <source>Reset password…</source>
        <translation>Réinitialiser le mot de passe…</translation>
    </message>
    <message>
        <location filename="../../app/views/operators_section.py" line="89"/>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <location filename="../../app/views/operators_section.py" line="91"/>
        <location filename="../../app/views/operators_section.py" line="169"/>
        <source>Deactivate</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <location filename="../../app/views/operators_section.py" line="106"/>
        <source>{username} unlocked.</source>
        <translation>{username} déverrouillé.</translation>
    </message>
    <message>
        <location filename="../../app/views/operators_section.py" line="122"/>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <location filename="../../app/views/operators_section.py" line="124"/>
        <source>deactivated</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <location filename="../../app/views/operators_section.py" line="127"/>
        <source>locked until {time}</source>
        <translation>verrouillé jusqu&apos;à {time}</translation>
    </message>
    <message>
        <location filename="../../app/views/operators_section.py" line="133"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location filename="../../app/views/operators_section.py" line="146"/>
        <source>Always on a shared PostgreSQL database: every console asks who is there.</source>
        <translation>Toujours activé avec une base de données PostgreSQL partagée&#xa0;: chaque console demande qui est là.</translation>
    </message>
    <message>
        <location filename="../../app/views/operators_section.py" line="150"/>
        <source>On: the console asks for a username and password at start. Off (single seat): it opens as the computer&apos;s user, who may do everything.</source>
        <translation>Activé&#xa0;: la console demande un nom d&apos;utilisateur et un mot de passe au démarrage. Désactivé (poste unique)&#xa0;: elle s&apos;ouvre avec l&apos;utilisateur de l&apos;ordinateur, qui peut tout faire.</translation>
    </message>
    <message>
        <location filename="../../app/views/operators_section.py" line="171"/>
        <source>Reactivate</source>
        <translation>Réactiver</translation>
    </message>
    <message>
        <location filename="../../app/views/operators_section.py" line="182"/>
        <source>Not changed: {why}.</source>
        <translation>Non modifié&#xa0;: {why}.</translation>
    </message>
    <message>
        <location filename="../../app/views/operators_section.py" line="205"/>
        <source>{username} is now {role}.</source>
        <translation>{username} a maintenant le rôle {role}.</translation>
    </message>
    <message>
        <location filename="../../app/views/operators_section.py" line="213"/>
        <source>{username} deactivated.</source>
        <translation>{username} désactivé.</translation>
    </message>
    <message>
        <location filename="../../app/views/operators_section.py" line="215"/>
        <source>{username} reactivated.</source>
        <translation>{username} réactivé.</translation>
    </message>
    <message>
        <location filename="../../app/views/operators_section.py" line="227"/>
        <source>New password set for {username}.</source>
        <translation>Nouveau mot de passe défini pour {username}.</translation>
    </message>
    <message>
        <location filename="../../app/views/operators_section.py" line="241"/>
        <source>Operator {username} added.</source>
        <translation>Opérateur {username} ajouté.</translation>
    </message>
    <message>
        <location filename="../../app/views/operators_section.py" line="258"/>
        <source>Create a manager account first (you will log in with it); the switch turns on then.</source>
        <translation>Créez d&apos;abord un compte manager (vous vous connecterez avec lui)&#xa0;; l&apos;option s&apos;active ensuite.</translation>
    </message>
    <message>
        <location filename="../../app/views/operators_section.py" line="278"/>
        <source>The console now asks for a log-in at start.</source>
        <translation>La console demande maintenant une connexion au démarrage.</translation>
    </message>
    <message>
        <location filename="../../app/views/operators_section.py" line="280"/>
        <source>The console opens without a log-in again.</source>
        <translation>La console s&apos;ouvre de nouveau sans connexion.</translation>
    </message>
</context>
<context>
    <name>TimeOfDayDialog</name>
    <message>
        <location filename="../../app/views/circuit_limits_dialog.py" line="59"/>
        <source>Time-of-day limits — {circuit}</source>
        <translation>Limites horaires — {circuit}</translation>
    </message>
    <message>
        <location filename="../../app/views/circuit_limits_dialog.py" line="65"/>
        <source>Lower &lt;b&gt;{circuit}&lt;/b&gt;&apos;s limit at times of the week. Outside the blocks its own limit applies ({own}). Times are {site}&apos;s local time ({timezone}): on the days the clocks change, a limit whose edge falls in the skipped hour starts when the clock jumps over it, and one in the repeated hour applies both times. Double-click a block or press Enter to change its days, times or limit.</source>
        <translation>Abaissez la limite de &lt;b&gt;{circuit}&lt;/b&gt; à certains moments de la semaine. En dehors des blocs, sa propre limite s&apos;applique ({own}). Les heures sont l&apos;heure locale de {site} ({timezone})&#xa0;: les jours de changement d&apos;heure, une limite dont le début ou la fin tombe dans l&apos;heure sautée commence quand l&apos;horloge la saute, et une limite dans l&apos;heure répétée s&apos;applique les deux fois. Double-cliquez sur un bloc ou appuyez sur Entrée pour modifier ses jours, ses heures ou sa limite.</translation>
    </message>
    <message>
        <location filename="../../app/views/circuit_limits_dialog.py" line="77"/>
        <source>Time-of-day limits of {circuit}</source>
        <translation>Limites horaires de {circuit}</translation>
    </message>
    <message>
        <location filename="../../app/views/circuit_limits_dialog.py" line="82"/>
        <source>Add limit…</source>
        <translation>Ajouter une limite…</translation>
    </message>
    <message>
        <location filename="../../app/views/circuit_limits_dialog.py" line="94"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../app/views/circuit_limits_dialog.py" line="97"/>
        <source>Close without changing the circuit&apos;s time-of-day limits</source>
        <translation>Fermer sans modifier les limites horaires du circuit</translation>
    </message>
    <message>
        <location filename="../../app/views/circuit_limits_dialog.py" line="99"/>
        <source>Save circuit</source>
        <translation>Enregistrer le circuit</translation>
    </message>
    <message>
        <location filename="../../app/views/circuit_limits_dialog.py" line="102"/>
        <source>Save the circuit (its form and these limits); Ctrl+S</source>
        <translation>Enregistrer le circuit (son formulaire et ces limites)&#xa0;; Ctrl+S</translation>
    </message>
    <message>
        <location filename="../../app/views/circuit_limits_dialog.py" line="125"/>
        <source>Time-of-day limits</source>
        <translation>Limites horaires</translation>
    </message>
    <message>
        <location filename="../../app/views/circuit_limits_dialog.py" line="126"/>
        <source>Discard your changes to the time-of-day limits?</source>
        <translation>Abandonner vos modifications des limites horaires&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../app/views/circuit_limits_dialog.py" line="130"/>
        <source>Keep editing</source>
        <translation>Continuer la modification</translation>
    </message>
    <message>
        <location filename="../../app/views/circuit_limits_dialog.py" line="148"/>
        <source>Not saved: {why}</source>
        <translation>Non enregistré&#xa0;: {why}</translation>
    </message>
</context>
</TS>
