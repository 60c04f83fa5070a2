"""An index for "is this card charging elsewhere?"

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-07 00:40:00

``ix_sessions_upper_tag`` (upper(id_tag), status, start_at): every Authorize and StartTransaction looks for a
running, accepted session of the same tag at another connector, matching ``upper(id_tag)`` (tags are compared
case-insensitively). ``ix_sessions_tag_status`` on the bare column cannot serve that expression, so the check read
every running session of the site (``ix_sessions_status_start``); the rule checks of Authorize and StartTransaction
were ~26% of the storage thread's time in the transaction-heavy benchmark. An expression index (SQLite and
PostgreSQL) finds the tag's rows, oldest first: with start_at in it SQLite's planner picks it even without
statistics (with (tag, status) only it kept the start_at index to avoid the sort). A tag with a parent group also
matches the group's tags (OR IN); that query still reads the running sessions.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_sessions_upper_tag", "sessions", [sa.text("upper(id_tag)"), "status", "start_at"])


def downgrade() -> None:
    op.drop_index("ix_sessions_upper_tag", table_name="sessions")
