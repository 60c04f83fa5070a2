"""The console's asyncio loop on Qt: qasync's, with a cheaper ``call_soon``.

qasync runs every ``call_soon`` callback through a Qt timer of its own (``startTimer(0)``, a ``timerEvent`` into
Python, ``killTimer``). The central system runs inside the console, and every OCPP message makes a dozen such
callbacks (task steps, futures, transports): under load that bookkeeping costs about as much as the work itself.
:class:`ConsoleEventLoop` keeps the callbacks due "soon" in a queue, as asyncio's own loops do, and runs the queue
from one zero-time Qt timer: one Qt timer event per pass instead of one per callback, in the same order.
Qt's own events (input, painting, sockets) still come between passes: a pass runs only the callbacks that were
queued when it began (what they queue runs in the next pass), so a busy central system cannot starve the window.
Delayed callbacks (``call_later``/``call_at`` with a delay) keep qasync's timers.

A socket that becomes readable runs its reader at once from the Qt socket notifier (as asyncio's own loops run
it right after the poll), where qasync would disable the notifier, queue a callback that runs the reader and
enable the notifier again: three steps for every message a charger sends.
"""

from __future__ import annotations

import asyncio
import collections
from typing import Any

import qasync
from PySide6.QtCore import QSocketNotifier, QTimer


def _fileno(fd: Any) -> int:
    return fd if isinstance(fd, int) else int(fd.fileno())


class ConsoleEventLoop(qasync.QEventLoop):
    def __init__(self, app: Any = None, *args: Any, **kwargs: Any) -> None:
        self._soon: collections.deque[asyncio.Handle] = collections.deque()
        self._pass = QTimer()
        self._pass.setSingleShot(True)
        self._pass.setInterval(0)
        self._pass.timeout.connect(self._run_ready)
        super().__init__(app, *args, **kwargs)

    def call_soon(self, callback: Any, *args: Any, context: Any = None) -> asyncio.Handle:
        self._check_closed()
        handle = asyncio.Handle(callback, args, self, context=context)
        self._soon.append(handle)
        if not self._pass.isActive():
            self._pass.start()
        return handle

    def call_later(self, delay: float, callback: Any, *args: Any, context: Any = None) -> Any:
        if delay <= 0:
            return self.call_soon(callback, *args, context=context)
        return super().call_later(delay, callback, *args, context=context)

    def _add_reader(self, fd: Any, callback: Any, *args: Any) -> None:
        self._check_closed()
        existing = self._read_notifiers.pop(fd, None)
        if existing is not None:
            existing.setEnabled(False)
            existing.activated["int"].disconnect()
        notifier = QSocketNotifier(_fileno(fd), QSocketNotifier.Type.Read)
        handle = asyncio.Handle(callback, args, self)
        notifiers = self._read_notifiers

        def readable(_fd: int) -> None:
            if notifiers.get(fd) is not notifier:  # removed or replaced meanwhile
                notifier.setEnabled(False)
                return
            if not handle._cancelled:
                handle._run()

        notifier.activated["int"].connect(readable)  # type: ignore[index]  # the overload by signature
        notifier.setEnabled(True)
        notifiers[fd] = notifier

    def _run_ready(self) -> None:
        ready = self._soon
        n = len(ready)  # this pass: what was queued when it began
        while n > 0 and ready:  # (a callback that processes Qt events may run part of the queue re-entrantly)
            n -= 1
            handle = ready.popleft()
            if not handle._cancelled:
                handle._run()
        if ready and not self._pass.isActive():
            self._pass.start()

    def close(self) -> None:
        self._pass.stop()
        self._soon.clear()
        super().close()


__all__ = ["ConsoleEventLoop"]
