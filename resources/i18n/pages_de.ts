<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AccessMode</name>
    <message>
        <source>Public</source>
        <translation>Öffentlich</translation>
    </message>
    <message>
        <source>Limited</source>
        <translation>Eingeschränkt</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privat</translation>
    </message>
</context>
<context>
    <name>AccessReasons</name>
    <message>
        <source>Public</source>
        <translation>Öffentlich</translation>
    </message>
    <message>
        <source>Limited</source>
        <translation>Eingeschränkt</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privat</translation>
    </message>
    <message>
        <source>{mode} (default)</source>
        <translation>{mode} (Standard)</translation>
    </message>
    <message>
        <source>{mode} (default; {note})</source>
        <translation>{mode} (Standard; {note})</translation>
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
        <translation>{name} (fest {mode})</translation>
    </message>
    <message>
        <source>{name} follows {day}</source>
        <translation>{name} folgt dem {day}</translation>
    </message>
</context>
<context>
    <name>AssignTagDialog</name>
    <message>
        <source>Assign RFID tag</source>
        <translation>RFID-Karte zuordnen</translation>
    </message>
    <message>
        <source>Tag &lt;b&gt;{tag}&lt;/b&gt; was last presented at {where}, {when}. Who does it belong to?</source>
        <translation>Die Karte &lt;b&gt;{tag}&lt;/b&gt; wurde zuletzt bei {where} vorgewiesen, {when}. Wem gehört sie?</translation>
    </message>
    <message>
        <source>{name} (blocked)</source>
        <translation>{name} (gesperrt)</translation>
    </message>
    <message>
        <source>Type a name…</source>
        <translation>Namen eingeben…</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>optional, e.g. white card</source>
        <translation>optional, z. B. weisse Karte</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Zuordnen</translation>
    </message>
</context>
<context>
    <name>ExceptionsPanel</name>
    <message>
        <source>follows another weekday&apos;s plan</source>
        <translation>folgt dem Plan eines anderen Wochentags</translation>
    </message>
    <message>
        <source>fixed mode all day (in its colour)</source>
        <translation>fester Modus den ganzen Tag (in seiner Farbe)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>The date the exception applies to (the site&apos;s local date)</source>
        <translation>Das Datum, für das die Ausnahme gilt (Ortsdatum des Standorts)</translation>
    </message>
    <message>
        <source>e.g. Christmas, company closing day</source>
        <translation>z. B. Weihnachten, Betriebsferientag</translation>
    </message>
    <message>
        <source>Follow the plan of</source>
        <translation>Plan übernehmen von</translation>
    </message>
    <message>
        <source>The date gets that weekday&apos;s windows (e.g. a public holiday follows Sunday)</source>
        <translation>Das Datum erhält die Zeitfenster dieses Wochentags (z. B. folgt ein Feiertag dem Sonntag)</translation>
    </message>
    <message>
        <source>Fixed all day</source>
        <translation>Den ganzen Tag fest</translation>
    </message>
    <message>
        <source>One mode (and tariff) from 00:00 to 24:00; no window applies on that date</source>
        <translation>Ein Modus (und Tarif) von 00:00 bis 24:00; an diesem Datum gilt kein Zeitfenster</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Clear the form for another date</source>
        <translation>Formular für ein anderes Datum leeren</translation>
    </message>
    <message>
        <source>Add exception</source>
        <translation>Ausnahme hinzufügen</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Entfernen…</translation>
    </message>
    <message>
        <source>Remove the exception of this date (Del in the list)</source>
        <translation>Ausnahme dieses Datums entfernen (Entf in der Liste)</translation>
    </message>
    <message>
        <source>Update exception</source>
        <translation>Ausnahme aktualisieren</translation>
    </message>
    <message>
        <source>Default tariff</source>
        <translation>Standardtarif</translation>
    </message>
    <message>
        <source>follows {weekday}</source>
        <translation>folgt {weekday}</translation>
    </message>
    <message>
        <source>{mode} at &apos;{tariff}&apos; all day</source>
        <translation>{mode} zum Tarif «{tariff}» den ganzen Tag</translation>
    </message>
    <message>
        <source>{mode} all day</source>
        <translation>{mode} den ganzen Tag</translation>
    </message>
    <message>
        <source>Exception</source>
        <translation>Ausnahme</translation>
    </message>
    <message>
        <source>The label is too long: at most {max} characters.</source>
        <translation>Die Bezeichnung ist zu lang: höchstens {max} Zeichen.</translation>
    </message>
    <message>
        <source>Remove exception</source>
        <translation>Ausnahme entfernen</translation>
    </message>
    <message>
        <source>Remove the exception of {date} ({label})?</source>
        <translation>Die Ausnahme vom {date} ({label}) entfernen?</translation>
    </message>
    <message>
        <source>Remove the exception of {date}?</source>
        <translation>Die Ausnahme vom {date} entfernen?</translation>
    </message>
    <message>
        <source>The date then follows the regular {weekday} plan.</source>
        <translation>Das Datum folgt dann dem üblichen Plan für {weekday}.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>Import users: problems found</source>
        <translation>Benutzer importieren: Probleme gefunden</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n problem(s) on {lines} of {file}.&lt;/b&gt; Nothing was imported.</source>
        <translation>
            <numerusform>&lt;b&gt;%n Problem auf {lines} von {file}.&lt;/b&gt; Es wurde nichts importiert.</numerusform>
            <numerusform>&lt;b&gt;%n Probleme auf {lines} von {file}.&lt;/b&gt; Es wurde nichts importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Fix the file and import it again, or import the other rows now and add the rest later. Line 1 is the header.</source>
        <translation>Korrigieren Sie die Datei und importieren Sie sie erneut, oder importieren Sie jetzt die übrigen Zeilen und ergänzen Sie den Rest später. Zeile 1 ist die Kopfzeile.</translation>
    </message>
    <message>
        <source>Import the valid rows only</source>
        <translation>Nur die gültigen Zeilen importieren</translation>
    </message>
</context>
<context>
    <name>LearnCardDialog</name>
    <message>
        <source>Learn an RFID card</source>
        <translation>RFID-Karte einlesen</translation>
    </message>
    <message>
        <source>Choose the charger you are standing at, then tap the card on its reader. The charger refuses the card while this dialog is open, so no charge starts.</source>
        <translation>Wählen Sie die Ladestation, bei der Sie stehen, und halten Sie die Karte an ihren Leser. Solange dieser Dialog offen ist, weist die Ladestation die Karte ab; es startet also kein Ladevorgang.</translation>
    </message>
    <message>
        <source>Chargers connected now</source>
        <translation>Jetzt verbundene Ladestationen</translation>
    </message>
    <message>
        <source>Charger:</source>
        <translation>Ladestation:</translation>
    </message>
    <message>
        <source>tap a card on the charger</source>
        <translation>Karte an die Ladestation halten</translation>
    </message>
    <message>
        <source>Card:</source>
        <translation>Karte:</translation>
    </message>
    <message>
        <source>Type a few letters and pick the user; a name nobody has yet creates a new user</source>
        <translation>Einige Buchstaben eingeben und den Benutzer wählen; ein noch unbekannter Name legt einen neuen Benutzer an</translation>
    </message>
    <message>
        <source>Give it to:</source>
        <translation>Zuordnen an:</translation>
    </message>
    <message>
        <source>optional, for the new user</source>
        <translation>optional, für den neuen Benutzer</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-Mail:</translation>
    </message>
    <message>
        <source>e.g. Company car ZH 123, spare card</source>
        <translation>z. B. Firmenauto ZH 123, Ersatzkarte</translation>
    </message>
    <message>
        <source>What the card is, as it shows in the user&apos;s list of cards</source>
        <translation>Wofür die Karte ist, wie es in der Kartenliste des Benutzers erscheint</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation>Bezeichnung:</translation>
    </message>
    <message>
        <source>Save card</source>
        <translation>Karte speichern</translation>
    </message>
    <message>
        <source>{charger} (offline)</source>
        <translation>{charger} (offline)</translation>
    </message>
    <message>
        <source>No charger is connected. Connect the charger (or check its central system address), then choose it here.</source>
        <translation>Keine Ladestation ist verbunden. Verbinden Sie die Ladestation (oder prüfen Sie ihre Zentralsystem-Adresse) und wählen Sie sie dann hier.</translation>
    </message>
    <message>
        <source>{charger} went offline; learn mode resumes when it is back.</source>
        <translation>{charger} ist offline gegangen; das Einlesen geht weiter, sobald sie zurück ist.</translation>
    </message>
    <message>
        <source>Card read on {charger}. Give it to a user and save, or tap another card.</source>
        <translation>Karte an {charger} gelesen. Einem Benutzer zuordnen und speichern, oder eine weitere Karte vorhalten.</translation>
    </message>
    <message>
        <source>Waiting for a card on {charger}… Tap the card on its reader.</source>
        <translation>Warte auf eine Karte an {charger}… Halten Sie die Karte an den Leser.</translation>
    </message>
    <message>
        <source>This card already belongs to {user}. To give it to someone else, remove it from that user first (Users page).</source>
        <translation>Diese Karte gehört bereits {user}. Um sie jemand anderem zu geben, entfernen Sie sie zuerst bei diesem Benutzer (Seite Benutzer).</translation>
    </message>
    <message>
        <source>A card nobody has yet.</source>
        <translation>Eine Karte, die noch niemandem gehört.</translation>
    </message>
    <message>
        <source>A new user “{name}” is created with this card.</source>
        <translation>Mit dieser Karte wird ein neuer Benutzer «{name}» angelegt.</translation>
    </message>
    <message>
        <source>Choose the user the card belongs to (type a few letters of the name), or type a new user&apos;s name.</source>
        <translation>Wählen Sie den Benutzer, dem die Karte gehört (einige Buchstaben des Namens eingeben), oder geben Sie den Namen eines neuen Benutzers ein.</translation>
    </message>
    <message>
        <source>The card was not saved: {problem}</source>
        <translation>Die Karte wurde nicht gespeichert: {problem}</translation>
    </message>
    <message>
        <source>Saved: {tag} is now {user}&apos;s card “{label}”. Tap the next card to learn another one, or close.</source>
        <translation>Gespeichert: {tag} ist jetzt die Karte «{label}» von {user}. Halten Sie die nächste Karte vor, um eine weitere einzulesen, oder schliessen Sie.</translation>
    </message>
    <message>
        <source>Saved: {tag} is now {user}&apos;s card. Tap the next card to learn another one, or close.</source>
        <translation>Gespeichert: {tag} ist jetzt die Karte von {user}. Halten Sie die nächste Karte vor, um eine weitere einzulesen, oder schliessen Sie.</translation>
    </message>
