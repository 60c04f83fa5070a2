"""The charger's state and what every part of it uses: events, tasks, statuses, dispatch of incoming calls.

:class:`~.charger.Charger` is this core with its parts (:mod:`.connection`, :mod:`.authorization`,
:mod:`.transactions`, :mod:`.operations`, :mod:`.profiles`, :mod:`.files`) mixed in.
"""

from __future__ import annotations

import asyncio
import collections
import logging
import random
import zlib
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

from . import events as ev
from .certificates import CertificateStore
from .clock import SimClock
from .events import EventCallback, SimEvent, Stats
from .physics import Electrics, Reading, inlet_readings
from .settings import Configuration
from .smart import SmartCharging, rate_units
from .state import ChargerOptions, Connector, TagPool
from .txqueue import TxQueue
from .wire import CallError, CallTimeout, ConnectionLost, Link

if TYPE_CHECKING:
    from .v16 import Ocpp16
    from .v201 import Ocpp201

log = logging.getLogger(__name__)


class ChargerCore:
    """A virtual charge point's state; the parts of :class:`~.charger.Charger` build on it."""

    if TYPE_CHECKING:  # what the parts call of one another (each is defined once, in the part named)

        async def reboot(self, stop_reason: str, boot_reason: str) -> None: ...  # .connection

        async def authorize(self, tag: str, connector: int | None = None) -> str: ...  # .authorization

        def remember(self, tag: str, status: str) -> None: ...  # .authorization

        async def _drive(self, c: Connector) -> None: ...  # .transactions

        def stop_transaction(self, c: Connector, reason: str) -> bool: ...  # .transactions

        def update_firmware(
            self,
            location: str,
            retrieve: str | None,
            retries: int | None,
            retry_interval: int | None,
            status: Callable[[str], Awaitable[None]] | None = None,
            verify: Callable[[bytes], bool] | None = None,
        ) -> Callable[[], Awaitable[None]]: ...  # .files

        def security_event(self, kind: str, tech_info: str = "") -> None: ...  # .security

        def security_before_reboot(self, boot_reason: str) -> None: ...  # .security

        def security_after_boot(self, boot_reason: str) -> None: ...  # .security

    def __init__(
        self,
        url: str,
        cp_id: str,
        options: ChargerOptions | None = None,
        on_event: EventCallback | None = None,
    ) -> None:
        self.url = url
        self.cp_id = cp_id
        self.options = options = options or ChargerOptions()
        self.on_event = on_event
        self.clock = options.clock or SimClock(options.speed)
        self.rng = random.Random(f"{options.seed}:{cp_id}") if options.seed is not None else random.Random()
        dc = options.dc
        self.config = Configuration(options.connectors, dc, options.config)
        max_w = 1000.0 * (options.max_power_kw or (50.0 if dc else 11.0))
        self.connectors: dict[int, Connector] = {}
        for n in range(1, options.connectors + 1):
            rng = (
                random.Random(f"{options.seed}:{cp_id}:{n}") if options.seed is not None else random.Random()
            )
            self.connectors[n] = Connector(n, Electrics(dc, max_w, round(rng.uniform(1e5, 2e7), 1), rng), rng)
        self.smart = SmartCharging(
            options.connectors,
            dc,
            lambda: self.config.integer("ChargeProfileMaxStackLevel"),
            lambda: self.config.integer("ChargingScheduleMaxPeriods"),
            lambda: self.config.integer("MaxChargingProfilesInstalled"),
            lambda: options.purposes,
            lambda: rate_units(self.config.csl("ChargingScheduleAllowedChargingRateUnit")),
        )
        self.model = options.model or (f"VirtualCharger {'DC' if dc else 'AC'}{max_w / 1000:g}")
        self.serial = options.serial or f"SIM-{zlib.crc32(cp_id.encode()) % 10**8:08d}"
        self.firmware_version = options.firmware
        self.proto: Ocpp16 | Ocpp201  # the version's wire format: set by Charger, which it drives
        self.tags = options.tag_pool or TagPool([t.strip() for t in options.tag.split(",")])
        self.stats = Stats()
        self.link: Link | None = None
        self.online = asyncio.Event()  # connected, registration Accepted: messages may go out
        self.registration = ""
        self.need_boot = True
        self.boot_reason = "PowerUp"
        self.charger_operative = True  # connector 0 (the whole charger)
        self.firmware_state = "Idle"
        self.diagnostics_state = "Idle"
        self.certificates = CertificateStore(cp_id, options.cpo_name)
        self.local_list: dict[str, dict[str, Any]] = {}
        self.local_list_version = 0
        self.auth_cache: dict[str, str] = {}
        self.queue = TxQueue(self)
        self.recent: collections.deque[str] = collections.deque(maxlen=400)  # for the diagnostics file
        self.finished_reason = ""
        self._tasks: set[asyncio.Task[Any]] = set()
        self._stop = asyncio.Event()  # leave run()
        self._reboot = asyncio.Event()  # close the connection and boot again
        self._halt = asyncio.Event()  # cut waits short: stopping or rebooting
        self._boot_now = asyncio.Event()  # TriggerMessage BootNotification while Pending
        self._hb_wake = asyncio.Event()
        self.stopping = False
        self.rebooting = False
        self._reset_on_idle: str | None = None
        self._failure = ""  # the last connection failure reported (not repeated on every attempt)
        self._firmware_task: asyncio.Task[Any] | None = None
        self.security_log: collections.deque[str] = collections.deque(maxlen=1000)  # 1.6 security extension
        self._pending_boot_events: list[tuple[str, str]] = []  # what the next boot reports (.security)

    # --- events --------------------------------------------------------------------------------------

    def emit(self, kind: str, text: str, connector: int | None = None, **data: Any) -> None:
        event = SimEvent(self.cp_id, kind, text, connector, data)
        self.recent.append(f"{event.at.isoformat(timespec='seconds')} {event.line}")
        if kind == ev.ERROR:
            self.stats.errors += 1
            self.stats.last_error = str(data.get("detail", text))
        if self.on_event is not None:
            try:
                self.on_event(event)
            except Exception:
                log.exception("%s: event callback failed", self.cp_id)

    def inlet_readings(self) -> list[Reading]:
        """The supply meter's readings (``options.inlet_base_a`` set): the base load plus the connectors' draw."""
        base = self.options.inlet_base_a or (0.0, 0.0, 0.0)
        return inlet_readings(
            base, [c.electrics.supply_currents(c.vehicle) for c in self.connectors.values()]
        )

    def error(self, text: str, connector: int | None = None) -> None:
        self.emit(ev.ERROR, f"error: {text}", connector, detail=text)

    def spawn(self, coro: Awaitable[Any], name: str) -> asyncio.Task[Any]:
        task = asyncio.ensure_future(coro)
        task.set_name(f"{self.cp_id}-{name}")
        self._tasks.add(task)
        task.add_done_callback(self._done)
        return task

    def _done(self, task: asyncio.Task[Any]) -> None:
        self._tasks.discard(task)
        if not task.cancelled() and task.exception() is not None:
            exc = task.exception()
            log.error("%s: task %s failed", self.cp_id, task.get_name(), exc_info=exc)
            self.error(f"internal: {task.get_name()}: {exc!r}")

    # --- incoming operations -------------------------------------------------------------------------

    async def _dispatch(self, action: str, payload: dict[str, Any]) -> Any:
        handler = self.proto.handlers.get(action)
        if handler is None:
            self.emit(ev.OPERATION, f"{action}: not supported", action=action, request=payload, answer=None)
            raise CallError("NotImplemented", f"{action} is not implemented by this charger")
        result = await handler(payload)
        self.stats.operations += 1
        answer = getattr(result, "payload", result)
        detail = self.proto.describe(action, payload)
        outcome = answer.get("status") if isinstance(answer, dict) else None
        self.emit(
            ev.OPERATION,
            f"{action}{' ' + detail if detail else ''}: {outcome or 'answered'}",
            action=action,
            request=payload,
            answer=answer,
        )
        return result

    # --- statuses ------------------------------------------------------------------------------------

    def idle_status(self, c: Connector) -> str:
        if not (c.operative and self.charger_operative):
            return "Unavailable"
        if c.fault:
            return "Faulted"
        if c.reservation is not None:
            return "Reserved"
        return "Available"

    async def set_status(self, c: Connector, status: str, error_code: str = "NoError") -> None:
        if c.status == status and c.error_code == error_code:
            return
        old = c.status
        c.status, c.error_code = status, error_code
        self.emit(
            ev.STATUS,
            status + (f" ({error_code})" if error_code != "NoError" else ""),
            c.id,
            status=status,
            error_code=error_code,
        )
        try:
            await self.proto.status_changed(c, old)
        except (CallError, CallTimeout) as e:
            self.error(f"StatusNotification: {e}", c.id)
        except ConnectionLost:
            pass  # every connector's status is sent again after reconnecting

    async def send(self, action: str, payload: dict[str, Any], *, attempts: int = 3) -> dict[str, Any] | None:
        """A message that is not transaction-related but should arrive (status notifications of firmware and
        diagnostics): waits until online, tries again after a reconnect."""
        for _ in range(attempts):
            await self.online.wait()
            link = self.link
            if link is None:
                await asyncio.sleep(0.01)
                continue
            try:
                return await link.call(action, payload)
            except ConnectionLost:
                continue
            except (CallError, CallTimeout) as e:
                self.error(f"{action}: {e}")
                return None
        return None
