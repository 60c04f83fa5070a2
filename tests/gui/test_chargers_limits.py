"""A limit the site's energy manager sets on a 2.0.1 station, on the charger's Overview and the Operations tab's
smart-charging pages, gone once cleared; the Get charging profiles form's table of what the station holds — our
profile and the energy manager's — against a real central system and the simulator (issue 17)."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest

from app.services.chargers.service import ChargersService
from app.services.store import Store
from app.views.chargers.external_limits import limits_text
from app.views.chargers.overview import ChargerOverviewTab
from app.views.shell.bridge import CentralBridge
from tests.gui.test_chargers_files import SHOTS
from tests.gui.test_chargers_operations import answered, charger, click, console, run, select_op
from tests.helpers.ocpp import wait_until

PROFILE = {
    "chargingProfileId": 7,
    "stackLevel": 1,
    "chargingProfilePurpose": "TxDefaultProfile",
    "chargingProfileKind": "Relative",
    "chargingSchedule": {
        "chargingRateUnit": "A",
        "chargingSchedulePeriod": [{"startPeriod": 0, "limit": 16.0}],
    },
}


@pytest.mark.isolated
def test_a_limit_set_on_site_is_shown_and_the_profiles_table_lists_it(
    qapp: Any, qtbot: Any, tmp_path: Path
) -> None:
    async def scenario() -> None:
        async with console(tmp_path) as (db, central, tab), charger(central, ocpp="2.0.1") as vc:
            bridge = CentralBridge(central)
            overview = ChargerOverviewTab(ChargersService(Store(db), central), bridge, central)
            qtbot.addWidget(overview)
            try:
                tab.set_charger("HALL-B-1")
                overview.set_charger("HALL-B-1")
                assert overview.external_limits.text() == "none"
                assert tab.limit_labels["get_profiles"].text() == "none"
                ops = central.operations
                assert await ops.set_charging_profile("HALL-B-1", 1, PROFILE) == {"status": "Accepted"}

                # the energy manager limits EVSE 2 to 11 A: both places show it, live
                assert await vc.set_external_limit(2, 11.0, source="EMS", grid_critical=True) == {}
                for label in (overview.external_limits, *tab.limit_labels.values()):
                    await wait_until(lambda label=label: "11 A now" in label.text(), timeout=10)
                text = tab.limit_labels["set_profile"].text()
                assert text.startswith("EVSE 2: 11 A now by the site's energy manager (EMS), since ")
                assert "grid critical" in text and "schedule: 11 A from " in text
                assert overview.external_limits.text() == text
                history = [overview.events.item(i).text() for i in range(overview.events.count())]
                assert any("limit set on site by EMS on EVSE 2" in line for line in history)

                # Get charging profiles: ours and the energy manager's, as a table
                select_op(tab, "get_profiles")
                assert tab.limit_labels["get_profiles"].isVisible()
                click(qtbot, tab, "get_profiles")
                assert await answered(tab, "GetChargingProfiles") == "Accepted — 2 profiles reported"
                await wait_until(lambda: tab.get_profiles.table.rowCount() == 2, timeout=10)
                table = tab.get_profiles.table
                rows = [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(2)]
                assert rows[0][:6] == ["7", "1", "TxDefaultProfile", "1", "Relative", "0 s: 16.0 A"]
                assert rows[0][8] == "CSO"
                assert rows[1][1:4] == ["2", "ChargingStationExternalConstraints", "0"]
                assert rows[1][5] == "0 s: 11.0 A" and rows[1][8] == "EMS"
                assert tab.get_profiles.summary.text() == "The charger holds 2 profiles that match."
                await asyncio.sleep(
                    0.05
                )  # let the loop lay out (never processEvents() inside a qasync coroutine)
                SHOTS.mkdir(parents=True, exist_ok=True)
                tab.resize(1100, 760)
                tab.grab().save(str(SHOTS / "charger-operations-profiles.png"))

                # only what the energy manager set
                tab.get_profiles.sources["EMS"].setChecked(True)
                click(qtbot, tab, "get_profiles")
                await wait_until(lambda: tab.get_profiles.table.rowCount() == 1, timeout=10)
                assert tab.get_profiles.table.item(0, 8).text() == "EMS"

                # cleared: gone from both places
                assert await vc.clear_external_limit(2) == {}
                for label in (overview.external_limits, *tab.limit_labels.values()):
                    await wait_until(lambda label=label: label.text() == "none", timeout=10)
            finally:
                bridge.close()

    run(qapp, scenario)


def test_no_limit_reads_none() -> None:
    assert limits_text([]) == "none"
