"""Which database a console uses, and what another one holds: the one check behind the Settings page's
"Test connection" and ``chargedesk db current``."""

from __future__ import annotations

from dataclasses import dataclass

from app.db import Database, current_revision, head_revision
from app.services.store import Store


@dataclass(frozen=True)
class DatabaseStatus:
    """What :func:`check_database` found: where (``describe``), the schema revision there (None: empty) and the
    revision this version of ChargeDesk expects."""

    describe: str
    revision: str | None
    head: str

    @property
    def empty(self) -> bool:
        return self.revision is None

    @property
    def up_to_date(self) -> bool:
        return self.revision == self.head

    def sentence(self) -> str:
        """What the operator is told after a successful connection."""
        if self.revision is None:
            return f"Connected to {self.describe}: empty database; it will be set up at the next start."
        if self.revision != self.head:
            return f"Connected to {self.describe}: schema {self.revision}, it will be upgraded at the next start."
        return f"Connected to {self.describe}: schema up to date."


def database_status(url: str) -> DatabaseStatus:
    """Connect to ``url`` (without migrating it) and read its schema revision; raises the driver's error when it
    cannot connect. Blocking: a console calls :meth:`DatabaseService.check`."""
    db = Database(url, pool_pre_ping=False) if not url.startswith("sqlite") else Database(url)
    try:
        rev = current_revision(db.engine)
    finally:
        db.dispose()
    return DatabaseStatus(db.describe(), rev, head_revision())


def check_database(url: str) -> str:
    """Connect to ``url`` and describe what is there, in a sentence (blocking)."""
    return database_status(url).sentence()


class DatabaseService:
    """The Settings page's database tab: the database in use and a connection test to another one."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def describe(self) -> str:
        """The database this console uses (URL without the password)."""
        return self.store.describe()

    async def check(self, url: str) -> str:
        """:func:`check_database` off the event loop (a connection attempt can take seconds)."""
        return await self.store.run(lambda: check_database(url))


__all__ = ["DatabaseService", "DatabaseStatus", "check_database", "database_status"]
