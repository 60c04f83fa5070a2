"""The OCPP 1.6 security extension's messages (Security Whitepaper Ed. 3) end to end: the real central system on
127.0.0.1, the simulator as whitepaper firmware (security events, ExtendedTriggerMessage, GetLog with the upload
over real HTTP, SignedUpdateFirmware with its certificate and signature checks)."""

from __future__ import annotations

import asyncio
import datetime as dt
import os
import sys
from pathlib import Path

import pytest
from ocpp.v16 import call
from sqlalchemy import select

from app.db import Database
from app.models import AuditEntry
from app.ocpp.events import DiagnosticsStatus, FirmwareStatus, SecurityEventReceived
from app.services.alarms import rules as R
from app.services.alarms.events import AlarmChanged
from app.services.chargers.firmware_jobs import DONE, FAILED, DiagnosticsJob, FirmwareJob
from app.services.chargers.firmware_signature import SignedFirmware, check
from app.simulator import events as ev
from app.simulator.api import VirtualCharger
from tests.helpers.ocpp import CentralFactory, EventRecorder, add_station, iso, now, sim_charger
from tests.helpers.signing import make_signer

pytestmark = pytest.mark.expect_log(r"security event ", logger="app.services.central.system")

FAST = {
    "speed": 600.0,
    "seed": 7,
    "first_idle_s": (0.0, 1.0),
    "reboot_s": 5.0,
    "reconnect_initial_s": 0.05,
    "connectors": 1,
}
CP = "SEC-16"
ROOT = Path(__file__).resolve().parents[3]


def security_events(db: Database, cp_id: str) -> list[str]:
    with db.session() as s:
        rows = s.scalars(
            select(AuditEntry)
            .where(AuditEntry.entity_id == cp_id, AuditEntry.action == "security_event")
            .order_by(AuditEntry.id)
        ).all()
        return [str((r.changes or {})["type"]) for r in rows]


async def test_security_events_at_boot_and_after_a_reset_are_stored(
    central_factory: CentralFactory, db: Database
) -> None:
    add_station(db, CP, connectors=1)
    cs = await central_factory(call_timeout_s=10)
    recorder = EventRecorder()
    cs.subscribe(recorder, SecurityEventReceived)
    async with VirtualCharger(cs.url, CP, security_extension=True, **FAST) as vc:
        await recorder.wait(SecurityEventReceived, lambda e: e.event_type == "StartupOfTheDevice", 20)
        # a non-critical event stays in the charger's security log
        assert (await cs.operations.change_configuration(CP, "AuthorizationKey", "00" * 16))["status"] in (
            "Accepted",
            "RebootRequired",
        )
        await vc.wait_for(ev.OPERATION, lambda e: e.data["action"] == "ChangeConfiguration")
        assert any("ReconfigurationOfSecurityParameters" in line for line in vc.charger.security_log)
        assert (await cs.operations.reset(CP, "Soft"))["status"] == "Accepted"
        await recorder.wait(SecurityEventReceived, lambda e: e.event_type == "ResetOrReboot", 30)
    assert security_events(db, CP) == ["StartupOfTheDevice", "StartupOfTheDevice", "ResetOrReboot"]


async def test_a_charger_without_the_extension_sends_no_security_event(
    central_factory: CentralFactory, db: Database
) -> None:
    add_station(db, CP, connectors=1)
    cs = await central_factory(call_timeout_s=10)
    async with VirtualCharger(cs.url, CP, **FAST) as vc:
        await vc.wait_for(ev.BOOTED, lambda e: e.data["status"] == "Accepted")
        # the simulator's chargers manage certificates (SignChargePointCertificate) but, without the extension's
        # firmware, have no log upload to report
        assert await cs.operations.extended_trigger_message(CP, "LogStatusNotification") == {
            "status": "NotImplemented"
        }
    assert security_events(db, CP) == []


