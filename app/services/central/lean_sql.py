"""The central system's hottest statements, run lean.

``Connection.execute`` costs about 15 µs per statement on top of what SQLite needs for the one-row statements of
the OCPP hot path (cache key, compiled-cache lookup, execution context, parameter processing, result set-up),
and a charging session runs about a dozen of them. :class:`Lean` compiles its statement once per dialect and runs
it on the DBAPI cursor of the same connection (same transaction), converting the parameters with their types' own
bind processors, as SQLAlchemy would, and wrapping driver errors as SQLAlchemy's
(:meth:`sqlalchemy.exc.DBAPIError.instance`, the connection invalidated when the database is gone), so callers and
the store writer see the same exceptions.

On PostgreSQL (psycopg 3) the same holds: the statement keeps the dialect's named parameters and bind casts, psycopg
prepares it server-side after a few runs, and the result processors are chosen from the type codes the server
reports (as SQLAlchemy does: PostgreSQL's numeric types need them), once per statement. There the round trip is
the larger part, but the storage thread runs several of these per OCPP call, one after the other, and every
microsecond of Python it spends also holds the GIL the event loop needs.

Rows come back as named tuples, their values converted by the selected columns' result processors. Statements
that need more (Python-side column defaults, expanding ``IN``), another database, an engine with ``echo`` or
cursor-execute listeners (tests that count statements, tracing) go through ``Connection.execute`` unchanged.
"""

from __future__ import annotations

from collections import namedtuple
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from operator import itemgetter
from typing import Any, NoReturn

from sqlalchemy import Connection, Dialect, Select, UpdateBase
from sqlalchemy.exc import DBAPIError, InvalidRequestError
from sqlalchemy.orm import Session

from app.db.engine import is_disconnect

LEAN_DIALECTS = frozenset({"sqlite", "postgresql"})

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
        if "POSTCOMPILE" in compiled.string or compiled.positional != (dialect.name == "sqlite"):
            return None
        if getattr(compiled, "insert_prefetch", None) or getattr(compiled, "update_prefetch", None):
            return None  # Python-side column defaults to compute: SQLAlchemy's job
        columns = [
            *(getattr(self.statement, "selected_columns", None) or ()),
            *(getattr(compiled, "effective_returning", None) or ()),
        ]
        row = namedtuple("Row", [c.key or f"c{i}" for i, c in enumerate(columns)], rename=True)  # type: ignore[misc]
        binds: list[tuple[str, Callable[[Any], Any] | None, bool, Any]] = []
        names = compiled.positiontup if compiled.positional else list(compiled.binds)
        escaped: dict[str, str] = compiled.escaped_bind_names or {}
        for name in names or ():
            bind = compiled.binds[name]
            process = bind.type.dialect_impl(dialect).bind_processor(dialect)
            binds.append((name, process, bind.required, bind.effective_value))
        types = [c.type.dialect_impl(dialect) for c in columns]
        prepared = _Prepared(
            compiled.string,
            binds,
            [],
            row,
            None if compiled.positional else [escaped.get(name, name) for name, *_ in binds],
            types,
        )
        if dialect.name == "sqlite":
            # SQLite reports no type codes: the processors are those Connection.execute would use
            prepared.set_results(dialect, None)
        return prepared

    def _lean(self, conn: Connection, params: Mapping[str, Any]) -> _Prepared | None:
        dialect = conn.dialect
        if dialect.name not in LEAN_DIALECTS or conn.engine.echo:
            return None
        dispatch = conn.engine.dispatch
        if dispatch.before_cursor_execute or dispatch.after_cursor_execute:
            return None
        key = (dialect.name, tuple(params))  # a call site passes its keys in one order: no sort per call
        try:
            return self._prepared[key]
        except KeyError:
            prepared = self._prepared[key] = self._prepare(dialect, tuple(sorted(key[1])))
            return prepared

    def execute(self, conn: Connection, params: Mapping[str, Any]) -> Any:
        """Run with ``params`` (by bind or column name); returns an object with ``rowcount``, ``first()``,
        ``scalar()`` and ``scalar_one()`` (a :class:`~sqlalchemy.engine.CursorResult` when not run lean)."""
        prepared = self._lean(conn, params)
        if prepared is None:
            return conn.execute(self.statement, dict(params))
        given = {**prepared.defaults, **params} if prepared.defaults else params
        try:
            values = list(prepared.take(given))  # one C call
        except KeyError:  # a required bind not given: the error
            values = prepared.with_defaults(params)
        for i, process in prepared.processors:
            values[i] = process(values[i])
        driver_params: Any = (
            values if prepared.named is None else dict(zip(prepared.named, values, strict=True))
        )
        dbapi_conn = conn.connection.dbapi_connection
        assert dbapi_conn is not None
        cursor = dbapi_conn.cursor()
        try:
            cursor.execute(prepared.sql, driver_params)
            description = cursor.description
            rows = cursor.fetchall() if description is not None else []
            rowcount = cursor.rowcount
            if prepared.codes is None and description is not None:
                prepared.set_results(conn.dialect, [d[1] for d in description])
        except conn.dialect.loaded_dbapi.Error as e:
            raise_dbapi_error(conn, prepared.sql, driver_params, e)
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
        return _Result(rowcount, rows)


