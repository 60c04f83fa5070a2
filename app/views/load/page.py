"""The Load page: per site, what load management does with its circuits.

Beside the tree of circuits (limit, allocated and measured current per phase now) a chart per phase of the chosen
circuit over the last hours (limit, allocated, measured: steps, as samples are written when something changes);
below, the sessions on the circuits with their limit and why, and the chargers whose load is not managed and why.

Reads run on the page's worker thread (:class:`LoadService.site_load`). While the page is shown, a new allocation
of the central system (``LoadAllocated``, live through the bridge) updates the tree, the sessions and the charts'
"now" at once without a read, and the history is read again every minute; hidden, the page hears nothing and
reads again when shown. A site without circuits says what to do, with a button to Settings → Sites.

QtCharts (in PySide6's wheel, as the dashboard and the session detail use it) draws the charts: antialiased lines,
a legend and axes for free, and it renders offscreen like any widget.
"""

from __future__ import annotations

import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCharts import QCategoryAxis, QChart, QChartView, QLineSeries, QValueAxis
from PySide6.QtCore import QMargins, QPointF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QHideEvent, QPainter, QPen, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.i18n import QT_TRANSLATE_NOOP, translate
from app.services.load.events import LoadAllocated
from app.services.load.reasons import shown_reason
from app.services.reports.load import (
    CircuitNow,
    CircuitRow,
    HistoryPoint,
    LoadService,
    SiteChoice,
    SiteLoad,
    amps,
)
from app.views.shell.bridge import WhileShown
from app.views.shell.workers import DbWorker, Dropped
from app.views.widgets.charts import ms, nice_top, time_axis
from app.views.widgets.load_bars import current_number
from app.views.widgets.style import ACCENT, CHART_POWER, FAILED, MUTED_CSS, WARN, level_css
from app.views.widgets.text import plain_label, tip

HISTORY_REFRESH_MS = 60_000  # the history is read again every minute while the page is shown
CHARTS_COALESCE_MS = 500  # live allocations redraw the charts at most twice a second
SPANS = [  # the choice, its hours, and the span as the chart's title says it (a phrase of its own: no lowercasing)
    (QT_TRANSLATE_NOOP("LoadPage", "Last hour"), 1.0, QT_TRANSLATE_NOOP("LoadPage", "last hour")),
    (QT_TRANSLATE_NOOP("LoadPage", "Last 6 hours"), 6.0, QT_TRANSLATE_NOOP("LoadPage", "last 6 hours")),
    (QT_TRANSLATE_NOOP("LoadPage", "Last 24 hours"), 24.0, QT_TRANSLATE_NOOP("LoadPage", "last 24 hours")),
    (QT_TRANSLATE_NOOP("LoadPage", "Last 7 days"), 168.0, QT_TRANSLATE_NOOP("LoadPage", "last 7 days")),
]
SESSION_COLUMNS = [
    QT_TRANSLATE_NOOP("LoadPage", "Station"),
    QT_TRANSLATE_NOOP("LoadPage", "Connector"),
    QT_TRANSLATE_NOOP("LoadPage", "Circuit"),
    QT_TRANSLATE_NOOP("LoadPage", "Phases"),
    QT_TRANSLATE_NOOP("LoadPage", "Limit"),
    QT_TRANSLATE_NOOP("LoadPage", "Why"),
]
TREE_COLUMNS = [
    QT_TRANSLATE_NOOP("LoadPage", "Circuit"),
    QT_TRANSLATE_NOOP("LoadPage", "Limit"),
    QT_TRANSLATE_NOOP("LoadPage", "Allocated"),
    QT_TRANSLATE_NOOP("LoadPage", "Measured"),
]
CIRCUIT_ROLE = Qt.ItemDataRole.UserRole


def phase_values(now: CircuitNow | None, circuit: CircuitRow, what: str) -> str:
    """ "16 · 16 · 16 A": a circuit's limit / allocated / measured per phase it carries ("–" unknown)."""
    if now is None:
        return "–"
    values = []
    for load in now.phases[: 1 if circuit.phases == 1 else 3]:
        v = getattr(load, what)
        values.append("–" if v is None else current_number(v))
    if all(v == "–" for v in values):
        return translate("LoadPage", "no limit") if what == "limit_a" else "–"
    return " · ".join(values) + " A"


