from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, ExceptionContext, make_url
from sqlalchemy.exc import DisconnectionError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import ConnectionPoolEntry, PoolProxiedConnection


def normalise_url(url: str) -> str:
    """``postgres://`` and ``postgresql://`` use psycopg 3; everything else is passed through."""
    u = make_url(url)
    if u.drivername in ("postgres", "postgresql"):
        u = u.set(drivername="postgresql+psycopg")
    return u.render_as_string(hide_password=False)


def sqlite_path(url: str) -> Path | None:
    u = make_url(url)
    if u.get_backend_name() != "sqlite" or not u.database or u.database == ":memory:":
        return None
    return Path(u.database)


def _sqlite_pragmas(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute("PRAGMA busy_timeout=10000")
    cur.close()


def make_engine(url: str, **kwargs: Any) -> Engine:
    url = normalise_url(url)
    path = sqlite_path(url)
    if make_url(url).get_backend_name() == "sqlite":
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"check_same_thread": False}, **kwargs)
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    kwargs.setdefault("connect_args", {"connect_timeout": 5})
    engine = create_engine(url, **kwargs)
    event.listen(engine, "handle_error", _server_went_away)
    if "pool_pre_ping" not in kwargs:  # a caller's own choice (a ping on every checkout, or none) is kept
        ping_after_idle(engine)
    return engine


# SQLSTATEs that mean the server ended this session (psycopg does not always mark the connection broken on the
# first error it reads): admin_shutdown (pg_terminate_backend, a fast shutdown), crash_shutdown,
# cannot_connect_now, and class 08, connection exception.
_GONE_SQLSTATES = frozenset({"57P01", "57P02", "57P03"})


def is_disconnect(dialect: Any, error: BaseException, dbapi_connection: Any) -> bool:
    """Whether the driver error ``error`` means the connection is gone (SQLAlchemy's test, plus the SQLSTATEs of a
    session the server ended)."""
    if dialect.is_disconnect(error, dbapi_connection, None):
        return True
    state = getattr(error, "sqlstate", None) or ""
    return state in _GONE_SQLSTATES or state.startswith("08")


def _server_went_away(context: ExceptionContext) -> None:
    if not context.is_disconnect and context.original_exception is not None and context.dialect is not None:
        if context.dialect.name == "postgresql" and is_disconnect(
            context.dialect, context.original_exception, None
        ):
            context.is_disconnect = (
                True  # SQLAlchemy then invalidates the connection (and the pool's older ones)
            )


# A pooled connection that sat idle this long is pinged when checked out (a round trip); one used more recently
# is handed out as it is. The central system's storage thread checks a connection out for every batch, back to
# back under load: a ping each time was one round trip of every batch (5% of the thread in a py-spy profile at 100
# chargers). A connection that died within this window fails its first statement instead; the pool then
# invalidates it (and every connection older than it) and the store writer re-runs a batch that failed so before
# it reached its commit.
PING_AFTER_IDLE_S = 2.0
_IDLE_SINCE = "chargedesk.idle_since"


def ping_after_idle(engine: Engine, idle_s: float = PING_AFTER_IDLE_S) -> None:
    """Ping a pooled connection at checkout when it was idle ``idle_s`` or longer; a failed ping makes the pool
    replace it (``DisconnectionError``: the pool connects anew, up to three times)."""

    def checkin(_dbapi: Any, record: ConnectionPoolEntry) -> None:
        record.info[_IDLE_SINCE] = time.monotonic()

    def checkout(dbapi: Any, record: ConnectionPoolEntry, _proxy: PoolProxiedConnection) -> None:
        since = record.info.pop(_IDLE_SINCE, None)
        if since is None or time.monotonic() - since < idle_s:
            return
        try:
            engine.dialect.do_ping(dbapi)
        except Exception as e:
            raise DisconnectionError(f"the pooled connection failed its ping: {e}") from e

    event.listen(engine, "checkin", checkin)
    event.listen(engine, "checkout", checkout)


class Database:
    """One engine and its session factory."""

    def __init__(self, url: str, *, migrate: bool = False, **engine_kwargs: Any) -> None:
        self.url = normalise_url(url)
        if migrate:
            from .migrate import prepare

            prepare(self.url)
        self.engine = make_engine(self.url, **engine_kwargs)
        self.sessionmaker = sessionmaker(self.engine, expire_on_commit=False)

    @property
    def backend(self) -> str:
        return self.engine.dialect.name

    def describe(self) -> str:
        """A human line for the status bar: the SQLite file or the PostgreSQL host/database, no password."""
        return describe_url(self.url)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A unit of work: committed when the block ends, rolled back on error."""
        s = self.sessionmaker()
        try:
            yield s
            s.commit()
        except BaseException:
            s.rollback()
            raise
        finally:
            s.close()

    def dispose(self) -> None:
        self.engine.dispose()


def describe_url(url: str) -> str:
    """The database as a person names it: ``SQLite <file>`` or ``PostgreSQL host:port/database`` (no password)."""
    u = make_url(url)
    if u.get_backend_name() == "sqlite":
        return f"SQLite {u.database}"
    return f"PostgreSQL {u.host or 'localhost'}:{u.port or 5432}/{u.database}"


def public_url(url: str) -> str:
    """``url`` as a person types it, without its password: ``postgresql://user@host:5432/db`` (the driver left to
    :func:`normalise_url`), a SQLite URL as it is."""
    u = make_url(url)
    if u.get_backend_name() != "postgresql":
        return u.render_as_string(hide_password=False)
    bare = URL.create("postgresql", u.username, None, u.host, u.port, u.database, u.query)
    return bare.render_as_string(hide_password=False)
