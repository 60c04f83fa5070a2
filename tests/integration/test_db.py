from __future__ import annotations

import datetime as dt
import sqlite3
from decimal import Decimal
from pathlib import Path
from typing import Any

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
    # pretend the file is at the previous revision, so that a migration step runs
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num = '0007'")
    con.commit()
    con.close()
    ran: list[str] = []
    # Alembic is imported by upgrade() only when a migration is due: patch its command module itself
    monkeypatch.setattr("alembic.command.upgrade", lambda cfg, rev: ran.append(rev))
    before, after, backup = upgrade(url)
    assert (before, after, ran) == ("0007", head_revision(), ["head"])
    assert backup is not None and backup.name.startswith("old.db.bak-0007-")
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


def test_a_database_newer_than_the_code_is_refused_and_left_alone(db_url: str, tmp_path: Path) -> None:
    """A schema revision this code does not know (a newer ChargeDesk migrated it): refused with a message that
    names the database and both revisions; the database, its version row and the folder are left as they were."""
    from app.db import SchemaNewerThanCode
    from app.db.engine import make_engine
    from app.db.migrate import HEAD_REVISION

    engine = make_engine(db_url)
    try:
        with engine.begin() as conn:
            conn.execute(text("UPDATE alembic_version SET version_num = '0099'"))
        files_before = sorted(p.name for p in tmp_path.iterdir())
        with pytest.raises(
            SchemaNewerThanCode, match=rf"schema revision 0099.*up to {HEAD_REVISION}"
        ) as refused:
            upgrade(db_url)
        assert ("SQLite" if db_url.startswith("sqlite") else "PostgreSQL") in str(refused.value)
        assert "@" not in str(refused.value)  # never the password of a PostgreSQL URL
        assert current_revision(engine) == "0099"
        assert sorted(p.name for p in tmp_path.iterdir()) == files_before  # no backup of a file not migrated
    finally:
        engine.dispose()


def test_cli_says_a_newer_database_in_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from app import cli

    url = f"sqlite:///{tmp_path / 'newer.db'}"
    upgrade(url)
    con = sqlite3.connect(tmp_path / "newer.db")
    con.execute("UPDATE alembic_version SET version_num = '0099'")
    con.commit()
    con.close()
    assert cli.run(["db", "upgrade", "--db", url]) == 2
    err = capsys.readouterr().err
    assert err.startswith("chargedesk: the database SQLite") and "0099" in err and "Traceback" not in err


def test_postgresql_migrations_wait_for_each_other(pg_cluster: Any) -> None:
    """Two processes migrating one empty PostgreSQL database at the same moment (two consoles started together):
    the second waits for the first's advisory lock, then finds the schema at head; neither fails."""
    import concurrent.futures
    import os

    url = pg_cluster.create_database(f"race{os.getpid()}")
    try:
        pool = concurrent.futures.ThreadPoolExecutor(4)
        futures = [pool.submit(upgrade, url) for _ in range(4)]
        _, waiting = concurrent.futures.wait(futures, timeout=60)
        pool.shutdown(wait=False, cancel_futures=True)
        assert not waiting, (
            "migrations still waiting on each other after 60 s"
        )  # (without the lock: deadlocked)
        results = [f.result() for f in futures]
        assert {after for _, after, _ in results} == {head_revision()}
        assert sum(before is None for before, _, _ in results) >= 1
        from app.db import make_engine

        engine = make_engine(url)
        try:
            assert current_revision(engine) == head_revision()
        finally:
            engine.dispose()
    finally:
        pg_cluster.drop_database(f"race{os.getpid()}")
