"""The 2.0.1 monitoring payloads the console builds pass the OCPP schema, and a monitor that is not one is refused
before anything is built (the operations raise InvalidRequest with the same words: the integration test)."""

from __future__ import annotations

import json
from typing import Any

import pytest
from ocpp.messages import get_validator

from app.ocpp.v201 import monitoring as mon

PAYLOADS: list[tuple[str, dict[str, Any]]] = [
    (
        "SetVariableMonitoring",
        mon.set_variable_monitoring(
            [
                {
                    "component": "Connector",
                    "evse_id": 1,
                    "connector_id": 1,
                    "variable": "Temperature",
                    "type": "UpperThreshold",
                    "value": 80,
                    "severity": 3,
                },
                {
                    "component": {"name": "EVSE", "evse": {"id": 2}},
                    "variable": {"name": "Power"},
                    "type": "Delta",
                    "value": "500",
                    "severity": 8,
                    "transaction": True,
                    "id": 101,
                },
            ]
        ),
    ),
    ("ClearVariableMonitoring", mon.clear_variable_monitoring([101, 102])),
    ("GetMonitoringReport", mon.get_monitoring_report(7)),
    (
        "GetMonitoringReport",
        mon.get_monitoring_report(
            8,
            ["ThresholdMonitoring", "DeltaMonitoring"],
            [{"component": {"name": "Connector", "evse": {"id": 1}}, "variable": {"name": "Temperature"}}],
        ),
    ),
]


@pytest.mark.parametrize(
    ("action", "payload"), PAYLOADS, ids=[f"{a}-{n}" for n, (a, _) in enumerate(PAYLOADS)]
)
def test_each_payload_passes_the_201_schema(action: str, payload: dict[str, Any]) -> None:
    validator = get_validator(2, action, "2.0.1")
    assert [e.message for e in validator.iter_errors(json.loads(json.dumps(payload)))] == []


@pytest.mark.parametrize(
    ("monitor", "problem"),
    [
        ({"variable": "Power", "type": "Delta", "value": 1}, "a component and a variable are needed"),
        ({"component": "EVSE", "variable": "Power", "type": "Sometimes", "value": 1}, "not one of"),
        ({"component": "EVSE", "variable": "Power", "type": "Delta", "value": "lots"}, "is not a number"),
        ({"component": "EVSE", "variable": "Power", "type": "Delta", "value": "nan"}, "not a finite number"),
        ({"component": "EVSE", "variable": "Power", "type": "Periodic", "value": 0}, "needs a value above 0"),
        (
            {"component": "EVSE", "variable": "Power", "type": "Delta", "value": 1, "severity": 10},
            "is not 0..9",
        ),
    ],
)
def test_a_monitor_that_is_not_one_is_refused(monitor: dict[str, Any], problem: str) -> None:
    with pytest.raises(mon.MonitorProblem, match=problem):
        mon.set_variable_monitoring([monitor])


def test_where_reads_like_an_operator_says_it() -> None:
    assert mon.where("Connector", "", 1, 1, "Temperature") == "Connector 1 / Temperature"
    assert mon.where("EVSE", "", 2, None, "Power") == "EVSE 2 / Power"
    assert (
        mon.where("TempSensor", "inlet", 1, None, "Temperature") == "TempSensor[inlet] (EVSE 1) / Temperature"
    )
    assert (
        mon.where("OCPPCommCtrlr", "", None, None, "HeartbeatInterval") == "OCPPCommCtrlr / HeartbeatInterval"
    )
