"""Session totals per site and day, kept by triggers

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-06 23:45:00

``session_day_totals``: count, priced count, energy and amount (in 0.0001 units, exact) of the sessions per
site × UTC day of the start × currency × status × flagged, so the Sessions page sums a few thousand rows
instead of reading every session (``app.services.reports.sessions.session_totals``).

The table is kept by triggers, in the transaction that writes the session, whatever writes it (the central
system's writer, the operator closing a stuck session, a raw import): on ``sessions`` after an insert, an update
of a column the totals depend on, and a delete; on ``stations`` when a station moves to another site (its
sessions' totals move with it). Then it is filled from the sessions already stored.

On PostgreSQL each connection adds to rows of its own ``slot`` (``pg_backend_pid()``), so two writers never wait
for, or deadlock on, the same row; readers sum the slots. SQLite has one writer at a time: slot 0.

On SQLite, a later migration that rebuilds ``sessions`` or ``stations`` (``batch_alter_table`` copies the table)
drops their triggers: it must call :func:`create_triggers` again.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLE = "session_day_totals"
KEY = "site_id, day, currency, status, flagged, slot"
VALUES = "sessions, priced, energy_wh, amount_e4"
# the session columns the totals depend on (an update of any other column leaves them alone)
COUNTED = (
    "station_id",
    "start_at",
    "currency",
    "status",
    "flags",
    "energy_wh",
    "meter_start_wh",
    "meter_stop_wh",
    "price_total",
)
ADD = ", ".join(f"{c} = {TABLE}.{c} + excluded.{c}" for c in VALUES.split(", "))


def _terms(r: str, dialect: str) -> dict[str, str]:
    """The key and the values of one session row ``r`` (``NEW``, ``OLD`` or a table alias) as SQL."""
    pg = dialect == "postgresql"
    return {
        "site": f"coalesce((SELECT st.site_id FROM stations st WHERE st.id = {r}.station_id), 0)",
        "day": f"CAST({r}.start_at AS date)" if pg else f"substr({r}.start_at, 1, 10)",
        "currency": f"{r}.currency",
        "status": f"{r}.status",
        "flagged": f"CASE WHEN {r}.flags <> '' THEN 1 ELSE 0 END",
        "priced": f"CASE WHEN {r}.price_total IS NOT NULL THEN 1 ELSE 0 END",
        "energy": f"coalesce({r}.energy_wh, {r}.meter_stop_wh - {r}.meter_start_wh, 0.0)",
        "amount": (
            f"coalesce(CAST(round({r}.price_total * 10000) AS bigint), 0)"
            if pg
            else f"coalesce(CAST(round({r}.price_total * 10000) AS INTEGER), 0)"
        ),
    }


def _add(
    r: str, dialect: str, slot: str, *, sign: str = "", sessions: str = "1", delta_from: str = ""
) -> str:
    """Add row ``r``'s contribution (``sign`` '-': take it away) to its key's row in ``slot``; with
    ``delta_from``, add what changed since that row instead (the same key: ``new − old`` is computed first, so an
    unchanged energy adds exactly 0.0)."""
    t = _terms(r, dialect)
    values = [t[v] for v in ("priced", "energy", "amount")]
    if delta_from:
        old = _terms(delta_from, dialect)
        values = [f"({t[v]}) - ({old[v]})" for v in ("priced", "energy", "amount")]
    elif sign:
        values = [f"{sign}({v})" for v in values]
    key = [t["site"], t["day"], t["currency"], t["status"], t["flagged"], slot]
    return (
        f"INSERT INTO {TABLE} ({KEY}, {VALUES}) VALUES ({', '.join([*key, sessions, *values])}) "
        f"ON CONFLICT ({KEY}) DO UPDATE SET {ADD}"
    )


def _upsert(rows: str) -> str:
    """Add the contributions ``rows`` (a query of the table's columns) to the table, one row per key."""
    return (
        f"INSERT INTO {TABLE} ({KEY}, {VALUES}) "
        f"SELECT {KEY}, sum(sessions), sum(priced), sum(energy_wh), sum(amount_e4) FROM ({rows}) AS d "
        f"WHERE true GROUP BY {KEY} "
        f"ON CONFLICT ({KEY}) DO UPDATE SET {ADD}"
    )


def _same_key(dialect: str) -> str:
    """Whether an update leaves the session under the same key (the same station, not only the same site)."""
    old, new = _terms("OLD", dialect), _terms("NEW", dialect)
    same = "IS NOT DISTINCT FROM" if dialect == "postgresql" else "IS"
    return " AND ".join(
        [
            f"OLD.station_id {same} NEW.station_id",
            *(f"{old[k]} {same} {new[k]}" for k in ("day", "currency", "status", "flagged")),
        ]
    )


def _empty(dialect: str) -> str:
    """A row that holds nothing any more. On SQLite (one slot) a key without sessions has nothing left; on
    PostgreSQL a slot's row may hold another connection's session's changes with a count of 0, so every value
    must be 0 (a float residue keeps a row: harmless)."""
    if dialect == "postgresql":
        return "sessions = 0 AND priced = 0 AND amount_e4 = 0 AND energy_wh = 0"
    return "sessions = 0"


def _drop_empty(r: str, dialect: str, slot: str) -> str:
    """Remove the row of ``r``'s key once it holds nothing (keeps the table small, no float residue)."""
    t = _terms(r, dialect)
    return (
        f"DELETE FROM {TABLE} WHERE site_id = {t['site']} AND day = {t['day']} AND currency = {t['currency']} "
        f"AND status = {t['status']} AND flagged = {t['flagged']} AND slot = {slot} AND {_empty(dialect)}"
    )


def _station_rows(station: str, site: str, sign: str, dialect: str, slot: str) -> str:
    """The contributions of every session of ``station`` (``NEW.id``, ``OLD.id``), counted at ``site``."""
    t = _terms("s", dialect)
    return (
        f"SELECT {site} AS site_id, {t['day']} AS day, s.currency AS currency, s.status AS status, "
        f"{t['flagged']} AS flagged, {slot} AS slot, {sign}1 AS sessions, {sign}{t['priced']} AS priced, "
        f"{sign}{t['energy']} AS energy_wh, {sign}{t['amount']} AS amount_e4 "
        f"FROM sessions s WHERE s.station_id = {station}"
    )


def _move_station(station: str, old_site: str, new_site: str, dialect: str, slot: str) -> str:
    """Move the totals of ``station``'s sessions from ``old_site`` to ``new_site``; drop the rows left empty."""
    rows = _station_rows(station, old_site, "-", dialect, slot) + " UNION ALL "
    rows += _station_rows(station, new_site, "", dialect, slot)
    return f"{_upsert(rows)}; DELETE FROM {TABLE} WHERE site_id = {old_site} AND slot = {slot} AND {_empty(dialect)}"


def _changed(dialect: str) -> str:
    differ = "IS DISTINCT FROM" if dialect == "postgresql" else "IS NOT"
    return "(" + " OR ".join(f"OLD.{c} {differ} NEW.{c}" for c in COUNTED) + ")"


def _sqlite_statements() -> list[str]:
    d, slot = "sqlite", "0"
    on_update = f"AFTER UPDATE OF {', '.join(COUNTED)} ON sessions"
    return [
        f"CREATE TRIGGER {TABLE}_insert AFTER INSERT ON sessions BEGIN {_add('NEW', d, slot)}; END",
        f"CREATE TRIGGER {TABLE}_update {on_update} WHEN {_changed(d)} AND {_same_key(d)} BEGIN "
        f"{_add('NEW', d, slot, sessions='0', delta_from='OLD')}; END",
        f"CREATE TRIGGER {TABLE}_rekey {on_update} WHEN NOT ({_same_key(d)}) BEGIN "
        f"{_add('OLD', d, slot, sign='-', sessions='-1')}; {_drop_empty('OLD', d, slot)}; {_add('NEW', d, slot)}; END",
        f"CREATE TRIGGER {TABLE}_delete AFTER DELETE ON sessions BEGIN "
        f"{_add('OLD', d, slot, sign='-', sessions='-1')}; {_drop_empty('OLD', d, slot)}; END",
        f"CREATE TRIGGER {TABLE}_station_site AFTER UPDATE OF site_id ON stations "
        f"WHEN OLD.site_id IS NOT NEW.site_id BEGIN {_move_station('NEW.id', 'OLD.site_id', 'NEW.site_id', d, slot)}; END",
        # a station deleted with sessions (the console refuses; the foreign key would make them loose chargers'):
        # its totals go to site 0 before the foreign key's update, which then finds no station either way
        f"CREATE TRIGGER {TABLE}_station_delete BEFORE DELETE ON stations "
        f"BEGIN {_move_station('OLD.id', 'OLD.site_id', '0', d, slot)}; END",
    ]


def _pg_statements() -> list[str]:
    d, slot = "postgresql", "pg_backend_pid()"
    return [
        f"""CREATE FUNCTION {TABLE}_on_session() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        {_add("NEW", d, slot)};
    ELSIF TG_OP = 'UPDATE' AND ({_same_key(d)}) THEN
        {_add("NEW", d, slot, sessions="0", delta_from="OLD")};
    ELSE
        {_add("OLD", d, slot, sign="-", sessions="-1")};
        {_drop_empty("OLD", d, slot)};
        IF TG_OP = 'UPDATE' THEN
            {_add("NEW", d, slot)};
        END IF;
    END IF;
    RETURN NULL;
END $$""",
        f"""CREATE FUNCTION {TABLE}_on_station() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        {_move_station("OLD.id", "OLD.site_id", "0", d, slot)};
        RETURN OLD;
    END IF;
    {_move_station("NEW.id", "OLD.site_id", "NEW.site_id", d, slot)};
    RETURN NULL;
END $$""",
        f"CREATE TRIGGER {TABLE}_insert AFTER INSERT ON sessions "
        f"FOR EACH ROW EXECUTE FUNCTION {TABLE}_on_session()",
        f"CREATE TRIGGER {TABLE}_update AFTER UPDATE OF {', '.join(COUNTED)} ON sessions "
        f"FOR EACH ROW WHEN {_changed(d)} EXECUTE FUNCTION {TABLE}_on_session()",
        f"CREATE TRIGGER {TABLE}_delete AFTER DELETE ON sessions "
        f"FOR EACH ROW EXECUTE FUNCTION {TABLE}_on_session()",
        f"CREATE TRIGGER {TABLE}_station_site AFTER UPDATE OF site_id ON stations "
        f"FOR EACH ROW WHEN (OLD.site_id IS DISTINCT FROM NEW.site_id) EXECUTE FUNCTION {TABLE}_on_station()",
        f"CREATE TRIGGER {TABLE}_station_delete BEFORE DELETE ON stations "
        f"FOR EACH ROW EXECUTE FUNCTION {TABLE}_on_station()",
    ]


def create_triggers() -> None:
    """The triggers that keep ``session_day_totals`` (again, after a migration rebuilt a table on SQLite)."""
    dialect = op.get_bind().dialect.name
    for statement in _pg_statements() if dialect == "postgresql" else _sqlite_statements():
        op.execute(statement)


def backfill() -> None:
    """The totals of the sessions already stored (slot 0)."""
    dialect = op.get_bind().dialect.name
    t = _terms("s", dialect)
    op.execute(
        f"INSERT INTO {TABLE} ({KEY}, {VALUES}) "
        f"SELECT coalesce(st.site_id, 0), {t['day']}, s.currency, s.status, {t['flagged']}, 0, count(*), "
        f"sum({t['priced']}), sum({t['energy']}), sum({t['amount']}) "
        "FROM sessions s LEFT JOIN stations st ON st.id = s.station_id "
        f"GROUP BY coalesce(st.site_id, 0), {t['day']}, s.currency, s.status, {t['flagged']}"
    )


def upgrade() -> None:
    op.create_table(
        TABLE,
        sa.Column("site_id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("flagged", sa.Integer(), nullable=False),
        sa.Column("slot", sa.Integer(), nullable=False),
        sa.Column("sessions", sa.BigInteger(), nullable=False),
        sa.Column("priced", sa.BigInteger(), nullable=False),
        sa.Column("energy_wh", sa.Float(), nullable=False),
        sa.Column("amount_e4", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint(
            "site_id", "day", "currency", "status", "flagged", "slot", name=op.f("pk_session_day_totals")
        ),
    )
    backfill()
    create_triggers()


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    for name in ("insert", "update", "rekey", "delete"):
        op.execute(
            f"DROP TRIGGER IF EXISTS {TABLE}_{name}" + (" ON sessions" if dialect == "postgresql" else "")
        )
    for name in ("station_site", "station_delete"):
        op.execute(
            f"DROP TRIGGER IF EXISTS {TABLE}_{name}" + (" ON stations" if dialect == "postgresql" else "")
        )
    if dialect == "postgresql":
        op.execute(f"DROP FUNCTION IF EXISTS {TABLE}_on_session()")
        op.execute(f"DROP FUNCTION IF EXISTS {TABLE}_on_station()")
    op.drop_table(TABLE)
