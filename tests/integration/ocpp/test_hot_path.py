"""The central system's storage hot path: the writer's sessions carry the rules cache, a pricing problem does not
lose a stop, a slow database gives a clear timeout, and the message log's bulk insert stores what SQLAlchemy
would."""

from __future__ import annotations

import asyncio
import datetime as dt
import threading
from dataclasses import replace
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from app.db import Database
from app.models import (
    AccessSchedule,
    ChargingSession,
    Connector,
    IdTag,
    MeterValue,
    OcppMessage,
    Site,
    SpecialGrant,
    Station,
    Tariff,
    User,
)
from app.ocpp.backend import Sample, StartTx, StopTx
from app.services.central import store as db_ops
from app.services.central.writer import _FRAMES, _METERS, StoreUnavailable, StoreWriter
from app.services.rules.access import CACHE_KEY, RulesCache
from app.services.rules.breakdown import EXPORT_KEY, export_block


def _station_with_a_grant_ending(db: Database, ends: dt.datetime) -> db_ops.StationRef:
    """Eva's special tariff (in EUR) ends at ``ends``; after it the station's default tariff (CHF) applies."""
    with db.session() as s:
        chf = Tariff(name="public", per_kwh=Decimal("0.5"))
        eur = Tariff(name="guest-eur", per_kwh=Decimal("0.3"), currency="EUR")
        eva = User(name="Eva Keller", tags=[IdTag(id_tag="EVA00001")])
        station = Station(site=Site(name="HQ", timezone="Europe/Zurich"), charge_point_id="CP-1", name="Hall")
        station.schedule = AccessSchedule(default_tariff=chf)
        station.grants = [SpecialGrant(user=eva, tariff=eur, valid_until=ends)]
        s.add(station)
        s.flush()
        return db_ops.load_station_ref(s, "CP-1")


@pytest.mark.parametrize("cached", [True, False])
@pytest.mark.expect_log(r"pricing session \d+ failed", logger="app.services.central.store", level="ERROR")
def test_a_session_that_cannot_be_priced_is_still_stopped(db: Database, cached: bool) -> None:
    t0 = dt.datetime(2026, 3, 30, 10, tzinfo=dt.UTC)
    ref = _station_with_a_grant_ending(db, t0 + dt.timedelta(minutes=30))
    cache = RulesCache()
    with db.sessionmaker() as s, s.begin():
        if cached:
            s.info[CACHE_KEY] = cache
        start = db_ops.start_transaction(s, "CP-1", ref, StartTx(1, "eva00001", 1000.0, t0), t0)
        assert start.auth.tariff_name == "guest-eur"
        stop = db_ops.stop_transaction(
            s,
            "CP-1",
            ref,
            StopTx(start.transaction_id, 6000.0, t0 + dt.timedelta(hours=1), id_tag="EVA00001"),
            t0,
        )
        assert stop.changed and stop.flags == "price_error" and stop.price_total is None
        s.add(User(name="written after it"))  # the transaction is still usable (PostgreSQL: the savepoint)
    with db.session() as s:
        row = s.get(ChargingSession, start.transaction_id)
        assert row is not None
        assert (row.status, row.energy_wh, row.flags, row.price_total) == (
            "completed",
            5000.0,
            "price_error",
            None,
        )
        assert row.decision_reason.endswith(
            "[price not computed: one session cannot be priced in several currencies (CHF, EUR)]"
        )
        assert s.scalar(select(User).where(User.name == "written after it")) is not None
    assert cache.hits + cache.misses > 0 if cached else cache.hits + cache.misses == 0


