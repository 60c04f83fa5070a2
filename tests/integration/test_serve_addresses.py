"""``chargedesk serve`` says at start where chargers connect: this machine's LAN addresses (not 0.0.0.0) with the
port it listens on and the charge point id as a placeholder; a charger given the first one reaches it."""

from __future__ import annotations

import asyncio
import json
import sys
from pathlib import Path

import websockets

from app.services.central.addresses import charger_addresses
from tests.helpers.processes import ROOT, child_env


async def test_serve_prints_the_addresses_chargers_use_and_the_first_one_works(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'serve.db'}"
    with (tmp_path / "serve.log").open("wb") as log:
        proc = await asyncio.create_subprocess_exec(
            *[sys.executable, "-m", "app", "serve", "--db", url, "--host", "0.0.0.0", "--port", "0"],
            cwd=ROOT,
            env=child_env(tmp_path),
            stdout=asyncio.subprocess.PIPE,
            stderr=log,
        )
        try:
            assert proc.stdout is not None
            first = (await asyncio.wait_for(proc.stdout.readline(), 60)).decode()
            assert first.startswith("listening on ws://0.0.0.0:"), first
            port = int(first.split(":")[2].split("/")[0])
            heading = (await asyncio.wait_for(proc.stdout.readline(), 10)).decode().strip()
            assert heading == "chargers connect to (replace {chargePointId} with the charger's id):"
            expected = charger_addresses("0.0.0.0", port, secure=False)
            shown = [
                (await asyncio.wait_for(proc.stdout.readline(), 10)).decode().split()[0] for _ in expected
            ]
            assert shown == [a.url for a in expected]
            assert all("0.0.0.0" not in u and f":{port}/ocpp/{{chargePointId}}" in u for u in shown)

            # a charger given the first address (its id in place of the placeholder) is heard: Pending, unknown
            target = expected[0].for_charger("ADDR-TEST-1")
            async with websockets.connect(target, subprotocols=["ocpp1.6"]) as ws:
                boot = {"chargePointVendor": "Test", "chargePointModel": "Addr"}
                await ws.send(json.dumps([2, "1", "BootNotification", boot]))
                reply = json.loads(await asyncio.wait_for(ws.recv(), 30))
            assert reply[0] == 3 and reply[2]["status"] == "Pending"
        finally:
            if proc.returncode is None:
                proc.terminate()
                await asyncio.wait_for(proc.wait(), 60)
