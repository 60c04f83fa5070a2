"""operator accounts and the audit trail's machine

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-07 08:30:00

``operators``: the people who log in to the console (issue #12), each with a role (viewer, technician,
manager), a PBKDF2 password hash, an active flag and the lock-out counters. ``username_key`` (the username
lower-cased) is unique, so usernames are case-insensitive on SQLite and PostgreSQL alike.

``audit_log.machine``: the host name of the console (or command line) that made the change, beside the operator
in ``actor``; ``ix_audit_log_actor_ts`` serves the Audit page's filter by operator, newest first.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "operators",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("username", sa.String(length=64), nullable=False),
        sa.Column("username_key", sa.String(length=64), nullable=False),
        sa.Column("display_name", sa.String(length=120), nullable=False),
        sa.Column(
            "role",
            sa.Enum(
                "viewer",
                "technician",
                "manager",
                name="operator_role",
                native_enum=False,
                create_constraint=True,
                length=16,
            ),
            nullable=False,
        ),
        sa.Column("password_hash", sa.String(length=200), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("failed_attempts", sa.Integer(), nullable=False),
        sa.Column("locked_until", sa.DateTime(), nullable=True),
        sa.Column("last_login_at", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_operators")),
        sa.UniqueConstraint("username_key", name=op.f("uq_operators_username_key")),
    )
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.add_column(sa.Column("machine", sa.String(length=120), nullable=False, server_default=""))
        batch_op.create_index("ix_audit_log_actor_ts", ["actor", "ts"], unique=False)
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.alter_column("machine", server_default=None)


def downgrade() -> None:
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.drop_index("ix_audit_log_actor_ts")
        batch_op.drop_column("machine")
    op.drop_table("operators")
