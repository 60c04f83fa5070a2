"""OCPP 2.0.1 variable monitoring and NotifyEvent through the real central system and the project's 2.0.1
simulator: monitors set, reported (NotifyMonitoringReport in parts) and cleared; a threshold crossed sends a
NotifyEvent that is stored before it is answered and read back by the service, then the cleared one; a NotifyEvent
in parts; a malformed one refused with the right CallError and nothing lost."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
from typing import Any

import pytest
from sqlalchemy import select

from app.db import Database
from app.models import AuditEntry, OperatorRole
from app.ocpp.events import ChargerEventReceived
from app.ocpp.v201 import MonitorsReported
from app.services.alarms.events import AlarmChanged
from app.services.central.system import CentralSystem
from app.services.chargers.monitoring import MonitorForm
from app.services.chargers.operations import InvalidRequest, OperationNotSupported
from app.services.chargers.service import ChargersService
from app.services.roles import NotAllowed, Principal
from app.services.store import Store
from app.simulator.api import VirtualCharger
from tests.helpers.ocpp import EventRecorder, add_station, iso, now, raw_client

FAST = {"speed": 600.0, "seed": 7, "first_idle_s": (0.0, 1.0), "reboot_s": 5.0, "reconnect_initial_s": 0.05}
CP = "MON-201"


def stored(db: Database, cp_id: str) -> list[dict[str, Any]]:
    with db.session() as s:
        rows = s.scalars(
            select(AuditEntry)
            .where(AuditEntry.entity_id == cp_id, AuditEntry.action == "charger_event")
            .order_by(AuditEntry.id)
        ).all()
        assert all(r.entity == "charger" for r in rows)
        return [dict(r.changes or {}) for r in rows]


async def test_a_monitor_fires_is_stored_shown_and_cleared(
    db: Database, central: CentralSystem, recorder: EventRecorder
) -> None:
    add_station(db, CP)
    ops = central.operations
    vc = VirtualCharger(central.url, CP, ocpp="2.0.1", connectors=2, **FAST)
    async with vc:
        await vc.wait_for("booted")
        await central.alarms.tick()  # the alarm engine reads the station's site and rules
        vc.set_temperature(1, 30.0)
        vc.set_temperature(2, 30.0)
        answer = await ops.set_variable_monitoring(
            CP,
            [
                {"component": "Connector", "evse_id": 1, "connector_id": 1, "variable": "Temperature",
                 "type": "UpperThreshold", "value": 80, "severity": 3},
                {"component": "Connector", "evse_id": 1, "connector_id": 1, "variable": "Temperature",
                 "type": "UpperThreshold", "value": 80, "severity": 3},
                {"component": "EVSE", "evse_id": 2, "variable": "Power", "type": "PeriodicClockAligned",
                 "value": 900, "severity": 8},
                {"component": "OCPPCommCtrlr", "variable": "HeartbeatInterval", "type": "Delta", "value": 10,
                 "severity": 8},
                {"component": "Fridge", "variable": "Door", "type": "Delta", "value": 1, "severity": 8},
            ],
        )  # fmt: skip
        statuses = [r["status"] for r in answer["setMonitoringResult"]]
        assert statuses == ["Accepted", "Duplicate", "UnsupportedMonitorType", "Rejected", "UnknownComponent"]
        mid = answer["setMonitoringResult"][0]["id"]
        assert [m.id for m in ops.reported_monitors(CP)] == [mid]

        # the whole report (hard-wired monitors 1 and 2 and ours) in parts replaces what was known
        for n in range(6):  # more variables than one part holds
            more = await ops.set_variable_monitoring(
                CP,
                [{"component": "EVSE", "evse_id": 1 + n % 2, "variable": "Power", "type": "LowerThreshold",
                  "value": -1 - n, "severity": 9}],
            )  # fmt: skip
            assert more["setMonitoringResult"][0]["status"] == "Accepted"
        assert (await ops.get_monitoring_report(CP, request_id=4242))["status"] == "Accepted"
        last = await recorder.wait(MonitorsReported, lambda e: e.request_id == 4242 and e.complete)
        assert last.seq_no >= 1  # it came in parts
        known = {m.id: m for m in ops.reported_monitors(CP)}
        assert {1, 2, mid} <= set(known) and len(known) == 9
        assert known[mid].type == "UpperThreshold" and known[mid].value == 80 and known[mid].severity == 3
        assert known[1].severity == 2 and known[1].where == "Connector 1 / Temperature"
        empty = await ops.get_monitoring_report(CP, criteria=["PeriodicMonitoring"])
        assert empty["status"] == "EmptyResultSet"

        # the threshold crossed: the event is stored before it is answered, shown by the service, an alarm kind
        vc.set_temperature(1, 85.0)
        fired = await recorder.wait(ChargerEventReceived, lambda e: e.monitor_id == mid)
        assert (fired.where, fired.actual_value, fired.cleared, fired.problem) == (
            "Connector 1 / Temperature", "85", False, True,
        )  # fmt: skip
        assert (fired.monitor_type, fired.monitor_value, fired.severity) == ("UpperThreshold", 80.0, 3)
        alarm = await recorder.wait(AlarmChanged, lambda e: e.kind == "charger_event" and e.state == "raised")
        assert alarm.cp_id == CP and "Connector 1 / Temperature = 85" in alarm.text
        vc.set_temperature(1, 70.0)
        cleared = await recorder.wait(ChargerEventReceived, lambda e: e.monitor_id == mid and e.cleared)
        assert not cleared.problem and cleared.actual_value == "70"
        await recorder.wait(AlarmChanged, lambda e: e.key == alarm.key and e.state == "cleared")

        # cleared on the charger: gone from the console's list; a hard-wired one cannot be cleared
        answer = await ops.clear_variable_monitoring(CP, [mid, 1, 999])
        assert [r["status"] for r in answer["clearMonitoringResult"]] == ["Accepted", "Rejected", "NotFound"]
        assert mid not in {m.id for m in ops.reported_monitors(CP)}
        # a viewer may read the monitors and refresh them, not change them (refused before anything is sent)
        viewer = Principal("vera", "Vera", OperatorRole.VIEWER, "desk", logged_in=True)
        watching = ChargersService(Store(db, principal=viewer), central).monitoring
        assert await watching.refresh(CP) == "Accepted"
        form = MonitorForm("EVSE", "Power", evse=1, type="UpperThreshold", value="7000", severity=4)
        assert watching.check(form) is None
        with pytest.raises(NotAllowed):
            await watching.add(CP, form)
        assert len(ops.reported_monitors(CP)) == 8
        # the level (monitors less severe than it stay quiet) and the base (custom monitors removed)
        assert (await ops.set_monitoring_level(CP, 4))["status"] == "Accepted"
        assert vc._monitors().level == 4
        assert (await ops.set_monitoring_base(CP, "FactoryDefault"))["status"] == "Accepted"
        await ops.get_monitoring_report(CP, request_id=4343)
        await recorder.wait(MonitorsReported, lambda e: e.request_id == 4343 and e.complete)
        assert [m.id for m in ops.reported_monitors(CP)] == [1, 2]
        with pytest.raises(InvalidRequest, match="not one of"):
            await ops.set_monitoring_base(CP, "Everything")
        with pytest.raises(InvalidRequest, match="not one of"):
            await ops.set_variable_monitoring(
                CP,
                [{"component": "EVSE", "evse_id": 1, "variable": "Power", "type": "Sometimes", "value": 1}],
            )

    service = ChargersService(Store(db), None)
    later = dt.datetime.now(dt.UTC) + dt.timedelta(seconds=1)
    shown = service.charger_events(CP, later)
    mine = [e for e in shown if e.monitor_id == mid]
    assert [e.cleared for e in mine] == [True, False]  # newest first
    assert mine[1].where == "Connector 1 / Temperature" and mine[1].actual_value == "85" and mine[1].problem
    rows = [r for r in stored(db, CP) if r.get("monitor_id") == mid]
    assert [r["cleared"] for r in rows] == [False, True]


async def test_an_event_in_parts_is_stored_once_and_a_16_charger_has_no_monitoring(
    db: Database, central: CentralSystem, recorder: EventRecorder
) -> None:
    add_station(db, CP)
    add_station(db, "MON-16")
    vc = VirtualCharger(central.url, CP, ocpp="2.0.1", **FAST)
    v16 = VirtualCharger(central.url, "MON-16", **FAST)
    async with vc, v16:
        await vc.wait_for("booted")
        await v16.wait_for("booted")
        m = vc._monitors()
        more = [
            m.event("EVSE", "Power", str(w), evse=1, trigger="Delta", notification="CustomMonitor")
            for w in (1, 2)
        ]
        answers = await vc.notify_event(
            "ChargingStation", "Problem", "true", tech_code="E42", tech_info="fan <stuck>", more=more, part=2
        )
        assert answers == [{}, {}]
        await recorder.wait(ChargerEventReceived, lambda e: e.actual_value == "2")
        with pytest.raises(OperationNotSupported, match="no variable monitoring"):
            await central.operations.get_monitoring_report("MON-16")
    rows = stored(db, CP)
    assert [r["actual_value"] for r in rows] == ["true", "1", "2"]
    assert rows[0]["tech_code"] == "E42" and rows[0]["tech_info"] == "fan <stuck>" and not rows[0]["problem"]


async def test_a_resent_part_is_not_stored_twice_and_a_malformed_event_is_refused(
    db: Database, central: CentralSystem
) -> None:
    add_station(db, CP)
    event = {
        "eventId": 7,
        "timestamp": iso(now()),
        "trigger": "Alerting",
        "actualValue": "85",
        "eventNotificationType": "CustomMonitor",
        "component": {"name": "Connector", "evse": {"id": 1, "connectorId": 1}},
        "variable": {"name": "Temperature"},
        "variableMonitoringId": 101,
    }
    body = {"generatedAt": iso(now()), "seqNo": 0, "tbc": True, "eventData": [event]}
    async with raw_client(central.url, CP, subprotocols=["ocpp2.0.1"]) as ws:
        for attempt in ("m-1", "m-2"):  # the same part twice (an answer lost): stored once
            await ws.send(json.dumps([2, attempt, "NotifyEvent", body]))
            assert json.loads(await ws.recv()) == [3, attempt, {}]
        bad = {**body, "seqNo": 1, "eventData": [{k: v for k, v in event.items() if k != "trigger"}]}
        await ws.send(json.dumps([2, "m-3", "NotifyEvent", bad]))
        error = json.loads(await ws.recv())
        assert error[:3] == [4, "m-3", "OccurrenceConstraintViolation"], error
        late = {
            **body,
            "seqNo": 1,
            "tbc": False,
            "eventData": [{**event, "eventId": 8, "timestamp": "yesterday"}],
        }
        await ws.send(json.dumps([2, "m-4", "NotifyEvent", late]))
        error = json.loads(await ws.recv())
        assert error[:2] == [4, "m-4"] and error[2] in ("PropertyConstraintViolation", "FormatViolation"), (
            error
        )
        fixed = {**body, "seqNo": 1, "tbc": False, "eventData": [{**event, "eventId": 8, "cleared": True}]}
        await ws.send(json.dumps([2, "m-5", "NotifyEvent", fixed]))  # the charger sends it again, right
        assert json.loads(await ws.recv()) == [3, "m-5", {}]
    rows = stored(db, CP)
    assert [(r["event_id"], r["cleared"]) for r in rows] == [(7, False), (8, True)]
    assert rows[0]["problem"] and rows[0]["where"] == "Connector 1 / Temperature"


@pytest.mark.expect_log(r"10 of 70 events not stored", logger="app.services.central.system")
async def test_a_flood_of_events_is_bounded_per_charger(db: Database, central: CentralSystem) -> None:
    add_station(db, CP)

    def event(i: int) -> dict[str, Any]:
        return {
            "eventId": i,
            "timestamp": iso(now()),
            "trigger": "Delta",
            "actualValue": str(i),
            "eventNotificationType": "CustomMonitor",
            "component": {"name": "EVSE", "evse": {"id": 1}},
            "variable": {"name": "Power"},
        }

    async with raw_client(central.url, CP, subprotocols=["ocpp2.0.1"]) as ws:
        body = {"generatedAt": iso(now()), "seqNo": 0, "eventData": [event(i) for i in range(70)]}
        await ws.send(json.dumps([2, "f-1", "NotifyEvent", body]))
        assert json.loads(await ws.recv()) == [3, "f-1", {}]  # answered, the rest counted
        assert len(stored(db, CP)) == 60
        await asyncio.sleep(1.1)  # one a second comes back
        body = {"generatedAt": iso(now()), "seqNo": 0, "eventData": [event(70)]}
        await ws.send(json.dumps([2, "f-2", "NotifyEvent", body]))
        assert json.loads(await ws.recv()) == [3, "f-2", {}]
    rows = stored(db, CP)
    assert len(rows) == 61 and rows[-1]["actual_value"] == "70" and rows[-1]["not_stored_before"] == 10
