"""The central system's storage thread: durable work with group commit, telemetry in batches.

The event loop never touches the database. Handlers hand the writer a function ``fn(session) -> value`` and
await the result; the writer thread drains everything queued, runs it in **one** transaction, commits once and
then resolves every future (so a reply is sent only after its state change is on disk: SQLite synchronous=FULL,
or PostgreSQL's commit). When a batch fails, it is rolled back and run again in one transaction with each item in
a savepoint, so a bad item fails alone and the others still share one commit (one transaction per item would cut
the throughput several times while a charger keeps sending a message that fails); when the database is
unreachable, every item fails with :class:`StoreUnavailable` at once (the charger gets no positive answer and
retries).

Telemetry — the message log, presence (online / last seen), meter values a batch could not take (the central
system queues a running session's readings as an item of the next batch, not awaited, and buffers them here only
when that fails), and updates nothing waits for (:meth:`StoreWriter.add_update`: the charger's own status, its
firmware and diagnostics jobs) — is buffered in memory and written with bulk inserts every ``flush_interval_s`` or
``flush_rows`` rows (and before any work item that asks for it, e.g. a StopTransaction whose session has readings
in the buffer). While the database is down the buffers are kept (bounded) and written when it is back.
Meter values that are not finite numbers (NaN, infinity) are refused when buffered, so they can never fail the
flush of every other charger's rows.

``fn`` may run more than once (batch retry), so it must only change the session, not the outside world.
Each batch's session carries ``session_info`` in its ``Session.info`` (the central system puts its rules cache
there). In a batch's first run ``Session.info[RERUNS_ISOLATED]`` is True: work that would need a savepoint only to
survive a rare database error of its own (PostgreSQL aborts the whole transaction on one) may skip it there and
raise :class:`NeedsIsolation` instead; the writer then reruns the batch (even of one item) with each item in a
savepoint, where the key is absent and the work takes its savepoint.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import math
import queue
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from operator import itemgetter
from typing import Any, TypeVar

from sqlalchemy import Connection, Dialect, Table, bindparam, insert, text, update
from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeout
from sqlalchemy.orm import Session

from app.db import Database
from app.models import Charger, MeterValue, OcppMessage
from app.ocpp.backend import BackendUnavailable
from app.services.central.lean_sql import raise_dbapi_error

log = logging.getLogger(__name__)

T = TypeVar("T")
Work = Callable[[Session], Any]


class StoreUnavailable(BackendUnavailable):
    """The database could not be reached (or the writer is stopped); nothing of this item was committed."""


RERUNS_ISOLATED = "chargedesk.reruns_isolated"  # Session.info key: see the module docstring


class NeedsIsolation(Exception):
    """Work met a database error that a savepoint of its own would have contained: run it again isolated."""


def is_unavailable(exc: BaseException) -> bool:
    """Whether ``exc`` means 'the database is not there' (retrying each item would only fail again)."""
    if isinstance(exc, PoolTimeout):
        return True
    if isinstance(exc, DBAPIError):
        return bool(exc.connection_invalidated) or isinstance(exc, OperationalError | InterfaceError)
    return False


@dataclass(slots=True)
class _Item:
    fn: Work
    future: asyncio.Future[Any]
    loop: asyncio.AbstractEventLoop
    flush_first: bool = False


@dataclass
class WriterStats:
    batches: int = 0
    commits: int = 0  # transactions committed (a batch is one; a failing batch's isolated rerun one more)
    items: int = 0
    retried_items: int = 0
    failed_items: int = 0
    frames_written: int = 0
    meters_written: int = 0
    telemetry_dropped: int = 0
    largest_batch: int = 0
    commit_seconds: float = 0.0
    outages: int = 0
    stale_retries: int = (
        0  # batches run again because their pooled connection was found dead before the commit
    )
    last_error: str = ""

    def as_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


_STOP = object()


class _StaleConnection(Exception):
    """A batch's statement found its pooled connection dead before the commit (nothing was committed)."""

    def __init__(self, error: DBAPIError) -> None:
        super().__init__(str(error))
        self.error = error


@dataclass
class _Telemetry:
    frames: deque[dict[str, Any]] = field(default_factory=deque)
    meters: deque[dict[str, Any]] = field(default_factory=deque)
    updates: deque[tuple[Any, dict[str, Any]]] = field(default_factory=deque)  # (statement, parameters)
    presence: dict[str, tuple[dt.datetime, bool]] = field(default_factory=dict)
    presence_lock: threading.Lock = field(default_factory=threading.Lock)


