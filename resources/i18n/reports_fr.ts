<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
    <context>
        <name>AccessReasons</name>
        <message>
            <source>Accepted: {why}</source>
            <translation>Accepté : {why}</translation>
        </message>
        <message>
            <source>Rejected: {why}</source>
            <translation>Refusé : {why}</translation>
        </message>
        <message>
            <source>the idTag is empty</source>
            <translation>l'idTag est vide</translation>
        </message>
        <message>
            <source>idTag {tag} is {length} characters long; an idToken has at most {most}</source>
            <translation>l'idTag {tag} compte {length} caractères ; un idToken en a au plus {most}</translation>
        </message>
        <message>
            <source>tag {tag} is unknown (seen at station {station})</source>
            <translation>le badge {tag} est inconnu (vu à la borne de recharge {station})</translation>
        </message>
        <message>
            <source>tag {tag} is blocked</source>
            <translation>le badge {tag} est bloqué</translation>
        </message>
        <message>
            <source>tag {tag} of {user} is blocked</source>
            <translation>le badge {tag} de {user} est bloqué</translation>
        </message>
        <message>
            <source>tag {tag} expired on {when}</source>
            <translation>le badge {tag} a expiré le {when}</translation>
        </message>
        <message>
            <source>tag {tag} of {user} expired on {when}</source>
            <translation>le badge {tag} de {user} a expiré le {when}</translation>
        </message>
        <message>
            <source>tag {tag} is marked expired</source>
            <translation>le badge {tag} est marqué comme expiré</translation>
        </message>
        <message>
            <source>tag {tag} of {user} is marked expired</source>
            <translation>le badge {tag} de {user} est marqué comme expiré</translation>
        </message>
        <message>
            <source>tag {tag} is not assigned to anyone</source>
            <translation>le badge {tag} n'est attribué à personne</translation>
        </message>
        <message>
            <source>tag {tag} belongs to {user}, whose account is blocked</source>
            <translation>le badge {tag} appartient à {user}, dont le compte est bloqué</translation>
        </message>
        <message>
            <source>station {station} is disabled</source>
            <translation>la borne de recharge {station} est désactivée</translation>
        </message>
        <message>
            <source>{source}, tag {tag} belongs to {user} who is not an owner of station {station} (only owners may charge)</source>
            <translation>{source}, le badge {tag} appartient à {user}, qui n'est pas propriétaire de la borne de recharge {station} (seuls les propriétaires peuvent recharger)</translation>
        </message>
        <message>
            <source>{source}, tag {tag} belongs to {user} who is not a special user of station {station}</source>
            <translation>{source}, le badge {tag} appartient à {user}, qui n'est pas utilisateur spécial de la borne de recharge {station}</translation>
        </message>
        <message>
            <source>{source}, tag {tag} belongs to {user} who is not a special user of station {station} now (their special access {why})</source>
            <translation>{source}, le badge {tag} appartient à {user}, qui n'est pas utilisateur spécial de la borne de recharge {station} maintenant (son accès spécial {why})</translation>
        </message>
        <message>
            <source>starts {when}</source>
            <translation>commence le {when}</translation>
        </message>
        <message>
            <source>ended {when}</source>
            <translation>a pris fin le {when}</translation>
        </message>
        <message>
            <source>is limited to {windows}</source>
            <translation>est limité à {windows}</translation>
        </message>
        <message>
            <source>tag {tag} of {user} is already charging at {where}</source>
            <translation>le badge {tag} de {user} recharge déjà à {where}</translation>
        </message>
        <message>
            <source>station {station} connector {connector} (session {session})</source>
            <translation>borne de recharge {station} prise {connector} (session de recharge {session})</translation>
        </message>
        <message>
            <source>{source} — {user} is an owner of station {station}; tariff '{tariff}'</source>
            <translation>{source} — {user} est propriétaire de la borne de recharge {station} ; tarif « {tariff} »</translation>
        </message>
        <message>
            <source>{source} — {user} is an owner of station {station}; no tariff</source>
            <translation>{source} — {user} est propriétaire de la borne de recharge {station} ; aucun tarif</translation>
        </message>
        <message>
            <source>{source} — {user} is a special user of station {station}; tariff '{tariff}'</source>
            <translation>{source} — {user} est utilisateur spécial de la borne de recharge {station} ; tarif « {tariff} »</translation>
        </message>
        <message>
            <source>{source} — {user} is a special user of station {station}; no tariff</source>
            <translation>{source} — {user} est utilisateur spécial de la borne de recharge {station} ; aucun tarif</translation>
        </message>
        <message>
            <source>{source} — {user} is a registered user; tariff '{tariff}'</source>
            <translation>{source} — {user} est un utilisateur enregistré ; tarif « {tariff} »</translation>
        </message>
        <message>
            <source>{source} — {user} is a registered user; no tariff</source>
            <translation>{source} — {user} est un utilisateur enregistré ; aucun tarif</translation>
        </message>
        <message>
            <source>{reason} (at connector {connector})</source>
            <translation>{reason} (à la prise {connector})</translation>
        </message>
        <message>
            <source>{reason} (note: {note})</source>
            <translation>{reason} (remarque : {note})</translation>
        </message>
    </context>
    <context>
        <name>AuditTrail</name>
        <message>
            <source>{field}: {value}</source>
            <translation>{field} : {value}</translation>
        </message>
        <message>
            <source>{field}: {before} → {after}</source>
            <translation>{field} : {before} → {after}</translation>
        </message>
    </context>
    <context>
        <name>LoadReasons</name>
        <message>
            <source>{name} ({limit} A)</source>
            <translation>{name} ({limit} A)</translation>
        </message>
        <message>
            <source>{name} ({limit} A on L{phase})</source>
            <translation>{name} ({limit} A sur L{phase})</translation>
        </message>
        <message>
            <source>paused: connector maximum {maximum} A is below the minimum {minimum} A</source>
            <translation>en pause : maximum de la prise {maximum} A inférieur au minimum {minimum} A</translation>
        </message>
        <message>
            <source>paused: {circuit} is full — waits for a free {minimum} A</source>
            <translation>en pause : {circuit} est plein — attend {minimum} A disponibles</translation>
        </message>
        <message>
            <source>paused: {circuit} is full</source>
            <translation>en pause : {circuit} est plein</translation>
        </message>
        <message>
            <source>paused: connector maximum {maximum} A</source>
            <translation>en pause : maximum de la prise {maximum} A</translation>
        </message>
        <message>
            <source>limited by what the vehicle takes ({taking} A)</source>
            <translation>limité à ce que le véhicule prend ({taking} A)</translation>
        </message>
        <message>
            <source>connector maximum {maximum} A</source>
            <translation>maximum de la prise {maximum} A</translation>
        </message>
        <message>
            <source>first come first served on {circuit}: {position} of {count}</source>
            <translation>premier arrivé, premier servi sur {circuit} : {position} sur {count}</translation>
        </message>
        <message>
            <source>what is free on {circuit}</source>
            <translation>ce qui est disponible sur {circuit}</translation>
        </message>
        <message numerus="yes">
            <source>equal share of {circuit} / %n session(s)</source>
            <translation>
                <numerusform>part égale de {circuit} / %n session de recharge</numerusform>
                <numerusform>part égale de {circuit} / %n sessions de recharge</numerusform>
            </translation>
        </message>
        <message>
            <source>priority {rank} on {circuit}</source>
            <translation>priorité {rank} sur {circuit}</translation>
        </message>
        <message numerus="yes">
            <source>priority {rank} on {circuit}: equal share / %n session(s)</source>
            <translation>
                <numerusform>priorité {rank} sur {circuit} : part égale / %n session de recharge</numerusform>
                <numerusform>priorité {rank} sur {circuit} : part égale / %n sessions de recharge</numerusform>
            </translation>
        </message>
        <message>
            <source>tariff priority {rank} on {circuit}</source>
            <translation>priorité de tarif {rank} sur {circuit}</translation>
        </message>
        <message numerus="yes">
            <source>tariff priority {rank} on {circuit}: equal share / %n session(s)</source>
            <translation>
                <numerusform>priorité de tarif {rank} sur {circuit} : part égale / %n session de recharge</numerusform>
                <numerusform>priorité de tarif {rank} sur {circuit} : part égale / %n sessions de recharge</numerusform>
            </translation>
        </message>
        <message>
            <source>not managed: {reserved} A reserved</source>
            <translation>sans gestion de charge : {reserved} A réservés</translation>
        </message>
        <message>
            <source>limited to {limit} A by {source}</source>
            <translation>limité à {limit} A par {source}</translation>
        </message>
        <message>
            <source>paused: limited to {limit} A by {source}</source>
            <translation>en pause : limité à {limit} A par {source}</translation>
        </message>
        <message>
            <source>the site's energy manager (EMS)</source>
            <translation>le gestionnaire d'énergie du site (EMS)</translation>
        </message>
        <message>
            <source>the grid operator (SO)</source>
            <translation>le gestionnaire de réseau (SO)</translation>
        </message>
        <message>
            <source>another system on site (Other)</source>
            <translation>un autre système sur site (Other)</translation>
        </message>
        <message>
            <source>1st</source>
            <translation>1er</translation>
        </message>
        <message>
            <source>{n}st</source>
            <translation>{n}e</translation>
        </message>
        <message>
            <source>{n}nd</source>
            <translation>{n}e</translation>
        </message>
        <message>
            <source>{n}rd</source>
            <translation>{n}e</translation>
        </message>
        <message>
            <source>{n}th</source>
            <translation>{n}e</translation>
        </message>
        <message>
            <source>not managed ({why}): {reserved} A reserved</source>
            <translation>sans gestion de charge ({why}) : {reserved} A réservés</translation>
        </message>
        <message>
            <source>it takes no charging limits</source>
            <translation>il n'accepte aucune limite de charge</translation>
        </message>
        <message>
            <source>not connected here: its last limit is reserved</source>
            <translation>pas connecté ici : sa dernière limite est réservée</translation>
        </message>
        <message>
            <source>no limit can be set ({error}): its full power is reserved</source>
            <translation>aucune limite possible ({error}) : sa pleine puissance est réservée</translation>
        </message>
        <message>
            <source>SetChargingProfile ({purpose}) {status}: its full power is reserved</source>
            <translation>SetChargingProfile ({purpose}) {status} : sa pleine puissance est réservée</translation>
        </message>
        <message>
            <source>no fail-safe default ({error}): its full power is reserved</source>
            <translation>aucune valeur de repli ({error}) : sa pleine puissance est réservée</translation>
        </message>
        <message>
            <source>fail-safe default ({purpose}) {status}: its full power is reserved</source>
            <translation>valeur de repli ({purpose}) {status} : sa pleine puissance est réservée</translation>
        </message>
        <message>
            <source>fail-safe: connector maximum {maximum} A</source>
            <translation>valeur de repli : maximum de la prise {maximum} A</translation>
        </message>
        <message numerus="yes">
            <source>fail-safe: {name} ({lowest} A) / %n connector(s)</source>
            <translation>
                <numerusform>valeur de repli : {name} ({lowest} A) / %n prise</numerusform>
                <numerusform>valeur de repli : {name} ({lowest} A) / %n prises</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>fail-safe: {name} ({lowest} A, {unmanaged} A unmanaged) / %n connector(s)</source>
            <translation>
                <numerusform>valeur de repli : {name} ({lowest} A, {unmanaged} A sans gestion) / %n prise</numerusform>
                <numerusform>valeur de repli : {name} ({lowest} A, {unmanaged} A sans gestion) / %n prises</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>fail-safe: {name} ({lowest} A, {sessions} A for sessions) / %n connector(s)</source>
            <translation>
                <numerusform>valeur de repli : {name} ({lowest} A, {sessions} A pour les sessions de recharge) / %n prise</numerusform>
                <numerusform>valeur de repli : {name} ({lowest} A, {sessions} A pour les sessions de recharge) / %n prises</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>fail-safe: {name} ({lowest} A, {unmanaged} A unmanaged, {sessions} A for sessions) / %n connector(s)</source>
            <translation>
                <numerusform>valeur de repli : {name} ({lowest} A, {unmanaged} A sans gestion, {sessions} A pour les sessions de recharge) / %n prise</numerusform>
                <numerusform>valeur de repli : {name} ({lowest} A, {unmanaged} A sans gestion, {sessions} A pour les sessions de recharge) / %n prises</numerusform>
            </translation>
        </message>
        <message>
            <source>fail-safe: its session's limit ({limit} A)</source>
            <translation>valeur de repli : limite de sa session de recharge ({limit} A)</translation>
        </message>
        <message>
            <source>{why}: {share} A, below the minimum {minimum} A</source>
            <translation>{why} : {share} A, sous le minimum {minimum} A</translation>
        </message>
        <message>
            <source>{reason}; {steps} (time-of-day limit)</source>
            <translation>{reason} ; {steps} (limite horaire)</translation>
        </message>
        <message>
            <source>{limit} A from {time}</source>
            <translation>{limit} A dès {time}</translation>
        </message>
        <message>
            <source>Base-load meter: {problem}</source>
            <translation>Compteur de charge de base : {problem}</translation>
        </message>
        <message>
            <source>rejects every charging profile</source>
            <translation>refuse tout profil de charge</translation>
        </message>
        <message>
            <source>SmartChargingCtrlr not available (no smart charging)</source>
            <translation>SmartChargingCtrlr non disponible (pas de recharge intelligente)</translation>
        </message>
        <message>
            <source>smart charging switched off (SmartChargingCtrlr.Enabled = false)</source>
            <translation>recharge intelligente désactivée (SmartChargingCtrlr.Enabled = false)</translation>
        </message>
        <message>
            <source>accepts charging profiles but does not apply them (GetCompositeSchedule shows {shown} {unit} after {limit} {unit} was accepted)</source>
            <translation>accepte les profils de charge mais ne les applique pas (GetCompositeSchedule indique {shown} {unit} après l'acceptation de {limit} {unit})</translation>
        </message>
        <message>
            <source>does not answer SetChargingProfile</source>
            <translation>ne répond pas à SetChargingProfile</translation>
        </message>
        <message>
            <source>accepts only ChargePointMaxProfile, which limits the whole charger, not each connector</source>
            <translation>n'accepte que ChargePointMaxProfile, qui limite tout le point de charge, pas chaque prise</translation>
        </message>
        <message>
            <source>the charger takes only TxProfiles, which need a running transaction: no limit can be set now</source>
            <translation>le point de charge n'accepte que des TxProfiles, qui demandent une session de recharge en cours : aucune limite possible maintenant</translation>
        </message>
        <message>
            <source>the charger takes no TxDefaultProfile (nor ChargePointMaxProfile with one connector): it can hold no fail-safe limit</source>
            <translation>le point de charge n'accepte aucun TxDefaultProfile (ni ChargePointMaxProfile avec une prise) : il ne peut garder aucune limite de repli</translation>
        </message>
        <message>
            <source>the charger rejects ChargePointMaxProfile</source>
            <translation>le point de charge refuse ChargePointMaxProfile</translation>
        </message>
        <message>
            <source>the charger's smart charging is not known yet</source>
            <translation>la recharge intelligente du point de charge n'est pas encore connue</translation>
        </message>
        <message>
            <source>{source}: L{phase} reads {value} (not a number): reading refused</source>
            <translation>{source} : L{phase} indique {value} (pas un nombre) : relevé refusé</translation>
        </message>
        <message>
            <source>{source}: L{phase} reads {value} A (negative): reading refused</source>
            <translation>{source} : L{phase} indique {value} A (négatif) : relevé refusé</translation>
        </message>
        <message>
            <source>{source}: L{phase} reads {value} A (implausible): reading refused</source>
            <translation>{source} : L{phase} indique {value} A (invraisemblable) : relevé refusé</translation>
        </message>
        <message>
            <source>waiting for an answer from {where}</source>
            <translation>attend une réponse de {where}</translation>
        </message>
        <message>
            <source>unit {unit} does not answer at {where} ({what}): is the unit id right?</source>
            <translation>l'unité {unit} ne répond pas à {where} ({what}) : l'identifiant d'unité est-il juste ?</translation>
        </message>
        <message>
            <source>{where} unit {unit} refused registers {first}..{last} ({what})</source>
            <translation>{where} unité {unit} a refusé les registres {first}..{last} ({what})</translation>
        </message>
        <message>
            <source>{where} unit {unit} refused registers {first}..{last} ({what}): is the register map right?</source>
            <translation>{where} unité {unit} a refusé les registres {first}..{last} ({what}) : la table des registres est-elle juste ?</translation>
        </message>
        <message>
            <source>{where} unit {unit}: unreadable registers ({error})</source>
            <translation>{where} unité {unit} : registres illisibles ({error})</translation>
        </message>
        <message>
            <source>no answer from {where} since {time} ({detail})</source>
            <translation>aucune réponse de {where} depuis {time} ({detail})</translation>
        </message>
        <message>
            <source>no supply reading (Inlet) from {cp_id} yet</source>
            <translation>pas encore de relevé d'alimentation (Inlet) de {cp_id}</translation>
        </message>
        <message>
            <source>no supply reading (Inlet) from {cp_id} since {time}</source>
            <translation>aucun relevé d'alimentation (Inlet) de {cp_id} depuis {time}</translation>
        </message>
        <message>
            <source>the site's meter cannot be used: {error}</source>
            <translation>le compteur du site ne peut pas être utilisé : {error}</translation>
        </message>
        <message>
            <source>{problem}; the base load measured at {time} holds meanwhile</source>
            <translation>{problem} ; la charge de base mesurée à {time} reste valable en attendant</translation>
        </message>
        <message>
            <source>unmanaged: full power reserved</source>
            <translation>sans gestion de charge : pleine puissance réservée</translation>
        </message>
        <message>
            <source>never connected: what its smart charging accepts is found out when it first boots</source>
            <translation>jamais connecté : ce qu'accepte sa recharge intelligente sera déterminé à son premier démarrage</translation>
        </message>
        <message>
            <source>what its smart charging accepts is not known yet (found out at its next boot)</source>
            <translation>ce qu'accepte sa recharge intelligente n'est pas encore connu (déterminé à son prochain démarrage)</translation>
        </message>
        <message>
            <source>it refuses charging profiles</source>
            <translation>il refuse les profils de charge</translation>
        </message>
        <message>
            <source>it accepts neither TxProfile nor TxDefaultProfile</source>
            <translation>il n'accepte ni TxProfile ni TxDefaultProfile</translation>
        </message>
    </context>
    <context>
        <name>LoadReport</name>
        <message>
            <source>no limit</source>
            <translation>aucune limite</translation>
        </message>
        <message>
            <source>{amps} A</source>
            <translation>{amps} A</translation>
        </message>
        <message>
            <source>paused (0 A)</source>
            <translation>en pause (0 A)</translation>
        </message>
        <message>
            <source>{limit} on 1 phase</source>
            <translation>{limit} sur 1 phase</translation>
        </message>
        <message>
            <source>{time} {limit} {reason} — {answer}</source>
            <translation>{time} {limit} {reason} — {answer}</translation>
        </message>
        <message>
            <source>{time} {limit} {reason}</source>
            <translation>{time} {limit} {reason}</translation>
        </message>
        <message>
            <source>{time} {limit} — {answer}</source>
            <translation>{time} {limit} — {answer}</translation>
        </message>
        <message>
            <source>{time} {limit}</source>
            <translation>{time} {limit}</translation>
        </message>
    </context>
    <context>
        <name>SessionsExporter</name>
        <message>
            <source>the period ends ({end}) before it starts ({start})</source>
            <translation>la période se termine ({end}) avant de commencer ({start})</translation>
        </message>
        <message>
            <source>more than {count} sessions do not fit in one spreadsheet; export CSV or a shorter period</source>
            <translation>plus de {count} sessions de recharge ne tiennent pas dans une feuille de calcul ; exportez en CSV ou une période plus courte</translation>
        </message>
        <message>
            <source>unknown export format {format}; use csv or xlsx</source>
            <translation>format d'export inconnu {format} ; utilisez csv ou xlsx</translation>
        </message>
    </context>
    <context>
        <name>SessionsReport</name>
        <message>
            <source>The period ends before it starts: pick an end date on or after {date}.</source>
            <translation>La période se termine avant de commencer : choisissez une date de fin le {date} ou après.</translation>
        </message>
        <message>
            <source>The user #{id} no longer exists: reload the page and choose again.</source>
            <translation>L'utilisateur n°{id} n'existe plus : rechargez la page et choisissez à nouveau.</translation>
        </message>
        <message>
            <source>The station #{id} no longer exists: reload the page and choose again.</source>
            <translation>La borne de recharge n°{id} n'existe plus : rechargez la page et choisissez à nouveau.</translation>
        </message>
        <message>
            <source>The site #{id} no longer exists: reload the page and choose again.</source>
            <translation>Le site n°{id} n'existe plus : rechargez la page et choisissez à nouveau.</translation>
        </message>
    </context>
</TS>
