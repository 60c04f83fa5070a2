"""The console's asyncio loop on Qt: qasync's, with a cheaper ``call_soon``.

qasync runs every ``call_soon`` callback through a Qt timer of its own (``startTimer(0)``, a ``timerEvent`` into
Python, ``killTimer``). The central system runs inside the console, and every OCPP message makes a dozen such
callbacks (task steps, futures, transports): under load that bookkeeping costs about as much as the work itself.
:class:`ConsoleEventLoop` keeps the callbacks due "soon" in a queue, as asyncio's own loops do, and runs the queue
from one zero-time Qt timer: one Qt timer event per pass instead of one per callback, in the same order.
Qt's own events (input, painting, sockets) still come between passes: a pass runs only the callbacks that were
queued when it began (what they queue runs in the next pass), so a busy central system cannot starve the window.

Delayed callbacks (``call_later``/``call_at``) wait in a heap ordered by their time, as in asyncio's own loops,
behind one precise Qt timer armed for the earliest. qasync starts a Qt timer for each (and, as a cancelled one is
only forgotten when it fires, an ``asyncio.timeout`` of 30 s around every message kept a Qt timer for 30 s):
with thousands of chargers Qt's timer list held thousands of timers, and every start and kill walks it. Here a
cancelled handle leaves the heap when it comes to its top, or all at once when they are most of it.

A socket that becomes readable runs its reader at once from the Qt socket notifier (as asyncio's own loops run
it right after the poll), where qasync would disable the notifier, queue a callback that runs the reader and
enable the notifier again: three steps for every message a charger sends.
"""

from __future__ import annotations

import asyncio
import collections
import heapq
import math
from typing import Any

import qasync
from PySide6.QtCore import QSocketNotifier, Qt, QTimer


def _fileno(fd: Any) -> int:
    return fd if isinstance(fd, int) else int(fd.fileno())


class ConsoleEventLoop(qasync.QEventLoop):
    def __init__(self, app: Any = None, *args: Any, **kwargs: Any) -> None:
        self._soon: collections.deque[asyncio.Handle] = collections.deque()
        self._pass = QTimer()
        self._pass.setSingleShot(True)
        self._pass.setInterval(0)
        self._pass.timeout.connect(self._run_ready)
        self._scheduled: list[Any] = []  # asyncio.TimerHandle (and its private flags) in a heap by time
        self._cancelled_timers = 0  # cancelled handles still in the heap
        self._wake = QTimer()  # armed for the earliest of the heap
        self._wake.setSingleShot(True)
        self._wake.setTimerType(Qt.TimerType.PreciseTimer)
        self._wake.timeout.connect(self._run_due)
        self._wake_at: float | None = None  # the loop time it is armed for
        super().__init__(app, *args, **kwargs)

    def call_soon(self, callback: Any, *args: Any, context: Any = None) -> asyncio.Handle:
        self._check_closed()
        handle = asyncio.Handle(callback, args, self, context=context)
        self._soon.append(handle)
        if not self._pass.isActive():
            self._pass.start()
        return handle

    def call_later(self, delay: float, callback: Any, *args: Any, context: Any = None) -> asyncio.Handle:
        if delay <= 0:  # due now: the call_soon queue, in order
            return self.call_soon(callback, *args, context=context)
        return self.call_at(self.time() + delay, callback, *args, context=context)

    def call_at(self, when: float, callback: Any, *args: Any, context: Any = None) -> asyncio.Handle:
        self._check_closed()
        if when <= self.time():
            return self.call_soon(callback, *args, context=context)
        handle: Any = asyncio.TimerHandle(when, callback, args, self, context=context)
        heapq.heappush(self._scheduled, handle)
        handle._scheduled = True
        if self._wake_at is None or when < self._wake_at:
            self._arm(when)
        return handle

    def _timer_handle_cancelled(self, handle: Any) -> None:
        """Called by ``handle.cancel()`` (also for a handle that ran or left the heap: not counted)."""
        if not handle._scheduled:
            return
        self._cancelled_timers += 1
        if self._cancelled_timers > 100 and self._cancelled_timers * 2 > len(self._scheduled):
            live = []  # most of the heap is cancelled: rebuild it without them (asyncio's rule)
            for h in self._scheduled:
                if h._cancelled or h is handle:  # (``handle`` is marked cancelled after this call)
                    h._scheduled = False
                else:
                    live.append(h)
            heapq.heapify(live)
            self._scheduled = live
            self._cancelled_timers = 0

    def _arm(self, when: float) -> None:
        self._wake_at = when
        self._wake.start(max(0, math.ceil((when - self.time()) * 1000)))

    def _run_due(self) -> None:
        """The wake-up timer fired: the handles due go to the call_soon queue (in time order), the timer is armed
        for the next."""
        self._wake_at = None
        heap, ready = self._scheduled, self._soon
        end = (
            self.time() + 0.0005
        )  # due within half a millisecond: now (a Qt timer counts whole milliseconds)
        queued = False
        while heap:
            handle = heap[0]
            if handle._cancelled:
                heapq.heappop(heap)
                handle._scheduled = False
                self._cancelled_timers -= 1
                continue
            if handle._when > end:
                self._arm(handle._when)
                break
            heapq.heappop(heap)
            handle._scheduled = False
            ready.append(handle)
            queued = True
        if queued and not self._pass.isActive():
            self._pass.start()

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
        self._wake.stop()
        for handle in self._scheduled:
            handle._scheduled = False
        self._scheduled.clear()
        self._cancelled_timers = 0
        super().close()


__all__ = ["ConsoleEventLoop"]
