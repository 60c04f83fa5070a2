"""The station editor: one station with its security, access rules, owners, special users, connectors and
location, saved all at once or not at all.

A dialog rather than a side panel of the Stations page: a station has far more to it than fits next to an
eight-column list (six tabs of fields and two tables), and a dialog gives the edit a clear beginning and end —
Save (Enter, Ctrl+S) writes everything in one transaction, Cancel (Esc) discards, and moving through the list
never leaves half-edited stations behind. It is *not* modal: "Edit schedule…" and "Set on map…" hand over to
the calendar and the map in the main window, which must stay usable while the editor is open (the editor
re-reads the schedule lines when it becomes active again, and :meth:`StationEditor.set_location` takes a
position picked on the map). Several editors may be open, one per station.

Problems are shown where they are: the field is framed red with the message under it, its tab turns red, the
first one gets the focus, and the line at the bottom says how many there are. After a refused save the form is
re-checked as you type, so marks disappear as they are fixed. A new password is hashed (PBKDF2, ~0.1 s) in a
worker thread so the central system, which shares the GUI thread's event loop, never stalls.
"""

from __future__ import annotations

import copy
import logging
from concurrent.futures import Future

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QBoxLayout,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.services.admin import stations as svc
from app.services.admin.passwords import password_advice, password_problem
from app.services.admin.stations import AccessMode, StationsService
from app.services.i18n import PLURAL, QT_TRANSLATE_NOOP, translate
from app.services.revisions import EditConflict
from app.services.roles import NotAllowed
from app.services.validation import FormError
from app.views.widgets.conflict import ConflictBanner
from app.views.widgets.station_panels import (
    ConnectorsPanel,
    GrantsPanel,
    OwnersPanel,
    error_label,
    mark,
    mode_combo,
    read_number,
    select_data,
    set_tip,
    show_error,
    split_key,
    tariff_combo,
)
from app.views.widgets.style import ERROR, MUTED, OK, WARN, level_css

log = logging.getLogger(__name__)

GENERAL, SECURITY, ACCESS, SPECIAL, CONNECTORS, LOCATION = range(6)
TAB_TITLES = (
    QT_TRANSLATE_NOOP("StationEditor", "General"),
    QT_TRANSLATE_NOOP("StationEditor", "Security"),
    QT_TRANSLATE_NOOP("StationEditor", "Access && owners"),
    QT_TRANSLATE_NOOP("StationEditor", "Special users"),
    QT_TRANSLATE_NOOP("StationEditor", "Connectors"),
    QT_TRANSLATE_NOOP("StationEditor", "Location && notes"),
)

CPID_TIP = QT_TRANSLATE_NOOP(
    "StationEditor",
    "The identity the charger connects with: the last part of its URL ws://…/ocpp/HALL-B-1 and its "
    "HTTP Basic user name. Letters, digits and . _ ~ * -. Changing it means reconfiguring the charger.",
)
PASSWORD_TIP = QT_TRANSLATE_NOOP(
    "StationEditor",
    "The charger's HTTP Basic password (security profiles 1 and 2). Stored hashed: it cannot be "
    "shown again. 8–40 printable characters; OCPP recommends 16 or more random ones.",
)
PROFILE_TIP = QT_TRANSLATE_NOOP(
    "StationEditor",
    "0: plain ws://, a password only if one is set.\n1: plain ws:// with HTTP Basic password.\n"
    "2: wss:// (TLS) with HTTP Basic password — needs the central system's TLS certificate.",
)
UNSECURED_TIP = QT_TRANSLATE_NOOP(
    "StationEditor",
    "Lets a charger connect under this identity without any password. Convenient while "
    "commissioning, but anybody on the network could pretend to be this charger.",
)
LENIENT_TIP = QT_TRANSLATE_NOOP(
    "StationEditor",
    "Accept this charger's messages when they are slightly off the OCPP schema (wrong enum case, too "
    "long strings, extra fields); each deviation is logged. Missing fields are still refused.",
)


class _Relay(QObject):
    """Carries a worker thread's result to the GUI thread (a queued signal)."""

    done = Signal(object)


