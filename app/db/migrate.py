"""Alembic migrations, run programmatically (``chargedesk db upgrade`` and at every start-up).

Before a SQLite file is migrated it is copied next to itself with the SQLite backup API
(``chargedesk.db.bak-<from revision>-<UTC timestamp>``), so a failed or unwanted migration loses nothing.

Every start (the console, ``serve``, every CLI command) checks the schema, and nearly always it is up to date. So
the check does not load Alembic (importing it and reading the migration scripts cost most of a CLI command's
time): it reads the ``alembic_version`` row with one query and compares it with :data:`HEAD_REVISION`. Only when
they differ is Alembic imported and run, exactly as before (backup first). ``tests/integration/test_db.py``
checks that :data:`HEAD_REVISION` is Alembic's real head, so a new migration cannot be forgotten here.

A database whose revision this code does not know was migrated by a newer ChargeDesk: it is refused with
:class:`SchemaNewerThanCode` (never "migrated" down or half-read). On PostgreSQL, where several consoles and ``serve``
nodes share one database, the migration runs under a transaction-scoped advisory lock
(:data:`MIGRATION_LOCK_KEY`): a second process starting at the same moment waits for the first, then finds the schema
at its target and leaves it alone.

What a start may migrate (:func:`prepare`, what ``Database(url, migrate=True)`` runs): an empty database is always
set up (nothing to lose); an existing schema behind the code is migrated at start only on SQLite (backup first, and
only when no other process holds the file, :mod:`app.db.holder`). On PostgreSQL, a database shared by consoles
and nodes of possibly different versions, it is refused with :class:`SchemaBehindCode`, which names the explicit
step: ``chargedesk db upgrade`` on one machine, which dumps the database with pg_dump first (:mod:`app.db.pg_dump`,
``upgrade(..., dump_dir=...)``).
"""

from __future__ import annotations

import datetime as dt
import logging
import shlex
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text
from sqlalchemy.engine import make_url

from .engine import describe_url, make_engine, normalise_url, public_url, sqlite_path

if TYPE_CHECKING:
    from alembic.config import Config

    from .holder import FileHeld

log = logging.getLogger(__name__)
MIGRATIONS = Path(__file__).with_name("migrations")

#: The newest migration in ``migrations/versions`` (Alembic's head). Update it with every new migration: a test
#: compares it with what Alembic finds.
HEAD_REVISION = "0018"
VERSION_TABLE = "alembic_version"
#: pg_advisory_xact_lock key held while a PostgreSQL database is migrated ("CD" and 1)
MIGRATION_LOCK_KEY = 0x4344_0001


class SchemaNewerThanCode(RuntimeError):
    """The database's schema revision is unknown to this code: a newer ChargeDesk migrated it."""

    def __init__(self, where: str, revision: str) -> None:
        super().__init__(
            f"the database {where} has schema revision {revision}, written by a newer ChargeDesk; this version knows "
            f"revisions up to {HEAD_REVISION}. Install the newer ChargeDesk on this machine (nothing was changed)."
        )
        self.revision = revision


def upgrade_command(url: str) -> str:
    """The command that migrates the database at ``url`` (its password left out), ready to paste in a shell."""
    return f"chargedesk db upgrade --db {shlex.quote(public_url(url))}"


class SchemaBehindCode(RuntimeError):
    """The database's schema is older than this code and is not migrated here: on PostgreSQL (a shared database,
    migrated only by ``chargedesk db upgrade``), or a SQLite file another process holds. ``command`` is the
    command that migrates it (None: stop the holder first)."""

    def __init__(self, url: str, revision: str, *, held: FileHeld | None = None) -> None:
        where = describe_url(url)
        head = f"the database at {where} is at revision {revision}, this ChargeDesk needs {HEAD_REVISION}"
        self.revision = revision
        self.command: str | None = None
        if held is not None:
            message = f"{head}, and {held}: stop it first, then start again (the file is backed up before it is migrated)"
        else:
            self.command = upgrade_command(url)
            message = f"{head}: run `{self.command}` on one machine (it makes a pg_dump first)"
        super().__init__(message)


def alembic_config(url: str) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.set_main_option("sqlalchemy.url", normalise_url(url).replace("%", "%%"))
    return cfg


def head_revision() -> str:
    """Alembic's head, read from the migration scripts (loads Alembic; the start-up check uses
    :data:`HEAD_REVISION`)."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config("sqlite://"))
    head = script.get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    """The database's schema revision (None: empty), read as Alembic reads it, without importing Alembic."""
    with engine.connect() as conn:
        return _revision(conn)


