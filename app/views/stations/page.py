"""Stations page: every station with its live state, searchable and filterable, and the way into the editor.

The table is a :class:`StationTableModel` behind a :class:`StationFilterProxy`. Live events from the central
system (status, connect, disconnect) change the one row they are about (``dataChanged`` for that row; no model
reset); the access mode "now" is computed per station at its site's local time and cached per minute, and a
minute timer refreshes that column only.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QHideEvent,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QShortcut,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services import locale_format as fmt
from app.services.admin import stations as svc
from app.services.i18n import PLURAL, QT_TRANSLATE_NOOP, translate
from app.services.rules.plan import to_local
from app.views.shell.bridge import WhileShown
from app.views.stations.editor import StationEditor
from app.views.widgets import style as palette
from app.views.widgets.local_list_text import describe as describe_sync
from app.views.widgets.style import MODE_COLOURS, STATUS_COLOURS, status_name
from app.views.widgets.text import tip

ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the StationListRow
SORT_ROLE = Qt.ItemDataRole.UserRole + 2

COLUMNS = (
    QT_TRANSLATE_NOOP("StationsPage", "Name"),
    QT_TRANSLATE_NOOP("StationsPage", "Charge point id"),
    QT_TRANSLATE_NOOP("StationsPage", "Site"),
    QT_TRANSLATE_NOOP("StationsPage", "Connectors"),
    QT_TRANSLATE_NOOP("StationsPage", "Mode now"),
    QT_TRANSLATE_NOOP("StationsPage", "Online"),
    QT_TRANSLATE_NOOP("StationsPage", "Security"),
    QT_TRANSLATE_NOOP("StationsPage", "Last seen"),
    QT_TRANSLATE_NOOP("StationsPage", "Local list"),
)
NAME, CPID, SITE, CONNECTORS, MODE, ONLINE, SECURITY, LAST_SEEN, LOCAL_LIST = range(len(COLUMNS))
LIVE_COLUMNS = (CONNECTORS, ONLINE, LAST_SEEN)

GREY = QColor(palette.FAINT)
WARN = QColor(palette.WARN)
ERROR = QColor(palette.ERROR)
OK = QColor(palette.OK)
INK = QColor(palette.INK)
# the mode colours of app.views.widgets.style, darkened for text on white
MODE_TEXT = {mode: QColor(colour).darker(135) for mode, colour in MODE_COLOURS.items()}

Clock = Callable[[], dt.datetime]


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def format_last_seen(at: dt.datetime | None, tz: str, now: dt.datetime) -> str:
    """``"14:05"`` today, ``"Mon 14:05"`` this week, else ``"2026-03-02 14:05"`` — the site's local time."""
    if at is None:
        return translate("StationsPage", "never")
    local, today = to_local(at, tz), to_local(now, tz)
    if local.date() == today.date():
        return f"{local:%H:%M}"
    if dt.timedelta(0) <= today - local < dt.timedelta(days=6):
        return fmt.day_time(local)
    return f"{local:%Y-%m-%d %H:%M}"


def connector_statuses(row: svc.StationListRow) -> list[tuple[int, str]]:
    """What the Connectors column shows per connector: the live status, or Offline."""
    return [(c.number, c.status if row.online else "Offline") for c in row.connectors]


def local_list_text(row: svc.StationListRow) -> str:
    """The Local list cell: the version its charger holds from us, or why there is none."""
    if row.ll_supported is False:
        return translate("StationsPage", "not supported")
    if row.ll_sync_at is None:
        return "—"
    if row.ll_ok is False:
        return translate("StationsPage", "not in sync")
    return translate("StationsPage", "version {version}").format(version=row.ll_version)


def local_list_tip(row: svc.StationListRow) -> str:
    if row.ll_sync_at is None:
        return translate(
            "StationsPage",
            "The charger's local list is kept in sync with who may charge here at any time once it connects.",
        )
    text = translate("StationsPage", "Last synchronised {at}: {outcome}").format(
        at=f"{row.ll_sync_at:%Y-%m-%d %H:%M:%S} UTC", outcome=describe_sync(row.ll_outcome)
    )
    if row.ll_supported is False:
        text += "\n" + translate(
            "StationsPage",
            "Without a local list the charger does not check cards against this station's rules while it is offline.",
        )
    return text


