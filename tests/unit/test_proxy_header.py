"""The PROXY protocol header a TCP load balancer puts before a charger's connection (versions 1 and 2)."""

from __future__ import annotations

import ipaddress
import struct

import pytest

from app.ocpp.proxy_protocol import V2_SIGNATURE, ProxyHeaderError, parse_v1, parse_v2, v2_length


def v2(command: int, family: int, body: bytes) -> tuple[bytes, bytes]:
    head = V2_SIGNATURE + bytes([0x20 | command, family]) + struct.pack("!H", len(body))
    return head, body


def test_version_1_names_the_source_address() -> None:
    assert parse_v1(b"PROXY TCP4 203.0.113.7 192.0.2.1 51234 9000\r\n") == ("203.0.113.7", 51234)
    assert parse_v1(b"PROXY TCP6 2001:db8::7 2001:db8::1 4000 9000\r\n") == ("2001:db8::7", 4000)
    assert parse_v1(b"PROXY UNKNOWN\r\n") is None  # a health check: the balancer's own address stays


@pytest.mark.parametrize(
    "line",
    [
        b"PROXY TCP4 203.0.113.7 192.0.2.1 51234\r\n",  # a field missing
        b"PROXY TCP4 2001:db8::7 192.0.2.1 51234 9000\r\n",  # IPv6 address said to be IPv4
        b"PROXY TCP4 203.0.113.999 192.0.2.1 51234 9000\r\n",
        b"PROXY TCP4 203.0.113.7 192.0.2.1 70000 9000\r\n",
        b"PROXY UDP4 203.0.113.7 192.0.2.1 51234 9000\r\n",
        b"GET /ocpp/X HTTP/1.1\r\n",
    ],
)
def test_version_1_refuses_a_malformed_line(line: bytes) -> None:
    with pytest.raises(ProxyHeaderError):
        parse_v1(line)


def test_version_2_names_the_source_address() -> None:
    body4 = bytes([203, 0, 113, 7, 192, 0, 2, 1]) + struct.pack("!HH", 51234, 9000)
    head, body = v2(1, 0x11, body4 + b"\x04\x00\x01\x00")  # a TLV after the addresses is skipped
    assert v2_length(head) == len(body)
    assert parse_v2(head, body) == ("203.0.113.7", 51234)
    six = ipaddress.IPv6Address("2001:db8::7").packed + ipaddress.IPv6Address("2001:db8::1").packed
    assert parse_v2(*v2(1, 0x21, six + struct.pack("!HH", 4000, 9000))) == ("2001:db8::7", 4000)
    assert parse_v2(*v2(0, 0x00, b"")) is None  # LOCAL: the balancer's health check


def test_version_2_refuses_what_it_cannot_read() -> None:
    with pytest.raises(ProxyHeaderError, match="version 1"):
        v2_length(V2_SIGNATURE + bytes([0x11, 0x11]) + struct.pack("!H", 12))
    with pytest.raises(ProxyHeaderError, match="too short"):
        parse_v2(*v2(1, 0x11, b"\x01\x02"))
    with pytest.raises(ProxyHeaderError, match="bytes"):
        v2_length(V2_SIGNATURE + bytes([0x21, 0x11]) + struct.pack("!H", 60000))
