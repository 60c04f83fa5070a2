"""The addresses chargers must use: this machine's real LAN addresses made into the central system's URLs
(``ws://192.168.1.10:9000/ocpp/{chargePointId}``, ``wss://`` with TLS), for the first-start dialog, Settings →
Central system, the status bar and ``chargedesk serve``'s first lines.

What the central system listens on decides what is listed: ``0.0.0.0`` every IPv4 address of every interface that
is up, ``::`` every IPv6 one (global first, then link-local — usable from the same network segment only), an empty
host both, a given address only that one. Loopback (127.0.0.1, ::1) only when nothing else is there: no charger
reaches it. The first address is the one on this machine's route to the outside (the interface a charger on the
LAN most likely shares). Interfaces come from psutil (Linux, macOS and Windows alike). No Qt here.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from app.config import CentralSystemSettings
from app.services.i18n import translate

#: the part of the URL each charger fills in with its own identity (its charge point id)
PLACEHOLDER = "{chargePointId}"
PATH = "/ocpp/"
WILDCARDS_V4 = ("0.0.0.0",)
WILDCARDS_V6 = ("::",)


@dataclass(frozen=True)
class InterfaceAddress:
    """One address of one network interface that is up."""

    interface: str
    address: str  # without a zone (fe80::1, not fe80::1%eth0)
    family: int  # socket.AF_INET or socket.AF_INET6


@dataclass(frozen=True)
class ChargerAddress:
    """One URL a charger can be given: ``url`` with :data:`PLACEHOLDER` where its charge point id goes."""

    url: str
    address: str
    interface: str  # "" for an address given in the settings
    kind: str  # ipv4 | ipv6 | link-local | loopback | configured

    def for_charger(self, cp_id: str) -> str:
        return self.url.replace(PLACEHOLDER, cp_id)

    @property
    def note(self) -> str:
        """What the operator should know about this address (empty for an ordinary one)."""
        if self.kind == "link-local":
            return translate("ChargerAddresses", "IPv6 link-local: only chargers on the same network segment")
        if self.kind == "loopback" and not self.interface:
            return translate(
                "ChargerAddresses",
                "this computer only: to reach chargers, listen on 0.0.0.0 (Settings → Central system)",
            )
        if self.kind == "loopback":
            return translate("ChargerAddresses", "this computer only: no other network is connected")
        return ""


def interface_addresses() -> list[InterfaceAddress]:
    """Every IPv4 and IPv6 address of every interface that is up (loopback included; the caller decides)."""
    import psutil  # type: ignore[import-untyped]  # imported when asked (no stubs installed)

    stats = psutil.net_if_stats()
    out: list[InterfaceAddress] = []
    for name, addrs in psutil.net_if_addrs().items():
        st = stats.get(name)
        if st is None or not st.isup:
            continue
        for a in addrs:
            if a.family in (socket.AF_INET, socket.AF_INET6) and a.address:
                out.append(InterfaceAddress(name, a.address.split("%", 1)[0], int(a.family)))
    return out


def route_to(ip: str) -> str:
    """This machine's address on the way to ``ip`` (what a charger there can reach), without sending anything."""
    family = socket.AF_INET6 if ":" in ip else socket.AF_INET
    try:
        with socket.socket(family, socket.SOCK_DGRAM) as s:
            s.connect((ip, 9))
            return str(s.getsockname()[0])
    except OSError:
        return ""


