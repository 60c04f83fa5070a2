"""The site bus: running processes, charger presence, operations carried to the host, large events

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-07 08:40:00

Issue #12: consoles attach to the site's central system over the shared PostgreSQL (LISTEN/NOTIFY). What must
survive a lost notification, and what is too large for one, lives in these tables (see
:mod:`app.services.central.site_bus`). On SQLite they exist and stay empty.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_BIGINT = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "bus_nodes",
        sa.Column("id", sa.String(16), nullable=False),
        sa.Column("role", sa.String(10), nullable=False),
        sa.Column("program", sa.String(10), nullable=False),
        sa.Column("machine", sa.String(120), nullable=False),
        sa.Column("pid", sa.Integer(), nullable=False),
        sa.Column("url", sa.String(200), nullable=False),
        sa.Column("wants_frames", sa.Boolean(), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("lease_until", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_bus_nodes")),
    )
    op.create_table(
        "charger_presence",
        sa.Column("cp_id", sa.String(64), nullable=False),
        sa.Column("node_id", sa.String(16), nullable=False),
        sa.Column("ocpp_version", sa.String(8), nullable=False),
        sa.Column("ip", sa.String(64), nullable=False),
        sa.Column("secure", sa.Boolean(), nullable=False),
        sa.Column("connected_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("cp_id", name=op.f("pk_charger_presence")),
    )
    op.create_index("ix_charger_presence_node", "charger_presence", ["node_id"])
    op.create_table(
        "bus_requests",
        sa.Column("id", _BIGINT, nullable=False),
        sa.Column("node_id", sa.String(16), nullable=False),
        sa.Column("reply_to", sa.String(16), nullable=False),
        sa.Column("cp_id", sa.String(64), nullable=False),
        sa.Column("action", sa.String(64), nullable=False),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("timeout_s", sa.Float(), nullable=False),
        sa.Column("requested_by", sa.String(160), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("status", sa.String(10), nullable=False),
        sa.Column("answer", sa.JSON(), nullable=True),
        sa.Column("error_kind", sa.String(20), nullable=True),
        sa.Column("error_text", sa.Text(), nullable=True),
        sa.Column("answered_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_bus_requests")),
    )
    op.create_index("ix_bus_requests_node_status", "bus_requests", ["node_id", "status"])
    op.create_table(
        "bus_events",
        sa.Column("id", _BIGINT, nullable=False),
        sa.Column("ts", sa.DateTime(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_bus_events")),
    )


def downgrade() -> None:
    op.drop_table("bus_events")
    op.drop_index("ix_bus_requests_node_status", table_name="bus_requests")
    op.drop_table("bus_requests")
    op.drop_index("ix_charger_presence_node", table_name="charger_presence")
    op.drop_table("charger_presence")
    op.drop_table("bus_nodes")
