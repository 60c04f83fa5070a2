"""``chargedesk serve`` says at start where chargers connect: this machine's LAN addresses (not 0.0.0.0) with the
port it listens on and the charge point id as a placeholder; a charger given the first one reaches it."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import websockets

from app.services.central.addresses import charger_addresses
from tests.helpers.processes import serve_process


async def test_serve_prints_the_addresses_chargers_use_and_the_first_one_works(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'serve.db'}"
    async with serve_process(url, tmp_path, host="0.0.0.0") as (proc, base):
        assert proc.stdout is not None
        port = int(base.split(":")[2].split("/")[0])

        async def line() -> str:
            assert proc.stdout is not None
            return (await asyncio.wait_for(proc.stdout.readline(), 10)).decode().strip()

        assert await line() == "chargers connect to (replace {chargePointId} with the charger's id):"
        expected = charger_addresses("0.0.0.0", port, secure=False)
        shown = [(await line()).split()[0] for _ in expected]
        assert shown == [a.url for a in expected]
        assert all("0.0.0.0" not in u and f":{port}/ocpp/{{chargePointId}}" in u for u in shown)

        # a charger given the first address (its id in place of the placeholder) is heard: Pending, unknown
        async with websockets.connect(expected[0].for_charger("ADDR-TEST-1"), subprotocols=["ocpp1.6"]) as ws:
            boot = {"chargePointVendor": "Test", "chargePointModel": "Addr"}
            await ws.send(json.dumps([2, "1", "BootNotification", boot]))
            reply = json.loads(await asyncio.wait_for(ws.recv(), 30))
        assert reply[0] == 3 and reply[2]["status"] == "Pending"
