"""Operators at the console, as a person meets them: the log-in before the window, the first manager's account,
a viewer whose buttons are off and whom the services refuse anyway, switching operator, the Operators section,
and the Audit page filtered by operator."""

from __future__ import annotations

import asyncio
import dataclasses
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import select

from app.config import Settings
from app.db import Database
from app.main import Console
from app.models import AuditEntry, Operator, OperatorRole, Setting
from app.services.admin.catalog import SiteForm, TariffForm
from app.services.admin.operators import REQUIRE_LOGIN, NewOperator, OperatorsService
from app.services.admin.users import UserForm
from app.services.api import AppServices
from app.services.roles import NotAllowed, Principal
from app.services.store import Store
from app.views.audit_page import AuditPageView
from app.views.operators_section import OperatorsSection
from tests.helpers.gui import SHOTS
from tests.helpers.ocpp import wait_until
from tests.helpers.qasync_runner import run_on_qasync

PASSWORD = "a long password"
FAST = 1_000


def _accounts(url: str, *accounts: tuple[str, str, OperatorRole], require: bool = True) -> None:
    db = Database(url)
    store = Store(db)
    ops = OperatorsService(store, iterations=FAST)
    for username, name, role in accounts:
        ops.add(NewOperator(username, name, role, PASSWORD, PASSWORD))
    if require:
        ops.set_login_required(True)
    store.close()
    db.dispose()


def _ok(dialog: Any) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


@pytest.mark.isolated
def test_log_in_as_a_viewer_then_switch_to_a_manager(qapp: Any, console_settings: Settings) -> None:
    url = console_settings.database_url
    _accounts(url, ("anna", "Anna Meier", OperatorRole.MANAGER), ("vera", "Vera Keller", OperatorRole.VIEWER))

    async def scenario() -> None:
        console = Console(console_settings)
        start = asyncio.ensure_future(console.start())
        login = await wait_until(lambda: console.login_dialog)
        assert console.window is None and login.isVisible()  # asked before the main window
        login.username.setText("vera")
        login.password.setText("not her password")
        _ok(login)
        await wait_until(lambda: login.error.isVisible())
        assert login.error.text() == "Unknown username or wrong password."
        assert login.password.text() == ""  # typed again
        login.password.setText(PASSWORD)
        _ok(login)
        await start
        window = console.window
        try:
            assert window.operator_label.text() == "operator: Vera Keller (viewer)"
            users = window.users
            assert not users.new_button.isEnabled() and not users.import_button.isEnabled()
            assert "Vera Keller (viewer) may not change users" in users.new_button.toolTip()
            users.new_button.setEnabled(True)  # the page's own logic cannot turn it back on
            assert not users.new_button.isEnabled()
            assert not window.stations.new_button.isEnabled()
            assert not window.settings_page.tariffs.new_button.isEnabled()
            assert not any(tab.isEnabled() for tab in window.chargers.operating_tabs())
            assert not window.chargers.config.send_button.isEnabled()
            assert not window.chargers.snapshots.take_button.isEnabled()
            tabs = window.settings_page.tabs
            assert not tabs.isTabVisible(tabs.indexOf(window.operators_section))
            with pytest.raises(NotAllowed, match=r"Vera Keller \(viewer\) may not change users"):
                window.services.users.save(UserForm(name="Sneaky"))  # not only a greyed button

            window.switch_button.click()  # Log out
            assert window.operator_label.text() == "nobody logged in"
            login = await wait_until(lambda: window.login_dialog)
            login.username.setText("ANNA")  # usernames ignore case
            login.password.setText(PASSWORD)
            _ok(login)
            await wait_until(lambda: window.login_dialog is None)
            assert window.operator_label.text() == "operator: Anna Meier (manager)"
            assert users.new_button.isEnabled() and window.stations.new_button.isEnabled()
            assert all(tab.isEnabled() for tab in window.chargers.operating_tabs())
            assert tabs.isTabVisible(tabs.indexOf(window.operators_section))

            # the Operators section: add a technician, make them a manager, then deactivate Vera
            section = window.operators_section
            window.show_page("Settings")
            tabs.setCurrentWidget(section)
            assert [section.table.item(i, 0).text() for i in range(section.table.rowCount())] == [
                "anna",
                "vera",
            ]
            section.add.click()
            form = section.dialog
            form.username.setText("tom")
            form.display_name.setText("Tom Frei")
            form.password.setText(PASSWORD)
            form.repeat.setText(PASSWORD + "x")
            _ok(form)
            await wait_until(lambda: form.error.isVisible())
            assert "The two passwords differ." in form.error.text()
            form.repeat.setText(PASSWORD)
            _ok(form)
            await wait_until(lambda: section.message.text() == "Operator tom added.")
            names = [section.table.item(i, 0).text() for i in range(section.table.rowCount())]
            assert names == ["anna", "tom", "vera"]
            assert section.table.item(1, 2).text() == "technician"
            section.table.selectRow(2)
            section.active.click()
            assert section.message.text() == "vera deactivated."
            section.table.selectRow(0)
            section.role.setCurrentIndex(section.role.findData(OperatorRole.VIEWER))
            section.set_role.click()  # Anna is the only manager
            assert "at least one active manager" in section.message.text()
            SHOTS.mkdir(parents=True, exist_ok=True)
            window.resize(1280, 800)
            window.grab().save(str(SHOTS / "operators.png"))
        finally:
            window.close()
            await console.shutdown()
        db = Database(url)
        with db.session() as s:
            rows = {o.username: o for o in s.scalars(select(Operator))}
            assert (rows["tom"].role, rows["vera"].active) == (OperatorRole.TECHNICIAN, False)
            actions = [
                (e.actor, e.action)
                for e in s.scalars(select(AuditEntry).where(AuditEntry.entity == "operator"))
            ]
        db.dispose()
        assert (
            ("vera", "login_failed") in actions
            and ("vera", "login") in actions
            and ("vera", "logout") in actions
        )
        assert ("anna", "create") in actions and ("anna", "deactivate") in actions

    run_on_qasync(qapp, scenario)


