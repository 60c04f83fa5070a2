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
