"""A running session's MeterValues go in the store writer's next batch, so its StopTransaction finds them without
flushing the telemetry buffers first; readings a batch could not write are buffered and that stop flushes them."""

from __future__ import annotations

import datetime as dt
import threading
from typing import Any

import pytest
from ocpp.v16 import call
from sqlalchemy import select
from sqlalchemy.exc import OperationalError

from app.db import Database
from app.models import ChargingSession, MeterValue
from app.ocpp.backend import StartTx
from app.services.central import store as db_ops
from app.services.central.system import CentralSystem
from app.services.central.writer import StoreUnavailable
from tests.helpers.ocpp import add_station, iso, now, sim_charger, wait_until


def readings(tx_id: int | None, at: dt.datetime, watts: str, wh: str) -> call.MeterValues:
    return call.MeterValues(
        connector_id=1,
        transaction_id=tx_id,
        meter_value=[
            {
                "timestamp": iso(at),
                "sampledValue": [
                    {"value": watts, "measurand": "Power.Active.Import", "unit": "W"},
                    {"value": wh, "measurand": "Energy.Active.Import.Register", "unit": "Wh"},
                ],
            }
        ],
    )


async def charge(central: CentralSystem, forced: list[bool]) -> int:
    """Start, a connector-level reading, the session's readings, stop at once; returns the transaction id."""
    t0 = now() - dt.timedelta(minutes=30)
    async with sim_charger(central.url, "CP-1") as c:
        started = await c.cp.call(
            call.StartTransaction(connector_id=1, id_tag="T1", meter_start=1000, timestamp=iso(t0)),
            suppress=False,
        )
        tx = started.transaction_id
        await c.cp.call(readings(None, t0 + dt.timedelta(minutes=1), "10", "1000"), suppress=False)
        await c.cp.call(readings(tx, t0 + dt.timedelta(minutes=10), "7000", "2000"), suppress=False)
        await c.cp.call(readings(tx, t0 + dt.timedelta(minutes=20), "6500", "3000"), suppress=False)
        forced.clear()  # the flushes the stop asks for from here on
        await c.cp.call(
            call.StopTransaction(
                meter_stop=3500,
                timestamp=iso(t0 + dt.timedelta(minutes=25)),
                transaction_id=tx,
                reason="Local",
            ),
            suppress=False,
        )
    return int(tx)


def count_forced_flushes(central: CentralSystem) -> list[bool]:
    forced: list[bool] = []
    original = central.store._flush_telemetry

    def flush(force: bool = False) -> None:
        if force:
            forced.append(True)
        original(force)

    central.store._flush_telemetry = flush  # type: ignore[method-assign]
    return forced


def stored(db: Database, tx: int) -> tuple[ChargingSession, list[tuple[float, int | None]]]:
    with db.session() as s:
        session = s.get(ChargingSession, tx)
        assert session is not None
        s.expunge(session)
        rows = s.execute(select(MeterValue.value, MeterValue.session_id).order_by(MeterValue.id)).all()
        return session, [(r[0], r[1]) for r in rows]


async def test_the_stop_finds_its_readings_without_flushing_the_buffers(
    db: Database, central: CentralSystem
) -> None:
    add_station(db, "CP-1")
    forced = count_forced_flushes(central)
    tx = await charge(central, forced)
    assert forced == []  # the stop did not flush the telemetry buffers first
    session, rows = stored(db, tx)
    # its highest power comes from the readings: they were stored before the stop ran
    assert session.status == "completed" and session.max_power_w == 7000.0 and session.energy_wh == 2500.0
    assert rows == [(10.0, None), (1000.0, None), (7000.0, tx), (2000.0, tx), (6500.0, tx), (3000.0, tx)]


