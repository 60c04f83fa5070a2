"""The Sessions page's totals from ``session_day_totals`` (kept by triggers, migration 0006) on SQLite and
PostgreSQL: equal to the plain aggregate over the sessions for random sessions and random filters, and the
summary right after every way a session is written (start, stop, price, flag, stuck close, unknown stop,
delete, a station moved by an import, the migration's backfill of existing sessions).

Counts, priced counts and amounts are compared exactly. Energy is a float: a sum in another order (per day,
then per currency) may differ from the one big sum in its last bits, so it is compared to 1e-9 relative — far
below the 0.1 kWh the page shows.
"""

from __future__ import annotations

import copy
import datetime as dt
from collections.abc import Iterator
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

import pytest
from alembic import command
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from app.db import Database, upgrade
from app.db.migrate import alembic_config
from app.models import (
    AccessSchedule,
    ChargingSession,
    IdTag,
    SessionDayTotal,
    SessionStatus,
    Site,
    Station,
    Tariff,
    User,
)
from app.ocpp.backend import StartTx, StopTx
from app.services.central import store as db_ops
from app.services.reports import sessions as svc
from app.services.reports.sessions import Preset, SessionQuery, StatusFilter
from app.services.rules.pricing import apply_price
from app.services.transfer.site_config import export_config, import_config

UTC = dt.UTC
T0 = dt.datetime(2026, 3, 27, tzinfo=UTC)  # the Sunday Zurich goes to summer time is in the range
DAYS = 6


def plain_totals(s: Session, q: SessionQuery) -> svc.Totals:
    """One aggregate over the matching sessions: the query ``session_totals`` ran before the summary."""
    cs = ChargingSession
    energy = func.coalesce(cs.energy_wh, cs.meter_stop_wh - cs.meter_start_wh)
    stmt = (
        select(
            cs.currency, func.count(), func.sum(energy), func.count(cs.price_total), func.sum(cs.price_total)
        )
        .where(*svc._conditions(s, q))
        .group_by(cs.currency)
        .order_by(cs.currency)
    )
    sessions, wh, out = 0, 0.0, []
    for currency, n, energy_wh, priced, amount in s.execute(stmt):
        sessions += int(n)
        wh += float(energy_wh or 0.0)
        # to the cent, half up (commercial rounding, the product's rule); quantize's default is half even
        money = (svc._decimal(amount) or Decimal(0)).quantize(svc.CENT, ROUND_HALF_UP)
        out.append(svc.CurrencyTotal(currency or "", int(n), int(priced), money))
    return svc.Totals(sessions, wh / 1000.0, tuple(out))


def assert_same(fast: svc.Totals, plain: svc.Totals, what: object = "") -> None:
    assert (fast.sessions, fast.by_currency) == (plain.sessions, plain.by_currency), what
    assert fast.energy_kwh == pytest.approx(plain.energy_kwh, rel=1e-9, abs=1e-9), what


def assert_summary_right(s: Session) -> None:
    """Every key's summary rows (the slots added up) equal the sessions' own aggregate, and no key is missing."""
    s.flush()
    t = SessionDayTotal
    summary: dict[tuple[Any, ...], tuple[int, int, float, int]] = {}
    for site, day, currency, status, flagged, n, priced, wh, amount in s.execute(
        select(
            t.site_id,
            t.day,
            t.currency,
            t.status,
            t.flagged,
            func.sum(t.sessions),
            func.sum(t.priced),
            func.sum(t.energy_wh),
            func.sum(t.amount_e4),
        ).group_by(t.site_id, t.day, t.currency, t.status, t.flagged)
    ):
        if int(n) or int(priced) or int(amount):
            summary[(site, day, currency, status, flagged)] = (int(n), int(priced), float(wh), int(amount))
    sites = dict(s.execute(select(Station.id, Station.site_id)).tuples().all())
    expected: dict[tuple[Any, ...], list[Any]] = {}
    for row in s.scalars(select(ChargingSession)):
        key = (
            sites.get(row.station_id, 0) if row.station_id is not None else 0,
            row.start_at.astimezone(UTC).date(),
            row.currency,
            getattr(row.status, "value", row.status),
            1 if row.flags else 0,
        )
        acc = expected.setdefault(key, [0, 0, 0.0, 0])
        energy = row.energy_wh
        if energy is None and row.meter_stop_wh is not None:
            energy = row.meter_stop_wh - row.meter_start_wh
        acc[0] += 1
        acc[1] += row.price_total is not None
        acc[2] += energy or 0.0
        acc[3] += 0 if row.price_total is None else int(Decimal(row.price_total).scaleb(4))
    assert sorted(summary) == sorted(expected)
    for key, (n, priced, wh, amount) in summary.items():
        assert (n, priced, amount) == tuple(expected[key][i] for i in (0, 1, 3)), key
        assert wh == pytest.approx(expected[key][2], rel=1e-9, abs=1e-6), key


