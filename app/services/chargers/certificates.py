"""Charger certificates (OCPP 1.6 Security Whitepaper Edition 3): what the central system checks in a charger's
certificate signing request, how the site's local CA signs it, and what is kept of each charger's certificates.

Pure functions over PEM text (the ``cryptography`` package), plus the records kept in the ``settings`` table:

* ``certificates.site`` — what the host publishes at start (the local CA's certificate, public, and the expiry of
  the CA and of the LAN certificate), so that a console on another machine can install the CA and list what
  expires when;
* ``certificates.charger.<cp id>`` — a charger's last CSR (kept until it is signed: the one an operator exports
  for the site's own CA), its certificate as last signed or imported (subject, serial, expiry) and the CA
  certificates installed from here (their hash data, subject and expiry: GetInstalledCertificateIds gives only
  hash data).

What the whitepaper asks of a charger's key pair and certificate (use cases A02/A03): the CSR is PEM (PKCS#10), its
signature verifies, the subject's commonName is the charger's identity (the charge point id it connects with) and
its organizationName the CPO's name (``CpoName``); keys RSA of at least 2048 bits or ECC of at least 224 bits.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.models import Charger, Setting
from app.services.admin.audit import audit
from app.services.i18n import translate
from app.services.roles import Actor

if (
    TYPE_CHECKING
):  # the cryptography package is imported when a certificate is first handled (~150 ms at start)
    from cryptography import x509

SITE_KEY = "certificates.site"
CHARGER_PREFIX = "certificates.charger."
CENTRAL_ROOT = "CentralSystemRootCertificate"
MANUFACTURER_ROOT = "ManufacturerRootCertificate"
CERTIFICATE_TYPES = (CENTRAL_ROOT, MANUFACTURER_ROOT)
CHARGER_DAYS = 825  # as the LAN certificate: what current clients accept for a leaf certificate
MIN_RSA_BITS = 2048
MIN_EC_BITS = 224


class CertificateProblem(ValueError):
    """A CSR or certificate that cannot be used; the message says why, as the operator reads it."""


@dataclass(frozen=True)
class CsrInfo:
    pem: str
    common_name: str
    organization: str
    key: str  # "RSA 2048", "EC secp256r1"


@dataclass(frozen=True)
class CertInfo:
    subject: str
    common_name: str
    issuer: str
    serial: str  # hex, lower case, no leading zeros
    not_before: dt.datetime
    not_after: dt.datetime
    fingerprint: str  # SHA-256 of the DER, hex

    def as_json(self) -> dict[str, str]:
        return {
            "subject": self.subject,
            "common_name": self.common_name,
            "issuer": self.issuer,
            "serial": self.serial,
            "not_before": self.not_before.isoformat(),
            "not_after": self.not_after.isoformat(),
            "fingerprint": self.fingerprint,
        }


def _name_value(name: x509.Name, oid: x509.ObjectIdentifier) -> str:
    values = name.get_attributes_for_oid(oid)
    return str(values[0].value) if values else ""


def _key_text(key: Any) -> str:
    from cryptography.hazmat.primitives.asymmetric import ec, rsa

    if isinstance(key, rsa.RSAPublicKey):
        return f"RSA {key.key_size}"
    if isinstance(key, ec.EllipticCurvePublicKey):
        return f"EC {key.curve.name}"
    return type(key).__name__


def _check_key(key: Any) -> str:
    from cryptography.hazmat.primitives.asymmetric import ec, rsa

    text = _key_text(key)
    if isinstance(key, rsa.RSAPublicKey):
        if key.key_size < MIN_RSA_BITS:
            raise CertificateProblem(
                translate(
                    "Certificates", "The key is {key}: the whitepaper asks for RSA of at least 2048 bits."
                ).format(key=text)
            )
        return text
    if isinstance(key, ec.EllipticCurvePublicKey):
        if key.curve.key_size < MIN_EC_BITS:
            raise CertificateProblem(
                translate(
                    "Certificates", "The key is {key}: the whitepaper asks for ECC of at least 224 bits."
                ).format(key=text)
            )
        return text
    raise CertificateProblem(
        translate("Certificates", "The key is {key}: only RSA and ECC keys are accepted.").format(key=text)
    )


def read_csr(pem: str, cp_id: str) -> CsrInfo:
    """The CSR a charger sent (SignCertificate), checked: PEM PKCS#10, signature, CN = ``cp_id``, key type."""
    from cryptography import x509
    from cryptography.exceptions import InvalidSignature
    from cryptography.x509.oid import NameOID

    try:
        csr = x509.load_pem_x509_csr(pem.encode())
    except ValueError:
        raise CertificateProblem(
            translate("Certificates", "The request is not a PEM certificate signing request.")
        ) from None
    try:
        valid = csr.is_signature_valid
    except (InvalidSignature, ValueError, TypeError):
        valid = False
    if not valid:
        raise CertificateProblem(translate("Certificates", "The request's signature does not verify."))
    cn = _name_value(csr.subject, NameOID.COMMON_NAME)
    if cn != cp_id:
        raise CertificateProblem(
            translate(
                "Certificates", "The request names \u201c{name}\u201d, not the charger's identity {cp_id}."
            ).format(name=cn, cp_id=cp_id)
        )
    key = _check_key(csr.public_key())
    return CsrInfo(pem, cn, _name_value(csr.subject, NameOID.ORGANIZATION_NAME), key)


