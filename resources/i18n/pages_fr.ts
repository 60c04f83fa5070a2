<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AccessMode</name>
    <message>
        <source>Public</source>
        <translation>Public</translation>
    </message>
    <message>
        <source>Limited</source>
        <translation>Restreint</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privé</translation>
    </message>
</context>
<context>
    <name>AccessReasons</name>
    <message>
        <source>Public</source>
        <translation>Public</translation>
    </message>
    <message>
        <source>Limited</source>
        <translation>Restreint</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privé</translation>
    </message>
    <message>
        <source>{mode} (default)</source>
        <translation>{mode} (par défaut)</translation>
    </message>
    <message>
        <source>{mode} (default; {note})</source>
        <translation>{mode} (par défaut ; {note})</translation>
    </message>
    <message>
        <source>{mode} {days} {start}–{end}</source>
        <translation>{mode} {days} {start}–{end}</translation>
    </message>
    <message>
        <source>{mode} {days} {start}–{end} ({note})</source>
        <translation>{mode} {days} {start}–{end} ({note})</translation>
    </message>
    <message>
        <source>{name} (fixed {mode})</source>
        <translation>{name} (fixé : {mode})</translation>
    </message>
    <message>
        <source>{name} follows {day}</source>
        <translation>{name} suit le {day}</translation>
    </message>
</context>
<context>
    <name>AssignTagDialog</name>
    <message>
        <source>Assign RFID tag</source>
        <translation>Attribuer le badge RFID</translation>
    </message>
    <message>
        <source>Tag &lt;b&gt;{tag}&lt;/b&gt; was last presented at {where}, {when}. Who does it belong to?</source>
        <translation>Le badge &lt;b&gt;{tag}&lt;/b&gt; a été présenté pour la dernière fois à {where}, {when}. À qui appartient-il ?</translation>
    </message>
    <message>
        <source>{name} (blocked)</source>
        <translation>{name} (bloqué)</translation>
    </message>
    <message>
        <source>Type a name…</source>
        <translation>Saisir un nom…</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>optional, e.g. white card</source>
        <translation>facultatif, p. ex. badge blanc</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Attribuer</translation>
    </message>
</context>
<context>
    <name>ExceptionsPanel</name>
    <message>
        <source>follows another weekday&apos;s plan</source>
        <translation>suit le plan d&apos;un autre jour de la semaine</translation>
    </message>
    <message>
        <source>fixed mode all day (in its colour)</source>
        <translation>mode fixe toute la journée (dans sa couleur)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>The date the exception applies to (the site&apos;s local date)</source>
        <translation>La date à laquelle l&apos;exception s&apos;applique (date locale du site)</translation>
    </message>
    <message>
        <source>e.g. Christmas, company closing day</source>
        <translation>p. ex. Noël, jour de fermeture de l&apos;entreprise</translation>
    </message>
    <message>
        <source>Follow the plan of</source>
        <translation>Suivre le plan du</translation>
    </message>
    <message>
        <source>The date gets that weekday&apos;s windows (e.g. a public holiday follows Sunday)</source>
        <translation>La date reçoit les plages horaires de ce jour (p. ex. un jour férié suit le dimanche)</translation>
    </message>
    <message>
        <source>Fixed all day</source>
        <translation>Fixe toute la journée</translation>
    </message>
    <message>
        <source>One mode (and tariff) from 00:00 to 24:00; no window applies on that date</source>
        <translation>Un seul mode (et tarif) de 00:00 à 24:00 ; aucune plage horaire ne s&apos;applique ce jour-là</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Clear the form for another date</source>
        <translation>Vider le formulaire pour une autre date</translation>
    </message>
    <message>
        <source>Add exception</source>
        <translation>Ajouter l&apos;exception</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Remove the exception of this date (Del in the list)</source>
        <translation>Supprimer l&apos;exception de cette date (Suppr dans la liste)</translation>
    </message>
    <message>
        <source>Update exception</source>
        <translation>Mettre à jour l&apos;exception</translation>
    </message>
    <message>
        <source>Default tariff</source>
        <translation>Tarif par défaut</translation>
    </message>
    <message>
        <source>follows {weekday}</source>
        <translation>suit le {weekday}</translation>
    </message>
    <message>
        <source>{mode} at &apos;{tariff}&apos; all day</source>
        <translation>{mode} au tarif « {tariff} » toute la journée</translation>
    </message>
    <message>
        <source>{mode} all day</source>
        <translation>{mode} toute la journée</translation>
    </message>
    <message>
        <source>Exception</source>
        <translation>Exception</translation>
    </message>
    <message>
        <source>The label is too long: at most {max} characters.</source>
        <translation>Le libellé est trop long : {max} caractères au plus.</translation>
    </message>
    <message>
        <source>Remove exception</source>
        <translation>Supprimer l&apos;exception</translation>
    </message>
    <message>
        <source>Remove the exception of {date} ({label})?</source>
        <translation>Supprimer l&apos;exception du {date} ({label}) ?</translation>
    </message>
    <message>
        <source>Remove the exception of {date}?</source>
        <translation>Supprimer l&apos;exception du {date} ?</translation>
    </message>
    <message>
        <source>The date then follows the regular {weekday} plan.</source>
        <translation>La date suit alors le plan habituel du {weekday}.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>Import users: problems found</source>
        <translation>Importer des utilisateurs : problèmes trouvés</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n problem(s) on {lines} of {file}.&lt;/b&gt; Nothing was imported.</source>
        <translation>
            <numerusform>&lt;b&gt;%n problème sur {lines} de {file}.&lt;/b&gt; Rien n&apos;a été importé.</numerusform>
            <numerusform>&lt;b&gt;%n problèmes sur {lines} de {file}.&lt;/b&gt; Rien n&apos;a été importé.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Fix the file and import it again, or import the other rows now and add the rest later. Line 1 is the header.</source>
        <translation>Corrigez le fichier et importez-le à nouveau, ou importez maintenant les autres lignes et ajoutez le reste plus tard. La ligne 1 est l&apos;en-tête.</translation>
    </message>
    <message>
        <source>Import the valid rows only</source>
        <translation>Importer uniquement les lignes valides</translation>
    </message>
</context>
<context>
    <name>LearnCardDialog</name>
    <message>
        <source>Learn an RFID card</source>
        <translation>Enregistrer un badge RFID</translation>
    </message>
    <message>
        <source>Choose the charger you are standing at, then tap the card on its reader. The charger refuses the card while this dialog is open, so no charge starts.</source>
        <translation>Choisissez la borne de recharge devant laquelle vous vous trouvez, puis présentez le badge à son lecteur. Tant que cette fenêtre est ouverte, la borne refuse le badge : aucune recharge ne démarre.</translation>
    </message>
    <message>
        <source>Chargers connected now</source>
        <translation>Bornes connectées maintenant</translation>
    </message>
    <message>
        <source>Charger:</source>
        <translation>Borne :</translation>
    </message>
    <message>
        <source>tap a card on the charger</source>
        <translation>présentez un badge à la borne</translation>
    </message>
    <message>
        <source>Card:</source>
        <translation>Badge :</translation>
    </message>
    <message>
        <source>Type a few letters and pick the user; a name nobody has yet creates a new user</source>
        <translation>Saisissez quelques lettres et choisissez l&apos;utilisateur ; un nom que personne n&apos;a encore crée un nouvel utilisateur</translation>
    </message>
    <message>
        <source>Give it to:</source>
        <translation>Attribuer à :</translation>
    </message>
    <message>
        <source>optional, for the new user</source>
        <translation>facultatif, pour le nouvel utilisateur</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail :</translation>
    </message>
    <message>
        <source>e.g. Company car ZH 123, spare card</source>
        <translation>p. ex. voiture de service VD 123, badge de réserve</translation>
    </message>
    <message>
        <source>What the card is, as it shows in the user&apos;s list of cards</source>
        <translation>Ce qu&apos;est le badge, tel qu&apos;il apparaît dans la liste des badges de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation>Libellé :</translation>
    </message>
    <message>
        <source>Save card</source>
        <translation>Enregistrer le badge</translation>
    </message>
    <message>
        <source>{charger} (offline)</source>
        <translation>{charger} (hors ligne)</translation>
    </message>
    <message>
        <source>No charger is connected. Connect the charger (or check its central system address), then choose it here.</source>
        <translation>Aucune borne n&apos;est connectée. Connectez la borne (ou vérifiez l&apos;adresse de son système central), puis choisissez-la ici.</translation>
    </message>
    <message>
        <source>{charger} went offline; learn mode resumes when it is back.</source>
        <translation>{charger} s&apos;est déconnectée ; l&apos;enregistrement reprend à son retour.</translation>
    </message>
    <message>
        <source>Card read on {charger}. Give it to a user and save, or tap another card.</source>
        <translation>Badge lu sur {charger}. Attribuez-le à un utilisateur et enregistrez, ou présentez un autre badge.</translation>
    </message>
    <message>
        <source>Waiting for a card on {charger}… Tap the card on its reader.</source>
        <translation>En attente d&apos;un badge sur {charger}… Présentez le badge au lecteur.</translation>
    </message>
    <message>
        <source>This card already belongs to {user}. To give it to someone else, remove it from that user first (Users page).</source>
        <translation>Ce badge appartient déjà à {user}. Pour l&apos;attribuer à quelqu&apos;un d&apos;autre, retirez-le d&apos;abord à cet utilisateur (page Utilisateurs).</translation>
    </message>
    <message>
        <source>A card nobody has yet.</source>
        <translation>Un badge qui n&apos;appartient encore à personne.</translation>
    </message>
    <message>
        <source>A new user “{name}” is created with this card.</source>
        <translation>Un nouvel utilisateur « {name} » est créé avec ce badge.</translation>
    </message>
    <message>
        <source>Choose the user the card belongs to (type a few letters of the name), or type a new user&apos;s name.</source>
        <translation>Choisissez l&apos;utilisateur à qui appartient le badge (saisissez quelques lettres du nom), ou saisissez le nom d&apos;un nouvel utilisateur.</translation>
    </message>
    <message>
        <source>The card was not saved: {problem}</source>
        <translation>Le badge n&apos;a pas été enregistré : {problem}</translation>
    </message>
    <message>
        <source>Saved: {tag} is now {user}&apos;s card “{label}”. Tap the next card to learn another one, or close.</source>
        <translation>Enregistré : {tag} est désormais le badge « {label} » de {user}. Présentez le badge suivant pour en enregistrer un autre, ou fermez.</translation>
    </message>
    <message>
        <source>Saved: {tag} is now {user}&apos;s card. Tap the next card to learn another one, or close.</source>
        <translation>Enregistré : {tag} est désormais le badge de {user}. Présentez le badge suivant pour en enregistrer un autre, ou fermez.</translation>
    </message>