def _revision(conn: Connection) -> str | None:
    if not inspect(conn).has_table(VERSION_TABLE):
        return None
    rows = conn.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalars().all()
    if len(rows) > 1:  # Alembic refuses this too ("multiple heads"): we never branch
        raise RuntimeError(f"the database has several schema revisions: {', '.join(sorted(rows))}")
    return rows[0] if rows else None


def backup_sqlite(path: Path, revision: str | None) -> Path:
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S")
    target = path.with_name(f"{path.name}.bak-{revision or 'empty'}-{stamp}")
    src = sqlite3.connect(path)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    return target


def prepare(url: str) -> None:
    """The schema check of every start (see the module): at :data:`HEAD_REVISION` nothing happens (one query,
    no Alembic); an empty database is set up; an existing schema behind the code is migrated on SQLite (backup
    first) and refused with :class:`SchemaBehindCode` on PostgreSQL."""
    url = normalise_url(url)
    if make_url(url).get_backend_name() != "postgresql":
        upgrade(url)
        return
    engine = make_engine(url)
    try:
        before = current_revision(engine)
    finally:
        engine.dispose()
    if before == HEAD_REVISION:
        return
    if before is not None:
        _refuse_behind(url, before)
    upgrade(url, existing=False)  # empty: set up (unless another process did it meanwhile)


def _refuse_behind(url: str, before: str) -> None:
    """Raise for a schema this start leaves alone: :class:`SchemaNewerThanCode` for one it does not know (loads
    the migration scripts; only on this rare path), :class:`SchemaBehindCode` otherwise."""
    from alembic.script import ScriptDirectory

    known = {r.revision for r in ScriptDirectory.from_config(alembic_config(url)).walk_revisions()}
    if before not in known:
        raise SchemaNewerThanCode(describe_url(url), before)
    raise SchemaBehindCode(url, before)


def upgrade(
    url: str, revision: str = "head", *, dump_dir: Path | None = None, existing: bool = True
) -> tuple[str | None, str, Path | None]:
    """Bring the database to ``revision``. Returns (from, to, backup path or None).

    A database already at :data:`HEAD_REVISION` is left alone without loading Alembic. A SQLite file is backed up
    before an existing schema is migrated, and refused (:class:`SchemaBehindCode`) while another process holds it.
    On PostgreSQL, ``dump_dir`` given, an existing schema is dumped there with pg_dump first (``DumpFailed``:
    nothing migrated); ``existing=False`` migrates only an empty database (a start on PostgreSQL, where another
    process may have set it up meanwhile)."""
    url = normalise_url(url)
    engine = make_engine(url)
    try:
        before = current_revision(engine)
        if revision in ("head", HEAD_REVISION) and before == HEAD_REVISION:
            return before, before, None
        from alembic import command
        from alembic.script import ScriptDirectory

        cfg = alembic_config(url)
        script = ScriptDirectory.from_config(cfg)  # read once: the known revisions and the head
        known = {r.revision for r in script.walk_revisions()}
        if before is not None and before not in known:
            raise SchemaNewerThanCode(describe_url(url), before)
        target = (script.get_current_head() or HEAD_REVISION) if revision == "head" else revision
        backup = None
        if before == target:
            return before, target, None
        path = sqlite_path(url)
        if path is not None and path.exists() and path.stat().st_size > 0 and before is not None:
            from .holder import FileHeld, ensure_not_held_elsewhere

            try:
                ensure_not_held_elsewhere(path)  # never migrate a file under a running central system
            except FileHeld as held:
                raise SchemaBehindCode(url, before, held=held) from None
            backup = backup_sqlite(path, before)
            log.info("backed up %s to %s before migrating", path, backup)
        pg_dump_program = None
        if dump_dir is not None and engine.dialect.name == "postgresql" and before is not None:
            from . import pg_dump as dumps

            pg_dump_program = dumps.find_pg_dump()
            if pg_dump_program is None:
                raise dumps.PgDumpMissing("pg_dump was not found (on PATH or in /usr/lib/postgresql/*/bin)")
        with engine.begin() as conn:
            if engine.dialect.name == "postgresql":
                # one migrator at a time; who waited finds the work done (or a newer schema) and leaves it
                conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK_KEY})
                now = _revision(conn)
                if now is not None and now not in known:
                    raise SchemaNewerThanCode(describe_url(url), now)
                if now == target:
                    return before, target, None
                if now is not None and not existing:
                    raise SchemaBehindCode(url, now)
                if now is not None and pg_dump_program is not None and dump_dir is not None:
                    # under the lock: nobody migrates between the dump and our migration
                    backup = dumps.pg_dump(url, dumps.dump_file(dump_dir, url, now, target), pg_dump_program)
                    log.info("dumped %s to %s before migrating", describe_url(url), backup)
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, revision)
        return before, target, backup
    finally:
        engine.dispose()
