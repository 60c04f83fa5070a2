"""`chargedesk serve` raises alarms headless (a real process on the suite's PostgreSQL) and an attached console —
the real window in another process (:mod:`tests.helpers.attached_console`) — shows them: its bell counts the alarm
the host raised for a charger's Faulted connector (the AlarmChanged event crossed the site bus). ``chargedesk alarms``
lists the active one."""

from __future__ import annotations

import asyncio
import json
import sys
from pathlib import Path
from typing import Any

from ocpp.v16 import call

from app.db import Database
from app.models import Connector, Site, Station
from tests.helpers.ocpp import sim_charger
from tests.helpers.processes import ROOT, child_env, cli, serve_process

CPID = "HALL-B-1"


def seed(url: str) -> None:
    db = Database(url)
    try:
        with db.session() as s:
            hall = Station(
                site=Site(name="HQ Zurich", timezone="Europe/Zurich"), charge_point_id=CPID, name="Hall B"
            )
            hall.connectors = [Connector(connector_id=1), Connector(connector_id=2)]
            s.add(hall)
    finally:
        db.dispose()


async def shown(
    proc: asyncio.subprocess.Process, lines: list[dict[str, Any]], predicate: Any
) -> dict[str, Any]:
    """The attached console's next state line that ``predicate`` accepts (the lines read so far first)."""
    assert proc.stdout is not None
    for line in lines:
        if predicate(line):
            return line
    while True:
        raw = await asyncio.wait_for(proc.stdout.readline(), 60)
        if not raw:
            raise AssertionError(f"the attached console ended; last lines {lines[-3:]}")
        line = json.loads(raw)
        lines.append(line)
        if predicate(line):
            return line


async def test_serve_raises_an_alarm_an_attached_console_shows(pg_url: str, tmp_path: Path) -> None:
    seed(pg_url)
    async with serve_process(pg_url, tmp_path) as (_serve, ws_url):
        console = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "tests.helpers.attached_console",
            pg_url,
            str(tmp_path / "console"),
            cwd=ROOT,
            env=child_env(tmp_path),
            stdin=asyncio.subprocess.PIPE,
            stdout=asyncio.subprocess.PIPE,
        )
        lines: list[dict[str, Any]] = []
        try:
            ready = await shown(console, lines, lambda s: "ready" in s)
            assert ready["ready"].startswith("attached to the site's central system: serve on ")
            async with sim_charger(ws_url, CPID) as c:
                await c.cp.call(call.BootNotification(charge_point_vendor="ABB", charge_point_model="Terra"))
                await c.cp.call(
                    call.StatusNotification(connector_id=2, error_code="GroundFailure", status="Faulted")
                )
                await shown(console, lines, lambda s: s.get("alarms") == "1")

                code, out, err = await cli(tmp_path, "alarms", "--db", pg_url)
                assert code == 0, err
                assert (
                    "critical" in out and "HQ Zurich: HALL-B-1: connector 2 is Faulted (GroundFailure)" in out
                )
                assert "(active)" in out
        finally:
            assert console.stdin is not None
            console.stdin.close()  # EOF: the console closes its window
            await asyncio.wait_for(console.wait(), 60)