</context>
<context>
    <name>PlanProblems</name>
    <message>
        <source>Window {window}: choose at least one weekday.</source>
        <translation>Plage {window}&#xa0;: choisissez au moins un jour de la semaine.</translation>
    </message>
    <message>
        <source>Window {window}: the start must be a time from 00:00 to 23:59.</source>
        <translation>Plage {window}&#xa0;: le début doit être une heure de 00:00 à 23:59.</translation>
    </message>
    <message>
        <source>Window {window}: the end must be a time from 00:01 to 24:00.</source>
        <translation>Plage {window}&#xa0;: la fin doit être une heure de 00:01 à 24:00.</translation>
    </message>
    <message numerus="yes">
        <source>Window {window} ({label}) overlaps window {other} ({other_label}) on {span} (and %n more times a week).</source>
        <translation>
            <numerusform>La plage {window} ({label}) chevauche la plage {other} ({other_label}) le {span} (et %n autre fois par semaine).</numerusform>
            <numerusform>La plage {window} ({label}) chevauche la plage {other} ({other_label}) le {span} (et %n autres fois par semaine).</numerusform>
        </translation>
    </message>
    <message>
        <source>Window {window} ({label}) overlaps window {other} ({other_label}) on {span}.</source>
        <translation>La plage {window} ({label}) chevauche la plage {other} ({other_label}) le {span}.</translation>
    </message>
</context>
<context>
    <name>SchedulesPage</name>
    <message>
        <source>Schedules</source>
        <translation>Horaires</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Borne</translation>
    </message>
    <message>
        <source>The station whose access times you edit (type to jump)</source>
        <translation>La borne dont vous modifiez les horaires d&apos;accès (tapez pour y aller)</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Règles</translation>
    </message>
    <message>
        <source>The station&apos;s plan, a connector with its own rules, or a special user&apos;s own times</source>
        <translation>Le plan de la borne, une prise avec ses propres règles ou les horaires propres d&apos;un utilisateur spécial</translation>
    </message>
    <message>
        <source>Own rules for a connector</source>
        <translation>Règles propres pour une prise</translation>
    </message>
    <message>
        <source>Remove own rules…</source>
        <translation>Supprimer les règles propres…</translation>
    </message>
    <message>
        <source>The connector follows the station&apos;s plan again</source>
        <translation>La prise suit à nouveau le plan de la borne</translation>
    </message>
    <message>
        <source>Outside the windows:</source>
        <translation>Hors des plages horaires :</translation>
    </message>
    <message>
        <source>The price outside the windows, and in windows that name no tariff</source>
        <translation>Le prix hors des plages horaires et dans les plages sans tarif propre</translation>
    </message>
    <message>
        <source>at</source>
        <translation>au tarif</translation>
    </message>
    <message>
        <source>light: the default</source>
        <translation>clair : par défaut</translation>
    </message>
    <message>
        <source>What applies now at the site&apos;s local time, including unsaved changes</source>
        <translation>Ce qui s&apos;applique maintenant à l&apos;heure locale du site, modifications non enregistrées comprises</translation>
    </message>
    <message>
        <source>Add window…</source>
        <translation>Ajouter une plage…</translation>
    </message>
    <message>
        <source>Weekly plan</source>
        <translation>Plan hebdomadaire</translation>
    </message>
    <message>
        <source>Date exceptions</source>
        <translation>Exceptions de date</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Discard the unsaved changes and show the stored plan again</source>
        <translation>Abandonner les modifications non enregistrées et réafficher le plan enregistré</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save the whole plan (Ctrl+S)</source>
        <translation>Enregistrer tout le plan (Ctrl+S)</translation>
    </message>
    <message>
        <source>No stations yet. Add one on the Stations page (or import a site) to plan its access times.</source>
        <translation>Aucune borne pour l&apos;instant. Ajoutez-en une sur la page Bornes (ou importez un site) pour planifier ses horaires d&apos;accès.</translation>
    </message>
    <message>
        <source>That special user&apos;s grant no longer exists.</source>
        <translation>L&apos;autorisation de cet utilisateur spécial n&apos;existe plus.</translation>
    </message>
    <message>
        <source>No tariff</source>
        <translation>Aucun tarif</translation>
    </message>
    <message>
        <source>That station no longer exists.</source>
        <translation>Cette borne n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Connector {number} follows the station&apos;s plan, shown here. To give it different times, use “Own rules for a connector”.</source>
        <translation>La prise {number} suit le plan de la borne, affiché ici. Pour lui donner d&apos;autres horaires, utilisez « Règles propres pour une prise ».</translation>
    </message>
    <message>
        <source>Give one connector its own mode, windows and tariffs (starting as a copy of the station&apos;s plan)</source>
        <translation>Donner à une prise son propre mode, ses plages et ses tarifs (en partant d&apos;une copie du plan de la borne)</translation>
    </message>
    <message>
        <source>Every connector of this station has its own rules already</source>
        <translation>Chaque prise de cette borne a déjà ses propres règles</translation>
    </message>
    <message>
        <source>Could not open it: {problem}.</source>
        <translation>Ouverture impossible : {problem}.</translation>
    </message>
    <message>
        <source>Add access time…</source>
        <translation>Ajouter une plage d&apos;accès…</translation>
    </message>
    <message>
        <source>A special user&apos;s own times have no date exceptions</source>
        <translation>Les horaires propres d&apos;un utilisateur spécial n&apos;ont pas d&apos;exceptions de date</translation>
    </message>
    <message>
        <source>Holidays and closing days: another weekday&apos;s plan or a fixed mode</source>
        <translation>Jours fériés et de fermeture : plan d&apos;un autre jour ou mode fixe</translation>
    </message>
    <message>
        <source>Own access times</source>
        <translation>Horaires d&apos;accès propres</translation>
    </message>
    <message>
        <source>{station} connector {number}</source>
        <translation>{station} prise {number}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{user}&lt;/b&gt; may use {where} as a special user only within the times below (none: whenever the station&apos;s plan lets special users in).</source>
        <translation>&lt;b&gt;{user}&lt;/b&gt; peut utiliser {where} en tant qu&apos;utilisateur spécial uniquement aux horaires ci-dessous (aucun : chaque fois que le plan de la borne admet les utilisateurs spéciaux).</translation>
    </message>
    <message>
        <source>Own tariff: &apos;{tariff}&apos;.</source>
        <translation>Tarif propre : « {tariff} ».</translation>
    </message>
    <message>
        <source>Valid {start} – {end}.</source>
        <translation>Valable du {start} au {end}.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Save your changes to {name} first?</source>
        <translation>Enregistrer d&apos;abord vos modifications de {name} ?</translation>
    </message>
    <message>
        <source>Discard drops them; Cancel stays here.</source>
        <translation>Abandonner les supprime ; Annuler reste ici.</translation>
    </message>
    <message>
        <source>this plan</source>
        <translation>ce plan</translation>
    </message>
    <message>
        <source>{user}&apos;s times at {station}</source>
        <translation>les horaires de {user} à {station}</translation>
    </message>
    <message>
        <source>Date exceptions ({count})</source>
        <translation>Exceptions de dates ({count})</translation>
    </message>
    <message>
        <source>Could not save: {problem}. Nothing was saved; try again, or Revert.</source>
        <translation>Enregistrement impossible : {problem}. Rien n&apos;a été enregistré ; réessayez ou rétablissez.</translation>
    </message>
    <message>
        <source>Saved {name} at {time}.</source>
        <translation>{name} enregistré à {time}.</translation>
    </message>
    <message>
        <source>Not saved: this plan was changed on another console meanwhile (see above).</source>
        <translation>Non enregistré : ce plan a été modifié entre-temps sur une autre console (voir ci-dessus).</translation>
    </message>
    <message>
        <source>Reloaded: the calendar shows what is stored now.</source>
        <translation>Rechargé : le calendrier montre ce qui est enregistré maintenant.</translation>
    </message>
    <message>
        <source>Your changes are kept; the rest shows what is stored now. Save replaces what is stored where you changed it.</source>
        <translation>Vos modifications sont conservées ; le reste montre ce qui est enregistré maintenant. Enregistrer remplace ce qui est enregistré là où vous avez modifié.</translation>
    </message>
    <message>
        <source>Default tariff: {problem}.</source>
        <translation>Tarif par défaut : {problem}.</translation>
    </message>
    <message>
        <source>Date exceptions: {problem}</source>
        <translation>Exceptions de date : {problem}</translation>
    </message>
    <message>
        <source>Not saved. {problems}</source>
        <translation>Non enregistré. {problems}</translation>
    </message>
    <message>
        <source>Discard your changes to {name}?</source>
        <translation>Abandonner vos modifications de {name} ?</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Abandonner les modifications</translation>
    </message>
    <message>
        <source>Connector {number} now has its own rules, starting as a copy of the station&apos;s plan. Change them and Save.</source>
        <translation>La prise {number} a maintenant ses propres règles, au départ une copie du plan de la borne. Modifiez-les et enregistrez.</translation>
    </message>
    <message>
        <source>Remove own rules</source>
        <translation>Supprimer les règles propres</translation>
    </message>
    <message>
        <source>Connector {number} will follow the station&apos;s plan again.</source>
        <translation>La prise {number} suivra à nouveau le plan de la borne.</translation>
    </message>
    <message>
        <source>Its own windows and date exceptions are deleted, and your unsaved changes to them are dropped.</source>
        <translation>Ses propres plages et exceptions de date sont supprimées, et vos modifications non enregistrées sont abandonnées.</translation>
    </message>
    <message>
        <source>Its own windows and date exceptions are deleted.</source>
        <translation>Ses propres plages et exceptions de date sont supprimées.</translation>
    </message>
    <message>
        <source>Connector {number} follows the station&apos;s plan again.</source>
        <translation>La prise {number} suit à nouveau le plan de la borne.</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <source>{when}: (no preview: {problem})</source>
        <translation>{when} : (pas d&apos;aperçu : {problem})</translation>
    </message>
    <message>
        <source>{user}&apos;s own times at {station}</source>
        <translation>Horaires propres de {user} à {station}</translation>
    </message>
    <message>
        <source>connector {number} (own rules)</source>
        <translation>prise {number} (règles propres)</translation>
    </message>
    <message>
        <source>{what} · times in {timezone}</source>
        <translation>{what} · heures en {timezone}</translation>
    </message>
