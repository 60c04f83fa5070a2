"""A central system behind a TCP load balancer (``serve --proxy-protocol``): the charger's address comes from the
PROXY header the balancer sends before the connection's first byte, TLS included; a connection without one is
dropped. The balancer itself (HAProxy) is in tests/integration/test_team_nodes.py."""

from __future__ import annotations

import asyncio
import socket
import ssl
import struct
from pathlib import Path

import pytest
from ocpp.v16 import call
from websockets.exceptions import InvalidMessage

from app.db import Database
from app.ocpp.events import ChargerConnected
from app.ocpp.proxy_protocol import V2_SIGNATURE
from app.ocpp.security import create_self_signed
from tests.helpers.ocpp import CentralFactory, EventRecorder, add_station, sim_charger


def boot() -> call.BootNotification:
    return call.BootNotification(charge_point_vendor="Test", charge_point_model="T1")


async def connected_with(port: int, header: bytes) -> socket.socket:
    """A TCP connection to the central system that has sent ``header`` (as a load balancer would)."""
    loop = asyncio.get_running_loop()
    sock = socket.socket()
    sock.setblocking(False)
    await loop.sock_connect(sock, ("127.0.0.1", port))
    await loop.sock_sendall(sock, header)
    return sock


async def test_the_charger_address_is_the_one_the_proxy_header_names(
    db: Database, central_factory: CentralFactory
) -> None:
    add_station(db, "LB-1")
    add_station(db, "LB-2")
    cs = await central_factory(proxy_protocol=True)
    seen = EventRecorder()
    cs.subscribe(seen, ChargerConnected)
    v1 = b"PROXY TCP4 203.0.113.7 127.0.0.1 51234 9000\r\n"
    async with sim_charger(cs.url, "LB-1", sock=await connected_with(cs.port, v1)) as c:
        assert (await c.cp.call(boot())).status == "Accepted"
        assert (await seen.wait(ChargerConnected, lambda e: e.cp_id == "LB-1")).ip == "203.0.113.7"
        assert cs.backend.state("LB-1").ip == "203.0.113.7"
    v2 = V2_SIGNATURE + b"\x21\x11" + struct.pack("!H", 12) + bytes([198, 51, 100, 9, 127, 0, 0, 1])
    v2 += struct.pack("!HH", 4000, 9000)
    async with sim_charger(cs.url, "LB-2", sock=await connected_with(cs.port, v2)) as c:
        assert (await c.cp.call(boot())).status == "Accepted"
        assert (await seen.wait(ChargerConnected, lambda e: e.cp_id == "LB-2")).ip == "198.51.100.9"


async def test_without_a_proxy_header_the_connection_is_dropped(
    db: Database, central_factory: CentralFactory
) -> None:
    add_station(db, "LB-3")
    cs = await central_factory(proxy_protocol=True)
    with pytest.raises((InvalidMessage, OSError)):
        async with sim_charger(cs.url, "LB-3"):
            pass
    assert not cs.is_connected("LB-3")


async def test_the_proxy_header_comes_before_tls(
    db: Database, central_factory: CentralFactory, tmp_path: Path
) -> None:
    cert, key = create_self_signed(tmp_path / "certs", ["127.0.0.1", "localhost"])
    add_station(db, "LB-TLS", password="a good long password", security_profile=2, allow_unsecured=False)
    cs = await central_factory(tls=(cert, key), proxy_protocol=True)
    header = b"PROXY TCP6 2001:db8::7 ::1 4000 9443\r\n"
    async with sim_charger(
        cs.url,
        "LB-TLS",
        password="a good long password",
        ssl_context=ssl.create_default_context(cafile=str(cert)),
        sock=await connected_with(cs.port, header),
        server_hostname="127.0.0.1",
    ) as c:
        assert (await c.cp.call(boot())).status == "Accepted"
        assert cs.backend.state("LB-TLS").ip == "2001:db8::7" and cs.backend.state("LB-TLS").secure
