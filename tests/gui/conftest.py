"""GUI tests that run a qasync loop are isolated in a child pytest process (marker ``isolated``).

A qasync loop leaves Qt socket notifiers and timers behind when it closes; with pytest-qt processing events
before every later test, and the other tests' asyncio loops reusing the same file descriptors, a notifier can
fire into a closed loop and crash the whole session. One process per such test keeps every test honest.
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

CHILD = "CHARGEDESK_TEST_CHILD"


def _run_in_child(item: pytest.Item) -> None:
    env = dict(os.environ, **{CHILD: "1"})
    proc = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--no-header", item.nodeid],
        cwd=str(item.config.rootpath),
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
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