</context>
<context>
    <name>SessionDetailDialog</name>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Tariff</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <source>Energy cost</source>
        <translation>Coût énergie</translation>
    </message>
    <message>
        <source>Time cost</source>
        <translation>Coût durée</translation>
    </message>
    <message>
        <source>{days} d {hours} h {minutes} min</source>
        <translation>{days} j {hours} h {minutes} min</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} h {minutes} min</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session de recharge</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Station:</source>
        <translation>Borne :</translation>
    </message>
    <message>
        <source>Site:</source>
        <translation>Site :</translation>
    </message>
    <message>
        <source>Connector:</source>
        <translation>Prise :</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Utilisateur :</translation>
    </message>
    <message>
        <source>RFID tag:</source>
        <translation>Badge RFID :</translation>
    </message>
    <message>
        <source>Start:</source>
        <translation>Début :</translation>
    </message>
    <message>
        <source>Stop:</source>
        <translation>Fin :</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Durée :</translation>
    </message>
    <message>
        <source>Meter start → stop:</source>
        <translation>Compteur début → fin :</translation>
    </message>
    <message>
        <source>Energy:</source>
        <translation>Énergie :</translation>
    </message>
    <message>
        <source>Max power:</source>
        <translation>Puissance max. :</translation>
    </message>
    <message>
        <source>Stop reason:</source>
        <translation>Motif de l&apos;arrêt :</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>État :</translation>
    </message>
    <message>
        <source>Authorization:</source>
        <translation>Autorisation :</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Motif :</translation>
    </message>
    <message>
        <source>Mode at start:</source>
        <translation>Mode au début :</translation>
    </message>
    <message>
        <source>Tariff:</source>
        <translation>Tarif :</translation>
    </message>
    <message>
        <source>Transaction:</source>
        <translation>Transaction :</translation>
    </message>
    <message>
        <source>Reservation:</source>
        <translation>Réservation :</translation>
    </message>
    <message>
        <source>&lt;b&gt;Price by band&lt;/b&gt;</source>
        <translation>&lt;b&gt;Prix par tranche&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Start fee</source>
        <translation>Frais de démarrage</translation>
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
    <message>
        <source>&lt;b&gt;Limits sent (load management)&lt;/b&gt;</source>
        <translation>&lt;b&gt;Limites envoyées (gestion de charge)&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Meter values&lt;/b&gt;</source>
        <translation>&lt;b&gt;Valeurs du compteur&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No meter values were recorded for this session.</source>
        <translation>Aucune valeur de compteur n&apos;a été enregistrée pour cette session de recharge.</translation>
    </message>
    <message>
        <source>Energy delivered (kWh)</source>
        <translation>Énergie fournie (kWh)</translation>
    </message>
    <message>
        <source>Power (kW)</source>
        <translation>Puissance (kW)</translation>
    </message>
    <message>
        <source>kWh</source>
        <translation>kWh</translation>
    </message>
    <message>
        <source>kW</source>
        <translation>kW</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Fermer (Échap)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Read the session again (F5); a running session also refreshes by itself when its charger reports</source>
        <translation>Relire la session (F5) ; une session en cours s&apos;actualise aussi d&apos;elle-même quand sa borne transmet</translation>
    </message>
    <message>
        <source>End session…</source>
        <translation>Terminer la session…</translation>
    </message>
    <message>
        <source>Ask the station</source>
        <translation>Demander à la station</translation>
    </message>
    <message>
        <source>GetTransactionStatus: whether the station still runs this session and still has messages about it</source>
        <translation>GetTransactionStatus : si la station a encore cette session en cours et des messages la concernant</translation>
    </message>
    <message>
        <source>Click again to end it (not priced)</source>
        <translation>Cliquez à nouveau pour la terminer (non facturée)</translation>
    </message>
    <message>
        <source>Asking the station…</source>
        <translation>Demande à la station…</translation>
    </message>
    <message>
        <source>End this session now, as the charger never sent its stop (its card stays busy until then): it ends at its last meter reading, flagged and not priced, and the action is recorded in the audit log</source>
        <translation>Terminer cette session maintenant, car la borne n&apos;a jamais envoyé sa fin (son badge reste occupé jusque-là) : elle se termine au dernier relevé du compteur, signalée et non facturée, et l&apos;action est consignée dans le journal d&apos;audit</translation>
    </message>
    <message>
        <source>Session {id}</source>
        <translation>Session {id}</translation>
    </message>
    <message>
        <source>This session no longer exists (it was deleted).</source>
        <translation>Cette session n&apos;existe plus (elle a été supprimée).</translation>
    </message>
    <message>
        <source>Could not load the session: {problem}</source>
        <translation>Impossible de charger la session : {problem}</translation>
    </message>
    <message>
        <source>tag {tag}</source>
        <translation>badge {tag}</translation>
    </message>
    <message>
        <source>charging now</source>
        <translation>en recharge</translation>
    </message>
    <message>
        <source>Session {id} · {when} ({timezone}) · {state}</source>
        <translation>Session {id} · {when} ({timezone}) · {state}</translation>
    </message>
    <message>
        <source>(no station)</source>
        <translation>(aucune borne)</translation>
    </message>
    <message>
        <source>(nobody: unknown tag)</source>
        <translation>(personne : badge inconnu)</translation>
    </message>
    <message>
        <source>still charging</source>
        <translation>toujours en recharge</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>Active (charging)</source>
        <translation>Active (en recharge)</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Flagged: {flags}</source>
        <translation>Signalée : {flags}</translation>
    </message>
    <message>
        <source>Why: {reason}</source>
        <translation>Pourquoi : {reason}</translation>
    </message>
    <message>
        <source>(no reason was stored)</source>
        <translation>(aucun motif enregistré)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>{id} (OCPP 1.6 transactionId)</source>
        <translation>{id} (transactionId OCPP 1.6)</translation>
    </message>
    <message>
        <source>(no tariff)</source>
        <translation>(aucun tarif)</translation>
    </message>
    <message>
        <source>mode {mode}</source>
        <translation>mode {mode}</translation>
    </message>
    <message>
        <source>VAT {percent} %</source>
        <translation>TVA {percent} %</translation>
    </message>
    <message>
        <source>Not priced yet: the price is computed when the session stops.</source>
        <translation>Pas encore de prix : le prix est calculé à la fin de la session.</translation>
    </message>
    <message>
        <source>No price breakdown was stored for this session.</source>
        <translation>Aucun détail du prix n&apos;a été enregistré pour cette session.</translation>
    </message>
    <message>
        <source>No bands: no tariff applied.</source>
        <translation>Aucune tranche : aucun tarif appliqué.</translation>
    </message>
    <message numerus="yes">
        <source>{purpose} · %n phase(s) · answer: {status}</source>
        <translation>
            <numerusform>{purpose} · %n phase · réponse : {status}</numerusform>
            <numerusform>{purpose} · %n phases · réponse : {status}</numerusform>
        </translation>
    </message>
    <message>
        <source>profile</source>
        <translation>profil</translation>
    </message>
    <message>
        <source>Samples thinned for display; the first 50,000 meter values are shown</source>
        <translation>Échantillons réduits pour l&apos;affichage ; les 50 000 premières valeurs sont affichées</translation>
    </message>
</context>
<context>
    <name>SessionFlags</name>
    <message>
        <source>stopped without a start we saw (unknown transaction)</source>
        <translation>arrêtée sans début constaté (transaction inconnue)</translation>
    </message>
    <message>
        <source>the charger sent the stop twice</source>
        <translation>la borne a envoyé la fin deux fois</translation>
    </message>
    <message>
        <source>the charger&apos;s clock was off (times corrected)</source>
        <translation>l&apos;horloge de la borne était décalée (heures corrigées)</translation>
    </message>
    <message>
        <source>the charger&apos;s meter restarts at 0 per session</source>
        <translation>le compteur de la borne repart à 0 à chaque session</translation>
    </message>
    <message>
        <source>the price could not be computed</source>
        <translation>le prix n&apos;a pas pu être calculé</translation>
    </message>
    <message>
        <source>the charger is bound to no station</source>
        <translation>la borne n&apos;est rattachée à aucune fiche de borne</translation>
    </message>
    <message>
        <source>more energy than the connector can deliver (not priced)</source>
        <translation>plus d&apos;énergie que la prise ne peut fournir (non facturée)</translation>
    </message>
    <message>
        <source>more power than the connector can deliver (not priced)</source>
        <translation>plus de puissance que la prise ne peut fournir (non facturée)</translation>
    </message>
    <message>
        <source>implausible times (not priced)</source>
        <translation>heures invraisemblables (non facturée)</translation>
    </message>
    <message>
        <source>ended by ChargeDesk: a new transaction started on its connector (not priced)</source>
        <translation>terminée par ChargeDesk : une nouvelle transaction a démarré sur sa prise (non facturée)</translation>
    </message>
    <message>
        <source>ended by ChargeDesk: its connector was free again (not priced)</source>
        <translation>terminée par ChargeDesk : sa prise était de nouveau libre (non facturée)</translation>
    </message>
    <message>
        <source>ended by an operator (not priced)</source>
        <translation>terminée par un opérateur (non facturée)</translation>
    </message>
</context>
<context>
    <name>SessionsExport</name>
    <message>
        <source>the disk holding {folder} is full. Free some space or choose another place.</source>
        <translation>le disque contenant {folder} est plein. Libérez de l&apos;espace ou choisissez un autre emplacement.</translation>
    </message>
    <message>
        <source>your disk quota on {folder} is used up. Free some space or choose another place.</source>
        <translation>votre quota disque sur {folder} est épuisé. Libérez de l&apos;espace ou choisissez un autre emplacement.</translation>
    </message>
    <message>
        <source>permission denied: you may not write to {folder}. Choose a folder you can write to.</source>
        <translation>accès refusé : vous ne pouvez pas écrire dans {folder}. Choisissez un dossier où vous pouvez écrire.</translation>
    </message>
    <message>
        <source>{folder} is on a read-only disk. Choose another place.</source>
        <translation>{folder} se trouve sur un disque en lecture seule. Choisissez un autre emplacement.</translation>
    </message>
    <message>
        <source>the folder {folder} does not exist (any more). Choose another place.</source>
        <translation>le dossier {folder} n&apos;existe pas (ou plus). Choisissez un autre emplacement.</translation>
    </message>
