"""Load management: circuits with time-of-day limits, connectors on circuits and phases, the site's strategy and
base-load meter, what each charger's smart charging accepts, limits sent and circuit load samples.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-07 11:40:00

Issue #14 (see :mod:`app.models.load`). Columns are added with ``ALTER TABLE … ADD COLUMN`` (a constant default or
NULL): no table is rebuilt on SQLite, so the ``sessions``/``stations`` triggers stay as they are. The connector's
circuit and the site's meter circuit are plain columns (SQLite cannot add a foreign key to a table without
rebuilding it, and with foreign keys on a rebuild of ``connectors`` would cascade to the rows that refer to it): the
circuits service clears them when a circuit goes.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from app.models.base import UTCDateTime

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BIG_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "circuits",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("site_id", sa.Integer(), nullable=False),
        sa.Column("parent_id", sa.Integer(), nullable=True),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("max_current_a", sa.Float(), nullable=True),
        sa.Column("max_power_kw", sa.Float(), nullable=True),
        sa.Column("phases", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("revision", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.CheckConstraint("phases IN (1, 3)", name="circuit_phases"),
        sa.CheckConstraint("max_current_a IS NULL OR max_current_a > 0", name="circuit_max_current"),
        sa.CheckConstraint("max_power_kw IS NULL OR max_power_kw > 0", name="circuit_max_power"),
        sa.ForeignKeyConstraint(["parent_id"], ["circuits.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["site_id"], ["sites.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(op.f("ix_circuits_site_id"), "circuits", ["site_id"], unique=False)
    op.create_index(op.f("ix_circuits_parent_id"), "circuits", ["parent_id"], unique=False)
    op.create_table(
        "circuit_windows",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("circuit_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("days", sa.Integer(), nullable=False),
        sa.Column("start_minute", sa.Integer(), nullable=False),
        sa.Column("end_minute", sa.Integer(), nullable=False),
        sa.Column("max_current_a", sa.Float(), nullable=True),
        sa.Column("max_power_kw", sa.Float(), nullable=True),
        sa.CheckConstraint("days > 0 AND days < 128", name="circuit_days_mask"),
        sa.CheckConstraint("start_minute >= 0 AND start_minute < 1440", name="circuit_start_range"),
        sa.CheckConstraint("end_minute > 0 AND end_minute <= 1440", name="circuit_end_range"),
        sa.ForeignKeyConstraint(["circuit_id"], ["circuits.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(op.f("ix_circuit_windows_circuit_id"), "circuit_windows", ["circuit_id"], unique=False)
    op.create_table(
        "limit_changes",
        sa.Column("id", BIG_ID, nullable=False),
        sa.Column("session_id", BIG_ID, nullable=True),
        sa.Column("charge_point_id", sa.String(length=64), nullable=False),
        sa.Column("connector_id", sa.Integer(), nullable=False),
        sa.Column("at", UTCDateTime(), nullable=False),
        sa.Column("limit_a", sa.Float(), nullable=False),
        sa.Column("phases", sa.Integer(), nullable=False),
        sa.Column("reason", sa.String(length=200), nullable=False),
        sa.Column("purpose", sa.String(length=32), nullable=False),
        sa.Column("status", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(["session_id"], ["sessions.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(op.f("ix_limit_changes_session_id"), "limit_changes", ["session_id"], unique=False)
    op.create_index("ix_limit_changes_cp_at", "limit_changes", ["charge_point_id", "at"], unique=False)
    op.create_table(
        "circuit_load",
        sa.Column("id", BIG_ID, nullable=False),
        sa.Column("circuit_id", sa.Integer(), nullable=False),
        sa.Column("at", UTCDateTime(), nullable=False),
        sa.Column("phase", sa.Integer(), nullable=False),
        sa.Column("limit_a", sa.Float(), nullable=False),
        sa.Column("allocated_a", sa.Float(), nullable=False),
        sa.Column("measured_a", sa.Float(), nullable=True),
        sa.ForeignKeyConstraint(["circuit_id"], ["circuits.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_circuit_load_circuit_at", "circuit_load", ["circuit_id", "at"], unique=False)

    def add(table: str, *columns: sa.Column[object]) -> None:
        for column in columns:
            op.add_column(table, column)

    add(
        "sites",
        sa.Column("load_strategy", sa.String(16), nullable=False, server_default="equal"),
        sa.Column("min_current_a", sa.Float(), nullable=False, server_default=sa.text("6.0")),
        sa.Column("meter_kind", sa.String(16), nullable=False, server_default=""),
        sa.Column("meter_address", sa.String(200), nullable=False, server_default=""),
        sa.Column("meter_unit", sa.Integer(), nullable=False, server_default=sa.text("1")),
        sa.Column("meter_map", sa.String(40), nullable=False, server_default=""),
        sa.Column("meter_circuit_id", sa.Integer(), nullable=True),
    )
    add("tariffs", sa.Column("load_priority", sa.Integer(), nullable=False, server_default=sa.text("0")))
    add(
        "chargers",
        sa.Column("sc_supported", sa.Boolean(), nullable=True),
        sa.Column("sc_purposes", sa.String(80), nullable=False, server_default=""),
        sa.Column("sc_units", sa.String(8), nullable=False, server_default=""),
        sa.Column("sc_max_stack", sa.Integer(), nullable=True),
        sa.Column("sc_max_periods", sa.Integer(), nullable=True),
        sa.Column("sc_checked_at", UTCDateTime(), nullable=True),
        sa.Column("sc_note", sa.String(200), nullable=False, server_default=""),
    )
    op.add_column("connectors", sa.Column("circuit_id", sa.Integer(), nullable=True))
    op.create_index(op.f("ix_connectors_circuit_id"), "connectors", ["circuit_id"], unique=False)
    add(
        "connectors",
        sa.Column("phase_rotation", sa.String(3), nullable=False, server_default="123"),
        sa.Column("phases", sa.Integer(), nullable=False, server_default=sa.text("3")),
        sa.Column("max_current_a", sa.Float(), nullable=True),
    )


def downgrade() -> None:
    # ALTER TABLE … DROP COLUMN (SQLite 3.35+): no table rebuild, so no trigger is lost
    for column in ("max_current_a", "phases", "phase_rotation"):
        op.drop_column("connectors", column)
    op.drop_index(op.f("ix_connectors_circuit_id"), table_name="connectors")
    op.drop_column("connectors", "circuit_id")
    for column in ("sc_note", "sc_checked_at", "sc_max_periods", "sc_max_stack", "sc_units", "sc_purposes"):
        op.drop_column("chargers", column)
    op.drop_column("chargers", "sc_supported")
    op.drop_column("tariffs", "load_priority")
    for column in (
        "meter_circuit_id", "meter_map", "meter_unit", "meter_address", "meter_kind", "min_current_a",
        "load_strategy",
    ):  # fmt: skip
        op.drop_column("sites", column)
    op.drop_table("circuit_load")
    op.drop_table("limit_changes")
    op.drop_table("circuit_windows")
    op.drop_table("circuits")
