"""Lean statements (app.services.central.lean_sql) on both backends: the same rows, row counts and exceptions as
``Connection.execute``, and run lean (not through SQLAlchemy's execute) on SQLite and PostgreSQL alike."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import bindparam, insert, select, text, update
from sqlalchemy.exc import IntegrityError, OperationalError

from app.db import Database
from app.models import ChargingSession, SessionStatus, Site, Station, User
from app.services.central.lean_sql import Lean, deferring, install_deferral_hook
from app.services.central.writer import is_unavailable
from tests.helpers.round_trips import RoundTrips

_S = ChargingSession.__table__
_BY_TAG = Lean(select(_S).where(_S.c.id_tag == bindparam("b_tag")).order_by(_S.c.id))
_INSERT = Lean(insert(_S).returning(_S.c.id, _S.c.start_at, _S.c.price_total))
_STOP = Lean(
    update(_S)
    .where(_S.c.id == bindparam("b_id"), _S.c.stop_at.is_(None))
    .values(stop_at=bindparam("b_at"), price_total=bindparam("b_price"))
)
_USERS = Lean(insert(User.__table__))


def _row(station_id: int, tag: str, at: dt.datetime) -> dict[str, object]:
    return {
        "station_id": station_id,
        "charge_point_id": "CP-1",
        "connector_id": 1,
        "transaction_uid": None,
        "id_tag": tag,
        "user_id": None,
        "start_at": at,
        "meter_start_wh": 1500.5,
        "status": SessionStatus.ACTIVE,
        "auth_status": "Accepted",
        "mode_at_start": "",
        "decision_reason": "",
        "tariff_name": "",
        "currency": "CHF",
        "reservation_id": None,
        "flags": "",
        "flag_reason": "",
        "created_at": at,
        "stop_reason": "",
    }


def test_lean_gives_what_connection_execute_gives(db: Database) -> None:
    at = dt.datetime(2026, 7, 1, 8, 30, 15, 250000, tzinfo=dt.UTC)
    with db.session() as s:
        station = Station(site=Site(name="HQ"), charge_point_id="CP-1", name="Hall")
        s.add(station)
        s.flush()
        station_id = station.id
    with db.engine.begin() as conn:
        new = _INSERT.execute(conn, _row(station_id, "TAG-ÄÖ\t1", at)).first()
        assert new is not None and new.start_at == at and new.price_total is None
        assert _STOP.execute(conn, {"b_id": new.id, "b_at": at, "b_price": Decimal("12.35")}).rowcount == 1
        assert _STOP.execute(conn, {"b_id": new.id, "b_at": at, "b_price": Decimal("1")}).rowcount == 0
        lean = _BY_TAG.execute(conn, {"b_tag": "TAG-ÄÖ\t1"}).all()
        plain = conn.execute(_BY_TAG.statement, {"b_tag": "TAG-ÄÖ\t1"}).all()
        assert [tuple(r) for r in lean] == [tuple(r) for r in plain]
        (row,) = lean
        assert row.price_total == Decimal("12.35") and isinstance(row.price_total, Decimal)
        assert row.stop_at == at and row.stop_at.tzinfo == dt.UTC and row.meter_start_wh == 1500.5
        assert _BY_TAG.execute(conn, {"b_tag": "nobody"}).first() is None
    # the lean path was taken on this backend (a statement it cannot run lean is cached as None)
    for lean_statement in (_BY_TAG, _INSERT, _STOP):
        assert lean_statement._prepared and all(p is not None for p in lean_statement._prepared.values())


def test_lean_raises_what_sqlalchemy_raises(db: Database) -> None:
    eva = {
        "name": "Eva",
        "email": "",
        "phone": "",
        "company": "",
        "cost_centre": "",
        "active": True,
        "notes": "",
        "created_at": dt.datetime(2026, 7, 1, tzinfo=dt.UTC),
    }
    with db.engine.begin() as conn:
        _USERS.execute(conn, eva)
    with pytest.raises(IntegrityError), db.engine.begin() as conn:
        _USERS.execute(conn, eva)
    assert all(p is not None for p in _USERS._prepared.values())  # raised by the lean path itself


def test_a_lost_postgresql_connection_is_an_outage_and_invalidated(db: Database) -> None:
    if db.backend != "postgresql":
        pytest.skip("a server-side disconnect is a PostgreSQL matter")
    with db.engine.connect() as conn:
        pid = conn.execute(text("SELECT pg_backend_pid()")).scalar_one()
        with db.engine.connect() as other:
            other.execute(text("SELECT pg_terminate_backend(:p)"), {"p": pid})
            other.commit()
        with pytest.raises(OperationalError) as caught:
            _BY_TAG.execute(conn, {"b_tag": "x"})
        assert is_unavailable(caught.value) and caught.value.connection_invalidated
        assert conn.invalidated
    with db.engine.connect() as conn:  # the pool hands out a working connection again
        assert _BY_TAG.execute(conn, {"b_tag": "x"}).first() is None


def _station(db: Database) -> int:
    with db.session() as s:
        station = Station(site=Site(name="HQ"), charge_point_id="CP-1", name="Hall")
        s.add(station)
        s.flush()
        return station.id


def test_deferred_statements_run_in_order_with_the_next_statement_waited_for(db: Database) -> None:
    """Inside ``deferring``, a statement nobody reads the result of (``send``) and a read whose rows are read later
    (``prefetch``) see and leave the database as if run at once, in order; on PostgreSQL they go with the next
    statement that is waited for, in one round trip, and a statement that does not run lean sends them first."""
    install_deferral_hook(db.engine)
    at = dt.datetime(2026, 7, 1, 8, 30, tzinfo=dt.UTC)
    station_id = _station(db)
    with db.engine.begin() as conn, deferring(conn):
        new = _INSERT.execute(conn, _row(station_id, "TAG-1", at)).first()
        assert new is not None
        counted = RoundTrips(conn) if db.backend == "postgresql" else None
        before = _BY_TAG.prefetch(conn, {"b_tag": "TAG-1"})
        _STOP.send(conn, {"b_id": new.id, "b_at": at, "b_price": Decimal("12.35")})
        second = _INSERT_WITH_ID.send(conn, {**_row(station_id, "TAG-1", at), "id": new.id + 100})
        assert second is None
        after = _BY_TAG.execute(conn, {"b_tag": "TAG-1"}).all()
        if counted is not None:
            assert counted.count == 1  # the read, the update, the insert and the read: one round trip
            counted.close()
        assert [(r.id, r.price_total) for r in before.all()] == [(new.id, None)]
        assert [(r.id, r.price_total) for r in after] == [(new.id, Decimal("12.35")), (new.id + 100, None)]
        assert _STOP.execute(conn, {"b_id": new.id, "b_at": at, "b_price": Decimal("1")}).rowcount == 0
        _STOP.send(conn, {"b_id": new.id + 100, "b_at": at, "b_price": Decimal("7.50")})
        # a statement SQLAlchemy runs (the ORM, Connection.execute) sees what was kept: it is sent first
        plain = conn.execute(select(_S.c.price_total).where(_S.c.id == new.id + 100)).scalar_one()
        assert plain == Decimal("7.50")
        _STOP.send(conn, {"b_id": new.id, "b_at": at, "b_price": Decimal("3")})  # matches nothing
    with db.engine.connect() as conn:  # the block sent what was still kept before the commit
        rows = conn.execute(select(_S.c.id, _S.c.price_total).order_by(_S.c.id)).all()
    assert [tuple(r) for r in rows] == [(new.id, Decimal("12.35")), (new.id + 100, Decimal("7.50"))]


def test_the_error_of_a_deferred_statement_is_raised_with_the_next_one_waited_for(db: Database) -> None:
    install_deferral_hook(db.engine)
    eva = _user("Eva")
    with db.engine.begin() as conn:
        _USERS.execute(conn, eva)
    for end in ("read", "block", "orm"):
        with pytest.raises(IntegrityError), db.engine.begin() as conn, deferring(conn):
            _USERS.send(conn, _user("Ann"))
            _USERS.send(conn, eva)  # PostgreSQL: kept, so nothing is raised yet
            if end == "read":
                _BY_TAG.execute(conn, {"b_tag": "x"})
            elif end == "orm":
                conn.execute(select(User.__table__.c.id)).all()
            if db.backend != "postgresql":
                pytest.fail("SQLite runs every statement at once: the duplicate raised already")
    if db.backend == "postgresql":  # a rollback drops what is kept: nothing of it runs, nothing is raised
        with db.engine.connect() as conn:
            conn.begin()
            with deferring(conn):
                _USERS.send(conn, eva)
                conn.rollback()
            assert conn.execute(select(User.__table__.c.name)).scalars().all() == ["Eva"]


def test_a_deferred_statement_is_prepared_once_per_connection(db: Database) -> None:
    """On PostgreSQL kept statements run as EXECUTE of a statement PREPAREd once per connection (also after a
    failed transaction: PREPARE outlives a rollback), and again on a new connection."""
    if db.backend != "postgresql":
        pytest.skip("server-side prepared statements are a PostgreSQL matter")
    install_deferral_hook(db.engine)
    with db.engine.connect() as conn:
        with pytest.raises(IntegrityError), conn.begin(), deferring(conn):
            _USERS.send(conn, _user("Eva"))
            _USERS.send(conn, _user("Eva"))
        for name in ("Ann", "Bob"):
            with conn.begin(), deferring(conn):
                _USERS.send(conn, _user(name))
        prepared = conn.execute(
            text("SELECT count(*) FROM pg_prepared_statements WHERE name LIKE 'chargedesk%'")
        )
        assert prepared.scalar_one() == 1
        conn.invalidate()
    with db.engine.connect() as conn, conn.begin(), deferring(conn):
        _USERS.send(conn, _user("Cleo"))
    with db.engine.connect() as conn:
        names = conn.execute(select(User.__table__.c.name).order_by(User.__table__.c.name)).scalars().all()
    assert names == ["Ann", "Bob", "Cleo"]


def _user(name: str) -> dict[str, object]:
    return {
        "name": name,
        "email": "",
        "phone": "",
        "company": "",
        "cost_centre": "",
        "active": True,
        "notes": "",
        "created_at": dt.datetime(2026, 7, 1, tzinfo=dt.UTC),
    }


_INSERT_WITH_ID = Lean(insert(_S))
