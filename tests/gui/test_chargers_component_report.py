"""The Configuration tab's component report (2.0.1 GetReport) with a real central system and the simulator as a
2.0.1 station: the component picked from the reported ones refreshes its variables' rows; one variable with a
criterion; a criterion nothing meets says EmptyResultSet; a mistyped component is refused before anything is
sent; a 1.6 charger has no such box."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from app.db import Database
from app.services.central.system import CentralSystem
from app.services.chargers.service import ChargersService
from app.services.store import Store
from app.simulator.api import VirtualCharger
from app.views.chargers.config import ChargerConfigTab
from app.views.shell.bridge import CentralBridge
from tests.gui.test_chargers_config import FAST, asked, booted, rows, with_console
from tests.helpers.ocpp import wait_until


@pytest.mark.isolated
def test_a_component_report_refreshes_its_variables(qapp: Any, qtbot: Any, tmp_path: Path) -> None:
    async def scenario(db: Database, central: CentralSystem, bridge: CentralBridge) -> None:
        tab = ChargerConfigTab(ChargersService(Store(db), central), bridge, central)
        qtbot.addWidget(tab)
        tab.resize(1280, 800)
        tab.show()
        async with (
            VirtualCharger(central.url, "HALL-B-1", ocpp="2.0.1", **FAST) as vc,
            VirtualCharger(central.url, "HALL-B-2", **FAST) as v16,
        ):
            await booted(vc, v16)
            tab.set_charger("HALL-B-1")
            await wait_until(lambda: len(rows(tab)) > 10, timeout=15)
            box = tab.report_box
            assert box.isVisible()
            components = [box.component.itemText(i) for i in range(box.component.count())]
            assert "OCPPCommCtrlr" in components and "SmartChargingCtrlr" in components

            # the station's value changed since the table was read: the component's report shows it
            vc.charger.config.values["HeartbeatInterval"] = "123"
            box.component.setCurrentIndex(components.index("OCPPCommCtrlr"))
            box.button.click()
            await wait_until(lambda: "read again" in box.result.text(), timeout=15)
            assert rows(tab)["OCPPCommCtrlr/HeartbeatInterval"][0] == "123"
            assert "GetReport" in asked(vc)
            assert "of OCPPCommCtrlr read again from HALL-B-1" in box.result.text()

            # one variable, with a criterion it meets; then one nothing meets
            box.component.setEditText("SmartChargingCtrlr")
            box.variable.setText("Enabled")
            box.criteria["Enabled"].setChecked(True)
            box.button.click()
            await wait_until(
                lambda: box.result.text() == "1 variable of SmartChargingCtrlr read again from HALL-B-1.",
                timeout=15,
            )
            assert rows(tab)["SmartChargingCtrlr/Enabled"][0] == "true"
            box.criteria["Enabled"].setChecked(False)
            box.criteria["Problem"].setChecked(True)
            box.button.click()
            await wait_until(lambda: "EmptyResultSet" in box.result.text(), timeout=15)
            assert (
                box.result.text() == "HALL-B-1 has nothing that matches SmartChargingCtrlr (EmptyResultSet)."
            )

            # a mistyped component: said at once, nothing sent
            sent = asked(vc).count("GetReport")
            box.component.setEditText("EVSE#one")
            box.button.click()
            await wait_until(lambda: "is not a component" in box.result.text(), timeout=5)
            assert asked(vc).count("GetReport") == sent
            box.component.setEditText("")
            box.button.click()
            assert box.result.text() == "Pick or type a component first."

            tab.set_charger("HALL-B-2")  # 1.6: no device model report
            assert not box.isVisible() and box.result.text() == ""

    with_console(qapp, tmp_path, scenario)
