"""The schema a migrated database has against the models (Alembic's autogenerate comparison)."""

from __future__ import annotations

import warnings
from typing import Any

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Column, Connection, Index, text

from app.models import Base


def _expression_indexes() -> list[Index]:
    return [
        index
        for table in Base.metadata.tables.values()
        for index in table.indexes
        if not all(isinstance(e, Column) for e in index.expressions)
    ]


def schema_diff(conn: Connection) -> list[Any]:
    """What autogenerate would change. SQLAlchemy cannot reflect SQLite's expression indexes, so Alembic skips
    them there (with a warning each): on SQLite each is checked by name and definition in ``sqlite_master``
    instead, and a missing or different one is reported like a difference."""
    if conn.dialect.name != "sqlite":
        return list(
            compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), Base.metadata)
        )
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", "Skipped unsupported reflection of expression-based index")
        warnings.filterwarnings("ignore", "autogenerate skipping metadata-specified expression-based index")
        diff: list[Any] = list(
            compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), Base.metadata)
        )
    for index in _expression_indexes():
        assert index.table is not None
        found = conn.execute(
            text("SELECT tbl_name, sql FROM sqlite_master WHERE type = 'index' AND name = :n"),
            {"n": index.name},
        ).first()
        columns = ", ".join(e.name if isinstance(e, Column) else str(e) for e in index.expressions)
        if found is None or found[0] != index.table.name or f"({columns})" not in found[1].replace('"', ""):
            diff.append(("expression index", index.name, columns, found))
    return diff
