"""The main window: navigation on the left, one page at a time, and a status bar that says whether the
central system is listening, how many chargers are online and which database is in use."""

from __future__ import annotations

import errno
import logging
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QByteArray, QObject, QSettings, QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QWidget,
)

from app.services.api import AppServices
from app.services.central.addresses import ChargerAddress, central_addresses
from app.services.i18n import QT_TRANSLATE_NOOP, translate
from app.services.roles import Permission
from app.views.alarms.page import AlarmBell, AlarmNotifier, AlarmsPage
from app.views.audit_page import AuditPageView
from app.views.chargers.certificates import CertificateExpiryBox
from app.views.chargers.page import ChargersPage
from app.views.dashboard import DashboardPage
from app.views.first_start.addresses import AddressesDialog, open_on_click, tooltip
from app.views.first_start.empty_states import install_empty_states
from app.views.load.page import LoadPage
from app.views.log_page import LogPage
from app.views.map.page import MapPage
from app.views.map.picker import pick_location
from app.views.map.tiles import MapTilesSettings
from app.views.operators_section import OperatorsSection
from app.views.schedules.page import SchedulesPage
from app.views.sessions.page import SessionsPage
from app.views.settings_page import SettingsPage
from app.views.shell.bridge import CentralBridge
from app.views.shell.login import LoginDialog
from app.views.shell.tasks import TaskSet, report_to_loop
from app.views.stations.page import StationsPage
from app.views.users.learn_card import LearnCardDialog
from app.views.users.page import UsersPage
from app.views.widgets.permissions import PermissionGate
from app.views.widgets.style import FAILED, NAV_BG, NAV_SELECTED_BG, NAV_TEXT, SURFACE, text_css

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    closing = Signal()

    def __init__(
        self,
        database: Any,
        central: Any,
        settings: Any,
        parent: QWidget | None = None,
        *,
        services: AppServices | None = None,
    ) -> None:
        """``services`` are built by the composition root (``app.main``); without them (tests), the window builds
        the local ones over ``database``."""
        super().__init__(parent)
        self.database = database
        self.services = services if services is not None else AppServices.local(database, central)
        self.central = central
        self.settings = settings
        self.setWindowTitle("ChargeDesk")  # i18n: not text (the product)
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
            f"QListWidget#Navigation {{ background:{NAV_BG}; color:{NAV_TEXT}; border:none; font-size:11pt; }}"
            "QListWidget#Navigation::item { padding:10px 14px; }"
            f"QListWidget#Navigation::item:selected {{ background:{NAV_SELECTED_BG}; color:{SURFACE}; }}"
        )
        self.pages = QStackedWidget()
        lay.addWidget(self.nav)
        lay.addWidget(self.pages, 1)
        self.setCentralWidget(body)

        self._reload_on_show: set[QWidget] = set()
        self._stale_pages: set[QWidget] = set()  # configuration changed elsewhere since they were shown
        self._tasks = TaskSet(report_to_loop)
        self._close_decided = False  # True once the window may really close (nothing unsaved, or answered)
        self.close_box: QMessageBox | None = None  # "Save all / Discard / Cancel" while it is shown
        self._save_all: _SaveAll | None = None
        self._torn_down = False
        self.dashboard = DashboardPage(self.services.overview, self.bridge, load=self.services.load)
        self._add_page(self.dashboard)
        self.stations = StationsPage(self.services.stations, self.bridge, central)
        self._add_page(self.stations)
        self.map_page = MapPage(self.services.station_map, self.bridge, central)
        self._add_page(self.map_page)
        self.users = UsersPage(self.services.users, self.services.statements, self.bridge, central)
        self._add_page(self.users)
        self.schedules = SchedulesPage(self.services.plans, self.bridge, central)
        self._add_page(self.schedules, reload_on_show=True)
        schedules_item = self.nav.item(self.nav.count() - 1)
        self.schedules.title_changed.connect(schedules_item.setText)  # "Schedules •" while unsaved
        self.sessions = SessionsPage(self.services.sessions, self.bridge, central)
        self._add_page(self.sessions)
        self.load_page = LoadPage(self.services.load, self.bridge)
        self._add_page(self.load_page)
        self.load_page.open_site_settings.connect(self.open_site_settings)
        self.chargers = ChargersPage(
            self.services.chargers,
            self.bridge,
            central,
            learn_card=lambda parent: LearnCardDialog(self.services.users, self.bridge, central, parent),
        )
        self._add_page(self.chargers)
        self.chargers.stations_changed.connect(self.stations.reload)
        self.chargers.stations_changed.connect(self.dashboard.reload)
        self.chargers.stations_changed.connect(self.map_page.reload)
        self.log_page = LogPage(self.bridge, central)
        self._add_page(self.log_page)
        self.audit_page = AuditPageView(self.services.audit)
        self._add_page(self.audit_page, reload_on_show=True)
        self.settings_page = SettingsPage(
            self.services.catalog,
            self.services.databases,
            self.bridge,
            central,
            settings=settings,
            circuits=self.services.circuits,
        )
        self._add_page(self.settings_page, reload_on_show=True)
        self.certificate_box = CertificateExpiryBox(
            self.services.chargers.certificates, self.services.chargers.site_ca
        )
        self.settings_page.add_central_section(self.certificate_box)
        self.alarms_page = AlarmsPage(self.services.alarms, self.bridge)
        self._add_page(self.alarms_page, reload_on_show=True)
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
        self.settings_page.tabs.addTab(MapTilesSettings(), translate("MainWindow", "Map tiles"))
        self.operators_section = OperatorsSection(self.services.operators)
        self.settings_page.tabs.addTab(self.operators_section, translate("MainWindow", "Operators"))
        self.settings_page.reloaded.connect(self.operators_section.reload)
        self.settings_page.reloaded.connect(
            lambda: self.settings_page.show_addresses(self.charger_addresses())
        )
        self.operators_section.changed.connect(self.apply_permissions)
        self.nav.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.nav.currentRowChanged.connect(self._page_shown)
        for i in range(min(self.nav.count(), 10)):
            key = (i + 1) % 10  # Ctrl+1 … Ctrl+9, then Ctrl+0
            shortcut = QShortcut(QKeySequence(f"Ctrl+{key}"), self)
            shortcut.activated.connect(lambda i=i: self._go_to(i))
            item = self.nav.item(i)
            item.setToolTip(
                translate("MainWindow", "{page} (Ctrl+{key})").format(
                    page=page_title(self.page_titles()[i]), key=key
                )
            )

        self.listening = QLabel(translate("MainWindow", "central system: starting…"))
        self.online = QLabel(translate("MainWindow", "chargers online: {count}").format(count=0))
        self.db_label = QLabel()
        # the database (a long path or URL) gives way to the central system's status: elided in the middle, whole in
        # its tooltip (a language longer than English needs the room)
        described = self.services.store.describe()
        self.db_label.setText(
            self.db_label.fontMetrics().elidedText(described, Qt.TextElideMode.ElideMiddle, DB_LABEL_WIDTH)
        )
        self.db_label.setToolTip(described)
        self.db_label.setProperty("elided", True)
        open_on_click(self.listening, self.show_addresses)  # every address chargers use, with Copy
        self.addresses_dialog: AddressesDialog | None = None
        for w in (self.listening, self.online):
            self.statusBar().addWidget(w)
        self.operator_label = QLabel("")
        self.operator_label.setObjectName("OperatorLabel")
        self.switch_button = QPushButton(translate("MainWindow", "Log out"))
        self.switch_button.setObjectName("SwitchOperator")
        self.switch_button.setFlat(True)
        self.switch_button.clicked.connect(self.switch_operator)
        self.alarm_bell = AlarmBell()
        self.alarm_notifier = AlarmNotifier(self)
        self.statusBar().addPermanentWidget(self.alarm_bell)
        self.alarm_bell.clicked.connect(self.show_alarms)
        self.alarm_notifier.activated.connect(self.show_alarms)
        self.alarms_page.count_changed.connect(self._alarm_count)
        self.bridge.alarm_changed.connect(self.alarm_notifier.alarm)
        self._alarm_count(self.services.alarms.unacknowledged())
        self.statusBar().addPermanentWidget(self.operator_label)
        self.statusBar().addPermanentWidget(self.switch_button)
        self.statusBar().addPermanentWidget(self.db_label)
        self.login_dialog: LoginDialog | None = None
        self.gate = PermissionGate(lambda: self.services.store.principal, self)
        self.empty_states = install_empty_states(self)  # what an empty page says to do next
        self._guard_pages()
        self.apply_permissions()
        self._online_ids: set[str] | None = None  # connected charge point ids, from the first count on
        self.bridge.connected.connect(self._update_online)
        self.bridge.disconnected.connect(self._update_online)

        self._restore()
        self.dashboard.reload()
        self.sessions.reload()

    def _add_page(self, page: QWidget, *, reload_on_show: bool = False) -> None:
        """Add a page to the navigation; ``reload_on_show`` pages re-read the database when opened, so
        what another page (or another console) changed is there."""
        self.pages.addWidget(page)
        QListWidgetItem(page_title(getattr(page, "title", page.objectName())), self.nav)
        if reload_on_show:
            self._reload_on_show.add(page)

    def _go_to(self, row: int) -> None:
        """Ctrl+<n>: show the page and put the keyboard in it (its first field), so typing goes there; a click in
        the navigation keeps the focus in the navigation (arrow keys go on walking the pages)."""
        self.nav.setCurrentRow(row)
        page = self.pages.widget(row)
        if page is None:
            return
        widget = page.nextInFocusChain()
        for _ in range(5000):  # the page's first widget (in Tab order) that takes the keyboard
            if widget is None or widget is page:
                break
            if (
                page.isAncestorOf(widget)
                and widget.isVisible()
                and widget.isEnabled()
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            ):
                widget.setFocus(Qt.FocusReason.ShortcutFocusReason)
                return
            widget = widget.nextInFocusChain()

    def _page_shown(self, row: int) -> None:
        page = self.pages.widget(row)
        if getattr(self.central, "attached", False) and getattr(self.central, "started", False):
            # an attached console has the hosts send frames only while the log is shown; shown, it reads the log
            self._tasks.spawn(self.central.want_frames(page is self.log_page))
            if page is self.log_page:
                self._stale_pages.add(page)
        if page in self._reload_on_show or page in self._stale_pages:
            self._stale_pages.discard(page)
            page.reload()  # type: ignore[attr-defined]

    def edit_schedule(self, station_id: int, connector_pk: object = None) -> None:
        """The station editor's "Edit schedule…": the calendar for that station (or connector)."""
        self.show_page("Schedules")
        self.schedules.open_for(station_id, connector_pk if isinstance(connector_pk, int) else None)
        self.raise_()
        self.activateWindow()

    def open_site_settings(self, site_id: int) -> None:
        """The Load page's "Set up circuits…": Settings → Sites with the site chosen (its circuits are edited there)."""
        self.show_page("Settings")
        tabs, sites = self.settings_page.tabs, self.settings_page.sites
        tabs.setCurrentWidget(self.settings_page.sites_tab)
        row = next((i for i, r in enumerate(sites.records) if getattr(r, "id", None) == site_id), -1)
        if row >= 0:
            sites.list.setCurrentRow(row)

    def _refresh_central(self) -> None:
        """Station edits (enabled, security, deletion) reach connected chargers without a reconnect."""
        if self.central is None or not getattr(self.central, "started", False):
            return
        self._tasks.spawn(self.central.refresh_stations())

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
        dialog = pick_location(
            editor,
            editor.lat.text(),
            editor.lon.text(),
            title=f"Location of {editor.name.text()}",
            map_service=self.services.station_map,
            station_id=station_id,
        )
        dialog.location_chosen.connect(editor.set_location)
        dialog.location_removed.connect(editor._remove_location)

    # --- who is at the console ---------------------------------------------------------------------------------

    def _guard_pages(self) -> None:
        """What each role may not do, disabled (the services refuse it anyway: see app.services.roles)."""
        g = self.gate
        users, editor = self.users, self.users.editor
        g.guard(
            Permission.MANAGE_USERS,
            users.new_button,
            users.import_button,
            users.dismiss_button,
            editor.save_button,
            editor.delete_button,
            editor.add_tag_button,
            editor.edit_tag_button,
            editor.remove_tag_button,
            self.chargers.learn_button,
        )
        g.guard(
            Permission.CONFIGURE_STATIONS,
            self.stations.new_button,
            self.stations.duplicate_button,
            self.stations.delete_button,
            self.schedules.save_button,
            self.schedules.own_rules,
            self.schedules.remove_own,
        )
        config, snapshots = self.chargers.config, self.chargers.snapshots
        g.guard(
            Permission.OPERATE_CHARGERS,
            self.chargers.virtual_button,
            *self.chargers.operating_tabs(),
            config.send_button,
            config.reset_button,
            snapshots.take_button,
            snapshots.apply_button,
            snapshots.delete_button,
            *self.chargers.certificates.changing_buttons(),
            *self.chargers.monitoring.changing_buttons(),
        )
        for form_list in (self.settings_page.sites, self.settings_page.tariffs):
            g.guard(
                Permission.MANAGE_PRICES, form_list.new_button, form_list.save_button, form_list.delete_button
            )
        if (circuits := self.settings_page.circuits) is not None:
            g.guard(
                Permission.CONFIGURE_STATIONS,
                circuits.add_button,
                circuits.edit_button,
                circuits.move_button,
                circuits.connectors_button,
                circuits.delete_button,
                circuits.save_button,
                circuits.limits_button,
                circuits.settings_button,
            )
        g.guard(Permission.ACKNOWLEDGE_ALARMS, self.alarms_page.ack_button, self.alarms_page.ack_all_button)
        g.guard(
            Permission.MANAGE_SETTINGS,
            self.alarms_page.rules.save_button,
            self.alarms_page.mail.save_button,
            self.alarms_page.mail.test_button,
            self.certificate_box.create_ca_button,
        )
        self.sessions.gate = g

    def apply_permissions(self) -> None:
        """The status bar names the operator; controls follow their role; Operators is a manager's tab."""
        who = self.services.store.principal
        self.operator_label.setText(
            translate("MainWindow", "operator: {name}").format(name=who.label)
            if who.username
            else translate("MainWindow", "nobody logged in")
        )
        self.switch_button.setText(
            translate("MainWindow", "Log out") if who.logged_in else translate("MainWindow", "Log in…")
        )
        self.switch_button.setToolTip(
            translate("MainWindow", "Log out and let another operator log in")
            if who.logged_in
            else translate("MainWindow", "Log in with an operator account")
        )
        self.gate.apply()
        tabs = self.settings_page.tabs
        tabs.setTabVisible(tabs.indexOf(self.operators_section), who.can(Permission.MANAGE_OPERATORS))
        if self.settings_page.isVisible():  # else read when Settings is shown (start-up reads nothing more)
            self.operators_section.reload()

    def switch_operator(self) -> None:
        """Log out (audited) and ask who is next. Until someone logs in, a console that requires a log-in can
        change nothing; one that does not (single seat) is the computer's user again."""
        operators = self.services.operators
        if self.services.store.principal.logged_in:
            operators.logout()
            self.services.store.principal = (
                operators.nobody() if operators.login_required() else operators.local()
            )
            self.apply_permissions()
        self.ask_login()

    def ask_login(self) -> LoginDialog:
        if self.login_dialog is not None:
            self.login_dialog.raise_()
            return self.login_dialog
        dialog = LoginDialog(self.services.operators, self)
        dialog.finished.connect(lambda _r: self._login_closed(dialog))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.login_dialog = dialog
        dialog.open()
        return dialog

    def _login_closed(self, dialog: LoginDialog) -> None:
        if self.login_dialog is dialog:
            self.login_dialog = None
        self.apply_permissions()
        self.audit_page.reload()

    def _alarm_count(self, count: int) -> None:
        self.alarm_bell.set_count(count)
        self.alarm_notifier.set_count(count)

    def show_alarms(self) -> None:
        """The bell or the tray icon: the Alarms page in front."""
        self.show_page(self.alarms_page.title)
        if self.isMinimized():
            self.showNormal()
        self.raise_()
        self.activateWindow()

    def page_titles(self) -> list[str]:
        return [getattr(self.pages.widget(i), "title", "") for i in range(self.pages.count())]

    def show_page(self, title: str) -> None:
        self.nav.setCurrentRow(self.page_titles().index(title))

    # --- central system ------------------------------------------------------------------------------

    def central_system_not_here(self, reason: str) -> None:
        """The console runs without a central system (another process holds the database): the status bar says
        why; the pages read and edit the database as usual."""
        self.listening.setText(
            translate("MainWindow", "no central system in this console: {reason}").format(reason=reason)
        )
        self.listening.setToolTip(reason)
        self.listening.setStyleSheet(f"{text_css(FAILED)} font-weight:600;")

    async def start_central_system(self) -> None:
        if getattr(self.central, "attached", False):
            await self._attach()
            return
        c = self.settings.central
        try:
            await self.central.start()
        except OSError as e:
            why = (
                translate("MainWindow", "the port is in use by another program")
                if e.errno == errno.EADDRINUSE
                else e.strerror
            )
            self.listening.setText(
                translate("MainWindow", "central system NOT listening on port {port}: {why}").format(
                    port=c.port, why=why
                )
            )
            self.listening.setStyleSheet(f"{text_css(FAILED)} font-weight:600;")
            log.error("central system could not start: %s", e)
            return
        addresses = self.charger_addresses()
        self.listening.setText(
            translate("MainWindow", "central system listening on {address}").format(address=addresses[0].url)
        )
        self.listening.setToolTip(tooltip(addresses))
        self.listening.setStyleSheet("")
        self.log_page.reload()

    async def _attach(self) -> None:
        """An attached console: the site's central system runs elsewhere (``chargedesk serve`` or a console that
        hosts); this one hears its events and sends it the operations."""
        self.central.on_bus_state(self._bus_state)
        try:
            await self.central.start()
        except Exception as e:  # the site's database went away between opening it and attaching
            self._show_attach_problem(
                translate("MainWindow", "cannot reach the site's central system: {reason}").format(reason=e)
            )
            log.error("attaching to the site's central system failed: %s", e)
            return
        self._show_attached()
        self._online_ids = None
        self._update_online()
        self.log_page.reload()
        if self.pages.currentWidget() is self.log_page:
            await self.central.want_frames(True)

    def _show_attached(self) -> None:
        host = self.central.host
        if host:
            self.listening.setText(
                translate("MainWindow", "attached to the site's central system: {host}").format(host=host)
            )
            self.listening.setStyleSheet("")
        else:
            self._show_attach_problem(
                translate(
                    "MainWindow",
                    "attached, but no central system is running for the site: start `chargedesk serve`, or make a "
                    "console the host (Settings → Central system)",
                )
            )

    def _show_attach_problem(self, text: str) -> None:
        self.listening.setText(text)
        self.listening.setStyleSheet(f"{text_css(FAILED)} font-weight:600;")

    def _bus_state(self, event: Any) -> None:
        if event.up:
            self._show_attached()
            self._online_ids = None
            self._update_online()
            self.configuration_changed()  # what changed while the bus was away
        else:
            self._show_attach_problem(
                translate("MainWindow", "lost the site's central system ({why}): reconnecting…").format(
                    why=event.why
                )
            )

    def charger_addresses(self) -> list[ChargerAddress]:
        """Where chargers reach this site's central system (this machine's LAN addresses, or the host's)."""
        return central_addresses(self.central, self.settings.central)

    def show_addresses(self) -> AddressesDialog:
        """The addresses chargers use, each with Copy (a click on the status bar's address, the empty pages)."""
        dialog = AddressesDialog(self.charger_addresses, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda: setattr(self, "addresses_dialog", None))
        self.addresses_dialog = dialog
        dialog.open()
        return dialog

    def not_set_up(self) -> None:
        """The first-start set-up was cancelled: say what to do next (the empty pages say it too)."""
        from app.views.first_start.wizard import cancelled_text

        self.statusBar().showMessage(cancelled_text(), 120_000)

    def show_widget(self, page: QWidget) -> None:
        """Bring ``page`` to the front (as clicking it in the navigation)."""
        self.nav.setCurrentRow(self.pages.indexOf(page))

    def site_bus_failed(self, why: str) -> None:
        """This console hosts, but consoles elsewhere cannot attach to it (the site bus did not start)."""
        self.listening.setText(
            translate("MainWindow", "{status} — not shared with other consoles: {why}").format(
                status=self.listening.text(), why=why
            )
        )
        self.listening.setStyleSheet(f"{text_css(FAILED)} font-weight:600;")

    def configuration_changed(self) -> None:
        """Configuration was committed somewhere on the site (this console, another one, an import): the page
        in front re-reads at once, the others when they are next shown."""
        if self._torn_down:
            return
        current = self.pages.currentWidget()
        for i in range(self.pages.count()):
            page = self.pages.widget(i)
            if page is None:
                continue
            if page is current:
                if page not in self._reload_on_show and hasattr(page, "reload"):
                    page.reload()
            elif page not in self._reload_on_show and hasattr(page, "reload"):
                self._stale_pages.add(page)

    def _update_online(self, event: object = None) -> None:
        """O(1) per event (a connection storm of 1,000 chargers must not count them all 1,000 times): the set of
        connected ids follows the events; a disconnect of a connection a reconnect replaced keeps the id."""
        online = self._online_ids
        if online is None or event is None:
            online = self._online_ids = {st.cp_id for st in self.central.chargers() if st.connected}
        else:
            cp_id = getattr(event, "cp_id", None)
            if cp_id is not None:
                if self.central.is_connected(cp_id):
                    online.add(cp_id)
                else:
                    online.discard(cp_id)
        self.online.setText(translate("MainWindow", "chargers online: {count}").format(count=len(online)))

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

    # --- closing -------------------------------------------------------------------------------------
    #
    # Closing the window with unsaved work (station editors, the schedule on the Schedules page, the user in the
    # Users page's editor) asks "Save all / Discard / Cancel" with the list of what is unsaved. Save all saves
    # each one; the first that does not save (a validation problem, the database refusing) cancels the close
    # and is shown with its problems marked. A station editor hashing a new password saves in a worker thread:
    # the close waits for its answer.
    #
    # Ctrl+C and SIGTERM (Console.request_close → close_for_signal) never ask: a signal usually means the
    # session is ending (logout, shutdown, a service manager), and a dialog nobody answers would only hang the
    # process until it is killed, losing the same work *and* skipping the staged shutdown. So a signal
    # discards, after logging exactly what was discarded (WARNING), and closes cleanly.

    def unsaved_work(self) -> list[UnsavedItem]:
        """What is edited and not saved yet, each with a short description and a way to save it."""
        items: list[UnsavedItem] = []
        if self.schedules.is_dirty():
            # _target_name(): the page's own words for what it edits ("Hall B connector 2", "Eva's times at …")
            items.append(
                UnsavedItem(
                    translate("MainWindow", "Schedule of {target}").format(
                        target=self.schedules._target_name()
                    ),
                    "schedule",
                    self.schedules,
                )
            )
        editor = self.users.editor
        if editor.is_dirty():
            new = editor.loaded is not None and editor.loaded.id is None
            name = editor.name.text().strip() or translate("MainWindow", "without a name")
            what = (
                translate("MainWindow", "User {name} (new)")
                if new
                else translate("MainWindow", "User {name}")
            ).format(name=name)
            items.append(UnsavedItem(what, "user", editor))
        for station_editor in self.stations.unsaved_editors():
            name = station_editor.name.text().strip() or translate("MainWindow", "New station")
            cpid = station_editor.charge_point_id.text().strip()
            new = station_editor.station_id is None
            if cpid:
                what = (
                    translate("MainWindow", "Station {name} ({cpid}) (new)")
                    if new
                    else translate("MainWindow", "Station {name} ({cpid})")
                ).format(name=name, cpid=cpid)
            else:
                what = (
                    translate("MainWindow", "Station {name} (new)")
                    if new
                    else translate("MainWindow", "Station {name}")
                ).format(name=name)
            items.append(UnsavedItem(what, "station", station_editor))
        return items

    def close_for_signal(self, name: str = "a signal") -> None:
        """Close because of Ctrl+C / SIGTERM: discard unsaved work without asking (see above) and say so."""
        unsaved = self.unsaved_work()
        if unsaved:
            log.warning(
                "closing on %s: unsaved changes discarded: %s",
                name,
                "; ".join(item.description for item in unsaved),
            )
        else:
            log.info("closing on %s", name)
        self._close_decided = True
        if self.close_box is not None:
            self.close_box.done(QMessageBox.StandardButton.Cancel)  # its answer no longer matters
            self.close_box = None
        self._save_all = None
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._close_decided:
            event.ignore()
            if self._save_all is not None:  # saving (a password being hashed): the close follows by itself
                return
            if self.close_box is not None:  # already asking
                self.close_box.raise_()
                self.close_box.activateWindow()
                return
            unsaved = self.unsaved_work()
            if unsaved:
                self._ask_before_close(unsaved)
                return
            self._close_decided = True
        if not self._torn_down:
            self._torn_down = True
            self._teardown()
        super().closeEvent(event)

    def _ask_before_close(self, unsaved: list[UnsavedItem]) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            translate("MainWindow", "Unsaved changes"),
            translate("MainWindow", "Save your changes before closing ChargeDesk?"),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        box.setObjectName("UnsavedOnClose")
        box.setInformativeText(
            translate("MainWindow", "Not saved yet:\n{items}").format(
                items="\n".join(f"• {item.description}" for item in unsaved)
            )
        )
        save_all = box.addButton(translate("MainWindow", "Save all"), QMessageBox.ButtonRole.AcceptRole)
        save_all.setObjectName("SaveAll")
        save_all.setToolTip(
            translate(
                "MainWindow", "Save each of them, then close (a change that cannot be saved is shown instead)"
            )
        )
        discard = box.addButton(QMessageBox.StandardButton.Discard)
        discard.setToolTip(translate("MainWindow", "Close and lose these changes"))
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        cancel.setToolTip(translate("MainWindow", "Keep the window open (Esc)"))
        box.setDefaultButton(save_all)
        box.setEscapeButton(cancel)

        def answered(_result: int) -> None:
            if self.close_box is not box:  # replaced (a signal closed the window meanwhile)
                return
            self.close_box = None
            clicked = box.clickedButton()
            if clicked is save_all:
                self._start_save_all(self.unsaved_work())  # again: something may have been saved meanwhile
            elif clicked is discard:
                log.info("closing: unsaved changes discarded: %s", "; ".join(i.description for i in unsaved))
                self._close_decided = True
                self.close()
            # Cancel / Esc: the window stays open, nothing changes

        box.finished.connect(answered)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.close_box = box
        box.open()

    def _start_save_all(self, unsaved: list[UnsavedItem]) -> None:
        job = _SaveAll(self, unsaved)
        self._save_all = job
        job.run()

    def _save_all_done(self, job: _SaveAll, failed: UnsavedItem | None) -> None:
        if self._save_all is not job:
            return
        self._save_all = None
        if failed is not None:
            self._show_unsaved(failed)
            self.statusBar().showMessage(
                translate(
                    "MainWindow", "Not closed: {what} could not be saved. Fix it, then close again."
                ).format(what=failed.description),
                15_000,
            )
            return
        self._close_decided = True
        self.close()

    def _show_unsaved(self, item: UnsavedItem) -> None:
        """Bring what could not be saved into view, its problems marked (the page/editor marked them)."""
        if item.kind == "station":
            self.show_page("Stations")
            item.target.show()
            item.target.raise_()
            item.target.activateWindow()
        else:
            self.show_page("Schedules" if item.kind == "schedule" else "Users")
            self.raise_()
            self.activateWindow()

    def _teardown(self) -> None:
        s = self._qsettings()
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/page", self.page_titles()[self.nav.currentRow()])
        # every station editor still open goes too (done() closes without its own "Discard changes?" question)
        for group in list(self.stations.editors.values()):
            for station_editor in list(group):
                if station_editor.isVisible():
                    station_editor.done(QDialog.DialogCode.Rejected)
        self.bridge.close()
        self.alarm_notifier.close()
        self.sessions.shutdown()  # cancels a running export (no file left) and stops the page's threads
        self.audit_page.shutdown()
        self.load_page.shutdown()
        self.dashboard.shutdown()
        self.chargers.shutdown()  # stops a running commissioning checklist
        self.services.close()  # the store's pool: waits for a running save, drops queued work
        self.closing.emit()