</context>
<context>
    <name>PlanProblems</name>
    <message>
        <source>Window {window}: choose at least one weekday.</source>
        <translation>Zeitfenster {window}: Wählen Sie mindestens einen Wochentag.</translation>
    </message>
    <message>
        <source>Window {window}: the start must be a time from 00:00 to 23:59.</source>
        <translation>Zeitfenster {window}: Der Beginn muss eine Uhrzeit von 00:00 bis 23:59 sein.</translation>
    </message>
    <message>
        <source>Window {window}: the end must be a time from 00:01 to 24:00.</source>
        <translation>Zeitfenster {window}: Das Ende muss eine Uhrzeit von 00:01 bis 24:00 sein.</translation>
    </message>
    <message numerus="yes">
        <source>Window {window} ({label}) overlaps window {other} ({other_label}) on {span} (and %n more times a week).</source>
        <translation>
            <numerusform>Zeitfenster {window} ({label}) überschneidet sich mit Zeitfenster {other} ({other_label}) am {span} (und %n weiteres Mal pro Woche).</numerusform>
            <numerusform>Zeitfenster {window} ({label}) überschneidet sich mit Zeitfenster {other} ({other_label}) am {span} (und %n weitere Male pro Woche).</numerusform>
        </translation>
    </message>
    <message>
        <source>Window {window} ({label}) overlaps window {other} ({other_label}) on {span}.</source>
        <translation>Zeitfenster {window} ({label}) überschneidet sich mit Zeitfenster {other} ({other_label}) am {span}.</translation>
    </message>
</context>
<context>
    <name>SchedulesPage</name>
    <message>
        <source>Schedules</source>
        <translation>Zeitpläne</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Ladestation</translation>
    </message>
    <message>
        <source>The station whose access times you edit (type to jump)</source>
        <translation>Die Ladestation, deren Zugangszeiten Sie bearbeiten (tippen zum Springen)</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <source>The station&apos;s plan, a connector with its own rules, or a special user&apos;s own times</source>
        <translation>Der Plan der Ladestation, ein Anschluss mit eigenen Regeln oder die eigenen Zeiten eines Spezialbenutzers</translation>
    </message>
    <message>
        <source>Own rules for a connector</source>
        <translation>Eigene Regeln für einen Anschluss</translation>
    </message>
    <message>
        <source>Remove own rules…</source>
        <translation>Eigene Regeln entfernen…</translation>
    </message>
    <message>
        <source>The connector follows the station&apos;s plan again</source>
        <translation>Der Anschluss folgt wieder dem Plan der Ladestation</translation>
    </message>
    <message>
        <source>Outside the windows:</source>
        <translation>Ausserhalb der Zeitfenster:</translation>
    </message>
    <message>
        <source>The price outside the windows, and in windows that name no tariff</source>
        <translation>Der Preis ausserhalb der Zeitfenster und in Zeitfenstern ohne eigenen Tarif</translation>
    </message>
    <message>
        <source>at</source>
        <translation>zum Tarif</translation>
    </message>
    <message>
        <source>light: the default</source>
        <translation>hell: Standard</translation>
    </message>
    <message>
        <source>What applies now at the site&apos;s local time, including unsaved changes</source>
        <translation>Was jetzt zur Ortszeit des Standorts gilt, inklusive ungespeicherter Änderungen</translation>
    </message>
    <message>
        <source>Add window…</source>
        <translation>Zeitfenster hinzufügen…</translation>
    </message>
    <message>
        <source>Weekly plan</source>
        <translation>Wochenplan</translation>
    </message>
    <message>
        <source>Date exceptions</source>
        <translation>Datumsausnahmen</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Discard the unsaved changes and show the stored plan again</source>
        <translation>Ungespeicherte Änderungen verwerfen und den gespeicherten Plan wieder anzeigen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save the whole plan (Ctrl+S)</source>
        <translation>Den ganzen Plan speichern (Ctrl+S)</translation>
    </message>
    <message>
        <source>No stations yet. Add one on the Stations page (or import a site) to plan its access times.</source>
        <translation>Noch keine Ladestationen. Fügen Sie auf der Seite Ladestationen eine hinzu (oder importieren Sie einen Standort), um ihre Zugangszeiten zu planen.</translation>
    </message>
    <message>
        <source>That special user&apos;s grant no longer exists.</source>
        <translation>Die Berechtigung dieses Spezialbenutzers existiert nicht mehr.</translation>
    </message>
    <message>
        <source>No tariff</source>
        <translation>Kein Tarif</translation>
    </message>
    <message>
        <source>That station no longer exists.</source>
        <translation>Diese Ladestation existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Connector {number} follows the station&apos;s plan, shown here. To give it different times, use “Own rules for a connector”.</source>
        <translation>Anschluss {number} folgt dem hier gezeigten Plan der Ladestation. Für andere Zeiten verwenden Sie «Eigene Regeln für einen Anschluss».</translation>
    </message>
    <message>
        <source>Give one connector its own mode, windows and tariffs (starting as a copy of the station&apos;s plan)</source>
        <translation>Einem Anschluss eigenen Modus, Zeitfenster und Tarife geben (beginnt als Kopie des Plans der Ladestation)</translation>
    </message>
    <message>
        <source>Every connector of this station has its own rules already</source>
        <translation>Jeder Anschluss dieser Ladestation hat bereits eigene Regeln</translation>
    </message>
    <message>
        <source>Could not open it: {problem}.</source>
        <translation>Konnte nicht geöffnet werden: {problem}.</translation>
    </message>
    <message>
        <source>Add access time…</source>
        <translation>Zugangszeit hinzufügen…</translation>
    </message>
    <message>
        <source>A special user&apos;s own times have no date exceptions</source>
        <translation>Die eigenen Zeiten eines Spezialbenutzers haben keine Datumsausnahmen</translation>
    </message>
    <message>
        <source>Holidays and closing days: another weekday&apos;s plan or a fixed mode</source>
        <translation>Feiertage und Schliesstage: Plan eines anderen Wochentags oder ein fester Modus</translation>
    </message>
    <message>
        <source>Own access times</source>
        <translation>Eigene Zugangszeiten</translation>
    </message>
    <message>
        <source>{station} connector {number}</source>
        <translation>{station} Anschluss {number}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{user}&lt;/b&gt; may use {where} as a special user only within the times below (none: whenever the station&apos;s plan lets special users in).</source>
        <translation>&lt;b&gt;{user}&lt;/b&gt; darf {where} als Spezialbenutzer nur zu den unten stehenden Zeiten nutzen (keine: immer dann, wenn der Plan der Ladestation Spezialbenutzer zulässt).</translation>
    </message>
    <message>
        <source>Own tariff: &apos;{tariff}&apos;.</source>
        <translation>Eigener Tarif: «{tariff}».</translation>
    </message>
    <message>
        <source>Valid {start} – {end}.</source>
        <translation>Gültig {start} – {end}.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Save your changes to {name} first?</source>
        <translation>Zuerst Ihre Änderungen an {name} speichern?</translation>
    </message>
    <message>
        <source>Discard drops them; Cancel stays here.</source>
        <translation>Verwerfen lässt sie fallen; Abbrechen bleibt hier.</translation>
    </message>
    <message>
        <source>this plan</source>
        <translation>diesem Plan</translation>
    </message>
    <message>
        <source>{user}&apos;s times at {station}</source>
        <translation>den Zeiten von {user} an {station}</translation>
    </message>
    <message>
        <source>Date exceptions ({count})</source>
        <translation>Ausnahmedaten ({count})</translation>
    </message>
    <message>
        <source>Could not save: {problem}. Nothing was saved; try again, or Revert.</source>
        <translation>Speichern nicht möglich: {problem}. Es wurde nichts gespeichert; versuchen Sie es erneut oder setzen Sie zurück.</translation>
    </message>
    <message>
        <source>Saved {name} at {time}.</source>
        <translation>{name} um {time} gespeichert.</translation>
    </message>
    <message>
        <source>Not saved: this plan was changed on another console meanwhile (see above).</source>
        <translation>Nicht gespeichert: Dieser Plan wurde inzwischen an einer anderen Konsole geändert (siehe oben).</translation>
    </message>
    <message>
        <source>Reloaded: the calendar shows what is stored now.</source>
        <translation>Neu geladen: Der Kalender zeigt, was jetzt gespeichert ist.</translation>
    </message>
    <message>
        <source>Your changes are kept; the rest shows what is stored now. Save replaces what is stored where you changed it.</source>
        <translation>Ihre Änderungen bleiben erhalten; der Rest zeigt, was jetzt gespeichert ist. Speichern ersetzt das Gespeicherte dort, wo Sie etwas geändert haben.</translation>
    </message>
    <message>
        <source>Default tariff: {problem}.</source>
        <translation>Standardtarif: {problem}.</translation>
    </message>
    <message>
        <source>Date exceptions: {problem}</source>
        <translation>Datumsausnahmen: {problem}</translation>
    </message>
    <message>
        <source>Not saved. {problems}</source>
        <translation>Nicht gespeichert. {problems}</translation>
    </message>
    <message>
        <source>Discard your changes to {name}?</source>
        <translation>Ihre Änderungen an {name} verwerfen?</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Connector {number} now has its own rules, starting as a copy of the station&apos;s plan. Change them and Save.</source>
        <translation>Anschluss {number} hat jetzt eigene Regeln, zu Beginn eine Kopie des Plans der Ladestation. Ändern Sie sie und speichern Sie.</translation>
    </message>
    <message>
        <source>Remove own rules</source>
        <translation>Eigene Regeln entfernen</translation>
    </message>
    <message>
        <source>Connector {number} will follow the station&apos;s plan again.</source>
        <translation>Anschluss {number} wird wieder dem Plan der Ladestation folgen.</translation>
    </message>
    <message>
        <source>Its own windows and date exceptions are deleted, and your unsaved changes to them are dropped.</source>
        <translation>Seine eigenen Zeitfenster und Datumsausnahmen werden gelöscht, und Ihre ungespeicherten Änderungen daran gehen verloren.</translation>
    </message>
    <message>
        <source>Its own windows and date exceptions are deleted.</source>
        <translation>Seine eigenen Zeitfenster und Datumsausnahmen werden gelöscht.</translation>
    </message>
    <message>
        <source>Connector {number} follows the station&apos;s plan again.</source>
        <translation>Anschluss {number} folgt wieder dem Plan der Ladestation.</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>{when}: (no preview: {problem})</source>
        <translation>{when}: (keine Vorschau: {problem})</translation>
    </message>
    <message>
        <source>{user}&apos;s own times at {station}</source>
        <translation>Eigene Zeiten von {user} an {station}</translation>
    </message>
    <message>
        <source>connector {number} (own rules)</source>
        <translation>Anschluss {number} (eigene Regeln)</translation>
    </message>
    <message>
        <source>{what} · times in {timezone}</source>
        <translation>{what} · Zeiten in {timezone}</translation>
    </message>
