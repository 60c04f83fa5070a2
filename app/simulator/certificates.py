"""The charger's certificates as OCPP 1.6 Security Whitepaper Edition 3 firmware keeps them (a 2.0.1 station the
same: :mod:`.security201` maps its message shapes and CSMSRootCertificate onto this store).

* a **trust store** of CA certificates by use (``CentralSystemRootCertificate``, ``ManufacturerRootCertificate``):
  InstallCertificate adds one (use case M05; a certificate that is not a valid CA certificate is Rejected, a full
  store Failed — ``CertificateStoreMaxLength``), GetInstalledCertificateIds lists their hash data (M03),
  DeleteCertificate removes one (M04; NotFound when no certificate has that hash data);
* a **key pair and CSR** made on request (A02: ExtendedTriggerMessage SignChargePointCertificate; A03: by the
  charger itself, here after an Accepted boot when ``ChargerOptions.sign_certificate_at_boot``): a new ECC P-256
  key, the CSR's subject CN = the charger's identity and O = the CPO's name (``CpoName``);
* a **certificate store** for its own certificate: CertificateSigned is Accepted only when the chain's first
  certificate is for the pending key, names the charger, is valid now and chains (each certificate signed by the
  next, the last by an installed CentralSystemRootCertificate); else Rejected and the pending key is kept
  (the whitepaper's A02.FR/A03.FR: "the Charge Point SHALL verify the validity of the signed certificate").

The hash data is RFC 6960's CertID (SHA-256 of the issuer's name and of its public key bits, the serial number in
hex), as the whitepaper's CertificateHashDataType defines it.
"""

from __future__ import annotations

import datetime as dt
import itertools
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # imported when a certificate is first handled: every charger has a store, few use it
    from cryptography import x509
    from cryptography.hazmat.primitives.asymmetric import ec

CENTRAL_ROOT = "CentralSystemRootCertificate"
MANUFACTURER_ROOT = "ManufacturerRootCertificate"
STORE_MAX = 10  # CertificateStoreMaxLength


def cert_id(cert: x509.Certificate, issuer: x509.Certificate | None = None) -> dict[str, str]:
    """CertificateHashData of ``cert`` (SHA256; a root is its own issuer)."""
    from cryptography.hazmat.primitives import hashes
    from cryptography.x509 import ocsp

    built = ocsp.OCSPRequestBuilder().add_certificate(cert, issuer or cert, hashes.SHA256()).build()
    return {
        "hashAlgorithm": "SHA256",
        "issuerNameHash": built.issuer_name_hash.hex(),
        "issuerKeyHash": built.issuer_key_hash.hex(),
        "serialNumber": format(cert.serial_number, "x"),
    }


def _same(a: dict[str, Any], b: dict[str, Any]) -> bool:
    return all(
        str(a.get(k, "")).lower().lstrip("0") == str(b.get(k, "")).lower().lstrip("0")
        for k in ("hashAlgorithm", "issuerNameHash", "issuerKeyHash", "serialNumber")
    )


def _issued_by(cert: x509.Certificate, issuer: x509.Certificate) -> bool:
    from cryptography.exceptions import InvalidSignature

    try:
        cert.verify_directly_issued_by(issuer)
    except (ValueError, TypeError, InvalidSignature):
        return False
    return True


