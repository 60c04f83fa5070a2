"""Signed firmware checked before it is offered (app.services.chargers.firmware_signature): what passes and each
way it fails, as the operator reads it."""

from __future__ import annotations

import base64
import datetime as dt
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec

from app.services.chargers.firmware_signature import (
    SignatureProblem,
    check,
    read_ca_file,
    read_signing_files,
    signature_text,
)
from tests.helpers.signing import make_signer


@pytest.fixture
def image(tmp_path: Path) -> Path:
    path = tmp_path / "fw-2.0.0.bin"
    path.write_bytes(b"\x7fFW" + bytes(range(256)) * 10)
    return path


def test_a_good_signature_from_a_trusted_ca_passes(image: Path) -> None:
    signer = make_signer()
    signed = check(image, signer.cert_pem, signer.sign(image.read_bytes()), [signer.ca_pem])
    assert signed.signer == "CN=Vendor Firmware Root signer" and signed.issuer == "CN=Vendor Firmware Root"
    assert base64.b64decode(signed.signature_b64)


@pytest.mark.parametrize(
    ("case", "message"),
    [
        ("other image", "The signature does not match fw-2.0.0.bin"),
        ("untrusted", "does not chain to a CA you trust"),
        ("no CA", "No CA is trusted to sign firmware yet"),
        ("expired", "The signing certificate expired on"),
        ("not base64", "The signature is not Base64 text."),
        ("not a certificate", "The signing certificate is not a PEM certificate."),
        ("too long", "longer than OCPP allows (800 characters)"),
    ],
)
def test_each_problem_is_said(image: Path, case: str, message: str) -> None:
    signer = make_signer(expired=case == "expired")
    cert, sig, trusted = signer.cert_pem, signer.sign(image.read_bytes()), [signer.ca_pem]
    if case == "other image":
        sig = signer.sign(b"something else")
    elif case == "untrusted":
        trusted = [make_signer("Another Root").ca_pem]
    elif case == "no CA":
        trusted = []
    elif case == "not base64":
        sig = "%%%"
    elif case == "not a certificate":
        cert = "hello"
    elif case == "too long":
        sig = base64.b64encode(b"x" * 700).decode()
    with pytest.raises(SignatureProblem) as problem:
        check(image, cert, sig, trusted)
    assert message in str(problem.value)


def test_a_not_yet_valid_certificate(image: Path) -> None:
    signer = make_signer()
    past = dt.datetime.now(dt.UTC) - dt.timedelta(days=30)
    with pytest.raises(SignatureProblem, match="The signing certificate is not valid before"):
        check(image, signer.cert_pem, signer.sign(image.read_bytes()), [signer.ca_pem], now=past)


def test_files_as_the_operator_has_them(image: Path, tmp_path: Path) -> None:
    signer = make_signer()
    raw = signer.key.sign(image.read_bytes(), ec.ECDSA(hashes.SHA256()))  # openssl dgst -sign: raw bytes
    (tmp_path / "fw.sig").write_bytes(raw)
    (tmp_path / "signer.pem").write_text(signer.cert_pem)
    (tmp_path / "bundle.pem").write_text("# vendor bundle\n" + signer.ca_pem + make_signer("Other").ca_pem)
    pem, sig = read_signing_files(tmp_path / "signer.pem", tmp_path / "fw.sig")
    assert base64.b64decode(sig) == raw and signature_text(sig.encode() + b"\n") == sig
    ca = read_ca_file(tmp_path / "bundle.pem")  # the first certificate of a bundle
    assert ca.subject == "CN=Vendor Firmware Root" and len(ca.fingerprint) == 64
    assert check(image, pem, sig, [ca.pem]).issuer == ca.subject
    with pytest.raises(SignatureProblem, match=r"Cannot read missing\.pem"):
        read_ca_file(tmp_path / "missing.pem")