</context>
<context>
    <name>SessionDetailDialog</name>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Tariff</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <source>Energy cost</source>
        <translation>Energiekosten</translation>
    </message>
    <message>
        <source>Time cost</source>
        <translation>Zeitkosten</translation>
    </message>
    <message>
        <source>{days} d {hours} h {minutes} min</source>
        <translation>{days} T {hours} h {minutes} min</translation>
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
        <translation>Ladevorgang</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Station:</source>
        <translation>Ladestation:</translation>
    </message>
    <message>
        <source>Site:</source>
        <translation>Standort:</translation>
    </message>
    <message>
        <source>Connector:</source>
        <translation>Anschluss:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Benutzer:</translation>
    </message>
    <message>
        <source>RFID tag:</source>
        <translation>RFID-Karte:</translation>
    </message>
    <message>
        <source>Start:</source>
        <translation>Beginn:</translation>
    </message>
    <message>
        <source>Stop:</source>
        <translation>Ende:</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Dauer:</translation>
    </message>
    <message>
        <source>Meter start → stop:</source>
        <translation>Zählerstand Beginn → Ende:</translation>
    </message>
    <message>
        <source>Energy:</source>
        <translation>Energie:</translation>
    </message>
    <message>
        <source>Max power:</source>
        <translation>Max. Leistung:</translation>
    </message>
    <message>
        <source>Stop reason:</source>
        <translation>Grund für das Ende:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Authorization:</source>
        <translation>Autorisierung:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Begründung:</translation>
    </message>
    <message>
        <source>Mode at start:</source>
        <translation>Modus beim Start:</translation>
    </message>
    <message>
        <source>Tariff:</source>
        <translation>Tarif:</translation>
    </message>
    <message>
        <source>Transaction:</source>
        <translation>Transaktion:</translation>
    </message>
    <message>
        <source>Reservation:</source>
        <translation>Reservierung:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Price by band&lt;/b&gt;</source>
        <translation>&lt;b&gt;Preis nach Zeitabschnitt&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Start fee</source>
        <translation>Startgebühr</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>MWST</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>&lt;b&gt;Limits sent (load management)&lt;/b&gt;</source>
        <translation>&lt;b&gt;Gesendete Limiten (Lastmanagement)&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Meter values&lt;/b&gt;</source>
        <translation>&lt;b&gt;Messwerte&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No meter values were recorded for this session.</source>
        <translation>Für diesen Ladevorgang wurden keine Messwerte aufgezeichnet.</translation>
    </message>
    <message>
        <source>Energy delivered (kWh)</source>
        <translation>Gelieferte Energie (kWh)</translation>
    </message>
    <message>
        <source>Power (kW)</source>
        <translation>Leistung (kW)</translation>
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
        <translation>Schliessen (Esc)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Read the session again (F5); a running session also refreshes by itself when its charger reports</source>
        <translation>Ladevorgang neu lesen (F5); ein laufender Ladevorgang aktualisiert sich auch selbst, wenn seine Ladestation meldet</translation>
    </message>
    <message>
        <source>End session…</source>
        <translation>Ladevorgang beenden…</translation>
    </message>
    <message>
        <source>Ask the station</source>
        <translation>Station fragen</translation>
    </message>
    <message>
        <source>GetTransactionStatus: whether the station still runs this session and still has messages about it</source>
        <translation>GetTransactionStatus: ob die Station diese Sitzung noch führt und noch Meldungen dazu hat</translation>
    </message>
    <message>
        <source>Click again to end it (not priced)</source>
        <translation>Nochmals klicken zum Beenden (ohne Preis)</translation>
    </message>
    <message>
        <source>Asking the station…</source>
        <translation>Die Station wird gefragt…</translation>
    </message>
    <message>
        <source>End this session now, as the charger never sent its stop (its card stays busy until then): it ends at its last meter reading, flagged and not priced, and the action is recorded in the audit log</source>
        <translation>Diesen Ladevorgang jetzt beenden, da die Ladestation nie ihr Ende gemeldet hat (die Karte bleibt bis dahin belegt): Er endet beim letzten Zählerstand, markiert und ohne Preis, und die Aktion wird im Audit-Protokoll festgehalten</translation>
    </message>
    <message>
        <source>Session {id}</source>
        <translation>Ladevorgang {id}</translation>
    </message>
    <message>
        <source>This session no longer exists (it was deleted).</source>
        <translation>Dieser Ladevorgang existiert nicht mehr (er wurde gelöscht).</translation>
    </message>
    <message>
        <source>Could not load the session: {problem}</source>
        <translation>Ladevorgang konnte nicht geladen werden: {problem}</translation>
    </message>
    <message>
        <source>tag {tag}</source>
        <translation>Karte {tag}</translation>
    </message>
    <message>
        <source>charging now</source>
        <translation>lädt gerade</translation>
    </message>
    <message>
        <source>Session {id} · {when} ({timezone}) · {state}</source>
        <translation>Ladevorgang {id} · {when} ({timezone}) · {state}</translation>
    </message>
    <message>
        <source>(no station)</source>
        <translation>(keine Ladestation)</translation>
    </message>
    <message>
        <source>(nobody: unknown tag)</source>
        <translation>(niemand: unbekannte Karte)</translation>
    </message>
    <message>
        <source>still charging</source>
        <translation>lädt noch</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>Active (charging)</source>
        <translation>Aktiv (lädt)</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Flagged: {flags}</source>
        <translation>Markiert: {flags}</translation>
    </message>
    <message>
        <source>Why: {reason}</source>
        <translation>Warum: {reason}</translation>
    </message>
    <message>
        <source>(no reason was stored)</source>
        <translation>(kein Grund gespeichert)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>{id} (OCPP 1.6 transactionId)</source>
        <translation>{id} (OCPP-1.6-transactionId)</translation>
    </message>
    <message>
        <source>(no tariff)</source>
        <translation>(kein Tarif)</translation>
    </message>
    <message>
        <source>mode {mode}</source>
        <translation>Modus {mode}</translation>
    </message>
    <message>
        <source>VAT {percent} %</source>
        <translation>MWST {percent} %</translation>
    </message>
    <message>
        <source>Not priced yet: the price is computed when the session stops.</source>
        <translation>Noch ohne Preis: Der Preis wird berechnet, wenn der Ladevorgang endet.</translation>
    </message>
    <message>
        <source>No price breakdown was stored for this session.</source>
        <translation>Für diesen Ladevorgang wurde keine Preisaufschlüsselung gespeichert.</translation>
    </message>
    <message>
        <source>No bands: no tariff applied.</source>
        <translation>Keine Zeitabschnitte: Es galt kein Tarif.</translation>
    </message>
    <message numerus="yes">
        <source>{purpose} · %n phase(s) · answer: {status}</source>
        <translation>
            <numerusform>{purpose} · %n Phase · Antwort: {status}</numerusform>
            <numerusform>{purpose} · %n Phasen · Antwort: {status}</numerusform>
        </translation>
    </message>
    <message>
        <source>profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Samples thinned for display; the first 50,000 meter values are shown</source>
        <translation>Für die Anzeige ausgedünnt; die ersten 50&apos;000 Messwerte werden gezeigt</translation>
    </message>
</context>
<context>
    <name>SessionFlags</name>
    <message>
        <source>stopped without a start we saw (unknown transaction)</source>
        <translation>beendet ohne von uns gesehenen Start (unbekannte Transaktion)</translation>
    </message>
    <message>
        <source>the charger sent the stop twice</source>
        <translation>die Ladestation hat das Ende zweimal gesendet</translation>
    </message>
    <message>
        <source>the charger&apos;s clock was off (times corrected)</source>
        <translation>die Uhr der Ladestation ging falsch (Zeiten korrigiert)</translation>
    </message>
    <message>
        <source>the charger&apos;s meter restarts at 0 per session</source>
        <translation>der Zähler der Ladestation beginnt pro Ladevorgang bei 0</translation>
    </message>
    <message>
        <source>the price could not be computed</source>
        <translation>der Preis konnte nicht berechnet werden</translation>
    </message>
    <message>
        <source>the charger is bound to no station</source>
        <translation>die Ladestation ist keinem Eintrag zugeordnet</translation>
    </message>
    <message>
        <source>more energy than the connector can deliver (not priced)</source>
        <translation>mehr Energie, als der Anschluss liefern kann (ohne Preis)</translation>
    </message>
    <message>
        <source>more power than the connector can deliver (not priced)</source>
        <translation>mehr Leistung, als der Anschluss liefern kann (ohne Preis)</translation>
    </message>
    <message>
        <source>implausible times (not priced)</source>
        <translation>unplausible Zeiten (ohne Preis)</translation>
    </message>
    <message>
        <source>ended by ChargeDesk: a new transaction started on its connector (not priced)</source>
        <translation>von ChargeDesk beendet: Am Anschluss startete eine neue Transaktion (ohne Preis)</translation>
    </message>
    <message>
        <source>ended by ChargeDesk: its connector was free again (not priced)</source>
        <translation>von ChargeDesk beendet: Der Anschluss war wieder frei (ohne Preis)</translation>
    </message>
    <message>
        <source>ended by an operator (not priced)</source>
        <translation>von einem Bediener beendet (ohne Preis)</translation>
    </message>
</context>
<context>
    <name>SessionsExport</name>
    <message>
        <source>the disk holding {folder} is full. Free some space or choose another place.</source>
        <translation>Der Datenträger mit {folder} ist voll. Geben Sie Speicher frei oder wählen Sie einen anderen Ort.</translation>
    </message>
    <message>
        <source>your disk quota on {folder} is used up. Free some space or choose another place.</source>
        <translation>Ihr Speicherkontingent auf {folder} ist aufgebraucht. Geben Sie Speicher frei oder wählen Sie einen anderen Ort.</translation>
    </message>
    <message>
        <source>permission denied: you may not write to {folder}. Choose a folder you can write to.</source>
        <translation>Zugriff verweigert: Sie dürfen nicht in {folder} schreiben. Wählen Sie einen Ordner, in den Sie schreiben können.</translation>
    </message>
    <message>
        <source>{folder} is on a read-only disk. Choose another place.</source>
        <translation>{folder} liegt auf einem schreibgeschützten Datenträger. Wählen Sie einen anderen Ort.</translation>
    </message>
    <message>
        <source>the folder {folder} does not exist (any more). Choose another place.</source>
        <translation>Der Ordner {folder} existiert nicht (mehr). Wählen Sie einen anderen Ort.</translation>
    </message>