@pytest.mark.parametrize("batch", [1, 3])
@pytest.mark.expect_log(r"pricing session \d+ failed", logger="app.services.central.store", level="ERROR")
async def test_a_database_error_while_pricing_keeps_the_stop_in_the_writer(
    db: Database, monkeypatch: pytest.MonkeyPatch, batch: int
) -> None:
    """The writer's first run prices without a savepoint: a failed statement there (which aborts the whole
    transaction on PostgreSQL) reruns the batch, even of one item, each item isolated, and the stop is stored,
    flagged, with the batch's other items."""
    t0 = dt.datetime(2026, 3, 30, 10, tzinfo=dt.UTC)
    ref = _station_with_a_grant_ending(db, t0 - dt.timedelta(days=1))
    with db.sessionmaker() as s, s.begin():
        tx = db_ops.start_transaction(s, "CP-1", ref, StartTx(1, "EVA00001", 1000.0, t0), t0).transaction_id
    runs: list[bool] = []

    def failing_price(session: Session, **kwargs: object) -> object:
        runs.append(session.in_nested_transaction())
        session.connection().exec_driver_sql("INSERT INTO users (name) VALUES (NULL)")  # an IntegrityError
        raise AssertionError("unreachable")

    monkeypatch.setattr(db_ops, "price_stored", failing_price)
    writer = StoreWriter(db, session_info={CACHE_KEY: RulesCache()})
    writer.start()
    try:
        release, first = await _hold(writer)
        others = [writer.submit(lambda s, i=i: s.add(User(name=f"user {i}")) or i) for i in range(batch - 1)]
        stop = writer.submit(
            lambda s: db_ops.stop_transaction(
                s, "CP-1", ref, StopTx(tx, 3000.0, t0 + dt.timedelta(hours=1)), t0
            )
        )
        release.set()
        await first
        assert await asyncio.gather(*others) == list(range(batch - 1))
        outcome = await stop
    finally:
        await writer.stop()
    assert outcome.changed and outcome.flags == "price_error" and outcome.price_total is None
    assert writer.stats.failed_items == 0
    if db.engine.dialect.name == "postgresql":
        assert runs == [False, True]  # unguarded first, then in its savepoint (inside the item's)
        assert writer.stats.retried_items == batch
    else:
        assert runs == [False] and writer.stats.retried_items == 0  # SQLite only undoes the failed statement
    with db.session() as s:
        row = s.get(ChargingSession, tx)
        assert row is not None and (row.status, row.energy_wh, row.flags) == (
            "completed",
            2000.0,
            "price_error",
        )
        assert "[price not computed: " in row.decision_reason
        assert s.scalar(select(func.count()).select_from(User).where(User.name.like("user %"))) == batch - 1


async def _hold(writer: StoreWriter) -> tuple[threading.Event, asyncio.Future[None]]:
    """Keep the writer busy until the returned event is set, so what is queued meanwhile forms one batch."""
    release, entered = threading.Event(), threading.Event()

    def block(s: Session) -> None:
        entered.set()
        release.wait(10)

    future = writer.submit(block)
    await asyncio.to_thread(entered.wait, 10)
    return release, future


def _power(at: dt.datetime, watts: float, phase: str | None = None) -> Sample:
    return Sample(at, watts, measurand=db_ops.POWER, unit="W", phase=phase)


