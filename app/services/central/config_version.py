"""A version stamp of the configuration, kept in the database: ``settings['config_version']``.

The central system caches what the access rules and pricing read (stations, sites, tariffs, schedules, owners,
special grants, users and their tags; see :class:`app.services.rules.access.RulesCache`). Configuration may change in
this process (the console), in another console or ``chargedesk serve`` sharing a PostgreSQL database, or from the
command line; every such change replaces the stamp **in the same transaction**, so a cache that finds the stamp
unchanged knows that nothing it holds has changed, and one that finds it changed starts again.

The stamp is an opaque random token, not a counter: two processes bumping at once cannot produce the same value,
and no read-modify-write is needed.

Bumping happens three ways:

* :func:`bump` — called by the configuration imports (``config_io``, ``users_io``) and by anything that writes
  configuration with plain SQL;
* automatically, when an ORM flush inserts, deletes or changes a row of a configuration table
  (:data:`CONFIG_TABLES`). Columns that change at run time without changing any rule (a station's boot
  information, a connector's live status: :data:`RUNTIME_COLUMNS`) do not count;
* automatically, for ORM-enabled bulk ``insert``/``update``/``delete`` statements on those tables run through
  ``Session.execute``.

Plain SQL run on a connection (``session.connection().execute(...)``) is not seen: call :func:`bump` with it.

The automatic bumps are listeners on :class:`StampedSession`, the session class that :func:`install` gives a
database where it is opened for the services (:func:`app.services.store.open_database`), never on SQLAlchemy's
``Session`` class: a session behaves the same whatever modules happen to be imported.
"""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import bindparam, event, func, inspect, select, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import ORMExecuteState, Session, UOWTransaction, sessionmaker

from app.db import Database
from app.models import Setting

KEY = "config_version"
#: On PostgreSQL every bump also notifies this channel in its transaction, so the consoles and hosts sharing the
#: database hear of a committed configuration change at once (:mod:`app.services.central.site_bus`).
CONFIG_CHANNEL = "chargedesk_config"

# What the rules, the prices and the load management are made of.
CONFIG_TABLES = frozenset(
    {
        "sites",
        "tariffs",
        "users",
        "id_tags",
        "stations",
        "connectors",
        "access_schedules",
        "access_windows",
        "date_exceptions",
        "station_owners",
        "special_grants",
        "grant_windows",
        "circuits",  # load management (app.services.load.manager follows the stamp)
        "circuit_windows",
    }
)
# Columns of those tables that the central system updates while it runs and that no rule reads.
RUNTIME_COLUMNS: dict[str, frozenset[str]] = {
    "stations": frozenset({"vendor", "model", "serial_number", "firmware_version", "ocpp_version"}),
    "connectors": frozenset({"status", "error_code", "status_info", "status_at"}),
}
BUMPS = "chargedesk.config_bumps"  # Session.info: how many times this session bumped the stamp

_SETTINGS = Setting.__table__
_CURRENT = select(_SETTINGS.c.value).where(_SETTINGS.c.key == bindparam("b_key"))
_NOTIFY = select(func.pg_notify(bindparam("b_channel"), bindparam("b_token")))
_UPDATE = update(_SETTINGS).where(_SETTINGS.c.key == bindparam("b_key")).values(value=bindparam("b_value"))


def current(session: Session) -> Any:
    """The stamp as stored (None until the first configuration change), read in the session's transaction."""
    return session.connection().execute(_CURRENT, {"b_key": KEY}).scalar()


def bump(session: Session) -> str:
    """Replace the stamp (in the session's transaction: it takes effect when that commits). Returns it."""
    token = uuid.uuid4().hex
    conn = session.connection()
    dialect = conn.dialect.name
    if dialect == "postgresql":
        conn.execute(_NOTIFY, {"b_channel": CONFIG_CHANNEL, "b_token": token})  # delivered when it commits
    if not conn.execute(_UPDATE, {"b_key": KEY, "b_value": token}).rowcount:
        if dialect == "postgresql":
            from sqlalchemy.dialects.postgresql import insert as pg_insert  # not imported on SQLite

            pg = pg_insert(_SETTINGS).values(key=KEY, value=token)
            conn.execute(
                pg.on_conflict_do_update(index_elements=[_SETTINGS.c.key], set_={"value": pg.excluded.value})
            )
        elif dialect == "sqlite":
            lite = sqlite_insert(_SETTINGS).values(key=KEY, value=token)
            conn.execute(
                lite.on_conflict_do_update(
                    index_elements=[_SETTINGS.c.key], set_={"value": lite.excluded.value}
                )
            )
        else:  # pragma: no cover - the two supported databases are above
            conn.execute(_SETTINGS.insert().values(key=KEY, value=token))
    session.info[BUMPS] = session.info.get(BUMPS, 0) + 1
    return token


def bumps(session: Session) -> int:
    """How many times ``session`` bumped the stamp (lets a cache notice a change made in its own transaction)."""
    return int(session.info.get(BUMPS, 0))


# --- automatic bumps ---------------------------------------------------------------------------------------


def _table(obj: object) -> str | None:
    return getattr(type(obj), "__tablename__", None)


def _changes_config(session: Session, obj: object) -> bool:
    table = _table(obj)
    if table not in CONFIG_TABLES:
        return False
    runtime = RUNTIME_COLUMNS.get(table)
    if runtime is None:
        return session.is_modified(obj, include_collections=False)
    state = inspect(obj, raiseerr=True)
    return any(attr.key not in runtime and attr.history.has_changes() for attr in state.attrs)


def touches_config(session: Session) -> bool:
    """Whether the session's pending flush inserts, deletes or changes configuration."""
    if any(_table(o) in CONFIG_TABLES for o in session.new):
        return True
    if any(_table(o) in CONFIG_TABLES for o in session.deleted):
        return True
    return any(_changes_config(session, o) for o in session.dirty)


def _after_flush(session: Session, _context: UOWTransaction) -> None:
    # the history of the flushed objects is still there in after_flush
    if touches_config(session):
        bump(session)


def _on_orm_execute(state: ORMExecuteState) -> None:
    if state.is_select or not (state.is_insert or state.is_update or state.is_delete):
        return
    table = getattr(state.statement, "table", None)
    if getattr(table, "name", None) in CONFIG_TABLES:
        bump(state.session)


class StampedSession(Session):
    """The sessions of a database opened for the services: the listeners above are on this class, once.

    Not per database: SQLAlchemy keys a listener by ``id()`` of the object it was given and keeps the key in a
    registry shared by every Session class, so a listener put on one database's ``sessionmaker`` (or on its Session
    subclass) outlived it, and a later database at the freed address looked installed and never bumped (the CI run of
    stop 13). Subclasses — one per ``sessionmaker`` — inherit class-level listeners."""


event.listen(StampedSession, "after_flush", _after_flush)
event.listen(StampedSession, "do_orm_execute", _on_orm_execute)


def install(database: Database) -> Database:
    """Bump the stamp automatically in every session of ``database`` from now on (idempotent). Returns it."""
    if not installed(database):
        database.sessionmaker = sessionmaker(class_=StampedSession, **database.sessionmaker.kw)
    return database


def installed(database: Database) -> bool:
    """Whether :func:`install` was called for ``database``."""
    return issubclass(database.sessionmaker.class_, StampedSession)
