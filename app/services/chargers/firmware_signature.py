"""Signed firmware, checked before it is offered to a charger (no Qt).

A charger with the OCPP 1.6 security extension (Security Whitepaper Ed. 3, use case L01 "Secure Firmware
Update", the same as OCPP 2.0.1 L01) takes SignedUpdateFirmware: the image's location, the manufacturer's
**signing certificate** (PEM, at most 5,500 characters) and the **signature** (Base64, at most 800 characters) over
the image made with that certificate's key. The charger checks the certificate against its manufacturer root and
the signature over what it downloaded, and answers InvalidCertificate or reports InvalidSignature when they fail —
after the operator waited for the download. :func:`check` does the same checks here first, so a wrong file,
signature or certificate is said at once, in the operator's words, and nothing is sent:

* the certificate is a PEM X.509 certificate, valid today;
* it chains to a CA the operator trusts: it is one of them or issued (and signed) by one of them, that CA valid
  today — the trusted CAs are a site-wide setting (:data:`TRUSTED_CAS_KEY`, PEM texts), added from a file;
* the signature verifies over the whole image with the certificate's public key and SHA-256 (RSA PKCS#1 v1.5 or
  PSS, ECDSA).

``signature`` as the operator supplies it may be the Base64 text or the raw signature bytes (a ``.sig`` file as
``openssl dgst -sha256 -sign`` writes it); what is sent is always Base64.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.services.i18n import translate

if (
    TYPE_CHECKING
):  # cryptography is imported when a signature is first checked (~50–150 ms at start otherwise)
    from cryptography import x509

# the ``settings`` key of the CAs the operator trusts to sign firmware: a list of PEM texts
TRUSTED_CAS_KEY = "firmware_signing_cas"
MAX_CERTIFICATE = 5500  # SignedUpdateFirmware.firmware.signingCertificate (schema maxLength)
MAX_SIGNATURE = 800  # .signature


class SignatureProblem(ValueError):
    """Why a signed firmware cannot be offered, as the operator reads it (nothing was sent)."""


@dataclass(frozen=True)
class TrustedCa:
    """A CA the operator trusts to sign firmware, as the Files tab lists it."""

    subject: str
    not_after: dt.datetime
    fingerprint: str  # SHA-256 of the DER, hex
    pem: str


@dataclass(frozen=True)
class SignedFirmware:
    """What SignedUpdateFirmware carries besides the location, checked."""

    certificate_pem: str
    signature_b64: str
    signer: str  # the certificate's subject
    issuer: str  # the trusted CA's subject


def _cert(pem: str | bytes) -> x509.Certificate:
    from cryptography import x509

    data = pem.encode() if isinstance(pem, str) else pem
    return x509.load_pem_x509_certificate(data)


def describe_ca(pem: str) -> TrustedCa:
    """A trusted CA's subject, expiry and fingerprint (:class:`SignatureProblem` when ``pem`` is no certificate)."""
    from cryptography.hazmat.primitives import hashes, serialization

    try:
        cert = _cert(pem)
    except ValueError:
        raise SignatureProblem(
            translate("FirmwareSignature", "This file is not a PEM certificate.")
        ) from None
    return TrustedCa(
        cert.subject.rfc4514_string(),
        cert.not_valid_after_utc,
        cert.fingerprint(hashes.SHA256()).hex(),
        cert.public_bytes(serialization.Encoding.PEM).decode(),
    )


def read_ca_file(path: Path) -> TrustedCa:
    """The CA certificate in ``path`` (PEM; the first one when the file holds several)."""
    text = _read(path).decode("ascii", errors="replace")
    start = text.find("-----BEGIN CERTIFICATE-----")
    end = text.find("-----END CERTIFICATE-----", start)
    if start < 0 or end < 0:
        raise SignatureProblem(translate("FirmwareSignature", "This file is not a PEM certificate."))
    return describe_ca(text[start : end + len("-----END CERTIFICATE-----")] + "\n")


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as e:
        raise SignatureProblem(
            translate("FirmwareSignature", "Cannot read {file}: {reason}").format(
                file=path.name, reason=e.strerror or e
            )
        ) from None


def read_signing_files(certificate: Path, signature: Path) -> tuple[str, str]:
    """The signing certificate's PEM text and the signature's Base64 text, from the files the operator chose."""
    return _read(certificate).decode("ascii", errors="replace"), signature_text(_read(signature))


def signature_text(raw: bytes) -> str:
    """A signature file's content as the Base64 text SignedUpdateFirmware carries: Base64 already (whitespace
    dropped) or raw bytes (encoded)."""
    text = b"".join(raw.split())
    try:
        if text and base64.b64decode(text, validate=True):
            return text.decode("ascii")
    except (binascii.Error, ValueError):
        pass
    return base64.b64encode(raw).decode("ascii")


