"""Add virtual charger: simulated chargers that run inside the console, for demos and training.

The dialog starts one with the options a person cares about (charge point id, OCPP version, connectors, what the
vehicles do, how fast time runs, the drivers' cards) and lists the ones running, with "Present card" (a driver holds
a card to the reader: a charge starts, or ends when it is the card that started it) and "Stop". Optionally it
creates a station for the charger first; without one the charger is an unknown charger and, with the Pending
policy, appears under Chargers → New chargers, which is how commissioning is practised.
"""

from __future__ import annotations

from collections.abc import Coroutine
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.chargers.service import ChargersService
from app.services.chargers.virtual_fleet import (
    SPEEDS,
    VirtualSpec,
    check_spec,
)
from app.services.i18n import QT_TRANSLATE_NOOP, translate
from app.services.validation import FormError
from app.views.shell.tasks import TaskSet, report_to_loop
from app.views.widgets.style import ERROR, text_css
from app.views.widgets.text import plain_label

SCENARIO_TEXT = [
    ("idle", QT_TRANSLATE_NOOP("AddVirtualChargerDialog", "Waits for a card or a remote start")),
    ("charge", QT_TRANSLATE_NOOP("AddVirtualChargerDialog", "Vehicles come, charge and leave")),
    ("mixed", QT_TRANSLATE_NOOP("AddVirtualChargerDialog", "Vehicles, faults and idle times mixed")),
]
ERROR_STYLE = f"border:1px solid {ERROR};"


