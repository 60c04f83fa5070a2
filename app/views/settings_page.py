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
from app.services.i18n import QT_TRANSLATE_NOOP, translate
from app.views.circuits_section import CircuitsSection
from app.views.first_start.addresses import AddressList, addresses_box
from app.views.shell import language, preferences
from app.views.shell.tasks import TaskSet
from app.views.widgets.form_list import Field, FormList, FormTexts
from app.views.widgets.style import level_css

RESTART = QT_TRANSLATE_NOOP("SettingsPage", "<i>takes effect when ChargeDesk is restarted</i>")
POLICIES = [
    ("pending", QT_TRANSLATE_NOOP("SettingsPage", "list them as Pending until an operator accepts them")),
    ("reject", QT_TRANSLATE_NOOP("SettingsPage", "refuse them at the connection")),
    ("accept", QT_TRANSLATE_NOOP("SettingsPage", "accept them and create a station automatically")),
]
ROLES = [
    (
        "auto",
        QT_TRANSLATE_NOOP(
            "SettingsPage", "automatic: attach to the site's central system when one runs, else run it here"
        ),
    ),
    ("host", QT_TRANSLATE_NOOP("SettingsPage", "run the site's central system here")),
    (
        "attach",
        QT_TRANSLATE_NOOP(
            "SettingsPage", "attach to the site's central system (chargedesk serve or another console)"
        ),
    ),
]


def site_texts() -> FormTexts:
    return FormTexts(
        new=translate("SettingsPage", "New site"),
        saved=translate("SettingsPage", "Saved site '{name}'."),
        delete_title=translate("SettingsPage", "Delete site"),
        delete_question=translate("SettingsPage", "Delete site '{name}'?"),
        deleted=translate("SettingsPage", "Deleted site '{name}'."),
        conflict=translate(
            "SettingsPage", "Not saved: this site was changed on another console meanwhile (see above)."
        ),
    )


