"""Alembic migrations, run programmatically (``chargedesk db upgrade`` and at every start-up).

Before a SQLite file is migrated it is copied next to itself with the SQLite backup API
(``chargedesk.db.bak-<from revision>-<UTC timestamp>``), so a failed or unwanted migration loses nothing.
"""

from __future__ import annotations

import datetime as dt
import logging
import sqlite3
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from .engine import make_engine, normalise_url, sqlite_path

log = logging.getLogger(__name__)
MIGRATIONS = Path(__file__).with_name("migrations")


def alembic_config(url: str) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.set_main_option("sqlalchemy.url", normalise_url(url).replace("%", "%%"))
    return cfg


def head_revision() -> str:
    script = ScriptDirectory.from_config(alembic_config("sqlite://"))
    head = script.get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


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


def upgrade(url: str, revision: str = "head") -> tuple[str | None, str, Path | None]:
    """Bring the database to ``revision``. Returns (from, to, backup path or None)."""
    url = normalise_url(url)
    engine = make_engine(url)
    try:
        before = current_revision(engine)
        target = head_revision() if revision == "head" else revision
        backup = None
        if before == target:
            return before, target, None
        path = sqlite_path(url)
        if path is not None and path.exists() and path.stat().st_size > 0 and before is not None:
            backup = backup_sqlite(path, before)
            log.info("backed up %s to %s before migrating", path, backup)
        cfg = alembic_config(url)
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, revision)
        return before, target, backup
    finally:
        engine.dispose()
