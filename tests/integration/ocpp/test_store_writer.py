"""The store writer: group commit, one bad item does not fail the others, telemetry batches."""

from __future__ import annotations

import asyncio
import datetime as dt
import threading
from collections.abc import AsyncIterator

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.db import Database
from app.models import OcppMessage, User
from app.services.central.writer import StoreUnavailable, StoreWriter


@pytest.fixture
async def writer(db: Database) -> AsyncIterator[StoreWriter]:
    w = StoreWriter(db, flush_interval_s=0.05)
    w.start()
    yield w
    await w.stop()


async def hold(writer: StoreWriter) -> tuple[threading.Event, asyncio.Future[None]]:
    """Keep the writer busy until the returned event is set, so what is queued meanwhile forms one batch."""
    release, entered = threading.Event(), threading.Event()

    def block(s: Session) -> None:
        entered.set()
        release.wait(10)

    future = writer.submit(block)
    await asyncio.to_thread(entered.wait, 10)
    return release, future


async def test_group_commit(db: Database, writer: StoreWriter) -> None:
    release, first = await hold(writer)
    futures = [writer.submit(lambda s, i=i: s.add(User(name=f"user {i}")) or i) for i in range(50)]
    release.set()
    assert await asyncio.gather(first, *futures) == [None, *range(50)]
    assert writer.stats.largest_batch == 50 and writer.stats.batches == 2
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(User)) == 50


async def test_one_bad_item_does_not_fail_the_others(db: Database, writer: StoreWriter) -> None:
    await writer.run(lambda s: s.add(User(name="Eva")))
    release, first = await hold(writer)

    def duplicate(s: Session) -> None:
        s.add(User(name="Eva"))
        s.flush()

    good1 = writer.submit(lambda s: s.add(User(name="Ann")))
    bad = writer.submit(duplicate)
    good2 = writer.submit(lambda s: s.add(User(name="Bob")))
    release.set()
    await asyncio.gather(first, good1, good2)
    with pytest.raises(IntegrityError):
        await bad
    assert writer.stats.retried_items == 3 and writer.stats.failed_items == 1
    with db.session() as s:
        assert sorted(s.scalars(select(User.name)).all()) == ["Ann", "Bob", "Eva"]


async def test_telemetry_is_written_in_batches(db: Database, writer: StoreWriter) -> None:
    at = dt.datetime.now(dt.UTC)
    for i in range(300):
        writer.add_frame(
            {
                "ts": at,
                "charge_point_id": "CP-1",
                "direction": "in",
                "message_type": 2,
                "message_id": str(i),
                "action": "Heartbeat",
                "payload": "[]",
                "latency_ms": None,
                "error_code": None,
            }
        )
    await writer.flush()
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(OcppMessage)) == 300
    assert writer.stats.frames_written == 300


async def test_stopped_writer_refuses_work(db: Database) -> None:
    w = StoreWriter(db)
    w.start()
    await w.stop()
    with pytest.raises(StoreUnavailable):
        await w.run(lambda s: None)


def _terminate_pooled_backends(db: Database) -> int:
    """Kill, from outside the pool, the server processes behind the pool's idle connections of this database."""
    import psycopg

    url = db.engine.url
    with psycopg.connect(
        host=url.host, port=url.port, user=url.username, dbname="postgres", autocommit=True
    ) as admin:
        rows = admin.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s AND pid <> pg_backend_pid()",
            (url.database,),
        ).fetchall()
    return len(rows)


async def test_a_batch_on_a_dead_pooled_connection_runs_again(db: Database, writer: StoreWriter) -> None:
    """The pool pings only connections that sat idle, so a batch may meet a connection that died meanwhile: it
    runs again on a new one, commits once, and nobody hears of an outage."""
    if db.backend != "postgresql":
        pytest.skip("a server-side disconnect is a PostgreSQL matter")
    await writer.run(lambda s: s.add(User(name="Ann")))
    await writer.flush()
    assert _terminate_pooled_backends(db) >= 1
    assert await writer.run(lambda s: s.add(User(name="Bob")) or "stored") == "stored"
    assert writer.stats.stale_retries == 1 and writer.stats.outages == 0 and writer.healthy
    writer.add_frame(
        {
            "ts": dt.datetime.now(dt.UTC),
            "charge_point_id": "CP-1",
            "direction": "in",
            "message_type": 2,
            "message_id": "after",
            "action": "Heartbeat",
            "payload": "[]",
            "latency_ms": None,
            "error_code": None,
        }
    )
    _terminate_pooled_backends(db)
    await writer.flush()  # the telemetry flush meets the dead connection first
    assert writer.stats.stale_retries == 2 and writer.stats.outages == 0
    with db.session() as s:
        assert sorted(s.scalars(select(User.name)).all()) == ["Ann", "Bob"]
        assert s.scalar(select(func.count()).select_from(OcppMessage)) == 1


def test_the_pool_pings_a_connection_that_sat_idle(db: Database) -> None:
    from sqlalchemy import create_engine, text

    from app.db.engine import ping_after_idle

    if db.backend != "postgresql":
        pytest.skip("a server-side disconnect is a PostgreSQL matter")
    engine = create_engine(db.engine.url)
    ping_after_idle(engine, idle_s=0.0)
    try:
        with engine.connect() as conn:
            first = conn.execute(text("SELECT pg_backend_pid()")).scalar_one()
        url = db.engine.url
        import psycopg

        with psycopg.connect(host=url.host, port=url.port, user=url.username, dbname="postgres") as admin:
            admin.execute("SELECT pg_terminate_backend(%s)", (first,))
        with engine.connect() as conn:  # the ping found it dead: a new connection, no error
            assert conn.execute(text("SELECT pg_backend_pid()")).scalar_one() != first
    finally:
        engine.dispose()
