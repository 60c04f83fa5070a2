"""A fresh database, as a new facility manager sees it after the first start (a site, nothing else): every page
that can be empty says what to do next, and its buttons do it — a station editor opens, a site configuration is
imported (the empty state goes), the addresses chargers use are shown, the user editor starts a new user, the
virtual charger dialog opens, Settings → Sites comes to the front."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from app.config import CentralSystemSettings, Settings
from app.db import Database, upgrade
from app.main import Console
from app.models import Site
from app.services.transfer.site_config import export_config
from tests.helpers.factories import operator
from tests.helpers.ocpp import add_station, wait_until
from tests.helpers.qasync_runner import run_on_qasync

PAGES = ("dashboard", "stations", "map", "users", "schedules", "sessions", "chargers", "log", "audit")


def click(button: Any) -> None:
    assert button.isVisible() and button.isEnabled(), button.objectName()
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


def a_site_and_nothing_else(tmp_path: Path) -> Settings:
    """What the first start leaves: a site (written directly, so the audit trail stays empty) and nothing else."""
    url = f"sqlite:///{tmp_path / 'fresh.db'}"
    upgrade(url)
    database = Database(url)
    with database.session() as s:
        s.add(Site(name="Werkhof Thun", timezone="Europe/Zurich"))
    database.dispose()
    return Settings(
        database_url=url, data_dir=tmp_path, central=CentralSystemSettings(host="127.0.0.1", port=0)
    )


def a_site_configuration(tmp_path: Path) -> Path:
    """What `chargedesk config export` writes for a site with one station (made on another database)."""
    url = f"sqlite:///{tmp_path / 'other.db'}"
    upgrade(url)
    other = Database(url)
    add_station(other, "HALL-B-1", connectors=2)
    with other.session() as s:
        doc = export_config(s)
    other.dispose()
    path = tmp_path / "site.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


@pytest.mark.isolated
def test_every_empty_page_says_what_to_do_next_and_its_buttons_do_it(qapp: Any, tmp_path: Path) -> None:
    settings = a_site_and_nothing_else(tmp_path)
    config = a_site_configuration(tmp_path)

    async def scenario() -> None:
        console = Console(settings, principal=operator("anna"))
        await asyncio.wait_for(console.start(), 60)
        window = console.window
        states = window.empty_states.states
        try:
            for name in PAGES:  # each page, shown, says it is empty
                page = states[name].parentWidget()
                window.show_widget(page)
                await wait_until(lambda name=name: states[name].isVisible(), timeout=30)
                assert states[name].text.text()

            stations = states["stations"]
            assert stations.text.text().startswith("No stations yet. Add one, import a whole site")
            # said once: the pages' own one-line hints are not repeated under the boxes
            assert not window.stations.empty.isVisible() and window.dashboard._hint is None
            window.show_widget(window.stations)
            click(stations.buttons["add_station"])
            editor = await wait_until(
                lambda: next((e for e in window.stations.editors.get(None, []) if e.isVisible()), None)
            )
            editor.done(0)

            click(stations.buttons["addresses"])
            dialog = await wait_until(lambda: window.addresses_dialog)
            assert dialog.isVisible()
            assert dialog.addresses.urls() == [
                f"ws://127.0.0.1:{console.central.port}/ocpp/{{chargePointId}}"
            ]
            dialog.reject()

            window.show_widget(window.users)
            click(states["users"].buttons["add_user"])
            editor = window.users.editor
            assert editor.loaded is not None and editor.loaded.id is None  # a new user, its form open

            window.show_widget(window.sessions)
            click(states["sessions"].buttons["open_stations"])
            assert window.pages.currentWidget() is window.stations

            window.show_widget(window.chargers)
            click(states["chargers"].buttons["virtual"])
            await wait_until(lambda: getattr(window.chargers, "_virtual", None) is not None)
            assert window.chargers._virtual.isVisible()
            window.chargers._virtual.close()

            window.show_widget(window.audit_page)
            click(states["audit"].buttons["open_sites"])
            assert window.pages.currentWidget() is window.settings_page
            assert window.settings_page.tabs.currentWidget() is window.settings_page.sites_tab

            window.show_widget(window.load_page)  # Load's own: no circuits yet, set them up in Settings
            click(window.load_page.settings_button)
            assert window.pages.currentWidget() is window.settings_page

            # Import a site configuration…: the file chosen, imported, the pages follow
            window.show_widget(window.schedules)
            click(states["schedules"].buttons["import_site"])
            chooser = window.empty_states.file_dialog
            assert chooser is not None and chooser.isVisible()
            chooser.selectFile(str(config))
            chooser.accept()
            box = await wait_until(lambda: window.empty_states.result_box)
            assert box.text() == f"Imported {config}."
            box.close()
            await wait_until(lambda: not states["schedules"].isVisible())
            window.show_widget(window.stations)
            await wait_until(lambda: "HALL-B-1" in window.stations.model.by_cp_rows())
            await wait_until(lambda: not states["stations"].isVisible())
            window.show_widget(window.dashboard)
            await wait_until(lambda: window.dashboard.tiles and not states["dashboard"].isVisible())
        finally:
            window.close()
            await console.shutdown()

    run_on_qasync(qapp, scenario)


@pytest.mark.isolated
def test_a_refused_site_configuration_imports_nothing_and_says_why(qapp: Any, tmp_path: Path) -> None:
    settings = a_site_and_nothing_else(tmp_path)
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "chargedesk-site", "version": 1, "stations": [{"name": 5}]}', encoding="utf-8")

    async def scenario() -> None:
        console = Console(settings, principal=operator("anna"))
        await asyncio.wait_for(console.start(), 60)
        window = console.window
        try:
            window.empty_states.import_site_configuration(str(bad))
            box = await wait_until(lambda: window.empty_states.result_box)
            assert box.text() == f"Nothing was imported: {bad} has problems (below)."
            assert box.informativeText()
            box.close()
            window.stations.reload()
            assert not window.stations.model.rows and window.services.catalog.tariffs() == []
        finally:
            window.close()
            await console.shutdown()

    run_on_qasync(qapp, scenario)