class AddVirtualChargerDialog(QDialog):
    station_created = Signal(
        int
    )  # the id of a station made for a virtual charger (pages showing stations reload)

    def __init__(
        self,
        service: ChargersService,
        bridge: Any,
        central: Any,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.central = central
        self.fleet = service.fleet
        self._tasks = TaskSet(report_to_loop)
        self.setWindowTitle(translate("AddVirtualChargerDialog", "Virtual chargers"))
        self.setMinimumSize(900, 460)

        lay = QHBoxLayout(self)
        add = QGroupBox(translate("AddVirtualChargerDialog", "Add a virtual charger"))
        form = QFormLayout(add)
        self.cp_id = QLineEdit()
        self.cp_id.setToolTip(
            translate(
                "AddVirtualChargerDialog",
                "The charge point id: the last part of the URL the charger connects to",
            )
        )
        self.ocpp = QComboBox()
        self.ocpp.addItems(["1.6", "2.0.1"])
        self.connectors = QSpinBox()
        self.connectors.setRange(1, 8)
        self.connectors.setValue(2)
        self.scenario = QComboBox()
        for key, text in SCENARIO_TEXT:
            self.scenario.addItem(translate("AddVirtualChargerDialog", text), key)
        self.speed = QComboBox()
        for text, factor in SPEEDS.items():
            self.speed.addItem(text, factor)
        self.speed.setToolTip(
            translate(
                "AddVirtualChargerDialog",
                "How fast simulated time runs: at 60× a one-hour charge takes a minute",
            )
        )
        self.cp_id.textEdited.connect(lambda _t: self._show_problems({}))
        self.tags = QLineEdit("SIMTAG01")
        self.tags.setToolTip(
            translate("AddVirtualChargerDialog", "The RFID cards of the drivers, separated by commas")
        )
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(translate("AddVirtualChargerDialog", "only if the station has one"))
        self.create_station = QCheckBox(
            translate("AddVirtualChargerDialog", "Create a station for it (ready to charge)")
        )
        self.create_station.setChecked(True)
        self.create_station.setToolTip(
            translate(
                "AddVirtualChargerDialog",
                "Unticked, the charger connects as an unknown charger: with the Pending policy it appears under Chargers → New chargers, to practise commissioning",
            )
        )
        form.addRow(translate("AddVirtualChargerDialog", "Charge point id"), self.cp_id)
        form.addRow(translate("AddVirtualChargerDialog", "OCPP version"), self.ocpp)
        form.addRow(translate("AddVirtualChargerDialog", "Connectors"), self.connectors)
        form.addRow(translate("AddVirtualChargerDialog", "Vehicles"), self.scenario)
        form.addRow(translate("AddVirtualChargerDialog", "Time"), self.speed)
        form.addRow(translate("AddVirtualChargerDialog", "Driver cards"), self.tags)
        form.addRow(translate("AddVirtualChargerDialog", "Password"), self.password)
        form.addRow("", self.create_station)
        self.security = QCheckBox(
            translate(
                "AddVirtualChargerDialog",
                "OCPP 1.6 security extension (security events, logs, signed firmware)",
            )
        )
        self.security.setToolTip(
            translate(
                "AddVirtualChargerDialog",
                "Firmware as the OCPP 1.6 security whitepaper describes it: it reports its security events and "
                "takes Extended trigger message, GetLog and signed firmware",
            )
        )
        self.ocpp.currentTextChanged.connect(lambda v: self.security.setEnabled(v == "1.6"))
        form.addRow("", self.security)
        self.message = plain_label()
        self.message.setWordWrap(True)
        form.addRow(self.message)
        self.start_button = QPushButton(translate("AddVirtualChargerDialog", "Start"))
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.start_clicked)
        form.addRow("", self.start_button)
        lay.addWidget(add)

        running = QGroupBox(translate("AddVirtualChargerDialog", "Running"))
        rl = QVBoxLayout(running)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [
                translate("AddVirtualChargerDialog", "Charger"),
                translate("AddVirtualChargerDialog", "OCPP"),
                translate("AddVirtualChargerDialog", "Connectors"),
                translate("AddVirtualChargerDialog", "Last event"),
            ]
        )
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        rl.addWidget(self.table, 1)
        actions = QHBoxLayout()
        self.card = QComboBox()
        self.card.setEditable(True)
        self.card.setMinimumWidth(140)
        self.card.setToolTip(
            translate(
                "AddVirtualChargerDialog",
                "The card the driver presents (pick one of the charger's or type any id)",
            )
        )
        self.card_connector = QComboBox()
        self.card_connector.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.present = QPushButton(translate("AddVirtualChargerDialog", "Present card"))
        self.present.setToolTip(
            translate(
                "AddVirtualChargerDialog",
                "A driver holds the card to the reader: a charge starts on the connector, or the charge started with this card ends",
            )
        )
        self.present.clicked.connect(self.present_clicked)
        self.stop_button = QPushButton(translate("AddVirtualChargerDialog", "Stop"))
        self.stop_button.setToolTip(
            translate(
                "AddVirtualChargerDialog",
                "Running charges are stopped properly, then the charger disconnects",
            )
        )
        self.stop_button.clicked.connect(self.stop_clicked)
        for w in (
            QLabel(translate("AddVirtualChargerDialog", "Card")),
            self.card,
            self.card_connector,
            self.present,
        ):
            actions.addWidget(w)
        actions.addStretch(1)
        actions.addWidget(self.stop_button)
        rl.addLayout(actions)
        self.outcome = plain_label()
        self.outcome.setWordWrap(True)
        rl.addWidget(self.outcome)
        lay.addWidget(running, 1)

        self._refresh = QTimer(self)  # the last events, without a signal per simulator event
        self._refresh.setInterval(500)
        self._refresh.timeout.connect(self.refresh_table)
        self._refresh.start()
        self._suggest_id()
        self.refresh_table()
        self._selection_changed()

    # --- adding ------------------------------------------------------------------------------------------

    def _suggest_id(self) -> None:
        self.cp_id.setText(self.service.next_virtual_id())

    def spec(self) -> VirtualSpec:
        return VirtualSpec(
            cp_id=self.cp_id.text().strip(),
            ocpp=self.ocpp.currentText(),
            connectors=self.connectors.value(),
            scenario=self.scenario.currentData(),
            speed=float(self.speed.currentData()),
            tags=self.tags.text().strip(),
            password=self.password.text(),
            create_station=self.create_station.isChecked(),
            security_extension=self.security.isChecked() and self.security.isEnabled(),
        )

    def _show_problems(self, problems: dict[str, str]) -> None:
        fields = {"cp_id": self.cp_id, "tags": self.tags, "site_id": self.create_station}
        for name, w in fields.items():
            w.setStyleSheet(ERROR_STYLE if name in problems else "")
        self.message.setStyleSheet(text_css(ERROR) if problems else "")
        self.message.setText("\n".join(problems.values()))

    def start_clicked(self) -> None:
        spec = self.spec()
        problems = check_spec(spec, self.fleet.running)
        if self.central is None or not getattr(self.central, "started", True):
            problems["central"] = translate(
                "AddVirtualChargerDialog", "The central system is not running: see the status bar for why."
            )
        self._show_problems(problems)
        if problems:
            return
        self.start_button.setEnabled(False)
        self._spawn(self.start_charger(spec))

    async def start_charger(self, spec: VirtualSpec) -> None:
        try:
            created = await self.service.start_virtual(spec)
        except FormError as e:
            self._show_problems(e.problems)
            return
        except Exception as e:  # said to the person, who can correct and retry
            self._show_problems(
                {
                    "central": translate(
                        "AddVirtualChargerDialog", "Could not start {cp_id}: {error}"
                    ).format(cp_id=spec.cp_id, error=e)
                }
            )
            return
        finally:
            self.start_button.setEnabled(True)
        self._show_problems({})
        if created is not None:
            self.station_created.emit(created)
        if created:
            text = translate("AddVirtualChargerDialog", "{cp_id} started with a new station.")
        else:
            text = translate("AddVirtualChargerDialog", "{cp_id} started.")
        self.message.setText(text.format(cp_id=spec.cp_id))
        self.refresh_table(select=spec.cp_id)
        self._suggest_id()

    # --- running -----------------------------------------------------------------------------------------

    def selected(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        item = self.table.item(rows[0].row(), 0) if rows else None
        return item.text() if item is not None else None

    def refresh_table(self, select: str | None = None) -> None:
        keep = select or self.selected()
        entries = sorted(self.fleet.entries.items())
        if self.table.rowCount() != len(entries):
            self.table.setRowCount(len(entries))
        for i, (cp_id, e) in enumerate(entries):
            state = (
                e.last_event
                if e.charger.running
                else translate("AddVirtualChargerDialog", "stopped: {reason}").format(
                    reason=e.charger.charger.finished_reason or translate("AddVirtualChargerDialog", "done")
                )
            )
            for col, text in enumerate((cp_id, e.spec.ocpp, str(e.spec.connectors), state)):
                item = self.table.item(i, col)
                if item is None:
                    self.table.setItem(i, col, QTableWidgetItem(text))
                elif item.text() != text:
                    item.setText(text)
            if cp_id == keep and self.selected() != keep:
                self.table.selectRow(i)

    def _selection_changed(self) -> None:
        cp_id = self.selected()
        entry = self.fleet.entries.get(cp_id) if cp_id else None
        for w in (self.present, self.stop_button, self.card, self.card_connector):
            w.setEnabled(entry is not None)
        self.card.clear()
        self.card_connector.clear()
        if entry is None:
            return
        self.card.addItems([t.strip() for t in entry.spec.tags.split(",") if t.strip()])
        self.card_connector.addItem(translate("AddVirtualChargerDialog", "any free connector"), None)
        for n in range(1, entry.spec.connectors + 1):
            self.card_connector.addItem(translate("AddVirtualChargerDialog", "connector {n}").format(n=n), n)

    def present_clicked(self) -> None:
        cp_id, tag = self.selected(), self.card.currentText().strip()
        entry = self.fleet.entries.get(cp_id or "")
        if entry is None or not tag:
            self.outcome.setText(translate("AddVirtualChargerDialog", "Pick a running charger and a card."))
            return
        if not entry.charger.running:
            self.outcome.setText(
                translate("AddVirtualChargerDialog", "{cp_id} is stopped.").format(cp_id=cp_id)
            )
            return
        what = entry.charger.present_card(tag, self.card_connector.currentData())
        texts = {
            "starting": translate(
                "AddVirtualChargerDialog",
                "Card {tag} presented at {cp_id}: a vehicle is plugged in and the card is being authorised.",
            ),
            "stopping": translate(
                "AddVirtualChargerDialog", "Card {tag} presented at {cp_id}: the charge started with it ends."
            ),
            "busy": translate("AddVirtualChargerDialog", "No free connector at {cp_id} for card {tag}."),
        }
        self.outcome.setText(texts[what].format(tag=tag, cp_id=cp_id))

    def stop_clicked(self) -> None:
        cp_id = self.selected()
        if cp_id is None:
            return
        self.stop_button.setEnabled(False)
        self.outcome.setText(translate("AddVirtualChargerDialog", "Stopping {cp_id}…").format(cp_id=cp_id))

        async def stop() -> None:
            await self.service.stop_virtual(cp_id)
            self.outcome.setText(translate("AddVirtualChargerDialog", "{cp_id} stopped.").format(cp_id=cp_id))
            self.refresh_table()
            self._selection_changed()
            self._suggest_id()

        self._spawn(stop())

    def _spawn(self, coro: Coroutine[Any, Any, Any]) -> None:
        self._tasks.spawn(coro)

    def keyPressEvent(self, event: Any) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.start_button.isEnabled():
            self.start_clicked()
            return
        super().keyPressEvent(event)
