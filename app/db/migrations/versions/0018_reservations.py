"""Reservations stored: each reservation a charger accepted and what became of it

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-07 21:00:00

Issue #17 (:mod:`app.services.central.reservations`): ``reservations`` — charger, connector (2.0.1 EVSE), the OCPP
reservation id, idTag, expiry, the operator who made it, its status (Reserved, Used, Cancelled, Expired, Removed),
when it ended and the session that used it. A new table: nothing else changes.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from app.models.base import UTCDateTime

revision: str = "0018"
down_revision: str | None = "0017"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BIG_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "reservations",
        sa.Column("id", BIG_ID, nullable=False),
        sa.Column("charge_point_id", sa.String(length=64), nullable=False),
        sa.Column("connector_id", sa.Integer(), nullable=False),
        sa.Column("reservation_id", sa.Integer(), nullable=False),
        sa.Column("id_tag", sa.String(length=36), nullable=False),
        sa.Column("expiry", UTCDateTime(), nullable=False),
        sa.Column("made_by", sa.String(length=120), nullable=False),
        sa.Column("made_at", UTCDateTime(), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("ended_at", UTCDateTime(), nullable=True),
        sa.Column("session_id", BIG_ID, nullable=True),
        sa.CheckConstraint(
            "status IN ('Reserved', 'Used', 'Cancelled', 'Expired', 'Removed')", name="reservation_status"
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_reservations_cp_made", "reservations", ["charge_point_id", "made_at"], unique=False)
    op.create_index("ix_reservations_status_expiry", "reservations", ["status", "expiry"], unique=False)


def downgrade() -> None:
    op.drop_table("reservations")
