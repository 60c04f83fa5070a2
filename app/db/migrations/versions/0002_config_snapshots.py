"""configuration snapshots

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27 09:00:00

A snapshot header per charger and moment (``config_snapshots``) and one row per key
(``config_snapshot_keys``): listing reads the headers only, a diff reads two snapshots' rows by the
(snapshot_id, key) unique index.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "config_snapshots",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("charge_point_id", sa.String(length=64), nullable=False),
        sa.Column("taken_at", sa.DateTime(), nullable=False),
        sa.Column("label", sa.String(length=120), nullable=False),
        sa.Column("ocpp_version", sa.String(length=8), nullable=False),
        sa.Column("vendor", sa.String(length=50), nullable=False),
        sa.Column("model", sa.String(length=50), nullable=False),
        sa.Column("firmware_version", sa.String(length=50), nullable=False),
        sa.Column("serial_number", sa.String(length=50), nullable=False),
        sa.Column("key_count", sa.Integer(), nullable=False),
        sa.Column("actor", sa.String(length=120), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_config_snapshots")),
    )
    with op.batch_alter_table("config_snapshots", schema=None) as batch_op:
        batch_op.create_index("ix_config_snapshots_cp_taken", ["charge_point_id", "taken_at"], unique=False)

    op.create_table(
        "config_snapshot_keys",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("snapshot_id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=300), nullable=False),
        sa.Column("value", sa.Text(), nullable=True),
        sa.Column("readonly", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["snapshot_id"],
            ["config_snapshots.id"],
            name=op.f("fk_config_snapshot_keys_snapshot_id_config_snapshots"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_config_snapshot_keys")),
        sa.UniqueConstraint("snapshot_id", "key", name="uq_config_snapshot_keys_snapshot_key"),
    )


def downgrade() -> None:
    op.drop_table("config_snapshot_keys")
    with op.batch_alter_table("config_snapshots", schema=None) as batch_op:
        batch_op.drop_index("ix_config_snapshots_cp_taken")

    op.drop_table("config_snapshots")