</context>
<context>
    <name>SessionsModel</name>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Borne</translation>
    </message>
    <message>
        <source>Conn.</source>
        <translation>Prise</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Badge</translation>
    </message>
    <message>
        <source>Max kW</source>
        <translation>kW max.</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Cur.</source>
        <translation>Dev.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Auth.</source>
        <translation>Autor.</translation>
    </message>
    <message>
        <source>When the session started, in the site&apos;s local time. Click to reverse the order.</source>
        <translation>Début de la session, à l&apos;heure locale du site. Cliquez pour inverser l&apos;ordre.</translation>
    </message>
    <message>
        <source>When it stopped (the time only when on the same day)</source>
        <translation>Fin de la session (l&apos;heure seule si le même jour)</translation>
    </message>
    <message>
        <source>Connector (outlet) number</source>
        <translation>Numéro de la prise</translation>
    </message>
    <message>
        <source>The RFID tag (idTag) presented</source>
        <translation>Le badge RFID (idTag) présenté</translation>
    </message>
    <message>
        <source>Energy delivered (live while charging)</source>
        <translation>Énergie fournie (en direct pendant la recharge)</translation>
    </message>
    <message>
        <source>Highest power measured</source>
        <translation>Puissance maximale mesurée</translation>
    </message>
    <message>
        <source>Price including VAT</source>
        <translation>Prix TVA comprise</translation>
    </message>
    <message>
        <source>Active, completed, and whether the central system flagged something</source>
        <translation>Active, terminée, et si le système central a signalé quelque chose</translation>
    </message>
    <message>
        <source>The authorization answer; hover for the reason</source>
        <translation>La réponse d&apos;autorisation ; survolez pour le motif</translation>
    </message>
    <message>
        <source>{cpid} (no station)</source>
        <translation>{cpid} (aucune borne)</translation>
    </message>
    <message>
        <source>Active · flagged</source>
        <translation>Active · signalée</translation>
    </message>
    <message>
        <source>Completed · flagged</source>
        <translation>Terminée · signalée</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Still charging</source>
        <translation>Toujours en recharge</translation>
    </message>
    <message>
        <source>no site</source>
        <translation>aucun site</translation>
    </message>
    <message>
        <source>Charging now</source>
        <translation>En recharge</translation>
    </message>
    <message>
        <source>Stopped: {reason}</source>
        <translation>Arrêtée : {reason}</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>aucun motif indiqué</translation>
    </message>
    <message>
        <source>Flagged: {flag}</source>
        <translation>Signalée : {flag}</translation>
    </message>
    <message>
        <source>Tariff: {tariff}</source>
        <translation>Tarif : {tariff}</translation>
    </message>
    <message>
        <source>Nobody owns this tag</source>
        <translation>Ce badge n&apos;appartient à personne</translation>
    </message>
    <message>
        <source>Could not read the sessions: {problem}</source>
        <translation>Impossible de lire les sessions : {problem}</translation>
    </message>
</context>
<context>
    <name>SessionsPage</name>
    <message>
        <source>Today</source>
        <extracomment>the period presets as the combo shows them (PRESET_LABELS&apos; order and English words, marked for the catalogue)</extracomment>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Le mois dernier</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Cette année</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Depuis le début</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personnalisée</translation>
    </message>
    <message>
        <source>No match for “{text}”: pick an entry from the list, or clear the field for {all}.</source>
        <translation>Aucun résultat pour « {text} » : choisissez une entrée de la liste ou videz le champ pour {all}.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Sessions are counted in the period of the day they started, in the site&apos;s local time</source>
        <translation>Les sessions sont comptées dans la période du jour où elles ont commencé, à l&apos;heure locale du site</translation>
    </message>
    <message>
        <source>From (inclusive)</source>
        <translation>Du (inclus)</translation>
    </message>
    <message>
        <source>To (inclusive)</source>
        <translation>Au (inclus)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tout état</translation>
    </message>
    <message>
        <source>Active (charging)</source>
        <translation>Actives (en recharge)</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminées</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Signalées</translation>
    </message>
    <message>
        <source>Flagged: the central system noted something about the session (a stop for a transaction it never saw, a charger clock that was off, a price it could not compute, …)</source>
        <translation>Signalées : le système central a noté quelque chose sur la session (une fin pour une transaction jamais vue, une horloge de borne décalée, un prix impossible à calculer, …)</translation>
    </message>
    <message>
        <source>Reset filters</source>
        <translation>Réinitialiser les filtres</translation>
    </message>
    <message>
        <source>This month, every site, station, user and status</source>
        <translation>Ce mois-ci, tous les sites, bornes, utilisateurs et états</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Borne</translation>
    </message>
    <message>
        <source>All stations</source>
        <translation>Toutes les bornes</translation>
    </message>
    <message>
        <source>Type to search stations</source>
        <translation>Tapez pour chercher des bornes</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>Tous les utilisateurs</translation>
    </message>
    <message>
        <source>Type to search users</source>
        <translation>Tapez pour chercher des utilisateurs</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Détails…</translation>
    </message>
    <message>
        <source>The selected session in full: reason, price by band, meter values (Enter)</source>
        <translation>La session choisie en entier : motif, prix par tranche, valeurs du compteur (Entrée)</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Every session of the current filter as a CSV file (Ctrl+E)</source>
        <translation>Toutes les sessions du filtre actuel dans un fichier CSV (Ctrl+E)</translation>
    </message>
    <message>
        <source>Export XLSX…</source>
        <translation>Exporter en XLSX…</translation>
    </message>
    <message>
        <source>Every session of the current filter as an Excel workbook, with totals per currency (Ctrl+Shift+E)</source>
        <translation>Toutes les sessions du filtre actuel dans un classeur Excel, avec les totaux par devise (Ctrl+Maj+E)</translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>Annuler l&apos;export</translation>
    </message>
    <message>
        <source>Stop the export; nothing is written (Esc)</source>
        <translation>Arrêter l&apos;export ; rien n&apos;est écrit (Échap)</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Tous les sites</translation>
    </message>
    <message>
        <source>Choose another period, or Custom, to limit the dates</source>
        <translation>Choisissez une autre période, ou « Personnalisée », pour limiter les dates</translation>
    </message>
    <message>
        <source>The list is ordered by start time (click Start to reverse it); the totals above sum the whole filter.</source>
        <translation>La liste est triée par heure de début (cliquez sur « Début » pour l&apos;inverser) ; les totaux ci-dessus couvrent tout le filtre.</translation>
    </message>
    <message numerus="yes">
        <source>{count} session(s) · computing totals…</source>
        <translation>
            <numerusform>{count} session · calcul des totaux…</numerusform>
            <numerusform>{count} sessions · calcul des totaux…</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Comptage…</translation>
    </message>
    <message>
        <source>An export is running</source>
        <translation>Un export est en cours</translation>
    </message>
    <message>
        <source>The central system is not running in this console.</source>
        <translation>Le système central ne tourne pas dans cette console.</translation>
    </message>
    <message>
        <source>No answer from {cp_id}: {problem}</source>
        <translation>Aucune réponse de {cp_id} : {problem}</translation>
    </message>
    <message>
        <source>Could not read the sites, stations and users: {problem}</source>
        <translation>Impossible de lire les sites, bornes et utilisateurs : {problem}</translation>
    </message>
    <message>
        <source>Export sessions as {format}</source>
        <translation>Exporter les sessions en {format}</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>{count} sessions do not fit in one Excel sheet (at most {limit}). Export CSV, or choose a shorter period.</source>
        <translation>{count} sessions ne tiennent pas dans une feuille Excel ({limit} au plus). Exportez en CSV ou choisissez une période plus courte.</translation>
    </message>
    <message>
        <source>Exporting {rows} of {total} sessions to {file}…</source>
        <translation>Export de {rows} sur {total} sessions vers {file}…</translation>
    </message>
    <message>
        <source>Exporting {rows} sessions to {file}…</source>
        <translation>Export de {rows} sessions vers {file}…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message numerus="yes">
        <source>{count} session(s) exported to {path} (&lt;a href=&quot;{folder}&quot;&gt;open folder&lt;/a&gt;)</source>
        <translation>
            <numerusform>{count} session exportée vers {path} (&lt;a href=&quot;{folder}&quot;&gt;ouvrir le dossier&lt;/a&gt;)</numerusform>
            <numerusform>{count} sessions exportées vers {path} (&lt;a href=&quot;{folder}&quot;&gt;ouvrir le dossier&lt;/a&gt;)</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled: nothing was written to {path}.</source>
        <translation>Export annulé : rien n&apos;a été écrit dans {path}.</translation>
    </message>
    <message>
        <source>Export to {file} failed: {problem} Nothing was written.</source>
        <translation>L&apos;export vers {file} a échoué : {problem} Rien n&apos;a été écrit.</translation>
    </message>
    <message numerus="yes">
        <source>{count} new session(s)</source>
        <translation>
            <numerusform>{count} nouvelle session</numerusform>
            <numerusform>{count} nouvelles sessions</numerusform>
        </translation>
    </message>
    <message>
        <source>Some sessions changed</source>
        <translation>Des sessions ont changé</translation>
    </message>
    <message>
        <source>{what} since the list was read: &lt;a href=&quot;reload&quot;&gt;show them&lt;/a&gt; (F5).</source>
        <translation>{what} depuis la lecture de la liste : &lt;a href=&quot;reload&quot;&gt;les afficher&lt;/a&gt; (F5).</translation>
    </message>
    <message numerus="yes">
        <source>{currency}: {count} session(s), {amount}</source>
        <translation>
            <numerusform>{currency} : {count} session, {amount}</numerusform>
            <numerusform>{currency} : {count} sessions, {amount}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatementDialog</name>
    <message>
        <source>Charging statement {month} {name}.pdf</source>
        <translation>Relevé de recharge {month} {name}.pdf</translation>
    </message>
    <message>
        <source>Monthly statement — {user}</source>
        <translation>Relevé mensuel — {user}</translation>
    </message>
    <message>
        <source>The month of the statement (Up/Down change it). A session belongs to the month it started in, in its site&apos;s local time.</source>
        <translation>Le mois du relevé (Haut/Bas pour le changer). Une session appartient au mois où elle a commencé, à l&apos;heure locale de son site.</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>The PDF file to write (an existing file is replaced)</source>
        <translation>Le fichier PDF à écrire (un fichier existant est remplacé)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Choose the folder and file name</source>
        <translation>Choisir le dossier et le nom du fichier</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Enregistrer sous</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Enregistrer le PDF</translation>
    </message>
    <message>
        <source>Write the statement as an A4 PDF (Enter)</source>
        <translation>Écrire le relevé en PDF A4 (Entrée)</translation>
    </message>
    <message>
        <source>This user no longer exists.</source>
        <translation>Cet utilisateur n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Save statement as</source>
        <translation>Enregistrer le relevé sous</translation>
    </message>
    <message>
        <source>Give the file to write, or choose one with Browse….</source>
        <translation>Indiquez le fichier à écrire ou choisissez-en un avec Parcourir….</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist: choose another with Browse….</source>
        <translation>Le dossier {folder} n&apos;existe pas : choisissez-en un autre avec Parcourir….</translation>
    </message>
    <message>
        <source>The statement could not be written to {path}: {problem}</source>
        <translation>Le relevé n&apos;a pas pu être écrit dans {path} : {problem}</translation>
    </message>
    <message>
        <source>No sessions in {period}: the statement will say so.</source>
        <translation>Aucune session en {period} : le relevé l&apos;indiquera.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) in {period}</source>
        <translation>
            <numerusform>%n session en {period}</numerusform>
            <numerusform>%n sessions en {period}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not priced</source>
        <translation>
            <numerusform>%n non facturée</numerusform>
            <numerusform>%n non facturées</numerusform>
        </translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Page {page} sur {pages}</translation>
    </message>
