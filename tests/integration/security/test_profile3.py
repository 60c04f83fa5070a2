"""Security profile 3: TLS with client certificates whose CN is the charge point id; ``chargedesk certs``
makes a local CA and signs chargers' certificates, never overwriting a key without ``--force``."""

from __future__ import annotations

import os
import ssl
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from ocpp.v16 import call
from websockets.exceptions import InvalidMessage, InvalidStatus

from app.db import Database
from app.ocpp.security import CertificateError, create_ca, create_self_signed, sign_charger_certificate
from app.services.central.system import CentralSystem
from tests.helpers.ocpp import CentralFactory, add_station, sim_charger

PASSWORD = "correct horse battery staple"


def client_context(server_cert: Path, cert: Path | None = None, key: Path | None = None) -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=str(server_cert))
    if cert is not None and key is not None:
        ctx.load_cert_chain(str(cert), str(key))
    return ctx


@pytest.fixture
def pki(tmp_path: Path) -> dict[str, Path]:
    server_cert, server_key = create_self_signed(tmp_path / "server", ["127.0.0.1"])
    ca_cert, ca_key = create_ca(tmp_path / "ca")
    out: dict[str, Path] = {"server_cert": server_cert, "server_key": server_key, "ca": ca_cert}
    for cp_id in ("CERT-1", "OTHER-9"):
        out[f"{cp_id}-cert"], out[f"{cp_id}-key"] = sign_charger_certificate(cp_id, ca_cert, ca_key, tmp_path)
    return out


async def tls_central(
    factory: CentralFactory, pki: dict[str, Path], *, require: bool = False
) -> CentralSystem:
    cs = await factory(tls=(pki["server_cert"], pki["server_key"]))
    await cs.server.stop()  # listening again with the client CA (the fixture's factory knows no such option)
    cs.server.options = cs.server.options.__class__(
        **{**cs.server.options.__dict__, "tls_client_ca": pki["ca"], "require_client_cert": require}
    )
    await cs.server.start()
    return cs


async def test_a_charger_logs_in_with_its_certificate(
    db: Database, central_factory: CentralFactory, pki: dict[str, Path]
) -> None:
    add_station(db, "CERT-1", allow_unsecured=False, security_profile=3)
    add_station(db, "PW-2", password=PASSWORD, allow_unsecured=False, security_profile=2)
    cs = await tls_central(central_factory, pki)
    ctx = client_context(pki["server_cert"], pki["CERT-1-cert"], pki["CERT-1-key"])
    async with sim_charger(cs.url, "CERT-1", ssl_context=ctx) as c:
        assert (await c.cp.call(call.BootNotification("Terra", "ABB"))).status == "Accepted"
        assert cs.security_profile("CERT-1") == 3
    # another charger's certificate, or none, does not open a profile 3 station
    other = client_context(pki["server_cert"], pki["OTHER-9-cert"], pki["OTHER-9-key"])
    for context in (other, client_context(pki["server_cert"])):
        with pytest.raises(InvalidStatus) as e:
            async with sim_charger(cs.url, "CERT-1", ssl_context=context):
                pass
        assert e.value.response.status_code == 401
    # a certificate of another id does not go with a password either
    with pytest.raises(InvalidStatus):
        async with sim_charger(cs.url, "PW-2", password=PASSWORD, ssl_context=other):
            pass
    async with sim_charger(cs.url, "PW-2", password=PASSWORD, ssl_context=client_context(pki["server_cert"])):
        assert cs.security_profile("PW-2") == 2


async def test_the_server_can_require_client_certificates(
    db: Database, central_factory: CentralFactory, pki: dict[str, Path]
) -> None:
    add_station(db, "PW-2", password=PASSWORD, allow_unsecured=False, security_profile=2)
    cs = await tls_central(central_factory, pki, require=True)
    with pytest.raises((ssl.SSLError, ConnectionError, OSError, InvalidMessage)):  # no HTTP answer at all
        async with sim_charger(
            cs.url, "PW-2", password=PASSWORD, ssl_context=client_context(pki["server_cert"])
        ):
            pass


def test_certificates_keys_and_overwrites(tmp_path: Path) -> None:
    ca_cert, ca_key = create_ca(tmp_path)
    cert, key = sign_charger_certificate("ACME:CP/1", ca_cert, ca_key, tmp_path / "chargers")
    text = subprocess.run(
        ["openssl", "x509", "-in", str(cert), "-noout", "-subject", "-ext", "extendedKeyUsage"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "ACME:CP/1" in text and "TLS Web Client Authentication" in text
    for path in (ca_key, key):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    for make in (
        lambda: create_ca(tmp_path),
        lambda: sign_charger_certificate("ACME:CP/1", ca_cert, ca_key, tmp_path / "chargers"),
        lambda: create_self_signed(tmp_path / "chargers", ["127.0.0.1"], name="ACME_CP_1"),
    ):
        before = key.read_bytes()
        with pytest.raises(CertificateError, match="--force"):
            make()
        assert key.read_bytes() == before
    assert sign_charger_certificate("ACME:CP/1", ca_cert, ca_key, tmp_path / "chargers", force=True)[1] == key


def test_certs_create_refuses_to_overwrite_without_force(tmp_path: Path) -> None:
    env = dict(os.environ, CHARGEDESK_DATA_DIR=str(tmp_path / "data"))

    def certs(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "app", "certs", *args],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
        )

    out = str(tmp_path / "c")
    assert certs("create", "--out", out, "--host", "127.0.0.1").returncode == 0
    key = Path(out) / "chargedesk-key.pem"
    before = key.read_bytes()
    again = certs("create", "--out", out, "--host", "127.0.0.1")
    assert again.returncode != 0 and "--force" in again.stderr and key.read_bytes() == before
    assert certs("create", "--out", out, "--host", "127.0.0.1", "--force").returncode == 0
    assert key.read_bytes() != before and stat.S_IMODE(key.stat().st_mode) == 0o600
    assert certs("ca", "--out", out).returncode == 0
    signed = certs(
        "sign",
        "CP-3",
        "--ca-cert",
        f"{out}/chargedesk-ca-cert.pem",
        "--ca-key",
        f"{out}/chargedesk-ca-key.pem",
    )
    assert signed.returncode == 0, signed.stderr
    assert (tmp_path / "data" / "certs" / "chargers" / "CP-3-cert.pem").is_file()
