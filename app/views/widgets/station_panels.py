"""Parts of the station editor: a searchable user picker, the owners list, the connectors table and the special
users with their conditions. Each part edits plain dataclasses from :mod:`app.services.admin.stations`, says when it
changed, and marks the problems :func:`app.services.admin.stations.validate_station` reports for its rows."""

from __future__ import annotations

import copy
import datetime as dt
import re
from collections.abc import Iterable, Mapping, Sequence

from PySide6.QtCore import QDate, QEvent, QObject, QStringListModel, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.admin import stations as svc
from app.services.admin.circuit_rules import ROTATION_LABELS
from app.services.admin.stations import AccessMode
from app.services.i18n import translate
from app.services.rules.plan import mode_name
from app.views.widgets.style import ERROR_CELL_BG, FIELD_ERROR_CSS, MUTED, MUTED_CSS, level_css
from app.views.widgets.week_forms import select_data

ERROR_CSS = FIELD_ERROR_CSS
ERROR_BG = QColor(ERROR_CELL_BG)

MODE_TIPS = {
    AccessMode.PUBLIC: "Public: every registered user may charge, at the public tariff",
    AccessMode.LIMITED: "Limited: only the station's owners and special users may charge",
    AccessMode.PRIVATE: "Private: only the station's owners may charge",
}

_ROW_KEY = re.compile(r"^(connectors|grants)\[(\d+)\]\.?(.*)$")


def split_key(key: str) -> tuple[str, int, str] | None:
    """``"grants[1].windows[0].days"`` → ``("grants", 1, "windows[0].days")``."""
    m = _ROW_KEY.match(key)
    return (m.group(1), int(m.group(2)), m.group(3)) if m else None


def error_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setStyleSheet(level_css("error"))
    label.setWordWrap(True)
    label.hide()
    return label


def show_error(label: QLabel, text: str | None) -> None:
    label.setText(text or "")
    label.setVisible(bool(text))


def mark(widget: QWidget, on: bool, tip: str = "") -> None:
    widget.setStyleSheet(ERROR_CSS if on else "")
    widget.setToolTip(tip if on else widget.property("plainTip") or "")


def set_tip(widget: QWidget, tip: str) -> None:
    """A tooltip that survives marking (``mark`` puts the problem there while it is marked)."""
    widget.setProperty("plainTip", tip)
    widget.setToolTip(tip)


def mode_combo(parent: QWidget | None = None) -> QComboBox:
    combo = QComboBox(parent)
    for mode in AccessMode:
        combo.addItem(mode_name(mode), mode)
        combo.setItemData(combo.count() - 1, MODE_TIPS[mode], Qt.ItemDataRole.ToolTipRole)
    set_tip(combo, "\n".join(MODE_TIPS.values()))
    return combo


def tariff_combo(
    tariffs: Sequence[svc.Choice], none_text: str, parent: QWidget | None = None, *, compact: bool = False
) -> QComboBox:
    """Tariffs by name with their prices (``compact``: the prices only in the item tooltips)."""
    combo = QComboBox(parent)
    combo.addItem(none_text, None)
    for t in tariffs:
        combo.addItem(t.name if compact or not t.detail else f"{t.name} ({t.detail})", t.id)
        combo.setItemData(combo.count() - 1, t.detail, Qt.ItemDataRole.ToolTipRole)
    return combo


def kw_text(value: float | str | None) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    return f"{value:g}"


def read_number(text: str) -> float | str | None:
    """What the form gets from a number field: None when empty, a float when it reads as one, else the text
    (the service says what is wrong with it)."""
    stripped = text.strip()
    if not stripped:
        return None
    try:
        return float(stripped.replace(",", ".")) if stripped.count(",") <= 1 else stripped
    except ValueError:
        return stripped


# --- users ------------------------------------------------------------------------------------------------------