</context>
<context>
    <name>StationEditor</name>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>Access &amp;&amp; owners</source>
        <translation>Accès &amp;&amp; propriétaires</translation>
    </message>
    <message>
        <source>Special users</source>
        <translation>Utilisateurs spéciaux</translation>
    </message>
    <message>
        <source>Connectors</source>
        <translation>Prises</translation>
    </message>
    <message>
        <source>Location &amp;&amp; notes</source>
        <translation>Emplacement &amp;&amp; notes</translation>
    </message>
    <message>
        <source>The identity the charger connects with: the last part of its URL ws://…/ocpp/HALL-B-1 and its HTTP Basic user name. Letters, digits and . _ ~ * -. Changing it means reconfiguring the charger.</source>
        <translation>L&apos;identité avec laquelle la borne se connecte : la dernière partie de son URL ws://…/ocpp/HALL-B-1 et son nom d&apos;utilisateur HTTP Basic. Lettres, chiffres et . _ ~ * -. La changer implique de reconfigurer la borne.</translation>
    </message>
    <message>
        <source>The charger&apos;s HTTP Basic password (security profiles 1 and 2). Stored hashed: it cannot be shown again. 8–40 printable characters; OCPP recommends 16 or more random ones.</source>
        <translation>Le mot de passe HTTP Basic de la borne (profils de sécurité 1 et 2). Enregistré sous forme hachée : il ne peut plus être affiché. 8 à 40 caractères imprimables ; OCPP en recommande 16 ou plus, aléatoires.</translation>
    </message>
    <message>
        <source>0: plain ws://, a password only if one is set.
1: plain ws:// with HTTP Basic password.
2: wss:// (TLS) with HTTP Basic password — needs the central system&apos;s TLS certificate.</source>
        <translation>0 : ws:// simple, un mot de passe seulement s&apos;il est défini.
1 : ws:// simple avec mot de passe HTTP Basic.
2 : wss:// (TLS) avec mot de passe HTTP Basic — nécessite le certificat TLS du système central.</translation>
    </message>
    <message>
        <source>Lets a charger connect under this identity without any password. Convenient while commissioning, but anybody on the network could pretend to be this charger.</source>
        <translation>Permet à une borne de se connecter sous cette identité sans mot de passe. Pratique pendant la mise en service, mais n&apos;importe qui sur le réseau pourrait se faire passer pour cette borne.</translation>
    </message>
    <message>
        <source>Accept this charger&apos;s messages when they are slightly off the OCPP schema (wrong enum case, too long strings, extra fields); each deviation is logged. Missing fields are still refused.</source>
        <translation>Accepter les messages de cette borne lorsqu&apos;ils s&apos;écartent légèrement du schéma OCPP (casse incorrecte, textes trop longs, champs en trop) ; chaque écart est journalisé. Les champs manquants restent refusés.</translation>
    </message>
    <message>
        <source>Save everything (Enter, Ctrl+S)</source>
        <translation>Tout enregistrer (Entrée, Ctrl+S)</translation>
    </message>
    <message>
        <source>Close without saving (Esc)</source>
        <translation>Fermer sans enregistrer (Échap)</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>e.g. Hall B</source>
        <translation>p. ex. Halle B</translation>
    </message>
    <message>
        <source>The name people know the station by (shown on the dashboard, the map and in reasons)</source>
        <translation>Le nom sous lequel on connaît la borne (affiché sur le tableau de bord, la carte et dans les motifs)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>The site&apos;s time zone applies to the access windows; its currency and VAT to prices</source>
        <translation>Le fuseau horaire du site s&apos;applique aux plages d&apos;accès ; sa devise et sa TVA aux prix</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>e.g. HALL-B-1</source>
        <translation>p. ex. HALL-B-1</translation>
    </message>
    <message>
        <source>Charge point identity</source>
        <translation>Identité du point de charge</translation>
    </message>
    <message>
        <source>Where it is, what it is for (optional)</source>
        <translation>Où elle se trouve, à quoi elle sert (facultatif)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>The OCPP version the charger speaks (updated when it connects)</source>
        <translation>La version OCPP que parle la borne (mise à jour à la connexion)</translation>
    </message>
    <message>
        <source>OCPP version</source>
        <translation>Version OCPP</translation>
    </message>
    <message>
        <source>Enabled: the charger is accepted and cards are checked</source>
        <translation>Activée : la borne est acceptée et les badges sont vérifiés</translation>
    </message>
    <message>
        <source>A disabled station&apos;s charger is answered Rejected at boot and no card is accepted; its history is kept</source>
        <translation>Une borne désactivée reçoit Rejected au démarrage et aucun badge n&apos;est accepté ; son historique est conservé</translation>
    </message>
    <message>
        <source>Reported by the charger (read-only)</source>
        <translation>Transmis par la borne (lecture seule)</translation>
    </message>
    <message>
        <source>From the charger&apos;s BootNotification; updated every time it boots</source>
        <translation>Issu de la BootNotification de la borne ; mis à jour à chaque démarrage</translation>
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
        <translation>Micrologiciel</translation>
    </message>
    <message>
        <source>Show the password as you type it</source>
        <translation>Afficher le mot de passe pendant la saisie</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Remove the current password</source>
        <translation>Supprimer le mot de passe actuel</translation>
    </message>
    <message>
        <source>The charger then connects without a password (if allowed below)</source>
        <translation>La borne se connecte alors sans mot de passe (si autorisé ci-dessous)</translation>
    </message>
    <message>
        <source>Security profile</source>
        <translation>Profil de sécurité</translation>
    </message>
    <message>
        <source>Allow the charger to connect without a password (not recommended)</source>
        <translation>Autoriser la borne à se connecter sans mot de passe (déconseillé)</translation>
    </message>
    <message>
        <source>Lenient: tolerate small OCPP deviations of this charger (logged)</source>
        <translation>Tolérant : accepter de petits écarts OCPP de cette borne (journalisés)</translation>
    </message>
    <message>
        <source>Default access mode</source>
        <translation>Mode d&apos;accès par défaut</translation>
    </message>
    <message>
        <source>— none (free) —</source>
        <translation>— aucun (gratuit) —</translation>
    </message>
    <message>
        <source>The tariff outside the weekly windows (and of windows without their own)</source>
        <translation>Le tarif hors des plages hebdomadaires (et des plages sans tarif propre)</translation>
    </message>
    <message>
        <source>Default tariff</source>
        <translation>Tarif par défaut</translation>
    </message>
    <message>
        <source>— the tariff that applies at the time —</source>
        <translation>— le tarif en vigueur au moment —</translation>
    </message>
    <message>
        <source>What the station&apos;s owners pay, whatever the time</source>
        <translation>Ce que paient les propriétaires de la borne, quelle que soit l&apos;heure</translation>
    </message>
    <message>
        <source>Owner tariff</source>
        <translation>Tarif propriétaire</translation>
    </message>
    <message>
        <source>The weekly windows and holidays of this station, edited in the schedule calendar</source>
        <translation>Les plages hebdomadaires et jours fériés de cette borne, modifiés dans le calendrier des horaires</translation>
    </message>
    <message>
        <source>Edit schedule…</source>
        <translation>Modifier les horaires…</translation>
    </message>
    <message>
        <source>Weekly windows</source>
        <translation>Plages hebdomadaires</translation>
    </message>
    <message>
        <source>Owners — may always charge here, at the owner tariff</source>
        <translation>Propriétaires — peuvent toujours recharger ici, au tarif propriétaire</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>e.g. 47.3769</source>
        <translation>p. ex. 46.5197</translation>
    </message>
    <message>
        <source>Latitude in decimal degrees, -90 (south) to 90 (north)</source>
        <translation>Latitude en degrés décimaux, de -90 (sud) à 90 (nord)</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <source>e.g. 8.5417</source>
        <translation>p. ex. 6.6323</translation>
    </message>
    <message>
        <source>Longitude in decimal degrees, -180 (west) to 180 (east)</source>
        <translation>Longitude en degrés décimaux, de -180 (ouest) à 180 (est)</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <source>Street, postcode, town (free text)</source>
        <translation>Rue, NPA, localité (texte libre)</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Set on map…</source>
        <translation>Placer sur la carte…</translation>
    </message>
    <message>
        <source>Remove location</source>
        <translation>Supprimer l&apos;emplacement</translation>
    </message>
    <message>
        <source>Clear latitude, longitude and address: the station leaves the map</source>
        <translation>Effacer latitude, longitude et adresse : la borne quitte la carte</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Anything the next person should know: where the key is, who to call…</source>
        <translation>Ce que la prochaine personne doit savoir : où est la clé, qui appeler…</translation>
    </message>
    <message>
        <source>(no site yet)</source>
        <translation>(pas encore de site)</translation>
    </message>
    <message>
        <source>No site yet: create one in Settings → Sites first; every station belongs to a site.</source>
        <translation>Pas encore de site : créez-en d&apos;abord un dans Paramètres → Sites ; chaque borne appartient à un site.</translation>
    </message>
    <message>
        <source>Open the weekly calendar of this station</source>
        <translation>Ouvrir le calendrier hebdomadaire de cette borne</translation>
    </message>
    <message>
        <source>Save the station first; the calendar edits saved stations</source>
        <translation>Enregistrez d&apos;abord la borne ; le calendrier modifie les bornes enregistrées</translation>
    </message>
    <message>
        <source>Place the station&apos;s needle on the map</source>
        <translation>Placer l&apos;épingle de la borne sur la carte</translation>
    </message>
    <message>
        <source>Save the station first, then place it on the map (or type the coordinates)</source>
        <translation>Enregistrez d&apos;abord la borne, puis placez-la sur la carte (ou saisissez les coordonnées)</translation>
    </message>
    <message>
        <source>No weekly windows: the default mode and tariff apply all week.</source>
        <translation>Aucune plage hebdomadaire : le mode et le tarif par défaut s&apos;appliquent toute la semaine.</translation>
    </message>
    <message>
        <source>New station</source>
        <translation>Nouvelle borne</translation>
    </message>
    <message>
        <source>New station (duplicate)</source>
        <translation>Nouvelle borne (copie)</translation>
    </message>
    <message>
        <source>Station {name}</source>
        <translation>Borne {name}</translation>
    </message>
    <message>
        <source>{title} — ChargeDesk</source>
        <translation>{title} — ChargeDesk</translation>
    </message>
    <message>
        <source>copy: weekly windows and holidays are copied on save</source>
        <translation>copie : les plages hebdomadaires et jours fériés sont copiés à l&apos;enregistrement</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>The password is removed when you save.</source>
        <translation>Le mot de passe est supprimé à l&apos;enregistrement.</translation>
    </message>
    <message>
        <source>A good password.</source>
        <translation>Un bon mot de passe.</translation>
    </message>
    <message>
        <source>It replaces the current one when you save.</source>
        <translation>Il remplace l&apos;actuel à l&apos;enregistrement.</translation>
    </message>
    <message>
        <source>A password is set. Leave the field empty to keep it.</source>
        <translation>Un mot de passe est défini. Laissez le champ vide pour le conserver.</translation>
    </message>
    <message>
        <source>No password set.</source>
        <translation>Aucun mot de passe défini.</translation>
    </message>
    <message>
        <source>Only applies while the station has no password: with a password the charger must always give it</source>
        <translation>Ne s&apos;applique que tant que la borne n&apos;a pas de mot de passe : avec un mot de passe, la borne doit toujours le donner</translation>
    </message>
    <message numerus="yes">
        <source>Not saved: %n problem(s) ({tabs}). Fix the fields marked in red.</source>
        <translation>
            <numerusform>Non enregistré : %n problème ({tabs}). Corrigez les champs marqués en rouge.</numerusform>
            <numerusform>Non enregistré : %n problèmes ({tabs}). Corrigez les champs marqués en rouge.</numerusform>
        </translation>
    </message>
    <message>
        <source>All problems fixed: Save to keep your changes.</source>
        <translation>Tous les problèmes sont corrigés : enregistrez pour conserver vos modifications.</translation>
    </message>
    <message>
        <source>No user called &apos;{name}&apos;: pick a name from the list.</source>
        <translation>Aucun utilisateur nommé « {name} » : choisissez un nom dans la liste.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Not saved: {problem}</source>
        <translation>Non enregistré : {problem}</translation>
    </message>
    <message>
        <source>Not saved: this station was deleted meanwhile. Cancel, or copy what you need first.</source>
        <translation>Non enregistré : cette borne a été supprimée entre-temps. Annulez, ou copiez d&apos;abord ce dont vous avez besoin.</translation>
    </message>
    <message>
        <source>Not saved: {problem}.</source>
        <translation>Non enregistré : {problem}.</translation>
    </message>
    <message>
        <source>Not saved, nothing was written: {problem}</source>
        <translation>Non enregistré, rien n&apos;a été écrit : {problem}</translation>
    </message>
    <message>
        <source>Not saved: this station was changed on another console meanwhile (see above).</source>
        <translation>Non enregistré : cette borne a été modifiée entre-temps sur une autre console (voir ci-dessus).</translation>
    </message>
    <message>
        <source>This station was deleted on another console. Cancel closes the editor.</source>
        <translation>Cette borne a été supprimée sur une autre console. Annuler ferme l&apos;éditeur.</translation>
    </message>
    <message>
        <source>Reloaded: the form shows what is stored now.</source>
        <translation>Rechargé : le formulaire montre ce qui est enregistré maintenant.</translation>
    </message>
    <message>
        <source>Your changes are kept; the other fields show what is stored now. Save replaces what is stored where you changed it.</source>
        <translation>Vos modifications sont conservées ; les autres champs montrent ce qui est enregistré maintenant. Enregistrer remplace ce qui est enregistré là où vous avez modifié.</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Abandonner les modifications ?</translation>
    </message>
    <message>
        <source>Discard your changes to {name}?</source>
        <translation>Abandonner vos modifications de {name} ?</translation>
    </message>
    <message>
        <source>the new station</source>
        <translation>la nouvelle borne</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Continuer la modification</translation>
    </message>
