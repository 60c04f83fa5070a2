"""OCPP-J over one WebSocket: CALL / CALLRESULT / CALLERROR frames (OCPP-J 1.6 §4, 2.0.1 part 4 §4).

The charger sends one CALL at a time and waits for its answer (or the timeout) before the next (§4.1.1);
the central system's CALLs are answered in the order they arrive. A handler returns the reply payload, or a
:class:`Reply` whose ``then`` coroutine runs once the reply is on the wire (TriggerMessage sends the triggered
message after its answer, RemoteStart starts the charge after Accepted).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from websockets.asyncio.client import ClientConnection
from websockets.exceptions import ConnectionClosed

log = logging.getLogger(__name__)

CALL, CALLRESULT, CALLERROR = 2, 3, 4


class ConnectionLost(Exception):
    """The connection closed before the answer came."""


class CallTimeout(Exception):
    """No answer within the timeout."""


class CallError(Exception):
    """A CALLERROR, received (an outgoing call failed) or to send (a handler refuses a request)."""

    def __init__(self, code: str, description: str = "", details: dict[str, Any] | None = None) -> None:
        super().__init__(f"{code}: {description}" if description else code)
        self.code = code
        self.description = description
        self.details = details or {}


@dataclass
class Reply:
    payload: dict[str, Any]
    then: Callable[[], Awaitable[None]] | None = None


Handler = Callable[[str, dict[str, Any]], Awaitable["dict[str, Any] | Reply"]]
Spawn = Callable[[Awaitable[None], str], object]


class Link:
    def __init__(
        self,
        ws: ClientConnection,
        handler: Handler,
        spawn: Spawn,
        *,
        version: str = "1.6",
        timeout: float = 30.0,
        on_lost: Callable[[], None] | None = None,
    ) -> None:
        self.ws = ws
        self.on_lost = on_lost
        self.handler = handler
        self.spawn = spawn
        self.timeout = timeout
        # the names of the same two errors differ between the versions
        self.format_error = "FormationViolation" if version == "1.6" else "FormatViolation"
        self.closed = False
        self._lock = asyncio.Lock()
        self._pending: tuple[str, asyncio.Future[dict[str, Any]]] | None = None

    # --- outgoing ------------------------------------------------------------------------------------

    async def call(
        self, action: str, payload: dict[str, Any], timeout: float | None = None
    ) -> dict[str, Any]:
        async with self._lock:
            if self.closed:
                raise ConnectionLost(f"{action}: not connected")
            unique_id = str(uuid.uuid4())
            future: asyncio.Future[dict[str, Any]] = asyncio.get_running_loop().create_future()
            self._pending = (unique_id, future)
            try:
                try:
                    await self.ws.send(json.dumps([CALL, unique_id, action, payload], separators=(",", ":")))
                except ConnectionClosed:
                    raise ConnectionLost(f"{action}: the connection closed") from None
                try:
                    return await asyncio.wait_for(future, self.timeout if timeout is None else timeout)
                except TimeoutError:
                    if self.closed:
                        raise ConnectionLost(f"{action}: the connection closed") from None
                    raise CallTimeout(f"no answer to {action} within {timeout or self.timeout:g} s") from None
            finally:
                self._pending = None

    # --- incoming ------------------------------------------------------------------------------------

    async def run(self) -> None:
        """Receive until the connection closes."""
        try:
            async for raw in self.ws:
                await self._frame(raw)
        except ConnectionClosed:
            pass
        finally:
            self._lost()

    def _lost(self) -> None:
        self.closed = True
        if self.on_lost is not None:
            self.on_lost()
        if self._pending is not None and not self._pending[1].done():
            self._pending[1].set_exception(ConnectionLost("the connection closed"))

    async def close(self) -> None:
        self._lost()
        with contextlib.suppress(Exception):
            await self.ws.close()

    async def _send(self, frame: list[Any]) -> None:
        with contextlib.suppress(ConnectionClosed):
            await self.ws.send(json.dumps(frame, separators=(",", ":")))

    async def _frame(self, raw: str | bytes) -> None:
        try:
            msg = json.loads(raw)
        except (ValueError, UnicodeDecodeError):
            log.warning("unparseable frame ignored: %.200r", raw)
            return
        if not isinstance(msg, list) or len(msg) < 3 or not isinstance(msg[1], str):
            log.warning("malformed frame ignored: %.200r", raw)
            return
        kind, unique_id = msg[0], msg[1]
        if kind == CALL:
            await self._incoming_call(unique_id, msg)
        elif kind in (CALLRESULT, CALLERROR):
            if self._pending is None or self._pending[0] != unique_id or self._pending[1].done():
                log.info("answer to no pending call ignored: %.200r", raw)
                return
            future = self._pending[1]
            if kind == CALLRESULT:
                future.set_result(msg[2] if isinstance(msg[2], dict) else {})
            else:
                details = msg[4] if len(msg) > 4 and isinstance(msg[4], dict) else {}
                future.set_exception(CallError(str(msg[2]), str(msg[3]) if len(msg) > 3 else "", details))
        else:
            log.warning("frame of unknown type ignored: %.200r", raw)

    async def _incoming_call(self, unique_id: str, msg: list[Any]) -> None:
        if len(msg) < 4 or not isinstance(msg[2], str) or not isinstance(msg[3], dict):
            await self._send(
                [CALLERROR, unique_id, self.format_error, "a CALL is [2, id, action, {payload}]", {}]
            )
            return
        action, payload = msg[2], msg[3]
        try:
            result = await self.handler(action, payload)
        except CallError as e:
            await self._send([CALLERROR, unique_id, e.code, e.description, e.details])
            return
        except (KeyError, TypeError, ValueError, AttributeError) as e:
            code = "ProtocolError" if isinstance(e, KeyError) else self.format_error
            await self._send([CALLERROR, unique_id, code, f"{action}: {type(e).__name__}: {e}", {}])
            return
        except Exception as e:  # a bug in a handler: say so, keep the connection
            log.exception("handler of %s failed", action)
            await self._send([CALLERROR, unique_id, "InternalError", f"{action}: {e}", {}])
            return
        reply = result if isinstance(result, Reply) else Reply(result)
        await self._send([CALLRESULT, unique_id, reply.payload])
        if reply.then is not None:
            self.spawn(reply.then(), f"after-{action}")
