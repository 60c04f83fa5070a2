<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AccessMode</name>
    <message>
        <location filename="../../app/services/rules/plan.py" line="45"/>
        <source>Public</source>
        <translation>Öffentlich</translation>
    </message>
    <message>
        <location filename="../../app/services/rules/plan.py" line="46"/>
        <source>Limited</source>
        <translation>Eingeschränkt</translation>
    </message>
    <message>
        <location filename="../../app/services/rules/plan.py" line="47"/>
        <source>Private</source>
        <translation>Privat</translation>
    </message>
</context>
<context>
    <name>AssignTagDialog</name>
    <message>
        <location filename="../../app/views/users/page.py" line="149"/>
        <source>Assign RFID tag</source>
        <translation>RFID-Karte zuordnen</translation>
    </message>
    <message>
        <location filename="../../app/views/users/page.py" line="156"/>
        <source>Tag &lt;b&gt;{tag}&lt;/b&gt; was last presented at {where}, {when}. Who does it belong to?</source>
        <translation>Die Karte &lt;b&gt;{tag}&lt;/b&gt; wurde zuletzt bei {where} vorgewiesen, {when}. Wem gehört sie?</translation>
    </message>
    <message>
        <location filename="../../app/views/users/page.py" line="169"/>
        <source>{name} (blocked)</source>
        <translation>{name} (gesperrt)</translation>
    </message>
    <message>
        <location filename="../../app/views/users/page.py" line="182"/>
        <source>Type a name…</source>
        <translation>Namen eingeben…</translation>
    </message>
    <message>
        <location filename="../../app/views/users/page.py" line="183"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../../app/views/users/page.py" line="185"/>
        <source>optional, e.g. white card</source>
        <translation>optional, z. B. weisse Karte</translation>
    </message>
    <message>
        <location filename="../../app/views/users/page.py" line="186"/>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <location filename="../../app/views/users/page.py" line="196"/>
        <source>Assign</source>
        <translation>Zuordnen</translation>
    </message>
</context>
<context>
    <name>ConnectorStatus</name>
    <message>
        <location filename="../../app/views/stations/page.py" line="111"/>
        <source>Available</source>
        <extracomment>the OCPP connector statuses (and our Offline) as the Connectors column writes them; the colours go by the status</extracomment>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <location filename="../../app/views/stations/page.py" line="112"/>
        <source>Preparing</source>
        <translation>Vorbereitung</translation>
    </message>
    <message>
        <location filename="../../app/views/stations/page.py" line="113"/>
        <source>Charging</source>
        <translation>Lädt</translation>
    </message>
    <message>
        <location filename="../../app/views/stations/page.py" line="114"/>
        <source>SuspendedEV</source>
        <translation>Pausiert (Fahrzeug)</translation>
    </message>
    <message>
        <location filename="../../app/views/stations/page.py" line="115"/>
        <source>SuspendedEVSE</source>
        <translation>Pausiert (Ladestation)</translation>
    </message>
    <message>
        <location filename="../../app/views/stations/page.py" line="116"/>
        <source>Finishing</source>
        <translation>Abschluss</translation>
    </message>
    <message>
        <location filename="../../app/views/stations/page.py" line="117"/>
        <source>Reserved</source>
        <translation>Reserviert</translation>
    </message>
    <message>
        <location filename="../../app/views/stations/page.py" line="118"/>
        <source>Unavailable</source>
        <translation>Nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../../app/views/stations/page.py" line="119"/>
        <source>Faulted</source>
        <translation>Gestört</translation>
    </message>
    <message>
        <location filename="../../app/views/stations/page.py" line="120"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location filename="../../app/views/stations/page.py" line="121"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
</context>
<context>
    <name>ExceptionsPanel</name>
    <message>
        <location filename="../../app/views/schedules/page.py" line="114"/>
        <source>follows another weekday&apos;s plan</source>
        <translation>folgt dem Plan eines anderen Wochentags</translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="119"/>
        <source>fixed mode all day (in its colour)</source>
        <translation>fester Modus den ganzen Tag (in seiner Farbe)</translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="131"/>
        <location filename="../../app/views/schedules/page.py" line="158"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="132"/>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="133"/>
        <location filename="../../app/views/schedules/page.py" line="162"/>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="134"/>
        <location filename="../../app/views/schedules/page.py" line="193"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="156"/>
        <source>The date the exception applies to (the site&apos;s local date)</source>
        <translation>Das Datum, für das die Ausnahme gilt (Ortsdatum des Standorts)</translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="161"/>
        <source>e.g. Christmas, company closing day</source>
        <translation>z. B. Weihnachten, Betriebsferientag</translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="163"/>
        <source>Follow the plan of</source>
        <translation>Plan übernehmen von</translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="165"/>
        <source>The date gets that weekday&apos;s windows (e.g. a public holiday follows Sunday)</source>
        <translation>Das Datum erhält die Zeitfenster dieses Wochentags (z. B. folgt ein Feiertag dem Sonntag)</translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="173"/>
        <source>Fixed all day</source>
        <translation>Den ganzen Tag fest</translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="175"/>
        <source>One mode (and tariff) from 00:00 to 24:00; no window applies on that date</source>
        <translation>Ein Modus (und Tarif) von 00:00 bis 24:00; an diesem Datum gilt kein Zeitfenster</translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="200"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="201"/>
        <source>Clear the form for another date</source>
        <translation>Formular für ein anderes Datum leeren</translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="202"/>
        <location filename="../../app/views/schedules/page.py" line="211"/>
        <location filename="../../app/views/schedules/page.py" line="306"/>
        <source>Add exception</source>
        <translation>Ausnahme hinzufügen</translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="203"/>
        <source>Remove…</source>
        <translation>Entfernen…</translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="205"/>
        <source>Remove the exception of this date (Del in the list)</source>
        <translation>Ausnahme dieses Datums entfernen (Entf in der Liste)</translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="212"/>
        <location filename="../../app/views/schedules/page.py" line="304"/>
        <source>Update exception</source>
        <translation>Ausnahme aktualisieren</translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="241"/>
        <source>Default tariff</source>
        <translation>Standardtarif</translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="255"/>
        <source>follows {weekday}</source>
        <translation>folgt {weekday}</translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="260"/>
        <source>{mode} at &apos;{tariff}&apos; all day</source>
        <translation>{mode} zum Tarif «{tariff}» den ganzen Tag</translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="263"/>
        <source>{mode} all day</source>
        <translation>{mode} den ganzen Tag</translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="281"/>
        <source>Exception</source>
        <translation>Ausnahme</translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="352"/>
        <source>The label is too long: at most {max} characters.</source>
        <translation>Die Bezeichnung ist zu lang: höchstens {max} Zeichen.</translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="380"/>
        <source>Remove exception</source>
        <translation>Ausnahme entfernen</translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="382"/>
        <source>Remove the exception of {date} ({label})?</source>
        <translation>Die Ausnahme vom {date} ({label}) entfernen?</translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="386"/>
        <source>Remove the exception of {date}?</source>
        <translation>Die Ausnahme vom {date} entfernen?</translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="391"/>
        <source>The date then follows the regular {weekday} plan.</source>
        <translation>Das Datum folgt dann dem üblichen Plan für {weekday}.</translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="395"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <location filename="../../app/views/users/page.py" line="221"/>
        <source>Import users: problems found</source>
        <translation>Benutzer importieren: Probleme gefunden</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/users/page.py" line="228"/>
        <source>&lt;b&gt;%n problem(s) on {lines} of {file}.&lt;/b&gt; Nothing was imported.</source>
        <translation>
            <numerusform>&lt;b&gt;%n Problem auf {lines} von {file}.&lt;/b&gt; Es wurde nichts importiert.</numerusform>
            <numerusform>&lt;b&gt;%n Probleme auf {lines} von {file}.&lt;/b&gt; Es wurde nichts importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/users/page.py" line="235"/>
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/users/page.py" line="245"/>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location filename="../../app/views/users/page.py" line="245"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../app/views/users/page.py" line="256"/>
        <source>Fix the file and import it again, or import the other rows now and add the rest later. Line 1 is the header.</source>
        <translation>Korrigieren Sie die Datei und importieren Sie sie erneut, oder importieren Sie jetzt die übrigen Zeilen und ergänzen Sie den Rest später. Zeile 1 ist die Kopfzeile.</translation>
    </message>
    <message>
        <location filename="../../app/views/users/page.py" line="267"/>
        <source>Import the valid rows only</source>
        <translation>Nur die gültigen Zeilen importieren</translation>
    </message>
</context>
<context>
    <name>LearnCardDialog</name>
    <message>
        <location filename="../../app/views/users/learn_card.py" line="42"/>
        <source>Learn an RFID card</source>
        <translation>RFID-Karte einlesen</translation>
    </message>
    <message>
        <location filename="../../app/views/users/learn_card.py" line="51"/>
        <source>Choose the charger you are standing at, then tap the card on its reader. The charger refuses the card while this dialog is open, so no charge starts.</source>
        <translation>Wählen Sie die Ladestation, bei der Sie stehen, und halten Sie die Karte an ihren Leser. Solange dieser Dialog offen ist, weist die Ladestation die Karte ab; es startet also kein Ladevorgang.</translation>
    </message>
    <message>
        <location filename="../../app/views/users/learn_card.py" line="62"/>
        <source>Chargers connected now</source>
        <translation>Jetzt verbundene Ladestationen</translation>
    </message>
    <message>
        <location filename="../../app/views/users/learn_card.py" line="63"/>
        <source>Charger:</source>
        <translation>Ladestation:</translation>
    </message>
    <message>
        <location filename="../../app/views/users/learn_card.py" line="80"/>
        <source>tap a card on the charger</source>
        <translation>Karte an die Ladestation halten</translation>
    </message>
    <message>
        <location filename="../../app/views/users/learn_card.py" line="82"/>
        <source>Card:</source>
        <translation>Karte:</translation>
    </message>
    <message>
        <location filename="../../app/views/users/learn_card.py" line="89"/>
        <source>Type a few letters and pick the user; a name nobody has yet creates a new user</source>
        <translation>Einige Buchstaben eingeben und den Benutzer wählen; ein noch unbekannter Name legt einen neuen Benutzer an</translation>
    </message>
    <message>
        <location filename="../../app/views/users/learn_card.py" line="95"/>
        <source>Give it to:</source>
        <translation>Zuordnen an:</translation>
    </message>
    <message>
        <location filename="../../app/views/users/learn_card.py" line="101"/>
        <source>optional, for the new user</source>
        <translation>optional, für den neuen Benutzer</translation>
    </message>
    <message>
        <location filename="../../app/views/users/learn_card.py" line="102"/>
        <source>E-mail:</source>
        <translation>E-Mail:</translation>
    </message>
    <message>
        <location filename="../../app/views/users/learn_card.py" line="106"/>
        <source>e.g. Company car ZH 123, spare card</source>
        <translation>z. B. Firmenauto ZH 123, Ersatzkarte</translation>
    </message>
    <message>
        <location filename="../../app/views/users/learn_card.py" line="108"/>
        <source>What the card is, as it shows in the user&apos;s list of cards</source>
        <translation>Wofür die Karte ist, wie es in der Kartenliste des Benutzers erscheint</translation>
    </message>
    <message>
        <location filename="../../app/views/users/learn_card.py" line="110"/>
        <source>Label:</source>
        <translation>Bezeichnung:</translation>
    </message>
    <message>
        <location filename="../../app/views/users/learn_card.py" line="126"/>
        <source>Save card</source>
        <translation>Karte speichern</translation>
    </message>
    <message>
        <location filename="../../app/views/users/learn_card.py" line="157"/>
        <source>{charger} (offline)</source>
        <translation>{charger} (offline)</translation>
    </message>
    <message>
        <location filename="../../app/views/users/learn_card.py" line="199"/>
        <source>No charger is connected. Connect the charger (or check its central system address), then choose it here.</source>
        <translation>Keine Ladestation ist verbunden. Verbinden Sie die Ladestation (oder prüfen Sie ihre Zentralsystem-Adresse) und wählen Sie sie dann hier.</translation>
    </message>
    <message>
        <location filename="../../app/views/users/learn_card.py" line="211"/>
        <source>{charger} went offline; learn mode resumes when it is back.</source>
        <translation>{charger} ist offline gegangen; das Einlesen geht weiter, sobald sie zurück ist.</translation>
    </message>
    <message>
        <location filename="../../app/views/users/learn_card.py" line="218"/>
        <source>Card read on {charger}. Give it to a user and save, or tap another card.</source>
        <translation>Karte an {charger} gelesen. Einem Benutzer zuordnen und speichern, oder eine weitere Karte vorhalten.</translation>
    </message>
    <message>
        <location filename="../../app/views/users/learn_card.py" line="226"/>
        <source>Waiting for a card on {charger}… Tap the card on its reader.</source>
        <translation>Warte auf eine Karte an {charger}… Halten Sie die Karte an den Leser.</translation>
    </message>
    <message>
        <location filename="../../app/views/users/learn_card.py" line="247"/>
        <source>This card already belongs to {user}. To give it to someone else, remove it from that user first (Users page).</source>
        <translation>Diese Karte gehört bereits {user}. Um sie jemand anderem zu geben, entfernen Sie sie zuerst bei diesem Benutzer (Seite Benutzer).</translation>
    </message>
    <message>
        <location filename="../../app/views/users/learn_card.py" line="255"/>
        <source>A card nobody has yet.</source>
        <translation>Eine Karte, die noch niemandem gehört.</translation>
    </message>
    <message>
        <location filename="../../app/views/users/learn_card.py" line="274"/>
        <source>A new user “{name}” is created with this card.</source>
        <translation>Mit dieser Karte wird ein neuer Benutzer «{name}» angelegt.</translation>
    </message>
    <message>
        <location filename="../../app/views/users/learn_card.py" line="293"/>
        <source>Choose the user the card belongs to (type a few letters of the name), or type a new user&apos;s name.</source>
        <translation>Wählen Sie den Benutzer, dem die Karte gehört (einige Buchstaben des Namens eingeben), oder geben Sie den Namen eines neuen Benutzers ein.</translation>
    </message>
    <message>
        <location filename="../../app/views/users/learn_card.py" line="326"/>
        <source>The card was not saved: {problem}</source>
        <translation>Die Karte wurde nicht gespeichert: {problem}</translation>
    </message>
    <message>
        <location filename="../../app/views/users/learn_card.py" line="331"/>
        <source>Saved: {tag} is now {user}&apos;s card “{label}”. Tap the next card to learn another one, or close.</source>
        <translation>Gespeichert: {tag} ist jetzt die Karte «{label}» von {user}. Halten Sie die nächste Karte vor, um eine weitere einzulesen, oder schliessen Sie.</translation>
    </message>
    <message>
        <location filename="../../app/views/users/learn_card.py" line="336"/>
        <source>Saved: {tag} is now {user}&apos;s card. Tap the next card to learn another one, or close.</source>
        <translation>Gespeichert: {tag} ist jetzt die Karte von {user}. Halten Sie die nächste Karte vor, um eine weitere einzulesen, oder schliessen Sie.</translation>
    </message>