</context>
<context>
    <name>SessionsModel</name>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Ladestation</translation>
    </message>
    <message>
        <source>Conn.</source>
        <translation>Anschl.</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Max kW</source>
        <translation>Max. kW</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Cur.</source>
        <translation>Währ.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Auth.</source>
        <translation>Autor.</translation>
    </message>
    <message>
        <source>When the session started, in the site&apos;s local time. Click to reverse the order.</source>
        <translation>Wann der Ladevorgang begann, in Ortszeit des Standorts. Klicken, um die Reihenfolge umzukehren.</translation>
    </message>
    <message>
        <source>When it stopped (the time only when on the same day)</source>
        <translation>Wann er endete (nur die Uhrzeit, wenn am selben Tag)</translation>
    </message>
    <message>
        <source>Connector (outlet) number</source>
        <translation>Nummer des Anschlusses (Steckdose)</translation>
    </message>
    <message>
        <source>The RFID tag (idTag) presented</source>
        <translation>Die vorgewiesene RFID-Karte (idTag)</translation>
    </message>
    <message>
        <source>Energy delivered (live while charging)</source>
        <translation>Gelieferte Energie (live während des Ladens)</translation>
    </message>
    <message>
        <source>Highest power measured</source>
        <translation>Höchste gemessene Leistung</translation>
    </message>
    <message>
        <source>Price including VAT</source>
        <translation>Preis inklusive MWST</translation>
    </message>
    <message>
        <source>Active, completed, and whether the central system flagged something</source>
        <translation>Aktiv, abgeschlossen, und ob das Zentralsystem etwas markiert hat</translation>
    </message>
    <message>
        <source>The authorization answer; hover for the reason</source>
        <translation>Die Antwort der Autorisierung; Maus darüber für den Grund</translation>
    </message>
    <message>
        <source>{cpid} (no station)</source>
        <translation>{cpid} (keine Ladestation)</translation>
    </message>
    <message>
        <source>Active · flagged</source>
        <translation>Aktiv · markiert</translation>
    </message>
    <message>
        <source>Completed · flagged</source>
        <translation>Abgeschlossen · markiert</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Still charging</source>
        <translation>Lädt noch</translation>
    </message>
    <message>
        <source>no site</source>
        <translation>kein Standort</translation>
    </message>
    <message>
        <source>Charging now</source>
        <translation>Lädt gerade</translation>
    </message>
    <message>
        <source>Stopped: {reason}</source>
        <translation>Beendet: {reason}</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <source>Flagged: {flag}</source>
        <translation>Markiert: {flag}</translation>
    </message>
    <message>
        <source>Tariff: {tariff}</source>
        <translation>Tarif: {tariff}</translation>
    </message>
    <message>
        <source>Nobody owns this tag</source>
        <translation>Diese Karte gehört niemandem</translation>
    </message>
    <message>
        <source>Could not read the sessions: {problem}</source>
        <translation>Die Ladevorgänge konnten nicht gelesen werden: {problem}</translation>
    </message>
</context>
<context>
    <name>SessionsPage</name>
    <message>
        <source>Today</source>
        <extracomment>the period presets as the combo shows them (PRESET_LABELS&apos; order and English words, marked for the catalogue)</extracomment>
        <translation>Heute</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Dieser Monat</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Letzter Monat</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Dieses Jahr</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <source>No match for “{text}”: pick an entry from the list, or clear the field for {all}.</source>
        <translation>Kein Treffer für «{text}»: Wählen Sie einen Eintrag aus der Liste oder leeren Sie das Feld für {all}.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Sessions are counted in the period of the day they started, in the site&apos;s local time</source>
        <translation>Ladevorgänge zählen zum Zeitraum des Tages, an dem sie begannen, in Ortszeit des Standorts</translation>
    </message>
    <message>
        <source>From (inclusive)</source>
        <translation>Von (inklusive)</translation>
    </message>
    <message>
        <source>To (inclusive)</source>
        <translation>Bis (inklusive)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>Active (charging)</source>
        <translation>Aktiv (lädt)</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Markiert</translation>
    </message>
    <message>
        <source>Flagged: the central system noted something about the session (a stop for a transaction it never saw, a charger clock that was off, a price it could not compute, …)</source>
        <translation>Markiert: Das Zentralsystem hat etwas zum Ladevorgang vermerkt (ein Ende zu einer nie gesehenen Transaktion, eine falsch gehende Uhr der Ladestation, ein nicht berechenbarer Preis, …)</translation>
    </message>
    <message>
        <source>Reset filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>This month, every site, station, user and status</source>
        <translation>Dieser Monat, alle Standorte, Ladestationen, Benutzer und Status</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Ladestation</translation>
    </message>
    <message>
        <source>All stations</source>
        <translation>Alle Ladestationen</translation>
    </message>
    <message>
        <source>Type to search stations</source>
        <translation>Tippen, um Ladestationen zu suchen</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>Alle Benutzer</translation>
    </message>
    <message>
        <source>Type to search users</source>
        <translation>Tippen, um Benutzer zu suchen</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Details…</translation>
    </message>
    <message>
        <source>The selected session in full: reason, price by band, meter values (Enter)</source>
        <translation>Der gewählte Ladevorgang vollständig: Begründung, Preis nach Zeitabschnitt, Messwerte (Enter)</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Every session of the current filter as a CSV file (Ctrl+E)</source>
        <translation>Alle Ladevorgänge des aktuellen Filters als CSV-Datei (Ctrl+E)</translation>
    </message>
    <message>
        <source>Export XLSX…</source>
        <translation>XLSX exportieren…</translation>
    </message>
    <message>
        <source>Every session of the current filter as an Excel workbook, with totals per currency (Ctrl+Shift+E)</source>
        <translation>Alle Ladevorgänge des aktuellen Filters als Excel-Arbeitsmappe, mit Totalen pro Währung (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>Export abbrechen</translation>
    </message>
    <message>
        <source>Stop the export; nothing is written (Esc)</source>
        <translation>Export stoppen; es wird nichts geschrieben (Esc)</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Alle Standorte</translation>
    </message>
    <message>
        <source>Choose another period, or Custom, to limit the dates</source>
        <translation>Wählen Sie einen anderen Zeitraum oder «Benutzerdefiniert», um die Daten einzugrenzen</translation>
    </message>
    <message>
        <source>The list is ordered by start time (click Start to reverse it); the totals above sum the whole filter.</source>
        <translation>Die Liste ist nach Beginn sortiert (auf «Beginn» klicken zum Umkehren); die Totale oben summieren den ganzen Filter.</translation>
    </message>
    <message numerus="yes">
        <source>{count} session(s) · computing totals…</source>
        <translation>
            <numerusform>{count} Ladevorgang · Totale werden berechnet…</numerusform>
            <numerusform>{count} Ladevorgänge · Totale werden berechnet…</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Wird gezählt…</translation>
    </message>
    <message>
        <source>An export is running</source>
        <translation>Ein Export läuft</translation>
    </message>
    <message>
        <source>The central system is not running in this console.</source>
        <translation>Das Zentralsystem läuft in dieser Konsole nicht.</translation>
    </message>
    <message>
        <source>No answer from {cp_id}: {problem}</source>
        <translation>Keine Antwort von {cp_id}: {problem}</translation>
    </message>
    <message>
        <source>Could not read the sites, stations and users: {problem}</source>
        <translation>Standorte, Ladestationen und Benutzer konnten nicht gelesen werden: {problem}</translation>
    </message>
    <message>
        <source>Export sessions as {format}</source>
        <translation>Ladevorgänge als {format} exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-Arbeitsmappen (*.xlsx)</translation>
    </message>
    <message>
        <source>{count} sessions do not fit in one Excel sheet (at most {limit}). Export CSV, or choose a shorter period.</source>
        <translation>{count} Ladevorgänge passen nicht in ein Excel-Blatt (höchstens {limit}). Exportieren Sie CSV oder wählen Sie einen kürzeren Zeitraum.</translation>
    </message>
    <message>
        <source>Exporting {rows} of {total} sessions to {file}…</source>
        <translation>Exportiere {rows} von {total} Ladevorgängen nach {file}…</translation>
    </message>
    <message>
        <source>Exporting {rows} sessions to {file}…</source>
        <translation>Exportiere {rows} Ladevorgänge nach {file}…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message numerus="yes">
        <source>{count} session(s) exported to {path} (&lt;a href=&quot;{folder}&quot;&gt;open folder&lt;/a&gt;)</source>
        <translation>
            <numerusform>{count} Ladevorgang nach {path} exportiert (&lt;a href=&quot;{folder}&quot;&gt;Ordner öffnen&lt;/a&gt;)</numerusform>
            <numerusform>{count} Ladevorgänge nach {path} exportiert (&lt;a href=&quot;{folder}&quot;&gt;Ordner öffnen&lt;/a&gt;)</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled: nothing was written to {path}.</source>
        <translation>Export abgebrochen: Nach {path} wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Export to {file} failed: {problem} Nothing was written.</source>
        <translation>Export nach {file} fehlgeschlagen: {problem} Es wurde nichts geschrieben.</translation>
    </message>
    <message numerus="yes">
        <source>{count} new session(s)</source>
        <translation>
            <numerusform>{count} neuer Ladevorgang</numerusform>
            <numerusform>{count} neue Ladevorgänge</numerusform>
        </translation>
    </message>
    <message>
        <source>Some sessions changed</source>
        <translation>Einige Ladevorgänge haben sich geändert</translation>
    </message>
    <message>
        <source>{what} since the list was read: &lt;a href=&quot;reload&quot;&gt;show them&lt;/a&gt; (F5).</source>
        <translation>{what} seit dem Einlesen der Liste: &lt;a href=&quot;reload&quot;&gt;anzeigen&lt;/a&gt; (F5).</translation>
    </message>
    <message numerus="yes">
        <source>{currency}: {count} session(s), {amount}</source>
        <translation>
            <numerusform>{currency}: {count} Ladevorgang, {amount}</numerusform>
            <numerusform>{currency}: {count} Ladevorgänge, {amount}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatementDialog</name>
    <message>
        <source>Charging statement {month} {name}.pdf</source>
        <translation>Ladeabrechnung {month} {name}.pdf</translation>
    </message>
    <message>
        <source>Monthly statement — {user}</source>
        <translation>Monatsabrechnung — {user}</translation>
    </message>
    <message>
        <source>The month of the statement (Up/Down change it). A session belongs to the month it started in, in its site&apos;s local time.</source>
        <translation>Der Monat der Abrechnung (Auf/Ab ändert ihn). Ein Ladevorgang gehört zum Monat, in dem er begann, in Ortszeit seines Standorts.</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>The PDF file to write (an existing file is replaced)</source>
        <translation>Die zu schreibende PDF-Datei (eine bestehende Datei wird ersetzt)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose the folder and file name</source>
        <translation>Ordner und Dateinamen wählen</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Speichern unter</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>PDF speichern</translation>
    </message>
    <message>
        <source>Write the statement as an A4 PDF (Enter)</source>
        <translation>Abrechnung als A4-PDF schreiben (Enter)</translation>
    </message>
    <message>
        <source>This user no longer exists.</source>
        <translation>Dieser Benutzer existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Save statement as</source>
        <translation>Abrechnung speichern unter</translation>
    </message>
    <message>
        <source>Give the file to write, or choose one with Browse….</source>
        <translation>Geben Sie die zu schreibende Datei an oder wählen Sie eine mit Durchsuchen….</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist: choose another with Browse….</source>
        <translation>Der Ordner {folder} existiert nicht: Wählen Sie einen anderen mit Durchsuchen….</translation>
    </message>
    <message>
        <source>The statement could not be written to {path}: {problem}</source>
        <translation>Die Abrechnung konnte nicht nach {path} geschrieben werden: {problem}</translation>
    </message>
    <message>
        <source>No sessions in {period}: the statement will say so.</source>
        <translation>Keine Ladevorgänge im {period}: Die Abrechnung wird das festhalten.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) in {period}</source>
        <translation>
            <numerusform>%n Ladevorgang im {period}</numerusform>
            <numerusform>%n Ladevorgänge im {period}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not priced</source>
        <translation>
            <numerusform>%n ohne Preis</numerusform>
            <numerusform>%n ohne Preis</numerusform>
        </translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Seite {page} von {pages}</translation>
    </message>
