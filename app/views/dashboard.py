"""Dashboard: what is charging and what is broken, at a glance, live.

Station tiles show each connector's status and current power; figures for today and this month; the recent
events (faults, refused authorizations with their reason, chargers going offline). Live events update only the
tile or the line they are about.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QValueAxis
from PySide6.QtCore import QMargins, Qt, QTimer
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.services import overview
from app.views.bridge import CentralBridge
from app.views.style import badge_css, format_power

MAX_EVENTS = 200
FIGURES_COALESCE_MS = 1000


class FigureCard(QFrame):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("FigureCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        lay = QVBoxLayout(self)
        self.title = QLabel(title)
        self.title.setStyleSheet("color:#5b6068;")
        self.value = QLabel("–")
        self.value.setStyleSheet("font-size:20pt; font-weight:600;")
        lay.addWidget(self.title)
        lay.addWidget(self.value)

    def set_value(self, text: str) -> None:
        self.value.setText(text)


class ConnectorLine(QWidget):
    def __init__(self, connector: overview.ConnectorRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        kw = f" · {connector.max_kw:g} kW" if connector.max_kw else ""
        self.name = QLabel(f"#{connector.connector_id} {connector.plug_type}{kw}")
        self.badge = QLabel()
        self.power = QLabel()
        self.power.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        lay.addWidget(self.name)
        lay.addStretch(1)
        lay.addWidget(self.power)
        lay.addWidget(self.badge)
        self.set_status(connector.status)

    def set_status(self, status: str, error: str = "NoError") -> None:
        self.status = status
        text = status if error in ("", "NoError") else f"{status}: {error}"
        self.badge.setText(text)
        self.badge.setStyleSheet(badge_css(status))
        if status not in ("Charging", "SuspendedEV", "SuspendedEVSE"):
            self.power.setText("")

    def set_power(self, watts: float | None) -> None:
        self.power.setText(format_power(watts))


class StationTile(QFrame):
    """One station: name, identity, online state and a line per connector."""

    def __init__(self, row: overview.StationRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.row = row
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumWidth(280)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        lay = QVBoxLayout(self)
        head = QHBoxLayout()
        title = QLabel(f"<b>{row.name}</b><br><span style='color:#5b6068'>{row.charge_point_id} · {row.site}</span>")
        head.addWidget(title, 1)
        self.presence = QLabel()
        head.addWidget(self.presence)
        lay.addLayout(head)
        self.lines: dict[int, ConnectorLine] = {}
        self._lines_box = QVBoxLayout()
        lay.addLayout(self._lines_box)
        for c in row.connectors:
            self._add_line(c)
        self.set_online(row.online)

    def _add_line(self, c: overview.ConnectorRow) -> ConnectorLine:
        line = ConnectorLine(c)
        self.lines[c.connector_id] = line
        self._lines_box.addWidget(line)
        return line

    def set_online(self, online: bool) -> None:
        self.online = online
        self.presence.setText("online" if online else "offline")
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
        self.span.setStyleSheet("color:#5b6068;")
        self.days: list[tuple[dt.date, float]] = []

    def set_days(self, days: list[tuple[dt.date, float]]) -> None:
        if days == self.days:
            return
        self.days = days
        self.series.clear()
        bars = QBarSet("kWh")
        bars.setColor(QColor("#1f5fbf"))
        for _day, kwh in days:
            bars.append(kwh)
        self.series.append(bars)
        labels = [d.isoformat() for d, _ in days]
        self.axis_x.clear()
        self.axis_x.append(labels)
        top = max((kwh for _, kwh in days), default=0.0)
        self.axis_y.setRange(0, max(10.0, top * 1.15))
        self.axis_y.applyNiceNumbers()
        if days:
            self.span.setText(f"{days[0][0]:%d.%m.%Y} – {days[-1][0]:%d.%m.%Y} · total {sum(k for _, k in days):,.1f} kWh")

    def _hovered(self, status: bool, index: int, _bars: QBarSet) -> None:
        if status and 0 <= index < len(self.days):
            day, kwh = self.days[index]
            self.setToolTip(f"{day:%a %d.%m.%Y}: {kwh:,.1f} kWh")
        else:
            self.setToolTip("")


class DashboardPage(QWidget):
    title = "Dashboard"

    def __init__(self, database: Any, bridge: CentralBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.tiles: dict[str, StationTile] = {}
        self.timezone = "UTC"
        lay = QVBoxLayout(self)
        cards = QHBoxLayout()
        self.card_online = FigureCard("Stations online")
        self.card_charging = FigureCard("Charging now")
        self.card_today = FigureCard("Energy today")
        self.card_month = FigureCard("Energy this month")
        self.card_revenue = FigureCard("Revenue this month")
        for c in (self.card_online, self.card_charging, self.card_today, self.card_month, self.card_revenue):
            cards.addWidget(c)
        lay.addLayout(cards)

        split = QSplitter(Qt.Orientation.Horizontal)
        self.grid_host = QWidget()
        self.grid = QGridLayout(self.grid_host)
        self.grid.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.grid_host)
        split.addWidget(scroll)
        events_box = QWidget()
        ev_lay = QVBoxLayout(events_box)
        ev_lay.setContentsMargins(0, 0, 0, 0)
        ev_lay.addWidget(QLabel("<b>Energy per day, last 30 days</b>"))
        self.chart = EnergyChart()
        ev_lay.addWidget(self.chart, 1)
        ev_lay.addWidget(self.chart.span)
        ev_lay.addWidget(QLabel("<b>Recent events</b>"))
        self.events = QListWidget()
        self.events.setWordWrap(True)
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
        bridge.unknown_charger.connect(
            lambda e: self.add_event(f"Unknown charger {e.cp_id} connected from {e.ip or '?'} ({e.policy})", "warn"))

        self._figures_timer = QTimer(self)
        self._figures_timer.setInterval(60_000)
        self._figures_timer.timeout.connect(self.refresh_figures)
        self._figures_timer.start()
        # sessions starting and stopping (dozens a second on a large site) refresh the figures once per
        # FIGURES_COALESCE_MS, not once each: every refresh is a few queries on the GUI thread
        self._figures_soon = QTimer(self)
        self._figures_soon.setSingleShot(True)
        self._figures_soon.setInterval(FIGURES_COALESCE_MS)
        self._figures_soon.timeout.connect(self.refresh_figures)

    # --- data ----------------------------------------------------------------------------------------

    def reload(self) -> None:
        """Rebuild the tiles from the database (on start and after stations change)."""
        with self.database.session() as s:
            rows = overview.stations(s)
        if rows:
            self.timezone = rows[0].timezone
        for tile in self.tiles.values():
            tile.setParent(None)
            tile.deleteLater()
        self.tiles.clear()
        columns = 3
        for i, row in enumerate(rows):
            tile = StationTile(row)
            self.tiles[row.charge_point_id] = tile
            self.grid.addWidget(tile, i // columns, i % columns)
        if not rows:
            hint = QLabel("No stations yet. Point a charger at this central system (address in the status "
                          "bar) or import a site with <code>chargedesk config import site.json</code>.")
            hint.setWordWrap(True)
            self.grid.addWidget(hint, 0, 0)
        self.refresh_figures()

    def refresh_figures(self) -> None:
        with self.database.session() as s:
            day, month, now = overview.day_bounds(self.timezone)
            today = overview.totals(s, day, now + dt.timedelta(seconds=1))
            this_month = overview.totals(s, month, now + dt.timedelta(seconds=1))
            active = overview.active_sessions(s)
            per_day = overview.energy_per_day(s, self.timezone, 30)
        self.chart.set_days(per_day)
        online = sum(1 for t in self.tiles.values() if t.online)
        self.card_online.set_value(f"{online} / {len(self.tiles)}")
        self.card_charging.set_value(str(active))
        self.card_today.set_value(f"{today.energy_kwh:,.1f} kWh")
        self.card_month.set_value(f"{this_month.energy_kwh:,.1f} kWh")
        self.card_revenue.set_value(f"{this_month.currency} {this_month.revenue:,.2f}")

    def refresh_figures_soon(self) -> None:
        """Refresh the figures within FIGURES_COALESCE_MS (one refresh for a burst of sessions)."""
        if not self._figures_soon.isActive():
            self._figures_soon.start()

    def add_event(self, text: str, level: str = "info") -> None:
        stamp = dt.datetime.now().strftime("%H:%M:%S")
        item = QListWidgetItem(f"{stamp}  {text}")
        colours = {"warn": "#9a6b00", "error": "#b02a2a", "info": "#1f2933"}
        item.setForeground(Qt.GlobalColor.black if level == "info" else _qcolor(colours[level]))
        self.events.insertItem(0, item)
        while self.events.count() > MAX_EVENTS:
            self.events.takeItem(self.events.count() - 1)

    # --- live events ---------------------------------------------------------------------------------

    def on_status(self, e: Any) -> None:
        tile = self.tiles.get(e.cp_id)
        if tile is not None:
            tile.connector_status(e.connector_id, e.status, e.error_code)
        if e.status == "Faulted" or e.error_code not in ("", "NoError"):
            where = f"connector {e.connector_id}" if e.connector_id else "charger"
            self.add_event(f"{e.cp_id} {where}: {e.status} ({e.error_code}) {e.info}".strip(), "error")

    def on_presence(self, cp_id: str, online: bool) -> None:
        tile = self.tiles.get(cp_id)
        if tile is not None:
            tile.set_online(online)
        self.card_online.set_value(f"{sum(1 for t in self.tiles.values() if t.online)} / {len(self.tiles)}")

    def on_disconnected(self, e: Any) -> None:
        self.on_presence(e.cp_id, False)
        self.add_event(f"{e.cp_id} went offline{': ' + e.reason if e.reason else ''}", "warn")

    def on_session_updated(self, e: Any) -> None:
        tile = self.tiles.get(e.cp_id)
        if tile is not None and e.connector_id in tile.lines:
            tile.lines[e.connector_id].set_power(e.power_w)

    def on_session_stopped(self, e: Any) -> None:
        tile = self.tiles.get(e.cp_id)
        if tile is not None and e.connector_id in tile.lines:
            tile.lines[e.connector_id].set_power(None)
        self.refresh_figures_soon()

    def on_authorization(self, e: Any) -> None:
        if e.refused:
            self.add_event(f"{e.cp_id}: {e.reason}", "warn")


def _qcolor(name: str):  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QColor

    return QColor(name)
