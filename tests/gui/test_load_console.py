"""The Load page in the real console: an allocation the central system publishes on its bus reaches the page and
the dashboard's load panel; a site without circuits leads to Settings → Sites. Screenshots: docs/screenshots/
load.png and dashboard-load.png."""

from __future__ import annotations

import asyncio
import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from app.config import CentralSystemSettings, Settings
from app.db import Database, upgrade
from app.main import Console
from tests.helpers.gui import SHOTS
from tests.helpers.load_site import allocation, seed_load_site
from tests.helpers.ocpp import wait_until
from tests.helpers.qasync_runner import run_on_qasync


@pytest.mark.isolated
def test_console_load_page_live_and_the_way_to_a_sites_circuits(qapp: Any, tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'console.db'}"
    upgrade(url)
    db = Database(url)
    now = dt.datetime.now(dt.UTC).replace(second=30, microsecond=0)
    site = seed_load_site(db, now)
    db.dispose()
    settings = Settings(
        database_url=url,
        data_dir=tmp_path,
        central=CentralSystemSettings(host="127.0.0.1", port=0, ping_interval_s=20),
    )

    async def scenario() -> None:
        console = Console(settings)
        await console.start()
        window = console.window
        try:
            # the page is driven with the allocations this test publishes: the console's own load manager (tested
            # with chargers in tests/integration/test_load_manager.py) would publish its own for the seeded site
            assert console.central is not None
            await console.central.load.stop()
            window.resize(1280, 800)
            window.show_page("Load")
            page = window.load_page
            await wait_until(lambda: page.reads >= 1)
            assert page.site_combo.currentText() == "HQ"
            # the central system allocates: the page and the dashboard's panel follow
            console.central.bus.emit(allocation(site, now + dt.timedelta(seconds=20), garage_each=10.5))
            t = page.sessions
            await wait_until(lambda: t.item(0, 4).text() == "10.5 A")
            assert t.item(0, 5).text() == "equal share of Garage (32 A) / 3 sessions"
            assert t.item(2, 4).text() == "paused"
            assert page.state.text().endswith("(live)")
            page.tree.setCurrentItem(page.tree_items[site.garage])
            await wait_until(lambda: page.charts[0].points["allocated_a"][-1][1] == 21.0)
            await asyncio.sleep(0.3)  # the charts lay out at their size
            SHOTS.mkdir(parents=True, exist_ok=True)
            window.grab().save(str(SHOTS / "load.png"))

            window.show_page("Dashboard")
            panel = window.dashboard.load_panel
            await wait_until(lambda: panel.isVisible() and "live" in panel.headings[site.site_id].text())
            assert panel.bars[site.garage].texts[0] == "L1 21 / 32 A · measured 19.8 A"
            await asyncio.sleep(0.3)
            panel.grab().save(
                str(SHOTS / "dashboard-load.png")
            )  # the panel (the rest is the usual dashboard)

            # a site without circuits: the page says what to do; its button opens Settings → Sites on that site
            window.show_page("Load")
            page.site_combo.setCurrentIndex(page.site_combo.findText("Depot"))
            await wait_until(lambda: page.stack.currentWidget() is page.empty)
            window.settings_page.tabs.setCurrentWidget(window.settings_page.tariffs)  # left on another tab
            QTest.mouseClick(page.settings_button, Qt.MouseButton.LeftButton)
            settings_page = window.settings_page
            assert window.pages.currentWidget() is settings_page
            assert settings_page.tabs.currentWidget() is settings_page.sites_tab
            assert settings_page.sites.list.currentItem().text() == "Depot"
            assert settings_page.sites.current.id == site.empty_site_id
        finally:
            window.close()
            await console.shutdown()

    run_on_qasync(qapp, scenario)
