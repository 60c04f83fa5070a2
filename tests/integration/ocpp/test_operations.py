"""Every operation to a charger, round trip: the simulated charger (``ocpp`` package) answers with @on handlers."""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import Awaitable, Callable
from typing import Any

import pytest
from ocpp.v16 import call, call_result

from app.db import Database
from app.services.central.system import CentralSystem
from app.services.chargers.operations import (
    ChargerCallError,
    ChargerOffline,
    ChargerTimeout,
    InvalidRequest,
    Operations,
)
from tests.helpers.ocpp import CentralFactory, add_station, sim_charger, wait_until

PROFILE = {
    "chargingProfileId": 7,
    "stackLevel": 1,
    "chargingProfilePurpose": "TxDefaultProfile",
    "chargingProfileKind": "Absolute",
    "chargingSchedule": {
        "chargingRateUnit": "A",
        "chargingSchedulePeriod": [{"startPeriod": 0, "limit": 16.5}],
    },
}

Op = Callable[[Operations], Awaitable[dict[str, Any]]]

# operation, the action the charger saw, what it received (snake_case, as the package hands it), the answer
ROUND_TRIPS: list[tuple[Op, str, dict[str, Any], dict[str, Any]]] = [
    (
        lambda o: o.remote_start("CP-1", "TAG-1", 1),
        "RemoteStartTransaction",
        {"id_tag": "TAG-1", "connector_id": 1},
        {"status": "Accepted"},
    ),
    (
        lambda o: o.remote_stop("CP-1", 42),
        "RemoteStopTransaction",
        {"transaction_id": 42},
        {"status": "Accepted"},
    ),
    (lambda o: o.reset("CP-1", "Hard"), "Reset", {"type": "Hard"}, {"status": "Accepted"}),
    (lambda o: o.unlock_connector("CP-1", 2), "UnlockConnector", {"connector_id": 2}, {"status": "Unlocked"}),
    (
        lambda o: o.change_availability("CP-1", 0, "Inoperative"),
        "ChangeAvailability",
        {"connector_id": 0, "type": "Inoperative"},
        {"status": "Accepted"},
    ),
    (
        lambda o: o.get_configuration("CP-1", ["HeartbeatInterval"]),
        "GetConfiguration",
        {"key": ["HeartbeatInterval"]},
        {"configurationKey": [{"key": "HeartbeatInterval", "readonly": False, "value": "300"}]},
    ),
    (
        lambda o: o.change_configuration("CP-1", "MeterValueSampleInterval", "60"),
        "ChangeConfiguration",
        {"key": "MeterValueSampleInterval", "value": "60"},
        {"status": "Accepted"},
    ),
    (lambda o: o.clear_cache("CP-1"), "ClearCache", {}, {"status": "Accepted"}),
    (
        lambda o: o.trigger_message("CP-1", "StatusNotification", 1),
        "TriggerMessage",
        {"requested_message": "StatusNotification", "connector_id": 1},
        {"status": "Accepted"},
    ),
    (
        lambda o: o.data_transfer("CP-1", "com.example", "ping", "x"),
        "DataTransfer",
        {"vendor_id": "com.example", "message_id": "ping", "data": "x"},
        {"status": "Accepted", "data": "pong"},
    ),
    (
        lambda o: o.update_firmware(
            "CP-1", "http://192.168.1.10:8080/fw.bin", dt.datetime(2026, 5, 1, 12, tzinfo=dt.UTC), retries=2
        ),
        "UpdateFirmware",
        {
            "location": "http://192.168.1.10:8080/fw.bin",
            "retrieve_date": "2026-05-01T12:00:00.000Z",
            "retries": 2,
        },
        {},
    ),
    (
        lambda o: o.get_diagnostics("CP-1", "http://192.168.1.10:8080/upload"),
        "GetDiagnostics",
        {"location": "http://192.168.1.10:8080/upload"},
        {"fileName": "diag.zip"},
    ),
    (
        lambda o: o.send_local_list(
            "CP-1", 3, "Full", [{"idTag": "TAG-1", "idTagInfo": {"status": "Accepted"}}]
        ),
        "SendLocalList",
        {
            "list_version": 3,
            "update_type": "Full",
            "local_authorization_list": [{"id_tag": "TAG-1", "id_tag_info": {"status": "Accepted"}}],
        },
        {"status": "Accepted"},
    ),
    (lambda o: o.get_local_list_version("CP-1"), "GetLocalListVersion", {}, {"listVersion": 3}),
    (
        lambda o: o.reserve_now("CP-1", 1, dt.datetime(2026, 5, 1, 13, tzinfo=dt.UTC), "TAG-1", 11),
        "ReserveNow",
        {
            "connector_id": 1,
            "expiry_date": "2026-05-01T13:00:00.000Z",
            "id_tag": "TAG-1",
            "reservation_id": 11,
        },
        {"status": "Accepted"},
    ),
    (
        lambda o: o.cancel_reservation("CP-1", 11),
        "CancelReservation",
        {"reservation_id": 11},
        {"status": "Accepted"},
    ),
    (
        lambda o: o.set_charging_profile("CP-1", 1, PROFILE),
        "SetChargingProfile",
        {"connector_id": 1},
        {"status": "Accepted"},
    ),
    (
        lambda o: o.clear_charging_profile("CP-1", profile_id=7),
        "ClearChargingProfile",
        {"id": 7},
        {"status": "Accepted"},
    ),
    (
        lambda o: o.get_composite_schedule("CP-1", 1, 3600, "A"),
        "GetCompositeSchedule",
        {"connector_id": 1, "duration": 3600, "charging_rate_unit": "A"},
        {"status": "Accepted", "connectorId": 1},
    ),
]


