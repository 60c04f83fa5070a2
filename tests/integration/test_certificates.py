"""Charger certificates (OCPP 1.6 Security Whitepaper Ed. 3) end to end: the real central system on 127.0.0.1, the
simulator as a whitepaper charger, on SQLite and PostgreSQL.

A02/A03: the charger's SignCertificate is checked (signature, CN = its identity, key) and signed by the site's local
CA, CertificateSigned follows and the charger accepts it only once the CA is installed; a request naming another
charger is Rejected. M03/M04/M05: the site's CA installed in one call, listed with its subject and expiry, deleted.
A site with its own CA: the request exported and the CA's certificate sent back."""

from __future__ import annotations

import asyncio
import datetime as dt
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.x509.oid import NameOID

from app.db import Database
from app.models import AuditEntry
from app.services.central.certificates import CertificateChanged, local_ca_files
from app.services.central.system import CentralSystem
from app.services.chargers import certificates as certs
from app.services.chargers.service import ChargersService
from app.services.roles import NotAllowed
from app.services.store import Store
from app.simulator import events as ev
from app.simulator.api import VirtualCharger
from tests.helpers.factories import operator
from tests.helpers.ocpp import CentralFactory, add_station

FAST = {"speed": 600.0, "seed": 3, "reconnect_initial_s": 0.05, "connectors": 1}


def make_ca(folder: Path, name: str = "Site CA") -> tuple[x509.Certificate, ec.EllipticCurvePrivateKey]:
    """A CA certificate and key written where `chargedesk certs ca` writes the site's local CA."""
    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=3650))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = local_ca_files(folder)
    cert_path.parent.mkdir(parents=True, exist_ok=True)
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    )
    return cert, key


class Changes:
    """The central system's CertificateChanged events, awaited by charger and status."""

    def __init__(self, cs: CentralSystem) -> None:
        self.events: list[CertificateChanged] = []
        self._wake = asyncio.Event()
        cs.subscribe(self._on, CertificateChanged)

    def _on(self, event: CertificateChanged) -> None:
        self.events.append(event)
        self._wake.set()

    async def wait(self, cp_id: str, status: str) -> CertificateChanged:
        async with asyncio.timeout(20):
            while True:
                for e in self.events:
                    if e.cp_id == cp_id and e.status == status:
                        self.events.remove(e)
                        return e
                self._wake.clear()
                await self._wake.wait()


def actions(db: Database, cp_id: str) -> list[str]:
    with db.session() as s:
        rows = s.query(AuditEntry).filter_by(entity="charger", entity_id=cp_id).order_by(AuditEntry.id).all()
        return [r.action for r in rows]


async def test_local_ca_signs_the_chargers_request_and_the_charger_accepts_it(
    central_factory: CentralFactory, db: Database, tmp_path: Path
) -> None:
    add_station(db, "CERT-1", connectors=1)
    cs = await central_factory(call_timeout_s=10)
    ca, _ = make_ca(tmp_path)
    cs.certificates.data_dir = tmp_path
    await cs.certificates.publish()
    seen = Changes(cs)
    service = ChargersService(Store(db), cs)
    certificates = service.certificates
    async with VirtualCharger(cs.url, "CERT-1", **FAST) as vc:
        await vc.wait_for(ev.BOOTED, lambda e: e.data["status"] == "Accepted")
        assert await certificates.installed("CERT-1") == []  # GetInstalledCertificateIds: NotFound

        # without the CA on the charger, the signed certificate does not chain: the charger rejects it
        assert (
            await certificates.renew("CERT-1") == "Accepted"
        )  # ExtendedTriggerMessage SignChargePointCertificate
        await seen.wait("CERT-1", "requested")
        await seen.wait("CERT-1", "rejected")
        await vc.wait_for(ev.CERTIFICATE, lambda e: e.data.get("step") == "rejected")
        assert vc.charger.certificates.certificate is None

        # the site's CA in one call (InstallCertificate CentralSystemRootCertificate), then listed with its subject
        assert await certificates.install_site_ca("CERT-1") == "Accepted"
        installed = await certificates.installed("CERT-1")
        assert [(c.type, c.subject, c.site_ca) for c in installed] == [
            (certs.CENTRAL_ROOT, "CN=Site CA", True)
        ]
        assert installed[0].not_after == ca.not_valid_after_utc
        assert installed[0].hash["serialNumber"] == format(ca.serial_number, "x")

        # renewed again: signed by the local CA, sent, accepted by the charger, kept as last known
        assert await certificates.renew("CERT-1") == "Accepted"
        await seen.wait("CERT-1", "accepted")
        mine = vc.charger.certificates.certificate
        assert mine is not None and mine.issuer == ca.subject
        mine.verify_directly_issued_by(ca)
        state = certificates.state("CERT-1")
        assert state.status == "accepted" and state.subject == "O=ChargeDesk,CN=CERT-1"
        assert state.serial == format(mine.serial_number, "x") and state.not_after == mine.not_valid_after_utc
        assert not state.request_waiting and state.site_signs
        overview = certificates.expiry_overview()
        assert [(r.kind, r.name) for r in overview] == [("charger", "CERT-1"), ("ca", "")]

        # deleting the CA: the charger keeps the one its connection's certificate needs (Failed)
        assert await certificates.delete("CERT-1", installed[0]) == "Failed"
        assert len(await certificates.installed("CERT-1")) == 1

    assert actions(db, "CERT-1") == [
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


@pytest.mark.expect_log(r"certificate signing request refused")
async def test_a_request_naming_another_charger_or_a_weak_key_is_rejected(
    central_factory: CentralFactory, db: Database, tmp_path: Path
) -> None:
    add_station(db, "CERT-2", connectors=1)
    cs = await central_factory(call_timeout_s=10)
    make_ca(tmp_path)
    cs.certificates.data_dir = tmp_path
    async with VirtualCharger(cs.url, "CERT-2", **FAST) as vc:
        await vc.wait_for(ev.BOOTED, lambda e: e.data["status"] == "Accepted")
        link = vc.charger.link
        assert link is not None
        other = ec.generate_private_key(ec.SECP256R1())
        csr = (
            x509.CertificateSigningRequestBuilder()
            .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "CERT-1")]))
            .sign(other, hashes.SHA256())
        )
        answer = await link.call(
            "SignCertificate", {"csr": csr.public_bytes(serialization.Encoding.PEM).decode()}
        )
        assert answer == {"status": "Rejected"}
        weak = rsa.generate_private_key(65537, 1024)
        csr = (
            x509.CertificateSigningRequestBuilder()
            .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "CERT-2")]))
            .sign(weak, hashes.SHA256())
        )
        answer = await link.call(
            "SignCertificate", {"csr": csr.public_bytes(serialization.Encoding.PEM).decode()}
        )
        assert answer == {"status": "Rejected"}
        answer = await link.call("SignCertificate", {"csr": "not a request"})
        assert answer == {"status": "Rejected"}
    state = ChargersService(Store(db), cs).certificates.state("CERT-2")
    assert state.status == "refused" and "not a PEM" in state.detail
    assert actions(db, "CERT-2") == ["csr_refused"] * 3


