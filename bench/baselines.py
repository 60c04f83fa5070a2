"""Reference central systems that store nothing: what ChargeDesk's own is measured against.

    python -m bench.baselines --kind bare|bare-tuned|bare-qasync|bare-qasync-tuned|echo --port P

* ``bare``: the ``ocpp`` package alone (a v16 ``ChargePoint`` with ``@on`` handlers for BootNotification,
  Heartbeat, StatusNotification, Authorize, StartTransaction, StopTransaction and MeterValues that accept
  everything), with the package's defaults: schema validation through ``run_in_executor`` and no logging
  configuration of our own.
* ``bare-tuned``: the same with ``ocpp.messages.ASYNC_VALIDATION = False``, the ``ocpp`` logger at WARNING
  (it logs every frame at INFO) and the validators loaded at start-up instead of on first use.
* ``bare-qasync`` / ``bare-qasync-tuned``: the same two on a qasync loop over a ``QApplication``
  (``QT_QPA_PLATFORM=offscreen``), as inside the console; there ``run_in_executor`` goes to qasync's
  pool of QThreads.
* ``echo``: the floor: raw ``websockets`` + ``json``, parses each frame and answers a CallResult with a
  payload fit for the action (a transactionId for StartTransaction), no validation, no routing.

Each serves ``ws://HOST:PORT/ocpp/{charger_id}`` with subprotocol ``ocpp1.6`` and prints one line
``listening on ws://HOST:PORT/ocpp/{id} (KIND)`` on stdout when it accepts connections; SIGTERM or
Ctrl-C stops it.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import itertools
import json
import logging
import os
import sys
from collections.abc import Awaitable, Callable, Sequence
from typing import Any, TypeVar, cast

from websockets.asyncio.server import ServerConnection, serve
from websockets.exceptions import ConnectionClosed
from websockets.typing import Subprotocol

SUBPROTOCOL = Subprotocol("ocpp1.6")
KINDS = ("echo", "bare", "bare-tuned", "bare-qasync", "bare-qasync-tuned")
ACTIONS = (
    "BootNotification",
    "Heartbeat",
    "StatusNotification",
    "Authorize",
    "StartTransaction",
    "StopTransaction",
    "MeterValues",
)

Handler = Callable[[ServerConnection], Awaitable[None]]
_F = TypeVar("_F", bound=Callable[..., Any])

_transaction_ids = itertools.count(1)


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat()


def _charger_id(ws: ServerConnection) -> str:
    path = ws.request.path if ws.request is not None else "/"
    return path.split("?", 1)[0].rstrip("/").rsplit("/", 1)[-1] or "unknown"


# --- the bare central system on the ocpp package ----------------------------------------------------------


def _bare_handler() -> Handler:
    """A connection handler running a v16 ChargePoint that answers everything and stores nothing."""
    from ocpp import routing
    from ocpp.v16 import ChargePoint, call_result
    from ocpp.v16.datatypes import IdTagInfo
    from ocpp.v16.enums import Action, AuthorizationStatus, RegistrationStatus

    accepted = IdTagInfo(status=AuthorizationStatus.accepted)

    def on(action: str) -> Callable[[_F], _F]:
        """``ocpp.routing.on``, typed."""
        return cast(Callable[[_F], _F], routing.on(action))

    class BareChargePoint(ChargePoint):  # type: ignore[misc]
        @on(Action.boot_notification)
        def on_boot_notification(self, **_: Any) -> call_result.BootNotification:
            return call_result.BootNotification(
                current_time=_now(), interval=300, status=RegistrationStatus.accepted
            )

        @on(Action.heartbeat)
        def on_heartbeat(self, **_: Any) -> call_result.Heartbeat:
            return call_result.Heartbeat(current_time=_now())

        @on(Action.status_notification)
        def on_status_notification(self, **_: Any) -> call_result.StatusNotification:
            return call_result.StatusNotification()

        @on(Action.authorize)
        def on_authorize(self, **_: Any) -> call_result.Authorize:
            return call_result.Authorize(id_tag_info=accepted)

        @on(Action.start_transaction)
        def on_start_transaction(self, **_: Any) -> call_result.StartTransaction:
            return call_result.StartTransaction(transaction_id=next(_transaction_ids), id_tag_info=accepted)

        @on(Action.stop_transaction)
        def on_stop_transaction(self, **_: Any) -> call_result.StopTransaction:
            return call_result.StopTransaction(id_tag_info=accepted)

        @on(Action.meter_values)
        def on_meter_values(self, **_: Any) -> call_result.MeterValues:
            return call_result.MeterValues()

    async def handler(ws: ServerConnection) -> None:
        if ws.subprotocol != SUBPROTOCOL:
            await ws.close(1002, "subprotocol ocpp1.6 required")
            return
        try:
            await BareChargePoint(_charger_id(ws), ws).start()
        except ConnectionClosed:
            pass

    return handler


def _tune_ocpp() -> None:
    """What ENGINEERING.md says to do at start-up: synchronous validation, quiet logger, warm validators."""
    import ocpp.messages
    from ocpp.messages import MessageType, get_validator

    ocpp.messages.ASYNC_VALIDATION = False
    logging.getLogger("ocpp").setLevel(logging.WARNING)
    for action in ACTIONS:
        get_validator(MessageType.Call, action, "1.6")
        get_validator(MessageType.CallResult, action, "1.6")


# --- the floor: websockets + json -------------------------------------------------------------------------


def _echo_handler() -> Handler:
    accepted = {"status": "Accepted"}
    static: dict[str, dict[str, Any]] = {
        "Authorize": {"idTagInfo": accepted},
        "StopTransaction": {"idTagInfo": accepted},
    }

    def payload(action: str) -> dict[str, Any]:
        if action == "Heartbeat":
            return {"currentTime": _now()}
        if action == "StartTransaction":
            return {"transactionId": next(_transaction_ids), "idTagInfo": accepted}
        if action == "BootNotification":
            return {"currentTime": _now(), "interval": 300, "status": "Accepted"}
        return static.get(action, {})

    async def handler(ws: ServerConnection) -> None:
        try:
            async for raw in ws:
                msg = json.loads(raw)
                if msg[0] == 2:
                    await ws.send(json.dumps([3, msg[1], payload(msg[2])], separators=(",", ":")))
        except ConnectionClosed:
            pass

    return handler


# --- serving ----------------------------------------------------------------------------------------------


async def serve_forever(kind: str, host: str, port: int) -> None:
    handler = _echo_handler() if kind == "echo" else _bare_handler()
    async with serve(handler, host, port, subprotocols=[SUBPROTOCOL]) as server:
        bound = next(iter(server.sockets)).getsockname()[1]
        print(f"listening on ws://{host}:{bound}/ocpp/{{id}} ({kind})", flush=True)
        await server.serve_forever()


def _run_on_qasync(kind: str, host: str, port: int) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["QT_API"] = "pyside6"  # before qasync is imported
    import qasync
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([sys.argv[0]])
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    with loop:
        loop.run_until_complete(serve_forever(kind, host, port))


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.baselines", description=__doc__.split("\n\n")[0])
    p.add_argument("--kind", choices=KINDS, required=True)
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=0, help="0 picks a free one (printed)")
    args = p.parse_args(argv)
    from bench.load import raise_fd_limit

    raise_fd_limit()
    if args.kind.endswith("-tuned"):
        _tune_ocpp()
    try:
        if args.kind.startswith("bare-qasync"):
            _run_on_qasync(args.kind, args.host, args.port)
        else:
            asyncio.run(serve_forever(args.kind, args.host, args.port))
    except KeyboardInterrupt:
        pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
