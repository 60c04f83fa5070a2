"""The Chargers page's "Configuration" tab: the charger's configuration keys as it reports them now (1.6
GetConfiguration, 2.0.1 device-model report): key, value, read-only keys greyed with a lock and not editable. A value
is changed in place (double-click or F2 in the Value column) or in the form under the table; the charger's answer
is shown on the key's row (Accepted, Rejected, RebootRequired with an offer to reset now, NotSupported, timeout,
offline). Keys can be asked for by name: the ones the charger does not know are listed.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QKeySequence,
    QShortcut,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.chargers import config_snapshots as cfg
from app.services.chargers.operations import (
    InvalidRequest,
)
from app.services.chargers.service import ChargersService
from app.services.i18n import QT_TRANSLATE_NOOP, translate
from app.services.roles import NotAllowed
from app.views.chargers.config.common import (
    ANSWER_COLOURS,
    EXPECTED,
    GREY,
    MASK,
    ROOT,
    VALUE_MAX,
    Index,
    answer_text,
    empty_state,
    error_text,
    local_time,
    lock_icon,
    show_message,
    shown_tasks,
    shown_value,
)
from app.views.chargers.config.report import ComponentReportBox
from app.views.chargers.plurals import ChargerPlurals
from app.views.widgets.style import CAUTION, ERROR, MUTED_CSS, NOTICE_BG, NOTICE_BORDER, text_css
from app.views.widgets.text import plain_label, tip

# --- Configuration tab ------------------------------------------------------------------------------------


@dataclass
class KeyRow:
    key: str
    value: str | None
    readonly: bool
    answer: str = ""  # status of the last change sent from here ("sending…" while waiting)
    detail: str = ""
    asked: bool = False  # found by asking for it by name

    @property
    def secret(self) -> bool:
        """The charger's password: shown masked, changed with a password field (the station's password flow)."""
        return cfg.is_secret_key(self.key)


class ConfigModel(QAbstractTableModel):
    """The keys of one charger. Editing the Value column does not change the row: it asks for the change
    (:attr:`change_requested`); the row changes when the charger's answer comes."""

    KEY, VALUE, ACCESS, ANSWER = range(4)
    HEADERS = (
        QT_TRANSLATE_NOOP("ConfigModel", "Key"),
        QT_TRANSLATE_NOOP("ConfigModel", "Value"),
        QT_TRANSLATE_NOOP("ConfigModel", "Access"),
        QT_TRANSLATE_NOOP("ConfigModel", "Last answer"),
    )
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

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("ConfigModel", self.HEADERS[section])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        row = self.rows[index.row()]
        if (
            index.column() == self.VALUE
            and self.editable
            and not row.readonly
            and not row.secret  # changed in the form below, in a password field
            and row.answer != "sending…"
        ):
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, col = self.rows[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._text(row, col, role)
        if role == Qt.ItemDataRole.DecorationRole:
            return self._lock if col == self.KEY and row.readonly else None
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._foreground(row, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, col)
        return None

    def _text(self, row: KeyRow, col: int, role: int) -> str | None:
        if col == self.KEY:
            return row.key
        if col == self.VALUE:
            if role == Qt.ItemDataRole.EditRole:
                return "" if row.value is None or row.secret else row.value
            return shown_value(row.key, row.value)
        if col == self.ACCESS:
            return (
                translate("ConfigModel", "read-only")
                if row.readonly
                else translate("ConfigModel", "read-write")
            )
        if col == self.ANSWER:
            return answer_text(row.answer)
        return None

    def _foreground(self, row: KeyRow, col: int) -> QBrush | None:
        if col == self.ANSWER and row.answer:
            return QBrush(QColor(ANSWER_COLOURS.get(row.answer, ERROR)))
        if row.readonly:
            return QBrush(GREY)
        return None

    def _tooltip(self, row: KeyRow, col: int) -> str | None:
        if row.readonly:
            return translate(
                "ConfigModel", "{key} is read-only: the charger does not allow changing it"
            ).format(key=row.key)
        if col == self.ANSWER and row.detail:
            return tip(row.detail)
        if row.secret:
            return translate(
                "ConfigModel",
                "{key} is the charger's password: never shown. Change it in the form below; the "
                "station's password changes with it when the charger accepts it",
            ).format(key=row.key)
        if col == self.VALUE:
            return translate(
                "ConfigModel", "Double-click or press F2 to change; Enter sends the new value to the charger"
            )
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
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

        self.empty = empty_state(
            translate("ChargerConfigTab", "Select a charger to see its configuration keys.")
        )

        self.heading = plain_label()
        self.heading.setStyleSheet("font-size:15px; font-weight:600;")
        self.search = QLineEdit()
        self.search.setPlaceholderText(translate("ChargerConfigTab", "Search keys and values…  (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setToolTip(
            translate("ChargerConfigTab", "Shows only the keys whose name or value contains this text")
        )
        self.search.textChanged.connect(self._filter)
        self.refresh_button = QPushButton(translate("ChargerConfigTab", "Refresh"))
        self.refresh_button.setToolTip(
            translate("ChargerConfigTab", "Read every key from the charger again (F5)")
        )
        self.refresh_button.clicked.connect(self.refresh)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.search, 1)
        top.addWidget(self.refresh_button)

        self.state = plain_label()
        self.state.setStyleSheet(MUTED_CSS)
        self.state.setWordWrap(True)
        self.message = plain_label()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()

        self.reboot_bar = QFrame()
        self.reboot_bar.setStyleSheet(
            f"QFrame#RebootBar {{ background:{NOTICE_BG}; border:1px solid {NOTICE_BORDER}; border-radius:4px; }}"
        )
        self.reboot_bar.setObjectName("RebootBar")
        self.reboot_text = plain_label()
        self.reboot_text.setWordWrap(True)
        self.reset_button = QPushButton(translate("ChargerConfigTab", "Reset now"))
        self.reset_button.setToolTip(
            translate("ChargerConfigTab", "Send a soft Reset: the charger restarts when no charge is running")
        )
        self.reset_button.clicked.connect(self.reset_now)
        self.later_button = QPushButton(translate("ChargerConfigTab", "Later"))
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
        self.form = QGroupBox(translate("ChargerConfigTab", "Change the selected key"))
        self.form_key = QLabel("—")
        self.form_key.setTextFormat(Qt.TextFormat.PlainText)  # a key name comes from the charger
        self.form_key.setStyleSheet("font-weight:600;")
        self.form_value = QLineEdit()
        self.form_value.setMaxLength(VALUE_MAX)
        self.form_value.setPlaceholderText(translate("ChargerConfigTab", "new value"))
        self.form_value.returnPressed.connect(self.send_form)
        self.form_value.textChanged.connect(lambda *_: self._update_form_state())
        self.send_button = QPushButton(translate("ChargerConfigTab", "Send to charger"))
        self.send_button.setToolTip(
            translate(
                "ChargerConfigTab", "ChangeConfiguration (1.6) / SetVariables (2.0.1) with this value (Enter)"
            )
        )
        self.send_button.clicked.connect(self.send_form)
        self.form_hint = QLabel()
        self.form_hint.setTextFormat(Qt.TextFormat.PlainText)
        self.form_hint.setStyleSheet(MUTED_CSS)
        self.form_hint.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.form_value, 1)
        row.addWidget(self.send_button)
        fl = QFormLayout(self.form)
        fl.addRow(translate("ChargerConfigTab", "Key"), self.form_key)
        fl.addRow(translate("ChargerConfigTab", "Value"), row)
        fl.addRow("", self.form_hint)

        # asking for keys by name: the ones the charger does not know are listed
        self.ask_keys = QLineEdit()
        self.ask_keys.setPlaceholderText(
            translate("ChargerConfigTab", "Key names, comma-separated (e.g. LocalAuthListEnabled, VendorKey)")
        )
        self.ask_keys.setToolTip(
            translate(
                "ChargerConfigTab",
                "GetConfiguration with these keys: found ones are added to the table, unknown ones are listed",
            )
        )
        self.ask_keys.returnPressed.connect(self.ask)
        self.ask_button = QPushButton(translate("ChargerConfigTab", "Ask charger"))
        self.ask_button.clicked.connect(self.ask)
        self.unknown = plain_label()  # key names the charger does not know, as typed
        self.unknown.setWordWrap(True)
        self.unknown.setStyleSheet(text_css(CAUTION))
        self.unknown.hide()
        ask_row = QHBoxLayout()
        ask_row.addWidget(QLabel(translate("ChargerConfigTab", "Ask for keys:")))
        ask_row.addWidget(self.ask_keys, 1)
        ask_row.addWidget(self.ask_button)

        # 2.0.1: the report of one component (GetReport), refreshing its variables' rows
        self.report_box = ComponentReportBox(self)
        self.report_box.hide()

        self.body = QWidget()
        lay = QVBoxLayout(self.body)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(top)
        lay.addWidget(self.state)
        lay.addWidget(self.reboot_bar)
        lay.addWidget(self.table, 1)
        lay.addLayout(ask_row)
        lay.addWidget(self.unknown)
        lay.addWidget(self.report_box)
        lay.addWidget(self.form)
        lay.addWidget(self.message)
        outer = QVBoxLayout(self)
        outer.addWidget(self.empty)
        outer.addWidget(self.body)

        QShortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus)
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, self.refresh)
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
        show_message(self.message, "")
        self.report_box.clear()
        if cp_id is None:
            return
        states = getattr(self.central, "chargers", None)
        live = next((c for c in states() if c.cp_id == cp_id), None) if states is not None else None
        self.version = str(getattr(live, "ocpp_version", "") or "")
        self.report_box.setVisible(self.version == "2.0.1")
        self.heading.setText(translate("ChargerConfigTab", "Configuration of {cp_id}").format(cp_id=cp_id))
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

    def showEvent(self, event: Any) -> None:
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
        for w in (
            self.refresh_button,
            self.ask_button,
            self.ask_keys,
            self.reset_button,
            self.report_box.button,
        ):
            w.setEnabled(online)
        if not online:
            self.state.setText(
                translate(
                    "ChargerConfigTab",
                    "{cp_id} is offline: keys cannot be read or changed until it connects.",
                ).format(cp_id=self.cp_id)
            )
        self._update_form_state()

    def _show_last_snapshot(self) -> None:
        assert self.cp_id is not None
        snaps = self.service.snapshots(self.cp_id, limit=1)
        if not snaps:
            self.state.setText(
                translate(
                    "ChargerConfigTab", "{cp_id} is offline and no snapshot of its configuration is stored."
                ).format(cp_id=self.cp_id)
            )
            return
        snap = self.service.snapshot(snaps[0].id)
        self.model.set_rows([KeyRow(e.key, e.value, e.readonly) for e in snap.entries.values()])
        self.state.setText(
            translate(
                "ChargerConfigTab",
                "{cp_id} is offline: showing the snapshot of {taken_at} ({key_count} keys). Nothing can be changed until it connects.",
            ).format(cp_id=self.cp_id, taken_at=local_time(snap.info.taken_at), key_count=snap.info.key_count)
        )

    # --- reading -------------------------------------------------------------------------------------------

    def refresh(self) -> None:
        if self.cp_id is None or not self.online:
            return
        generation, cp_id = self._generation, self.cp_id
        self._stale = False
        self.refresh_button.setEnabled(False)
        self.state.setText(
            translate("ChargerConfigTab", "Reading the configuration of {cp_id}…").format(cp_id=cp_id)
        )

        async def read() -> None:
            try:
                reading = await self.service.read_configuration(cp_id)
            except EXPECTED as e:
                if generation == self._generation:
                    self.state.setText(
                        translate("ChargerConfigTab", "Could not read the configuration: {error}").format(
                            error=error_text(e)
                        )
                    )
                return
            finally:
                if generation == self._generation:
                    self.refresh_button.setEnabled(self.online)
            if generation != self._generation:
                return
            self.version = reading.ocpp_version
            self.model.set_rows([KeyRow(e.key, e.value, e.readonly) for e in reading.entries])
            self.report_box.setVisible(self.version == "2.0.1")
            self.report_box.fill([e.key for e in reading.entries])
            ro = sum(e.readonly for e in reading.entries)
            self.state.setText(
                ChargerPlurals.tr(
                    "%n keys ({ro} read-only) read from {cp_id} (OCPP {ocpp_version}) at {read_at}.",
                    None,
                    len(reading.entries),
                ).format(
                    ro=ro,
                    cp_id=cp_id,
                    ocpp_version=reading.ocpp_version,
                    read_at=local_time(reading.read_at),
                )
            )
            self._filter(self.search.text())
            self._selected_changed()

        self._tasks.spawn(read())

    def ask(self) -> None:
        names = [k.strip() for k in self.ask_keys.text().split(",") if k.strip()]
        if not names:
            show_message(
                self.message,
                translate("ChargerConfigTab", "Type one or more key names, separated by commas."),
                "warn",
            )
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
                    show_message(
                        self.message,
                        translate("ChargerConfigTab", "Could not ask {cp_id}: {error}").format(
                            cp_id=cp_id, error=error_text(e)
                        ),
                        "error",
                    )
                return
            finally:
                if generation == self._generation:
                    self.ask_button.setEnabled(self.online)
            if generation != self._generation:
                return
            self.model.merge([KeyRow(e.key, e.value, e.readonly, asked=True) for e in reading.entries])
            if reading.unknown_keys:
                self.unknown.setText(
                    translate("ChargerConfigTab", "Unknown to {cp_id}: {items}").format(
                        cp_id=cp_id, items=", ".join(reading.unknown_keys)
                    )
                )
                self.unknown.show()
            else:
                self.unknown.hide()
            found = ", ".join(e.key for e in reading.entries)
            show_message(
                self.message,
                translate("ChargerConfigTab", "Found: {found}.").format(found=found)
                if found
                else translate("ChargerConfigTab", "None of these keys is known to the charger."),
                "ok" if found else "warn",
            )

        self._tasks.spawn(ask())

    def refreshed(self, entries: list[cfg.ConfigEntry]) -> None:
        """Variables a component report (GetReport) carried: their rows updated (added when new)."""
        self.model.merge([KeyRow(e.key, e.value, e.readonly, asked=True) for e in entries])
        self._filter(self.search.text())

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
        secret = row is not None and row.secret
        self.form_value.blockSignals(True)
        # a password is typed in a password field and never pre-filled
        self.form_value.setEchoMode(QLineEdit.EchoMode.Password if secret else QLineEdit.EchoMode.Normal)
        self.form_value.setPlaceholderText(
            translate("ChargerConfigTab", "new password")
            if secret
            else translate("ChargerConfigTab", "new value")
        )
        self.form_value.setText((row.value or "") if row and not secret else "")
        self.form_value.blockSignals(False)
        self._update_form_state()

    def _update_form_state(self) -> None:
        row = self.selected_key()
        online = self.online
        can = row is not None and not row.readonly and online and row.answer != "sending…"
        self.form_value.setEnabled(can)
        if row is not None and row.secret:
            self.send_button.setEnabled(can and bool(self.form_value.text()))
        else:
            self.send_button.setEnabled(can and self.form_value.text() != (row.value or "") if row else False)
        if row is None:
            self.form_hint.setText(translate("ChargerConfigTab", "Select a key in the table."))
        elif row.readonly:
            self.form_hint.setText(
                translate(
                    "ChargerConfigTab", "{key} is read-only: the charger does not allow changing it."
                ).format(key=row.key)
            )
        elif not online:
            self.form_hint.setText(translate("ChargerConfigTab", "The charger is offline."))
        elif row.answer == "sending…":
            self.form_hint.setText(translate("ChargerConfigTab", "Waiting for the charger's answer…"))
        elif row.secret:
            self.form_hint.setText(
                translate(
                    "ChargerConfigTab",
                    "{key} is the charger's password. Enter sends the new one; when the charger accepts it, it also becomes the station's password, so the charger is let in on its next connection.",
                ).format(key=row.key)
            )
        else:
            self.form_hint.setText(
                translate(
                    "ChargerConfigTab",
                    "Enter sends the value; the charger's answer appears on the key's row.",
                )
            )

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
            show_message(
                self.message,
                translate(
                    "ChargerConfigTab", "{key} is read-only: the charger does not allow changing it."
                ).format(key=key),
                "warn",
            )
            return
        if len(value) > VALUE_MAX:
            show_message(
                self.message,
                translate(
                    "ChargerConfigTab",
                    "The value is {count} characters long; OCPP allows at most {max}.",
                ).format(count=len(value), max=VALUE_MAX),
                "warn",
            )
            return
        generation, cp_id = self._generation, self.cp_id
        secret = cfg.is_secret_key(key)
        shown = MASK if secret else repr(value)  # a password never reaches the screen
        self.model.set_answer(key, "sending…")
        self._update_form_state()
        show_message(
            self.message,
            translate("ChargerConfigTab", "Sending {key} = {shown} to {cp_id}…").format(
                key=key, shown=shown, cp_id=cp_id
            ),
            "info",
        )

        async def send() -> None:
            try:
                result = await self.service.change_key(cp_id, key, value)
            except (InvalidRequest, NotAllowed) as e:
                result = cfg.KeyResult(key, cfg.ERROR, cfg.HIDDEN if secret else value, str(e))
            if generation != self._generation:
                return
            ok = result.status in (cfg.ACCEPTED, cfg.REBOOT_REQUIRED)
            self.model.set_answer(
                key, result.status, result.detail, (result.value if secret else value) if ok else None
            )
            self._update_form_state()
            self._selected_changed()
            level = "ok" if result.status == cfg.ACCEPTED else "warn" if ok else "error"
            if result.status in (cfg.TIMEOUT, cfg.OFFLINE, cfg.ERROR):
                text = translate("ChargerConfigTab", "{key} not changed: {reason}.").format(
                    key=key, reason=result.detail or result.status
                )
            elif result.detail:
                text = translate(
                    "ChargerConfigTab", "{cp_id} answered {status} to {key} = {value}. ({detail})"
                ).format(cp_id=cp_id, status=result.status, key=key, value=shown, detail=result.detail)
            else:
                text = translate("ChargerConfigTab", "{cp_id} answered {status} to {key} = {value}.").format(
                    cp_id=cp_id, status=result.status, key=key, value=shown
                )
            show_message(self.message, text, level)
            if result.status == cfg.REBOOT_REQUIRED:
                self._offer_reset(key)

        self._tasks.spawn(send())

    def _offer_reset(self, key: str) -> None:
        if key not in self._reboot_keys:
            self._reboot_keys.append(key)
        keys = ", ".join(self._reboot_keys)
        self.reboot_text.setText(
            translate(
                "ChargerConfigTab", "{keys}: the charger uses the new value after a reboot. Reset now?"
            ).format(keys=keys)
        )
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
                    show_message(
                        self.message,
                        translate("ChargerConfigTab", "Reset not sent: {error}").format(error=error_text(e)),
                        "error",
                    )
                    self.reset_button.setEnabled(self.online)
                return
            if generation != self._generation:
                return
            status = answer.get("status", "?")
            if status == "Accepted":
                self.reboot_bar.hide()
                self._reboot_keys = []
                show_message(
                    self.message,
                    translate(
                        "ChargerConfigTab", "{cp_id} accepted the Reset: it restarts and uses the new values."
                    ).format(cp_id=cp_id),
                    "ok",
                )
            else:
                self.reset_button.setEnabled(self.online)
                show_message(
                    self.message,
                    translate("ChargerConfigTab", "{cp_id} answered {status} to the Reset.").format(
                        cp_id=cp_id, status=status
                    ),
                    "error",
                )

        self._tasks.spawn(reset())