class StoreWriter:
    """One thread that owns every write of the central system (see the module docstring)."""

    def __init__(
        self,
        database: Database,
        *,
        max_batch: int = 500,
        flush_interval_s: float = 0.5,
        flush_rows: int = 5000,
        max_buffered: int = 200_000,
        max_buffered_bytes: int = 64 * 1024 * 1024,
        work_timeout_s: float = 25.0,
        session_info: dict[str, Any] | None = None,
    ) -> None:
        self.database = database
        self.session_info = dict(session_info or {})
        self.max_batch = max_batch
        self.flush_interval_s = flush_interval_s
        self.flush_rows = flush_rows
        self.max_buffered = max_buffered
        self.max_buffered_bytes = (
            max_buffered_bytes  # the message log's payloads kept while the database is down
        )
        self.work_timeout_s = work_timeout_s
        self.stats = WriterStats()
        self.healthy = True
        self._queue: queue.SimpleQueue[Any] = queue.SimpleQueue()
        self._telemetry = _Telemetry()
        self._thread: threading.Thread | None = None
        self._stopping = False
        self._retry_at = 0.0  # telemetry backoff while the database is down

    # --- life cycle ----------------------------------------------------------------------------------

    def start(self) -> None:
        if self._thread is not None:
            return
        self._thread = threading.Thread(target=self._main, name="chargedesk-store-writer", daemon=True)
        self._thread.start()

    async def stop(self) -> None:
        """Finish the queued work, flush the telemetry, stop the thread."""
        if self._thread is None:
            return
        self._stopping = True
        self._queue.put(_STOP)
        await asyncio.to_thread(self._thread.join)
        self._thread = None

    @property
    def running(self) -> bool:
        return self._thread is not None and not self._stopping

    # --- durable work --------------------------------------------------------------------------------

    def submit(self, fn: Work, *, flush_first: bool = False) -> asyncio.Future[Any]:
        """Queue ``fn`` (call on the event loop); the future resolves after its batch is committed."""
        loop = asyncio.get_running_loop()
        future: asyncio.Future[Any] = loop.create_future()
        if not self.running:
            future.set_exception(StoreUnavailable("the store writer is not running"))
            return future
        future.add_done_callback(_consume)  # an answer nobody awaits any more (timeout) is not an error
        self._queue.put(_Item(fn, future, loop, flush_first))
        return future

    async def run(
        self, fn: Callable[[Session], T], *, flush_first: bool = False, timeout: float | None = None
    ) -> T:
        """Run ``fn(session)`` in the writer thread and return its value once committed.

        Raises :class:`StoreUnavailable` when the database cannot be reached or does not answer within
        ``timeout`` (default ``work_timeout_s``); the item may still commit later, which the idempotent
        handlers tolerate when the charger retries.
        """
        future = self.submit(fn, flush_first=flush_first)
        if future.done():
            return future.result()  # type: ignore[no-any-return]
        # One timer instead of asyncio.timeout() + shield(): this runs for every durable message. Cancelling the
        # caller cancels only the future (the writer skips a done future; the work itself still runs).
        expire = future.get_loop().call_later(
            self.work_timeout_s if timeout is None else timeout, _expire, future
        )
        try:
            return await future  # type: ignore[no-any-return]
        finally:
            expire.cancel()

    async def flush(self) -> None:
        """Wait until everything buffered so far is written."""
        await self.run(lambda s: None, flush_first=True)

    # --- telemetry (non-blocking, thread-safe) -------------------------------------------------------

    def add_frame(self, row: dict[str, Any]) -> None:
        self._telemetry.frames.append(row)

    def add_meter(self, row: dict[str, Any]) -> None:
        value = row.get("value")
        if not isinstance(value, int | float) or not math.isfinite(value):
            self.stats.telemetry_dropped += 1
            log.warning(
                "%s: meter value %r of %s is not a finite number; dropped",
                row.get("charge_point_id"),
                value,
                row.get("measurand"),
            )
            return
        self._telemetry.meters.append(row)

    def add_update(self, statement: Any, params: dict[str, Any]) -> None:
        """A write nothing waits for (e.g. a charger's firmware status): run at the next flush, in order with the
        other updates of the same statement."""
        self._telemetry.updates.append((statement, params))

    def touch(self, cp_id: str, when: dt.datetime, online: bool = True) -> None:
        """Presence of a charger: written at the next flush (the latest value per charger wins)."""
        with self._telemetry.presence_lock:
            self._telemetry.presence[cp_id] = (when, online)

    @property
    def buffered(self) -> int:
        return len(self._telemetry.frames) + len(self._telemetry.meters) + len(self._telemetry.updates)

    # --- the thread ----------------------------------------------------------------------------------

    def _main(self) -> None:
        next_flush = time.monotonic() + self.flush_interval_s
        while True:
            try:
                first = self._queue.get(timeout=max(0.0, next_flush - time.monotonic()))
            except queue.Empty:
                first = None
            batch = [] if first is None else [first]
            while len(batch) < self.max_batch:
                try:
                    batch.append(self._queue.get_nowait())
                except queue.Empty:
                    break
            stop = any(item is _STOP for item in batch)
            work = [item for item in batch if item is not _STOP]
            try:
                due = time.monotonic() >= next_flush or self.buffered >= self.flush_rows
                if stop or due or any(w.flush_first for w in work):
                    self._flush_telemetry(force=stop or any(w.flush_first for w in work))
                    next_flush = time.monotonic() + self.flush_interval_s
                if work:
                    self._run_batch(work)
            except Exception:  # a bug here must not kill the writer
                log.exception("store writer cycle failed")
                for w in work:
                    self._resolve(w, exc=StoreUnavailable("internal error in the store writer"))
            if stop:
                self._drain_after_stop()
                return

    def _drain_after_stop(self) -> None:
        while True:
            try:
                item = self._queue.get_nowait()
            except queue.Empty:
                return
            if item is not _STOP:
                self._resolve(item, exc=StoreUnavailable("the store writer stopped"))

    def _run_batch(self, work: list[_Item]) -> None:
        self.stats.batches += 1
        self.stats.items += len(work)
        self.stats.largest_batch = max(self.stats.largest_batch, len(work))
        started = time.perf_counter()
        try:
            results = self._execute(work)
        except Exception as e:
            self.stats.commit_seconds += time.perf_counter() - started
            self._batch_failed(work, e)
            return
        self.stats.commit_seconds += time.perf_counter() - started
        self._healthy()
        self._resolve_all([(w, r) for w, r in zip(work, results, strict=True)])

    def _batch_failed(self, work: list[_Item], error: Exception) -> None:
        if is_unavailable(error):
            self._unhealthy(error)
            for w in work:
                self._resolve(w, exc=StoreUnavailable(f"database unavailable: {_short(error)}"))
            return
        if len(work) == 1 and not isinstance(error, NeedsIsolation):
            self.stats.failed_items += 1
            self._resolve(work[0], exc=error)
            return
        log.info(
            "a batch of %d failed (%s); running it again, each item in a savepoint", len(work), _short(error)
        )
        self.stats.retried_items += len(work)
        try:
            outcomes = self._execute_isolated(work)
        except Exception as e:
            if is_unavailable(e):
                self._batch_failed(work, e)
                return
            log.warning("the isolated rerun failed too (%s); retrying the items one by one", _short(e))
        else:
            self._healthy()
            good = []
            for w, (result, exc) in zip(work, outcomes, strict=True):
                if exc is None:
                    good.append((w, result))
                else:
                    self.stats.failed_items += 1
                    self._resolve(w, exc=exc)
            self._resolve_all(good)
            return
        for w in work:
            try:
                (result,) = self._execute([w])
            except Exception as e:
                if is_unavailable(e):
                    self._unhealthy(e)
                    e = StoreUnavailable(f"database unavailable: {_short(e)}")
                else:
                    self.stats.failed_items += 1
                self._resolve(w, exc=e)
            else:
                self._healthy()
                self._resolve(w, result)

    def _execute(self, work: list[_Item]) -> list[Any]:
        """Run ``work`` in one transaction and commit. A batch whose pooled connection turns out to be dead before
        its commit (the pool pings only connections that sat idle: :data:`app.db.engine.PING_AFTER_IDLE_S`) runs
        once more on a new connection; a database that is really gone fails that run too."""
        try:
            return self._execute_once(work, stale_fails=False)
        except _StaleConnection as stale:
            self.stats.stale_retries += 1
            log.info("a pooled connection was dead (%s); running the batch again", _short(stale.error))
            return self._execute_once(work, stale_fails=True)

    def _execute_once(self, work: list[_Item], *, stale_fails: bool) -> list[Any]:
        with self.database.sessionmaker() as session, session.begin():
            session.info.update(self.session_info)
            session.info[RERUNS_ISOLATED] = True
            try:
                results = [w.fn(session) for w in work]
                session.flush()  # what the commit would flush: a dead connection found here committed nothing
            except DBAPIError as e:
                if stale_fails or not e.connection_invalidated:
                    raise
                raise _StaleConnection(e) from e
        self.stats.commits += 1
        return results

    def _execute_isolated(self, work: list[_Item]) -> list[tuple[Any, Exception | None]]:
        """Run ``work`` in one transaction, each item in a savepoint: (result, None) or (None, its error) per
        item; one commit. An unreachable database fails the whole batch."""
        outcomes: list[tuple[Any, Exception | None]] = []
        with self.database.sessionmaker() as session, session.begin():
            session.info.update(self.session_info)
            if session.get_bind().dialect.name == "sqlite":
                # pysqlite opens its transaction only before a DML statement: a SAVEPOINT first would start one
                # of its own, which the savepoint's RELEASE would commit
                session.connection().exec_driver_sql("BEGIN")
            for w in work:
                try:
                    with session.begin_nested():
                        result = w.fn(session)
                except Exception as e:
                    if is_unavailable(e):
                        raise
                    outcomes.append((None, e))
                else:
                    outcomes.append((result, None))
        self.stats.commits += 1
        return outcomes

    # --- resolving futures on their loops ------------------------------------------------------------

    def _resolve(self, item: _Item, result: Any = None, exc: BaseException | None = None) -> None:
        self._resolve_all([(item, result)], exc)

    def _resolve_all(self, pairs: list[tuple[_Item, Any]], exc: BaseException | None = None) -> None:
        by_loop: dict[asyncio.AbstractEventLoop, list[tuple[_Item, Any]]] = {}
        for item, result in pairs:
            by_loop.setdefault(item.loop, []).append((item, result))
        for loop, group in by_loop.items():
            try:
                loop.call_soon_threadsafe(_set_results, group, exc)
            except RuntimeError:  # the loop is closed: nobody waits any more
                pass

    def _healthy(self) -> None:
        if not self.healthy:
            log.warning("database reachable again")
        self.healthy = True
        self._retry_at = 0.0

    def _unhealthy(self, error: BaseException) -> None:
        if self.healthy:
            self.stats.outages += 1
            log.error("database unavailable: %s", _short(error))
        self.healthy = False
        self.stats.last_error = _short(error)

    # --- telemetry flush -----------------------------------------------------------------------------

    def _flush_telemetry(self, force: bool = False) -> None:
        tel = self._telemetry
        if not force and not self.healthy and time.monotonic() < self._retry_at:
            return
        meters = _drain(tel.meters)
        frames = _drain(tel.frames)
        updates = _drain(tel.updates)
        with tel.presence_lock:
            presence, tel.presence = tel.presence, {}
        if not (meters or frames or presence or updates):
            if not self.healthy:
                self._probe()
            return
        try:
            try:
                self._write_telemetry(meters, frames, presence, updates)
            except DBAPIError as e:
                if not e.connection_invalidated:
                    raise
                # a pooled connection found dead (nothing was committed): once more on a new one
                self.stats.stale_retries += 1
                self._write_telemetry(meters, frames, presence, updates)
        except Exception as e:
            if is_unavailable(e):
                self._unhealthy(e)
                self._retry_at = time.monotonic() + 1.0
                self._keep(meters, frames, presence, updates)
                return
            log.warning("telemetry batch refused (%s); writing it row by row", _short(e))
            self._flush_rows(meters, frames, presence, updates)
            return
        self._healthy()
        self.stats.meters_written += len(meters)
        self.stats.frames_written += len(frames)

    def _write_telemetry(
        self,
        meters: list[dict[str, Any]],
        frames: list[dict[str, Any]],
        presence: dict[str, tuple[dt.datetime, bool]],
        updates: list[tuple[Any, dict[str, Any]]],
    ) -> None:
        with self.database.engine.begin() as conn:
            if meters:
                _METERS.execute(conn, meters)
            if frames:
                _FRAMES.execute(conn, frames)
            if presence:
                conn.execute(
                    _PRESENCE,
                    [
                        {"b_cp": cp, "b_seen": seen, "b_online": online}
                        for cp, (seen, online) in presence.items()
                    ],
                )
            for statement, params in _grouped(updates):
                conn.execute(statement, params)

    def _flush_rows(
        self,
        meters: list[dict[str, Any]],
        frames: list[dict[str, Any]],
        presence: dict[str, tuple[dt.datetime, bool]],
        updates: list[tuple[Any, dict[str, Any]]] | None = None,
    ) -> None:
        for stmt, rows in ((insert(MeterValue.__table__), meters), (insert(OcppMessage.__table__), frames)):
            for row in rows:
                try:
                    with self.database.engine.begin() as conn:
                        conn.execute(stmt, [row])
                except Exception as e:
                    self.stats.telemetry_dropped += 1
                    log.warning(
                        "telemetry row dropped (%s): %r", _short(e), {k: row[k] for k in list(row)[:6]}
                    )
        for cp, (seen, online) in presence.items():
            try:
                with self.database.engine.begin() as conn:
                    conn.execute(_PRESENCE, [{"b_cp": cp, "b_seen": seen, "b_online": online}])
            except Exception as e:
                log.warning("presence of %s not written: %s", cp, _short(e))
        for statement, params in updates or ():
            try:
                with self.database.engine.begin() as conn:
                    conn.execute(statement, params)
            except Exception as e:
                self.stats.telemetry_dropped += 1
                log.warning("buffered update dropped (%s): %r", _short(e), params)

    def _keep(
        self,
        meters: list[dict[str, Any]],
        frames: list[dict[str, Any]],
        presence: dict[str, tuple[dt.datetime, bool]],
        updates: list[tuple[Any, dict[str, Any]]],
    ) -> None:
        """Put unwritten telemetry back (oldest first), dropping the oldest beyond ``max_buffered``."""
        tel = self._telemetry
        tel.meters.extendleft(reversed(meters))
        tel.frames.extendleft(reversed(frames))
        tel.updates.extendleft(reversed(updates))
        with tel.presence_lock:
            for cp, value in presence.items():
                tel.presence.setdefault(cp, value)
        for buf in (tel.frames, tel.meters, tel.updates):
            while len(buf) > self.max_buffered:
                buf.popleft()
                self.stats.telemetry_dropped += 1
        size = sum(len(row["payload"]) for row in tel.frames)
        while size > self.max_buffered_bytes and tel.frames:
            size -= len(tel.frames.popleft()["payload"])
            self.stats.telemetry_dropped += 1

    def _probe(self) -> None:
        try:
            with self.database.engine.connect() as conn:
                conn.execute(text("SELECT 1"))
        except Exception as e:
            self._unhealthy(e)
            self._retry_at = time.monotonic() + 1.0
        else:
            self._healthy()


