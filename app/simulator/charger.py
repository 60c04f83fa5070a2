"""One virtual charger: its connection life cycle, connectors, transactions and the central system's operations,
independent of the OCPP version (the wire formats are in :mod:`.v16` and :mod:`.v201`).

Life cycle: connect (HTTP Basic with ``password``) → BootNotification (Pending: ask again after the interval or
when triggered; Rejected: report and stop) → StatusNotification per connector → heartbeats. A lost connection is
re-established with exponential backoff and jitter; a reboot (Reset, firmware installed) closes the connection,
waits the reboot time and boots again.

Transaction messages go through :class:`TxQueue` (OCPP 1.6 §3.7): in order, queued while offline and re-sent
after reconnecting; a message the central system fails to process (CALLERROR, or no answer on a live connection)
is retried ``TransactionMessageAttempts`` times, ``TransactionMessageRetryInterval`` × attempts apart, then
dropped and reported.

Scenarios (per connector): ``idle`` waits for the central system (RemoteStart works); ``charge`` plugs a vehicle
in now and then, authorises ``tag``, charges and stops; ``mixed`` leaves some chargers idle and adds refused
tags, faults and vehicles pausing their charge.
"""

from __future__ import annotations

import asyncio
import base64
import collections
import contextlib
import datetime as dt
import logging
import math
import random
import ssl
import uuid
import zlib
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import InvalidHandshake, InvalidStatus

from . import events as ev
from .clock import SimClock
from .events import EventCallback, SimEvent, Stats
from .physics import Electrics, Vehicle, random_vehicle
from .settings import Configuration
from .smart import SmartCharging, parse_time
from .transfer import TransferError, download, firmware_version, upload
from .wire import CallError, CallTimeout, ConnectionLost, Link

if TYPE_CHECKING:
    from .v16 import Ocpp16
    from .v201 import Ocpp201

log = logging.getLogger(__name__)

SCENARIOS = ("idle", "charge", "mixed")
VERSIONS = ("1.6", "2.0.1")
VENDOR_ID = (
    "org.chargedesk.simulator"  # DataTransfer: messageId "ping" answers "pong", "echo" returns the data
)
FAULTS = (
    "GroundFailure",
    "HighTemperature",
    "OverCurrentFailure",
    "PowerMeterFailure",
    "EVCommunicationError",
)
QUEUE_LIMIT = 10_000  # transaction messages kept while offline (meter values are dropped first)


class TagPool:
    """The cards the drivers present: each is in one vehicle at a time (a central system refuses a card that is
    already charging elsewhere with ConcurrentTx), shared by a fleet."""

    def __init__(self, tags: list[str] | tuple[str, ...]) -> None:
        self.tags = [t for t in tags if t] or ["SIMTAG01"]
        self.in_use: set[str] = set()
        self._next = 0

    def take(self) -> str | None:
        for i in range(len(self.tags)):
            tag = self.tags[(self._next + i) % len(self.tags)]
            if tag not in self.in_use:
                self._next = (self._next + i + 1) % len(self.tags)
                self.in_use.add(tag)
                return tag
        return None

    def give(self, tag: str) -> None:
        self.in_use.discard(tag)


@dataclass
class ChargerOptions:
    connectors: int = 2
    ocpp: str = "1.6"
    tag: str = "SIMTAG01"  # the drivers' cards, comma-separated (see TagPool)
    tag_pool: TagPool | None = None  # shared by a fleet (default: one of the charger's own from ``tag``)
    password: str | None = None
    scenario: str = "idle"
    speed: float = 1.0
    seed: int | None = None
    dc: bool = False
    max_power_kw: float | None = None  # per connector (default 11 kW AC, 50 kW DC)
    vendor: str = "ChargeDesk"
    model: str | None = None  # default "VirtualCharger AC11" / "VirtualCharger DC50"
    serial: str | None = None  # default derived from the charge point id
    firmware: str = "1.4.2"
    sessions: int | None = None  # charge/mixed: vehicles per connector, then idle (None: no limit)
    session_s: tuple[float, float] | None = None  # simulated seconds a vehicle stays (None: from its battery)
    idle_s: tuple[float, float] = (120.0, 900.0)  # simulated seconds between two vehicles
    first_idle_s: tuple[float, float] = (5.0, 60.0)
    reboot_s: float = 20.0  # simulated seconds a reboot takes
    call_timeout_s: float = 30.0
    reconnect_initial_s: float = 1.0
    reconnect_max_s: float = 60.0
    ssl_context: ssl.SSLContext | None = None
    config: dict[str, str] = field(default_factory=dict)  # configuration key overrides
    clock: SimClock | None = None  # shared by a fleet

    def __post_init__(self) -> None:
        if self.ocpp not in VERSIONS:
            raise ValueError(f"OCPP version {self.ocpp!r}: use one of {', '.join(VERSIONS)}")
        if self.scenario not in SCENARIOS:
            raise ValueError(f"scenario {self.scenario!r}: use one of {', '.join(SCENARIOS)}")
        if not 1 <= self.connectors <= 32:
            raise ValueError("connectors: 1 to 32")
        if not self.speed > 0:
            raise ValueError("speed must be > 0")


@dataclass
class Reservation:
    id: int
    tag: str
    parent: str | None
    expiry: dt.datetime


