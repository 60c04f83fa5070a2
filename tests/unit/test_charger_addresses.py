"""The addresses chargers must use, from the interfaces of the machine (given here as data)."""

from __future__ import annotations

import socket

from app.config import CentralSystemSettings
from app.services.central.addresses import (
    PLACEHOLDER,
    InterfaceAddress,
    central_addresses,
    charger_addresses,
    interface_addresses,
)

V4, V6 = socket.AF_INET, socket.AF_INET6
LAN = [
    InterfaceAddress("lo", "127.0.0.1", V4),
    InterfaceAddress("lo", "::1", V6),
    InterfaceAddress("docker0", "172.17.0.1", V4),
    InterfaceAddress("eth0", "192.168.1.10", V4),
    InterfaceAddress("eth0", "fe80::1c2:3ff:fe04:506", V6),
    InterfaceAddress("eth0", "2001:db8:5::10", V6),
]


def urls(host: str, *, secure: bool = False, interfaces=LAN, preferred=("192.168.1.10",)) -> list[str]:
    return [
        a.url
        for a in charger_addresses(host, 9000, secure=secure, interfaces=interfaces, preferred=preferred)
    ]


def test_every_ipv4_address_but_loopback_the_one_on_the_route_outwards_first() -> None:
    assert urls("0.0.0.0") == [
        "ws://192.168.1.10:9000/ocpp/{chargePointId}",
        "ws://172.17.0.1:9000/ocpp/{chargePointId}",
    ]


def test_ipv6_in_brackets_global_before_link_local_without_its_zone() -> None:
    found = charger_addresses("::", 9000, secure=False, interfaces=LAN, preferred=())
    assert [a.url for a in found] == [
        "ws://[2001:db8:5::10]:9000/ocpp/{chargePointId}",
        "ws://[fe80::1c2:3ff:fe04:506]:9000/ocpp/{chargePointId}",
    ]
    assert [a.kind for a in found] == ["ipv6", "link-local"]
    assert "same network segment" in found[1].note and found[0].note == ""


def test_an_empty_host_listens_on_both_families() -> None:
    assert urls("") == [
        "ws://192.168.1.10:9000/ocpp/{chargePointId}",
        "ws://172.17.0.1:9000/ocpp/{chargePointId}",
        "ws://[2001:db8:5::10]:9000/ocpp/{chargePointId}",
        "ws://[fe80::1c2:3ff:fe04:506]:9000/ocpp/{chargePointId}",
    ]


def test_wss_when_tls_is_on_and_the_placeholder_is_filled_per_charger() -> None:
    first = charger_addresses("0.0.0.0", 443, secure=True, interfaces=LAN, preferred=())[0]
    assert first.url == f"wss://172.17.0.1:443/ocpp/{PLACEHOLDER}"
    assert first.for_charger("HALL-B-1") == "wss://172.17.0.1:443/ocpp/HALL-B-1"


def test_loopback_only_when_nothing_else_is_up() -> None:
    only_lo = [a for a in LAN if a.interface == "lo"]
    found = charger_addresses("0.0.0.0", 9000, secure=False, interfaces=only_lo, preferred=())
    assert [a.url for a in found] == ["ws://127.0.0.1:9000/ocpp/{chargePointId}"]
    assert "this computer only" in found[0].note
    assert urls("0.0.0.0", interfaces=[]) == ["ws://127.0.0.1:9000/ocpp/{chargePointId}"]


def test_a_given_listening_address_is_the_only_one() -> None:
    assert urls("192.168.1.10") == ["ws://192.168.1.10:9000/ocpp/{chargePointId}"]
    assert urls("127.0.0.1") == ["ws://127.0.0.1:9000/ocpp/{chargePointId}"]
    assert urls("ocpp.example.lan") == ["ws://ocpp.example.lan:9000/ocpp/{chargePointId}"]


def test_this_machine_s_interfaces_are_read() -> None:
    found = interface_addresses()
    assert any(a.address == "127.0.0.1" for a in found)  # lo is up wherever the tests run
    assert all(a.family in (V4, V6) and "%" not in a.address for a in found)


class _Central:
    def __init__(
        self, *, started: bool = False, port: int = 0, attached: bool = False, url: str = ""
    ) -> None:
        self.started, self.port, self.attached, self.url = started, port, attached, url


def test_the_console_s_central_system_its_actual_port_or_the_host_s_url() -> None:
    settings = CentralSystemSettings(host="127.0.0.1", port=9000)
    assert central_addresses(_Central(), settings)[0].url == "ws://127.0.0.1:9000/ocpp/{chargePointId}"
    running = _Central(started=True, port=40123)
    assert central_addresses(running, settings)[0].url == "ws://127.0.0.1:40123/ocpp/{chargePointId}"
    host = _Central(attached=True, url="ws://192.168.1.5:9000/ocpp/")
    assert [a.url for a in central_addresses(host, settings)] == [
        "ws://192.168.1.5:9000/ocpp/{chargePointId}"
    ]
    assert central_addresses(_Central(attached=True), settings) == []
