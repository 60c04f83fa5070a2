"""Alarms: the rules an operator sets per site and the alarms raised

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-07 15:10:00

Issue #15: ``alarm_rules`` (per site and kind: enabled, thresholds, severity, e-mail) and ``alarms`` (one row per
condition while it lasts, kept as history once cleared; see :mod:`app.services.alarms`). Sites get their default
rules from the alarms service when first read, so nothing is seeded here.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from app.models.base import UTCDateTime

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BIG_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "alarm_rules",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("site_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=24), nullable=False),
        sa.Column("enabled", sa.Boolean(), nullable=False),
        sa.Column("threshold", sa.Float(), nullable=True),
        sa.Column("window_min", sa.Float(), nullable=True),
        sa.Column("severity", sa.String(length=10), nullable=False),
        sa.Column("email", sa.Boolean(), nullable=False),
        sa.Column("revision", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.CheckConstraint("severity IN ('info', 'warning', 'critical')", name="alarm_rule_severity"),
        sa.ForeignKeyConstraint(["site_id"], ["sites.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_alarm_rules_site_kind", "alarm_rules", ["site_id", "kind"], unique=True)
    op.create_table(
        "alarms",
        sa.Column("id", BIG_ID, nullable=False),
        sa.Column("site_id", sa.Integer(), nullable=True),
        sa.Column("charge_point_id", sa.String(length=64), nullable=False),
        sa.Column("connector_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(length=24), nullable=False),
        sa.Column("key", sa.String(length=160), nullable=False),
        sa.Column("severity", sa.String(length=10), nullable=False),
        sa.Column("text", sa.String(length=300), nullable=False),
        sa.Column("raised_at", UTCDateTime(), nullable=False),
        sa.Column("cleared_at", UTCDateTime(), nullable=True),
        sa.Column("acknowledged_at", UTCDateTime(), nullable=True),
        sa.Column("acknowledged_by", sa.String(length=120), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("last_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["site_id"], ["sites.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_alarms_key_cleared", "alarms", ["key", "cleared_at"], unique=False)
    op.create_index("ix_alarms_raised", "alarms", ["raised_at"], unique=False)
    op.create_index(op.f("ix_alarms_site_id"), "alarms", ["site_id"], unique=False)


def downgrade() -> None:
    op.drop_table("alarms")
    op.drop_table("alarm_rules")
