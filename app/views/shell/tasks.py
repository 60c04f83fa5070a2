"""Background tasks of a view: one :class:`TaskSet` per page or dialog, instead of a copy of the same helper in
every module.

A coroutine started from a slot must be referenced until it ends (asyncio keeps only a weak reference), and an
unexpected error must reach the user rather than vanish with the task. ``TaskSet.spawn`` does both; ``cancel``
and ``aclose`` stop what is running when the page goes away (staged shutdown).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine
from typing import Any

log = logging.getLogger(__name__)


def report_to_loop(exc: BaseException) -> None:
    """An ``on_error`` that hands the failure to the running loop's exception handler, where an un-referenced
    task's failure went before (the console's handler logs it and tells the operator)."""
    asyncio.get_event_loop().call_exception_handler(
        {"message": "Task exception was never retrieved", "exception": exc}
    )


class TaskSet:
    """The tasks a view started, referenced until done. ``on_error(exc)`` is called (on the loop) for a task that
    failed with anything but cancellation; without one, the failure is logged with its traceback."""

    def __init__(self, on_error: Callable[[BaseException], None] | None = None) -> None:
        self.tasks: set[asyncio.Task[Any]] = set()
        self.on_error = on_error

    def spawn(self, coro: Coroutine[Any, Any, Any], *, name: str | None = None) -> asyncio.Task[Any]:
        task = asyncio.ensure_future(coro)
        if name is not None:
            task.set_name(name)
        self.tasks.add(task)
        task.add_done_callback(self._done)
        return task

    def _done(self, task: asyncio.Task[Any]) -> None:
        self.tasks.discard(task)
        if task.cancelled():
            return
        exc = task.exception()
        if exc is None:
            return
        if self.on_error is not None:
            self.on_error(exc)
        else:
            log.error("background task %s failed", task.get_name(), exc_info=exc)

    def __len__(self) -> int:
        return len(self.tasks)

    def cancel(self) -> None:
        for task in list(self.tasks):
            task.cancel()

    async def aclose(self) -> None:
        """Cancels every task and waits until they have ended."""
        tasks = list(self.tasks)
        for task in tasks:
            task.cancel()
        if tasks:
            await asyncio.gather(*tasks, return_exceptions=True)


__all__ = ["TaskSet", "report_to_loop"]
