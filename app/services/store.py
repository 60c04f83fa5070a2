"""The application boundary's unit of work: the one way the console's use cases reach the database.

A view never opens a database session and never decides on which thread work runs: it calls a service
object (``UsersService.save(...)``, ``StationsService.load(...)``), and the service runs its database work
through a :class:`Store`:

* :meth:`Store.read` / :meth:`Store.write` run ``fn(session)`` on the calling thread, in one unit of work
  (``write`` commits, ``read`` rolls back whatever it touched). Used by calls a page makes synchronously
  (small, indexed reads and single-row saves) and by code that already runs on a worker thread.
* :meth:`Store.aread` / :meth:`Store.awrite` await the same work on the store's own small thread pool, so the
  event loop the chargers are served on never waits for the database. This is the one off-thread mechanism
  for the console's use cases (the central system has its own writer thread, ``central.writer``).

The same service objects are what a console attached to a central system on another machine calls: an
operation is one call whose implementation may change without touching the view.
"""

from __future__ import annotations

import asyncio
import contextvars
import functools
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, TypeVar

from sqlalchemy.orm import Session

from app.db import Database, SchemaBehindCode, SchemaNewerThanCode
from app.services.central import config_version
from app.services.roles import Permission, Principal, local_principal

#: what :func:`open_database` raises for a database it opens but does not use as it is: migrated by a newer
#: ChargeDesk, or behind the code where a start does not migrate (a shared PostgreSQL database: ``chargedesk db
#: upgrade``; a SQLite file another process holds). The message says what to do; ``SchemaBehindCode.command`` is
#: the command to run, when there is one.
DATABASE_REFUSED = (SchemaNewerThanCode, SchemaBehindCode)

T = TypeVar("T")

#: Threads for the console's off-loop database work: enough for a page read beside a save, few enough that
#: SQLite's single writer is never contended by our own threads.
WORKERS = 2


def open_database(url: str, *, migrate: bool = False, **engine_kwargs: Any) -> Database:
    """The database at ``url`` as the services use it: its sessions bump the configuration stamp when they write
    configuration (:func:`app.services.central.config_version.install`), whatever else was imported. ``migrate``:
    the start-up schema check (:func:`app.db.migrate.prepare`; raises one of :data:`DATABASE_REFUSED`)."""
    return config_version.install(Database(url, migrate=migrate, **engine_kwargs))


class Store:
    """Units of work over one :class:`~app.db.Database` (see the module)."""

    def __init__(
        self, database: Database, *, workers: int = WORKERS, principal: Principal | None = None
    ) -> None:
        self.database = database
        self._workers = workers
        self._pool: ThreadPoolExecutor | None = None
        #: who is at the console: every service over this store checks its permissions (``require``) and names
        #: it in the audit trail. Replaced (never changed) when another operator logs in.
        self.principal = principal if principal is not None else local_principal()

    # --- who may do what ----------------------------------------------------------------------------------------

    def can(self, permission: Permission) -> bool:
        """May the operator at this console do what ``permission`` covers (for views that disable controls)?"""
        return self.principal.can(permission)

    def require(self, permission: Permission) -> Principal:
        """The operator, when allowed ``permission``; else :class:`~app.services.roles.NotAllowed` (nothing done)."""
        self.principal.require(permission)
        return self.principal

    # --- on the calling thread ---------------------------------------------------------------------------

    def read(self, fn: Callable[[Session], T]) -> T:
        """``fn(session)`` in a unit of work that is never committed."""
        with self.database.sessionmaker() as s:
            try:
                return fn(s)
            finally:
                s.rollback()

    def write(self, fn: Callable[[Session], T]) -> T:
        """``fn(session)`` in a unit of work committed when ``fn`` returns, rolled back if it raises."""
        with self.database.session() as s:
            return fn(s)

    # --- off the event loop ----------------------------------------------------------------------------------

    async def aread(self, fn: Callable[[Session], T]) -> T:
        return await self._off_loop(self.read, fn)

    async def awrite(self, fn: Callable[[Session], T]) -> T:
        return await self._off_loop(self.write, fn)

    async def run(self, fn: Callable[[], T]) -> T:
        """Work that is slow but not database work (hashing a password, writing a file) on the same pool."""
        loop = asyncio.get_running_loop()
        ctx = contextvars.copy_context()
        return await loop.run_in_executor(self._executor(), functools.partial(ctx.run, fn))

    def submit(self, fn: Callable[[], T]) -> Future[T]:
        """Like :meth:`run`, for a caller without an asyncio loop (a dialog's Qt slot): the future's callbacks
        run on the pool's thread, so a view hands the result to its own thread with a queued signal."""
        ctx = contextvars.copy_context()
        return self._executor().submit(ctx.run, fn)

    async def _off_loop(self, unit: Callable[[Callable[[Session], T]], T], fn: Callable[[Session], T]) -> T:
        return await self.run(functools.partial(unit, fn))

    def _executor(self) -> ThreadPoolExecutor:
        if self._pool is None:
            self._pool = ThreadPoolExecutor(max_workers=self._workers, thread_name_prefix="store")
        return self._pool

    @property
    def backend(self) -> str:
        """``"sqlite"`` or ``"postgresql"``."""
        return self.database.backend

    def describe(self) -> str:
        return self.database.describe()

    def close(self) -> None:
        """Waits for running work, then frees the pool (the database itself is the owner's to dispose)."""
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None


__all__ = ["DATABASE_REFUSED", "Store", "open_database"]
