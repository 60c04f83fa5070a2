"""Lean statements (app.services.central.lean_sql) on both backends: the same rows, row counts and exceptions as
``Connection.execute``, and run lean (not through SQLAlchemy's execute) on SQLite and PostgreSQL alike."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import bindparam, insert, select, text, update
from sqlalchemy.exc import IntegrityError, InvalidRequestError, OperationalError

from app.db import Database
from app.models import ChargingSession, SessionStatus, Site, Station, User
from app.services.central.lean_sql import Lean, session_connection
from app.services.central.writer import is_unavailable

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


def _station(db: Database) -> int:
    with db.session() as s:
        station = Station(site=Site(name="HQ"), charge_point_id="CP-1", name="Hall")
        s.add(station)
        s.flush()
        return station.id


def test_lean_gives_what_connection_execute_gives(db: Database) -> None:
    at = dt.datetime(2026, 7, 1, 8, 30, 15, 250000, tzinfo=dt.UTC)
    station_id = _station(db)
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


_BY_TAG_AND_START = Lean(
    select(_S.c.id)
    .where(
        _S.c.id_tag == bindparam("b_tag"),
        _S.c.start_at >= bindparam("b_at"),
        _S.c.start_at <= bindparam("b_at"),  # the same bind twice: both converted
        _S.c.connector_id == bindparam("b_connector", value=1, required=False),
    )
    .order_by(_S.c.id)
)


def test_binds_in_any_order_twice_or_by_default_and_a_missing_one_refused(db: Database) -> None:
    at = dt.datetime(2026, 7, 1, 8, 30, 15, 250000, tzinfo=dt.UTC)
    station_id = _station(db)
    with db.engine.begin() as conn:
        new = _INSERT.execute(conn, _row(station_id, "TAG-1", at)).first()
        assert new is not None
        one = [(new.id,)]
        by_default = _BY_TAG_AND_START.execute(conn, {"b_tag": "TAG-1", "b_at": at}).all()  # connector 1
        assert by_default == one
        assert _BY_TAG_AND_START.execute(conn, {"b_at": at, "b_tag": "TAG-1"}).all() == one  # other order
        assert _BY_TAG_AND_START.execute(conn, {"b_at": at, "b_tag": "TAG-1", "b_connector": 2}).all() == []
        assert _BY_TAG_AND_START.execute(conn, {"b_tag": "TAG-1", "b_connector": 1, "b_at": at}).all() == one
        with pytest.raises(InvalidRequestError, match="b_at"):
            _BY_TAG_AND_START.execute(conn, {"b_tag": "TAG-1"})
    assert all(p is not None for p in _BY_TAG_AND_START._prepared.values())


def test_session_connection_is_the_transactions_connection_and_follows_a_new_transaction(
    db: Database,
) -> None:
    with db.sessionmaker() as session:
        first = session_connection(session)
        assert first is session.connection() and session_connection(session) is first
        with session.begin_nested():  # a savepoint works on the same connection
            assert session_connection(session) is session.connection() is first
        session.commit()  # the transaction is over: the next one's connection, not the remembered one
        second = session_connection(session)
        assert second is session.connection() and not second.closed
        assert second.execute(select(_S.c.id).limit(1)).all() == []
        session.rollback()
        assert session_connection(session) is session.connection()
