"""The first start: a short guided set-up of an empty database before the main window (the site, its first
tariff, what happens to chargers nobody accepted, the addresses chargers use). Each page is checked by the
services' own rules (their wording) when the operator goes on; Finish saves the site and the tariff in one unit
of work; Cancel saves nothing."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QLocale, QTimeZone
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app.services.admin import catalog
from app.services.admin.catalog import CatalogService, SiteForm, TariffForm
from app.services.central.addresses import ChargerAddress
from app.services.i18n import translate
from app.services.roles import Permission
from app.services.validation import FormError, WriteRefused, sentence
from app.views.first_start.addresses import AddressList
from app.views.widgets.style import level_css

SWISS_VAT = "8.1"


def needs_first_start(services: Any) -> bool:
    """An empty database (no site) and an operator who may set one up."""
    if not services.store.principal.can(Permission.MANAGE_PRICES):
        return False
    return not services.catalog.has_sites()


def system_time_zone(zones: Sequence[str]) -> str:
    """This computer's time zone as an IANA name the editors offer (Europe/Zurich when it is none of them)."""
    zone = bytes(QTimeZone.systemTimeZoneId().data()).decode(errors="replace")
    return zone if zone in zones else "Europe/Zurich"


def local_money() -> tuple[str, str]:
    """(currency, VAT %) to start with: CHF and the Swiss rate for a Swiss locale; elsewhere the locale's
    currency and no VAT rate (the operator types theirs)."""
    locale = QLocale()
    if locale.territory() == QLocale.Country.Switzerland:
        return "CHF", SWISS_VAT
    code = locale.currencySymbol(QLocale.CurrencySymbolFormat.CurrencyIsoCode)
    return (code if len(code) == 3 and code.isalpha() else "CHF"), ""


class _FormPage(QWizardPage):
    """A page of fields checked by a service when the operator goes on; its problems shown under the fields."""

    def __init__(self, title: str, subtitle: str) -> None:
        super().__init__()
        self.setTitle(title)
        self.setSubTitle(subtitle)
        self.lay = QVBoxLayout(self)
        self.form = QFormLayout()
        self.lay.addLayout(self.form)
        self.problems = QLabel("")
        self.problems.setObjectName("problems")
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet(level_css("error"))
        self.lay.addWidget(self.problems)
        self.lay.addStretch(1)
        self.fields: dict[str, QWidget] = {}
        self.labels: dict[str, str] = {}

    def add(self, key: str, label: str, widget: QWidget) -> None:
        widget.setObjectName(f"field_{key}")
        self.fields[key] = widget
        self.labels[key] = label
        self.form.addRow(label, widget)

    def show_problems(self, error: Exception) -> None:
        if isinstance(error, FormError):
            lines = [
                translate("FirstStart", "{field}: {problem}").format(
                    field=self.labels.get(k, k), problem=sentence(v)
                )
                for k, v in error.problems.items()
            ]
            first = next((self.fields[k] for k in error.problems if k in self.fields), None)
            if first is not None:
                first.setFocus()
        else:
            lines = [sentence(str(error))]
        self.problems.setText("\n".join(lines))

    def run_check(self, check: Callable[[], object]) -> bool:
        try:
            check()
        except (FormError, WriteRefused) as e:  # NotAllowed is a WriteRefused
            self.show_problems(e)
            return False
        self.problems.setText("")
        return True


class SitePage(_FormPage):
    def __init__(self, service: CatalogService) -> None:
        super().__init__(
            translate("FirstStart", "Your site"),
            translate(
                "FirstStart",
                "Where the charging stations are. Access times are in the site's time zone; prices in its "
                "currency, with its VAT.",
            ),
        )
        self.service = service
        self.name = QLineEdit()
        self.name.setPlaceholderText(translate("FirstStart", "e.g. Head office Bern"))
        self.add("name", translate("FirstStart", "Site name"), self.name)
        zones = catalog.time_zones()
        self.timezone = QComboBox()
        self.timezone.addItems(zones)
        self.timezone.setCurrentText(system_time_zone(zones))
        self.add("timezone", translate("FirstStart", "Time zone"), self.timezone)
        currency, vat = local_money()
        self.currency = QLineEdit(currency)
        self.currency.setMaxLength(3)
        self.add("currency", translate("FirstStart", "Currency"), self.currency)
        self.vat = QLineEdit(vat)
        self.vat.setPlaceholderText(SWISS_VAT)
        self.add("vat_percent", translate("FirstStart", "VAT %"), self.vat)

    def site(self) -> SiteForm:
        return SiteForm(
            name=self.name.text(),
            timezone=self.timezone.currentText(),
            currency=self.currency.text(),
            vat_percent=self.vat.text(),
        )

    def validatePage(self) -> bool:
        return self.run_check(lambda: self.service.check_site(self.site()))


