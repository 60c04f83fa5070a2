"""Security profiles 1 to 3: HTTP Basic credentials, the TLS context, certificates for the LAN.

Profile 1 = HTTP Basic over ws:// (username = charge point id, password checked against the station's hash);
profile 2 = the same over wss://; profile 3 = wss:// with a client certificate whose subject CN is the charge
point id, signed by a CA the server trusts (a local one made here, ``chargedesk certs ca`` / ``certs sign``, or
the site's own). The server certificate can come from the operator or be generated here
(``chargedesk certs create``). Existing keys are never overwritten unless asked (``force``); keys are written
readable by the owner only. The ``cryptography`` package is not a dependency, so the certificate is made with
the ``openssl`` command line tool, which every Linux/macOS machine and Git for Windows ship.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import ipaddress
import os
import shutil
import socket
import ssl
import subprocess
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, slots=True)
class BasicCredentials:
    username: str
    password: str


def parse_basic_auth(header: str | None, user_id: str | None = None) -> BasicCredentials | None:
    """The credentials of an ``Authorization: Basic ...`` header, or None if absent or malformed.

    RFC 7617 §2: the user-id cannot contain a colon, and the header is split at the first one. A charge point
    id may contain one (OCPP allows it in the identity), so when ``user_id`` (the id from the URL path) is
    given and the credentials start with it and a colon, the rest is the password."""
    if not header:
        return None
    scheme, _, token = header.strip().partition(" ")
    if scheme.lower() != "basic" or not token:
        return None
    try:
        raw = base64.b64decode(token.strip(), validate=True)
    except (binascii.Error, ValueError):
        return None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("latin-1")
    if user_id and ":" in user_id and text.startswith(user_id + ":"):
        return BasicCredentials(user_id, text[len(user_id) + 1 :])
    username, sep, password = text.partition(":")
    if not sep:
        return None
    return BasicCredentials(username, password)


def basic_auth_header(username: str, password: str) -> str:
    """The ``Authorization`` header value a charger sends (used by tests and the simulator)."""
    token = base64.b64encode(f"{username}:{password}".encode()).decode("ascii")
    return f"Basic {token}"


def server_ssl_context(
    cert: Path, key: Path, client_ca: Path | None = None, *, require_client_cert: bool = False
) -> ssl.SSLContext:
    """A TLS server context (TLS 1.2 or later) from PEM certificate (chain) and key files.

    With ``client_ca`` (PEM, one or more CA certificates) chargers may present a client certificate signed by
    it (security profile 3); with ``require_client_cert`` they must."""
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    ctx.load_cert_chain(str(cert), str(key))
    if client_ca is not None:
        ctx.load_verify_locations(cafile=str(client_ca))
        ctx.verify_mode = ssl.CERT_REQUIRED if require_client_cert else ssl.CERT_OPTIONAL
    elif require_client_cert:
        raise ValueError("requiring client certificates needs the CA that signs them (client_ca)")
    return ctx


def peer_common_name(ssl_object: object) -> str | None:
    """The subject CN of the verified client certificate of a TLS connection, or None when it sent none."""
    getpeercert = getattr(ssl_object, "getpeercert", None)
    if getpeercert is None:
        return None
    cert = getpeercert()
    if not cert:
        return None
    for rdn in cert.get("subject", ()):
        for name, value in rdn:
            if name == "commonName":
                return str(value)
    return None


# --- self-signed certificate for the LAN --------------------------------------------------------------


class CertificateError(Exception):
    """The certificate could not be made (no openssl, bad host name, ...)."""


def lan_addresses() -> list[str]:
    """This machine's address on the LAN, found without sending anything (a UDP socket is only 'connected')."""
    found: list[str] = []
    try:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
            s.connect(("10.255.255.255", 1))
            addr = s.getsockname()[0]
            if addr and not addr.startswith("127."):
                found.append(addr)
    except OSError:
        pass
    return found


def default_hosts() -> list[str]:
    hosts = ["localhost", "127.0.0.1"]
    name = socket.gethostname()
    if name and name not in hosts:
        hosts.append(name)
    hosts.extend(a for a in lan_addresses() if a not in hosts)
    return hosts


def _san(hosts: list[str]) -> str:
    entries = []
    for host in hosts:
        try:
            ipaddress.ip_address(host)
            entries.append(f"IP:{host}")
        except ValueError:
            if not host or any(c in host for c in ",/\\ \t\n="):
                raise CertificateError(f"{host!r} is not a host name") from None
            entries.append(f"DNS:{host}")
    return ",".join(entries)


def _openssl() -> str:
    openssl = shutil.which("openssl")
    if openssl is None:
        raise CertificateError(
            "the openssl command is not installed; install it or give your own certificate"
        )
    return openssl


def _refuse_overwrite(force: bool, *paths: Path) -> None:
    existing = [str(p) for p in paths if p.exists()]
    if existing and not force:
        raise CertificateError(f"{', '.join(existing)} already exist(s): give --force to replace them")


def _run_openssl(cmd: list[str], key: Path, cert: Path) -> None:
    old_umask = os.umask(0o077)  # the key is never readable by others, not even for a moment
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    finally:
        os.umask(old_umask)
    if proc.returncode != 0:
        raise CertificateError(f"openssl failed: {proc.stderr.strip()}")
    key.chmod(0o600)
    cert.chmod(0o644)


def _subject_value(value: str) -> str:
    """``value`` escaped for openssl's ``-subj /CN=...`` form."""
    if not value or not value.isprintable():
        raise CertificateError(f"{value!r} cannot be a certificate subject")
    return "".join("\\" + c if c in '\\/=+,"<>;#' else c for c in value)


