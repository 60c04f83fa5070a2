"""Background coroutines of the services that run beside the central system (the load manager, the local list
sync): each kept in its owner's set until it ends, a failure logged with what it was doing."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Coroutine
from typing import Any

__all__ = ["spawn"]


def spawn(
    tasks: set[asyncio.Task[Any]], coro: Coroutine[Any, Any, Any], name: str, log: logging.Logger, what: str
) -> asyncio.Task[Any]:
    """Run ``coro`` as a task named ``name`` on the running loop, kept in ``tasks`` until it ends; a failure is
    logged as "``what``: ``name`` failed: …" (a cancellation is not)."""
    task: asyncio.Task[Any] = asyncio.get_running_loop().create_task(coro, name=name)
    tasks.add(task)

    def done(t: asyncio.Task[Any]) -> None:
        tasks.discard(t)
        if not t.cancelled() and t.exception() is not None:
            log.warning("%s: %s failed: %s", what, name, t.exception())

    task.add_done_callback(done)
    return task