@pytest.mark.parametrize(
    ("connector", "readings", "max_power", "flag"),
    [
        (1, (), None, ""),
        (1, ("total", 11_000.0), 11_000.0, ""),
        (1, ("total", 250_000.0), 250_000.0, "implausible_power"),
        (1, ("phases", 100_000.0), 300_000.0, "implausible_power"),  # no total: the phases summed
        (2, ("total", 250_000.0), 250_000.0, ""),  # connector 2's max_kw is not entered
    ],
)
def test_a_stop_reads_its_row_and_figures_in_one_statement_as_with_samples(
    db: Database,
    app_log: Any,
    connector: int,
    readings: tuple[str, float] | tuple[()],
    max_power: float | None,
    flag: str,
) -> None:
    """A StopTransaction without samples of its own reads the session's highest power and its connector's
    max_kw with the session's row; the outcome equals a stop that brings the same samples itself."""
    if flag:
        app_log.expect(r"CP-1: session \d+ not priced: power", logger="app.services.central.store")
    t0 = dt.datetime(2026, 3, 30, 10, tzinfo=dt.UTC)
    with db.session() as s:
        station = Station(site=Site(name="HQ"), charge_point_id="CP-1", name="Hall")
        station.connectors = [Connector(connector_id=1, max_kw=Decimal("22")), Connector(connector_id=2)]
        s.add(station)
        s.flush()
        ref = db_ops.load_station_ref(s, "CP-1")
    at = t0 + dt.timedelta(minutes=10)
    samples: tuple[Sample, ...] = ()
    if readings:
        kind, watts = readings
        phases = ("L1", "L2", "L3") if kind == "phases" else (None,)
        samples = tuple(_power(at, watts, phase) for phase in phases)
    outcomes = []
    for i, with_samples in enumerate((False, True)):
        with db.sessionmaker() as s, s.begin():
            tx = db_ops.start_transaction(
                s, "CP-1", ref, StartTx(connector, "ANYONE", 1000.0 * (i + 1), t0), t0
            ).transaction_id
            if not with_samples:  # stored before the stop, as a MeterValues message's rows are
                db_ops.insert_readings(s, db_ops.meter_rows("CP-1", connector, tx, samples, 1000.0))
            stop = StopTx(tx, 1000.0 * (i + 1) + 2000.0, t0 + dt.timedelta(minutes=30))
            if with_samples:
                stop = replace(stop, samples=samples)
            outcome = db_ops.stop_transaction(s, "CP-1", ref, stop, t0)
        with db.session() as s:
            row = s.get(ChargingSession, tx)
            assert row is not None
            outcomes.append((outcome.flags, row.flags, row.flag_reason, row.max_power_w, row.energy_wh))
    assert outcomes[0] == outcomes[1]
    flags, _, reason, stored_power, energy = outcomes[0]
    assert (flags, stored_power, energy) == (flag, max_power, 2000.0)
    assert ("power " in reason) == bool(flag)


def test_a_stop_is_priced_and_an_orm_copy_does_not_undo_it(db: Database) -> None:
    t0 = dt.datetime(2026, 3, 30, 10, tzinfo=dt.UTC)
    ref = _station_with_a_grant_ending(db, t0 - dt.timedelta(days=1))  # over: CHF only
    with db.sessionmaker() as s, s.begin():
        s.info[CACHE_KEY] = RulesCache()
        tx = db_ops.start_transaction(s, "CP-1", ref, StartTx(1, "EVA00001", 1000.0, t0), t0).transaction_id
        loaded = s.get(
            ChargingSession, tx
        )  # e.g. the session-register flag loads the row earlier in the batch
        assert loaded is not None and loaded.status == "active"
        stop = db_ops.stop_transaction(s, "CP-1", ref, StopTx(tx, 3000.0, t0 + dt.timedelta(hours=1)), t0)
        assert stop.price_total == Decimal("1.00")
        assert loaded.status == "completed"  # expired and reloaded, not the stale copy
        loaded.flags = db_ops.add_flag(loaded.flags, db_ops.FLAG_SESSION_REGISTER)
    with db.session() as s:
        row = s.get(ChargingSession, tx)
        assert row is not None and row.price_total == Decimal("1.00") and row.stop_at is not None
        assert row.flags == "session_register" and row.price_breakdown is not None
        assert row.price_breakdown["bands"][0]["tariff"] == "public"
        # the exporter's columns for the site's zone, stored with the breakdown by the stop itself
        rest = {k: v for k, v in row.price_breakdown.items() if k != EXPORT_KEY}
        assert row.price_breakdown[EXPORT_KEY] == export_block(rest, "Europe/Zurich")
        assert row.price_breakdown[EXPORT_KEY]["bands"] == "public 2.000 kWh 12:00–13:00"


