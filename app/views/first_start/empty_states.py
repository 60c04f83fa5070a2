"""What an empty page says to do next, with the buttons that do it (issue 15): "No stations yet" with Add station,
Import a site configuration…, Show the addresses chargers use, and so on for every page that can be empty.

The main window installs them (:func:`install_empty_states`): each is a box at the top of its page, shown while
the page has nothing to show (checked when the page is shown and when its rows change). The pages themselves are
not changed; the buttons call what the pages and the main window already do."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.i18n import translate
from app.services.roles import Permission
from app.services.transfer.site_config import ConfigError
from app.services.validation import WriteRefused


@dataclass
class Action:
    key: str  # the button's object name: empty_<key>
    text: str
    run: Callable[[], object]
    permission: Permission | None = None  # disabled for an operator who may not


class EmptyState(QFrame):
    """A message and its buttons, shown while ``is_empty()``."""

    def __init__(self, name: str, text: str, actions: list[Action], is_empty: Callable[[], bool]) -> None:
        super().__init__()
        self.setObjectName(f"EmptyState_{name}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.is_empty = is_empty
        lay = QVBoxLayout(self)
        self.text = QLabel(text)
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setStyleSheet("font-size:11pt;")
        # wrapped to the page's width: a wrapped label otherwise asks for ~80 characters, and every page (the
        # window's minimum too) would grow with it, more so in a longer language
        self.text.setMinimumWidth(240)
        lay.addWidget(self.text)
        row = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for action in actions:
            button = QPushButton(action.text)
            button.setObjectName(f"empty_{action.key}")
            button.clicked.connect(lambda _=False, run=action.run: run())
            row.addWidget(button)
            self.buttons[action.key] = button
        row.addStretch(1)
        lay.addLayout(row)
        self.hide()

    def refresh(self) -> None:
        self.setVisible(bool(self.is_empty()))


class EmptyStates(QObject):
    """Every page's empty state, and the actions of their buttons."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.states: dict[str, EmptyState] = {}
        self.file_dialog: QFileDialog | None = None
        self.result_box: QMessageBox | None = None
        self._pending = False

    # --- actions -------------------------------------------------------------------------------------------------

    def add_station(self) -> None:
        w = self.window
        if not w.stations._sites:  # a station belongs to a site
            self.open_sites()
            return
        w.show_widget(w.stations)
        w.stations.new_station()

    def open_sites(self) -> None:
        w = self.window
        w.show_widget(w.settings_page)
        w.settings_page.tabs.setCurrentWidget(w.settings_page.sites_tab)

    def add_user(self) -> None:
        w = self.window
        w.show_widget(w.users)
        w.users.new_user()

    def open_stations(self) -> None:
        self.window.show_widget(self.window.stations)

    def choose_site_configuration(self) -> QFileDialog:
        dialog = QFileDialog(
            self.window, translate("EmptyStates", "Import a site configuration (chargedesk config export)")
        )
        dialog.setObjectName("ImportSiteConfiguration")
        dialog.setNameFilter(translate("EmptyStates", "Site configuration (*.json)"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(self.import_site_configuration)
        self.file_dialog = dialog
        dialog.open()
        return dialog

    def import_site_configuration(self, path: str) -> None:
        """The file's sites, tariffs, users and stations, all or nothing; what happened in a message box."""
        try:
            report = self.window.services.site_config.import_file(path)
        except ConfigError as e:
            self._tell(
                QMessageBox.Icon.Warning,
                translate("EmptyStates", "Nothing was imported: {file} has problems (below).").format(
                    file=path
                ),
                "\n".join(str(p) for p in e.problems[:20]),
            )
            return
        except WriteRefused as e:
            self._tell(QMessageBox.Icon.Warning, translate("EmptyStates", "Nothing was imported."), str(e))
            return
        self._tell(
            QMessageBox.Icon.Information,
            translate("EmptyStates", "Imported {file}.").format(file=path),
            str(report),
        )
        w = self.window
        w.configuration_changed()
        for page in (w.stations, w.dashboard, w.map_page, w.users, w.schedules, w.settings_page):
            page.reload()
        self.refresh()

    def _tell(self, icon: QMessageBox.Icon, text: str, details: str) -> None:
        box = QMessageBox(
            icon, translate("EmptyStates", "Import a site configuration"), text, parent=self.window
        )
        box.setObjectName("ImportResult")
        box.setInformativeText(details)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.destroyed.connect(lambda: setattr(self, "result_box", None))
        self.result_box = box
        box.open()

    # --- showing ---------------------------------------------------------------------------------------------------

    def add(
        self, page: QWidget, name: str, text: str, actions: list[Action], is_empty: Callable[[], bool]
    ) -> None:
        state = EmptyState(name, text, actions, is_empty)
        layout = page.layout()
        if not isinstance(layout, QVBoxLayout):  # shown without a place it would be a window of its own
            raise TypeError(f"{type(page).__name__} has no QVBoxLayout for its empty state")
        layout.insertWidget(0, state)
        # the box says it, with buttons: the page's own line would repeat it
        if hasattr(page, "own_empty_hint"):
            page.own_empty_hint = False
        for action in actions:
            if action.permission is not None:
                self.window.gate.guard(action.permission, state.buttons[action.key])
        model = getattr(page, "model", None)
        if model is not None and hasattr(model, "modelReset"):
            for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved):
                signal.connect(self.refresh_soon)
        self.states[name] = state

    def refresh_soon(self, *_args: object) -> None:
        """After the page handled what changed (several changes: one check)."""
        if not self._pending:
            self._pending = True
            QTimer.singleShot(0, self.refresh)

    def refresh(self) -> None:
        self._pending = False
        for state in self.states.values():
            state.refresh()


def install_empty_states(window: Any) -> EmptyStates:
    w, e = window, EmptyStates(window)
    addresses = Action(
        "addresses", translate("EmptyStates", "Show the addresses chargers use"), w.show_addresses
    )
    add_station = Action(
        "add_station", translate("EmptyStates", "Add station"), e.add_station, Permission.CONFIGURE_STATIONS
    )
    import_site = Action(
        "import_site",
        translate("EmptyStates", "Import a site configuration…"),
        e.choose_site_configuration,
        Permission.MANAGE_PRICES,
    )
    open_sites = Action("open_sites", translate("EmptyStates", "Open Settings → Sites"), e.open_sites)
    e.add(
        w.dashboard,
        "dashboard",
        translate(
            "EmptyStates",
            "No stations yet: the dashboard shows each one live once there are stations. Add them, import a "
            "site, or give your chargers the addresses chargers use.",
        ),
        [add_station, import_site, addresses],
        lambda: not w.dashboard.tiles,
    )
    e.add(
        w.stations,
        "stations",
        translate(
            "EmptyStates",
            "No stations yet. Add one, import a whole site from a configuration file, or give a charger one of "
            "the addresses chargers use and accept it on the Chargers page when it connects.",
        ),
        [add_station, import_site, addresses],
        lambda: not w.stations.model.rows,
    )
    e.add(
        w.map_page,
        "map",
        translate(
            "EmptyStates",
            "No stations yet. Add them (or import a site), then give each a location in its editor (Set on map…).",
        ),
        [add_station, import_site],
        lambda: bool(getattr(w.map_page, "_loaded", True)) and not w.map_page.rows,
    )
    e.add(
        w.users,
        "users",
        translate(
            "EmptyStates",
            "No users yet. Users are the people who charge with an RFID card: add them one by one or import a "
            "CSV file.",
        ),
        [
            Action("add_user", translate("EmptyStates", "Add user"), e.add_user, Permission.MANAGE_USERS),
            Action(
                "import_users",
                translate("EmptyStates", "Import users from CSV…"),
                lambda: w.users.choose_import_file(),
                Permission.MANAGE_USERS,
            ),
        ],
        lambda: (
            not w.users.model.rows
            and not w.users.search.text().strip()
            and w.users.filter.currentIndex() == 0
        ),
    )
    e.add(
        w.schedules,
        "schedules",
        translate(
            "EmptyStates", "No stations yet: a schedule plans when a station's connectors may be used."
        ),
        [add_station, import_site],
        lambda: not w.schedules._stations,
    )
    e.add(
        w.sessions,
        "sessions",
        translate(
            "EmptyStates",
            "No charging sessions to show. They appear here as soon as a charger connected to this central "
            "system charges a vehicle.",
        ),
        [addresses, Action("open_stations", translate("EmptyStates", "Open Stations"), e.open_stations)],
        lambda: w.sessions.model.rowCount() == 0,
    )
    e.add(
        w.chargers,
        "chargers",
        translate(
            "EmptyStates",
            "No charger has connected yet. Give each charger one of the addresses chargers use: a new charger "
            "appears here, waiting to be accepted. A virtual charger lets you try it out now.",
        ),
        [
            addresses,
            Action(
                "virtual",
                translate("EmptyStates", "Start a virtual charger…"),
                lambda: w.chargers.open_virtual_charger(),
                Permission.OPERATE_CHARGERS,
            ),
        ],
        lambda: not w.chargers.rows,
    )
    e.add(
        w.log_page,
        "log",
        translate(
            "EmptyStates",
            "No messages yet. The log shows what the chargers and this central system say to each other, once "
            "a charger connects.",
        ),
        [addresses],
        lambda: w.log_page.model.rowCount() == 0,
    )
    e.add(
        w.audit_page,
        "audit",
        translate(
            "EmptyStates",
            "Nothing changed yet. Every change made in any console (sites, tariffs, stations, users) appears "
            "here with who made it.",
        ),
        [open_sites],
        lambda: w.audit_page.model.rowCount() == 0,
    )
    if (bridge := getattr(w, "bridge", None)) is not None:  # a charger's first connection fills Chargers
        for signal in (bridge.connected, bridge.unknown_charger, bridge.boot):
            signal.connect(e.refresh_soon)
    w.nav.currentRowChanged.connect(e.refresh_soon)
    w.stations.stations_changed.connect(e.refresh_soon)  # the dashboard's tiles follow the stations
    return e
