"""The PROXY protocol (HAProxy's, versions 1 and 2): the charger's own address, sent by a TCP load balancer in
front of the connection (``send-proxy-v2`` in HAProxy, ``proxy_protocol on`` in nginx's stream module).

Behind a TCP load balancer a node sees the balancer's address on every connection; the header carries the
charger's, so the login back-off per address, the chargers' addresses on the pages and the message log are right
again. The header comes before anything else, TLS included, so it is read from the accepted socket before the
connection is handed to TLS and WebSocket (:func:`read_header` takes exactly the header's bytes, nothing after).

Only a balancer may send it: a node with ``serve --proxy-protocol`` believes any header, so it must be reachable
from the balancer only, and it drops connections that do not start with one.
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
import struct

V2_SIGNATURE = b"\r\n\r\n\x00\r\nQUIT\n"
V1_MAX = 107  # the longest v1 line, CRLF included
V2_MAX_BODY = 4096  # addresses and TLVs (HAProxy sends well under 100 bytes)


class ProxyHeaderError(Exception):
    """The connection did not start with a valid PROXY protocol header."""


Address = tuple[str, int]


def parse_v1(line: bytes) -> Address | None:
    """``PROXY TCP4 203.0.113.7 192.0.2.1 51234 9000\\r\\n`` -> ("203.0.113.7", 51234); None for UNKNOWN."""
    if not line.startswith(b"PROXY ") or not line.endswith(b"\r\n") or len(line) > V1_MAX:
        raise ProxyHeaderError("not a PROXY protocol v1 line")
    words = line[:-2].decode("ascii", "replace").split(" ")
    if words[1:2] == ["UNKNOWN"]:
        return None
    if len(words) != 6 or words[1] not in ("TCP4", "TCP6"):
        raise ProxyHeaderError(f"malformed PROXY protocol v1 line {line[:60]!r}")
    try:
        source = ipaddress.ip_address(words[2])
        port = int(words[4])
    except ValueError as e:
        raise ProxyHeaderError(f"malformed PROXY protocol v1 line {line[:60]!r}") from e
    if source.version != (4 if words[1] == "TCP4" else 6) or not 0 <= port <= 65535:
        raise ProxyHeaderError(f"malformed PROXY protocol v1 line {line[:60]!r}")
    return str(source), port


def v2_length(head: bytes) -> int:
    """The length of the body after the 16 bytes ``head`` of a v2 header."""
    if len(head) != 16 or not head.startswith(V2_SIGNATURE):
        raise ProxyHeaderError("not a PROXY protocol v2 header")
    if head[12] >> 4 != 2:
        raise ProxyHeaderError(f"PROXY protocol version {head[12] >> 4} is not supported")
    length = int(struct.unpack("!H", head[14:16])[0])
    if length > V2_MAX_BODY:
        raise ProxyHeaderError(f"PROXY protocol v2 header of {length} bytes")
    return length


def parse_v2(head: bytes, body: bytes) -> Address | None:
    """The source address of a v2 header (16 bytes ``head``, then ``body``); None for LOCAL (the balancer's own
    health check) or an address family other than TCP over IPv4/IPv6."""
    command, family = head[12] & 0x0F, head[13]
    if command == 0:  # LOCAL
        return None
    if command != 1:
        raise ProxyHeaderError(f"PROXY protocol v2 command {command}")
    if family == 0x11 and len(body) >= 12:  # TCP over IPv4
        return str(ipaddress.IPv4Address(body[0:4])), int(struct.unpack("!H", body[8:10])[0])
    if family == 0x21 and len(body) >= 36:  # TCP over IPv6
        return str(ipaddress.IPv6Address(body[0:16])), int(struct.unpack("!H", body[32:34])[0])
    if family in (0x11, 0x21):
        raise ProxyHeaderError("PROXY protocol v2 header too short for its addresses")
    return None


async def _read_exactly(loop: asyncio.AbstractEventLoop, sock: socket.socket, n: int) -> bytes:
    data = b""
    while len(data) < n:
        chunk = await loop.sock_recv(sock, n - len(data))
        if not chunk:
            raise ProxyHeaderError(
                "the connection closed before a PROXY protocol header"
                if not data
                else "truncated PROXY header"
            )
        data += chunk
    return data


async def read_header(sock: socket.socket) -> Address | None:
    """Read the PROXY protocol header from the (non-blocking) accepted ``sock``, and not one byte more: the source
    address it names, or None when it names none (LOCAL, UNKNOWN: a health check)."""
    loop = asyncio.get_running_loop()
    start = await _read_exactly(loop, sock, 6)
    if start == b"PROXY ":
        line = start
        while not line.endswith(b"\r\n"):
            if len(line) >= V1_MAX:
                raise ProxyHeaderError("PROXY protocol v1 line without its end")
            line += await _read_exactly(loop, sock, 1)
        return parse_v1(line)
    if start != V2_SIGNATURE[:6]:
        raise ProxyHeaderError("the connection does not start with a PROXY protocol header")
    head = start + await _read_exactly(loop, sock, 10)
    body = await _read_exactly(loop, sock, v2_length(head))
    return parse_v2(head, body)


__all__ = ["ProxyHeaderError", "parse_v1", "parse_v2", "read_header", "v2_length"]