</context>
<context>
    <name>StationsPage</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Charge point id</source>
        <translation>ID du point de charge</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Connectors</source>
        <translation>Prises</translation>
    </message>
    <message>
        <source>Mode now</source>
        <translation>Mode actuel</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Dernier contact</translation>
    </message>
    <message>
        <source>Local list</source>
        <translation>Liste locale</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>not supported</source>
        <translation>non prise en charge</translation>
    </message>
    <message>
        <source>not in sync</source>
        <translation>pas synchronisée</translation>
    </message>
    <message>
        <source>version {version}</source>
        <translation>version {version}</translation>
    </message>
    <message>
        <source>The charger&apos;s local list is kept in sync with who may charge here at any time once it connects.</source>
        <translation>Dès que le point de charge se connecte, sa liste locale est synchronisée avec les personnes autorisées à charger ici à tout moment.</translation>
    </message>
    <message>
        <source>Last synchronised {at}: {outcome}</source>
        <translation>Dernière synchronisation {at} : {outcome}</translation>
    </message>
    <message>
        <source>Without a local list the charger does not check cards against this station&apos;s rules while it is offline.</source>
        <translation>Sans liste locale, le point de charge ne vérifie pas les badges selon les règles de cette borne de recharge lorsqu&apos;il est hors ligne.</translation>
    </message>
    <message>
        <source>Number of connectors and each connector&apos;s live status</source>
        <translation>Nombre de prises et état en direct de chaque prise</translation>
    </message>
    <message>
        <source>The access mode right now at the site&apos;s local time (connectors with their own rules are listed when they differ)</source>
        <translation>Le mode d&apos;accès en ce moment, à l&apos;heure locale du site (les prises avec leurs propres règles sont listées si elles diffèrent)</translation>
    </message>
    <message>
        <source>How the charger authenticates. &apos;Unsecured&apos; means any device may connect under this charge point id: set a password</source>
        <translation>Comment la borne s&apos;authentifie. « Non sécurisée » signifie que n&apos;importe quel appareil peut se connecter sous cet ID de point de charge : définissez un mot de passe</translation>
    </message>
    <message>
        <source>When the charger was last heard from (site&apos;s local time)</source>
        <translation>Dernière communication de la borne (heure locale du site)</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>aucune pour l&apos;instant</translation>
    </message>
    <message>
        <source>online · disabled</source>
        <translation>en ligne · désactivée</translation>
    </message>
    <message>
        <source>offline · disabled</source>
        <translation>hors ligne · désactivée</translation>
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
        <source>Disabled: its charger is refused and no card is accepted.</source>
        <translation>Désactivée : la borne est refusée et aucun badge n&apos;est accepté.</translation>
    </message>
    <message>
        <source>No connectors yet: they appear when the charger reports them.</source>
        <translation>Pas encore de prises : elles apparaissent quand la borne les signale.</translation>
    </message>
    <message>
        <source>No password and unsecured connections allowed: any device on the network can connect as this charger. Open the station and set a password.</source>
        <translation>Pas de mot de passe et connexions non sécurisées autorisées : n&apos;importe quel appareil du réseau peut se connecter comme cette borne. Ouvrez la borne et définissez un mot de passe.</translation>
    </message>
    <message>
        <source>No password and unsecured connections refused: the charger cannot connect until you set a password.</source>
        <translation>Pas de mot de passe et connexions non sécurisées refusées : la borne ne peut pas se connecter tant que vous n&apos;avez pas défini de mot de passe.</translation>
    </message>
    <message>
        <source>Security profile {profile}, password set</source>
        <translation>Profil de sécurité {profile}, mot de passe défini</translation>
    </message>
    <message>
        <source>type unknown</source>
        <translation>type inconnu</translation>
    </message>
    <message>
        <source>, {kw} kW</source>
        <translation>, {kw} kW</translation>
    </message>
    <message>
        <source>Offline (last: {status})</source>
        <translation>Hors ligne (dernier : {status})</translation>
    </message>
    <message>
        <source>Connector {number}: {plug}{power} — {status}{error}</source>
        <translation>Prise {number} : {plug}{power} — {status}{error}</translation>
    </message>
    <message>
        <source>Any access mode</source>
        <translation>Tout mode d&apos;accès</translation>
    </message>
    <message>
        <source>Public now</source>
        <translation>Public maintenant</translation>
    </message>
    <message>
        <source>Limited now</source>
        <translation>Restreint maintenant</translation>
    </message>
    <message>
        <source>Private now</source>
        <translation>Privé maintenant</translation>
    </message>
    <message>
        <source>Show the stations of one site</source>
        <translation>Afficher les bornes d&apos;un site</translation>
    </message>
    <message>
        <source>Faulted: the charger or a connector reports Faulted. Charging: a connector is Charging or Suspended (a session in progress)</source>
        <translation>En défaut : la borne ou une prise signale Faulted. En recharge : une prise est Charging ou Suspended (une session en cours)</translation>
    </message>
    <message>
        <source>The access mode right now, at each site&apos;s local time (a station matches when the station or one of its connectors is in that mode)</source>
        <translation>Le mode d&apos;accès en ce moment, à l&apos;heure locale de chaque site (une borne correspond si elle ou l&apos;une de ses prises est dans ce mode)</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tout état</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Faulted</source>
        <translation>En défaut</translation>
    </message>
    <message>
        <source>Charging</source>
        <translation>En recharge</translation>
    </message>
    <message>
        <source>Search name, charge point id or address</source>
        <translation>Chercher nom, ID du point de charge ou adresse</translation>
    </message>
    <message>
        <source>Every word must appear in the name, the charge point id or the address (Ctrl+F)</source>
        <translation>Chaque mot doit figurer dans le nom, l&apos;ID du point de charge ou l&apos;adresse (Ctrl+F)</translation>
    </message>
    <message>
        <source>New station…</source>
        <translation>Nouvelle borne…</translation>
    </message>
    <message>
        <source>Add a station (Ctrl+N)</source>
        <translation>Ajouter une borne (Ctrl+N)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Open the selected station (Enter or double-click)</source>
        <translation>Ouvrir la borne choisie (Entrée ou double-clic)</translation>
    </message>
    <message>
        <source>Duplicate…</source>
        <translation>Dupliquer…</translation>
    </message>
    <message>
        <source>A new station with the same site, settings, connectors and access rules (a new charge point id, no password)</source>
        <translation>Une nouvelle borne avec le même site, les mêmes réglages, prises et règles d&apos;accès (nouvel ID de point de charge, sans mot de passe)</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Delete the selected station (Del). A station with sessions can only be disabled</source>
        <translation>Supprimer la borne choisie (Suppr). Une borne avec des sessions peut seulement être désactivée</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Tous les sites</translation>
    </message>
    <message numerus="yes">
        <source>%n station(s)</source>
        <translation>
            <numerusform>%n borne</numerusform>
            <numerusform>%n bornes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n station(s) shown</source>
        <translation>
            <numerusform>{shown} sur %n borne affichée</numerusform>
            <numerusform>{shown} sur %n bornes affichées</numerusform>
        </translation>
    </message>
    <message>
        <source>No stations yet. Click &lt;b&gt;New station…&lt;/b&gt;, or point a charger at this central system (its address is in the status bar) and accept it.</source>
        <translation>Aucune borne pour l&apos;instant. Cliquez sur &lt;b&gt;Nouvelle borne…&lt;/b&gt;, ou dirigez une borne vers ce système central (son adresse est dans la barre d&apos;état) et acceptez-la.</translation>
    </message>
    <message>
        <source>No stations and no site yet. Stations belong to a site: create one in &lt;b&gt;Settings → Sites&lt;/b&gt; first, then add stations here.</source>
        <translation>Aucune borne ni aucun site pour l&apos;instant. Les bornes appartiennent à un site : créez-en d&apos;abord un dans &lt;b&gt;Paramètres → Sites&lt;/b&gt;, puis ajoutez les bornes ici.</translation>
    </message>
    <message>
        <source>No station matches the search and filters.</source>
        <translation>Aucune borne ne correspond à la recherche et aux filtres.</translation>
    </message>
    <message>
        <source>No site yet</source>
        <translation>Pas encore de site</translation>
    </message>
    <message>
        <source>Every station belongs to a site (its time zone, currency and VAT).

