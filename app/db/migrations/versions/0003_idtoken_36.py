"""idTokens of up to 36 characters (OCPP 2.0.1)

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-26 15:00:00

``id_tags.id_tag`` and ``id_tags.parent_id_tag`` were 20 characters (the OCPP 1.6 idTag); OCPP 2.0.1 idTokens have
up to 36. Sessions and unknown tags already had 36.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("id_tags", schema=None) as batch_op:
        batch_op.alter_column(
            "id_tag", existing_type=sa.String(length=20), type_=sa.String(length=36), existing_nullable=False
        )
        batch_op.alter_column(
            "parent_id_tag",
            existing_type=sa.String(length=20),
            type_=sa.String(length=36),
            existing_nullable=True,
        )


def downgrade() -> None:
    # refused when a longer idToken is stored (PostgreSQL) rather than cut silently
    with op.batch_alter_table("id_tags", schema=None) as batch_op:
        batch_op.alter_column(
            "parent_id_tag",
            existing_type=sa.String(length=36),
            type_=sa.String(length=20),
            existing_nullable=True,
        )
        batch_op.alter_column(
            "id_tag", existing_type=sa.String(length=36), type_=sa.String(length=20), existing_nullable=False
        )
