"""An index for re-sent StartTransactions

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-06 23:45:00

``ix_sessions_cp_start`` (charge_point_id, start_at): the idempotency lookup of every StartTransaction (same
charger, connector, tag, meterStart and timestamp) reads one row. With only ``ix_sessions_start`` it read every
session that started in the same second (hundreds under a busy site's shift change; 14% of the store writer's time
in the transaction-heavy benchmark), with ``ix_sessions_active`` every session the connector ever had.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_sessions_cp_start", "sessions", ["charge_point_id", "start_at"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_sessions_cp_start", table_name="sessions")
