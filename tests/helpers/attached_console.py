"""A whole attached console in its own process, offscreen: ``python -m tests.helpers.attached_console URL DIR``.

It opens the real window (:class:`app.main.Console`, role "attach", logged in as a manager) on the ConsoleEventLoop
and prints, as JSON lines, what its pages show whenever that changes: the status bar, the Dashboard's tiles (online,
each connector's badge), "Charging now", and the charge points of the running sessions on the Sessions page, and the alarm bell's count. The
first line is ``{"ready": <status bar text>}``. A line ``show <page>`` on its input shows that page, as a click in
the navigation does; at EOF it closes the window (the staged shutdown). The GUI test of team mode reads it as the
second attached console."""

from __future__ import annotations

import asyncio
import json
import os
import sys
import threading
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _state(window: Any) -> dict[str, Any]:
    dash = window.dashboard
    tiles = {
        cp: {"online": tile.online, "lines": {str(n): line.badge.text() for n, line in tile.lines.items()}}
        for cp, tile in dash.tiles.items()
    }
    model = window.sessions.model
    rows = [model.row_at(r) for r in range(model.rowCount())]
    running = sorted(r.charge_point_id for r in rows if r is not None and r.stop_at is None)
    return {
        "status": window.listening.text(),
        "tiles": tiles,
        "charging_now": dash.card_charging.value.text(),
        "running": running,
        "alarms": window.alarm_bell.text(),  # the bell's count of unacknowledged alarms
    }


def main(url: str, data_dir: str) -> int:
    from PySide6.QtWidgets import QApplication

    from app.config import CentralSystemSettings, Settings
    from app.main import Console
    from app.models import OperatorRole
    from app.services.roles import Principal, machine_name
    from app.views.shell.event_loop import ConsoleEventLoop

    app = QApplication.instance() or QApplication([])
    loop = ConsoleEventLoop(app)
    asyncio.set_event_loop(loop)
    otto = Principal("otto", "Otto Office", OperatorRole.MANAGER, machine_name(), logged_in=True)
    settings = Settings(
        database_url=url,
        data_dir=Path(data_dir),
        central=CentralSystemSettings(host="127.0.0.1", port=0, role="attach"),
    )
    console = Console(settings, principal=otto)

    def commands() -> None:
        for line in sys.stdin:
            if line.startswith("show "):
                loop.call_soon_threadsafe(console.window.show_page, line[5:].strip())
        loop.call_soon_threadsafe(console.request_close)

    async def run() -> None:
        await console.start()
        # the page the last console on this machine left open is restored (QSettings): start on the Dashboard
        console.window.show_page("Dashboard")
        print(json.dumps({"ready": console.window.listening.text()}), flush=True)
        threading.Thread(target=commands, daemon=True).start()
        last = None
        while not console.closed.is_set():
            state = _state(console.window)
            if state != last:
                print(json.dumps(state), flush=True)
                last = state
            await asyncio.sleep(0.1)
        await console.shutdown()

    with loop:
        loop.run_until_complete(run())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
