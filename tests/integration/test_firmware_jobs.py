"""Firmware and diagnostics jobs end to end: the real central system, the simulator as the charger (it downloads
and uploads over real HTTP from the job's file server), and the failures a technician meets."""

from __future__ import annotations

import asyncio
import http.client
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from ocpp.v16 import call

from app.db import Database
from app.ocpp.events import BootReceived
from app.services.chargers.file_server import FileServer
from app.services.chargers.firmware_jobs import (
    DONE,
    FAILED,
    TIMEOUT,
    DiagnosticsJob,
    FirmwareJob,
    TransferJob,
    charger_facing_address,
    charger_remote_address,
)
from app.simulator import events as ev
from app.simulator.api import VirtualCharger
from tests.helpers.ocpp import CentralFactory, add_station, sim_charger

FAST = {
    "speed": 600.0,
    "seed": 7,
    "first_idle_s": (0.0, 1.0),
    "reboot_s": 5.0,
    "reconnect_initial_s": 0.05,
    "connectors": 2,
}


def unreachable(url: str) -> bool:
    try:
        urllib.request.build_opener(urllib.request.ProxyHandler({})).open(url, timeout=5)
    except urllib.error.HTTPError:
        return False
    except (urllib.error.URLError, OSError):
        return True
    return False


async def test_firmware_update_runs_to_installed_and_diagnostics_arrive(
    central_factory: CentralFactory,
    db: Database,
    tmp_path: Path,
) -> None:
    add_station(db, "HALL-B-1", connectors=2)
    cs = await central_factory(call_timeout_s=10)
    firmware = tmp_path / "chargedesk-fw-2.1.0.bin"
    firmware.write_bytes(b"\x7fFW" + bytes(range(256)) * 64)
    boots: list[BootReceived] = []
    cs.subscribe(boots.append, BootReceived)
    async with VirtualCharger(cs.url, "HALL-B-1", **FAST) as vc:
        await vc.wait_for(ev.BOOTED, lambda e: e.data["status"] == "Accepted")
        assert charger_facing_address(cs, "HALL-B-1") == "127.0.0.1"

        seen: list[tuple[str, int]] = []
        job = FirmwareJob(
            cs,
            "HALL-B-1",
            firmware,
            timeout_s=60,
            on_change=lambda j: seen.append((j.last_status, j.progress)),
        )
        await job.run()
        assert job.state == DONE, job.message
        statuses = [s.status for s in job.steps]
        assert [s for s in statuses if s in ("Downloading", "Downloaded", "Installing", "Installed")] == [
            "Downloading",
            "Downloaded",
            "Installing",
            "Installed",
        ]
        assert statuses[0] == "Requested" and "Served" in statuses
        assert job.downloaded == firmware.stat().st_size and job.progress == 4
        assert [p for _, p in seen if p] == sorted(p for _, p in seen if p)  # progress only goes forward
        assert job.url.startswith("http://127.0.0.1:") and "/f/" in job.url
        assert all(a.at <= b.at for a, b in zip(job.steps, job.steps[1:], strict=False))
        # the server is gone with the job
        assert job.server is None and unreachable(job.url)
        # the charger restarts with the new version
        await vc.wait_for(ev.BOOTED, lambda e: e.data["firmware"] == "2.1.0")

        await vc.wait_for(
            ev.BOOTED, lambda e: e.data["status"] == "Accepted" and e.data["firmware"] == "2.1.0"
        )
        await asyncio.wait_for(_until(lambda: cs.is_connected("HALL-B-1")), 10)
        diag = DiagnosticsJob(cs, "HALL-B-1", directory=tmp_path / "diag", timeout_s=60)
        await diag.run()
        assert diag.state == DONE, diag.message
        assert diag.file is not None and diag.file.parent == tmp_path / "diag"
        assert diag.file.name == diag.file_name  # what the charger announced is what arrived
        text = diag.file.read_text()
        assert text.startswith("# ChargeDesk") and "firmware 2.1.0" in text
        assert [s.status for s in diag.steps if s.status != "Requested"][:1] == ["Uploading"]
        assert {"Received", "Uploaded"} <= {s.status for s in diag.steps} and diag.progress == 2
        assert unreachable(diag.url)


async def _until(predicate: object) -> None:
    while not predicate():  # type: ignore[operator]
        await asyncio.sleep(0.02)


