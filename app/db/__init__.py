"""Engine and session factory, migrations at start-up, the SQLite holder lock (:mod:`.holder`).

SQLite runs in WAL mode with foreign keys on and ``synchronous=FULL`` (a state change is on disk before the
charger gets its answer). PostgreSQL URLs are normalised to the psycopg 3 driver.
"""

from __future__ import annotations

from .engine import Database, make_engine, normalise_url, public_url
from .holder import FileHeld, HolderLock, HolderLockError
from .migrate import SchemaBehindCode, SchemaNewerThanCode, current_revision, head_revision, upgrade
from .pg_dump import DumpFailed, PgDumpMissing

__all__ = [
    "Database",
    "DumpFailed",
    "FileHeld",
    "HolderLock",
    "HolderLockError",
    "PgDumpMissing",
    "SchemaBehindCode",
    "SchemaNewerThanCode",
    "current_revision",
    "head_revision",
    "make_engine",
    "normalise_url",
    "public_url",
    "upgrade",
]