class _BulkInsert:
    """``INSERT`` of many rows through the driver's executemany, compiled once per dialect, each value converted
    by its column type's own bind processor (as SQLAlchemy would). SQLAlchemy's own executemany does the same with
    per-row bookkeeping that costs several times the conversion; the message log inserts two rows per OCPP call.
    Rows must have a value for every column but the primary key.

    On PostgreSQL the rows go through ``COPY … FROM STDIN`` (psycopg's ``Cursor.copy``) in the same transaction:
    one statement for the whole batch instead of one INSERT per row (psycopg's executemany pipelines them, but the
    server still parses, binds and executes each), which costs the server and the writer thread a fraction.
    """

    def __init__(self, table: Table) -> None:
        self.table = table
        self.keys = [c.key for c in table.columns if not c.primary_key]
        self._prepared: dict[tuple[str, str], _Prepared] = {}

    def _prepare(self, dialect: Dialect) -> _Prepared:
        compiled = insert(self.table).compile(dialect=dialect, column_keys=self.keys)
        order = list(compiled.positiontup or ()) if compiled.positional else self.keys
        columns = self.table.c
        procs = [columns[key].type.dialect_impl(dialect).bind_processor(dialect) for key in order]
        copy = None
        if dialect.name == "postgresql":
            quote = dialect.identifier_preparer.quote
            names = ", ".join(quote(columns[key].name) for key in order)
            copy = f"COPY {dialect.identifier_preparer.format_table(self.table)} ({names}) FROM STDIN"
        return _Prepared(
            compiled.string,
            bool(compiled.positional),
            order,
            itemgetter(*order),
            [(i, p) for i, p in enumerate(procs) if p is not None],
            copy,
        )

    def execute(self, conn: Connection, rows: list[dict[str, Any]]) -> None:
        dialect = conn.dialect
        key = (dialect.name, dialect.paramstyle)
        prepared = self._prepared.get(key)
        if prepared is None:
            prepared = self._prepared[key] = self._prepare(dialect)
        get, processed = prepared.get, prepared.processed
        params: list[Any] = []
        try:
            for row in rows:
                values = list(get(row))
                for i, process in processed:
                    values[i] = process(values[i])
                params.append(tuple(values))
        except KeyError:  # a row without some column: let SQLAlchemy fill in the defaults
            conn.execute(insert(self.table), rows)
            return
        if prepared.copy is not None:
            _copy_rows(conn, prepared.copy, params)
            return
        if not prepared.positional:
            params = [dict(zip(prepared.order, values, strict=True)) for values in params]
        conn.exec_driver_sql(prepared.sql, params)


