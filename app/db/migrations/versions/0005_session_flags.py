"""Why a session was flagged

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-06 21:00:00

``sessions.flag_reason``: the reasons behind ``sessions.flags`` in words, for the operator (an implausible energy,
power or time that kept the session from being priced; an open session closed because a new transaction started
on its connector, the connector became free again, or an operator closed it).
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("sessions", schema=None) as batch_op:
        batch_op.add_column(sa.Column("flag_reason", sa.Text(), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("sessions", schema=None) as batch_op:
        batch_op.drop_column("flag_reason")
