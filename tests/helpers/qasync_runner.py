"""Run a coroutine on a qasync loop over the test's QApplication, as the console does (app.main).

One runner for every GUI test that needs the central system and the pages on one loop (those tests are
``@pytest.mark.isolated``: see conftest.py). While the coroutine runs, ``QCoreApplication.processEvents()``
raises: called from inside a coroutine it runs other tasks' wake-ups re-entrantly, asyncio refuses to enter a
task while another one is being executed, and the wake-up is lost — the task then waits forever (a test that
hangs once in a dozen runs). Inside a coroutine, ``await asyncio.sleep(...)`` lets Qt process its events.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any

from PySide6.QtCore import QCoreApplication

_original_process_events = QCoreApplication.processEvents


def _refuse_process_events(*_args: Any, **_kwargs: Any) -> None:
    raise RuntimeError(
        "processEvents() inside a qasync coroutine re-enters the event loop and loses task "
        "wake-ups: use `await asyncio.sleep(0.05)` instead"
    )


def run_on_qasync(qapp: Any, coro_fn: Callable[[], Awaitable[Any]]) -> Any:
    from app.views.shell.event_loop import (
        ConsoleEventLoop,  # the console's: qasync's with a cheaper call_soon
    )

    qapp.setQuitOnLastWindowClosed(
        False
    )  # closing the test's windows must not stop the loop (app.main does this)
    loop = ConsoleEventLoop(qapp, already_running=False)
    asyncio.set_event_loop(loop)
    QCoreApplication.processEvents = staticmethod(_refuse_process_events)  # type: ignore[method-assign]
    try:
        return loop.run_until_complete(coro_fn())
    finally:
        QCoreApplication.processEvents = _original_process_events  # type: ignore[method-assign]
        loop.close()
        asyncio.set_event_loop(None)
