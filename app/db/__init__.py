"""Engine and session factory, migrations at start-up; the SQLite holder lock (:mod:`.holder`) and the pg_dump
backup (:mod:`.pg_dump`) are imported where they are used (not at every start).

SQLite runs in WAL mode with foreign keys on and ``synchronous=FULL`` (a state change is on disk before the
charger gets its answer). PostgreSQL URLs are normalised to the psycopg 3 driver.
"""

from __future__ import annotations

from .engine import Database, make_engine, normalise_url, public_url
from .migrate import SchemaBehindCode, SchemaNewerThanCode, current_revision, head_revision, upgrade

__all__ = [
    "Database",
    "SchemaBehindCode",
    "SchemaNewerThanCode",
    "current_revision",
    "head_revision",
    "make_engine",
    "normalise_url",
    "public_url",
    "upgrade",
]