</context>
<context>
    <name>SchedulesPage</name>
    <message>
        <location filename="../../app/views/schedules/page.py" line="423"/>
        <source>Schedules</source>
        <translation>Zeitpläne</translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="462"/>
        <source>Station</source>
        <translation>Ladestation</translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="467"/>
        <source>The station whose access times you edit (type to jump)</source>
        <translation>Die Ladestation, deren Zugangszeiten Sie bearbeiten (tippen zum Springen)</translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="471"/>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="476"/>
        <source>The station&apos;s plan, a connector with its own rules, or a special user&apos;s own times</source>
        <translation>Der Plan der Ladestation, ein Anschluss mit eigenen Regeln oder die eigenen Zeiten eines Spezialbenutzers</translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="482"/>
        <source>Own rules for a connector</source>
        <translation>Eigene Regeln für einen Anschluss</translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="487"/>
        <source>Remove own rules…</source>
        <translation>Eigene Regeln entfernen…</translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="489"/>
        <source>The connector follows the station&apos;s plan again</source>
        <translation>Der Anschluss folgt wieder dem Plan der Ladestation</translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="499"/>
        <source>Outside the windows:</source>
        <translation>Ausserhalb der Zeitfenster:</translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="506"/>
        <source>The price outside the windows, and in windows that name no tariff</source>
        <translation>Der Preis ausserhalb der Zeitfenster und in Zeitfenstern ohne eigenen Tarif</translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="509"/>
        <source>at</source>
        <translation>zum Tarif</translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="519"/>
        <source>light: the default</source>
        <translation>hell: Standard</translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="542"/>
        <source>What applies now at the site&apos;s local time, including unsaved changes</source>
        <translation>Was jetzt zur Ortszeit des Standorts gilt, inklusive ungespeicherter Änderungen</translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="557"/>
        <location filename="../../app/views/schedules/page.py" line="797"/>
        <source>Add window…</source>
        <translation>Zeitfenster hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="563"/>
        <location filename="../../app/views/schedules/page.py" line="824"/>
        <source>Weekly plan</source>
        <translation>Wochenplan</translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="565"/>
        <location filename="../../app/views/schedules/page.py" line="986"/>
        <source>Date exceptions</source>
        <translation>Datumsausnahmen</translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="574"/>
        <location filename="../../app/views/schedules/page.py" line="1126"/>
        <source>Revert</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="576"/>
        <source>Discard the unsaved changes and show the stored plan again</source>
        <translation>Ungespeicherte Änderungen verwerfen und den gespeicherten Plan wieder anzeigen</translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="578"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="579"/>
        <source>Save the whole plan (Ctrl+S)</source>
        <translation>Den ganzen Plan speichern (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="646"/>
        <source>No stations yet. Add one on the Stations page (or import a site) to plan its access times.</source>
        <translation>Noch keine Ladestationen. Fügen Sie auf der Seite Ladestationen eine hinzu (oder importieren Sie einen Standort), um ihre Zugangszeiten zu planen.</translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="671"/>
        <source>That special user&apos;s grant no longer exists.</source>
        <translation>Die Berechtigung dieses Spezialbenutzers existiert nicht mehr.</translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="691"/>
        <source>No tariff</source>
        <translation>Kein Tarif</translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="719"/>
        <source>That station no longer exists.</source>
        <translation>Diese Ladestation existiert nicht mehr.</translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="742"/>
        <source>Connector {number} follows the station&apos;s plan, shown here. To give it different times, use “Own rules for a connector”.</source>
        <translation>Anschluss {number} folgt dem hier gezeigten Plan der Ladestation. Für andere Zeiten verwenden Sie «Eigene Regeln für einen Anschluss».</translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="764"/>
        <source>Give one connector its own mode, windows and tariffs (starting as a copy of the station&apos;s plan)</source>
        <translation>Einem Anschluss eigenen Modus, Zeitfenster und Tarife geben (beginnt als Kopie des Plans der Ladestation)</translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="769"/>
        <source>Every connector of this station has its own rules already</source>
        <translation>Jeder Anschluss dieser Ladestation hat bereits eigene Regeln</translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="779"/>
        <source>Could not open it: {problem}.</source>
        <translation>Konnte nicht geöffnet werden: {problem}.</translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="795"/>
        <source>Add access time…</source>
        <translation>Zugangszeit hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="801"/>
        <source>A special user&apos;s own times have no date exceptions</source>
        <translation>Die eigenen Zeiten eines Spezialbenutzers haben keine Datumsausnahmen</translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="803"/>
        <source>Holidays and closing days: another weekday&apos;s plan or a fixed mode</source>
        <translation>Feiertage und Schliesstage: Plan eines anderen Wochentags oder ein fester Modus</translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="815"/>
        <source>Own access times</source>
        <translation>Eigene Zugangszeiten</translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="837"/>
        <location filename="../../app/views/schedules/page.py" line="947"/>
        <source>{station} connector {number}</source>
        <translation>{station} Anschluss {number}</translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="844"/>
        <source>&lt;b&gt;{user}&lt;/b&gt; may use {where} as a special user only within the times below (none: whenever the station&apos;s plan lets special users in).</source>
        <translation>&lt;b&gt;{user}&lt;/b&gt; darf {where} als Spezialbenutzer nur zu den unten stehenden Zeiten nutzen (keine: immer dann, wenn der Plan der Ladestation Spezialbenutzer zulässt).</translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="852"/>
        <source>Own tariff: &apos;{tariff}&apos;.</source>
        <translation>Eigener Tarif: «{tariff}».</translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="858"/>
        <source>Valid {start} – {end}.</source>
        <translation>Gültig {start} – {end}.</translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="908"/>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="910"/>
        <source>Save your changes to {name} first?</source>
        <translation>Zuerst Ihre Änderungen an {name} speichern?</translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="912"/>
        <source>Discard drops them; Cancel stays here.</source>
        <translation>Verwerfen lässt sie fallen; Abbrechen bleibt hier.</translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="941"/>
        <source>this plan</source>
        <translation>diesem Plan</translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="943"/>
        <source>{user}&apos;s times at {station}</source>
        <translation>den Zeiten von {user} an {station}</translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="1030"/>
        <source>Could not save: {problem}. Nothing was saved; try again, or Revert.</source>
        <translation>Speichern nicht möglich: {problem}. Es wurde nichts gespeichert; versuchen Sie es erneut oder setzen Sie zurück.</translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="1042"/>
        <source>Saved {name} at {time}.</source>
        <translation>{name} um {time} gespeichert.</translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="1054"/>
        <source>Not saved: this plan was changed on another console meanwhile (see above).</source>
        <translation>Nicht gespeichert: Dieser Plan wurde inzwischen an einer anderen Konsole geändert (siehe oben).</translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="1066"/>
        <source>Reloaded: the calendar shows what is stored now.</source>
        <translation>Neu geladen: Der Kalender zeigt, was jetzt gespeichert ist.</translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="1082"/>
        <source>Your changes are kept; the rest shows what is stored now. Save replaces what is stored where you changed it.</source>
        <translation>Ihre Änderungen bleiben erhalten; der Rest zeigt, was jetzt gespeichert ist. Speichern ersetzt das Gespeicherte dort, wo Sie etwas geändert haben.</translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="1107"/>
        <source>Default tariff: {problem}.</source>
        <translation>Standardtarif: {problem}.</translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="1109"/>
        <source>Date exceptions: {problem}</source>
        <translation>Datumsausnahmen: {problem}</translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="1113"/>
        <source>Not saved. {problems}</source>
        <translation>Nicht gespeichert. {problems}</translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="1128"/>
        <source>Discard your changes to {name}?</source>
        <translation>Ihre Änderungen an {name} verwerfen?</translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="1131"/>
        <source>Discard changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="1169"/>
        <source>Connector {number} now has its own rules, starting as a copy of the station&apos;s plan. Change them and Save.</source>
        <translation>Anschluss {number} hat jetzt eigene Regeln, zu Beginn eine Kopie des Plans der Ladestation. Ändern Sie sie und speichern Sie.</translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="1183"/>
        <location filename="../../app/views/schedules/page.py" line="1198"/>
        <source>Remove own rules</source>
        <translation>Eigene Regeln entfernen</translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="1185"/>
        <source>Connector {number} will follow the station&apos;s plan again.</source>
        <translation>Anschluss {number} wird wieder dem Plan der Ladestation folgen.</translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="1190"/>
        <source>Its own windows and date exceptions are deleted, and your unsaved changes to them are dropped.</source>
        <translation>Seine eigenen Zeitfenster und Datumsausnahmen werden gelöscht, und Ihre ungespeicherten Änderungen daran gehen verloren.</translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="1195"/>
        <source>Its own windows and date exceptions are deleted.</source>
        <translation>Seine eigenen Zeitfenster und Datumsausnahmen werden gelöscht.</translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="1222"/>
        <source>Connector {number} follows the station&apos;s plan again.</source>
        <translation>Anschluss {number} folgt wieder dem Plan der Ladestation.</translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="1245"/>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="1254"/>
        <source>{when}: (no preview: {problem})</source>
        <translation>{when}: (keine Vorschau: {problem})</translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="1307"/>
        <source>{user}&apos;s own times at {station}</source>
        <translation>Eigene Zeiten von {user} an {station}</translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="1313"/>
        <source>connector {number} (own rules)</source>
        <translation>Anschluss {number} (eigene Regeln)</translation>
    </message>
    <message>
        <location filename="../../app/views/schedules/page.py" line="1318"/>
        <source>{what} · times in {timezone}</source>
        <translation>{what} · Zeiten in {timezone}</translation>
    </message>
</context>
<context>
    <name>SessionDetailDialog</name>
    <message>
        <location filename="../../app/views/sessions/detail.py" line="69"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/detail.py" line="70"/>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/detail.py" line="71"/>
        <source>Tariff</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/detail.py" line="73"/>
        <source>Energy cost</source>
        <translation>Energiekosten</translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/detail.py" line="74"/>
        <source>Time cost</source>
        <translation>Zeitkosten</translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/detail.py" line="96"/>
        <source>{days} d {hours} h {minutes} min</source>
        <translation>{days} T {hours} h {minutes} min</translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/detail.py" line="100"/>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} h {minutes} min</translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/detail.py" line="103"/>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/detail.py" line="119"/>
        <source>Session</source>
        <translation>Ladevorgang</translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/detail.py" line="126"/>
        <location filename="../../app/views/sessions/detail.py" line="343"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/detail.py" line="146"/>
        <source>Station:</source>
        <translation>Ladestation:</translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/detail.py" line="147"/>
        <source>Site:</source>
        <translation>Standort:</translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/detail.py" line="148"/>
        <source>Connector:</source>
        <translation>Anschluss:</translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/detail.py" line="149"/>
        <source>User:</source>
        <translation>Benutzer:</translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/detail.py" line="150"/>
        <source>RFID tag:</source>
        <translation>RFID-Karte:</translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/detail.py" line="151"/>
        <source>Start:</source>
        <translation>Beginn:</translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/detail.py" line="152"/>
        <source>Stop:</source>
        <translation>Ende:</translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/detail.py" line="153"/>
        <source>Duration:</source>
        <translation>Dauer:</translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/detail.py" line="154"/>
        <source>Meter start → stop:</source>
        <translation>Zählerstand Beginn → Ende:</translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/detail.py" line="155"/>
        <source>Energy:</source>
        <translation>Energie:</translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/detail.py" line="156"/>
        <source>Max power:</source>
        <translation>Max. Leistung:</translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/detail.py" line="157"/>
        <source>Stop reason:</source>
        <translation>Grund für das Ende:</translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/detail.py" line="158"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/detail.py" line="159"/>
        <source>Authorization:</source>
        <translation>Autorisierung:</translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/detail.py" line="160"/>
        <source>Reason:</source>
        <translation>Begründung:</translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/detail.py" line="161"/>
        <source>Mode at start:</source>
        <translation>Modus beim Start:</translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/detail.py" line="162"/>
        <source>Tariff:</source>
        <translation>Tarif:</translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/detail.py" line="163"/>
        <source>Transaction:</source>
        <translation>Transaktion:</translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/detail.py" line="164"/>
        <source>Reservation:</source>
        <translation>Reservierung:</translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/detail.py" line="185"/>
        <source>&lt;b&gt;Price by band&lt;/b&gt;</source>
        <translation>&lt;b&gt;Preis nach Zeitabschnitt&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/detail.py" line="207"/>
        <source>Start fee</source>
        <translation>Startgebühr</translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/detail.py" line="208"/>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/detail.py" line="209"/>
        <location filename="../../app/views/sessions/detail.py" line="477"/>
        <source>VAT</source>
        <translation>MWST</translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/detail.py" line="210"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/detail.py" line="229"/>
        <source>&lt;b&gt;Limits sent (load management)&lt;/b&gt;</source>
        <translation>&lt;b&gt;Gesendete Limiten (Lastmanagement)&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/detail.py" line="239"/>
        <source>&lt;b&gt;Meter values&lt;/b&gt;</source>
        <translation>&lt;b&gt;Messwerte&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/detail.py" line="248"/>
        <source>No meter values were recorded for this session.</source>
        <translation>Für diesen Ladevorgang wurden keine Messwerte aufgezeichnet.</translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/detail.py" line="257"/>
        <source>Energy delivered (kWh)</source>
        <translation>Gelieferte Energie (kWh)</translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/detail.py" line="260"/>
        <source>Power (kW)</source>
        <translation>Leistung (kW)</translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/detail.py" line="267"/>
        <source>kWh</source>
        <translation>kWh</translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/detail.py" line="271"/>
        <source>kW</source>
        <translation>kW</translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/detail.py" line="284"/>
        <source>Close (Esc)</source>
        <translation>Schliessen (Esc)</translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/detail.py" line="287"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/detail.py" line="290"/>
        <source>Read the session again (F5); a running session also refreshes by itself when its charger reports</source>
        <translation>Ladevorgang neu lesen (F5); ein laufender Ladevorgang aktualisiert sich auch selbst, wenn seine Ladestation meldet</translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/detail.py" line="300"/>
        <location filename="../../app/views/sessions/detail.py" line="327"/>
        <source>End session…</source>
        <translation>Ladevorgang beenden…</translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/detail.py" line="319"/>
        <source>Click again to end it (not priced)</source>
        <translation>Nochmals klicken zum Beenden (ohne Preis)</translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/detail.py" line="329"/>
        <source>End this session now, as the charger never sent its stop (its card stays busy until then): it ends at its last meter reading, flagged and not priced, and the action is recorded in the audit log</source>
        <translation>Diesen Ladevorgang jetzt beenden, da die Ladestation nie ihr Ende gemeldet hat (die Karte bleibt bis dahin belegt): Er endet beim letzten Zählerstand, markiert und ohne Preis, und die Aktion wird im Audit-Protokoll festgehalten</translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/detail.py" line="340"/>
        <location filename="../../app/views/sessions/detail.py" line="342"/>
        <location filename="../../app/views/sessions/detail.py" line="348"/>
        <location filename="../../app/views/sessions/detail.py" line="365"/>
        <source>Session {id}</source>
        <translation>Ladevorgang {id}</translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/detail.py" line="350"/>
        <source>This session no longer exists (it was deleted).</source>
        <translation>Dieser Ladevorgang existiert nicht mehr (er wurde gelöscht).</translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/detail.py" line="355"/>
        <source>Could not load the session: {problem}</source>
        <translation>Ladevorgang konnte nicht geladen werden: {problem}</translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/detail.py" line="367"/>
        <source>tag {tag}</source>
        <translation>Karte {tag}</translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/detail.py" line="370"/>
        <source>charging now</source>
        <translation>lädt gerade</translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/detail.py" line="372"/>
        <source>Session {id} · {when} ({timezone}) · {state}</source>
        <translation>Ladevorgang {id} · {when} ({timezone}) · {state}</translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/detail.py" line="383"/>
        <source>(no station)</source>
        <translation>(keine Ladestation)</translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/detail.py" line="387"/>
        <source>(nobody: unknown tag)</source>
        <translation>(niemand: unbekannte Karte)</translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/detail.py" line="392"/>
        <source>still charging</source>
        <translation>lädt noch</translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/detail.py" line="399"/>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/detail.py" line="407"/>
        <source>Active (charging)</source>
        <translation>Aktiv (lädt)</translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/detail.py" line="409"/>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/detail.py" line="412"/>
        <source>Flagged: {flags}</source>
        <translation>Markiert: {flags}</translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/detail.py" line="416"/>
        <source>Why: {reason}</source>
        <translation>Warum: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/detail.py" line="424"/>
        <source>(no reason was stored)</source>
        <translation>(kein Grund gespeichert)</translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/detail.py" line="426"/>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/detail.py" line="430"/>
        <source>{id} (OCPP 1.6 transactionId)</source>
        <translation>{id} (OCPP-1.6-transactionId)</translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/detail.py" line="454"/>
        <source>(no tariff)</source>
        <translation>(kein Tarif)</translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/detail.py" line="460"/>
        <source>mode {mode}</source>
        <translation>Modus {mode}</translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/detail.py" line="479"/>
        <source>VAT {percent} %</source>
        <translation>MWST {percent} %</translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/detail.py" line="492"/>
        <source>Not priced yet: the price is computed when the session stops.</source>
        <translation>Noch ohne Preis: Der Preis wird berechnet, wenn der Ladevorgang endet.</translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/detail.py" line="496"/>
        <source>No price breakdown was stored for this session.</source>
        <translation>Für diesen Ladevorgang wurde keine Preisaufschlüsselung gespeichert.</translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/detail.py" line="501"/>
        <source>No bands: no tariff applied.</source>
        <translation>Keine Zeitabschnitte: Es galt kein Tarif.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/sessions/detail.py" line="517"/>
        <source>{purpose} · %n phase(s) · answer: {status}</source>
        <translation>
            <numerusform>{purpose} · %n Phase · Antwort: {status}</numerusform>
            <numerusform>{purpose} · %n Phasen · Antwort: {status}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/detail.py" line="524"/>
        <source>profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/detail.py" line="573"/>
        <source>Samples thinned for display; the first 50,000 meter values are shown</source>
        <translation>Für die Anzeige ausgedünnt; die ersten 50&apos;000 Messwerte werden gezeigt</translation>
    </message>
</context>
<context>
    <name>SessionFlags</name>
    <message>
        <location filename="../../app/views/sessions/detail.py" line="45"/>
        <source>stopped without a start we saw (unknown transaction)</source>
        <translation>beendet ohne von uns gesehenen Start (unbekannte Transaktion)</translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/detail.py" line="48"/>
        <source>the charger sent the stop twice</source>
        <translation>die Ladestation hat das Ende zweimal gesendet</translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/detail.py" line="49"/>
        <source>the charger&apos;s clock was off (times corrected)</source>
        <translation>die Uhr der Ladestation ging falsch (Zeiten korrigiert)</translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/detail.py" line="50"/>
        <source>the charger&apos;s meter restarts at 0 per session</source>
        <translation>der Zähler der Ladestation beginnt pro Ladevorgang bei 0</translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/detail.py" line="51"/>
        <source>the price could not be computed</source>
        <translation>der Preis konnte nicht berechnet werden</translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/detail.py" line="52"/>
        <source>the charger is bound to no station</source>
        <translation>die Ladestation ist keinem Eintrag zugeordnet</translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/detail.py" line="53"/>
        <source>more energy than the connector can deliver (not priced)</source>
        <translation>mehr Energie, als der Anschluss liefern kann (ohne Preis)</translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/detail.py" line="56"/>
        <source>more power than the connector can deliver (not priced)</source>
        <translation>mehr Leistung, als der Anschluss liefern kann (ohne Preis)</translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/detail.py" line="59"/>
        <source>implausible times (not priced)</source>
        <translation>unplausible Zeiten (ohne Preis)</translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/detail.py" line="60"/>
        <source>ended by ChargeDesk: a new transaction started on its connector (not priced)</source>
        <translation>von ChargeDesk beendet: Am Anschluss startete eine neue Transaktion (ohne Preis)</translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/detail.py" line="63"/>
        <source>ended by ChargeDesk: its connector was free again (not priced)</source>
        <translation>von ChargeDesk beendet: Der Anschluss war wieder frei (ohne Preis)</translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/detail.py" line="66"/>
        <source>ended by an operator (not priced)</source>
        <translation>von einem Bediener beendet (ohne Preis)</translation>
    </message>
</context>
<context>
    <name>SessionsExport</name>
    <message>
        <location filename="../../app/views/sessions/export.py" line="96"/>
        <source>the disk holding {folder} is full. Free some space or choose another place.</source>
        <translation>Der Datenträger mit {folder} ist voll. Geben Sie Speicher frei oder wählen Sie einen anderen Ort.</translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/export.py" line="101"/>
        <source>your disk quota on {folder} is used up. Free some space or choose another place.</source>
        <translation>Ihr Speicherkontingent auf {folder} ist aufgebraucht. Geben Sie Speicher frei oder wählen Sie einen anderen Ort.</translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/export.py" line="106"/>
        <source>permission denied: you may not write to {folder}. Choose a folder you can write to.</source>
        <translation>Zugriff verweigert: Sie dürfen nicht in {folder} schreiben. Wählen Sie einen Ordner, in den Sie schreiben können.</translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/export.py" line="111"/>
        <source>{folder} is on a read-only disk. Choose another place.</source>
        <translation>{folder} liegt auf einem schreibgeschützten Datenträger. Wählen Sie einen anderen Ort.</translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/export.py" line="115"/>
        <source>the folder {folder} does not exist (any more). Choose another place.</source>
        <translation>Der Ordner {folder} existiert nicht (mehr). Wählen Sie einen anderen Ort.</translation>
    </message>
</context>
<context>
    <name>SessionsModel</name>
    <message>
        <location filename="../../app/views/sessions/model.py" line="65"/>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/model.py" line="66"/>
        <source>Stop</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/model.py" line="67"/>
        <source>Station</source>
        <translation>Ladestation</translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/model.py" line="68"/>
        <source>Conn.</source>
        <translation>Anschl.</translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/model.py" line="69"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/model.py" line="70"/>
        <source>Tag</source>
        <translation>Karte</translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/model.py" line="72"/>
        <source>Max kW</source>
        <translation>Max. kW</translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/model.py" line="73"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/model.py" line="74"/>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/model.py" line="75"/>
        <source>Cur.</source>
        <translation>Währ.</translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/model.py" line="76"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/model.py" line="77"/>
        <source>Auth.</source>
        <translation>Autor.</translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/model.py" line="82"/>
        <source>When the session started, in the site&apos;s local time. Click to reverse the order.</source>
        <translation>Wann der Ladevorgang begann, in Ortszeit des Standorts. Klicken, um die Reihenfolge umzukehren.</translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/model.py" line="85"/>
        <source>When it stopped (the time only when on the same day)</source>
        <translation>Wann er endete (nur die Uhrzeit, wenn am selben Tag)</translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/model.py" line="86"/>
        <source>Connector (outlet) number</source>
        <translation>Nummer des Anschlusses (Steckdose)</translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/model.py" line="87"/>
        <source>The RFID tag (idTag) presented</source>
        <translation>Die vorgewiesene RFID-Karte (idTag)</translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/model.py" line="88"/>
        <source>Energy delivered (live while charging)</source>
        <translation>Gelieferte Energie (live während des Ladens)</translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/model.py" line="89"/>
        <source>Highest power measured</source>
        <translation>Höchste gemessene Leistung</translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/model.py" line="90"/>
        <source>Price including VAT</source>
        <translation>Preis inklusive MWST</translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/model.py" line="91"/>
        <source>Active, completed, and whether the central system flagged something</source>
        <translation>Aktiv, abgeschlossen, und ob das Zentralsystem etwas markiert hat</translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/model.py" line="94"/>
        <source>The authorization answer; hover for the reason</source>
        <translation>Die Antwort der Autorisierung; Maus darüber für den Grund</translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/model.py" line="343"/>
        <source>{cpid} (no station)</source>
        <translation>{cpid} (keine Ladestation)</translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/model.py" line="375"/>
        <source>Active · flagged</source>
        <translation>Aktiv · markiert</translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/model.py" line="377"/>
        <source>Completed · flagged</source>
        <translation>Abgeschlossen · markiert</translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/model.py" line="379"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/model.py" line="379"/>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/model.py" line="390"/>
        <source>Still charging</source>
        <translation>Lädt noch</translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/model.py" line="393"/>
        <source>no site</source>
        <translation>kein Standort</translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/model.py" line="396"/>
        <source>Charging now</source>
        <translation>Lädt gerade</translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/model.py" line="398"/>
        <source>Stopped: {reason}</source>
        <translation>Beendet: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/model.py" line="399"/>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/model.py" line="403"/>
        <source>Flagged: {flag}</source>
        <translation>Markiert: {flag}</translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/model.py" line="410"/>
        <source>Tariff: {tariff}</source>
        <translation>Tarif: {tariff}</translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/model.py" line="415"/>
        <source>Nobody owns this tag</source>
        <translation>Diese Karte gehört niemandem</translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/model.py" line="467"/>
        <location filename="../../app/views/sessions/model.py" line="489"/>
        <source>Could not read the sessions: {problem}</source>
        <translation>Die Ladevorgänge konnten nicht gelesen werden: {problem}</translation>
    </message>
</context>
<context>
    <name>SessionsPage</name>
    <message>
        <location filename="../../app/views/sessions/page.py" line="72"/>
        <source>Today</source>
        <extracomment>the period presets as the combo shows them (PRESET_LABELS&apos; order and English words, marked for the catalogue)</extracomment>
        <translation>Heute</translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/page.py" line="73"/>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/page.py" line="74"/>
        <source>This month</source>
        <translation>Dieser Monat</translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/page.py" line="75"/>
        <source>Last month</source>
        <translation>Letzter Monat</translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/page.py" line="76"/>
        <source>This year</source>
        <translation>Dieses Jahr</translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/page.py" line="77"/>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/page.py" line="78"/>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/page.py" line="187"/>
        <source>No match for “{text}”: pick an entry from the list, or clear the field for {all}.</source>
        <translation>Kein Treffer für «{text}»: Wählen Sie einen Eintrag aus der Liste oder leeren Sie das Feld für {all}.</translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/page.py" line="228"/>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/page.py" line="234"/>
        <source>Sessions are counted in the period of the day they started, in the site&apos;s local time</source>
        <translation>Ladevorgänge zählen zum Zeitraum des Tages, an dem sie begannen, in Ortszeit des Standorts</translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/page.py" line="240"/>
        <location filename="../../app/views/sessions/page.py" line="581"/>
        <source>From (inclusive)</source>
        <translation>Von (inklusive)</translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/page.py" line="241"/>
        <location filename="../../app/views/sessions/page.py" line="583"/>
        <location filename="../../app/views/sessions/page.py" line="604"/>
        <source>To (inclusive)</source>
        <translation>Bis (inklusive)</translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/page.py" line="246"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/page.py" line="249"/>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/page.py" line="250"/>
        <source>Active (charging)</source>
        <translation>Aktiv (lädt)</translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/page.py" line="251"/>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/page.py" line="252"/>
        <source>Flagged</source>
        <translation>Markiert</translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/page.py" line="254"/>
        <source>Flagged: the central system noted something about the session (a stop for a transaction it never saw, a charger clock that was off, a price it could not compute, …)</source>
        <translation>Markiert: Das Zentralsystem hat etwas zum Ladevorgang vermerkt (ein Ende zu einer nie gesehenen Transaktion, eine falsch gehende Uhr der Ladestation, ein nicht berechenbarer Preis, …)</translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/page.py" line="263"/>
        <source>Reset filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/page.py" line="265"/>
        <source>This month, every site, station, user and status</source>
        <translation>Dieser Monat, alle Standorte, Ladestationen, Benutzer und Status</translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/page.py" line="272"/>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/page.py" line="278"/>
        <source>Station</source>
        <translation>Ladestation</translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/page.py" line="280"/>
        <source>All stations</source>
        <translation>Alle Ladestationen</translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/page.py" line="280"/>
        <source>Type to search stations</source>
        <translation>Tippen, um Ladestationen zu suchen</translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/page.py" line="286"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/page.py" line="288"/>
        <source>All users</source>
        <translation>Alle Benutzer</translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/page.py" line="288"/>
        <source>Type to search users</source>
        <translation>Tippen, um Benutzer zu suchen</translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/page.py" line="310"/>
        <source>Details…</source>
        <translation>Details…</translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/page.py" line="312"/>
        <source>The selected session in full: reason, price by band, meter values (Enter)</source>
        <translation>Der gewählte Ladevorgang vollständig: Begründung, Preis nach Zeitabschnitt, Messwerte (Enter)</translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/page.py" line="316"/>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/page.py" line="318"/>
        <location filename="../../app/views/sessions/page.py" line="660"/>
        <source>Every session of the current filter as a CSV file (Ctrl+E)</source>
        <translation>Alle Ladevorgänge des aktuellen Filters als CSV-Datei (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/page.py" line="320"/>
        <source>Export XLSX…</source>
        <translation>XLSX exportieren…</translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/page.py" line="322"/>
        <source>Every session of the current filter as an Excel workbook, with totals per currency (Ctrl+Shift+E)</source>
        <translation>Alle Ladevorgänge des aktuellen Filters als Excel-Arbeitsmappe, mit Totalen pro Währung (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/page.py" line="382"/>
        <source>Cancel export</source>
        <translation>Export abbrechen</translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/page.py" line="383"/>
        <source>Stop the export; nothing is written (Esc)</source>
        <translation>Export stoppen; es wird nichts geschrieben (Esc)</translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/page.py" line="481"/>
        <source>All sites</source>
        <translation>Alle Standorte</translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/page.py" line="578"/>
        <source>Choose another period, or Custom, to limit the dates</source>
        <translation>Wählen Sie einen anderen Zeitraum oder «Benutzerdefiniert», um die Daten einzugrenzen</translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/page.py" line="624"/>
        <source>The list is ordered by start time (click Start to reverse it); the totals above sum the whole filter.</source>
        <translation>Die Liste ist nach Beginn sortiert (auf «Beginn» klicken zum Umkehren); die Totale oben summieren den ganzen Filter.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/sessions/page.py" line="637"/>
        <source>{count} session(s) · computing totals…</source>
        <translation>
            <numerusform>{count} Ladevorgang · Totale werden berechnet…</numerusform>
            <numerusform>{count} Ladevorgänge · Totale werden berechnet…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/page.py" line="641"/>
        <source>Counting…</source>
        <translation>Wird gezählt…</translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/page.py" line="658"/>
        <source>An export is running</source>
        <translation>Ein Export läuft</translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/page.py" line="740"/>
        <source>Could not read the sites, stations and users: {problem}</source>
        <translation>Standorte, Ladestationen und Benutzer konnten nicht gelesen werden: {problem}</translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/page.py" line="788"/>
        <source>Export sessions as {format}</source>
        <translation>Ladevorgänge als {format} exportieren</translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/page.py" line="794"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/page.py" line="796"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-Arbeitsmappen (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/page.py" line="814"/>
        <source>{count} sessions do not fit in one Excel sheet (at most {limit}). Export CSV, or choose a shorter period.</source>
        <translation>{count} Ladevorgänge passen nicht in ein Excel-Blatt (höchstens {limit}). Exportieren Sie CSV oder wählen Sie einen kürzeren Zeitraum.</translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/page.py" line="845"/>
        <source>Exporting {rows} of {total} sessions to {file}…</source>
        <translation>Exportiere {rows} von {total} Ladevorgängen nach {file}…</translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/page.py" line="848"/>
        <source>Exporting {rows} sessions to {file}…</source>
        <translation>Exportiere {rows} Ladevorgänge nach {file}…</translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/page.py" line="863"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/sessions/page.py" line="879"/>
        <source>{count} session(s) exported to {path} (&lt;a href=&quot;{folder}&quot;&gt;open folder&lt;/a&gt;)</source>
        <translation>
            <numerusform>{count} Ladevorgang nach {path} exportiert (&lt;a href=&quot;{folder}&quot;&gt;Ordner öffnen&lt;/a&gt;)</numerusform>
            <numerusform>{count} Ladevorgänge nach {path} exportiert (&lt;a href=&quot;{folder}&quot;&gt;Ordner öffnen&lt;/a&gt;)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/page.py" line="893"/>
        <source>Export cancelled: nothing was written to {path}.</source>
        <translation>Export abgebrochen: Nach {path} wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/page.py" line="900"/>
        <source>Export to {file} failed: {problem} Nothing was written.</source>
        <translation>Export nach {file} fehlgeschlagen: {problem} Es wurde nichts geschrieben.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/sessions/page.py" line="912"/>
        <source>{count} new session(s)</source>
        <translation>
            <numerusform>{count} neuer Ladevorgang</numerusform>
            <numerusform>{count} neue Ladevorgänge</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/page.py" line="916"/>
        <source>Some sessions changed</source>
        <translation>Einige Ladevorgänge haben sich geändert</translation>
    </message>
    <message>
        <location filename="../../app/views/sessions/page.py" line="919"/>
        <source>{what} since the list was read: &lt;a href=&quot;reload&quot;&gt;show them&lt;/a&gt; (F5).</source>
        <translation>{what} seit dem Einlesen der Liste: &lt;a href=&quot;reload&quot;&gt;anzeigen&lt;/a&gt; (F5).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/sessions/page.py" line="966"/>
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
        <location filename="../../app/views/users/statement.py" line="50"/>
        <source>Charging statement {month} {name}.pdf</source>
        <translation>Ladeabrechnung {month} {name}.pdf</translation>
    </message>
    <message>
        <location filename="../../app/views/users/statement.py" line="84"/>
        <source>Monthly statement — {user}</source>
        <translation>Monatsabrechnung — {user}</translation>
    </message>
    <message>
        <location filename="../../app/views/users/statement.py" line="99"/>
        <source>The month of the statement (Up/Down change it). A session belongs to the month it started in, in its site&apos;s local time.</source>
        <translation>Der Monat der Abrechnung (Auf/Ab ändert ihn). Ein Ladevorgang gehört zum Monat, in dem er begann, in Ortszeit seines Standorts.</translation>
    </message>
    <message>
        <location filename="../../app/views/users/statement.py" line="105"/>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <location filename="../../app/views/users/statement.py" line="114"/>
        <source>The PDF file to write (an existing file is replaced)</source>
        <translation>Die zu schreibende PDF-Datei (eine bestehende Datei wird ersetzt)</translation>
    </message>
    <message>
        <location filename="../../app/views/users/statement.py" line="116"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../../app/views/users/statement.py" line="117"/>
        <source>Choose the folder and file name</source>
        <translation>Ordner und Dateinamen wählen</translation>
    </message>
    <message>
        <location filename="../../app/views/users/statement.py" line="122"/>
        <source>Save as</source>
        <translation>Speichern unter</translation>
    </message>
    <message>
        <location filename="../../app/views/users/statement.py" line="134"/>
        <source>Save PDF</source>
        <translation>PDF speichern</translation>
    </message>
    <message>
        <location filename="../../app/views/users/statement.py" line="135"/>
        <source>Write the statement as an A4 PDF (Enter)</source>
        <translation>Abrechnung als A4-PDF schreiben (Enter)</translation>
    </message>
    <message>
        <location filename="../../app/views/users/statement.py" line="165"/>
        <location filename="../../app/views/users/statement.py" line="216"/>
        <source>This user no longer exists.</source>
        <translation>Dieser Benutzer existiert nicht mehr.</translation>
    </message>
    <message>
        <location filename="../../app/views/users/statement.py" line="174"/>
        <source>Save statement as</source>
        <translation>Abrechnung speichern unter</translation>
    </message>
    <message>
        <location filename="../../app/views/users/statement.py" line="198"/>
        <source>Give the file to write, or choose one with Browse….</source>
        <translation>Geben Sie die zu schreibende Datei an oder wählen Sie eine mit Durchsuchen….</translation>
    </message>
    <message>
        <location filename="../../app/views/users/statement.py" line="206"/>
        <source>The folder {folder} does not exist: choose another with Browse….</source>
        <translation>Der Ordner {folder} existiert nicht: Wählen Sie einen anderen mit Durchsuchen….</translation>
    </message>
    <message>
        <location filename="../../app/views/users/statement.py" line="224"/>
        <source>The statement could not be written to {path}: {problem}</source>
        <translation>Die Abrechnung konnte nicht nach {path} geschrieben werden: {problem}</translation>
    </message>
    <message>
        <location filename="../../app/views/users/statement.py" line="237"/>
        <source>No sessions in {period}: the statement will say so.</source>
        <translation>Keine Ladevorgänge im {period}: Die Abrechnung wird das festhalten.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/users/statement.py" line="242"/>
        <source>%n session(s) in {period}</source>
        <translation>
            <numerusform>%n Ladevorgang im {period}</numerusform>
            <numerusform>%n Ladevorgänge im {period}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/users/statement.py" line="250"/>
        <source>%n not priced</source>
        <translation>
            <numerusform>%n ohne Preis</numerusform>
            <numerusform>%n ohne Preis</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/users/statement.py" line="306"/>
        <source>Page {page} of {pages}</source>
        <translation>Seite {page} von {pages}</translation>
    </message>
</context>
<context>
    <name>StationEditor</name>
    <message>
        <location filename="../../app/views/stations/editor.py" line="75"/>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="76"/>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="77"/>
        <source>Access &amp;&amp; owners</source>
        <translation>Zugang &amp;&amp; Eigentümer</translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="78"/>
        <source>Special users</source>
        <translation>Spezialbenutzer</translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="79"/>
        <source>Connectors</source>
        <translation>Anschlüsse</translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="80"/>
        <source>Location &amp;&amp; notes</source>
        <translation>Ort &amp;&amp; Notizen</translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="83"/>
        <source>The identity the charger connects with: the last part of its URL ws://…/ocpp/HALL-B-1 and its HTTP Basic user name. Letters, digits and . _ ~ * -. Changing it means reconfiguring the charger.</source>
        <translation>Die Identität, mit der sich die Ladestation verbindet: der letzte Teil ihrer URL ws://…/ocpp/HALL-B-1 und ihr HTTP-Basic-Benutzername. Buchstaben, Ziffern und . _ ~ * -. Eine Änderung bedeutet, die Ladestation neu zu konfigurieren.</translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="88"/>
        <source>The charger&apos;s HTTP Basic password (security profiles 1 and 2). Stored hashed: it cannot be shown again. 8–40 printable characters; OCPP recommends 16 or more random ones.</source>
        <translation>Das HTTP-Basic-Passwort der Ladestation (Sicherheitsprofile 1 und 2). Gehasht gespeichert: Es kann nicht wieder angezeigt werden. 8–40 druckbare Zeichen; OCPP empfiehlt 16 oder mehr zufällige.</translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="93"/>
        <source>0: plain ws://, a password only if one is set.
1: plain ws:// with HTTP Basic password.
2: wss:// (TLS) with HTTP Basic password — needs the central system&apos;s TLS certificate.</source>
        <translation>0: einfaches ws://, ein Passwort nur, wenn eines gesetzt ist.
1: einfaches ws:// mit HTTP-Basic-Passwort.
2: wss:// (TLS) mit HTTP-Basic-Passwort — braucht das TLS-Zertifikat des Zentralsystems.</translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="98"/>
        <source>Lets a charger connect under this identity without any password. Convenient while commissioning, but anybody on the network could pretend to be this charger.</source>
        <translation>Lässt eine Ladestation sich unter dieser Identität ohne Passwort verbinden. Praktisch bei der Inbetriebnahme, aber jeder im Netzwerk könnte sich als diese Ladestation ausgeben.</translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="103"/>
        <source>Accept this charger&apos;s messages when they are slightly off the OCPP schema (wrong enum case, too long strings, extra fields); each deviation is logged. Missing fields are still refused.</source>
        <translation>Nachrichten dieser Ladestation annehmen, wenn sie leicht vom OCPP-Schema abweichen (falsche Gross-/Kleinschreibung von Werten, zu lange Texte, zusätzliche Felder); jede Abweichung wird protokolliert. Fehlende Felder werden weiterhin abgewiesen.</translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="192"/>
        <source>Save everything (Enter, Ctrl+S)</source>
        <translation>Alles speichern (Enter, Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="194"/>
        <source>Close without saving (Esc)</source>
        <translation>Schliessen ohne Speichern (Esc)</translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="246"/>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="246"/>
        <location filename="../../app/views/stations/editor.py" line="348"/>
        <source>Show</source>
        <translation>Zeigen</translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="260"/>
        <source>e.g. Hall B</source>
        <translation>z. B. Halle B</translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="263"/>
        <source>The name people know the station by (shown on the dashboard, the map and in reasons)</source>
        <translation>Der Name, unter dem man die Ladestation kennt (auf dem Dashboard, der Karte und in Begründungen)</translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="268"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="274"/>
        <source>The site&apos;s time zone applies to the access windows; its currency and VAT to prices</source>
        <translation>Die Zeitzone des Standorts gilt für die Zugangsfenster, seine Währung und MWST für die Preise</translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="279"/>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="281"/>
        <source>e.g. HALL-B-1</source>
        <translation>z. B. HALL-B-1</translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="285"/>
        <source>Charge point identity</source>
        <translation>Ladepunkt-Identität</translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="292"/>
        <source>Where it is, what it is for (optional)</source>
        <translation>Wo sie steht, wofür sie ist (optional)</translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="296"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="301"/>
        <source>The OCPP version the charger speaks (updated when it connects)</source>
        <translation>Die OCPP-Version der Ladestation (aktualisiert bei der Verbindung)</translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="304"/>
        <source>OCPP version</source>
        <translation>OCPP-Version</translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="307"/>
        <source>Enabled: the charger is accepted and cards are checked</source>
        <translation>Aktiviert: Die Ladestation wird angenommen und Karten werden geprüft</translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="311"/>
        <source>A disabled station&apos;s charger is answered Rejected at boot and no card is accepted; its history is kept</source>
        <translation>Einer deaktivierten Ladestation wird beim Start mit Rejected geantwortet und keine Karte wird angenommen; ihr Verlauf bleibt erhalten</translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="319"/>
        <source>Reported by the charger (read-only)</source>
        <translation>Von der Ladestation gemeldet (schreibgeschützt)</translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="321"/>
        <source>From the charger&apos;s BootNotification; updated every time it boots</source>
        <translation>Aus der BootNotification der Ladestation; bei jedem Start aktualisiert</translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="326"/>
        <source>Vendor</source>
        <translation>Hersteller</translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="327"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="328"/>
        <source>Serial number</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="329"/>
        <source>Firmware</source>
        <translation>Firmware</translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="350"/>
        <source>Show the password as you type it</source>
        <translation>Passwort beim Tippen anzeigen</translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="354"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="364"/>
        <source>Remove the current password</source>
        <translation>Aktuelles Passwort entfernen</translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="367"/>
        <source>The charger then connects without a password (if allowed below)</source>
        <translation>Die Ladestation verbindet sich dann ohne Passwort (falls unten erlaubt)</translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="376"/>
        <source>Security profile</source>
        <translation>Sicherheitsprofil</translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="382"/>
        <source>Allow the charger to connect without a password (not recommended)</source>
        <translation>Der Ladestation erlauben, sich ohne Passwort zu verbinden (nicht empfohlen)</translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="387"/>
        <source>Lenient: tolerate small OCPP deviations of this charger (logged)</source>
        <translation>Tolerant: kleine OCPP-Abweichungen dieser Ladestation dulden (protokolliert)</translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="399"/>
        <source>Default access mode</source>
        <translation>Standard-Zugangsmodus</translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="402"/>
        <source>— none (free) —</source>
        <translation>— keiner (gratis) —</translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="406"/>
        <source>The tariff outside the weekly windows (and of windows without their own)</source>
        <translation>Der Tarif ausserhalb der Wochenfenster (und für Zeitfenster ohne eigenen)</translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="412"/>
        <source>Default tariff</source>
        <translation>Standardtarif</translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="418"/>
        <source>— the tariff that applies at the time —</source>
        <translation>— der zum Zeitpunkt geltende Tarif —</translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="421"/>
        <source>What the station&apos;s owners pay, whatever the time</source>
        <translation>Was die Eigentümer der Ladestation zahlen, unabhängig von der Zeit</translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="424"/>
        <source>Owner tariff</source>
        <translation>Eigentümertarif</translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="431"/>
        <source>The weekly windows and holidays of this station, edited in the schedule calendar</source>
        <translation>Die Wochenfenster und Feiertage dieser Ladestation, bearbeitet im Zeitplan-Kalender</translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="436"/>
        <source>Edit schedule…</source>
        <translation>Zeitplan bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="444"/>
        <source>Weekly windows</source>
        <translation>Wochenfenster</translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="447"/>
        <source>Owners — may always charge here, at the owner tariff</source>
        <translation>Eigentümer — dürfen hier immer laden, zum Eigentümertarif</translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="470"/>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="474"/>
        <source>e.g. 47.3769</source>
        <translation>z. B. 47.3769</translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="476"/>
        <source>Latitude in decimal degrees, -90 (south) to 90 (north)</source>
        <translation>Breitengrad in Dezimalgrad, -90 (Süd) bis 90 (Nord)</translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="478"/>
        <source>Latitude</source>
        <translation>Breitengrad</translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="481"/>
        <source>e.g. 8.5417</source>
        <translation>z. B. 8.5417</translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="483"/>
        <source>Longitude in decimal degrees, -180 (west) to 180 (east)</source>
        <translation>Längengrad in Dezimalgrad, -180 (West) bis 180 (Ost)</translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="485"/>
        <source>Longitude</source>
        <translation>Längengrad</translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="487"/>
        <source>Street, postcode, town (free text)</source>
        <translation>Strasse, PLZ, Ort (freier Text)</translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="488"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="490"/>
        <source>Set on map…</source>
        <translation>Auf der Karte setzen…</translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="494"/>
        <source>Remove location</source>
        <translation>Ort entfernen</translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="498"/>
        <source>Clear latitude, longitude and address: the station leaves the map</source>
        <translation>Breitengrad, Längengrad und Adresse leeren: Die Ladestation verschwindet von der Karte</translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="507"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="513"/>
        <source>Anything the next person should know: where the key is, who to call…</source>
        <translation>Was die nächste Person wissen sollte: wo der Schlüssel ist, wen man anruft…</translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="524"/>
        <source>(no site yet)</source>
        <translation>(noch kein Standort)</translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="528"/>
        <source>No site yet: create one in Settings → Sites first; every station belongs to a site.</source>
        <translation>Noch kein Standort: Legen Sie zuerst einen unter Einstellungen → Standorte an; jede Ladestation gehört zu einem Standort.</translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="569"/>
        <source>Open the weekly calendar of this station</source>
        <translation>Wochenkalender dieser Ladestation öffnen</translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="571"/>
        <source>Save the station first; the calendar edits saved stations</source>
        <translation>Speichern Sie zuerst die Ladestation; der Kalender bearbeitet gespeicherte Ladestationen</translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="575"/>
        <source>Place the station&apos;s needle on the map</source>
        <translation>Die Stecknadel der Ladestation auf der Karte setzen</translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="577"/>
        <source>Save the station first, then place it on the map (or type the coordinates)</source>
        <translation>Speichern Sie zuerst die Ladestation und setzen Sie sie dann auf die Karte (oder geben Sie die Koordinaten ein)</translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="588"/>
        <source>No weekly windows: the default mode and tariff apply all week.</source>
        <translation>Keine Wochenfenster: Standardmodus und -tarif gelten die ganze Woche.</translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="595"/>
        <location filename="../../app/views/stations/editor.py" line="599"/>
        <source>New station</source>
        <translation>Neue Ladestation</translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="601"/>
        <source>New station (duplicate)</source>
        <translation>Neue Ladestation (Duplikat)</translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="604"/>
        <source>Station {name}</source>
        <translation>Ladestation {name}</translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="605"/>
        <source>{title} — ChargeDesk</source>
        <translation>{title} — ChargeDesk</translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="615"/>
        <source>copy: weekly windows and holidays are copied on save</source>
        <translation>Kopie: Wochenfenster und Feiertage werden beim Speichern kopiert</translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="689"/>
        <location filename="../../app/views/stations/editor.py" line="938"/>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="702"/>
        <source>The password is removed when you save.</source>
        <translation>Das Passwort wird beim Speichern entfernt.</translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="711"/>
        <source>A good password.</source>
        <translation>Ein gutes Passwort.</translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="714"/>
        <source>It replaces the current one when you save.</source>
        <translation>Es ersetzt beim Speichern das aktuelle.</translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="717"/>
        <source>A password is set. Leave the field empty to keep it.</source>
        <translation>Ein Passwort ist gesetzt. Lassen Sie das Feld leer, um es zu behalten.</translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="721"/>
        <source>No password set.</source>
        <translation>Kein Passwort gesetzt.</translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="729"/>
        <source>Only applies while the station has no password: with a password the charger must always give it</source>
        <translation>Gilt nur, solange die Ladestation kein Passwort hat: Mit Passwort muss die Ladestation es immer angeben</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/stations/editor.py" line="819"/>
        <source>Not saved: %n problem(s) ({tabs}). Fix the fields marked in red.</source>
        <translation>
            <numerusform>Nicht gespeichert: %n Problem ({tabs}). Korrigieren Sie die rot markierten Felder.</numerusform>
            <numerusform>Nicht gespeichert: %n Probleme ({tabs}). Korrigieren Sie die rot markierten Felder.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="829"/>
        <source>All problems fixed: Save to keep your changes.</source>
        <translation>Alle Probleme behoben: Speichern Sie, um Ihre Änderungen zu behalten.</translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="841"/>
        <source>No user called &apos;{name}&apos;: pick a name from the list.</source>
        <translation>Kein Benutzer namens «{name}»: Wählen Sie einen Namen aus der Liste.</translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="894"/>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="900"/>
        <source>Not saved: {problem}</source>
        <translation>Nicht gespeichert: {problem}</translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="917"/>
        <source>Not saved: this station was deleted meanwhile. Cancel, or copy what you need first.</source>
        <translation>Nicht gespeichert: Diese Ladestation wurde inzwischen gelöscht. Brechen Sie ab oder kopieren Sie zuerst, was Sie brauchen.</translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="925"/>
        <source>Not saved: {problem}.</source>
        <translation>Nicht gespeichert: {problem}.</translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="931"/>
        <source>Not saved, nothing was written: {problem}</source>
        <translation>Nicht gespeichert, es wurde nichts geschrieben: {problem}</translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="955"/>
        <source>Not saved: this station was changed on another console meanwhile (see above).</source>
        <translation>Nicht gespeichert: Diese Ladestation wurde inzwischen an einer anderen Konsole geändert (siehe oben).</translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="969"/>
        <source>This station was deleted on another console. Cancel closes the editor.</source>
        <translation>Diese Ladestation wurde an einer anderen Konsole gelöscht. Abbrechen schliesst den Editor.</translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="977"/>
        <source>Reloaded: the form shows what is stored now.</source>
        <translation>Neu geladen: Das Formular zeigt, was jetzt gespeichert ist.</translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="992"/>
        <source>Your changes are kept; the other fields show what is stored now. Save replaces what is stored where you changed it.</source>
        <translation>Ihre Änderungen bleiben erhalten; die übrigen Felder zeigen, was jetzt gespeichert ist. Speichern ersetzt das Gespeicherte dort, wo Sie etwas geändert haben.</translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="1017"/>
        <source>Discard changes?</source>
        <translation>Änderungen verwerfen?</translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="1018"/>
        <source>Discard your changes to {name}?</source>
        <translation>Ihre Änderungen an {name} verwerfen?</translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="1019"/>
        <source>the new station</source>
        <translation>die neue Ladestation</translation>
    </message>
    <message>
        <location filename="../../app/views/stations/editor.py" line="1025"/>
        <source>Keep editing</source>
        <translation>Weiter bearbeiten</translation>
    </message>
</context>
<context>
    <name>StationsPage</name>
    <message>
        <location filename="../../app/views/stations/page.py" line="70"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/views/stations/page.py" line="71"/>
        <source>Charge point id</source>
        <translation>Ladepunkt-ID</translation>
    </message>
    <message>
        <location filename="../../app/views/stations/page.py" line="72"/>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <location filename="../../app/views/stations/page.py" line="73"/>
        <source>Connectors</source>
        <translation>Anschlüsse</translation>
    </message>
    <message>
        <location filename="../../app/views/stations/page.py" line="74"/>
        <source>Mode now</source>
        <translation>Modus jetzt</translation>
    </message>
    <message>
        <location filename="../../app/views/stations/page.py" line="75"/>
        <location filename="../../app/views/stations/page.py" line="555"/>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../../app/views/stations/page.py" line="76"/>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <location filename="../../app/views/stations/page.py" line="77"/>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <location filename="../../app/views/stations/page.py" line="100"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../../app/views/stations/page.py" line="252"/>
        <source>Number of connectors and each connector&apos;s live status</source>
        <translation>Anzahl Anschlüsse und aktueller Status jedes Anschlusses</translation>
    </message>
    <message>
        <location filename="../../app/views/stations/page.py" line="255"/>
        <source>The access mode right now at the site&apos;s local time (connectors with their own rules are listed when they differ)</source>
        <translation>Der Zugangsmodus jetzt, zur Ortszeit des Standorts (Anschlüsse mit eigenen Regeln werden aufgeführt, wenn sie abweichen)</translation>
    </message>
    <message>
        <location filename="../../app/views/stations/page.py" line="260"/>
        <source>How the charger authenticates. &apos;Unsecured&apos; means any device may connect under this charge point id: set a password</source>
        <translation>Wie sich die Ladestation ausweist. «Ungesichert» heisst, jedes Gerät kann sich unter dieser Ladepunkt-ID verbinden: Setzen Sie ein Passwort</translation>
    </message>
    <message>
        <location filename="../../app/views/stations/page.py" line="265"/>
        <source>When the charger was last heard from (site&apos;s local time)</source>
        <translation>Wann die Ladestation zuletzt etwas gemeldet hat (Ortszeit des Standorts)</translation>
    </message>
    <message>
        <location filename="../../app/views/stations/page.py" line="309"/>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
    <message>
        <location filename="../../app/views/stations/page.py" line="316"/>
        <source>online · disabled</source>
        <translation>online · deaktiviert</translation>
    </message>
    <message>
        <location filename="../../app/views/stations/page.py" line="318"/>
        <source>offline · disabled</source>
        <translation>offline · deaktiviert</translation>
    </message>
    <message>
        <location filename="../../app/views/stations/page.py" line="320"/>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <location filename="../../app/views/stations/page.py" line="320"/>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <location filename="../../app/views/stations/page.py" line="341"/>
        <source>Disabled: its charger is refused and no card is accepted.</source>
        <translation>Deaktiviert: Die Ladestation wird abgewiesen und keine Karte wird angenommen.</translation>
    </message>
    <message>
        <location filename="../../app/views/stations/page.py" line="345"/>
        <source>No connectors yet: they appear when the charger reports them.</source>
        <translation>Noch keine Anschlüsse: Sie erscheinen, wenn die Ladestation sie meldet.</translation>
    </message>
    <message>
        <location filename="../../app/views/stations/page.py" line="352"/>
        <source>No password and unsecured connections allowed: any device on the network can connect as this charger. Open the station and set a password.</source>
        <translation>Kein Passwort und ungesicherte Verbindungen erlaubt: Jedes Gerät im Netzwerk kann sich als diese Ladestation verbinden. Öffnen Sie die Ladestation und setzen Sie ein Passwort.</translation>
    </message>
    <message>
        <location filename="../../app/views/stations/page.py" line="358"/>
        <source>No password and unsecured connections refused: the charger cannot connect until you set a password.</source>
        <translation>Kein Passwort und ungesicherte Verbindungen abgewiesen: Die Ladestation kann sich erst verbinden, wenn Sie ein Passwort setzen.</translation>
    </message>
    <message>
        <location filename="../../app/views/stations/page.py" line="363"/>
        <source>Security profile {profile}, password set</source>
        <translation>Sicherheitsprofil {profile}, Passwort gesetzt</translation>
    </message>
    <message>
        <location filename="../../app/views/stations/page.py" line="372"/>
        <source>type unknown</source>
        <translation>Typ unbekannt</translation>
    </message>
    <message>
        <location filename="../../app/views/stations/page.py" line="373"/>
        <source>, {kw} kW</source>
        <translation>, {kw} kW</translation>
    </message>
    <message>
        <location filename="../../app/views/stations/page.py" line="377"/>
        <source>Offline (last: {status})</source>
        <translation>Offline (zuletzt: {status})</translation>
    </message>
    <message>
        <location filename="../../app/views/stations/page.py" line="380"/>
        <source>Connector {number}: {plug}{power} — {status}{error}</source>
        <translation>Anschluss {number}: {plug}{power} — {status}{error}</translation>
    </message>
    <message>
        <location filename="../../app/views/stations/page.py" line="499"/>
        <source>Any access mode</source>
        <translation>Jeder Zugangsmodus</translation>
    </message>
    <message>
        <location filename="../../app/views/stations/page.py" line="500"/>
        <source>Public now</source>
        <translation>Jetzt öffentlich</translation>
    </message>
    <message>
        <location filename="../../app/views/stations/page.py" line="501"/>
        <source>Limited now</source>
        <translation>Jetzt eingeschränkt</translation>
    </message>
    <message>
        <location filename="../../app/views/stations/page.py" line="502"/>
        <source>Private now</source>
        <translation>Jetzt privat</translation>
    </message>
    <message>
        <location filename="../../app/views/stations/page.py" line="511"/>
        <source>Show the stations of one site</source>
        <translation>Die Ladestationen eines Standorts zeigen</translation>
    </message>
    <message>
        <location filename="../../app/views/stations/page.py" line="515"/>
        <source>Faulted: the charger or a connector reports Faulted. Charging: a connector is Charging or Suspended (a session in progress)</source>
        <translation>Gestört: Die Ladestation oder ein Anschluss meldet Faulted. Lädt: Ein Anschluss ist Charging oder Suspended (ein Ladevorgang läuft)</translation>
    </message>
    <message>
        <location filename="../../app/views/stations/page.py" line="526"/>
        <source>The access mode right now, at each site&apos;s local time (a station matches when the station or one of its connectors is in that mode)</source>
        <translation>Der Zugangsmodus jetzt, zur Ortszeit jedes Standorts (eine Ladestation passt, wenn sie oder einer ihrer Anschlüsse in diesem Modus ist)</translation>
    </message>
    <message>
        <location filename="../../app/views/stations/page.py" line="554"/>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <location filename="../../app/views/stations/page.py" line="556"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location filename="../../app/views/stations/page.py" line="557"/>
        <source>Faulted</source>
        <translation>Gestört</translation>
    </message>
    <message>
        <location filename="../../app/views/stations/page.py" line="558"/>
        <source>Charging</source>
        <translation>Lädt</translation>
    </message>
    <message>
        <location filename="../../app/views/stations/page.py" line="617"/>
        <source>Search name, charge point id or address</source>
        <translation>Name, Ladepunkt-ID oder Adresse suchen</translation>
    </message>
    <message>
        <location filename="../../app/views/stations/page.py" line="620"/>
        <source>Every word must appear in the name, the charge point id or the address (Ctrl+F)</source>
        <translation>Jedes Wort muss im Namen, in der Ladepunkt-ID oder in der Adresse vorkommen (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../app/views/stations/page.py" line="674"/>
        <source>New station…</source>
        <translation>Neue Ladestation…</translation>
    </message>
    <message>
        <location filename="../../app/views/stations/page.py" line="675"/>
        <source>Add a station (Ctrl+N)</source>
        <translation>Ladestation hinzufügen (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../app/views/stations/page.py" line="676"/>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../app/views/stations/page.py" line="678"/>
        <source>Open the selected station (Enter or double-click)</source>
        <translation>Gewählte Ladestation öffnen (Enter oder Doppelklick)</translation>
    </message>
    <message>
        <location filename="../../app/views/stations/page.py" line="680"/>
        <source>Duplicate…</source>
        <translation>Duplizieren…</translation>
    </message>
    <message>
        <location filename="../../app/views/stations/page.py" line="682"/>
        <source>A new station with the same site, settings, connectors and access rules (a new charge point id, no password)</source>
        <translation>Eine neue Ladestation mit gleichem Standort, gleichen Einstellungen, Anschlüssen und Zugangsregeln (neue Ladepunkt-ID, kein Passwort)</translation>
    </message>
    <message>
        <location filename="../../app/views/stations/page.py" line="688"/>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <location filename="../../app/views/stations/page.py" line="690"/>
        <source>Delete the selected station (Del). A station with sessions can only be disabled</source>
        <translation>Gewählte Ladestation löschen (Entf). Eine Ladestation mit Ladevorgängen kann nur deaktiviert werden</translation>
    </message>
    <message>
        <location filename="../../app/views/stations/page.py" line="761"/>
        <source>All sites</source>
        <translation>Alle Standorte</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/stations/page.py" line="794"/>
        <source>%n station(s)</source>
        <translation>
            <numerusform>%n Ladestation</numerusform>
            <numerusform>%n Ladestationen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/stations/page.py" line="796"/>
        <source>{shown} of %n station(s) shown</source>
        <translation>
            <numerusform>{shown} von %n Ladestation angezeigt</numerusform>
            <numerusform>{shown} von %n Ladestationen angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/stations/page.py" line="802"/>
        <source>No stations yet. Click &lt;b&gt;New station…&lt;/b&gt;, or point a charger at this central system (its address is in the status bar) and accept it.</source>
        <translation>Noch keine Ladestationen. Klicken Sie auf &lt;b&gt;Neue Ladestation…&lt;/b&gt; oder richten Sie eine Ladestation auf dieses Zentralsystem aus (die Adresse steht in der Statusleiste) und nehmen Sie sie an.</translation>
    </message>
    <message>
        <location filename="../../app/views/stations/page.py" line="808"/>
        <source>No stations and no site yet. Stations belong to a site: create one in &lt;b&gt;Settings → Sites&lt;/b&gt; first, then add stations here.</source>
        <translation>Noch keine Ladestationen und kein Standort. Ladestationen gehören zu einem Standort: Legen Sie zuerst einen unter &lt;b&gt;Einstellungen → Standorte&lt;/b&gt; an und fügen Sie dann hier Ladestationen hinzu.</translation>
    </message>
    <message>
        <location filename="../../app/views/stations/page.py" line="816"/>
        <source>No station matches the search and filters.</source>
        <translation>Keine Ladestation passt zur Suche und zu den Filtern.</translation>
    </message>
    <message>
        <location filename="../../app/views/stations/page.py" line="933"/>
        <source>No site yet</source>
        <translation>Noch kein Standort</translation>
    </message>
    <message>
        <location filename="../../app/views/stations/page.py" line="934"/>
        <source>Every station belongs to a site (its time zone, currency and VAT).

Create a site in Settings → Sites first, then add the station here.</source>
        <translation>Jede Ladestation gehört zu einem Standort (seine Zeitzone, Währung und MWST).

Legen Sie zuerst einen Standort unter Einstellungen → Standorte an und fügen Sie dann hier die Ladestation hinzu.</translation>
    </message>
    <message>
        <location filename="../../app/views/stations/page.py" line="980"/>
        <source>{problem}. The list was refreshed.</source>
        <translation>{problem}. Die Liste wurde aktualisiert.</translation>
    </message>
    <message>
        <location filename="../../app/views/stations/page.py" line="1007"/>
        <source>Saved station {name}.</source>
        <translation>Ladestation {name} gespeichert.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/stations/page.py" line="1017"/>
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
        <location filename="../../app/views/stations/page.py" line="1026"/>
        <source>Delete station {name} ({cpid}) its access rules, owners and special users?

This cannot be undone.</source>
        <translation>Ladestation {name} ({cpid}) mit ihren Zugangsregeln, Eigentümern und Spezialbenutzern löschen?

Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location filename="../../app/views/stations/page.py" line="1033"/>
        <source>Delete station</source>
        <translation>Ladestation löschen</translation>
    </message>
    <message>
        <location filename="../../app/views/stations/page.py" line="1039"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../../app/views/stations/page.py" line="1058"/>
        <source>{name}: {conflict} Look at it again before deleting.</source>
        <translation>{name}: {conflict} Sehen Sie sie vor dem Löschen nochmals an.</translation>
    </message>
    <message>
        <location filename="../../app/views/stations/page.py" line="1066"/>
        <source>{name} was already deleted.</source>
        <translation>{name} wurde bereits gelöscht.</translation>
    </message>
    <message>
        <location filename="../../app/views/stations/page.py" line="1072"/>
        <source>Deleted station {name} ({cpid}).</source>
        <translation>Ladestation {name} ({cpid}) gelöscht.</translation>
    </message>
    <message>
        <location filename="../../app/views/stations/page.py" line="1082"/>
        <source>Station has sessions</source>
        <translation>Ladestation hat Ladevorgänge</translation>
    </message>
    <message>
        <location filename="../../app/views/stations/page.py" line="1089"/>
        <source>Disable station</source>
        <translation>Ladestation deaktivieren</translation>
    </message>
    <message>
        <location filename="../../app/views/stations/page.py" line="1089"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../app/views/stations/page.py" line="1094"/>
        <source>{problem}

{name} is already disabled.</source>
        <translation>{problem}

{name} ist bereits deaktiviert.</translation>
    </message>
    <message>
        <location filename="../../app/views/stations/page.py" line="1113"/>
        <source>{name} was deleted meanwhile.</source>
        <translation>{name} wurde inzwischen gelöscht.</translation>
    </message>
    <message>
        <location filename="../../app/views/stations/page.py" line="1117"/>
        <source>Disabled station {name}: its charger is refused; its history is kept.</source>
        <translation>Ladestation {name} deaktiviert: Die Ladestation wird abgewiesen; ihr Verlauf bleibt erhalten.</translation>
    </message>
</context>
<context>
    <name>TagDialog</name>
    <message>
        <location filename="../../app/views/users/editor.py" line="68"/>
        <source>The RFID card&apos;s idTag as a charger reads it: up to 20 letters, digits and - _ : . Chargers match tags in any case; they are stored in capitals.</source>
        <translation>Die idTag der RFID-Karte, wie eine Ladestation sie liest: bis zu 20 Buchstaben, Ziffern und - _ : . Ladestationen vergleichen Karten ohne Rücksicht auf Gross-/Kleinschreibung; gespeichert werden sie in Grossbuchstaben.</translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="73"/>
        <source>Optional group ID (OCPP parentIdTag). Tags with the same parent count as one: the group may charge at one connector at a time. Leave it empty for a personal tag.</source>
        <translation>Optionale Gruppen-ID (OCPP parentIdTag). Karten mit derselben übergeordneten ID zählen als eine: Die Gruppe kann jeweils nur an einem Anschluss laden. Für eine persönliche Karte leer lassen.</translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="116"/>
        <source>Edit RFID tag</source>
        <translation>RFID-Karte bearbeiten</translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="116"/>
        <source>Add RFID tag</source>
        <translation>RFID-Karte hinzufügen</translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="125"/>
        <source>e.g. 04A2B3C4</source>
        <translation>z. B. 04A2B3C4</translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="129"/>
        <source>Tags a charger read recently that nobody owns: tap the new card on a charger, then pick it here.</source>
        <translation>Karten, die eine Ladestation kürzlich gelesen hat und die niemandem gehören: Halten Sie die neue Karte an eine Ladestation und wählen Sie sie dann hier.</translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="135"/>
        <source>Pick a tag a charger read recently…</source>
        <translation>Eine kürzlich gelesene Karte wählen…</translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="145"/>
        <source>Tag ID</source>
        <translation>Karten-ID</translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="148"/>
        <source>e.g. white card, key fob, pool car 3</source>
        <translation>z. B. weisse Karte, Schlüsselanhänger, Poolauto 3</translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="149"/>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="154"/>
        <source>Blocked and expired tags are refused at every charger.</source>
        <translation>Gesperrte und abgelaufene Karten werden an jeder Ladestation abgewiesen.</translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="156"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="158"/>
        <source>only until</source>
        <translation>nur bis</translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="163"/>
        <source>The last day the tag is accepted (inclusive, {timezone} time).</source>
        <translation>Der letzte Tag, an dem die Karte angenommen wird (inklusive, Zeit {timezone}).</translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="171"/>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="174"/>
        <source>optional group ID</source>
        <translation>optionale Gruppen-ID</translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="176"/>
        <source>Parent tag</source>
        <translation>Übergeordnete Karte</translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="187"/>
        <source>Apply</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="187"/>
        <source>Add tag</source>
        <translation>Karte hinzufügen</translation>
    </message>
</context>
<context>
    <name>UserEditor</name>
    <message>
        <location filename="../../app/views/users/editor.py" line="63"/>
        <location filename="../../app/views/users/editor.py" line="374"/>
        <location filename="../../app/views/users/editor.py" line="598"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="64"/>
        <location filename="../../app/views/users/editor.py" line="375"/>
        <location filename="../../app/views/users/editor.py" line="600"/>
        <source>Blocked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="65"/>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="302"/>
        <source>Delete user…</source>
        <translation>Benutzer löschen…</translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="304"/>
        <source>Delete this user and their RFID tags (their sessions stay in the history)</source>
        <translation>Diesen Benutzer und seine RFID-Karten löschen (seine Ladevorgänge bleiben im Verlauf)</translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="309"/>
        <source>Monthly statement…</source>
        <translation>Monatsabrechnung…</translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="312"/>
        <source>A PDF of this user&apos;s charging sessions in one month with the totals, to hand over or charge back (Ctrl+P)</source>
        <translation>Ein PDF der Ladevorgänge dieses Benutzers in einem Monat mit den Totalen, zum Übergeben oder Weiterverrechnen (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="323"/>
        <location filename="../../app/views/users/editor.py" line="686"/>
        <source>Revert</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="324"/>
        <source>Forget the changes (Esc)</source>
        <translation>Änderungen verwerfen (Esc)</translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="326"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="327"/>
        <source>Save the user and their tags (Enter or Ctrl+S)</source>
        <translation>Benutzer und seine Karten speichern (Enter oder Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="354"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="360"/>
        <source>First and last name</source>
        <translation>Vor- und Nachname</translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="362"/>
        <source>Unique: two users cannot have the same name (add e.g. the department).</source>
        <translation>Eindeutig: Zwei Benutzer können nicht denselben Namen haben (ergänzen Sie z. B. die Abteilung).</translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="365"/>
        <source>name@example.com</source>
        <translation>name@beispiel.ch</translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="371"/>
        <source>Shown on exports and statements, for charging costs back internally.</source>
        <translation>Erscheint auf Exporten und Abrechnungen, für die interne Weiterverrechnung.</translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="377"/>
        <source>A blocked user&apos;s tags are refused at every charger (the tags keep their own status).</source>
        <translation>Die Karten eines gesperrten Benutzers werden an jeder Ladestation abgewiesen (die Karten behalten ihren eigenen Status).</translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="383"/>
        <source>Notes (only shown here)</source>
        <translation>Notizen (nur hier sichtbar)</translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="387"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="388"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="389"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="390"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="391"/>
        <source>Cost centre</source>
        <translation>Kostenstelle</translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="403"/>
        <location filename="../../app/views/users/editor.py" line="432"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="410"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="424"/>
        <source>RFID tags</source>
        <translation>RFID-Karten</translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="430"/>
        <source>Tag ID</source>
        <translation>Karten-ID</translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="431"/>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="433"/>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="434"/>
        <source>Parent</source>
        <translation>Übergeordnet</translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="465"/>
        <source>Add tag…</source>
        <translation>Karte hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="466"/>
        <source>Add an RFID tag (Insert)</source>
        <translation>RFID-Karte hinzufügen (Einfg)</translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="468"/>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="470"/>
        <source>Change the selected tag (Enter, or double-click it)</source>
        <translation>Gewählte Karte ändern (Enter oder Doppelklick)</translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="473"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="475"/>
        <source>Remove the selected tag (Del); it is deleted when you save</source>
        <translation>Gewählte Karte entfernen (Entf); sie wird beim Speichern gelöscht</translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="486"/>
        <source>Stations this user may use now</source>
        <translation>Ladestationen, die dieser Benutzer jetzt nutzen darf</translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="493"/>
        <source>Check again</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="495"/>
        <source>Ask the access rules again for the current time</source>
        <translation>Die Zugangsregeln für die aktuelle Zeit erneut abfragen</translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="504"/>
        <source>Station</source>
        <translation>Ladestation</translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="505"/>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="506"/>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="507"/>
        <source>Tariff</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="508"/>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="534"/>
        <source>No user selected</source>
        <translation>Kein Benutzer gewählt</translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="561"/>
        <source>Save the user to see where they may charge.</source>
        <translation>Speichern Sie den Benutzer, um zu sehen, wo er laden darf.</translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="594"/>
        <source>New user</source>
        <translation>Neuer Benutzer</translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="603"/>
        <source>(not saved yet)</source>
        <translation>(noch nicht gespeichert)</translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="619"/>
        <source>Expires {when} ({timezone})</source>
        <translation>Läuft ab am {when} ({timezone})</translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="627"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="641"/>
        <source>Tag {number}</source>
        <translation>Karte {number}</translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="686"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="750"/>
        <source>Tag {tag} will be removed when you save.</source>
        <translation>Die Karte {tag} wird beim Speichern entfernt.</translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="769"/>
        <source>Not saved: {problem}.</source>
        <translation>Nicht gespeichert: {problem}.</translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="775"/>
        <source>Created {name}.</source>
        <translation>{name} angelegt.</translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="777"/>
        <source>Saved {name}.</source>
        <translation>{name} gespeichert.</translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="797"/>
        <source>Not saved: fix the marked field.</source>
        <translation>Nicht gespeichert: Korrigieren Sie das markierte Feld.</translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="799"/>
        <source>Not saved: fix the {count} marked problems.</source>
        <translation>Nicht gespeichert: Beheben Sie die {count} markierten Probleme.</translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="811"/>
        <source>Not saved: this user was changed on another console meanwhile (see above).</source>
        <translation>Nicht gespeichert: Dieser Benutzer wurde inzwischen an einer anderen Konsole geändert (siehe oben).</translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="826"/>
        <source>Reloaded: the form shows what is stored now.</source>
        <translation>Neu geladen: Das Formular zeigt, was jetzt gespeichert ist.</translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="839"/>
        <source>Your changes are kept; the other fields show what is stored now. Save replaces what is stored where you changed it.</source>
        <translation>Ihre Änderungen bleiben erhalten; die übrigen Felder zeigen, was jetzt gespeichert ist. Speichern ersetzt das Gespeicherte dort, wo Sie etwas geändert haben.</translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="860"/>
        <source>Changes reverted.</source>
        <translation>Änderungen zurückgesetzt.</translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="891"/>
        <source>No sessions in {period}: an empty statement was saved to {path}.</source>
        <translation>Keine Ladevorgänge im {period}: Eine leere Abrechnung wurde nach {path} gespeichert.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/users/editor.py" line="899"/>
        <source>Statement for {period} (%n session(s)) saved to {path}.</source>
        <translation>
            <numerusform>Abrechnung für {period} (%n Ladevorgang) nach {path} gespeichert.</numerusform>
            <numerusform>Abrechnung für {period} (%n Ladevorgänge) nach {path} gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="927"/>
        <source>Checking the stations…</source>
        <translation>Ladestationen werden geprüft…</translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="955"/>
        <source>This user no longer exists.</source>
        <translation>Dieser Benutzer existiert nicht mehr.</translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="960"/>
        <source>Could not check the stations: {problem}</source>
        <translation>Ladestationen konnten nicht geprüft werden: {problem}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/users/editor.py" line="980"/>
        <source>&lt;b&gt;May use {accepted} of %n station(s)&lt;/b&gt; right now (checked at {time} with tag {tag}).</source>
        <translation>
            <numerusform>&lt;b&gt;Darf {accepted} von %n Ladestation nutzen&lt;/b&gt;, jetzt gerade (geprüft um {time} mit Karte {tag}).</numerusform>
            <numerusform>&lt;b&gt;Darf {accepted} von %n Ladestationen nutzen&lt;/b&gt;, jetzt gerade (geprüft um {time} mit Karte {tag}).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="996"/>
        <source>{mode} until {time}</source>
        <translation>{mode} bis {time}</translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="1000"/>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="1000"/>
        <source>Refused</source>
        <translation>Abgewiesen</translation>
    </message>
    <message>
        <location filename="../../app/views/users/editor.py" line="1008"/>
        <source>OCPP answer: {status}</source>
        <translation>OCPP-Antwort: {status}</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <location filename="../../app/views/users/page.py" line="65"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/views/users/page.py" line="66"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../app/views/users/page.py" line="67"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location filename="../../app/views/users/page.py" line="68"/>
        <source>Tags</source>
        <translation>Karten</translation>
    </message>
    <message>
        <location filename="../../app/views/users/page.py" line="69"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/views/users/page.py" line="108"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../../app/views/users/page.py" line="108"/>
        <source>Blocked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <location filename="../../app/views/users/page.py" line="116"/>
        <source>cost centre {code}</source>
        <translation>Kostenstelle {code}</translation>
    </message>
    <message>
        <location filename="../../app/views/users/page.py" line="121"/>
        <source>RFID tags: {tags}</source>
        <translation>RFID-Karten: {tags}</translation>
    </message>
    <message>
        <location filename="../../app/views/users/page.py" line="123"/>
        <source>No RFID tags</source>
        <translation>Keine RFID-Karten</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <location filename="../../app/views/users/page.py" line="304"/>
        <source>New user</source>
        <translation>Neuer Benutzer</translation>
    </message>
    <message>
        <location filename="../../app/views/users/page.py" line="305"/>
        <source>Create a user (Ctrl+N)</source>
        <translation>Benutzer anlegen (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../app/views/users/page.py" line="307"/>
        <source>Import CSV…</source>
        <translation>CSV importieren…</translation>
    </message>
    <message>
        <location filename="../../app/views/users/page.py" line="309"/>
        <source>Create or update users and their tags from a CSV file (columns name;email;phone;company;cost_centre;active;tags;tag_label)</source>
        <translation>Benutzer und ihre Karten aus einer CSV-Datei anlegen oder aktualisieren (Spalten name;email;phone;company;cost_centre;active;tags;tag_label)</translation>
    </message>
    <message>
        <location filename="../../app/views/users/page.py" line="316"/>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <location filename="../../app/views/users/page.py" line="318"/>
        <source>Save every user and their tags as a CSV file (the import&apos;s format)</source>
        <translation>Alle Benutzer und ihre Karten als CSV-Datei speichern (im Importformat)</translation>
    </message>
    <message>
        <location filename="../../app/views/users/page.py" line="370"/>
        <source>Search name, e-mail, company or tag… (Ctrl+F)</source>
        <translation>Name, E-Mail, Firma oder Karte suchen… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../app/views/users/page.py" line="377"/>
        <source>All users</source>
        <translation>Alle Benutzer</translation>
    </message>
    <message>
        <location filename="../../app/views/users/page.py" line="378"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../../app/views/users/page.py" line="379"/>
        <source>Blocked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <location filename="../../app/views/users/page.py" line="380"/>
        <source>Show all users, only active or only blocked ones</source>
        <translation>Alle Benutzer zeigen, nur aktive oder nur gesperrte</translation>
    </message>
    <message>
        <location filename="../../app/views/users/page.py" line="422"/>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../../app/views/users/page.py" line="432"/>
        <source>RFID tags a charger presented that nobody owns, most recent first. To add a new card, tap it on any charger: it appears here within a second, ready to assign.</source>
        <translation>RFID-Karten, die an einer Ladestation vorgewiesen wurden und niemandem gehören, neueste zuerst. Um eine neue Karte hinzuzufügen, halten Sie sie an eine beliebige Ladestation: Sie erscheint hier innert einer Sekunde, bereit zum Zuordnen.</translation>
    </message>
    <message>
        <location filename="../../app/views/users/page.py" line="445"/>
        <source>Tag</source>
        <translation>Karte</translation>
    </message>
    <message>
        <location filename="../../app/views/users/page.py" line="446"/>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <location filename="../../app/views/users/page.py" line="447"/>
        <source>Station</source>
        <translation>Ladestation</translation>
    </message>
    <message>
        <location filename="../../app/views/users/page.py" line="448"/>
        <source>Connector</source>
        <translation>Anschluss</translation>
    </message>
    <message>
        <location filename="../../app/views/users/page.py" line="449"/>
        <source>Times seen</source>
        <translation>Anzahl gesehen</translation>
    </message>
    <message>
        <location filename="../../app/views/users/page.py" line="450"/>
        <source>First seen</source>
        <translation>Zuerst gesehen</translation>
    </message>
    <message>
        <location filename="../../app/views/users/page.py" line="479"/>
        <location filename="../../app/views/users/page.py" line="862"/>
        <source>Dismiss</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <location filename="../../app/views/users/page.py" line="481"/>
        <source>Take the selected tag off this list (Del); it comes back if it is presented again</source>
        <translation>Gewählte Karte von der Liste nehmen (Entf); sie erscheint wieder, wenn sie erneut vorgewiesen wird</translation>
    </message>
    <message>
        <location filename="../../app/views/users/page.py" line="490"/>
        <location filename="../../app/views/users/page.py" line="760"/>
        <source>Unknown tags</source>
        <translation>Unbekannte Karten</translation>
    </message>
    <message>
        <location filename="../../app/views/users/page.py" line="534"/>
        <source>Showing the first {shown} of {total} users; type more to narrow the search.</source>
        <translation>Die ersten {shown} von {total} Benutzern werden gezeigt; tippen Sie weiter, um die Suche einzugrenzen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/users/page.py" line="538"/>
        <source>%n matching user(s)</source>
        <translation>
            <numerusform>%n passender Benutzer</numerusform>
            <numerusform>%n passende Benutzer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/users/page.py" line="540"/>
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n Benutzer</numerusform>
            <numerusform>%n Benutzer</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/users/page.py" line="583"/>
        <source>the new user</source>
        <translation>den neuen Benutzer</translation>
    </message>
    <message>
        <location filename="../../app/views/users/page.py" line="586"/>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../../app/views/users/page.py" line="587"/>
        <source>Save the changes to {name}?</source>
        <translation>Änderungen an {name} speichern?</translation>
    </message>
    <message>
        <location filename="../../app/views/users/page.py" line="593"/>
        <source>Discard forgets them; Cancel goes back to editing.</source>
        <translation>Verwerfen vergisst sie; Abbrechen kehrt zum Bearbeiten zurück.</translation>
    </message>
    <message>
        <location filename="../../app/views/users/page.py" line="635"/>
        <source>the saved user does not match the search</source>
        <translation>der gespeicherte Benutzer passt nicht zur Suche</translation>
    </message>
    <message>
        <location filename="../../app/views/users/page.py" line="653"/>
        <location filename="../../app/views/users/page.py" line="659"/>
        <source>Delete user</source>
        <translation>Benutzer löschen</translation>
    </message>
    <message>
        <location filename="../../app/views/users/page.py" line="654"/>
        <source>Delete {name}?</source>
        <translation>{name} löschen?</translation>
    </message>
    <message>
        <location filename="../../app/views/users/page.py" line="658"/>
        <source>This cannot be undone.</source>
        <translation>Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location filename="../../app/views/users/page.py" line="685"/>
        <source>Deleted {name}.</source>
        <translation>{name} gelöscht.</translation>
    </message>
    <message>
        <location filename="../../app/views/users/page.py" line="711"/>
        <source>Could not read the unknown tags: {problem}</source>
        <translation>Die unbekannten Karten konnten nicht gelesen werden: {problem}</translation>
    </message>
    <message>
        <location filename="../../app/views/users/page.py" line="752"/>
        <source>Give {tag} to a user</source>
        <translation>{tag} einem Benutzer zuordnen</translation>
    </message>
    <message>
        <location filename="../../app/views/users/page.py" line="758"/>
        <source>Unknown tags ({count})</source>
        <translation>Unbekannte Karten ({count})</translation>
    </message>
    <message>
        <location filename="../../app/views/users/page.py" line="767"/>
        <source>No unknown tags: every tag presented so far belongs to someone.</source>
        <translation>Keine unbekannten Karten: Jede bisher vorgewiesene Karte gehört jemandem.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/users/page.py" line="771"/>
        <source>The {shown} most recent of %n unknown tag(s).</source>
        <translation>
            <numerusform>Die {shown} neuesten von %n unbekannten Karte.</numerusform>
            <numerusform>Die {shown} neuesten von %n unbekannten Karten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/users/page.py" line="776"/>
        <source>%n unknown tag(s).</source>
        <translation>
            <numerusform>%n unbekannte Karte.</numerusform>
            <numerusform>%n unbekannte Karten.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/users/page.py" line="783"/>
        <source>Assign to user…</source>
        <translation>Benutzer zuordnen…</translation>
    </message>
    <message>
        <location filename="../../app/views/users/page.py" line="822"/>
        <source>choose a user from the list (type part of the name)</source>
        <translation>Wählen Sie einen Benutzer aus der Liste (einen Teil des Namens eingeben)</translation>
    </message>
    <message>
        <location filename="../../app/views/users/page.py" line="842"/>
        <source>Tag &lt;b&gt;{tag}&lt;/b&gt; now belongs to {user}. &lt;a href=&apos;{link}&apos;&gt;Show {user}&lt;/a&gt;</source>
        <translation>Die Karte &lt;b&gt;{tag}&lt;/b&gt; gehört jetzt {user}. &lt;a href=&apos;{link}&apos;&gt;{user} anzeigen&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../../app/views/users/page.py" line="854"/>
        <source>Dismiss unknown tag</source>
        <translation>Unbekannte Karte verwerfen</translation>
    </message>
    <message>
        <location filename="../../app/views/users/page.py" line="855"/>
        <source>Take {tag} ({where}) off the list?</source>
        <translation>{tag} ({where}) von der Liste nehmen?</translation>
    </message>
    <message>
        <location filename="../../app/views/users/page.py" line="861"/>
        <source>It comes back if a charger reads it again.</source>
        <translation>Sie erscheint wieder, wenn eine Ladestation sie erneut liest.</translation>
    </message>
    <message>
        <location filename="../../app/views/users/page.py" line="911"/>
        <source>Import users from CSV</source>
        <translation>Benutzer aus CSV importieren</translation>
    </message>
    <message>
        <location filename="../../app/views/users/page.py" line="913"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../app/views/users/page.py" line="931"/>
        <source>Import users</source>
        <translation>Benutzer importieren</translation>
    </message>
    <message>
        <location filename="../../app/views/users/page.py" line="932"/>
        <source>{file} cannot be imported.</source>
        <translation>{file} kann nicht importiert werden.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/users/page.py" line="944"/>
        <source>{file} was not imported: %n problem(s), see the report.</source>
        <translation>
            <numerusform>{file} wurde nicht importiert: %n Problem, siehe Bericht.</numerusform>
            <numerusform>{file} wurde nicht importiert: %n Probleme, siehe Bericht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/users/page.py" line="955"/>
        <source>{created} created, {updated} updated, {unchanged} unchanged, %n tag(s) added</source>
        <translation>
            <numerusform>{created} angelegt, {updated} aktualisiert, {unchanged} unverändert, %n Karte hinzugefügt</numerusform>
            <numerusform>{created} angelegt, {updated} aktualisiert, {unchanged} unverändert, %n Karten hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/users/page.py" line="964"/>
        <source>{counts}; %n line(s) with problems skipped</source>
        <translation>
            <numerusform>{counts}; %n Zeile mit Problemen übersprungen</numerusform>
            <numerusform>{counts}; %n Zeilen mit Problemen übersprungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/users/page.py" line="968"/>
        <source>Imported {file}: {counts}.</source>
        <translation>{file} importiert: {counts}.</translation>
    </message>
    <message>
        <location filename="../../app/views/users/page.py" line="978"/>
        <source>Export users to CSV</source>
        <translation>Benutzer als CSV exportieren</translation>
    </message>
    <message>
        <location filename="../../app/views/users/page.py" line="980"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../../app/views/users/page.py" line="997"/>
        <source>Export users</source>
        <translation>Benutzer exportieren</translation>
    </message>
    <message>
        <location filename="../../app/views/users/page.py" line="998"/>
        <source>{file} could not be written.</source>
        <translation>{file} konnte nicht geschrieben werden.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/users/page.py" line="1003"/>
        <source>Exported %n user(s) to {path}.</source>
        <translation>
            <numerusform>%n Benutzer nach {path} exportiert.</numerusform>
            <numerusform>%n Benutzer nach {path} exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/users/page.py" line="1028"/>
        <source>today {time}</source>
        <translation>heute {time}</translation>
    </message>
    <message>
        <location filename="../../app/views/users/page.py" line="1030"/>
        <source>yesterday {time}</source>
        <translation>gestern {time}</translation>
    </message>
</context>
</TS>