_CONNECTION_KEY = "chargedesk.connection"  # Session.info: (root transaction, its connection)


def session_connection(session: Session) -> Connection:
    """``session.connection()``, remembered in the session's ``info`` for as long as its transaction lasts (the
    same Connection object: ``Session.connection()`` finds it again through ~1.3 µs of SQLAlchemy's transaction
    machinery, and the storage thread asks for it before each of its statements)."""
    transaction = session.get_transaction()
    known = session.info.get(_CONNECTION_KEY)
    if known is not None and transaction is not None and known[0] is transaction:
        return known[1]  # type: ignore[no-any-return]
    conn = session.connection()
    session.info[_CONNECTION_KEY] = (session.get_transaction(), conn)
    return conn


def raise_dbapi_error(conn: Connection, sql: str, params: Any, error: Exception) -> NoReturn:
    """Raise a driver error as SQLAlchemy's ``Connection.execute`` would: wrapped in its :class:`DBAPIError`
    subclass, and with the connection invalidated (``connection_invalidated``) when the database is gone."""
    dbapi_conn = conn.connection.dbapi_connection
    gone = is_disconnect(conn.dialect, error, dbapi_conn)
    if gone:
        conn.invalidate(error)
    raise DBAPIError.instance(
        sql,
        params,
        error,
        conn.dialect.loaded_dbapi.Error,
        connection_invalidated=gone,
        dialect=conn.dialect,
    ) from error


@dataclass(slots=True)
class _Prepared:
    sql: str
    binds: list[tuple[str, Callable[[Any], Any] | None, bool, Any]]  # (name, processor, required, default)
    results: list[tuple[int, Callable[[Any], Any]]]  # (position, result processor) of the columns to convert
    row: Any  # a namedtuple class: rows are read by attribute, like SQLAlchemy's
    named: list[str] | None  # the parameters' names in the SQL (psycopg's named style); None: positional
    types: list[Any]  # the selected / returned columns' dialect types
    codes: list[Any] | None = None  # the type codes the result processors were chosen for (set once)
    # the binds' values in order from the parameters (a tuple; KeyError when one is not given), the values of
    # the binds that need none (the statement's literals, SQLAlchemy's anonymous binds: the parameters win), and
    # the (position, bind processor) of those to convert
    take: Callable[[Mapping[str, Any]], tuple[Any, ...]] = tuple
    defaults: dict[str, Any] = field(default_factory=dict)
    processors: list[tuple[int, Callable[[Any], Any]]] = field(default_factory=list)

    def __post_init__(self) -> None:
        names = [name for name, *_ in self.binds]
        self.defaults = {name: default for name, _, required, default in self.binds if not required}
        if len(names) == 1:
            only = names[0]
            self.take = lambda params: (params[only],)
        elif names:
            self.take = itemgetter(*names)
        else:
            self.take = lambda params: ()
        self.processors = [
            (i, process) for i, (_, process, *_) in enumerate(self.binds) if process is not None
        ]

    def with_defaults(self, params: Mapping[str, Any]) -> list[Any]:
        """The binds' values when some are not given: their defaults, or an error for a required one."""
        values = []
        for name, _, required, default in self.binds:
            if name in params:
                values.append(params[name])
            elif required:
                raise InvalidRequestError(f"A value is required for bind parameter {name!r}")
            else:
                values.append(default)
        return values

    def set_results(self, dialect: Dialect, codes: list[Any] | None) -> None:
        processors = [
            t.result_processor(dialect, None if codes is None else codes[i]) for i, t in enumerate(self.types)
        ]
        self.results = [(i, p) for i, p in enumerate(processors) if p is not None]
        self.codes = codes or []


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
