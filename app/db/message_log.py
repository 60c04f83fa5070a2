"""Where the OCPP message log is stored: on SQLite a file of its own next to the main database.

SQLite has one write lock per database file. The message log is most of the rows a busy site writes (two per OCPP
call), and a flush of it in the main file held that lock ~20 ms every 0.1 s under load: every durable write (a
StartTransaction waiting for its commit before the charger gets its answer) queued behind it. In a file of its own
(``chargedesk.db`` → ``chargedesk-messages.db``) the log is written by its own thread on its own connection and
the main file's commits never wait for it. It is telemetry: the file runs with ``synchronous=NORMAL`` (WAL: a
commit survives the process ending, not a power cut, and costs no fsync of its own).

On PostgreSQL (and an in-memory SQLite database) the log stays in the main database's ``ocpp_messages`` table,
written on a connection of its own. The main SQLite file keeps its (empty) ``ocpp_messages`` table so both backends
share one schema; rows a previous version wrote there are moved to the log's file when it is first prepared.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import event, select

from app.models import OcppMessage

from .engine import Database, sqlite_path


def message_log_path(database_path: Path) -> Path:
    """The message log's file for the SQLite file ``database_path`` (``x/chargedesk.db`` → ``x/chargedesk-messages.db``)."""
    return database_path.with_name(f"{database_path.stem}-messages{database_path.suffix or '.db'}")


def message_log_database(database: Database) -> Database:
    """The database the message log of ``database`` is written to and read from: ``database`` itself, or on a
    SQLite file a new :class:`Database` on the log's own file (the caller disposes of it). Nothing is opened yet:
    call :func:`prepare_message_log` before using it."""
    path = sqlite_path(database.url)
    if path is None:
        return database
    log_db = Database(f"sqlite:///{message_log_path(path)}")
    event.listen(log_db.engine, "connect", _telemetry_pragmas)  # after the engine's own (synchronous=FULL)
    return log_db


def _telemetry_pragmas(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
    dbapi_conn.execute("PRAGMA synchronous=NORMAL")


def prepare_message_log(database: Database, log_db: Database) -> int:
    """Create the log's table in ``log_db`` when it is a file of its own, and move into it the rows a previous
    version wrote to the main file's table (oldest first; they get new ids after the log's own). Returns how many
    rows were moved. Both files change in one transaction (ATTACH): a process ended in its commit could leave
    moved rows in both files, never in neither."""
    if log_db is database:
        return 0
    with log_db.engine.begin() as conn:
        OcppMessage.__table__.create(conn, checkfirst=True)  # with its indexes
    table = OcppMessage.__table__
    with database.engine.connect() as conn:
        empty = conn.scalar(select(table.c.id).limit(1)) is None
        conn.rollback()
        if empty:
            return 0
        columns = ", ".join(c.name for c in table.columns if not c.primary_key)
        # (pysqlite opens no transaction for ATTACH / DETACH, which SQLite refuses inside one)
        conn.exec_driver_sql("ATTACH DATABASE ? AS message_log", (str(sqlite_path(log_db.url)),))
        conn.commit()
        try:
            with conn.begin():
                moved = conn.exec_driver_sql(
                    f"INSERT INTO message_log.{table.name} ({columns}) "
                    f"SELECT {columns} FROM main.{table.name} ORDER BY id"
                ).rowcount
                conn.exec_driver_sql(f"DELETE FROM main.{table.name}")
        finally:
            conn.exec_driver_sql("DETACH DATABASE message_log")
            conn.commit()
    return int(moved)
