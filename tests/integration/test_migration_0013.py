"""Migration 0013: a site's grid limit becomes its root circuit "Grid connection", and the columns go (SQLite and
PostgreSQL, from a database really at 0012)."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import inspect, text

from app.db import make_engine, upgrade
from app.db.migrate import alembic_config
from tests.helpers.pgcluster import PgCluster


@pytest.fixture(params=["sqlite", "pg"])
def url_at_0012(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'old.db'}"
    else:
        cluster: PgCluster = request.getfixturevalue("pg_cluster")
        url = cluster.create_database(f"m0013_{tmp_path.name[-20:]}".lower())
    upgrade(url, "0012")
    engine = make_engine(url)
    with engine.begin() as conn:
        for name, limit_a, limit_kw in (
            ("Depot", None, 43.0),  # 43 kW at 3 x 230 V: 62.3 A per phase (rounded down)
            ("Office", 100.0, 63.0),  # amperes win
            ("Shop", None, None),  # no limit: no circuit
            ("Garage", None, 22.0),  # has a grid connection already: kept as it is
        ):
            conn.execute(
                text(
                    "INSERT INTO sites (name, timezone, address, currency, vat_percent, created_at, grid_limit_a,"
                    " grid_limit_kw) VALUES (:n, 'Europe/Zurich', '', 'CHF', 8.1, CURRENT_TIMESTAMP, :a, :kw)"
                ),
                {"n": name, "a": limit_a, "kw": limit_kw},
            )
        conn.execute(
            text(
                "INSERT INTO circuits (site_id, parent_id, name, max_current_a, phases, position, created_at) "
                "SELECT id, NULL, 'Main', 40, 3, 0, CURRENT_TIMESTAMP FROM sites WHERE name = 'Garage'"
            )
        )
    engine.dispose()
    return url


def test_grid_limits_become_root_circuits(url_at_0012: str) -> None:
    upgrade(url_at_0012)
    engine = make_engine(url_at_0012)
    try:
        with engine.connect() as conn:
            rows = conn.execute(
                text(
                    "SELECT s.name, c.name, c.parent_id, c.max_current_a, c.max_power_kw, c.phases, c.revision "
                    "FROM circuits c JOIN sites s ON s.id = c.site_id ORDER BY s.name"
                )
            ).all()
        assert [tuple(r) for r in rows] == [
            ("Depot", "Grid connection", None, 62.3, None, 3, 1),
            ("Garage", "Main", None, 40.0, None, 3, 1),
            ("Office", "Grid connection", None, 100.0, None, 3, 1),
        ]
        columns = {c["name"] for c in inspect(engine).get_columns("sites")}
        assert "grid_limit_a" not in columns and "grid_limit_kw" not in columns
    finally:
        engine.dispose()
    # and back: the root's amperes return as the grid limit
    engine = make_engine(url_at_0012)
    try:
        with engine.begin() as conn:
            cfg = alembic_config(url_at_0012)
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0012")
        with engine.connect() as conn:
            back = conn.execute(text("SELECT name, grid_limit_a FROM sites ORDER BY name")).all()
        assert [tuple(r) for r in back] == [
            ("Depot", 62.3),
            ("Garage", 40.0),
            ("Office", 100.0),
            ("Shop", None),
        ]
    finally:
        engine.dispose()
