"""The 2.0.1 simulator's monitors (app/simulator/monitoring.py) without a connection: what each kind sends when the
watched value moves, the transaction flag, the monitoring level and base. (Through the central system:
tests/integration/ocpp/test_v201_monitoring.py.)"""

from __future__ import annotations

import datetime as dt

from app.simulator.charger import Charger, ChargerOptions
from app.simulator.monitoring import SimMonitors, monitors


def station() -> tuple[Charger, SimMonitors]:
    ch = Charger("ws://127.0.0.1:1/ocpp/", "SIM-M", ChargerOptions(ocpp="2.0.1", connectors=2, seed=1))
    return ch, monitors(ch)


async def test_each_kind_of_monitor_sends_what_it_watches() -> None:
    ch, m = station()
    answer = await m.on_set_variable_monitoring(
        {
            "setMonitoringData": [
                {"component": {"name": "EVSE", "evse": {"id": 1}}, "variable": {"name": "Power"},
                 "type": "Delta", "value": 1000, "severity": 7},
                {"component": {"name": "EVSE", "evse": {"id": 2}}, "variable": {"name": "Power"},
                 "type": "Periodic", "value": 60, "severity": 8},
                {"component": {"name": "Connector", "evse": {"id": 2, "connectorId": 1}},
                 "variable": {"name": "Temperature"}, "type": "LowerThreshold", "value": 0, "severity": 4,
                 "transaction": True},
            ]
        }
    )  # fmt: skip
    assert [r["status"] for r in answer["setMonitoringResult"]] == ["Accepted"] * 3
    t0 = dt.datetime(2026, 12, 7, 12, 0, tzinfo=dt.UTC)
    ch.connectors[1].electrics.power_w = 0.0
    ch.connectors[2].electrics.temperature = -5.0  # below 0, but no transaction: not watched
    assert m.due(t0) == []  # the first look only sets the references
    ch.connectors[1].electrics.power_w = 600.0
    assert m.due(t0 + dt.timedelta(seconds=30)) == []  # a change of less than 1000 W
    ch.connectors[1].electrics.power_w = 7400.0
    [delta] = m.due(t0 + dt.timedelta(seconds=45))
    assert (delta["trigger"], delta["actualValue"], delta["eventNotificationType"]) == (
        "Delta", "7400", "CustomMonitor",
    )  # fmt: skip
    [periodic] = m.due(t0 + dt.timedelta(seconds=61))
    assert periodic["trigger"] == "Periodic" and periodic["component"] == {"name": "EVSE", "evse": {"id": 2}}

    # the level: a monitor less severe is not reported; the base: custom monitors removed, hard-wired kept
    await m.on_set_monitoring_level({"severity": 7})
    assert m.due(t0 + dt.timedelta(seconds=200)) == []  # the periodic one (8) is not sent
    await m.on_set_monitoring_base({"monitoringBase": "FactoryDefault"})
    assert sorted(m.monitors) == [1, 2] and all(x.kind == "hard" for x in m.monitors.values())
    ch.connectors[2].electrics.temperature = 95.0
    [hot] = m.due(t0 + dt.timedelta(seconds=300))
    assert hot["eventNotificationType"] == "HardWiredMonitor" and hot["variableMonitoringId"] == 2
    answer = await m.on_get_monitoring_report({"requestId": 1, "monitoringCriteria": ["DeltaMonitoring"]})
    assert answer == {"status": "EmptyResultSet"}
