"""Settings: the operator creates a site and a tariff by typing; bad input is marked and nothing is saved."""

from __future__ import annotations

import asyncio
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from sqlalchemy import select, text
from sqlalchemy.exc import OperationalError

from app.config import CentralSystemSettings, Settings
from app.db import Database
from app.models import Site, Tariff
from app.services.admin.database import check_database
from app.services.api import AppServices
from app.views.settings_page import SettingsPage

SHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


@pytest.fixture
def page(qtbot: Any, sqlite_db: Database, tmp_path: Path) -> SettingsPage:
    from app.views.shell import preferences

    preferences.qsettings().clear()
    settings = Settings(database_url=sqlite_db.url, data_dir=tmp_path, central=CentralSystemSettings())
    services = AppServices.local(sqlite_db)
    p = SettingsPage(services.catalog, services.databases, None, None, settings=settings)
    qtbot.addWidget(p)
    p.resize(1280, 800)
    p.show()
    p.reload()
    return p


def type_into(qtbot: Any, widget: QLineEdit, text: str) -> None:
    widget.clear()
    qtbot.keyClicks(widget, text)


def test_create_a_tariff_and_refuse_a_negative_price(
    qtbot: Any, page: SettingsPage, sqlite_db: Database
) -> None:
    page.tabs.setCurrentWidget(page.tariffs)
    form = page.tariffs
    qtbot.mouseClick(form.new_button, Qt.MouseButton.LeftButton)
    type_into(qtbot, form.inputs["name"], "employee")
    type_into(qtbot, form.inputs["per_kwh"], "-0.20")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert form.errors["per_kwh"].isVisible()
    assert form.errors["per_kwh"].text() == "cannot be below zero"
    assert "Not saved" in form.status.text()
    with sqlite_db.session() as s:
        assert s.scalars(select(Tariff)).all() == []
    type_into(qtbot, form.inputs["per_kwh"], "0.20")
    qtbot.keyClick(form.inputs["per_kwh"], Qt.Key.Key_Return)  # Enter saves
    assert not form.errors["per_kwh"].isVisible()
    assert form.status.text() == "Saved tariff 'employee'."
    assert [form.list.item(i).text() for i in range(form.list.count())] == ["employee"]
    with sqlite_db.session() as s:
        t = s.scalars(select(Tariff)).one()
        assert (t.name, t.per_kwh) == ("employee", Decimal("0.2"))


def test_create_a_site(qtbot: Any, page: SettingsPage, sqlite_db: Database) -> None:
    form = page.sites
    qtbot.mouseClick(form.new_button, Qt.MouseButton.LeftButton)
    type_into(qtbot, form.inputs["name"], "HQ Zurich")
    type_into(qtbot, form.inputs["vat_percent"], "8.1")
    form.inputs["timezone"].setCurrentText("Mars/Base")  # type: ignore[attr-defined]
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert "not a time zone" in form.errors["timezone"].text()
    form.inputs["timezone"].setCurrentText("Europe/Zurich")  # type: ignore[attr-defined]
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert form.status.text() == "Saved site 'HQ Zurich'."
    with sqlite_db.session() as s:
        site = s.scalars(select(Site)).one()
        assert (site.name, site.timezone, site.vat_percent) == ("HQ Zurich", "Europe/Zurich", Decimal("8.1"))
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.tabs.setCurrentWidget(page.sites_tab)
    page.grab().save(str(SHOTS / "settings.png"))


def test_check_database_describes_what_it_finds(sqlite_db: Database, tmp_path: Path) -> None:
    assert "schema up to date" in check_database(sqlite_db.url)
    assert "empty database" in check_database(f"sqlite:///{tmp_path / 'new.db'}")
    with pytest.raises(OperationalError, match="connection"):
        check_database("postgresql://nobody@127.0.0.1:1/none")


def test_central_settings_need_both_tls_files(qtbot: Any, page: SettingsPage) -> None:
    page.cert.setText("/etc/chargedesk/cert.pem")
    page.save_central()
    assert page.central_result.text() == "Give both the certificate and its key, or neither."
    page.key.setText("/etc/chargedesk/key.pem")
    page.port.setValue(9100)
    page.save_central()
    assert "restarted" in page.central_result.text()
    from app.views.shell import preferences

    applied = preferences.apply(
        Settings(database_url="sqlite://", data_dir=Path("."), central=CentralSystemSettings())
    )
    assert applied.central.port == 9100 and str(applied.central.tls_key) == "/etc/chargedesk/key.pem"


@pytest.mark.isolated
def test_test_connection_reports_without_blocking_the_loop(
    qapp: Any, qtbot: Any, page: SettingsPage, sqlite_db: Database
) -> None:
    from tests.helpers.qasync_runner import run_on_qasync

    async def scenario() -> None:
        page.db_url.setText(sqlite_db.url)
        qtbot.mouseClick(page.test_button, Qt.MouseButton.LeftButton)  # the click's task is the page's
        assert len(page.tasks) == 1
        await asyncio.sleep(0)  # the task starts: the check runs on the store's pool, the loop goes on
        assert page.db_result.text() == "Connecting…" and not page.test_button.isEnabled()
        await asyncio.gather(*page.tasks.tasks)
        assert "schema up to date" in page.db_result.text() and page.test_button.isEnabled()
        page.db_url.setText("postgresql://nobody@127.0.0.1:1/none")
        text = await page.test_connection()
        assert text.startswith("Cannot use this database") and page.db_result.text() == text

    run_on_qasync(qapp, scenario)


