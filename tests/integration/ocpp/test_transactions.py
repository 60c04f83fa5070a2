"""Transactions and their idempotency: re-sent StartTransaction, unknown or repeated StopTransaction, refused
tags, clock skew."""

from __future__ import annotations

import datetime as dt

import pytest
from ocpp.v16 import call
from sqlalchemy import func, select

from app.db import Database
from app.models import ChargingSession
from app.ocpp.events import SessionStarted, SessionStopped
from app.services.central.system import CentralSystem
from tests.helpers.ocpp import EventRecorder, add_station, iso, now, sim_charger


def start(
    tag: str = "UNKNOWN-1", at: dt.datetime | None = None, meter: int = 1000, connector: int = 1
) -> call.StartTransaction:
    return call.StartTransaction(
        connector_id=connector, id_tag=tag, meter_start=meter, timestamp=iso(at or now())
    )


@pytest.mark.expect_log(  # the different start on the same connector closes the first (issue 13)
    r"closed without a StopTransaction: a new transaction started", logger="app.services.central.store"
)
async def test_start_resent_after_reconnect_gets_the_same_transaction_id(
    db: Database, central: CentralSystem, recorder: EventRecorder
) -> None:
    add_station(db, "CP-1")
    t0 = now() - dt.timedelta(seconds=30)
    async with sim_charger(central.url, "CP-1") as c:
        first = await c.cp.call(start(at=t0))
    async with sim_charger(central.url, "CP-1") as c:  # the reply was lost; the charger re-sends as it was
        again = await c.cp.call(start(at=t0))
        other = await c.cp.call(start(at=t0 + dt.timedelta(seconds=5), meter=1001))  # a different one
    assert again.transaction_id == first.transaction_id
    assert again.id_tag_info == first.id_tag_info
    assert other.transaction_id != first.transaction_id
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(ChargingSession)) == 2
    assert len(recorder.of(SessionStarted)) == 2  # the repeat is not a new session


async def test_refused_tag_still_gets_a_transaction_id(db: Database, central: CentralSystem) -> None:
    add_station(db, "CP-1")
    async with sim_charger(central.url, "CP-1") as c:
        answer = await c.cp.call(start(tag="NOBODY"))
    assert answer.id_tag_info["status"] == "Invalid"
    assert isinstance(answer.transaction_id, int) and answer.transaction_id > 0
    with db.session() as s:
        row = s.get(ChargingSession, answer.transaction_id)
        assert row is not None and row.auth_status == "Invalid" and "unknown" in row.decision_reason


@pytest.mark.expect_log(r"StopTransaction for unknown transaction", logger="app.services.central.store")
async def test_stop_for_unknown_transaction_is_answered_stored_and_flagged(
    db: Database, central: CentralSystem, recorder: EventRecorder
) -> None:
    add_station(db, "CP-1")
    t1 = now() - dt.timedelta(minutes=5)
    async with sim_charger(central.url, "CP-1") as c:
        for tx_id in (987654, -1):
            stop = call.StopTransaction(
                meter_stop=5000 + tx_id % 7,
                timestamp=iso(t1),
                transaction_id=tx_id,
                reason="PowerLoss",
                transaction_data=[
                    {"timestamp": iso(t1 - dt.timedelta(minutes=30)), "sampledValue": [{"value": "2000"}]}
                ],
            )
            answer = await c.cp.call(stop)
            assert answer.id_tag_info is None
            assert await c.cp.call(stop) is not None  # the retry is answered too, and stored once
    with db.session() as s:
        rows = s.scalars(select(ChargingSession).order_by(ChargingSession.id)).all()
        assert len(rows) == 2
        assert all("unknown_transaction" in r.flags and r.status == "completed" for r in rows)
        assert [r.transaction_uid for r in rows] == ["987654", "-1"]
        assert rows[0].meter_start_wh == 2000.0 and rows[0].energy_wh == 5000 + 987654 % 7 - 2000
        assert rows[0].start_at == t1.replace(microsecond=t1.microsecond // 1000 * 1000) - dt.timedelta(
            minutes=30
        )
    assert [e.flags for e in recorder.of(SessionStopped)] == ["unknown_transaction", "unknown_transaction"]


@pytest.mark.expect_log(
    r"StopTransaction for already closed transaction", logger="app.services.central.store"
)
async def test_stop_twice_changes_nothing_the_second_time(db: Database, central: CentralSystem) -> None:
    add_station(db, "CP-1")
    t0 = now() - dt.timedelta(minutes=10)
    async with sim_charger(central.url, "CP-1") as c:
        tx = (await c.cp.call(start(at=t0))).transaction_id
        stop = call.StopTransaction(
            meter_stop=4000, timestamp=iso(t0 + dt.timedelta(minutes=5)), transaction_id=tx
        )
        await c.cp.call(stop)
        await c.cp.call(stop)  # retried after a lost reply: same values, no flag
        await c.cp.call(call.StopTransaction(meter_stop=9000, timestamp=iso(now()), transaction_id=tx))
    with db.session() as s:
        row = s.get(ChargingSession, tx)
        assert row is not None and row.meter_stop_wh == 4000.0 and row.energy_wh == 3000.0
        assert row.flags.split(",") == ["repeated_stop"]  # the third, different one is flagged, not applied


@pytest.mark.expect_log(r"timestamp .* is implausible \(clock skew\)", logger="app.ocpp.chargepoint")
async def test_clock_skew_is_tolerated(db: Database, central: CentralSystem) -> None:
    add_station(db, "CP-1")
    reset_clock = dt.datetime(2000, 1, 1, tzinfo=dt.UTC)  # an RTC that lost its time
    async with sim_charger(central.url, "CP-1") as c:
        first = await c.cp.call(start(at=reset_clock))
        again = await c.cp.call(start(at=reset_clock))  # re-sent: still recognised
        assert again.transaction_id == first.transaction_id
        await c.cp.call(
            call.StopTransaction(
                meter_stop=2000,
                timestamp=iso(reset_clock + dt.timedelta(hours=1)),
                transaction_id=first.transaction_id,
            )
        )
    with db.session() as s:
        row = s.get(ChargingSession, first.transaction_id)
        assert row is not None and "clock_skew" in row.flags
        assert abs((row.start_at - now()).total_seconds()) < 60  # our receive time, not the year 2000
        assert row.stop_at is not None and row.stop_at >= row.start_at and row.energy_wh == 1000.0


async def test_minimal_messages_without_optional_fields(db: Database, central: CentralSystem) -> None:
    add_station(db, "CP-1")
    async with sim_charger(central.url, "CP-1") as c:
        tx = (await c.cp.call(start())).transaction_id
        answer = await c.cp.call(
            call.StopTransaction(meter_stop=1500, timestamp=iso(now()), transaction_id=tx)
        )
        assert answer is not None
    with db.session() as s:
        row = s.get(ChargingSession, tx)
        assert row is not None and row.stop_reason == "Local"  # the 1.6 default when reason is absent