@dataclass
class Transaction:
    connector_id: int
    tag: str
    meter_start_wh: float
    started_at: dt.datetime  # real
    started_sim: dt.datetime
    start_loop: float
    uid: str  # our own id (the 2.0.1 transactionId)
    remote_start_id: int | None = None
    reservation_id: int | None = None
    transaction_id: int | None = None  # 1.6: the central system's
    seq_no: int = 0
    stop_reason: str | None = None
    meter_stop_wh: float | None = None
    auth_status: str = "Accepted"
    begin: list[Any] = field(default_factory=list)  # Transaction.Begin readings
    finished: asyncio.Event = field(default_factory=asyncio.Event)

    @property
    def label(self) -> str:
        return str(self.transaction_id) if self.transaction_id is not None else self.uid

    def next_seq(self) -> int:
        n = self.seq_no
        self.seq_no += 1
        return n


@dataclass
class Plan:
    vehicle: Vehicle
    duration_s: float | None  # simulated seconds until the driver leaves (None: until stopped)
    stop_by: str  # "Local" (tag presented) or "EVDisconnected" (cable unplugged)
    pause: tuple[float, float] | None = None  # (after, for) simulated seconds the vehicle pauses charging


@dataclass
class Connector:
    id: int
    electrics: Electrics
    rng: random.Random  # its own: a seeded run repeats its vehicles whatever the other connectors do
    status: str = "Available"
    error_code: str = "NoError"
    operative: bool = True
    scheduled: bool | None = None  # ChangeAvailability waiting for the transaction to end
    busy: bool = False  # a vehicle is (being) plugged in
    fault: str | None = None
    tx: Transaction | None = None
    vehicle: Vehicle | None = None
    reservation: Reservation | None = None
    paused: tuple[float, float] | None = None  # loop-time window the vehicle does not charge
    last_run: float = 0.0
    plug_ins: int = 0
    wake: asyncio.Event = field(default_factory=asyncio.Event)


@dataclass
class TxMessage:
    action: str
    payload: dict[str, Any] | Callable[[], dict[str, Any] | None]
    label: str
    on_answer: Callable[[dict[str, Any]], None] | None = None
    attempts: int = 0
    done: asyncio.Event = field(default_factory=asyncio.Event)


class TxQueue:
    """Transaction messages in order, delivered while online (OCPP 1.6 §3.7, 2.0.1 E13)."""

    def __init__(self, charger: Charger) -> None:
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


def basic_auth(username: str, password: str) -> str:
    token = base64.b64encode(f"{username}:{password}".encode()).decode("ascii")
    return f"Basic {token}"


def _fmt_duration(seconds: float) -> str:
    minutes = round(seconds / 60)
    return f"{minutes // 60}h{minutes % 60:02d}" if minutes >= 60 else f"{minutes} min"