class StationTableModel(QAbstractTableModel):
    """The stations, one row each. Live updates emit ``dataChanged`` for the one row they are about."""

    def __init__(self, clock: Clock = _utcnow, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.clock = clock
        self.rows: list[svc.StationListRow] = []
        self._by_cp: dict[str, int] = {}
        self._modes: dict[int, tuple[dt.datetime, svc.ModeNow]] = {}  # station id -> (minute, mode)
        self._minute = self._now_minute()

    # --- loading and live updates ------------------------------------------------------------------

    def set_rows(self, rows: list[svc.StationListRow]) -> None:
        """Replace everything (a reload after an edit, not a live event)."""
        self.beginResetModel()
        self.rows = rows
        self._by_cp = {r.charge_point_id: i for i, r in enumerate(rows)}
        self._modes.clear()
        self.endResetModel()

    def row_of(self, cp_id: str) -> int | None:
        return self._by_cp.get(cp_id)

    def by_cp_rows(self) -> dict[str, svc.StationListRow]:
        """The rows by charge point id."""
        return {cp_id: self.rows[n] for cp_id, n in self._by_cp.items()}

    def row_at(self, n: int) -> svc.StationListRow:
        return self.rows[n]

    def _row_changed(self, n: int, columns: tuple[int, ...] = LIVE_COLUMNS) -> None:
        self.dataChanged.emit(self.index(n, min(columns)), self.index(n, max(columns)))

    def update_status(
        self,
        cp_id: str,
        connector: int,
        status: str,
        error_code: str,
        at: dt.datetime | None = None,
        *,
        notify: bool = True,
    ) -> bool:
        """Apply a status; ``notify=False`` changes the row without telling the views (the page is hidden: it
        calls :meth:`live_columns_changed` once when shown)."""
        n = self._by_cp.get(cp_id)
        if n is None:
            return False
        row = self.rows[n]
        changed = row.apply_status(connector, status, error_code)
        if at is not None and (row.last_seen is None or at > row.last_seen):
            row.last_seen, changed = at, True
        if changed and notify:
            self._row_changed(n)
        return changed

    def update_presence(
        self, cp_id: str, online: bool, at: dt.datetime | None = None, *, notify: bool = True
    ) -> bool:
        n = self._by_cp.get(cp_id)
        if n is None:
            return False
        self.rows[n].apply_presence(online, at)
        if notify:
            self._row_changed(n)
        return True

    def live_columns_changed(self) -> None:
        """Every row's live columns may have changed (one signal for all, e.g. after the page was hidden)."""
        if self.rows:
            self.dataChanged.emit(
                self.index(0, min(LIVE_COLUMNS)), self.index(len(self.rows) - 1, max(LIVE_COLUMNS))
            )

    # --- access mode now, cached per minute ----------------------------------------------------------

    def _now_minute(self) -> dt.datetime:
        return self.clock().replace(second=0, microsecond=0)

    def mode_now(self, row: svc.StationListRow) -> svc.ModeNow:
        minute = self._now_minute()
        cached = self._modes.get(row.id)
        if cached is None or cached[0] != minute:
            cached = (minute, svc.mode_now(row, minute))
            self._modes[row.id] = cached
        return cached[1]

    def tick(self) -> bool:
        """Called every few seconds: when the minute turned, refresh the time-dependent columns (only those)."""
        minute = self._now_minute()
        if minute == self._minute or not self.rows:
            self._minute = minute
            return False
        self._minute = minute
        self.dataChanged.emit(self.index(0, MODE), self.index(len(self.rows) - 1, MODE))
        self.dataChanged.emit(self.index(0, LAST_SEEN), self.index(len(self.rows) - 1, LAST_SEEN))
        return True

    # --- Qt model API --------------------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("StationsPage", COLUMNS[section])
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            return {
                CONNECTORS: translate(
                    "StationsPage", "Number of connectors and each connector's live status"
                ),
                MODE: translate(
                    "StationsPage",
                    "The access mode right now at the site's local time (connectors with their own rules "
                    "are listed when they differ)",
                ),
                SECURITY: translate(
                    "StationsPage",
                    "How the charger authenticates. 'Unsecured' means any device may connect under this "
                    "charge point id: set a password",
                ),
                LAST_SEEN: translate(
                    "StationsPage", "When the charger was last heard from (site's local time)"
                ),
            }.get(section)
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        col = index.column()
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, col)
        if role == SORT_ROLE:
            return self._sort_key(row, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            text = self._tooltip(
                row, col
            )  # a connector's error code and the names come from outside: literal
            return tip(text) if text else text
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._foreground(row, col)
        if role == Qt.ItemDataRole.FontRole and col == NAME and not row.enabled:
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def _display(self, row: svc.StationListRow, col: int) -> str:
        if col == NAME:
            return row.name
        if col == CPID:
            return row.charge_point_id
        if col == SITE:
            return row.site
        if col == CONNECTORS:
            statuses = ", ".join(f"#{n} {status_name(s)}" for n, s in connector_statuses(row))
            return (
                f"{len(row.connectors)} · {statuses}"
                if row.connectors
                else translate("StationsPage", "none yet")
            )
        if col == MODE:
            return self.mode_now(row).text()
        if col == ONLINE:
            if not row.enabled:
                return (
                    translate("StationsPage", "online · disabled")
                    if row.online
                    else translate("StationsPage", "offline · disabled")
                )
            return translate("StationsPage", "online") if row.online else translate("StationsPage", "offline")
        if col == SECURITY:
            return svc.security_label(row)[0]
        if col == LAST_SEEN:
            return format_last_seen(row.last_seen, row.timezone, self.clock())
        if col == LOCAL_LIST:
            return local_list_text(row)
        return ""

    def _sort_key(self, row: svc.StationListRow, col: int) -> Any:
        if col == CONNECTORS:
            return len(row.connectors)
        if col == LAST_SEEN:
            return row.last_seen.timestamp() if row.last_seen else 0.0
        if col == ONLINE:
            return (not row.online, not row.enabled)
        return self._display(row, col).casefold()

    def _tooltip(self, row: svc.StationListRow, col: int) -> str | None:
        if col == NAME:
            parts = [row.name, row.address] if row.address else [row.name]
            if not row.enabled:
                parts.append(
                    translate("StationsPage", "Disabled: its charger is refused and no card is accepted.")
                )
            return "\n".join(parts)
        if col == CONNECTORS:
            return "\n".join(self._connector_tip(row, c) for c in row.connectors) or translate(
                "StationsPage", "No connectors yet: they appear when the charger reports them."
            )
        if col == MODE:
            return self.mode_now(row).detail()
        if col == SECURITY:
            if row.unsecured:
                return translate(
                    "StationsPage",
                    "No password and unsecured connections allowed: any device on the network can connect "
                    "as this charger. Open the station and set a password.",
                )
            if row.locked_out:
                return translate(
                    "StationsPage",
                    "No password and unsecured connections refused: the charger cannot connect until you "
                    "set a password.",
                )
            return translate("StationsPage", "Security profile {profile}, password set").format(
                profile=row.security_profile
            )
        if col == LAST_SEEN and row.last_seen is not None:
            return f"{row.last_seen:%Y-%m-%d %H:%M:%S} UTC"
        if col == LOCAL_LIST:
            return local_list_tip(row)
        return None

    @staticmethod
    def _connector_tip(row: svc.StationListRow, c: Any) -> str:
        plug = c.plug_type or translate("StationsPage", "type unknown")
        power = translate("StationsPage", ", {kw} kW").format(kw=f"{c.max_kw:g}") if c.max_kw else ""
        status = (
            status_name(c.status)
            if row.online
            else translate("StationsPage", "Offline (last: {status})").format(status=status_name(c.status))
        )
        error = f" ({c.error_code})" if c.error_code not in ("", "NoError") else ""
        return translate("StationsPage", "Connector {number}: {plug}{power} — {status}{error}").format(
            number=c.number, plug=plug, power=power, status=status, error=error
        )

    def _foreground(self, row: svc.StationListRow, col: int) -> QBrush | None:
        if col == NAME and not row.enabled:
            return QBrush(GREY)
        if col == ONLINE:
            return QBrush(OK if row.online else GREY)
        if col == SECURITY:
            level = svc.security_label(row)[1]
            return QBrush(WARN if level == "warn" else ERROR if level == "error" else INK)
        if col == MODE:
            return QBrush(MODE_TEXT.get(self.mode_now(row).slot.mode.value, INK))
        if col == LOCAL_LIST:
            if row.ll_supported is False:
                return QBrush(WARN)
            return QBrush(ERROR if row.ll_ok is False else OK if row.ll_ok else GREY)
        return None


class StationFilterProxy(QSortFilterProxyModel):
    """Search (name, charge point id, address) and the site, status and access-mode filters."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.search = ""
        self.site_id: int | None = None
        self.status: str | None = None
        self.mode: str | None = None
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)

    def set_filters(self, **values: Any) -> None:
        self.beginFilterChange()
        for key, value in values.items():
            setattr(self, key, value)
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        model = self.sourceModel()
        assert isinstance(model, StationTableModel)
        row = model.row_at(source_row)
        if self.site_id is not None and row.site_id != self.site_id:
            return False
        if self.search and not svc.matches_search(row, self.search):
            return False
        if not svc.matches_status(row, self.status):
            return False
        return self.mode is None or any(m.value == self.mode for m in model.mode_now(row).modes())


class ConnectorsDelegate(QStyledItemDelegate):
    """Paints the Connectors column as the count and a coloured pill per connector."""

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        row = index.data(ROW_ROLE)
        if not isinstance(row, svc.StationListRow):
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = option.rect.adjusted(6, 4, -4, -4)
        fm = QFontMetrics(option.font)
        count = str(len(row.connectors))
        painter.setPen(option.palette.color(option.palette.ColorRole.Text))
        painter.drawText(
            QRect(rect.left(), rect.top(), fm.horizontalAdvance(count) + 2, rect.height()),
            Qt.AlignmentFlag.AlignVCenter,
            count,
        )
        x = rect.left() + fm.horizontalAdvance(count) + 8
        small = QFont(option.font)
        small.setPointSizeF(max(7.0, option.font.pointSizeF() - 1))
        small.setBold(True)
        sfm = QFontMetrics(small)
        painter.setFont(small)
        pills = connector_statuses(row)
        full = sum(sfm.horizontalAdvance(f"{n} {status_name(st)}") + 16 for n, st in pills)
        compact = x + full > rect.right()  # not enough room: numbers only, the colour says the status
        for number, status in pills:
            text = str(number) if compact else f"{number} {status_name(status)}"
            width = sfm.horizontalAdvance(text) + (10 if compact else 12)
            if x + width > rect.right():
                painter.setPen(option.palette.color(option.palette.ColorRole.Text))
                painter.drawText(
                    QRect(x, rect.top(), max(0, rect.right() - x), rect.height()),
                    Qt.AlignmentFlag.AlignVCenter,
                    "…",
                )
                break
            pill = QRect(
                x, rect.center().y() - sfm.height() // 2 - 2, max(width, sfm.height() + 4), sfm.height() + 4
            )
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(STATUS_COLOURS.get(status, STATUS_COLOURS["Unknown"])))
            painter.drawRoundedRect(pill, 7, 7)
            painter.setPen(QColor(palette.SURFACE))
            painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, text)
            x += pill.width() + 4
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        row = index.data(ROW_ROLE)
        base = super().sizeHint(option, index)
        if not isinstance(row, svc.StationListRow):
            return base
        fm = QFontMetrics(option.font)
        width = 20 + sum(
            fm.horizontalAdvance(f"{n} {status_name(s)}") + 16 for n, s in connector_statuses(row)
        )
        return QSize(max(base.width(), width), base.height())


MODE_FILTERS = (
    (QT_TRANSLATE_NOOP("StationsPage", "Any access mode"), None),
    (QT_TRANSLATE_NOOP("StationsPage", "Public now"), "public"),
    (QT_TRANSLATE_NOOP("StationsPage", "Limited now"), "limited"),
    (QT_TRANSLATE_NOOP("StationsPage", "Private now"), "private"),
)


def add_filter_combos(page: Any, prefix: str = "") -> None:
    """The site / status / mode combos the Stations list and the Map share (same items, same meaning) as
    ``page.site_filter``, ``page.status_filter`` and ``page.mode_filter``; the site combo is filled by the page."""
    page.site_filter = QComboBox()
    page.site_filter.setObjectName(f"{prefix}SiteFilter")
    page.site_filter.setToolTip(translate("StationsPage", "Show the stations of one site"))
    page.status_filter = QComboBox()
    page.status_filter.setObjectName(f"{prefix}StatusFilter")
    page.status_filter.setToolTip(
        translate(
            "StationsPage",
            "Faulted: the charger or a connector reports Faulted. Charging: a connector "
            "is Charging or Suspended (a session in progress)",
        )
    )
    for text, value in STATUS_FILTER_ITEMS:
        page.status_filter.addItem(translate("StationsPage", text), value)
    page.mode_filter = QComboBox()
    page.mode_filter.setObjectName(f"{prefix}ModeFilter")
    page.mode_filter.setToolTip(
        translate(
            "StationsPage",
            "The access mode right now, at each site's local time (a station matches "
            "when the station or one of its connectors is in that mode)",
        )
    )
    for text, value in MODE_FILTERS:
        page.mode_filter.addItem(translate("StationsPage", text), value)


def filter_values(page: Any) -> dict[str, Any]:
    """The site / status / mode filters of a page that has the three combos (the Stations list and the Map)."""
    return {
        "site_id": page.site_filter.currentData(),
        "status": page.status_filter.currentData(),
        "mode": page.mode_filter.currentData(),
    }


def select_filters(page: Any, site_id: int | None, status: str | None, mode: str | None) -> None:
    """Put the three combos of ``page`` on these values (None: "any") without their change signals."""
    for combo, value in ((page.site_filter, site_id), (page.status_filter, status), (page.mode_filter, mode)):
        combo.blockSignals(True)
        combo.setCurrentIndex(max(combo.findData(value), 0) if value is not None else 0)
        combo.blockSignals(False)


STATUS_FILTER_ITEMS = (
    (QT_TRANSLATE_NOOP("StationsPage", "Any status"), None),
    (QT_TRANSLATE_NOOP("StationsPage", "Online"), "online"),
    (QT_TRANSLATE_NOOP("StationsPage", "Offline"), "offline"),
    (QT_TRANSLATE_NOOP("StationsPage", "Faulted"), "faulted"),
    (QT_TRANSLATE_NOOP("StationsPage", "Charging"), "charging"),
)


def follow_live_rows(page: Any, bridge: Any, central: Any) -> WhileShown | None:
    """The Stations list's and the Map's rows follow the chargers' statuses and presence while the page is shown;
    shown again, the page's ``_catch_up`` takes the central system's current state (without a central system there
    is nothing to catch up from: connected all the time)."""
    if bridge is None:
        return None
    return WhileShown(
        page,
        [
            (bridge.status_changed, page.on_status),
            (bridge.connected, page.on_connected),
            (bridge.disconnected, page.on_disconnected),
        ],
        page._catch_up if central is not None else None,
    )


class StationsPage(QWidget):
    """The stations list. Signals for the lead's wiring: ``edit_schedule_requested(station_id, connector_pk or
    None)`` and ``set_on_map_requested(station_id)`` come from the editors; ``stations_changed`` after a save,
    a delete or a disable (the dashboard and the map may reload)."""

    title = "Stations"
    site_filter: QComboBox  # the three made by add_filter_combos
    status_filter: QComboBox
    mode_filter: QComboBox

    edit_schedule_requested = Signal(int, object)
    set_on_map_requested = Signal(int)
    stations_changed = Signal()
    filters_changed = Signal(dict)  # site_id, status, mode: the Map page follows (see set_filters)

    def __init__(
        self,
        service: svc.StationsService,
        bridge: Any,
        central: Any,
        parent: QWidget | None = None,
        *,
        clock: Clock = _utcnow,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.bridge = bridge
        self.central = central
        self.editors: dict[int | None, list[StationEditor]] = {}
        self._sites: list[svc.Choice] = []
        self._loaded = False
        self._live_stale = False  # live changes the hidden table was not told about

        lay = QVBoxLayout(self)
        lay.setContentsMargins(12, 12, 12, 12)
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("StationSearch")
        self.search.setPlaceholderText(translate("StationsPage", "Search name, charge point id or address"))
        self.search.setClearButtonEnabled(True)
        self.search.setToolTip(
            translate(
                "StationsPage",
                "Every word must appear in the name, the charge point id or the address (Ctrl+F)",
            )
        )
        add_filter_combos(self)
        bar.addWidget(self.search, 3)
        bar.addWidget(self.site_filter, 1)
        bar.addWidget(self.status_filter, 1)
        bar.addWidget(self.mode_filter, 1)
        lay.addLayout(bar)

        self.model = StationTableModel(clock, self)
        self.proxy = StationFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setObjectName("StationsTable")
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # as loaded: by site, then name
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(30)
        self.table.setWordWrap(False)
        self.table.setItemDelegateForColumn(CONNECTORS, ConnectorsDelegate(self.table))
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(CONNECTORS, QHeaderView.ResizeMode.Stretch)
        for col, width in (
            (NAME, 160),
            (CPID, 130),
            (SITE, 120),
            (MODE, 215),
            (ONLINE, 80),
            (SECURITY, 165),
            (LAST_SEEN, 110),
        ):
            self.table.setColumnWidth(col, width)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.table.installEventFilter(self)
        lay.addWidget(self.table, 1)

        self.empty = QLabel()
        self.empty.setObjectName("StationsEmpty")
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet(f"{palette.MUTED_CSS} padding:8px;")
        self.empty.hide()
        lay.addWidget(self.empty)
        # "No stations yet" said here; off where the window shows its empty state with buttons instead
        self.own_empty_hint = True

        buttons = QHBoxLayout()
        self.new_button = QPushButton(translate("StationsPage", "New station…"))
        self.new_button.setToolTip(translate("StationsPage", "Add a station (Ctrl+N)"))
        self.edit_button = QPushButton(translate("StationsPage", "Edit…"))
        self.edit_button.setToolTip(
            translate("StationsPage", "Open the selected station (Enter or double-click)")
        )
        self.duplicate_button = QPushButton(translate("StationsPage", "Duplicate…"))
        self.duplicate_button.setToolTip(
            translate(
                "StationsPage",
                "A new station with the same site, settings, connectors and access rules "
                "(a new charge point id, no password)",
            )
        )
        self.delete_button = QPushButton(translate("StationsPage", "Delete…"))
        self.delete_button.setToolTip(
            translate(
                "StationsPage",
                "Delete the selected station (Del). A station with sessions can only be disabled",
            )
        )
        self.count = QLabel()
        self.count.setObjectName("StationsCount")
        self.count.setStyleSheet(palette.MUTED_CSS)
        for b in (self.new_button, self.edit_button, self.duplicate_button, self.delete_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.count)
        lay.addLayout(buttons)
        self.message = QLabel()
        self.message.setObjectName("StationsMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        lay.addWidget(self.message)

        self.new_button.clicked.connect(self.new_station)
        self.edit_button.clicked.connect(self.edit_selected)
        self.duplicate_button.clicked.connect(self.duplicate_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.search.textChanged.connect(lambda text: self._filter(search=text.strip()))
        self.site_filter.currentIndexChanged.connect(
            lambda _i: self._filter(site_id=self.site_filter.currentData())
        )
        self.status_filter.currentIndexChanged.connect(
            lambda _i: self._filter(status=self.status_filter.currentData())
        )
        self.mode_filter.currentIndexChanged.connect(
            lambda _i: self._filter(mode=self.mode_filter.currentData())
        )
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.proxy.rowsInserted.connect(lambda *_: self._update_count())
        self.proxy.rowsRemoved.connect(lambda *_: self._update_count())
        self.proxy.modelReset.connect(self._update_count)
        QShortcut(QKeySequence.StandardKey.Find, self, self._focus_search)
        QShortcut(QKeySequence.StandardKey.New, self, self.new_station)

        self._clock_timer = QTimer(self)
        self._clock_timer.setInterval(5_000)  # the mode column follows the minute within 5 s
        self._clock_timer.timeout.connect(self.model.tick)
        self._clock_timer.start()
        self._reload_timer = QTimer(self)  # a charger of a station not listed yet (accepted meanwhile)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(1_000)
        self._reload_timer.timeout.connect(self.reload)

        self.live = follow_live_rows(self, bridge, central)
        self.reload()

    # --- data ----------------------------------------------------------------------------------------

    def reload(self) -> None:
        """Re-read the stations and the sites from the database, keeping the selection and the filters."""
        selected = self.selected_id()
        listing = self.service.load_list()
        self._sites = listing.sites
        self.model.set_rows(listing.rows)
        self._fill_site_filter()
        self._loaded = True
        if selected is not None:
            self.select_station(selected)
        self._update_count()
        self._update_buttons()

    def _fill_site_filter(self) -> None:
        current = self.site_filter.currentData()
        self.site_filter.blockSignals(True)
        self.site_filter.clear()
        self.site_filter.addItem(translate("StationsPage", "All sites"), None)
        for site in self._sites:
            self.site_filter.addItem(site.name, site.id)
        i = self.site_filter.findData(current) if current is not None else 0
        self.site_filter.setCurrentIndex(max(i, 0))
        self.site_filter.blockSignals(False)
        if i < 0 and current is not None:
            self._filter(site_id=None)
        self.site_filter.setVisible(len(self._sites) > 1 or self.site_filter.currentData() is not None)

    def _filter(self, **values: Any) -> None:
        self.proxy.set_filters(**values)
        self._update_count()
        self._update_buttons()
        self.filters_changed.emit(self.filters())

    def filters(self) -> dict[str, Any]:
        return filter_values(self)

    def set_filters(
        self, *, site_id: int | None = None, status: str | None = None, mode: str | None = None
    ) -> None:
        """Set the three filters at once (e.g. from the Map page's), without echoing ``filters_changed``."""
        select_filters(self, site_id, status, mode)
        if site_id is not None:
            self.site_filter.setVisible(True)
        self.proxy.set_filters(**self.filters())
        self._update_count()
        self._update_buttons()

    def _update_count(self) -> None:
        total, shown = self.model.rowCount(), self.proxy.rowCount()
        self.count.setText(
            translate("StationsPage", "%n station(s)", None, PLURAL, int(total))
            if shown == total
            else translate("StationsPage", "{shown} of %n station(s) shown", None, PLURAL, int(total)).format(
                shown=shown
            )
        )
        if total == 0 and not self.own_empty_hint:
            self.empty.hide()
        elif total == 0:
            self.empty.setText(
                translate(
                    "StationsPage",
                    "No stations yet. Click <b>New station…</b>, or point a charger at this central "
                    "system (its address is in the status bar) and accept it.",
                )
                if self._sites
                else translate(
                    "StationsPage",
                    "No stations and no site yet. Stations belong to a site: create one in "
                    "<b>Settings → Sites</b> first, then add stations here.",
                )
            )
            self.empty.show()
        elif shown == 0:
            self.empty.setText(translate("StationsPage", "No station matches the search and filters."))
            self.empty.show()
        else:
            self.empty.hide()

    def _update_buttons(self) -> None:
        has = self.selected_id() is not None
        for b in (self.edit_button, self.duplicate_button, self.delete_button):
            b.setEnabled(has)

    def selected_row(self) -> svc.StationListRow | None:
        indexes = self.table.selectionModel().selectedRows()
        if not indexes:
            return None
        row = indexes[0].data(ROW_ROLE)
        return row if isinstance(row, svc.StationListRow) else None

    def selected_id(self) -> int | None:
        row = self.selected_row()
        return row.id if row is not None else None

    def select_station(self, station_id: int) -> bool:
        for n in range(self.proxy.rowCount()):
            index = self.proxy.index(n, 0)
            row = index.data(ROW_ROLE)
            if row is not None and row.id == station_id:
                self.table.selectRow(n)
                self.table.scrollTo(index)
                return True
        return False

    def visible_names(self) -> list[str]:
        return [str(self.proxy.index(n, NAME).data()) for n in range(self.proxy.rowCount())]

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # --- live events ---------------------------------------------------------------------------------

    # live events: the rows always follow; the views (and the filter) are told at once while the page is shown,
    # once when it is shown again otherwise (a hidden table's proxy would re-filter a row per message)

    def on_status(self, e: Any) -> None:
        shown = self.isVisible()
        if not self.model.update_status(
            e.cp_id, e.connector_id, e.status, e.error_code, getattr(e, "at", None), notify=shown
        ):
            if self.model.row_of(e.cp_id) is None and self._loaded:
                self._reload_timer.start()
        elif not shown:
            self._live_stale = True

    def on_connected(self, e: Any) -> None:
        shown = self.isVisible()
        if not self.model.update_presence(e.cp_id, True, getattr(e, "at", None), notify=shown):
            if getattr(e, "known", False):
                self._reload_timer.start()
        elif not shown:
            self._live_stale = True

    def on_disconnected(self, e: Any) -> None:
        shown = self.isVisible()
        if self.model.update_presence(e.cp_id, False, getattr(e, "at", None), notify=shown) and not shown:
            self._live_stale = True

    def _catch_up(self) -> None:
        """Shown again: the rows take the central system's current state (the live events went elsewhere meanwhile);
        the views are told in showEvent, a station the list lacks is read."""
        if self.central is None or not self._loaded:
            return
        changed, missing = svc.apply_live(self.model.by_cp_rows(), self.central.chargers())
        if changed:
            self._live_stale = True
        if missing:
            self._reload_timer.start()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        if self.live is not None:
            self.live.hidden()

    def showEvent(self, event: QShowEvent) -> None:
        if self.live is not None:
            self.live.shown()  # first: catch up with what happened while hidden
        super().showEvent(event)
        if self._live_stale:
            self._live_stale = False
            self.model.live_columns_changed()
            self._update_count()

    # --- actions -------------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.edit_selected()
                return True
            if event.key() == Qt.Key.Key_Delete:
                self.delete_selected()
                return True
        return super().eventFilter(watched, event)

    def _show_message(self, text: str, level: palette.Level = "ok") -> None:
        self.message.setStyleSheet(palette.level_css(level))
        self.message.setText(text)
        self.message.show()

    def new_station(self) -> None:
        if not self.new_button.isEnabled():  # Ctrl+N follows the button (off for a role that may not)
            return
        if not self._sites:
            self.reload()
        if not self._sites:
            box = QMessageBox(
                QMessageBox.Icon.Information,
                translate("StationsPage", "No site yet"),
                translate(
                    "StationsPage",
                    "Every station belongs to a site (its time zone, currency and VAT).\n\n"
                    "Create a site in Settings → Sites first, then add the station here.",
                ),
                QMessageBox.StandardButton.Ok,
                self,
            )
            box.setObjectName("NoSiteBox")
            box.open()
            self._box = box
            return
        row = self.selected_row()
        site_id = self.proxy.site_id if self.proxy.site_id is not None else row.site_id if row else None
        self._open_editor(None, site_id=site_id)

    def edit_selected(self) -> None:
        station_id = self.selected_id()
        if station_id is not None:
            self._open_editor(station_id)

    def duplicate_selected(self) -> None:
        station_id = self.selected_id()
        if station_id is None:
            return
        try:
            form = self.service.duplicate(station_id)
        except LookupError as e:
            self._show_message(str(e), "error")
            self.reload()
            return
        self._open_editor(None, form=form)

    def _open_editor(
        self, station_id: int | None, *, form: svc.StationForm | None = None, site_id: int | None = None
    ) -> StationEditor | None:
        if station_id is not None:
            for editor in self.editors.get(station_id, []):
                editor.show()
                editor.raise_()
                editor.activateWindow()
                return editor
        try:
            editor = StationEditor(self.service, station_id, form=form, site_id=site_id, parent=self)
        except LookupError as e:
            self._show_message(
                translate("StationsPage", "{problem}. The list was refreshed.").format(problem=e), "error"
            )
            self.reload()
            return None
        self.editors.setdefault(station_id, []).append(editor)
        editor.saved.connect(self._saved)
        editor.edit_schedule_requested.connect(self.edit_schedule_requested)
        editor.set_on_map_requested.connect(self.set_on_map_requested)
        editor.finished.connect(lambda _r, ed=editor, key=station_id: self._editor_closed(key, ed))
        editor.show()
        editor.raise_()
        editor.activateWindow()
        return editor

    def _editor_closed(self, key: int | None, editor: StationEditor) -> None:
        group = self.editors.get(key, [])
        if editor in group:
            group.remove(editor)
        if not group:
            self.editors.pop(key, None)
        editor.deleteLater()

    def _saved(self, station_id: int) -> None:
        self.reload()
        self.select_station(station_id)
        row = self.selected_row()
        self._show_message(
            translate("StationsPage", "Saved station {name}.").format(name=row.name if row else station_id)
        )
        self.stations_changed.emit()

    def delete_selected(self) -> None:
        row = self.selected_row()
        if row is None or not self.delete_button.isEnabled():  # Del follows the button
            return
        connectors = len(row.connectors)
        question = (
            translate(
                "StationsPage",
                "Delete station {name} ({cpid}) with its %n connector(s), its access rules, owners "
                "and special users?\n\nThis cannot be undone.",
                None,
                PLURAL,
                int(connectors),
            )
            if row.connectors
            else translate(
                "StationsPage",
                "Delete station {name} ({cpid}) its access rules, owners and special users?\n\nThis cannot be undone.",
            )
        )
        box = QMessageBox(
            QMessageBox.Icon.Question,
            translate("StationsPage", "Delete station"),
            question.format(name=row.name, cpid=row.charge_point_id),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("ConfirmDelete")
        box.button(QMessageBox.StandardButton.Yes).setText(translate("StationsPage", "Delete"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(
            lambda result, r=row: (
                self._delete_confirmed(r) if result == QMessageBox.StandardButton.Yes else None
            )
        )
        box.open()
        self._box = box

    def _delete_confirmed(self, row: svc.StationListRow) -> None:
        try:  # checked against the station as listed
            self.service.delete(row.id, revision=row.revision)
        except svc.StationInUse as e:
            self._offer_disable(row, e)
            return
        except svc.EditConflict as conflict:
            self.reload()
            self._show_message(
                translate("StationsPage", "{name}: {conflict} Look at it again before deleting.").format(
                    name=row.name, conflict=conflict.sentence()
                ),
                "warn",
            )
            return
        except LookupError:
            self._show_message(
                translate("StationsPage", "{name} was already deleted.").format(name=row.name), "warn"
            )
            self.reload()
            return
        self.reload()
        self._show_message(
            translate("StationsPage", "Deleted station {name} ({cpid}).").format(
                name=row.name, cpid=row.charge_point_id
            )
        )

        self.stations_changed.emit()

    def _offer_disable(self, row: svc.StationListRow, error: svc.StationInUse) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            translate("StationsPage", "Station has sessions"),
            str(error),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("OfferDisable")
        disable = box.addButton(
            translate("StationsPage", "Disable station") if row.enabled else translate("StationsPage", "OK"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        if not row.enabled:
            box.setText(
                translate("StationsPage", "{problem}\n\n{name} is already disabled.").format(
                    problem=error, name=row.name
                )
            )
            box.removeButton(box.button(QMessageBox.StandardButton.Cancel))
        box.setDefaultButton(disable)
        box.finished.connect(
            lambda _r, b=box, r=row, d=disable: (
                self._disable_chosen(r) if b.clickedButton() is d and r.enabled else None
            )
        )
        box.open()
        self._box = box

    def _disable_chosen(self, row: svc.StationListRow) -> None:
        try:
            self.service.disable(row.id)
        except LookupError:
            self._show_message(
                translate("StationsPage", "{name} was deleted meanwhile.").format(name=row.name), "warn"
            )
        else:
            self._show_message(
                translate(
                    "StationsPage", "Disabled station {name}: its charger is refused; its history is kept."
                ).format(name=row.name)
            )
            self.stations_changed.emit()
        self.reload()

    def unsaved_editors(self) -> list[StationEditor]:
        """Open editors with changes not saved yet (for the main window to ask before it closes)."""
        return [e for group in self.editors.values() for e in group if e.isVisible() and e.is_dirty()]

    def closeEvent(self, event: Any) -> None:
        self._clock_timer.stop()
        super().closeEvent(event)


__all__ = ["StationFilterProxy", "StationTableModel", "StationsPage"]
