"""The central system's hottest statements, run lean on SQLite.

``Connection.execute`` costs about 15 µs per statement on top of what SQLite needs for the one-row statements of
the OCPP hot path (cache key, compiled-cache lookup, execution context, parameter processing, result set-up),
and a charging session runs about a dozen of them. :class:`Lean` compiles its statement once per dialect and, on
SQLite, runs it on the DBAPI cursor of the same connection (same transaction), converting the parameters with
their types' own bind processors, as SQLAlchemy would, and wrapping driver errors as SQLAlchemy's
(:meth:`sqlalchemy.exc.DBAPIError.instance`), so callers and the store writer see the same exceptions.

Rows come back as named tuples, their values converted by the selected columns' result processors. Statements
that need more (Python-side column defaults, expanding ``IN``), another database (PostgreSQL's round trip dwarfs
the overhead), an engine with ``echo`` or cursor-execute listeners (tests that count statements, tracing) go
through ``Connection.execute`` unchanged.
"""

from __future__ import annotations

from collections import namedtuple
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Dialect, Select, UpdateBase
from sqlalchemy.exc import DBAPIError, InvalidRequestError

# What Lean runs: a Core INSERT, UPDATE or DELETE (with or without RETURNING), or a SELECT.
Statement = UpdateBase | Select[Any]


class Lean:
    """A fixed Core statement run with :meth:`execute` (see the module docstring)."""

    def __init__(self, statement: Statement) -> None:
        self.statement = statement
        self._prepared: dict[tuple[str, tuple[str, ...]], _Prepared | None] = {}

    def _prepare(self, dialect: Dialect, keys: tuple[str, ...]) -> _Prepared | None:
        # column_keys: an INSERT or UPDATE takes its columns from the parameters, as with Connection.execute
        compiled = self.statement.compile(dialect=dialect, column_keys=list(keys))
        if not compiled.positional or "POSTCOMPILE" in compiled.string:
            return None
        if getattr(compiled, "insert_prefetch", None) or getattr(compiled, "update_prefetch", None):
            return None  # Python-side column defaults to compute: SQLAlchemy's job
        columns = [
            *(getattr(self.statement, "selected_columns", None) or ()),
            *(getattr(compiled, "effective_returning", None) or ()),
        ]
        # SQLite reports no type codes: the processors are those Connection.execute would use
        results = [c.type.dialect_impl(dialect).result_processor(dialect, None) for c in columns]
        row = namedtuple("Row", [c.key or f"c{i}" for i, c in enumerate(columns)], rename=True)  # type: ignore[misc]
        binds: list[tuple[str, Callable[[Any], Any] | None, bool, Any]] = []
        for name in compiled.positiontup or ():
            bind = compiled.binds[name]
            process = bind.type.dialect_impl(dialect).bind_processor(dialect)
            binds.append((name, process, bind.required, bind.effective_value))
        return _Prepared(
            compiled.string, binds, [(i, p) for i, p in enumerate(results) if p is not None], row
        )

    def _lean(self, conn: Connection, params: Mapping[str, Any]) -> _Prepared | None:
        dialect = conn.dialect
        if dialect.name != "sqlite" or conn.engine.echo:
            return None
        dispatch = conn.engine.dispatch
        if dispatch.before_cursor_execute or dispatch.after_cursor_execute:
            return None
        key = (dialect.name, tuple(sorted(params)))
        try:
            return self._prepared[key]
        except KeyError:
            prepared = self._prepared[key] = self._prepare(dialect, key[1])
            return prepared

    def execute(self, conn: Connection, params: Mapping[str, Any]) -> Any:
        """Run with ``params`` (by bind or column name); returns an object with ``rowcount``, ``first()``,
        ``scalar()`` and ``scalar_one()`` (a :class:`~sqlalchemy.engine.CursorResult` when not run lean)."""
        prepared = self._lean(conn, params)
        if prepared is None:
            return conn.execute(self.statement, dict(params))
        values = []
        for name, process, required, default in prepared.binds:
            if name in params:
                value = params[name]
            elif required:
                raise InvalidRequestError(f"A value is required for bind parameter {name!r}")
            else:
                value = default
            values.append(value if process is None else process(value))
        cursor = conn.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
        try:
            cursor.execute(prepared.sql, values)
            rows = cursor.fetchall() if cursor.description is not None else []
        except conn.dialect.loaded_dbapi.Error as e:
            raise DBAPIError.instance(
                prepared.sql, values, e, conn.dialect.loaded_dbapi.Error, dialect=conn.dialect
            ) from e
        finally:
            cursor.close()
        if rows:
            make, processed = prepared.row._make, prepared.results
            if processed:
                converted = []
                for raw in rows:
                    fields = list(raw)
                    for i, process in processed:
                        fields[i] = process(fields[i])
                    converted.append(make(fields))
                rows = converted
            else:
                rows = [make(raw) for raw in rows]
        return _Result(cursor.rowcount, rows)


@dataclass(frozen=True, slots=True)
class _Prepared:
    sql: str
    binds: list[tuple[str, Callable[[Any], Any] | None, bool, Any]]  # (name, processor, required, default)
    results: list[tuple[int, Callable[[Any], Any]]]  # (position, result processor) of the columns to convert
    row: Any  # a namedtuple class: rows are read by attribute, like SQLAlchemy's


@dataclass(frozen=True, slots=True)
class _Result:
    rowcount: int
    rows: Sequence[tuple[Any, ...]]

    def first(self) -> tuple[Any, ...] | None:
        return self.rows[0] if self.rows else None

    def scalar(self) -> Any:
        return self.rows[0][0] if self.rows else None

    def all(self) -> Sequence[Any]:
        return self.rows

    def scalar_one(self) -> Any:
        if len(self.rows) != 1:
            raise InvalidRequestError(f"expected one row, got {len(self.rows)}")
        return self.rows[0][0]