@pytest.mark.isolated
def test_the_first_start_asks_for_the_first_manager(qapp: Any, console_settings: Settings) -> None:
    url = console_settings.database_url
    db = Database(url)
    with db.session() as s:  # what a shared database says (PostgreSQL always requires a log-in)
        s.add(Setting(key=REQUIRE_LOGIN, value=True))
    db.dispose()

    async def scenario() -> None:
        console = Console(console_settings)
        start = asyncio.ensure_future(console.start())
        first = await wait_until(lambda: console.login_dialog)
        assert first.objectName() == "FirstManagerDialog" and not first.role.isEnabled()
        first.username.setText("anna")
        first.display_name.setText("Anna Meier")
        first.password.setText("short")
        first.repeat.setText("short")
        _ok(first)
        await wait_until(lambda: first.error.isVisible())
        assert "at least 10 characters" in first.error.text()
        first.password.setText(PASSWORD)
        first.repeat.setText(PASSWORD)
        _ok(first)
        await start
        try:
            assert console.window.operator_label.text() == "operator: Anna Meier (manager)"
        finally:
            console.window.close()
            await console.shutdown()

    run_on_qasync(qapp, scenario)


@pytest.mark.isolated
def test_cancelling_the_log_in_closes_the_console(qapp: Any, console_settings: Settings) -> None:
    _accounts(console_settings.database_url, ("anna", "Anna Meier", OperatorRole.MANAGER))

    async def scenario() -> None:
        console = Console(console_settings)
        start = asyncio.ensure_future(console.start())
        login = await wait_until(lambda: console.login_dialog)
        login.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
        await start
        assert console.window is None and console.closed.is_set()
        await console.shutdown()

    run_on_qasync(qapp, scenario)


