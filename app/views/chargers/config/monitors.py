"""The Chargers page's "Monitoring" tab, next to Configuration: a small editor of an OCPP 2.0.1 station's variable
monitors. The monitors are listed as the station last reported them (Refresh sends GetMonitoringReport; the
report's parts arrive as NotifyMonitoringReport and the list follows), one is added with the form under the list
(component and variable offered from the station's reported device model when known, type, value, severity,
only during a transaction) after its fields are checked, the selected ones are removed; the station's answer per
monitor is shown (accepted, unknown component, unsupported type, duplicate, …). A 1.6 charger is told why there is
nothing to edit. Everything goes through :class:`~app.services.chargers.monitoring.MonitoringService`."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
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

from app.services.chargers.monitoring import (
    MONITOR_TYPES,
    SEVERITY_NAMES,
    MonitorForm,
    MonitoringService,
    ReportedMonitor,
)
from app.services.chargers.operations import OPERATION_ERRORS
from app.services.chargers.service import ChargersService
from app.services.i18n import QT_TRANSLATE_NOOP, translate
from app.services.roles import NotAllowed
from app.views.shell.tasks import TaskSet, report_to_loop
from app.views.widgets.style import ERROR, MUTED, OK
from app.views.widgets.text import plain_label

FAILURES: tuple[type[BaseException], ...] = (*OPERATION_ERRORS, NotAllowed, ValueError)
COLUMNS = (
    QT_TRANSLATE_NOOP("ChargerMonitorsTab", "Id"),
    QT_TRANSLATE_NOOP("ChargerMonitorsTab", "Component / variable"),
    QT_TRANSLATE_NOOP("ChargerMonitorsTab", "Type"),
    QT_TRANSLATE_NOOP("ChargerMonitorsTab", "Value"),
    QT_TRANSLATE_NOOP("ChargerMonitorsTab", "Severity"),
    QT_TRANSLATE_NOOP("ChargerMonitorsTab", "During a transaction only"),
)
TYPE_LABELS = {
    "UpperThreshold": QT_TRANSLATE_NOOP("ChargerMonitorsTab", "Above a threshold"),
    "LowerThreshold": QT_TRANSLATE_NOOP("ChargerMonitorsTab", "Below a threshold"),
    "Delta": QT_TRANSLATE_NOOP("ChargerMonitorsTab", "Changes by more than"),
    "Periodic": QT_TRANSLATE_NOOP("ChargerMonitorsTab", "Every N seconds"),
    "PeriodicClockAligned": QT_TRANSLATE_NOOP("ChargerMonitorsTab", "Every N seconds, clock-aligned"),
}


def severity_label(n: int) -> str:
    return f"{n} {SEVERITY_NAMES[n]}" if 0 <= n < len(SEVERITY_NAMES) else str(n)


class ChargerMonitorsTab(QWidget):
    """Tab of the Chargers page: ``set_charger(cp_id)`` shows that charger's monitors."""

    def __init__(
        self, service: ChargersService, bridge: Any, central: Any, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.chargers, self.central = service, central
        self.service: MonitoringService = service.monitoring
        self.cp_id: str | None = None
        self.shown: list[ReportedMonitor] = []
        self._model: dict[str, set[str]] = {}  # the charger's components and variables, when it reported them
        self._tasks = TaskSet(report_to_loop)

        outer = QVBoxLayout(self)
        self.empty = QLabel(
            translate("ChargerMonitorsTab", "Select a charger on the left to see its variable monitors.")
        )
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet(f"color:{MUTED};")
        outer.addWidget(self.empty, 1)
        self.body = QWidget()
        outer.addWidget(self.body, 1)
        lay = QVBoxLayout(self.body)
        lay.setContentsMargins(0, 0, 0, 0)
        self.note = plain_label()
        self.note.setWordWrap(True)
        lay.addWidget(self.note)

        box = QGroupBox(translate("ChargerMonitorsTab", "Monitors on the charger"))
        bl = QVBoxLayout(box)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([translate("ChargerMonitorsTab", c) for c in COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        bl.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.refresh_button = QPushButton(translate("ChargerMonitorsTab", "Refresh"))
        self.refresh_button.setToolTip(
            translate("ChargerMonitorsTab", "Send GetMonitoringReport: the charger reports all its monitors")
        )
        self.refresh_button.clicked.connect(self.refresh)
        self.remove_button = QPushButton(translate("ChargerMonitorsTab", "Remove selected"))
        self.remove_button.setToolTip(
            translate("ChargerMonitorsTab", "Send ClearVariableMonitoring for the selected monitors")
        )
        self.remove_button.clicked.connect(self.remove_selected)
        row.addWidget(self.refresh_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        bl.addLayout(row)
        lay.addWidget(box, 1)

        add = QGroupBox(translate("ChargerMonitorsTab", "Add a monitor"))
        form = QFormLayout(add)
        self.component = QComboBox()
        self.component.setEditable(True)
        self.component.currentTextChanged.connect(self._fill_variables)
        self.evse = QSpinBox()
        self.evse.setRange(0, 99)
        self.evse.setSpecialValueText(translate("ChargerMonitorsTab", "none"))
        self.variable = QComboBox()
        self.variable.setEditable(True)
        self.type = QComboBox()
        for kind in MONITOR_TYPES:
            self.type.addItem(translate("ChargerMonitorsTab", TYPE_LABELS[kind]), kind)
        self.value = QLineEdit()
        self.value.setPlaceholderText(translate("ChargerMonitorsTab", "a number (seconds for a period)"))
        self.severity = QComboBox()
        for n in range(len(SEVERITY_NAMES)):
            self.severity.addItem(severity_label(n), n)
        self.severity.setCurrentIndex(4)  # Error: an alert an operator must see
        self.transaction = QCheckBox(translate("ChargerMonitorsTab", "only while a transaction runs"))
        form.addRow(translate("ChargerMonitorsTab", "Component:"), self.component)
        form.addRow(translate("ChargerMonitorsTab", "EVSE:"), self.evse)
        form.addRow(translate("ChargerMonitorsTab", "Variable:"), self.variable)
        form.addRow(translate("ChargerMonitorsTab", "Type:"), self.type)
        form.addRow(translate("ChargerMonitorsTab", "Value:"), self.value)
        form.addRow(translate("ChargerMonitorsTab", "Severity:"), self.severity)
        form.addRow("", self.transaction)
        self.add_button = QPushButton(translate("ChargerMonitorsTab", "Add"))
        self.add_button.setToolTip(translate("ChargerMonitorsTab", "Send SetVariableMonitoring"))
        self.add_button.clicked.connect(self.add)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        form.addRow("", buttons)
        lay.addWidget(add)
        self.result = plain_label()  # the charger's answer (its words quoted: plain text)
        self.result.setWordWrap(True)
        lay.addWidget(self.result)

        if bridge is not None:
            for name, slot in (
                ("monitors_reported", self._on_reported),
                ("connected", self._on_presence),
                ("disconnected", self._on_presence),
            ):
                signal = getattr(bridge, name, None)
                if signal is not None:
                    signal.connect(slot)
        self.set_charger(None)

    # --- the page's contract ----------------------------------------------------------------------------

    def set_charger(self, cp_id: str | None) -> None:
        self.cp_id = cp_id
        self.empty.setVisible(cp_id is None)
        self.body.setVisible(cp_id is not None)
        self._say("")
        self.reload()

    def reload(self) -> None:
        """Show why the charger's monitors cannot be edited, or read them (from the host that holds it)."""
        if self.cp_id is None:
            return
        why = self.service.unavailable(self.cp_id)
        self.note.setText(why or "")
        self.note.setVisible(why is not None)
        if why is not None:
            self._show([], {})
            return
        self._update_buttons()
        self._tasks.spawn(self._load(self.cp_id), name="monitors-load")

    async def _load(self, cp_id: str) -> None:
        try:
            monitors, model = await self.service.load(cp_id)
        except FAILURES as e:
            if cp_id == self.cp_id:
                self._say(str(e) or type(e).__name__, ERROR)
            return
        if cp_id == self.cp_id:
            self._show(monitors, model)

    def _show(self, monitors: list[ReportedMonitor], model: dict[str, set[str]]) -> None:
        self.shown = monitors
        self._model = model
        self._fill_table()
        self._fill_components()
        self._update_buttons()

    def changing_buttons(self) -> list[QWidget]:
        """What a role that may not operate chargers cannot use."""
        return [self.add_button, self.remove_button]

    # --- showing ------------------------------------------------------------------------------------------

    def _fill_table(self) -> None:
        self.table.setRowCount(len(self.shown))
        for r, m in enumerate(self.shown):
            cells = (
                str(m.id),
                m.where,
                translate("ChargerMonitorsTab", TYPE_LABELS.get(m.type, m.type)),
                f"{m.value:g}",
                severity_label(m.severity),
                translate("ChargerMonitorsTab", "yes") if m.transaction else "",
            )
            for c, text in enumerate(cells):
                self.table.setItem(r, c, QTableWidgetItem(text))

    def _fill_components(self) -> None:
        names = sorted({*self._model, "Connector", "EVSE"})
        current = self.component.currentText()
        self.component.blockSignals(True)
        self.component.clear()
        self.component.addItems(names)
        self.component.setEditText(current or "Connector")
        self.component.blockSignals(False)
        self._fill_variables(self.component.currentText())

    def _fill_variables(self, component: str) -> None:
        current = self.variable.currentText()
        known = sorted(self._model.get(component, set()))
        defaults = {"Connector": ["Temperature"], "EVSE": ["Power"]}.get(component, [])
        self.variable.clear()
        self.variable.addItems(sorted({*known, *defaults}))
        if current:
            self.variable.setEditText(current)

    def _update_buttons(self) -> None:
        usable = self.cp_id is not None and self.service.unavailable(self.cp_id) is None
        self.refresh_button.setEnabled(usable)
        self.add_button.setEnabled(usable)
        self.remove_button.setEnabled(usable and bool(self._selected_ids()))

    def _selected_ids(self) -> list[int]:
        return [
            self.shown[i.row()].id
            for i in self.table.selectionModel().selectedRows()
            if i.row() < len(self.shown)
        ]

    # --- actions ------------------------------------------------------------------------------------------

    def form(self) -> MonitorForm:
        return MonitorForm(
            component=self.component.currentText(),
            variable=self.variable.currentText(),
            evse=self.evse.value(),
            type=str(self.type.currentData()),
            value=self.value.text(),
            severity=int(self.severity.currentData()),
            transaction=self.transaction.isChecked(),
        )

    def refresh(self) -> None:
        cp_id = self.cp_id
        if cp_id is None:
            return

        async def go() -> None:
            try:
                status = await self.service.refresh(cp_id)
            except FAILURES as e:
                if cp_id == self.cp_id:
                    self._say(str(e) or type(e).__name__, ERROR)
                return
            if cp_id != self.cp_id:
                return
            if status == "EmptyResultSet":
                await self._load(cp_id)
                self._say(translate("ChargerMonitorsTab", "The charger has no monitor."), MUTED)
            elif status == "Accepted":
                self._say(translate("ChargerMonitorsTab", "The charger is sending its monitors…"), MUTED)
            else:
                self._say(
                    translate(
                        "ChargerMonitorsTab", "GetMonitoringReport: the charger answered {status}."
                    ).format(status=status),
                    ERROR,
                )

        self._tasks.spawn(go(), name="monitors-refresh")

    def add(self) -> None:
        cp_id = self.cp_id
        if cp_id is None:
            return
        form = self.form()
        problem = self.service.check(form)
        if problem is not None:
            self._say(problem, ERROR)
            return

        async def go() -> None:
            try:
                result = await self.service.add(cp_id, form)
            except FAILURES as e:
                if cp_id == self.cp_id:
                    self._say(str(e) or type(e).__name__, ERROR)
                return
            if cp_id != self.cp_id:
                return
            await self._load(cp_id)
            if result.status == "Accepted":
                self._say(
                    translate("ChargerMonitorsTab", "Monitor {id} added: {answer}.").format(
                        id=result.monitor_id, answer=result.text
                    ),
                    OK,
                )
                self.value.clear()
            else:
                self._say(
                    translate("ChargerMonitorsTab", "Not added ({status}): {answer}.").format(
                        status=result.status, answer=result.text
                    ),
                    ERROR,
                )

        self._say(translate("ChargerMonitorsTab", "SetVariableMonitoring sent…"), MUTED)
        self._tasks.spawn(go(), name="monitors-add")

    def remove_selected(self) -> None:
        cp_id, ids = self.cp_id, self._selected_ids()
        if cp_id is None or not ids:
            return

        async def go() -> None:
            try:
                results = await self.service.remove(cp_id, ids)
            except FAILURES as e:
                if cp_id == self.cp_id:
                    self._say(str(e) or type(e).__name__, ERROR)
                return
            if cp_id != self.cp_id:
                return
            await self._load(cp_id)
            good = all(status == "Accepted" for _, status, _ in results)
            self._say(
                "; ".join(
                    translate("ChargerMonitorsTab", "monitor {id}: {answer}").format(id=mid, answer=text)
                    for mid, _, text in results
                ),
                OK if good else ERROR,
            )

        self._say(translate("ChargerMonitorsTab", "ClearVariableMonitoring sent…"), MUTED)
        self._tasks.spawn(go(), name="monitors-remove")

    def _say(self, text: str, colour: str = MUTED) -> None:
        self.result.setText(text)
        self.result.setStyleSheet(f"color:{colour};")

    # --- live ---------------------------------------------------------------------------------------------

    def _on_reported(self, e: Any) -> None:
        if e.cp_id == self.cp_id and e.complete:
            self.reload()
            if e.source == "NotifyMonitoringReport":
                self._say(translate("ChargerMonitorsTab", "The charger's monitors were read."), OK)

    def _on_presence(self, e: Any) -> None:
        if e.cp_id == self.cp_id:
            self.reload()
