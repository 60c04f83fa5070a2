"""External charging limits: what a system on site (energy manager, grid operator) set on a 2.0.1 station

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-07 20:50:00

Issue #17 (:mod:`app.services.load.external`): ``external_limits``, one row per station, EVSE (0: the whole
station) and source (EMS, SO, Other) from NotifyChargingLimit, with its grid-critical flag, its chargingSchedule
list (JSON) and when it was received; ClearedChargingLimit deletes it. Load management reads it at each
allocation, so a limit outlives a restart of the host.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from app.models.base import UTCDateTime

revision: str = "0017"
down_revision: str | None = "0016"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "external_limits",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("charge_point_id", sa.String(length=64), nullable=False),
        sa.Column("evse_id", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(length=20), nullable=False),
        sa.Column("grid_critical", sa.Boolean(), nullable=True),
        sa.Column("schedule", sa.Text(), nullable=True),
        sa.Column("received_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("charge_point_id", "evse_id", "source", name="uq_external_limit"),
    )
    op.create_index("ix_external_limits_charge_point_id", "external_limits", ["charge_point_id"])


def downgrade() -> None:
    op.drop_index("ix_external_limits_charge_point_id", table_name="external_limits")
    op.drop_table("external_limits")
