"""OCPP 2.0.1 certificates (blocks A and M, without ISO 15118) end to end: the real central system on 127.0.0.1 and
the simulator as a 2.0.1 station, through the same service the Certificates tab uses, on SQLite and PostgreSQL.

A02/A03: SignCertificate (ChargingStationCertificate, or no type) is checked and signed by the site's local CA as a
1.6 charger's, CertificateSigned goes out with ``certificateType`` ChargingStationCertificate; renewal is TriggerMessage
SignChargingStationCertificate; a V2GCertificate request is Rejected with its reason and leaves no record. M03/M04/M05:
InstallCertificate as CSMSRootCertificate, GetInstalledCertificateIds (a list of uses; the answer's
certificateHashDataChain) listed with subject and expiry, DeleteCertificate. Without a local CA the request is kept,
exported, and the site's own CA's certificate sent back."""

from __future__ import annotations

import argparse
import io
import json
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from app.db import Database
from app.services.chargers import certificates as certs
from app.services.chargers.operation_forms import triggers
from app.services.chargers.service import ChargersService
from app.services.store import Store
from app.simulator import events as ev
from app.simulator.api import VirtualCharger
from app.simulator.cli import UsageError, add_arguments, build_chargers
from tests.helpers.ocpp import CentralFactory, add_station
from tests.helpers.signing import make_signer
from tests.integration.test_certificates import Changes, _signed, actions, make_ca

FAST = {"speed": 600.0, "seed": 3, "reconnect_initial_s": 0.05, "connectors": 1, "ocpp": "2.0.1"}


async def sent(cs: object, cp_id: str, action: str) -> list[dict[str, object]]:
    """The payloads of ``action`` the central system sent to ``cp_id``, oldest first."""
    rows = await cs.recent_messages(cp_id=cp_id, action=action, direction="out")  # type: ignore[attr-defined]
    return [json.loads(r.frame)[3] for r in reversed(rows)]


async def test_local_ca_signs_the_stations_request_and_the_station_accepts_it(
    central_factory: CentralFactory, db: Database, tmp_path: Path
) -> None:
    add_station(db, "CERT-201", connectors=1)
    cs = await central_factory(call_timeout_s=10)
    ca, _ = make_ca(tmp_path)
    cs.certificates.data_dir = tmp_path
    await cs.certificates.publish()
    seen = Changes(cs)
    certificates = ChargersService(Store(db), cs).certificates
    async with VirtualCharger(cs.url, "CERT-201", **FAST) as vc:
        await vc.wait_for(ev.BOOTED, lambda e: e.data["status"] == "Accepted")
        assert await certificates.installed("CERT-201") == []  # GetInstalledCertificateIds: NotFound

        # TriggerMessage SignChargingStationCertificate; without the CA on the station the chain does not lead
        # to its CSMS root: rejected
        assert await certificates.renew("CERT-201") == "Accepted"
        await seen.wait("CERT-201", "requested")
        rejected = await seen.wait("CERT-201", "rejected")
        assert vc.charger.certificates.certificate is None
        # the station's reason (statusInfo) is kept, not just "Rejected" (SAP's simulator sends one: docs/interop.md)
        why = "Rejected (InvalidCertificate: the chain does not lead to an installed CentralSystemRootCertificate)"
        assert rejected.detail == why
        assert certificates.state("CERT-201").detail == why

        # the site's CA in one call, as the station's CSMSRootCertificate, then listed with subject and expiry
        assert await certificates.install_site_ca("CERT-201") == "Accepted"
        installed = await certificates.installed("CERT-201")
        assert [(c.type, c.subject, c.site_ca) for c in installed] == [
            (certs.CENTRAL_ROOT, "CN=Site CA", True)
        ]
        assert installed[0].not_after == ca.not_valid_after_utc
        assert installed[0].hash["serialNumber"] == format(ca.serial_number, "x")

        # renewed again: signed by the local CA, accepted by the station, kept as last known
        assert await certificates.renew("CERT-201") == "Accepted"
        await seen.wait("CERT-201", "accepted")
        mine = vc.charger.certificates.certificate
        assert mine is not None
        mine.verify_directly_issued_by(ca)
        state = certificates.state("CERT-201")
        assert state.status == "accepted" and state.subject == "O=ChargeDesk,CN=CERT-201"
        assert state.not_after == mine.not_valid_after_utc and not state.request_waiting

        # the station keeps the CSMS root its own certificate needs
        assert await certificates.delete("CERT-201", installed[0]) == "Failed"

    assert [p["requestedMessage"] for p in await sent(cs, "CERT-201", "TriggerMessage")] == [
        "SignChargingStationCertificate"
    ] * 2
    assert [p["certificateType"] for p in await sent(cs, "CERT-201", "CertificateSigned")] == [
        "ChargingStationCertificate"
    ] * 2
    assert [p["certificateType"] for p in await sent(cs, "CERT-201", "InstallCertificate")] == [
        "CSMSRootCertificate"
    ]
    asked = [p["certificateType"] for p in await sent(cs, "CERT-201", "GetInstalledCertificateIds")]
    assert asked == [["CSMSRootCertificate"], ["ManufacturerRootCertificate"]] * 2
    assert [p["certificateHashData"] for p in await sent(cs, "CERT-201", "DeleteCertificate")] == [
        installed[0].hash
    ]
    assert actions(db, "CERT-201") == [
        "cert_renew",
        "csr_received",
        "cert_sent",
        "cert_rejected",
        "cert_install",
        "cert_renew",
        "csr_received",
        "cert_sent",
        "cert_accepted",
        "cert_delete",
    ]
    with db.session() as s:
        assert certs.read_record(s, certs.charger_key("CERT-201"))  # recorded as a 1.6 charger's


