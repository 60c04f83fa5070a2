"""GUI tests that run a qasync loop are isolated in a child pytest process (marker ``isolated``).

A qasync loop leaves Qt socket notifiers and timers behind when it closes; with pytest-qt processing events
before every later test, and the other tests' asyncio loops reusing the same file descriptors, a notifier can
fire into a closed loop and crash the whole session. One process per such test keeps every test honest.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.config import CentralSystemSettings, Settings
from app.db import Database, upgrade
from tests.helpers.ocpp import add_station

CHILD = "CHARGEDESK_TEST_CHILD"
# The child runs the test under pytest-timeout's own budget (the `timeout` setting, the same as every test's);
# the parent waits a little longer, so a hang is reported by the child with its traceback.
CHILD_MARGIN_S = 60


def _child_timeout(config: pytest.Config) -> float:
    return float(config.getini("timeout") or 300)


def _run_in_child(item: pytest.Item) -> None:
    env = dict(os.environ, **{CHILD: "1"})
    proc = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--no-header", item.nodeid],
        cwd=str(item.config.rootpath),
        env=env,
        capture_output=True,
        text=True,
        timeout=_child_timeout(item.config) + CHILD_MARGIN_S,
    )
    if proc.returncode != 0:
        pytest.fail(
            f"isolated test failed (exit {proc.returncode}):\n{proc.stdout[-6000:]}\n{proc.stderr[-3000:]}",
            pytrace=False,
        )


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if os.environ.get(CHILD):
        return
    for item in items:
        if item.get_closest_marker("isolated") is not None and isinstance(item, pytest.Function):
            item.runtest = lambda it=item: _run_in_child(it)  # type: ignore[method-assign]
            # the parent outlives its child's own timeout (and the margin) before pytest-timeout stops it
            item.add_marker(pytest.mark.timeout(_child_timeout(config) + 2 * CHILD_MARGIN_S))


@pytest.fixture
def console_settings(tmp_path: Path) -> Settings:
    """A console's settings over a real SQLite file with two stations (HALL-B-1 with 2 connectors, GARAGE-2)."""
    url = f"sqlite:///{tmp_path / 'console.db'}"
    upgrade(url)
    db = Database(url)
    add_station(db, "HALL-B-1", connectors=2)
    add_station(db, "GARAGE-2", connectors=1)
    db.dispose()
    return Settings(
        database_url=url,
        data_dir=tmp_path,
        central=CentralSystemSettings(host="127.0.0.1", port=0, ping_interval_s=20),
    )
