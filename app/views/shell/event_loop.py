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

Sockets (every charger's connection, the listening socket, asyncio's self-pipe) are watched by one epoll
selector, as asyncio's own loops watch them, behind one Qt socket notifier on the selector's own descriptor: Qt
polls a handful of descriptors instead of one per charger, and a visit from Qt runs every ready socket's callback at
once, then the callbacks they queued, and again while sockets or callbacks are ready, for up to :data:`SLICE_S`
(then Qt's timers, painting and input get their turn). qasync kept a notifier per socket and, for each message, a
Qt event into Python, a disable, a queued callback and an enable again. Other threads' callbacks
(``call_soon_threadsafe``: the store writer's results) come through asyncio's self-pipe, a socket of the selector,
where qasync posted a Qt signal whose event waited for Qt's next turn.
"""

from __future__ import annotations

import asyncio
import collections
import heapq
import math
import selectors
import time
from typing import Any

import qasync
from PySide6.QtCore import QSocketNotifier, Qt, QTimer

SLICE_S = 0.004  # sockets and callbacks run back to back for at most this long, then Qt's own events


def _fileno(fd: Any) -> int:
    return fd if isinstance(fd, int) else int(fd.fileno())


class ConsoleEventLoop(qasync.QEventLoop):
    def __init__(self, app: Any = None, *args: Any, **kwargs: Any) -> None:
        self._soon: collections.deque[asyncio.Handle] = collections.deque()
        self._pass = QTimer()
        self._pass.setSingleShot(True)
        self._pass.setInterval(0)
        self._pass.timeout.connect(self._pass_due)
        self._pass_armed = False  # whether ``_pass`` is started (a Python flag: asked for every callback)
        self._threadsafe: collections.deque[asyncio.Handle] = collections.deque()  # from other threads
        self._scheduled: list[Any] = []  # asyncio.TimerHandle (and its private flags) in a heap by time
        self._cancelled_timers = 0  # cancelled handles still in the heap
        self._wake = QTimer()  # armed for the earliest of the heap
        self._wake.setSingleShot(True)
        self._wake.setTimerType(Qt.TimerType.PreciseTimer)
        self._wake.timeout.connect(self._run_due)
        self._wake_at: float | None = None  # the loop time it is armed for
        self._io = selectors.DefaultSelector()  # every socket the loop watches (epoll on Linux)
        self._io_notifier = QSocketNotifier(self._io.fileno(), QSocketNotifier.Type.Read)
        self._io_notifier.activated.connect(self._io_ready)
        super().__init__(app, *args, **kwargs)

    def call_soon(self, callback: Any, *args: Any, context: Any = None) -> asyncio.Handle:
        self._check_closed()
        handle = asyncio.Handle(callback, args, self, context=context)
        self._soon.append(handle)
        if not self._pass_armed:
            self._arm_pass()
        return handle

    def call_soon_threadsafe(self, callback: Any, *args: Any, context: Any = None) -> asyncio.Handle:
        """From any thread, as asyncio's loops do it: the handle is queued and a byte written to the self-pipe,
        a socket of the selector (qasync posted a Qt signal: its event waited for Qt's next turn)."""
        self._check_closed()
        handle = asyncio.Handle(callback, args, self, context=context)
        self._threadsafe.append(handle)  # (a deque's append is atomic)
        self._write_to_self()
        return handle

    def _process_self_data(self, data: bytes) -> None:
        """The self-pipe was read (on the loop's thread): what other threads queued joins the call_soon queue
        (signal numbers, should a signal handler write some, go to asyncio's handling)."""
        super()._process_self_data(data)
        threadsafe = self._threadsafe
        while threadsafe:
            self._soon.append(threadsafe.popleft())
        if self._soon and not self._pass_armed:
            self._arm_pass()

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
        if queued and not self._pass_armed:
            self._arm_pass()

    # --- sockets: one epoll selector behind one Qt socket notifier ----------------------------------------

    def _add_reader(self, fd: Any, callback: Any, *args: Any) -> None:
        self._check_closed()
        self._watch(_fileno(fd), selectors.EVENT_READ, asyncio.Handle(callback, args, self))

    def _add_writer(self, fd: Any, callback: Any, *args: Any) -> None:
        self._check_closed()
        self._watch(_fileno(fd), selectors.EVENT_WRITE, asyncio.Handle(callback, args, self))

    def _remove_reader(self, fd: Any) -> bool:
        return self._unwatch(fd, selectors.EVENT_READ)

    def _remove_writer(self, fd: Any) -> bool:
        return self._unwatch(fd, selectors.EVENT_WRITE)

    def _watch(self, fd: int, event: int, handle: asyncio.Handle) -> None:
        """As asyncio's selector loops do: the fd's key holds (reader, writer); a new callback replaces the old."""
        try:
            key = self._io.get_key(fd)
        except KeyError:
            self._io.register(fd, event, (handle, None) if event == selectors.EVENT_READ else (None, handle))
            return
        reader, writer = key.data
        if event == selectors.EVENT_READ:
            old, data = reader, (handle, writer)
        else:
            old, data = writer, (reader, handle)
        self._io.modify(fd, key.events | event, data)
        if old is not None:
            old.cancel()

    def _unwatch(self, fd: Any, event: int) -> bool:
        if self.is_closed():
            return False
        try:
            key = self._io.get_key(fd)
        except (KeyError, ValueError):
            return False
        reader, writer = key.data
        handle = reader if event == selectors.EVENT_READ else writer
        rest = key.events & ~event
        if not rest:
            self._io.unregister(fd)
        else:
            self._io.modify(fd, rest, (None, writer) if event == selectors.EVENT_READ else (reader, None))
        if handle is None:
            return False
        handle.cancel()
        return True

    def _io_ready(self) -> None:
        """The selector has ready sockets: run their callbacks at once (as asyncio's loops do right after their
        poll), then the delayed callbacks now due and the pass of callbacks due soon; and again while sockets or
        callbacks are ready, for up to :data:`SLICE_S`, before Qt gets its turn (its timers, painting, input)."""
        io, ready = self._io, self._soon
        end = time.monotonic() + SLICE_S
        while True:
            for key, mask in io.select(0):
                reader, writer = key.data
                if mask & selectors.EVENT_READ and reader is not None and not reader._cancelled:
                    reader._run()
                if mask & selectors.EVENT_WRITE and writer is not None and not writer._cancelled:
                    writer._run()
            wake_at, now = self._wake_at, time.monotonic()
            if wake_at is not None and wake_at <= now:  # delayed callbacks due: not behind the slice
                self._run_due()
            if not ready or now >= end:
                if ready and not self._pass_armed:
                    self._arm_pass()
                return
            self._run_ready()

    def _arm_pass(self) -> None:
        """Start the pass timer (callers check ``_pass_armed`` first: a Python flag, cheaper than asking the
        timer for every callback)."""
        self._pass_armed = True
        self._pass.start()

    def _pass_due(self) -> None:
        self._pass_armed = False
        self._run_ready()

    def _run_ready(self) -> None:
        ready = self._soon
        n = len(ready)  # this pass: what was queued when it began
        while n > 0 and ready:  # (a callback that processes Qt events may run part of the queue re-entrantly)
            n -= 1
            handle = ready.popleft()
            if not handle._cancelled:
                handle._run()
        if ready and not self._pass_armed:
            self._arm_pass()

    def close(self) -> None:
        self._pass.stop()
        self._pass_armed = False
        self._soon.clear()
        self._threadsafe.clear()
        self._wake.stop()
        for handle in self._scheduled:
            handle._scheduled = False
        self._scheduled.clear()
        self._cancelled_timers = 0
        super().close()  # (removes the self-pipe's reader)
        self._io_notifier.setEnabled(False)
        for key in list(self._io.get_map().values()):
            for handle in key.data:
                if handle is not None:
                    handle.cancel()
        self._io.close()


__all__ = ["ConsoleEventLoop"]