def _password_role(cluster: Any, role: str, password: str) -> None:
    """A role that must give its password (scram) on 127.0.0.1, in the session's trust-everyone cluster."""
    import time

    import psycopg

    admin = f"host=127.0.0.1 port={cluster.port} user=postgres dbname=postgres"
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f"DROP ROLE IF EXISTS {role}")
        conn.execute(f"CREATE ROLE {role} SUPERUSER LOGIN PASSWORD '{password}'")
        hba = cluster.datadir / "pg_hba.conf"
        rules = hba.read_text()
        line = f"host all {role} 127.0.0.1/32 scram-sha-256\n"
        if line not in rules:
            hba.write_text(line + rules)
        conn.execute("SELECT pg_reload_conf()")
    deadline = time.monotonic() + 10  # the postmaster reloads on its signal: wait until the rule is in force
    while True:
        try:
            psycopg.connect(f"host=127.0.0.1 port={cluster.port} user={role} dbname=postgres").close()
        except psycopg.OperationalError:
            return
        assert time.monotonic() < deadline, "pg_hba.conf was not reloaded"


def test_postgres_password_is_kept_out_of_the_settings(
    qtbot: Any, page: SettingsPage, pg_cluster: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Saving a PostgreSQL URL with its password: QSettings holds no password, the URL field shows it masked, the
    password file is owner-only, and the console still connects with what it saved."""
    import os
    import stat

    from app.services.admin import database as dbs
    from app.views.shell import preferences

    monkeypatch.setenv("CHARGEDESK_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("CHARGEDESK_DATABASE_URL", raising=False)
    secret = "S3cret:pw\\x"
    role = f"pw_{os.getpid()}"
    _password_role(pg_cluster, role, secret.replace("'", "''"))
    name = f"pwdb_{os.getpid()}"
    pg_cluster.create_database(name)  # empty: the console sets it up at its start
    bare = f"postgresql://{role}@127.0.0.1:{pg_cluster.port}/{name}"
    with pytest.raises(OperationalError):  # without its password the role is refused
        check_database(bare)

    page.tabs.setCurrentIndex(2)
    assert page.db_password.echoMode() == QLineEdit.EchoMode.Password
    type_into(qtbot, page.db_url, f"postgresql://{role}:S3cret%3Apw%5Cx@127.0.0.1:{pg_cluster.port}/{name}")
    page.use_database()
    assert "Saved" in page.db_result.text()
    settings_file = Path(preferences.qsettings().fileName())
    assert settings_file.exists() and "S3cret" not in settings_file.read_text()
    assert page.db_url.text() == f"postgresql://{role}:•••@127.0.0.1:{pg_cluster.port}/{name}"
    assert page.db_password.text() == ""
    passfile = tmp_path / "data" / "pgpass"
    assert stat.S_IMODE(passfile.stat().st_mode) == 0o600

    # the console at its next start: connects with the saved URL and the password file
    applied = preferences.apply(
        Settings(database_url="sqlite://", data_dir=tmp_path, central=CentralSystemSettings())
    )
    assert secret not in applied.database_url and "passfile=" in applied.database_url
    assert "empty database" in check_database(applied.database_url)
    from app.services.store import open_database

    database = open_database(applied.database_url, migrate=True)  # as the console opens it (Alembic too)
    try:
        with database.session() as s:
            assert s.execute(text("SELECT current_user")).scalar() == role
    finally:
        database.dispose()
    assert "schema up to date" in check_database(applied.database_url)
    # a test of the masked URL uses the stored password
    assert "schema up to date" in check_database(dbs.database_login(page.db_url.text()).full_url)

    # a new password typed in the password field replaces the stored one (here: a wrong one, refused)
    page.db_password.setText("wrong")
    page.use_database()
    assert "wrong" not in settings_file.read_text()
    with pytest.raises(OperationalError):
        check_database(dbs.connect_url(preferences.saved_database_url()))


def test_a_password_saved_by_an_older_version_leaves_the_settings(
    qtbot: Any, page: SettingsPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.services.admin import database as dbs
    from app.views.shell import preferences

    monkeypatch.setenv("CHARGEDESK_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("CHARGEDESK_DATABASE_URL", raising=False)
    s = preferences.qsettings()
    s.setValue("database/url", "postgresql://eva:Old-Secret@db.lan/chargedesk")
    s.sync()
    applied = preferences.apply(
        Settings(database_url="sqlite://", data_dir=tmp_path, central=CentralSystemSettings())
    )
    assert "Old-Secret" not in Path(s.fileName()).read_text()
    assert "Old-Secret" not in applied.database_url
    assert dbs.stored_password("postgresql://eva@db.lan/chargedesk") == "Old-Secret"
    assert preferences.shown_database_url() == "postgresql://eva:•••@db.lan/chargedesk"


def test_this_consoles_role_is_saved_and_applied_at_the_next_start(qtbot: Any, page: SettingsPage) -> None:
    """Settings → Central system → This console: what the next start on a shared database does (choose_role)."""
    from app.views.shell import preferences

    assert page.role.currentData() == "auto"  # the default: attach when a host runs, else host
    page.role.setCurrentIndex(page.role.findData("attach"))
    page.save_central()
    applied = preferences.apply(
        Settings(database_url="sqlite://", data_dir=Path("."), central=CentralSystemSettings())
    )
    assert applied.central.role == "attach"
