"""The console's event loop (app/views/shell/event_loop.py): qasync's with call_soon callbacks run from a queue, one Qt
timer event per pass. Order, cancellation, errors, threads, sockets and Qt's own events must behave as before."""

from __future__ import annotations

import asyncio
import threading
from typing import Any

import pytest
from PySide6.QtCore import QTimer

from app.views.shell.event_loop import ConsoleEventLoop
from tests.helpers.qasync_runner import run_on_qasync


@pytest.mark.isolated
def test_callbacks_run_in_order_between_qt_events(qapp: Any) -> None:
    async def scenario() -> None:
        loop = asyncio.get_running_loop()
        assert isinstance(loop, ConsoleEventLoop)
        ran: list[Any] = []
        for i in range(5):
            loop.call_soon(ran.append, i)
        cancelled = loop.call_soon(ran.append, "cancelled")
        cancelled.cancel()
        loop.call_later(0, ran.append, "later 0")  # a zero delay is a call_soon: same queue, same order
        loop.call_at(loop.time() - 1, ran.append, "at the past")
        loop.call_later(0.05, ran.append, "later 50 ms")
        await asyncio.sleep(0.2)
        assert ran == [0, 1, 2, 3, 4, "later 0", "at the past", "later 50 ms"]

        # a callback that queues itself again for ever does not starve Qt: a pass runs what was queued when it
        # began, Qt's events (here a zero-time QTimer, like a repaint or a socket) come between passes
        spins = 0
        stop = False

        def spin() -> None:
            nonlocal spins
            spins += 1
            if not stop:
                loop.call_soon(spin)

        qt_fired = asyncio.Event()
        loop.call_soon(spin)
        QTimer.singleShot(0, qt_fired.set)
        await asyncio.wait_for(qt_fired.wait(), 5)
        stop = True
        assert spins >= 1

        # an error in a callback goes to the exception handler; the loop goes on
        errors: list[dict[str, Any]] = []
        loop.set_exception_handler(lambda _loop, context: errors.append(context))
        loop.call_soon(lambda: 1 / 0)
        after: list[str] = []
        loop.call_soon(after.append, "after")
        await asyncio.sleep(0.05)
        loop.set_exception_handler(None)
        assert after == ["after"] and isinstance(errors[0]["exception"], ZeroDivisionError)

        # from another thread
        got = loop.create_future()
        threading.Thread(target=lambda: loop.call_soon_threadsafe(got.set_result, "from a thread")).start()
        assert await asyncio.wait_for(got, 5) == "from a thread"

        # tasks, futures and a real socket: an echo server on 127.0.0.1
        async def echo(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            while line := await reader.readline():
                writer.write(line)
                await writer.drain()
            writer.close()

        server = await asyncio.start_server(echo, "127.0.0.1", 0)
        port = server.sockets[0].getsockname()[1]

        async def client(n: int) -> list[bytes]:
            reader, writer = await asyncio.open_connection("127.0.0.1", port)
            out = []
            for i in range(50):
                writer.write(f"{n}:{i}\n".encode())
                await writer.drain()
                out.append(await reader.readline())
            writer.close()
            await writer.wait_closed()
            return out

        results = await asyncio.wait_for(asyncio.gather(*(client(n) for n in range(10))), 30)
        assert all(r == [f"{n}:{i}\n".encode() for i in range(50)] for n, r in enumerate(results))
        server.close()
        await server.wait_closed()

    run_on_qasync(qapp, scenario)


@pytest.mark.isolated
def test_delayed_callbacks_wait_in_a_heap_behind_one_timer(qapp: Any) -> None:
    """call_later/call_at: run in time order (ties in the order they were made), never early, a cancelled one
    never; cancelled handles leave the heap (all at once when they are most of it); no Qt timer per callback."""

    async def scenario() -> None:
        loop = asyncio.get_running_loop()
        assert isinstance(loop, ConsoleEventLoop)
        ran: list[tuple[Any, float]] = []
        t0 = loop.time()

        def note(tag: Any) -> None:
            ran.append((tag, loop.time()))

        handles = {}
        for tag, delay in [("c", 0.06), ("a", 0.02), ("b", 0.04), ("b2", 0.04), ("x", 0.03), ("d", 0.08)]:
            handles[tag] = loop.call_later(delay, note, tag)
        assert isinstance(handles["a"], asyncio.TimerHandle) and handles["a"].when() >= t0 + 0.02
        at = loop.call_at(t0 + 0.05, note, "at")
        assert at.when() == t0 + 0.05
        handles["x"].cancel()
        await asyncio.sleep(0.15)
        assert [tag for tag, _ in ran] == ["a", "b", "b2", "at", "c", "d"]
        due = {"a": 0.02, "b": 0.04, "b2": 0.04, "at": 0.05, "c": 0.06, "d": 0.08}
        assert all(t >= t0 + due[tag] for tag, t in ran)  # never early
        assert loop._scheduled == [] and loop._cancelled_timers == 0

        # asyncio.timeout cancels its handle on exit: thousands of them leave no heap behind
        for _ in range(5000):
            async with asyncio.timeout(30):
                await asyncio.sleep(0)
        assert len(loop._scheduled) <= 200 and loop._cancelled_timers == len(loop._scheduled)
        # a timeout that expires still cancels what it wraps, an asyncio.sleep still sleeps
        with pytest.raises(TimeoutError):
            async with asyncio.timeout(0.01):
                await asyncio.sleep(10)
        t1 = loop.time()
        await asyncio.sleep(0.03)
        assert loop.time() - t1 >= 0.03
        # a callback due again and again rearms the one timer (qasync would have started a Qt timer each)
        count = 0
        done = loop.create_future()

        def tick() -> None:
            nonlocal count
            count += 1
            if count < 200:
                loop.call_later(0.001, tick)
            else:
                done.set_result(None)

        loop.call_later(0.001, tick)
        await asyncio.wait_for(done, 10)
        assert not loop._timer._SimpleTimer__callbacks  # qasync's own timers: none used

    run_on_qasync(qapp, scenario)
