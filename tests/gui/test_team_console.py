"""Team mode as people use it: ``chargedesk serve`` holds the site's chargers (a real process on the suite's
PostgreSQL), this console attaches to it (the real window, ``app.main.Console`` with role "attach") and a second
console, also the real window, attaches from another process (:mod:`tests.helpers.attached_console`). A simulated charger connects to the
host; its status reaches both consoles; a remote start clicked on this console's Chargers page goes through the
host to the charger, and the session appears on the host (stored), on this console's Sessions page and at the
other console."""

from __future__ import annotations

import asyncio
import contextlib
import json
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from app.config import CentralSystemSettings, Settings
from app.db import Database
from app.main import Console
from app.models import ChargingSession, Connector, IdTag, Site, Station, User
from app.services.roles import OperatorRole, Principal, machine_name
from app.simulator import VirtualCharger
from tests.helpers.gui import SHOTS
from tests.helpers.ocpp import wait_until
from tests.helpers.processes import ROOT, child_env, serve_process
from tests.helpers.qasync_runner import run_on_qasync
from tests.helpers.site import wait_held

EVA = "04A2B3C4"
CPID = "HALL-B-1"


def seed(url: str) -> None:
    db = Database(url)
    try:
        with db.session() as s:
            hq = Site(name="HQ Zurich", timezone="Europe/Zurich")
            s.add(IdTag(id_tag=EVA, user=User(name="Eva Keller"), label="badge"))
            hall = Station(site=hq, charge_point_id=CPID, name="Hall B")
            hall.connectors = [Connector(connector_id=1), Connector(connector_id=2)]
            s.add(hall)
    finally:
        db.dispose()


def line_of(state: dict[str, Any], connector: str) -> str | None:
    """A connector's badge on the other console's Dashboard, as its state line says."""
    tile = state.get("tiles", {}).get(CPID)
    return None if tile is None else tile["lines"].get(connector)


class Probe:
    """What the second attached console's pages show, line by line."""

    def __init__(self, proc: asyncio.subprocess.Process) -> None:
        self.proc = proc
        self.lines: list[dict[str, Any]] = []

    async def wait(self, predicate: Any, timeout: float = 20) -> dict[str, Any]:
        assert self.proc.stdout is not None
        for line in self.lines:
            if predicate(line):
                return line
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while True:
            left = deadline - loop.time()
            if left <= 0:
                raise AssertionError(f"the other console never heard it; last lines {self.lines[-5:]}")
            try:
                raw = await asyncio.wait_for(self.proc.stdout.readline(), left)
            except TimeoutError:
                raise AssertionError(
                    f"the other console never showed it; last lines {self.lines[-3:]}"
                ) from None
            if not raw:
                raise AssertionError("the other console ended")
            line = json.loads(raw)
            self.lines.append(line)
            if predicate(line):
                return line