DB_LABEL_WIDTH = 180  # the status bar's database description, at most (px; the role is translated too)

#: the navigation's names of the pages (a page's ``title`` stays its English key: show_page, the saved page)
PAGE_TITLES = {
    "Dashboard": QT_TRANSLATE_NOOP("MainWindow", "Dashboard"),
    "Stations": QT_TRANSLATE_NOOP("MainWindow", "Stations"),
    "Map": QT_TRANSLATE_NOOP("MainWindow", "Map"),
    "Users": QT_TRANSLATE_NOOP("MainWindow", "Users"),
    "Schedules": QT_TRANSLATE_NOOP("MainWindow", "Schedules"),
    "Sessions": QT_TRANSLATE_NOOP("MainWindow", "Sessions"),
    "Load": QT_TRANSLATE_NOOP("MainWindow", "Load"),
    "Chargers": QT_TRANSLATE_NOOP("MainWindow", "Chargers"),
    "Log": QT_TRANSLATE_NOOP("MainWindow", "Log"),
    "Audit": QT_TRANSLATE_NOOP("MainWindow", "Audit"),
    "Settings": QT_TRANSLATE_NOOP("MainWindow", "Settings"),
}


def page_title(title: str) -> str:
    """A page's name in the navigation, in the operator's language."""
    return translate("MainWindow", PAGE_TITLES.get(title, title))