async def test_run_gives_up_after_its_timeout_and_the_writer_goes_on(db: Database) -> None:
    writer = StoreWriter(db, work_timeout_s=0.2)
    writer.start()
    release = threading.Event()
    try:
        with pytest.raises(StoreUnavailable, match="did not answer in time"):
            await writer.run(lambda s: release.wait(10))
        release.set()
        assert await writer.run(lambda s: 42) == 42
        task = asyncio.get_running_loop().create_task(
            writer.run(lambda s: s.add(User(name="cancelled caller")))
        )
        await asyncio.sleep(0)
        task.cancel()  # the caller goes away; the work is still done
        await writer.flush()
        with db.session() as s:
            assert s.scalar(select(User.name).where(User.name == "cancelled caller")) == "cancelled caller"
    finally:
        release.set()
        await writer.stop()


def test_bulk_insert_stores_what_sqlalchemy_would(db: Database) -> None:
    at = dt.datetime(2026, 3, 29, 0, 59, 59, 123456, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    frames = [
        {
            "ts": at,
            "charge_point_id": "CP-1",
            "direction": d,
            "message_type": 2,
            "message_id": f"m{i}",
            "action": "Heartbeat",
            "payload": '[2,"m","Heartbeat",{}]',
            "latency_ms": 1.25 if i else None,
            "error_code": None,
        }
        for i, d in enumerate(("in", "out"))
    ]
    meters = [
        {
            "session_id": None,
            "charge_point_id": "CP-1",
            "connector_id": 1,
            "timestamp": at,
            "measurand": "Energy.Active.Import.Register",
            "phase": None,
            "value": 1.5,
            "unit": "Wh",
            "context": None,
            "location": None,
        }
    ]
    with db.engine.begin() as conn:
        _FRAMES.execute(conn, frames)
        conn.execute(insert(OcppMessage.__table__), frames)
        _METERS.execute(conn, meters)
        conn.execute(insert(MeterValue.__table__), meters)
        _FRAMES.execute(conn, [{k: v for k, v in frames[0].items() if k != "error_code"}])  # a missing column
    with db.session() as s:
        rows = [
            (m.ts, m.direction, m.message_id, m.latency_ms, m.error_code)
            for m in s.scalars(select(OcppMessage).order_by(OcppMessage.id))
        ]
        assert rows[:2] == rows[2:4] and rows[0][0] == at and rows[0][0].tzinfo == dt.UTC
        assert rows[4] == rows[0]
        values = [
            (m.timestamp, m.value, m.phase) for m in s.scalars(select(MeterValue).order_by(MeterValue.id))
        ]
        assert values[0] == values[1] == (at, 1.5, None)


def test_bulk_insert_keeps_awkward_text_exactly(db: Database) -> None:
    """On PostgreSQL the bulk insert is a COPY: tabs, newlines, backslashes, quotes, NULL-looking text and non-ASCII
    in a payload come back exactly as given, and None stays NULL (not the text 'None' or an empty string)."""
    at = dt.datetime(2026, 5, 1, 12, 0, tzinfo=dt.UTC)
    payloads = [
        '[2,"a\tb","DataTransfer",{"data":"line 1\\nline 2\nreal newline\r\n"}]',
        "back\\slash \\N \\. \\t and 'quotes' \"double\"",
        "\\N",
        "",
        "Zürich ✓ 充电 \u2028 end",
        ",;|\x01\x7f",
    ]
    frames = [
        {
            "ts": at + dt.timedelta(microseconds=i),
            "charge_point_id": f"CP\t{i}\\",
            "direction": "in",
            "message_type": 2,
            "message_id": f"m{i}",
            "action": "DataTransfer",
            "payload": payload,
            "latency_ms": None if i % 2 else 0.1 + i,
            "error_code": None if i % 3 else "",
        }
        for i, payload in enumerate(payloads)
    ]
    with db.engine.begin() as conn:
        _FRAMES.execute(conn, frames)
    with db.session() as s:
        stored = [
            (m.ts, m.charge_point_id, m.payload, m.latency_ms, m.error_code)
            for m in s.scalars(select(OcppMessage).order_by(OcppMessage.id))
        ]
    assert stored == [
        (f["ts"], f["charge_point_id"], f["payload"], f["latency_ms"], f["error_code"]) for f in frames
    ]


def test_a_card_charging_elsewhere_is_found_by_the_tag_index_in_any_case(db: Database) -> None:
    """The "active elsewhere" check matches upper(id_tag) (a session stored before tags were normalised too) and
    SQLite answers it from ix_sessions_upper_tag, not by reading every running session."""
    from sqlalchemy import update

    from app.services.rules.access import _ACTIVE, decide_at

    t0 = dt.datetime(2026, 3, 30, 10, tzinfo=dt.UTC)
    ref = _station_with_a_grant_ending(db, t0 - dt.timedelta(days=1))
    with db.sessionmaker() as s, s.begin():
        start = db_ops.start_transaction(s, "CP-1", ref, StartTx(1, "EVA00001", 1000.0, t0), t0)
        assert start.auth.info.status == "Accepted"
        s.execute(update(ChargingSession).values(id_tag="eva00001"))  # as an old row may be stored
    assert ref.station_id is not None
    with db.sessionmaker() as s, s.begin():
        refused = decide_at(s, ref.station_id, 2, "Eva00001", t0, with_tariff=False)
        assert refused is not None and refused.status == "ConcurrentTx"
        assert f"(session {start.transaction_id})" in refused.reason
        here = decide_at(s, ref.station_id, 1, "EVA00001", t0, with_tariff=False)
        assert here is not None and here.accepted  # the same connector: the session it belongs to
        if db.engine.dialect.name == "sqlite":
            conn = s.connection()
            statement = _ACTIVE[(False, True)].statement.compile(dialect=conn.dialect)
            plan = conn.exec_driver_sql(
                "EXPLAIN QUERY PLAN " + statement.string, ("active", "Accepted", "EVA00001", "CP-1", 2, 1, 0)
            ).fetchall()
            assert "USING INDEX ix_sessions_upper_tag" in plan[0][3], plan


@pytest.mark.parametrize("parent", [None, "FAMILY"])
def test_a_start_reads_its_re_send_and_the_card_elsewhere_in_one_statement(
    db: Database, parent: str | None
) -> None:
    """With the writer's rules cache a StartTransaction finds a re-sent start and a running session of the card
    (or its group) elsewhere in one statement: a re-send gets the same transactionId, the card in use at another
    connector is refused, a free card is accepted, as without the cache."""
    t0 = dt.datetime(2026, 3, 30, 10, tzinfo=dt.UTC)
    ref = _station_with_a_grant_ending(db, t0 - dt.timedelta(days=1))
    with db.session() as s:
        s.add(User(name="Max", tags=[IdTag(id_tag="MAX00001", parent_id_tag=parent)]))
        if parent is not None:
            eva = s.scalars(select(IdTag).where(IdTag.id_tag == "EVA00001")).one()
            eva.parent_id_tag = parent
    results = []
    for cached in (True, False):
        cp = f"CP-{cached}"
        with db.sessionmaker() as s, s.begin():
            if cached:
                s.info[CACHE_KEY] = RulesCache()
            first = db_ops.start_transaction(s, "CP-1", ref, StartTx(1, "eva00001", 1000.0 + cached, t0), t0)
            again = db_ops.start_transaction(s, "CP-1", ref, StartTx(1, "EVA00001", 1000.0 + cached, t0), t0)
            other = db_ops.start_transaction(s, "CP-1", ref, StartTx(2, "MAX00001", 5.0 + cached, t0), t0)
            db_ops.stop_transaction(s, "CP-1", ref, StopTx(first.transaction_id, 2000.0, t0), t0)
            db_ops.stop_transaction(s, "CP-1", ref, StopTx(other.transaction_id, 2000.0, t0), t0)
        assert (again.transaction_id, again.repeated, first.repeated) == (
            first.transaction_id,
            True,
            False,
        ), cp
        results.append((first.auth.info.status, again.auth.info.status, other.auth.info.status))
    refused = "ConcurrentTx" if parent is not None else "Accepted"  # the same group is one card
    assert results == [("Accepted", "Accepted", refused)] * 2