</context>
<context>
    <name>StationEditor</name>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Access &amp;&amp; owners</source>
        <translation>Zugang &amp;&amp; Eigentümer</translation>
    </message>
    <message>
        <source>Special users</source>
        <translation>Spezialbenutzer</translation>
    </message>
    <message>
        <source>Connectors</source>
        <translation>Anschlüsse</translation>
    </message>
    <message>
        <source>Location &amp;&amp; notes</source>
        <translation>Ort &amp;&amp; Notizen</translation>
    </message>
    <message>
        <source>The identity the charger connects with: the last part of its URL ws://…/ocpp/HALL-B-1 and its HTTP Basic user name. Letters, digits and . _ ~ * -. Changing it means reconfiguring the charger.</source>
        <translation>Die Identität, mit der sich die Ladestation verbindet: der letzte Teil ihrer URL ws://…/ocpp/HALL-B-1 und ihr HTTP-Basic-Benutzername. Buchstaben, Ziffern und . _ ~ * -. Eine Änderung bedeutet, die Ladestation neu zu konfigurieren.</translation>
    </message>
    <message>
        <source>The charger&apos;s HTTP Basic password (security profiles 1 and 2). Stored hashed: it cannot be shown again. 8–40 printable characters; OCPP recommends 16 or more random ones.</source>
        <translation>Das HTTP-Basic-Passwort der Ladestation (Sicherheitsprofile 1 und 2). Gehasht gespeichert: Es kann nicht wieder angezeigt werden. 8–40 druckbare Zeichen; OCPP empfiehlt 16 oder mehr zufällige.</translation>
    </message>
    <message>
        <source>0: plain ws://, a password only if one is set.
1: plain ws:// with HTTP Basic password.
2: wss:// (TLS) with HTTP Basic password — needs the central system&apos;s TLS certificate.</source>
        <translation>0: einfaches ws://, ein Passwort nur, wenn eines gesetzt ist.
1: einfaches ws:// mit HTTP-Basic-Passwort.
2: wss:// (TLS) mit HTTP-Basic-Passwort — braucht das TLS-Zertifikat des Zentralsystems.</translation>
    </message>
    <message>
        <source>Lets a charger connect under this identity without any password. Convenient while commissioning, but anybody on the network could pretend to be this charger.</source>
        <translation>Lässt eine Ladestation sich unter dieser Identität ohne Passwort verbinden. Praktisch bei der Inbetriebnahme, aber jeder im Netzwerk könnte sich als diese Ladestation ausgeben.</translation>
    </message>
    <message>
        <source>Accept this charger&apos;s messages when they are slightly off the OCPP schema (wrong enum case, too long strings, extra fields); each deviation is logged. Missing fields are still refused.</source>
        <translation>Nachrichten dieser Ladestation annehmen, wenn sie leicht vom OCPP-Schema abweichen (falsche Gross-/Kleinschreibung von Werten, zu lange Texte, zusätzliche Felder); jede Abweichung wird protokolliert. Fehlende Felder werden weiterhin abgewiesen.</translation>
    </message>
    <message>
        <source>Save everything (Enter, Ctrl+S)</source>
        <translation>Alles speichern (Enter, Ctrl+S)</translation>
    </message>
    <message>
        <source>Close without saving (Esc)</source>
        <translation>Schliessen ohne Speichern (Esc)</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Zeigen</translation>
    </message>
    <message>
        <source>e.g. Hall B</source>
        <translation>z. B. Halle B</translation>
    </message>
    <message>
        <source>The name people know the station by (shown on the dashboard, the map and in reasons)</source>
        <translation>Der Name, unter dem man die Ladestation kennt (auf dem Dashboard, der Karte und in Begründungen)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>The site&apos;s time zone applies to the access windows; its currency and VAT to prices</source>
        <translation>Die Zeitzone des Standorts gilt für die Zugangsfenster, seine Währung und MWST für die Preise</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>e.g. HALL-B-1</source>
        <translation>z. B. HALL-B-1</translation>
    </message>
    <message>
        <source>Charge point identity</source>
        <translation>Ladepunkt-Identität</translation>
    </message>
    <message>
        <source>Where it is, what it is for (optional)</source>
        <translation>Wo sie steht, wofür sie ist (optional)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>The OCPP version the charger speaks (updated when it connects)</source>
        <translation>Die OCPP-Version der Ladestation (aktualisiert bei der Verbindung)</translation>
    </message>
    <message>
        <source>OCPP version</source>
        <translation>OCPP-Version</translation>
    </message>
    <message>
        <source>Enabled: the charger is accepted and cards are checked</source>
        <translation>Aktiviert: Die Ladestation wird angenommen und Karten werden geprüft</translation>
    </message>
    <message>
        <source>A disabled station&apos;s charger is answered Rejected at boot and no card is accepted; its history is kept</source>
        <translation>Einer deaktivierten Ladestation wird beim Start mit Rejected geantwortet und keine Karte wird angenommen; ihr Verlauf bleibt erhalten</translation>
    </message>
    <message>
        <source>Reported by the charger (read-only)</source>
        <translation>Von der Ladestation gemeldet (schreibgeschützt)</translation>
    </message>
    <message>
        <source>From the charger&apos;s BootNotification; updated every time it boots</source>
        <translation>Aus der BootNotification der Ladestation; bei jedem Start aktualisiert</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Hersteller</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>Firmware</translation>
    </message>
    <message>
        <source>Show the password as you type it</source>
        <translation>Passwort beim Tippen anzeigen</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Remove the current password</source>
        <translation>Aktuelles Passwort entfernen</translation>
    </message>
    <message>
        <source>The charger then connects without a password (if allowed below)</source>
        <translation>Die Ladestation verbindet sich dann ohne Passwort (falls unten erlaubt)</translation>
    </message>
    <message>
        <source>Security profile</source>
        <translation>Sicherheitsprofil</translation>
    </message>
    <message>
        <source>Allow the charger to connect without a password (not recommended)</source>
        <translation>Der Ladestation erlauben, sich ohne Passwort zu verbinden (nicht empfohlen)</translation>
    </message>
    <message>
        <source>Lenient: tolerate small OCPP deviations of this charger (logged)</source>
        <translation>Tolerant: kleine OCPP-Abweichungen dieser Ladestation dulden (protokolliert)</translation>
    </message>
    <message>
        <source>Default access mode</source>
        <translation>Standard-Zugangsmodus</translation>
    </message>
    <message>
        <source>— none (free) —</source>
        <translation>— keiner (gratis) —</translation>
    </message>
    <message>
        <source>The tariff outside the weekly windows (and of windows without their own)</source>
        <translation>Der Tarif ausserhalb der Wochenfenster (und für Zeitfenster ohne eigenen)</translation>
    </message>
    <message>
        <source>Default tariff</source>
        <translation>Standardtarif</translation>
    </message>
    <message>
        <source>— the tariff that applies at the time —</source>
        <translation>— der zum Zeitpunkt geltende Tarif —</translation>
    </message>
    <message>
        <source>What the station&apos;s owners pay, whatever the time</source>
        <translation>Was die Eigentümer der Ladestation zahlen, unabhängig von der Zeit</translation>
    </message>
    <message>
        <source>Owner tariff</source>
        <translation>Eigentümertarif</translation>
    </message>
    <message>
        <source>The weekly windows and holidays of this station, edited in the schedule calendar</source>
        <translation>Die Wochenfenster und Feiertage dieser Ladestation, bearbeitet im Zeitplan-Kalender</translation>
    </message>
    <message>
        <source>Edit schedule…</source>
        <translation>Zeitplan bearbeiten…</translation>
    </message>
    <message>
        <source>Weekly windows</source>
        <translation>Wochenfenster</translation>
    </message>
    <message>
        <source>Owners — may always charge here, at the owner tariff</source>
        <translation>Eigentümer — dürfen hier immer laden, zum Eigentümertarif</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>e.g. 47.3769</source>
        <translation>z. B. 47.3769</translation>
    </message>
    <message>
        <source>Latitude in decimal degrees, -90 (south) to 90 (north)</source>
        <translation>Breitengrad in Dezimalgrad, -90 (Süd) bis 90 (Nord)</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Breitengrad</translation>
    </message>
    <message>
        <source>e.g. 8.5417</source>
        <translation>z. B. 8.5417</translation>
    </message>
    <message>
        <source>Longitude in decimal degrees, -180 (west) to 180 (east)</source>
        <translation>Längengrad in Dezimalgrad, -180 (West) bis 180 (Ost)</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Längengrad</translation>
    </message>
    <message>
        <source>Street, postcode, town (free text)</source>
        <translation>Strasse, PLZ, Ort (freier Text)</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Set on map…</source>
        <translation>Auf der Karte setzen…</translation>
    </message>
    <message>
        <source>Remove location</source>
        <translation>Ort entfernen</translation>
    </message>
    <message>
        <source>Clear latitude, longitude and address: the station leaves the map</source>
        <translation>Breitengrad, Längengrad und Adresse leeren: Die Ladestation verschwindet von der Karte</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Anything the next person should know: where the key is, who to call…</source>
        <translation>Was die nächste Person wissen sollte: wo der Schlüssel ist, wen man anruft…</translation>
    </message>
    <message>
        <source>(no site yet)</source>
        <translation>(noch kein Standort)</translation>
    </message>
    <message>
        <source>No site yet: create one in Settings → Sites first; every station belongs to a site.</source>
        <translation>Noch kein Standort: Legen Sie zuerst einen unter Einstellungen → Standorte an; jede Ladestation gehört zu einem Standort.</translation>
    </message>
    <message>
        <source>Open the weekly calendar of this station</source>
        <translation>Wochenkalender dieser Ladestation öffnen</translation>
    </message>
    <message>
        <source>Save the station first; the calendar edits saved stations</source>
        <translation>Speichern Sie zuerst die Ladestation; der Kalender bearbeitet gespeicherte Ladestationen</translation>
    </message>
    <message>
        <source>Place the station&apos;s needle on the map</source>
        <translation>Die Stecknadel der Ladestation auf der Karte setzen</translation>
    </message>
    <message>
        <source>Save the station first, then place it on the map (or type the coordinates)</source>
        <translation>Speichern Sie zuerst die Ladestation und setzen Sie sie dann auf die Karte (oder geben Sie die Koordinaten ein)</translation>
    </message>
    <message>
        <source>No weekly windows: the default mode and tariff apply all week.</source>
        <translation>Keine Wochenfenster: Standardmodus und -tarif gelten die ganze Woche.</translation>
    </message>
    <message>
        <source>New station</source>
        <translation>Neue Ladestation</translation>
    </message>
    <message>
        <source>New station (duplicate)</source>
        <translation>Neue Ladestation (Duplikat)</translation>
    </message>
    <message>
        <source>Station {name}</source>
        <translation>Ladestation {name}</translation>
    </message>
    <message>
        <source>{title} — ChargeDesk</source>
        <translation>{title} — ChargeDesk</translation>
    </message>
    <message>
        <source>copy: weekly windows and holidays are copied on save</source>
        <translation>Kopie: Wochenfenster und Feiertage werden beim Speichern kopiert</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>The password is removed when you save.</source>
        <translation>Das Passwort wird beim Speichern entfernt.</translation>
    </message>
    <message>
        <source>A good password.</source>
        <translation>Ein gutes Passwort.</translation>
    </message>
    <message>
        <source>It replaces the current one when you save.</source>
        <translation>Es ersetzt beim Speichern das aktuelle.</translation>
    </message>
    <message>
        <source>A password is set. Leave the field empty to keep it.</source>
        <translation>Ein Passwort ist gesetzt. Lassen Sie das Feld leer, um es zu behalten.</translation>
    </message>
    <message>
        <source>No password set.</source>
        <translation>Kein Passwort gesetzt.</translation>
    </message>
    <message>
        <source>Only applies while the station has no password: with a password the charger must always give it</source>
        <translation>Gilt nur, solange die Ladestation kein Passwort hat: Mit Passwort muss die Ladestation es immer angeben</translation>
    </message>
    <message numerus="yes">
        <source>Not saved: %n problem(s) ({tabs}). Fix the fields marked in red.</source>
        <translation>
            <numerusform>Nicht gespeichert: %n Problem ({tabs}). Korrigieren Sie die rot markierten Felder.</numerusform>
            <numerusform>Nicht gespeichert: %n Probleme ({tabs}). Korrigieren Sie die rot markierten Felder.</numerusform>
        </translation>
    </message>
    <message>
        <source>All problems fixed: Save to keep your changes.</source>
        <translation>Alle Probleme behoben: Speichern Sie, um Ihre Änderungen zu behalten.</translation>
    </message>
    <message>
        <source>No user called &apos;{name}&apos;: pick a name from the list.</source>
        <translation>Kein Benutzer namens «{name}»: Wählen Sie einen Namen aus der Liste.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Not saved: {problem}</source>
        <translation>Nicht gespeichert: {problem}</translation>
    </message>
    <message>
        <source>Not saved: this station was deleted meanwhile. Cancel, or copy what you need first.</source>
        <translation>Nicht gespeichert: Diese Ladestation wurde inzwischen gelöscht. Brechen Sie ab oder kopieren Sie zuerst, was Sie brauchen.</translation>
    </message>
    <message>
        <source>Not saved: {problem}.</source>
        <translation>Nicht gespeichert: {problem}.</translation>
    </message>
    <message>
        <source>Not saved, nothing was written: {problem}</source>
        <translation>Nicht gespeichert, es wurde nichts geschrieben: {problem}</translation>
    </message>
    <message>
        <source>Not saved: this station was changed on another console meanwhile (see above).</source>
        <translation>Nicht gespeichert: Diese Ladestation wurde inzwischen an einer anderen Konsole geändert (siehe oben).</translation>
    </message>
    <message>
        <source>This station was deleted on another console. Cancel closes the editor.</source>
        <translation>Diese Ladestation wurde an einer anderen Konsole gelöscht. Abbrechen schliesst den Editor.</translation>
    </message>
    <message>
        <source>Reloaded: the form shows what is stored now.</source>
        <translation>Neu geladen: Das Formular zeigt, was jetzt gespeichert ist.</translation>
    </message>
    <message>
        <source>Your changes are kept; the other fields show what is stored now. Save replaces what is stored where you changed it.</source>
        <translation>Ihre Änderungen bleiben erhalten; die übrigen Felder zeigen, was jetzt gespeichert ist. Speichern ersetzt das Gespeicherte dort, wo Sie etwas geändert haben.</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Änderungen verwerfen?</translation>
    </message>
    <message>
        <source>Discard your changes to {name}?</source>
        <translation>Ihre Änderungen an {name} verwerfen?</translation>
    </message>
    <message>
        <source>the new station</source>
        <translation>die neue Ladestation</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Weiter bearbeiten</translation>
    </message>