@dataclass(frozen=True, slots=True)
class _Prepared:
    sql: str
    positional: bool
    order: list[str]
    get: Callable[[dict[str, Any]], Any]
    processed: list[tuple[int, Callable[[Any], Any]]]  # (position, bind processor) of the values to convert
    copy: str | None = None  # PostgreSQL: the COPY statement taking the values in ``order``


def _copy_rows(conn: Connection, sql: str, rows: list[tuple[Any, ...]]) -> None:
    """``COPY … FROM STDIN`` of ``rows`` on ``conn``'s psycopg connection (its transaction). A driver error is
    raised as ``Connection.execute`` would raise it (:func:`raise_dbapi_error`), so the writer tells an outage
    from a refused row the same way."""
    dbapi_conn = conn.connection.dbapi_connection
    assert dbapi_conn is not None
    cursor: Any = dbapi_conn.cursor()  # a psycopg Cursor (the DBAPI protocol knows no COPY)
    try:
        with cursor.copy(sql) as copy:
            for row in rows:
                copy.write_row(row)
    except conn.dialect.loaded_dbapi.Error as e:
        raise_dbapi_error(conn, sql, None, e)
    finally:
        cursor.close()


_METERS = _BulkInsert(MeterValue.__table__)
_FRAMES = _BulkInsert(OcppMessage.__table__)


