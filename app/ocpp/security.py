"""Security profiles 1 and 2: HTTP Basic credentials, the TLS context, a self-signed certificate for the LAN.

Profile 1 = HTTP Basic over ws:// (username = charge point id, password checked against the station's hash);
profile 2 = the same over wss://. The certificate can come from the operator or be generated here
(``chargedesk certs create``). The ``cryptography`` package is not a dependency, so the certificate is made with
the ``openssl`` command line tool, which every Linux/macOS machine and Git for Windows ship.
"""

from __future__ import annotations

import base64
import binascii
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


def server_ssl_context(cert: Path, key: Path) -> ssl.SSLContext:
    """A TLS server context (TLS 1.2 or later) from PEM certificate (chain) and key files."""
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    ctx.load_cert_chain(str(cert), str(key))
    return ctx


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


def create_self_signed(
    out_dir: Path, hosts: list[str] | None = None, *, days: int = 825, name: str = "chargedesk"
) -> tuple[Path, Path]:
    """Write ``<name>-cert.pem`` and ``<name>-key.pem`` (RSA 2048, key readable by the owner only) to ``out_dir``.

    The certificate names every host in ``hosts`` (default: localhost, 127.0.0.1, this host's name and LAN
    address) in its subjectAltName. Returns (certificate, key).
    """
    openssl = shutil.which("openssl")
    if openssl is None:
        raise CertificateError(
            "the openssl command is not installed; install it or give your own certificate"
        )
    hosts = hosts or default_hosts()
    out_dir.mkdir(parents=True, exist_ok=True)
    cert, key = out_dir / f"{name}-cert.pem", out_dir / f"{name}-key.pem"
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
    old_umask = os.umask(0o077)
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    finally:
        os.umask(old_umask)
    if proc.returncode != 0:
        raise CertificateError(f"openssl failed: {proc.stderr.strip()}")
    key.chmod(0o600)
    cert.chmod(0o644)
    return cert, key