def check(
    image: Path,
    certificate_pem: str,
    signature: str,
    trusted: list[str],
    *,
    now: dt.datetime | None = None,
) -> SignedFirmware:
    """Check a signed firmware before it is offered (see the module); :class:`SignatureProblem` says what is
    wrong."""
    from cryptography.hazmat.primitives import serialization

    now = now or dt.datetime.now(dt.UTC)
    if len(certificate_pem) > MAX_CERTIFICATE:
        raise SignatureProblem(
            translate(
                "FirmwareSignature",
                "The signing certificate is longer than OCPP allows ({limit} characters).",
            ).format(limit=MAX_CERTIFICATE)
        )
    try:
        cert = _cert(certificate_pem)
    except ValueError:
        raise SignatureProblem(
            translate("FirmwareSignature", "The signing certificate is not a PEM certificate.")
        ) from None
    _check_dates(cert, now)
    ca = _issuer(cert, trusted, now)
    sig = _signature_bytes(signature)
    data = _read(image)
    if not _verifies(cert.public_key(), sig, data):
        raise SignatureProblem(
            translate(
                "FirmwareSignature",
                "The signature does not match {file}: it was not made over this image with the signing "
                "certificate's key.",
            ).format(file=image.name)
        )
    return SignedFirmware(
        cert.public_bytes(serialization.Encoding.PEM).decode(),
        base64.b64encode(sig).decode("ascii"),
        cert.subject.rfc4514_string(),
        ca.subject.rfc4514_string(),
    )


def _check_dates(cert: x509.Certificate, now: dt.datetime, *, ca: bool = False) -> None:
    before, after = cert.not_valid_before_utc, cert.not_valid_after_utc
    if now < before:
        text = (
            translate("FirmwareSignature", "The trusted CA is not valid before {date} (UTC).")
            if ca
            else translate("FirmwareSignature", "The signing certificate is not valid before {date} (UTC).")
        )
        raise SignatureProblem(text.format(date=f"{before:%Y-%m-%d %H:%M}"))
    if now > after:
        text = (
            translate("FirmwareSignature", "The trusted CA expired on {date} (UTC).")
            if ca
            else translate("FirmwareSignature", "The signing certificate expired on {date} (UTC).")
        )
        raise SignatureProblem(text.format(date=f"{after:%Y-%m-%d}"))


def _issuer(cert: x509.Certificate, trusted: list[str], now: dt.datetime) -> x509.Certificate:
    """The trusted CA ``cert`` is, or that issued and signed it."""
    from cryptography.exceptions import InvalidSignature

    if not trusted:
        raise SignatureProblem(
            translate(
                "FirmwareSignature",
                "No CA is trusted to sign firmware yet: add the manufacturer's CA certificate first.",
            )
        )
    for pem in trusted:
        try:
            ca = _cert(pem)
        except ValueError:
            continue
        if ca == cert:
            _check_dates(ca, now, ca=True)
            return ca
        if ca.subject != cert.issuer:
            continue
        try:
            cert.verify_directly_issued_by(ca)
        except (ValueError, TypeError, InvalidSignature):
            continue
        _check_dates(ca, now, ca=True)
        return ca
    raise SignatureProblem(
        translate(
            "FirmwareSignature",
            "The signing certificate ({subject}, issued by {issuer}) does not chain to a CA you trust.",
        ).format(subject=cert.subject.rfc4514_string(), issuer=cert.issuer.rfc4514_string())
    )


def _signature_bytes(signature: str) -> bytes:
    text = "".join(signature.split())
    try:
        sig = base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        sig = b""
    if not sig:
        raise SignatureProblem(translate("FirmwareSignature", "The signature is not Base64 text."))
    if len(text) > MAX_SIGNATURE:
        raise SignatureProblem(
            translate(
                "FirmwareSignature", "The signature is longer than OCPP allows ({limit} characters)."
            ).format(limit=MAX_SIGNATURE)
        )
    return sig


def _verifies(key: Any, sig: bytes, data: bytes) -> bool:
    """The signature over ``data`` with SHA-256: RSA (PKCS#1 v1.5, else PSS) or ECDSA."""
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa

    try:
        if isinstance(key, rsa.RSAPublicKey):
            try:
                key.verify(sig, data, padding.PKCS1v15(), hashes.SHA256())
            except InvalidSignature:
                pss = padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.AUTO)
                key.verify(sig, data, pss, hashes.SHA256())
            return True
        if isinstance(key, ec.EllipticCurvePublicKey):
            key.verify(sig, data, ec.ECDSA(hashes.SHA256()))
            return True
    except InvalidSignature:
        return False
    return False
