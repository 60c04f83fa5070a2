"""The Chargers page's "Configuration" and "Snapshots" tabs.

:class:`ChargerConfigTab` shows the charger's configuration keys as it reports them now (1.6 GetConfiguration,
2.0.1 device-model report): key, value, read-only keys greyed with a lock and not editable. A value is changed in
place (double-click or F2 in the Value column) or in the form under the table; the charger's answer is shown on
the key's row (Accepted, Rejected, RebootRequired with an offer to reset now, NotSupported, timeout, offline).
Keys can be asked for by name: the ones the charger does not know are listed.

:class:`ChargerSnapshotsTab` lists the stored snapshots of the charger; one selected shows its keys, two
selected show the difference (older → newer, changed keys highlighted); a snapshot's values can be applied to
other chargers of the same vendor and model with a choice of chargers and keys and a result per charger and key.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QRectF,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QIcon,
    QKeySequence,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
    QShortcut,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.chargers import config_snapshots as cfg
from app.services.chargers.operations import (
    ChargerCallError,
    ChargerOffline,
    ChargerTimeout,
    InvalidReply,
    InvalidRequest,
    OperationNotSupported,
)
from app.services.chargers.service import ChargersService
from app.views.shell.tasks import TaskSet

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()
EXPECTED = (
    ChargerOffline,
    ChargerTimeout,
    ChargerCallError,
    InvalidReply,
    InvalidRequest,
    OperationNotSupported,
)

GREY = QColor("#8a8f98")
ANSWER_COLOURS = {
    cfg.ACCEPTED: "#2e9d4f",
    cfg.REBOOT_REQUIRED: "#b7791f",
    cfg.REJECTED: "#c63b3b",
    cfg.NOT_SUPPORTED: "#c63b3b",
    cfg.TIMEOUT: "#c63b3b",
    cfg.OFFLINE: "#5b6068",
    cfg.ERROR: "#c63b3b",
    cfg.READ_ONLY: "#5b6068",
    cfg.UNCHANGED: "#5b6068",
    "sending…": "#3b82c4",
}
ANSWER_TEXT = {
    cfg.ACCEPTED: "Accepted",
    cfg.REBOOT_REQUIRED: "RebootRequired — used after a reset",
    cfg.REJECTED: "Rejected by the charger",
    cfg.NOT_SUPPORTED: "NotSupported",
    cfg.TIMEOUT: "no answer (timeout)",
    cfg.OFFLINE: "offline — not sent",
    cfg.ERROR: "error",
    cfg.READ_ONLY: "read-only — not sent",
    cfg.UNCHANGED: "already this value",
}
MESSAGE_COLOURS = {"ok": "#2e9d4f", "warn": "#b7791f", "error": "#c63b3b", "info": "#5b6068"}
VALUE_MAX = 500


def lock_icon(colour: QColor = GREY) -> QIcon:
    """A small padlock (drawn, so it looks the same on every platform and font)."""
    pix = QPixmap(16, 16)
    pix.fill(Qt.GlobalColor.transparent)
    p = QPainter(pix)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(QPen(colour, 1.6))
    shackle = QPainterPath(QPointF(5, 8))
    shackle.lineTo(5, 5.5)
    shackle.arcTo(QRectF(5, 2, 6, 7), 180, -180)
    shackle.lineTo(11, 8)
    p.drawPath(shackle)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(colour)
    p.drawRoundedRect(QRectF(3, 7.5, 10, 7), 1.5, 1.5)
    p.end()
    return QIcon(pix)


def local_time(value: dt.datetime) -> str:
    return value.astimezone().strftime("%Y-%m-%d %H:%M:%S")


def _title(info: cfg.SnapshotInfo) -> str:
    return f"{local_time(info.taken_at)} “{info.label}”" if info.label else local_time(info.taken_at)


def error_text(exc: BaseException) -> str:
    if isinstance(exc, ChargerOffline):
        return str(exc) or "the charger is not connected"
    if isinstance(exc, ChargerTimeout):
        return str(exc) or "the charger did not answer in time"
    if isinstance(exc, ChargerCallError):
        return f"CallError: {exc}"
    return str(exc) or type(exc).__name__


def shown_tasks(owner: QWidget) -> TaskSet:
    """The tasks of a tab or dialog whose unexpected errors are shown in its ``message`` label."""
    return TaskSet(lambda exc: _message(owner.message, f"Unexpected error: {error_text(exc)}", "error"))  # type: ignore[attr-defined]


def _message(label: QLabel, text: str, level: str = "info") -> None:
    label.setStyleSheet(f"color:{MESSAGE_COLOURS.get(level, MESSAGE_COLOURS['info'])};")
    label.setText(text)
    label.setVisible(bool(text))


def _empty_state(text: str) -> QLabel:
    label = QLabel(text)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    label.setStyleSheet("color:#5b6068; font-size:14px; padding:40px;")
    return label


# --- Configuration tab ------------------------------------------------------------------------------------


@dataclass
class KeyRow:
    key: str
    value: str | None
    readonly: bool
    answer: str = ""  # status of the last change sent from here ("sending…" while waiting)
    detail: str = ""
    asked: bool = False  # found by asking for it by name


class ConfigModel(QAbstractTableModel):
    """The keys of one charger. Editing the Value column does not change the row: it asks for the change
    (:attr:`change_requested`); the row changes when the charger's answer comes."""

    KEY, VALUE, ACCESS, ANSWER = range(4)
    HEADERS = ("Key", "Value", "Access", "Last answer")
    change_requested = Signal(str, str)  # key, value

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[KeyRow] = []
        self.editable = True  # False while the charger is offline (the table shows the last snapshot)
        self._lock = lock_icon()

    def set_rows(self, rows: list[KeyRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def row_of(self, key: str) -> int:
        return next((i for i, r in enumerate(self.rows) if r.key == key), -1)

    def merge(self, rows: list[KeyRow]) -> None:
        for r in rows:
            i = self.row_of(r.key)
            if i >= 0:
                self.rows[i].value, self.rows[i].readonly, self.rows[i].asked = r.value, r.readonly, True
                self._changed(i)
            else:
                self.beginInsertRows(ROOT, len(self.rows), len(self.rows))
                self.rows.append(r)
                self.endInsertRows()

    def set_answer(self, key: str, answer: str, detail: str = "", value: str | None = None) -> None:
        i = self.row_of(key)
        if i < 0:
            return
        row = self.rows[i]
        row.answer, row.detail = answer, detail
        if value is not None:
            row.value = value
        self._changed(i)

    def _changed(self, i: int) -> None:
        self.dataChanged.emit(self.index(i, 0), self.index(i, len(self.HEADERS) - 1))

    # --- Qt model API ------------------------------------------------------------------------------------

    def rowCount(self, parent: Index = ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,  # noqa: N802
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.HEADERS[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        row = self.rows[index.row()]
        if index.column() == self.VALUE and self.editable and not row.readonly and row.answer != "sending…":
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, col = self.rows[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if col == self.KEY:
                return row.key
            if col == self.VALUE:
                return (
                    row.value if row.value is not None else ("" if role == Qt.ItemDataRole.EditRole else "—")
                )
            if col == self.ACCESS:
                return "read-only" if row.readonly else "read-write"
            if col == self.ANSWER:
                return ANSWER_TEXT.get(row.answer, row.answer)
        if role == Qt.ItemDataRole.DecorationRole and col == self.KEY and row.readonly:
            return self._lock
        if role == Qt.ItemDataRole.ForegroundRole:
            if col == self.ANSWER and row.answer:
                return QBrush(QColor(ANSWER_COLOURS.get(row.answer, "#c63b3b")))
            if row.readonly:
                return QBrush(GREY)
        if role == Qt.ItemDataRole.ToolTipRole:
            if row.readonly:
                return f"{row.key} is read-only: the charger does not allow changing it"
            if col == self.ANSWER and row.detail:
                return row.detail
            if col == self.VALUE:
                return "Double-click or press F2 to change; Enter sends the new value to the charger"
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or index.column() != self.VALUE:
            return False
        if not self.flags(index) & Qt.ItemFlag.ItemIsEditable:
            return False
        row = self.rows[index.row()]
        text = str(value)
        if text == (row.value or ""):
            return False  # nothing changed: nothing sent
        self.change_requested.emit(row.key, text)
        return False  # the row changes when the charger has answered


class ChargerConfigTab(QWidget):
    """Configuration keys of the selected charger, read from it and changed on it."""

    title = "Configuration"

    def __init__(
        self, service: ChargersService, bridge: Any, central: Any, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.service, self.bridge, self.central = service, bridge, central
        self.cp_id: str | None = None
        self.version = ""
        self._generation = 0  # bumped on every charger switch: late answers for another charger are dropped
        self._tasks = shown_tasks(self)
        self._reboot_keys: list[str] = []
        self._stale = False  # the keys are to be read when the tab is shown

        self.empty = _empty_state("Select a charger to see its configuration keys.")

        self.heading = QLabel()
        self.heading.setStyleSheet("font-size:15px; font-weight:600;")
        self.search = QLineEdit()
        self.search.setPlaceholderText("Search keys and values…  (Ctrl+F)")
        self.search.setClearButtonEnabled(True)
        self.search.setToolTip("Shows only the keys whose name or value contains this text")
        self.search.textChanged.connect(self._filter)
        self.refresh_button = QPushButton("Refresh")
        self.refresh_button.setToolTip("Read every key from the charger again (F5)")
        self.refresh_button.clicked.connect(self.refresh)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.search, 1)
        top.addWidget(self.refresh_button)

        self.state = QLabel()
        self.state.setStyleSheet("color:#5b6068;")
        self.state.setWordWrap(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()

        self.reboot_bar = QFrame()
        self.reboot_bar.setStyleSheet(
            "QFrame#RebootBar { background:#fff6e0; border:1px solid #e8c777; border-radius:4px; }"
        )
        self.reboot_bar.setObjectName("RebootBar")
        self.reboot_text = QLabel()
        self.reboot_text.setWordWrap(True)
        self.reset_button = QPushButton("Reset now")
        self.reset_button.setToolTip("Send a soft Reset: the charger restarts when no charge is running")
        self.reset_button.clicked.connect(self.reset_now)
        self.later_button = QPushButton("Later")
        self.later_button.clicked.connect(self.reboot_bar.hide)
        bar = QHBoxLayout(self.reboot_bar)
        bar.setContentsMargins(8, 4, 8, 4)
        bar.addWidget(self.reboot_text, 1)
        bar.addWidget(self.reset_button)
        bar.addWidget(self.later_button)
        self.reboot_bar.hide()

        self.model = ConfigModel(self)
        self.model.change_requested.connect(self.send_change)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(ConfigModel.KEY, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(ConfigModel.KEY, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(ConfigModel.VALUE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ConfigModel.ACCESS, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ConfigModel.ANSWER, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(ConfigModel.KEY, 300)
        header.resizeSection(ConfigModel.ANSWER, 240)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._selected_changed())

        # the form: the selected key's value, sent with Enter or the button
        self.form = QGroupBox("Change the selected key")
        self.form_key = QLabel("—")
        self.form_key.setStyleSheet("font-weight:600;")
        self.form_value = QLineEdit()
        self.form_value.setMaxLength(VALUE_MAX)
        self.form_value.setPlaceholderText("new value")
        self.form_value.returnPressed.connect(self.send_form)
        self.form_value.textChanged.connect(lambda *_: self._update_form_state())
        self.send_button = QPushButton("Send to charger")
        self.send_button.setToolTip(
            "ChangeConfiguration (1.6) / SetVariables (2.0.1) with this value (Enter)"
        )
        self.send_button.clicked.connect(self.send_form)
        self.form_hint = QLabel()
        self.form_hint.setStyleSheet("color:#5b6068;")
        self.form_hint.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.form_value, 1)
        row.addWidget(self.send_button)
        fl = QFormLayout(self.form)
        fl.addRow("Key", self.form_key)
        fl.addRow("Value", row)
        fl.addRow("", self.form_hint)

        # asking for keys by name: the ones the charger does not know are listed
        self.ask_keys = QLineEdit()
        self.ask_keys.setPlaceholderText("Key names, comma-separated (e.g. LocalAuthListEnabled, VendorKey)")
        self.ask_keys.setToolTip(
            "GetConfiguration with these keys: found ones are added to the table, unknown ones are listed"
        )
        self.ask_keys.returnPressed.connect(self.ask)
        self.ask_button = QPushButton("Ask charger")
        self.ask_button.clicked.connect(self.ask)
        self.unknown = QLabel()
        self.unknown.setWordWrap(True)
        self.unknown.setStyleSheet("color:#b7791f;")
        self.unknown.hide()
        ask_row = QHBoxLayout()
        ask_row.addWidget(QLabel("Ask for keys:"))
        ask_row.addWidget(self.ask_keys, 1)
        ask_row.addWidget(self.ask_button)

        self.body = QWidget()
        lay = QVBoxLayout(self.body)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(top)
        lay.addWidget(self.state)
        lay.addWidget(self.reboot_bar)
        lay.addWidget(self.table, 1)
        lay.addLayout(ask_row)
        lay.addWidget(self.unknown)
        lay.addWidget(self.form)
        lay.addWidget(self.message)
        outer = QVBoxLayout(self)
        outer.addWidget(self.empty)
        outer.addWidget(self.body)

        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.search.setFocus)
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, activated=self.refresh)
        if bridge is not None:
            bridge.connected.connect(self._presence_changed)
            bridge.disconnected.connect(self._presence_changed)
        self.set_charger(None)

    # --- charger selection ---------------------------------------------------------------------------

    def set_charger(self, cp_id: str | None) -> None:
        self._generation += 1
        self.cp_id = cp_id
        self.empty.setVisible(cp_id is None)
        self.body.setVisible(cp_id is not None)
        self.model.set_rows([])
        self.reboot_bar.hide()
        self._reboot_keys = []
        self.unknown.hide()
        _message(self.message, "")
        if cp_id is None:
            return
        self.heading.setText(f"Configuration of {cp_id}")
        self._update_online()
        if self.online:
            self._refresh_when_shown()
        else:
            self._show_last_snapshot()

    def _refresh_when_shown(self) -> None:
        """Read the keys now if the tab is on screen, else when it is shown (no GetConfiguration for a tab the
        technician does not look at)."""
        self._stale = not self.isVisible()
        if not self._stale:
            self.refresh()

    def showEvent(self, event: Any) -> None:  # noqa: N802 (Qt API)
        super().showEvent(event)
        if self._stale and self.online:
            self.refresh()

    def reload(self) -> None:
        self.set_charger(self.cp_id)

    @property
    def online(self) -> bool:
        return self.cp_id is not None and bool(self.central.is_connected(self.cp_id))

    def _presence_changed(self, event: Any) -> None:
        if event.cp_id != self.cp_id:
            return
        was = self.model.editable
        self._update_online()
        if self.online and not was:
            self._refresh_when_shown()

    def _update_online(self) -> None:
        online = self.online
        self.model.editable = online
        for w in (self.refresh_button, self.ask_button, self.ask_keys, self.reset_button):
            w.setEnabled(online)
        if not online:
            self.state.setText(f"{self.cp_id} is offline: keys cannot be read or changed until it connects.")
        self._update_form_state()

    def _show_last_snapshot(self) -> None:
        assert self.cp_id is not None
        snaps = self.service.snapshots(self.cp_id, limit=1)
        if not snaps:
            self.state.setText(f"{self.cp_id} is offline and no snapshot of its configuration is stored.")
            return
        snap = self.service.snapshot(snaps[0].id)
        self.model.set_rows([KeyRow(e.key, e.value, e.readonly) for e in snap.entries.values()])
        self.state.setText(
            f"{self.cp_id} is offline: showing the snapshot of {local_time(snap.info.taken_at)} "
            f"({snap.info.key_count} keys). Nothing can be changed until it connects."
        )

    # --- reading -------------------------------------------------------------------------------------------

    def refresh(self) -> None:
        if self.cp_id is None or not self.online:
            return
        generation, cp_id = self._generation, self.cp_id
        self._stale = False
        self.refresh_button.setEnabled(False)
        self.state.setText(f"Reading the configuration of {cp_id}…")

        async def read() -> None:
            try:
                reading = await self.service.read_configuration(cp_id)
            except EXPECTED as e:
                if generation == self._generation:
                    self.state.setText(f"Could not read the configuration: {error_text(e)}")
                return
            finally:
                if generation == self._generation:
                    self.refresh_button.setEnabled(self.online)
            if generation != self._generation:
                return
            self.version = reading.ocpp_version
            self.model.set_rows([KeyRow(e.key, e.value, e.readonly) for e in reading.entries])
            ro = sum(e.readonly for e in reading.entries)
            self.state.setText(
                f"{len(reading.entries)} keys ({ro} read-only) read from {cp_id} "
                f"(OCPP {reading.ocpp_version}) at {local_time(reading.read_at)}."
            )
            self._filter(self.search.text())
            self._selected_changed()

        self._tasks.spawn(read())

    def ask(self) -> None:
        names = [k.strip() for k in self.ask_keys.text().split(",") if k.strip()]
        if not names:
            _message(self.message, "Type one or more key names, separated by commas.", "warn")
            self.ask_keys.setFocus()
            return
        if self.cp_id is None or not self.online:
            return
        generation, cp_id = self._generation, self.cp_id
        self.ask_button.setEnabled(False)

        async def ask() -> None:
            try:
                reading = await self.service.read_configuration(cp_id, names)
            except EXPECTED as e:
                if generation == self._generation:
                    _message(self.message, f"Could not ask {cp_id}: {error_text(e)}", "error")
                return
            finally:
                if generation == self._generation:
                    self.ask_button.setEnabled(self.online)
            if generation != self._generation:
                return
            self.model.merge([KeyRow(e.key, e.value, e.readonly, asked=True) for e in reading.entries])
            if reading.unknown_keys:
                self.unknown.setText(f"Unknown to {cp_id}: {', '.join(reading.unknown_keys)}")
                self.unknown.show()
            else:
                self.unknown.hide()
            found = ", ".join(e.key for e in reading.entries)
            _message(
                self.message,
                f"Found: {found}." if found else "None of these keys is known to the charger.",
                "ok" if found else "warn",
            )

        self._tasks.spawn(ask())

    def _filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())

    # --- changing ------------------------------------------------------------------------------------------

    def selected_key(self) -> KeyRow | None:
        index = self.table.selectionModel().currentIndex()
        if not index.isValid():
            return None
        source = self.proxy.mapToSource(index)
        return self.model.rows[source.row()] if source.isValid() else None

    def select_key(self, key: str) -> None:
        i = self.model.row_of(key)
        if i < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(i, ConfigModel.VALUE))
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)

    def _selected_changed(self) -> None:
        row = self.selected_key()
        self.form_key.setText(row.key if row else "—")
        self.form_value.blockSignals(True)
        self.form_value.setText((row.value or "") if row else "")
        self.form_value.blockSignals(False)
        self._update_form_state()

    def _update_form_state(self) -> None:
        row = self.selected_key()
        online = self.online
        can = row is not None and not row.readonly and online and row.answer != "sending…"
        self.form_value.setEnabled(can)
        self.send_button.setEnabled(can and self.form_value.text() != (row.value or "") if row else False)
        if row is None:
            self.form_hint.setText("Select a key in the table.")
        elif row.readonly:
            self.form_hint.setText(f"{row.key} is read-only: the charger does not allow changing it.")
        elif not online:
            self.form_hint.setText("The charger is offline.")
        elif row.answer == "sending…":
            self.form_hint.setText("Waiting for the charger's answer…")
        else:
            self.form_hint.setText("Enter sends the value; the charger's answer appears on the key's row.")

    def send_form(self) -> None:
        row = self.selected_key()
        if row is None or row.readonly or not self.send_button.isEnabled():
            return
        self.send_change(row.key, self.form_value.text())

    def send_change(self, key: str, value: str) -> None:
        if self.cp_id is None:
            return
        i = self.model.row_of(key)
        if i < 0 or self.model.rows[i].readonly:
            _message(self.message, f"{key} is read-only: the charger does not allow changing it.", "warn")
            return
        if len(value) > VALUE_MAX:
            _message(
                self.message,
                f"The value is {len(value)} characters long; OCPP allows at most {VALUE_MAX}.",
                "warn",
            )
            return
        generation, cp_id = self._generation, self.cp_id
        self.model.set_answer(key, "sending…")
        self._update_form_state()
        _message(self.message, f"Sending {key} = {value!r} to {cp_id}…", "info")

        async def send() -> None:
            try:
                result = await self.service.change_key(cp_id, key, value)
            except InvalidRequest as e:
                result = cfg.KeyResult(key, cfg.ERROR, value, str(e))
            if generation != self._generation:
                return
            ok = result.status in (cfg.ACCEPTED, cfg.REBOOT_REQUIRED)
            self.model.set_answer(key, result.status, result.detail, value if ok else None)
            self._update_form_state()
            self._selected_changed()
            level = "ok" if result.status == cfg.ACCEPTED else "warn" if ok else "error"
            text = f"{cp_id} answered {result.status} to {key} = {value!r}."
            if result.status in (cfg.TIMEOUT, cfg.OFFLINE, cfg.ERROR):
                text = f"{key} not changed: {result.detail or result.status}."
            elif result.detail:
                text += f" ({result.detail})"
            _message(self.message, text, level)
            if result.status == cfg.REBOOT_REQUIRED:
                self._offer_reset(key)

        self._tasks.spawn(send())

    def _offer_reset(self, key: str) -> None:
        if key not in self._reboot_keys:
            self._reboot_keys.append(key)
        keys = ", ".join(self._reboot_keys)
        self.reboot_text.setText(f"{keys}: the charger uses the new value after a reboot. Reset now?")
        self.reset_button.setEnabled(self.online)
        self.reboot_bar.show()

    def reset_now(self) -> None:
        if self.cp_id is None or not self.online:
            return
        cp_id, generation = self.cp_id, self._generation
        self.reset_button.setEnabled(False)

        async def reset() -> None:
            try:
                answer = await self.service.soft_reset(cp_id)
            except EXPECTED as e:
                if generation == self._generation:
                    _message(self.message, f"Reset not sent: {error_text(e)}", "error")
                    self.reset_button.setEnabled(self.online)
                return
            if generation != self._generation:
                return
            status = answer.get("status", "?")
            if status == "Accepted":
                self.reboot_bar.hide()
                self._reboot_keys = []
                _message(
                    self.message, f"{cp_id} accepted the Reset: it restarts and uses the new values.", "ok"
                )
            else:
                self.reset_button.setEnabled(self.online)
                _message(self.message, f"{cp_id} answered {status} to the Reset.", "error")

        self._tasks.spawn(reset())


# --- Snapshots tab -----------------------------------------------------------------------------------------

CHANGE_COLOURS = {"changed": "#fff1c2", "added": "#dff3e4", "removed": "#fbe0e0"}


class ChargerSnapshotsTab(QWidget):
    """Snapshots of the selected charger's configuration: take, list, compare two, apply to others."""

    title = "Snapshots"
    snapshot_taken = Signal(object)  # SnapshotInfo

    def __init__(
        self, service: ChargersService, bridge: Any, central: Any, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.service, self.bridge, self.central = service, bridge, central
        self.cp_id: str | None = None
        self.snapshots: list[cfg.SnapshotInfo] = []
        self.current_diff: cfg.SnapshotDiff | None = None
        self._generation = 0
        self._tasks = shown_tasks(self)
        self._dialog: ApplySnapshotDialog | None = None
        self._confirm: QMessageBox | None = None

        self.empty = _empty_state("Select a charger to see the snapshots of its configuration.")

        self.label = QLineEdit()
        self.label.setPlaceholderText("Label (optional), e.g. before firmware 2.1")
        self.label.setMaxLength(cfg.LABEL_MAX)
        self.label.returnPressed.connect(self.take)
        self.take_button = QPushButton("Take snapshot")
        self.take_button.setToolTip("Read every key from the charger now and store it")
        self.take_button.clicked.connect(self.take)
        top = QHBoxLayout()
        top.addWidget(self.label, 1)
        top.addWidget(self.take_button)

        self.list = QTableWidget(0, 4)
        self.list.setHorizontalHeaderLabels(["Taken", "Label", "Keys", "Firmware"])
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.verticalHeader().hide()
        self.list.verticalHeader().setDefaultSectionSize(24)
        self.list.setToolTip("Select one snapshot to see its keys, two (Ctrl+click) to compare them")
        lh = self.list.horizontalHeader()
        lh.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        lh.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        lh.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        lh.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.list.itemSelectionChanged.connect(self._selection_changed)
        self.apply_button = QPushButton("Apply to chargers of the same model…")
        self.apply_button.setToolTip(
            "Send the selected snapshot's values to other chargers of the same vendor "
            "and model (you choose the chargers and keys)"
        )
        self.apply_button.clicked.connect(self.open_apply)
        self.delete_button = QPushButton("Delete")
        self.delete_button.setToolTip("Delete the selected snapshots (the chargers are not touched)")
        self.delete_button.clicked.connect(self.delete_selected)
        left_buttons = QHBoxLayout()
        left_buttons.addWidget(self.apply_button, 1)
        left_buttons.addWidget(self.delete_button)
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(QLabel("Snapshots, newest first"))
        ll.addWidget(self.list, 1)
        ll.addLayout(left_buttons)

        self.diff_title = QLabel()
        self.diff_title.setStyleSheet("font-weight:600;")
        self.diff_title.setWordWrap(True)
        self.diff_title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.only_changes = QCheckBox("Only differences")
        self.only_changes.setChecked(True)
        self.only_changes.setToolTip("Hide the keys that are the same in both snapshots")
        self.only_changes.toggled.connect(lambda *_: self._show_selection())
        self.summary = QLabel()
        self.summary.setStyleSheet("color:#5b6068;")
        self.diff_table = QTableWidget(0, 4)
        self.diff_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.diff_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.diff_table.verticalHeader().hide()
        self.diff_table.setAlternatingRowColors(False)
        self.diff_table.verticalHeader().setDefaultSectionSize(24)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.diff_title)
        head = QHBoxLayout()
        head.addWidget(self.summary, 1)
        head.addWidget(self.only_changes)
        rl.addLayout(head)
        rl.addWidget(self.diff_table, 1)

        split = QSplitter()
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setSizes([420, 640])

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        self.body = QWidget()
        bl = QVBoxLayout(self.body)
        bl.setContentsMargins(0, 0, 0, 0)
        bl.addLayout(top)
        bl.addWidget(split, 1)
        bl.addWidget(self.message)
        outer = QVBoxLayout(self)
        outer.addWidget(self.empty)
        outer.addWidget(self.body)
        if bridge is not None:
            bridge.connected.connect(self._presence_changed)
            bridge.disconnected.connect(self._presence_changed)
        self.set_charger(None)

    def set_charger(self, cp_id: str | None) -> None:
        self._generation += 1
        self.cp_id = cp_id
        self.snapshots = []
        self.empty.setVisible(cp_id is None)
        self.body.setVisible(cp_id is not None)
        _message(self.message, "")
        self.reload()

    def reload(self) -> None:
        if self.cp_id is None:
            self.snapshots = []
            self.list.setRowCount(0)
            return
        keep = self.selected_ids() if self.snapshots else []
        self.snapshots = self.service.snapshots(self.cp_id)
        self.list.blockSignals(True)
        self.list.setRowCount(len(self.snapshots))
        for i, s in enumerate(self.snapshots):
            cells = [local_time(s.taken_at), s.label or "—", str(s.key_count), s.firmware_version or "—"]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, s.id)
                if c == 0:
                    item.setToolTip(
                        f"{_title(s)}\n{s.vendor} {s.model}, OCPP {s.ocpp_version}"
                        + (f", taken by {s.actor}" if s.actor else "")
                    )
                self.list.setItem(i, c, item)
        self.list.blockSignals(False)
        self._update_take()
        still = [i for i in keep if any(s.id == i for s in self.snapshots)]
        self.list.blockSignals(True)
        if still:
            self.select_snapshots(*still)
        elif self.snapshots:
            self.list.selectRow(0)
        self.list.blockSignals(False)
        self._selection_changed()

    def showEvent(self, event: Any) -> None:  # noqa: N802 (Qt API) — snapshots taken elsewhere (commissioning)
        super().showEvent(event)
        if self.cp_id is not None:
            self.reload()

    def _presence_changed(self, event: Any) -> None:
        if event.cp_id == self.cp_id:
            self._update_take()

    def _update_take(self) -> None:
        online = self.cp_id is not None and bool(self.central.is_connected(self.cp_id))
        self.take_button.setEnabled(online)
        self.take_button.setToolTip(
            "Read every key from the charger now and store it"
            if online
            else "The charger is offline: a snapshot needs it connected"
        )

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.list.selectedIndexes()})
        return [self.snapshots[r].id for r in rows if r < len(self.snapshots)]

    def select_snapshots(self, *ids: int) -> None:
        self.list.clearSelection()
        mode = self.list.selectionMode()
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.MultiSelection)
        for i, s in enumerate(self.snapshots):
            if s.id in ids:
                self.list.selectRow(i)
        self.list.setSelectionMode(mode)

    # --- taking ----------------------------------------------------------------------------------------

    def take(self) -> None:
        if self.cp_id is None or not self.take_button.isEnabled():
            return
        cp_id, generation, label = self.cp_id, self._generation, self.label.text().strip()
        self.take_button.setEnabled(False)
        _message(self.message, f"Reading the configuration of {cp_id}…", "info")

        async def take() -> None:
            try:
                info = await self.service.take_snapshot(cp_id, label)
            except EXPECTED as e:
                if generation == self._generation:
                    _message(self.message, f"No snapshot taken: {error_text(e)}", "error")
                    self._update_take()
                return
            if generation != self._generation:
                return
            self.label.clear()
            self.reload()
            self.select_snapshots(info.id)  # the new one, shown
            _message(self.message, f"Snapshot of {info.key_count} keys stored ({_title(info)}).", "ok")
            self.snapshot_taken.emit(info)

        self._tasks.spawn(take())

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        n = len(ids)
        box = QMessageBox(
            QMessageBox.Icon.Question,
            "Delete snapshots",
            f"Delete {n} snapshot{'s' if n > 1 else ''} of {self.cp_id}? The charger is not touched.",
            QMessageBox.StandardButton.Cancel,
            self,
        )
        delete = box.addButton("Delete", QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(lambda *_: self._delete(ids) if box.clickedButton() is delete else None)
        self._confirm = box
        box.open()

    def _delete(self, ids: list[int]) -> None:
        for sid in ids:
            try:
                self.service.delete_snapshot(sid)
            except cfg.SnapshotNotFound:
                pass
        self.reload()
        _message(self.message, f"Deleted {len(ids)} snapshot{'s' if len(ids) > 1 else ''}.", "ok")

    # --- showing -----------------------------------------------------------------------------------------

    def _selection_changed(self) -> None:
        ids = self.selected_ids()
        self.apply_button.setEnabled(len(ids) == 1)
        self.delete_button.setEnabled(bool(ids))
        self.only_changes.setEnabled(len(ids) == 2)
        self.apply_button.setToolTip(
            "Send this snapshot's values to chargers of the same vendor and model (you "
            "choose the chargers and keys)"
            if len(ids) == 1
            else "Select one snapshot to apply its values"
        )
        self._show_selection()

    def _show_selection(self) -> None:
        ids = self.selected_ids()
        self.current_diff = None
        self.diff_table.setRowCount(0)
        if not ids:
            self.diff_title.setText(
                "No snapshot yet: take one above."
                if not self.snapshots
                else "Select a snapshot to see its keys, or two to compare them."
            )
            self.summary.setText("")
            self.diff_table.setColumnCount(0)
            return
        try:
            if len(ids) == 1:
                self._show_one(self.service.snapshot(ids[0]))
            elif len(ids) == 2:
                a, b = (self.service.snapshot(i) for i in ids)
                if (a.info.taken_at, a.id) > (b.info.taken_at, b.id):
                    a, b = b, a
                self._show_diff(a, b)
            else:
                self.diff_title.setText("Select at most two snapshots to compare.")
                self.summary.setText("")
        except cfg.SnapshotNotFound as e:
            _message(self.message, f"{e}. The list was refreshed.", "warn")
            self.reload()

    def _columns(self, labels: list[str], stretch: tuple[int, ...]) -> None:
        self.diff_table.setColumnCount(len(labels))
        self.diff_table.setHorizontalHeaderLabels(labels)
        header = self.diff_table.horizontalHeader()
        for c in range(len(labels)):
            header.setSectionResizeMode(
                c, QHeaderView.ResizeMode.Stretch if c in stretch else QHeaderView.ResizeMode.ResizeToContents
            )

    def _show_one(self, snap: cfg.Snapshot) -> None:
        self.diff_title.setText(f"Snapshot {_title(snap.info)}")
        ro = sum(e.readonly for e in snap.entries.values())
        self.summary.setText(
            f"{len(snap.entries)} keys ({ro} read-only), {snap.info.vendor} {snap.info.model}, "
            f"firmware {snap.info.firmware_version or '?'}. Ctrl+click a second snapshot to "
            "compare."
        )
        self._columns(["Key", "Access", "Value"], stretch=(2,))
        lock = lock_icon()
        self.diff_table.setRowCount(len(snap.entries))
        for i, e in enumerate(snap.entries.values()):
            key = QTableWidgetItem(e.key)
            if e.readonly:
                key.setIcon(lock)
            cells = [
                key,
                QTableWidgetItem("read-only" if e.readonly else "read-write"),
                QTableWidgetItem(e.value if e.value is not None else "—"),
            ]
            for c, item in enumerate(cells):
                if e.readonly:
                    item.setForeground(GREY)
                self.diff_table.setItem(i, c, item)

    def _show_diff(self, a: cfg.Snapshot, b: cfg.Snapshot) -> None:
        d = cfg.diff(a, b)
        self.current_diff = d
        self.diff_title.setText(f"Before: {_title(a.info)}  →  After: {_title(b.info)}")
        self.summary.setText(
            f"{len(d.changed)} changed, {len(d.added)} added, {len(d.removed)} removed, "
            f"{d.unchanged} unchanged" + ("" if not d.is_empty else " — the same configuration")
        )
        self._columns(["Key", "Change", "Before", "After"], stretch=(2, 3))
        self.diff_table.horizontalHeaderItem(2).setToolTip(_title(a.info))
        self.diff_table.horizontalHeaderItem(3).setToolTip(_title(b.info))
        rows: list[tuple[str, str, cfg.ConfigEntry | None, cfg.ConfigEntry | None]] = []
        for key in sorted(set(a.entries) | set(b.entries)):
            if key in d.changed:
                rows.append((key, "changed", *d.changed[key]))
            elif key in d.added:
                rows.append((key, "added", None, d.added[key]))
            elif key in d.removed:
                rows.append((key, "removed", d.removed[key], None))
            elif not self.only_changes.isChecked():
                rows.append((key, "", a.entries[key], b.entries[key]))
        self.diff_table.setRowCount(len(rows))

        def text(e: cfg.ConfigEntry | None) -> str:
            if e is None:
                return "(not reported)"
            return (e.value if e.value is not None else "—") + ("  [read-only]" if e.readonly else "")

        for i, (key, change, old, new) in enumerate(rows):
            cells = [
                QTableWidgetItem(key),
                QTableWidgetItem(change),
                QTableWidgetItem(text(old)),
                QTableWidgetItem(text(new)),
            ]
            for c, item in enumerate(cells):
                if change:
                    item.setBackground(QColor(CHANGE_COLOURS[change]))
                    item.setForeground(QColor("#1d2024"))
                if c == 3 and change == "changed":
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.diff_table.setItem(i, c, item)

    # --- applying ------------------------------------------------------------------------------------------

    def open_apply(self) -> None:
        ids = self.selected_ids()
        if len(ids) != 1 or self.cp_id is None:
            return
        try:
            snap = self.service.snapshot(ids[0])
        except cfg.SnapshotNotFound as e:
            _message(self.message, f"{e}. The list was refreshed.", "warn")
            self.reload()
            return
        self._dialog = ApplySnapshotDialog(self.service, snap, self)
        self._dialog.open()


class ApplySnapshotDialog(QDialog):
    """Choose chargers of the same model and keys, apply, see the answer per charger and key."""

    applied = Signal(object)  # ApplyReport

    def __init__(
        self, service: ChargersService, snapshot: cfg.Snapshot, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.service, self.snapshot = service, snapshot
        self.report: cfg.ApplyReport | None = None
        self._tasks = shown_tasks(self)
        info = snapshot.info
        self.setWindowTitle(f"Apply snapshot of {info.charge_point_id}")
        when = _title(info)
        self.resize(980, 640)

        intro = QLabel(
            f"Send the values of <b>{info.charge_point_id}</b>'s snapshot {when} to chargers of "
            f"the same model (<b>{info.vendor} {info.model}</b>). Read-only keys are never sent; keys "
            "that already have the value are left alone."
        )
        intro.setWordWrap(True)

        self.peers = service.chargers_of_same_model(info.charge_point_id, include_self=True)
        self.chargers = QListWidget()
        for p in self.peers:
            own = p.cp_id == info.charge_point_id
            text = (
                f"{p.cp_id}  —  {p.station_name or 'no station'}, firmware {p.firmware_version or '?'}, "
                f"{'online' if p.online else 'offline'}" + ("  (source)" if own else "")
            )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, p.cp_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if p.online and not own else Qt.CheckState.Unchecked)
            if own:
                item.setToolTip("The snapshot's own charger: applying restores the snapshot's values on it")
            if not p.online:
                item.setForeground(GREY)
                item.setToolTip("Offline: its keys will be reported 'offline', nothing is sent")
            self.chargers.addItem(item)
        if not self.peers:
            self.chargers.addItem(QListWidgetItem("No other charger of this model is known."))
        self.chargers.itemChanged.connect(lambda *_: self._update_apply())

        self.keys = QListWidget()
        lock = lock_icon()
        for e in snapshot.entries.values():
            item = QListWidgetItem(f"{e.key} = {e.value if e.value is not None else '—'}")
            item.setData(Qt.ItemDataRole.UserRole, e.key)
            if e.readonly:
                item.setIcon(lock)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
                item.setToolTip("Read-only: not sent")
            else:
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked)
            self.keys.addItem(item)
        self.keys.itemChanged.connect(lambda *_: self._update_apply())
        all_keys = QPushButton("All")
        all_keys.clicked.connect(lambda: self._check_keys(True))
        no_keys = QPushButton("None")
        no_keys.clicked.connect(lambda: self._check_keys(False))

        charger_box = QGroupBox("Chargers")
        cl = QVBoxLayout(charger_box)
        cl.addWidget(self.chargers)
        key_box = QGroupBox("Keys")
        kl = QVBoxLayout(key_box)
        kl.addWidget(self.keys)
        kb = QHBoxLayout()
        kb.addWidget(all_keys)
        kb.addWidget(no_keys)
        kb.addStretch(1)
        kl.addLayout(kb)
        choose = QHBoxLayout()
        choose.addWidget(charger_box, 1)
        choose.addWidget(key_box, 1)

        self.results = QTableWidget(0, 0)
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.verticalHeader().hide()
        self.results.hide()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()

        self.buttons = QDialogButtonBox()
        self.apply_button = self.buttons.addButton("Apply", QDialogButtonBox.ButtonRole.AcceptRole)
        self.apply_button.setToolTip("Send the checked keys to the checked chargers")
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.apply_button.clicked.connect(self.apply)
        self.close_button.clicked.connect(self.reject)

        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addLayout(choose, 2)
        lay.addWidget(self.results, 2)
        lay.addWidget(self.message)
        lay.addWidget(self.buttons)
        self._update_apply()

    def _check_keys(self, on: bool) -> None:
        for i in range(self.keys.count()):
            item = self.keys.item(i)
            if item.flags() & Qt.ItemFlag.ItemIsUserCheckable:
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def checked(self, widget: QListWidget) -> list[str]:
        out = []
        for i in range(widget.count()):
            item = widget.item(i)
            if item.flags() & Qt.ItemFlag.ItemIsUserCheckable and item.checkState() == Qt.CheckState.Checked:
                out.append(str(item.data(Qt.ItemDataRole.UserRole)))
        return out

    def set_checked(self, widget: QListWidget, values: list[str]) -> None:
        for i in range(widget.count()):
            item = widget.item(i)
            if item.flags() & Qt.ItemFlag.ItemIsUserCheckable:
                on = item.data(Qt.ItemDataRole.UserRole) in values
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def _update_apply(self) -> None:
        chargers, keys = self.checked(self.chargers), self.checked(self.keys)
        self.apply_button.setEnabled(bool(chargers and keys))
        if not chargers:
            _message(self.message, "Check at least one charger.", "info")
        elif not keys:
            _message(self.message, "Check at least one key.", "info")
        else:
            _message(
                self.message,
                f"{len(keys)} key{'s' if len(keys) > 1 else ''} to "
                f"{len(chargers)} charger{'s' if len(chargers) > 1 else ''}.",
                "info",
            )

    def keyPressEvent(self, event: Any) -> None:  # noqa: N802 (Qt API) — Enter applies only when allowed
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.apply_button.isEnabled():
                self.apply()
            return
        super().keyPressEvent(event)

    def apply(self) -> None:
        chargers, keys = self.checked(self.chargers), self.checked(self.keys)
        if not chargers or not keys:
            return
        self.apply_button.setEnabled(False)
        _message(self.message, f"Sending to {', '.join(chargers)}…", "info")

        async def run() -> None:
            try:
                report = await self.service.apply_snapshot(self.snapshot.id, chargers, keys)
            except (InvalidRequest, cfg.SnapshotNotFound) as e:
                _message(self.message, f"Nothing sent: {e}", "error")
                self._update_apply()
                return
            self.report = report
            self._show(report, keys)
            self.apply_button.setEnabled(True)
            self.applied.emit(report)

        self._tasks.spawn(run())

    def _show(self, report: cfg.ApplyReport, keys: list[str]) -> None:
        cps = list(report.results)
        self.results.setColumnCount(1 + len(cps))
        self.results.setHorizontalHeaderLabels(["Key", *cps])
        self.results.setRowCount(len(keys))
        for i, key in enumerate(keys):
            self.results.setItem(i, 0, QTableWidgetItem(key))
            for c, cp in enumerate(cps, start=1):
                r = report.results[cp].get(key)
                item = QTableWidgetItem(ANSWER_TEXT.get(r.status, r.status) if r else "")
                if r is not None:
                    item.setForeground(QColor(ANSWER_COLOURS.get(r.status, "#c63b3b")))
                    item.setToolTip(r.detail or r.status)
                self.results.setItem(i, c, item)
        header = self.results.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for c in range(1, len(cps) + 1):
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.Stretch)
        self.results.show()
        bad = sum(
            1
            for cp in cps
            for r in report.results[cp].values()
            if r.status not in (cfg.ACCEPTED, cfg.UNCHANGED, cfg.REBOOT_REQUIRED, cfg.READ_ONLY)
        )
        reboot = [
            cp for cp in cps if any(r.status == cfg.REBOOT_REQUIRED for r in report.results[cp].values())
        ]
        counts: dict[str, int] = {}
        for cp in cps:
            for r in report.results[cp].values():
                counts[r.status] = counts.get(r.status, 0) + 1
        tally = ", ".join(
            f"{n} {ANSWER_TEXT.get(st, st).split(' — ')[0]}" for st, n in sorted(counts.items())
        )
        parts = [f"Done: {len(cps)} charger{'s' if len(cps) > 1 else ''} ({tally})."]
        if bad:
            parts.append(f"{bad} key{'s' if bad > 1 else ''} not applied (see the table; hover for details).")
        if reboot:
            parts.append(f"Reboot needed on {', '.join(reboot)} for some values to take effect.")
        _message(self.message, " ".join(parts), "error" if bad else "warn" if reboot else "ok")