class TariffPage(_FormPage):
    def __init__(self, service: CatalogService) -> None:
        super().__init__(
            translate("FirstStart", "The first tariff"),
            translate(
                "FirstStart",
                "What a charge costs. More tariffs (for employees, visitors…) can be added later in "
                "Settings → Tariffs.",
            ),
        )
        self.service = service
        self.name = QLineEdit(translate("FirstStart", "Standard"))
        self.add("name", translate("FirstStart", "Tariff name"), self.name)
        self.per_kwh = QLineEdit()
        self.per_kwh.setPlaceholderText("0.35")
        self.add("per_kwh", translate("FirstStart", "Price per kWh"), self.per_kwh)
        self.start_fee = QLineEdit()
        self.start_fee.setPlaceholderText(translate("FirstStart", "optional, e.g. 1.00"))
        self.add("start_fee", translate("FirstStart", "Start fee"), self.start_fee)
        note = QLabel(translate("FirstStart", "Prices include VAT."))
        self.form.addRow("", note)

    def tariff(self) -> TariffForm:
        return TariffForm(
            name=self.name.text(),
            per_kwh=self.per_kwh.text().strip(),
            start_fee=self.start_fee.text().strip() or "0",
        )

    def validatePage(self) -> bool:
        if not self.per_kwh.text().strip():  # the service reads nothing as 0: free charging must be typed
            self.show_problems(
                FormError(
                    {"per_kwh": translate("FirstStart", "type a price (e.g. 0.35; 0 for free charging)")}
                )
            )
            return False
        return self.run_check(lambda: self.service.check_tariff(self.tariff()))


POLICY_PENDING, POLICY_ACCEPT = "pending", "accept"


class ChargersPage(QWizardPage):
    def __init__(self, policy: str, *, attached: bool) -> None:
        super().__init__()
        self.setTitle(translate("FirstStart", "New chargers"))
        self.setSubTitle(
            translate("FirstStart", "What happens when a charger this site does not know yet connects.")
        )
        lay = QVBoxLayout(self)
        self.pending = QRadioButton(
            translate("FirstStart", "It waits until an operator accepts it (Pending) — recommended")
        )
        self.pending.setObjectName("policy_pending")
        self.accept_all = QRadioButton(
            translate("FirstStart", "It is accepted automatically and a station is created for it")
        )
        self.accept_all.setObjectName("policy_accept")
        self.group = QButtonGroup(self)
        for button in (self.pending, self.accept_all):
            self.group.addButton(button)
            lay.addWidget(button)
        (self.accept_all if policy == POLICY_ACCEPT else self.pending).setChecked(True)
        hint = QLabel(
            translate(
                "FirstStart",
                "A pending charger may only boot and report its status: it cannot charge before it is accepted "
                "on the Chargers page. Change this later in Settings → Central system.",
            )
        )
        hint.setWordWrap(True)
        lay.addWidget(hint)
        if attached:  # the site's central system runs elsewhere: its own setting decides
            for button in (self.pending, self.accept_all):
                button.setEnabled(False)
            note = QLabel(
                translate(
                    "FirstStart",
                    "This console is attached to the site's central system, which runs elsewhere: set this "
                    "there (chargedesk serve --unknown-chargers).",
                )
            )
            note.setWordWrap(True)
            lay.addWidget(note)
        lay.addStretch(1)

    def policy(self) -> str:
        return POLICY_ACCEPT if self.accept_all.isChecked() else POLICY_PENDING


class AddressesPage(QWizardPage):
    def __init__(self, addresses: Sequence[ChargerAddress]) -> None:
        super().__init__()
        self.setTitle(translate("FirstStart", "Connect your chargers"))
        self.setSubTitle(
            translate(
                "FirstStart",
                "Enter one of these addresses in each charger's OCPP settings. They stay in Settings → Central "
                "system and in the status bar.",
            )
        )
        lay = QVBoxLayout(self)
        self.addresses = AddressList(addresses)
        lay.addWidget(self.addresses)
        self.problems = QLabel("")
        self.problems.setObjectName("problems")
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet(level_css("error"))
        lay.addWidget(self.problems)
        lay.addStretch(1)


class FirstStartWizard(QWizard):
    """Finish saves the site and the tariff (one unit of work); :meth:`policy` is what the console applies to
    its central system. Cancel: nothing saved."""

    def __init__(
        self,
        service: CatalogService,
        addresses: Sequence[ChargerAddress],
        *,
        policy: str = POLICY_PENDING,
        attached: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("FirstStartWizard")
        self.service = service
        self.setWindowTitle(translate("FirstStart", "Set up ChargeDesk"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.site_page = SitePage(service)
        self.tariff_page = TariffPage(service)
        self.chargers_page = ChargersPage(policy, attached=attached)
        self.addresses_page = AddressesPage(addresses)
        for page in (self.site_page, self.tariff_page, self.chargers_page, self.addresses_page):
            self.addPage(page)
        self.saved: tuple[int, int] | None = None  # (site id, tariff id) once Finish saved them
        self.resize(720, 520)

    def policy(self) -> str:
        return self.chargers_page.policy()

    def accept(self) -> None:
        """Finish: the site and the tariff saved together; a refusal (another console set up a site of that
        name meanwhile) is shown and the wizard stays open."""
        site, tariff = self.site_page.site(), self.tariff_page.tariff()
        try:
            self.saved = self.service.set_up(site, tariff)
        except (FormError, WriteRefused) as e:
            self.addresses_page.problems.setText(
                translate("FirstStart", "Not saved: {problem} Go back to correct it.").format(
                    problem=sentence(next(iter(e.problems.values())) if isinstance(e, FormError) else str(e))
                )
            )
            return
        super().accept()


def cancelled_text() -> str:
    """What the console says when the set-up was cancelled (the status bar; the terminal in English)."""
    return translate(
        "FirstStart",
        "Not set up: nothing was saved. Add a site in Settings → Sites (or import one with chargedesk config "
        "import site.json); the set-up opens again at the next start while there is no site.",
    )