@pytest.mark.expect_log(r"certificate signing request refused|ISO 15118 certificates are not signed")
async def test_a_v2g_request_is_rejected_with_its_reason_and_a_bad_one_refused(
    central_factory: CentralFactory, db: Database, tmp_path: Path
) -> None:
    add_station(db, "CERT-202", connectors=1)
    cs = await central_factory(call_timeout_s=10)
    make_ca(tmp_path)
    cs.certificates.data_dir = tmp_path
    async with VirtualCharger(cs.url, "CERT-202", **FAST) as vc:
        await vc.wait_for(ev.BOOTED, lambda e: e.data["status"] == "Accepted")
        link = vc.charger.link
        assert link is not None
        key = ec.generate_private_key(ec.SECP256R1())
        csr = (
            x509.CertificateSigningRequestBuilder()
            .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "CERT-202")]))
            .sign(key, hashes.SHA256())
            .public_bytes(serialization.Encoding.PEM)
            .decode()
        )
        answer = await link.call("SignCertificate", {"csr": csr, "certificateType": "V2GCertificate"})
        assert answer["status"] == "Rejected"
        assert "ISO 15118" in answer["statusInfo"]["additionalInfo"]
        assert actions(db, "CERT-202") == []  # nothing recorded, nothing signed
        assert await sent(cs, "CERT-202", "CertificateSigned") == []

        answer = await link.call("SignCertificate", {"csr": "not a request"})
        assert answer == {"status": "Rejected"}
    state = ChargersService(Store(db), cs).certificates.state("CERT-202")
    assert state.status == "refused" and "not a PEM" in state.detail
    assert actions(db, "CERT-202") == ["csr_refused"]


async def test_a_site_with_its_own_ca_exports_the_stations_request_and_sends_the_cas_certificate(
    central_factory: CentralFactory, db: Database, tmp_path: Path
) -> None:
    add_station(db, "CERT-203", connectors=1)
    cs = await central_factory(call_timeout_s=10)
    cs.certificates.data_dir = tmp_path / "no-local-ca"  # the host has no local CA: requests are kept
    await cs.certificates.publish()
    seen = Changes(cs)
    own_ca, own_key = make_ca(tmp_path / "own", "Own CA")
    service = ChargersService(Store(db), cs)
    certificates = service.certificates
    async with VirtualCharger(cs.url, "CERT-203", **FAST, sign_certificate_at_boot=True) as vc:
        await vc.wait_for(ev.CERTIFICATE, lambda e: e.data.get("status") == "Accepted")  # A03 after boot
        await seen.wait("CERT-203", "requested")
        state = certificates.state("CERT-203")
        assert state.request_waiting and not state.site_signs

        exported = tmp_path / "CERT-203.csr.pem"
        certificates.export_request("CERT-203", exported)
        csr = x509.load_pem_x509_csr(exported.read_bytes())
        assert csr.subject.rfc4514_string() == "O=ChargeDesk,CN=CERT-203"

        # the own CA as the CSMS root and a manufacturer root, both listed (one GetInstalledCertificateIds each)
        ops = service.operations
        own_pem = own_ca.public_bytes(serialization.Encoding.PEM).decode()
        assert (await ops.install_certificate("CERT-203", certs.CENTRAL_ROOT, own_pem))[
            "status"
        ] == "Accepted"
        vendor = make_signer("Vendor Root").ca_pem
        assert (await ops.install_certificate("CERT-203", certs.MANUFACTURER_ROOT, vendor))[
            "status"
        ] == "Accepted"
        listed = await certificates.installed("CERT-203")
        assert [(c.type, c.subject) for c in listed] == [
            (certs.CENTRAL_ROOT, ""),  # not installed through the tab: no subject known
            (certs.MANUFACTURER_ROOT, ""),
        ]

        signed = tmp_path / "CERT-203.pem"
        signed.write_bytes(
            _signed(csr.subject, csr.public_key(), own_ca, own_key)
            + own_ca.public_bytes(serialization.Encoding.PEM)
        )
        assert await certificates.send_signed("CERT-203", signed) == "Accepted"
        assert vc.charger.certificates.certificate is not None
        assert not certificates.state("CERT-203").request_waiting

        # the manufacturer root deleted, then no longer listed; deleting it again: NotFound
        assert await certificates.delete("CERT-203", listed[1]) == "Accepted"
        assert [c.type for c in await certificates.installed("CERT-203")] == [certs.CENTRAL_ROOT]
        assert await certificates.delete("CERT-203", listed[1]) == "NotFound"

    [signed_sent] = await sent(cs, "CERT-203", "CertificateSigned")
    assert signed_sent["certificateType"] == "ChargingStationCertificate"


