"""Dashboard: what is charging and what is broken, at a glance, live.

Station tiles show each connector's status and current power; figures for today and this month; the recent
events (faults, refused authorizations with their reason, chargers going offline). Live events update only the
tile or the line they are about, and only when what it shows changes. The figures (a few queries) are read on a
worker thread, at most once per :data:`FIGURES_COALESCE_MS` however many sessions start and stop; while the page
is hidden they are not read at all, only marked stale and read when it is shown.
"""

from __future__ import annotations

import datetime as dt
import time
from collections import deque
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QValueAxis
from PySide6.QtCore import (
    QAbstractListModel,
    QMargins,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import QColor, QPainter, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLayoutItem,
    QListView,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.services import locale_format as fmt
from app.services.i18n import translate
from app.services.load.events import LoadAllocated
from app.services.reports import overview
from app.services.reports.load import LoadService, PanelSite
from app.services.rules.access import shown_reason
from app.views.shell.bridge import CentralBridge
from app.views.shell.workers import DbWorker, Dropped
from app.views.widgets.load_bars import CircuitBars
from app.views.widgets.style import (
    CHART_ENERGY,
    FAILED,
    MUTED,
    MUTED_CSS,
    WARN,
    badge_css,
    format_power,
    span_html,
    status_name,
)
from app.views.widgets.text import esc, plain_label, rich, tip

MAX_EVENTS = 200
FIGURES_COALESCE_MS = 1000
FIGURES_BUDGET = 10  # the figures wait at least this many times their last read's duration (≤ 1/10 of a core)
EVENTS_BATCH_MS = 500  # Recent events: lines that come faster than this are added in one go
# Recent events: the same charger's same kind of event again within this is one line, "×N since HH:MM" (a pending
# charger re-booting every 2 s is one line, not the whole list)
EVENTS_COALESCE = dt.timedelta(minutes=10)
CHARGING = ("Charging", "SuspendedEV", "SuspendedEVSE")  # a connector line shows its power in these
TILES_BATCH_MS = 200  # tiles on screen change at most 5 times a second (each change is a repaint)


class FigureCard(QFrame):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("FigureCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        lay = QVBoxLayout(self)
        self.title = QLabel(title)
        self.title.setStyleSheet(MUTED_CSS)
        self.value = QLabel("–")
        self.value.setStyleSheet("font-size:20pt; font-weight:600;")
        lay.addWidget(self.title)
        lay.addWidget(self.value)

    def set_value(self, text: str) -> None:
        if self.value.text() != text:
            self.value.setText(text)


class ConnectorLine(QWidget):
    def __init__(self, connector: overview.ConnectorRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        kw = f" · {fmt.short_number(connector.max_kw)} kW" if connector.max_kw else ""
        self.name = plain_label(f"#{connector.connector_id} {connector.plug_type}{kw}")
        self.badge = plain_label()  # the status and the error text the charger reported
        self.power = plain_label()
        self.power.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        lay.addWidget(self.name)
        lay.addStretch(1)
        lay.addWidget(self.power)
        lay.addWidget(self.badge)
        self.status = ""
        self.set_status(connector.status)

    def set_status(self, status: str, error: str = "NoError") -> None:
        text = status_name(status) if error in ("", "NoError") else f"{status_name(status)}: {error}"
        if status != self.status:  # a style sheet is costly to apply: only when the colour changes
            self.badge.setStyleSheet(badge_css(status))
        self.status = status
        if self.badge.text() != text:
            self.badge.setText(text)
        if status not in CHARGING:
            self.set_power(None)

    def set_power(self, watts: float | None) -> None:
        text = format_power(watts)
        if self.power.text() != text:
            self.power.setText(text)


class StationTile(QFrame):
    """One station: name, identity, online state and a line per connector.

    Its labels live in :attr:`body`, a child the tile places itself (no layout on the tile): a label whose text
    changes re-lays out the body only. With a layout on the tile, every such change would invalidate the
    dashboard's :class:`TileFlow` and re-arrange all the tiles (with 2,000 stations, most of the GUI thread under
    load). The tile asks the flow for a new place only when its height can change (a connector line added)."""

    def __init__(self, row: overview.StationRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.row = row
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumWidth(280)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.body = QWidget(self)
        lay = QVBoxLayout(self.body)
        head = QHBoxLayout()
        title = rich(
            QLabel(
                f"<b>{esc(row.name)}</b><br>{span_html(esc(f'{row.charge_point_id} · {row.site}'), MUTED)}"  # i18n: not text
            )
        )
        head.addWidget(title, 1)
        self.presence = QLabel()
        head.addWidget(self.presence)
        lay.addLayout(head)
        self.lines: dict[int, ConnectorLine] = {}
        self._lines_box = QVBoxLayout()
        lay.addLayout(self._lines_box)
        for c in row.connectors:
            self._add_line(c)
        self.online: bool | None = None
        self.set_online(row.online)

    def _add_line(self, c: overview.ConnectorRow) -> ConnectorLine:
        line = ConnectorLine(c)
        self.lines[c.connector_id] = line
        self._lines_box.addWidget(line)
        self.updateGeometry()  # one line taller: the flow places the tiles again
        return line

    def sizeHint(self) -> QSize:
        return self.body.sizeHint().grownBy(self.contentsMargins())

    def minimumSizeHint(self) -> QSize:
        return self.body.minimumSizeHint().grownBy(self.contentsMargins())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.body.setGeometry(self.contentsRect())

    def set_online(self, online: bool) -> None:
        if online == self.online:
            return
        self.online = online
        self.presence.setText(
            translate("Dashboard", "online") if online else translate("Dashboard", "offline")
        )
        self.presence.setStyleSheet(badge_css("Available" if online else "Offline"))
        for line in self.lines.values():
            if not online:
                line.set_status("Offline")

    def connector_status(self, connector_id: int, status: str, error: str) -> None:
        if connector_id == 0:
            return
        line = self.lines.get(connector_id)
        if line is None:
            line = self._add_line(overview.ConnectorRow(connector_id, "", None, status, error))
        line.set_status(status, error)


class EventsModel(QAbstractListModel):
    """Recent events, newest first, at most MAX_EVENTS: a batch of new lines is one insert (and one removal of
    the oldest), however many lines it has."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lines: list[tuple[str, str, str]] = []  # (line, full text for the tooltip, level), newest first
        self.keys: list[str | None] = []  # what each line is about when repeats coalesce (see add)
        self.row_size = QSize(1, 20)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.lines)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or index.row() >= len(self.lines):
            return None
        line, text, level = self.lines[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return line
        if role == Qt.ItemDataRole.ToolTipRole:
            return tip(text)  # the text carries a charger's id, idTag or error: never rendered as HTML
        if role == Qt.ItemDataRole.ForegroundRole:
            return EVENT_COLOURS.get(level)
        if (
            role == Qt.ItemDataRole.SizeHintRole
        ):  # as wide as the list, not as the text: long lines are elided
            return self.row_size
        return None

    def add(self, lines: list[tuple[str, str, str]], keys: list[str | None] | None = None) -> None:
        """``lines`` oldest first: they go on top, newest first; the oldest beyond MAX_EVENTS leave. A line with a
        ``key`` replaces the line of that key shown before (it says how often since when)."""
        keys = keys if keys is not None else [None] * len(lines)
        latest: dict[str, int] = {k: n for n, k in enumerate(keys) if k is not None}
        pairs = [
            (line, k)
            for n, (line, k) in enumerate(zip(lines, keys, strict=True))
            if k is None or latest[k] == n
        ]
        for row in [r for r, k in enumerate(self.keys) if k is not None and k in latest][::-1]:
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.lines[row], self.keys[row]
            self.endRemoveRows()
        pairs = pairs[-MAX_EVENTS:]
        new = [line for line, _k in reversed(pairs)]
        keep = MAX_EVENTS - len(new)
        if len(self.lines) > keep:
            self.beginRemoveRows(QModelIndex(), keep, len(self.lines) - 1)
            del self.lines[keep:], self.keys[keep:]
            self.endRemoveRows()
        self.beginInsertRows(QModelIndex(), 0, len(new) - 1)
        self.lines[:0] = new
        self.keys[:0] = [k for _line, k in reversed(pairs)]
        self.endInsertRows()


class TileFlow(QLayout):
    """Tiles in as many equal columns as the width allows (each at least ``min_width`` wide), row after row:
    the dashboard follows the window instead of a fixed number of columns. A row is as tall as its tallest
    tile. Items that should span the whole width (a hint when there are no stations) can be added too."""

    def __init__(self, parent: QWidget | None = None, *, min_width: int = 280, spacing: int = 10) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._heights: dict[int, int] = {}  # heightForWidth by width, until the layout is invalidated
        self._hints: list[int] | None = None  # the tiles' heights (their size hints), likewise
        self.min_width = min_width
        self.setSpacing(spacing)
        self.columns = 1  # as last laid out

    def invalidate(self) -> None:
        self._heights.clear()
        self._hints = None
        super().invalidate()

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        height = self._heights.get(width)
        if height is None:
            height = self._heights[width] = self._arrange(QRect(0, 0, width, 0), move=False)
        return height

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        m = self.contentsMargins()
        return QSize(self.min_width + m.left() + m.right(), m.top() + m.bottom())

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        gap = self.spacing()
        columns = max(1, (area.width() + gap) // (self.min_width + gap))
        width = max(self.min_width, (area.width() - (columns - 1) * gap) // columns)
        if move:
            self.columns = columns
        y = area.y()
        visible = [item for item in self._items if not item.isEmpty()]
        if self._hints is None or len(self._hints) != len(visible):
            # tiles with as many connector lines are as tall: one size hint per number of lines, not per tile
            by_lines: dict[int, int] = {}
            hints = []
            for item in visible:
                tile = item.widget()
                if isinstance(tile, StationTile):
                    n = len(tile.lines)
                    if n not in by_lines:
                        by_lines[n] = item.sizeHint().height()
                    hints.append(by_lines[n])
                else:
                    hints.append(-1 if item.hasHeightForWidth() else item.sizeHint().height())
            self._hints = hints
        hints = self._hints
        for start in range(0, len(visible), columns):
            row = visible[start : start + columns]
            spans = len(row) == 1 and not isinstance(row[0].widget(), StationTile)  # a hint: the whole width
            w = area.width() if spans else width
            heights = [
                hints[start + k] if hints[start + k] >= 0 else it.heightForWidth(w)
                for k, it in enumerate(row)
            ]
            if move:  # each tile as tall as it needs, at the top of its row
                for k, (it, h) in enumerate(zip(row, heights, strict=True)):
                    it.setGeometry(QRect(area.x() + (0 if spans else k * (width + gap)), y, w, h))
            y += max(heights) + gap
        return y - gap - rect.y() + m.bottom() if visible else m.top() + m.bottom()


class EnergyChart(QChartView):
    """kWh per local day as bars; updated in place (the series is refilled, the chart is kept)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        chart = QChart()
        chart.legend().hide()
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.setBackgroundRoundness(0)
        super().__init__(chart, parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(180)
        self.series = QBarSeries()
        chart.addSeries(self.series)
        self.axis_x = QBarCategoryAxis()
        self.axis_y = QValueAxis()
        self.axis_y.setLabelFormat("%.0f")
        self.axis_y.setTitleText("kWh")
        chart.addAxis(self.axis_x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(self.axis_y, Qt.AlignmentFlag.AlignLeft)
        self.series.attachAxis(self.axis_x)
        self.series.attachAxis(self.axis_y)
        self.axis_x.setLabelsVisible(False)  # 30 dates do not fit: the span is written below, a day on hover
        self.series.hovered.connect(self._hovered)
        self.span = QLabel()
        self.span.setStyleSheet(MUTED_CSS)
        self.days: list[tuple[dt.date, float]] = []
        self.bars: QBarSet | None = None
        self.top = 0.0  # the value axis' top before nice numbers

    def set_days(self, days: list[tuple[dt.date, float]]) -> None:
        """Show ``days``; the bars change value in place, the axes only when their range or dates change (a
        chart's layout is costly: under load the figures come every second, a new day once a day)."""
        if days == self.days:
            return
        same_dates = [d for d, _ in days] == [d for d, _ in self.days] and self.bars is not None
        self.days = days
        if same_dates:
            assert self.bars is not None
            for i, (_day, kwh) in enumerate(days):
                if self.bars.at(i) != kwh:
                    self.bars.replace(i, kwh)
        else:
            self.series.clear()
            self.bars = QBarSet("kWh")
            self.bars.setColor(QColor(CHART_ENERGY))
            for _day, kwh in days:
                self.bars.append(kwh)
            self.series.append(self.bars)
            self.axis_x.clear()
            self.axis_x.append([d.isoformat() for d, _ in days])
        top = max((kwh for _, kwh in days), default=0.0)
        if not self.top or top > self.top or top < self.top / 2:  # headroom: the axis moves seldom
            self.top = max(10.0, top * 1.3)
            self.axis_y.setRange(0, self.top)
            self.axis_y.applyNiceNumbers()
        if days:
            self.span.setText(
                translate("Dashboard", "{first} – {last} · total {kwh} kWh").format(
                    first=fmt.date(days[0][0]),
                    last=fmt.date(days[-1][0]),
                    kwh=fmt.number(sum(k for _, k in days), 1),
                )
            )

    def _hovered(self, status: bool, index: int, _bars: QBarSet) -> None:
        if status and 0 <= index < len(self.days):
            day, kwh = self.days[index]
            self.setToolTip(
                translate("Dashboard", "{weekday} {date}: {kwh} kWh").format(
                    weekday=fmt.day_name(day.weekday()), date=fmt.date(day), kwh=fmt.number(kwh, 1)
                )
            )
        else:
            self.setToolTip("")


class LoadPanel(QFrame):
    """Per site with circuits: its root circuit and the root's direct children, a bar per phase (allocated and
    measured against the limit). Hidden while no site has circuits. A new allocation changes the bars in place;
    the widgets are built again only when the circuits shown change."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("LoadPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._lay = QVBoxLayout(self)
        self._lay.setContentsMargins(8, 6, 8, 6)
        self.panels: list[PanelSite] = []
        self.bars: dict[int, CircuitBars] = {}  # circuit id → its bars
        self.headings: dict[int, QLabel] = {}  # site id → "Load · HQ", with when
        self._shape: list[tuple[int, tuple[tuple[int, str, int, float | None], ...]]] = []
        self.setVisible(False)

    def set_panels(self, panels: list[PanelSite]) -> None:
        self.panels = panels
        shape = [
            (p.site_id, tuple((c.id, c.name, c.phases, c.max_current_a) for c in p.circuits)) for p in panels
        ]
        if shape != self._shape:
            self._shape = shape
            self._build(panels)
        for p in panels:
            for c in p.circuits:
                self.bars[c.id].set_now(p.now.get(c.id))
            heading = self.headings[p.site_id]
            when = (
                f" · {fmt.time(p.now_at.astimezone(ZoneInfo(p.timezone)), seconds=True)}"
                if p.now_at is not None
                else ""
            )
            what = {
                "live": translate("Dashboard", "live"),
                "samples": translate("Dashboard", "last sampled"),
            }.get(p.source) or translate("Dashboard", "nothing allocated yet")
            explained = translate(
                "Dashboard",
                " — per phase: allocated (measured) / limit; the bar is allocated, the mark measured",
            )
            heading.setText(
                translate("Dashboard", "<b>Load · {site}</b>").format(site=esc(p.site))
                + f" {span_html(esc(what + when), MUTED)}{span_html(esc(explained), MUTED)}"
            )
        self.setVisible(bool(panels))

    def _build(self, panels: list[PanelSite]) -> None:
        while self._lay.count():
            item = self._lay.takeAt(0)
            if item is None:
                break
            widget = item.widget()
            if widget is not None:
                widget.setParent(None)
                widget.deleteLater()
        self.bars.clear()
        self.headings.clear()
        for p in panels:
            heading = rich(QLabel())
            self.headings[p.site_id] = heading
            self._lay.addWidget(heading)
            row_host = QWidget()
            row = QHBoxLayout(row_host)
            row.setContentsMargins(0, 0, 0, 0)
            row.setSpacing(18)
            for c in p.circuits:
                bars = CircuitBars(c)
                self.bars[c.id] = bars
                row.addWidget(bars, 1)
            row.addStretch(0)
            self._lay.addWidget(row_host)

    def allocated(self, event: LoadAllocated, load: LoadService) -> None:
        if any(p.site_id == event.site_id for p in self.panels):
            self.set_panels(load.panel_with_allocation(self.panels, event))


class DashboardPage(QWidget):
    title = "Dashboard"

    def __init__(
        self,
        overview_service: overview.OverviewService,
        bridge: CentralBridge,
        parent: QWidget | None = None,
        *,
        load: LoadService | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = overview_service
        self.load = load
        self.tiles: dict[str, StationTile] = {}
        self._hint: QLabel | None = None  # "No stations yet…"
        # the page's own "No stations yet" line; off where the window shows its empty state with buttons instead
        self.own_empty_hint = True
        self._online = 0  # tiles online
        self.timezone = "UTC"
        lay = QVBoxLayout(self)
        cards = QHBoxLayout()
        self.card_online = FigureCard(translate("Dashboard", "Stations online"))
        self.card_charging = FigureCard(translate("Dashboard", "Charging now"))
        self.card_today = FigureCard(translate("Dashboard", "Energy today"))
        self.card_month = FigureCard(translate("Dashboard", "Energy this month"))
        self.card_revenue = FigureCard(translate("Dashboard", "Revenue this month"))
        for c in (self.card_online, self.card_charging, self.card_today, self.card_month, self.card_revenue):
            cards.addWidget(c)
        lay.addLayout(cards)
        self.load_panel = LoadPanel()  # shown when a site has circuits
        lay.addWidget(self.load_panel)

        split = QSplitter(Qt.Orientation.Horizontal)
        self.grid_host = QWidget()
        self.grid = TileFlow(self.grid_host)  # as many columns as the width allows
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.grid_host)
        split.addWidget(scroll)
        events_box = QWidget()
        ev_lay = QVBoxLayout(events_box)
        ev_lay.setContentsMargins(0, 0, 0, 0)
        ev_lay.addWidget(QLabel(translate("Dashboard", "<b>Energy per day, last 30 days</b>")))
        self.chart = EnergyChart()
        ev_lay.addWidget(self.chart, 1)
        ev_lay.addWidget(self.chart.span)
        ev_lay.addWidget(QLabel(translate("Dashboard", "<b>Recent events</b>")))
        self.events = QListView()
        self.events_model = EventsModel(self)
        self.events.setModel(self.events_model)
        # one line per event (the whole text in its tooltip): the list then lays out and paints in constant time
        # however many lines come, where wrapped lines are measured one by one on every insert
        self.events.setWordWrap(False)
        self.events.setUniformItemSizes(True)
        self.events.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.events.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.events.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.events_model.row_size = QSize(1, self.events.fontMetrics().height() + 4)
        self.events.setObjectName("RecentEvents")
        ev_lay.addWidget(self.events, 1)
        split.addWidget(events_box)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setSizes([700, 300])
        lay.addWidget(split, 1)

        bridge.status_changed.connect(self.on_status)
        bridge.connected.connect(lambda e: self.on_presence(e.cp_id, True))
        bridge.disconnected.connect(self.on_disconnected)
        bridge.session_updated.connect(self.on_session_updated)
        bridge.session_started.connect(lambda e: self.refresh_figures_soon())
        bridge.session_stopped.connect(self.on_session_stopped)
        bridge.authorization.connect(self.on_authorization)
        bridge.unknown_charger.connect(self.on_unknown_charger)
        bridge.security_event.connect(self.on_security_event)

        self._figures_timer = QTimer(self)
        self._figures_timer.setInterval(60_000)
        self._figures_timer.timeout.connect(self._read_figures)
        self._figures_timer.timeout.connect(self._read_load)
        self._figures_timer.start()
        # sessions starting and stopping (dozens a second on a large site) refresh the figures once per
        # FIGURES_COALESCE_MS, not once each: every refresh is a few queries on the GUI thread
        self._figures_soon = QTimer(self)
        self._figures_soon.setSingleShot(True)
        self._figures_soon.setInterval(FIGURES_COALESCE_MS)
        self._figures_soon.timeout.connect(self._read_figures)
        self._figures_stale = False  # the figures changed while the page was hidden
        self._dirty: dict[str, _TileChanges] = {}  # charge point id → what changed on its tile, not yet shown
        self._tiles_timer = QTimer(self)
        self._tiles_timer.setSingleShot(True)
        self._tiles_timer.setInterval(TILES_BATCH_MS)
        self._tiles_timer.timeout.connect(self._tiles_due)
        self._events_pending: deque[tuple[dt.datetime, str, str, str | None]] = deque(maxlen=MAX_EVENTS)
        self._repeats: dict[str, tuple[int, dt.datetime, dt.datetime]] = {}  # key → (count, since, last)
        self._events_timer = QTimer(self)
        self._events_timer.setSingleShot(True)
        self._events_timer.setInterval(EVENTS_BATCH_MS)
        self._events_timer.timeout.connect(self._events_due)
        self._worker: DbWorker | None = None
        self.figures_read = 0  # figures read on the worker and shown (tests)
        self._load_worker: DbWorker | None = None
        if load is not None and hasattr(bridge, "load_allocated"):
            bridge.load_allocated.connect(lambda e: self.load_panel.allocated(e, load))

    # --- data ----------------------------------------------------------------------------------------

    def reload(self) -> None:
        """Rebuild the tiles from the database (on start and after stations change)."""
        rows = self.service.stations()
        if rows:
            self.timezone = rows[0].timezone
        self.flush_tiles()
        for tile in self.tiles.values():
            tile.setParent(None)
            tile.deleteLater()
        self.tiles.clear()
        if self._hint is not None:
            self._hint.setParent(None)
            self._hint.deleteLater()
            self._hint = None
        for row in rows:
            tile = StationTile(row)
            self.tiles[row.charge_point_id] = tile
            self.grid.addWidget(tile)
        self._online = sum(1 for t in self.tiles.values() if t.online)
        if not rows and self.own_empty_hint:
            hint = QLabel(
                translate(
                    "Dashboard",
                    "No stations yet. Point a charger at this central system (address in the status bar) or import "
                    "a site with <code>chargedesk config import site.json</code>.",
                )
            )
            hint.setWordWrap(True)
            self.grid.addWidget(hint)
            self._hint = hint
        self.refresh_figures()
        if self.load is not None:
            self.load_panel.set_panels(self.load.panel())

    def _read_load(self) -> None:
        """The load panel's samples again (on its worker: a minute's samples when no allocation is heard)."""
        if self.load is None or not self.load_panel.panels or not self.isVisible():
            return
        if self._load_worker is None:
            self._load_worker = DbWorker("dashboard-load", lifo=True, max_pending=1)
            self._load_worker.finished.connect(self._load_read)
        self._load_worker.submit("load", self.load.panel)

    def _load_read(self, _key: Any, result: Any, error: Exception | None) -> None:
        if isinstance(error, Dropped):
            return
        if error is not None:
            self.add_event(
                translate("Dashboard", "Could not read the load: {reason}").format(reason=error), "error"
            )
            return
        self.load_panel.set_panels(result)

    def refresh_figures(self) -> None:
        """Read the figures now (on this thread: start-up and station changes) and show them."""
        self._show_figures(self.service.figures(self.timezone))

    def _show_figures(self, figures: overview.Figures) -> None:
        self.chart.set_days(figures.per_day)
        self._show_online()
        self.card_charging.set_value(str(figures.active))
        self.card_today.set_value(f"{fmt.number(figures.today.energy_kwh, 1)} kWh")
        self.card_month.set_value(f"{fmt.number(figures.month.energy_kwh, 1)} kWh")
        self.card_revenue.set_value(fmt.money(figures.month.revenue, figures.month.currency))

    def _show_online(self) -> None:
        self.card_online.set_value(f"{self._online} / {len(self.tiles)}")

    def refresh_figures_soon(self) -> None:
        """Refresh the figures within FIGURES_COALESCE_MS (one refresh for a burst of sessions; FIGURES_BUDGET × the
        last read's duration when that is longer), on a worker thread; a hidden page only notes that they changed and reads them when shown."""
        if not self.isVisible():
            self._figures_stale = True
        elif not self._figures_soon.isActive():
            self._figures_soon.start()

    def _read_figures(self) -> None:
        if not self.isVisible():
            self._figures_stale = True
            return
        self._figures_stale = False
        if self._worker is None:
            self._worker = DbWorker("dashboard-figures", lifo=True, max_pending=1)
            self._worker.finished.connect(self._figures_read)
        service, timezone = self.service, self.timezone

        def read() -> tuple[overview.Figures, float]:
            began = time.perf_counter()
            return service.figures(timezone), time.perf_counter() - began

        self._worker.submit("figures", read)

    def _figures_read(self, _key: Any, result: Any, error: Exception | None) -> None:
        if isinstance(error, Dropped):
            return
        if error is not None:
            self.add_event(
                translate("Dashboard", "Could not read the figures: {reason}").format(reason=error), "error"
            )
            return
        figures, took_s = result
        # a costly read (a busy site: hundreds of sessions a second) is repeated less often, a cheap one each second
        self._figures_soon.setInterval(max(FIGURES_COALESCE_MS, int(took_s * 1000 * FIGURES_BUDGET)))
        self.figures_read += 1
        self._show_figures(figures)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._figures_stale:
            self._read_figures()
        if self._events_pending:
            self.flush_events()

    def shutdown(self) -> None:
        if self._worker is not None:
            self._worker.close()
        if self._load_worker is not None:
            self._load_worker.close()

    def add_event(self, text: str, level: str = "info", key: str | None = None) -> None:
        """A line in Recent events. Shown at once, unless lines came within EVENTS_BATCH_MS: those are added
        together when that time is up (a list re-lays out all its lines on each insert); a hidden page keeps the
        newest MAX_EVENTS and adds them when shown. ``key`` (a charger and a kind of event): the same key again
        within EVENTS_COALESCE is one line, "×N since HH:MM"."""
        now = dt.datetime.now()
        if key is not None:
            count, since, last = self._repeats.get(key, (0, now, now))
            if now - last > EVENTS_COALESCE:
                count, since = 0, now
            self._repeats[key] = (count + 1, since, now)
            if len(self._repeats) > 4 * MAX_EVENTS:  # forget the keys quiet for longer than the window
                self._repeats = {k: v for k, v in self._repeats.items() if now - v[2] <= EVENTS_COALESCE}
            if count:
                text = translate("DashboardPage", "{event} ×{count} since {since}").format(
                    event=text, count=count + 1, since=f"{since:%H:%M}"
                )
        self._events_pending.append((now, text, level, key))
        if self._events_timer.isActive() or not self.isVisible():
            return
        self.flush_events()
        self._events_timer.start()  # lines within the next EVENTS_BATCH_MS wait for it

    def _events_due(self) -> None:
        if self._events_pending and self.isVisible():
            self.flush_events()
            self._events_timer.start()

    def flush_events(self) -> None:
        """Add the waiting lines to Recent events now (newest on top)."""
        pending = list(self._events_pending)
        self._events_pending.clear()
        if pending:
            self.events_model.add(
                [(f"{fmt.time(at, seconds=True)}  {text}", text, level) for at, text, level, _key in pending],
                [key for *_line, key in pending],
            )

    def event_lines(self) -> list[str]:
        """The lines of Recent events as shown, newest first."""
        return [line for line, _text, _level in self.events_model.lines]

    # Tiles change as events come, but a shown page applies them at most every TILES_BATCH_MS: every change of
    # a label on screen is a repaint, and a repaint per message is what the loop cannot afford under load. What
    # waits is a dirty set, the newest state per connector (and station), not a list of every change: a burst
    # of 2,000 messages about 200 connectors is 200 updates. The first change after a quiet spell is shown at
    # once. A hidden page applies them at once (nothing is painted).

    def _changes(self, cp_id: str) -> _TileChanges:
        changes = self._dirty.get(cp_id)
        if changes is None:
            changes = self._dirty[cp_id] = _TileChanges()
        return changes

    def _tiles_changed(self) -> None:
        """Show the changes now if the page is hidden or nothing changed within TILES_BATCH_MS, else when that
        time is up."""
        if self.isVisible():
            if self._tiles_timer.isActive():
                return
            self._tiles_timer.start()  # changes within the next TILES_BATCH_MS wait for it
        self.flush_tiles()

    def _tiles_due(self) -> None:
        if self._dirty:
            self.flush_tiles()
            self._tiles_timer.start()

    def flush_tiles(self) -> None:
        """Show the waiting tile changes now."""
        dirty, self._dirty = self._dirty, {}
        for cp_id, changes in dirty.items():
            tile = self.tiles.get(cp_id)
            if tile is not None:
                self._apply(tile, changes)

    def _apply(self, tile: StationTile, changes: _TileChanges) -> None:
        if changes.online is not None and changes.online != tile.online:
            tile.set_online(changes.online)
            self._online += 1 if changes.online else -1  # counted as tiles change, not recounted per event
            self._show_online()
        for connector_id, (status, error, power) in changes.connectors.items():
            if status is not None:
                tile.connector_status(connector_id, status, error)
            if power is not _UNCHANGED:
                line = tile.lines.get(connector_id)
                if line is not None:
                    line.set_power(power)

    def _connector_change(
        self, cp_id: str, connector_id: int, status: str | None, error: str, power: Any
    ) -> None:
        """A connector's status (None: unchanged) and/or power (_UNCHANGED: unchanged) on ``cp_id``'s tile. A
        status adds a line for a connector the tile did not have (not connector 0, the charger itself); a power
        for a connector without a line (nor a waiting status that adds it) is dropped, as it would be at once."""
        tile = self.tiles.get(cp_id)
        if tile is None or (status is not None and connector_id == 0):
            return
        waiting = self._dirty.get(cp_id)
        if (
            status is None
            and connector_id not in tile.lines
            and (waiting is None or waiting.connectors.get(connector_id, (None,))[0] is None)
        ):
            return
        self._changes(cp_id).connector(connector_id, status, error, power)
        self._tiles_changed()

    def on_status(self, e: Any) -> None:
        self._connector_change(e.cp_id, e.connector_id, e.status, e.error_code, _UNCHANGED)
        if e.status == "Faulted" or e.error_code not in ("", "NoError"):
            text = (
                translate("Dashboard", "{cpid} connector {connector}: {status} ({error}) {info}")
                if e.connector_id
                else translate("Dashboard", "{cpid} charger: {status} ({error}) {info}")
            )
            self.add_event(
                text.format(
                    cpid=e.cp_id,
                    connector=e.connector_id,
                    status=status_name(e.status),
                    error=e.error_code,
                    info=e.info,
                ).strip(),
                "error",
                f"status:{e.cp_id}:{e.connector_id}:{e.status}:{e.error_code}",
            )

    def on_presence(self, cp_id: str, online: bool) -> None:
        tile = self.tiles.get(cp_id)
        if tile is None:
            return
        self._changes(cp_id).presence(online, tile)
        self._tiles_changed()

    def on_disconnected(self, e: Any) -> None:
        self.on_presence(e.cp_id, False)
        self.add_event(
            translate("Dashboard", "{cpid} went offline: {reason}").format(cpid=e.cp_id, reason=e.reason)
            if e.reason
            else translate("Dashboard", "{cpid} went offline").format(cpid=e.cp_id),
            "warn",
            f"offline:{e.cp_id}",
        )

    def on_session_updated(self, e: Any) -> None:
        self._connector_change(e.cp_id, e.connector_id, None, "", e.power_w)

    def on_session_stopped(self, e: Any) -> None:
        self._connector_change(e.cp_id, e.connector_id, None, "", None)
        self.refresh_figures_soon()

    def on_authorization(self, e: Any) -> None:
        if e.refused:
            self.add_event(f"{e.cp_id}: {shown_reason(e.reason)}", "warn", f"refused:{e.cp_id}:{e.reason}")

    def on_security_event(self, e: Any) -> None:
        """A charger's security event (SecurityEventNotification): one line per charger and event type."""
        self.add_event(
            translate("DashboardPage", "{cp}: security event {event}").format(cp=e.cp_id, event=e.event_type),
            "warn",
            f"security:{e.cp_id}:{e.event_type}",
        )

    def on_unknown_charger(self, e: Any) -> None:
        """A charger with no station connected, or booted (then its vendor is known): one line per charger and
        kind while it keeps coming back (a pending charger re-booting every few seconds)."""
        if e.vendor or e.model:
            text = translate("DashboardPage", "{cp} booted as {policy}").format(
                cp=e.cp_id, policy=e.policy.title()
            )
            self.add_event(text, "warn", f"unknown-boot:{e.cp_id}")
        else:
            self.add_event(
                translate("Dashboard", "Unknown charger {cpid} connected from {ip} ({policy})").format(
                    cpid=e.cp_id, ip=e.ip or "?", policy=e.policy
                ),
                "warn",
                f"unknown:{e.cp_id}",
            )


_UNCHANGED: Any = object()  # a connector's power that no event changed


class _TileChanges:
    """What changed on one tile since it was last drawn: the newest state, equivalent to applying every change
    in the order it came (see :meth:`DashboardPage._apply`)."""

    __slots__ = ("connectors", "online")

    def __init__(self) -> None:
        self.online: bool | None = None
        # connector id → (status or None, its error code, power in W / None / _UNCHANGED)
        self.connectors: dict[int, tuple[str | None, str, Any]] = {}

    def connector(self, connector_id: int, status: str | None, error: str, power: Any) -> None:
        old_status, old_error, old_power = self.connectors.get(connector_id, (None, "", _UNCHANGED))
        if status is not None:
            old_status, old_error = status, error
            if status not in CHARGING:  # the line clears its power (set_status), also for a later status
                old_power = None
        if power is not _UNCHANGED:
            old_power = power
        self.connectors[connector_id] = (old_status, old_error, old_power)

    def presence(self, online: bool, tile: StationTile) -> None:
        before = tile.online if self.online is None else self.online
        if (
            before and not online
        ):  # going offline marks every line (and every line a waiting status adds) Offline
            for connector_id in {*tile.lines, *self.connectors}:
                self.connectors[connector_id] = ("Offline", "NoError", None)
        self.online = online


EVENT_COLOURS = {"warn": QColor(WARN), "error": QColor(FAILED), "info": None}