@pytest.mark.expect_log(r"database unavailable", logger="app.services.central", level="ERROR")
@pytest.mark.expect_log(r"reachable again", logger="app.services.central")
async def test_readings_the_database_did_not_take_are_buffered_and_flushed_before_the_stop(
    db: Database, central: CentralSystem, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The database goes away while a batch writes a session's readings: they are kept in the telemetry buffer,
    and that session's StopTransaction (sent once the charger's link to us works again) flushes it first."""
    add_station(db, "CP-1")
    failing = {"left": 1}
    original = db_ops.insert_readings

    def insert_failing_once(session: Any, rows: list[dict[str, Any]]) -> None:
        if rows[0]["session_id"] is not None and failing["left"]:
            failing["left"] -= 1
            raise OperationalError("INSERT INTO meter_values", {}, Exception("disk I/O error"))
        original(session, rows)

    monkeypatch.setattr(db_ops, "insert_readings", insert_failing_once)
    forced = count_forced_flushes(central)
    t0 = now() - dt.timedelta(minutes=30)
    async with sim_charger(central.url, "CP-1") as c:
        started = await c.cp.call(
            call.StartTransaction(connector_id=1, id_tag="T1", meter_start=1000, timestamp=iso(t0)),
            suppress=False,
        )
        tx = int(started.transaction_id)
        await c.cp.call(readings(tx, t0 + dt.timedelta(minutes=10), "7000", "2000"), suppress=False)
        await wait_until(lambda: tx in central.backend._buffered_samples and central.store.healthy)
        await c.cp.call(readings(tx, t0 + dt.timedelta(minutes=20), "6500", "3000"), suppress=False)
        forced.clear()
        await c.cp.call(
            call.StopTransaction(
                meter_stop=3500,
                timestamp=iso(t0 + dt.timedelta(minutes=25)),
                transaction_id=tx,
                reason="Local",
            ),
            suppress=False,
        )
    assert failing["left"] == 0 and forced == [True]
    session, rows = stored(db, tx)
    assert session.max_power_w == 7000.0 and session.energy_wh == 2500.0
    assert sorted(rows) == [(2000.0, tx), (3000.0, tx), (6500.0, tx), (7000.0, tx)]
    assert tx not in central.backend._buffered_samples  # forgotten once its stop is stored


async def test_a_message_s_write_expires_after_the_writer_s_timeout_and_the_writer_goes_on(
    db: Database, central: CentralSystem
) -> None:
    """The handlers' writes have no timer each: one sweep expires those the writer did not answer in time (a
    StartTransaction then gets no answer and the charger retries), and the work may still commit later."""
    add_station(db, "CP-1")
    async with sim_charger(central.url, "CP-1"):
        await wait_until(lambda: central.backend.accepted("CP-1"))
    central.store.work_timeout_s = 0.2
    release = threading.Event()
    blocked = central.store.submit(lambda s: release.wait(10))
    start = StartTx(connector_id=1, id_tag="T1", meter_start_wh=0.0, timestamp=now())
    try:
        with pytest.raises(StoreUnavailable, match="did not answer in time"):
            await central.backend.start_transaction("CP-1", start)
        with pytest.raises(StoreUnavailable, match="did not answer in time"):
            await central.backend.authorize("CP-1", "T1")
    finally:
        release.set()
    await blocked
    await central.store.flush()
    with (
        db.session() as s
    ):  # the expired start was still stored by the writer; a retry finds the same session
        stored_ids = s.scalars(select(ChargingSession.id)).all()
    assert len(stored_ids) == 1
    again = await central.backend.start_transaction("CP-1", start)
    assert again.transaction_id == stored_ids[0] and again.repeated
    await wait_until(lambda: not central.backend._deadlines and central.backend._sweeper is None)


async def test_readings_that_arrive_while_the_writer_is_busy_share_one_item_and_one_insert(
    db: Database, central: CentralSystem, monkeypatch: pytest.MonkeyPatch
) -> None:
    """MeterValues answered while the store writer works on an earlier batch join one queued item: their rows go
    in one insert, in the order they came, before the stop queued after them."""
    add_station(db, "CP-1")
    calls: list[int] = []
    original = db_ops.insert_readings

    def counting(session: Any, rows: list[dict[str, Any]]) -> None:
        calls.append(len(rows))
        original(session, rows)

    monkeypatch.setattr(db_ops, "insert_readings", counting)
    t0 = now() - dt.timedelta(minutes=30)
    async with sim_charger(central.url, "CP-1") as c:
        started = await c.cp.call(
            call.StartTransaction(connector_id=1, id_tag="T1", meter_start=1000, timestamp=iso(t0)),
            suppress=False,
        )
        tx = int(started.transaction_id)
        release = threading.Event()
        blocked = central.store.submit(lambda s: release.wait(10))
        try:
            for minute, watts, wh in ((5, "7000", "1500"), (10, "6500", "2000"), (15, "6000", "2500")):
                await c.cp.call(readings(tx, t0 + dt.timedelta(minutes=minute), watts, wh), suppress=False)
        finally:
            release.set()
        await blocked
        await c.cp.call(
            call.StopTransaction(
                meter_stop=3000,
                timestamp=iso(t0 + dt.timedelta(minutes=20)),
                transaction_id=tx,
                reason="Local",
            ),
            suppress=False,
        )
    assert calls == [6]  # three messages, two readings each: one item, one insert
    session, rows = stored(db, tx)
    assert session.max_power_w == 7000.0 and session.energy_wh == 2000.0
    assert rows == [(7000.0, tx), (1500.0, tx), (6500.0, tx), (2000.0, tx), (6000.0, tx), (2500.0, tx)]


def test_readings_after_the_writer_took_the_item_need_an_item_of_their_own(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.services.central.system import _Readings

    inserted: list[list[dict[str, Any]]] = []
    monkeypatch.setattr(db_ops, "insert_readings", lambda session, rows: inserted.append(list(rows)))
    first, second = {"session_id": 7, "value": 1.0}, {"session_id": 8, "value": 2.0}
    pending = _Readings(7, [first])
    assert pending.add(8, [second]) and pending.sessions == {7, 8}
    with db.session() as s:
        pending.insert(s)
        assert not pending.add(9, [{"session_id": 9, "value": 3.0}])  # taken: these rows need a new item
        pending.insert(s)  # a batch run once more inserts the same rows again
    assert inserted == [[first, second], [first, second]] and pending.sessions == {7, 8}