async def test_extended_trigger_message_and_the_security_log_uploaded(
    central_factory: CentralFactory, db: Database, tmp_path: Path
) -> None:
    add_station(db, CP, connectors=1)
    cs = await central_factory(call_timeout_s=10)
    recorder = EventRecorder()
    cs.subscribe(recorder, DiagnosticsStatus, FirmwareStatus, SecurityEventReceived)
    async with VirtualCharger(cs.url, CP, security_extension=True, **FAST):
        await recorder.wait(SecurityEventReceived, lambda e: e.event_type == "StartupOfTheDevice", 20)
        ops = cs.operations
        assert await ops.extended_trigger_message(CP, "LogStatusNotification") == {"status": "Accepted"}
        await recorder.wait(DiagnosticsStatus, lambda e: e.status == "Idle")  # LogStatusNotification, stored
        assert await ops.extended_trigger_message(CP, "FirmwareStatusNotification") == {"status": "Accepted"}
        await recorder.wait(FirmwareStatus, lambda e: e.status == "Idle")  # SignedFirmwareStatusNotification
        assert await ops.extended_trigger_message(CP, "SignChargePointCertificate") == {
            "status": "Accepted"  # a SignCertificate follows (tests/integration/test_certificates.py)
        }
        job = DiagnosticsJob(cs, CP, directory=tmp_path / "logs", timeout_s=60, log_type="SecurityLog")
        await job.run()
        assert job.state == DONE, job.message
        assert job.file is not None and job.file.name == job.file_name and "-security-" in job.file.name
        assert "StartupOfTheDevice (critical)" in job.file.read_text()
        assert "Uploaded" in [s.status for s in job.steps] and "security log" in job.message
    out = await cs.recent_messages(cp_id=CP, action="GetLog", direction="out")
    assert '"logType":"SecurityLog"' in out[0].frame.replace(" ", "")
    logs = await cs.recent_messages(cp_id=CP, action="LogStatusNotification", direction="in")
    assert any('"requestId"' in m.frame and "Uploaded" in m.frame for m in logs)


async def test_signed_firmware_is_installed_and_a_bad_signature_or_certificate_is_refused(
    central_factory: CentralFactory, db: Database, tmp_path: Path
) -> None:
    add_station(db, CP, connectors=1)
    cs = await central_factory(call_timeout_s=10)
    recorder = EventRecorder()
    cs.subscribe(recorder, SecurityEventReceived)
    signer = make_signer()
    image = tmp_path / "vendor-fw-3.0.1.bin"
    image.write_bytes(b"\x7fFW" + bytes(range(256)) * 64)
    signed = check(image, signer.cert_pem, signer.sign(image.read_bytes()), [signer.ca_pem])
    async with VirtualCharger(cs.url, CP, security_extension=True, firmware_ca=signer.ca_pem, **FAST) as vc:
        await recorder.wait(SecurityEventReceived, lambda e: e.event_type == "StartupOfTheDevice", 20)
        # a signature over another image: the charger downloads it, finds the signature wrong, installs nothing
        other = tmp_path / "vendor-fw-3.0.2.bin"
        other.write_bytes(b"not what was signed")
        job = FirmwareJob(cs, CP, other, timeout_s=60, signed=signed)
        await job.run()
        assert job.state == FAILED and "InvalidSignature" in job.message
        assert vc.charger.firmware_version == "1.4.2"
        # a certificate from a CA the charger does not hold: refused at once
        stranger = make_signer("Someone Else")
        foreign = SignedFirmware(stranger.cert_pem, stranger.sign(image.read_bytes()), "x", "y")
        job = FirmwareJob(cs, CP, image, timeout_s=60, signed=foreign)
        await job.run()
        assert job.state == FAILED and "InvalidCertificate" in job.message
        # the right one: verified, installed, the charger restarts with it and says so
        job = FirmwareJob(cs, CP, image, timeout_s=60, signed=signed)
        await job.run()
        assert job.state == DONE, job.message
        assert [s.status for s in job.steps if s.status not in ("Requested", "Served")] == [
            "Downloading",
            "Downloaded",
            "SignatureVerified",
            "Installing",
            "Installed",
        ]
        await recorder.wait(SecurityEventReceived, lambda e: e.event_type == "FirmwareUpdated", 30)
        assert vc.charger.firmware_version == "3.0.1"
    out = await cs.recent_messages(cp_id=CP, action="SignedUpdateFirmware", direction="out")
    assert out and "signingCertificate" in out[0].frame
    assert any("InvalidFirmwareSigningCertificate" in line for line in vc.charger.security_log)
    assert any("InvalidFirmwareSignature" in line for line in vc.charger.security_log)