def load_chain(pem: str) -> list[x509.Certificate]:
    from cryptography import x509

    try:
        chain = x509.load_pem_x509_certificates(pem.encode())
    except ValueError:
        raise CertificateProblem(translate("Certificates", "This is not a PEM certificate.")) from None
    if not chain:
        raise CertificateProblem(translate("Certificates", "This is not a PEM certificate."))
    return chain


def cert_info(cert: x509.Certificate | str) -> CertInfo:
    from cryptography.hazmat.primitives import hashes
    from cryptography.x509.oid import NameOID

    c = load_chain(cert)[0] if isinstance(cert, str) else cert
    return CertInfo(
        subject=c.subject.rfc4514_string(),
        common_name=_name_value(c.subject, NameOID.COMMON_NAME),
        issuer=c.issuer.rfc4514_string(),
        serial=format(c.serial_number, "x"),
        not_before=c.not_valid_before_utc,
        not_after=c.not_valid_after_utc,
        fingerprint=c.fingerprint(hashes.SHA256()).hex(),
    )


def hash_data(cert: x509.Certificate | str, issuer: x509.Certificate | None = None) -> dict[str, str]:
    """The certificate's CertificateHashData (SHA256, RFC 6960's CertID as OCPP takes it): the hash of its issuer's
    DER name, the hash of the issuer's public key bits (``issuer``; by default the certificate's own, right for a
    root — what InstallCertificate installs) and its serial number in hex. GetInstalledCertificateIds returns
    these and DeleteCertificate takes them."""
    from cryptography.hazmat.primitives import hashes
    from cryptography.x509 import ocsp

    c = load_chain(cert)[0] if isinstance(cert, str) else cert
    cert_id = ocsp.OCSPRequestBuilder().add_certificate(c, issuer or c, hashes.SHA256()).build()
    return {
        "hashAlgorithm": "SHA256",
        "issuerNameHash": cert_id.issuer_name_hash.hex(),
        "issuerKeyHash": cert_id.issuer_key_hash.hex(),
        "serialNumber": format(c.serial_number, "x"),
    }


def same_hash(a: dict[str, Any], b: dict[str, Any]) -> bool:
    keys = ("hashAlgorithm", "issuerNameHash", "issuerKeyHash")
    return all(str(a.get(k, "")).lower() == str(b.get(k, "")).lower() for k in keys) and str(
        a.get("serialNumber", "")
    ).lower().lstrip("0") == str(b.get("serialNumber", "")).lower().lstrip("0")