async def test_a_site_with_its_own_ca_exports_the_request_and_sends_the_cas_certificate(
    central_factory: CentralFactory, db: Database, tmp_path: Path
) -> None:
    add_station(db, "CERT-3", connectors=1)
    cs = await central_factory(call_timeout_s=10)
    cs.certificates.data_dir = tmp_path / "no-local-ca"  # the host has no local CA: requests are kept
    await cs.certificates.publish()
    seen = Changes(cs)
    own_ca, own_key = make_ca(tmp_path / "own", "Own CA")
    service = ChargersService(Store(db), cs)
    certificates = service.certificates
    options = {**FAST, "sign_certificate_at_boot": True}
    async with VirtualCharger(cs.url, "CERT-3", **options) as vc:
        await vc.wait_for(ev.CERTIFICATE, lambda e: e.data.get("status") == "Accepted")  # A03 after boot
        await seen.wait("CERT-3", "requested")
        state = certificates.state("CERT-3")
        assert state.request_waiting and not state.site_signs

        exported = tmp_path / "CERT-3.csr.pem"
        certificates.export_request("CERT-3", exported)
        csr = x509.load_pem_x509_csr(exported.read_bytes())
        assert csr.subject.rfc4514_string() == "O=ChargeDesk,CN=CERT-3"

        # the CA answers with a certificate for another key: refused before anything is sent
        wrong = tmp_path / "wrong.pem"
        other = ec.generate_private_key(ec.SECP256R1())
        wrong.write_bytes(_signed(csr.subject, other.public_key(), own_ca, own_key))
        with pytest.raises(certs.CertificateProblem, match="not for the key"):
            await certificates.send_signed("CERT-3", wrong)

        # the real one, with the CA installed on the charger first (ManufacturerRoot is not enough)
        signed = tmp_path / "CERT-3.pem"
        signed.write_bytes(
            _signed(csr.subject, csr.public_key(), own_ca, own_key)
            + own_ca.public_bytes(serialization.Encoding.PEM)
        )
        ops = service.operations
        own_pem = own_ca.public_bytes(serialization.Encoding.PEM).decode()
        assert (await ops.install_certificate("CERT-3", certs.CENTRAL_ROOT, own_pem))["status"] == "Accepted"
        assert await certificates.send_signed("CERT-3", signed) == "Accepted"
        assert vc.charger.certificates.certificate is not None
        state = certificates.state("CERT-3")
        assert state.status == "accepted" and not state.request_waiting
        with pytest.raises(certs.CertificateProblem, match="no certificate request"):
            certificates.export_request("CERT-3", exported)

    # a viewer may list nothing it changes: every change is refused before it is sent
    viewer = Store(db, principal=operator("vera", "viewer"))
    with pytest.raises(NotAllowed):
        await ChargersService(viewer, cs).certificates.renew("CERT-3")


def _signed(
    subject: x509.Name, public_key: object, ca: x509.Certificate, ca_key: ec.EllipticCurvePrivateKey
) -> bytes:
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(ca.subject)
        .public_key(public_key)  # type: ignore[arg-type]
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=1))
        .not_valid_after(now + dt.timedelta(days=365))
        .sign(ca_key, hashes.SHA256())
    )
    return cert.public_bytes(serialization.Encoding.PEM)
