"""The Chargers page's Monitoring tab (a small editor of a 2.0.1 station's variable monitors) and the Overview's
"Events" list, against the real central system and the 2.0.1 simulator over 127.0.0.1 (a qasync loop: isolated in
its own process)."""

from __future__ import annotations

import asyncio
import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from app.db import Database, upgrade
from app.models import Connector, Site, Station
from app.ocpp.events import ChargerEventReceived, SecurityEventReceived
from app.services.chargers.service import ChargersService
from app.services.store import Store
from app.simulator.api import VirtualCharger
from app.views.chargers.events_list import event_rows, row_text
from app.views.shell.bridge import CentralBridge
from tests.gui.test_chargers_files import SHOTS, start_central
from tests.helpers.ocpp import wait_until
from tests.helpers.qasync_runner import run_on_qasync

FAST = {"speed": 600.0, "seed": 7, "reconnect_initial_s": 0.05, "connectors": 2, "ocpp": "2.0.1"}


@pytest.fixture
def database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Any:
    monkeypatch.setenv("CHARGEDESK_DATA_DIR", str(tmp_path / "data"))
    url = f"sqlite:///{tmp_path / 'console.db'}"
    upgrade(url)
    db = Database(url)
    with db.session() as s:
        site = Site(name="HQ Zurich", timezone="Europe/Zurich")
        for cp_id, n in (("HALL-B-2", 2), ("HALL-B-16", 1)):
            station = Station(site=site, charge_point_id=cp_id, name=cp_id)
            station.connectors = [Connector(connector_id=c) for c in range(1, n + 1)]
            s.add(station)
    yield db
    db.dispose()


def test_event_rows_fold_the_cleared_event_into_its_alert() -> None:
    at = dt.datetime(2026, 12, 7, 13, 55, tzinfo=dt.UTC)
    common = {
        "trigger": "Alerting",
        "notification": "CustomMonitor",
        "where": "Connector 1 / Temperature",
        "monitor_id": 101,
        "monitor_type": "UpperThreshold",
        "monitor_value": 80.0,
    }
    alert = ChargerEventReceived("HALL-B-2", actual_value="85", problem=True, timestamp=at, **common)
    cleared = ChargerEventReceived(
        "HALL-B-2", actual_value="70", cleared=True, timestamp=at + dt.timedelta(minutes=7), **common
    )
    security = SecurityEventReceived(
        "HALL-B-2", "TamperDetectionActivated", "lid", at - dt.timedelta(hours=1)
    )
    rows = event_rows([cleared, security, alert])
    assert [r.kind for r in rows] == ["Monitor alert", "Security event"]
    local = (at + dt.timedelta(minutes=7)).astimezone().strftime("%H:%M")
    assert row_text(rows[0]) == f"Connector 1 / Temperature = 85 (upper threshold 80), cleared {local}"
    assert rows[0].level == "good" and rows[1].where == "TamperDetectionActivated"
    [open_row] = event_rows([alert])
    assert open_row.cleared == "not cleared" and open_row.level == "error"


@pytest.mark.isolated
def test_the_monitoring_editor_and_the_events_list(qapp: Any, qtbot: Any, database: Database) -> None:
    from app.views.chargers.config.monitors import ChargerMonitorsTab
    from app.views.chargers.overview import ChargerOverviewTab

    async def scenario() -> None:
        cs = await start_central(database)
        bridge = CentralBridge(cs)
        service = ChargersService(Store(database), cs)
        tab = ChargerMonitorsTab(service, bridge, cs)
        overview = ChargerOverviewTab(service, bridge, cs)
        tab.resize(1000, 700)
        tab.show()
        vc = VirtualCharger(cs.url, "HALL-B-2", **FAST)
        try:
            tab.set_charger("HALL-B-2")
            assert "is not connected" in tab.note.text() and not tab.add_button.isEnabled()
            await vc.start()
            await wait_until(lambda: cs.is_connected("HALL-B-2"), 10)
            vc.set_temperature(1, 30.0)
            tab.set_charger("HALL-B-2")
            overview.set_charger("HALL-B-2")
            assert tab.add_button.isEnabled() and tab.table.rowCount() == 0

            # Refresh: the hard-wired monitors the charger reports
            qtbot.mouseClick(tab.refresh_button, Qt.MouseButton.LeftButton)
            await wait_until(lambda: tab.table.rowCount() == 2, 10)
            assert tab.table.item(0, 1).text() == "Connector 1 / Temperature"
            assert tab.table.item(0, 2).text() == "Above a threshold" and tab.table.item(0, 3).text() == "90"

            # the field checks: nothing sent
            tab.component.setEditText("Connector")
            tab.evse.setValue(1)
            tab.variable.setEditText("Temperature")
            tab.value.setText("hot")
            qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
            assert tab.result.text() == "The value must be a number."

            # added: the charger's answer shown and the monitor listed
            tab.value.setText("80")
            qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
            await wait_until(lambda: "added" in tab.result.text(), 10)
            assert tab.result.text() == "Monitor 100 added: accepted."
            assert tab.table.rowCount() == 3 and tab.table.item(2, 0).text() == "100"
            assert tab.value.text() == ""  # ready for the next one
            tab.value.setText("80")
            qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)  # the same again
            await wait_until(lambda: "Not added" in tab.result.text(), 10)
            assert tab.result.text() == "Not added (Duplicate): the same monitor exists already."
            tab.type.setCurrentIndex(tab.type.findData("PeriodicClockAligned"))
            tab.value.setText("900")
            qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
            await wait_until(lambda: "UnsupportedMonitorType" in tab.result.text(), 10)

            # the threshold crossed and back: one row on the Overview, cleared
            vc.set_temperature(1, 85.0)
            events = overview.charger_events
            await wait_until(
                lambda: (
                    events.table.item(0, 4) is not None and events.table.item(0, 4).text() == "not cleared"
                ),
                10,
            )
            assert events.table.item(0, 2).text() == "Connector 1 / Temperature"
            assert events.table.item(0, 3).text() == "85 (upper threshold 80)"
            vc.set_temperature(1, 70.0)
            await wait_until(lambda: events.table.item(0, 4).text().startswith("cleared "), 10)
            assert events.table.rowCount() == 1
            await asyncio.sleep(
                0.05
            )  # let the loop lay out (never processEvents() inside a qasync coroutine)
            SHOTS.mkdir(parents=True, exist_ok=True)
            tab.grab().save(str(SHOTS / "charger-monitoring.png"))
            overview.resize(1000, 760)
            overview.grab().save(str(SHOTS / "charger-events.png"))

            # removed: the selected one
            tab.table.selectRow(2)
            qtbot.mouseClick(tab.remove_button, Qt.MouseButton.LeftButton)
            await wait_until(lambda: tab.result.text() == "monitor 100: accepted", 10)
            assert tab.table.rowCount() == 2
            await asyncio.sleep(0.05)

            # a 1.6 charger: why there is nothing to edit
            async with VirtualCharger(cs.url, "HALL-B-16", **{**FAST, "ocpp": "1.6", "connectors": 1}):
                await wait_until(lambda: cs.is_connected("HALL-B-16"), 10)
                tab.set_charger("HALL-B-16")
                assert "variable monitoring exists in OCPP 2.0.1 only" in tab.note.text()
                assert not tab.add_button.isEnabled() and not tab.refresh_button.isEnabled()
        finally:
            await vc.stop()
            tab.close()
            overview.close()
            bridge.close()
            await cs.stop()

    run_on_qasync(qapp, scenario)
