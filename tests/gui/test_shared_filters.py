"""The Stations list and the Map share one filter: setting it on one page sets it on the other."""

from __future__ import annotations

from typing import Any

import pytest

from app.config import Settings
from app.main import Console
from tests.helpers.qasync_runner import run_on_qasync


@pytest.mark.isolated
def test_stations_and_map_filters_follow_each_other(qapp: Any, console_settings: Settings) -> None:
    async def scenario() -> None:
        console = Console(console_settings)
        await console.start()
        window = console.window
        try:
            stations, map_page = window.stations, window.map_page
            assert stations.proxy.rowCount() == 2
            stations.status_filter.setCurrentIndex(stations.status_filter.findData("faulted"))
            assert map_page.filters() == {"site_id": None, "status": "faulted", "mode": None}
            assert stations.proxy.rowCount() == 0  # nothing is faulted
            map_page.status_filter.setCurrentIndex(0)
            map_page.mode_filter.setCurrentIndex(map_page.mode_filter.findData("public"))
            assert stations.filters() == {"site_id": None, "status": None, "mode": "public"}
            assert stations.proxy.rowCount() == 2  # both are Public (the default)
            assert stations.count.text() == "2 stations"
            site_id = stations.site_filter.itemData(1)
            stations.site_filter.setCurrentIndex(1)
            assert map_page.filters()["site_id"] == site_id and map_page.filters()["mode"] == "public"
        finally:
            window.close()
            await console.shutdown()

    run_on_qasync(qapp, scenario)