def sign_csr(
    csr_pem: str,
    ca_cert_pem: bytes,
    ca_key_pem: bytes,
    *,
    days: int = CHARGER_DAYS,
    now: dt.datetime | None = None,
) -> str:
    """The charger's certificate (clientAuth, the CSR's subject and key) signed by the CA, followed by the CA's
    certificate: the chain CertificateSigned carries."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec, rsa
    from cryptography.x509.oid import ExtendedKeyUsageOID

    csr = x509.load_pem_x509_csr(csr_pem.encode())
    ca = x509.load_pem_x509_certificate(ca_cert_pem)
    key = serialization.load_pem_private_key(ca_key_pem, password=None)
    if not isinstance(key, rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey):
        raise CertificateProblem(translate("Certificates", "The CA's key is neither RSA nor ECC."))
    now = now or dt.datetime.now(dt.UTC)
    not_after = min(now + dt.timedelta(days=days), ca.not_valid_after_utc)
    cert = (
        x509.CertificateBuilder()
        .subject_name(csr.subject)
        .issuer_name(ca.subject)
        .public_key(csr.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(not_after)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=False,
                key_encipherment=isinstance(csr.public_key(), rsa.RSAPublicKey),
                data_encipherment=False,
                key_agreement=isinstance(csr.public_key(), ec.EllipticCurvePublicKey),
                key_cert_sign=False,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.CLIENT_AUTH]), critical=False)
        .sign(key, hashes.SHA256())
    )
    return (
        cert.public_bytes(serialization.Encoding.PEM) + ca.public_bytes(serialization.Encoding.PEM)
    ).decode()


def check_signed(chain_pem: str, csr_pem: str, cp_id: str) -> CertInfo:
    """A certificate (chain) the site's own CA made for a charger's CSR, checked before it is sent: it is a
    certificate, for the CSR's key, naming the charger, valid now. Returns the leaf's description."""
    from cryptography import x509
    from cryptography.hazmat.primitives import serialization

    chain = load_chain(chain_pem)
    leaf = chain[0]
    csr = x509.load_pem_x509_csr(csr_pem.encode())
    spki = serialization.PublicFormat.SubjectPublicKeyInfo
    der = serialization.Encoding.DER
    if leaf.public_key().public_bytes(der, spki) != csr.public_key().public_bytes(der, spki):
        raise CertificateProblem(
            translate("Certificates", "This certificate is not for the key of the charger's request.")
        )
    info = cert_info(leaf)
    if info.common_name != cp_id:
        raise CertificateProblem(
            translate("Certificates", "This certificate names \u201c{name}\u201d, not {cp_id}.").format(
                name=info.common_name, cp_id=cp_id
            )
        )
    now = dt.datetime.now(dt.UTC)
    if not info.not_before <= now <= info.not_after:
        raise CertificateProblem(
            translate("Certificates", "This certificate is not valid now (valid until {day}).").format(
                day=f"{info.not_after:%Y-%m-%d}"
            )
        )
    return info


def answer_detail(answer: Any) -> str:
    """A charger's answer to a certificate operation as one line: its status and, when it gave one, its reason
    (2.0.1 ``statusInfo``: reasonCode and additionalInfo), e.g. ``Rejected (InternalError: Certificate manager is
    not available on this charging station)``; the reason is what the operator needs, so it is never dropped."""
    if not isinstance(answer, dict):
        return str(answer)
    status = str(answer.get("status", ""))
    info = answer.get("statusInfo")
    if not isinstance(info, dict):
        return status
    why = ": ".join(str(info[k]) for k in ("reasonCode", "additionalInfo") if info.get(k))
    return f"{status} ({why})" if why else status


# --- records in the settings table ----------------------------------------------------------------------------


def charger_key(cp_id: str) -> str:
    return f"{CHARGER_PREFIX}{cp_id}"


def read_record(session: Session, key: str) -> dict[str, Any]:
    value = session.execute(select(Setting.value).where(Setting.key == key)).scalar_one_or_none()
    return dict(value) if isinstance(value, dict) else {}


def update_record(session: Session, key: str, **changes: Any) -> dict[str, Any]:
    """Merge ``changes`` into the record ``key`` (created when missing); None removes a field. The central system
    and a console may write one charger's record at the same moment: an insert that meets the other's row
    merges into it."""
    row = session.get(Setting, key)
    if row is None:
        try:
            with session.begin_nested():
                session.add(Setting(key=key, value=_merged({}, changes)))
            return _merged({}, changes)
        except IntegrityError:
            row = session.get(Setting, key, populate_existing=True)
            if row is None:
                raise
    value = _merged(dict(row.value) if isinstance(row.value, dict) else {}, changes)
    row.value = value
    session.flush()
    return value


def _merged(value: dict[str, Any], changes: dict[str, Any]) -> dict[str, Any]:
    for name, v in changes.items():
        if v is None:
            value.pop(name, None)
        else:
            value[name] = v
    return value


def record_change(
    session: Session, cp_id: str, status: str, detail: str, *, actor: Actor, action: str, **fields: Any
) -> dict[str, Any]:
    """A step of ``cp_id``'s certificate (a request, a certificate sent, the charger's answer, an installed CA...)
    kept in its record and in the audit trail."""
    record = update_record(
        session,
        charger_key(cp_id),
        status=status,
        detail=detail,
        status_at=dt.datetime.now(dt.UTC).isoformat(),
        **fields,
    )
    audit(
        session,
        entity="charger",
        entity_id=cp_id,
        action=action,
        actor=actor,
        changes={"status": status, "detail": detail[:255]},
    )
    return record


def charger_records(session: Session) -> dict[str, dict[str, Any]]:
    rows = session.execute(select(Setting.key, Setting.value).where(Setting.key.startswith(CHARGER_PREFIX)))
    return {k[len(CHARGER_PREFIX) :]: dict(v) for k, v in rows if isinstance(v, dict)}


def remember_installed(
    record: dict[str, Any], cert: CertInfo, hashes_: dict[str, str], kind: str
) -> list[Any]:
    """The record's ``installed`` list with ``cert`` (installed as ``kind``) in it once."""
    kept = [i for i in record.get("installed") or [] if not same_hash(i.get("hash") or {}, hashes_)]
    kept.append({"type": kind, "hash": hashes_, **cert.as_json()})
    return kept


def charger_version(s: Session, cp_id: str) -> str:
    """The OCPP version ``cp_id`` last connected with ("1.6" when it never did)."""
    version = s.scalar(select(Charger.ocpp_version).where(Charger.charge_point_id == cp_id))
    return str(version or "1.6")


__all__ = [
    "CENTRAL_ROOT",
    "CERTIFICATE_TYPES",
    "CHARGER_DAYS",
    "MANUFACTURER_ROOT",
    "SITE_KEY",
    "CertInfo",
    "CertificateProblem",
    "CsrInfo",
    "answer_detail",
    "cert_info",
    "charger_key",
    "charger_records",
    "charger_version",
    "check_signed",
    "hash_data",
    "load_chain",
    "read_csr",
    "read_record",
    "record_change",
    "remember_installed",
    "same_hash",
    "sign_csr",
    "update_record",
]