class UserPicker(QLineEdit):
    """Type a few letters of a name, pick from the list (a completer over every user, matching anywhere)."""

    picked = Signal()

    def __init__(self, users: Sequence[svc.Choice], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.users = list(users)
        self._by_name = {u.name.casefold(): u for u in self.users}
        self._by_id = {u.id: u for u in self.users}
        model = QStringListModel([u.name for u in self.users], self)
        completer = QCompleter(model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setMaxVisibleItems(12)
        self.setCompleter(completer)
        completer.activated.connect(lambda _text: self.picked.emit())
        self.setPlaceholderText(translate("UserPicker", "Type a name…"))
        self.setClearButtonEnabled(True)

    def user_id(self) -> int | None:
        user = self._by_name.get(self.text().strip().casefold())
        return user.id if user else None

    def unknown_text(self) -> bool:
        return bool(self.text().strip()) and self.user_id() is None

    def set_user(self, user_id: int | None) -> None:
        user = self._by_id.get(user_id) if user_id is not None else None
        self.setText(user.name if user else "")

    def name_of(self, user_id: int | None) -> str:
        user = self._by_id.get(user_id) if user_id is not None else None
        return user.name if user else ("(nobody)" if user_id is None else f"user {user_id}")


class OwnersPanel(QWidget):
    """The station's owners: always allowed, at the owner tariff."""

    changed = Signal()

    def __init__(self, users: Sequence[svc.Choice], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.list = QListWidget()
        self.list.setObjectName("OwnersList")
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setToolTip(
            translate(
                "OwnersPanel",
                "Owners may always charge here, in every mode, at the owner tariff (Del removes)",
            )
        )
        self.list.setMaximumHeight(110)
        self.list.installEventFilter(self)
        self.picker = UserPicker(users)
        self.picker.setObjectName("OwnerPicker")
        set_tip(self.picker, "Type a name and press Enter (or Add) to make the user an owner")
        self.picker.installEventFilter(self)
        self.picker.picked.connect(self.add_picked)
        self.add_button = QPushButton(translate("OwnersPanel", "Add owner"))
        self.add_button.setAutoDefault(False)
        self.remove_button = QPushButton(translate("OwnersPanel", "Remove"))
        self.remove_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_picked)
        self.remove_button.clicked.connect(self.remove_selected)
        self.error = error_label("error_owners")
        row = QHBoxLayout()
        row.addWidget(self.picker, 1)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        lay.addWidget(self.list)
        lay.addLayout(row)
        lay.addWidget(self.error)
        self.list.currentRowChanged.connect(lambda r: self.remove_button.setEnabled(r >= 0))
        self.remove_button.setEnabled(False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if watched is self.picker and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self.picker.text().strip():
                    self.add_picked()
                    return True  # Enter here adds; it does not save the station
            if watched is self.list and event.key() == Qt.Key.Key_Delete:
                self.remove_selected()
                return True
        return super().eventFilter(watched, event)

    def set_owners(self, user_ids: Iterable[int]) -> None:
        self.list.clear()
        for uid in user_ids:
            self._append(uid)

    def _append(self, uid: int) -> None:
        item = QListWidgetItem(self.picker.name_of(uid))
        item.setData(Qt.ItemDataRole.UserRole, uid)
        self.list.addItem(item)

    def owners(self) -> list[int]:
        return [int(self.list.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(self.list.count())]

    def add_picked(self) -> None:
        uid = self.picker.user_id()
        if uid is None:
            show_error(
                self.error,
                f"No user called '{self.picker.text().strip()}': pick a name from the list."
                if self.picker.text().strip()
                else "Type a user's name first.",
            )
            mark(self.picker, True, self.error.text())
            return
        mark(self.picker, False)
        show_error(self.error, None)
        if uid in self.owners():
            show_error(self.error, f"{self.picker.name_of(uid)} is already an owner.")
            return
        self._append(uid)
        self.picker.clear()
        self.changed.emit()

    def remove_selected(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)
            self.changed.emit()


# --- connectors -------------------------------------------------------------------------------------------------

(
    C_NUMBER,
    C_PLUG,
    C_KW,
    C_CIRCUIT,
    C_PHASES,
    C_ROTATION,
    C_MAX_A,
    C_STATUS,
    C_OWN,
    C_MODE,
    C_TARIFF,
    C_SCHEDULE,
) = range(12)
CONNECTOR_HEADERS = (
    "#", "Plug type", "Max kW", "Circuit", "Phases", "Wiring", "Max A", "Live status", "Own rules", "Mode", "Tariff",
    "Own schedule",
)  # fmt: skip
NOT_MANAGED = "not managed"
LOAD_CELLS = ("circuit_id", "phases", "phase_rotation", "max_current_a")


class ConnectorsPanel(QWidget):
    """The connectors table: number, plug type, max power, load management (the circuit it is on, its phases, how
    they are wired to the circuit's, its maximum current) and per-connector own rules (mode + tariff)."""

    changed = Signal()
    numbers_changed = Signal()
    schedule_requested = Signal(int)  # the connector's primary key

    def __init__(
        self,
        tariffs: Sequence[svc.Choice],
        circuits: Sequence[svc.CircuitChoice] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.tariffs = tariffs
        self.all_circuits = list(circuits)
        self.site_id: int | None = None
        self.rows: list[
            svc.ConnectorForm
        ] = []  # what is not in a cell: id, status, schedule lines, base rules
        self.saved_rules: list[bool] = []  # the connector has its own schedule stored (so it can be edited)
        self.cells: list[dict[str, QWidget]] = []
        self.station_mode = AccessMode.PUBLIC
        self.station_tariff: int | None = None
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        hint = QLabel(
            translate(
                "ConnectorsPanel",
                "Each outlet of a multi-connector station (ABB Terra, EV-TEC…) with its plug and power, and for load "
                "management the circuit it is on, its phases and how they are wired. "
                "Tick <b>Own rules</b> for a connector that follows its own access mode, tariff and weekly "
                "schedule instead of the station's.",
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet(MUTED_CSS)
        lay.addWidget(hint)
        self.table = QTableWidget(0, len(CONNECTOR_HEADERS))
        self.table.setObjectName("ConnectorsTable")
        self.table.setHorizontalHeaderLabels(list(CONNECTOR_HEADERS))
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(34)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(C_SCHEDULE, QHeaderView.ResizeMode.Stretch)
        for col, width in (
            (C_NUMBER, 56),
            (C_PLUG, 100),
            (C_KW, 80),
            (C_CIRCUIT, 150),
            (C_PHASES, 64),
            (C_ROTATION, 96),
            (C_MAX_A, 64),
            (C_STATUS, 100),
            (C_OWN, 78),
            (C_MODE, 90),
            (C_TARIFF, 150),
        ):
            self.table.setColumnWidth(col, width)
        tips = {
            C_NUMBER: "The OCPP connectorId (1, 2, …) the charger reports",
            C_KW: "The connector's maximum power in kW, e.g. 22 (AC) or 150 (DC); empty if unknown",
            C_CIRCUIT: "The circuit it is on (Settings → Sites → Circuits and load); not load-managed if none",
            C_PHASES: "The phases it uses: 3, or 1 for a single-phase connector (it uses its L1)",
            C_ROTATION: "The circuit phase each of its L1, L2, L3 is wired to (rotated wiring spreads "
            "single-phase vehicles over the phases)",
            C_MAX_A: "Its own maximum current per phase; empty: from Max kW at 230 V per phase, else 32 A",
            C_STATUS: "The last status the charger reported",
            C_OWN: "The connector follows its own access mode, tariff and schedule",
            C_SCHEDULE: "The connector's own weekly windows and holidays (Edit connector schedule…)",
        }
        for col, tip in tips.items():
            item = self.table.horizontalHeaderItem(col)
            if item is not None:
                item.setToolTip(tip)
        lay.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(translate("ConnectorsPanel", "Add connector"))
        self.remove_button = QPushButton(translate("ConnectorsPanel", "Remove connector"))
        self.schedule_button = QPushButton(translate("ConnectorsPanel", "Edit connector schedule…"))
        for b in (self.add_button, self.remove_button, self.schedule_button):
            b.setAutoDefault(False)
            buttons.addWidget(b)
        buttons.addStretch(1)
        lay.addLayout(buttons)
        self.error = error_label("error_connectors")
        lay.addWidget(self.error)
        self.note = QLabel()
        self.note.setObjectName("ConnectorsNote")
        self.note.setWordWrap(True)
        self.note.setStyleSheet(level_css("warn"))
        self.note.hide()
        lay.addWidget(self.note)
        self.add_button.clicked.connect(self.add_connector)
        self.remove_button.clicked.connect(self.remove_selected)
        self.schedule_button.clicked.connect(self._schedule_clicked)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self._update_buttons()

    # data in and out

    def set_connectors(self, connectors: Sequence[svc.ConnectorForm]) -> None:
        self.rows = [copy.deepcopy(c) for c in connectors]
        self.saved_rules = [c.own_rules and c.id is not None for c in connectors]
        self.table.setRowCount(0)
        self.cells = []
        for c in self.rows:
            self._add_row(c)
        self._update_buttons()
        self._update_note()

    def set_station_default(self, mode: AccessMode, tariff_id: int | None) -> None:
        """Connectors without own rules show the station's mode and tariff (greyed)."""
        self.station_mode, self.station_tariff = mode, tariff_id
        for cells in self.cells:
            own = cells["own_rules"].findChild(QCheckBox)
            if own is not None and not own.isChecked():
                self._show_station_default(cells)

    def _show_station_default(self, cells: dict[str, QWidget]) -> None:
        mode, tariff = cells["mode"], cells["tariff_id"]
        assert isinstance(mode, QComboBox) and isinstance(tariff, QComboBox)
        for combo, value in ((mode, self.station_mode), (tariff, self.station_tariff)):
            combo.blockSignals(True)
            select_data(combo, value)
            combo.blockSignals(False)

    def _add_row(self, c: svc.ConnectorForm) -> None:
        r = self.table.rowCount()
        self.table.insertRow(r)
        number = QSpinBox()
        number.setRange(1, 99)
        number.setValue(max(1, c.number))
        set_tip(number, "The OCPP connectorId (1, 2, …) the charger reports")
        plug = QComboBox()
        plug.addItems(list(svc.PLUG_TYPES))
        plug.setCurrentText(c.plug_type if c.plug_type in svc.PLUG_TYPES else "Other")
        kw = QLineEdit(kw_text(c.max_kw))
        kw.setPlaceholderText(translate("ConnectorsPanel", "e.g. 22"))
        set_tip(kw, "Maximum power in kW, e.g. 22 (AC) or 150 (DC); leave empty if unknown")
        own_box = QWidget()
        own_lay = QHBoxLayout(own_box)
        own_lay.setContentsMargins(0, 0, 0, 0)
        own_lay.setAlignment(Qt.AlignmentFlag.AlignCenter)
        own = QCheckBox()
        own.setChecked(c.own_rules)
        own.setToolTip(
            translate("ConnectorsPanel", "This connector follows its own access mode, tariff and schedule")
        )
        own_lay.addWidget(own)
        mode = mode_combo()
        select_data(mode, c.mode)
        tariff = tariff_combo(self.tariffs, "— none (free) —", compact=True)
        select_data(tariff, c.tariff_id)
        circuit = QComboBox()
        self._fill_circuits(circuit, c.circuit_id)
        phases = QComboBox()
        phases.addItem("3", 3)
        phases.addItem("1", 1)
        select_data(phases, c.phases)
        rotation = QComboBox()
        for key, label in ROTATION_LABELS.items():
            rotation.addItem(label, key)
        select_data(rotation, c.phase_rotation)
        max_a = QLineEdit(kw_text(c.max_current_a))
        max_a.setPlaceholderText(translate("ConnectorsPanel", "auto"))
        set_tip(max_a, "Its maximum current per phase, e.g. 16; empty: from Max kW at 230 V, else 32 A")
        cells: dict[str, QWidget] = {
            "number": number,
            "plug_type": plug,
            "max_kw": kw,
            "circuit_id": circuit,
            "phases": phases,
            "phase_rotation": rotation,
            "max_current_a": max_a,
            "own_rules": own_box,
            "mode": mode,
            "tariff_id": tariff,
        }
        for col, key in (
            (C_NUMBER, "number"),
            (C_PLUG, "plug_type"),
            (C_KW, "max_kw"),
            (C_CIRCUIT, "circuit_id"),
            (C_PHASES, "phases"),
            (C_ROTATION, "phase_rotation"),
            (C_MAX_A, "max_current_a"),
            (C_OWN, "own_rules"),
            (C_MODE, "mode"),
            (C_TARIFF, "tariff_id"),
        ):
            self.table.setCellWidget(r, col, cells[key])
        status = QTableWidgetItem(c.status if c.id is not None else "new")
        status.setForeground(QBrush(QColor(MUTED)))
        self.table.setItem(r, C_STATUS, status)
        self.table.setItem(r, C_SCHEDULE, QTableWidgetItem(self._schedule_text(c)))
        self.cells.append(cells)
        if not c.own_rules:
            self._show_station_default(cells)
        mode.setEnabled(c.own_rules)
        tariff.setEnabled(c.own_rules)
        for w in (number, plug, kw, circuit, phases, rotation, max_a, mode, tariff, own):
            w.installEventFilter(self)  # focus follows the row
        number.valueChanged.connect(lambda _v: self._number_changed())
        plug.currentIndexChanged.connect(lambda _i: self.changed.emit())
        kw.textChanged.connect(lambda _t: self.changed.emit())
        for combo in (circuit, phases, rotation):
            combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        max_a.textChanged.connect(lambda _t: self.changed.emit())
        mode.currentIndexChanged.connect(lambda _i: self.changed.emit())
        tariff.currentIndexChanged.connect(lambda _i: self.changed.emit())
        own.toggled.connect(lambda on, cells=cells: self._own_toggled(cells, on))

    def _number_changed(self) -> None:
        self.numbers_changed.emit()
        self.changed.emit()

    def _fill_circuits(self, combo: QComboBox, wanted: int | None) -> None:
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(NOT_MANAGED, None)
        for choice in self.all_circuits:
            if choice.site_id == self.site_id:
                combo.addItem(choice.label, choice.id)
        if wanted is not None and combo.findData(wanted) < 0:
            combo.addItem(
                translate("ConnectorsPanel", "(a circuit of another site)"), wanted
            )  # shown as it is: validation says what to do
        select_data(combo, wanted)
        combo.blockSignals(False)

    def set_site(self, site_id: int | None) -> None:
        """The circuits offered are the station's site's (the General tab's site)."""
        self.site_id = site_id
        for cells in self.cells:
            combo = cells["circuit_id"]
            assert isinstance(combo, QComboBox)
            self._fill_circuits(combo, combo.currentData())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn:
            for r, cells in enumerate(self.cells):
                if watched in cells.values() or watched.parent() in cells.values():
                    if self.table.currentRow() != r:
                        self.table.selectRow(r)
                    break
        return super().eventFilter(watched, event)

    def _schedule_text(self, c: svc.ConnectorForm) -> str:
        if not c.own_rules:
            return "follows the station"
        if c.id is None or not c.windows:
            return "no windows (mode all week)"
        return "; ".join(c.windows)

    def _own_toggled(self, cells: dict[str, QWidget], on: bool) -> None:
        r = self.cells.index(cells)
        mode, tariff = cells["mode"], cells["tariff_id"]
        assert isinstance(mode, QComboBox) and isinstance(tariff, QComboBox)
        mode.setEnabled(on)
        tariff.setEnabled(on)
        if not on:
            self._show_station_default(cells)
        self.rows[r].own_rules = on
        item = self.table.item(r, C_SCHEDULE)
        if item is not None:
            item.setText(self._schedule_text(self.rows[r]))
        self._update_note()
        self._update_buttons()
        self.changed.emit()

    @staticmethod
    def _lost_text(number: int, entries: int) -> str:
        if not entries:
            return translate("ConnectorsPanel", "connector {number}").format(number=number)
        return translate("ConnectorsPanel", "connector {number} (%n schedule entries)", None, entries).format(
            number=number
        )

    def _update_note(self) -> None:
        lost = [c for r, c in enumerate(self.rows) if self.saved_rules[r] and not self.rows[r].own_rules]
        lost_windows = [c for c in lost if c.windows]
        if lost:
            parts = [self._lost_text(c.number, len(c.windows)) for c in lost]
            self.note.setText(
                (
                    translate(
                        "ConnectorsPanel",
                        "Saving removes the own rules of {connectors}: their schedule is deleted. It then follows "
                        "the station again.",
                    )
                    if lost_windows
                    else translate(
                        "ConnectorsPanel",
                        "Saving removes the own rules of {connectors}. It then follows the station again.",
                    )
                ).format(connectors=", ".join(parts))
            )
            self.note.show()
        else:
            self.note.hide()

    def connectors(self) -> list[svc.ConnectorForm]:
        out = []
        for meta, cells in zip(self.rows, self.cells, strict=True):
            number, plug, kw, mode, tariff = (
                cells["number"],
                cells["plug_type"],
                cells["max_kw"],
                cells["mode"],
                cells["tariff_id"],
            )
            own = cells["own_rules"].findChild(QCheckBox)
            assert isinstance(number, QSpinBox) and isinstance(plug, QComboBox) and isinstance(kw, QLineEdit)
            assert isinstance(mode, QComboBox) and isinstance(tariff, QComboBox) and own is not None
            circuit, phases, rotation, max_a = (
                cells["circuit_id"], cells["phases"], cells["phase_rotation"], cells["max_current_a"],
            )  # fmt: skip
            assert isinstance(circuit, QComboBox) and isinstance(phases, QComboBox)
            assert isinstance(rotation, QComboBox) and isinstance(max_a, QLineEdit)
            on = own.isChecked()
            out.append(
                svc.ConnectorForm(
                    id=meta.id,
                    number=number.value(),
                    plug_type=plug.currentText(),
                    max_kw=read_number(kw.text()),
                    own_rules=on,
                    mode=AccessMode(mode.currentData()) if on else meta.mode,
                    tariff_id=tariff.currentData() if on else meta.tariff_id,
                    circuit_id=circuit.currentData(),
                    phases=int(phases.currentData()),
                    phase_rotation=str(rotation.currentData()),
                    max_current_a=read_number(max_a.text()),
                    status=meta.status,
                    windows=meta.windows,
                )
            )
        return out

    def numbers(self) -> list[int]:
        return [c.number for c in self.connectors()]

    # actions

    def add_connector(self) -> None:
        used = set(self.numbers())
        n = next(i for i in range(1, 100) if i not in used) if len(used) < 99 else 99
        plug = self.rows[-1].plug_type if self.rows else "Type2"
        c = svc.ConnectorForm(number=n, plug_type=plug, mode=self.station_mode, tariff_id=self.station_tariff)
        self.rows.append(c)
        self.saved_rules.append(False)
        self._add_row(c)
        self.table.selectRow(self.table.rowCount() - 1)
        self.cells[-1]["max_kw"].setFocus()
        self.numbers_changed.emit()
        self.changed.emit()

    def remove_selected(self) -> None:
        r = self.table.currentRow()
        if r < 0:
            return
        self.table.removeRow(r)
        del self.rows[r], self.saved_rules[r], self.cells[r]
        self._update_note()
        self._update_buttons()
        self.numbers_changed.emit()
        self.changed.emit()

    def _schedule_clicked(self) -> None:
        r = self.table.currentRow()
        if 0 <= r < len(self.rows) and self.rows[r].id is not None:
            self.schedule_requested.emit(self.rows[r].id)

    def _update_buttons(self) -> None:
        r = self.table.currentRow()
        has = 0 <= r < len(self.rows)
        self.remove_button.setEnabled(has)
        can_schedule = has and self.saved_rules[r] and self.rows[r].own_rules
        self.schedule_button.setEnabled(can_schedule)
        if has and self.rows[r].own_rules and not self.saved_rules[r]:
            self.schedule_button.setToolTip(
                translate(
                    "ConnectorsPanel",
                    "Save the station first: the connector's own rules are created on "
                    "save, then its schedule can be edited",
                )
            )
        elif has and not self.rows[r].own_rules:
            self.schedule_button.setToolTip(
                translate(
                    "ConnectorsPanel", "Tick 'Own rules' for this connector to give it its own schedule"
                )
            )
        else:
            self.schedule_button.setToolTip(
                translate("ConnectorsPanel", "Edit the selected connector's own weekly windows and holidays")
            )

    def set_schedule_lines(self, lines: Mapping[int, list[str]]) -> None:
        """Fresh schedule lines by connector number (after the calendar saved)."""
        for r, c in enumerate(self.rows):
            if c.id is not None and self.saved_rules[r]:
                c.windows = list(lines.get(c.number, []))
                item = self.table.item(r, C_SCHEDULE)
                if item is not None:
                    item.setText(self._schedule_text(c))

    # problems

    def show_problems(self, problems: Mapping[str, str]) -> list[QWidget]:
        """Mark the cells with problems; returns the marked widgets (first one first)."""
        marked: list[QWidget] = []
        messages: list[str] = []
        for cells in self.cells:
            for key in ("number", "plug_type", "max_kw", "tariff_id", *LOAD_CELLS):
                mark(cells[key], False)
        numbers = self.numbers()
        for key, message in problems.items():
            parts = split_key(key)
            if parts is None or parts[0] != "connectors" or parts[1] >= len(self.cells):
                continue
            _, r, attr = parts
            widget = self.cells[r].get(attr)
            if widget is not None:
                mark(widget, True, message)
                marked.append(widget)
            messages.append(f"Connector {numbers[r]}: {message}")
        show_error(self.error, "\n".join(messages))
        return marked


# --- special users ----------------------------------------------------------------------------------------------

G_USER, G_WHERE, G_TARIFF, G_VALID, G_TIMES = range(5)
GRANT_HEADERS = ("Special user", "Applies to", "Tariff", "Valid", "Own access times")
W_DAYS, W_FROM, W_TO = range(3)


class GrantsPanel(QWidget):
    """Special users (a grant per station or connector) with their conditions: tariff, validity in local days,
    and their own weekly access times as rows days / from / to."""

    changed = Signal()

    def __init__(
        self, users: Sequence[svc.Choice], tariffs: Sequence[svc.Choice], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.grants: list[svc.GrantForm] = []
        self.numbers: list[int] = []
        self.tariff_names = {t.id: t.name for t in tariffs}
        self.problems: dict[str, str] = {}
        self._filling = False
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        hint = QLabel(
            translate(
                "GrantsPanel",
                "Special users may charge while the station is <b>Limited</b>, within their conditions. "
                "(In Public mode everybody may; in Private mode only owners.)",
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet(MUTED_CSS)
        lay.addWidget(hint)
        self.table = QTableWidget(0, len(GRANT_HEADERS))
        self.table.setObjectName("GrantsTable")
        self.table.setHorizontalHeaderLabels(list(GRANT_HEADERS))
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(G_TIMES, QHeaderView.ResizeMode.Stretch)
        for col, width in ((G_USER, 160), (G_WHERE, 110), (G_TARIFF, 110), (G_VALID, 180)):
            self.table.setColumnWidth(col, width)
        self.table.setMinimumHeight(110)
        self.table.installEventFilter(self)
        lay.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(translate("GrantsPanel", "Add special user"))
        self.remove_button = QPushButton(translate("GrantsPanel", "Remove"))
        for b in (self.add_button, self.remove_button):
            b.setAutoDefault(False)
            buttons.addWidget(b)
        buttons.addStretch(1)
        lay.addLayout(buttons)
        self.error = error_label("error_grants")
        lay.addWidget(self.error)

        self.detail = QGroupBox(translate("GrantsPanel", "Conditions of the selected special user"))
        form = QFormLayout(self.detail)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.user = UserPicker(users)
        self.user.setObjectName("GrantUser")
        set_tip(self.user, "Type a few letters of the user's name and pick it from the list")
        self.where = QComboBox()
        self.where.setObjectName("GrantConnector")
        set_tip(self.where, "The whole station, or only one connector")
        self.tariff = tariff_combo(tariffs, "— the tariff that applies at the time —")
        self.tariff.setObjectName("GrantTariff")
        set_tip(
            self.tariff, "A special price for this user here; without one the tariff of the moment applies"
        )
        self.from_on = QCheckBox(translate("GrantsPanel", "from"))
        self.from_date = QDateEdit()
        self.until_on = QCheckBox(translate("GrantsPanel", "until (last day)"))
        self.until_date = QDateEdit()
        for on, date in ((self.from_on, self.from_date), (self.until_on, self.until_date)):
            date.setCalendarPopup(True)
            date.setDisplayFormat("yyyy-MM-dd")
            date.setEnabled(False)
            on.toggled.connect(date.setEnabled)
        self.from_date.setObjectName("GrantFrom")
        self.until_date.setObjectName("GrantUntil")
        set_tip(self.from_date, "First day of the grant (the site's local date)")
        set_tip(self.until_date, "Last day of the grant, included (the site's local date)")
        validity = QHBoxLayout()
        validity.addWidget(self.from_on)
        validity.addWidget(self.from_date)
        validity.addSpacing(12)
        validity.addWidget(self.until_on)
        validity.addWidget(self.until_date)
        validity.addStretch(1)
        self.windows = QTableWidget(0, 3)
        self.windows.setObjectName("GrantWindows")
        self.windows.setHorizontalHeaderLabels(
            [
                translate("GrantsPanel", "Days"),
                translate("GrantsPanel", "From"),
                translate("GrantsPanel", "To"),
            ]
        )
        self.windows.verticalHeader().hide()
        self.windows.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.windows.setMaximumHeight(120)
        self.windows.setToolTip(
            translate(
                "GrantsPanel",
                "Their own access times. Days: Mon-Fri, Sat,Sun, daily. From/To: HH:MM; To 24:00 "
                "is midnight; a To before From runs past midnight. No rows: any time.",
            )
        )
        win_buttons = QVBoxLayout()
        self.add_window = QPushButton(translate("GrantsPanel", "Add time"))
        self.remove_window = QPushButton(translate("GrantsPanel", "Remove time"))
        for b in (self.add_window, self.remove_window):
            b.setAutoDefault(False)
            win_buttons.addWidget(b)
        win_buttons.addStretch(1)
        win_row = QHBoxLayout()
        win_row.addWidget(self.windows, 1)
        win_row.addLayout(win_buttons)
        self.user_error = error_label("error_grant_user")
        self.where_error = error_label("error_grant_connector")
        self.tariff_error = error_label("error_grant_tariff")
        self.valid_error = error_label("error_grant_valid")
        self.windows_error = error_label("error_grant_windows")
        form.addRow(translate("GrantsPanel", "User"), _stack(self.user, self.user_error))
        form.addRow(translate("GrantsPanel", "Applies to"), _stack(self.where, self.where_error))
        form.addRow(translate("GrantsPanel", "Tariff"), _stack(self.tariff, self.tariff_error))
        form.addRow(translate("GrantsPanel", "Valid"), _stack(validity, self.valid_error))
        form.addRow(translate("GrantsPanel", "Own times"), _stack(win_row, self.windows_error))
        lay.addWidget(self.detail)

        self.add_button.clicked.connect(self.add_grant)
        self.remove_button.clicked.connect(self.remove_selected)
        self.add_window.clicked.connect(self._add_window_row)
        self.remove_window.clicked.connect(self._remove_window_row)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.user.textChanged.connect(self._detail_changed)
        self.where.currentIndexChanged.connect(self._detail_changed)
        self.tariff.currentIndexChanged.connect(self._detail_changed)
        for w in (self.from_on, self.until_on):
            w.toggled.connect(self._detail_changed)
        for d in (self.from_date, self.until_date):
            d.dateChanged.connect(self._detail_changed)
        self.windows.itemChanged.connect(self._detail_changed)
        self._selection_changed()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Delete:
                self.remove_selected()
                return True
        return super().eventFilter(watched, event)

    # data

    def set_grants(self, grants: Sequence[svc.GrantForm], numbers: Sequence[int]) -> None:
        self.grants = [copy.deepcopy(g) for g in grants]
        self.numbers = list(numbers)
        self._fill_where()
        self.table.setRowCount(0)
        for g in self.grants:
            self.table.insertRow(self.table.rowCount())
            self._fill_row(self.table.rowCount() - 1, g)
        if self.grants:
            self.table.selectRow(0)
        self._selection_changed()

    def set_connector_numbers(self, numbers: Sequence[int]) -> None:
        self.numbers = list(numbers)
        self._fill_where()
        for r, g in enumerate(self.grants):
            self._fill_row(r, g)

    def _fill_where(self) -> None:
        self._filling = True
        current = self.where.currentData()
        self.where.clear()
        self.where.addItem(translate("GrantsPanel", "Whole station"), None)
        for n in sorted(set(self.numbers)):
            self.where.addItem(translate("GrantsPanel", "Connector {number} only").format(number=n), n)
        g = self.current()
        wanted = g.connector if g is not None else current
        if wanted is not None and self.where.findData(wanted) < 0:
            self.where.addItem(
                translate("GrantsPanel", "Connector {number} (removed)").format(number=wanted), wanted
            )
        select_data(self.where, wanted)
        self._filling = False

    def grants_out(self) -> list[svc.GrantForm]:
        return [copy.deepcopy(g) for g in self.grants]

    def current_index(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def current(self) -> svc.GrantForm | None:
        i = self.current_index()
        return self.grants[i] if 0 <= i < len(self.grants) else None

    def _fill_row(self, r: int, g: svc.GrantForm) -> None:
        valid = "always"
        if g.valid_from and g.valid_until:
            valid = f"{g.valid_from:%Y-%m-%d} – {g.valid_until:%Y-%m-%d}"
        elif g.valid_from:
            valid = f"from {g.valid_from:%Y-%m-%d}"
        elif g.valid_until:
            valid = f"until {g.valid_until:%Y-%m-%d}"
        times = "; ".join(f"{w.days} {w.start}–{w.end}" for w in g.windows if not w.blank) or "any time"
        texts = {
            G_USER: self.user.name_of(g.user_id) if g.user_id is not None else "(choose a user)",
            G_WHERE: f"connector {g.connector}" if g.connector is not None else "whole station",
            G_TARIFF: self.tariff_names.get(g.tariff_id, "") if g.tariff_id is not None else "as the time",
            G_VALID: valid,
            G_TIMES: times,
        }
        for col, text in texts.items():
            item = self.table.item(r, col)
            if item is None:
                item = QTableWidgetItem()
                self.table.setItem(r, col, item)
            item.setText(text)

    def _selection_changed(self) -> None:
        g = self.current()
        self.detail.setEnabled(g is not None)
        self.remove_button.setEnabled(g is not None)
        self._filling = True
        try:
            if g is None:
                self.user.clear()
                self.windows.setRowCount(0)
                return
            self.user.set_user(g.user_id)
            self._fill_where()
            self._filling = True
            select_data(self.tariff, g.tariff_id)
            today = QDate.currentDate()
            self.from_on.setChecked(g.valid_from is not None)
            self.from_date.setDate(_qdate(g.valid_from) if g.valid_from else today)
            self.until_on.setChecked(g.valid_until is not None)
            self.until_date.setDate(_qdate(g.valid_until) if g.valid_until else today.addMonths(6))
            self.windows.setRowCount(0)
            for w in g.windows:
                self._append_window(w)
        finally:
            self._filling = False
        self._mark_detail()

    def _append_window(self, w: svc.WindowText) -> None:
        r = self.windows.rowCount()
        self.windows.insertRow(r)
        for col, text in ((W_DAYS, w.days), (W_FROM, w.start), (W_TO, w.end)):
            self.windows.setItem(r, col, QTableWidgetItem(text))

    def _detail_changed(self, *_args: object) -> None:
        if self._filling:
            return
        i = self.current_index()
        if not 0 <= i < len(self.grants):
            return
        g = self.grants[i]
        g.user_id = self.user.user_id()
        g.connector = self.where.currentData()
        g.tariff_id = self.tariff.currentData()
        g.valid_from = _pydate(self.from_date.date()) if self.from_on.isChecked() else None
        g.valid_until = _pydate(self.until_date.date()) if self.until_on.isChecked() else None
        g.windows = [
            svc.WindowText(*(self._cell(r, c) for c in (W_DAYS, W_FROM, W_TO)))
            for r in range(self.windows.rowCount())
        ]
        self._fill_row(i, g)
        self.changed.emit()

    def _cell(self, r: int, c: int) -> str:
        item = self.windows.item(r, c)
        return item.text().strip() if item is not None else ""

    def add_grant(self) -> None:
        self.grants.append(svc.GrantForm())
        r = self.table.rowCount()
        self.table.insertRow(r)
        self._fill_row(r, self.grants[-1])
        self.table.selectRow(r)
        self.user.setFocus()
        self.changed.emit()

    def remove_selected(self) -> None:
        i = self.current_index()
        if not 0 <= i < len(self.grants):
            return
        del self.grants[i]
        self.table.removeRow(i)
        self.problems = {}
        self._selection_changed()
        self.changed.emit()

    def _add_window_row(self) -> None:
        self._filling = True
        self._append_window(
            svc.WindowText("Mon-Fri", "07:00", "18:00") if self.windows.rowCount() == 0 else svc.WindowText()
        )
        self._filling = False
        self._detail_changed()
        self.windows.setCurrentCell(self.windows.rowCount() - 1, W_DAYS)
        self.windows.setFocus()

    def _remove_window_row(self) -> None:
        r = self.windows.currentRow()
        if r >= 0:
            self.windows.removeRow(r)
            self._detail_changed()

    def set_window_cell(self, row: int, col: int, text: str) -> None:
        """For a person's typing in tests and for tools: set one cell of the selected grant's times."""
        item = self.windows.item(row, col)
        if item is None:
            item = QTableWidgetItem()
            self.windows.setItem(row, col, item)
        item.setText(text)

    # problems

    def show_problems(self, problems: Mapping[str, str]) -> list[QWidget]:
        self.problems = {k: v for k, v in problems.items() if k.startswith("grants[")}
        messages: list[str] = []
        bad_rows: set[int] = set()
        for key, message in self.problems.items():
            parts = split_key(key)
            if parts is None or parts[1] >= len(self.grants):
                continue
            bad_rows.add(parts[1])
            g = self.grants[parts[1]]
            who = self.user.name_of(g.user_id) if g.user_id is not None else f"row {parts[1] + 1}"
            messages.append(f"Special user {who}: {message}")
        for r in range(self.table.rowCount()):
            for c in range(self.table.columnCount()):
                item = self.table.item(r, c)
                if item is not None:
                    item.setBackground(QBrush(ERROR_BG) if r in bad_rows else QBrush())
        show_error(self.error, "\n".join(messages))
        if bad_rows and self.current_index() not in bad_rows:
            self.table.selectRow(min(bad_rows))  # show the first special user with a problem
        marked = self._mark_detail()
        return marked or ([self.table] if bad_rows else [])

    def _mark_detail(self) -> list[QWidget]:
        i = self.current_index()
        prefix = f"grants[{i}]"
        p = {k[len(prefix) :].lstrip("."): v for k, v in self.problems.items() if k.startswith(prefix + ".")}
        marked: list[QWidget] = []
        for widget, label, keys in (
            (self.user, self.user_error, ("user_id",)),
            (self.where, self.where_error, ("connector",)),
            (self.tariff, self.tariff_error, ("tariff_id",)),
            (self.until_date, self.valid_error, ("valid_until", "valid_from")),
            (self.windows, self.windows_error, ("windows",)),
        ):
            message = next((p[k] for k in keys if k in p), None)
            if widget is self.windows:
                cells = [k for k in p if k.startswith("windows[")]
                message = (
                    "\n".join(
                        [
                            *(f"Row {int(k[8 : k.index(']')]) + 1}: {p[k]}" for k in cells),
                            *([p["windows"]] if "windows" in p else []),
                        ]
                    )
                    or None
                )
            show_error(label, message)
            if widget is not self.windows:
                mark(widget, message is not None, message or "")
            if message:
                marked.append(widget)
        for r in range(self.windows.rowCount()):
            for c, key in ((W_DAYS, "days"), (W_FROM, "start"), (W_TO, "end")):
                item = self.windows.item(r, c)
                if item is None:
                    continue
                problem = p.get(f"windows[{r}].{key}")
                self._filling = True
                item.setBackground(QBrush(ERROR_BG) if problem else QBrush())
                item.setToolTip(problem or "")
                self._filling = False
        return marked


def _stack(top: QWidget | QHBoxLayout, error: QLabel) -> QVBoxLayout:
    box = QVBoxLayout()
    box.setSpacing(2)
    if isinstance(top, QWidget):
        box.addWidget(top)
    else:
        box.addLayout(top)
    box.addWidget(error)
    return box


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


__all__ = ["ConnectorsPanel", "GrantsPanel", "OwnersPanel", "UserPicker", "mark", "show_error"]
