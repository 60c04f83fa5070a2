"""A shared PostgreSQL database is migrated only by ``chargedesk db upgrade``, which dumps it with pg_dump first:
real ``serve`` and ``db upgrade`` processes against the suite's PostgreSQL."""

from __future__ import annotations

import os
import re
import shlex
import stat
import subprocess
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from app.db import current_revision, make_engine, upgrade
from app.db.migrate import HEAD_REVISION
from app.db.pg_dump import find_pg_dump
from tests.helpers.pgcluster import PgCluster
from tests.helpers.processes import chargedesk, serving

PREVIOUS = "0007"


def _revision(url: str) -> str | None:
    engine = make_engine(url)
    try:
        return current_revision(engine)
    finally:
        engine.dispose()


@pytest.fixture
def behind(pg_cluster: PgCluster, tmp_path: Path) -> Iterator[str]:
    """A PostgreSQL database one revision behind the code, holding a site; its URL has a password (the suite's
    server trusts 127.0.0.1, so any password connects) that must never be printed."""
    name = f"behind_{os.getpid()}_{tmp_path.name[-30:]}".lower()
    url = pg_cluster.create_database(name)
    upgrade(url, PREVIOUS)
    with psycopg.connect(f"host=127.0.0.1 port={pg_cluster.port} user=postgres dbname={name}") as conn:
        conn.execute(
            "INSERT INTO sites (name, timezone, address, currency, vat_percent, created_at) "
            "VALUES ('Depot Winterthur', 'Europe/Zurich', '', 'CHF', 8.1, now())"
        )
    yield url.replace("postgres@", "postgres:s3cret@")


def test_serve_refuses_then_db_upgrade_dumps_and_migrates_then_serve_starts(
    behind: str, pg_cluster: PgCluster, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    refused = chargedesk(data, "serve", "--db", behind, "--host", "127.0.0.1", "--port", "0")
    assert refused.returncode == 2 and refused.stdout == ""
    (line,) = refused.stderr.strip().splitlines()
    assert (
        f"is at revision {PREVIOUS}, this ChargeDesk needs {HEAD_REVISION}: run `chargedesk db upgrade --db "
        in line
    )
    assert line.endswith("` on one machine (it makes a pg_dump first)")
    assert "s3cret" not in line
    assert _revision(behind) == PREVIOUS  # nothing was migrated

    command = shlex.split(re.search(r"`(chargedesk db upgrade [^`]+)`", line)[1])  # type: ignore[index]
    done = chargedesk(data, *command[1:])  # the command as the operator pastes it
    assert done.returncode == 0, done.stderr
    assert f"database upgraded from {PREVIOUS} to {HEAD_REVISION}" in done.stdout
    found = re.search(r"pg_dump, custom format\): (\S+)", done.stdout)
    assert found is not None, done.stdout
    dump = Path(found[1])
    assert dump.parent == data and dump.name.startswith(
        f"chargedesk-{behind.rsplit('/', 1)[1]}-{PREVIOUS}-to-"
    )
    assert stat.S_IMODE(dump.stat().st_mode) == 0o600  # it holds the users' and stations' password hashes
    assert _revision(behind) == HEAD_REVISION

    # the dump is the database as it was: restored into a new one, the site and the old revision are there
    restored = pg_cluster.create_database(f"restored_{os.getpid()}")
    pg_dump = find_pg_dump()
    assert pg_dump is not None
    subprocess.run(
        [str(pg_dump.with_name("pg_restore")), f"--dbname={restored.replace('+psycopg', '')}", str(dump)],
        check=True,
        capture_output=True,
    )
    with psycopg.connect(restored.replace("+psycopg", "")) as conn:
        assert conn.execute("SELECT name FROM sites").fetchall() == [("Depot Winterthur",)]
        assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == [(PREVIOUS,)]

    with serving(behind, data) as proc:
        assert proc.poll() is None


def test_a_failed_dump_refuses_to_migrate_until_no_dump_is_given(behind: str, tmp_path: Path) -> None:
    not_a_directory = tmp_path / "data"
    not_a_directory.write_text("a file where the data directory should be")
    r = chargedesk(not_a_directory, "db", "upgrade", "--db", behind)
    assert r.returncode == 2
    assert "cannot write the dump" in r.stderr
    assert "nothing was migrated. Fix that, or run again with --no-dump" in r.stderr
    assert _revision(behind) == PREVIOUS

    r = chargedesk(not_a_directory, "db", "upgrade", "--db", behind, "--no-dump")
    assert r.returncode == 0, r.stderr
    assert "no backup was made (--no-dump)" in r.stdout
    assert f"database upgraded from {PREVIOUS} to {HEAD_REVISION}" in r.stdout
    assert _revision(behind) == HEAD_REVISION


def test_without_pg_dump_it_says_so_and_needs_no_dump(
    behind: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from app import cli
    from app.db import pg_dump

    monkeypatch.setenv("CHARGEDESK_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setattr(pg_dump, "find_pg_dump", lambda: None)  # a machine without PostgreSQL's client tools
    assert cli.run(["db", "upgrade", "--db", behind]) == 2
    err = capsys.readouterr().err
    assert "pg_dump was not found (on PATH or in /usr/lib/postgresql/*/bin); nothing was migrated" in err
    assert "apt-get install postgresql-client), or run again with --no-dump" in err
    assert _revision(behind) == PREVIOUS
    assert not (tmp_path / "data").exists() or not list((tmp_path / "data").iterdir())


def test_an_up_to_date_database_is_not_dumped(pg_cluster: PgCluster, tmp_path: Path) -> None:
    url = pg_cluster.create_database(f"current_{os.getpid()}")
    upgrade(url)
    r = chargedesk(tmp_path / "data", "db", "upgrade", "--db", url)
    assert r.returncode == 0, r.stderr
    assert r.stdout == f"database is up to date (revision {HEAD_REVISION})\n"
    assert not (tmp_path / "data").exists() or not list((tmp_path / "data").glob("*.dump"))


def test_the_connection_test_names_the_command_for_a_shared_database_behind(
    behind: str, tmp_path: Path
) -> None:
    """The Settings page's "Test connection" (check_database) says what a start will do: on PostgreSQL, nothing
    until ``db upgrade`` ran; a SQLite file is still migrated at the next start."""
    from app.services.admin.database import check_database

    said = check_database(behind)
    assert (
        f"schema {PREVIOUS}, this version needs {HEAD_REVISION}: run `chargedesk db upgrade --db postgresql://postgres@"
        in said
    )
    assert "s3cret" not in said
    sqlite_url = f"sqlite:///{tmp_path / 'old.db'}"
    upgrade(sqlite_url, PREVIOUS)
    assert check_database(sqlite_url).endswith(f"schema {PREVIOUS}, it will be upgraded at the next start.")