@pytest.fixture
def world(db: Database) -> dict[str, Any]:
    """Three sites in zones of +1/+2, −5/−4 and +5:30 hours (so local midnights fall inside UTC hours and
    half-way through them), four stations, two users, a tariff."""
    with db.session() as s:
        zurich = Site(name="Zurich", timezone="Europe/Zurich", currency="CHF")
        boston = Site(name="Boston", timezone="America/New_York", currency="USD")
        pune = Site(name="Pune", timezone="Asia/Kolkata", currency="INR")
        tariff = Tariff(name="public", per_kwh=Decimal("0.4"), start_fee=Decimal("1"))
        stations = [
            Station(
                site=zurich,
                charge_point_id="ZH-1",
                name="Hall",
                schedule=AccessSchedule(default_tariff=tariff),
            ),
            Station(site=zurich, charge_point_id="ZH-2", name="Yard"),
            Station(site=boston, charge_point_id="BOS-1", name="Lab"),
            Station(site=pune, charge_point_id="PNQ-1", name="Gate"),
        ]
        users = [User(name="Eva Keller", tags=[IdTag(id_tag="EVA00001")]), User(name="Max Huber")]
        s.add_all([zurich, boston, pune, tariff, *stations, *users])
        s.flush()
        return {
            "sites": [zurich.id, boston.id, pune.id],
            "stations": [x.id for x in stations],
            "users": [u.id for u in users],
            "cps": {x.id: x.charge_point_id for x in stations},
        }


# -- the property: fast totals = the plain aggregate ------------------------------------------------------------

amounts = st.none() | st.decimals(min_value=0, max_value=500, places=4).map(Decimal)
energies = st.none() | st.floats(min_value=0, max_value=100_000, allow_nan=False).map(lambda x: round(x, 3))
session_specs = st.fixed_dictionaries(
    {
        "station": st.integers(0, 4),  # 4: no station
        "user": st.integers(0, 2),  # 2: nobody
        "minute": st.integers(0, DAYS * 24 * 60 - 1),
        "completed": st.booleans(),
        "currency": st.sampled_from(["CHF", "USD", "EUR"]),
        "flags": st.sampled_from(["", "", "clock_skew"]),
        "energy": energies,
        "meter_stop": st.none() | st.floats(min_value=0, max_value=50_000, allow_nan=False),
        "price": amounts,
    }
)
edits = st.lists(
    st.tuples(
        st.sampled_from(["stop", "price", "flag", "currency", "delete", "move_station", "restart"]),
        st.integers(0, 10_000),
        st.integers(0, 10_000),
    ),
    max_size=8,
)
days = st.none() | st.integers(-1, DAYS).map(lambda d: T0.date() + dt.timedelta(days=d))
queries = st.fixed_dictionaries(
    {
        "start": days,
        "end": days,
        "preset": st.none() | st.sampled_from(list(Preset)),
        "today": st.integers(0, DAYS - 1),
        "site": st.none() | st.integers(0, 3),  # 3: a site that does not exist
        "station": st.none() | st.integers(0, 3),
        "user": st.none() | st.integers(0, 1),
        "status": st.none() | st.sampled_from(list(StatusFilter)),
    }
)

EVERYTHING = dict.fromkeys(["start", "end", "preset", "site", "station", "user", "status"]) | {"today": 0}


def _query(spec: dict[str, Any], w: dict[str, Any]) -> SessionQuery:
    start, end = spec["start"], spec["end"]
    if spec["preset"] is not None:
        start, end = svc.preset_period(spec["preset"], T0.date() + dt.timedelta(days=spec["today"]))
    if start is not None and end is not None and end < start:
        start, end = end, start
    return SessionQuery(
        start=start,
        end=end,
        site_id=None if spec["site"] is None else ([*w["sites"], 10_000][spec["site"]]),
        station_id=None if spec["station"] is None else w["stations"][spec["station"]],
        user_id=None if spec["user"] is None else w["users"][spec["user"]],
        status=spec["status"],
    )


