"""The console's event loop (app/views/shell/event_loop.py): qasync's with call_soon callbacks run from a queue, one Qt
timer event per pass. Order, cancellation, errors, threads, sockets and Qt's own events must behave as before."""

from __future__ import annotations

import asyncio
import selectors
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


@pytest.mark.isolated
def test_sockets_share_one_selector_behind_one_qt_notifier(qapp: Any) -> None:
    """Every socket the loop watches is in one epoll selector behind one Qt socket notifier (none per socket),
    readers and writers alike; a socket's callbacks and what they queue run in the same visit from Qt, yet Qt's own
    timers still fire while the sockets are busy without a pause; other threads' callbacks come through the
    selector too, in order, and can be cancelled like asyncio's."""

    async def scenario() -> None:
        loop = asyncio.get_running_loop()
        assert isinstance(loop, ConsoleEventLoop)
        ticks = 0

        def tick() -> None:
            nonlocal ticks
            ticks += 1

        qt_timer = QTimer()
        qt_timer.setInterval(5)
        qt_timer.timeout.connect(tick)
        qt_timer.start()
        big = b"x" * (8 << 20)  # more than the socket buffers hold: the transport waits for the writer
        writer_seen = False

        async def serve(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            nonlocal writer_seen
            line = await reader.readline()
            if line == b"big\n":
                writer.write(big)
                key = loop._io.get_map().get(writer.get_extra_info("socket").fileno())
                writer_seen = key is not None and bool(key.events & selectors.EVENT_WRITE)
                await writer.drain()
            while line:
                writer.write(line)
                await writer.drain()
                line = await reader.readline()
            writer.close()

        server = await asyncio.start_server(serve, "127.0.0.1", 0)
        port = server.sockets[0].getsockname()[1]
        conns = [await asyncio.open_connection("127.0.0.1", port) for _ in range(10)]
        await asyncio.sleep(0.05)
        assert not loop._read_notifiers and not loop._write_notifiers  # qasync's notifier per socket: none
        fds = set(loop._io.get_map())
        assert {w.get_extra_info("socket").fileno() for _, w in conns} <= fds
        assert loop._ssock.fileno() in fds  # the self-pipe too

        async def echo(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> int:
            for i in range(300):
                writer.write(f"{i}\n".encode())
                await writer.drain()
                assert await reader.readline() == f"{i}\n".encode()
            writer.close()
            await writer.wait_closed()
            return 300

        ticks = 0
        assert sum(await asyncio.wait_for(asyncio.gather(*(echo(r, w) for r, w in conns)), 60)) == 3000
        assert ticks > 0  # Qt's timer fired while the sockets kept the loop busy

        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write(b"big\n")
        got = await asyncio.wait_for(reader.readexactly(len(big)), 60)
        assert got == big and writer_seen
        assert await reader.readline() == b"big\n"  # (then echoed as any line)
        writer.close()
        await writer.wait_closed()
        server.close()
        await server.wait_closed()
        qt_timer.stop()
        await asyncio.sleep(0.05)
        assert set(loop._io.get_map()) == {loop._ssock.fileno()}  # every closed socket left the selector

        # other threads: in order, through the self-pipe; a handle cancelled before it runs never runs
        ran: list[int] = []
        done = loop.create_future()

        def from_thread() -> None:
            skipped = loop.call_soon_threadsafe(ran.append, -1)
            skipped.cancel()
            for i in range(1000):
                loop.call_soon_threadsafe(ran.append, i)
            loop.call_soon_threadsafe(done.set_result, None)

        threading.Thread(target=from_thread).start()
        await asyncio.wait_for(done, 10)
        assert ran == list(range(1000))

    run_on_qasync(qapp, scenario)


@pytest.mark.isolated
def test_delayed_callbacks_are_not_held_behind_a_busy_slice(
    qapp: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """While sockets keep the loop busy a whole slice long, a delayed callback that comes due runs within the slice
    (as asyncio's loops check their timers on every turn), and Qt's own timer still fires between slices."""
    from app.views.shell import event_loop

    monkeypatch.setattr(event_loop, "SLICE_S", 0.5)  # long enough to tell "within the slice" from "after it"

    async def scenario() -> None:
        loop = asyncio.get_running_loop()
        ticks = 0

        def tick() -> None:
            nonlocal ticks
            ticks += 1

        qt_timer = QTimer()
        qt_timer.setInterval(5)
        qt_timer.timeout.connect(tick)
        qt_timer.start()

        async def serve(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            while line := await reader.readline():
                writer.write(line)
                await writer.drain()
            writer.close()

        server = await asyncio.start_server(serve, "127.0.0.1", 0)
        port = server.sockets[0].getsockname()[1]
        busy = True

        async def client() -> None:
            reader, writer = await asyncio.open_connection("127.0.0.1", port)
            while busy:
                writer.write(b"ping\n")
                await writer.drain()
                assert await reader.readline() == b"ping\n"
            writer.close()
            await writer.wait_closed()

        clients = [asyncio.ensure_future(client()) for _ in range(4)]
        await asyncio.sleep(0.1)
        overshoots = []
        for _ in range(60):  # ~1.2 s of traffic: at least two whole slices
            t = loop.time()
            await asyncio.sleep(0.01)
            overshoots.append(loop.time() - t - 0.01)
        busy = False
        await asyncio.wait_for(asyncio.gather(*clients), 10)
        server.close()
        await server.wait_closed()
        qt_timer.stop()
        assert max(overshoots) < 0.1  # not a whole slice late
        assert ticks > 0

    run_on_qasync(qapp, scenario)
