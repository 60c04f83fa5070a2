"""Charger certificates without a network: what a CSR must be, the hash data, signing, and the simulator's checks of
a CertificateSigned chain (OCPP 1.6 Security Whitepaper Ed. 3)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from app.services.chargers import certificates as certs
from app.simulator.certificates import CENTRAL_ROOT, CertificateStore, cert_id


def _ca(name: str = "CA") -> tuple[x509.Certificate, ec.EllipticCurvePrivateKey]:
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
        .not_valid_after(now + dt.timedelta(days=30))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .sign(key, hashes.SHA256())
    )
    return cert, key


def _pem(cert: x509.Certificate) -> str:
    return cert.public_bytes(serialization.Encoding.PEM).decode()


def _key_pem(key: ec.EllipticCurvePrivateKey) -> bytes:
    return key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )


def test_a_csr_whose_signature_does_not_verify_is_refused() -> None:
    store = CertificateStore("CP-1")
    pem = store.new_request()
    der = bytearray(x509.load_pem_x509_csr(pem.encode()).public_bytes(serialization.Encoding.DER))
    der[-3] ^= 0x01  # the signature's last bytes
    tampered = x509.load_der_x509_csr(bytes(der)).public_bytes(serialization.Encoding.PEM).decode()
    with pytest.raises(certs.CertificateProblem, match="signature does not verify"):
        certs.read_csr(tampered, "CP-1")
    info = certs.read_csr(pem, "CP-1")
    assert (info.common_name, info.organization, info.key) == ("CP-1", "ChargeDesk", "EC secp256r1")


def test_hash_data_is_the_same_on_both_sides_and_matches_with_leading_zeros() -> None:
    ca, _ = _ca()
    ours = certs.hash_data(_pem(ca))
    assert ours == cert_id(ca)  # the central system and the charger agree on the CertID
    assert len(ours["issuerNameHash"]) == 64 and ours["hashAlgorithm"] == "SHA256"
    padded = {**ours, "serialNumber": "00" + ours["serialNumber"].upper()}
    assert certs.same_hash(ours, padded)
    assert not certs.same_hash(ours, {**ours, "issuerKeyHash": "0" * 64})


def test_the_simulator_accepts_only_a_chain_to_an_installed_root_for_its_pending_key() -> None:
    ca, ca_key = _ca("Site CA")
    other, other_key = _ca("Other CA")
    store = CertificateStore("CP-1")
    assert store.accept_signed("x") == (False, "no certificate request is pending")
    csr = store.new_request()
    chain = certs.sign_csr(csr, _pem(ca).encode(), _key_pem(ca_key))
    assert store.accept_signed(chain)[0] is False  # the CA is not installed yet
    assert store.install(CENTRAL_ROOT, _pem(other)) == "Accepted"
    assert store.accept_signed(chain) == (
        False,
        "the chain does not lead to an installed CentralSystemRootCertificate",
    )
    forged = certs.sign_csr(csr, _pem(ca).encode(), _key_pem(other_key))  # "Site CA" named, other key signed
    assert store.install(CENTRAL_ROOT, _pem(ca)) == "Accepted"
    assert store.accept_signed(forged)[0] is False
    assert store.accept_signed(chain) == (True, "")
    leaf = store.certificate
    assert leaf is not None and leaf.subject.rfc4514_string() == "O=ChargeDesk,CN=CP-1"
    assert leaf.not_valid_after_utc <= ca.not_valid_after_utc  # never past the CA
    # a leaf is not a CA: refused for the trust store
    assert store.install(CENTRAL_ROOT, _pem(leaf)) == "Rejected"
    assert store.delete({**cert_id(other)}) == "Accepted"
    assert store.delete(cert_id(other)) == "NotFound"
    assert [h["serialNumber"] for h in store.ids(CENTRAL_ROOT)] == [format(ca.serial_number, "x")]


def test_the_site_record_describes_the_ca_and_the_lan_certificate_or_says_what_is_wrong(
    tmp_path: Path,
) -> None:
    from app.services.central.certificates import site_record

    ca, _ = _ca("Site CA")
    lan, _ = _ca("chargedesk.local")
    (tmp_path / "ca.pem").write_text(_pem(ca))
    (tmp_path / "lan.pem").write_text(_pem(lan))
    record = site_record(tmp_path / "ca.pem", tmp_path / "lan.pem")
    assert record["ca"]["subject"] == "CN=Site CA" and record["ca"]["pem"] == _pem(ca)
    assert record["lan"]["path"] == str(tmp_path / "lan.pem")
    assert record["lan"]["not_after"] == lan.not_valid_after_utc.isoformat()
    (tmp_path / "lan.pem").write_text("garbage")
    broken = site_record(tmp_path / "missing.pem", tmp_path / "lan.pem")
    assert "ca" not in broken and "ca_problem" not in broken  # no local CA: nothing to say
    assert "lan" not in broken and "This is not a PEM certificate." in broken["lan_problem"]


def test_the_certificate_operations_reach_the_host_and_their_events_cross_the_site_bus() -> None:
    from app.services.central import site_bus
    from app.services.central.certificates import CertificateChanged
    from app.services.chargers.service import READ_ONLY_OPERATIONS

    names = {
        "certificate_signed",
        "install_certificate",
        "get_installed_certificate_ids",
        "delete_certificate",
        "extended_trigger_message",
    }
    assert names <= site_bus.ROUTED_OPERATIONS  # an attached console's calls are carried out by the host
    assert names & READ_ONLY_OPERATIONS == {"get_installed_certificate_ids"}  # a viewer may only list
    event = CertificateChanged("CP-1", "accepted", "serial 1f")
    decoded = site_bus.decode_event(site_bus.encode_event(event, 7, "node-a"))
    assert decoded is not None and decoded[2] == event
