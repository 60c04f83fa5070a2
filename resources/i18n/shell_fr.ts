<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
    <context>
        <name>CircuitBars</name>
        <message>
            <source>{allocated} / no limit</source>
            <translation>{allocated} / aucune limite</translation>
        </message>
        <message>
            <source>{allocated} / no limit · measured {measured} A</source>
            <translation>{allocated} / aucune limite · mesuré {measured} A</translation>
        </message>
        <message>
            <source>{allocated} / {limit} A</source>
            <translation>{allocated} / {limit} A</translation>
        </message>
        <message>
            <source>{allocated} / {limit} A · measured {measured} A</source>
            <translation>{allocated} / {limit} A · mesuré {measured} A</translation>
        </message>
        <message>
            <source>{circuit}: nothing allocated yet</source>
            <translation>{circuit} : rien d'attribué pour l'instant</translation>
        </message>
        <message>
            <source>{name} ({amps} A per phase, {kw} kW)</source>
            <translation>{name} ({amps} A par phase, {kw} kW)</translation>
        </message>
        <message>
            <source>{name} ({amps} A per phase)</source>
            <translation>{name} ({amps} A par phase)</translation>
        </message>
        <message>
            <source>{name} ({kw} kW)</source>
            <translation>{name} ({kw} kW)</translation>
        </message>
    </context>
    <context>
        <name>CircuitProblems</name>
        <message>
            <source>a current limit is a positive number of A per phase (e.g. 63), or empty</source>
            <translation>une limite de courant est un nombre positif de A par phase (p. ex. 63), ou vide</translation>
        </message>
        <message>
            <source>more than {limit} A per phase is not plausible; check the unit</source>
            <translation>plus de {limit} A par phase n'est pas plausible ; vérifiez l'unité</translation>
        </message>
        <message>
            <source>a power limit is a positive number of kW (e.g. 43), or empty</source>
            <translation>une limite de puissance est un nombre positif de kW (p. ex. 43), ou vide</translation>
        </message>
        <message>
            <source>more than {limit} kW is not plausible; check the unit</source>
            <translation>plus de {limit} kW n'est pas plausible ; vérifiez l'unité</translation>
        </message>
        <message>
            <source>give the circuit a limit: A per phase, kW, or both</source>
            <translation>donnez une limite au circuit : A par phase, kW, ou les deux</translation>
        </message>
        <message>
            <source>a circuit carries 1 or 3 phases</source>
            <translation>un circuit porte 1 ou 3 phases</translation>
        </message>
        <message>
            <source>a 3-phase circuit cannot be under the 1-phase circuit {parent}; choose 1 phase or another parent</source>
            <translation>un circuit triphasé ne peut pas être sous le circuit monophasé {parent} ; choisissez 1 phase ou un autre circuit parent</translation>
        </message>
        <message>
            <source>{value} A is never reached: {parent} allows {limit} A</source>
            <translation>{value} A n'est jamais atteint : {parent} autorise {limit} A</translation>
        </message>
        <message>
            <source>{value} kW is never reached: {parent} allows {limit} kW</source>
            <translation>{value} kW n'est jamais atteint : {parent} autorise {limit} kW</translation>
        </message>
        <message>
            <source>give the window a limit: A per phase, kW, or both</source>
            <translation>donnez une limite à la plage : A par phase, kW, ou les deux</translation>
        </message>
        <message>
            <source>a window lowers the limit; the circuit allows {limit} A</source>
            <translation>une plage abaisse la limite ; le circuit autorise {limit} A</translation>
        </message>
        <message>
            <source>a window lowers the limit; the circuit allows {limit} kW</source>
            <translation>une plage abaisse la limite ; le circuit autorise {limit} kW</translation>
        </message>
        <message>
            <source>{text} is not a number of {unit}; leave it empty if there is no such limit</source>
            <translation>{text} n'est pas un nombre de {unit} ; laissez le champ vide s'il n'y a pas de telle limite</translation>
        </message>
        <message>
            <source>choose the phase rotation: {choices}</source>
            <translation>choisissez l'ordre des phases : {choices}</translation>
        </message>
        <message>
            <source>a connector uses 1 or 3 phases</source>
            <translation>une prise utilise 1 ou 3 phases</translation>
        </message>
        <message>
            <source>the circuit {circuit} carries 1 phase: make the connector 1-phase or choose another circuit</source>
            <translation>le circuit {circuit} porte 1 phase : rendez la prise monophasée ou choisissez un autre circuit</translation>
        </message>
        <message>
            <source>a maximum current is a positive number of A per phase (e.g. 32), or empty</source>
            <translation>un courant maximal est un nombre positif de A par phase (p. ex. 32), ou vide</translation>
        </message>
        <message>
            <source>more than {limit} A per phase is not plausible for a connector; check the unit</source>
            <translation>plus de {limit} A par phase n'est pas plausible pour une prise ; vérifiez l'unité</translation>
        </message>
        <message>
            <source>choose a strategy: {choices}</source>
            <translation>choisissez une stratégie : {choices}</translation>
        </message>
        <message>
            <source>the minimum current is from {low} to {high} A per phase (6 A is what vehicles need)</source>
            <translation>le courant minimal va de {low} à {high} A par phase (6 A, c'est ce dont les véhicules ont besoin)</translation>
        </message>
        <message>
            <source>write the meter's address as host:port, e.g. 192.168.1.50:502</source>
            <translation>écrivez l'adresse du compteur sous la forme hôte:port, p. ex. 192.168.1.50:502</translation>
        </message>
        <message>
            <source>a port is from 1 to 65535 (Modbus TCP uses 502)</source>
            <translation>un port va de 1 à 65535 (Modbus TCP utilise 502)</translation>
        </message>
        <message>
            <source>a Modbus unit id is a whole number from 0 to 255 (often 1)</source>
            <translation>un identifiant d'unité Modbus est un nombre entier de 0 à 255 (souvent 1)</translation>
        </message>
        <message>
            <source>choose a register map: {choices}, or leave it empty for the {default}</source>
            <translation>choisissez une table des registres : {choices}, ou laissez le champ vide pour la valeur par défaut ({default})</translation>
        </message>
    </context>
    <context>
        <name>CircuitRules</name>
        <message>
            <source>Equal share</source>
            <translation>Parts égales</translation>
        </message>
        <message>
            <source>First come, first served</source>
            <translation>Premier arrivé, premier servi</translation>
        </message>
        <message>
            <source>Priority: owners, special users, public</source>
            <translation>Priorité : propriétaires, utilisateurs spéciaux, public</translation>
        </message>
        <message>
            <source>By tariff priority</source>
            <translation>Par priorité de tarif</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Aucun</translation>
        </message>
        <message>
            <source>A charger's inlet meter</source>
            <translation>Compteur d'entrée d'un point de charge</translation>
        </message>
        <message>
            <source>Modbus TCP meter</source>
            <translation>Compteur Modbus TCP</translation>
        </message>
    </context>
    <context>
        <name>CircuitsSection</name>
        <message>
            <source>Circuit</source>
            <translation>Circuit</translation>
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
            <source>Time-of-day limits</source>
            <translation>Limites horaires</translation>
        </message>
        <message>
            <source>Connectors</source>
            <translation>Prises</translation>
        </message>
        <message>
            <source>Load now (L1 / L2 / L3)</source>
            <translation>Charge actuelle (L1 / L2 / L3)</translation>
        </message>
        <message>
            <source>{amps} A of {limit} A</source>
            <translation>{amps} A sur {limit} A</translation>
        </message>
        <message>
            <source>Circuits and load</source>
            <translation>Circuits et charge</translation>
        </message>
        <message>
            <source>Choose a saved site to see its circuits.</source>
            <translation>Choisissez un site enregistré pour voir ses circuits.</translation>
        </message>
        <message>
            <source>Add circuit below</source>
            <translation>Ajouter un circuit en dessous</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>Modifier</translation>
        </message>
        <message>
            <source>Move…</source>
            <translation>Déplacer…</translation>
        </message>
        <message>
            <source>Connectors…</source>
            <translation>Prises…</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Supprimer…</translation>
        </message>
        <message>
            <source>e.g. Garage</source>
            <translation>p. ex. Garage</translation>
        </message>
        <message>
            <source>3 phases</source>
            <translation>3 phases</translation>
        </message>
        <message>
            <source>1 phase</source>
            <translation>1 phase</translation>
        </message>
        <message>
            <source>A per phase, e.g. 63</source>
            <translation>A par phase, p. ex. 63</translation>
        </message>
        <message>
            <source>kW, e.g. 43 (optional)</source>
            <translation>kW, p. ex. 43 (facultatif)</translation>
        </message>
        <message>
            <source>Time-of-day limits (site time):</source>
            <translation>Limites horaires (heure du site) :</translation>
        </message>
        <message>
            <source>Edit time-of-day limits…</source>
            <translation>Modifier les limites horaires…</translation>
        </message>
        <message>
            <source>Lower this circuit's limit at times of the week, in a week calendar</source>
            <translation>Abaisser la limite de ce circuit à certains moments de la semaine, dans un calendrier hebdomadaire</translation>
        </message>
        <message>
            <source>Save circuit</source>
            <translation>Enregistrer le circuit</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Load sharing</source>
            <translation>Répartition de charge</translation>
        </message>
        <message>
            <source>Strategy</source>
            <translation>Stratégie</translation>
        </message>
        <message>
            <source>How the circuits' power is shared between charging sessions</source>
            <translation>Comment la puissance des circuits est partagée entre les sessions de recharge</translation>
        </message>
        <message>
            <source>Minimum current (A)</source>
            <translation>Courant minimal (A)</translation>
        </message>
        <message>
            <source>Per phase, 6–32 A: a session that would get less waits (paused) instead</source>
            <translation>Par phase, 6–32 A : une session qui recevrait moins attend (en pause) à la place</translation>
        </message>
        <message>
            <source>Base-load meter</source>
            <translation>Compteur de charge de base</translation>
        </message>
        <message>
            <source>A meter of the site's other consumers: what they draw is not given to the chargers</source>
            <translation>Un compteur des autres consommateurs du site : ce qu'ils tirent n'est pas donné aux points de charge</translation>
        </message>
        <message>
            <source>Meter charger</source>
            <translation>Point de charge du compteur</translation>
        </message>
        <message>
            <source>The charger whose meter values at its inlet measure the supply</source>
            <translation>Le point de charge dont les relevés à l'entrée mesurent l'alimentation</translation>
        </message>
        <message>
            <source>Meter address</source>
            <translation>Adresse du compteur</translation>
        </message>
        <message>
            <source>The Modbus TCP meter's host:port on the LAN</source>
            <translation>hôte:port du compteur Modbus TCP sur le LAN</translation>
        </message>
        <message>
            <source>Unit id</source>
            <translation>Identifiant d'unité</translation>
        </message>
        <message>
            <source>The meter's Modbus unit id (often 1)</source>
            <translation>L'identifiant d'unité Modbus du compteur (souvent 1)</translation>
        </message>
        <message>
            <source>Register map</source>
            <translation>Table des registres</translation>
        </message>
        <message>
            <source>Which registers hold the currents per phase</source>
            <translation>Quels registres contiennent les courants par phase</translation>
        </message>
        <message>
            <source>Meter measures</source>
            <translation>Le compteur mesure</translation>
        </message>
        <message>
            <source>The circuit the meter measures</source>
            <translation>Le circuit que le compteur mesure</translation>
        </message>
        <message>
            <source>Save load sharing</source>
            <translation>Enregistrer la répartition</translation>
        </message>
        <message>
            <source>Circuits and load — {site}</source>
            <translation>Circuits et charge — {site}</translation>
        </message>
        <message>
            <source>Not load-managed: {connectors}</source>
            <translation>Sans gestion de charge : {connectors}</translation>
        </message>
        <message>
            <source>Add grid connection</source>
            <translation>Ajouter le raccordement au réseau</translation>
        </message>
        <message>
            <source>— choose the charger —</source>
            <translation>— choisir le point de charge —</translation>
        </message>
        <message>
            <source>the grid connection</source>
            <translation>le raccordement au réseau</translation>
        </message>
        <message>
            <source>That circuit was deleted meanwhile.</source>
            <translation>Ce circuit a été supprimé entre-temps.</translation>
        </message>
        <message>
            <source>Choose the circuit to put it under, then Save circuit.</source>
            <translation>Choisissez le circuit sous lequel le placer, puis « Enregistrer le circuit ».</translation>
        </message>
        <message>
            <source>Circuit {name}</source>
            <translation>Circuit {name}</translation>
        </message>
        <message>
            <source>New circuit</source>
            <translation>Nouveau circuit</translation>
        </message>
        <message>
            <source>— (the grid connection: the top of the tree)</source>
            <translation>— (le raccordement au réseau : le sommet de l'arbre)</translation>
        </message>
        <message>
            <source>None: the circuit's own limit applies at all times.</source>
            <translation>Aucune : la limite propre du circuit s'applique en tout temps.</translation>
        </message>
        <message>
            <source>Not saved: fix the marked fields.</source>
            <translation>Non enregistré : corrigez les champs marqués.</translation>
        </message>
        <message>
            <source>Not saved: this circuit was changed on another console meanwhile.</source>
            <translation>Non enregistré : ce circuit a été modifié entre-temps sur une autre console.</translation>
        </message>
        <message>
            <source>Not saved: this circuit was deleted on another console meanwhile.</source>
            <translation>Non enregistré : ce circuit a été supprimé entre-temps sur une autre console.</translation>
        </message>
        <message>
            <source>Not saved: {reason}.</source>
            <translation>Non enregistré : {reason}.</translation>
        </message>
        <message>
            <source>Saved circuit {name}.</source>
            <translation>Circuit {name} enregistré.</translation>
        </message>
        <message>
            <source>Your changes are kept; the other fields show what is stored now.</source>
            <translation>Vos modifications sont conservées ; les autres champs montrent ce qui est enregistré maintenant.</translation>
        </message>
        <message>
            <source>Delete circuit {name}?</source>
            <translation>Supprimer le circuit {name} ?</translation>
        </message>
        <message>
            <source>Delete circuit</source>
            <translation>Supprimer le circuit</translation>
        </message>
        <message>
            <source>{reason} Delete?</source>
            <translation>{reason} Supprimer ?</translation>
        </message>
        <message>
            <source>{conflict} Reloaded: look again before deleting.</source>
            <translation>{conflict} Rechargé : vérifiez à nouveau avant de supprimer.</translation>
        </message>
        <message>
            <source>Not deleted: {reason}.</source>
            <translation>Non supprimé : {reason}.</translation>
        </message>
        <message>
            <source>Circuit deleted.</source>
            <translation>Circuit supprimé.</translation>
        </message>
        <message>
            <source>Not changed: {problems}</source>
            <translation>Non modifié : {problems}</translation>
        </message>
        <message>
            <source>Not changed: {reason}.</source>
            <translation>Non modifié : {reason}.</translation>
        </message>
        <message>
            <source>Connectors saved.</source>
            <translation>Prises enregistrées.</translation>
        </message>
        <message>
            <source>Not saved: the site was changed on another console meanwhile.</source>
            <translation>Non enregistré : le site a été modifié entre-temps sur une autre console.</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Enregistré.</translation>
        </message>
        <message>
            <source>Your changes are kept; Save replaces what is stored where you changed it.</source>
            <translation>Vos modifications sont conservées ; Enregistrer remplace ce qui est enregistré là où vous avez modifié.</translation>
        </message>
    </context>
    <context>
        <name>ConflictBanner</name>
        <message>
            <source>(empty)</source>
            <translation>(vide)</translation>
        </message>
        <message>
            <source>and {count} more</source>
            <translation>et {count} de plus</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Champ</translation>
        </message>
        <message>
            <source>When you opened it</source>
            <translation>À l'ouverture</translation>
        </message>
        <message>
            <source>Now stored</source>
            <translation>Enregistré maintenant</translation>
        </message>
        <message>
            <source>Reload</source>
            <translation>Recharger</translation>
        </message>
        <message>
            <source>Keep editing</source>
            <translation>Continuer la saisie</translation>
        </message>
        <message>
            <source>Keep your values in the form; your next Save replaces what was stored where you changed it</source>
            <translation>Vos valeurs restent dans le formulaire ; le prochain enregistrement remplace ce qui est enregistré là où vous avez modifié</translation>
        </message>
        <message>
            <source>Your changes are not saved.</source>
            <translation>Vos modifications ne sont pas enregistrées.</translation>
        </message>
        <message>
            <source>Clear the editor: this no longer exists</source>
            <translation>Vider l'éditeur : cet élément n'existe plus</translation>
        </message>
        <message>
            <source>Nothing was deleted.</source>
            <translation>Rien n'a été supprimé.</translation>
        </message>
        <message>
            <source>Show what is stored now; your changes in this editor are dropped</source>
            <translation>Affiche ce qui est enregistré maintenant ; vos modifications dans cet éditeur sont abandonnées</translation>
        </message>
    </context>
    <context>
        <name>ConnectorStatus</name>
        <message>
            <source>Available</source>
            <extracomment>a connector's OCPP status (and our Offline) as the pages name it; the value stays as OCPP spells it elsewhere</extracomment>
            <translation>Disponible</translation>
        </message>
        <message>
            <source>Preparing</source>
            <translation>Préparation</translation>
        </message>
        <message>
            <source>Charging</source>
            <translation>En charge</translation>
        </message>
        <message>
            <source>SuspendedEV</source>
            <translation>Suspendu (véhicule)</translation>
        </message>
        <message>
            <source>SuspendedEVSE</source>
            <translation>Suspendu (borne)</translation>
        </message>
        <message>
            <source>Finishing</source>
            <translation>Fin de charge</translation>
        </message>
        <message>
            <source>Reserved</source>
            <translation>Réservé</translation>
        </message>
        <message>
            <source>Unavailable</source>
            <translation>Indisponible</translation>
        </message>
        <message>
            <source>Faulted</source>
            <translation>En défaut</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Inconnu</translation>
        </message>
        <message>
            <source>Offline</source>
            <translation>Hors ligne</translation>
        </message>
    </context>
    <context>
        <name>ConnectorsDialog</name>
        <message>
            <source>Connectors on {circuit}</source>
            <translation>Prises sur {circuit}</translation>
        </message>
        <message>
            <source>Tick the connectors wired to &lt;b&gt;{circuit}&lt;/b&gt;. A connector is on one circuit; ticking one moves it here. Phases and wiring are set per connector in the station editor.</source>
            <translation>Cochez les prises raccordées à &lt;b&gt;{circuit}&lt;/b&gt;. Une prise est sur un seul circuit ; la cocher la déplace ici. Phases et câblage se règlent par prise dans l'éditeur de borne.</translation>
        </message>
    </context>
    <context>
        <name>ConnectorsPanel</name>
        <message>
            <source>Each outlet of a multi-connector station (ABB Terra, EV-TEC…) with its plug and power, and for load management the circuit it is on, its phases and how they are wired. Tick &lt;b&gt;Own rules&lt;/b&gt; for a connector that follows its own access mode, tariff and weekly schedule instead of the station's.</source>
            <translation>Chaque prise d'une borne de recharge à plusieurs prises (ABB Terra, EV-TEC…) avec sa fiche et sa puissance, et pour la gestion de charge le circuit auquel elle est raccordée, ses phases et leur câblage. Cochez &lt;b&gt;Règles propres&lt;/b&gt; pour une prise qui suit son propre mode d'accès, son tarif et son horaire hebdomadaire au lieu de ceux de la borne.</translation>
        </message>
        <message>
            <source>Add connector</source>
            <translation>Ajouter une prise</translation>
        </message>
        <message>
            <source>Remove connector</source>
            <translation>Retirer la prise</translation>
        </message>
        <message>
            <source>Edit connector schedule…</source>
            <translation>Modifier l'horaire de la prise…</translation>
        </message>
        <message>
            <source>e.g. 22</source>
            <translation>p. ex. 22</translation>
        </message>
        <message>
            <source>This connector follows its own access mode, tariff and schedule</source>
            <translation>Cette prise suit son propre mode d'accès, son tarif et son horaire</translation>
        </message>
        <message>
            <source>auto</source>
            <translation>auto</translation>
        </message>
        <message>
            <source>(a circuit of another site)</source>
            <translation>(un circuit d'un autre site)</translation>
        </message>
        <message>
            <source>connector {number}</source>
            <translation>prise {number}</translation>
        </message>
        <message numerus="yes">
            <source>connector {number} (%n schedule entries)</source>
            <translation>
                <numerusform>prise {number} (%n entrée d'horaire)</numerusform>
                <numerusform>prise {number} (%n entrées d'horaire)</numerusform>
            </translation>
        </message>
        <message>
            <source>Saving removes the own rules of {connectors}: their schedule is deleted. It then follows the station again.</source>
            <translation>L'enregistrement supprime les règles propres de {connectors} : leur horaire est effacé. Elles suivent ensuite à nouveau la borne.</translation>
        </message>
        <message>
            <source>Saving removes the own rules of {connectors}. It then follows the station again.</source>
            <translation>L'enregistrement supprime les règles propres de {connectors}. Elles suivent ensuite à nouveau la borne.</translation>
        </message>
        <message>
            <source>Save the station first: the connector's own rules are created on save, then its schedule can be edited</source>
            <translation>Enregistrez d'abord la borne : les règles propres de la prise sont créées à l'enregistrement, son horaire peut ensuite être modifié</translation>
        </message>
        <message>
            <source>Tick 'Own rules' for this connector to give it its own schedule</source>
            <translation>Cochez « Règles propres » pour donner à cette prise son propre horaire</translation>
        </message>
        <message>
            <source>Edit the selected connector's own weekly windows and holidays</source>
            <translation>Modifier les plages hebdomadaires et jours fériés propres à la prise choisie</translation>
        </message>
    </context>
    <context>
        <name>CopyDayDialog</name>
        <message>
            <source>Copy day to…</source>
            <translation>Copier le jour vers…</translation>
        </message>
        <message>
            <source>Copy the windows of</source>
            <translation>Copier les plages du</translation>
        </message>
        <message>
            <source>to:</source>
            <translation>vers :</translation>
        </message>
        <message>
            <source>The windows that start on the chosen days are replaced. A window that starts on the copied day and runs past midnight is copied with its next-morning part.</source>
            <translation>Les plages qui commencent les jours choisis sont remplacées. Une plage qui commence le jour copié et dépasse minuit est copiée avec sa partie du lendemain matin.</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Copier</translation>
        </message>
    </context>
    <context>
        <name>Dashboard</name>
        <message>
            <source>online</source>
            <translation>en ligne</translation>
        </message>
        <message>
            <source>offline</source>
            <translation>hors ligne</translation>
        </message>
        <message>
            <source>{first} – {last} · total {kwh} kWh</source>
            <translation>{first} – {last} · total {kwh} kWh</translation>
        </message>
        <message>
            <source>{weekday} {date}: {kwh} kWh</source>
            <translation>{weekday} {date} : {kwh} kWh</translation>
        </message>
        <message>
            <source>live</source>
            <translation>en direct</translation>
        </message>
        <message>
            <source>last sampled</source>
            <translation>dernière mesure</translation>
        </message>
        <message>
            <source>nothing allocated yet</source>
            <translation>rien d'attribué pour l'instant</translation>
        </message>
        <message>
            <source> — per phase: allocated (measured) / limit; the bar is allocated, the mark measured</source>
            <translation> — par phase : attribué (mesuré) / limite ; la barre est l'attribué, le repère le mesuré</translation>
        </message>
        <message>
            <source>&lt;b&gt;Load · {site}&lt;/b&gt;</source>
            <translation>&lt;b&gt;Charge · {site}&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Stations online</source>
            <translation>Bornes en ligne</translation>
        </message>
        <message>
            <source>Charging now</source>
            <translation>Recharges en cours</translation>
        </message>
        <message>
            <source>Energy today</source>
            <translation>Énergie aujourd'hui</translation>
        </message>
        <message>
            <source>Energy this month</source>
            <translation>Énergie ce mois-ci</translation>
        </message>
        <message>
            <source>Revenue this month</source>
            <translation>Recettes ce mois-ci</translation>
        </message>
        <message>
            <source>&lt;b&gt;Energy per day, last 30 days&lt;/b&gt;</source>
            <translation>&lt;b&gt;Énergie par jour, 30 derniers jours&lt;/b&gt;</translation>
        </message>
        <message>
            <source>&lt;b&gt;Recent events&lt;/b&gt;</source>
            <translation>&lt;b&gt;Événements récents&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Unknown charger {cpid} connected from {ip} ({policy})</source>
            <translation>Point de charge inconnu {cpid} connecté depuis {ip} ({policy})</translation>
        </message>
        <message>
            <source>No stations yet. Point a charger at this central system (address in the status bar) or import a site with &lt;code&gt;chargedesk config import site.json&lt;/code&gt;.</source>
            <translation>Aucune borne de recharge pour l'instant. Dirigez un point de charge vers ce système central (adresse dans la barre d'état) ou importez un site avec &lt;code&gt;chargedesk config import site.json&lt;/code&gt;.</translation>
        </message>
        <message>
            <source>Could not read the load: {reason}</source>
            <translation>Impossible de lire la charge : {reason}</translation>
        </message>
        <message>
            <source>Could not read the figures: {reason}</source>
            <translation>Impossible de lire les chiffres : {reason}</translation>
        </message>
        <message>
            <source>{cpid} connector {connector}: {status} ({error}) {info}</source>
            <translation>{cpid} prise {connector} : {status} ({error}) {info}</translation>
        </message>
        <message>
            <source>{cpid} charger: {status} ({error}) {info}</source>
            <translation>{cpid} point de charge : {status} ({error}) {info}</translation>
        </message>
        <message>
            <source>{cpid} went offline: {reason}</source>
            <translation>{cpid} est hors ligne : {reason}</translation>
        </message>
        <message>
            <source>{cpid} went offline</source>
            <translation>{cpid} est hors ligne</translation>
        </message>
    </context>
    <context>
        <name>DashboardPage</name>
        <message>
            <source>{event} ×{count} since {since}</source>
            <translation>{event} ×{count} depuis {since}</translation>
        </message>
        <message>
            <source>{cp}: security event {event}</source>
            <translation>{cp} : événement de sécurité {event}</translation>
        </message>
        <message>
            <source>{cp} booted as {policy}</source>
            <translation>{cp} démarré en tant que {policy}</translation>
        </message>
    </context>
    <context>
        <name>DaysPicker</name>
        <message>
            <source>Mon–Fri</source>
            <translation>lun–ven</translation>
        </message>
        <message>
            <source>Choose Monday to Friday</source>
            <translation>Choisir du lundi au vendredi</translation>
        </message>
        <message>
            <source>Sat–Sun</source>
            <translation>sam–dim</translation>
        </message>
        <message>
            <source>Choose Saturday and Sunday</source>
            <translation>Choisir samedi et dimanche</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Tous</translation>
        </message>
        <message>
            <source>Choose every day</source>
            <translation>Choisir tous les jours</translation>
        </message>
    </context>
    <context>
        <name>FormList</name>
        <message>
            <source>Save</source>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Supprimer…</translation>
        </message>
        <message>
            <source>Not saved: fix the marked fields.</source>
            <translation>Non enregistré : corrigez les champs marqués.</translation>
        </message>
        <message>
            <source>Not saved: {reason}.</source>
            <translation>Non enregistré : {reason}.</translation>
        </message>
        <message>
            <source>Reloaded: the form shows what is stored now.</source>
            <translation>Rechargé : le formulaire montre ce qui est enregistré maintenant.</translation>
        </message>
        <message>
            <source>Your changes are kept; the other fields show what is stored now. Save replaces what is stored where you changed it.</source>
            <translation>Vos modifications sont conservées ; les autres champs montrent ce qui est enregistré maintenant. Enregistrer remplace ce qui est enregistré là où vous avez modifié.</translation>
        </message>
    </context>
    <context>
        <name>GrantsPanel</name>
        <message>
            <source>Special users may charge while the station is &lt;b&gt;Limited&lt;/b&gt;, within their conditions. (In Public mode everybody may; in Private mode only owners.)</source>
            <translation>Les utilisateurs spéciaux peuvent recharger quand la borne est en mode &lt;b&gt;Restreint&lt;/b&gt;, selon leurs conditions. (En mode Public tout le monde peut recharger ; en mode Privé seulement les propriétaires.)</translation>
        </message>
        <message>
            <source>Add special user</source>
            <translation>Ajouter un utilisateur spécial</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Retirer</translation>
        </message>
        <message>
            <source>Conditions of the selected special user</source>
            <translation>Conditions de l'utilisateur spécial choisi</translation>
        </message>
        <message>
            <source>from</source>
            <translation>du</translation>
        </message>
        <message>
            <source>until (last day)</source>
            <translation>au (dernier jour)</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>Jours</translation>
        </message>
        <message>
            <source>From</source>
            <translation>De</translation>
        </message>
        <message>
            <source>To</source>
            <translation>À</translation>
        </message>
        <message>
            <source>Their own access times. Days: Mon-Fri, Sat,Sun, daily. From/To: HH:MM; To 24:00 is midnight; a To before From runs past midnight. No rows: any time.</source>
            <translation>Leurs propres heures d'accès. Jours : Mon-Fri, Sat,Sun, daily. De/À : HH:MM ; À 24:00 est minuit ; un À avant le De passe minuit. Aucune ligne : à toute heure.</translation>
        </message>
        <message>
            <source>Add time</source>
            <translation>Ajouter une plage</translation>
        </message>
        <message>
            <source>Remove time</source>
            <translation>Retirer la plage</translation>
        </message>
        <message>
            <source>User</source>
            <translation>Utilisateur</translation>
        </message>
        <message>
            <source>Applies to</source>
            <translation>S'applique à</translation>
        </message>
        <message>
            <source>Tariff</source>
            <translation>Tarif</translation>
        </message>
        <message>
            <source>Valid</source>
            <translation>Valable</translation>
        </message>
        <message>
            <source>Own times</source>
            <translation>Heures propres</translation>
        </message>
        <message>
            <source>Whole station</source>
            <translation>Toute la borne</translation>
        </message>
        <message>
            <source>Connector {number} only</source>
            <translation>Prise {number} seulement</translation>
        </message>
        <message>
            <source>Connector {number} (removed)</source>
            <translation>Prise {number} (retirée)</translation>
        </message>
    </context>
    <context>
        <name>HeldDialog</name>
        <message>
            <source>ChargeDesk: the database is in use</source>
            <translation>ChargeDesk : la base de données est utilisée</translation>
        </message>
        <message>
            <source>Without a central system this console shows and edits the database; the chargers stay connected to the program that holds it.</source>
            <translation>Sans système central, cette console affiche et modifie la base de données ; les points de charge restent connectés au programme qui la détient.</translation>
        </message>
        <message>
            <source>Without a central system this console shows and edits the database; chargers cannot connect to it.</source>
            <translation>Sans système central, cette console affiche et modifie la base de données ; les points de charge ne peuvent pas s'y connecter.</translation>
        </message>
        <message>
            <source>Open without central system</source>
            <translation>Ouvrir sans système central</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Quitter</translation>
        </message>
    </context>
    <context>
        <name>Language</name>
        <message>
            <source>System default</source>
            <extracomment>what the Settings page offers: the code saved and the name shown (each language in its own words)</extracomment>
            <translation>Langue du système</translation>
        </message>
    </context>
    <context>
        <name>LimitInputs</name>
        <message>
            <source>A per phase, e.g. 16</source>
            <translation>A par phase, p. ex. 16</translation>
        </message>
        <message>
            <source>The circuit's current per phase during this time (empty: not limited in A)</source>
            <translation>Le courant du circuit par phase pendant cette période (vide : pas de limite en A)</translation>
        </message>
        <message>
            <source>kW (optional)</source>
            <translation>kW (facultatif)</translation>
        </message>
        <message>
            <source>The circuit's power over its phases during this time (empty: not limited in kW)</source>
            <translation>La puissance du circuit sur ses phases pendant cette période (vide : pas de limite en kW)</translation>
        </message>
        <message>
            <source>Limit (A)</source>
            <translation>Limite (A)</translation>
        </message>
        <message>
            <source>Limit (kW)</source>
            <translation>Limite (kW)</translation>
        </message>
    </context>
    <context>
        <name>LocalListSync</name>
        <message>
            <source>Not synchronised yet</source>
            <translation>Pas encore synchronisée</translation>
        </message>
        <message>
            <source>{update} update accepted (version {version}): {added} added or changed, {removed} removed</source>
            <translation>Mise à jour {update} acceptée (version {version}) : {added} ajoutés ou modifiés, {removed} retirés</translation>
        </message>
        <message numerus="yes">
            <source>%n tag(s) left out: the charger holds at most {max} (LocalAuthListMaxLength)</source>
            <translation>
                <numerusform>%n badge laissé de côté : le point de charge en contient au plus {max} (LocalAuthListMaxLength)</numerusform>
                <numerusform>%n badges laissés de côté : le point de charge en contient au plus {max} (LocalAuthListMaxLength)</numerusform>
            </translation>
        </message>
        <message>
            <source>authorization cache cleared</source>
            <translation>cache d'autorisation vidé</translation>
        </message>
        <message>
            <source>authorization cache not cleared: {answer}</source>
            <translation>cache d'autorisation non vidé : {answer}</translation>
        </message>
        <message>
            <source>{update} update refused by the charger: {status}</source>
            <translation>Mise à jour {update} refusée par le point de charge : {status}</translation>
        </message>
        <message>
            <source>Not sent: {error}</source>
            <translation>Non envoyée : {error}</translation>
        </message>
        <message>
            <source>Local list disabled on the charger (LocalAuthListEnabled = false): nothing sent</source>
            <translation>Liste locale désactivée sur le point de charge (LocalAuthListEnabled = false) : rien envoyé</translation>
        </message>
        <message>
            <source>The charger has no local authorization list: nothing sent</source>
            <translation>Le point de charge n'a pas de liste d'autorisation locale : rien envoyé</translation>
        </message>
    </context>
    <context>
        <name>Login</name>
        <message>
            <source>at least {count} characters</source>
            <translation>au moins {count} caractères</translation>
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <source>ChargeDesk — log in</source>
            <translation>ChargeDesk — connexion</translation>
        </message>
        <message>
            <source>Username</source>
            <translation>Nom d'utilisateur</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Mot de passe</translation>
        </message>
        <message>
            <source>Forgot your password? A manager can reset it (Settings → Operators).</source>
            <translation>Mot de passe oublié ? Un gestionnaire peut le réinitialiser (Paramètres → Opérateurs).</translation>
        </message>
        <message>
            <source>Log in</source>
            <translation>Se connecter</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Map tiles</source>
            <translation>Tuiles de carte</translation>
        </message>
        <message>
            <source>Operators</source>
            <translation>Opérateurs</translation>
        </message>
        <message>
            <source>{page} (Ctrl+{key})</source>
            <translation>{page} (Ctrl+{key})</translation>
        </message>
        <message>
            <source>central system: starting…</source>
            <translation>système central : démarrage…</translation>
        </message>
        <message>
            <source>chargers online: {count}</source>
            <translation>points de charge en ligne : {count}</translation>
        </message>
        <message>
            <source>Log out</source>
            <translation>Se déconnecter</translation>
        </message>
        <message>
            <source>operator: {name}</source>
            <translation>opérateur : {name}</translation>
        </message>
        <message>
            <source>nobody logged in</source>
            <translation>personne n'est connecté</translation>
        </message>
        <message>
            <source>Log in…</source>
            <translation>Se connecter…</translation>
        </message>
        <message>
            <source>Log out and let another operator log in</source>
            <translation>Se déconnecter et laisser un autre opérateur se connecter</translation>
        </message>
        <message>
            <source>Log in with an operator account</source>
            <translation>Se connecter avec un compte d'opérateur</translation>
        </message>
        <message>
            <source>no central system in this console: {reason}</source>
            <translation>pas de système central dans cette console : {reason}</translation>
        </message>
        <message>
            <source>the port is in use by another program</source>
            <translation>le port est utilisé par un autre programme</translation>
        </message>
        <message>
            <source>central system NOT listening on port {port}: {why}</source>
            <translation>le système central n'écoute PAS sur le port {port} : {why}</translation>
        </message>
        <message>
            <source>central system listening on {address}</source>
            <translation>système central à l'écoute sur {address}</translation>
        </message>
        <message>
            <source>cannot reach the site's central system: {reason}</source>
            <translation>impossible de joindre le système central du site : {reason}</translation>
        </message>
        <message>
            <source>attached to the site's central system: {host}</source>
            <translation>rattaché au système central du site : {host}</translation>
        </message>
        <message>
            <source>attached, but no central system is running for the site: start `chargedesk serve`, or make a console the host (Settings → Central system)</source>
            <translation>rattaché, mais aucun système central ne tourne pour le site : lancez `chargedesk serve` ou faites d'une console l'hôte (Paramètres → Système central)</translation>
        </message>
        <message>
            <source>lost the site's central system ({why}): reconnecting…</source>
            <translation>système central du site perdu ({why}) : reconnexion…</translation>
        </message>
        <message>
            <source>{status} — not shared with other consoles: {why}</source>
            <translation>{status} — non partagé avec d'autres consoles : {why}</translation>
        </message>
        <message>
            <source>Schedule of {target}</source>
            <translation>Horaire de {target}</translation>
        </message>
        <message>
            <source>without a name</source>
            <translation>sans nom</translation>
        </message>
        <message>
            <source>User {name} (new)</source>
            <translation>Utilisateur {name} (nouveau)</translation>
        </message>
        <message>
            <source>User {name}</source>
            <translation>Utilisateur {name}</translation>
        </message>
        <message>
            <source>New station</source>
            <translation>Nouvelle borne de recharge</translation>
        </message>
        <message>
            <source>Station {name} ({cpid}) (new)</source>
            <translation>Borne {name} ({cpid}) (nouvelle)</translation>
        </message>
        <message>
            <source>Station {name} ({cpid})</source>
            <translation>Borne {name} ({cpid})</translation>
        </message>
        <message>
            <source>Station {name} (new)</source>
            <translation>Borne {name} (nouvelle)</translation>
        </message>
        <message>
            <source>Station {name}</source>
            <translation>Borne {name}</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Modifications non enregistrées</translation>
        </message>
        <message>
            <source>Save your changes before closing ChargeDesk?</source>
            <translation>Enregistrer vos modifications avant de fermer ChargeDesk ?</translation>
        </message>
        <message>
            <source>Not saved yet:
{items}</source>
            <translation>Pas encore enregistré :
{items}</translation>
        </message>
        <message>
            <source>Save all</source>
            <translation>Tout enregistrer</translation>
        </message>
        <message>
            <source>Save each of them, then close (a change that cannot be saved is shown instead)</source>
            <translation>Enregistrer chacune, puis fermer (une modification qui ne peut pas être enregistrée est affichée à la place)</translation>
        </message>
        <message>
            <source>Close and lose these changes</source>
            <translation>Fermer et perdre ces modifications</translation>
        </message>
        <message>
            <source>Keep the window open (Esc)</source>
            <translation>Garder la fenêtre ouverte (Échap)</translation>
        </message>
        <message>
            <source>Not closed: {what} could not be saved. Fix it, then close again.</source>
            <translation>Non fermé : {what} n'a pas pu être enregistré. Corrigez-le, puis fermez à nouveau.</translation>
        </message>
        <message>
            <source>Dashboard</source>
            <extracomment>the navigation's names of the pages (a page's ``title`` stays its English key: show_page, the saved page)</extracomment>
            <translation>Tableau de bord</translation>
        </message>
        <message>
            <source>Stations</source>
            <translation>Bornes</translation>
        </message>
        <message>
            <source>Map</source>
            <translation>Carte</translation>
        </message>
        <message>
            <source>Users</source>
            <translation>Utilisateurs</translation>
        </message>
        <message>
            <source>Schedules</source>
            <translation>Horaires</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Sessions</translation>
        </message>
        <message>
            <source>Load</source>
            <translation>Charge</translation>
        </message>
        <message>
            <source>Chargers</source>
            <translation>Points de charge</translation>
        </message>
        <message>
            <source>Log</source>
            <translation>Journal</translation>
        </message>
        <message>
            <source>Audit</source>
            <translation>Audit</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Paramètres</translation>
        </message>
    </context>
    <context>
        <name>NewBlockForm</name>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Ajouter</translation>
        </message>
    </context>
    <context>
        <name>OperatorForm</name>
        <message>
            <source>ChargeDesk — the first manager</source>
            <translation>ChargeDesk — le premier gestionnaire</translation>
        </message>
        <message>
            <source>New operator</source>
            <translation>Nouvel opérateur</translation>
        </message>
        <message>
            <source>Nobody can log in to this database yet. Create the first manager's account: a manager can do everything, including adding the other operators.</source>
            <translation>Personne ne peut encore se connecter à cette base de données. Créez le compte du premier gestionnaire : un gestionnaire peut tout faire, y compris ajouter les autres opérateurs.</translation>
        </message>
        <message>
            <source>e.g. Anna Meier</source>
            <translation>p. ex. Anna Meier</translation>
        </message>
        <message>
            <source>Username</source>
            <translation>Nom d'utilisateur</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rôle</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Mot de passe</translation>
        </message>
        <message>
            <source>Repeat password</source>
            <translation>Répéter le mot de passe</translation>
        </message>
        <message>
            <source>Create and log in</source>
            <translation>Créer et se connecter</translation>
        </message>
        <message>
            <source>Add operator</source>
            <translation>Ajouter l'opérateur</translation>
        </message>
    </context>
    <context>
        <name>OperatorsSection</name>
        <message>
            <source>Username</source>
            <translation>Nom d'utilisateur</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rôle</translation>
        </message>
        <message>
            <source>State</source>
            <translation>État</translation>
        </message>
        <message>
            <source>Last log-in</source>
            <translation>Dernière connexion</translation>
        </message>
        <message>
            <source>Require operators to log in</source>
            <translation>Exiger la connexion des opérateurs</translation>
        </message>
        <message>
            <source>Add operator…</source>
            <translation>Ajouter un opérateur…</translation>
        </message>
        <message>
            <source>Change role</source>
            <translation>Changer le rôle</translation>
        </message>
        <message>
            <source>Reset password…</source>
            <translation>Réinitialiser le mot de passe…</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>Déverrouiller</translation>
        </message>
        <message>
            <source>Deactivate</source>
            <translation>Désactiver</translation>
        </message>
        <message>
            <source>{username} unlocked.</source>
            <translation>{username} déverrouillé.</translation>
        </message>
        <message>
            <source>active</source>
            <translation>actif</translation>
        </message>
        <message>
            <source>deactivated</source>
            <translation>désactivé</translation>
        </message>
        <message>
            <source>locked until {time}</source>
            <translation>verrouillé jusqu'à {time}</translation>
        </message>
        <message>
            <source>never</source>
            <translation>jamais</translation>
        </message>
        <message>
            <source>Always on a shared PostgreSQL database: every console asks who is there.</source>
            <translation>Toujours sur une base PostgreSQL partagée : chaque console demande qui est là.</translation>
        </message>
        <message>
            <source>On: the console asks for a username and password at start. Off (single seat): it opens as the computer's user, who may do everything.</source>
            <translation>Activé : la console demande un nom d'utilisateur et un mot de passe au démarrage. Désactivé (poste unique) : elle s'ouvre avec l'utilisateur de l'ordinateur, qui peut tout faire.</translation>
        </message>
        <message>
            <source>Reactivate</source>
            <translation>Réactiver</translation>
        </message>
        <message>
            <source>Not changed: {problems}.</source>
            <translation>Non modifié : {problems}.</translation>
        </message>
        <message>
            <source>Not changed: {reason}.</source>
            <translation>Non modifié : {reason}.</translation>
        </message>
        <message>
            <source>{username} is now {role}.</source>
            <translation>{username} est maintenant {role}.</translation>
        </message>
        <message>
            <source>{username} deactivated.</source>
            <translation>{username} désactivé.</translation>
        </message>
        <message>
            <source>{username} reactivated.</source>
            <translation>{username} réactivé.</translation>
        </message>
        <message>
            <source>New password set for {username}.</source>
            <translation>Nouveau mot de passe défini pour {username}.</translation>
        </message>
        <message>
            <source>Operator {username} added.</source>
            <translation>Opérateur {username} ajouté.</translation>
        </message>
        <message>
            <source>Create a manager account first (you will log in with it); the switch turns on then.</source>
            <translation>Créez d'abord un compte de gestionnaire (vous vous connecterez avec) ; l'option s'active alors.</translation>
        </message>
        <message>
            <source>The console now asks for a log-in at start.</source>
            <translation>La console demande désormais une connexion au démarrage.</translation>
        </message>
        <message>
            <source>The console opens without a log-in again.</source>
            <translation>La console s'ouvre à nouveau sans connexion.</translation>
        </message>
    </context>
    <context>
        <name>OwnersPanel</name>
        <message>
            <source>Owners may always charge here, in every mode, at the owner tariff (Del removes)</source>
            <translation>Les propriétaires peuvent toujours recharger ici, dans tous les modes, au tarif propriétaire (Suppr retire)</translation>
        </message>
        <message>
            <source>Add owner</source>
            <translation>Ajouter un propriétaire</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Retirer</translation>
        </message>
    </context>
    <context>
        <name>PlanBlockForm</name>
        <message>
            <source>The price that applies in this window; the default tariff when none is chosen</source>
            <translation>Le prix appliqué dans cette plage ; le tarif par défaut si aucun n'est choisi</translation>
        </message>
        <message>
            <source>Mode</source>
            <translation>Mode</translation>
        </message>
        <message>
            <source>Tariff</source>
            <translation>Tarif</translation>
        </message>
    </context>
    <context>
        <name>PlanWindowDialog</name>
        <message>
            <source>The price in this window; the plan's default tariff when none is chosen</source>
            <translation>Le prix dans cette plage ; le tarif par défaut du plan si aucun n'est choisi</translation>
        </message>
        <message>
            <source>Mode</source>
            <translation>Mode</translation>
        </message>
        <message>
            <source>Tariff</source>
            <translation>Tarif</translation>
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>Close</source>
            <extracomment>Qt's own texts the console shows whose German (qtbase_de) is not Swiss (it writes the sharp s): the shell catalogue has them in Swiss German ("Schliessen"), and ours are installed after Qt's, so they are looked up first</extracomment>
            <translation>Fermer</translation>
        </message>
    </context>
    <context>
        <name>QWizard</name>
        <message>
            <source>&amp;Finish</source>
            <translation>&amp;Terminer</translation>
        </message>
    </context>
    <context>
        <name>RefusedDialog</name>
        <message>
            <source>ChargeDesk: the database needs attention</source>
            <translation>ChargeDesk : la base de données demande votre attention</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Copier</translation>
        </message>
        <message>
            <source>Copy the command to the clipboard</source>
            <translation>Copier la commande dans le presse-papiers</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Quitter</translation>
        </message>
        <message>
            <source>Copied</source>
            <translation>Copié</translation>
        </message>
    </context>
    <context>
        <name>ResetPasswordDialog</name>
        <message>
            <source>New password for {username}</source>
            <translation>Nouveau mot de passe pour {username}</translation>
        </message>
        <message>
            <source>New password</source>
            <translation>Nouveau mot de passe</translation>
        </message>
        <message>
            <source>Repeat it</source>
            <translation>Répétez-le</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <source>&lt;i&gt;takes effect when ChargeDesk is restarted&lt;/i&gt;</source>
            <translation>&lt;i&gt;prend effet au redémarrage de ChargeDesk&lt;/i&gt;</translation>
        </message>
        <message>
            <source>list them as Pending until an operator accepts them</source>
            <translation>les lister comme « Pending » jusqu'à ce qu'un opérateur les accepte</translation>
        </message>
        <message>
            <source>refuse them at the connection</source>
            <translation>les refuser à la connexion</translation>
        </message>
        <message>
            <source>accept them and create a station automatically</source>
            <translation>les accepter et créer une borne automatiquement</translation>
        </message>
        <message>
            <source>automatic: attach to the site's central system when one runs, else run it here</source>
            <translation>automatique : se rattacher au système central du site s'il tourne, sinon le faire tourner ici</translation>
        </message>
        <message>
            <source>run the site's central system here</source>
            <translation>faire tourner ici le système central du site</translation>
        </message>
        <message>
            <source>attach to the site's central system (chargedesk serve or another console)</source>
            <translation>se rattacher au système central du site (chargedesk serve ou une autre console)</translation>
        </message>
        <message>
            <source>New site</source>
            <translation>Nouveau site</translation>
        </message>
        <message>
            <source>Saved site '{name}'.</source>
            <translation>Site « {name} » enregistré.</translation>
        </message>
        <message>
            <source>Delete site</source>
            <translation>Supprimer le site</translation>
        </message>
        <message>
            <source>Delete site '{name}'?</source>
            <translation>Supprimer le site « {name} » ?</translation>
        </message>
        <message>
            <source>Deleted site '{name}'.</source>
            <translation>Site « {name} » supprimé.</translation>
        </message>
        <message>
            <source>Not saved: this site was changed on another console meanwhile (see above).</source>
            <translation>Non enregistré : ce site a été modifié entre-temps sur une autre console (voir ci-dessus).</translation>
        </message>
        <message>
            <source>New tariff</source>
            <translation>Nouveau tarif</translation>
        </message>
        <message>
            <source>Saved tariff '{name}'.</source>
            <translation>Tarif « {name} » enregistré.</translation>
        </message>
        <message>
            <source>Delete tariff</source>
            <translation>Supprimer le tarif</translation>
        </message>
        <message>
            <source>Delete tariff '{name}'?</source>
            <translation>Supprimer le tarif « {name} » ?</translation>
        </message>
        <message>
            <source>Deleted tariff '{name}'.</source>
            <translation>Tarif « {name} » supprimé.</translation>
        </message>
        <message>
            <source>Not saved: this tariff was changed on another console meanwhile (see above).</source>
            <translation>Non enregistré : ce tarif a été modifié entre-temps sur une autre console (voir ci-dessus).</translation>
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
            <source>Rules are in this time zone's wall-clock time; daylight saving is handled.</source>
            <translation>Les règles sont à l'heure locale de ce fuseau ; l'heure d'été est prise en compte.</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Monnaie</translation>
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
            <source>Sites</source>
            <translation>Sites</translation>
        </message>
        <message>
            <source>employee</source>
            <translation>collaborateurs</translation>
        </message>
        <message>
            <source>Price per kWh</source>
            <translation>Prix par kWh</translation>
        </message>
        <message>
            <source>Price per hour</source>
            <translation>Prix par heure</translation>
        </message>
        <message>
            <source>Charged per hour connected, after the free period (an idle/parking fee).</source>
            <translation>Facturé par heure de connexion, après la période gratuite (frais de stationnement).</translation>
        </message>
        <message>
            <source>Free minutes</source>
            <translation>Minutes gratuites</translation>
        </message>
        <message>
            <source>The hourly price applies only after this many minutes.</source>
            <translation>Le prix horaire ne s'applique qu'après ce nombre de minutes.</translation>
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
            <source>Prices include VAT (the site's rate); otherwise VAT is added.</source>
            <translation>Les prix incluent la TVA (taux du site) ; sinon la TVA est ajoutée.</translation>
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
            <source>With the load strategy 'By tariff priority', sessions at a higher priority are given power first (a whole number, e.g. 10).</source>
            <translation>Avec la stratégie de charge « Par priorité de tarif », les sessions de recharge de priorité plus élevée reçoivent la puissance en premier (un nombre entier, p. ex. 10).</translation>
        </message>
        <message>
            <source>Tariffs</source>
            <translation>Tarifs</translation>
        </message>
        <message>
            <source>Database</source>
            <translation>Base de données</translation>
        </message>
        <message>
            <source>Central system</source>
            <translation>Système central</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <source>In use:</source>
            <translation>Utilisée :</translation>
        </message>
        <message>
            <source>sqlite:////path/chargedesk.db  or  postgresql://user:password@host/chargedesk</source>
            <translation>sqlite:////chemin/chargedesk.db  ou  postgresql://utilisateur:motdepasse@hote/chargedesk</translation>
        </message>
        <message>
            <source>A PostgreSQL password is shown as ••• and kept in a password file only this account can read, never in the settings.</source>
            <translation>Un mot de passe PostgreSQL est affiché ••• et conservé dans un fichier de mots de passe que seul ce compte peut lire, jamais dans les paramètres.</translation>
        </message>
        <message>
            <source>SQLite file…</source>
            <translation>Fichier SQLite…</translation>
        </message>
        <message>
            <source>Use:</source>
            <translation>Utiliser :</translation>
        </message>
        <message>
            <source>PostgreSQL password (empty: the one in the URL, or the stored one)</source>
            <translation>Mot de passe PostgreSQL (vide : celui de l'URL ou celui enregistré)</translation>
        </message>
        <message>
            <source>Password:</source>
            <translation>Mot de passe :</translation>
        </message>
        <message>
            <source>Test connection</source>
            <translation>Tester la connexion</translation>
        </message>
        <message>
            <source>Use this database</source>
            <translation>Utiliser cette base de données</translation>
        </message>
        <message>
            <source>SQLite database file</source>
            <translation>Fichier de base de données SQLite</translation>
        </message>
        <message>
            <source>SQLite database (*.db *.sqlite)</source>
            <translation>Base de données SQLite (*.db *.sqlite)</translation>
        </message>
        <message>
            <source>Type a database URL or choose a SQLite file first.</source>
            <translation>Saisissez d'abord une URL de base de données ou choisissez un fichier SQLite.</translation>
        </message>
        <message>
            <source>Connecting…</source>
            <translation>Connexion…</translation>
        </message>
        <message>
            <source>Cannot use this database: {reason}</source>
            <translation>Impossible d'utiliser cette base de données : {reason}</translation>
        </message>
        <message>
            <source>Not saved: {reason}</source>
            <translation>Non enregistré : {reason}</translation>
        </message>
        <message>
            <source>Saved: ChargeDesk uses this database from the next start (the schema is set up or upgraded then). --db and CHARGEDESK_DATABASE_URL still take precedence.</source>
            <translation>Enregistré : ChargeDesk utilise cette base de données au prochain démarrage (le schéma est alors créé ou mis à jour). --db et CHARGEDESK_DATABASE_URL restent prioritaires.</translation>
        </message>
        <message>
            <source>Saved: the default SQLite file is used from the next start. --db and CHARGEDESK_DATABASE_URL still take precedence.</source>
            <translation>Enregistré : le fichier SQLite par défaut est utilisé au prochain démarrage. --db et CHARGEDESK_DATABASE_URL restent prioritaires.</translation>
        </message>
        <message>
            <source>Central system (OCPP)</source>
            <translation>Système central (OCPP)</translation>
        </message>
        <message>
            <source>Port:</source>
            <translation>Port :</translation>
        </message>
        <message>
            <source>0.0.0.0 listens on every network interface of this computer.</source>
            <translation>0.0.0.0 écoute sur toutes les interfaces réseau de cet ordinateur.</translation>
        </message>
        <message>
            <source>Listen on:</source>
            <translation>Écouter sur :</translation>
        </message>
        <message>
            <source> s</source>
            <translation> s</translation>
        </message>
        <message>
            <source>WebSocket pings detect a charger whose connection died within about two intervals.</source>
            <translation>Les pings WebSocket détectent en environ deux intervalles un point de charge dont la connexion est morte.</translation>
        </message>
        <message>
            <source>Ping interval:</source>
            <translation>Intervalle de ping :</translation>
        </message>
        <message>
            <source>Unknown chargers:</source>
            <translation>Points de charge inconnus :</translation>
        </message>
        <message>
            <source>On a shared PostgreSQL database one central system holds the chargers' connections for the whole site: `chargedesk serve` on an always-on machine, or a console. Other consoles attach to it and work exactly the same. A SQLite file always runs its central system in this console.</source>
            <translation>Sur une base PostgreSQL partagée, un seul système central tient les connexions des points de charge de tout le site : `chargedesk serve` sur une machine toujours allumée, ou une console. Les autres consoles s'y rattachent et fonctionnent exactement pareil. Un fichier SQLite fait toujours tourner son système central dans cette console.</translation>
        </message>
        <message>
            <source>This console:</source>
            <translation>Cette console :</translation>
        </message>
        <message>
            <source>none: plain ws:// (chargedesk certs create makes a LAN certificate)</source>
            <translation>aucun : ws:// simple (chargedesk certs create crée un certificat LAN)</translation>
        </message>
        <message>
            <source>TLS certificate:</source>
            <translation>Certificat TLS :</translation>
        </message>
        <message>
            <source>TLS key:</source>
            <translation>Clé TLS :</translation>
        </message>
        <message>
            <source>any free port</source>
            <translation>un port libre</translation>
        </message>
        <message>
            <source>Firmware downloads and diagnostics uploads go over HTTP from this computer, only while such a job runs. Set a fixed port if a firewall must let it through.</source>
            <translation>Les téléchargements de firmware et envois de diagnostics passent par HTTP depuis cet ordinateur, seulement pendant une telle tâche. Fixez un port si un pare-feu doit le laisser passer.</translation>
        </message>
        <message>
            <source>File transfer port:</source>
            <translation>Port de transfert de fichiers :</translation>
        </message>
        <message>
            <source>automatic: the address the charger connected to</source>
            <translation>automatique : l'adresse à laquelle le point de charge s'est connecté</translation>
        </message>
        <message>
            <source>The address chargers download firmware from and upload diagnostics to (e.g. 192.168.1.10). Leave empty unless they reach this computer another way.</source>
            <translation>L'adresse d'où les points de charge téléchargent le firmware et où ils envoient les diagnostics (p. ex. 192.168.1.10). Laissez vide sauf s'ils joignent cet ordinateur autrement.</translation>
        </message>
        <message>
            <source>File transfer address:</source>
            <translation>Adresse de transfert de fichiers :</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <source>Give both the certificate and its key, or neither.</source>
            <translation>Indiquez le certificat et sa clé, ou aucun des deux.</translation>
        </message>
        <message>
            <source>Saved; takes effect when ChargeDesk is restarted.</source>
            <translation>Enregistré ; prend effet au redémarrage de ChargeDesk.</translation>
        </message>
        <message>
            <source>The language of this console's pages, documents and number formats. System default: the computer's language if ChargeDesk speaks it, else English.</source>
            <translation>La langue des pages, documents et formats de nombres de cette console. Langue du système : celle de l'ordinateur si ChargeDesk la parle, sinon l'anglais.</translation>
        </message>
        <message>
            <source>Console language:</source>
            <translation>Langue de la console :</translation>
        </message>
        <message>
            <source>Saved: ChargeDesk speaks {language} from the next start.</source>
            <translation>Enregistré : ChargeDesk parle {language} dès le prochain démarrage.</translation>
        </message>
    </context>
    <context>
        <name>TimeOfDayDialog</name>
        <message>
            <source>Time-of-day limits — {circuit}</source>
            <translation>Limites horaires — {circuit}</translation>
        </message>
        <message>
            <source>Lower &lt;b&gt;{circuit}&lt;/b&gt;'s limit at times of the week. Outside the blocks its own limit applies ({own}). Times are {site}'s local time ({timezone}): on the days the clocks change, a limit whose edge falls in the skipped hour starts when the clock jumps over it, and one in the repeated hour applies both times. Double-click a block or press Enter to change its days, times or limit.</source>
            <translation>Abaisser la limite de &lt;b&gt;{circuit}&lt;/b&gt; à certains moments de la semaine. Hors des blocs, sa propre limite s'applique ({own}). Les heures sont l'heure locale de {site} ({timezone}) : les jours de changement d'heure, une limite dont le bord tombe dans l'heure sautée commence quand l'horloge la saute, et une dans l'heure répétée s'applique les deux fois. Double-cliquez sur un bloc ou appuyez sur Entrée pour changer ses jours, heures ou limite.</translation>
        </message>
        <message>
            <source>Time-of-day limits of {circuit}</source>
            <translation>Limites horaires de {circuit}</translation>
        </message>
        <message>
            <source>Add limit…</source>
            <translation>Ajouter une limite…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Close without changing the circuit's time-of-day limits</source>
            <translation>Fermer sans changer les limites horaires du circuit</translation>
        </message>
        <message>
            <source>Save circuit</source>
            <translation>Enregistrer le circuit</translation>
        </message>
        <message>
            <source>Save the circuit (its form and these limits); Ctrl+S</source>
            <translation>Enregistrer le circuit (son formulaire et ces limites) ; Ctrl+S</translation>
        </message>
        <message>
            <source>Time-of-day limits</source>
            <translation>Limites horaires</translation>
        </message>
        <message>
            <source>Discard your changes to the time-of-day limits?</source>
            <translation>Abandonner vos modifications des limites horaires ?</translation>
        </message>
        <message>
            <source>Keep editing</source>
            <translation>Continuer la saisie</translation>
        </message>
        <message>
            <source>Not saved: {why}</source>
            <translation>Non enregistré : {why}</translation>
        </message>
    </context>
    <context>
        <name>UserPicker</name>
        <message>
            <source>Type a name…</source>
            <translation>Saisissez un nom…</translation>
        </message>
    </context>
    <context>
        <name>WeekCalendar</name>
        <message>
            <source>Remove {block} on {day}?</source>
            <translation>Retirer {block} le {day} ?</translation>
        </message>
        <message>
            <source>Remove {day}</source>
            <translation>Retirer le {day}</translation>
        </message>
        <message>
            <source>Remove all ({days})</source>
            <translation>Tout retirer ({days})</translation>
        </message>
        <message>
            <source>New window · {days} {times}</source>
            <translation>Nouvelle plage · {days} {times}</translation>
        </message>
        <message>
            <source>Add window</source>
            <translation>Ajouter une plage</translation>
        </message>
        <message>
            <source>Edit window</source>
            <translation>Modifier la plage</translation>
        </message>
        <message>
            <source>Remove window</source>
            <translation>Retirer la plage</translation>
        </message>
        <message>
            <source>The window also applies on other days ({days}).</source>
            <translation>La plage s'applique aussi d'autres jours ({days}).</translation>
        </message>
        <message>
            <source>Access</source>
            <translation>Accès</translation>
        </message>
        <message>
            <source>New access time · {days} {times}</source>
            <translation>Nouvelle heure d'accès · {days} {times}</translation>
        </message>
        <message>
            <source>Add access time</source>
            <translation>Ajouter une heure d'accès</translation>
        </message>
        <message>
            <source>Edit access time</source>
            <translation>Modifier l'heure d'accès</translation>
        </message>
        <message>
            <source>Remove access time</source>
            <translation>Retirer l'heure d'accès</translation>
        </message>
        <message>
            <source>The access time also applies on other days ({days}).</source>
            <translation>L'heure d'accès s'applique aussi d'autres jours ({days}).</translation>
        </message>
        <message>
            <source>access time {times}</source>
            <translation>l'heure d'accès {times}</translation>
        </message>
        <message>
            <source>Tariff: the default tariff ('{tariff}')</source>
            <translation>Tarif : le tarif par défaut (« {tariff} »)</translation>
        </message>
        <message>
            <source>Tariff: the default tariff (none)</source>
            <translation>Tarif : le tarif par défaut (aucun)</translation>
        </message>
        <message>
            <source>New limit · {days} {times}</source>
            <translation>Nouvelle limite · {days} {times}</translation>
        </message>
        <message>
            <source>Add limit</source>
            <translation>Ajouter une limite</translation>
        </message>
        <message>
            <source>Edit limit</source>
            <translation>Modifier la limite</translation>
        </message>
        <message>
            <source>Remove limit</source>
            <translation>Retirer la limite</translation>
        </message>
        <message>
            <source>The limit also applies on other days ({days}).</source>
            <translation>La limite s'applique aussi d'autres jours ({days}).</translation>
        </message>
    </context>
    <context>
        <name>WeekForms</name>
        <message>
            <source>Public: every registered user · Limited: owners and special users · Private: owners only</source>
            <translation>Public : tous les utilisateurs enregistrés · Restreint : propriétaires et utilisateurs spéciaux · Privé : propriétaires seulement</translation>
        </message>
        <message>
            <source>ends the next day at {time}</source>
            <translation>se termine le lendemain à {time}</translation>
        </message>
    </context>
    <context>
        <name>WeekLimits</name>
        <message>
            <source>Own limit
{limit}</source>
            <translation>Limite propre
{limit}</translation>
        </message>
        <message>
            <source>The circuit's limit during this time; {own} (its own) at other times</source>
            <translation>La limite du circuit pendant cette période ; {own} (la sienne) le reste du temps</translation>
        </message>
    </context>
    <context>
        <name>WeekTools</name>
        <message>
            <source>Drag on empty time to add · drag a block to move it, its edge to resize (Shift: all its days)</source>
            <translation>Glisser sur un temps libre pour ajouter · glisser un bloc pour le déplacer, son bord pour changer sa durée (Maj : tous ses jours)</translation>
        </message>
        <message>
            <source>Add one by typing its days and times (Insert)</source>
            <translation>En ajouter un en saisissant ses jours et heures (Inser)</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Modifier…</translation>
        </message>
        <message>
            <source>Edit the selected block: its days, times and the rest (Enter or double-click)</source>
            <translation>Modifier le bloc choisi : ses jours, heures et le reste (Entrée ou double-clic)</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Supprimer…</translation>
        </message>
        <message>
            <source>Remove the selected block (Del)</source>
            <translation>Retirer le bloc choisi (Suppr)</translation>
        </message>
        <message>
            <source>Copy day to…</source>
            <translation>Copier le jour vers…</translation>
        </message>
        <message>
            <source>Give other days the same blocks as one day</source>
            <translation>Donner à d'autres jours les mêmes blocs qu'un jour</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Undo the last change in the calendar (Ctrl+Z)</source>
            <translation>Annuler la dernière modification du calendrier (Ctrl+Z)</translation>
        </message>
    </context>
    <context>
        <name>WindowDialog</name>
        <message>
            <source>HH:MM</source>
            <translation>HH:MM</translation>
        </message>
        <message>
            <source>to</source>
            <translation>à</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>Jours</translation>
        </message>
        <message>
            <source>From</source>
            <translation>De</translation>
        </message>
    </context>
</TS>
