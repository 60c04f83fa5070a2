"""Regression: PySide6 6.12.0 on Python < 3.12 drops a reference to None in QObject.killTimer, and qasync
calls it for every timer, so the process dies with "Fatal Python error: none_dealloc". The pin in
pyproject.toml keeps that release away; this test runs 25,000 timer callbacks on a qasync loop in a
subprocess and checks that the process survives."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

SCRIPT = textwrap.dedent(
    """
    import asyncio, os, sys
    os.environ["QT_API"] = "pyside6"
    from PySide6.QtWidgets import QApplication
    import qasync

    N = 25_000
    app = QApplication([])
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    fired = 0

    async def main():
        global fired
        done = asyncio.Event()
        def tick():
            global fired
            fired += 1
            if fired >= N:
                done.set()
            else:
                loop.call_later(0, tick)
        # several chains at once so timers are created and killed concurrently
        for _ in range(5):
            loop.call_later(0, tick)
        for _ in range(2000):
            await asyncio.sleep(0)
        await done.wait()

    with loop:
        loop.run_until_complete(main())
    print("fired", fired)
    """
)


def test_qasync_survives_tens_of_thousands_of_timers() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_API="pyside6")
    proc = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=300, env=env
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "none_dealloc" not in proc.stderr
    fired = int(proc.stdout.split()[-1])
    assert fired >= 25_000