class PhaseChart(QChartView):
    """One circuit phase over the span: its limit, what was allocated and what was measured, as steps."""

    def __init__(self, phase: str, *, legend: bool, parent: QWidget | None = None) -> None:
        chart = QChart()
        chart.setMargins(QMargins(2, 2, 2, 2))
        chart.setBackgroundRoundness(0)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignTop)
        chart.legend().setVisible(legend)  # one legend, on the first phase's chart
        super().__init__(chart, parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(150)
        self.series: dict[str, QLineSeries] = {}
        for key, name, colour, style in [
            ("limit_a", translate("LoadPage", "Limit"), FAILED, Qt.PenStyle.DashLine),
            ("allocated_a", translate("LoadPage", "Allocated"), ACCENT, Qt.PenStyle.SolidLine),
            ("measured_a", translate("LoadPage", "Measured"), CHART_POWER, Qt.PenStyle.SolidLine),
        ]:
            series = QLineSeries()
            series.setName(name)
            pen = QPen(QColor(colour), 2)
            pen.setStyle(style)
            series.setPen(pen)
            chart.addSeries(series)
            self.series[key] = series
        self.x_axis = QCategoryAxis()
        self.x_axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        self.y_axis = QValueAxis()
        self.y_axis.setLabelFormat("%.0f")
        self.y_axis.setTitleText(f"{phase} (A)")
        chart.addAxis(self.x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(self.y_axis, Qt.AlignmentFlag.AlignLeft)
        for series in self.series.values():
            series.attachAxis(self.x_axis)
            series.attachAxis(self.y_axis)
        self.points: dict[str, list[tuple[dt.datetime, float]]] = {}  # as drawn (tests)

    def show_history(
        self,
        points: tuple[HistoryPoint, ...],
        now: tuple[float | None, float, float | None] | None,
        since: dt.datetime,
        until: dt.datetime,
        zone: dt.tzinfo,
    ) -> None:
        """The steps of ``points`` (each value holds until the next) up to ``until``, ending at ``now``'s values
        (limit, allocated, measured) when known."""
        top = 1.0
        self.points = {}
        for i, key in enumerate(("limit_a", "allocated_a", "measured_a")):
            steps: list[tuple[dt.datetime, float | None]] = [(p.at, getattr(p, key)) for p in points]
            if now is not None:
                steps.append((until, now[i]))
            drawn: list[tuple[dt.datetime, float]] = []
            last: float | None = None
            for at, value in steps:
                if last is not None and value != last:  # a step: hold the old value up to the change
                    drawn.append((at, last))
                if value is not None:
                    drawn.append((at, value))
                last = value
            if drawn and last is not None and drawn[-1][0] < until:
                drawn.append((until, last))  # the newest value holds until now
            self.points[key] = drawn
            self.series[key].replace([QPointF(ms(at), value) for at, value in drawn])
            top = max(top, *(value for _at, value in drawn)) if drawn else top
        time_axis(self.x_axis, since, until, zone, ticks=7)
        self.y_axis.setRange(0.0, nice_top(top * 1.1))
        self.y_axis.setTickCount(5)


class LoadPage(QWidget):
    """See the module. ``open_site_settings(site_id)``: the operator wants to set up the site's circuits."""

    title = "Load"
    open_site_settings = Signal(int)

    def __init__(self, service: LoadService, bridge: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.load: SiteLoad | None = None
        self.site_choices: list[SiteChoice] = []
        self.circuit_id: int | None = None  # the circuit whose charts are shown
        self._newest: dict[
            int, LoadAllocated
        ] = {}  # per site: the newest allocation heard (a read may be older)
        self._asked = 0  # the newest read asked for; older answers are dropped
        self._worker: DbWorker | None = None
        self.reads = 0  # site reads shown (tests)
        self.tree_items: dict[int, QTreeWidgetItem] = {}  # circuit id → its row
        self._tree_shape: list[tuple[int, str, int | None, int]] = []

        lay = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(translate("LoadPage", "Site:")))
        self.site_combo = QComboBox()
        self.site_combo.setObjectName("LoadSite")
        self.site_combo.setMinimumWidth(200)
        self.site_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        top.addWidget(self.site_combo)
        top.addSpacing(12)
        self.span_combo = QComboBox()
        self.span_combo.setObjectName("LoadSpan")
        for label, hours, _phrase in SPANS:
            self.span_combo.addItem(translate("LoadPage", label), hours)
        self.span_combo.setCurrentIndex(1)
        self.span_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        top.addWidget(self.span_combo)
        top.addSpacing(12)
        self.state = plain_label("")
        self.state.setObjectName("LoadState")
        self.state.setStyleSheet(MUTED_CSS)
        top.addWidget(self.state, 1)
        lay.addLayout(top)

        self.stack = QStackedWidget()
        lay.addWidget(self.stack, 1)

        # a site without circuits: what to do
        empty = QWidget()
        e_lay = QVBoxLayout(empty)
        e_lay.addStretch(1)
        self.empty_text = plain_label("")
        self.empty_text.setObjectName("LoadEmpty")
        self.empty_text.setWordWrap(True)
        self.empty_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        e_lay.addWidget(self.empty_text)
        self.settings_button = QPushButton(translate("LoadPage", "Set up circuits in Settings → Sites…"))
        self.settings_button.setObjectName("OpenSiteSettings")
        self.settings_button.clicked.connect(self._open_settings)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.settings_button)
        row.addStretch(1)
        e_lay.addLayout(row)
        e_lay.addStretch(2)
        self.stack.addWidget(empty)
        self.empty = empty

        # the site's circuits
        content = QSplitter(Qt.Orientation.Vertical)
        upper = QSplitter(Qt.Orientation.Horizontal)
        self.tree = QTreeWidget()
        self.tree.setObjectName("CircuitTree")
        self.tree.setColumnCount(len(TREE_COLUMNS))
        self.tree.setHeaderLabels([translate("LoadPage", c) for c in TREE_COLUMNS])
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(True)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in range(1, len(TREE_COLUMNS)):
            self.tree.header().setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.headerItem().setToolTip(
            1, translate("LoadPage", "Amperes per phase: L1 · L2 · L3 (L1 for a single-phase circuit)")
        )
        self.tree.currentItemChanged.connect(self._circuit_chosen)
        upper.addWidget(self.tree)
        charts = QWidget()
        c_lay = QVBoxLayout(charts)
        c_lay.setContentsMargins(0, 0, 0, 0)
        self.chart_title = plain_label("")
        self.chart_title.setStyleSheet("font-weight:600;")
        c_lay.addWidget(self.chart_title)
        self.charts = [PhaseChart(f"L{i}", legend=i == 1) for i in (1, 2, 3)]
        for chart in self.charts:
            c_lay.addWidget(chart, 1)
        upper.addWidget(charts)
        upper.setStretchFactor(0, 2)
        upper.setStretchFactor(1, 3)
        upper.setSizes([540, 560])
        content.addWidget(upper)

        lower = QWidget()
        l_lay = QVBoxLayout(lower)
        l_lay.setContentsMargins(0, 0, 0, 0)
        l_lay.addWidget(QLabel("<b>{}</b>".format(translate("LoadPage", "Charging now"))))
        self.sessions = QTableWidget(0, len(SESSION_COLUMNS))
        self.sessions.setObjectName("LoadSessions")
        self.sessions.setHorizontalHeaderLabels([translate("LoadPage", c) for c in SESSION_COLUMNS])
        self.sessions.verticalHeader().setVisible(False)
        self.sessions.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.sessions.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.sessions.setAlternatingRowColors(True)
        header = self.sessions.horizontalHeader()
        for col in range(len(SESSION_COLUMNS) - 1):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(len(SESSION_COLUMNS) - 1, QHeaderView.ResizeMode.Stretch)
        l_lay.addWidget(self.sessions, 1)
        self.no_sessions = plain_label(translate("LoadPage", "Nothing is charging on this site's circuits."))
        self.no_sessions.setStyleSheet(MUTED_CSS)
        l_lay.addWidget(self.no_sessions)
        self.unmanaged_title = QLabel(
            translate("LoadPage", "<b>Not load-managed</b> (their full power is reserved on their circuit)")
        )
        l_lay.addWidget(self.unmanaged_title)
        self.unmanaged = QListWidget()
        self.unmanaged.setObjectName("Unmanaged")
        self.unmanaged.setMaximumHeight(64)
        l_lay.addWidget(self.unmanaged)
        content.addWidget(lower)
        content.setStretchFactor(0, 3)
        content.setStretchFactor(1, 2)
        content.setSizes([470, 280])
        self.stack.addWidget(content)
        self.content = content

        self._history_timer = QTimer(self)
        self._history_timer.setInterval(HISTORY_REFRESH_MS)
        self._history_timer.timeout.connect(self.refresh)
        self._charts_timer = QTimer(self)
        self._charts_timer.setSingleShot(True)
        self._charts_timer.setInterval(CHARTS_COALESCE_MS)
        self._charts_timer.timeout.connect(self._show_charts)
        self.live: WhileShown | None = None
        if bridge is not None and hasattr(bridge, "load_allocated"):
            self.live = WhileShown(self, [(bridge.load_allocated, self.on_allocated)], self._catch_up)

    # --- data ----------------------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the sites again (configuration changed), then the chosen site's load."""
        chosen = self.site_combo.currentData()
        self.site_choices = self.service.sites()
        self.site_combo.blockSignals(True)
        self.site_combo.clear()
        index = 0
        for i, site in enumerate(self.site_choices):
            self.site_combo.addItem(site.name, site.id)
            if site.id == chosen:
                index = i
        if chosen is None:  # first time: the first site with circuits
            index = next((i for i, s in enumerate(self.site_choices) if s.circuits), 0)
        self.site_combo.setCurrentIndex(index)
        self.site_combo.blockSignals(False)
        self.refresh()

    def site_id(self) -> int | None:
        value = self.site_combo.currentData()
        return int(value) if value is not None else None

    def refresh(self) -> None:
        """Read the chosen site's load on the worker thread (its answer is shown when it comes)."""
        site_id = self.site_id()
        if site_id is None:
            self._show_no_site()
            return
        if self._worker is None:
            self._worker = DbWorker("load-page", lifo=True, max_pending=1)
            self._worker.finished.connect(self._read)
        self._asked += 1
        hours = float(self.span_combo.currentData() or 6.0)
        service = self.service
        self._worker.submit((self._asked, site_id), lambda: service.site_load(site_id, hours=hours))

    def pending_reads(self) -> bool:
        return self._worker is not None and not self._worker.idle()

    def _read(self, key: Any, result: Any, error: Exception | None) -> None:
        asked, site_id = key
        if isinstance(error, Dropped) or asked != self._asked:
            return
        if error is not None:
            self.state.setText(translate("LoadPage", "Could not read the load: {error}").format(error=error))
            self.state.setStyleSheet(level_css("error"))
            return
        self.state.setStyleSheet(MUTED_CSS)
        if result is None:  # the site went meanwhile
            self.reload()
            return
        newest = self._newest.get(site_id)
        if newest is not None and (result.now_at is None or newest.at > result.now_at):
            result = self.service.with_allocation(result, newest)  # heard while the read ran
        self.reads += 1
        self.show_load(result)

    def _catch_up(self) -> None:
        if self.site_combo.count():
            self.refresh()
        else:
            self.reload()

    def on_allocated(self, event: LoadAllocated) -> None:
        """A site's allocation changed: shown at once (no read) when it is the site on screen."""
        known = self._newest.get(event.site_id)
        if known is None or event.at >= known.at:
            self._newest[event.site_id] = event
        if self.load is None or event.site_id != self.load.site_id:
            return
        self.load = self.service.with_allocation(self.load, event)
        self._show_now()
        if not self._charts_timer.isActive():
            self._charts_timer.start()

    # --- showing ---------------------------------------------------------------------------------------

    def _show_no_site(self) -> None:
        self.load = None
        self.empty_text.setText(
            translate(
                "LoadPage",
                "There is no site yet. Add one in Settings → Sites, with its grid connection and circuits.",
            )
        )
        self.settings_button.setProperty("site_id", None)
        self.stack.setCurrentWidget(self.empty)
        self.state.setText("")

    def show_load(self, load: SiteLoad) -> None:
        self.load = load
        if not load.circuits:
            self.empty_text.setText(
                translate(
                    "LoadPage",
                    "{site} has no circuits, so the load of its chargers is not managed. Add the site's grid "
                    "connection (its main supply, with its limit) and the circuits below it in Settings → Sites, "
                    "then put each connector on its circuit in the station editor.",
                ).format(site=load.site)
            )
            self.stack.setCurrentWidget(self.empty)
            self.state.setText("")
            return
        self.stack.setCurrentWidget(self.content)
        self._fill_tree(load)
        self._show_now()
        self._show_unmanaged(load)
        self._show_charts()

    def _fill_tree(self, load: SiteLoad) -> None:
        shape = [(c.id, c.name, c.parent_id, c.phases) for c in load.circuits]
        if shape == self._tree_shape:
            return  # the same circuits: their values change in place (_show_now)
        self._tree_shape = shape
        ids = [c.id for c in load.circuits]
        self.tree.blockSignals(True)
        self.tree.clear()
        items: dict[int, QTreeWidgetItem] = {}
        for c in load.circuits:
            parent = items.get(c.parent_id) if c.parent_id is not None else None
            item = QTreeWidgetItem(parent) if parent is not None else QTreeWidgetItem(self.tree)
            item.setText(
                0, translate("LoadPage", "{name} (1-phase)").format(name=c.name) if c.phases == 1 else c.name
            )
            item.setData(0, CIRCUIT_ROLE, c.id)
            for col in (1, 2, 3):
                item.setTextAlignment(col, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            items[c.id] = item
        self.tree.expandAll()
        self.tree_items = items
        chosen = self.circuit_id if self.circuit_id in items else (ids[0] if ids else None)
        self.circuit_id = chosen
        if chosen is not None:
            self.tree.setCurrentItem(items[chosen])
        self.tree.blockSignals(False)

    def _show_now(self) -> None:
        load = self.load
        if load is None or not load.circuits:
            return
        for c in load.circuits:
            item = self.tree_items.get(c.id)
            if item is None:
                continue
            now = load.now.get(c.id)
            item.setText(1, phase_values(now, c, "limit_a"))
            item.setText(2, phase_values(now, c, "allocated_a"))
            item.setText(3, phase_values(now, c, "measured_a"))
            over = now is not None and any(
                p.measured_a is not None and p.limit_a is not None and p.measured_a > p.limit_a
                for p in now.phases[: 1 if c.phases == 1 else 3]
            )
            item.setForeground(3, QColor(FAILED) if over else QColor())
            item.setToolTip(3, translate("LoadPage", "Measured above the limit") if over else "")
        zone = ZoneInfo(load.timezone)
        if load.source == "live" and load.now_at is not None:
            self.state.setText(
                translate("LoadPage", "Allocation of {time} (live)").format(
                    time=f"{load.now_at.astimezone(zone):%H:%M:%S}"
                )
            )
        elif load.source == "samples" and load.now_at is not None:
            self.state.setText(
                translate(
                    "LoadPage",
                    "No allocation heard since this console started: the newest samples ({time}) and the limits "
                    "last sent",
                ).format(time=f"{load.now_at.astimezone(zone):%d.%m. %H:%M}")
            )
        else:
            self.state.setText(
                translate(
                    "LoadPage", "Nothing allocated yet: load management starts when the central system runs"
                )
            )
        if (
            load.notes
        ):  # e.g. the base-load meter cannot be read: the operator should know what the limits rest on
            self.state.setText(" · ".join((self.state.text(), *(shown_reason(n) for n in load.notes))))
            self.state.setStyleSheet(level_css("warn"))
        else:
            self.state.setStyleSheet(MUTED_CSS)
        self._fill_sessions(load)

    def _fill_sessions(self, load: SiteLoad) -> None:
        rows = load.sessions
        self.sessions.setRowCount(len(rows))
        for r, s in enumerate(rows):
            if not s.managed:
                limit = translate("LoadPage", "full power")
                why = shown_reason(s.reason) or translate(
                    "LoadPage", "unmanaged: its full power is reserved on its circuit"
                )
            elif s.paused:
                limit, why = translate("LoadPage", "paused"), shown_reason(s.reason)
            else:
                limit, why = amps(s.limit_a), shown_reason(s.reason)
            cells = [s.station, str(s.connector_id), s.circuit or "–", s.phases, limit, why]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(
                    text
                )  # station names and reasons are data: a table item is plain text
                if col == 4:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if s.paused or not s.managed:
                    item.setForeground(QColor(WARN))
                item.setToolTip(
                    tip(
                        translate("LoadPage", "{cp_id} connector {connector}").format(
                            cp_id=s.cp_id, connector=s.connector_id
                        )
                        + (
                            " · " + translate("LoadPage", "paused: waits until its minimum is free")
                            if s.paused
                            else ""
                        )
                        + (f" · {why}" if why else "")
                    )
                )
                self.sessions.setItem(r, col, item)
        self.sessions.setVisible(bool(rows))
        self.no_sessions.setVisible(not rows)

    def _show_unmanaged(self, load: SiteLoad) -> None:
        self.unmanaged.clear()
        for u in load.unmanaged:
            self.unmanaged.addItem(
                translate("LoadPage", "{station} ({cp_id}): {reason}").format(
                    station=u.station, cp_id=u.cp_id, reason=shown_reason(u.reason)
                )
            )
        self.unmanaged_title.setVisible(bool(load.unmanaged))
        self.unmanaged.setVisible(bool(load.unmanaged))

    def _circuit_chosen(self, current: QTreeWidgetItem | None, _previous: Any) -> None:
        if current is None:
            return
        self.circuit_id = current.data(0, CIRCUIT_ROLE)
        self._show_charts()

    def _show_charts(self) -> None:
        load = self.load
        if load is None or not load.circuits:
            return
        circuit = load.circuit(self.circuit_id) or load.circuits[0]
        zone = ZoneInfo(load.timezone)
        span = translate("LoadPage", SPANS[max(0, self.span_combo.currentIndex())][2])
        title = (
            translate(
                "LoadPage",
                "{circuit}: limit, allocated and measured current per phase, {span} (single-phase)",
            )
            if circuit.phases == 1
            else translate(
                "LoadPage", "{circuit}: limit, allocated and measured current per phase, {span} (three-phase)"
            )
        )
        self.chart_title.setText(title.format(circuit=circuit.name, span=span))
        now = load.now.get(circuit.id)
        until = max(load.until, load.now_at) if load.now_at is not None else load.until
        carried = 1 if circuit.phases == 1 else 3
        for i, chart in enumerate(self.charts):
            chart.setVisible(i < carried)
            if i >= carried:
                continue
            phase_now = (
                (now.phases[i].limit_a, now.phases[i].allocated_a, now.phases[i].measured_a)
                if now is not None
                else None
            )
            chart.show_history(load.history.get((circuit.id, i + 1), ()), phase_now, load.since, until, zone)

    def _open_settings(self) -> None:
        site_id = self.site_id()
        self.open_site_settings.emit(site_id if site_id is not None else 0)

    # --- shown / hidden --------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        if self.live is not None:
            self.live.shown()  # first: connected again, and read what changed while hidden
        elif self.site_combo.count():
            self.refresh()
        else:
            self.reload()
        self._history_timer.start()
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self._history_timer.stop()
        if self.live is not None:
            self.live.hidden()

    def shutdown(self) -> None:
        self._history_timer.stop()
        if self._worker is not None:
            self._worker.close()