def _kind(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> str:
    if ip.is_loopback:
        return "loopback"
    if ip.version == 6 and ip.is_link_local:
        return "link-local"
    return "ipv4" if ip.version == 4 else "ipv6"


_ORDER = {"ipv4": 0, "ipv6": 1, "link-local": 2, "loopback": 3}


def url_for(address: str, port: int, *, secure: bool) -> str:
    host = f"[{address}]" if ":" in address else address
    return f"{'wss' if secure else 'ws'}://{host}:{port}{PATH}{PLACEHOLDER}"


def charger_addresses(
    host: str,
    port: int,
    *,
    secure: bool,
    interfaces: Iterable[InterfaceAddress] | None = None,
    preferred: Iterable[str] | None = None,
) -> list[ChargerAddress]:
    """The URLs chargers can use to reach a central system listening on ``host``:``port`` (its actual port),
    best first. ``interfaces`` and ``preferred`` (addresses to put first: this machine's route outwards) are
    read from the machine when not given."""
    listen = (host or "").strip()
    if listen and listen not in WILDCARDS_V4 + WILDCARDS_V6:
        try:
            kind = _kind(ipaddress.ip_address(listen.split("%", 1)[0]))
        except ValueError:
            kind = "configured"  # a host name: as given
        return [ChargerAddress(url_for(listen, port, secure=secure), listen, "", kind)]
    families = (
        {socket.AF_INET}
        if listen in WILDCARDS_V4
        else {socket.AF_INET6}
        if listen in WILDCARDS_V6
        else {socket.AF_INET, socket.AF_INET6}
    )
    found = list(interfaces) if interfaces is not None else interface_addresses()
    first = [a for a in (preferred if preferred is not None else _outward()) if a]
    seen: set[str] = set()
    rows: list[tuple[tuple[int, int, int], ChargerAddress]] = []
    for n, iface in enumerate(found):
        if iface.family not in families or iface.address in seen:
            continue
        try:
            ip = ipaddress.ip_address(iface.address)
        except ValueError:
            continue
        seen.add(iface.address)
        kind = _kind(ip)
        rank = (0 if iface.address in first else 1, _ORDER[kind], n)
        rows.append(
            (
                rank,
                ChargerAddress(
                    url_for(iface.address, port, secure=secure), iface.address, iface.interface, kind
                ),
            )
        )
    rows.sort(key=lambda r: r[0])
    usable = [a for _, a in rows if a.kind != "loopback"]
    if usable:
        return usable
    loopback = [a for _, a in rows if a.kind == "loopback"]
    if loopback:
        return loopback[:1]
    fallback = "127.0.0.1" if socket.AF_INET in families else "::1"
    return [ChargerAddress(url_for(fallback, port, secure=secure), fallback, "lo", "loopback")]


def _outward() -> list[str]:
    """This machine's addresses on its routes outwards (documentation addresses: nothing is sent)."""
    return [route_to("198.51.100.1"), route_to("2001:db8::1").split("%", 1)[0]]


def serve_lines(host: str, port: int, *, secure: bool) -> list[str]:
    """What ``chargedesk serve`` prints after its first line (English, as every CLI message)."""
    addresses = charger_addresses(host, port, secure=secure)
    lines = ["chargers connect to (replace {chargePointId} with the charger's id):"]
    for a in addresses:
        extra = f" ({a.interface})" if a.interface else ""
        note = f" — {a.note}" if a.note else ""
        lines.append(f"  {a.url}{extra}{note}")
    return lines


def central_addresses(central: Any, settings: CentralSystemSettings) -> list[ChargerAddress]:
    """The addresses of the console's central system: its own (the port it actually listens on once started,
    else the configured one), or for a console attached to the site's central system the URL that host
    advertises (empty while none runs)."""
    if getattr(central, "attached", False):
        url = str(getattr(central, "url", "") or "")
        if not url:
            return []
        base = url if url.endswith("/") else url + "/"
        host = urlsplit(base).hostname or ""
        return [ChargerAddress(base + PLACEHOLDER, host, "", "configured")]
    port = central.port if central is not None and getattr(central, "started", False) else settings.port
    return charger_addresses(settings.host, port, secure=settings.tls_cert is not None)


__all__ = [
    "PLACEHOLDER",
    "ChargerAddress",
    "InterfaceAddress",
    "central_addresses",
    "charger_addresses",
    "interface_addresses",
    "route_to",
    "serve_lines",
    "url_for",
]
