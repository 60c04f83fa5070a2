"""The main window: navigation on the left, one page at a time, and a status bar that says whether the
central system is listening, how many chargers are online and which database is in use."""

from __future__ import annotations

import asyncio
import errno
import logging
from typing import Any

from PySide6.QtCore import QByteArray, QSettings, QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from app.views.bridge import CentralBridge
from app.views.chargers_page import ChargersPage
from app.views.dashboard import DashboardPage
from app.views.log_page import LogPage
from app.views.map_page import MapPage
from app.views.map_picker import pick_location
from app.views.map_tiles import MapTilesSettings
from app.views.schedules import SchedulesPage
from app.views.sessions import SessionsPage
from app.views.settings_page import SettingsPage
from app.views.stations import StationsPage
from app.views.users import UsersPage

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    closing = Signal()

    def __init__(self, database: Any, central: Any, settings: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.central = central
        self.settings = settings
        self.setWindowTitle("ChargeDesk")
        self.bridge = CentralBridge(central, self)

        body = QWidget()
        lay = QHBoxLayout(body)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(0)
        self.nav = QListWidget()
        self.nav.setObjectName("Navigation")
        self.nav.setFixedWidth(180)
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setStyleSheet(
            "QListWidget#Navigation { background:#1f2933; color:#e4e7eb; border:none; font-size:11pt; }"
            "QListWidget#Navigation::item { padding:10px 14px; }"
            "QListWidget#Navigation::item:selected { background:#3e4c59; color:white; }")
        self.pages = QStackedWidget()
        lay.addWidget(self.nav)
        lay.addWidget(self.pages, 1)
        self.setCentralWidget(body)

        self._reload_on_show: set[QWidget] = set()
        self._tasks: set[asyncio.Task[None]] = set()
        self.dashboard = DashboardPage(database, self.bridge)
        self._add_page(self.dashboard)
        self.stations = StationsPage(database, self.bridge, central)
        self._add_page(self.stations)
        self.map_page = MapPage(database, self.bridge, central)
        self._add_page(self.map_page)
        self.users = UsersPage(database, self.bridge, central)
        self._add_page(self.users)
        self.schedules = SchedulesPage(database, self.bridge, central)
        self._add_page(self.schedules, reload_on_show=True)
        schedules_item = self.nav.item(self.nav.count() - 1)
        self.schedules.title_changed.connect(schedules_item.setText)  # "Schedules •" while unsaved
        self.sessions = SessionsPage(database, self.bridge, central)
        self._add_page(self.sessions)
        self.chargers = ChargersPage(database, self.bridge, central)
        self._add_page(self.chargers)
        self.chargers.stations_changed.connect(self.stations.reload)
        self.chargers.stations_changed.connect(self.dashboard.reload)
        self.chargers.stations_changed.connect(self.map_page.reload)
        self.log_page = LogPage(database, self.bridge, central)
        self._add_page(self.log_page)
        self.settings_page = SettingsPage(database, self.bridge, central, settings=settings)
        self._add_page(self.settings_page, reload_on_show=True)
        self.settings_page.sites.saved.connect(lambda _id: self.dashboard.reload())
        self.stations.stations_changed.connect(self.dashboard.reload)
        self.stations.edit_schedule_requested.connect(self.edit_schedule)
        self.stations.set_on_map_requested.connect(self.set_on_map)
        self.stations.stations_changed.connect(self.map_page.reload)
        self.stations.stations_changed.connect(self._refresh_central)
        self.map_page.open_station.connect(self.open_station)
        # one filter for the Stations list and the Map: setting one sets the other (neither echoes back)
        self.stations.filters_changed.connect(lambda f: self.map_page.set_filters(**f))
        self.map_page.filters_changed.connect(lambda f: self.stations.set_filters(**f))
        self.settings_page.tabs.addTab(MapTilesSettings(), "Map tiles")
        self.nav.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.nav.currentRowChanged.connect(self._page_shown)
        for i in range(self.nav.count()):
            QShortcut(QKeySequence(f"Ctrl+{i + 1}"), self, activated=lambda i=i: self.nav.setCurrentRow(i))

        self.listening = QLabel("central system: starting…")
        self.online = QLabel("chargers online: 0")
        self.db_label = QLabel(database.describe())
        for w in (self.listening, self.online):
            self.statusBar().addWidget(w)
        self.statusBar().addPermanentWidget(self.db_label)
        self.bridge.connected.connect(self._update_online)
        self.bridge.disconnected.connect(self._update_online)

        self._restore()
        self.dashboard.reload()
        self.sessions.reload()

    def _add_page(self, page: QWidget, *, reload_on_show: bool = False) -> None:
        """Add a page to the navigation; ``reload_on_show`` pages re-read the database when opened, so
        what another page (or another console) changed is there."""
        self.pages.addWidget(page)
        QListWidgetItem(getattr(page, "title", page.objectName()), self.nav)
        if reload_on_show:
            self._reload_on_show.add(page)

    def _page_shown(self, row: int) -> None:
        page = self.pages.widget(row)
        if page in self._reload_on_show:
            page.reload()  # type: ignore[attr-defined]

    def edit_schedule(self, station_id: int, connector_pk: object = None) -> None:
        """The station editor's "Edit schedule…": the calendar for that station (or connector)."""
        self.show_page("Schedules")
        self.schedules.open_for(station_id, connector_pk if isinstance(connector_pk, int) else None)
        self.raise_()
        self.activateWindow()

    def _refresh_central(self) -> None:
        """Station edits (enabled, security, deletion) reach connected chargers without a reconnect."""
        if self.central is None or not getattr(self.central, "started", False):
            return
        task = asyncio.ensure_future(self.central.refresh_stations())
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    def open_station(self, station_id: int) -> None:
        """A station's editor, e.g. from a map popup."""
        self.show_page("Stations")
        if self.stations.select_station(station_id):
            self.stations.edit_selected()

    def set_on_map(self, station_id: int) -> None:
        """The station editor's "Set on map…": the needle dialog, its choice flowing back into the editor."""
        editors = self.stations.editors.get(station_id) or self.stations.editors.get(None) or []
        editor = next((e for e in editors if e.isVisible()), None)
        if editor is None:
            return
        dialog = pick_location(editor, editor.lat.text(), editor.lon.text(), title=f"Location of {editor.name.text()}",
                               database=self.database, station_id=station_id)
        dialog.location_chosen.connect(editor.set_location)
        dialog.location_removed.connect(editor._remove_location)

    def page_titles(self) -> list[str]:
        return [getattr(self.pages.widget(i), "title", "") for i in range(self.pages.count())]

    def show_page(self, title: str) -> None:
        self.nav.setCurrentRow(self.page_titles().index(title))

    # --- central system ------------------------------------------------------------------------------

    async def start_central_system(self) -> None:
        c = self.settings.central
        try:
            await self.central.start()
        except OSError as e:
            why = "the port is in use by another program" if e.errno == errno.EADDRINUSE else e.strerror
            self.listening.setText(f"central system NOT listening on port {c.port}: {why}")
            self.listening.setStyleSheet("color:#b02a2a; font-weight:600;")
            log.error("central system could not start: %s", e)
            return
        scheme = "wss" if c.tls_cert else "ws"
        self.listening.setText(f"central system listening on {scheme}://{c.host}:{self.central.port}/ocpp/")
        self.listening.setStyleSheet("")
        self.log_page.reload()

    def _update_online(self, _event: object = None) -> None:
        n = sum(1 for st in self.central.chargers() if st.connected)
        self.online.setText(f"chargers online: {n}")

    # --- persistence ---------------------------------------------------------------------------------

    def _qsettings(self) -> QSettings:
        return QSettings("ChargeDesk", "ChargeDesk")

    def _restore(self) -> None:
        s = self._qsettings()
        geometry = s.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        page = s.value("window/page", "Dashboard")
        titles = self.page_titles()
        self.nav.setCurrentRow(titles.index(page) if page in titles else 0)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt API)
        s = self._qsettings()
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/page", self.page_titles()[self.nav.currentRow()])
        self.bridge.close()
        self.sessions.shutdown()  # cancels a running export (no file left) and stops the page's threads
        self.closing.emit()
        super().closeEvent(event)


__all__ = ["MainWindow", "Qt"]
