"""Alarms: each alarm's text as a template and its values, translated where it is read

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-07 17:50:00

Issue #15: an alarm is raised by the host (``serve`` in English, or a console in its operator's language) and read
by consoles, e-mail recipients and the CLI in theirs. ``alarms.message`` keeps the text's source template and its
values (``{"text": ..., "args": {...}}``); ``alarms.text`` keeps the English, as before. Rows raised before this
revision have no message and are shown as stored.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0015"
down_revision: str | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("alarms") as batch:
        batch.add_column(sa.Column("message", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("alarms") as batch:
        batch.drop_column("message")
