"""Security profile 3 (TLS client certificates)

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-06 21:10:00

``stations.security_profile`` may be 3: the charger logs in with a TLS client certificate whose subject CN is its
charge point id (OCPP 1.6 Security Whitepaper / 2.0.1 A00.FR.3xx).
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("stations", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_stations_security_profile"), type_="check")
        batch_op.create_check_constraint("security_profile", "security_profile IN (0, 1, 2, 3)")


def downgrade() -> None:
    # refused while a station uses profile 3 (the constraint would not hold) rather than changed silently
    with op.batch_alter_table("stations", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_stations_security_profile"), type_="check")
        batch_op.create_check_constraint("security_profile", "security_profile IN (0, 1, 2)")
