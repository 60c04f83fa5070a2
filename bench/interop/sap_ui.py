"""Drive SAP's charging-stations simulator through its UI WebSocket server (``uiServer`` in its config.json, written
by :mod:`bench.interop.sap_run`): make its stations send the messages a central system cannot ask for.

    python -m bench.interop.sap_ui --port 9181 list
    python -m bench.interop.sap_ui --port 9181 send SAP201-00001 securityEventNotification \
        '{"type": "FirmwareUpdated", "timestamp": "2026-12-07T21:00:00Z"}'

``send`` takes the station's id (its ``chargingStationId``) and the procedure name of the simulator's UI protocol
(README "UI Protocol": ``securityEventNotification``, ``signCertificate``, ``notifyReport``,
``logStatusNotification``, ``getCertificateStatus``, ``statusNotification``, ``authorize``, ...); the JSON is the
OCPP payload the station sends (the simulator fills in what it builds itself, e.g. SignCertificate's CSR). It prints
the simulator's answer, which carries the central system's response.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import uuid
from typing import Any

from websockets.asyncio.client import connect


async def call(port: int, procedure: str, payload: dict[str, Any]) -> Any:
    async with connect(f"ws://127.0.0.1:{port}", subprotocols=["ui0.0.1"]) as ws:  # type: ignore[list-item]
        request_id = str(uuid.uuid4())
        await ws.send(json.dumps([request_id, procedure, payload]))
        while True:
            answer = json.loads(await ws.recv())
            if isinstance(answer, list) and answer and answer[0] == request_id:
                return answer[1]


async def hash_id(port: int, station: str) -> str:
    listing = await call(port, "listChargingStations", {})
    for cs in listing.get("chargingStations", []):
        info = cs.get("stationInfo", {})
        if info.get("chargingStationId") == station:
            return str(info["hashId"])
    raise SystemExit(f"no station {station} in the simulator")


async def main_async(args: argparse.Namespace) -> None:
    if args.action == "list":
        listing = await call(args.port, "listChargingStations", {})
        for cs in listing.get("chargingStations", []):
            info = cs.get("stationInfo", {})
            print(info.get("chargingStationId"), info.get("ocppVersion"), info.get("hashId"))
        return
    payload = json.loads(args.payload) if args.payload else {}
    payload["hashIds"] = [await hash_id(args.port, args.station)]
    print(json.dumps(await call(args.port, args.procedure, payload), indent=2))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.interop.sap_ui")
    parser.add_argument("--port", type=int, default=9181, help="the simulator's UI port")
    sub = parser.add_subparsers(dest="action", required=True)
    sub.add_parser("list", help="the simulator's stations")
    send = sub.add_parser("send", help="make a station send a message")
    send.add_argument("station")
    send.add_argument("procedure")
    send.add_argument("payload", nargs="?", default="")
    asyncio.run(main_async(parser.parse_args(argv)))


if __name__ == "__main__":
    main()
