"""The message log off the durable path: its own writer (and on SQLite its own file), read, paged and purged there."""

from __future__ import annotations

import asyncio
import datetime as dt
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

from ocpp.v16 import call
from sqlalchemy import func, select, text

from app.db import Database
from app.db.engine import sqlite_path
from app.db.message_log import message_log_database, message_log_path, prepare_message_log
from app.models import ChargingSession, OcppMessage
from app.services.central.system import CentralSystem
from tests.helpers.ocpp import add_station, iso, now, sim_charger
from tests.integration.ocpp.test_messages import add_user


def log_rows(database: Database) -> int:
    with database.session() as s:
        return int(s.scalar(select(func.count()).select_from(OcppMessage)) or 0)


async def test_frames_are_logged_off_the_main_sqlite_file_and_paged_back(
    db: Database, central: CentralSystem
) -> None:
    add_station(db, "CP-1")
    add_station(db, "CP-2")
    async with sim_charger(central.url, "CP-1") as c1, sim_charger(central.url, "CP-2") as c2:
        for i in range(5):
            await c1.cp.call(call.Heartbeat(), unique_id=f"a{i}")
            await c2.cp.call(call.Heartbeat(), unique_id=f"b{i}")
        await c1.cp.call(call.StatusNotification(connector_id=1, error_code="NoError", status="Available"))
    rows = await central.recent_messages(cp_id="CP-1", action="Heartbeat", direction="in", limit=2)
    assert [r.message_id for r in rows] == ["a4", "a3"]
    older = await central.recent_messages(
        cp_id="CP-1", action="Heartbeat", direction="in", limit=10, before_id=rows[-1].id
    )
    assert [r.message_id for r in older] == ["a2", "a1", "a0"]
    assert [r.message_id for r in await central.recent_messages(cp_id="CP-2", direction="out")] == [
        f"b{i}" for i in reversed(range(5))
    ]
    path = sqlite_path(db.url)
    if path is None:  # PostgreSQL: the main database's table, written on a connection of its own
        assert central.message_log.database is db
        assert log_rows(db) == 22
    else:  # SQLite: a file of its own next to the main one; the main file's table stays empty
        assert sqlite_path(central.message_log.database.url) == message_log_path(path)
        assert log_rows(central.message_log.database) == 22
        assert log_rows(db) == 0


@contextmanager
def message_log_blocked(central: CentralSystem) -> Iterator[None]:
    """Hold the lock every write of the message log needs: SQLite's write lock of the log's file, or on PostgreSQL
    an exclusive lock on its table."""
    log_db = central.message_log.database
    path = sqlite_path(log_db.url)
    if path is not None:
        con = sqlite3.connect(path, isolation_level=None)
        con.execute("BEGIN IMMEDIATE")
        try:
            yield
        finally:
            con.execute("ROLLBACK")
            con.close()
        return
    with log_db.engine.connect() as conn, conn.begin():
        conn.execute(text("LOCK TABLE ocpp_messages IN EXCLUSIVE MODE"))
        yield


async def test_durable_replies_do_not_wait_for_the_message_log(db: Database, central: CentralSystem) -> None:
    """A StartTransaction is committed and answered while nothing can be written to the message log (before, the
    log's flush ran in the storage thread and every durable write queued behind it); its frames are written once
    the log can be written again, none lost."""
    add_station(db, "CP-1")
    add_user(db, "Eva Keller", "TAG-EVA")
    async with sim_charger(central.url, "CP-1") as c:
        await c.cp.call(call.Heartbeat(), unique_id="hb-0")
        await central.message_log.flush()
        with message_log_blocked(central):
            for i in range(3):
                await c.cp.call(call.Heartbeat(), unique_id=f"hb-{i + 1}")  # frames waiting for the log
            started = await asyncio.wait_for(
                c.cp.call(
                    call.StartTransaction(
                        connector_id=1, id_tag="TAG-EVA", meter_start=0, timestamp=iso(now())
                    ),
                    unique_id="start-1",
                ),
                timeout=5,
            )
            assert started.id_tag_info["status"] == "Accepted"
            with db.session() as s:
                assert s.get(ChargingSession, started.transaction_id) is not None
    rows = await central.recent_messages(cp_id="CP-1")
    assert [(r.direction, r.message_id) for r in reversed(rows)] == [
        (d, mid) for mid in ("hb-0", "hb-1", "hb-2", "hb-3", "start-1") for d in ("in", "out")
    ]


def test_rows_in_the_main_sqlite_file_move_to_the_log_file_once(sqlite_db: Database) -> None:
    t0 = dt.datetime(2026, 5, 1, 12, tzinfo=dt.UTC)
    with sqlite_db.session() as s:  # written by a version that kept the log in the main file
        s.add_all(
            OcppMessage(
                ts=t0 + dt.timedelta(seconds=i),
                charge_point_id="CP-1",
                direction="in",
                message_type=2,
                message_id=f"old-{i}",
                action="Heartbeat",
                payload="[2]",
            )
            for i in range(3)
        )
    log_db = message_log_database(sqlite_db)
    try:
        assert log_db is not sqlite_db
        assert prepare_message_log(sqlite_db, log_db) == 3
        assert prepare_message_log(sqlite_db, log_db) == 0
        assert log_rows(sqlite_db) == 0
        with log_db.session() as s:
            moved = [(m.message_id, m.ts) for m in s.scalars(select(OcppMessage).order_by(OcppMessage.id))]
        assert moved == [(f"old-{i}", t0 + dt.timedelta(seconds=i)) for i in range(3)]
    finally:
        log_db.dispose()