</context>
<context>
    <name>StationsPage</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Charge point id</source>
        <translation>Ladepunkt-ID</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Connectors</source>
        <translation>Anschlüsse</translation>
    </message>
    <message>
        <source>Mode now</source>
        <translation>Modus jetzt</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <source>Local list</source>
        <translation>Lokale Liste</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>not supported</source>
        <translation>nicht unterstützt</translation>
    </message>
    <message>
        <source>not in sync</source>
        <translation>nicht abgeglichen</translation>
    </message>
    <message>
        <source>version {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <source>The charger&apos;s local list is kept in sync with who may charge here at any time once it connects.</source>
        <translation>Sobald sich der Ladepunkt verbindet, wird seine lokale Liste mit den Personen abgeglichen, die hier jederzeit laden dürfen.</translation>
    </message>
    <message>
        <source>Last synchronised {at}: {outcome}</source>
        <translation>Zuletzt abgeglichen {at}: {outcome}</translation>
    </message>
    <message>
        <source>Without a local list the charger does not check cards against this station&apos;s rules while it is offline.</source>
        <translation>Ohne lokale Liste prüft der Ladepunkt Karten nicht nach den Regeln dieser Ladestation, solange er offline ist.</translation>
    </message>
    <message>
        <source>Number of connectors and each connector&apos;s live status</source>
        <translation>Anzahl Anschlüsse und aktueller Status jedes Anschlusses</translation>
    </message>
    <message>
        <source>The access mode right now at the site&apos;s local time (connectors with their own rules are listed when they differ)</source>
        <translation>Der Zugangsmodus jetzt, zur Ortszeit des Standorts (Anschlüsse mit eigenen Regeln werden aufgeführt, wenn sie abweichen)</translation>
    </message>
    <message>
        <source>How the charger authenticates. &apos;Unsecured&apos; means any device may connect under this charge point id: set a password</source>
        <translation>Wie sich die Ladestation ausweist. «Ungesichert» heisst, jedes Gerät kann sich unter dieser Ladepunkt-ID verbinden: Setzen Sie ein Passwort</translation>
    </message>
    <message>
        <source>When the charger was last heard from (site&apos;s local time)</source>
        <translation>Wann die Ladestation zuletzt etwas gemeldet hat (Ortszeit des Standorts)</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
    <message>
        <source>online · disabled</source>
        <translation>online · deaktiviert</translation>
    </message>
    <message>
        <source>offline · disabled</source>
        <translation>offline · deaktiviert</translation>
    </message>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <source>Disabled: its charger is refused and no card is accepted.</source>
        <translation>Deaktiviert: Die Ladestation wird abgewiesen und keine Karte wird angenommen.</translation>
    </message>
    <message>
        <source>No connectors yet: they appear when the charger reports them.</source>
        <translation>Noch keine Anschlüsse: Sie erscheinen, wenn die Ladestation sie meldet.</translation>
    </message>
    <message>
        <source>No password and unsecured connections allowed: any device on the network can connect as this charger. Open the station and set a password.</source>
        <translation>Kein Passwort und ungesicherte Verbindungen erlaubt: Jedes Gerät im Netzwerk kann sich als diese Ladestation verbinden. Öffnen Sie die Ladestation und setzen Sie ein Passwort.</translation>
    </message>
    <message>
        <source>No password and unsecured connections refused: the charger cannot connect until you set a password.</source>
        <translation>Kein Passwort und ungesicherte Verbindungen abgewiesen: Die Ladestation kann sich erst verbinden, wenn Sie ein Passwort setzen.</translation>
    </message>
    <message>
        <source>Security profile {profile}, password set</source>
        <translation>Sicherheitsprofil {profile}, Passwort gesetzt</translation>
    </message>
    <message>
        <source>type unknown</source>
        <translation>Typ unbekannt</translation>
    </message>
    <message>
        <source>, {kw} kW</source>
        <translation>, {kw} kW</translation>
    </message>
    <message>
        <source>Offline (last: {status})</source>
        <translation>Offline (zuletzt: {status})</translation>
    </message>
    <message>
        <source>Connector {number}: {plug}{power} — {status}{error}</source>
        <translation>Anschluss {number}: {plug}{power} — {status}{error}</translation>
    </message>
    <message>
        <source>Any access mode</source>
        <translation>Jeder Zugangsmodus</translation>
    </message>
    <message>
        <source>Public now</source>
        <translation>Jetzt öffentlich</translation>
    </message>
    <message>
        <source>Limited now</source>
        <translation>Jetzt eingeschränkt</translation>
    </message>
    <message>
        <source>Private now</source>
        <translation>Jetzt privat</translation>
    </message>
    <message>
        <source>Show the stations of one site</source>
        <translation>Die Ladestationen eines Standorts zeigen</translation>
    </message>
    <message>
        <source>Faulted: the charger or a connector reports Faulted. Charging: a connector is Charging or Suspended (a session in progress)</source>
        <translation>Gestört: Die Ladestation oder ein Anschluss meldet Faulted. Lädt: Ein Anschluss ist Charging oder Suspended (ein Ladevorgang läuft)</translation>
    </message>
    <message>
        <source>The access mode right now, at each site&apos;s local time (a station matches when the station or one of its connectors is in that mode)</source>
        <translation>Der Zugangsmodus jetzt, zur Ortszeit jedes Standorts (eine Ladestation passt, wenn sie oder einer ihrer Anschlüsse in diesem Modus ist)</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Faulted</source>
        <translation>Gestört</translation>
    </message>
    <message>
        <source>Charging</source>
        <translation>Lädt</translation>
    </message>
    <message>
        <source>Search name, charge point id or address</source>
        <translation>Name, Ladepunkt-ID oder Adresse suchen</translation>
    </message>
    <message>
        <source>Every word must appear in the name, the charge point id or the address (Ctrl+F)</source>
        <translation>Jedes Wort muss im Namen, in der Ladepunkt-ID oder in der Adresse vorkommen (Ctrl+F)</translation>
    </message>
    <message>
        <source>New station…</source>
        <translation>Neue Ladestation…</translation>
    </message>
    <message>
        <source>Add a station (Ctrl+N)</source>
        <translation>Ladestation hinzufügen (Ctrl+N)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Open the selected station (Enter or double-click)</source>
        <translation>Gewählte Ladestation öffnen (Enter oder Doppelklick)</translation>
    </message>
    <message>
        <source>Duplicate…</source>
        <translation>Duplizieren…</translation>
    </message>
    <message>
        <source>A new station with the same site, settings, connectors and access rules (a new charge point id, no password)</source>
        <translation>Eine neue Ladestation mit gleichem Standort, gleichen Einstellungen, Anschlüssen und Zugangsregeln (neue Ladepunkt-ID, kein Passwort)</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Delete the selected station (Del). A station with sessions can only be disabled</source>
        <translation>Gewählte Ladestation löschen (Entf). Eine Ladestation mit Ladevorgängen kann nur deaktiviert werden</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Alle Standorte</translation>
    </message>
    <message numerus="yes">
        <source>%n station(s)</source>
        <translation>
            <numerusform>%n Ladestation</numerusform>
            <numerusform>%n Ladestationen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n station(s) shown</source>
        <translation>
            <numerusform>{shown} von %n Ladestation angezeigt</numerusform>
            <numerusform>{shown} von %n Ladestationen angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>No stations yet. Click &lt;b&gt;New station…&lt;/b&gt;, or point a charger at this central system (its address is in the status bar) and accept it.</source>
        <translation>Noch keine Ladestationen. Klicken Sie auf &lt;b&gt;Neue Ladestation…&lt;/b&gt; oder richten Sie eine Ladestation auf dieses Zentralsystem aus (die Adresse steht in der Statusleiste) und nehmen Sie sie an.</translation>
    </message>
    <message>
        <source>No stations and no site yet. Stations belong to a site: create one in &lt;b&gt;Settings → Sites&lt;/b&gt; first, then add stations here.</source>
        <translation>Noch keine Ladestationen und kein Standort. Ladestationen gehören zu einem Standort: Legen Sie zuerst einen unter &lt;b&gt;Einstellungen → Standorte&lt;/b&gt; an und fügen Sie dann hier Ladestationen hinzu.</translation>
    </message>
    <message>
        <source>No station matches the search and filters.</source>
        <translation>Keine Ladestation passt zur Suche und zu den Filtern.</translation>
    </message>
    <message>
        <source>No site yet</source>
        <translation>Noch kein Standort</translation>
    </message>
    <message>
        <source>Every station belongs to a site (its time zone, currency and VAT).

Create a site in Settings → Sites first, then add the station here.</source>
        <translation>Jede Ladestation gehört zu einem Standort (seine Zeitzone, Währung und MWST).

Legen Sie zuerst einen Standort unter Einstellungen → Standorte an und fügen Sie dann hier die Ladestation hinzu.</translation>
    </message>
    <message>
        <source>{problem}. The list was refreshed.</source>
        <translation>{problem}. Die Liste wurde aktualisiert.</translation>
    </message>
    <message>
        <source>Saved station {name}.</source>
        <translation>Ladestation {name} gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>Delete station {name} ({cpid}) with its %n connector(s), its access rules, owners and special users?

This cannot be undone.</source>
        <translation>
            <numerusform>Ladestation {name} ({cpid}) mit ihrem %n Anschluss, ihren Zugangsregeln, Eigentümern und Spezialbenutzern löschen?

Dies kann nicht rückgängig gemacht werden.</numerusform>
            <numerusform>Ladestation {name} ({cpid}) mit ihren %n Anschlüssen, ihren Zugangsregeln, Eigentümern und Spezialbenutzern löschen?

Dies kann nicht rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete station {name} ({cpid}) its access rules, owners and special users?

This cannot be undone.</source>
        <translation>Ladestation {name} ({cpid}) mit ihren Zugangsregeln, Eigentümern und Spezialbenutzern löschen?

Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Delete station</source>
        <translation>Ladestation löschen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>{name}: {conflict} Look at it again before deleting.</source>
        <translation>{name}: {conflict} Sehen Sie sie vor dem Löschen nochmals an.</translation>
    </message>
    <message>
        <source>{name} was already deleted.</source>
        <translation>{name} wurde bereits gelöscht.</translation>
    </message>
    <message>
        <source>Deleted station {name} ({cpid}).</source>
        <translation>Ladestation {name} ({cpid}) gelöscht.</translation>
    </message>
    <message>
        <source>Station has sessions</source>
        <translation>Ladestation hat Ladevorgänge</translation>
    </message>
    <message>
        <source>Disable station</source>
        <translation>Ladestation deaktivieren</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>{problem}

{name} is already disabled.</source>
        <translation>{problem}

{name} ist bereits deaktiviert.</translation>
    </message>
    <message>
        <source>{name} was deleted meanwhile.</source>
        <translation>{name} wurde inzwischen gelöscht.</translation>
    </message>
    <message>
        <source>Disabled station {name}: its charger is refused; its history is kept.</source>
        <translation>Ladestation {name} deaktiviert: Die Ladestation wird abgewiesen; ihr Verlauf bleibt erhalten.</translation>
    </message>
</context>
<context>
    <name>TagDialog</name>
    <message>
        <source>The RFID card&apos;s idTag as a charger reads it: up to 20 letters, digits and - _ : . Chargers match tags in any case; they are stored in capitals.</source>
        <translation>Die idTag der RFID-Karte, wie eine Ladestation sie liest: bis zu 20 Buchstaben, Ziffern und - _ : . Ladestationen vergleichen Karten ohne Rücksicht auf Gross-/Kleinschreibung; gespeichert werden sie in Grossbuchstaben.</translation>
    </message>
    <message>
        <source>Optional group ID (OCPP parentIdTag). Tags with the same parent count as one: the group may charge at one connector at a time. Leave it empty for a personal tag.</source>
        <translation>Optionale Gruppen-ID (OCPP parentIdTag). Karten mit derselben übergeordneten ID zählen als eine: Die Gruppe kann jeweils nur an einem Anschluss laden. Für eine persönliche Karte leer lassen.</translation>
    </message>
    <message>
        <source>Edit RFID tag</source>
        <translation>RFID-Karte bearbeiten</translation>
    </message>
    <message>
        <source>Add RFID tag</source>
        <translation>RFID-Karte hinzufügen</translation>
    </message>
    <message>
        <source>e.g. 04A2B3C4</source>
        <translation>z. B. 04A2B3C4</translation>
    </message>
    <message>
        <source>Tags a charger read recently that nobody owns: tap the new card on a charger, then pick it here.</source>
        <translation>Karten, die eine Ladestation kürzlich gelesen hat und die niemandem gehören: Halten Sie die neue Karte an eine Ladestation und wählen Sie sie dann hier.</translation>
    </message>
    <message>
        <source>Pick a tag a charger read recently…</source>
        <translation>Eine kürzlich gelesene Karte wählen…</translation>
    </message>
    <message>
        <source>Tag ID</source>
        <translation>Karten-ID</translation>
    </message>
    <message>
        <source>e.g. white card, key fob, pool car 3</source>
        <translation>z. B. weisse Karte, Schlüsselanhänger, Poolauto 3</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Blocked and expired tags are refused at every charger.</source>
        <translation>Gesperrte und abgelaufene Karten werden an jeder Ladestation abgewiesen.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>only until</source>
        <translation>nur bis</translation>
    </message>
    <message>
        <source>The last day the tag is accepted (inclusive, {timezone} time).</source>
        <translation>Der letzte Tag, an dem die Karte angenommen wird (inklusive, Zeit {timezone}).</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <source>optional group ID</source>
        <translation>optionale Gruppen-ID</translation>
    </message>
    <message>
        <source>Parent tag</source>
        <translation>Übergeordnete Karte</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>Karte hinzufügen</translation>
    </message>
</context>
<context>
    <name>TimeParse</name>
    <message>
        <source>{text} is not a day list (e.g. &apos;Mon-Fri&apos; or &apos;Sat,Sun&apos;)</source>
        <translation>{text} ist keine Liste von Tagen (z. B. &apos;Mon-Fri&apos; oder &apos;Sat,Sun&apos;)</translation>
    </message>
    <message>
        <source>{text} is not a time (HH:MM)</source>
        <translation>{text} ist keine Uhrzeit (HH:MM)</translation>
    </message>
    <message>
        <source>{text} is not a time (HH:MM, 00:00–23:59, or 24:00)</source>
        <translation>{text} ist keine Uhrzeit (HH:MM, 00:00–23:59 oder 24:00)</translation>
    </message>
    <message>
        <source>{text} is not a time (HH:MM, 00:00–23:59)</source>
        <translation>{text} ist keine Uhrzeit (HH:MM, 00:00–23:59)</translation>
    </message>
</context>
<context>
    <name>UserEditor</name>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Delete user…</source>
        <translation>Benutzer löschen…</translation>
    </message>
    <message>
        <source>Delete this user and their RFID tags (their sessions stay in the history)</source>
        <translation>Diesen Benutzer und seine RFID-Karten löschen (seine Ladevorgänge bleiben im Verlauf)</translation>
    </message>
    <message>
        <source>Monthly statement…</source>
        <translation>Monatsabrechnung…</translation>
    </message>
    <message>
        <source>A PDF of this user&apos;s charging sessions in one month with the totals, to hand over or charge back (Ctrl+P)</source>
        <translation>Ein PDF der Ladevorgänge dieses Benutzers in einem Monat mit den Totalen, zum Übergeben oder Weiterverrechnen (Ctrl+P)</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Forget the changes (Esc)</source>
        <translation>Änderungen verwerfen (Esc)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save the user and their tags (Enter or Ctrl+S)</source>
        <translation>Benutzer und seine Karten speichern (Enter oder Ctrl+S)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation>Vor- und Nachname</translation>
    </message>
    <message>
        <source>Unique: two users cannot have the same name (add e.g. the department).</source>
        <translation>Eindeutig: Zwei Benutzer können nicht denselben Namen haben (ergänzen Sie z. B. die Abteilung).</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@beispiel.ch</translation>
    </message>
    <message>
        <source>Shown on exports and statements, for charging costs back internally.</source>
        <translation>Erscheint auf Exporten und Abrechnungen, für die interne Weiterverrechnung.</translation>
    </message>
    <message>
        <source>A blocked user&apos;s tags are refused at every charger (the tags keep their own status).</source>
        <translation>Die Karten eines gesperrten Benutzers werden an jeder Ladestation abgewiesen (die Karten behalten ihren eigenen Status).</translation>
    </message>
    <message>
        <source>Notes (only shown here)</source>
        <translation>Notizen (nur hier sichtbar)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Cost centre</source>
        <translation>Kostenstelle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>RFID tags</source>
        <translation>RFID-Karten</translation>
    </message>
    <message>
        <source>Tag ID</source>
        <translation>Karten-ID</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Übergeordnet</translation>
    </message>
    <message>
        <source>Add tag…</source>
        <translation>Karte hinzufügen…</translation>
    </message>
    <message>
        <source>Add an RFID tag (Insert)</source>
        <translation>RFID-Karte hinzufügen (Einfg)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Change the selected tag (Enter, or double-click it)</source>
        <translation>Gewählte Karte ändern (Enter oder Doppelklick)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected tag (Del); it is deleted when you save</source>
        <translation>Gewählte Karte entfernen (Entf); sie wird beim Speichern gelöscht</translation>
    </message>
    <message>
        <source>Stations this user may use now</source>
        <translation>Ladestationen, die dieser Benutzer jetzt nutzen darf</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <source>Ask the access rules again for the current time</source>
        <translation>Die Zugangsregeln für die aktuelle Zeit erneut abfragen</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Ladestation</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Tariff</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>No user selected</source>
        <translation>Kein Benutzer gewählt</translation>
    </message>
    <message>
        <source>Save the user to see where they may charge.</source>
        <translation>Speichern Sie den Benutzer, um zu sehen, wo er laden darf.</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>Neuer Benutzer</translation>
    </message>
    <message>
        <source>(not saved yet)</source>
        <translation>(noch nicht gespeichert)</translation>
    </message>
    <message>
        <source>Expires {when} ({timezone})</source>
        <translation>Läuft ab am {when} ({timezone})</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Tag {number}</source>
        <translation>Karte {number}</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Tag {tag} will be removed when you save.</source>
        <translation>Die Karte {tag} wird beim Speichern entfernt.</translation>
    </message>
    <message>
        <source>Not saved: {problem}.</source>
        <translation>Nicht gespeichert: {problem}.</translation>
    </message>
    <message>
        <source>Created {name}.</source>
        <translation>{name} angelegt.</translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation>{name} gespeichert.</translation>
    </message>
    <message>
        <source>Not saved: fix the marked field.</source>
        <translation>Nicht gespeichert: Korrigieren Sie das markierte Feld.</translation>
    </message>
    <message>
        <source>Not saved: fix the {count} marked problems.</source>
        <translation>Nicht gespeichert: Beheben Sie die {count} markierten Probleme.</translation>
    </message>
    <message>
        <source>Not saved: this user was changed on another console meanwhile (see above).</source>
        <translation>Nicht gespeichert: Dieser Benutzer wurde inzwischen an einer anderen Konsole geändert (siehe oben).</translation>
    </message>
    <message>
        <source>Reloaded: the form shows what is stored now.</source>
        <translation>Neu geladen: Das Formular zeigt, was jetzt gespeichert ist.</translation>
    </message>
    <message>
        <source>Your changes are kept; the other fields show what is stored now. Save replaces what is stored where you changed it.</source>
        <translation>Ihre Änderungen bleiben erhalten; die übrigen Felder zeigen, was jetzt gespeichert ist. Speichern ersetzt das Gespeicherte dort, wo Sie etwas geändert haben.</translation>
    </message>
    <message>
        <source>Changes reverted.</source>
        <translation>Änderungen zurückgesetzt.</translation>
    </message>
    <message>
        <source>No sessions in {period}: an empty statement was saved to {path}.</source>
        <translation>Keine Ladevorgänge im {period}: Eine leere Abrechnung wurde nach {path} gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>Statement for {period} (%n session(s)) saved to {path}.</source>
        <translation>
            <numerusform>Abrechnung für {period} (%n Ladevorgang) nach {path} gespeichert.</numerusform>
            <numerusform>Abrechnung für {period} (%n Ladevorgänge) nach {path} gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the stations…</source>
        <translation>Ladestationen werden geprüft…</translation>
    </message>
    <message>
        <source>This user no longer exists.</source>
        <translation>Dieser Benutzer existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Could not check the stations: {problem}</source>
        <translation>Ladestationen konnten nicht geprüft werden: {problem}</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;May use {accepted} of %n station(s)&lt;/b&gt; right now (checked at {time} with tag {tag}).</source>
        <translation>
            <numerusform>&lt;b&gt;Darf {accepted} von %n Ladestation nutzen&lt;/b&gt;, jetzt gerade (geprüft um {time} mit Karte {tag}).</numerusform>
            <numerusform>&lt;b&gt;Darf {accepted} von %n Ladestationen nutzen&lt;/b&gt;, jetzt gerade (geprüft um {time} mit Karte {tag}).</numerusform>
        </translation>
    </message>
    <message>
        <source>{mode} until {time}</source>
        <translation>{mode} bis {time}</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Abgewiesen</translation>
    </message>
    <message>
        <source>OCPP answer: {status}</source>
        <translation>OCPP-Antwort: {status}</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Karten</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>cost centre {code}</source>
        <translation>Kostenstelle {code}</translation>
    </message>
    <message>
        <source>RFID tags: {tags}</source>
        <translation>RFID-Karten: {tags}</translation>
    </message>
    <message>
        <source>No RFID tags</source>
        <translation>Keine RFID-Karten</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>New user</source>
        <translation>Neuer Benutzer</translation>
    </message>
    <message>
        <source>Create a user (Ctrl+N)</source>
        <translation>Benutzer anlegen (Ctrl+N)</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>CSV importieren…</translation>
    </message>
    <message>
        <source>Create or update users and their tags from a CSV file (columns name;email;phone;company;cost_centre;active;tags;tag_label)</source>
        <translation>Benutzer und ihre Karten aus einer CSV-Datei anlegen oder aktualisieren (Spalten name;email;phone;company;cost_centre;active;tags;tag_label)</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Save every user and their tags as a CSV file (the import&apos;s format)</source>
        <translation>Alle Benutzer und ihre Karten als CSV-Datei speichern (im Importformat)</translation>
    </message>
    <message>
        <source>Search name, e-mail, company or tag… (Ctrl+F)</source>
        <translation>Name, E-Mail, Firma oder Karte suchen… (Ctrl+F)</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>Alle Benutzer</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Show all users, only active or only blocked ones</source>
        <translation>Alle Benutzer zeigen, nur aktive oder nur gesperrte</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>RFID tags a charger presented that nobody owns, most recent first. To add a new card, tap it on any charger: it appears here within a second, ready to assign.</source>
        <translation>RFID-Karten, die an einer Ladestation vorgewiesen wurden und niemandem gehören, neueste zuerst. Um eine neue Karte hinzuzufügen, halten Sie sie an eine beliebige Ladestation: Sie erscheint hier innert einer Sekunde, bereit zum Zuordnen.</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Ladestation</translation>
    </message>
    <message>
        <source>Connector</source>
        <translation>Anschluss</translation>
    </message>
    <message>
        <source>Times seen</source>
        <translation>Anzahl gesehen</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Zuerst gesehen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Take the selected tag off this list (Del); it comes back if it is presented again</source>
        <translation>Gewählte Karte von der Liste nehmen (Entf); sie erscheint wieder, wenn sie erneut vorgewiesen wird</translation>
    </message>
    <message>
        <source>Unknown tags</source>
        <translation>Unbekannte Karten</translation>
    </message>
    <message>
        <source>Showing the first {shown} of {total} users; type more to narrow the search.</source>
        <translation>Die ersten {shown} von {total} Benutzern werden gezeigt; tippen Sie weiter, um die Suche einzugrenzen.</translation>
    </message>
    <message numerus="yes">
        <source>%n matching user(s)</source>
        <translation>
            <numerusform>%n passender Benutzer</numerusform>
            <numerusform>%n passende Benutzer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n Benutzer</numerusform>
            <numerusform>%n Benutzer</numerusform>
        </translation>
    </message>
    <message>
        <source>the new user</source>
        <translation>den neuen Benutzer</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Save the changes to {name}?</source>
        <translation>Änderungen an {name} speichern?</translation>
    </message>
    <message>
        <source>Discard forgets them; Cancel goes back to editing.</source>
        <translation>Verwerfen vergisst sie; Abbrechen kehrt zum Bearbeiten zurück.</translation>
    </message>
    <message>
        <source>the saved user does not match the search</source>
        <translation>der gespeicherte Benutzer passt nicht zur Suche</translation>
    </message>
    <message>
        <source>Delete user</source>
        <translation>Benutzer löschen</translation>
    </message>
    <message>
        <source>Delete {name}?</source>
        <translation>{name} löschen?</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Deleted {name}.</source>
        <translation>{name} gelöscht.</translation>
    </message>
    <message>
        <source>Could not read the unknown tags: {problem}</source>
        <translation>Die unbekannten Karten konnten nicht gelesen werden: {problem}</translation>
    </message>
    <message>
        <source>Give {tag} to a user</source>
        <translation>{tag} einem Benutzer zuordnen</translation>
    </message>
    <message>
        <source>Unknown tags ({count})</source>
        <translation>Unbekannte Karten ({count})</translation>
    </message>
    <message>
        <source>No unknown tags: every tag presented so far belongs to someone.</source>
        <translation>Keine unbekannten Karten: Jede bisher vorgewiesene Karte gehört jemandem.</translation>
    </message>
    <message numerus="yes">
        <source>The {shown} most recent of %n unknown tag(s).</source>
        <translation>
            <numerusform>Die {shown} neuesten von %n unbekannten Karte.</numerusform>
            <numerusform>Die {shown} neuesten von %n unbekannten Karten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unknown tag(s).</source>
        <translation>
            <numerusform>%n unbekannte Karte.</numerusform>
            <numerusform>%n unbekannte Karten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Assign to user…</source>
        <translation>Benutzer zuordnen…</translation>
    </message>
    <message>
        <source>choose a user from the list (type part of the name)</source>
        <translation>Wählen Sie einen Benutzer aus der Liste (einen Teil des Namens eingeben)</translation>
    </message>
    <message>
        <source>Tag &lt;b&gt;{tag}&lt;/b&gt; now belongs to {user}. &lt;a href=&apos;{link}&apos;&gt;Show {user}&lt;/a&gt;</source>
        <translation>Die Karte &lt;b&gt;{tag}&lt;/b&gt; gehört jetzt {user}. &lt;a href=&apos;{link}&apos;&gt;{user} anzeigen&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Dismiss unknown tag</source>
        <translation>Unbekannte Karte verwerfen</translation>
    </message>
    <message>
        <source>Take {tag} ({where}) off the list?</source>
        <translation>{tag} ({where}) von der Liste nehmen?</translation>
    </message>
    <message>
        <source>It comes back if a charger reads it again.</source>
        <translation>Sie erscheint wieder, wenn eine Ladestation sie erneut liest.</translation>
    </message>
    <message>
        <source>Import users from CSV</source>
        <translation>Benutzer aus CSV importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import users</source>
        <translation>Benutzer importieren</translation>
    </message>
    <message>
        <source>{file} cannot be imported.</source>
        <translation>{file} kann nicht importiert werden.</translation>
    </message>
    <message numerus="yes">
        <source>{file} was not imported: %n problem(s), see the report.</source>
        <translation>
            <numerusform>{file} wurde nicht importiert: %n Problem, siehe Bericht.</numerusform>
            <numerusform>{file} wurde nicht importiert: %n Probleme, siehe Bericht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{created} created, {updated} updated, {unchanged} unchanged, %n tag(s) added</source>
        <translation>
            <numerusform>{created} angelegt, {updated} aktualisiert, {unchanged} unverändert, %n Karte hinzugefügt</numerusform>
            <numerusform>{created} angelegt, {updated} aktualisiert, {unchanged} unverändert, %n Karten hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{counts}; %n line(s) with problems skipped</source>
        <translation>
            <numerusform>{counts}; %n Zeile mit Problemen übersprungen</numerusform>
            <numerusform>{counts}; %n Zeilen mit Problemen übersprungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported {file}: {counts}.</source>
        <translation>{file} importiert: {counts}.</translation>
    </message>
    <message>
        <source>Export users to CSV</source>
        <translation>Benutzer als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export users</source>
        <translation>Benutzer exportieren</translation>
    </message>
    <message>
        <source>{file} could not be written.</source>
        <translation>{file} konnte nicht geschrieben werden.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n user(s) to {path}.</source>
        <translation>
            <numerusform>%n Benutzer nach {path} exportiert.</numerusform>
            <numerusform>%n Benutzer nach {path} exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>today {time}</source>
        <translation>heute {time}</translation>
    </message>
    <message>
        <source>yesterday {time}</source>
        <translation>gestern {time}</translation>
    </message>
</context>
</TS>
