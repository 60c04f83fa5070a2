"""The central system's storage thread: durable work with group commit, telemetry in batches.

The event loop never touches the database. Handlers hand the writer a function ``fn(session) -> value`` and
await the result; the writer thread drains everything queued, runs it in **one** transaction, commits once and
then resolves every future (so a reply is sent only after its state change is on disk: SQLite synchronous=FULL,
or PostgreSQL's commit). When a batch fails, it is rolled back and its items are retried one by one, so one bad
item does not fail the others; when the database is unreachable, every item fails with
:class:`StoreUnavailable` at once (the charger gets no positive answer and retries).

Telemetry — the message log, presence (online / last seen) and meter values between a transaction's start and
stop — is buffered in memory and written with bulk inserts every ``flush_interval_s`` or ``flush_rows`` rows (and
before any work item that asks for it, e.g. a StopTransaction that prices the session from its meter values). While the database is
down the buffers are kept (bounded) and written when it is back.

``fn`` may run more than once (batch retry), so it must only change the session, not the outside world.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import queue
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from sqlalchemy import bindparam, insert, text, update
from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeout
from sqlalchemy.orm import Session

from ..db import Database
from ..models import Charger, MeterValue, OcppMessage
from ..ocpp.backend import BackendUnavailable

log = logging.getLogger(__name__)

T = TypeVar("T")
Work = Callable[[Session], Any]


class StoreUnavailable(BackendUnavailable):
    """The database could not be reached (or the writer is stopped); nothing of this item was committed."""


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
    items: int = 0
    retried_items: int = 0
    failed_items: int = 0
    frames_written: int = 0
    meters_written: int = 0
    telemetry_dropped: int = 0
    largest_batch: int = 0
    commit_seconds: float = 0.0
    outages: int = 0
    last_error: str = ""

    def as_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


_STOP = object()


@dataclass
class _Telemetry:
    frames: deque[dict[str, Any]] = field(default_factory=deque)
    meters: deque[dict[str, Any]] = field(default_factory=deque)
    presence: dict[str, tuple[dt.datetime, bool]] = field(default_factory=dict)
    presence_lock: threading.Lock = field(default_factory=threading.Lock)


class StoreWriter:
    """One thread that owns every write of the central system (see the module docstring)."""

    def __init__(self, database: Database, *, max_batch: int = 500, flush_interval_s: float = 0.5,
                 flush_rows: int = 5000, max_buffered: int = 200_000, work_timeout_s: float = 25.0) -> None:
        self.database = database
        self.max_batch = max_batch
        self.flush_interval_s = flush_interval_s
        self.flush_rows = flush_rows
        self.max_buffered = max_buffered
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

    async def run(self, fn: Callable[[Session], T], *, flush_first: bool = False,
                  timeout: float | None = None) -> T:
        """Run ``fn(session)`` in the writer thread and return its value once committed.

        Raises :class:`StoreUnavailable` when the database cannot be reached or does not answer within
        ``timeout`` (default ``work_timeout_s``); the item may still commit later, which the idempotent
        handlers tolerate when the charger retries.
        """
        future = self.submit(fn, flush_first=flush_first)
        try:
            async with asyncio.timeout(self.work_timeout_s if timeout is None else timeout):
                return await asyncio.shield(future)  # type: ignore[no-any-return]
        except TimeoutError:
            raise StoreUnavailable("the database did not answer in time") from None

    async def flush(self) -> None:
        """Wait until everything buffered so far is written."""
        await self.run(lambda s: None, flush_first=True)

    # --- telemetry (non-blocking, thread-safe) -------------------------------------------------------

    def add_frame(self, row: dict[str, Any]) -> None:
        self._telemetry.frames.append(row)

    def add_meter(self, row: dict[str, Any]) -> None:
        self._telemetry.meters.append(row)

    def touch(self, cp_id: str, when: dt.datetime, online: bool = True) -> None:
        """Presence of a charger: written at the next flush (the latest value per charger wins)."""
        with self._telemetry.presence_lock:
            self._telemetry.presence[cp_id] = (when, online)

    @property
    def buffered(self) -> int:
        return len(self._telemetry.frames) + len(self._telemetry.meters)

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
        if len(work) == 1:
            self.stats.failed_items += 1
            self._resolve(work[0], exc=error)
            return
        log.info("a batch of %d failed (%s); retrying its items one by one", len(work), _short(error))
        for w in work:
            self.stats.retried_items += 1
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
        with self.database.sessionmaker() as session, session.begin():
            return [w.fn(session) for w in work]

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
        with tel.presence_lock:
            presence, tel.presence = tel.presence, {}
        if not (meters or frames or presence):
            if not self.healthy:
                self._probe()
            return
        try:
            with self.database.engine.begin() as conn:
                if meters:
                    conn.execute(insert(MeterValue.__table__), meters)
                if frames:
                    conn.execute(insert(OcppMessage.__table__), frames)
                if presence:
                    conn.execute(_PRESENCE, [{"b_cp": cp, "b_seen": seen, "b_online": online}
                                             for cp, (seen, online) in presence.items()])
        except Exception as e:
            if is_unavailable(e):
                self._unhealthy(e)
                self._retry_at = time.monotonic() + 1.0
                self._keep(meters, frames, presence)
                return
            log.warning("telemetry batch refused (%s); writing it row by row", _short(e))
            self._flush_rows(meters, frames, presence)
            return
        self._healthy()
        self.stats.meters_written += len(meters)
        self.stats.frames_written += len(frames)

    def _flush_rows(self, meters: list[dict[str, Any]], frames: list[dict[str, Any]],
                    presence: dict[str, tuple[dt.datetime, bool]]) -> None:
        for stmt, rows in ((insert(MeterValue.__table__), meters), (insert(OcppMessage.__table__), frames)):
            for row in rows:
                try:
                    with self.database.engine.begin() as conn:
                        conn.execute(stmt, [row])
                except Exception as e:
                    self.stats.telemetry_dropped += 1
                    log.warning("telemetry row dropped (%s): %r", _short(e), {k: row[k] for k in list(row)[:6]})
        for cp, (seen, online) in presence.items():
            try:
                with self.database.engine.begin() as conn:
                    conn.execute(_PRESENCE, [{"b_cp": cp, "b_seen": seen, "b_online": online}])
            except Exception as e:
                log.warning("presence of %s not written: %s", cp, _short(e))

    def _keep(self, meters: list[dict[str, Any]], frames: list[dict[str, Any]],
              presence: dict[str, tuple[dt.datetime, bool]]) -> None:
        """Put unwritten telemetry back (oldest first), dropping the oldest beyond ``max_buffered``."""
        tel = self._telemetry
        tel.meters.extendleft(reversed(meters))
        tel.frames.extendleft(reversed(frames))
        with tel.presence_lock:
            for cp, value in presence.items():
                tel.presence.setdefault(cp, value)
        for buf in (tel.frames, tel.meters):
            while len(buf) > self.max_buffered:
                buf.popleft()
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


_PRESENCE = (
    update(Charger)
    .where(Charger.charge_point_id == bindparam("b_cp"))
    .values(last_seen=bindparam("b_seen"), online=bindparam("b_online"))
)


def _drain(buf: deque[dict[str, Any]]) -> list[dict[str, Any]]:
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


def _consume(future: asyncio.Future[Any]) -> None:
    if not future.cancelled():
        future.exception()


def _short(error: BaseException) -> str:
    return str(error).splitlines()[0][:200] if str(error) else type(error).__name__
