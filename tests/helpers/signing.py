"""Firmware signing material for tests: a CA, a signing certificate it issued, signatures (cryptography)."""

from __future__ import annotations

import base64
import datetime as dt
from dataclasses import dataclass

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID


@dataclass(frozen=True)
class Signer:
    ca_pem: str
    cert_pem: str
    key: ec.EllipticCurvePrivateKey

    def sign(self, data: bytes) -> str:
        """The Base64 signature over ``data`` (ECDSA, SHA-256), as SignedUpdateFirmware carries it."""
        return base64.b64encode(self.key.sign(data, ec.ECDSA(hashes.SHA256()))).decode()


def _name(cn: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn)])


def _pem(cert: x509.Certificate) -> str:
    return cert.public_bytes(serialization.Encoding.PEM).decode()


def make_signer(ca_name: str = "Vendor Firmware Root", *, days: int = 365, expired: bool = False) -> Signer:
    """A CA and a firmware signing certificate it issued (already expired when ``expired``)."""
    now = dt.datetime.now(dt.UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca = (
        x509.CertificateBuilder()
        .subject_name(_name(ca_name))
        .issuer_name(_name(ca_name))
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=days))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(ca_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    start = now - dt.timedelta(days=30 if expired else 1)
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name(f"{ca_name} signer"))
        .issuer_name(ca.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(now - dt.timedelta(days=1) if expired else now + dt.timedelta(days=days))
        .sign(ca_key, hashes.SHA256())
    )
    return Signer(_pem(ca), _pem(cert), key)
