"""Transaction messages in order, delivered while online, retried, dropped after the configured attempts."""

from __future__ import annotations

import asyncio
import collections
import contextlib
import logging
from typing import TYPE_CHECKING

from .state import QUEUE_LIMIT, TxMessage
from .wire import CallError, CallTimeout, ConnectionLost

if TYPE_CHECKING:
    from .core import ChargerCore

log = logging.getLogger(__name__)


class TxQueue:
    """Transaction messages in order, delivered while online (OCPP 1.6 §3.7, 2.0.1 E13)."""

    def __init__(self, charger: ChargerCore) -> None:
        self.charger = charger
        self.items: collections.deque[TxMessage] = collections.deque()
        self._more = asyncio.Event()
        self._empty = asyncio.Event()
        self._empty.set()

    def __len__(self) -> int:
        return len(self.items)

    def put(self, message: TxMessage) -> TxMessage:
        if len(self.items) >= QUEUE_LIMIT:
            oldest = next(
                (m for i, m in enumerate(self.items) if i > 0 and m.action in ("MeterValues",)), None
            )
            if oldest is not None:
                self.items.remove(oldest)
                oldest.done.set()
        self.items.append(message)
        self._more.set()
        self._empty.clear()
        return message

    async def drain(self, timeout: float) -> bool:
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._empty.wait(), timeout)
        return self._empty.is_set()

    def _pop(self, message: TxMessage) -> None:
        if self.items and self.items[0] is message:
            self.items.popleft()
        message.done.set()

    async def run(self) -> None:
        ch = self.charger
        while True:
            if not self.items:
                self._empty.set()
                self._more.clear()
                await self._more.wait()
                continue
            await ch.online.wait()
            link = ch.link
            if link is None or link.closed:
                await asyncio.sleep(0.01)
                continue
            message = self.items[0]
            payload = message.payload() if callable(message.payload) else message.payload
            if payload is None:  # nothing to send any more (its transaction never got an id)
                self._pop(message)
                continue
            try:
                answer = await link.call(message.action, payload)
            except ConnectionLost:
                continue  # re-sent once online again
            except (CallError, CallTimeout) as e:
                message.attempts += 1
                attempts = max(1, ch.config.integer("TransactionMessageAttempts"))
                if message.attempts >= attempts:
                    ch.stats.dropped += 1
                    ch.error(f"{message.label} dropped after {message.attempts} failed attempt(s): {e}")
                    self._pop(message)
                else:
                    ch.error(f"{message.label} failed ({e}); retry {message.attempts} of {attempts - 1}")
                    await ch.clock.sleep(
                        ch.config.integer("TransactionMessageRetryInterval") * message.attempts
                    )
                continue
            self._pop(message)
            if message.on_answer is not None:
                try:
                    message.on_answer(answer)
                except Exception:
                    log.exception("%s: handling the answer to %s failed", ch.cp_id, message.label)