class StationEditor(QDialog):
    """Edit a station (``station_id``), a new one (None, in ``site_id``) or a prepared ``form`` (a duplicate).

    Signals: ``saved(station_id)`` after a successful save (the dialog then closes);
    ``edit_schedule_requested(station_id, connector_pk or None)`` for the schedule calendar;
    ``set_on_map_requested(station_id)`` for the map.
    """

    saved = Signal(int)
    edit_schedule_requested = Signal(int, object)
    set_on_map_requested = Signal(int)

    def __init__(
        self,
        service: StationsService,
        station_id: int | None = None,
        *,
        form: svc.StationForm | None = None,
        site_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        opened = service.open_editor(station_id, form=form, site_id=site_id)
        self.choices = opened.choices
        form = opened.form
        self.loaded = copy.deepcopy(form)
        self.base = copy.deepcopy(form) if form.id is not None else None
        self.station_id = form.id
        self.fields: dict[str, tuple[QWidget, QLabel, int]] = {}
        self.problems: dict[str, str] = {}
        self._attempted = False
        self._saving = False
        self._closing = False
        self._relay = _Relay(self)
        self._relay.done.connect(self._write)
        self._recheck = QTimer(self)
        self._recheck.setSingleShot(True)
        self._recheck.setInterval(400)
        self._recheck.timeout.connect(self._revalidate)

        self.setObjectName("StationEditor")
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
        self.setModal(False)
        self.resize(940, 660)
        lay = QVBoxLayout(self)
        self.header = QLabel()
        self.header.setObjectName("EditorHeader")
        self.header.setTextFormat(Qt.TextFormat.RichText)
        lay.addWidget(self.header)
        self.conflict_banner = ConflictBanner()
        self.conflict_banner.reload_requested.connect(self._reload_after_conflict)
        self.conflict_banner.keep_requested.connect(self._keep_after_conflict)
        lay.addWidget(self.conflict_banner)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("EditorTabs")
        lay.addWidget(self.tabs, 1)
        for build in (
            self._build_general,
            self._build_security,
            self._build_access,
            self._build_special,
            self._build_connectors,
            self._build_location,
        ):
            build()
        bottom = QHBoxLayout()
        self.status = QLabel()
        self.status.setObjectName("EditorStatus")
        self.status.setWordWrap(True)
        bottom.addWidget(self.status, 1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)
        self.save_button.setToolTip(translate("StationEditor", "Save everything (Enter, Ctrl+S)"))
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setToolTip(translate("StationEditor", "Close without saving (Esc)"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        bottom.addWidget(self.buttons)
        lay.addLayout(bottom)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)

        self.fill(form)
        self._connect_changes()
        self.tabs.setCurrentIndex(GENERAL)
        self.name.setFocus()

    # --- building ------------------------------------------------------------------------------------

    def _page(self, title: str) -> tuple[QWidget, QVBoxLayout]:
        page = QWidget()
        lay = QVBoxLayout(page)
        self.tabs.addTab(page, translate("StationEditor", title))
        return page, lay

    def _row(
        self,
        form: QFormLayout,
        label: str,
        key: str,
        widget: QWidget,
        tab: int,
        extra: QWidget | QBoxLayout | None = None,
    ) -> QLabel:
        """A form row: the widget (with ``extra`` beside it) and its error label under it."""
        err = error_label(f"error_{key}")
        box = QVBoxLayout()
        box.setSpacing(2)
        if extra is None:
            box.addWidget(widget)
        else:
            line = QHBoxLayout()
            line.addWidget(widget, 1)
            if isinstance(extra, QWidget):
                line.addWidget(extra)
            else:
                line.addLayout(extra)
            box.addLayout(line)
        box.addWidget(err)
        form.addRow(label, box)
        widget.setObjectName(f"field_{key}")
        self.fields[key] = (widget, err, tab)
        return err

    def _show_password(self, on: bool) -> None:
        self.password.setEchoMode(QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password)
        self.show_password.setText(
            translate("StationEditor", "Hide") if on else translate("StationEditor", "Show")
        )

    @staticmethod
    def _form() -> QFormLayout:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return form

    def _build_general(self) -> None:
        _, lay = self._page(TAB_TITLES[GENERAL])
        form = self._form()
        self.name = QLineEdit()
        self.name.setPlaceholderText(translate("StationEditor", "e.g. Hall B"))
        set_tip(
            self.name,
            translate(
                "StationEditor",
                "The name people know the station by (shown on the dashboard, the map and in reasons)",
            ),
        )
        self._row(form, translate("StationEditor", "Name"), "name", self.name, GENERAL)
        self.site = QComboBox()
        for site in self.choices.sites:
            self.site.addItem(f"{site.name} ({site.detail})", site.id)
        set_tip(
            self.site,
            translate(
                "StationEditor",
                "The site's time zone applies to the access windows; its currency and VAT to prices",
            ),
        )
        self._row(form, translate("StationEditor", "Site"), "site_id", self.site, GENERAL)
        self.charge_point_id = QLineEdit()
        self.charge_point_id.setPlaceholderText(translate("StationEditor", "e.g. HALL-B-1"))
        set_tip(self.charge_point_id, translate("StationEditor", CPID_TIP))
        self._row(
            form,
            translate("StationEditor", "Charge point identity"),
            "charge_point_id",
            self.charge_point_id,
            GENERAL,
        )
        self.description = QPlainTextEdit()
        self.description.setPlaceholderText(
            translate("StationEditor", "Where it is, what it is for (optional)")
        )
        self.description.setTabChangesFocus(True)
        self.description.setMaximumHeight(64)
        self._row(form, translate("StationEditor", "Description"), "description", self.description, GENERAL)
        self.ocpp_version = QComboBox()
        self.ocpp_version.addItems(list(svc.OCPP_VERSIONS))
        set_tip(
            self.ocpp_version,
            translate("StationEditor", "The OCPP version the charger speaks (updated when it connects)"),
        )
        self._row(
            form, translate("StationEditor", "OCPP version"), "ocpp_version", self.ocpp_version, GENERAL
        )
        self.enabled = QCheckBox(
            translate("StationEditor", "Enabled: the charger is accepted and cards are checked")
        )
        set_tip(
            self.enabled,
            translate(
                "StationEditor",
                "A disabled station's charger is answered Rejected at boot and no card is accepted; "
                "its history is kept",
            ),
        )
        self._row(form, "", "enabled", self.enabled, GENERAL)
        lay.addLayout(form)
        charger = QGroupBox(translate("StationEditor", "Reported by the charger (read-only)"))
        charger.setToolTip(
            translate("StationEditor", "From the charger's BootNotification; updated every time it boots")
        )
        cform = self._form()
        self.vendor, self.model, self.serial, self.firmware = (QLineEdit() for _ in range(4))
        for label, w in (
            (translate("StationEditor", "Vendor"), self.vendor),
            (translate("StationEditor", "Model"), self.model),
            (translate("StationEditor", "Serial number"), self.serial),
            (translate("StationEditor", "Firmware"), self.firmware),
        ):
            w.setReadOnly(True)
            w.setFrame(False)
            w.setStyleSheet("background: transparent;")
            w.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
            cform.addRow(label, w)
        charger.setLayout(cform)
        lay.addWidget(charger)
        lay.addStretch(1)

    def _build_security(self) -> None:
        _, lay = self._page(TAB_TITLES[SECURITY])
        form = self._form()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        set_tip(self.password, translate("StationEditor", PASSWORD_TIP))
        self.show_password = QToolButton()
        self.show_password.setObjectName("ShowPassword")
        self.show_password.setText(translate("StationEditor", "Show"))
        self.show_password.setCheckable(True)
        self.show_password.setToolTip(translate("StationEditor", "Show the password as you type it"))
        self.show_password.toggled.connect(self._show_password)
        self._row(
            form,
            translate("StationEditor", "Password"),
            "password",
            self.password,
            SECURITY,
            self.show_password,
        )
        self.password_hint = QLabel()
        self.password_hint.setObjectName("PasswordHint")
        self.password_hint.setWordWrap(True)
        form.addRow("", self.password_hint)
        self.clear_password = QCheckBox(translate("StationEditor", "Remove the current password"))
        self.clear_password.setObjectName("field_clear_password")
        self.clear_password.setToolTip(
            translate("StationEditor", "The charger then connects without a password (if allowed below)")
        )
        form.addRow("", self.clear_password)
        self.security_profile = QComboBox()
        for value, text in svc.SECURITY_PROFILES.items():
            self.security_profile.addItem(translate("StationRules", text), value)
        set_tip(self.security_profile, translate("StationEditor", PROFILE_TIP))
        self._row(
            form,
            translate("StationEditor", "Security profile"),
            "security_profile",
            self.security_profile,
            SECURITY,
        )
        self.allow_unsecured = QCheckBox(
            translate("StationEditor", "Allow the charger to connect without a password (not recommended)")
        )
        set_tip(self.allow_unsecured, translate("StationEditor", UNSECURED_TIP))
        self._row(form, "", "allow_unsecured", self.allow_unsecured, SECURITY)
        self.lenient = QCheckBox(
            translate("StationEditor", "Lenient: tolerate small OCPP deviations of this charger (logged)")
        )
        set_tip(self.lenient, translate("StationEditor", LENIENT_TIP))
        self._row(form, "", "lenient", self.lenient, SECURITY)
        lay.addLayout(form)
        lay.addStretch(1)

    def _build_access(self) -> None:
        _, lay = self._page(TAB_TITLES[ACCESS])
        form = self._form()
        self.default_mode = mode_combo()
        self._row(
            form, translate("StationEditor", "Default access mode"), "default_mode", self.default_mode, ACCESS
        )
        self.default_tariff = tariff_combo(
            self.choices.tariffs, translate("StationEditor", "— none (free) —")
        )
        set_tip(
            self.default_tariff,
            translate(
                "StationEditor", "The tariff outside the weekly windows (and of windows without their own)"
            ),
        )
        self._row(
            form,
            translate("StationEditor", "Default tariff"),
            "default_tariff_id",
            self.default_tariff,
            ACCESS,
        )
        self.owner_tariff = tariff_combo(
            self.choices.tariffs, translate("StationEditor", "— the tariff that applies at the time —")
        )
        set_tip(
            self.owner_tariff, translate("StationEditor", "What the station's owners pay, whatever the time")
        )
        self._row(
            form, translate("StationEditor", "Owner tariff"), "owner_tariff_id", self.owner_tariff, ACCESS
        )
        self.windows = QListWidget()
        self.windows.setObjectName("ScheduleLines")
        self.windows.setMaximumHeight(96)
        self.windows.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.windows.setToolTip(
            translate(
                "StationEditor",
                "The weekly windows and holidays of this station, edited in the schedule calendar",
            )
        )
        self.schedule_button = QPushButton(translate("StationEditor", "Edit schedule…"))
        self.schedule_button.setObjectName("EditSchedule")
        self.schedule_button.setAutoDefault(False)
        self.schedule_button.clicked.connect(self._schedule_clicked)
        sched_box = QVBoxLayout()
        sched_box.addWidget(self.schedule_button)
        sched_box.addStretch(1)
        self._row(
            form, translate("StationEditor", "Weekly windows"), "windows", self.windows, ACCESS, sched_box
        )
        lay.addLayout(form)
        owners = QGroupBox(translate("StationEditor", "Owners — may always charge here, at the owner tariff"))
        olay = QVBoxLayout(owners)
        self.owners = OwnersPanel(self.choices.users)
        olay.addWidget(self.owners)
        lay.addWidget(owners)
        self.fields["owners"] = (self.owners.list, self.owners.error, ACCESS)
        lay.addStretch(1)

    def _build_special(self) -> None:
        _, lay = self._page(TAB_TITLES[SPECIAL])
        self.grants = GrantsPanel(self.choices.users, self.choices.tariffs)
        lay.addWidget(self.grants)

    def _build_connectors(self) -> None:
        _, lay = self._page(TAB_TITLES[CONNECTORS])
        self.connectors = ConnectorsPanel(self.choices.tariffs, self.choices.circuits)
        self.connectors.schedule_requested.connect(
            lambda pk: self.edit_schedule_requested.emit(self.station_id, pk) if self.station_id else None
        )
        lay.addWidget(self.connectors)

    def _build_location(self) -> None:
        _, lay = self._page(TAB_TITLES[LOCATION])
        loc = QGroupBox(translate("StationEditor", "Location"))
        form = self._form()
        self.lat = QLineEdit()
        self.lat.setMaximumWidth(220)
        self.lat.setPlaceholderText(translate("StationEditor", "e.g. 47.3769"))
        set_tip(
            self.lat, translate("StationEditor", "Latitude in decimal degrees, -90 (south) to 90 (north)")
        )
        self._row(form, translate("StationEditor", "Latitude"), "lat", self.lat, LOCATION)
        self.lon = QLineEdit()
        self.lon.setMaximumWidth(220)
        self.lon.setPlaceholderText(translate("StationEditor", "e.g. 8.5417"))
        set_tip(
            self.lon, translate("StationEditor", "Longitude in decimal degrees, -180 (west) to 180 (east)")
        )
        self._row(form, translate("StationEditor", "Longitude"), "lon", self.lon, LOCATION)
        self.address = QLineEdit()
        self.address.setPlaceholderText(translate("StationEditor", "Street, postcode, town (free text)"))
        self._row(form, translate("StationEditor", "Address"), "address", self.address, LOCATION)
        buttons = QHBoxLayout()
        self.map_button = QPushButton(translate("StationEditor", "Set on map…"))
        self.map_button.setObjectName("SetOnMap")
        self.map_button.setAutoDefault(False)
        self.map_button.clicked.connect(self._map_clicked)
        self.remove_location = QPushButton(translate("StationEditor", "Remove location"))
        self.remove_location.setObjectName("RemoveLocation")
        self.remove_location.setAutoDefault(False)
        self.remove_location.setToolTip(
            translate("StationEditor", "Clear latitude, longitude and address: the station leaves the map")
        )
        self.remove_location.clicked.connect(self._remove_location)
        buttons.addWidget(self.map_button)
        buttons.addWidget(self.remove_location)
        buttons.addStretch(1)
        form.addRow("", buttons)
        loc.setLayout(form)
        lay.addWidget(loc)
        notes = QGroupBox(translate("StationEditor", "Notes"))
        nlay = QVBoxLayout(notes)
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("field_notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setPlaceholderText(
            translate("StationEditor", "Anything the next person should know: where the key is, who to call…")
        )
        nlay.addWidget(self.notes)
        lay.addWidget(notes, 1)

    # --- data in -------------------------------------------------------------------------------------

    def fill(self, form: svc.StationForm) -> None:
        self.name.setText(form.name)
        select_data(self.site, form.site_id)
        if not self.choices.sites:
            self.site.addItem(translate("StationEditor", "(no site yet)"), None)
            self.site.setEnabled(False)
            self._show_field_problem(
                "site_id",
                translate(
                    "StationEditor",
                    "No site yet: create one in Settings → Sites first; every station belongs to a site.",
                ),
            )
        self.charge_point_id.setText(form.charge_point_id)
        self.description.setPlainText(form.description)
        self.ocpp_version.setCurrentText(form.ocpp_version)
        self.enabled.setChecked(form.enabled)
        for w, value in (
            (self.vendor, form.vendor),
            (self.model, form.model),
            (self.serial, form.serial_number),
            (self.firmware, form.firmware_version),
        ):
            w.setText(value or "—")
        self.password.clear()
        self.clear_password.setChecked(form.clear_password)
        self.clear_password.setVisible(form.has_password)
        select_data(self.security_profile, form.security_profile)
        self.allow_unsecured.setChecked(form.allow_unsecured)
        self.lenient.setChecked(form.lenient)
        select_data(self.default_mode, form.default_mode)
        select_data(self.default_tariff, form.default_tariff_id)
        select_data(self.owner_tariff, form.owner_tariff_id)
        self._fill_windows(form.windows)
        self.owners.set_owners(form.owners)
        self.connectors.set_site(form.site_id)
        self.connectors.set_connectors(form.connectors)
        self.connectors.set_station_default(form.default_mode, form.default_tariff_id)
        self.grants.set_grants(form.grants, [c.number for c in form.connectors])
        self.lat.setText("" if form.lat is None else str(form.lat))
        self.lon.setText("" if form.lon is None else str(form.lon))
        self.address.setText(form.address)
        self.notes.setPlainText(form.notes)
        self._update_header()
        self._update_security()
        self._update_location_buttons()
        saved = form.id is not None
        self.schedule_button.setEnabled(saved)
        self.schedule_button.setToolTip(
            translate("StationEditor", "Open the weekly calendar of this station")
            if saved
            else translate("StationEditor", "Save the station first; the calendar edits saved stations")
        )
        self.map_button.setEnabled(saved)
        self.map_button.setToolTip(
            translate("StationEditor", "Place the station's needle on the map")
            if saved
            else translate(
                "StationEditor", "Save the station first, then place it on the map (or type the coordinates)"
            )
        )

    def _fill_windows(self, lines: list[str]) -> None:
        self.windows.clear()
        if lines:
            self.windows.addItems(lines)
        else:
            self.windows.addItem(
                translate("StationEditor", "No weekly windows: the default mode and tariff apply all week.")
            )
            item = self.windows.item(0)
            if item is not None:
                item.setForeground(QColor(MUTED))

    def _update_header(self) -> None:
        name = self.name.text().strip() or translate("StationEditor", "New station")
        cpid = self.charge_point_id.text().strip()
        if self.station_id is None:
            title = (
                translate("StationEditor", "New station")
                if self.loaded.copy_rules_from is None
                else translate("StationEditor", "New station (duplicate)")
            )
        else:
            title = translate("StationEditor", "Station {name}").format(name=name)
        self.setWindowTitle(translate("StationEditor", "{title} — ChargeDesk").format(title=title))
        bits = [f"<span style='font-size:14pt; font-weight:600;'>{_html(name)}</span>"]
        if cpid:
            bits.append(f"<span style='color:{MUTED};'>{_html(cpid)}</span>")
        made = " ".join(x for x in (self.loaded.vendor, self.loaded.model) if x)
        if made:
            bits.append(f"<span style='color:{MUTED};'>{_html(made)}</span>")
        if self.loaded.copy_rules_from is not None:
            bits.append(
                f"<span style='color:{WARN};'>"
                + translate("StationEditor", "copy: weekly windows and holidays are copied on save")
                + "</span>"
            )
        self.header.setText(" &nbsp;·&nbsp; ".join(bits))

    # --- data out ------------------------------------------------------------------------------------

    def collect(self) -> svc.StationForm:
        """The form as the widgets show it now."""
        form = copy.deepcopy(self.loaded)
        form.name = self.name.text()
        form.site_id = self.site.currentData()
        form.charge_point_id = self.charge_point_id.text()
        form.description = self.description.toPlainText()
        form.ocpp_version = self.ocpp_version.currentText()
        form.enabled = self.enabled.isChecked()
        form.password = self.password.text()
        form.clear_password = self.clear_password.isChecked() and self.loaded.has_password
        form.security_profile = int(self.security_profile.currentData())
        form.allow_unsecured = self.allow_unsecured.isChecked()
        form.lenient = self.lenient.isChecked()
        form.default_mode = AccessMode(self.default_mode.currentData())
        form.default_tariff_id = self.default_tariff.currentData()
        form.owner_tariff_id = self.owner_tariff.currentData()
        form.owners = self.owners.owners()
        form.connectors = self.connectors.connectors()
        form.grants = self.grants.grants_out()
        form.lat = read_number(self.lat.text())
        form.lon = read_number(self.lon.text())
        form.address = self.address.text()
        form.notes = self.notes.toPlainText()
        form.password_hash = None
        return form

    def is_dirty(self) -> bool:
        return self.collect() != self.loaded

    # --- reactions -----------------------------------------------------------------------------------

    def _connect_changes(self) -> None:
        for w in (self.name, self.charge_point_id, self.password, self.lat, self.lon, self.address):
            w.textChanged.connect(self._changed)
        for p in (self.description, self.notes):
            p.textChanged.connect(self._changed)
        for c in (
            self.site,
            self.ocpp_version,
            self.security_profile,
            self.default_mode,
            self.default_tariff,
            self.owner_tariff,
        ):
            c.currentIndexChanged.connect(self._changed)
        for b in (self.enabled, self.clear_password, self.allow_unsecured, self.lenient):
            b.toggled.connect(self._changed)
        for panel in (self.owners, self.connectors, self.grants):
            panel.changed.connect(self._changed)
        self.name.textChanged.connect(self._update_header)
        self.charge_point_id.textChanged.connect(self._update_header)
        self.password.textChanged.connect(self._update_security)
        self.clear_password.toggled.connect(self._update_security)
        self.security_profile.currentIndexChanged.connect(self._update_security)
        for w in (self.lat, self.lon, self.address):
            w.textChanged.connect(self._update_location_buttons)
        self.connectors.numbers_changed.connect(
            lambda: self.grants.set_connector_numbers(self.connectors.numbers())
        )
        self.default_mode.currentIndexChanged.connect(self._station_default_changed)
        self.default_tariff.currentIndexChanged.connect(self._station_default_changed)
        self.site.currentIndexChanged.connect(lambda _i: self.connectors.set_site(self.site.currentData()))

    def _changed(self, *_args: object) -> None:
        if self._attempted:
            self._recheck.start()
        if not self._saving and self.status.text() == translate("StationEditor", "Saved."):
            self.status.clear()

    def _station_default_changed(self, *_args: object) -> None:
        self.connectors.set_station_default(
            AccessMode(self.default_mode.currentData()), self.default_tariff.currentData()
        )

    def _update_security(self, *_args: object) -> None:
        typed = self.password.text()
        clearing = self.clear_password.isChecked()
        self.password.setEnabled(not clearing)
        if clearing:
            text, colour = translate("StationEditor", "The password is removed when you save."), WARN
        elif typed:
            problem = password_problem(typed)
            advice = password_advice(typed)
            text, colour = (
                (problem[0].upper() + problem[1:] + ".", ERROR)
                if problem
                else (advice[0].upper() + advice[1:] + ".", WARN)
                if advice
                else (translate("StationEditor", "A good password."), OK)
            )
            if self.loaded.has_password and not problem:
                text += " " + translate("StationEditor", "It replaces the current one when you save.")
        elif self.loaded.has_password:
            text, colour = (
                translate("StationEditor", "A password is set. Leave the field empty to keep it."),
                MUTED,
            )
        else:
            text, colour = translate("StationEditor", "No password set."), MUTED
        self.password_hint.setText(text)
        self.password_hint.setStyleSheet(f"color:{colour};")
        has_password = bool(typed) or (self.loaded.has_password and not clearing)
        self.allow_unsecured.setEnabled(not has_password)
        self.allow_unsecured.setToolTip(
            translate("StationEditor", UNSECURED_TIP)
            if not has_password
            else translate(
                "StationEditor",
                "Only applies while the station has no password: with a password the "
                "charger must always give it",
            )
        )

    def _update_location_buttons(self, *_args: object) -> None:
        self.remove_location.setEnabled(any(w.text().strip() for w in (self.lat, self.lon, self.address)))

    def _remove_location(self) -> None:
        for w in (self.lat, self.lon, self.address):
            w.clear()

    def set_location(self, lat: float, lon: float, address: str | None = None) -> None:
        """A position picked on the map (saved with the rest on Save)."""
        self.lat.setText(str(round(lat, 7)))
        self.lon.setText(str(round(lon, 7)))
        if address is not None:
            self.address.setText(address)
        self.tabs.setCurrentIndex(LOCATION)

    def _schedule_clicked(self) -> None:
        if self.station_id is not None:
            self.edit_schedule_requested.emit(self.station_id, None)

    def _map_clicked(self) -> None:
        if self.station_id is not None:
            self.set_on_map_requested.emit(self.station_id)

    def refresh_schedule(self) -> None:
        """Re-read the weekly windows shown read-only (after the schedule calendar saved)."""
        if self.station_id is None:
            return
        try:
            station, per_connector = self.service.schedule_summary(self.station_id)
        except Exception:  # a read for display only: never let it break the editor
            log.exception("could not refresh the schedule of station %s", self.station_id)
            return
        self.loaded.windows = station
        self._fill_windows(station)
        self.connectors.set_schedule_lines(per_connector)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            self.refresh_schedule()
        super().changeEvent(event)

    # --- problems ------------------------------------------------------------------------------------

    def _show_field_problem(self, key: str, message: str) -> None:
        widget, label, _ = self.fields[key]
        show_error(label, message)
        mark(widget, True, message)

    def show_problems(self, problems: dict[str, str], *, focus: bool = True) -> None:
        """Mark every field with a problem, colour the tabs that have one, focus the first."""
        self.problems = dict(problems)
        for widget, label, _tab in self.fields.values():
            show_error(label, None)
            mark(widget, False)
        bad_tabs: set[int] = set()
        first: QWidget | None = None
        order: list[tuple[int, int, QWidget]] = []
        for key, message in problems.items():
            if key in self.fields:
                widget, _, tab = self.fields[key]
                self._show_field_problem(key, message)
                bad_tabs.add(tab)
                order.append((tab, list(self.fields).index(key), widget))
            elif (parts := split_key(key)) is not None:
                bad_tabs.add(CONNECTORS if parts[0] == "connectors" else SPECIAL)
        for w in self.connectors.show_problems(problems)[:1]:
            order.append((CONNECTORS, 0, w))
        for w in self.grants.show_problems(problems)[:1]:
            order.append((SPECIAL, 0, w))
        for i in range(self.tabs.count()):
            self.tabs.tabBar().setTabTextColor(i, QColor(ERROR) if i in bad_tabs else QColor())
            self.tabs.setTabText(
                i, translate("StationEditor", TAB_TITLES[i]) + (" ●" if i in bad_tabs else "")
            )
        if order:
            order.sort(key=lambda t: (t[0], t[1]))
            first = order[0][2]
        n = len(problems)
        if n:
            tabs = ", ".join(
                translate("StationEditor", TAB_TITLES[t]).replace("&&", "&") for t in sorted(bad_tabs)
            )
            self.status.setText(
                translate(
                    "StationEditor",
                    "Not saved: %n problem(s) ({tabs}). Fix the fields marked in red.",
                    None,
                    PLURAL,
                    int(n),
                ).format(tabs=tabs)
            )
            self.status.setStyleSheet(level_css("error"))
        else:
            self.status.setText(translate("StationEditor", "All problems fixed: Save to keep your changes."))
            self.status.setStyleSheet(level_css("ok"))
        if focus and first is not None:
            tab = next(t for t, _, w in order if w is first)
            self.tabs.setCurrentIndex(tab)
            first.setFocus()

    def _local_problems(self, form: svc.StationForm) -> dict[str, str]:
        """What only the widgets know: a user name typed that matches nobody."""
        p: dict[str, str] = {}
        grant_i = self.grants.current_index()
        if grant_i >= 0 and self.grants.user.unknown_text():
            p[f"grants[{grant_i}].user_id"] = translate(
                "StationEditor", "No user called '{name}': pick a name from the list."
            ).format(name=self.grants.user.text().strip())
        return p

    def _validate(self, form: svc.StationForm) -> dict[str, str]:
        problems = self.service.validate(form)
        problems.update(self._local_problems(form))
        return problems

    def _revalidate(self) -> None:
        if self._saving:
            return
        try:
            problems = self._validate(self.collect())
        except Exception:
            log.exception("re-checking the station form failed")
            return
        self.show_problems(problems, focus=False)

    # --- saving --------------------------------------------------------------------------------------

    def save(self) -> None:
        """Validate; hash a new password off the GUI thread; write everything in one transaction; close."""
        if self._saving:
            return
        form = self.collect()
        problems = self._validate(form)
        if problems:
            self._attempted = True
            self.show_problems(problems)
            return
        self._set_saving(True)
        if form.password:
            relay = self._relay

            def hashed(future: Future[svc.StationForm]) -> None:  # on the store's thread
                if future.cancelled():  # the console is shutting down
                    return
                result: object = future.exception() or future.result()
                try:
                    relay.done.emit(result)  # queued: _write runs on the GUI thread
                except RuntimeError:  # the editor was closed meanwhile
                    pass

            self.service.prehash(form).add_done_callback(hashed)
        else:
            self._write(form)

    def _set_saving(self, on: bool) -> None:
        self._saving = on
        self.save_button.setEnabled(not on)
        if on:
            self.status.setText(translate("StationEditor", "Saving…"))
            self.status.setStyleSheet(level_css("muted"))

    def _write(self, result: object) -> None:
        if isinstance(result, BaseException):
            self._set_saving(False)
            self._fail(translate("StationEditor", "Not saved: {problem}").format(problem=result))
            return
        assert isinstance(result, svc.StationForm)
        try:
            station_id = self.service.save(result, base=self.base)
        except FormError as e:  # changed meanwhile (e.g. the charge point id was taken by another editor)
            self._set_saving(False)
            self._attempted = True
            self.show_problems(e.problems)
            return
        except EditConflict as conflict:  # someone saved a field this form changed too
            self._set_saving(False)
            self.show_conflict(conflict)
            return
        except LookupError:
            self._set_saving(False)
            self._fail(
                translate(
                    "StationEditor",
                    "Not saved: this station was deleted meanwhile. Cancel, or copy what you need first.",
                )
            )
            return
        except NotAllowed as e:  # the operator's role (e.g. a technician changing the station's grants)
            self._set_saving(False)
            self._fail(translate("StationEditor", "Not saved: {problem}.").format(problem=e))
            return
        except Exception as e:  # the database refused: nothing was written (one transaction)
            log.exception("saving station %s failed", self.station_id)
            self._set_saving(False)
            self._fail(
                translate("StationEditor", "Not saved, nothing was written: {problem}").format(
                    problem=f"{type(e).__name__}: {str(e).splitlines()[0][:200]}"
                )
            )
            return
        self._saving = False
        self.station_id = station_id
        self.status.setText(translate("StationEditor", "Saved."))
        self.status.setStyleSheet(level_css("ok"))
        self.saved.emit(station_id)
        self._closing = True
        self.accept()

    def _fail(self, text: str) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(level_css("error"))

    # --- edit conflicts ------------------------------------------------------------------------------

    def show_conflict(self, conflict: EditConflict) -> None:
        """Another console saved a field this form changed too: say who and what, offer Reload / Keep editing;
        the form keeps what the operator typed until they choose."""
        self.conflict_banner.show_conflict(conflict)
        self._fail(
            translate(
                "StationEditor",
                "Not saved: this station was changed on another console meanwhile (see above).",
            )
        )

    def _reload_after_conflict(self) -> None:
        """Reload: show the stored station; the operator's edits are dropped (their choice)."""
        if self.station_id is None:
            return
        try:
            fresh = self.service.open_editor(self.station_id)
        except LookupError:
            self._fail(
                translate(
                    "StationEditor", "This station was deleted on another console. Cancel closes the editor."
                )
            )
            return
        self.choices = fresh.choices
        self._adopt(fresh.form)
        self.fill(fresh.form)
        self.status.setText(translate("StationEditor", "Reloaded: the form shows what is stored now."))
        self.status.setStyleSheet(level_css("muted"))

    def _keep_after_conflict(self) -> None:
        """Keep editing: what the operator changed stays in the form, every other field shows the stored value;
        the next save is made against the stored revision."""
        conflict = self.conflict_banner.conflict
        if conflict is None or not isinstance(conflict.current, svc.StationForm):
            return
        mine = self.collect()
        merged = svc.keep_editing(self.loaded, mine, conflict.current)
        self._adopt(conflict.current)
        self.fill(merged)
        self.password.setText(mine.password)
        self.status.setText(
            translate(
                "StationEditor",
                "Your changes are kept; the other fields show what is stored now. Save replaces what is stored "
                "where you changed it.",
            )
        )
        self.status.setStyleSheet(level_css("warn"))

    def _adopt(self, stored: svc.StationForm) -> None:
        """Save against ``stored`` from now on (its revision; the merge's base)."""
        self.loaded = copy.deepcopy(stored)
        self.base = copy.deepcopy(stored)

    # --- closing -------------------------------------------------------------------------------------

    def reject(self) -> None:
        """Cancel / Esc: discard, asking first when something was changed."""
        if self._saving:
            return
        if self._closing or not self.is_dirty():
            self._closing = True
            super().reject()
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            translate("StationEditor", "Discard changes?"),
            translate("StationEditor", "Discard your changes to {name}?").format(
                name=self.name.text().strip() or translate("StationEditor", "the new station")
            ),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("ConfirmDiscard")
        box.button(QMessageBox.StandardButton.Cancel).setText(translate("StationEditor", "Keep editing"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(
            lambda result: self._discard() if result == QMessageBox.StandardButton.Discard else None
        )
        box.open()
        self._box = box

    def _discard(self) -> None:
        self._closing = True
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._closing:
            super().closeEvent(event)
            return
        event.ignore()
        self.reject()


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


__all__ = ["StationEditor"]