def _add(s: Session, spec: dict[str, Any], w: dict[str, Any]) -> ChargingSession:
    station = None if spec["station"] == 4 else w["stations"][spec["station"]]
    start = T0 - dt.timedelta(days=1) + dt.timedelta(minutes=spec["minute"])
    completed = spec["completed"]
    row = ChargingSession(
        station_id=station,
        charge_point_id=w["cps"].get(station, "LOOSE-1"),
        connector_id=1,
        id_tag="T1",
        user_id=None if spec["user"] == 2 else w["users"][spec["user"]],
        start_at=start,
        stop_at=start + dt.timedelta(hours=1) if completed else None,
        meter_start_wh=1000.0,
        meter_stop_wh=None if not completed or spec["meter_stop"] is None else 1000.0 + spec["meter_stop"],
        energy_wh=spec["energy"] if completed else None,
        status=SessionStatus.COMPLETED if completed else SessionStatus.ACTIVE,
        currency=spec["currency"],
        flags=spec["flags"],
        price_total=spec["price"] if completed else None,
    )
    s.add(row)
    return row


def _edit(s: Session, rows: list[ChargingSession], edit: tuple[str, int, int], w: dict[str, Any]) -> None:
    what, a, b = edit
    alive = [r for r in rows if r in s]
    if not alive:
        return
    row = alive[a % len(alive)]
    if what == "stop":
        row.status, row.stop_at = SessionStatus.COMPLETED, row.start_at + dt.timedelta(minutes=b % 600)
        row.meter_stop_wh, row.energy_wh = row.meter_start_wh + b * 1.5, b * 1.5
    elif what == "price":
        row.price_total = None if b % 5 == 0 else Decimal(b).scaleb(-4) + Decimal(a % 100)
    elif what == "flag":
        row.flags = "" if row.flags else "closed_by_operator"
    elif what == "currency":
        row.currency = ["CHF", "USD", "EUR"][b % 3]
    elif what == "delete":
        s.delete(row)
    elif what == "restart":  # a charger's clock fixed: the start moves to another day
        row.start_at = row.start_at + dt.timedelta(hours=b % 72 - 36)
    else:
        station = s.get(Station, w["stations"][a % len(w["stations"])])
        assert station is not None
        station.site_id = w["sites"][b % len(w["sites"])]
    s.flush()


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    specs=st.lists(session_specs, max_size=25),
    changes=edits,
    filters=st.lists(queries, min_size=1, max_size=8),
)
@example(  # half a cent: money totals round half up (0.045 → 0.05), as the Sessions page shows them
    specs=[
        {
            "station": 0,
            "user": 0,
            "minute": 0,
            "completed": True,
            "currency": "CHF",
            "flags": "",
            "energy": None,
            "meter_stop": None,
            "price": Decimal("0.0450"),
        }
    ],
    changes=[],
    filters=[
        {
            "start": None,
            "end": None,
            "preset": None,
            "today": 0,
            "site": None,
            "station": None,
            "user": None,
            "status": None,
        }
    ],
)
def test_fast_totals_equal_the_plain_aggregate(
    db: Database,
    world: dict[str, Any],
    specs: list[dict[str, Any]],
    changes: list[tuple[str, int, int]],
    filters: list[dict[str, Any]],
) -> None:
    with db.sessionmaker() as s:
        s.begin()
        try:
            rows = [_add(s, spec, world) for spec in specs]
            s.flush()
            for change in changes:
                _edit(s, rows, change, world)
            assert_summary_right(s)
            for spec in [*filters, EVERYTHING]:
                q = _query(spec, world)
                assert_same(svc.session_totals(s, q), plain_totals(s, q), q)
        finally:
            s.rollback()


# -- each writer path keeps the summary right ----------------------------------------------------------------


@pytest.fixture
def sx(db: Database, world: dict[str, Any]) -> Iterator[Session]:
    with db.sessionmaker() as s, s.begin():
        yield s


def _everything_agrees(s: Session, w: dict[str, Any]) -> None:
    assert_summary_right(s)
    for q in [
        SessionQuery(),
        *(SessionQuery(site_id=site) for site in w["sites"]),
        SessionQuery(status=StatusFilter.COMPLETED),
        SessionQuery(status=StatusFilter.FLAGGED),
        SessionQuery(start=T0.date(), end=T0.date()),
        SessionQuery(start=T0.date(), end=T0.date() + dt.timedelta(days=2), site_id=w["sites"][0]),
    ]:
        assert_same(svc.session_totals(s, q), plain_totals(s, q), q)