def insert_meter_rows(conn: Connection, rows: list[dict[str, Any]]) -> None:
    """``meter_values`` rows (every column but the id) in ``conn``'s transaction, as the telemetry flush writes
    them (for a work item's rows)."""
    _METERS.execute(conn, rows)


_PRESENCE = (
    update(Charger)
    .where(Charger.charge_point_id == bindparam("b_cp"))
    .values(last_seen=bindparam("b_seen"), online=bindparam("b_online"))
)


def _grouped(updates: list[tuple[Any, dict[str, Any]]]) -> list[tuple[Any, list[dict[str, Any]]]]:
    """Consecutive updates of one statement as one executemany (order kept)."""
    out: list[tuple[Any, list[dict[str, Any]]]] = []
    for statement, params in updates:
        if out and out[-1][0] is statement:
            out[-1][1].append(params)
        else:
            out.append((statement, [params]))
    return out


def _drain(buf: deque[T]) -> list[T]:
    out = []
    while buf:
        try:
            out.append(buf.popleft())
        except IndexError:
            break
    return out


def _set_results(group: list[tuple[_Item, Any]], exc: BaseException | None) -> None:
    for item, result in group:
        if item.future.done():
            continue
        if exc is not None:
            item.future.set_exception(exc)
        else:
            item.future.set_result(result)


def _expire(future: asyncio.Future[Any]) -> None:
    if not future.done():
        future.set_exception(StoreUnavailable("the database did not answer in time"))


def _consume(future: asyncio.Future[Any]) -> None:
    if not future.cancelled():
        future.exception()


def _short(error: BaseException) -> str:
    return str(error).splitlines()[0][:200] if str(error) else type(error).__name__