def test_the_command_line_simulates_a_201_station_with_a_firmware_root_and_its_own_request(
    tmp_path: Path,
) -> None:
    """``chargedesk simulate --ocpp 2.0.1 --firmware-ca PEM --sign-certificate-at-boot``: a 2.0.1 station takes a
    manufacturer root without the 1.6 extension's flag; a 1.6 charger still needs ``--security-extension``."""
    root = tmp_path / "vendor-root.pem"
    root.write_text(make_signer().ca_pem)
    parser = argparse.ArgumentParser()
    add_arguments(parser)
    common = [
        "--url",
        "ws://127.0.0.1:9/ocpp/SIM-201",
        "--firmware-ca",
        str(root),
        "--sign-certificate-at-boot",
    ]
    [vc] = build_chargers(parser.parse_args([*common, "--ocpp", "2.0.1"]), io.StringIO())
    assert vc.options.firmware_ca == root.read_text() and vc.options.sign_certificate_at_boot
    assert vc.options.ocpp == "2.0.1"
    with pytest.raises(UsageError, match="--security-extension"):
        build_chargers(parser.parse_args(common), io.StringIO())
    assert "SignChargingStationCertificate" in triggers(
        "2.0.1"
    )  # offered now that SignCertificate is handled


@pytest.mark.expect_log(r"certificate requests within")
async def test_a_station_that_keeps_requesting_certificates_is_refused_after_ten_an_hour(
    central_factory: CentralFactory, db: Database, tmp_path: Path
) -> None:
    """SAP's simulator (docs/interop.md) re-sends SignCertificate after each CertificateSigned it rejects, in
    retry chains that multiply (1, 1, 2, 3, 5, 8… a minute): the central system signed every one. After
    ``MAX_REQUESTS`` within ``REQUEST_WINDOW_S`` a station's request is refused with the reason, recorded once."""
    from app.services.central import certificates as central_certs

    add_station(db, "CERT-204", connectors=1)
    cs = await central_factory(call_timeout_s=10)
    make_ca(tmp_path)
    cs.certificates.data_dir = tmp_path
    async with VirtualCharger(cs.url, "CERT-204", **FAST) as vc:
        await vc.wait_for(ev.BOOTED, lambda e: e.data["status"] == "Accepted")
        link = vc.charger.link
        assert link is not None

        def request() -> str:
            key = ec.generate_private_key(ec.SECP256R1())
            name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "CERT-204")])
            csr = x509.CertificateSigningRequestBuilder().subject_name(name).sign(key, hashes.SHA256())
            return csr.public_bytes(serialization.Encoding.PEM).decode()

        limit = central_certs.MAX_REQUESTS
        answers = [await link.call("SignCertificate", {"csr": request()}) for _ in range(limit + 2)]
    assert [a["status"] for a in answers] == ["Accepted"] * limit + ["Rejected"] * 2
    assert answers[-1]["statusInfo"]["reasonCode"] == "TooManyRequests"
    assert f"{limit + 1} certificate requests within an hour" in answers[-1]["statusInfo"]["additionalInfo"]
    assert len(await sent(cs, "CERT-204", "CertificateSigned")) == limit  # the refused ones are not signed
    assert actions(db, "CERT-204").count("csr_refused") == 1  # recorded once, not at each request
    from app.models import AuditEntry

    with db.session() as s:
        refused = s.query(AuditEntry).filter_by(entity_id="CERT-204", action="csr_refused").one()
        assert refused.changes is not None
        assert refused.changes["status"] == "refused"
        assert f"{limit + 1} certificate requests within an hour" in refused.changes["detail"]


async def test_a_local_ca_made_while_the_central_system_runs_is_published_at_the_next_request(
    central_factory: CentralFactory, db: Database, tmp_path: Path
) -> None:
    """Seen in the SAP run (docs/interop.md): `chargedesk certs ca` while serve ran; the host signed the next
    request, but the site record (what a console shows) still said the site signs with its own CA."""
    add_station(db, "CERT-205", connectors=1)
    cs = await central_factory(call_timeout_s=10)
    cs.certificates.data_dir = tmp_path
    await cs.certificates.publish()
    certificates = ChargersService(Store(db), cs).certificates
    assert not certificates.state("CERT-205").site_signs
    make_ca(tmp_path)  # the local CA made while the central system runs
    seen = Changes(cs)
    async with VirtualCharger(cs.url, "CERT-205", **FAST) as vc:
        await vc.wait_for(ev.BOOTED, lambda e: e.data["status"] == "Accepted")
        assert await certificates.renew("CERT-205") == "Accepted"
        await seen.wait("CERT-205", "sent")  # signed by the new CA
    state = certificates.state("CERT-205")
    assert state.site_signs and state.site_ca_subject == "CN=Site CA"