def test_start_stop_and_price_change(sx: Session, world: dict[str, Any]) -> None:
    s = sx
    ref = db_ops.load_station_ref(s, "ZH-1")
    at = T0 + dt.timedelta(hours=23, minutes=30)  # 00:30 the next day in Zurich, still T0 in UTC
    start = db_ops.start_transaction(s, "ZH-1", ref, StartTx(1, "EVA00001", 1000.0, at), at)
    _everything_agrees(s, world)
    active = svc.session_totals(s, SessionQuery())
    assert (active.sessions, active.by_currency[0].priced) == (1, 0)

    stop = db_ops.stop_transaction(
        s,
        "ZH-1",
        ref,
        StopTx(start.transaction_id, 21000.0, at + dt.timedelta(hours=2), id_tag="EVA00001"),
        at,
    )
    assert stop.price_total == Decimal("9.00")  # 1 + 20 kWh × 0.4
    _everything_agrees(s, world)
    done = svc.session_totals(s, SessionQuery(status=StatusFilter.COMPLETED))
    assert done.text() == "1 session · 20.0 kWh · CHF 9.00"

    # the tariff changes and the session is priced again: the amount follows, the count does not
    tariff = s.scalar(select(Tariff).where(Tariff.name == "public"))
    assert tariff is not None
    tariff.per_kwh = Decimal("0.55")
    row = s.get(ChargingSession, start.transaction_id)
    assert row is not None
    apply_price(s, row)
    _everything_agrees(s, world)
    assert svc.session_totals(s, SessionQuery()).text() == "1 session · 20.0 kWh · CHF 12.00"


@pytest.mark.expect_log(
    r"unknown transaction 777 stored|closed without a StopTransaction", logger="app.services.central.store"
)
def test_unknown_stop_and_stuck_close(sx: Session, world: dict[str, Any]) -> None:
    s = sx
    ref = db_ops.load_station_ref(s, "BOS-1")
    at = T0 + dt.timedelta(hours=3)
    db_ops.stop_transaction(s, "BOS-1", ref, StopTx(777, 5000.0, at), at)  # a transaction nobody started
    _everything_agrees(s, world)
    assert svc.session_totals(s, SessionQuery(status=StatusFilter.FLAGGED)).sessions == 1

    start = db_ops.start_transaction(s, "BOS-1", ref, StartTx(2, "EVA00001", 0.0, at), at)
    detail = svc.close_stuck_session(s, start.transaction_id, actor="op", now=at + dt.timedelta(days=3))
    assert detail is not None and detail.row.status == "completed"
    _everything_agrees(s, world)
    assert svc.session_totals(s, SessionQuery(status=StatusFilter.FLAGGED)).sessions == 2


def test_delete(sx: Session, world: dict[str, Any]) -> None:
    s = sx
    rows = [
        _add(s, _spec(station=i % 5, minute=i * 300, price=Decimal("1.2345") * i), world) for i in range(1, 8)
    ]
    s.flush()
    _everything_agrees(s, world)
    for row in rows[::2]:
        s.delete(row)
    s.flush()
    _everything_agrees(s, world)
    s.execute(text("DELETE FROM sessions"))
    _everything_agrees(s, world)
    assert (
        s.scalar(select(func.count()).select_from(SessionDayTotal).where(SessionDayTotal.sessions != 0)) == 0
    )


def _spec(**kw: Any) -> dict[str, Any]:
    base = {
        "station": 0,
        "user": 0,
        "minute": 0,
        "completed": True,
        "currency": "CHF",
        "flags": "",
        "energy": 1234.5,
        "meter_stop": None,
        "price": Decimal("3.3333"),
    }
    return base | kw