@dataclass
class UnsavedItem:
    """One piece of unsaved work: ``kind`` is "schedule", "user" or "station"; ``target`` the page or editor."""

    description: str
    kind: str
    target: Any


class _SaveAll(QObject):
    """Save every unsaved item in turn; stop at the first that does not save. A station editor that saves in
    a worker thread (a new password is hashed) is waited for: its relay reports after the editor wrote (or
    not), the editor closing on success."""

    def __init__(self, window: MainWindow, items: list[UnsavedItem]) -> None:
        super().__init__(window)
        self.window = window
        self.items = list(items)
        self.waiting: UnsavedItem | None = None

    def run(self) -> None:
        while self.items:
            item = self.items.pop(0)
            if item.kind == "schedule":
                ok = bool(item.target.save())
            elif item.kind == "user":
                ok = bool(item.target.save())
            else:
                editor = item.target
                editor.save()
                if editor._saving:  # hashing the new password in a worker thread: wait for its answer
                    self.waiting = item
                    editor._relay.done.connect(self._station_answered)
                    return
                ok = not editor.isVisible()  # a saved editor closes itself; one with problems stays open
            if not ok:
                self.window._save_all_done(self, item)
                return
        self.window._save_all_done(self, None)

    def _station_answered(self, _result: object) -> None:
        item = self.waiting
        if item is None:
            return
        self.waiting = None
        try:
            item.target._relay.done.disconnect(self._station_answered)
        except (RuntimeError, TypeError):
            pass
        if (
            item.target.isVisible()
        ):  # connected after the editor's own slot, so it has written (or not) by now
            self.window._save_all_done(self, item)
        else:
            self.run()


__all__ = ["MainWindow", "Qt", "UnsavedItem"]
