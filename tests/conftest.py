"""Shared fixtures: a real SQLite file and a real PostgreSQL cluster started by the test session.

Tests that take the ``db`` fixture run twice, once per backend (ids ``sqlite`` and ``pg``).
"""

from __future__ import annotations

import itertools
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# QSettings (window geometry, console preferences) must never touch the user's real configuration
os.environ["XDG_CONFIG_HOME"] = os.environ.get("CHARGEDESK_TEST_CONFIG") or tempfile.mkdtemp(
    prefix="chargedesk-cfg-"
)
os.environ["CHARGEDESK_TEST_CONFIG"] = os.environ["XDG_CONFIG_HOME"]
os.environ.setdefault("QT_API", "pyside6")
os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--no-sandbox")

from app.db import Database, upgrade
from app.services.store import open_database
from tests.helpers.logs import app_log
from tests.helpers.pgcluster import PgCluster, find_bindir

__all__ = ["app_log"]  # the autouse fixture that fails a test on an unexpected WARNING log record

TEMPLATE = "chargedesk_template"
_counter = itertools.count()


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[PgCluster]:
    bindir = find_bindir()
    if bindir is None:
        if os.environ.get("CI") or os.environ.get("CHARGEDESK_REQUIRE_PG"):
            pytest.fail("no PostgreSQL server binaries (pg_ctl) found, and CI requires them")
        pytest.skip("no PostgreSQL server binaries (pg_ctl) installed: apt-get install postgresql")
    cluster = PgCluster(bindir)
    cluster.init()
    cluster.start()
    template_url = cluster.create_database(TEMPLATE)
    upgrade(template_url)
    yield cluster
    cluster.cleanup()


def _pg_database(cluster: PgCluster) -> str:
    import psycopg

    name = f"t{os.getpid()}_{next(_counter)}"
    with psycopg.connect(
        f"host=127.0.0.1 port={cluster.port} user=postgres dbname=postgres", autocommit=True
    ) as conn:
        conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{TEMPLATE}"')
    return cluster.url(name)


@pytest.fixture
def pg_url(pg_cluster: PgCluster) -> str:
    """A fresh PostgreSQL database, for what only PostgreSQL has (the site bus: LISTEN/NOTIFY)."""
    return _pg_database(pg_cluster)


@pytest.fixture(params=["sqlite", "pg"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'chargedesk.db'}"
        upgrade(url)
        return url
    cluster = request.getfixturevalue("pg_cluster")
    return _pg_database(cluster)


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    database = open_database(db_url)
    yield database
    database.dispose()


@pytest.fixture
def sqlite_db(tmp_path: Path) -> Iterator[Database]:
    url = f"sqlite:///{tmp_path / 'chargedesk.db'}"
    upgrade(url)
    database = open_database(url)
    yield database
    database.dispose()
