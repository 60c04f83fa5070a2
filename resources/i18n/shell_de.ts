<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
    <context>
        <name>CircuitBars</name>
        <message>
            <source>{allocated} / no limit</source>
            <translation>{allocated} / kein Grenzwert</translation>
        </message>
        <message>
            <source>{allocated} / no limit · measured {measured} A</source>
            <translation>{allocated} / kein Grenzwert · gemessen {measured} A</translation>
        </message>
        <message>
            <source>{allocated} / {limit} A</source>
            <translation>{allocated} / {limit} A</translation>
        </message>
        <message>
            <source>{allocated} / {limit} A · measured {measured} A</source>
            <translation>{allocated} / {limit} A · gemessen {measured} A</translation>
        </message>
        <message>
            <source>{circuit}: nothing allocated yet</source>
            <translation>{circuit}: noch nichts zugeteilt</translation>
        </message>
        <message>
            <source>{name} ({amps} A per phase, {kw} kW)</source>
            <translation>{name} ({amps} A pro Phase, {kw} kW)</translation>
        </message>
        <message>
            <source>{name} ({amps} A per phase)</source>
            <translation>{name} ({amps} A pro Phase)</translation>
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
            <translation>eine Stromgrenze ist eine positive Zahl in A pro Phase (z. B. 63) oder leer</translation>
        </message>
        <message>
            <source>more than {limit} A per phase is not plausible; check the unit</source>
            <translation>mehr als {limit} A pro Phase ist nicht plausibel; prüfen Sie die Einheit</translation>
        </message>
        <message>
            <source>a power limit is a positive number of kW (e.g. 43), or empty</source>
            <translation>eine Leistungsgrenze ist eine positive Zahl in kW (z. B. 43) oder leer</translation>
        </message>
        <message>
            <source>more than {limit} kW is not plausible; check the unit</source>
            <translation>mehr als {limit} kW ist nicht plausibel; prüfen Sie die Einheit</translation>
        </message>
        <message>
            <source>give the circuit a limit: A per phase, kW, or both</source>
            <translation>geben Sie dem Stromkreis eine Grenze: A pro Phase, kW oder beides</translation>
        </message>
        <message>
            <source>a circuit carries 1 or 3 phases</source>
            <translation>ein Stromkreis führt 1 oder 3 Phasen</translation>
        </message>
        <message>
            <source>a 3-phase circuit cannot be under the 1-phase circuit {parent}; choose 1 phase or another parent</source>
            <translation>ein 3-phasiger Stromkreis kann nicht unter dem 1-phasigen Stromkreis {parent} liegen; wählen Sie 1 Phase oder einen anderen übergeordneten Stromkreis</translation>
        </message>
        <message>
            <source>{value} A is never reached: {parent} allows {limit} A</source>
            <translation>{value} A wird nie erreicht: {parent} erlaubt {limit} A</translation>
        </message>
        <message>
            <source>{value} kW is never reached: {parent} allows {limit} kW</source>
            <translation>{value} kW wird nie erreicht: {parent} erlaubt {limit} kW</translation>
        </message>
        <message>
            <source>give the window a limit: A per phase, kW, or both</source>
            <translation>geben Sie dem Zeitfenster eine Grenze: A pro Phase, kW oder beides</translation>
        </message>
        <message>
            <source>a window lowers the limit; the circuit allows {limit} A</source>
            <translation>ein Zeitfenster senkt die Grenze; der Stromkreis erlaubt {limit} A</translation>
        </message>
        <message>
            <source>a window lowers the limit; the circuit allows {limit} kW</source>
            <translation>ein Zeitfenster senkt die Grenze; der Stromkreis erlaubt {limit} kW</translation>
        </message>
        <message>
            <source>{text} is not a number of {unit}; leave it empty if there is no such limit</source>
            <translation>{text} ist keine Zahl in {unit}; lassen Sie das Feld leer, wenn es keine solche Grenze gibt</translation>
        </message>
        <message>
            <source>choose the phase rotation: {choices}</source>
            <translation>wählen Sie die Phasenfolge: {choices}</translation>
        </message>
        <message>
            <source>a connector uses 1 or 3 phases</source>
            <translation>ein Anschluss nutzt 1 oder 3 Phasen</translation>
        </message>
        <message>
            <source>the circuit {circuit} carries 1 phase: make the connector 1-phase or choose another circuit</source>
            <translation>der Stromkreis {circuit} führt 1 Phase: machen Sie den Anschluss 1-phasig oder wählen Sie einen anderen Stromkreis</translation>
        </message>
        <message>
            <source>a maximum current is a positive number of A per phase (e.g. 32), or empty</source>
            <translation>ein Maximalstrom ist eine positive Zahl in A pro Phase (z. B. 32) oder leer</translation>
        </message>
        <message>
            <source>more than {limit} A per phase is not plausible for a connector; check the unit</source>
            <translation>mehr als {limit} A pro Phase ist für einen Anschluss nicht plausibel; prüfen Sie die Einheit</translation>
        </message>
        <message>
            <source>choose a strategy: {choices}</source>
            <translation>wählen Sie eine Strategie: {choices}</translation>
        </message>
        <message>
            <source>the minimum current is from {low} to {high} A per phase (6 A is what vehicles need)</source>
            <translation>der Mindeststrom liegt zwischen {low} und {high} A pro Phase (6 A brauchen Fahrzeuge)</translation>
        </message>
        <message>
            <source>write the meter's address as host:port, e.g. 192.168.1.50:502</source>
            <translation>schreiben Sie die Adresse des Zählers als Host:Port, z. B. 192.168.1.50:502</translation>
        </message>
        <message>
            <source>a port is from 1 to 65535 (Modbus TCP uses 502)</source>
            <translation>ein Port liegt zwischen 1 und 65535 (Modbus TCP nutzt 502)</translation>
        </message>
        <message>
            <source>a Modbus unit id is a whole number from 0 to 255 (often 1)</source>
            <translation>eine Modbus-Unit-ID ist eine ganze Zahl von 0 bis 255 (oft 1)</translation>
        </message>
        <message>
            <source>choose a register map: {choices}, or leave it empty for the {default}</source>
            <translation>wählen Sie eine Registertabelle: {choices}, oder lassen Sie das Feld leer für die Vorgabe ({default})</translation>
        </message>
    </context>
    <context>
        <name>CircuitRules</name>
        <message>
            <source>Equal share</source>
            <translation>Gleiche Anteile</translation>
        </message>
        <message>
            <source>First come, first served</source>
            <translation>Wer zuerst kommt, lädt zuerst</translation>
        </message>
        <message>
            <source>Priority: owners, special users, public</source>
            <translation>Priorität: Eigentümer, Spezialbenutzer, Öffentlich</translation>
        </message>
        <message>
            <source>By tariff priority</source>
            <translation>Nach Tarifpriorität</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Keiner</translation>
        </message>
        <message>
            <source>A charger's inlet meter</source>
            <translation>Zähler am Eingang eines Ladepunkts</translation>
        </message>
        <message>
            <source>Modbus TCP meter</source>
            <translation>Modbus-TCP-Zähler</translation>
        </message>
    </context>
    <context>
        <name>CircuitsSection</name>
        <message>
            <source>Circuit</source>
            <translation>Stromkreis</translation>
        </message>
        <message>
            <source>Limit</source>
            <translation>Grenze</translation>
        </message>
        <message>
            <source>Phases</source>
            <translation>Phasen</translation>
        </message>
        <message>
            <source>Time-of-day limits</source>
            <translation>Zeitabhängige Grenzen</translation>
        </message>
        <message>
            <source>Connectors</source>
            <translation>Anschlüsse</translation>
        </message>
        <message>
            <source>Load now (L1 / L2 / L3)</source>
            <translation>Last jetzt (L1 / L2 / L3)</translation>
        </message>
        <message>
            <source>{amps} A of {limit} A</source>
            <translation>{amps} A von {limit} A</translation>
        </message>
        <message>
            <source>Circuits and load</source>
            <translation>Stromkreise und Last</translation>
        </message>
        <message>
            <source>Choose a saved site to see its circuits.</source>
            <translation>Wählen Sie einen gespeicherten Standort, um seine Stromkreise zu sehen.</translation>
        </message>
        <message>
            <source>Add circuit below</source>
            <translation>Stromkreis darunter hinzufügen</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>Bearbeiten</translation>
        </message>
        <message>
            <source>Move…</source>
            <translation>Verschieben…</translation>
        </message>
        <message>
            <source>Connectors…</source>
            <translation>Anschlüsse…</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Löschen…</translation>
        </message>
        <message>
            <source>e.g. Garage</source>
            <translation>z. B. Garage</translation>
        </message>
        <message>
            <source>3 phases</source>
            <translation>3 Phasen</translation>
        </message>
        <message>
            <source>1 phase</source>
            <translation>1 Phase</translation>
        </message>
        <message>
            <source>A per phase, e.g. 63</source>
            <translation>A pro Phase, z. B. 63</translation>
        </message>
        <message>
            <source>kW, e.g. 43 (optional)</source>
            <translation>kW, z. B. 43 (optional)</translation>
        </message>
        <message>
            <source>Time-of-day limits (site time):</source>
            <translation>Zeitabhängige Grenzen (Ortszeit des Standorts):</translation>
        </message>
        <message>
            <source>Edit time-of-day limits…</source>
            <translation>Zeitabhängige Grenzen bearbeiten…</translation>
        </message>
        <message>
            <source>Lower this circuit's limit at times of the week, in a week calendar</source>
            <translation>Die Grenze dieses Stromkreises zu Zeiten der Woche senken, in einem Wochenkalender</translation>
        </message>
        <message>
            <source>Save circuit</source>
            <translation>Stromkreis speichern</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Load sharing</source>
            <translation>Lastverteilung</translation>
        </message>
        <message>
            <source>Strategy</source>
            <translation>Strategie</translation>
        </message>
        <message>
            <source>How the circuits' power is shared between charging sessions</source>
            <translation>Wie die Leistung der Stromkreise auf die Ladevorgänge verteilt wird</translation>
        </message>
        <message>
            <source>Minimum current (A)</source>
            <translation>Mindeststrom (A)</translation>
        </message>
        <message>
            <source>Per phase, 6–32 A: a session that would get less waits (paused) instead</source>
            <translation>Pro Phase, 6–32 A: ein Ladevorgang, der weniger bekäme, wartet stattdessen (pausiert)</translation>
        </message>
        <message>
            <source>Base-load meter</source>
            <translation>Grundlastzähler</translation>
        </message>
        <message>
            <source>A meter of the site's other consumers: what they draw is not given to the chargers</source>
            <translation>Ein Zähler der übrigen Verbraucher des Standorts: was sie beziehen, erhalten die Ladepunkte nicht</translation>
        </message>
        <message>
            <source>Meter charger</source>
            <translation>Zähler-Ladepunkt</translation>
        </message>
        <message>
            <source>The charger whose meter values at its inlet measure the supply</source>
            <translation>Der Ladepunkt, dessen Messwerte am Eingang die Zuleitung messen</translation>
        </message>
        <message>
            <source>Meter address</source>
            <translation>Zähleradresse</translation>
        </message>
        <message>
            <source>The Modbus TCP meter's host:port on the LAN</source>
            <translation>Host:Port des Modbus-TCP-Zählers im LAN</translation>
        </message>
        <message>
            <source>Unit id</source>
            <translation>Unit-ID</translation>
        </message>
        <message>
            <source>The meter's Modbus unit id (often 1)</source>
            <translation>Die Modbus-Unit-ID des Zählers (oft 1)</translation>
        </message>
        <message>
            <source>Register map</source>
            <translation>Registertabelle</translation>
        </message>
        <message>
            <source>Which registers hold the currents per phase</source>
            <translation>Welche Register die Ströme pro Phase enthalten</translation>
        </message>
        <message>
            <source>Meter measures</source>
            <translation>Zähler misst</translation>
        </message>
        <message>
            <source>The circuit the meter measures</source>
            <translation>Der Stromkreis, den der Zähler misst</translation>
        </message>
        <message>
            <source>Save load sharing</source>
            <translation>Lastverteilung speichern</translation>
        </message>
        <message>
            <source>Circuits and load — {site}</source>
            <translation>Stromkreise und Last — {site}</translation>
        </message>
        <message>
            <source>Not load-managed: {connectors}</source>
            <translation>Ohne Lastmanagement: {connectors}</translation>
        </message>
        <message>
            <source>Add grid connection</source>
            <translation>Netzanschluss hinzufügen</translation>
        </message>
        <message>
            <source>— choose the charger —</source>
            <translation>— Ladepunkt wählen —</translation>
        </message>
        <message>
            <source>the grid connection</source>
            <translation>der Netzanschluss</translation>
        </message>
        <message>
            <source>That circuit was deleted meanwhile.</source>
            <translation>Dieser Stromkreis wurde inzwischen gelöscht.</translation>
        </message>
        <message>
            <source>Choose the circuit to put it under, then Save circuit.</source>
            <translation>Wählen Sie den Stromkreis, unter den er kommt, dann «Stromkreis speichern».</translation>
        </message>
        <message>
            <source>Circuit {name}</source>
            <translation>Stromkreis {name}</translation>
        </message>
        <message>
            <source>New circuit</source>
            <translation>Neuer Stromkreis</translation>
        </message>
        <message>
            <source>— (the grid connection: the top of the tree)</source>
            <translation>— (der Netzanschluss: die Spitze des Baums)</translation>
        </message>
        <message>
            <source>None: the circuit's own limit applies at all times.</source>
            <translation>Keine: die eigene Grenze des Stromkreises gilt immer.</translation>
        </message>
        <message>
            <source>Not saved: fix the marked fields.</source>
            <translation>Nicht gespeichert: korrigieren Sie die markierten Felder.</translation>
        </message>
        <message>
            <source>Not saved: this circuit was changed on another console meanwhile.</source>
            <translation>Nicht gespeichert: dieser Stromkreis wurde inzwischen an einer anderen Konsole geändert.</translation>
        </message>
        <message>
            <source>Not saved: this circuit was deleted on another console meanwhile.</source>
            <translation>Nicht gespeichert: dieser Stromkreis wurde inzwischen an einer anderen Konsole gelöscht.</translation>
        </message>
        <message>
            <source>Not saved: {reason}.</source>
            <translation>Nicht gespeichert: {reason}.</translation>
        </message>
        <message>
            <source>Saved circuit {name}.</source>
            <translation>Stromkreis {name} gespeichert.</translation>
        </message>
        <message>
            <source>Your changes are kept; the other fields show what is stored now.</source>
            <translation>Ihre Änderungen bleiben erhalten; die anderen Felder zeigen, was jetzt gespeichert ist.</translation>
        </message>
        <message>
            <source>Delete circuit {name}?</source>
            <translation>Stromkreis {name} löschen?</translation>
        </message>
        <message>
            <source>Delete circuit</source>
            <translation>Stromkreis löschen</translation>
        </message>
        <message>
            <source>{reason} Delete?</source>
            <translation>{reason} Löschen?</translation>
        </message>
        <message>
            <source>{conflict} Reloaded: look again before deleting.</source>
            <translation>{conflict} Neu geladen: Prüfen Sie nochmals, bevor Sie löschen.</translation>
        </message>
        <message>
            <source>Not deleted: {reason}.</source>
            <translation>Nicht gelöscht: {reason}.</translation>
        </message>
        <message>
            <source>Circuit deleted.</source>
            <translation>Stromkreis gelöscht.</translation>
        </message>
        <message>
            <source>Not changed: {problems}</source>
            <translation>Nicht geändert: {problems}</translation>
        </message>
        <message>
            <source>Not changed: {reason}.</source>
            <translation>Nicht geändert: {reason}.</translation>
        </message>
        <message>
            <source>Connectors saved.</source>
            <translation>Anschlüsse gespeichert.</translation>
        </message>
        <message>
            <source>Not saved: the site was changed on another console meanwhile.</source>
            <translation>Nicht gespeichert: der Standort wurde inzwischen an einer anderen Konsole geändert.</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Gespeichert.</translation>
        </message>
        <message>
            <source>Your changes are kept; Save replaces what is stored where you changed it.</source>
            <translation>Ihre Änderungen bleiben erhalten; Speichern ersetzt das Gespeicherte, wo Sie etwas geändert haben.</translation>
        </message>
    </context>
    <context>
        <name>ConflictBanner</name>
        <message>
            <source>(empty)</source>
            <translation>(leer)</translation>
        </message>
        <message>
            <source>and {count} more</source>
            <translation>und {count} weitere</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Feld</translation>
        </message>
        <message>
            <source>When you opened it</source>
            <translation>Beim Öffnen</translation>
        </message>
        <message>
            <source>Now stored</source>
            <translation>Jetzt gespeichert</translation>
        </message>
        <message>
            <source>Reload</source>
            <translation>Neu laden</translation>
        </message>
        <message>
            <source>Keep editing</source>
            <translation>Weiter bearbeiten</translation>
        </message>
        <message>
            <source>Keep your values in the form; your next Save replaces what was stored where you changed it</source>
            <translation>Ihre Werte bleiben im Formular; beim nächsten Speichern ersetzen sie das Gespeicherte, wo Sie etwas geändert haben</translation>
        </message>
        <message>
            <source>Your changes are not saved.</source>
            <translation>Ihre Änderungen sind nicht gespeichert.</translation>
        </message>
        <message>
            <source>Clear the editor: this no longer exists</source>
            <translation>Editor leeren: dies gibt es nicht mehr</translation>
        </message>
        <message>
            <source>Nothing was deleted.</source>
            <translation>Es wurde nichts gelöscht.</translation>
        </message>
        <message>
            <source>Show what is stored now; your changes in this editor are dropped</source>
            <translation>Zeigt, was jetzt gespeichert ist; Ihre Änderungen in diesem Editor werden verworfen</translation>
        </message>
    </context>
    <context>
        <name>ConnectorStatus</name>
        <message>
            <source>Available</source>
            <extracomment>a connector's OCPP status (and our Offline) as the pages name it; the value stays as OCPP spells it elsewhere</extracomment>
            <translation>Verfügbar</translation>
        </message>
        <message>
            <source>Preparing</source>
            <translation>Vorbereitung</translation>
        </message>
        <message>
            <source>Charging</source>
            <translation>Lädt</translation>
        </message>
        <message>
            <source>SuspendedEV</source>
            <translation>Pausiert (Fahrzeug)</translation>
        </message>
        <message>
            <source>SuspendedEVSE</source>
            <translation>Pausiert (Ladestation)</translation>
        </message>
        <message>
            <source>Finishing</source>
            <translation>Abschluss</translation>
        </message>
        <message>
            <source>Reserved</source>
            <translation>Reserviert</translation>
        </message>
        <message>
            <source>Unavailable</source>
            <translation>Nicht verfügbar</translation>
        </message>
        <message>
            <source>Faulted</source>
            <translation>Störung</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Unbekannt</translation>
        </message>
        <message>
            <source>Offline</source>
            <translation>Offline</translation>
        </message>
    </context>
    <context>
        <name>ConnectorsDialog</name>
        <message>
            <source>Connectors on {circuit}</source>
            <translation>Anschlüsse an {circuit}</translation>
        </message>
        <message>
            <source>Tick the connectors wired to &lt;b&gt;{circuit}&lt;/b&gt;. A connector is on one circuit; ticking one moves it here. Phases and wiring are set per connector in the station editor.</source>
            <translation>Kreuzen Sie die Anschlüsse an, die an &lt;b&gt;{circuit}&lt;/b&gt; angeschlossen sind. Ein Anschluss hängt an einem Stromkreis; ankreuzen verschiebt ihn hierher. Phasen und Verdrahtung werden pro Anschluss im Ladestations-Editor gesetzt.</translation>
        </message>
    </context>
    <context>
        <name>ConnectorsPanel</name>
        <message>
            <source>Each outlet of a multi-connector station (ABB Terra, EV-TEC…) with its plug and power, and for load management the circuit it is on, its phases and how they are wired. Tick &lt;b&gt;Own rules&lt;/b&gt; for a connector that follows its own access mode, tariff and weekly schedule instead of the station's.</source>
            <translation>Jeder Anschluss einer Ladestation mit mehreren Anschlüssen (ABB Terra, EV-TEC…) mit Stecker und Leistung, und für das Lastmanagement der Stromkreis, an dem er hängt, seine Phasen und wie sie verdrahtet sind. Kreuzen Sie &lt;b&gt;Eigene Regeln&lt;/b&gt; an für einen Anschluss, der seinem eigenen Zugangsmodus, Tarif und Wochenplan folgt statt dem der Ladestation.</translation>
        </message>
        <message>
            <source>Add connector</source>
            <translation>Anschluss hinzufügen</translation>
        </message>
        <message>
            <source>Remove connector</source>
            <translation>Anschluss entfernen</translation>
        </message>
        <message>
            <source>Edit connector schedule…</source>
            <translation>Zeitplan des Anschlusses bearbeiten…</translation>
        </message>
        <message>
            <source>e.g. 22</source>
            <translation>z. B. 22</translation>
        </message>
        <message>
            <source>This connector follows its own access mode, tariff and schedule</source>
            <translation>Dieser Anschluss folgt seinem eigenen Zugangsmodus, Tarif und Zeitplan</translation>
        </message>
        <message>
            <source>auto</source>
            <translation>automatisch</translation>
        </message>
        <message>
            <source>(a circuit of another site)</source>
            <translation>(ein Stromkreis eines anderen Standorts)</translation>
        </message>
        <message>
            <source>connector {number}</source>
            <translation>Anschluss {number}</translation>
        </message>
        <message numerus="yes">
            <source>connector {number} (%n schedule entries)</source>
            <translation>
                <numerusform>Anschluss {number} (%n Eintrag im Zeitplan)</numerusform>
                <numerusform>Anschluss {number} (%n Einträge im Zeitplan)</numerusform>
            </translation>
        </message>
        <message>
            <source>Saving removes the own rules of {connectors}: their schedule is deleted. It then follows the station again.</source>
            <translation>Beim Speichern werden die eigenen Regeln von {connectors} entfernt: ihr Zeitplan wird gelöscht. Danach gilt wieder die Ladestation.</translation>
        </message>
        <message>
            <source>Saving removes the own rules of {connectors}. It then follows the station again.</source>
            <translation>Beim Speichern werden die eigenen Regeln von {connectors} entfernt. Danach gilt wieder die Ladestation.</translation>
        </message>
        <message>
            <source>Save the station first: the connector's own rules are created on save, then its schedule can be edited</source>
            <translation>Speichern Sie zuerst die Ladestation: die eigenen Regeln des Anschlusses entstehen beim Speichern, danach kann sein Zeitplan bearbeitet werden</translation>
        </message>
        <message>
            <source>Tick 'Own rules' for this connector to give it its own schedule</source>
            <translation>Kreuzen Sie «Eigene Regeln» an, um diesem Anschluss einen eigenen Zeitplan zu geben</translation>
        </message>
        <message>
            <source>Edit the selected connector's own weekly windows and holidays</source>
            <translation>Die eigenen Wochenzeiten und Feiertage des gewählten Anschlusses bearbeiten</translation>
        </message>
    </context>
    <context>
        <name>CopyDayDialog</name>
        <message>
            <source>Copy day to…</source>
            <translation>Tag kopieren nach…</translation>
        </message>
        <message>
            <source>Copy the windows of</source>
            <translation>Die Zeitfenster kopieren von</translation>
        </message>
        <message>
            <source>to:</source>
            <translation>nach:</translation>
        </message>
        <message>
            <source>The windows that start on the chosen days are replaced. A window that starts on the copied day and runs past midnight is copied with its next-morning part.</source>
            <translation>Die Zeitfenster, die an den gewählten Tagen beginnen, werden ersetzt. Ein Zeitfenster, das am kopierten Tag beginnt und über Mitternacht läuft, wird mit seinem Teil am nächsten Morgen kopiert.</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Kopieren</translation>
        </message>
    </context>
    <context>
        <name>Dashboard</name>
        <message>
            <source>online</source>
            <translation>online</translation>
        </message>
        <message>
            <source>offline</source>
            <translation>offline</translation>
        </message>
        <message>
            <source>{first} – {last} · total {kwh} kWh</source>
            <translation>{first} – {last} · total {kwh} kWh</translation>
        </message>
        <message>
            <source>{weekday} {date}: {kwh} kWh</source>
            <translation>{weekday} {date}: {kwh} kWh</translation>
        </message>
        <message>
            <source>live</source>
            <translation>live</translation>
        </message>
        <message>
            <source>last sampled</source>
            <translation>zuletzt gemessen</translation>
        </message>
        <message>
            <source>nothing allocated yet</source>
            <translation>noch nichts zugeteilt</translation>
        </message>
        <message>
            <source> — per phase: allocated (measured) / limit; the bar is allocated, the mark measured</source>
            <translation> — pro Phase: zugeteilt (gemessen) / Grenze; der Balken ist zugeteilt, die Markierung gemessen</translation>
        </message>
        <message>
            <source>&lt;b&gt;Load · {site}&lt;/b&gt;</source>
            <translation>&lt;b&gt;Last · {site}&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Stations online</source>
            <translation>Ladestationen online</translation>
        </message>
        <message>
            <source>Charging now</source>
            <translation>Aktive Ladevorgänge</translation>
        </message>
        <message>
            <source>Energy today</source>
            <translation>Energie heute</translation>
        </message>
        <message>
            <source>Energy this month</source>
            <translation>Energie diesen Monat</translation>
        </message>
        <message>
            <source>Revenue this month</source>
            <translation>Umsatz diesen Monat</translation>
        </message>
        <message>
            <source>&lt;b&gt;Energy per day, last 30 days&lt;/b&gt;</source>
            <translation>&lt;b&gt;Energie pro Tag, letzte 30 Tage&lt;/b&gt;</translation>
        </message>
        <message>
            <source>&lt;b&gt;Recent events&lt;/b&gt;</source>
            <translation>&lt;b&gt;Letzte Ereignisse&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Unknown charger {cpid} connected from {ip} ({policy})</source>
            <translation>Unbekannter Ladepunkt {cpid} verbunden von {ip} ({policy})</translation>
        </message>
        <message>
            <source>No stations yet. Point a charger at this central system (address in the status bar) or import a site with &lt;code&gt;chargedesk config import site.json&lt;/code&gt;.</source>
            <translation>Noch keine Ladestationen. Richten Sie einen Ladepunkt auf dieses Zentralsystem aus (Adresse in der Statusleiste) oder importieren Sie einen Standort mit &lt;code&gt;chargedesk config import site.json&lt;/code&gt;.</translation>
        </message>
        <message>
            <source>Could not read the load: {reason}</source>
            <translation>Die Last konnte nicht gelesen werden: {reason}</translation>
        </message>
        <message>
            <source>Could not read the figures: {reason}</source>
            <translation>Die Kennzahlen konnten nicht gelesen werden: {reason}</translation>
        </message>
        <message>
            <source>{cpid} connector {connector}: {status} ({error}) {info}</source>
            <translation>{cpid} Anschluss {connector}: {status} ({error}) {info}</translation>
        </message>
        <message>
            <source>{cpid} charger: {status} ({error}) {info}</source>
            <translation>{cpid} Ladepunkt: {status} ({error}) {info}</translation>
        </message>
        <message>
            <source>{cpid} went offline: {reason}</source>
            <translation>{cpid} ist offline: {reason}</translation>
        </message>
        <message>
            <source>{cpid} went offline</source>
            <translation>{cpid} ist offline</translation>
        </message>
    </context>
    <context>
        <name>DashboardPage</name>
        <message>
            <source>{event} ×{count} since {since}</source>
            <translation>{event} ×{count} seit {since}</translation>
        </message>
        <message>
            <source>{cp}: security event {event}</source>
            <translation>{cp}: Sicherheitsereignis {event}</translation>
        </message>
        <message>
            <source>{cp} booted as {policy}</source>
            <translation>{cp} gestartet als {policy}</translation>
        </message>
    </context>
    <context>
        <name>DaysPicker</name>
        <message>
            <source>Mon–Fri</source>
            <translation>Mo–Fr</translation>
        </message>
        <message>
            <source>Choose Monday to Friday</source>
            <translation>Montag bis Freitag wählen</translation>
        </message>
        <message>
            <source>Sat–Sun</source>
            <translation>Sa–So</translation>
        </message>
        <message>
            <source>Choose Saturday and Sunday</source>
            <translation>Samstag und Sonntag wählen</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Alle</translation>
        </message>
        <message>
            <source>Choose every day</source>
            <translation>Jeden Tag wählen</translation>
        </message>
    </context>
    <context>
        <name>FormList</name>
        <message>
            <source>Save</source>
            <translation>Speichern</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Löschen…</translation>
        </message>
        <message>
            <source>Not saved: fix the marked fields.</source>
            <translation>Nicht gespeichert: korrigieren Sie die markierten Felder.</translation>
        </message>
        <message>
            <source>Not saved: {reason}.</source>
            <translation>Nicht gespeichert: {reason}.</translation>
        </message>
        <message>
            <source>Reloaded: the form shows what is stored now.</source>
            <translation>Neu geladen: das Formular zeigt, was jetzt gespeichert ist.</translation>
        </message>
        <message>
            <source>Your changes are kept; the other fields show what is stored now. Save replaces what is stored where you changed it.</source>
            <translation>Ihre Änderungen bleiben erhalten; die anderen Felder zeigen, was jetzt gespeichert ist. Speichern ersetzt das Gespeicherte, wo Sie etwas geändert haben.</translation>
        </message>
    </context>
    <context>
        <name>GrantsPanel</name>
        <message>
            <source>Special users may charge while the station is &lt;b&gt;Limited&lt;/b&gt;, within their conditions. (In Public mode everybody may; in Private mode only owners.)</source>
            <translation>Spezialbenutzer dürfen laden, während die Ladestation &lt;b&gt;Eingeschränkt&lt;/b&gt; ist, im Rahmen ihrer Bedingungen. (Im Modus Öffentlich darf jeder laden, im Modus Privat nur die Eigentümer.)</translation>
        </message>
        <message>
            <source>Add special user</source>
            <translation>Spezialbenutzer hinzufügen</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <source>Conditions of the selected special user</source>
            <translation>Bedingungen des gewählten Spezialbenutzers</translation>
        </message>
        <message>
            <source>from</source>
            <translation>ab</translation>
        </message>
        <message>
            <source>until (last day)</source>
            <translation>bis (letzter Tag)</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>Tage</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Von</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Bis</translation>
        </message>
        <message>
            <source>Their own access times. Days: Mon-Fri, Sat,Sun, daily. From/To: HH:MM; To 24:00 is midnight; a To before From runs past midnight. No rows: any time.</source>
            <translation>Eigene Zugangszeiten. Tage: Mon-Fri, Sat,Sun, daily. Von/Bis: HH:MM; Bis 24:00 ist Mitternacht; ein Bis vor dem Von läuft über Mitternacht. Keine Zeilen: jederzeit.</translation>
        </message>
        <message>
            <source>Add time</source>
            <translation>Zeit hinzufügen</translation>
        </message>
        <message>
            <source>Remove time</source>
            <translation>Zeit entfernen</translation>
        </message>
        <message>
            <source>User</source>
            <translation>Benutzer</translation>
        </message>
        <message>
            <source>Applies to</source>
            <translation>Gilt für</translation>
        </message>
        <message>
            <source>Tariff</source>
            <translation>Tarif</translation>
        </message>
        <message>
            <source>Valid</source>
            <translation>Gültig</translation>
        </message>
        <message>
            <source>Own times</source>
            <translation>Eigene Zeiten</translation>
        </message>
        <message>
            <source>Whole station</source>
            <translation>Ganze Ladestation</translation>
        </message>
        <message>
            <source>Connector {number} only</source>
            <translation>Nur Anschluss {number}</translation>
        </message>
        <message>
            <source>Connector {number} (removed)</source>
            <translation>Anschluss {number} (entfernt)</translation>
        </message>
    </context>
    <context>
        <name>HeldDialog</name>
        <message>
            <source>ChargeDesk: the database is in use</source>
            <translation>ChargeDesk: die Datenbank wird verwendet</translation>
        </message>
        <message>
            <source>Without a central system this console shows and edits the database; the chargers stay connected to the program that holds it.</source>
            <translation>Ohne Zentralsystem zeigt und bearbeitet diese Konsole die Datenbank; die Ladepunkte bleiben mit dem Programm verbunden, das sie hält.</translation>
        </message>
        <message>
            <source>Without a central system this console shows and edits the database; chargers cannot connect to it.</source>
            <translation>Ohne Zentralsystem zeigt und bearbeitet diese Konsole die Datenbank; Ladepunkte können sich nicht mit ihr verbinden.</translation>
        </message>
        <message>
            <source>Open without central system</source>
            <translation>Ohne Zentralsystem öffnen</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Beenden</translation>
        </message>
    </context>
    <context>
        <name>Language</name>
        <message>
            <source>System default</source>
            <extracomment>what the Settings page offers: the code saved and the name shown (each language in its own words)</extracomment>
            <translation>Systemsprache</translation>
        </message>
    </context>
    <context>
        <name>LimitInputs</name>
        <message>
            <source>A per phase, e.g. 16</source>
            <translation>A pro Phase, z. B. 16</translation>
        </message>
        <message>
            <source>The circuit's current per phase during this time (empty: not limited in A)</source>
            <translation>Der Strom des Stromkreises pro Phase in dieser Zeit (leer: in A nicht begrenzt)</translation>
        </message>
        <message>
            <source>kW (optional)</source>
            <translation>kW (optional)</translation>
        </message>
        <message>
            <source>The circuit's power over its phases during this time (empty: not limited in kW)</source>
            <translation>Die Leistung des Stromkreises über seine Phasen in dieser Zeit (leer: in kW nicht begrenzt)</translation>
        </message>
        <message>
            <source>Limit (A)</source>
            <translation>Grenze (A)</translation>
        </message>
        <message>
            <source>Limit (kW)</source>
            <translation>Grenze (kW)</translation>
        </message>
    </context>
    <context>
        <name>LocalListSync</name>
        <message>
            <source>Not synchronised yet</source>
            <translation>Noch nicht abgeglichen</translation>
        </message>
        <message>
            <source>{update} update accepted (version {version}): {added} added or changed, {removed} removed</source>
            <translation>{update}-Aktualisierung angenommen (Version {version}): {added} hinzugefügt oder geändert, {removed} entfernt</translation>
        </message>
        <message numerus="yes">
            <source>%n tag(s) left out: the charger holds at most {max} (LocalAuthListMaxLength)</source>
            <translation>
                <numerusform>%n Karte weggelassen: der Ladepunkt fasst höchstens {max} (LocalAuthListMaxLength)</numerusform>
                <numerusform>%n Karten weggelassen: der Ladepunkt fasst höchstens {max} (LocalAuthListMaxLength)</numerusform>
            </translation>
        </message>
        <message>
            <source>authorization cache cleared</source>
            <translation>Autorisierungs-Cache geleert</translation>
        </message>
        <message>
            <source>authorization cache not cleared: {answer}</source>
            <translation>Autorisierungs-Cache nicht geleert: {answer}</translation>
        </message>
        <message>
            <source>{update} update refused by the charger: {status}</source>
            <translation>{update}-Aktualisierung vom Ladepunkt abgelehnt: {status}</translation>
        </message>
        <message>
            <source>Not sent: {error}</source>
            <translation>Nicht gesendet: {error}</translation>
        </message>
        <message>
            <source>Local list disabled on the charger (LocalAuthListEnabled = false): nothing sent</source>
            <translation>Lokale Liste auf dem Ladepunkt ausgeschaltet (LocalAuthListEnabled = false): nichts gesendet</translation>
        </message>
        <message>
            <source>The charger has no local authorization list: nothing sent</source>
            <translation>Der Ladepunkt hat keine lokale Autorisierungsliste: nichts gesendet</translation>
        </message>
    </context>
    <context>
        <name>Login</name>
        <message>
            <source>at least {count} characters</source>
            <translation>mindestens {count} Zeichen</translation>
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <source>ChargeDesk — log in</source>
            <translation>ChargeDesk — Anmelden</translation>
        </message>
        <message>
            <source>Username</source>
            <translation>Benutzername</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Passwort</translation>
        </message>
        <message>
            <source>Forgot your password? A manager can reset it (Settings → Operators).</source>
            <translation>Passwort vergessen? Ein Manager kann es zurücksetzen (Einstellungen → Bediener).</translation>
        </message>
        <message>
            <source>Log in</source>
            <translation>Anmelden</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Map tiles</source>
            <translation>Kartenkacheln</translation>
        </message>
        <message>
            <source>Operators</source>
            <translation>Bediener</translation>
        </message>
        <message>
            <source>{page} (Ctrl+{key})</source>
            <translation>{page} (Ctrl+{key})</translation>
        </message>
        <message>
            <source>central system: starting…</source>
            <translation>Zentralsystem: startet…</translation>
        </message>
        <message>
            <source>chargers online: {count}</source>
            <translation>Ladepunkte online: {count}</translation>
        </message>
        <message>
            <source>Log out</source>
            <translation>Abmelden</translation>
        </message>
        <message>
            <source>operator: {name}</source>
            <translation>Bediener: {name}</translation>
        </message>
        <message>
            <source>nobody logged in</source>
            <translation>niemand angemeldet</translation>
        </message>
        <message>
            <source>Log in…</source>
            <translation>Anmelden…</translation>
        </message>
        <message>
            <source>Log out and let another operator log in</source>
            <translation>Abmelden und einen anderen Bediener anmelden lassen</translation>
        </message>
        <message>
            <source>Log in with an operator account</source>
            <translation>Mit einem Bedienerkonto anmelden</translation>
        </message>
        <message>
            <source>no central system in this console: {reason}</source>
            <translation>kein Zentralsystem in dieser Konsole: {reason}</translation>
        </message>
        <message>
            <source>the port is in use by another program</source>
            <translation>der Port wird von einem anderen Programm verwendet</translation>
        </message>
        <message>
            <source>central system NOT listening on port {port}: {why}</source>
            <translation>Zentralsystem hört NICHT auf Port {port}: {why}</translation>
        </message>
        <message>
            <source>central system listening on {address}</source>
            <translation>Zentralsystem hört auf {address}</translation>
        </message>
        <message>
            <source>cannot reach the site's central system: {reason}</source>
            <translation>das Zentralsystem des Standorts ist nicht erreichbar: {reason}</translation>
        </message>
        <message>
            <source>attached to the site's central system: {host}</source>
            <translation>mit dem Zentralsystem des Standorts verbunden: {host}</translation>
        </message>
        <message>
            <source>attached, but no central system is running for the site: start `chargedesk serve`, or make a console the host (Settings → Central system)</source>
            <translation>verbunden, aber für den Standort läuft kein Zentralsystem: starten Sie `chargedesk serve` oder machen Sie eine Konsole zum Host (Einstellungen → Zentralsystem)</translation>
        </message>
        <message>
            <source>lost the site's central system ({why}): reconnecting…</source>
            <translation>Verbindung zum Zentralsystem des Standorts verloren ({why}): verbinde neu…</translation>
        </message>
        <message>
            <source>{status} — not shared with other consoles: {why}</source>
            <translation>{status} — nicht mit anderen Konsolen geteilt: {why}</translation>
        </message>
        <message>
            <source>Schedule of {target}</source>
            <translation>Zeitplan von {target}</translation>
        </message>
        <message>
            <source>without a name</source>
            <translation>ohne Namen</translation>
        </message>
        <message>
            <source>User {name} (new)</source>
            <translation>Benutzer {name} (neu)</translation>
        </message>
        <message>
            <source>User {name}</source>
            <translation>Benutzer {name}</translation>
        </message>
        <message>
            <source>New station</source>
            <translation>Neue Ladestation</translation>
        </message>
        <message>
            <source>Station {name} ({cpid}) (new)</source>
            <translation>Ladestation {name} ({cpid}) (neu)</translation>
        </message>
        <message>
            <source>Station {name} ({cpid})</source>
            <translation>Ladestation {name} ({cpid})</translation>
        </message>
        <message>
            <source>Station {name} (new)</source>
            <translation>Ladestation {name} (neu)</translation>
        </message>
        <message>
            <source>Station {name}</source>
            <translation>Ladestation {name}</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Ungespeicherte Änderungen</translation>
        </message>
        <message>
            <source>Save your changes before closing ChargeDesk?</source>
            <translation>Ihre Änderungen speichern, bevor ChargeDesk geschlossen wird?</translation>
        </message>
        <message>
            <source>Not saved yet:
{items}</source>
            <translation>Noch nicht gespeichert:
{items}</translation>
        </message>
        <message>
            <source>Save all</source>
            <translation>Alle speichern</translation>
        </message>
        <message>
            <source>Save each of them, then close (a change that cannot be saved is shown instead)</source>
            <translation>Jede speichern, dann schliessen (eine Änderung, die nicht gespeichert werden kann, wird stattdessen angezeigt)</translation>
        </message>
        <message>
            <source>Close and lose these changes</source>
            <translation>Schliessen und diese Änderungen verwerfen</translation>
        </message>
        <message>
            <source>Keep the window open (Esc)</source>
            <translation>Fenster offen lassen (Esc)</translation>
        </message>
        <message>
            <source>Not closed: {what} could not be saved. Fix it, then close again.</source>
            <translation>Nicht geschlossen: {what} konnte nicht gespeichert werden. Korrigieren Sie es und schliessen Sie erneut.</translation>
        </message>
        <message>
            <source>Dashboard</source>
            <extracomment>the navigation's names of the pages (a page's ``title`` stays its English key: show_page, the saved page)</extracomment>
            <translation>Übersicht</translation>
        </message>
        <message>
            <source>Stations</source>
            <translation>Ladestationen</translation>
        </message>
        <message>
            <source>Map</source>
            <translation>Karte</translation>
        </message>
        <message>
            <source>Users</source>
            <translation>Benutzer</translation>
        </message>
        <message>
            <source>Schedules</source>
            <translation>Zeitpläne</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Ladevorgänge</translation>
        </message>
        <message>
            <source>Load</source>
            <translation>Last</translation>
        </message>
        <message>
            <source>Chargers</source>
            <translation>Ladepunkte</translation>
        </message>
        <message>
            <source>Log</source>
            <translation>Protokoll</translation>
        </message>
        <message>
            <source>Audit</source>
            <translation>Prüfprotokoll</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Einstellungen</translation>
        </message>
    </context>
    <context>
        <name>NewBlockForm</name>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Hinzufügen</translation>
        </message>
    </context>
    <context>
        <name>OperatorForm</name>
        <message>
            <source>ChargeDesk — the first manager</source>
            <translation>ChargeDesk — der erste Manager</translation>
        </message>
        <message>
            <source>New operator</source>
            <translation>Neuer Bediener</translation>
        </message>
        <message>
            <source>Nobody can log in to this database yet. Create the first manager's account: a manager can do everything, including adding the other operators.</source>
            <translation>Noch niemand kann sich an dieser Datenbank anmelden. Erstellen Sie das Konto des ersten Managers: ein Manager darf alles, auch die anderen Bediener hinzufügen.</translation>
        </message>
        <message>
            <source>e.g. Anna Meier</source>
            <translation>z. B. Anna Meier</translation>
        </message>
        <message>
            <source>Username</source>
            <translation>Benutzername</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Passwort</translation>
        </message>
        <message>
            <source>Repeat password</source>
            <translation>Passwort wiederholen</translation>
        </message>
        <message>
            <source>Create and log in</source>
            <translation>Erstellen und anmelden</translation>
        </message>
        <message>
            <source>Add operator</source>
            <translation>Bediener hinzufügen</translation>
        </message>
    </context>
    <context>
        <name>OperatorsSection</name>
        <message>
            <source>Username</source>
            <translation>Benutzername</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Last log-in</source>
            <translation>Letzte Anmeldung</translation>
        </message>
        <message>
            <source>Require operators to log in</source>
            <translation>Bediener müssen sich anmelden</translation>
        </message>
        <message>
            <source>Add operator…</source>
            <translation>Bediener hinzufügen…</translation>
        </message>
        <message>
            <source>Change role</source>
            <translation>Rolle ändern</translation>
        </message>
        <message>
            <source>Reset password…</source>
            <translation>Passwort zurücksetzen…</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>Entsperren</translation>
        </message>
        <message>
            <source>Deactivate</source>
            <translation>Deaktivieren</translation>
        </message>
        <message>
            <source>{username} unlocked.</source>
            <translation>{username} entsperrt.</translation>
        </message>
        <message>
            <source>active</source>
            <translation>aktiv</translation>
        </message>
        <message>
            <source>deactivated</source>
            <translation>deaktiviert</translation>
        </message>
        <message>
            <source>locked until {time}</source>
            <translation>gesperrt bis {time}</translation>
        </message>
        <message>
            <source>never</source>
            <translation>nie</translation>
        </message>
        <message>
            <source>Always on a shared PostgreSQL database: every console asks who is there.</source>
            <translation>Immer auf einer gemeinsamen PostgreSQL-Datenbank: jede Konsole fragt, wer da ist.</translation>
        </message>
        <message>
            <source>On: the console asks for a username and password at start. Off (single seat): it opens as the computer's user, who may do everything.</source>
            <translation>Ein: die Konsole fragt beim Start nach Benutzername und Passwort. Aus (Einzelplatz): sie öffnet als Benutzer des Computers, der alles darf.</translation>
        </message>
        <message>
            <source>Reactivate</source>
            <translation>Reaktivieren</translation>
        </message>
        <message>
            <source>Not changed: {problems}.</source>
            <translation>Nicht geändert: {problems}.</translation>
        </message>
        <message>
            <source>Not changed: {reason}.</source>
            <translation>Nicht geändert: {reason}.</translation>
        </message>
        <message>
            <source>{username} is now {role}.</source>
            <translation>{username} ist jetzt {role}.</translation>
        </message>
        <message>
            <source>{username} deactivated.</source>
            <translation>{username} deaktiviert.</translation>
        </message>
        <message>
            <source>{username} reactivated.</source>
            <translation>{username} reaktiviert.</translation>
        </message>
        <message>
            <source>New password set for {username}.</source>
            <translation>Neues Passwort für {username} gesetzt.</translation>
        </message>
        <message>
            <source>Operator {username} added.</source>
            <translation>Bediener {username} hinzugefügt.</translation>
        </message>
        <message>
            <source>Create a manager account first (you will log in with it); the switch turns on then.</source>
            <translation>Erstellen Sie zuerst ein Manager-Konto (Sie melden sich damit an); dann wird der Schalter eingeschaltet.</translation>
        </message>
        <message>
            <source>The console now asks for a log-in at start.</source>
            <translation>Die Konsole fragt jetzt beim Start nach einer Anmeldung.</translation>
        </message>
        <message>
            <source>The console opens without a log-in again.</source>
            <translation>Die Konsole öffnet wieder ohne Anmeldung.</translation>
        </message>
    </context>
    <context>
        <name>OwnersPanel</name>
        <message>
            <source>Owners may always charge here, in every mode, at the owner tariff (Del removes)</source>
            <translation>Eigentümer dürfen hier immer laden, in jedem Modus, zum Eigentümertarif (Entf entfernt)</translation>
        </message>
        <message>
            <source>Add owner</source>
            <translation>Eigentümer hinzufügen</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
    </context>
    <context>
        <name>PlanBlockForm</name>
        <message>
            <source>The price that applies in this window; the default tariff when none is chosen</source>
            <translation>Der Preis in diesem Zeitfenster; der Standardtarif, wenn keiner gewählt ist</translation>
        </message>
        <message>
            <source>Mode</source>
            <translation>Modus</translation>
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
            <translation>Der Preis in diesem Zeitfenster; der Standardtarif des Plans, wenn keiner gewählt ist</translation>
        </message>
        <message>
            <source>Mode</source>
            <translation>Modus</translation>
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
            <translation>Schliessen</translation>
        </message>
    </context>
    <context>
        <name>QWizard</name>
        <message>
            <source>&amp;Finish</source>
            <translation>Ab&amp;schliessen</translation>
        </message>
    </context>
    <context>
        <name>RefusedDialog</name>
        <message>
            <source>ChargeDesk: the database needs attention</source>
            <translation>ChargeDesk: die Datenbank braucht Aufmerksamkeit</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Kopieren</translation>
        </message>
        <message>
            <source>Copy the command to the clipboard</source>
            <translation>Den Befehl in die Zwischenablage kopieren</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Beenden</translation>
        </message>
        <message>
            <source>Copied</source>
            <translation>Kopiert</translation>
        </message>
    </context>
    <context>
        <name>ResetPasswordDialog</name>
        <message>
            <source>New password for {username}</source>
            <translation>Neues Passwort für {username}</translation>
        </message>
        <message>
            <source>New password</source>
            <translation>Neues Passwort</translation>
        </message>
        <message>
            <source>Repeat it</source>
            <translation>Wiederholen</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <source>&lt;i&gt;takes effect when ChargeDesk is restarted&lt;/i&gt;</source>
            <translation>&lt;i&gt;wirkt nach einem Neustart von ChargeDesk&lt;/i&gt;</translation>
        </message>
        <message>
            <source>list them as Pending until an operator accepts them</source>
            <translation>als «Pending» auflisten, bis ein Bediener sie annimmt</translation>
        </message>
        <message>
            <source>refuse them at the connection</source>
            <translation>beim Verbinden ablehnen</translation>
        </message>
        <message>
            <source>accept them and create a station automatically</source>
            <translation>annehmen und automatisch eine Ladestation anlegen</translation>
        </message>
        <message>
            <source>automatic: attach to the site's central system when one runs, else run it here</source>
            <translation>automatisch: mit dem Zentralsystem des Standorts verbinden, wenn eines läuft, sonst hier betreiben</translation>
        </message>
        <message>
            <source>run the site's central system here</source>
            <translation>das Zentralsystem des Standorts hier betreiben</translation>
        </message>
        <message>
            <source>attach to the site's central system (chargedesk serve or another console)</source>
            <translation>mit dem Zentralsystem des Standorts verbinden (chargedesk serve oder eine andere Konsole)</translation>
        </message>
        <message>
            <source>New site</source>
            <translation>Neuer Standort</translation>
        </message>
        <message>
            <source>Saved site '{name}'.</source>
            <translation>Standort «{name}» gespeichert.</translation>
        </message>
        <message>
            <source>Delete site</source>
            <translation>Standort löschen</translation>
        </message>
        <message>
            <source>Delete site '{name}'?</source>
            <translation>Standort «{name}» löschen?</translation>
        </message>
        <message>
            <source>Deleted site '{name}'.</source>
            <translation>Standort «{name}» gelöscht.</translation>
        </message>
        <message>
            <source>Not saved: this site was changed on another console meanwhile (see above).</source>
            <translation>Nicht gespeichert: dieser Standort wurde inzwischen an einer anderen Konsole geändert (siehe oben).</translation>
        </message>
        <message>
            <source>New tariff</source>
            <translation>Neuer Tarif</translation>
        </message>
        <message>
            <source>Saved tariff '{name}'.</source>
            <translation>Tarif «{name}» gespeichert.</translation>
        </message>
        <message>
            <source>Delete tariff</source>
            <translation>Tarif löschen</translation>
        </message>
        <message>
            <source>Delete tariff '{name}'?</source>
            <translation>Tarif «{name}» löschen?</translation>
        </message>
        <message>
            <source>Deleted tariff '{name}'.</source>
            <translation>Tarif «{name}» gelöscht.</translation>
        </message>
        <message>
            <source>Not saved: this tariff was changed on another console meanwhile (see above).</source>
            <translation>Nicht gespeichert: dieser Tarif wurde inzwischen an einer anderen Konsole geändert (siehe oben).</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Time zone</source>
            <translation>Zeitzone</translation>
        </message>
        <message>
            <source>Rules are in this time zone's wall-clock time; daylight saving is handled.</source>
            <translation>Regeln gelten in der Ortszeit dieser Zeitzone; die Sommerzeit wird berücksichtigt.</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Währung</translation>
        </message>
        <message>
            <source>VAT %</source>
            <translation>MWST %</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <source>Sites</source>
            <translation>Standorte</translation>
        </message>
        <message>
            <source>employee</source>
            <translation>Mitarbeitende</translation>
        </message>
        <message>
            <source>Price per kWh</source>
            <translation>Preis pro kWh</translation>
        </message>
        <message>
            <source>Price per hour</source>
            <translation>Preis pro Stunde</translation>
        </message>
        <message>
            <source>Charged per hour connected, after the free period (an idle/parking fee).</source>
            <translation>Pro Stunde Verbindung verrechnet, nach der Gratiszeit (eine Standgebühr).</translation>
        </message>
        <message>
            <source>Free minutes</source>
            <translation>Gratisminuten</translation>
        </message>
        <message>
            <source>The hourly price applies only after this many minutes.</source>
            <translation>Der Stundenpreis gilt erst nach so vielen Minuten.</translation>
        </message>
        <message>
            <source>Start fee</source>
            <translation>Startgebühr</translation>
        </message>
        <message>
            <source>VAT included</source>
            <translation>MWST inbegriffen</translation>
        </message>
        <message>
            <source>Prices include VAT (the site's rate); otherwise VAT is added.</source>
            <translation>Preise inklusive MWST (Satz des Standorts); sonst wird die MWST hinzugerechnet.</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Beschreibung</translation>
        </message>
        <message>
            <source>Load priority</source>
            <translation>Lastpriorität</translation>
        </message>
        <message>
            <source>With the load strategy 'By tariff priority', sessions at a higher priority are given power first (a whole number, e.g. 10).</source>
            <translation>Mit der Laststrategie «Nach Tarifpriorität» erhalten Ladevorgänge mit höherer Priorität zuerst Leistung (eine ganze Zahl, z. B. 10).</translation>
        </message>
        <message>
            <source>Tariffs</source>
            <translation>Tarife</translation>
        </message>
        <message>
            <source>Database</source>
            <translation>Datenbank</translation>
        </message>
        <message>
            <source>Central system</source>
            <translation>Zentralsystem</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Sprache</translation>
        </message>
        <message>
            <source>In use:</source>
            <translation>In Gebrauch:</translation>
        </message>
        <message>
            <source>sqlite:////path/chargedesk.db  or  postgresql://user:password@host/chargedesk</source>
            <translation>sqlite:////pfad/chargedesk.db  oder  postgresql://benutzer:passwort@host/chargedesk</translation>
        </message>
        <message>
            <source>A PostgreSQL password is shown as ••• and kept in a password file only this account can read, never in the settings.</source>
            <translation>Ein PostgreSQL-Passwort wird als ••• angezeigt und in einer Passwortdatei aufbewahrt, die nur dieses Konto lesen kann, nie in den Einstellungen.</translation>
        </message>
        <message>
            <source>SQLite file…</source>
            <translation>SQLite-Datei…</translation>
        </message>
        <message>
            <source>Use:</source>
            <translation>Verwenden:</translation>
        </message>
        <message>
            <source>PostgreSQL password (empty: the one in the URL, or the stored one)</source>
            <translation>PostgreSQL-Passwort (leer: das in der URL oder das gespeicherte)</translation>
        </message>
        <message>
            <source>Password:</source>
            <translation>Passwort:</translation>
        </message>
        <message>
            <source>Test connection</source>
            <translation>Verbindung testen</translation>
        </message>
        <message>
            <source>Use this database</source>
            <translation>Diese Datenbank verwenden</translation>
        </message>
        <message>
            <source>SQLite database file</source>
            <translation>SQLite-Datenbankdatei</translation>
        </message>
        <message>
            <source>SQLite database (*.db *.sqlite)</source>
            <translation>SQLite-Datenbank (*.db *.sqlite)</translation>
        </message>
        <message>
            <source>Type a database URL or choose a SQLite file first.</source>
            <translation>Geben Sie zuerst eine Datenbank-URL ein oder wählen Sie eine SQLite-Datei.</translation>
        </message>
        <message>
            <source>Connecting…</source>
            <translation>Verbinde…</translation>
        </message>
        <message>
            <source>Cannot use this database: {reason}</source>
            <translation>Diese Datenbank kann nicht verwendet werden: {reason}</translation>
        </message>
        <message>
            <source>Not saved: {reason}</source>
            <translation>Nicht gespeichert: {reason}</translation>
        </message>
        <message>
            <source>Saved: ChargeDesk uses this database from the next start (the schema is set up or upgraded then). --db and CHARGEDESK_DATABASE_URL still take precedence.</source>
            <translation>Gespeichert: ChargeDesk verwendet diese Datenbank ab dem nächsten Start (das Schema wird dann eingerichtet oder aktualisiert). --db und CHARGEDESK_DATABASE_URL haben weiterhin Vorrang.</translation>
        </message>
        <message>
            <source>Saved: the default SQLite file is used from the next start. --db and CHARGEDESK_DATABASE_URL still take precedence.</source>
            <translation>Gespeichert: ab dem nächsten Start wird die Standard-SQLite-Datei verwendet. --db und CHARGEDESK_DATABASE_URL haben weiterhin Vorrang.</translation>
        </message>
        <message>
            <source>Central system (OCPP)</source>
            <translation>Zentralsystem (OCPP)</translation>
        </message>
        <message>
            <source>Port:</source>
            <translation>Port:</translation>
        </message>
        <message>
            <source>0.0.0.0 listens on every network interface of this computer.</source>
            <translation>0.0.0.0 hört auf jeder Netzwerkschnittstelle dieses Computers.</translation>
        </message>
        <message>
            <source>Listen on:</source>
            <translation>Hören auf:</translation>
        </message>
        <message>
            <source> s</source>
            <translation> s</translation>
        </message>
        <message>
            <source>WebSocket pings detect a charger whose connection died within about two intervals.</source>
            <translation>WebSocket-Pings erkennen einen Ladepunkt mit abgebrochener Verbindung innert etwa zwei Intervallen.</translation>
        </message>
        <message>
            <source>Ping interval:</source>
            <translation>Ping-Intervall:</translation>
        </message>
        <message>
            <source>Unknown chargers:</source>
            <translation>Unbekannte Ladepunkte:</translation>
        </message>
        <message>
            <source>On a shared PostgreSQL database one central system holds the chargers' connections for the whole site: `chargedesk serve` on an always-on machine, or a console. Other consoles attach to it and work exactly the same. A SQLite file always runs its central system in this console.</source>
            <translation>Auf einer gemeinsamen PostgreSQL-Datenbank hält ein Zentralsystem die Verbindungen der Ladepunkte für den ganzen Standort: `chargedesk serve` auf einem immer laufenden Rechner oder eine Konsole. Andere Konsolen verbinden sich damit und arbeiten genau gleich. Eine SQLite-Datei betreibt ihr Zentralsystem immer in dieser Konsole.</translation>
        </message>
        <message>
            <source>This console:</source>
            <translation>Diese Konsole:</translation>
        </message>
        <message>
            <source>none: plain ws:// (chargedesk certs create makes a LAN certificate)</source>
            <translation>keins: einfaches ws:// (chargedesk certs create erstellt ein LAN-Zertifikat)</translation>
        </message>
        <message>
            <source>TLS certificate:</source>
            <translation>TLS-Zertifikat:</translation>
        </message>
        <message>
            <source>TLS key:</source>
            <translation>TLS-Schlüssel:</translation>
        </message>
        <message>
            <source>any free port</source>
            <translation>beliebiger freier Port</translation>
        </message>
        <message>
            <source>Firmware downloads and diagnostics uploads go over HTTP from this computer, only while such a job runs. Set a fixed port if a firewall must let it through.</source>
            <translation>Firmware-Downloads und Diagnose-Uploads laufen über HTTP von diesem Computer, nur während ein solcher Auftrag läuft. Setzen Sie einen festen Port, wenn eine Firewall ihn durchlassen muss.</translation>
        </message>
        <message>
            <source>File transfer port:</source>
            <translation>Port für Dateiübertragung:</translation>
        </message>
        <message>
            <source>automatic: the address the charger connected to</source>
            <translation>automatisch: die Adresse, mit der sich der Ladepunkt verbunden hat</translation>
        </message>
        <message>
            <source>The address chargers download firmware from and upload diagnostics to (e.g. 192.168.1.10). Leave empty unless they reach this computer another way.</source>
            <translation>Die Adresse, von der Ladepunkte Firmware herunterladen und an die sie Diagnosen hochladen (z. B. 192.168.1.10). Leer lassen, ausser sie erreichen diesen Computer anders.</translation>
        </message>
        <message>
            <source>File transfer address:</source>
            <translation>Adresse für Dateiübertragung:</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Speichern</translation>
        </message>
        <message>
            <source>Give both the certificate and its key, or neither.</source>
            <translation>Geben Sie das Zertifikat und seinen Schlüssel an, oder keines von beiden.</translation>
        </message>
        <message>
            <source>Saved; takes effect when ChargeDesk is restarted.</source>
            <translation>Gespeichert; wirkt nach einem Neustart von ChargeDesk.</translation>
        </message>
        <message>
            <source>The language of this console's pages, documents and number formats. System default: the computer's language if ChargeDesk speaks it, else English.</source>
            <translation>Die Sprache der Seiten, Dokumente und Zahlenformate dieser Konsole. Systemsprache: die Sprache des Computers, wenn ChargeDesk sie spricht, sonst Englisch.</translation>
        </message>
        <message>
            <source>Console language:</source>
            <translation>Sprache der Konsole:</translation>
        </message>
        <message>
            <source>Saved: ChargeDesk speaks {language} from the next start.</source>
            <translation>Gespeichert: ChargeDesk spricht ab dem nächsten Start {language}.</translation>
        </message>
    </context>
    <context>
        <name>TimeOfDayDialog</name>
        <message>
            <source>Time-of-day limits — {circuit}</source>
            <translation>Zeitabhängige Grenzen — {circuit}</translation>
        </message>
        <message>
            <source>Lower &lt;b&gt;{circuit}&lt;/b&gt;'s limit at times of the week. Outside the blocks its own limit applies ({own}). Times are {site}'s local time ({timezone}): on the days the clocks change, a limit whose edge falls in the skipped hour starts when the clock jumps over it, and one in the repeated hour applies both times. Double-click a block or press Enter to change its days, times or limit.</source>
            <translation>Die Grenze von &lt;b&gt;{circuit}&lt;/b&gt; zu Zeiten der Woche senken. Ausserhalb der Blöcke gilt seine eigene Grenze ({own}). Die Zeiten sind Ortszeit von {site} ({timezone}): an den Tagen der Zeitumstellung beginnt eine Grenze, deren Rand in die übersprungene Stunde fällt, wenn die Uhr darüber springt, und eine in der wiederholten Stunde gilt beide Male. Doppelklicken Sie auf einen Block oder drücken Sie Enter, um Tage, Zeiten oder Grenze zu ändern.</translation>
        </message>
        <message>
            <source>Time-of-day limits of {circuit}</source>
            <translation>Zeitabhängige Grenzen von {circuit}</translation>
        </message>
        <message>
            <source>Add limit…</source>
            <translation>Grenzwert hinzufügen…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Close without changing the circuit's time-of-day limits</source>
            <translation>Schliessen, ohne die zeitabhängigen Grenzen des Stromkreises zu ändern</translation>
        </message>
        <message>
            <source>Save circuit</source>
            <translation>Stromkreis speichern</translation>
        </message>
        <message>
            <source>Save the circuit (its form and these limits); Ctrl+S</source>
            <translation>Den Stromkreis speichern (sein Formular und diese Grenzen); Ctrl+S</translation>
        </message>
        <message>
            <source>Time-of-day limits</source>
            <translation>Zeitabhängige Grenzen</translation>
        </message>
        <message>
            <source>Discard your changes to the time-of-day limits?</source>
            <translation>Ihre Änderungen an den zeitabhängigen Grenzen verwerfen?</translation>
        </message>
        <message>
            <source>Keep editing</source>
            <translation>Weiter bearbeiten</translation>
        </message>
        <message>
            <source>Not saved: {why}</source>
            <translation>Nicht gespeichert: {why}</translation>
        </message>
    </context>
    <context>
        <name>UserPicker</name>
        <message>
            <source>Type a name…</source>
            <translation>Namen eingeben…</translation>
        </message>
    </context>
    <context>
        <name>WeekCalendar</name>
        <message>
            <source>Remove {block} on {day}?</source>
            <translation>{block} am {day} entfernen?</translation>
        </message>
        <message>
            <source>Remove {day}</source>
            <translation>{day} entfernen</translation>
        </message>
        <message>
            <source>Remove all ({days})</source>
            <translation>Alle entfernen ({days})</translation>
        </message>
        <message>
            <source>New window · {days} {times}</source>
            <translation>Neues Zeitfenster · {days} {times}</translation>
        </message>
        <message>
            <source>Add window</source>
            <translation>Zeitfenster hinzufügen</translation>
        </message>
        <message>
            <source>Edit window</source>
            <translation>Zeitfenster bearbeiten</translation>
        </message>
        <message>
            <source>Remove window</source>
            <translation>Zeitfenster entfernen</translation>
        </message>
        <message>
            <source>The window also applies on other days ({days}).</source>
            <translation>Das Zeitfenster gilt auch an anderen Tagen ({days}).</translation>
        </message>
        <message>
            <source>Access</source>
            <translation>Zugang</translation>
        </message>
        <message>
            <source>New access time · {days} {times}</source>
            <translation>Neue Zugangszeit · {days} {times}</translation>
        </message>
        <message>
            <source>Add access time</source>
            <translation>Zugangszeit hinzufügen</translation>
        </message>
        <message>
            <source>Edit access time</source>
            <translation>Zugangszeit bearbeiten</translation>
        </message>
        <message>
            <source>Remove access time</source>
            <translation>Zugangszeit entfernen</translation>
        </message>
        <message>
            <source>The access time also applies on other days ({days}).</source>
            <translation>Die Zugangszeit gilt auch an anderen Tagen ({days}).</translation>
        </message>
        <message>
            <source>access time {times}</source>
            <translation>Zugangszeit {times}</translation>
        </message>
        <message>
            <source>Tariff: the default tariff ('{tariff}')</source>
            <translation>Tarif: der Standardtarif («{tariff}»)</translation>
        </message>
        <message>
            <source>Tariff: the default tariff (none)</source>
            <translation>Tarif: der Standardtarif (keiner)</translation>
        </message>
        <message>
            <source>New limit · {days} {times}</source>
            <translation>Neue Grenze · {days} {times}</translation>
        </message>
        <message>
            <source>Add limit</source>
            <translation>Grenze hinzufügen</translation>
        </message>
        <message>
            <source>Edit limit</source>
            <translation>Grenze bearbeiten</translation>
        </message>
        <message>
            <source>Remove limit</source>
            <translation>Grenze entfernen</translation>
        </message>
        <message>
            <source>The limit also applies on other days ({days}).</source>
            <translation>Die Grenze gilt auch an anderen Tagen ({days}).</translation>
        </message>
    </context>
    <context>
        <name>WeekForms</name>
        <message>
            <source>Public: every registered user · Limited: owners and special users · Private: owners only</source>
            <translation>Öffentlich: alle registrierten Benutzer · Eingeschränkt: Eigentümer und Spezialbenutzer · Privat: nur Eigentümer</translation>
        </message>
        <message>
            <source>ends the next day at {time}</source>
            <translation>endet am nächsten Tag um {time}</translation>
        </message>
    </context>
    <context>
        <name>WeekLimits</name>
        <message>
            <source>Own limit
{limit}</source>
            <translation>Eigene Grenze
{limit}</translation>
        </message>
        <message>
            <source>The circuit's limit during this time; {own} (its own) at other times</source>
            <translation>Die Grenze des Stromkreises in dieser Zeit; sonst {own} (seine eigene)</translation>
        </message>
    </context>
    <context>
        <name>WeekTools</name>
        <message>
            <source>Drag on empty time to add · drag a block to move it, its edge to resize (Shift: all its days)</source>
            <translation>In freie Zeit ziehen zum Hinzufügen · einen Block ziehen zum Verschieben, seinen Rand zum Ändern der Dauer (Umschalt: alle seine Tage)</translation>
        </message>
        <message>
            <source>Add one by typing its days and times (Insert)</source>
            <translation>Eines hinzufügen, indem Sie Tage und Zeiten eingeben (Einfg)</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Bearbeiten…</translation>
        </message>
        <message>
            <source>Edit the selected block: its days, times and the rest (Enter or double-click)</source>
            <translation>Den gewählten Block bearbeiten: Tage, Zeiten und den Rest (Enter oder Doppelklick)</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Löschen…</translation>
        </message>
        <message>
            <source>Remove the selected block (Del)</source>
            <translation>Den gewählten Block entfernen (Entf)</translation>
        </message>
        <message>
            <source>Copy day to…</source>
            <translation>Tag kopieren nach…</translation>
        </message>
        <message>
            <source>Give other days the same blocks as one day</source>
            <translation>Anderen Tagen dieselben Blöcke wie einem Tag geben</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Rückgängig</translation>
        </message>
        <message>
            <source>Undo the last change in the calendar (Ctrl+Z)</source>
            <translation>Die letzte Änderung im Kalender rückgängig machen (Ctrl+Z)</translation>
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
            <translation>bis</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>Tage</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Von</translation>
        </message>
    </context>
</TS>
