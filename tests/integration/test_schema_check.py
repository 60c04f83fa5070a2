"""The schema check every start runs (:mod:`app.db.migrate`): without Alembic when the database is at
``HEAD_REVISION``, with Alembic (backup first) when it is not."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import text

from app.db import Database, SchemaBehindCode, SchemaNewerThanCode, current_revision, upgrade
from app.db.migrate import HEAD_REVISION, alembic_config, head_revision
from app.services.store import open_database
from tests.helpers.pgcluster import PgCluster
from tests.helpers.schema import schema_diff


def _scripts() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config("sqlite://"))


def _previous_revision() -> str:
    script = _scripts().get_revision(HEAD_REVISION)
    assert script is not None and isinstance(script.down_revision, str)
    return script.down_revision


def _alembic_current(db: Database) -> str | None:
    with db.engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def test_head_constant_is_alembics_head() -> None:
    """A new migration must update HEAD_REVISION, or a database at the old head would never be migrated."""
    assert _scripts().get_heads() == [HEAD_REVISION]
    assert head_revision() == HEAD_REVISION


@pytest.fixture(params=["sqlite", "pg"])
def empty_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'chargedesk.db'}"
    cluster = request.getfixturevalue("pg_cluster")
    return str(cluster.create_database(f"schema_check_{os.getpid()}_{tmp_path.name[-40:]}".lower()))


def test_current_revision_reads_what_alembic_reads(empty_url: str) -> None:
    """Empty, one revision behind, at head: the same answer as Alembic's own MigrationContext."""
    db = Database(empty_url)
    try:
        assert current_revision(db.engine) is None and _alembic_current(db) is None
        previous = _previous_revision()
        upgrade(empty_url, previous)
        assert current_revision(db.engine) == _alembic_current(db) == previous
        upgrade(empty_url)
        assert current_revision(db.engine) == _alembic_current(db) == HEAD_REVISION
    finally:
        db.dispose()


def test_an_empty_database_is_set_up_at_start(empty_url: str) -> None:
    """Nothing to lose: also a shared PostgreSQL database is created by the first console or serve."""
    database = open_database(empty_url, migrate=True)  # as Console.start and every CLI command open it
    try:
        assert current_revision(database.engine) == HEAD_REVISION
        with database.engine.connect() as conn:
            assert schema_diff(conn) == []
    finally:
        database.dispose()


def test_a_sqlite_file_one_revision_behind_is_backed_up_and_migrated_at_start(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'chargedesk.db'}"
    previous = _previous_revision()
    assert upgrade(url, previous) == (None, previous, None)
    database = open_database(url, migrate=True)  # as Console.start and every CLI command open it
    try:
        assert current_revision(database.engine) == HEAD_REVISION
        with database.engine.connect() as conn:  # the whole schema, not only the stamp
            diff = schema_diff(conn)
        assert diff == []
    finally:
        database.dispose()
    backups = sorted(tmp_path.glob(f"chargedesk.db.bak-{previous}-*"))  # backed up before the migration ran
    assert len(backups) == 1
    con = sqlite3.connect(backups[0])
    try:
        assert con.execute("SELECT version_num FROM alembic_version").fetchall() == [(previous,)]
    finally:
        con.close()


def test_a_shared_database_behind_is_refused_at_start_and_left_alone(
    pg_cluster: PgCluster, tmp_path: Path
) -> None:
    """PostgreSQL: consoles and nodes of several versions share it, so a start never migrates an existing schema;
    the refusal names the database, both revisions and the command that migrates it, without the password."""
    name = f"behind_start_{os.getpid()}"
    url = pg_cluster.create_database(name).replace("postgres@", "postgres:s3cret@")
    previous = _previous_revision()
    upgrade(url, previous)
    with pytest.raises(SchemaBehindCode) as refused:
        open_database(url, migrate=True)
    where = f"PostgreSQL 127.0.0.1:{pg_cluster.port}/{name}"
    assert str(refused.value) == (
        f"the database at {where} is at revision {previous}, this ChargeDesk needs {HEAD_REVISION}: run "
        f"`chargedesk db upgrade --db postgresql://postgres@127.0.0.1:{pg_cluster.port}/{name}` on one machine "
        "(it makes a pg_dump first)"
    )
    assert (
        refused.value.command
        == f"chargedesk db upgrade --db postgresql://postgres@127.0.0.1:{pg_cluster.port}/{name}"
    )
    db = Database(url)
    try:
        assert _alembic_current(db) == previous
    finally:
        db.dispose()


def test_a_shared_database_newer_than_the_code_is_refused_at_start(pg_cluster: PgCluster) -> None:
    url = pg_cluster.create_database(f"newer_start_{os.getpid()}")
    upgrade(url)
    db = Database(url)
    try:
        with db.engine.begin() as conn:
            conn.execute(text("UPDATE alembic_version SET version_num = '0099'"))
        with pytest.raises(SchemaNewerThanCode, match="schema revision 0099"):
            open_database(url, migrate=True)
    finally:
        db.dispose()


def test_a_database_at_head_is_opened_without_alembic(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'chargedesk.db'}"
    upgrade(url)
    code = (
        "import json, sys\n"
        "from app.services.store import open_database\n"
        f"db = open_database({url!r}, migrate=True)\n"
        "db.dispose()\n"
        "print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] in ('alembic', 'mako'))))\n"
    )
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout) == []
    assert not list(tmp_path.glob("chargedesk.db.bak-*"))  # nothing to migrate, nothing backed up
