"""Issue 13 (part B): every transaction frame answered, one bad item never takes a batch's group commit down,
finite meter values, implausible sessions flagged, sessions that cannot lock a card, samples stored once."""

from __future__ import annotations

import asyncio
import datetime as dt
import threading

from integration.conftest_ocpp import add_station, iso, now, sim_charger
from ocpp.v16 import call
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db import Database
from app.models import ChargingSession, User
from app.services.central.system import CentralSystem
from app.services.central.writer import StoreWriter


def stop(tx_id: int, meter: int, at: dt.datetime) -> call.StopTransaction:
    return call.StopTransaction(meter_stop=meter, timestamp=iso(at), transaction_id=tx_id, reason="Local")


async def test_foreign_and_stale_stop_transactions_are_always_answered(
    db: Database, central: CentralSystem
) -> None:
    """A charger re-sending StopTransaction for ids it does not own (another charger's, or from before a
    database reset) with new values each time gets an answer every time, never InternalError."""
    add_station(db, "CP-A")
    add_station(db, "CP-B")
    async with sim_charger(central.url, "CP-A") as a, sim_charger(central.url, "CP-B") as b:
        theirs = await a.cp.call(
            call.StartTransaction(connector_id=1, id_tag="T1", meter_start=100, timestamp=iso(now()))
        )
        for i in range(4):
            at = now() - dt.timedelta(minutes=10 - i)
            await b.cp.call(stop(theirs.transaction_id, 5000 + i, at))  # another charger's transaction
            await b.cp.call(stop(777_777, 9000 + i, at))  # a transaction from before a database reset
            await b.cp.call(stop(-1, 100 + i, at))  # -1: valid, the charger had no id
    with db.session() as s:
        own = s.get(ChargingSession, theirs.transaction_id)
        assert own is not None and own.status == "active" and own.meter_stop_wh is None  # untouched
        foreign = s.scalars(
            select(ChargingSession)
            .where(ChargingSession.charge_point_id == "CP-B")
            .order_by(ChargingSession.id)
        ).all()
        # one flagged session per foreign id (the re-sends are repeated stops of it), one per distinct -1 stop
        by_uid = [r for r in foreign if r.transaction_uid in (str(theirs.transaction_id), "777777")]
        assert len(by_uid) == 2
        assert all("unknown_transaction" in r.flags and "repeated_stop" in r.flags for r in by_uid)
        no_id = [r for r in foreign if r not in by_uid]
        assert len(no_id) == 4 and all("unknown_transaction" in r.flags for r in no_id)
        assert sorted(r.meter_stop_wh or 0 for r in no_id) == [100, 101, 102, 103]


async def test_a_failing_item_is_isolated_and_the_batch_stays_one_commit(db: Database) -> None:
    writer = StoreWriter(db, flush_interval_s=0.05)
    writer.start()
    try:
        await writer.run(lambda s: s.add(User(name="Eva")))
        release, entered = threading.Event(), threading.Event()

        def block(s: Session) -> None:
            entered.set()
            release.wait(10)

        first = writer.submit(block)
        await asyncio.to_thread(entered.wait, 10)

        def duplicate(s: Session) -> None:
            s.add(User(name="Eva"))
            s.flush()

        goods = [writer.submit(lambda s, i=i: s.add(User(name=f"user {i}"))) for i in range(20)]
        bad = writer.submit(duplicate)
        more = [writer.submit(lambda s, i=i: s.add(User(name=f"later {i}"))) for i in range(20)]
        commits = writer.stats.commits
        release.set()
        await asyncio.gather(first, *goods, *more)
        assert (await asyncio.gather(bad, return_exceptions=True))[0].__class__.__name__ == "IntegrityError"
        # the block's batch, then the 41 items in one commit (not one transaction per row)
        assert writer.stats.commits - commits == 2
        assert writer.stats.failed_items == 1
        with db.session() as s:
            assert s.scalar(select(func.count()).select_from(User)) == 41
    finally:
        await writer.stop()
