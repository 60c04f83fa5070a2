"""Settings: sites, tariffs, the database and the central system.

Sites and tariffs are shared by every console on the same database and take effect at once. The database
and the central system's listening options are per machine (QSettings) and need a restart, which the page
says next to them.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.services.admin import catalog
from app.services.admin.catalog import CatalogService
from app.services.admin.circuits import CircuitsService
from app.services.admin.database import DatabaseService
from app.views.circuits_section import CircuitsSection
from app.views.first_start.addresses import AddressList, addresses_box
from app.views.shell import preferences
from app.views.shell.tasks import TaskSet
from app.views.widgets.form_list import Field, FormList
from app.views.widgets.style import level_css

RESTART = "<i>takes effect when ChargeDesk is restarted</i>"
POLICIES = [
    ("pending", "list them as Pending until an operator accepts them"),
    ("reject", "refuse them at the connection"),
    ("accept", "accept them and create a station automatically"),
]
ROLES = [
    ("auto", "automatic: attach to the site's central system when one runs, else run it here"),
    ("host", "run the site's central system here"),
    ("attach", "attach to the site's central system (chargedesk serve or another console)"),
]


class SettingsPage(QWidget):
    title = "Settings"
    reloaded = Signal()  # the page read the database again (its other sections follow)

    def __init__(
        self,
        catalog_service: CatalogService,
        databases: DatabaseService,
        bridge: Any = None,
        central: Any = None,
        *,
        settings: Any = None,
        circuits: CircuitsService | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.catalog, self.databases = catalog_service, databases
        self.central, self.settings = central, settings
        self.tasks = TaskSet()
        lay = QVBoxLayout(self)
        self.tabs = QTabWidget()
        lay.addWidget(self.tabs)
        zones = catalog.time_zones()

        self.sites = FormList(
            noun="site",
            new_form=catalog.SiteForm,
            fields=[
                Field("name", "Name"),
                Field(
                    "timezone",
                    "Time zone",
                    "combo",
                    zones,
                    "Rules are in this time zone's wall-clock time; daylight saving is handled.",
                ),
                Field("currency", "Currency", placeholder="CHF"),
                Field("vat_percent", "VAT %", placeholder="8.1"),
                Field("address", "Address"),
            ],
            load=self.catalog.sites,
            save=self.catalog.save_site,
            delete=self.catalog.delete_site,
            keep_editing=catalog.keep_editing,
        )
        self.circuits: CircuitsSection | None = None
        self.sites_tab: QWidget = self.sites  # the Sites tab: the site list, with the circuits below it
        if circuits is None:
            self.tabs.addTab(self.sites, "Sites")
        else:
            # each site's circuits and load sharing below its form, following the site chosen in the list
            self.circuits = CircuitsSection(circuits, bridge, central)
            self.circuits.changed.connect(self._circuits_changed)
            self.sites.list.currentRowChanged.connect(self._site_chosen)
            self.sites.new_button.clicked.connect(lambda: self._site_chosen(-1))
            split = QSplitter(Qt.Orientation.Vertical)
            split.setObjectName("SitesSplit")
            split.addWidget(self.sites)
            split.addWidget(self.circuits)
            split.setStretchFactor(1, 3)
            self.sites_tab = split
            self.tabs.addTab(split, "Sites")

        self.tariffs = FormList(
            noun="tariff",
            new_form=catalog.TariffForm,
            fields=[
                Field("name", "Name", placeholder="employee"),
                Field("per_kwh", "Price per kWh", placeholder="0.35"),
                Field(
                    "per_hour",
                    "Price per hour",
                    placeholder="0",
                    tooltip="Charged per hour connected, after the free period (an idle/parking fee).",
                ),
                Field(
                    "free_minutes",
                    "Free minutes",
                    placeholder="0",
                    tooltip="The hourly price applies only after this many minutes.",
                ),
                Field("start_fee", "Start fee", placeholder="0"),
                Field(
                    "vat_included",
                    "VAT included",
                    "check",
                    tooltip="Prices include VAT (the site's rate); otherwise VAT is added.",
                ),
                Field("description", "Description"),
                Field(
                    "load_priority",
                    "Load priority",
                    placeholder="0",
                    tooltip="With the load strategy 'By tariff priority', sessions at a higher priority are "
                    "given power first (a whole number, e.g. 10).",
                ),
            ],
            load=self.catalog.tariffs,
            save=self.catalog.save_tariff,
            delete=self.catalog.delete_tariff,
            keep_editing=catalog.keep_editing,
        )
        self.tabs.addTab(self.tariffs, "Tariffs")
        self.tabs.addTab(self._database_tab(), "Database")
        self.tabs.addTab(self._central_tab(), "Central system")

    def reload(self) -> None:
        self.sites.reload()
        self.tariffs.reload()
        self._site_chosen(self.sites.list.currentRow())
        self.reloaded.emit()

    def _site_chosen(self, row: int) -> None:
        if self.circuits is not None:
            records = self.sites.records
            self.circuits.set_site(records[row].id if 0 <= row < len(records) else None)

    def _circuits_changed(self) -> None:
        """Load settings move the site's revision on (and a delete may clear its meter circuit): the site's form
        shows the stored site again, so its next save is not a conflict with this console's own change."""
        current = self.sites.current.id
        if current is not None and self.sites._read() == self.sites.current:  # nothing typed there: reload it
            self.sites.reload(select_id=current)

    # --- database ------------------------------------------------------------------------------------

    def _database_tab(self) -> QWidget:
        w = QWidget()
        lay = QVBoxLayout(w)
        box = QGroupBox("Database")
        form = QFormLayout(box)
        form.addRow("In use:", QLabel(self.databases.describe()))
        row = QHBoxLayout()
        self.db_url = QLineEdit()
        self.db_url.setObjectName("field_database_url")
        self.db_url.setPlaceholderText(
            "sqlite:////path/chargedesk.db  or  postgresql://user:password@host/chargedesk"
        )
        self.db_url.setText(preferences.shown_database_url())
        self.db_url.setToolTip(
            "A PostgreSQL password is shown as ••• and kept in a password file only this account can read, "
            "never in the settings."
        )
        browse = QPushButton("SQLite file…")
        browse.clicked.connect(self._browse_sqlite)
        row.addWidget(self.db_url, 1)
        row.addWidget(browse)
        form.addRow("Use:", row)
        self.db_password = QLineEdit()
        self.db_password.setObjectName("field_database_password")
        self.db_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.db_password.setPlaceholderText(
            "PostgreSQL password (empty: the one in the URL, or the stored one)"
        )
        form.addRow("Password:", self.db_password)
        buttons = QHBoxLayout()
        self.test_button = QPushButton("Test connection")
        self.test_button.clicked.connect(lambda: self.tasks.spawn(self.test_connection()))
        self.use_button = QPushButton("Use this database")
        self.use_button.clicked.connect(self.use_database)
        buttons.addWidget(self.test_button)
        buttons.addWidget(self.use_button)
        buttons.addStretch(1)
        form.addRow("", buttons)
        self.db_result = QLabel(RESTART)
        self.db_result.setWordWrap(True)
        form.addRow("", self.db_result)
        lay.addWidget(box)
        lay.addStretch(1)
        return w

    def _browse_sqlite(self) -> None:
        dialog = QFileDialog(self, "SQLite database file")
        dialog.setNameFilter("SQLite database (*.db *.sqlite)")
        dialog.fileSelected.connect(lambda path: self.db_url.setText(f"sqlite:///{path}"))
        dialog.open()
        self._file_dialog = dialog

    async def test_connection(self) -> str:
        url = self.db_url.text().strip()
        if not url:
            self.db_result.setText("Type a database URL or choose a SQLite file first.")
            return ""
        self.test_button.setEnabled(False)
        self.db_result.setText("Connecting…")
        try:
            text = await self.databases.check(url, self.db_password.text())
            self.db_result.setStyleSheet(level_css("ok"))
        except Exception as e:  # any driver error is a message for the operator
            text = f"Cannot use this database: {str(e).splitlines()[0][:300]}"
            self.db_result.setStyleSheet(level_css("error"))
        finally:
            self.test_button.setEnabled(True)
        self.db_result.setText(text)
        return text

    def use_database(self) -> None:
        url = self.db_url.text().strip()
        try:
            shown = preferences.save_database_url(url, self.db_password.text())
        except (ValueError, OSError) as e:
            self.db_result.setStyleSheet(level_css("error"))
            self.db_result.setText(f"Not saved: {e}")
            return
        self.db_url.setText(shown)
        self.db_password.clear()
        self.db_result.setStyleSheet("")
        self.db_result.setText(
            (
                "Saved: ChargeDesk uses this database from the next start "
                "(the schema is set up or upgraded then)."
                if url
                else "Saved: the default SQLite file is used from the next start."
            )
            + " --db and CHARGEDESK_DATABASE_URL still take precedence."
        )

    # --- central system ------------------------------------------------------------------------------

    def _central_tab(self) -> QWidget:
        c = self.settings.central if self.settings is not None else None
        w = QWidget()
        lay = QVBoxLayout(w)
        box = QGroupBox("Central system (OCPP)")
        form = QFormLayout(box)
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(c.port if c else 9000)
        self.port.setObjectName("field_port")
        form.addRow("Port:", self.port)
        self.host = QLineEdit(c.host if c else "0.0.0.0")
        self.host.setToolTip("0.0.0.0 listens on every network interface of this computer.")
        form.addRow("Listen on:", self.host)
        self.ping = QDoubleSpinBox()
        self.ping.setRange(10, 120)
        self.ping.setSuffix(" s")
        self.ping.setValue(c.ping_interval_s if c else 25)
        self.ping.setToolTip(
            "WebSocket pings detect a charger whose connection died within about two intervals."
        )
        form.addRow("Ping interval:", self.ping)
        self.policy = QComboBox()
        for key, text in POLICIES:
            self.policy.addItem(text, key)
        self.policy.setCurrentIndex(
            max(
                0,
                [k for k, _ in POLICIES].index(c.unknown_charger_policy)
                if c and c.unknown_charger_policy in dict(POLICIES)
                else 0,
            )
        )
        form.addRow("Unknown chargers:", self.policy)
        self.role = QComboBox()
        self.role.setObjectName("field_role")
        for key, text in ROLES:
            self.role.addItem(text, key)
        self.role.setCurrentIndex(max(0, self.role.findData(c.role if c else "auto")))
        self.role.setToolTip(
            "On a shared PostgreSQL database one central system holds the chargers' connections for the whole "
            "site: `chargedesk serve` on an always-on machine, or a console. Other consoles attach to it and "
            "work exactly the same. A SQLite file always runs its central system in this console."
        )
        form.addRow("This console:", self.role)
        self.cert = QLineEdit(str(c.tls_cert) if c and c.tls_cert else "")
        self.cert.setPlaceholderText("none: plain ws:// (chargedesk certs create makes a LAN certificate)")
        self.key = QLineEdit(str(c.tls_key) if c and c.tls_key else "")
        form.addRow("TLS certificate:", self.cert)
        form.addRow("TLS key:", self.key)
        self.file_port = QSpinBox()
        self.file_port.setRange(0, 65535)
        self.file_port.setSpecialValueText("any free port")
        self.file_port.setValue(c.file_server_port if c else 0)
        self.file_port.setToolTip(
            "Firmware downloads and diagnostics uploads go over HTTP from this computer, only "
            "while such a job runs. Set a fixed port if a firewall must let it through."
        )
        form.addRow("File transfer port:", self.file_port)
        self.file_host = QLineEdit(c.file_server_host if c else "")
        self.file_host.setPlaceholderText("automatic: the address the charger connected to")
        self.file_host.setToolTip(
            "The address chargers download firmware from and upload diagnostics to "
            "(e.g. 192.168.1.10). Leave empty unless they reach this computer another way."
        )
        form.addRow("File transfer address:", self.file_host)
        save = QPushButton("Save")
        save.clicked.connect(self.save_central)
        self.central_result = QLabel(RESTART)
        form.addRow(save, self.central_result)
        lay.addWidget(box)
        self.addresses = AddressList()
        self.addresses_box = addresses_box(self.addresses)
        lay.addWidget(self.addresses_box)
        lay.addStretch(1)
        return w

    def show_addresses(self, addresses: list[Any]) -> None:
        """The addresses chargers use (the main window gives them: they depend on the running central system)."""
        self.addresses.set_addresses(addresses)

    def save_central(self) -> None:
        cert, key = self.cert.text().strip(), self.key.text().strip()
        if bool(cert) != bool(key):
            self.central_result.setStyleSheet(level_css("error"))
            self.central_result.setText("Give both the certificate and its key, or neither.")
            return
        preferences.save_central(
            port=self.port.value(),
            host=self.host.text().strip() or "0.0.0.0",
            ping_interval_s=self.ping.value(),
            unknown_charger_policy=self.policy.currentData(),
            role=self.role.currentData(),
            tls_cert=cert or None,
            tls_key=key or None,
            file_server_port=self.file_port.value(),
            file_server_host=self.file_host.text().strip(),
        )
        self.central_result.setStyleSheet(level_css("ok"))
        self.central_result.setText("Saved; takes effect when ChargeDesk is restarted.")
