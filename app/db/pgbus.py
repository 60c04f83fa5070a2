"""PostgreSQL as a message bus: LISTEN/NOTIFY on dedicated psycopg 3 async connections (never the pool's).

:class:`PgBus` keeps two connections to the database: one that only LISTENs (its ``notifies()`` generator holds
the connection) and one, in autocommit, for the bus's own statements (notifications sent, presence, requests).
Both reconnect by themselves with a growing pause; ``on_state(up, why)`` says when the bus is lost and back, so
the owner can say so and catch up from the tables (a notification sent while a listener was away is lost for it).

A notification is delivered when its transaction commits; its payload is at most ~8,000 bytes
(:data:`MAX_PAYLOAD`): larger things go in a table, and their id is notified.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable, Iterable, Sequence
from typing import Any

import psycopg
from sqlalchemy.engine import make_url

log = logging.getLogger(__name__)

MAX_PAYLOAD = 7_900  # bytes; PostgreSQL refuses 8,000 and more
POLL_S = 0.5  # how long the listener waits for notifications before it looks at new channels and its health
PING_S = 5.0  # an idle listener checks its connection this often (a silently dropped network is noticed)
BACKOFF_S = (0.2, 0.5, 1.0, 2.0, 5.0)
NOTIFY_CHUNK = 16  # notifications per statement (its text is prepared once per count)


class BusUnavailable(Exception):
    """The database behind the bus cannot be reached now."""


def conninfo(url: str, application_name: str = "chargedesk-bus") -> str:
    """The psycopg connection string of a SQLAlchemy PostgreSQL URL (any driver name), with TCP keepalives and
    the ``application_name`` an administrator sees in ``pg_stat_activity``."""
    u = make_url(url)
    if u.get_backend_name() != "postgresql":
        raise ValueError(f"the site bus needs PostgreSQL, not {u.get_backend_name()}")
    query = dict(u.query)
    for key, value in (("keepalives", "1"), ("keepalives_idle", "5"), ("keepalives_interval", "2")):
        query.setdefault(key, value)
    query.setdefault("connect_timeout", "5")
    query.setdefault("application_name", application_name)
    u = u.set(drivername="postgresql", query=query)
    return u.render_as_string(hide_password=False)


def is_postgresql(url: str) -> bool:
    return make_url(url).get_backend_name() == "postgresql"


Notify = Callable[[str, str], None]  # (channel, payload)
State = Callable[[bool, str], None]  # (up, why)


class PgBus:
    """LISTEN on ``channels`` (more can be added while it runs) and run statements, over one database."""

    def __init__(self, url: str, on_notify: Notify, on_state: State | None = None, *, name: str = "") -> None:
        # no spaces: a URI query's "+" is not a space to libpq
        self._conninfo = conninfo(url, "-".join(["chargedesk-bus", *name.split()]))
        self._on_notify = on_notify
        self._on_state = on_state
        self._channels: list[str] = []
        self._listening: set[str] = set()
        self._task: asyncio.Task[None] | None = None
        self._conn: psycopg.AsyncConnection[Any] | None = None
        self._lock = asyncio.Lock()
        self._up = asyncio.Event()
        self._closed = False
        self.up = False

    # --- listening -----------------------------------------------------------------------------------------

    def listen(self, *channels: str) -> None:
        """Add channels (taken up within :data:`POLL_S`, or at once before :meth:`start`)."""
        for channel in channels:
            if channel not in self._channels:
                self._channels.append(channel)

    async def start(self) -> None:
        """Connect and LISTEN; returns once listening, or raises :class:`BusUnavailable` (then it keeps trying in
        the background: the owner hears ``on_state(True, ...)`` when it is up)."""
        self._task = asyncio.get_running_loop().create_task(self._run(), name="pgbus-listener")
        try:
            await asyncio.wait_for(self._up.wait(), timeout=10)
        except TimeoutError as e:
            raise BusUnavailable("the site's database did not answer within 10 s") from e

    async def wait_up(self, timeout: float) -> bool:
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._up.wait(), timeout)
        return self.up

    async def close(self) -> None:
        self._closed = True
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
        if self._conn is not None:
            await self._conn.close()
            self._conn = None

    def _state(self, up: bool, why: str) -> None:
        if up == self.up:
            return
        self.up = up
        if up:
            self._up.set()
        else:
            self._up.clear()
        if self._on_state is not None:
            try:
                self._on_state(up, why)
            except Exception:
                log.exception("bus state callback failed")

    async def _run(self) -> None:
        attempt = 0
        while not self._closed:
            try:
                async with await psycopg.AsyncConnection.connect(self._conninfo, autocommit=True) as conn:
                    self._listening = set()
                    await self._take_channels(conn)
                    attempt = 0
                    self._state(True, "connected")
                    await self._listen(conn)
            except asyncio.CancelledError:
                raise
            except (psycopg.Error, OSError) as e:
                self._state(False, _why(e))
            pause = BACKOFF_S[min(attempt, len(BACKOFF_S) - 1)]
            attempt += 1
            await asyncio.sleep(pause)

    async def _take_channels(self, conn: psycopg.AsyncConnection[Any]) -> None:
        for channel in list(self._channels):
            if channel not in self._listening:
                await conn.execute(f'LISTEN "{channel}"')
                self._listening.add(channel)

    async def _listen(self, conn: psycopg.AsyncConnection[Any]) -> None:
        loop = asyncio.get_running_loop()
        quiet_since = loop.time()
        while True:
            got = False
            async for n in conn.notifies(timeout=POLL_S):
                got = True
                try:
                    self._on_notify(n.channel, n.payload)
                except Exception:
                    log.exception("bus notification handler failed on %s", n.channel)
            await self._take_channels(conn)
            now = loop.time()
            if got:
                quiet_since = now
            elif now - quiet_since > PING_S:
                await conn.execute("SELECT 1")
                quiet_since = now

    # --- statements ----------------------------------------------------------------------------------------

    async def _connection(self) -> psycopg.AsyncConnection[Any]:
        if self._conn is None or self._conn.closed or self._conn.broken:
            try:
                self._conn = await psycopg.AsyncConnection.connect(self._conninfo, autocommit=True)
            except (psycopg.Error, OSError) as e:
                raise BusUnavailable(_why(e)) from e
        return self._conn

    async def execute(self, sql: str, params: Sequence[Any] | None = None) -> list[tuple[Any, ...]]:
        """Run one statement (autocommit) and return its rows (none for a statement without a result)."""
        async with self._lock:
            conn = await self._connection()
            try:
                cur = await conn.execute(sql, params)
                return await cur.fetchall() if cur.description is not None else []
            except psycopg.OperationalError as e:
                raise BusUnavailable(_why(e)) from e

    async def transaction(self, statements: Iterable[tuple[str, Sequence[Any] | None]]) -> list[list[Any]]:
        """Run statements in one transaction (their notifications are delivered when it commits)."""
        async with self._lock:
            conn = await self._connection()
            out: list[list[Any]] = []
            try:
                async with conn.transaction():
                    for sql, params in statements:
                        cur = await conn.execute(sql, params)
                        out.append(await cur.fetchall() if cur.description is not None else [])
            except psycopg.OperationalError as e:
                raise BusUnavailable(_why(e)) from e
            return out

    async def notify_many(self, channel: str, payloads: Sequence[str]) -> None:
        """Send ``payloads`` on ``channel``, in order, in one round trip per :data:`NOTIFY_CHUNK` (a statement's target list is evaluated
        from left to right, and notifications of one transaction are delivered in the order they were sent).

        Each payload is a plain text parameter: psycopg's adapter of a ``text[]`` quotes each element in Python
        (~100 µs for a frame's event), and a JSON array of them cost a JSON encoding here and its parsing in
        PostgreSQL (~170 µs per statement of two notifications, against ~120 µs like this)."""
        for start in range(0, len(payloads), NOTIFY_CHUNK):
            chunk = payloads[start : start + NOTIFY_CHUNK]
            sql = "SELECT " + ", ".join(["pg_notify(%s, %s)"] * len(chunk))
            await self.execute(sql, [x for p in chunk for x in (channel, p)])


def _why(e: BaseException) -> str:
    text = str(e).strip().splitlines()
    return text[0] if text else type(e).__name__


__all__ = ["MAX_PAYLOAD", "BusUnavailable", "PgBus", "conninfo", "is_postgresql"]
