"""OCPP 2.0.1 secure firmware update (L01) end to end: the real central system on 127.0.0.1, the image served over
real HTTP, the simulator as a 2.0.1 station. The signing certificate and signature are checked here before anything
is sent (the same check and trusted CAs as the 1.6 SignedUpdateFirmware), then go out in UpdateFirmware's
``firmware``; the station checks them again and reports SignatureVerified / InvalidSignature in
FirmwareStatusNotification, stored as a 1.6 SignedFirmwareStatusNotification is."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from app.db import Database
from app.models import Charger
from app.services.chargers import certificates as certs
from app.services.chargers.firmware_jobs import DONE, FAILED, FirmwareJob
from app.services.chargers.firmware_signature import SignatureProblem, SignedFirmware, check
from app.services.chargers.service import ChargersService
from app.services.store import Store
from app.simulator import events as ev
from app.simulator.api import VirtualCharger
from tests.helpers.ocpp import CentralFactory, add_station
from tests.helpers.signing import make_signer

FAST = {
    "speed": 600.0,
    "seed": 7,
    "first_idle_s": (0.0, 1.0),
    "reboot_s": 5.0,
    "reconnect_initial_s": 0.05,
    "connectors": 1,
    "ocpp": "2.0.1",
}
CP = "SIGNED-201"


def firmware_status(db: Database) -> str:
    with db.session() as s:
        return str(s.scalar(select(Charger.firmware_status).where(Charger.charge_point_id == CP)))


async def test_signed_firmware_is_installed_and_a_bad_signature_or_certificate_is_refused(
    central_factory: CentralFactory, db: Database, tmp_path: Path
) -> None:
    add_station(db, CP, connectors=1)
    cs = await central_factory(call_timeout_s=10)
    signer = make_signer()
    image = tmp_path / "vendor-fw-3.0.1.bin"
    image.write_bytes(b"\x7fFW" + bytes(range(256)) * 64)
    signed = check(image, signer.cert_pem, signer.sign(image.read_bytes()), [signer.ca_pem])
    async with VirtualCharger(cs.url, CP, firmware_ca=signer.ca_pem, **FAST) as vc:
        await vc.wait_for(ev.BOOTED, lambda e: e.data["status"] == "Accepted")
        # a signature over another image: the station downloads it, finds the signature wrong, installs nothing
        other = tmp_path / "vendor-fw-3.0.2.bin"
        other.write_bytes(b"not what was signed")
        job = FirmwareJob(cs, CP, other, timeout_s=60, signed=signed)
        await job.run()
        assert job.state == FAILED and "InvalidSignature" in job.message
        assert vc.charger.firmware_version == "1.4.2"
        await cs.store.flush()
        assert firmware_status(db) == "InvalidSignature"  # stored as a 1.6 SignedFirmwareStatusNotification
        shown = next(c for c in cs.chargers() if c.cp_id == CP)
        assert shown.firmware_status == "InvalidSignature"  # and shown (the Chargers page reads it)
        # a certificate from a CA the station does not hold: refused at once
        stranger = make_signer("Someone Else")
        foreign = SignedFirmware(stranger.cert_pem, stranger.sign(image.read_bytes()), "x", "y")
        job = FirmwareJob(cs, CP, image, timeout_s=60, signed=foreign)
        await job.run()
        assert job.state == FAILED and "InvalidCertificate" in job.message
        # the right one: verified, installed, the station restarts with it
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
        await vc.wait_for(ev.BOOTED, lambda e: e.data.get("firmware") == "3.0.1", timeout=30)
    out = await cs.recent_messages(cp_id=CP, action="UpdateFirmware", direction="out")
    bodies = [json.loads(m.frame)[3] for m in reversed(out)]
    assert len(bodies) == 3
    last = bodies[-1]
    assert last["firmware"]["signingCertificate"] == signer.cert_pem
    assert last["firmware"]["signature"] == signed.signature_b64
    statuses = await cs.recent_messages(cp_id=CP, action="FirmwareStatusNotification", direction="in")
    reported = [json.loads(m.frame)[3] for m in reversed(statuses)]
    assert {"status": "SignatureVerified", "requestId": last["requestId"]} in reported
    assert any(r["status"] == "InvalidSignature" for r in reported)


async def test_a_manufacturer_root_installed_by_install_certificate_is_trusted_by_the_station(
    central_factory: CentralFactory, db: Database, tmp_path: Path
) -> None:
    """No root given at start: the station refuses every signing certificate until the vendor's root is installed
    as its ManufacturerRootCertificate (M05)."""
    add_station(db, CP, connectors=1)
    cs = await central_factory(call_timeout_s=10)
    signer = make_signer()
    image = tmp_path / "vendor-fw-3.1.0.bin"
    image.write_bytes(b"\x7fFW" + bytes(range(200)) * 10)
    signature = signer.sign(image.read_bytes())
    ops = cs.operations
    async with VirtualCharger(cs.url, CP, **FAST) as vc:
        await vc.wait_for(ev.BOOTED, lambda e: e.data["status"] == "Accepted")
        answer = await ops.signed_update_firmware(CP, "http://127.0.0.1:9/x.bin", signer.cert_pem, signature)
        assert answer["status"] == "InvalidCertificate"
        installed = await ops.install_certificate(CP, certs.MANUFACTURER_ROOT, signer.ca_pem)
        assert installed["status"] == "Accepted"
        signed = check(image, signer.cert_pem, signature, [signer.ca_pem])
        job = FirmwareJob(cs, CP, image, timeout_s=60, signed=signed)
        await job.run()
        assert job.state == DONE, job.message
        await vc.wait_for(ev.BOOTED, lambda e: e.data.get("firmware") == "3.1.0", timeout=30)


async def test_a_bad_signature_is_refused_before_anything_is_sent(
    central_factory: CentralFactory, db: Database, tmp_path: Path
) -> None:
    add_station(db, CP, connectors=1)
    cs = await central_factory(call_timeout_s=10)
    signer = make_signer()
    service = ChargersService(Store(db), cs)
    ca_file = tmp_path / "vendor-root.pem"
    ca_file.write_text(signer.ca_pem)
    service.trust_firmware_ca(ca_file)
    image = tmp_path / "vendor-fw-4.0.0.bin"
    image.write_bytes(b"\x7fFW" + bytes(range(100)))
    certificate = tmp_path / "signing.pem"
    certificate.write_text(signer.cert_pem)
    signature = tmp_path / "vendor-fw-4.0.0.sig"
    signature.write_text(signer.sign(b"another image"))
    async with VirtualCharger(cs.url, CP, firmware_ca=signer.ca_pem, **FAST) as vc:
        await vc.wait_for(ev.BOOTED, lambda e: e.data["status"] == "Accepted")
        with pytest.raises(SignatureProblem, match="signature"):
            await service.check_signed_firmware(image, certificate, signature)
        signature.write_text(signer.sign(image.read_bytes()))
        checked = await service.check_signed_firmware(image, certificate, signature)
        assert checked.issuer == "CN=Vendor Firmware Root"
    assert await cs.recent_messages(cp_id=CP, action="UpdateFirmware", direction="out") == []
