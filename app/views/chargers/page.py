"""The Chargers page: every charger the central system knows — new (Pending) chargers first and marked, then the
accepted ones, the refused ones last — live online/offline, with a filter; a toolbar for "Learn card…" and
"Add virtual charger…"; on the right the selected charger's tabs (Overview, Commissioning, Configuration,
Snapshots, Operations, Firmware & diagnostics).

Bridge signals update only the row of the charger an event is about. A charger seen for the first time (or booted
again) is read from the database on a worker thread, the chargers seen within :data:`READ_DELAY_MS` in one read,
and inserted; the "N chargers, M online" line is recounted at most every :data:`COUNT_DELAY_MS`. While the page is
hidden, online/offline changes only mark it stale: the rows are brought up to date when it is shown (new chargers
are still read and listed as they come)."""

from __future__ import annotations

import bisect
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.chargers import commissioning as svc
from app.services.chargers.service import ChargersService
from app.services.i18n import QT_TRANSLATE_NOOP, translate
from app.views.chargers.certificates import ChargerCertificatesTab
from app.views.chargers.commissioning import CommissioningTab
from app.views.chargers.config import ChargerConfigTab, ChargerSnapshotsTab
from app.views.chargers.config.monitors import ChargerMonitorsTab
from app.views.chargers.files import FirmwareDiagnosticsTab
from app.views.chargers.operations import ChargerOperationsTab
from app.views.chargers.overview import ChargerOverviewTab
from app.views.chargers.plurals import ChargerPlurals
from app.views.shell.workers import DbWorker
from app.views.widgets.style import DIMMED, HINT, INK, MUTED, OK, PENDING, text_css
from app.views.widgets.text import plain_label
from app.views.widgets.text import tip as plain_tip

CP_ROLE = Qt.ItemDataRole.UserRole
GROUPS = (
    ("new", QT_TRANSLATE_NOOP("ChargersPage", "New chargers")),
    ("known", QT_TRANSLATE_NOOP("ChargersPage", "Chargers")),
    ("refused", QT_TRANSLATE_NOOP("ChargersPage", "Refused")),
)
COLUMNS = (
    QT_TRANSLATE_NOOP("ChargersPage", "Charger"),
    QT_TRANSLATE_NOOP("ChargersPage", "State"),
    QT_TRANSLATE_NOOP("ChargersPage", "Station"),
    QT_TRANSLATE_NOOP("ChargersPage", "Vendor / model"),
)
ONLINE, OFFLINE = OK, MUTED
READ_DELAY_MS = 200  # chargers seen for the first time are read from the database at most 5 times a second
COUNT_DELAY_MS = 250  # the "N chargers, M online" line follows at most 4 times a second


def group_of(row: svc.ChargerRow) -> str:
    return "new" if row.is_new else "refused" if row.refused else "known"


