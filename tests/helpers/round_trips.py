"""Counting the statements a PostgreSQL connection sends (the round trips the storage thread waits for)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection


class RoundTrips:
    """Counts the statements sent to PostgreSQL on one psycopg connection (each ``execute`` is one round trip), but
    for the PREPARE of a deferred statement (once per connection)."""

    def __init__(self, conn: Connection) -> None:
        import psycopg

        self.count = 0
        counter = self

        class Cursor(psycopg.Cursor):  # type: ignore[type-arg]
            def execute(self, query: Any, *args: Any, **kwargs: Any) -> Any:
                counter.count += not str(query).startswith("PREPARE ")
                return super().execute(query, *args, **kwargs)

        self.dbapi: Any = conn.connection.dbapi_connection
        self.saved = self.dbapi.cursor_factory
        self.dbapi.cursor_factory = Cursor

    def close(self) -> None:
        self.dbapi.cursor_factory = self.saved
