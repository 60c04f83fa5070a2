from __future__ import annotations

import datetime as dt
import sqlite3
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import inspect, select, text
from sqlalchemy.exc import IntegrityError

from app.db import Database, current_revision, head_revision, upgrade
from app.models import AccessMode, AccessSchedule, Connector, IdTag, Site, Station, Tariff, User


def test_schema_is_at_head(db: Database) -> None:
    assert current_revision(db.engine) == head_revision()
    tables = set(inspect(db.engine).get_table_names())
    assert {
        "sites",
        "stations",
        "connectors",
        "sessions",
        "meter_values",
        "ocpp_messages",
        "audit_log",
    } <= tables


def test_round_trip_keeps_utc_and_decimals(db: Database) -> None:
    at = dt.datetime(2026, 3, 29, 0, 30, tzinfo=dt.UTC)
    with db.session() as s:
        site = Site(name="HQ", timezone="Europe/Zurich", vat_percent=Decimal("8.1"))
        s.add(site)
        s.add(Tariff(name="employee", per_kwh=Decimal("0.2000")))
        st = Station(site=site, charge_point_id="CP-1", name="Hall B", created_at=at)
        st.connectors = [Connector(connector_id=1), Connector(connector_id=2)]
        s.add(st)
    with db.session() as s:
        st2 = s.scalars(select(Station)).one()
        assert st2.created_at == at and st2.created_at.tzinfo is not None
        assert [c.connector_id for c in st2.connectors] == [1, 2]
        assert s.scalars(select(Tariff)).one().per_kwh == Decimal("0.2")
        assert st2.site.vat_percent == Decimal("8.1")


def test_naive_datetime_is_refused(db: Database) -> None:
    with pytest.raises(Exception, match="naive"), db.session() as s:
        s.add(Site(name="X", created_at=dt.datetime(2026, 1, 1)))


def test_constraints_hold(db: Database) -> None:
    with db.session() as s:
        s.add(User(name="Eva"))
    with pytest.raises(IntegrityError), db.session() as s:
        s.add(User(name="Eva"))
    with pytest.raises(IntegrityError), db.session() as s:
        s.add(Tariff(name="neg", per_kwh=Decimal("-1")))
    with pytest.raises(IntegrityError), db.session() as s:  # foreign keys are on, on SQLite too
        s.add(IdTag(id_tag="ABC", user_id=999))


def test_connector_schedule_override(db: Database) -> None:
    with db.session() as s:
        site = Site(name="HQ")
        st = Station(site=site, charge_point_id="CP-2", name="Two")
        c1 = Connector(connector_id=1)
        st.connectors = [c1]
        st.schedule = AccessSchedule(default_mode=AccessMode.PUBLIC)
        s.add(st)
        s.flush()
        c1.schedule = AccessSchedule(station_id=st.id, default_mode=AccessMode.PRIVATE)
    with db.session() as s:
        st = s.scalars(select(Station)).one()
        assert st.schedule is not None and st.schedule.default_mode is AccessMode.PUBLIC
        assert st.connectors[0].schedule is not None
        assert st.connectors[0].schedule.default_mode is AccessMode.PRIVATE


def test_sqlite_runs_wal_with_foreign_keys(sqlite_db: Database) -> None:
    with sqlite_db.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1


def test_upgrade_backs_up_an_existing_sqlite_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "old.db"
    url = f"sqlite:///{path}"
    upgrade(url)
    con = sqlite3.connect(path)
    con.execute(
        "INSERT INTO sites (name, timezone, address, currency, vat_percent, created_at) "
        "VALUES ('Kept', 'UTC', '', 'CHF', 0, '2026-01-01 00:00:00')"
    )
    con.commit()
    con.close()
    assert upgrade(url)[2] is None  # up to date: nothing to do, no backup
    # pretend the file is at an older revision, so that a migration step runs
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num = 'older'")
    con.commit()
    con.close()
    ran: list[str] = []
    # Alembic is imported by upgrade() only when a migration is due: patch its command module itself
    monkeypatch.setattr("alembic.command.upgrade", lambda cfg, rev: ran.append(rev))
    before, after, backup = upgrade(url)
    assert (before, after, ran) == ("older", head_revision(), ["head"])
    assert backup is not None and backup.name.startswith("old.db.bak-older-")
    con = sqlite3.connect(backup)
    assert con.execute("SELECT name FROM sites").fetchall() == [("Kept",)]
    con.close()


def test_database_describe_hides_password() -> None:
    d = Database.__new__(Database)
    d.url = "postgresql+psycopg://cd:secret@db.lan:5433/chargedesk"
    assert d.describe() == "PostgreSQL db.lan:5433/chargedesk"
    assert "secret" not in d.describe()


def test_migrations_match_the_models(db: Database) -> None:
    """Autogenerate against a migrated database finds nothing to do: no model change without a migration."""
    from tests.helpers.schema import schema_diff

    with db.engine.connect() as conn:
        diff = schema_diff(conn)
    assert diff == []