@pytest.mark.isolated
def test_a_host_and_two_attached_consoles(qapp: Any, qtbot: Any, pg_url: str, tmp_path: Path) -> None:
    seed(pg_url)

    async def scenario() -> None:
        async with serve_process(pg_url, tmp_path) as (_serve, ws_url):
            proc = await asyncio.create_subprocess_exec(
                sys.executable,
                "-m",
                "tests.helpers.attached_console",
                pg_url,
                str(tmp_path / "other-console"),
                cwd=ROOT,
                env=child_env(tmp_path),
                stdin=asyncio.subprocess.PIPE,
                stdout=asyncio.subprocess.PIPE,
            )
            probe = Probe(proc)
            ready = await probe.wait(lambda line: "ready" in line, timeout=60)
            assert ready["ready"].startswith("attached to the site's central system: serve on ")

            settings = Settings(
                database_url=pg_url,
                data_dir=tmp_path,
                central=CentralSystemSettings(host="127.0.0.1", port=0, role="attach"),
            )
            # logged in already (the log-in dialog has its own tests): Eve, a technician
            eve = Principal("eve", "Eve Tech", OperatorRole.TECHNICIAN, machine_name(), logged_in=True)
            console = Console(settings, principal=eve)
            vc = VirtualCharger(
                ws_url, CPID, connectors=2, scenario="idle", speed=1, seed=7, vendor="ABB", model="Terra AC"
            )
            try:
                await console.start()
                window = console.window
                assert window.listening.text().startswith("attached to the site's central system: serve on ")

                await vc.start()
                await vc.wait_for("booted", timeout=20)

                # the charger's status reaches both consoles
                dash = window.dashboard
                await wait_until(lambda: CPID in dash.tiles and dash.tiles[CPID].online, timeout=20)
                await wait_until(lambda: dash.tiles[CPID].lines[1].badge.text() == "Available", timeout=20)
                await probe.wait(
                    lambda s: (
                        CPID in s.get("tiles", {})
                        and s["tiles"][CPID]["online"]
                        and s["tiles"][CPID]["lines"].get("1") == "Available"
                    )
                )
                await wait_until(lambda: window.online.text() == "chargers online: 1", timeout=10)

                # a remote start clicked on this console reaches the charger through the host
                window.show_page("Chargers")
                page = window.chargers
                await wait_until(lambda: page.select(CPID), timeout=10)
                page.show_tab(page.operations)
                tab = page.operations
                tab.op_list.setCurrentRow(tab.op_rows["remote_start"])
                tab.remote_start.connector.setCurrentIndex(tab.remote_start.connector.findData(1))
                tab.remote_start.tag.setCurrentIndex(tab.remote_start.tag.findData(EVA))
                button = tab.send_buttons["remote_start"]
                assert button.isEnabled(), button.toolTip()
                qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

                def answered() -> str | None:
                    for r in range(tab.table.rowCount()):
                        if tab.table.item(r, 1).text() == "RemoteStartTransaction":
                            text = tab.table.item(r, 2).text()
                            return text if text != "Sending…" else None
                    return None

                assert await wait_until(answered, timeout=20) == "Accepted"
                started = await vc.wait_for("started", timeout=20)
                assert started.connector == 1

                # the session: stored by the host, on this console's Sessions page and on the other console's
                await probe.wait(lambda s: line_of(s, "1") == "Charging" and s.get("charging_now") == "1")
                assert proc.stdin is not None
                proc.stdin.write(b"show Sessions\n")  # its operator opens the Sessions page
                await probe.wait(lambda s: s.get("running") == [CPID])
                window.show_page("Sessions")
                model = window.sessions.model

                def running_row() -> bool:
                    rows = [model.row_at(r) for r in range(model.rowCount())]
                    return any(
                        r is not None and r.charge_point_id == CPID and r.stop_at is None for r in rows
                    )

                await wait_until(running_row, timeout=20)
                with console.database.session() as s:
                    stored = s.scalars(
                        select(ChargingSession).where(ChargingSession.charge_point_id == CPID)
                    ).all()
                assert len(stored) == 1 and stored[0].id_tag == EVA and stored[0].stop_at is None
                window.show_page("Dashboard")
                await wait_until(lambda: dash.tiles[CPID].lines[1].badge.text() == "Charging", timeout=20)
                await wait_until(lambda: dash.card_charging.value.text() == "1", timeout=10)
                window.grab().save(str(SHOTS / "team-attached-console.png"))

                # the message log: what was stored when it is opened, then the host's frames live
                assert (
                    not console.central.client.wants_frames
                )  # nobody looks at the log: no frames on the bus
                window.show_page("Log")
                log_rows = window.log_page.model.rows

                def logged(action: str) -> bool:
                    return any(r.cp_id == CPID and r.action == action for r in log_rows)

                await wait_until(lambda: logged("RemoteStartTransaction"), timeout=20)
                await wait_until(lambda: console.central.client.wants_frames, timeout=10)
                await wait_held(console.central.client, CPID)
                # the host starts sending frames once it has heard that a console wants them (a notification):
                # an operation's frames then appear in this log live (nothing reloads it from the database now)
                for _attempt in range(20):
                    assert await window.services.chargers.operations.clear_cache(CPID) == {
                        "status": "Accepted"
                    }
                    with contextlib.suppress(AssertionError):
                        await wait_until(lambda: logged("ClearCache"), timeout=0.5)
                        break
                assert logged("ClearCache")
                window.show_page("Dashboard")
                await wait_until(lambda: not console.central.client.wants_frames, timeout=10)

                # a station renamed by another console is on this console's Stations page within a second
                window.show_page("Stations")
                stations = window.stations.model
                await wait_until(lambda: any(r.name == "Hall B" for r in stations.rows), timeout=10)
                other = Database(pg_url)
                try:
                    from app.services.central import config_version

                    config_version.install(other)  # as every console opens its database
                    with other.session() as s:
                        s.scalars(
                            select(Station).where(Station.charge_point_id == CPID)
                        ).one().name = "Hall B East"
                finally:
                    other.dispose()
                loop = asyncio.get_running_loop()
                t0 = loop.time()
                await wait_until(lambda: any(r.name == "Hall B East" for r in stations.rows), timeout=5)
                assert loop.time() - t0 < 1.0
            finally:
                await vc.stop(timeout=10)
                await console.shutdown()
                if proc.stdin is not None:
                    proc.stdin.close()
                await asyncio.wait_for(proc.wait(), 20)
                if console.window is not None:
                    console.window.close()

    run_on_qasync(qapp, scenario)
