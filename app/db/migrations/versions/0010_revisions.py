"""A revision per edited aggregate, for the editors' optimistic check (issue 12, "Consistency").

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-07 08:30:00

``revision`` (integer, 1 for the rows already stored) on ``stations`` (the station with its connectors, owners,
special users and station-level rules), ``access_schedules`` (the weekly windows and date exceptions),
``special_grants`` (a special user's own access times), ``users`` (with their RFID tags), ``tariffs``, ``sites`` and
``settings`` (each key). A save runs ``UPDATE … SET revision = revision + 1 WHERE id = :id AND revision = :seen``
(``app.services.revisions``); no row updated means someone else saved in between. ``ADD COLUMN`` with a constant
default needs no table rebuild on SQLite, so the ``sessions``/``stations`` triggers stay as they are.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ("stations", "access_schedules", "special_grants", "users", "tariffs", "sites", "settings")


def upgrade() -> None:
    for table in TABLES:
        op.add_column(table, sa.Column("revision", sa.Integer(), nullable=False, server_default=sa.text("1")))


def downgrade() -> None:
    # ALTER TABLE … DROP COLUMN (SQLite 3.35+): no table rebuild, so no trigger is lost
    for table in TABLES:
        op.drop_column(table, "revision")