async def test_a_critical_security_event_raises_an_alarm_counted_then_cleared_after_a_quiet_day(
    central_factory: CentralFactory, db: Database
) -> None:
    add_station(db, CP, connectors=1)
    cs = await central_factory(call_timeout_s=10)
    at = [dt.datetime.now(dt.UTC)]
    cs.alarms.now = lambda: at[0]
    recorder = EventRecorder()
    cs.subscribe(recorder, AlarmChanged, SecurityEventReceived)
    await cs.alarms.tick()  # the rules and stations read
    async with sim_charger(cs.url, CP) as c:
        await c.cp.call(call.BootNotification(charge_point_vendor="ABB", charge_point_model="Terra"))
        for kind in (
            "InvalidCentralSystemCertificate",
            "TamperDetectionActivated",
            "TamperDetectionActivated",
        ):
            await c.cp.call(call.SecurityEventNotification(type=kind, timestamp=iso(now()), tech_info="lid"))
        repeated = await recorder.wait(AlarmChanged, lambda e: e.state == "repeated")
    assert repeated.kind == R.SECURITY and repeated.count == 2
    assert repeated.text == f"{CP}: security event TamperDetectionActivated (lid)"
    assert len(recorder.of(SecurityEventReceived)) == 3
    assert {e.key for e in recorder.of(AlarmChanged)} == {f"security:{CP}:TamperDetectionActivated"}
    at[0] += dt.timedelta(hours=23)
    await cs.alarms.tick()
    assert not [e for e in recorder.of(AlarmChanged) if e.state == "cleared"]
    at[0] += dt.timedelta(hours=2)
    await cs.alarms.tick()
    await recorder.wait(AlarmChanged, lambda e: e.state == "cleared")


async def test_the_command_line_simulates_whitepaper_firmware(
    central_factory: CentralFactory, db: Database, tmp_path: Path
) -> None:
    """``chargedesk simulate --security-extension --firmware-ca PEM`` as a process: it boots, pushes its
    StartupOfTheDevice, and takes the signed firmware its root issued."""
    add_station(db, CP, connectors=1)
    cs = await central_factory(call_timeout_s=10)
    recorder = EventRecorder()
    cs.subscribe(recorder, SecurityEventReceived)
    signer = make_signer()
    (tmp_path / "root.pem").write_text(signer.ca_pem)
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "app",
        "simulate",
        "--url",
        cs.url + CP,
        "--connectors",
        "1",
        "--duration",
        "60",
        "--security-extension",
        "--firmware-ca",
        str(tmp_path / "root.pem"),
        cwd=ROOT,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    try:
        await recorder.wait(SecurityEventReceived, lambda e: e.event_type == "StartupOfTheDevice", 30)
        image = tmp_path / "vendor-fw-9.9.9.bin"
        image.write_bytes(b"firmware image")
        foreign = make_signer("Someone Else")
        answer = await cs.operations.signed_update_firmware(
            CP, "http://127.0.0.1:9/none.bin", foreign.cert_pem, foreign.sign(image.read_bytes())
        )
        assert answer == {"status": "InvalidCertificate"}
        answer = await cs.operations.signed_update_firmware(
            CP, "http://127.0.0.1:9/none.bin", signer.cert_pem, signer.sign(image.read_bytes())
        )
        assert answer == {"status": "Accepted"}
    finally:
        proc.terminate()
        out, _err = await asyncio.wait_for(proc.communicate(), 20)
    assert b"security event StartupOfTheDevice" in out
