"""The first start, as a new facility manager meets it: the real console (``app.main.Console``) on a fresh SQLite
file and on a fresh PostgreSQL database shows the set-up before its window; a wrong VAT is refused with the
service's message, the site and the first tariff are saved, new chargers are accepted automatically as chosen, the
addresses chargers use are shown with Copy, and the main window follows. Cancel saves nothing and the window
says what to do next. Screenshot: docs/screenshots/first-start.png."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWizard

from app.config import CentralSystemSettings, Settings
from app.main import Console
from app.views.first_start.wizard import FirstStartWizard
from app.views.shell import preferences
from tests.helpers.factories import operator
from tests.helpers.ocpp import wait_until
from tests.helpers.qasync_runner import run_on_qasync

SHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


@pytest.fixture(params=["sqlite", "pg"])
def fresh_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A database nothing was ever written to (the console sets its schema up)."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'first.db'}"
    return str(request.getfixturevalue("pg_url"))


def settings_for(url: str, tmp_path: Path) -> Settings:
    return Settings(
        database_url=url,
        data_dir=tmp_path,
        central=CentralSystemSettings(host="127.0.0.1", port=0, ping_interval_s=20),
    )


async def the_wizard(console: Console) -> FirstStartWizard:
    return await wait_until(
        lambda: (
            console.first_start_dialog
            if console.first_start_dialog is not None and console.first_start_dialog.isVisible()
            else None
        ),
        timeout=60,
    )


def click(button: Any) -> None:
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


def type_into(field: Any, text: str) -> None:
    field.selectAll()
    QTest.keyClicks(field, text)


@pytest.mark.isolated
def test_the_first_start_sets_up_the_site_the_tariff_and_new_chargers(
    qapp: Any, fresh_url: str, tmp_path: Path
) -> None:
    settings = settings_for(fresh_url, tmp_path)

    async def scenario() -> None:
        console = Console(settings, principal=operator("anna"))
        start = asyncio.ensure_future(console.start())
        wizard = await the_wizard(console)
        assert console.window is None  # before the main window
        assert wizard.windowTitle() == "Set up ChargeDesk"
        site = wizard.site_page
        assert site.timezone.currentText()  # the system's zone (Europe/Zurich when it is none of the list)
        type_into(site.name, "Werkhof Thun")
        site.timezone.setCurrentText("Europe/Zurich")
        type_into(site.currency, "CHF")
        type_into(site.vat, "120")
        click(wizard.button(QWizard.WizardButton.NextButton))
        assert wizard.currentPage() is site  # refused, with the service's wording
        assert site.problems.text() == "VAT %: VAT is a percentage below 100."
        type_into(site.vat, "8.1")
        click(wizard.button(QWizard.WizardButton.NextButton))
        assert wizard.currentPage() is wizard.tariff_page and site.problems.text() == ""

        tariff = wizard.tariff_page
        assert tariff.name.text() == "Standard"
        click(wizard.button(QWizard.WizardButton.NextButton))  # no price yet
        assert wizard.currentPage() is tariff
        assert tariff.problems.text() == "Price per kWh: Type a price (e.g. 0.35; 0 for free charging)."
        type_into(tariff.per_kwh, "-1")
        click(wizard.button(QWizard.WizardButton.NextButton))
        assert tariff.problems.text() == "Price per kWh: Cannot be below zero."  # the service's rule
        type_into(tariff.per_kwh, "0.45")
        type_into(tariff.start_fee, "1.50")
        click(wizard.button(QWizard.WizardButton.NextButton))

        chargers = wizard.chargers_page
        assert wizard.currentPage() is chargers and chargers.pending.isChecked()  # safe by default
        click(chargers.accept_all)
        click(wizard.button(QWizard.WizardButton.NextButton))

        addresses = wizard.addresses_page.addresses
        assert wizard.currentPage() is wizard.addresses_page
        assert addresses.urls() == ["ws://127.0.0.1:0/ocpp/{chargePointId}"]  # listens on 127.0.0.1 only
        assert "listen on 0.0.0.0" in addresses.grid.itemAtPosition(0, 2).widget().text()
        click(addresses.copy_buttons[0])
        assert QGuiApplication.clipboard().text() == "ws://127.0.0.1:0/ocpp/{chargePointId}"
        assert addresses.copied.text() == "Copied: ws://127.0.0.1:0/ocpp/{chargePointId}"
        click(wizard.button(QWizard.WizardButton.FinishButton))
        await asyncio.wait_for(start, 60)

        window = console.window
        try:
            assert window is not None and window.isVisible()
            assert window.listening.text().startswith("central system listening on ws://127.0.0.1:")
            assert "{chargePointId}" in window.listening.text()
            assert window.listening.toolTip().splitlines()[1] == window.charger_addresses()[0].url
            QTest.mouseClick(window.listening, Qt.MouseButton.LeftButton)  # every address, with Copy
            shown = await wait_until(lambda: window.addresses_dialog)
            assert shown.isVisible() and shown.addresses.urls() == [a.url for a in window.charger_addresses()]
            shown.reject()
            catalog = window.services.catalog
            [saved] = catalog.sites()
            assert (saved.name, saved.timezone, saved.currency, saved.vat_percent) == (
                "Werkhof Thun",
                "Europe/Zurich",
                "CHF",
                "8.10",
            )
            [first] = catalog.tariffs()
            assert (first.name, first.per_kwh, first.start_fee) == ("Standard", "0.45", "1.5")
            assert console.central.options.unknown_charger_policy == "accept"
            assert console.central.backend.options.unknown_charger_policy == "accept"
            assert preferences.qsettings().value("central/unknown_charger_policy") == "accept"
            assert window.settings_page.policy.currentData() == "accept"
        finally:
            window.close()
            await console.shutdown()
            preferences.qsettings().remove("central/unknown_charger_policy")

    run_on_qasync(qapp, scenario)


@pytest.mark.isolated
def test_cancel_saves_nothing_and_the_console_says_what_to_do_next(qapp: Any, tmp_path: Path) -> None:
    settings = settings_for(f"sqlite:///{tmp_path / 'first.db'}", tmp_path)

    async def scenario() -> None:
        console = Console(settings, principal=operator("anna"))
        start = asyncio.ensure_future(console.start())
        wizard = await the_wizard(console)
        type_into(wizard.site_page.name, "Werkhof Thun")
        type_into(wizard.site_page.vat, "8.1")
        click(wizard.button(QWizard.WizardButton.NextButton))  # checked, not saved
        click(wizard.button(QWizard.WizardButton.CancelButton))
        await asyncio.wait_for(start, 60)
        window = console.window
        try:
            assert window is not None and window.isVisible()
            assert window.services.catalog.sites() == [] and window.services.catalog.tariffs() == []
            assert (
                window.statusBar()
                .currentMessage()
                .startswith("Not set up: nothing was saved. Add a site in Settings → Sites")
            )
        finally:
            window.close()
            await console.shutdown()

    run_on_qasync(qapp, scenario)


@pytest.mark.isolated
def test_a_database_with_a_site_opens_without_the_set_up(qapp: Any, console_settings: Settings) -> None:
    async def scenario() -> None:
        console = Console(console_settings, principal=operator("anna"))
        await asyncio.wait_for(console.start(), 60)
        try:
            assert console.first_start_dialog is None and console.window.isVisible()
        finally:
            console.window.close()
            await console.shutdown()

    run_on_qasync(qapp, scenario)


def test_the_addresses_page_shows_every_address_with_copy(qtbot: Any, db: Any) -> None:
    """The set-up's last page as a LAN machine shows it (its interfaces given as data): the screenshot."""
    import socket

    from app.services.api import AppServices
    from app.services.central.addresses import InterfaceAddress, charger_addresses

    lan = [
        InterfaceAddress("lo", "127.0.0.1", socket.AF_INET),
        InterfaceAddress("enp3s0", "192.168.1.10", socket.AF_INET),
        InterfaceAddress("wlp2s0", "10.0.40.7", socket.AF_INET),
        InterfaceAddress("enp3s0", "fe80::1c2:3ff:fe04:506", socket.AF_INET6),
    ]
    addresses = charger_addresses("", 9000, secure=False, interfaces=lan, preferred=("192.168.1.10",))
    services = AppServices.local(db)
    wizard = FirstStartWizard(services.catalog, addresses)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.site_page.name.setText("Werkhof Thun")
    wizard.site_page.vat.setText("8.1")
    wizard.tariff_page.per_kwh.setText("0.45")
    for _ in range(3):
        wizard.next()
    assert wizard.currentPage() is wizard.addresses_page
    page = wizard.addresses_page.addresses
    assert page.urls() == [
        "ws://192.168.1.10:9000/ocpp/{chargePointId}",
        "ws://10.0.40.7:9000/ocpp/{chargePointId}",
        "ws://[fe80::1c2:3ff:fe04:506]:9000/ocpp/{chargePointId}",
    ]
    assert len(page.copy_buttons) == 3
    qtbot.mouseClick(page.copy_buttons[1], Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == "ws://10.0.40.7:9000/ocpp/{chargePointId}"
    wizard.grab().save(str(SHOTS / "first-start.png"))
    services.close()


def test_the_set_up_in_german_from_the_first_catalogue(qtbot: Any, db: Any) -> None:
    """resources/i18n/first_de.qm installed as the console installs a language: the set-up speaks German."""
    from PySide6.QtCore import QCoreApplication, QTranslator

    from app.services import i18n
    from app.services.api import AppServices
    from app.services.central.addresses import charger_addresses

    translator = QTranslator()
    assert translator.load(str(Path(__file__).resolve().parents[2] / "resources" / "i18n" / "first_de.qm"))
    QCoreApplication.installTranslator(translator)
    i18n.install(lambda c, t, d, n: QCoreApplication.translate(c, t, d, n))
    services = AppServices.local(db)
    try:
        wizard = FirstStartWizard(services.catalog, charger_addresses("127.0.0.1", 9000, secure=False))
        qtbot.addWidget(wizard)
        wizard.show()
        assert wizard.windowTitle() == "ChargeDesk einrichten"
        assert wizard.site_page.title() == "Ihr Standort"
        wizard.next()  # nothing typed: refused in German labels with the service's (English) wording
        assert wizard.site_page.problems.text().startswith("Name des Standorts: ")
        assert wizard.addresses_page.addresses.copy_buttons[0].text() == "Kopieren"
        assert wizard.chargers_page.pending.text().startswith("Er wartet, bis ein Bediener ihn annimmt")
    finally:
        i18n.install(None)
        QCoreApplication.removeTranslator(translator)
        services.close()


def test_finish_refused_saves_neither_the_site_nor_the_tariff(qtbot: Any, db: Any) -> None:
    """Another console set up a site of that name meanwhile: Finish says why, stays open, writes nothing."""
    from app.services.admin.catalog import SiteForm
    from app.services.api import AppServices
    from app.services.central.addresses import charger_addresses

    services = AppServices.local(db)
    try:
        wizard = FirstStartWizard(services.catalog, charger_addresses("127.0.0.1", 9000, secure=False))
        qtbot.addWidget(wizard)
        wizard.show()
        wizard.site_page.name.setText("Werkhof Thun")
        wizard.site_page.vat.setText("8.1")
        wizard.tariff_page.per_kwh.setText("0.45")
        for _ in range(3):
            wizard.next()
        assert wizard.currentPage() is wizard.addresses_page
        services.catalog.save_site(SiteForm(name="werkhof thun"))  # the other console, meanwhile
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
        assert wizard.isVisible() and wizard.saved is None
        assert wizard.addresses_page.problems.text() == (
            "Not saved: A site named 'Werkhof Thun' exists already. Go back to correct it."
        )
        assert [s.name for s in services.catalog.sites()] == ["werkhof thun"]
        assert services.catalog.tariffs() == []  # the tariff was not saved without its site
    finally:
        services.close()