async def test_offline_failed_and_silent_chargers(
    central_factory: CentralFactory,
    db: Database,
    tmp_path: Path,
) -> None:
    add_station(db, "GARAGE-2", connectors=1)
    cs = await central_factory(call_timeout_s=5)
    firmware = tmp_path / "fw.bin"
    firmware.write_bytes(b"x" * 100)

    offline = await FirmwareJob(cs, "GARAGE-2", firmware).run()
    assert offline.state == FAILED and "not connected" in offline.message

    async with sim_charger(cs.url, "GARAGE-2") as c:
        await c.cp.call(call.BootNotification(charge_point_vendor="ABB", charge_point_model="Terra"))
        # a charger that reports DownloadFailed
        job = FirmwareJob(cs, "GARAGE-2", firmware, timeout_s=30)
        task = asyncio.ensure_future(job.run())
        await asyncio.wait_for(_until(lambda: any(a == "UpdateFirmware" for a, _ in c.cp.received)), 10)
        sent = dict(c.cp.received)["UpdateFirmware"]
        assert sent["location"] == job.url and sent["retrieve_date"]
        await c.cp.call(call.FirmwareStatusNotification(status="Downloading"))
        await c.cp.call(call.FirmwareStatusNotification(status="DownloadFailed"))
        await task
        assert job.state == FAILED and "DownloadFailed" in job.message
        assert [s.status for s in job.steps] == ["Requested", "Downloading", "DownloadFailed"]

        # a charger that never says anything: timeout, and the server stops
        silent = DiagnosticsJob(cs, "GARAGE-2", directory=tmp_path / "d", timeout_s=0.5)
        await silent.run()
        assert silent.state == TIMEOUT and "no news from GARAGE-2" in silent.message
        assert unreachable(silent.url)

        # a missing firmware file: said, nothing sent
        before = len(c.cp.received)
        missing = await FirmwareJob(cs, "GARAGE-2", tmp_path / "nope.bin").run()
        assert missing.state == FAILED and "nope.bin" in missing.message and len(c.cp.received) == before

        # cancelled by the technician: run() returns, the server is stopped
        job2 = DiagnosticsJob(cs, "GARAGE-2", directory=tmp_path / "d", timeout_s=60)
        task = asyncio.ensure_future(job2.run())
        await asyncio.wait_for(_until(lambda: job2.state == "requested"), 10)
        job2.cancel()
        assert (await task) is job2 and job2.state == "cancelled" and unreachable(job2.url)


async def test_the_configured_port_and_host_are_used(
    central_factory: CentralFactory,
    db: Database,
    tmp_path: Path,
) -> None:
    add_station(db, "HALL-B-1", connectors=1)
    cs = await central_factory()
    probe = await FileServer.lease(bind_host="127.0.0.1")
    port = probe.port
    await probe.release()
    async with sim_charger(cs.url, "HALL-B-1") as c:
        await c.cp.call(call.BootNotification(charge_point_vendor="ABB", charge_point_model="Terra"))
        job: TransferJob = DiagnosticsJob(
            cs, "HALL-B-1", port=port, host="localhost", timeout_s=30, directory=tmp_path
        )
        task = asyncio.ensure_future(job.run())
        await asyncio.wait_for(_until(lambda: any(a == "GetDiagnostics" for a, _ in c.cp.received)), 10)
        assert dict(c.cp.received)["GetDiagnostics"]["location"] == job.url
        assert job.url.startswith(f"http://localhost:{port}/u/")
        await c.cp.call(call.DiagnosticsStatusNotification(status="UploadFailed"))
        await task
        assert job.state == FAILED and "UploadFailed" in job.message


def _get(url: str, source: str | None = None) -> int:
    parts = urllib.parse.urlsplit(url)
    conn = http.client.HTTPConnection(
        parts.hostname, parts.port, timeout=10, source_address=(source, 0) if source else None
    )
    try:
        conn.request("GET", parts.path)
        response = conn.getresponse()
        response.read()
        return response.status
    finally:
        conn.close()


@pytest.mark.expect_log(r"file server: .* -> 403 ", logger="app.services.chargers.file_server")
async def test_a_job_link_answers_only_the_charger_address(
    central_factory: CentralFactory,
    db: Database,
    tmp_path: Path,
) -> None:
    """The job's URL is in the message log (UpdateFirmware's location): from another address it is useless."""
    add_station(db, "GARAGE-2", connectors=1)
    cs = await central_factory(call_timeout_s=5)
    firmware = tmp_path / "fw.bin"
    firmware.write_bytes(b"x" * 100)
    async with sim_charger(cs.url, "GARAGE-2") as c:  # connected from 127.0.0.1
        await c.cp.call(call.BootNotification(charge_point_vendor="ABB", charge_point_model="Terra"))
        assert charger_remote_address(cs, "GARAGE-2") == "127.0.0.1"
        job = FirmwareJob(cs, "GARAGE-2", firmware, timeout_s=30)
        task = asyncio.ensure_future(job.run())
        await asyncio.wait_for(_until(lambda: any(a == "UpdateFirmware" for a, _ in c.cp.received)), 10)
        assert await asyncio.to_thread(_get, job.url, "127.0.0.2") == 403
        assert await asyncio.to_thread(_get, job.url) == 200  # the charger's own address
        uploads = DiagnosticsJob(cs, "GARAGE-2", directory=tmp_path / "d", timeout_s=30)
        up_task = asyncio.ensure_future(uploads.run())
        await asyncio.wait_for(_until(lambda: any(a == "GetDiagnostics" for a, _ in c.cp.received)), 10)
        parts = urllib.parse.urlsplit(uploads.url + "x.log")
        conn = http.client.HTTPConnection(
            parts.hostname, parts.port, timeout=10, source_address=("127.0.0.2", 0)
        )
        await asyncio.to_thread(conn.request, "PUT", parts.path, b"stolen")
        response = await asyncio.to_thread(conn.getresponse)
        assert response.status == 403
        conn.close()
        assert not (tmp_path / "d").exists() or list((tmp_path / "d").iterdir()) == []
        await c.cp.call(call.FirmwareStatusNotification(status="DownloadFailed"))
        await c.cp.call(call.DiagnosticsStatusNotification(status="UploadFailed"))
        await task
        await up_task