async def test_every_operation_round_trip(db: Database, central: CentralSystem) -> None:
    add_station(db, "CP-1")
    async with sim_charger(central.url, "CP-1") as c:
        for op, action, received, answer in ROUND_TRIPS:
            got = await op(central.operations)
            assert {k: got[k] for k in answer} == answer, action
            seen_action, kwargs = c.cp.received[-1]
            assert seen_action == action
            assert {k: kwargs[k] for k in received} == received, action
    assert len(c.cp.received) == len(ROUND_TRIPS)
    profile = next(kw for a, kw in c.cp.received if a == "SetChargingProfile")["cs_charging_profiles"]
    assert profile["charging_schedule"]["charging_schedule_period"][0]["limit"] == 16.5


@pytest.mark.expect_log(r"answer to an unknown or expired call", logger="app.ocpp.chargepoint")
async def test_offline_timeout_refusal_and_invalid_request(db: Database, central: CentralSystem) -> None:
    add_station(db, "CP-1")
    with pytest.raises(ChargerOffline):
        await central.operations.reset("CP-1")
    async with sim_charger(central.url, "CP-1") as c:
        c.cp.delay["Reset"] = 0.5
        with pytest.raises(ChargerTimeout, match=r"CP-1 did not answer Reset within 0.2 s"):
            await central.operations.reset("CP-1", timeout=0.2)
        with pytest.raises(InvalidRequest):  # not a 1.6 reset type: nothing is sent
            await central.operations.reset("CP-1", "Sideways")
        c.cp.delay.clear()
        c.cp.answers["ClearCache"] = call_result.ClearCache(status="Rejected")
        assert await central.operations.clear_cache("CP-1") == {"status": "Rejected"}
    with pytest.raises(ChargerOffline):
        await central.operations.clear_cache("CP-1")


async def test_charger_call_error_is_reported(db: Database, central: CentralSystem) -> None:
    add_station(db, "CP-1")
    async with sim_charger(central.url, "CP-1") as c:
        c.cp.route_map.pop("ClearCache")  # this charger does not implement ClearCache
        with pytest.raises(ChargerCallError) as e:
            await central.operations.clear_cache("CP-1")
        assert e.value.code == "NotImplemented"


async def test_one_call_at_a_time_and_no_deadlock_with_incoming(
    db: Database, central_factory: CentralFactory
) -> None:
    add_station(db, "CP-1")
    cs = await central_factory(call_timeout_s=5)
    async with sim_charger(cs.url, "CP-1") as c:
        c.cp.delay["Reset"] = 0.2
        # two operations at once, while the charger itself keeps sending: serialised, both answered
        results = await asyncio.gather(
            cs.operations.reset("CP-1"),
            cs.operations.clear_cache("CP-1"),
            c.cp.call(call.Heartbeat()),
            c.cp.call(call.Heartbeat()),
        )
        assert results[0] == {"status": "Accepted"} and results[1] == {"status": "Accepted"}
        assert [a for a, _ in c.cp.received] == ["Reset", "ClearCache"]


async def test_disconnect_while_waiting_fails_fast(db: Database, central: CentralSystem) -> None:
    add_station(db, "CP-1")
    async with sim_charger(central.url, "CP-1") as c:
        c.cp.delay["Reset"] = 5.0
        pending = asyncio.ensure_future(central.operations.reset("CP-1"))
        await wait_until(lambda: any(a == "Reset" for a, _ in c.cp.received))
        await c.connection.close()
        with pytest.raises(ChargerOffline):
            await asyncio.wait_for(pending, 3)