def test_import_moves_a_station_and_its_totals(sx: Session, world: dict[str, Any]) -> None:
    """The site configuration import puts station ZH-2 in Boston: its sessions count for Boston from then on."""
    s = sx
    for i in range(6):
        _add(s, _spec(station=1, minute=i * 700, price=Decimal("2.5")), world)
    _add(s, _spec(station=0, minute=100), world)
    s.flush()
    zurich, boston = world["sites"][0], world["sites"][1]
    assert svc.session_totals(s, SessionQuery(site_id=boston)).sessions == 0
    doc = copy.deepcopy(export_config(s))
    for station in doc["stations"]:
        if station["charge_point_id"] == "ZH-2":
            station["site"] = "Boston"
    import_config(s, doc)
    s.flush()
    assert s.scalar(select(Station.site_id).where(Station.charge_point_id == "ZH-2")) == boston
    _everything_agrees(s, world)
    assert svc.session_totals(s, SessionQuery(site_id=boston)).text() == "6 sessions · 7.4 kWh · CHF 15.00"
    assert svc.session_totals(s, SessionQuery(site_id=zurich)).sessions == 1


def test_the_migration_fills_the_summary_from_existing_sessions(db_url: str) -> None:
    """A database at 0005 with sessions (written before the triggers existed) is migrated: the summary holds them."""
    database = Database(db_url)
    try:
        with database.session() as s:  # the site and station by today's models, before the schema goes back
            site = Site(name="Zurich", timezone="Europe/Zurich", currency="CHF")
            st1 = Station(site=site, charge_point_id="ZH-1", name="Hall")
            s.add_all([site, st1])
            s.flush()
            w = {"stations": [st1.id], "users": [None], "cps": {st1.id: "ZH-1"}, "sites": [site.id]}
        cfg = alembic_config(db_url)
        with database.engine.begin() as conn:  # back to 0005: the summary and its triggers are gone
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0005")
        with database.session() as s:
            for i in range(9):
                _add(s, _spec(station=0 if i % 3 else 4, user=2, minute=i * 500, completed=i != 8), w)
        with database.engine.connect() as conn:
            assert not database.engine.dialect.has_table(conn, "session_day_totals")
        upgrade(db_url)
        with database.session() as s:
            assert s.scalar(select(func.sum(SessionDayTotal.sessions))) == 9
            assert_summary_right(s)
            for q in [
                SessionQuery(),
                SessionQuery(site_id=site.id),
                SessionQuery(start=T0.date(), end=T0.date()),
            ]:
                assert_same(svc.session_totals(s, q), plain_totals(s, q), q)
    finally:
        database.dispose()


def test_writers_on_two_connections(db_url: str, world: dict[str, Any]) -> None:
    """Two writers (two databases objects: two connections, two PostgreSQL backends and slots): one stores two
    sessions, the other re-prices the first, stores a third and stops it. The slot that holds the re-pricing
    (a row with no session of its own) keeps it when the third session leaves the key."""
    first, second = Database(db_url), Database(db_url)
    try:
        with first.session() as s:
            a = _add(s, _spec(station=0, minute=60, completed=False, price=None), world)
            _add(s, _spec(station=0, minute=90, completed=False, price=None), world)
            s.flush()
            a_id = a.id
        with second.session() as s:
            row = s.get(ChargingSession, a_id)
            assert row is not None
            row.energy_wh = 500.0  # the same key (still active): a delta in this connection's slot
            c = _add(s, _spec(station=0, minute=120, completed=False, price=None), world)
            s.flush()
            # the stop: a new key
            c.status, c.energy_wh, c.price_total = SessionStatus.COMPLETED, 1200.0, Decimal("4.2")
        with second.session() as s:
            assert_summary_right(s)
            _everything_agrees(s, world)
            assert svc.session_totals(s, SessionQuery(status=StatusFilter.COMPLETED)).text() == (
                "1 session · 1.2 kWh · CHF 4.20"
            )
    finally:
        first.dispose()
        second.dispose()


def test_a_deleted_station_s_sessions_count_as_loose_chargers(sx: Session, world: dict[str, Any]) -> None:
    """The console refuses to delete a station with sessions; deleted anyway (SQL), the foreign key makes its
    sessions those of a charger bound to no station, and their totals follow."""
    s = sx
    for i in range(5):
        _add(s, _spec(station=1, minute=i * 600), world)
    _add(s, _spec(station=0, minute=30), world)
    s.flush()
    yard = world["stations"][1]
    s.execute(text("DELETE FROM connectors WHERE station_id = :i"), {"i": yard})
    s.execute(text("DELETE FROM stations WHERE id = :i"), {"i": yard})
    s.expire_all()
    assert s.scalar(select(func.count()).where(ChargingSession.station_id.is_(None))) == 5
    _everything_agrees(s, world)
    assert svc.session_totals(s, SessionQuery(site_id=world["sites"][0])).sessions == 1
