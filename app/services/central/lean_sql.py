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

Deferred statements (PostgreSQL): every statement the storage thread waits for is a round trip, and every wait
releases the GIL, which the event loop thread then holds for a while: on the storage thread such a wait cost ~100 µs
or more, whatever the server's work. Inside :func:`deferring` (the store writer's batch), :meth:`Lean.send` keeps a
statement whose result nobody reads (a reading's INSERT, a stop's UPDATE, a new session's INSERT whose id is known)
and :meth:`Lean.prefetch` a read whose rows are read later; they are sent, in order, with the next statement that
must be answered (:meth:`Lean.execute`) as one multi-statement query (the simple query protocol): ``EXECUTE`` of a
server-side prepared statement per statement (``PREPARE``d once per connection, so the server plans it as it
would psycopg's own prepared statements), the values bound client-side by psycopg as its arguments: one round trip,
one wait. What is still kept is sent (:func:`flush_deferred`)
before any statement that does not go through ``Lean`` (an engine hook, :func:`install_deferral_hook`: the ORM,
``Connection.execute``, a savepoint), before the commit, and at the end of the block; a rollback drops it. So every
statement runs in the order the code issued it, in the same transaction, and nothing is committed unless all of them
succeeded; only the moment an error of a kept statement is raised moves (to the query it rode with), which the store
writer's isolated rerun of a failed batch (nothing deferred there) attributes to its item again.
"""

from __future__ import annotations

import itertools
import re
from collections import namedtuple
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, NoReturn

from sqlalchemy import Connection, Dialect, Engine, Select, UpdateBase, event
from sqlalchemy.exc import DBAPIError, InvalidRequestError

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
        if dispatch.after_cursor_execute or any(
            fn is not _flush_before_execute for fn in dispatch.before_cursor_execute
        ):
            return None
        key = (dialect.name, tuple(sorted(params)))
        try:
            return self._prepared[key]
        except KeyError:
            prepared = self._prepared[key] = self._prepare(dialect, key[1])
            return prepared

    def _driver_params(self, prepared: _Prepared, params: Mapping[str, Any]) -> Any:
        values = []
        for name, process, required, default in prepared.binds:
            if name in params:
                value = params[name]
            elif required:
                raise InvalidRequestError(f"A value is required for bind parameter {name!r}")
            else:
                value = default
            values.append(value if process is None else process(value))
        return values if prepared.named is None else dict(zip(prepared.named, values, strict=True))

    def execute(self, conn: Connection, params: Mapping[str, Any]) -> Any:
        """Run with ``params`` (by bind or column name); returns an object with ``rowcount``, ``first()``,
        ``scalar()`` and ``scalar_one()`` (a :class:`~sqlalchemy.engine.CursorResult` when not run lean). Inside
        :func:`deferring`, the statements kept so far are sent in the same round trip, before this one."""
        prepared = self._lean(conn, params)
        if prepared is None:
            return conn.execute(self.statement, dict(params))
        driver_params = self._driver_params(prepared, params)
        state = _deferred(conn) if prepared.named is not None else None  # (SQLite: positional, never)
        if state is not None and state.statements:
            holder = _Pending(conn, prepared, driver_params)
            state.add(conn, prepared, driver_params, holder)
            _flush(conn, state)
            return holder.result()
        dbapi_conn = conn.connection.dbapi_connection
        assert dbapi_conn is not None
        cursor = dbapi_conn.cursor()
        try:
            cursor.execute(prepared.sql, driver_params)
            return _read(conn, prepared, cursor)
        except conn.dialect.loaded_dbapi.Error as e:
            raise_dbapi_error(conn, prepared.sql, driver_params, e)
        finally:
            cursor.close()

    def send(self, conn: Connection, params: Mapping[str, Any]) -> None:
        """:meth:`execute` for a statement whose result nobody reads: inside :func:`deferring` it is kept and
        sent with the next statement that is waited for; its error, if any, is raised there."""
        state = _deferred(conn)
        prepared = self._lean(conn, params) if state is not None else None
        if state is None or prepared is None:
            self.execute(conn, params)
            return
        state.add(conn, prepared, self._driver_params(prepared, params), None)

    def prefetch(self, conn: Connection, params: Mapping[str, Any]) -> Any:
        """:meth:`execute`, kept inside :func:`deferring`: the returned result's rows are those the database held
        at this statement's place in the order of statements; they are read at the first use of the result
        (``first()``, ``all()``, ``scalar()``, ``rowcount``), which sends what is kept unless a later statement's
        round trip took it already."""
        state = _deferred(conn)
        prepared = self._lean(conn, params) if state is not None else None
        if state is None or prepared is None:
            return self.execute(conn, params)
        driver_params = self._driver_params(prepared, params)
        holder = _Pending(conn, prepared, driver_params)
        state.add(conn, prepared, driver_params, holder)
        return holder


def _read(conn: Connection, prepared: _Prepared, cursor: Any) -> _Result:
    """The result of the statement ``cursor`` ran (its current result set), rows converted as SQLAlchemy would."""
    description = cursor.description
    rows = cursor.fetchall() if description is not None else []
    rowcount = cursor.rowcount
    if prepared.codes is None and description is not None:
        prepared.set_results(conn.dialect, [d[1] for d in description])
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


# --- deferred statements (PostgreSQL) -------------------------------------------------------------------------

_DEFERRING = "chargedesk.lean_deferring"  # Connection.info: this connection's _Deferred inside deferring()


@dataclass(slots=True)
class _Deferred:
    statements: list[str] = field(default_factory=list)  # kept: EXECUTE of a prepared statement, values bound
    holders: list[_Pending | None] = field(default_factory=list)  # per statement: where its result goes
    binder: Any = None  # a psycopg ClientCursor: binds values client-side (mogrify)

    def add(self, conn: Connection, prepared: _Prepared, params: Any, holder: _Pending | None) -> None:
        dbapi_conn: Any = conn.connection.dbapi_connection  # a psycopg Connection
        if self.binder is None:
            from psycopg import ClientCursor

            self.binder = ClientCursor(dbapi_conn)
        server = prepared.server_side()
        try:
            known = conn.info.setdefault(_SERVER_PREPARED, set())
            if server.name not in known:  # once per connection (PREPARE outlives a rollback)
                with dbapi_conn.cursor() as cursor:
                    cursor.execute(server.prepare)
                known.add(server.name)
            values = [params[name] for name in server.params]
            self.statements.append(
                f"EXECUTE {server.name}({self.binder.mogrify(server.placeholders, values)})"
                if values
                else f"EXECUTE {server.name}"
            )
        except conn.dialect.loaded_dbapi.Error as e:  # (a value psycopg cannot adapt, a failed PREPARE)
            raise_dbapi_error(conn, prepared.sql, params, e)
        self.holders.append(holder)


@dataclass(frozen=True, slots=True)
class _ServerSide:
    """A statement as a server-side prepared statement of its own (``PREPARE name AS …``), for deferred use."""

    name: str
    prepare: str
    params: list[str]  # the driver parameters' names, in the order of $1, $2, …
    placeholders: str  # "%s, %s, …" for binding them as EXECUTE's arguments

    @classmethod
    def of(cls, sql: str) -> _ServerSide:
        order: dict[str, int] = {}

        def number(m: re.Match[str]) -> str:
            if m.group(0) == "%%":
                return "%"
            return f"${order.setdefault(m.group(1), len(order) + 1)}"

        body = _PARAM.sub(number, sql)
        name = f"chargedesk_lean_{next(_NAMES)}"
        return cls(name, f"PREPARE {name} AS {body}", list(order), ", ".join(["%s"] * len(order)))


_PARAM = re.compile(r"%\(([^)]+)\)s|%%")
_NAMES = itertools.count(1)
_SERVER_PREPARED = (
    "chargedesk.lean_prepared"  # Connection.info (the DBAPI connection's): names PREPAREd there
)


@contextmanager
def deferring(conn: Connection) -> Iterator[None]:
    """Within the block, :meth:`Lean.send` and :meth:`Lean.prefetch` keep their statements on ``conn`` to send them
    with the next one that is waited for (see the module docstring); elsewhere (SQLite, an engine without the hook,
    statements that do not run lean) they run as :meth:`Lean.execute`. What is still kept is sent when the block
    ends (its errors raised there); when the block fails, it is dropped (the transaction is rolled back)."""
    if (
        conn.dialect.name != "postgresql"
        or _DEFERRING in conn.info
        or _flush_before_execute not in conn.engine.dispatch.before_cursor_execute
    ):
        yield
        return
    info = conn.info  # (the pooled connection's: after an invalidation conn.info is another dictionary)
    state = info[_DEFERRING] = _Deferred()
    try:
        yield
        _flush(conn, state)
    finally:
        info.pop(_DEFERRING, None)
        if state.binder is not None:
            state.binder.close()


def deferring_on(conn: Connection) -> bool:
    """Whether ``conn`` is inside a :func:`deferring` block that defers."""
    return _DEFERRING in conn.info


def _deferred(conn: Connection) -> _Deferred | None:
    state: _Deferred | None = conn.info.get(_DEFERRING)
    return state


def flush_deferred(conn: Connection) -> None:
    """Send the statements kept on ``conn`` (one round trip), if any: their errors are raised here as
    :meth:`Lean.execute` raises them."""
    if conn.invalidated:  # (the block drops what was kept)
        return
    state = _deferred(conn)
    if state is not None and state.statements:
        _flush(conn, state)


def _flush(conn: Connection, state: _Deferred) -> None:
    statements, holders = state.statements, state.holders
    state.statements, state.holders = [], []
    sql = ";\n".join(statements)
    dbapi_conn = conn.connection.dbapi_connection
    assert dbapi_conn is not None
    cursor: Any = dbapi_conn.cursor()  # a psycopg Cursor
    try:
        # no parameters: psycopg sends it by the simple query protocol, all statements at once (and there is
        # nothing for its own prepared statements to do)
        cursor.execute(sql, prepare=False)
        for i, holder in enumerate(holders):
            if i:
                cursor.nextset()
            if holder is not None:
                holder.set(cursor)
    except conn.dialect.loaded_dbapi.Error as e:
        if getattr(e, "sqlstate", None) == "26000":  # invalid_sql_statement_name: someone deallocated ours
            conn.info.pop(_SERVER_PREPARED, None)
        raise_dbapi_error(conn, sql, None, e)
    finally:
        cursor.close()


def _flush_before_execute(
    conn: Connection, cursor: Any, statement: str, parameters: Any, context: Any, executemany: bool
) -> tuple[str, Any]:
    flush_deferred(conn)
    return statement, parameters


def _flush_before_commit(conn: Connection) -> None:
    flush_deferred(conn)


def _drop_before_rollback(conn: Connection) -> None:
    state = None if conn.invalidated else _deferred(conn)
    if state is not None:
        state.statements, state.holders = [], []


def install_deferral_hook(engine: Engine) -> None:
    """Let :func:`deferring` blocks defer on ``engine`` (PostgreSQL): any statement that does not run lean, and a
    commit, first sends what is kept; a rollback drops it. Once per engine; Lean statements still run lean with
    this hook installed."""
    if engine.dialect.name != "postgresql" or _flush_before_execute in engine.dispatch.before_cursor_execute:
        return
    event.listen(engine, "before_cursor_execute", _flush_before_execute, retval=True)
    event.listen(engine, "commit", _flush_before_commit)
    event.listen(engine, "rollback", _drop_before_rollback)


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
    server: _ServerSide | None = None  # (PostgreSQL, deferred statements) made at first use

    def server_side(self) -> _ServerSide:
        if self.server is None:
            self.server = _ServerSide.of(self.sql)
        return self.server

    def set_results(self, dialect: Dialect, codes: list[Any] | None) -> None:
        processors = [
            t.result_processor(dialect, None if codes is None else codes[i]) for i, t in enumerate(self.types)
        ]
        self.results = [(i, p) for i, p in enumerate(processors) if p is not None]
        self.codes = codes or []


class _Pending:
    """The result of a statement :meth:`Lean.prefetch` kept (or :meth:`Lean.execute` sent with the kept ones):
    filled when they are sent, read at its first use."""

    __slots__ = ("_conn", "_params", "_prepared", "_result")

    def __init__(self, conn: Connection, prepared: _Prepared, params: Any) -> None:
        self._conn, self._prepared, self._params = conn, prepared, params
        self._result: _Result | None = None

    def set(self, cursor: Any) -> None:
        self._result = _read(self._conn, self._prepared, cursor)

    def result(self) -> _Result:
        if self._result is None:
            conn = self._conn
            state = None if conn.invalidated else _deferred(conn)
            if state is not None and self in state.holders:
                _flush(conn, state)
            if self._result is None:  # dropped: sent with statements that failed, or rolled back
                raise InvalidRequestError("the result of a deferred statement is missing: it was never run")
        return self._result

    @property
    def rowcount(self) -> int:
        return self.result().rowcount

    def first(self) -> tuple[Any, ...] | None:
        return self.result().first()

    def scalar(self) -> Any:
        return self.result().scalar()

    def all(self) -> Sequence[Any]:
        return self.result().all()

    def scalar_one(self) -> Any:
        return self.result().scalar_one()


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