@dataclass
class CertificateStore:
    cp_id: str
    cpo_name: str = "ChargeDesk"
    trusted: dict[str, list[x509.Certificate]] = field(
        default_factory=lambda: {CENTRAL_ROOT: [], MANUFACTURER_ROOT: []}
    )
    key: ec.EllipticCurvePrivateKey | None = None  # the key of the request pending
    certificate: x509.Certificate | None = None  # its own, once a CertificateSigned was accepted
    chain: list[x509.Certificate] = field(default_factory=list)

    # --- M05, M03, M04 ----------------------------------------------------------------------------------

    def install(self, kind: str, pem: str) -> str:
        from cryptography import x509
        from cryptography.hazmat.primitives import hashes

        try:
            cert = x509.load_pem_x509_certificate(pem.encode())
        except ValueError:
            return "Rejected"
        try:
            ca = cert.extensions.get_extension_for_class(x509.BasicConstraints).value.ca
        except x509.ExtensionNotFound:
            ca = False
        now = dt.datetime.now(dt.UTC)
        if not ca or not cert.not_valid_before_utc <= now <= cert.not_valid_after_utc:
            return "Rejected"
        store = self.trusted.setdefault(kind, [])
        if any(c.fingerprint(hashes.SHA256()) == cert.fingerprint(hashes.SHA256()) for c in store):
            return "Accepted"
        if sum(len(v) for v in self.trusted.values()) >= STORE_MAX:
            return "Failed"
        store.append(cert)
        return "Accepted"

    def ids(self, kind: str) -> list[dict[str, str]]:
        return [cert_id(c) for c in self.trusted.get(kind, [])]

    def delete(self, hash_data: dict[str, Any]) -> str:
        for kind, certs in self.trusted.items():
            for c in certs:
                if _same(cert_id(c), hash_data):
                    if kind == CENTRAL_ROOT and len(certs) == 1 and self.certificate is not None:
                        # the whitepaper (M04.FR.06 in 2.0.1 terms): the certificate in use for the connection
                        # to the central system is not deleted
                        return "Failed"
                    certs.remove(c)
                    return "Accepted"
        return "NotFound"

    # --- A02 / A03 ---------------------------------------------------------------------------------------

    def new_request(self) -> str:
        """A new key pair and its CSR (PEM); the key is kept until a certificate for it is accepted."""
        from cryptography import x509
        from cryptography.hazmat.primitives import hashes, serialization
        from cryptography.hazmat.primitives.asymmetric import ec
        from cryptography.x509.oid import NameOID

        self.key = ec.generate_private_key(ec.SECP256R1())
        subject = x509.Name(
            [
                x509.NameAttribute(NameOID.COMMON_NAME, self.cp_id),
                x509.NameAttribute(NameOID.ORGANIZATION_NAME, self.cpo_name),
            ]
        )
        csr = x509.CertificateSigningRequestBuilder().subject_name(subject).sign(self.key, hashes.SHA256())
        return csr.public_bytes(serialization.Encoding.PEM).decode()

    def accept_signed(self, pem: str) -> tuple[bool, str]:
        """(accepted, why not) for a CertificateSigned's chain."""
        from cryptography import x509
        from cryptography.hazmat.primitives import serialization
        from cryptography.x509.oid import NameOID

        if self.key is None:
            return False, "no certificate request is pending"
        try:
            chain = x509.load_pem_x509_certificates(pem.encode())
        except ValueError:
            return False, "not a PEM certificate chain"
        leaf = chain[0]
        spki = serialization.PublicFormat.SubjectPublicKeyInfo
        der = serialization.Encoding.DER
        if leaf.public_key().public_bytes(der, spki) != self.key.public_key().public_bytes(der, spki):
            return False, "the certificate is not for the pending key"
        cn = leaf.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
        if not cn or cn[0].value != self.cp_id:
            return False, "the certificate does not name this charger"
        now = dt.datetime.now(dt.UTC)
        if not leaf.not_valid_before_utc <= now <= leaf.not_valid_after_utc:
            return False, "the certificate is not valid now"
        for cert, issuer in itertools.pairwise(chain):
            if not _issued_by(cert, issuer):
                return False, "the chain is broken"
        roots = self.trusted.get(CENTRAL_ROOT, [])
        last = chain[-1]
        if not any(_issued_by(last, root) or last == root for root in roots):
            return False, "the chain does not lead to an installed CentralSystemRootCertificate"
        self.certificate, self.chain = leaf, chain
        return True, ""