def create_ca(
    out_dir: Path, *, days: int = 3650, name: str = "chargedesk-ca", force: bool = False
) -> tuple[Path, Path]:
    """A local certificate authority for charger certificates (security profile 3): ``<name>-cert.pem`` and
    ``<name>-key.pem`` (RSA 3072). Returns (certificate, key)."""
    openssl = _openssl()
    out_dir.mkdir(parents=True, exist_ok=True)
    cert, key = out_dir / f"{name}-cert.pem", out_dir / f"{name}-key.pem"
    _refuse_overwrite(force, cert, key)
    _run_openssl(
        [
            openssl,
            "req",
            "-x509",
            "-newkey",
            "rsa:3072",
            "-sha256",
            "-nodes",
            "-days",
            str(days),
            "-keyout",
            str(key),
            "-out",
            str(cert),
            "-subj",
            "/CN=ChargeDesk charger CA/O=ChargeDesk",
            "-addext",
            "basicConstraints=critical,CA:TRUE,pathlen:0",
            "-addext",
            "keyUsage=critical,keyCertSign,cRLSign",
        ],
        key,
        cert,
    )
    return cert, key


def sign_charger_certificate(
    cp_id: str, ca_cert: Path, ca_key: Path, out_dir: Path, *, days: int = 825, force: bool = False
) -> tuple[Path, Path]:
    """A client certificate for charger ``cp_id`` (subject CN = the charge point id, extended key usage
    clientAuth) signed by the CA, with its new key: ``<id>-cert.pem`` and ``<id>-key.pem`` (the file names
    keep letters, digits and ``-_.`` of the id). Returns (certificate, key)."""
    openssl = _openssl()
    for path in (ca_cert, ca_key):
        if not path.is_file():
            raise CertificateError(f"{path} does not exist (make a CA with 'chargedesk certs ca')")
    subject = f"/CN={_subject_value(cp_id)}/O=ChargeDesk"
    stem = "".join(c if c.isalnum() or c in "-_." else "_" for c in cp_id) or "charger"
    out_dir.mkdir(parents=True, exist_ok=True)
    cert, key = out_dir / f"{stem}-cert.pem", out_dir / f"{stem}-key.pem"
    _refuse_overwrite(force, cert, key)
    csr = out_dir / f".{stem}.csr"
    ext = out_dir / f".{stem}.ext"
    try:
        _run_openssl(
            [
                openssl,
                "req",
                "-new",
                "-newkey",
                "rsa:2048",
                "-nodes",
                "-keyout",
                str(key),
                "-out",
                str(csr),
                "-subj",
                subject,
            ],
            key,
            csr,
        )
        ext.write_text(
            "basicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature,keyEncipherment\n"
            "extendedKeyUsage=clientAuth\n"
        )
        serial = "0x" + os.urandom(16).hex()
        _run_openssl(
            [
                openssl,
                "x509",
                "-req",
                "-in",
                str(csr),
                "-CA",
                str(ca_cert),
                "-CAkey",
                str(ca_key),
                "-set_serial",
                serial,
                "-days",
                str(days),
                "-sha256",
                "-extfile",
                str(ext),
                "-out",
                str(cert),
            ],
            key,
            cert,
        )
    finally:
        csr.unlink(missing_ok=True)
        ext.unlink(missing_ok=True)
    return cert, key


def create_self_signed(
    out_dir: Path,
    hosts: list[str] | None = None,
    *,
    days: int = 825,
    name: str = "chargedesk",
    force: bool = False,
) -> tuple[Path, Path]:
    """Write ``<name>-cert.pem`` and ``<name>-key.pem`` (RSA 2048, key readable by the owner only) to ``out_dir``.

    The certificate names every host in ``hosts`` (default: localhost, 127.0.0.1, this host's name and LAN
    address) in its subjectAltName. Returns (certificate, key).
    """
    openssl = _openssl()
    hosts = hosts or default_hosts()
    out_dir.mkdir(parents=True, exist_ok=True)
    cert, key = out_dir / f"{name}-cert.pem", out_dir / f"{name}-key.pem"
    _refuse_overwrite(force, cert, key)
    cmd = [
        openssl,
        "req",
        "-x509",
        "-newkey",
        "rsa:2048",
        "-sha256",
        "-nodes",
        "-days",
        str(days),
        "-keyout",
        str(key),
        "-out",
        str(cert),
        "-subj",
        f"/CN={hosts[0]}/O=ChargeDesk",
        "-addext",
        f"subjectAltName={_san(hosts)}",
    ]
    _run_openssl(cmd, key, cert)
    return cert, key


def certificate_expires(cert: Path) -> dt.datetime:
    """When the PEM certificate ``cert`` expires (its notAfter, UTC); :class:`CertificateError` when it cannot be
    read (missing, not a certificate, no openssl)."""
    proc = subprocess.run(
        [_openssl(), "x509", "-noout", "-enddate", "-in", str(cert)],
        capture_output=True,
        text=True,
        timeout=30,
    )
    if proc.returncode != 0 or not proc.stdout.startswith("notAfter="):
        raise CertificateError(
            f"cannot read the certificate {cert}: {proc.stderr.strip() or proc.stdout.strip()}"
        )
    when = proc.stdout.strip().removeprefix("notAfter=")
    return dt.datetime.fromtimestamp(ssl.cert_time_to_seconds(when), dt.UTC)