Create a site in Settings → Sites first, then add the station here.</source>
        <translation>Chaque borne appartient à un site (son fuseau horaire, sa devise et sa TVA).

Créez d&apos;abord un site dans Paramètres → Sites, puis ajoutez la borne ici.</translation>
    </message>
    <message>
        <source>{problem}. The list was refreshed.</source>
        <translation>{problem}. La liste a été actualisée.</translation>
    </message>
    <message>
        <source>Saved station {name}.</source>
        <translation>Borne {name} enregistrée.</translation>
    </message>
    <message numerus="yes">
        <source>Delete station {name} ({cpid}) with its %n connector(s), its access rules, owners and special users?

This cannot be undone.</source>
        <translation>
            <numerusform>Supprimer la borne {name} ({cpid}) avec sa prise, ses règles d&apos;accès, propriétaires et utilisateurs spéciaux ?

Cette action est irréversible.</numerusform>
            <numerusform>Supprimer la borne {name} ({cpid}) avec ses %n prises, ses règles d&apos;accès, propriétaires et utilisateurs spéciaux ?

Cette action est irréversible.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete station {name} ({cpid}) its access rules, owners and special users?

This cannot be undone.</source>
        <translation>Supprimer la borne {name} ({cpid}), ses règles d&apos;accès, propriétaires et utilisateurs spéciaux ?

Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Delete station</source>
        <translation>Supprimer la borne</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>{name}: {conflict} Look at it again before deleting.</source>
        <translation>{name} : {conflict} Revoyez-la avant de la supprimer.</translation>
    </message>
    <message>
        <source>{name} was already deleted.</source>
        <translation>{name} a déjà été supprimée.</translation>
    </message>
    <message>
        <source>Deleted station {name} ({cpid}).</source>
        <translation>Borne {name} ({cpid}) supprimée.</translation>
    </message>
    <message>
        <source>Station has sessions</source>
        <translation>La borne a des sessions</translation>
    </message>
    <message>
        <source>Disable station</source>
        <translation>Désactiver la borne</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>{problem}

{name} is already disabled.</source>
        <translation>{problem}

{name} est déjà désactivée.</translation>
    </message>
    <message>
        <source>{name} was deleted meanwhile.</source>
        <translation>{name} a été supprimée entre-temps.</translation>
    </message>
    <message>
        <source>Disabled station {name}: its charger is refused; its history is kept.</source>
        <translation>Borne {name} désactivée : elle est refusée ; son historique est conservé.</translation>
    </message>
</context>
<context>
    <name>TagDialog</name>
    <message>
        <source>The RFID card&apos;s idTag as a charger reads it: up to 20 letters, digits and - _ : . Chargers match tags in any case; they are stored in capitals.</source>
        <translation>L&apos;idTag du badge RFID tel qu&apos;une borne le lit : jusqu&apos;à 20 lettres, chiffres et - _ : . Les bornes comparent les badges sans tenir compte de la casse ; ils sont enregistrés en majuscules.</translation>
    </message>
    <message>
        <source>Optional group ID (OCPP parentIdTag). Tags with the same parent count as one: the group may charge at one connector at a time. Leave it empty for a personal tag.</source>
        <translation>ID de groupe facultatif (OCPP parentIdTag). Les badges de même parent comptent pour un : le groupe peut recharger sur une seule prise à la fois. Laissez vide pour un badge personnel.</translation>
    </message>
    <message>
        <source>Edit RFID tag</source>
        <translation>Modifier le badge RFID</translation>
    </message>
    <message>
        <source>Add RFID tag</source>
        <translation>Ajouter un badge RFID</translation>
    </message>
    <message>
        <source>e.g. 04A2B3C4</source>
        <translation>p. ex. 04A2B3C4</translation>
    </message>
    <message>
        <source>Tags a charger read recently that nobody owns: tap the new card on a charger, then pick it here.</source>
        <translation>Badges lus récemment par une borne et qui n&apos;appartiennent à personne : présentez le nouveau badge à une borne, puis choisissez-le ici.</translation>
    </message>
    <message>
        <source>Pick a tag a charger read recently…</source>
        <translation>Choisir un badge lu récemment…</translation>
    </message>
    <message>
        <source>Tag ID</source>
        <translation>ID du badge</translation>
    </message>
    <message>
        <source>e.g. white card, key fob, pool car 3</source>
        <translation>p. ex. badge blanc, porte-clés, voiture de pool 3</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Blocked and expired tags are refused at every charger.</source>
        <translation>Les badges bloqués et expirés sont refusés à toutes les bornes.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>only until</source>
        <translation>seulement jusqu&apos;au</translation>
    </message>
    <message>
        <source>The last day the tag is accepted (inclusive, {timezone} time).</source>
        <translation>Le dernier jour où le badge est accepté (inclus, heure {timezone}).</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valable</translation>
    </message>
    <message>
        <source>optional group ID</source>
        <translation>ID de groupe facultatif</translation>
    </message>
    <message>
        <source>Parent tag</source>
        <translation>Badge parent</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>Ajouter le badge</translation>
    </message>
</context>
<context>
    <name>TimeParse</name>
    <message>
        <source>{text} is not a day list (e.g. &apos;Mon-Fri&apos; or &apos;Sat,Sun&apos;)</source>
        <translation>{text} n&apos;est pas une liste de jours (p. ex. &apos;Mon-Fri&apos; ou &apos;Sat,Sun&apos;)</translation>
    </message>
    <message>
        <source>{text} is not a time (HH:MM)</source>
        <translation>{text} n&apos;est pas une heure (HH:MM)</translation>
    </message>
    <message>
        <source>{text} is not a time (HH:MM, 00:00–23:59, or 24:00)</source>
        <translation>{text} n&apos;est pas une heure (HH:MM, 00:00–23:59, ou 24:00)</translation>
    </message>
    <message>
        <source>{text} is not a time (HH:MM, 00:00–23:59)</source>
        <translation>{text} n&apos;est pas une heure (HH:MM, 00:00–23:59)</translation>
    </message>
