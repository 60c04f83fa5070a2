"""Local lists kept in sync: what each charger's local authorization list holds from us

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-07 17:45:00

Issue #17 (:mod:`app.services.chargers.local_sync`). ``chargers`` gains ``ll_supported`` (None: not found out yet),
``ll_version`` (the list version the charger holds from us; None: unknown, the next update is Full), ``ll_entries``
(the entries it holds, JSON ``{idTag: idTagInfo}``: what a Differential update is computed against),
``ll_sync_at`` / ``ll_ok`` / ``ll_outcome`` (the last sync as the operator reads it). ``chargers`` carries no
triggers, so plain ``ADD COLUMN`` / ``DROP COLUMN`` rebuild nothing.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from app.models.base import UTCDateTime

revision: str = "0016"
down_revision: str | None = "0015"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

COLUMNS = ("ll_supported", "ll_version", "ll_entries", "ll_sync_at", "ll_ok", "ll_outcome")


def upgrade() -> None:
    op.add_column("chargers", sa.Column("ll_supported", sa.Boolean(), nullable=True))
    op.add_column("chargers", sa.Column("ll_version", sa.Integer(), nullable=True))
    op.add_column("chargers", sa.Column("ll_entries", sa.Text(), nullable=True))
    op.add_column("chargers", sa.Column("ll_sync_at", UTCDateTime(), nullable=True))
    op.add_column("chargers", sa.Column("ll_ok", sa.Boolean(), nullable=True))
    op.add_column("chargers", sa.Column("ll_outcome", sa.String(300), nullable=False, server_default=""))


def downgrade() -> None:
    for column in reversed(COLUMNS):
        op.drop_column("chargers", column)