class Charger:
    """A virtual charge point. ``await run()`` until :meth:`shutdown`; events go to ``on_event``."""

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
        )
        self.model = options.model or (f"VirtualCharger {'DC' if dc else 'AC'}{max_w / 1000:g}")
        self.serial = options.serial or f"SIM-{zlib.crc32(cp_id.encode()) % 10**8:08d}"
        self.firmware_version = options.firmware
        self.proto: Ocpp16 | Ocpp201
        if options.ocpp == "1.6":
            from .v16 import Ocpp16

            self.proto = Ocpp16(self)
        else:
            from .v201 import Ocpp201

            self.proto = Ocpp201(self)
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

    # --- life cycle ----------------------------------------------------------------------------------

    async def run(self) -> None:
        """Connect, boot, charge and answer until :meth:`shutdown` (or a Rejected boot)."""
        loop = asyncio.get_running_loop()
        for c in self.connectors.values():
            c.last_run = loop.time()
        self.spawn(self.queue.run(), "tx-queue")
        scenario = self.options.scenario
        if scenario == "charge" or (scenario == "mixed" and self.rng.random() >= 0.3):
            for c in self.connectors.values():
                self.spawn(self._drive(c), f"drive-{c.id}")
        backoff = self.options.reconnect_initial_s
        try:
            while not self._stop.is_set():
                ws = await self._connect()
                if ws is not None:
                    backoff = self.options.reconnect_initial_s
                    await self._serve(ws)
                    if self._stop.is_set():
                        break
                    if self._reboot.is_set():
                        self._reboot.clear()
                        await self._restart()
                        continue
                delay = backoff * self.rng.uniform(0.8, 1.2)
                if ws is not None:
                    self.emit(ev.DISCONNECTED, f"connection lost; reconnecting in {delay:.1f} s")
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._stop.wait(), delay)
                backoff = min(backoff * 2, self.options.reconnect_max_s)
        finally:
            self.online.clear()
            tasks = [t for t in self._tasks if t is not asyncio.current_task()]
            for t in tasks:
                t.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
            self.emit(
                ev.STOPPED_CHARGER,
                f"stopped{': ' + self.finished_reason if self.finished_reason else ''}",
                reason=self.finished_reason,
            )

    async def shutdown(self, stop_transactions: bool = True, timeout: float = 10.0) -> None:
        """Stop the scenario; end running transactions properly first (their stop delivered if online)."""
        if self.stopping:
            self._stop.set()
            return
        self.stopping = True
        self._halt.set()
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        running = [c for c in self.connectors.values() if c.tx is not None]
        if stop_transactions and running:
            for c in running:
                self.stop_transaction(c, "Local")
            waits = [asyncio.ensure_future(c.tx.finished.wait()) for c in running if c.tx is not None]
            if waits:
                await asyncio.wait(waits, timeout=max(0.1, deadline - loop.time()))
                for w in waits:
                    w.cancel()
        if stop_transactions and self.online.is_set() and len(self.queue):
            await self.queue.drain(max(0.1, deadline - loop.time()))
        if len(self.queue):
            self.error(f"{len(self.queue)} transaction message(s) not delivered at exit")
        if not self.finished_reason:
            self.finished_reason = "shut down"
        self._stop.set()

    async def _connect(self) -> ClientConnection | None:
        headers = {}
        if self.options.password is not None:
            headers["Authorization"] = basic_auth(self.cp_id, self.options.password)
        ping = self.config.integer("WebSocketPingInterval")
        try:
            ws = await connect(
                self.url,
                subprotocols=[self.proto.subprotocol],  # type: ignore[list-item]
                additional_headers=headers,
                open_timeout=min(30.0, self.options.call_timeout_s),
                ping_interval=ping or None,
                ping_timeout=ping or None,
                close_timeout=2,
                proxy=None,
                ssl=(self.options.ssl_context or True) if self.url.startswith("wss:") else None,
                user_agent_header=f"ChargeDesk-VirtualCharger/{self.firmware_version}",
                compression=None,
            )
        except InvalidStatus as e:
            self._connect_failed(f"refused with HTTP {e.response.status_code}")
            return None
        except (OSError, InvalidHandshake, TimeoutError, ValueError) as e:  # ValueError: a malformed URL
            self._connect_failed(f"cannot connect: {e or type(e).__name__}")
            return None
        if ws.subprotocol not in (self.proto.subprotocol, None):
            await ws.close()
            self._connect_failed(f"the central system chose subprotocol {ws.subprotocol}")
            return None
        self._failure = ""
        return ws

    def _connect_failed(self, reason: str) -> None:
        if reason != self._failure:  # reported once, not on every retry
            self._failure = reason
            self.error(f"{self.url}: {reason}")

    async def _serve(self, ws: ClientConnection) -> None:
        link = Link(
            ws,
            self._dispatch,
            self.spawn,
            version=self.proto.version,
            timeout=self.options.call_timeout_s,
            on_lost=self.online.clear,
        )
        self.link = link
        self.stats.connections += 1
        self.emit(ev.CONNECTED, f"connected ({ws.subprotocol or 'no subprotocol'})")
        receiving = asyncio.ensure_future(link.run())
        session = asyncio.ensure_future(self._session_on(link))
        stop = asyncio.ensure_future(self._stop.wait())
        reboot = asyncio.ensure_future(self._reboot.wait())
        try:
            await asyncio.wait({receiving, session, stop, reboot}, return_when=asyncio.FIRST_COMPLETED)
        finally:
            self.online.clear()
            for t in (session, stop, reboot):
                t.cancel()
            await link.close()
            await asyncio.gather(receiving, session, stop, reboot, return_exceptions=True)
            self.link = None
        if session.done() and not session.cancelled() and session.exception() is not None:
            self.error(f"internal: {session.exception()!r}")

    async def _session_on(self, link: Link) -> None:
        try:
            if self.need_boot or self.registration != "Accepted":
                if not await self._boot():
                    return
            await self._announce()
            await self._heartbeats(link)
        except ConnectionLost:
            return

    async def _announce(self) -> None:
        """Every connector's status after (re)connecting, then open the gate for other messages (statuses that
        change meanwhile are sent too: the loop ends when what was sent is what is)."""
        await self.proto.charger_status(force=True)
        sent: dict[int, tuple[str, str]] = {}
        while changed := [c for c in self.connectors.values() if sent.get(c.id) != (c.status, c.error_code)]:
            for c in changed:
                sent[c.id] = (c.status, c.error_code)
                await self.proto.send_status(c)
        self.online.set()

    async def _boot(self) -> bool:
        while True:
            self._boot_now.clear()
            try:
                status, interval = await self.proto.boot(self.boot_reason)
            except (CallError, CallTimeout) as e:
                self.error(f"BootNotification: {e}")
                await self.clock.wait(self._boot_now, 60)
                continue
            if not await self._registered(status, interval):
                return False
            if status == "Accepted":
                return True
            await self.clock.wait(self._boot_now, interval or 60)

    async def _registered(self, status: str, interval: int) -> bool:
        self.stats.boots += 1
        self.registration = self.stats.registration = status
        extra = (
            f" (heartbeat every {interval} s)"
            if status == "Accepted"
            else f" (asking again in {interval or 60} s)"
            if status == "Pending"
            else ""
        )
        self.emit(
            ev.BOOTED,
            f"booted: {status}{extra}",
            status=status,
            interval=interval,
            firmware=self.firmware_version,
        )
        if status == "Accepted":
            self.need_boot = False
            self.boot_reason = "PowerUp"
            if interval > 0:
                self.config.values["HeartbeatInterval"] = str(interval)
                self._hb_wake.set()
            return True
        if status == "Rejected":
            self.error("the central system rejected the registration; stopping")
            self.finished_reason = "registration rejected"
            self.stopping = True
            self._halt.set()
            self._stop.set()
            return False
        return True

    async def boot_triggered(self) -> None:
        """TriggerMessage BootNotification."""
        if self.registration != "Accepted":
            self._boot_now.set()
            return
        try:
            status, interval = await self.proto.boot("Triggered")
        except (CallError, CallTimeout, ConnectionLost) as e:
            self.error(f"BootNotification: {e}")
            return
        if status == "Pending":
            self.online.clear()
            self.need_boot = True
            self._reboot.set()  # reconnect and register again (no reboot time, nothing is stopped)
        await self._registered(status, interval)

    async def _heartbeats(self, link: Link) -> None:
        while True:
            self._hb_wake.clear()
            interval = self.config.integer("HeartbeatInterval")
            if await self.clock.wait(self._hb_wake, interval if interval > 0 else None):
                continue
            await self.heartbeat()

    async def heartbeat(self) -> None:
        try:
            await self.proto.heartbeat()
        except (CallError, CallTimeout) as e:
            self.error(f"Heartbeat: {e}")

    async def reboot(self, stop_reason: str, boot_reason: str) -> None:
        """Reset / firmware installed: stop transactions, deliver what is queued, go away, boot again."""
        if self.rebooting or self.stopping:
            return
        self.rebooting = True
        self._halt.set()
        self.emit(ev.REBOOT, f"rebooting ({boot_reason})", reason=boot_reason)
        running = [c for c in self.connectors.values() if c.tx is not None]
        for c in running:
            self.stop_transaction(c, stop_reason)
        waits = [asyncio.ensure_future(c.tx.finished.wait()) for c in running if c.tx is not None]
        if waits:
            await asyncio.wait(waits, timeout=10)
            for w in waits:
                w.cancel()
        if self.online.is_set():
            await self.queue.drain(5.0)
        self.boot_reason = boot_reason
        self.need_boot = True
        self._reboot.set()

    async def _restart(self) -> None:
        """After a reboot the connectors come back as configured, reservations and Tx profiles are gone (a
        re-registration without reboot, after a triggered boot answered Pending, keeps everything)."""
        self.registration = ""
        if self.rebooting:
            for c in self.connectors.values():
                c.vehicle = None
                c.reservation = None
                c.paused = None
                c.fault = None
                c.wake.set()
                self.smart.drop_tx_profiles(c.id)
                c.status, c.error_code = self.idle_status(c), "NoError"
            await self.clock.sleep(self.options.reboot_s)
            self.rebooting = False
        if not self.stopping:
            self._halt.clear()

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

    # --- authorisation -------------------------------------------------------------------------------

    def local_status(self, tag: str) -> str | None:
        key = tag.upper()
        if self.config.flag("LocalAuthListEnabled") and key in self.local_list:
            return str(self.local_list[key].get("status", "Invalid"))
        if self.config.flag("AuthorizationCacheEnabled") and key in self.auth_cache:
            return self.auth_cache[key]
        return None

    def remember(self, tag: str, status: str) -> None:
        if self.config.flag("AuthorizationCacheEnabled"):
            self.auth_cache[tag.upper()] = status

    async def authorize(self, tag: str, connector: int | None = None) -> str:
        local = self.local_status(tag)
        if self.config.flag("LocalPreAuthorize") and local == "Accepted":
            self.emit(
                ev.AUTHORIZED, f"tag {tag} authorized locally: Accepted", connector, tag=tag, status=local
            )
            return "Accepted"
        if self.online.is_set():
            try:
                status = await self.proto.authorize(tag)
            except CallError as e:
                self.error(f"Authorize {tag}: {e}", connector)
                return "Invalid"
            except (CallTimeout, ConnectionLost):
                pass
            else:
                self.remember(tag, status)
                self.emit(ev.AUTHORIZED, f"tag {tag} authorized: {status}", connector, tag=tag, status=status)
                return status
        if self.config.flag("LocalAuthorizeOffline") and local == "Accepted":
            status = "Accepted"
        elif self.config.flag("AllowOfflineTxForUnknownId") and local is None:
            status = "Accepted"
        else:
            status = local or "Invalid"
        self.emit(ev.AUTHORIZED, f"tag {tag} authorized offline: {status}", connector, tag=tag, status=status)
        return status

    # --- sessions ------------------------------------------------------------------------------------

    def can_start(self, c: Connector, tag: str | None = None) -> bool:
        if c.busy or c.tx is not None or c.fault or not (c.operative and self.charger_operative):
            return False
        if c.scheduled is not None:
            return False
        if c.reservation is not None:
            return tag is not None and self._matches(c.reservation, tag)
        return True

    @staticmethod
    def _matches(r: Reservation, tag: str) -> bool:
        return tag.upper() == r.tag.upper() or (r.parent is not None and tag.upper() == r.parent.upper())

    def plan(self, c: Connector) -> Plan:
        rng, dc = c.rng, self.options.dc
        vehicle = random_vehicle(rng, dc, c.electrics.max_w)
        if self.options.session_s is not None:
            duration = rng.uniform(*self.options.session_s)
        else:
            power = min(c.electrics.max_w, vehicle.dc_max_w if dc else vehicle.ac_max_w)
            to_full = vehicle.energy_to_target_wh(dc) / power * 3600 * (1.5 if dc else 1.1)
            duration = min(12 * 3600.0, max(900.0, to_full * rng.uniform(0.6, 1.3)))
        pause = None
        if self.options.scenario == "mixed" and rng.random() < 0.3:
            pause = (duration * rng.uniform(0.2, 0.6), rng.uniform(120, 600))
        return Plan(vehicle, duration, "Local" if rng.random() < 0.5 else "EVDisconnected", pause)

    async def _drive(self, c: Connector) -> None:
        """The scenario of one connector: vehicles arrive, charge and leave."""
        first = True
        while not self.stopping:
            low, high = self.options.first_idle_s if first else self.options.idle_s
            first = False
            if await self.clock.wait(self._stop, c.rng.uniform(low, high)):
                return
            await self.online.wait()
            if self.stopping:
                return
            if self.options.sessions is not None and c.plug_ins >= self.options.sessions:
                return
            unknown = None
            if self.options.scenario == "mixed":
                roll = c.rng.random()
                if roll < 0.08 and self.can_start(c):
                    await self._fault(c)
                    continue
                if roll < 0.18:
                    unknown = f"{c.rng.getrandbits(32):08X}"  # a card nobody knows
            tag = unknown or self.tags.take()
            if tag is None:
                continue  # every card is charging somewhere: this driver comes back later
            try:
                if not self.can_start(c, tag):
                    continue
                c.busy = True
                c.plug_ins += 1
                try:
                    await self.session(c, tag, self.plan(c))
                finally:
                    c.busy = False
            finally:
                if unknown is None:
                    self.tags.give(tag)

    async def _fault(self, c: Connector) -> None:
        c.busy = True
        try:
            c.fault = c.rng.choice(FAULTS)
            await self.set_status(c, "Faulted", c.fault)
            await self.clock.wait(self._halt, c.rng.uniform(120, 900))
            c.fault = None
            await self.set_status(c, self.idle_status(c))
        finally:
            c.busy = False

    async def session(
        self,
        c: Connector,
        tag: str,
        plan: Plan,
        *,
        remote: bool = False,
        remote_start_id: int | None = None,
        profile: dict[str, Any] | None = None,
    ) -> None:
        """A vehicle plugs in, the tag is authorised, the transaction runs until the driver leaves or it is
        stopped. The caller has set ``c.busy``."""
        loop = asyncio.get_running_loop()
        c.wake.clear()
        c.vehicle = plan.vehicle
        await self.set_status(c, "Preparing")
        if remote and not self.config.flag("AuthorizeRemoteTxRequests"):
            status = "Accepted"
        else:
            status = await self.authorize(tag, c.id)
        if status != "Accepted" or self.stopping or self.rebooting:
            if status != "Accepted":
                self.emit(
                    ev.AUTHORIZED, f"tag {tag} refused ({status}): no charge", c.id, tag=tag, status=status
                )
                await self.clock.wait(self._halt, c.rng.uniform(20, 60))
            c.vehicle = None
            c.busy = False
            await self.set_status(c, self.idle_status(c))
            return
        reservation_id = None
        if c.reservation is not None and self._matches(c.reservation, tag):
            reservation_id, c.reservation = c.reservation.id, None
        e = c.electrics
        c.last_run = loop.time()
        tx = Transaction(
            c.id,
            tag,
            e.register_wh,
            self.clock.now(),
            self.clock.sim_now(),
            loop.time(),
            str(uuid.uuid4()),
            remote_start_id,
            reservation_id,
        )  # unique, even across seeded runs
        tx.begin = e.readings(self.config.csl("StopTxnSampledData"), c.vehicle)
        c.tx = tx
        if plan.pause is not None:
            start = tx.start_loop + self.clock.wall(plan.pause[0])
            c.paused = (start, start + self.clock.wall(plan.pause[1]))
        message = self.queue.put(self.proto.start_tx(c, tx))
        if not self.online.is_set():
            self.emit(
                ev.STARTED,
                f"transaction started offline (tag {tag}); StartTransaction queued",
                c.id,
                transaction=tx.uid,
                tag=tag,
            )
        if profile is not None:
            self.smart.set(c.id, profile, self.clock.sim_now(), None, True)
        await self._until(message.done, tx)
        try:
            await self._charge(c, tx, plan)
        finally:
            await self._end(c, tx)

    async def _until(self, done: asyncio.Event, tx: Transaction) -> None:
        """Wait for a queued message's answer while online (the next status follows it on the wire)."""
        if not self.online.is_set() or done.is_set():
            return
        c = self.connectors[tx.connector_id]
        waits = [
            asyncio.ensure_future(done.wait()),
            asyncio.ensure_future(c.wake.wait()),
            asyncio.ensure_future(self._halt.wait()),
        ]
        try:
            await asyncio.wait(
                waits, timeout=self.options.call_timeout_s + 1, return_when=asyncio.FIRST_COMPLETED
            )
        finally:
            for w in waits:
                w.cancel()

    def tx_confirmed(self, c: Connector, tx: Transaction, status: str) -> None:
        """The central system's answer to the start of a transaction (idTagInfo)."""
        tx.auth_status = status
        self.remember(tx.tag, status)
        self.emit(
            ev.STARTED,
            f"transaction {tx.label} started (tag {tx.tag}: {status})",
            c.id,
            transaction=tx.label,
            tag=tx.tag,
            status=status,
        )
        if status != "Accepted" and self.config.flag("StopTransactionOnInvalidId") and c.tx is tx:
            self.stop_transaction(c, "DeAuthorized")

    def stop_transaction(self, c: Connector, reason: str) -> bool:
        if c.tx is None or c.tx.stop_reason is not None:
            return c.tx is not None
        c.tx.stop_reason = reason
        c.wake.set()
        return True

    def limit_w(self, c: Connector) -> float | None:
        sharing = sum(1 for x in self.connectors.values() if x.tx is not None)
        phases = c.electrics.limit_phases(c.vehicle)
        return self.smart.limit_w(
            c.id, self.clock.sim_now(), c.tx.started_sim if c.tx else None, phases, sharing
        )

    def run_electrics(self, c: Connector) -> str:
        """Charge up to now; returns the status the connector should show."""
        now = asyncio.get_running_loop().time()
        seconds = self.clock.sim(max(0.0, now - c.last_run))
        c.last_run = now
        vehicle = c.vehicle
        if c.paused is not None and c.paused[0] <= now < c.paused[1]:
            vehicle = None
        why = c.electrics.run(vehicle, self.limit_w(c), seconds)
        return why or "Charging"

    async def _charge(self, c: Connector, tx: Transaction, plan: Plan) -> None:
        loop = asyncio.get_running_loop()
        wall = self.clock.wall
        depart = tx.start_loop + wall(plan.duration_s) if plan.duration_s is not None else math.inf
        interval: int | None = None
        last_sample = tx.start_loop
        next_sample = math.inf
        await self.set_status(c, self.run_electrics(c))
        while tx.stop_reason is None:
            now_interval = self.config.integer("MeterValueSampleInterval")
            if now_interval != interval:
                interval = now_interval
                next_sample = last_sample + wall(interval) if interval > 0 else math.inf
            now = loop.time()
            edges = [next_sample, depart, now + wall(60)]  # at least every simulated minute: limits follow
            if c.paused is not None:
                edges += [t for t in c.paused if t > now]
            delay = min(edges) - now
            if delay > 0:
                c.wake.clear()
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(c.wake.wait(), delay)
            status = self.run_electrics(c)
            if tx.stop_reason is None:
                await self.set_status(c, status)
            now = loop.time()
            if now >= next_sample - 1e-4 and tx.stop_reason is None:
                self.sample(c, tx)
                last_sample = now
                next_sample = now + wall(interval or 0) if interval else math.inf
            if now >= depart - 1e-4 and tx.stop_reason is None:
                tx.stop_reason = plan.stop_by

    def sample(self, c: Connector, tx: Transaction) -> None:
        e = c.electrics
        readings = e.readings(self.config.csl("MeterValuesSampledData"), c.vehicle)
        self.queue.put(self.proto.meter_tx(c, tx, readings, "Sample.Periodic"))
        energy = e.register_wh - tx.meter_start_wh
        soc = f", SoC {c.vehicle.soc:.0f} %" if self.options.dc and c.vehicle is not None else ""
        what = "charging" if c.status == "Charging" else c.status
        self.emit(
            ev.CHARGING,
            f"{what} {e.power_w / 1000:.1f} kW, {energy / 1000:.1f} kWh{soc}",
            c.id,
            power_w=e.power_w,
            energy_wh=energy,
            soc=c.vehicle.soc if c.vehicle else None,
            transaction=tx.label,
        )

    async def _end(self, c: Connector, tx: Transaction) -> None:
        self.run_electrics(c)
        reason = tx.stop_reason or "Local"
        tx.stop_reason = reason
        e = c.electrics
        tx.meter_stop_wh = e.register_wh
        end = e.readings(self.config.csl("StopTxnSampledData"), c.vehicle)
        self.queue.put(self.proto.stop_tx(c, tx, reason, end))
        self.smart.drop_tx_profiles(c.id)
        c.tx = None
        c.paused = None
        e.power_w = 0.0
        energy = tx.meter_stop_wh - tx.meter_start_wh
        self.stats.sessions += 1
        self.stats.energy_wh += energy
        length = self.clock.sim(asyncio.get_running_loop().time() - tx.start_loop)
        self.emit(
            ev.STOPPED,
            f"transaction {tx.label} stopped ({reason}): {energy / 1000:.2f} kWh in {_fmt_duration(length)}",
            c.id,
            transaction=tx.label,
            reason=reason,
            energy_wh=energy,
        )
        tx.finished.set()
        if reason != "EVDisconnected" and not self._halt.is_set():
            await self.set_status(c, "Finishing")
            await self.clock.wait(self._halt, c.rng.uniform(20, 90))  # the driver unplugs
        c.vehicle = None
        c.busy = False  # unplugged: the connector is free again
        if c.scheduled is not None:
            c.operative, c.scheduled = c.scheduled, None
        if not self.rebooting:
            await self.set_status(c, self.idle_status(c))
        if self._reset_on_idle and all(x.tx is None for x in self.connectors.values()):
            kind, self._reset_on_idle = self._reset_on_idle, None
            self.spawn(self.reboot(kind, "ScheduledReset"), "reset-on-idle")

    # --- operations shared by the versions ---------------------------------------------------------------

    def remote_start(
        self,
        connector_id: int | None,
        tag: str,
        profile: dict[str, Any] | None = None,
        remote_start_id: int | None = None,
    ) -> tuple[str, Callable[[], Awaitable[None]] | None]:
        if self.stopping or self.rebooting:
            return "Rejected", None
        if connector_id is None or connector_id == 0:
            c = next((x for x in self.connectors.values() if self.can_start(x, tag)), None)
        else:
            c = self.connectors.get(connector_id)
        if c is None or not self.can_start(c, tag):
            return "Rejected", None
        if profile is not None and profile.get("chargingProfilePurpose") != "TxProfile":
            return "Rejected", None
        c.busy = True
        connector = c

        async def charge() -> None:
            try:
                await self.session(
                    connector,
                    tag,
                    self.plan(connector),
                    remote=True,
                    remote_start_id=remote_start_id,
                    profile=profile,
                )
            finally:
                connector.busy = False

        return "Accepted", charge

    def present_card(self, tag: str, connector_id: int | None = None) -> str:
        """A driver holds ``tag`` to the reader. On a connector charging with that card it ends the transaction
        (stop reason Local); otherwise a vehicle plugs into ``connector_id`` (or the first free connector) and the
        card is authorised as at a real charger (a refused card charges nothing). Returns what happened:
        "stopping", "starting" or "busy" (no free connector)."""
        for c in self.connectors.values():
            if c.tx is not None and c.tx.tag.upper() == tag.upper() and (connector_id in (None, 0, c.id)):
                self.stop_transaction(c, "Local")
                return "stopping"
        if connector_id in (None, 0):
            c = next((x for x in self.connectors.values() if self.can_start(x, tag)), None)
        else:
            c = self.connectors.get(connector_id)
        if c is None or not self.can_start(c, tag) or self.stopping or self.rebooting:
            return "busy"
        c.busy = True
        connector = c

        async def charge() -> None:
            try:
                await self.session(connector, tag, self.plan(connector))
            finally:
                connector.busy = False

        self.spawn(charge(), f"card-{tag}")
        return "starting"

    def find_tx(self, transaction_id: object) -> Connector | None:
        for c in self.connectors.values():
            if c.tx is not None and (c.tx.transaction_id == transaction_id or c.tx.uid == transaction_id):
                return c
        return None

    def reset(self, kind: str) -> tuple[str, Callable[[], Awaitable[None]] | None]:
        """Soft / Hard (1.6), Immediate / OnIdle (2.0.1)."""
        if kind == "OnIdle" and any(c.tx is not None for c in self.connectors.values()):
            self._reset_on_idle = "Other"
            return "Scheduled", None
        stop_reason = {"Soft": "SoftReset", "Hard": "HardReset", "Immediate": "HardReset"}.get(kind, "Reboot")

        async def go() -> None:
            await self.reboot(stop_reason, "RemoteReset")

        return "Accepted", go

    def change_availability(
        self, connector_id: int, operative: bool
    ) -> tuple[str, Callable[[], Awaitable[None]] | None]:
        if connector_id == 0:
            targets = list(self.connectors.values())
        elif connector_id in self.connectors:
            targets = [self.connectors[connector_id]]
        else:
            return "Rejected", None
        scheduled = False
        for c in targets:
            if c.tx is not None or c.busy:
                c.scheduled = operative
                scheduled = True
            else:
                c.operative, c.scheduled = operative, None
        if connector_id == 0:
            self.charger_operative = operative

        async def apply() -> None:
            if connector_id == 0:
                await self.proto.charger_status()
            for c in targets:
                if c.tx is None and not c.busy:
                    await self.set_status(c, self.idle_status(c))

        return ("Scheduled" if scheduled else "Accepted"), apply

    def unlock(self, connector_id: int) -> str:
        c = self.connectors.get(connector_id)
        if c is None:
            return "NotSupported"
        if c.tx is not None:
            self.stop_transaction(c, "UnlockCommand")
        return "Unlocked"

    def data_transfer(self, vendor_id: str, message_id: str | None, data: Any) -> dict[str, Any]:
        if vendor_id != VENDOR_ID:
            return {"status": "UnknownVendorId"}
        if message_id == "ping":
            return {"status": "Accepted", "data": "pong"}
        if message_id == "echo":
            return {"status": "Accepted", "data": data}
        return {"status": "UnknownMessageId"}

    def reserve(
        self, connector_id: int, expiry: dt.datetime, tag: str, parent: str | None, reservation_id: int
    ) -> tuple[str, Callable[[], Awaitable[None]] | None]:
        if connector_id == 0 and not self.config.flag("ReserveConnectorZeroSupported"):
            return "Rejected", None
        c = self.connectors.get(connector_id)
        if c is None:
            return "Rejected", None
        if c.fault:
            return "Faulted", None
        if not (c.operative and self.charger_operative):
            return "Unavailable", None
        if c.tx is not None or c.busy or (c.reservation is not None and c.reservation.id != reservation_id):
            return "Occupied", None
        for other in self.connectors.values():  # the same id elsewhere is replaced
            if other.reservation is not None and other.reservation.id == reservation_id:
                other.reservation = None
        reservation = Reservation(reservation_id, tag, parent, expiry)
        c.reservation = reservation

        async def reserved() -> None:
            await self.set_status(c, self.idle_status(c))
            wait = (expiry - self.clock.sim_now()).total_seconds()
            await self.clock.wait(self._halt, max(0.0, wait))
            if c.reservation is reservation:
                c.reservation = None
                self.emit(ev.OPERATION, f"reservation {reservation_id} expired", c.id)
                expired = getattr(self.proto, "reservation_expired", None)  # 2.0.1 ReservationStatusUpdate
                if expired is not None:
                    await expired(reservation_id)
                if not c.busy and c.tx is None:
                    await self.set_status(c, self.idle_status(c))

        return "Accepted", reserved

    def cancel_reservation(self, reservation_id: int) -> tuple[str, Callable[[], Awaitable[None]] | None]:
        c = next(
            (
                x
                for x in self.connectors.values()
                if x.reservation is not None and x.reservation.id == reservation_id
            ),
            None,
        )
        if c is None:
            return "Rejected", None
        c.reservation = None
        connector = c

        async def freed() -> None:
            if not connector.busy and connector.tx is None:
                await self.set_status(connector, self.idle_status(connector))

        return "Accepted", freed

    def send_local_list(self, version: int, update_type: str, entries: list[dict[str, Any]]) -> str:
        if not self.config.flag("LocalAuthListEnabled"):
            return "NotSupported"
        if len(entries) > self.config.integer("SendLocalListMaxLength"):
            return "Failed"
        if update_type == "Differential" and version <= self.local_list_version:
            return "VersionMismatch"
        new = {} if update_type == "Full" else dict(self.local_list)
        for entry in entries:
            tag = str(entry["idTag"]).upper()
            info = entry.get("idTagInfo")
            if info:
                new[tag] = dict(info)
            else:
                new.pop(tag, None)
        if len(new) > self.config.integer("LocalAuthListMaxLength"):
            return "Failed"
        self.local_list, self.local_list_version = new, version
        return "Accepted"

    def configuration_changed(self, key: str) -> None:
        if key == "HeartbeatInterval":
            self._hb_wake.set()
        for c in self.connectors.values():
            if c.tx is not None:
                c.wake.set()

    def set_profile(self, connector_id: int, profile: dict[str, Any], *, uid: bool = False) -> str:
        """SetChargingProfile (1.6 shape): stored by the smart-charging model; the power follows a new limit at
        once. ``uid``: a TxProfile names the transaction by our own id (2.0.1) rather than the central's (1.6)."""
        c = self.connectors.get(connector_id)
        tx = c.tx if c is not None else None
        tx_id = (tx.uid if uid else tx.transaction_id) if tx is not None else None
        status = self.smart.set(connector_id, profile, self.clock.sim_now(), tx_id, tx is not None)
        if status == "Accepted":
            self._wake_all()
        return status

    def clear_profiles(
        self, profile_id: int | None, connector_id: int | None, purpose: str | None, stack_level: int | None
    ) -> str:
        status = self.smart.clear(profile_id, connector_id, purpose, stack_level)
        self._wake_all()
        return status

    def _wake_all(self) -> None:
        for c in self.connectors.values():
            c.wake.set()

    def composite_schedule(self, connector_id: int, duration: int, unit: str | None) -> dict[str, Any] | None:
        if connector_id != 0 and connector_id not in self.connectors:
            return None
        if connector_id == 0:
            hardware = sum(c.electrics.max_w for c in self.connectors.values())
            phases, tx_start = 3, None
        else:
            c = self.connectors[connector_id]
            hardware = c.electrics.max_w
            phases = c.electrics.limit_phases(c.vehicle)
            tx_start = c.tx.started_sim if c.tx else None
        return self.smart.composite(
            connector_id, duration, unit, self.clock.sim_now(), tx_start, hardware, phases
        )

    # --- firmware and diagnostics ----------------------------------------------------------------------

    async def _firmware_status(self, status: str) -> None:
        self.firmware_state = status
        self.emit(ev.FIRMWARE, f"firmware: {status}", status=status)
        await self.proto.firmware_status(status)

    def update_firmware(
        self, location: str, retrieve: str | None, retries: int | None, retry_interval: int | None
    ) -> Callable[[], Awaitable[None]]:
        async def start() -> None:
            if self._firmware_task is not None and not self._firmware_task.done():
                self._firmware_task.cancel()  # a new request replaces the running one
            self._firmware_task = asyncio.current_task()
            await self._update_firmware(location, retrieve, retries, retry_interval)

        return start

    async def _update_firmware(
        self, location: str, retrieve: str | None, retries: int | None, retry_interval: int | None
    ) -> None:
        when = parse_time(retrieve)
        if when is not None:
            await self.clock.sleep((when - self.clock.sim_now()).total_seconds())
        attempts = 1 + max(0, retries if retries is not None else 1)
        data = b""
        for attempt in range(1, attempts + 1):
            await self._firmware_status("Downloading")
            try:
                data = await asyncio.to_thread(download, location, self.options.call_timeout_s)
                break
            except TransferError as e:
                self.error(f"firmware download: {e}")
                await self._firmware_status("DownloadFailed")
                if attempt == attempts:
                    return
                await self.clock.sleep(retry_interval if retry_interval is not None else 60)
        await self._firmware_status("Downloaded")
        while any(c.tx is not None for c in self.connectors.values()):  # installed when no one is charging
            await self.clock.sleep(30)
        await self._firmware_status("Installing")
        await self.clock.sleep(30)
        self.firmware_version = firmware_version(location, data, self.firmware_version)
        await self._firmware_status("Installed")
        self.emit(
            ev.FIRMWARE,
            f"firmware {self.firmware_version} installed ({len(data)} bytes)",
            version=self.firmware_version,
        )
        await self.reboot("Reboot", "FirmwareUpdate")

    async def _diagnostics_status(self, status: str) -> None:
        self.diagnostics_state = status
        self.emit(ev.DIAGNOSTICS, f"diagnostics: {status}", status=status)
        await self.proto.diagnostics_status(status)

    def diagnostics_file(self) -> tuple[str, Callable[[], bytes]]:
        name = f"{self.cp_id}-diagnostics-{self.clock.now():%Y%m%dT%H%M%SZ}.log"

        def content() -> bytes:
            lines = [
                f"# {self.options.vendor} {self.model} {self.serial}, firmware {self.firmware_version}, "
                f"OCPP {self.proto.version}",
                f"# charge point {self.cp_id} at {self.url}",
                f"# generated {self.clock.now().isoformat(timespec='seconds')}",
                "",
                "[configuration]",
            ]
            lines += [f"{k} = {v}" for k, v in sorted(self.config.values.items())]
            lines += ["", "[connectors]"]
            for c in self.connectors.values():
                lines.append(
                    f"{c.id}: {c.status} {c.error_code} register {c.electrics.register_wh:.0f} Wh"
                    + (f", transaction {c.tx.label}" if c.tx else "")
                )
            lines += ["", "[events]", *self.recent, ""]
            return "\n".join(lines).encode()

        return name, content

    def get_diagnostics(
        self, location: str, retries: int | None, retry_interval: int | None
    ) -> tuple[str, Callable[[], Awaitable[None]]]:
        name, content = self.diagnostics_file()

        async def start() -> None:
            await self._upload(location, name, content, retries, retry_interval)

        return name, start

    async def _upload(
        self,
        location: str,
        name: str,
        content: Callable[[], bytes],
        retries: int | None,
        retry_interval: int | None,
    ) -> None:
        attempts = 1 + max(0, retries if retries is not None else 1)
        for attempt in range(1, attempts + 1):
            await self._diagnostics_status("Uploading")
            try:
                how = await asyncio.to_thread(upload, location, name, content(), self.options.call_timeout_s)
            except TransferError as e:
                self.error(f"diagnostics upload: {e}")
                if attempt == attempts:
                    await self._diagnostics_status("UploadFailed")
                    return
                await self.clock.sleep(retry_interval if retry_interval is not None else 60)
                continue
            self.emit(ev.DIAGNOSTICS, f"diagnostics {name} uploaded ({how})", file=name)
            await self._diagnostics_status("Uploaded")
            return