def tariff_texts() -> FormTexts:
    return FormTexts(
        new=translate("SettingsPage", "New tariff"),
        saved=translate("SettingsPage", "Saved tariff '{name}'."),
        delete_title=translate("SettingsPage", "Delete tariff"),
        delete_question=translate("SettingsPage", "Delete tariff '{name}'?"),
        deleted=translate("SettingsPage", "Deleted tariff '{name}'."),
        conflict=translate(
            "SettingsPage", "Not saved: this tariff was changed on another console meanwhile (see above)."
        ),
    )


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
            texts=site_texts(),
            new_form=catalog.SiteForm,
            fields=[
                Field("name", translate("SettingsPage", "Name")),
                Field(
                    "timezone",
                    translate("SettingsPage", "Time zone"),
                    "combo",
                    zones,
                    translate(
                        "SettingsPage",
                        "Rules are in this time zone's wall-clock time; daylight saving is handled.",
                    ),
                ),
                Field("currency", translate("SettingsPage", "Currency"), placeholder="CHF"),
                Field("vat_percent", translate("SettingsPage", "VAT %"), placeholder="8.1"),
                Field("address", translate("SettingsPage", "Address")),
            ],
            load=self.catalog.sites,
            save=self.catalog.save_site,
            delete=self.catalog.delete_site,
            keep_editing=catalog.keep_editing,
        )
        self.circuits: CircuitsSection | None = None
        self.sites_tab: QWidget = self.sites  # the Sites tab: the site list, with the circuits below it
        if circuits is None:
            self.tabs.addTab(self.sites, translate("SettingsPage", "Sites"))
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
            self.tabs.addTab(split, translate("SettingsPage", "Sites"))

        self.tariffs = FormList(
            texts=tariff_texts(),
            new_form=catalog.TariffForm,
            fields=[
                Field(
                    "name",
                    translate("SettingsPage", "Name"),
                    placeholder=translate("SettingsPage", "employee"),
                ),
                Field("per_kwh", translate("SettingsPage", "Price per kWh"), placeholder="0.35"),
                Field(
                    "per_hour",
                    translate("SettingsPage", "Price per hour"),
                    placeholder="0",
                    tooltip=translate(
                        "SettingsPage",
                        "Charged per hour connected, after the free period (an idle/parking fee).",
                    ),
                ),
                Field(
                    "free_minutes",
                    translate("SettingsPage", "Free minutes"),
                    placeholder="0",
                    tooltip=translate(
                        "SettingsPage", "The hourly price applies only after this many minutes."
                    ),
                ),
                Field("start_fee", translate("SettingsPage", "Start fee"), placeholder="0"),
                Field(
                    "vat_included",
                    translate("SettingsPage", "VAT included"),
                    "check",
                    tooltip=translate(
                        "SettingsPage", "Prices include VAT (the site's rate); otherwise VAT is added."
                    ),
                ),
                Field("description", translate("SettingsPage", "Description")),
                Field(
                    "load_priority",
                    translate("SettingsPage", "Load priority"),
                    placeholder="0",
                    tooltip=translate(
                        "SettingsPage",
                        "With the load strategy 'By tariff priority', sessions at a higher priority are given power "
                        "first (a whole number, e.g. 10).",
                    ),
                ),
            ],
            load=self.catalog.tariffs,
            save=self.catalog.save_tariff,
            delete=self.catalog.delete_tariff,
            keep_editing=catalog.keep_editing,
        )
        self.tabs.addTab(self.tariffs, translate("SettingsPage", "Tariffs"))
        self.tabs.addTab(self._database_tab(), translate("SettingsPage", "Database"))
        self.tabs.addTab(self._central_tab(), translate("SettingsPage", "Central system"))
        self.tabs.addTab(self._language_tab(), translate("SettingsPage", "Language"))

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
        box = QGroupBox(translate("SettingsPage", "Database"))
        form = QFormLayout(box)
        form.addRow(translate("SettingsPage", "In use:"), QLabel(self.databases.describe()))
        row = QHBoxLayout()
        self.db_url = QLineEdit()
        self.db_url.setObjectName("field_database_url")
        self.db_url.setPlaceholderText(
            translate(
                "SettingsPage",
                "sqlite:////path/chargedesk.db  or  postgresql://user:password@host/chargedesk",
            )
        )
        self.db_url.setText(preferences.shown_database_url())
        self.db_url.setToolTip(
            translate(
                "SettingsPage",
                "A PostgreSQL password is shown as ••• and kept in a password file only this account can read, "
                "never in the settings.",
            )
        )
        browse = QPushButton(translate("SettingsPage", "SQLite file…"))
        browse.clicked.connect(self._browse_sqlite)
        row.addWidget(self.db_url, 1)
        row.addWidget(browse)
        form.addRow(translate("SettingsPage", "Use:"), row)
        self.db_password = QLineEdit()
        self.db_password.setObjectName("field_database_password")
        self.db_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.db_password.setPlaceholderText(
            translate("SettingsPage", "PostgreSQL password (empty: the one in the URL, or the stored one)")
        )
        form.addRow(translate("SettingsPage", "Password:"), self.db_password)
        buttons = QHBoxLayout()
        self.test_button = QPushButton(translate("SettingsPage", "Test connection"))
        self.test_button.clicked.connect(lambda: self.tasks.spawn(self.test_connection()))
        self.use_button = QPushButton(translate("SettingsPage", "Use this database"))
        self.use_button.clicked.connect(self.use_database)
        buttons.addWidget(self.test_button)
        buttons.addWidget(self.use_button)
        buttons.addStretch(1)
        form.addRow("", buttons)
        self.db_result = QLabel(translate("SettingsPage", RESTART))
        self.db_result.setWordWrap(True)
        form.addRow("", self.db_result)
        lay.addWidget(box)
        lay.addStretch(1)
        return w

    def _browse_sqlite(self) -> None:
        dialog = QFileDialog(self, translate("SettingsPage", "SQLite database file"))
        dialog.setNameFilter(translate("SettingsPage", "SQLite database (*.db *.sqlite)"))
        dialog.fileSelected.connect(lambda path: self.db_url.setText(f"sqlite:///{path}"))  # i18n: not text
        dialog.open()
        self._file_dialog = dialog

    async def test_connection(self) -> str:
        url = self.db_url.text().strip()
        if not url:
            self.db_result.setText(
                translate("SettingsPage", "Type a database URL or choose a SQLite file first.")
            )
            return ""
        self.test_button.setEnabled(False)
        self.db_result.setText(translate("SettingsPage", "Connecting…"))
        try:
            text = await self.databases.check(url, self.db_password.text())
            self.db_result.setStyleSheet(level_css("ok"))
        except Exception as e:  # any driver error is a message for the operator
            text = translate("SettingsPage", "Cannot use this database: {reason}").format(
                reason=str(e).splitlines()[0][:300]
            )
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
            self.db_result.setText(translate("SettingsPage", "Not saved: {reason}").format(reason=e))
            return
        self.db_url.setText(shown)
        self.db_password.clear()
        self.db_result.setStyleSheet("")
        self.db_result.setText(
            translate(
                "SettingsPage",
                "Saved: ChargeDesk uses this database from the next start (the schema is set up or upgraded then). "
                "--db and CHARGEDESK_DATABASE_URL still take precedence.",
            )
            if url
            else translate(
                "SettingsPage",
                "Saved: the default SQLite file is used from the next start. --db and CHARGEDESK_DATABASE_URL "
                "still take precedence.",
            )
        )

    # --- central system ------------------------------------------------------------------------------

    def _central_tab(self) -> QWidget:
        c = self.settings.central if self.settings is not None else None
        w = QWidget()
        lay = QVBoxLayout(w)
        box = QGroupBox(translate("SettingsPage", "Central system (OCPP)"))
        form = QFormLayout(box)
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(c.port if c else 9000)
        self.port.setObjectName("field_port")
        form.addRow(translate("SettingsPage", "Port:"), self.port)
        self.host = QLineEdit(c.host if c else "0.0.0.0")
        self.host.setToolTip(
            translate("SettingsPage", "0.0.0.0 listens on every network interface of this computer.")
        )
        form.addRow(translate("SettingsPage", "Listen on:"), self.host)
        self.ping = QDoubleSpinBox()
        self.ping.setRange(10, 120)
        self.ping.setSuffix(translate("SettingsPage", " s"))
        self.ping.setValue(c.ping_interval_s if c else 25)
        self.ping.setToolTip(
            translate(
                "SettingsPage",
                "WebSocket pings detect a charger whose connection died within about two intervals.",
            )
        )
        form.addRow(translate("SettingsPage", "Ping interval:"), self.ping)
        self.policy = QComboBox()
        for key, text in POLICIES:
            self.policy.addItem(translate("SettingsPage", text), key)
        self.policy.setCurrentIndex(
            max(
                0,
                [k for k, _ in POLICIES].index(c.unknown_charger_policy)
                if c and c.unknown_charger_policy in dict(POLICIES)
                else 0,
            )
        )
        form.addRow(translate("SettingsPage", "Unknown chargers:"), self.policy)
        # long choices (longer still translated) take the form's width, they do not widen the window
        self.policy.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.policy.setMinimumContentsLength(30)
        self.role = QComboBox()
        self.role.setObjectName("field_role")
        for key, text in ROLES:
            self.role.addItem(translate("SettingsPage", text), key)
        self.role.setCurrentIndex(max(0, self.role.findData(c.role if c else "auto")))
        self.role.setToolTip(
            translate(
                "SettingsPage",
                "On a shared PostgreSQL database one central system holds the chargers' connections for the whole "
                "site: `chargedesk serve` on an always-on machine, or a console. Other consoles attach to it and "
                "work exactly the same. A SQLite file always runs its central system in this console.",
            )
        )
        form.addRow(translate("SettingsPage", "This console:"), self.role)
        self.role.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.role.setMinimumContentsLength(30)
        self.cert = QLineEdit(str(c.tls_cert) if c and c.tls_cert else "")
        self.cert.setPlaceholderText(
            translate("SettingsPage", "none: plain ws:// (chargedesk certs create makes a LAN certificate)")
        )
        self.key = QLineEdit(str(c.tls_key) if c and c.tls_key else "")
        form.addRow(translate("SettingsPage", "TLS certificate:"), self.cert)
        form.addRow(translate("SettingsPage", "TLS key:"), self.key)
        self.file_port = QSpinBox()
        self.file_port.setRange(0, 65535)
        self.file_port.setSpecialValueText(translate("SettingsPage", "any free port"))
        self.file_port.setValue(c.file_server_port if c else 0)
        self.file_port.setToolTip(
            translate(
                "SettingsPage",
                "Firmware downloads and diagnostics uploads go over HTTP from this computer, only while such a job "
                "runs. Set a fixed port if a firewall must let it through.",
            )
        )
        form.addRow(translate("SettingsPage", "File transfer port:"), self.file_port)
        self.file_host = QLineEdit(c.file_server_host if c else "")
        self.file_host.setPlaceholderText(
            translate("SettingsPage", "automatic: the address the charger connected to")
        )
        self.file_host.setToolTip(
            translate(
                "SettingsPage",
                "The address chargers download firmware from and upload diagnostics to (e.g. 192.168.1.10). Leave "
                "empty unless they reach this computer another way.",
            )
        )
        form.addRow(translate("SettingsPage", "File transfer address:"), self.file_host)
        save = QPushButton(translate("SettingsPage", "Save"))
        save.clicked.connect(self.save_central)
        self.central_result = QLabel(translate("SettingsPage", RESTART))
        form.addRow(save, self.central_result)
        lay.addWidget(box)
        self.addresses = AddressList()
        self.addresses_box = addresses_box(self.addresses)
        lay.addWidget(self.addresses_box)
        lay.addStretch(1)
        self._central_layout = lay
        return w

    def add_central_section(self, section: QWidget) -> None:
        """A section of another area on the Central system tab, below the addresses (e.g. the certificates)."""
        self._central_layout.insertWidget(self._central_layout.count() - 1, section)

    def show_addresses(self, addresses: list[Any]) -> None:
        """The addresses chargers use (the main window gives them: they depend on the running central system)."""
        self.addresses.set_addresses(addresses)

    def save_central(self) -> None:
        cert, key = self.cert.text().strip(), self.key.text().strip()
        if bool(cert) != bool(key):
            self.central_result.setStyleSheet(level_css("error"))
            self.central_result.setText(
                translate("SettingsPage", "Give both the certificate and its key, or neither.")
            )
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
        self.central_result.setText(
            translate("SettingsPage", "Saved; takes effect when ChargeDesk is restarted.")
        )

    # --- language ------------------------------------------------------------------------------------

    def _language_tab(self) -> QWidget:
        w = QWidget()
        lay = QVBoxLayout(w)
        box = QGroupBox(translate("SettingsPage", "Language"))
        form = QFormLayout(box)
        self.language = QComboBox()
        self.language.setObjectName("field_language")
        for code, name in language.CHOICES:
            self.language.addItem(translate("Language", name) if not code else name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(preferences.language())))
        self.language.setToolTip(
            translate(
                "SettingsPage",
                "The language of this console's pages, documents and number formats. System default: the "
                "computer's language if ChargeDesk speaks it, else English.",
            )
        )
        form.addRow(translate("SettingsPage", "Console language:"), self.language)
        self.language_result = QLabel(translate("SettingsPage", RESTART))
        self.language_result.setWordWrap(True)
        form.addRow("", self.language_result)
        self.language.currentIndexChanged.connect(self.save_language)
        lay.addWidget(box)
        lay.addStretch(1)
        return w

    def save_language(self) -> None:
        """Saved at once (per machine, with the console's other preferences); the pages change at the next
        start."""
        preferences.save_language(str(self.language.currentData()))
        self.language_result.setStyleSheet(level_css("ok"))
        self.language_result.setText(
            translate("SettingsPage", "Saved: ChargeDesk speaks {language} from the next start.").format(
                language=self.language.currentText()
            )
        )