</context>
<context>
    <name>UserEditor</name>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloqué</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <source>Delete user…</source>
        <translation>Supprimer l&apos;utilisateur…</translation>
    </message>
    <message>
        <source>Delete this user and their RFID tags (their sessions stay in the history)</source>
        <translation>Supprimer cet utilisateur et ses badges RFID (ses sessions restent dans l&apos;historique)</translation>
    </message>
    <message>
        <source>Monthly statement…</source>
        <translation>Relevé mensuel…</translation>
    </message>
    <message>
        <source>A PDF of this user&apos;s charging sessions in one month with the totals, to hand over or charge back (Ctrl+P)</source>
        <translation>Un PDF des sessions de recharge de cet utilisateur sur un mois avec les totaux, à remettre ou à refacturer (Ctrl+P)</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Forget the changes (Esc)</source>
        <translation>Oublier les modifications (Échap)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save the user and their tags (Enter or Ctrl+S)</source>
        <translation>Enregistrer l&apos;utilisateur et ses badges (Entrée ou Ctrl+S)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation>Prénom et nom</translation>
    </message>
    <message>
        <source>Unique: two users cannot have the same name (add e.g. the department).</source>
        <translation>Unique : deux utilisateurs ne peuvent pas avoir le même nom (ajoutez p. ex. le service).</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nom@exemple.ch</translation>
    </message>
    <message>
        <source>Shown on exports and statements, for charging costs back internally.</source>
        <translation>Figure sur les exports et relevés, pour refacturer les coûts en interne.</translation>
    </message>
    <message>
        <source>A blocked user&apos;s tags are refused at every charger (the tags keep their own status).</source>
        <translation>Les badges d&apos;un utilisateur bloqué sont refusés à toutes les bornes (les badges gardent leur propre état).</translation>
    </message>
    <message>
        <source>Notes (only shown here)</source>
        <translation>Notes (affichées seulement ici)</translation>
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
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>RFID tags</source>
        <translation>Badges RFID</translation>
    </message>
    <message>
        <source>Tag ID</source>
        <translation>ID du badge</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valable jusqu&apos;au</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Parent</translation>
    </message>
    <message>
        <source>Add tag…</source>
        <translation>Ajouter un badge…</translation>
    </message>
    <message>
        <source>Add an RFID tag (Insert)</source>
        <translation>Ajouter un badge RFID (Inser)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Change the selected tag (Enter, or double-click it)</source>
        <translation>Modifier le badge choisi (Entrée ou double-clic)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Remove the selected tag (Del); it is deleted when you save</source>
        <translation>Retirer le badge choisi (Suppr) ; il est supprimé à l&apos;enregistrement</translation>
    </message>
    <message>
        <source>Stations this user may use now</source>
        <translation>Bornes que cet utilisateur peut utiliser maintenant</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Vérifier à nouveau</translation>
    </message>
    <message>
        <source>Ask the access rules again for the current time</source>
        <translation>Interroger à nouveau les règles d&apos;accès pour l&apos;heure actuelle</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Borne</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Tariff</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>No user selected</source>
        <translation>Aucun utilisateur choisi</translation>
    </message>
    <message>
        <source>Save the user to see where they may charge.</source>
        <translation>Enregistrez l&apos;utilisateur pour voir où il peut recharger.</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>Nouvel utilisateur</translation>
    </message>
    <message>
        <source>(not saved yet)</source>
        <translation>(pas encore enregistré)</translation>
    </message>
    <message>
        <source>Expires {when} ({timezone})</source>
        <translation>Expire le {when} ({timezone})</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Tag {number}</source>
        <translation>Badge {number}</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Tag {tag} will be removed when you save.</source>
        <translation>Le badge {tag} sera retiré à l&apos;enregistrement.</translation>
    </message>
    <message>
        <source>Not saved: {problem}.</source>
        <translation>Non enregistré : {problem}.</translation>
    </message>
    <message>
        <source>Created {name}.</source>
        <translation>{name} créé.</translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation>{name} enregistré.</translation>
    </message>
    <message>
        <source>Not saved: fix the marked field.</source>
        <translation>Non enregistré : corrigez le champ signalé.</translation>
    </message>
    <message>
        <source>Not saved: fix the {count} marked problems.</source>
        <translation>Non enregistré : corrigez les {count} problèmes signalés.</translation>
    </message>
    <message>
        <source>Not saved: this user was changed on another console meanwhile (see above).</source>
        <translation>Non enregistré : cet utilisateur a été modifié entre-temps sur une autre console (voir ci-dessus).</translation>
    </message>
    <message>
        <source>Reloaded: the form shows what is stored now.</source>
        <translation>Rechargé : le formulaire montre ce qui est enregistré maintenant.</translation>
    </message>
    <message>
        <source>Your changes are kept; the other fields show what is stored now. Save replaces what is stored where you changed it.</source>
        <translation>Vos modifications sont conservées ; les autres champs montrent ce qui est enregistré maintenant. Enregistrer remplace ce qui est enregistré là où vous avez modifié.</translation>
    </message>
    <message>
        <source>Changes reverted.</source>
        <translation>Modifications annulées.</translation>
    </message>
    <message>
        <source>No sessions in {period}: an empty statement was saved to {path}.</source>
        <translation>Aucune session en {period} : un relevé vide a été enregistré dans {path}.</translation>
    </message>
    <message numerus="yes">
        <source>Statement for {period} (%n session(s)) saved to {path}.</source>
        <translation>
            <numerusform>Relevé de {period} (%n session) enregistré dans {path}.</numerusform>
            <numerusform>Relevé de {period} (%n sessions) enregistré dans {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the stations…</source>
        <translation>Vérification des bornes…</translation>
    </message>
    <message>
        <source>This user no longer exists.</source>
        <translation>Cet utilisateur n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Could not check the stations: {problem}</source>
        <translation>Impossible de vérifier les bornes : {problem}</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;May use {accepted} of %n station(s)&lt;/b&gt; right now (checked at {time} with tag {tag}).</source>
        <translation>
            <numerusform>&lt;b&gt;Peut utiliser {accepted} borne sur %n&lt;/b&gt; en ce moment (vérifié à {time} avec le badge {tag}).</numerusform>
            <numerusform>&lt;b&gt;Peut utiliser {accepted} bornes sur %n&lt;/b&gt; en ce moment (vérifié à {time} avec le badge {tag}).</numerusform>
        </translation>
    </message>
    <message>
        <source>{mode} until {time}</source>
        <translation>{mode} jusqu&apos;à {time}</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepté</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>OCPP answer: {status}</source>
        <translation>Réponse OCPP : {status}</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Badges</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloqué</translation>
    </message>
    <message>
        <source>cost centre {code}</source>
        <translation>centre de coûts {code}</translation>
    </message>
    <message>
        <source>RFID tags: {tags}</source>
        <translation>Badges RFID : {tags}</translation>
    </message>
    <message>
        <source>No RFID tags</source>
        <translation>Aucun badge RFID</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>New user</source>
        <translation>Nouvel utilisateur</translation>
    </message>
    <message>
        <source>Create a user (Ctrl+N)</source>
        <translation>Créer un utilisateur (Ctrl+N)</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Importer un CSV…</translation>
    </message>
    <message>
        <source>Create or update users and their tags from a CSV file (columns name;email;phone;company;cost_centre;active;tags;tag_label)</source>
        <translation>Créer ou mettre à jour des utilisateurs et leurs badges depuis un fichier CSV (colonnes name;email;phone;company;cost_centre;active;tags;tag_label)</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Save every user and their tags as a CSV file (the import&apos;s format)</source>
        <translation>Enregistrer tous les utilisateurs et leurs badges dans un fichier CSV (au format de l&apos;import)</translation>
    </message>
    <message>
        <source>Search name, e-mail, company or tag… (Ctrl+F)</source>
        <translation>Chercher nom, e-mail, entreprise ou badge… (Ctrl+F)</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>Tous les utilisateurs</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloqué</translation>
    </message>
    <message>
        <source>Show all users, only active or only blocked ones</source>
        <translation>Afficher tous les utilisateurs, seulement les actifs ou seulement les bloqués</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>RFID tags a charger presented that nobody owns, most recent first. To add a new card, tap it on any charger: it appears here within a second, ready to assign.</source>
        <translation>Badges RFID présentés à une borne et qui n&apos;appartiennent à personne, les plus récents d&apos;abord. Pour ajouter un nouveau badge, présentez-le à n&apos;importe quelle borne : il apparaît ici en une seconde, prêt à être attribué.</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Badge</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Dernier contact</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Borne</translation>
    </message>
    <message>
        <source>Connector</source>
        <translation>Prise</translation>
    </message>
    <message>
        <source>Times seen</source>
        <translation>Nombre de lectures</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Première lecture</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Écarter</translation>
    </message>
    <message>
        <source>Take the selected tag off this list (Del); it comes back if it is presented again</source>
        <translation>Retirer le badge choisi de cette liste (Suppr) ; il revient s&apos;il est présenté à nouveau</translation>
    </message>
    <message>
        <source>Unknown tags</source>
        <translation>Badges inconnus</translation>
    </message>
    <message>
        <source>Showing the first {shown} of {total} users; type more to narrow the search.</source>
        <translation>Affichage des {shown} premiers utilisateurs sur {total} ; tapez davantage pour affiner la recherche.</translation>
    </message>
    <message numerus="yes">
        <source>%n matching user(s)</source>
        <translation>
            <numerusform>%n utilisateur correspondant</numerusform>
            <numerusform>%n utilisateurs correspondants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n utilisateur</numerusform>
            <numerusform>%n utilisateurs</numerusform>
        </translation>
    </message>
    <message>
        <source>the new user</source>
        <translation>le nouvel utilisateur</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Save the changes to {name}?</source>
        <translation>Enregistrer les modifications de {name} ?</translation>
    </message>
    <message>
        <source>Discard forgets them; Cancel goes back to editing.</source>
        <translation>Abandonner les oublie ; Annuler revient à la modification.</translation>
    </message>
    <message>
        <source>the saved user does not match the search</source>
        <translation>l&apos;utilisateur enregistré ne correspond pas à la recherche</translation>
    </message>
    <message>
        <source>Delete user</source>
        <translation>Supprimer l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Delete {name}?</source>
        <translation>Supprimer {name} ?</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Deleted {name}.</source>
        <translation>{name} supprimé.</translation>
    </message>
    <message>
        <source>Could not read the unknown tags: {problem}</source>
        <translation>Impossible de lire les badges inconnus : {problem}</translation>
    </message>
    <message>
        <source>Give {tag} to a user</source>
        <translation>Attribuer {tag} à un utilisateur</translation>
    </message>
    <message>
        <source>Unknown tags ({count})</source>
        <translation>Badges inconnus ({count})</translation>
    </message>
    <message>
        <source>No unknown tags: every tag presented so far belongs to someone.</source>
        <translation>Aucun badge inconnu : chaque badge présenté jusqu&apos;ici appartient à quelqu&apos;un.</translation>
    </message>
    <message numerus="yes">
        <source>The {shown} most recent of %n unknown tag(s).</source>
        <translation>
            <numerusform>Les {shown} plus récents sur %n badge inconnu.</numerusform>
            <numerusform>Les {shown} plus récents sur %n badges inconnus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unknown tag(s).</source>
        <translation>
            <numerusform>%n badge inconnu.</numerusform>
            <numerusform>%n badges inconnus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Assign to user…</source>
        <translation>Attribuer à un utilisateur…</translation>
    </message>
    <message>
        <source>choose a user from the list (type part of the name)</source>
        <translation>choisissez un utilisateur dans la liste (saisissez une partie du nom)</translation>
    </message>
    <message>
        <source>Tag &lt;b&gt;{tag}&lt;/b&gt; now belongs to {user}. &lt;a href=&apos;{link}&apos;&gt;Show {user}&lt;/a&gt;</source>
        <translation>Le badge &lt;b&gt;{tag}&lt;/b&gt; appartient désormais à {user}. &lt;a href=&apos;{link}&apos;&gt;Afficher {user}&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Dismiss unknown tag</source>
        <translation>Écarter le badge inconnu</translation>
    </message>
    <message>
        <source>Take {tag} ({where}) off the list?</source>
        <translation>Retirer {tag} ({where}) de la liste ?</translation>
    </message>
    <message>
        <source>It comes back if a charger reads it again.</source>
        <translation>Il revient si une borne le lit à nouveau.</translation>
    </message>
    <message>
        <source>Import users from CSV</source>
        <translation>Importer des utilisateurs depuis un CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import users</source>
        <translation>Importer des utilisateurs</translation>
    </message>
    <message>
        <source>{file} cannot be imported.</source>
        <translation>{file} ne peut pas être importé.</translation>
    </message>
    <message numerus="yes">
        <source>{file} was not imported: %n problem(s), see the report.</source>
        <translation>
            <numerusform>{file} n&apos;a pas été importé : %n problème, voir le rapport.</numerusform>
            <numerusform>{file} n&apos;a pas été importé : %n problèmes, voir le rapport.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{created} created, {updated} updated, {unchanged} unchanged, %n tag(s) added</source>
        <translation>
            <numerusform>{created} créés, {updated} mis à jour, {unchanged} inchangés, %n badge ajouté</numerusform>
            <numerusform>{created} créés, {updated} mis à jour, {unchanged} inchangés, %n badges ajoutés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{counts}; %n line(s) with problems skipped</source>
        <translation>
            <numerusform>{counts} ; %n ligne avec des problèmes ignorée</numerusform>
            <numerusform>{counts} ; %n lignes avec des problèmes ignorées</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported {file}: {counts}.</source>
        <translation>{file} importé : {counts}.</translation>
    </message>
    <message>
        <source>Export users to CSV</source>
        <translation>Exporter les utilisateurs en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export users</source>
        <translation>Exporter les utilisateurs</translation>
    </message>
    <message>
        <source>{file} could not be written.</source>
        <translation>{file} n&apos;a pas pu être écrit.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n user(s) to {path}.</source>
        <translation>
            <numerusform>%n utilisateur exporté vers {path}.</numerusform>
            <numerusform>%n utilisateurs exportés vers {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>today {time}</source>
        <translation>aujourd&apos;hui {time}</translation>
    </message>
    <message>
        <source>yesterday {time}</source>
        <translation>hier {time}</translation>
    </message>
</context>
</TS>
