"""The site's grid limit becomes its root circuit: ``sites.grid_limit_a`` / ``sites.grid_limit_kw`` are removed.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-07 12:00:00

Issue #14. Before 0012 a site had a "Grid limit (kW)" (and, from the JSON configuration, amperes) that nothing used.
Now a site's grid connection is the root of its circuit tree (:class:`app.models.Circuit`, ``parent_id`` NULL), so a
site with a limit set gets a root circuit "Grid connection", 3-phase, with that limit as amperes per phase: a set
``grid_limit_a`` wins, else ``grid_limit_kw`` at 3 × 230 V (kW × 1000 / 690, rounded down to 0.1 A: never more
than the site had). A site that already has a root circuit keeps it. The columns are then dropped with ``ALTER TABLE
… DROP COLUMN`` (SQLite 3.35+): no table is rebuilt, so no trigger is lost. The downgrade adds them back empty and
sets ``grid_limit_a`` from the root circuit's amperes (the circuits stay: 0012 owns them).
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from app.models.base import UTCDateTime

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

VOLTS_3_PHASES = 3 * 230.0
ROOT_NAME = "Grid connection"

sites = sa.table(
    "sites",
    sa.column("id", sa.Integer()),
    sa.column("grid_limit_a", sa.Float()),
    sa.column("grid_limit_kw", sa.Float()),
)
circuits = sa.table(
    "circuits",
    sa.column("id", sa.Integer()),
    sa.column("site_id", sa.Integer()),
    sa.column("parent_id", sa.Integer()),
    sa.column("name", sa.String()),
    sa.column("max_current_a", sa.Float()),
    sa.column("max_power_kw", sa.Float()),
    sa.column("phases", sa.Integer()),
    sa.column("position", sa.Integer()),
    sa.column("created_at", UTCDateTime()),
)


def amperes(limit_a: float | None, limit_kw: float | None) -> float | None:
    """A site's grid limit as amperes per phase: ``limit_a`` if set, else ``limit_kw`` at 3 × 230 V rounded down
    to 0.1 A (None: no usable limit)."""
    if limit_a is not None and limit_a > 0:
        return float(limit_a)
    if limit_kw is not None and limit_kw > 0:
        return max(0.1, math.floor(limit_kw * 1000 / VOLTS_3_PHASES * 10) / 10)
    return None


def upgrade() -> None:
    conn = op.get_bind()
    rooted = set(conn.execute(sa.select(circuits.c.site_id).where(circuits.c.parent_id.is_(None))).scalars())
    now = dt.datetime.now(dt.UTC)
    for site_id, limit_a, limit_kw in conn.execute(
        sa.select(sites.c.id, sites.c.grid_limit_a, sites.c.grid_limit_kw).order_by(sites.c.id)
    ):
        current = amperes(limit_a, limit_kw)
        if current is None or site_id in rooted:
            continue
        conn.execute(
            circuits.insert().values(
                site_id=site_id,
                parent_id=None,
                name=ROOT_NAME,
                max_current_a=current,
                max_power_kw=None,
                phases=3,
                position=0,
                created_at=now,
            )
        )
    op.drop_column("sites", "grid_limit_kw")
    op.drop_column("sites", "grid_limit_a")


def downgrade() -> None:
    op.add_column("sites", sa.Column("grid_limit_a", sa.Float(), nullable=True))
    op.add_column("sites", sa.Column("grid_limit_kw", sa.Float(), nullable=True))
    conn = op.get_bind()
    for site_id, current in conn.execute(
        sa.select(circuits.c.site_id, circuits.c.max_current_a).where(circuits.c.parent_id.is_(None))
    ):
        conn.execute(sites.update().where(sites.c.id == site_id).values(grid_limit_a=current))
