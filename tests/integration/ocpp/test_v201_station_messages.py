"""2.0.1 messages a station sends that no other test runs through the real central system: its own MeterValues
(no transaction), DataTransfer to the central system and NotifyEvent. The station is the ``ocpp`` package's
(tests/helpers/sim201.py), so the frames are the package's, validated by the central system in strict mode."""

from __future__ import annotations

from ocpp.v201 import call as call201
from sqlalchemy import select

from app.db import Database
from app.models import MeterValue
from app.ocpp.backend import DataTransferResult
from app.services.central.system import CentralSystem
from tests.helpers.ocpp import add_station, iso, now
from tests.helpers.sim201 import energy, sim201


async def test_meter_values_of_the_station_are_stored_without_a_session(
    db: Database, central: CentralSystem
) -> None:
    add_station(db, "CS-1")
    async with sim201(central.url, "CS-1") as c:
        await c.cp.boot()
        answer = await c.cp.call(
            call201.MeterValues(evse_id=0, meter_value=[energy(123456.0, now(), context="Sample.Clock")])
        )
        assert answer is not None
    await central.store.flush()
    with db.session() as s:
        rows = s.scalars(
            select(MeterValue).where(MeterValue.measurand == "Energy.Active.Import.Register")
        ).all()
        assert [(r.session_id, r.connector_id, r.value, r.context) for r in rows] == [
            (None, 0, 123456.0, "Sample.Clock")
        ]


async def test_data_transfer_from_the_station(central: CentralSystem, db: Database) -> None:
    add_station(db, "CS-1")
    central.register_data_transfer(
        "com.example", lambda cp, mid, data: DataTransferResult("Accepted", f"echo {data}")
    )
    async with sim201(central.url, "CS-1") as c:
        await c.cp.boot()
        unknown = await c.cp.call(call201.DataTransfer(vendor_id="com.other", message_id="x", data="y"))
        assert unknown.status == "UnknownVendorId"
        known = await c.cp.call(call201.DataTransfer(vendor_id="com.example", data="hello"))
        assert (known.status, known.data) == ("Accepted", "echo hello")
        as_json = await c.cp.call(call201.DataTransfer(vendor_id="com.example", data={"a": 1}))
        assert (as_json.status, as_json.data) == ("Accepted", 'echo {"a":1}')  # 2.0.1 data: any JSON value


async def test_notify_event_is_answered(central: CentralSystem, db: Database) -> None:
    add_station(db, "CS-1")
    event = {
        "eventId": 1,
        "timestamp": iso(now()),
        "trigger": "Alerting",
        "actualValue": "Faulted",
        "eventNotificationType": "HardWiredNotification",
        "component": {"name": "Connector", "evse": {"id": 1, "connectorId": 1}},
        "variable": {"name": "AvailabilityState"},
    }
    async with sim201(central.url, "CS-1") as c:
        await c.cp.boot()
        answer = await c.cp.call(call201.NotifyEvent(generated_at=iso(now()), seq_no=0, event_data=[event]))
        assert answer is not None  # (an empty NotifyEventResponse; a CallError would raise)