def test_the_audit_page_filters_by_operator(qtbot: Any, sqlite_db: Database) -> None:
    services = AppServices.local(sqlite_db)
    anna = Principal("anna", "Anna Meier", OperatorRole.MANAGER, "desk-1", logged_in=True)
    ben = Principal("ben", "Ben Roth", OperatorRole.MANAGER, "desk-2", logged_in=True)
    services.store.principal = anna
    site = services.catalog.save_site(SiteForm(name="HQ Zurich"))
    services.catalog.save_tariff(TariffForm(name="employee", per_kwh="0.20"))
    services.store.principal = ben
    services.catalog.save_tariff(TariffForm(name="public", per_kwh="0.45"))
    stored = next(f for f in services.catalog.sites() if f.id == site)
    services.catalog.save_site(dataclasses.replace(stored, name="HQ Zürich"), base=stored)
    page = AuditPageView(services.audit)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    page.reload()

    def shown() -> list[tuple[str, str, str]]:
        m = page.model
        return [
            (m.index(i, 1).data(), m.index(i, 2).data(), m.index(i, 4).data()) for i in range(m.rowCount())
        ]

    qtbot.waitUntil(lambda: len(shown()) == 4)
    assert [r[0] for r in shown()] == ["ben", "ben", "anna", "anna"]  # newest first
    qtbot.waitUntil(lambda: page.operator.count() == 3)  # (any), anna, ben
    page.operator.setCurrentIndex(page.operator.findData("anna"))
    qtbot.waitUntil(lambda: [r[0] for r in shown()] == ["anna", "anna"])
    assert {r[1] for r in shown()} == {"desk-1"}
    page.operator.setCurrentIndex(page.operator.findData(""))
    qtbot.keyClicks(page.search, "public")  # free text
    qtbot.waitUntil(lambda: [(r[0], r[2]) for r in shown()] == [("ben", shown()[0][2])] and len(shown()) == 1)
    page.search.clear()
    qtbot.waitUntil(lambda: len(shown()) == 4)
    page.table.selectRow(0)  # ben renamed the site: before → after
    assert "name: HQ Zurich → HQ Zürich" in page.detail.toPlainText()
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.grab().save(str(SHOTS / "audit.png"))
    page.shutdown()
    services.close()


def test_requiring_a_log_in_first_offers_the_manager_account(qtbot: Any, sqlite_db: Database) -> None:
    services = AppServices.local(sqlite_db)
    section = OperatorsSection(services.operators)
    qtbot.addWidget(section)
    section.show()
    section.reload()
    assert section.require.isEnabled() and not section.require.isChecked()
    section.require.click()
    assert not section.require.isChecked()  # not on before there is a manager to log in with
    form = section.dialog
    assert form is not None and form.role.currentData() == OperatorRole.MANAGER
    qtbot.keyClicks(form.username, "anna")
    qtbot.keyClicks(form.password, PASSWORD)
    qtbot.keyClicks(form.repeat, PASSWORD)
    qtbot.mouseClick(form.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: section.require.isChecked())
    assert services.operators.login_required()
    assert section.message.text() == "The console now asks for a log-in at start."
    section.require.click()  # and off again
    assert not section.require.isChecked() and not services.operators.login_required()
    services.close()


@pytest.mark.isolated
@pytest.mark.parametrize("db_url", ["pg"], indirect=True)
def test_on_postgresql_the_console_asks_who_is_there(qapp: Any, db_url: str, tmp_path: Any) -> None:
    """A shared database always requires a log-in: the first start creates the first manager, the next asks."""
    from app.config import CentralSystemSettings

    settings = Settings(
        database_url=db_url,
        data_dir=tmp_path,
        central=CentralSystemSettings(host="127.0.0.1", port=0, ping_interval_s=20),
    )

    async def open_as(console: Console, dialog_name: str) -> None:
        start = asyncio.ensure_future(console.start())
        dialog = await wait_until(lambda: console.login_dialog)
        assert dialog.objectName() == dialog_name and console.window is None
        dialog.username.setText("anna")
        dialog.password.setText(PASSWORD)
        if dialog_name == "FirstManagerDialog":
            dialog.display_name.setText("Anna Meier")
            dialog.repeat.setText(PASSWORD)
        _ok(dialog)
        wizard = await wait_until(
            lambda: console.first_start_dialog
        )  # no site yet: the set-up follows the log-in
        wizard.reject()
        await start
        try:
            assert console.window.operator_label.text() == "operator: Anna Meier (manager)"
        finally:
            console.window.close()
            await console.shutdown()

    async def scenario() -> None:
        await open_as(Console(settings), "FirstManagerDialog")
        await open_as(Console(settings), "LoginDialog")

    run_on_qasync(qapp, scenario)