class ChargersPage(QWidget):
    title = "Chargers"
    stations_changed = Signal()  # a charger was accepted into a (new) station

    def __init__(
        self,
        service: ChargersService,
        bridge: Any,
        central: Any,
        parent: QWidget | None = None,
        *,
        learn_card: Callable[[QWidget], QDialog] | None = None,
    ) -> None:
        """``learn_card(parent)`` builds the "Learn card…" dialog (the Users area's; None: the button is hidden)."""
        super().__init__(parent)
        self.service = service
        self.learn_card = learn_card
        self.bridge = bridge
        self.central = central
        self.rows: dict[str, svc.ChargerRow] = {}
        self.items: dict[str, QTreeWidgetItem] = {}
        self.group_of: dict[str, str] = {}  # cp id -> the group its item is in
        self._order: dict[str, list[str]] = {
            key: [] for key, _ in GROUPS
        }  # each group's ids, lower case, sorted
        self._to_read: set[str] = set()  # chargers seen that the next worker read brings in
        self._stale = False  # online/offline changed while the page was hidden
        self._worker: DbWorker | None = None
        self._read_timer = QTimer(self)
        self._read_timer.setSingleShot(True)
        self._read_timer.setInterval(READ_DELAY_MS)
        self._read_timer.timeout.connect(self._read_seen)
        self._count_timer = QTimer(self)
        self._count_timer.setSingleShot(True)
        self._count_timer.setInterval(COUNT_DELAY_MS)
        self._count_timer.timeout.connect(self._update_count)
        self.dialogs: list[Any] = []  # open toolbar dialogs (kept referenced)

        # left: toolbar, filter, list
        left = QWidget()
        left.setMinimumWidth(300)
        ll = QVBoxLayout(left)
        ll.setContentsMargins(8, 8, 4, 8)
        bar = QHBoxLayout()
        bar.setContentsMargins(8, 8, 8, 0)
        self.learn_button = QPushButton(translate("ChargersPage", "Learn card…"))
        self.learn_button.setToolTip(
            translate("ChargersPage", "Tap an unknown RFID card on a charger and give it to a user")
        )
        self.virtual_button = QPushButton(translate("ChargersPage", "Add virtual charger…"))
        self.virtual_button.setToolTip(
            translate("ChargersPage", "Start a simulated charger in this console (demos, training)")
        )
        bar.addWidget(self.learn_button)
        bar.addWidget(self.virtual_button)
        bar.addStretch(1)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(
            translate("ChargersPage", "Filter: id, station, vendor, model, IP…  (Ctrl+F)")
        )
        self.filter.setClearButtonEnabled(True)
        ll.addWidget(self.filter)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(len(COLUMNS))
        self.tree.setHeaderLabels([translate("ChargersPage", c) for c in COLUMNS])
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setAlternatingRowColors(True)
        header = self.tree.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.groups: dict[str, QTreeWidgetItem] = {}
        bold = QFont()
        bold.setBold(True)
        for key, label in GROUPS:
            g = QTreeWidgetItem([translate("ChargersPage", label)])
            g.setFirstColumnSpanned(False)
            g.setFont(0, bold)
            g.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.tree.addTopLevelItem(g)
            g.setFirstColumnSpanned(True)
            self.groups[key] = g
        self.groups["new"].setForeground(0, QBrush(QColor(PENDING)))
        ll.addWidget(self.tree, 1)
        self.count = plain_label("")
        self.count.setStyleSheet(text_css(HINT))
        ll.addWidget(self.count)

        # right: header and tabs
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(4, 8, 8, 8)
        self.heading = plain_label(translate("ChargersPage", "No charger selected"))
        self.heading.setStyleSheet("font-size:14pt; font-weight:600;")
        self.subheading = plain_label("")  # the charger's vendor and model
        self.subheading.setStyleSheet(text_css(HINT))
        self.subheading.setWordWrap(True)  # a longer language wraps it rather than widening the window
        rl.addWidget(self.heading)
        rl.addWidget(self.subheading)
        self.tabs = QTabWidget()
        self.overview = ChargerOverviewTab(service, bridge, central)
        self.commissioning = CommissioningTab(service, bridge, central)
        self.config = ChargerConfigTab(service, bridge, central)
        self.monitoring = ChargerMonitorsTab(service, bridge, central)
        self.snapshots = ChargerSnapshotsTab(service, bridge, central)
        self.operations = ChargerOperationsTab(service, bridge, central)
        self.files = FirmwareDiagnosticsTab(service, bridge, central)
        self.certificates = ChargerCertificatesTab(service, bridge, central)
        for tab, label in (
            (self.overview, translate("ChargersPage", "Overview")),
            (self.commissioning, translate("ChargersPage", "Commissioning")),
            (self.config, translate("ChargersPage", "Configuration")),
            (self.monitoring, translate("ChargersPage", "Monitoring")),
            (self.snapshots, translate("ChargersPage", "Snapshots")),
            (self.operations, translate("ChargersPage", "Operations")),
            (self.files, translate("ChargersPage", "Firmware && diagnostics")),
            (self.certificates, translate("ChargersPage", "Certificates")),
        ):
            scroll = QScrollArea()  # a narrow window scrolls a wide tab instead of growing past the screen
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            scroll.setWidget(tab)
            self.tabs.addTab(scroll, label)
        rl.addWidget(self.tabs, 1)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 5)
        split.setSizes([360, 740])
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(bar)
        lay.addWidget(split, 1)

        self.filter.textChanged.connect(self._apply_filter)
        self.tree.currentItemChanged.connect(self._selected)
        self.learn_button.clicked.connect(self.open_learn_card)
        self.learn_button.setVisible(learn_card is not None)
        self.virtual_button.clicked.connect(self.open_virtual_charger)
        self.commissioning.charger_changed.connect(self._charger_changed)
        QShortcut(QKeySequence.StandardKey.Find, self, self.filter.setFocus)
        if bridge is not None:
            bridge.connected.connect(self._on_presence)
            bridge.disconnected.connect(self._on_presence)
            bridge.boot.connect(self._on_seen)
            bridge.unknown_charger.connect(self._on_seen)
            bridge.status_changed.connect(self._on_status)
        self.reload()

    # --- list ----------------------------------------------------------------------------------------

    def reload(self) -> None:
        selected = self.current_cp_id()
        rows = self.service.list_chargers()
        for cp_id, item in self.items.items():
            self.groups[self.group_of[cp_id]].removeChild(item)
        self.items.clear()
        self.group_of.clear()
        self.rows.clear()
        for order in self._order.values():
            order.clear()
        self._stale = False
        for row in rows:
            self._put(row)
        self._update_groups()
        self._update_count()
        self._apply_filter(self.filter.text())
        if selected is not None and selected in self.items:
            self.tree.setCurrentItem(self.items[selected])
        elif self.tree.currentItem() is None:
            self._show(None)

    def _online(self, cp_id: str, row: svc.ChargerRow) -> bool:
        if self.central is not None and getattr(self.central, "started", False):
            return bool(self.central.is_connected(cp_id))
        return row.online

    def _put(self, row: svc.ChargerRow) -> QTreeWidgetItem:
        """Insert or update the row of ``row.cp_id`` (moving it to its group)."""
        self.rows[row.cp_id] = row
        item = self.items.get(row.cp_id)
        key = group_of(row)
        group = self.groups[key]
        if item is None:
            item = QTreeWidgetItem()
            item.setData(0, CP_ROLE, row.cp_id)
            self.items[row.cp_id] = item
        if self.group_of.get(row.cp_id) != key:
            current = self.tree.currentItem() is item
            self.tree.blockSignals(True)  # a move is not a change of selection: the tabs keep their charger
            try:
                sort_key = row.cp_id.lower()
                old = self.group_of.get(row.cp_id)
                if old is not None:
                    self.groups[old].removeChild(item)
                    order = self._order[old]
                    i = bisect.bisect_left(order, sort_key)
                    if i < len(order) and order[i] == sort_key:
                        del order[i]
                self.group_of[row.cp_id] = key
                index = bisect.bisect_left(
                    self._order[key], sort_key
                )  # the group stays sorted by charge point id
                self._order[key].insert(index, sort_key)
                group.insertChild(index, item)
                if current:
                    self.tree.setCurrentItem(item)
            finally:
                self.tree.blockSignals(False)
        item.setText(0, row.cp_id)
        if row.is_new:
            item.setText(0, translate("ChargersPage", "{cp_id}  NEW").format(cp_id=row.cp_id))
            item.setForeground(0, QBrush(QColor(PENDING)))
            font = QFont()
            font.setBold(True)
            item.setFont(0, font)
        else:
            item.setForeground(0, QBrush(QColor(INK if not row.refused else DIMMED)))
            item.setFont(0, QFont())
        self._set_state(item, row)
        item.setText(
            2, row.station_name or ("—" if not row.is_new else translate("ChargersPage", "not bound"))
        )
        item.setText(3, row.vendor_model)
        tip = [
            f"{row.cp_id} — {row.registration}",
            translate("ChargersPage", "IP {ip}").format(ip=row.ip_address) if row.ip_address else "",
            translate("ChargersPage", "serial {serial}").format(serial=row.serial_number)
            if row.serial_number
            else "",
            translate("ChargersPage", "firmware {firmware}").format(firmware=row.firmware_version)
            if row.firmware_version
            else "",
        ]
        item.setToolTip(0, plain_tip("\n".join(t for t in tip if t)))
        return item

    def _set_state(self, item: QTreeWidgetItem, row: svc.ChargerRow) -> None:
        online = self._online(row.cp_id, row)
        if not row.connected_ever:
            text = translate("ChargersPage", "never connected")
        else:
            text = translate("ChargersPage", "● online") if online else translate("ChargersPage", "○ offline")
        item.setText(1, text)
        item.setForeground(1, QBrush(QColor(ONLINE if online else OFFLINE)))

    def _update_groups(self) -> None:
        """The groups' headings (their counts); the count line below the list follows within COUNT_DELAY_MS."""
        for key, label in GROUPS:
            g = self.groups[key]
            text = f"{translate('ChargersPage', label)} ({g.childCount()})"
            if g.text(0) != text:
                g.setText(0, text)
            hidden = key != "known" and g.childCount() == 0
            if g.isHidden() != hidden:
                g.setHidden(hidden)
            if not g.isExpanded():
                g.setExpanded(True)
        self._count_soon()

    def _count_soon(self) -> None:
        if not self._count_timer.isActive():
            self._count_timer.start()

    def _update_count(self) -> None:
        self._count_timer.stop()
        online = sum(1 for cp, r in self.rows.items() if self._online(cp, r))
        self.count.setText(
            ChargerPlurals.tr("%n chargers, {online} online", None, len(self.rows)).format(online=online)
        )

    def _apply_filter(self, text: str) -> None:
        for cp_id, item in self.items.items():
            item.setHidden(not self.rows[cp_id].matches(text))

    def current_cp_id(self) -> str | None:
        item = self.tree.currentItem()
        return item.data(0, CP_ROLE) if item is not None else None

    def select(self, cp_id: str) -> bool:
        item = self.items.get(cp_id)
        if item is None:
            return False
        self.tree.setCurrentItem(item)
        return True

    def _selected(self, current: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        cp_id = current.data(0, CP_ROLE) if current is not None else None
        self._show(cp_id)

    def _show(self, cp_id: str | None) -> None:
        row = self.rows.get(cp_id) if cp_id else None
        if cp_id is None or row is None:
            self.heading.setText(translate("ChargersPage", "No charger selected"))
            self.subheading.setText(
                translate(
                    "ChargersPage",
                    "Choose a charger on the left. New chargers waiting for acceptance are listed first.",
                )
            )
            cp_id = None
        else:
            self.heading.setText((row.station_name and f"{row.cp_id} — {row.station_name}") or row.cp_id)
            state = self._state_word(cp_id, row)
            bits = [
                row.vendor_model,
                f"OCPP {row.ocpp_version}" if row.ocpp_version else "",
                state,
                translate("ChargersPage", "new: accept it on the Commissioning tab") if row.is_new else "",
            ]
            self.subheading.setText(" · ".join(b for b in bits if b))
            if row.is_new:
                self.show_tab(self.commissioning)
        for tab in self.tab_widgets():
            tab.set_charger(cp_id)

    def tab_widgets(self) -> list[Any]:
        return [
            self.overview,
            self.commissioning,
            self.config,
            self.monitoring,
            self.snapshots,
            self.operations,
            self.files,
            self.certificates,
        ]

    def show_tab(self, tab: QWidget) -> None:
        self.tabs.setCurrentIndex(self.tab_widgets().index(tab))

    def current_tab(self) -> Any:
        return self.tab_widgets()[self.tabs.currentIndex()]

    # --- live ----------------------------------------------------------------------------------------

    def _refresh(self, cp_id: str) -> None:
        """Read one charger now (after an operator's action on it) and show it."""
        row = self.service.charger(cp_id)
        if row is not None:
            self._show_row(row)

    def _show_row(self, row: svc.ChargerRow) -> None:
        item = self._put(row)
        item.setHidden(not row.matches(self.filter.text()))
        self._update_groups()
        if self.current_cp_id() == row.cp_id:
            self._show_heading_only(row.cp_id)

    def _show_heading_only(self, cp_id: str) -> None:
        row = self.rows[cp_id]
        self.heading.setText((row.station_name and f"{row.cp_id} — {row.station_name}") or row.cp_id)
        state = self._state_word(cp_id, row)
        self.subheading.setText(
            " · ".join(
                b
                for b in (row.vendor_model, f"OCPP {row.ocpp_version}" if row.ocpp_version else "", state)
                if b
            )
        )

    def _state_word(self, cp_id: str, row: svc.ChargerRow) -> str:
        return (
            translate("ChargersPage", "online")
            if self._online(cp_id, row)
            else translate("ChargersPage", "offline")
        )

    def _on_presence(self, e: Any) -> None:
        if e.cp_id not in self.items:
            self._read_soon(e.cp_id)
            return
        if not self.isVisible():
            self._stale = True  # brought up to date when shown
            return
        self._set_state(self.items[e.cp_id], self.rows[e.cp_id])
        self._count_soon()
        if self.current_cp_id() == e.cp_id:
            self._show_heading_only(e.cp_id)

    def _on_seen(self, e: Any) -> None:
        self._read_soon(e.cp_id)

    def _on_status(self, e: Any) -> None:
        if e.cp_id not in self.items:
            self._read_soon(e.cp_id)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            for cp_id, item in self.items.items():
                self._set_state(item, self.rows[cp_id])
            self._update_count()
            current = self.current_cp_id()
            if current is not None and current in self.rows:
                self._show_heading_only(current)

    # --- reading chargers seen, off the GUI thread ---------------------------------------------------------

    def _read_soon(self, cp_id: str) -> None:
        self._to_read.add(cp_id)
        if not self._read_timer.isActive():
            self._read_timer.start()

    def _read_seen(self) -> None:
        if not self._to_read:
            return
        cps, self._to_read = sorted(self._to_read), set()
        if self._worker is None:
            self._worker = DbWorker("chargers-page", lifo=False, max_pending=1000)
            self._worker.finished.connect(self._seen_read)
        self._worker.submit(("seen", tuple(cps)), lambda: self.service.chargers_seen(cps))

    def _seen_read(self, _key: Any, rows: list[svc.ChargerRow] | None, error: Exception | None) -> None:
        if error is not None:
            self.count.setText(
                translate("ChargersPage", "Could not read the chargers seen: {error}").format(error=error)
            )
            return
        for row in rows or []:
            self._show_row(row)

    def pending_reads(self) -> bool:
        """Chargers seen that are not read yet (for tests: the page is up to date once this is False)."""
        return (
            bool(self._to_read)
            or self._read_timer.isActive()
            or (self._worker is not None and not self._worker.idle())
        )

    def _charger_changed(self, cp_id: str) -> None:
        self._refresh(cp_id)
        if self.current_cp_id() == cp_id:
            self.overview.reload()
        self.stations_changed.emit()

    # --- toolbar -------------------------------------------------------------------------------------

    def open_learn_card(self) -> None:
        if self.learn_card is not None:
            self._open(self.learn_card(self))

    def open_virtual_charger(self) -> None:
        from app.views.chargers.virtual import AddVirtualChargerDialog

        dialog = getattr(self, "_virtual", None)
        if dialog is None:  # one, not modal: the chargers it runs can be watched on the other pages meanwhile
            dialog = self._virtual = AddVirtualChargerDialog(self.service, self.bridge, self.central, self)
            dialog.station_created.connect(self._station_created)
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()

    def _station_created(self, _station_id: int) -> None:
        self.reload()
        self.stations_changed.emit()

    def _open(self, dialog: Any) -> None:
        self.dialogs.append(dialog)
        dialog.finished.connect(lambda _r, d=dialog: self.dialogs.remove(d) if d in self.dialogs else None)
        dialog.open()

    def operating_tabs(self) -> list[QWidget]:
        """The tabs that act on a charger (commissioning, operations, firmware and diagnostics): what a role that
        may not operate chargers cannot use."""
        return [self.commissioning, self.operations, self.files]

    def shutdown(self) -> None:
        self.commissioning.shutdown()
        if self._worker is not None:
            self._worker.close()
