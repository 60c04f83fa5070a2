"""The OCPP central system as a use case: the :class:`~app.ocpp.backend.Backend` over the database, the access
rules and pricing, and :class:`CentralSystem`, the object the console (qasync loop) and ``chargedesk serve``
(plain asyncio) start and stop.

    cs = CentralSystem(database, settings.central)
    await cs.start()                      # listening; nothing assumes asyncio.run
    cs.bus.subscribe(on_event)            # app.ocpp.events dataclasses, emitted after the state is durable
    await cs.operations.reset("HALL-B-1", "Soft")
    await cs.accept_charger("NEW-CP-7", site_id=1)
    await cs.stop()                       # closes sockets, flushes the writer queue

Every state change goes through the store writer (one thread, group commit) and is committed before the charger
gets its answer; telemetry (message log, presence, the charger's own status and its firmware / diagnostics jobs) is
buffered, and meter values between start and stop go in the writer's next batch without being awaited. Decisions
and prices read the station rules and tags through a :class:`~app.services.rules.access.RulesCache` the writer's
sessions carry, checked against the configuration stamp once per batch.
"""

from __future__ import annotations

import asyncio
import dataclasses
import datetime as dt
import gc
import hashlib
import hmac
import inspect
import logging
import signal
import threading
import time
from collections import deque
from collections.abc import Awaitable, Callable, Coroutine, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from typing import Any, TypeVar

from app.config import CentralSystemSettings, Settings
from app.db import Database
from app.ocpp.backend import (
    BootInfo,
    BootResult,
    ChargingLimitReport,
    ConnectionInfo,
    CsrAnswer,
    DataTransferResult,
    Deviation,
    HandshakeDecision,
    HandshakeRequest,
    IdTagInfo,
    MeterReport,
    ReservationChange,
    StartResult,
    StartTx,
    StatusReport,
    StopResult,
    StopTx,
)
from app.ocpp.chargepoint import ConnectionOptions
from app.ocpp.events import (
    AuthorizationDecided,
    BootReceived,
    CardRefused,
    ChargerEventReceived,
    ConnectorFaulted,
    DiagnosticsStatus,
    EventBus,
    FirmwareStatus,
    FrameLogged,
    SecurityEventReceived,
    SessionStarted,
    SessionStopped,
    SessionUpdated,
    StatusChanged,
    UnknownChargerSeen,
)
from app.ocpp.library import tune_ocpp_package
from app.ocpp.server import OcppServer, ServerOptions
from app.services.admin.passwords import hash_password, needs_rehash, verify_nothing, verify_password
from app.services.alarms.engine import AlarmEngine
from app.services.alarms.mail import AlarmMailer
from app.services.background import spawn
from app.services.central import store as db_ops
from app.services.central.addresses import serve_lines
from app.services.central.certificate_watch import CertificateWatch
from app.services.central.certificates import ChargerCertificates
from app.services.central.charger_events import ACTION as CHARGER_EVENT
from app.services.central.charger_events import changes_of as charger_event_changes
from app.services.central.message_log import MessageRow, purge_messages, recent_messages
from app.services.central.reservations import ReservationChanged, Reservations
from app.services.central.store import ActiveTx, StationRef
from app.services.central.writer import StoreUnavailable, StoreWriter
from app.services.chargers.local_sync import LocalListSync
from app.services.chargers.operations import Operations
from app.services.i18n import translate
from app.services.load import external as external_limits
from app.services.load.events import SupplyMeasured
from app.services.load.manager import LoadClock, LoadManager
from app.services.load.meter import inlet_current
from app.services.rules.access import CACHE_KEY as RULES_CACHE_KEY
from app.services.rules.access import RulesCache

log = logging.getLogger(__name__)

T = TypeVar("T")

POLICIES = ("reject", "pending", "accept")
UNAUTHORIZED = "Unauthorized"  # the one body of every 401 (nothing says which part was wrong)
MAX_CONNECTORS = 64  # connectors kept in memory for a charger without a station
LOG_ROW_OVERHEAD = 120  # what a message-log row costs besides its payload (bytes, roughly)
# the store writer's flush interval for the message log, presence and buffered updates
TELEMETRY_FLUSH_S = 0.1

CURRENT = "Current.Import"
OUTLET = frozenset({None, "Outlet"})  # where a connector's own current is measured (Inlet: the supply)
_LINES = {"L1": 0, "L2": 1, "L3": 2, "L1-N": 0, "L2-N": 1, "L3-N": 2}

DataTransferHandler = Callable[
    [str, str | None, str | None], DataTransferResult | Awaitable[DataTransferResult]
]


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


@dataclass(frozen=True)
class CentralOptions:
    unknown_charger_policy: str = "pending"  # reject | pending | accept
    heartbeat_interval_s: int = 300  # BootNotification Accepted (the WebSocket pings do the liveness work)
    pending_retry_s: int = 60  # BootNotification Pending: when to ask again
    rejected_retry_s: int = 900
    message_log_days: int = 30
    presence_every_s: float = 5.0  # last_seen is written at most this often per charger
    purge_every_s: float = 3600.0
    # made-up ids cannot fill the database: new pending ids (a Charger row each) in all and per remote address
    # a 1.6 charger may report its connector Available before its StopTransaction reaches us (a transaction message
    # waits in its queue, a status does not): an accepted session still open that long after the Available is
    # closed as abandoned (a refused start at once; 2.0.1 EVSEs report Available before their Ended: never)
    free_grace_s: float = 120.0
    max_pending_chargers: int = 200
    max_pending_per_address: int = 10
    max_offline_unknown: int = 1000  # in-memory state kept for chargers without a station once they leave
    # the message log per charger: a frame's payload is cut beyond frame_bytes; beyond a byte budget (a bucket
    # refilled at rate_bytes_s, at most burst_bytes) frames are not logged and a marker row says how many
    log_frame_bytes: int = 32 * 1024
    log_rate_bytes_s: float = 32 * 1024
    log_burst_bytes: int = 2 * 1024 * 1024
    pending_log_frame_bytes: int = 2 * 1024  # the same for chargers nobody accepted
    pending_log_rate_bytes_s: float = 1024
    pending_log_burst_bytes: int = 64 * 1024
    security_events_per_minute: int = 30  # stored per charger (a burst of 30, then one every 2 s)
    charger_events_per_minute: int = 60  # 2.0.1 NotifyEvent eventData stored per charger (burst 60, then 1/s)
    max_checks_per_address: int = 1  # password checks running or queued for one remote address (of 2 threads)
    # writes for chargers nobody accepted (admission, connection, boot) go to the store writer in slots: at most
    # pending_writes_per_slot together, one slot per interval. A flood of made-up ids then keeps the writer busy
    # a fraction of the time (a commit of a few rows every interval), so the accepted chargers' durable writes
    # do not wait behind theirs
    pending_write_interval_s: float = 0.1
    pending_writes_per_slot: int = 10

    def __post_init__(self) -> None:
        if self.unknown_charger_policy not in POLICIES:
            raise ValueError(f"unknown charger policy {self.unknown_charger_policy!r}: use one of {POLICIES}")


class LoginThrottle:
    """Failed logins back off per remote address and per charge point id.

    The first ``free`` failures of a key cost nothing more; each further one blocks the key for ``base_s``
    doubled per failure, at most ``max_s``; a blocked key is refused without a password check (and without
    counting). A good login clears both keys. The id's block does not apply to the address the id last logged
    in from, so somebody guessing a charger's password cannot lock the real charger out. Bounded: at most
    ``keep`` keys of each kind (the oldest forgotten first)."""

    def __init__(self, free: int = 5, base_s: float = 1.0, max_s: float = 60.0, keep: int = 10_000) -> None:
        self.free, self.base_s, self.max_s, self.keep = free, base_s, max_s, keep
        self._by_ip: dict[str, tuple[int, float]] = {}  # key -> (failures, blocked until (monotonic))
        self._by_id: dict[str, tuple[int, float]] = {}
        self._last_good: dict[str, str] = {}  # cp id -> the address of its last good login

    def blocked(self, ip: str) -> bool:
        return self._until(self._by_ip, ip) > time.monotonic()

    def blocked_id(self, cp_id: str, ip: str) -> bool:
        return self._last_good.get(cp_id) != ip and self._until(self._by_id, cp_id) > time.monotonic()

    def failed(self, cp_id: str, ip: str) -> None:
        self._count(self._by_ip, ip)
        self._count(self._by_id, cp_id)

    def succeeded(self, cp_id: str, ip: str) -> None:
        self._by_ip.pop(ip, None)
        self._by_id.pop(cp_id, None)
        self._last_good.pop(cp_id, None)
        self._last_good[cp_id] = ip
        self._trim(self._last_good)

    @staticmethod
    def _until(table: dict[str, tuple[int, float]], key: str) -> float:
        entry = table.get(key)
        return entry[1] if entry is not None else 0.0

    def _count(self, table: dict[str, tuple[int, float]], key: str) -> None:
        failures = table.pop(key, (0, 0.0))[0] + 1
        until = 0.0
        if failures > self.free:
            until = time.monotonic() + min(self.max_s, self.base_s * 2 ** (failures - self.free - 1))
        table[key] = (failures, until)
        self._trim(table)

    def _trim(self, table: dict[str, Any]) -> None:
        while len(table) > self.keep:
            del table[next(iter(table))]


@dataclass
class ChargerState:
    """What the central system knows about one charge point right now (read it, do not change it)."""

    cp_id: str
    ref: StationRef = field(default_factory=lambda: StationRef(None))
    connected: bool = False
    ip: str = ""
    ocpp_version: str = ""
    secure: bool = False
    last_seen: dt.datetime | None = None
    boot: BootInfo | None = None
    registration: str = ""  # what its last BootNotification was answered
    statuses: dict[int, StatusReport] = field(default_factory=dict)  # connector 0 = the charger
    active: dict[int, ActiveTx] = field(default_factory=dict)  # transaction id -> live figures
    firmware_status: str = ""
    diagnostics_status: str = ""
    _persisted: float = 0.0  # monotonic time of the last presence write
    _unknown_tx: set[int] = field(default_factory=set)
    _log_budget: float = -1.0  # message-log bytes it may still write (-1: not started)
    _log_stamp: float = 0.0
    _log_dropped: int = 0  # frames not logged since the last marker
    _log_dropped_bytes: int = 0
    _sec_budget: float = 30.0  # security events it may still store now
    _sec_stamp: float = 0.0
    _sec_dropped: int = 0
    _evt_budget: float = 60.0  # NotifyEvent events it may still store now
    _evt_stamp: float = 0.0
    _evt_dropped: int = 0


class CentralBackend:
    """:class:`app.ocpp.backend.Backend` over the store writer, the access rules and pricing."""

    def __init__(self, store: StoreWriter, bus: EventBus, options: CentralOptions | None = None) -> None:
        self.store = store
        self.bus = bus
        self.options = options or CentralOptions()
        self.states: dict[str, ChargerState] = {}
        self.data_transfer_handlers: dict[str, DataTransferHandler] = {}
        # charger certificates (1.6 SignCertificate): set by CentralSystem; without it requests are Rejected
        self.certificates: ChargerCertificates | None = None
        # reservations stored (ReserveNow accepted, ReservationStatusUpdate, ...): set by CentralSystem
        self.reservations: Reservations | None = None
        self._verified: dict[
            tuple[str, str], bytes
        ] = {}  # (cp id, stored hash) -> sha256 of the good password
        self._hasher = ThreadPoolExecutor(max_workers=2, thread_name_prefix="chargedesk-password")
        self._reader = ThreadPoolExecutor(max_workers=1, thread_name_prefix="chargedesk-handshake-read")
        self._ref_reads: dict[str, asyncio.Future[StationRef]] = {}  # station reads in flight, by cp id
        self._checking: dict[str, int] = {}  # remote address -> password checks running or queued
        self.throttle = LoginThrottle()
        self._tasks: set[asyncio.Task[Any]] = set()
        self._free_checks: set[tuple[str, int]] = set()  # connectors waiting out free_grace_s
        # sessions with readings in the telemetry buffer (see _write_samples)
        self._buffered_samples: set[int] = set()
        # the store writer's queued item that MeterValues readings join (see _write_samples)
        self._readings: _Readings | None = None
        self._deadlines: deque[tuple[float, asyncio.Future[Any]]] = deque()  # writes in flight (see _durable)
        self._sweeper: asyncio.Task[None] | None = None
        # RFID learn mode: cp id -> callback(id_tag, connector_id); that charger's Authorize is refused meanwhile
        self.learning: dict[str, Callable[[str, int | None], None]] = {}
        # remote address -> new pending ids it presented (oldest addresses forgotten first)
        self._pending_by_ip: dict[str, set[str]] = {}
        self._offline_unknown: dict[str, None] = {}  # ids without a station that left, oldest first
        self._pending_full_logged = 0.0
        self._pending_full_until = 0.0  # monotonic: until then new unknown ids are refused without counting
        self._pending_slot_at = -1e9  # loop time of the latest slot for pending writes (used or scheduled)
        self._pending_slot_used = 0  # writes given that slot
        self._let_in_unknown: dict[
            str, None
        ] = {}  # ids without a station let in, until their connection is stored

    def _durable(self, fn: Callable[[Any], T], *, flush_first: bool = False) -> asyncio.Future[T]:
        """:meth:`StoreWriter.run` for the message handlers: the writer's future, awaited by the caller, expired
        (StoreUnavailable) by one sweep a second when the writer has not answered within its ``work_timeout_s``,
        instead of a timer set and cancelled per write (the profile's 4% of the event loop in StoreWriter.run)."""
        future: asyncio.Future[T] = self.store.submit(fn, flush_first=flush_first)
        if not future.done():
            self._deadlines.append((asyncio.get_running_loop().time() + self.store.work_timeout_s, future))
            if self._sweeper is None:
                self._sweeper = self._spawn(
                    self._sweep_deadlines(), "store-deadlines", "expiring store writes"
                )
        return future

    async def _sweep_deadlines(self) -> None:
        loop, deadlines = asyncio.get_running_loop(), self._deadlines
        try:
            while deadlines:
                await asyncio.sleep(max(0.01, min(1.0, self.store.work_timeout_s / 4)))
                now = loop.time()
                while deadlines and (deadlines[0][1].done() or deadlines[0][0] <= now):
                    _, future = deadlines.popleft()
                    if not future.done():
                        future.set_exception(StoreUnavailable("the database did not answer in time"))
        finally:
            self._sweeper = None

    def state(self, cp_id: str) -> ChargerState:
        st = self.states.get(cp_id)
        if st is None:
            st = self.states[cp_id] = ChargerState(cp_id)
        return st

    # --- connections ---------------------------------------------------------------------------------

    async def authenticate(self, request: HandshakeRequest) -> HandshakeDecision:
        """Who may connect. Every refusal of the credentials is the same 401 (unknown id under the reject policy,
        no or malformed header, another username, wrong password, no password set) and takes the time of one
        password check; failures back off per address and per id (:class:`LoginThrottle`)."""
        cp_id, ip = request.cp_id, request.ip
        if self.throttle.blocked(ip):
            return self._refused(request, "its address is backing off after failed logins", count=False)
        ref = await self._station_ref(cp_id)
        if ref.station_id is None:
            return await self._authenticate_unknown(request, ref)
        if ref.security_profile >= 2 and not request.secure:
            return HandshakeDecision(
                False, 403, f"{cp_id} uses security profile {ref.security_profile}: connect with wss://"
            )
        if (
            request.client_cert_cn is not None
        ):  # the TLS layer verified it against our CA: is it this charger's?
            return self._authenticate_certificate(request, ref)
        if ref.security_profile >= 3:
            return self._refused(request, "security profile 3 needs a client certificate")
        if ref.password_hash:
            return await self._authenticate_password(request, ref, ref.password_hash)
        if not ref.allow_unsecured:
            await self._check(request, None)
            return self._refused(
                request, "it has no password yet and unsecured connections are not allowed for it"
            )
        return HandshakeDecision(True, known=True, lenient=ref.lenient)

    async def _authenticate_unknown(self, request: HandshakeRequest, ref: StationRef) -> HandshakeDecision:
        """A charge point id no station has: the unknown-charger policy decides (a pending id is bounded)."""
        if request.client_cert_cn is not None and request.client_cert_cn != request.cp_id:
            return self._refused(request, f"its client certificate is {request.client_cert_cn!r}'s")
        decision = self._unknown_charger(request, ref)
        if not decision.allow:
            await self._check(request, None)
            return self._refused(request, "unknown charge point (reject policy)")
        if ref.registration is None:  # an id never seen: it will get a Charger row
            decision = await self._admit_new_pending(request)
        if decision.allow:  # its connection is stored in the pending lane (see connected)
            self._let_in_unknown.pop(request.cp_id, None)
            self._let_in_unknown[request.cp_id] = None
            while len(self._let_in_unknown) > 4096:  # handshakes that never got as far as the connection
                del self._let_in_unknown[next(iter(self._let_in_unknown))]
        return decision

    def _authenticate_certificate(self, request: HandshakeRequest, ref: StationRef) -> HandshakeDecision:
        """Security profile 3: the client certificate's CN must be the charge point id."""
        if request.client_cert_cn != request.cp_id:
            return self._refused(request, f"its client certificate is {request.client_cert_cn!r}'s")
        self.throttle.succeeded(request.cp_id, request.ip)
        return HandshakeDecision(
            True, known=True, lenient=ref.lenient, authenticated=True, security_profile=3
        )

    async def _authenticate_password(
        self, request: HandshakeRequest, ref: StationRef, password_hash: str
    ) -> HandshakeDecision:
        """Security profiles 1 and 2: HTTP Basic with the station's password (backing off per id)."""
        cp_id, ip = request.cp_id, request.ip
        if self.throttle.blocked_id(cp_id, ip):
            return self._refused(request, "the id is backing off after failed logins", count=False)
        if request.password is None or request.username != cp_id:
            await self._check(request, None)
            return self._refused(request, "no Basic credentials, or another username than the id")
        ok = await self._check(request, password_hash)
        if ok is None:
            return self._refused(request, "too many password checks from its address at once", count=False)
        if not ok:
            return self._refused(request, "wrong password")
        self.throttle.succeeded(cp_id, ip)
        if needs_rehash(password_hash):
            self._spawn_rehash(cp_id, request.password, password_hash)
        profile = 2 if request.secure else 1
        return HandshakeDecision(
            True, known=True, lenient=ref.lenient, authenticated=True, security_profile=profile
        )

    async def _station_ref(self, cp_id: str) -> StationRef:
        """The station behind ``cp_id``, read once for all the handshakes of that id arriving meanwhile (a flood
        of handshakes for one id is one database read, not one each ahead of everybody else's)."""
        pending = self._ref_reads.get(cp_id)
        if pending is None:
            pending = asyncio.ensure_future(self._read_station_ref(cp_id))
            self._ref_reads[cp_id] = pending
            pending.add_done_callback(lambda _: self._ref_reads.pop(cp_id, None))
        return await asyncio.shield(pending)

    async def _read_station_ref(self, cp_id: str) -> StationRef:
        """A read of its own (SQLite WAL and PostgreSQL read beside the writer) on the handshake reader thread,
        so a flood of handshakes does not queue ahead of the writes chargers wait for; the writer when the
        database is down (it says so: BackendUnavailable)."""
        if not self.store.healthy:
            return await self.store.run(lambda s: db_ops.load_station_ref(s, cp_id))

        def read() -> StationRef:
            with self.store.database.session() as s:
                return db_ops.load_station_ref(s, cp_id)

        try:
            return await asyncio.get_running_loop().run_in_executor(self._reader, read)
        except Exception:  # the database went away meanwhile: the writer finds out and answers for it
            return await self.store.run(lambda s: db_ops.load_station_ref(s, cp_id))

    def _refused(self, request: HandshakeRequest, why: str, *, count: bool = True) -> HandshakeDecision:
        if count:
            self.throttle.failed(request.cp_id, request.ip)
        return HandshakeDecision(False, 401, UNAUTHORIZED, known=False, detail=why)

    async def _check(self, request: HandshakeRequest, stored: str | None) -> bool | None:
        """Does the request's password match ``stored``? With ``stored`` None: the same work, always False. On
        the password executor (2 threads, its own: the file server and commissioning use the default one), at
        most ``max_checks_per_address`` at once per address (None beyond: refused without hashing)."""
        password = request.password or ""
        digest = hashlib.sha256(password.encode("utf-8", "surrogatepass")).digest()
        if stored is not None:
            cached = self._verified.get((request.cp_id, stored))
            if cached is not None and hmac.compare_digest(cached, digest):
                return True
        ip = request.ip
        running = self._checking.get(ip, 0)
        if running >= self.options.max_checks_per_address:
            return None
        self._checking[ip] = running + 1
        try:
            loop = asyncio.get_running_loop()
            if stored is None:
                await loop.run_in_executor(self._hasher, verify_nothing, password)
                return False
            ok = bool(await loop.run_in_executor(self._hasher, verify_password, password, stored))
        finally:
            if self._checking[ip] <= 1:
                del self._checking[ip]
            else:
                self._checking[ip] -= 1
        if ok:  # a reconnect storm costs one hash per charger
            self._verified[(request.cp_id, stored)] = digest
            while len(self._verified) > 10_000:
                del self._verified[next(iter(self._verified))]
        return ok

    def _spawn_rehash(self, cp_id: str, password: str, stored: str) -> None:
        """Store the good password hashed with today's parameters (unless the station's changed meanwhile)."""

        async def rehash() -> None:
            fresh = await asyncio.get_running_loop().run_in_executor(self._hasher, hash_password, password)

            def work(s: Any) -> int:
                from sqlalchemy import update

                from app.models import Station

                result = s.execute(
                    update(Station)
                    .where(Station.charge_point_id == cp_id, Station.password_hash == stored)
                    .values(password_hash=fresh)
                )
                return int(result.rowcount or 0)

            if await self.store.run(work):
                log.info("%s: password re-hashed with the current parameters", cp_id)

        self._spawn(rehash(), f"{cp_id}-rehash", "re-hashing a password")

    def _spawn(self, coro: Coroutine[Any, Any, None], name: str, what: str) -> asyncio.Task[None]:
        """Background work of the backend: referenced until done, cancelled by :meth:`close`, a failure logged."""
        task = asyncio.get_running_loop().create_task(coro, name=name)
        self._tasks.add(task)

        def done(t: asyncio.Task[None]) -> None:
            self._tasks.discard(t)
            if not t.cancelled() and t.exception() is not None:
                log.warning("%s failed: %s", what, t.exception())

        task.add_done_callback(done)
        return task

    async def close(self) -> None:
        """Finish background work (re-hashes) and stop the password executor."""
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        self._hasher.shutdown(wait=False, cancel_futures=True)
        self._reader.shutdown(wait=False, cancel_futures=True)

    def _unknown_charger(self, request: HandshakeRequest, ref: StationRef) -> HandshakeDecision:
        policy = self.options.unknown_charger_policy
        self.bus.emit(UnknownChargerSeen(request.cp_id, request.ip, policy))
        if ref.registration == "Rejected":  # an operator rejected it: it may connect and hear "Rejected"
            return HandshakeDecision(True, known=False)
        if policy == "reject":
            return HandshakeDecision(False, 401, UNAUTHORIZED, known=False)
        return HandshakeDecision(True, known=False)

    async def _admit_new_pending(self, request: HandshakeRequest) -> HandshakeDecision:
        """Let a never-seen id in as pending unless its address or everybody presented too many of them; its
        Charger row is written now, in the same unit of work as the count (the writer runs one at a time). A
        refusal counts as a failed login for the address (which then backs off before any database work)."""
        cp_id, ip, opts = request.cp_id, request.ip, self.options
        seen = self._pending_by_ip.pop(ip, set())
        self._pending_by_ip[ip] = seen  # most recent last
        while len(self._pending_by_ip) > 4096:
            del self._pending_by_ip[next(iter(self._pending_by_ip))]
        if cp_id not in seen and len(seen) >= opts.max_pending_per_address:
            self._log_pending_full(f"{ip} already presented {len(seen)} unknown ids")
            return self._refused(request, "its address presented too many unknown ids")
        if time.monotonic() < self._pending_full_until:  # (counted a moment ago: no need to count again)
            return self._refused(request, "too many chargers are pending")
        seen.add(cp_id)
        now, limit = utcnow(), opts.max_pending_chargers

        def work(s: Any) -> bool:
            from sqlalchemy import func, select

            from app.models import Charger

            if s.scalar(select(Charger.id).where(Charger.charge_point_id == cp_id)) is not None:
                return True
            pending = select(func.count()).select_from(Charger).where(Charger.registration == "Pending")
            if (s.scalar(pending) or 0) >= limit:
                return False
            s.add(Charger(charge_point_id=cp_id, registration="Pending", first_seen=now, ip_address=ip[:64]))
            return True

        await self._pending_slot()
        if time.monotonic() < self._pending_full_until:  # found full while this one waited for its slot
            seen.discard(cp_id)
            return self._refused(request, "too many chargers are pending")
        if not await self.store.run(work):
            seen.discard(cp_id)
            self._pending_full_until = time.monotonic() + 5.0
            self._log_pending_full(f"{limit} chargers are already pending")
            return self._refused(request, "too many chargers are pending")
        return HandshakeDecision(True, known=False)

    async def _pending_slot(self) -> None:
        """Wait for a slot for a write of a charger nobody accepted: one slot every ``pending_write_interval_s``,
        at most ``pending_writes_per_slot`` writes each, released together so that they share one commit.
        Measured in the pending flood: one such write at a time kept the writer busy with a commit each (5-30 ms
        on a busy disk), all of them at once filled batches of 50 (40-140 ms); the accepted chargers' durable
        writes waited behind either."""
        loop = asyncio.get_running_loop()
        now, opts = loop.time(), self.options
        if now >= self._pending_slot_at + opts.pending_write_interval_s:  # no slot in the last interval: now
            self._pending_slot_at, self._pending_slot_used = now, 1
            return
        if now > self._pending_slot_at or self._pending_slot_used >= opts.pending_writes_per_slot:
            self._pending_slot_at += opts.pending_write_interval_s  # the latest is past or full: the next one
            self._pending_slot_used = 0
        self._pending_slot_used += 1
        await asyncio.sleep(self._pending_slot_at - now)

    def _log_pending_full(self, why: str) -> None:
        mono = time.monotonic()
        if mono - self._pending_full_logged >= 60.0:
            self._pending_full_logged = mono
            log.warning("unknown charge point ids refused: %s (accept or delete pending chargers)", why)

    async def connected(self, info: ConnectionInfo) -> None:
        now = utcnow()
        policy = self.options.unknown_charger_policy

        def work(s: Any) -> tuple[StationRef, list[ActiveTx]]:
            return db_ops.record_connection(
                s, info.cp_id, info.ip, info.ocpp_version, now, policy
            ), db_ops.load_active(s, info.cp_id)

        if self._let_in_unknown.pop(info.cp_id, 0) is None:  # nobody accepted it: in the next pending slot
            await self._pending_slot()
        ref, active = await self.store.run(work)
        st = self.state(info.cp_id)
        st.ref, st.connected, st.ip, st.ocpp_version, st.secure = (
            ref,
            True,
            info.ip,
            info.ocpp_version,
            info.secure,
        )
        st.last_seen, st._persisted = now, time.monotonic()
        st.active = {a.transaction_id: a for a in active}
        st._unknown_tx.clear()

    def disconnected(self, cp_id: str) -> None:
        st = self.state(cp_id)
        st.connected = False
        st.last_seen = utcnow()
        self.store.touch(cp_id, st.last_seen, online=False)
        if st.ref.station_id is None:  # keep a bounded number of station-less chargers' state in memory
            self._offline_unknown.pop(cp_id, None)
            self._offline_unknown[cp_id] = None
            while len(self._offline_unknown) > self.options.max_offline_unknown:
                old = next(iter(self._offline_unknown))
                del self._offline_unknown[old]
                gone = self.states.get(old)
                if gone is not None and not gone.connected and gone.ref.station_id is None:
                    del self.states[old]

    def accepted(self, cp_id: str) -> bool:
        st = self.states.get(cp_id)
        return st is not None and st.ref.station_id is not None

    def seen(self, cp_id: str) -> None:
        st = self.states.get(cp_id)
        if st is None:
            return
        mono = time.monotonic()
        if mono - st._persisted >= self.options.presence_every_s:
            st._persisted = mono
            st.last_seen = utcnow()
            self.store.touch(cp_id, st.last_seen, online=True)

    # --- messages ----------------------------------------------------------------------------------------

    async def boot(self, cp_id: str, boot: BootInfo) -> BootResult:
        now = utcnow()
        policy = self.options.unknown_charger_policy
        if not self.accepted(cp_id):  # a charger nobody accepted (yet): its boot in the next pending slot
            await self._pending_slot()
        outcome = await self.store.run(lambda s: db_ops.record_boot(s, cp_id, boot, now, policy))
        st = self.state(cp_id)
        st.ref, st.boot, st.registration = outcome.ref, boot, outcome.status
        self.bus.emit(
            BootReceived(
                cp_id, boot.vendor, boot.model, boot.serial_number, boot.firmware_version, outcome.status
            )
        )
        if outcome.status == "Pending":
            self.bus.emit(UnknownChargerSeen(cp_id, st.ip, policy, boot.vendor, boot.model))
        interval = {
            "Accepted": self.options.heartbeat_interval_s,
            "Pending": self.options.pending_retry_s,
        }.get(outcome.status, self.options.rejected_retry_s)
        return BootResult(outcome.status, interval, now)

    async def heartbeat(self, cp_id: str) -> dt.datetime:
        return utcnow()

    async def status(self, cp_id: str, report: StatusReport) -> None:
        st = self.state(cp_id)
        now = utcnow()
        station_id = st.ref.station_id
        if (
            report.connector_id == 0
        ):  # the charger itself: on its Charger row, buffered (nothing waits for it)
            self.store.add_update(db_ops.CHARGER_STATUS, db_ops.charger_status_params(cp_id, report, now))
        elif station_id is not None:
            # a session still open on a connector now free is closed at its last reading (the buffer written first)
            free = report.status == "Available" and self._open_on(st, report.connector_id)

            def work(s: Any) -> tuple[bool, list[db_ops.StopOutcome]]:
                if not db_ops.record_status(s, station_id, report, now):
                    return False, []
                return True, db_ops.close_when_free(s, cp_id, report, now, refused_only=True) if free else []

            stored, closed = await self._durable(work, flush_first=free)
            if not stored:
                log.info(
                    "%s: StatusNotification of connector %s older than the stored one ignored",
                    cp_id,
                    report.connector_id,
                )
                return
            self._closed(cp_id, closed)
            if free and report.evse_id is None and self._open_on(st, report.connector_id):
                self._close_when_still_free(cp_id, report, now)
        # connectors of chargers without a station are kept in memory only (they have no Connector rows): a few
        if (
            station_id is None
            and report.connector_id not in st.statuses
            and len(st.statuses) >= MAX_CONNECTORS
        ):
            return
        before = st.statuses.get(report.connector_id)
        st.statuses[report.connector_id] = report
        faulted = report.status == "Faulted"
        if (faulted or before is None or before.status == "Faulted") and self.bus.wants(ConnectorFaulted):
            self.bus.emit(
                ConnectorFaulted(
                    cp_id, report.connector_id, faulted, report.error_code, report.vendor_error_code
                )
            )
        if self.bus.wants(StatusChanged):  # (headless, nobody listens: skip building events on the hot path)
            self.bus.emit(
                StatusChanged(
                    cp_id,
                    report.connector_id,
                    report.status,
                    report.error_code,
                    report.info,
                    report.vendor_error_code,
                    report.timestamp or now,
                )
            )

    async def authorize(self, cp_id: str, id_tag: str, connector_id: int | None = None) -> IdTagInfo:
        learn = self.learning.get(cp_id)
        if learn is not None:  # learn mode: the card is read, not accepted (no charge starts)
            reason = "Refused: learn mode (the card is being registered in ChargeDesk)"
            try:
                learn(id_tag, connector_id)
            except Exception:
                log.exception("%s: learn mode callback failed", cp_id)
            self.bus.emit(
                AuthorizationDecided(cp_id, connector_id, id_tag, "Invalid", reason, "", "Authorize")
            )
            return IdTagInfo("Invalid", reason=reason)
        station_id = self.state(cp_id).ref.station_id
        now = utcnow()
        outcome = await self._durable(lambda s: db_ops.authorize(s, station_id, id_tag, connector_id, now))
        if outcome.info.status != "Accepted" and self.bus.wants(CardRefused):
            self.bus.emit(CardRefused(cp_id, connector_id, id_tag, outcome.info.status))
        if self.bus.wants(AuthorizationDecided):
            self.bus.emit(
                AuthorizationDecided(
                    cp_id,
                    connector_id,
                    id_tag,
                    outcome.info.status,
                    outcome.info.reason,
                    outcome.user_name,
                    "Authorize",
                )
            )
        return outcome.info

    async def start_transaction(self, cp_id: str, tx: StartTx) -> StartResult:
        st = self.state(cp_id)
        ref, now = st.ref, utcnow()
        # an older session still open on the connector is closed at its last reading: write the buffer first
        open_here = self._open_on(st, tx.connector_id)
        out = await self._durable(
            lambda s: db_ops.start_transaction(s, cp_id, ref, tx, now, close_open=open_here),
            flush_first=open_here,
        )
        info = out.auth.info
        self._closed(cp_id, list(out.closed))
        st.active[out.transaction_id] = ActiveTx(out.transaction_id, out.connector_id, out.meter_start_wh)
        if not out.repeated:
            if tx.reservation_id is not None:  # (stored Used with the session)
                self.bus.emit(ReservationChanged(cp_id, tx.reservation_id, "Used"))
            if info.status != "Accepted" and self.bus.wants(CardRefused):
                self.bus.emit(CardRefused(cp_id, tx.connector_id, tx.id_tag, info.status))
            if self.bus.wants(AuthorizationDecided):
                self.bus.emit(
                    AuthorizationDecided(
                        cp_id,
                        tx.connector_id,
                        tx.id_tag,
                        info.status,
                        info.reason,
                        out.auth.user_name,
                        "StartTransaction",
                    )
                )
            if self.bus.wants(SessionStarted):
                self.bus.emit(
                    SessionStarted(
                        cp_id,
                        out.transaction_id,
                        out.connector_id,
                        out.id_tag,
                        info.status,
                        out.auth.user_name,
                        out.auth.tariff_name,
                        info.reason,
                        out.start_at,
                    )
                )
        return StartResult(out.transaction_id, replace(info, reason=""), out.repeated)

    async def stop_transaction(self, cp_id: str, tx: StopTx) -> StopResult:
        st = self.state(cp_id)
        ref, now = st.ref, utcnow()
        # the session's readings were stored by the batches before this one (see _write_session_samples) unless
        # some had to go to the telemetry buffer; a stop without a transaction id flushes it as before
        buffered = tx.transaction_id is None or tx.transaction_id in self._buffered_samples
        out = await self._durable(
            lambda s: db_ops.stop_transaction(s, cp_id, ref, tx, now), flush_first=buffered
        )
        self._buffered_samples.discard(out.transaction_id)
        st.active.pop(out.transaction_id, None)
        if out.changed and self.bus.wants(SessionStopped):
            self.bus.emit(_stopped(cp_id, out))
        return StopResult(out.id_tag_info, tuple(f for f in out.flags.split(",") if f))

    def _close_when_still_free(self, cp_id: str, report: StatusReport, now: dt.datetime) -> None:
        """An accepted session open on a connector that reported Available: closed as abandoned if, after the grace
        period, it is still open and the connector still free (its StopTransaction may just be behind the status)."""

        key = (cp_id, report.connector_id)
        if key in self._free_checks:  # one check per connector: a charger may repeat its Available
            return

        async def later() -> None:
            try:
                await asyncio.sleep(self.options.free_grace_s)
            finally:
                self._free_checks.discard(key)
            st = self.state(cp_id)
            last = st.statuses.get(report.connector_id)
            if last is None or last.status != "Available" or not self._open_on(st, report.connector_id):
                return
            closed = await self.store.run(
                lambda s: db_ops.close_when_free(s, cp_id, report, now, refused_only=False), flush_first=True
            )
            self._closed(cp_id, closed)

        self._free_checks.add(key)
        self._spawn(later(), f"{cp_id}-{report.connector_id}-free", "closing a session on a free connector")

    @staticmethod
    def _open_on(st: ChargerState, connector_id: int) -> bool:
        """Whether a session is open on the connector (``active`` holds every open session of the charger: loaded
        when it connects, kept by its starts and stops)."""
        return any(a.connector_id == connector_id for a in st.active.values())

    def _closed(self, cp_id: str, closed: list[db_ops.StopOutcome]) -> None:
        """Sessions the store closed without a StopTransaction (a new start on their connector, or it is free)."""
        st = self.state(cp_id)
        for out in closed:
            st.active.pop(out.transaction_id, None)
            self.bus.emit(_stopped(cp_id, out))

    async def meter_values(self, cp_id: str, report: MeterReport) -> None:
        st = self.state(cp_id)
        tx = await self._active_tx(st, report.transaction_id)
        if report.transaction_id is not None and not self.store.healthy:
            raise StoreUnavailable(
                "the database is unavailable: transaction meter values are not acknowledged"
            )
        if tx is not None:
            self._update_live(cp_id, tx, report)
        if self.bus.wants(SupplyMeasured):  # a site meter reads this charger's supply (load management)
            supply = inlet_current(report.samples)
            if supply is not None:
                self.bus.emit(SupplyMeasured(cp_id, supply[0], supply[1]))
        rows = db_ops.meter_rows(
            cp_id,
            report.connector_id,
            tx.transaction_id if tx else None,
            report.samples,
            tx.meter_start_wh if tx else 0.0,
            session_register=tx.session_register if tx else False,
        )
        if any(s.context in db_ops.BOUNDARY_CONTEXTS for s in report.samples):
            await self.store.run(lambda s: db_ops.insert_samples(s, rows))
        else:
            self._write_samples(tx.transaction_id if tx is not None else None, rows)

    def _write_samples(self, transaction_id: int | None, rows: list[dict[str, Any]]) -> None:
        """Readings between a start and a stop: written in the store writer's next batch, not awaited (the reply
        does not wait for them, as for any telemetry), in the order the charger sent them. A StopTransaction,
        queued behind its session's readings, then finds them stored and need not flush every buffer first:
        measured, that flush (the whole message log, in a transaction of its own) took as long as the durable
        batch behind it, in front of it in every cycle. Rows a batch could not write go to the telemetry buffer
        (kept while the database is away); that session's stop then flushes it first.

        The readings of every MeterValues that arrives while the writer has not started on the queued item join
        that item (:class:`_Readings`): one item and one multi-row insert per batch instead of an item (a future,
        a queue entry, a callback on the loop) and an INSERT per message. A stop queued after a reading is still
        queued after the item that holds it."""
        if not rows:
            return
        pending = self._readings
        if pending is not None and pending.add(transaction_id, rows):
            return
        pending = self._readings = _Readings(transaction_id, rows)

        def written(future: asyncio.Future[Any]) -> None:
            if self._readings is pending:
                self._readings = None
            if future.cancelled() or future.exception() is not None:
                self._buffered_samples.update(pending.sessions)
                for row in pending.rows:
                    self.store.add_meter(row)

        self.store.submit(pending.insert).add_done_callback(written)

    async def _active_tx(self, st: ChargerState, transaction_id: int | None) -> ActiveTx | None:
        if transaction_id is None or transaction_id in st._unknown_tx:
            return None
        tx = st.active.get(transaction_id)
        if tx is None:
            tx = await self.store.run(lambda s: db_ops.session_exists(s, st.cp_id, transaction_id))
            if tx is None:
                if len(st._unknown_tx) > 1000:  # a charger inventing ids must not grow this without bound
                    st._unknown_tx.clear()
                st._unknown_tx.add(transaction_id)
                log.info(
                    "%s: MeterValues for transaction %s that is not running here; stored without a session",
                    st.cp_id,
                    transaction_id,
                )
                return None
            st.active[transaction_id] = tx
        return tx

    def _update_live(self, cp_id: str, tx: ActiveTx, report: MeterReport) -> None:
        changed = False
        current: list[float] | None = None  # per-phase Current.Import at the outlet (load management)
        for s in report.samples:
            if s.measurand == db_ops.ENERGY and s.phase is None:
                if not tx.session_register and s.value + 0.5 < tx.meter_start_wh:
                    tx.session_register = True
                    self._flag_session_register(tx.transaction_id)
                value = s.value + (tx.meter_start_wh if tx.session_register else 0.0)
                tx.energy_wh = max(0.0, value - tx.meter_start_wh)
                changed = True
            elif s.measurand == db_ops.POWER:
                if s.phase is None:
                    tx.power_w = s.value
                else:
                    tx.phase_power[s.phase] = s.value
                    tx.power_w = sum(tx.phase_power.values())
                changed = True
            elif s.measurand == "SoC":
                tx.soc = s.value
                changed = True
            elif s.measurand == CURRENT and s.phase is not None and s.location in OUTLET:
                line = _LINES.get(s.phase)
                if line is not None:
                    if current is None:
                        current = [0.0, 0.0, 0.0]
                    current[line] = s.value
                    changed = True
        if changed and self.bus.wants(SessionUpdated):
            self.bus.emit(
                SessionUpdated(
                    cp_id,
                    tx.transaction_id,
                    tx.connector_id,
                    tx.power_w,
                    tx.energy_wh,
                    tx.soc,
                    current_a=None if current is None else tuple(current),
                )
            )

    def _flag_session_register(self, transaction_id: int) -> None:
        def work(s: Any) -> None:
            from app.models import ChargingSession

            row = s.get(ChargingSession, transaction_id)
            if row is not None:
                row.flags = db_ops.add_flag(row.flags, db_ops.FLAG_SESSION_REGISTER)

        self.store.submit(work)

    async def data_transfer(
        self, cp_id: str, vendor_id: str, message_id: str | None, data: str | None
    ) -> DataTransferResult:
        handler = self.data_transfer_handlers.get(vendor_id)
        if handler is None:
            return DataTransferResult("UnknownVendorId")
        result = handler(cp_id, message_id, data)
        if inspect.isawaitable(result):
            result = await result
        return result

    async def firmware_status(self, cp_id: str, status: str) -> None:
        self.state(cp_id).firmware_status = status
        self.store.add_update(db_ops.FIRMWARE_STATUS, db_ops.job_status_params(cp_id, status, utcnow()))
        self.bus.emit(FirmwareStatus(cp_id, status))

    async def diagnostics_status(self, cp_id: str, status: str) -> None:
        self.state(cp_id).diagnostics_status = status
        self.store.add_update(db_ops.DIAGNOSTICS_STATUS, db_ops.job_status_params(cp_id, status, utcnow()))
        self.bus.emit(DiagnosticsStatus(cp_id, status))

    async def security_event(
        self, cp_id: str, event_type: str, timestamp: dt.datetime, tech_info: str = ""
    ) -> None:
        """Store a charger's security event in the audit trail (entity ``charger``, action ``security_event``)
        before it is answered, and tell the console. At most ``security_events_per_minute`` per charger are
        stored (a charger repeating one cannot fill the database); the others are counted in our log."""
        st = self.state(cp_id)
        mono = time.monotonic()
        rate = self.options.security_events_per_minute
        st._sec_budget = min(float(rate), st._sec_budget + (mono - st._sec_stamp) * rate / 60.0)
        st._sec_stamp = mono
        log.warning(
            "%s: security event %s at %s%s",
            cp_id,
            event_type,
            timestamp.isoformat(),
            f": {tech_info[:200]}" if tech_info else "",
        )
        if st._sec_budget < 1.0:
            st._sec_dropped += 1
            return
        st._sec_budget -= 1.0
        dropped, st._sec_dropped = st._sec_dropped, 0
        changes: dict[str, Any] = {
            "type": event_type[:50],
            "timestamp": timestamp.isoformat(),
            "tech_info": tech_info[:255],
        }
        if dropped:
            changes["not_stored_before"] = dropped

        def work(s: Any) -> None:
            from app.services.admin.audit import audit

            audit(
                s,
                entity="charger",
                entity_id=cp_id,
                action="security_event",
                actor=f"charger {cp_id}",
                changes=changes,
            )

        await self.store.run(work)
        self.bus.emit(SecurityEventReceived(cp_id, event_type, tech_info[:255], timestamp))

    async def charging_limit(self, cp_id: str, report: ChargingLimitReport) -> None:
        """A limit a system on site set on a 2.0.1 station (NotifyChargingLimit): stored before it is answered
        (:mod:`app.services.load.external`); the charge point publishes ChargingLimitChanged."""
        await self.store.run(lambda s: external_limits.store_limit(s, cp_id, report))

    async def charging_limit_cleared(self, cp_id: str, source: str, evse_id: int | None) -> None:
        await self.store.run(lambda s: external_limits.clear_limits(s, cp_id, source, evse_id))

    async def charger_events(self, cp_id: str, events: Sequence[ChargerEventReceived]) -> None:
        """Store a 2.0.1 charger's NotifyEvent events in the audit trail (entity ``charger``, action
        ``charger_event``) before they are answered, and tell the console. Rate-limited per charger like the
        security events (``charger_events_per_minute``); the others are counted in our log and in the next stored
        one (``not_stored_before``)."""
        st = self.state(cp_id)
        mono = time.monotonic()
        rate = self.options.charger_events_per_minute
        st._evt_budget = min(float(rate), st._evt_budget + (mono - st._evt_stamp) * rate / 60.0)
        st._evt_stamp = mono
        kept: list[tuple[ChargerEventReceived, dict[str, Any]]] = []
        for e in events:
            if st._evt_budget < 1.0:
                st._evt_dropped += 1
                continue
            st._evt_budget -= 1.0
            changes = charger_event_changes(e)
            if st._evt_dropped:
                changes["not_stored_before"] = st._evt_dropped
                st._evt_dropped = 0
            kept.append((e, changes))
        if len(kept) < len(events):
            log.warning(
                "%s: %d of %d events not stored (more than %d a minute)",
                cp_id,
                len(events) - len(kept),
                len(events),
                rate,
            )
        if not kept:
            return

        def work(s: Any) -> None:
            from app.services.admin.audit import audit

            for _, changes in kept:
                audit(
                    s,
                    entity="charger",
                    entity_id=cp_id,
                    action=CHARGER_EVENT,
                    actor=f"charger {cp_id}",
                    changes=changes,
                )

        await self.store.run(work)
        for e, _ in kept:
            self.bus.emit(e)

    async def reservation(self, cp_id: str, change: ReservationChange) -> None:
        if self.reservations is not None:
            await self.reservations.change(cp_id, change)

    async def sign_certificate(self, cp_id: str, csr: str) -> CsrAnswer:
        if self.certificates is None:
            return CsrAnswer("Rejected")
        return await self.certificates.request(cp_id, csr)

    def log_frame(self, frame: FrameLogged) -> None:
        st = self.states.get(frame.cp_id)
        payload: str | None = frame.frame
        if st is not None:  # (always, once connected)
            payload = self._within_log_budget(st, frame, frame.frame)
            if payload is None:
                return
        self.store.add_frame(
            {
                "ts": frame.ts,
                "charge_point_id": frame.cp_id,
                "direction": frame.direction,
                "message_type": frame.message_type,
                "message_id": frame.message_id[:64],
                "action": frame.action[:60],
                "payload": payload,
                "latency_ms": frame.latency_ms,
                "error_code": frame.error_code[:40] if frame.error_code else None,
            }
        )

    def _within_log_budget(self, st: ChargerState, frame: FrameLogged, payload: str) -> str | None:
        """The payload to log (cut when too long), or None when the charger's message-log budget is used up
        (the frames left out are counted and a marker row is written once the budget allows again)."""
        o = self.options
        if st.ref.station_id is None:
            cap, rate, burst = (
                o.pending_log_frame_bytes,
                o.pending_log_rate_bytes_s,
                o.pending_log_burst_bytes,
            )
        else:
            cap, rate, burst = o.log_frame_bytes, o.log_rate_bytes_s, o.log_burst_bytes
        mono = time.monotonic()
        if st._log_budget < 0:
            st._log_budget = float(burst)
        else:
            st._log_budget = min(float(burst), st._log_budget + (mono - st._log_stamp) * rate)
        st._log_stamp = mono
        size = len(payload)  # characters: bytes for the ASCII frames chargers send
        if size > cap:
            payload = f"{payload[:cap]}… [cut: {size} characters, {cap} kept]"
        cost = len(payload) + LOG_ROW_OVERHEAD
        if st._log_budget < cost:
            st._log_dropped += 1
            st._log_dropped_bytes += size
            return None
        st._log_budget -= cost
        if st._log_dropped:
            self.store.add_frame(
                {
                    "ts": frame.ts,
                    "charge_point_id": frame.cp_id,
                    "direction": frame.direction,
                    "message_type": 0,
                    "message_id": "-",
                    "action": "",
                    "payload": f"[{st._log_dropped} frames ({st._log_dropped_bytes} characters) not logged: "
                    "over this charger's message-log budget]",
                    "latency_ms": None,
                    "error_code": None,
                }
            )
            st._log_dropped = st._log_dropped_bytes = 0
        return payload

    def deviation(self, cp_id: str, action: str, deviations: list[Deviation]) -> None:
        log.info(
            "%s (lenient): %s accepted off the schema: %s",
            cp_id,
            action,
            "; ".join(f"{d.path}: {d.message}" for d in deviations),
        )


class _Readings:
    """Readings of MeterValues messages for one store-writer item: the event loop adds rows until the writer
    starts the item, which then inserts them all (again, unchanged, when its batch is run once more)."""

    __slots__ = ("lock", "rows", "sessions", "taken")

    def __init__(self, transaction_id: int | None, rows: list[dict[str, Any]]) -> None:
        self.lock = threading.Lock()
        self.rows = list(rows)
        self.sessions: set[int] = set() if transaction_id is None else {transaction_id}
        self.taken = False

    def add(self, transaction_id: int | None, rows: list[dict[str, Any]]) -> bool:
        """Join the item (False once the writer has started on it: the rows need an item of their own)."""
        with self.lock:
            if self.taken:
                return False
            self.rows.extend(rows)
            if transaction_id is not None:
                self.sessions.add(transaction_id)
            return True

    def insert(self, session: Any) -> None:
        with self.lock:
            self.taken = True
        db_ops.insert_readings(session, self.rows)


def _stopped(cp_id: str, out: db_ops.StopOutcome) -> SessionStopped:
    """The event for a session the store closed (by a StopTransaction or without one)."""
    return SessionStopped(
        cp_id,
        out.transaction_id,
        out.connector_id,
        out.energy_wh,
        out.stop_reason,
        out.price_total,
        out.flags,
        out.stop_at,
    )


class CentralSystem:
    """The whole central system: store writer, backend, WebSocket server, operations, event bus."""

    def __init__(
        self,
        database: Database,
        settings: CentralSystemSettings | None = None,
        *,
        bus: EventBus | None = None,
        central: CentralOptions | None = None,
        connection: ConnectionOptions | None = None,
        load_clock: LoadClock | None = None,
    ) -> None:
        settings = settings or CentralSystemSettings()
        self.database = database
        self.settings = settings
        self.bus = bus or EventBus()
        self.options = central or CentralOptions(
            unknown_charger_policy=settings.unknown_charger_policy, message_log_days=settings.message_log_days
        )
        connection = connection or ConnectionOptions(call_timeout_s=settings.call_timeout_s)
        self.rules = RulesCache()  # used by the writer thread only (its sessions carry it)
        # the message log every 0.1 s: a stop no longer flushes it (see CentralBackend._write_samples); every 0.5 s
        # it is a few thousand rows at a busy site's shift change, and the durable writes waiting behind such a
        # flush made the reply p99 ~1.6x that of 0.1 s (0.03 s: its fixed cost per flush lowered the calls/s)
        self.store = StoreWriter(
            database, session_info={RULES_CACHE_KEY: self.rules}, flush_interval_s=TELEMETRY_FLUSH_S
        )
        self.backend = CentralBackend(self.store, self.bus, self.options)
        self.server = OcppServer(
            self.backend,
            self.bus,
            ServerOptions(
                host=settings.host,
                port=settings.port,
                ping_interval_s=settings.ping_interval_s,
                max_frame_bytes=settings.max_frame_bytes,
                tls_cert=settings.tls_cert,
                tls_key=settings.tls_key,
                tls_client_ca=settings.tls_client_ca,
                require_client_cert=settings.require_client_cert,
                proxy_protocol=settings.proxy_protocol,
                connection=connection,
            ),
        )
        self.operations = Operations(self.server)
        # charger certificates: SignCertificate checked, signed by the site's local CA, CertificateSigned sent
        self.certificates = ChargerCertificates(self)
        self.backend.certificates = self.certificates
        # the chargers' certificates looked at daily: expiry alarms, automatic renewal (certificate_watch)
        self.certificate_watch = CertificateWatch(self)
        # reservations the chargers accepted, stored and followed (app.services.central.reservations)
        self.reservations = Reservations(self)
        self.backend.reservations = self.reservations
        # load management: idle until a site has circuits (app.services.load.manager)
        self.load = LoadManager(self, clock=load_clock)
        # alarms: raised by whoever holds the central system (app.services.alarms.engine)
        self.alarms = AlarmEngine(self, mailer=AlarmMailer(database))
        # local authorization lists kept in sync with who may charge (app.services.chargers.local_sync)
        self.local_lists = LocalListSync(self)
        self._tasks: set[asyncio.Task[Any]] = set()
        self.started = False

    # --- life cycle ----------------------------------------------------------------------------------

    async def start(self) -> None:
        """Start the writer and listen. Returns once chargers can connect (works on any running loop)."""
        tune_ocpp_package()
        self.store.start()
        stale = utcnow() - dt.timedelta(seconds=3 * self.settings.ping_interval_s)
        try:
            n = await self.store.run(lambda s: db_ops.mark_stale_offline(s, stale))
            if n:
                log.info("%d chargers marked offline (not seen since the last run)", n)
        except StoreUnavailable:
            log.warning("database unavailable at start-up; chargers will wait until it is back")
        try:
            await self.server.start()
        except BaseException:
            await self.store.stop()
            raise
        self._spawn(self._purge_loop(), "ocpp-message-log-purge")
        self._spawn(self.reservations.run(), "reservations-expiry")
        await self.load.start()
        await self.alarms.start()
        await self.local_lists.start()
        await self.certificate_watch.start()
        # the site's certificates for every console (off the start-up path: reading them imports cryptography)
        self._spawn(self.certificates.publish(), "certificates-publish")
        self.started = True

    async def stop(self) -> None:
        """Close every charger connection, finish and flush the queued writes, stop the writer."""
        if not self.started:
            return
        self.started = False
        await self.certificate_watch.stop()
        await self.local_lists.stop()
        await self.alarms.stop()
        await self.load.stop()
        await self.server.stop()
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        await self.backend.close()
        await self.store.stop()

    async def __aenter__(self) -> CentralSystem:
        await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()

    def set_unknown_charger_policy(self, policy: str) -> None:
        """What happens to chargers nobody accepted, from now on (the console's first-start set-up chooses it
        before the central system starts). ``ValueError`` for a policy that is none of :data:`POLICIES`."""
        self.options = dataclasses.replace(self.options, unknown_charger_policy=policy)
        self.backend.options = self.options
        self.settings = dataclasses.replace(self.settings, unknown_charger_policy=policy)

    @property
    def port(self) -> int:
        return self.server.port

    @property
    def url(self) -> str:
        """``ws://host:port/ocpp/`` (append the charge point id)."""
        return self.server.url

    def _spawn(self, coro: Any, name: str) -> None:
        """Background work of the central system: referenced until done, cancelled by stop, a failure logged."""
        spawn(self._tasks, coro, name, log, "central system")

    async def _purge_loop(self) -> None:
        while True:
            try:
                await self.purge_message_log()
            except StoreUnavailable:
                pass
            await asyncio.sleep(self.options.purge_every_s)

    # --- console API ---------------------------------------------------------------------------------

    def subscribe(self, callback: Callable[[Any], Any], *types: type) -> Callable[[], None]:
        return self.bus.subscribe(callback, *types)

    def chargers(self) -> list[ChargerState]:
        """What is known about every charger seen since start (connected or not)."""
        return list(self.backend.states.values())

    def is_connected(self, cp_id: str) -> bool:
        return self.server.get(cp_id) is not None

    def learn_cards(self, cp_id: str, callback: Callable[[str, int | None], None]) -> Callable[[], None]:
        """RFID learn mode on ``cp_id``: every card presented there (Authorize) goes to ``callback(id_tag,
        connector_id)`` and is refused, so no charge starts. Returns the function that ends learn mode."""
        self.backend.learning[cp_id] = callback

        def stop() -> None:
            if self.backend.learning.get(cp_id) == callback:  # (a bound method is a new object each time)
                del self.backend.learning[cp_id]

        return stop

    def register_data_transfer(self, vendor_id: str, handler: DataTransferHandler) -> None:
        """Answer DataTransfer requests of ``vendor_id`` with ``handler(cp_id, message_id, data)``."""
        self.backend.data_transfer_handlers[vendor_id] = handler

    async def accept_charger(
        self,
        cp_id: str,
        station_id: int | None = None,
        *,
        site_id: int | None = None,
        name: str | None = None,
    ) -> int:
        """Accept a pending charger: bind it to ``station_id`` or create a station (connectors from the
        StatusNotifications seen). If it is connected it is asked to boot again, and hears Accepted."""
        st = self.backend.state(cp_id)
        connectors = [c for c in st.statuses if c > 0]
        station = await self.store.run(
            lambda s: db_ops.accept_charger(
                s, cp_id, station_id, site_id=site_id, name=name, connectors=connectors
            )
        )
        st.ref = await self.store.run(lambda s: db_ops.load_station_ref(s, cp_id))
        self._ask_to_boot(cp_id)
        return int(station)

    async def reject_charger(self, cp_id: str) -> None:
        """Refuse a charger: its BootNotifications are answered Rejected from now on."""
        await self.store.run(lambda s: db_ops.reject_charger(s, cp_id))
        self.backend.state(cp_id).ref = await self.store.run(lambda s: db_ops.load_station_ref(s, cp_id))
        self._ask_to_boot(cp_id)

    async def refresh_stations(self) -> None:
        """Re-read what the protocol side keeps about each known charger's station (enabled, lenient, security,
        registration) after an operator edited, disabled or deleted stations; access rules and tags are cached
        separately and follow the configuration stamp by themselves."""
        ids = list(self.backend.states)
        self.local_lists.configuration_changed()
        if not ids:
            self.load.configuration_changed()
            return
        refs = await self.store.run(lambda s: {cp: db_ops.load_station_ref(s, cp) for cp in ids})
        for cp_id, ref in refs.items():
            self.backend.state(cp_id).ref = ref
        self.load.configuration_changed()

    def security_profile(self, cp_id: str) -> int | None:
        """The OCPP security profile the connected ``cp_id`` uses: 0 (no authentication), 1 (HTTP Basic over
        ws://), 2 (HTTP Basic over TLS) or 3 (TLS client certificate); None when it is not connected."""
        cp = self.server.get(cp_id)
        return None if cp is None else cp.security_profile

    def secret_channel_problem(self, cp_id: str) -> str | None:
        """Why a secret (a new password) must not be sent to the connected ``cp_id`` now, or None when it may:
        over ws:// anyone on the network reads it, and a charger that did not authenticate may not be the one
        the operator means (anybody can present a pending id)."""
        cp = self.server.get(cp_id)
        if cp is None:
            return translate("CentralSystem", "{cp_id} is not connected").format(cp_id=cp_id)
        if not cp.secure and cp.authenticated:
            return translate(
                "CentralSystem",
                "{cp_id} is connected over ws:// without TLS, so the password would cross the network in clear; "
                "serve over wss:// (a TLS certificate) to send it",
            ).format(cp_id=cp_id)
        if not cp.secure:
            return translate(
                "CentralSystem",
                "{cp_id} is connected over ws:// without TLS and did not authenticate (anyone can present its id), "
                "so the password would cross the network in clear; serve over wss:// (a TLS certificate) to send it",
            ).format(cp_id=cp_id)
        return None

    def _ask_to_boot(self, cp_id: str) -> None:
        cp = self.server.get(cp_id)
        if cp is not None:  # 1.6 and 2.0.1 ({"requestedMessage": "BootNotification"}) alike
            cp.spawn(self.operations.trigger_message(cp_id, "BootNotification"), name=f"{cp_id}-trigger-boot")

    async def recent_messages(self, **filters: Any) -> list[MessageRow]:
        """The message log, newest first (see :func:`app.services.central.message_log.recent_messages`)."""
        await self.store.flush()
        return await self.store.run(lambda s: recent_messages(s, **filters))

    async def purge_message_log(self) -> int:
        cutoff = utcnow() - dt.timedelta(days=self.options.message_log_days)
        total = 0
        while True:
            n = await self.store.run(lambda s: purge_messages(s, cutoff))
            total += n
            if n < 10_000:
                break
        if total:
            log.info("message log: %d rows older than %d days purged", total, self.options.message_log_days)
        return total


# --- headless -----------------------------------------------------------------------------------------


def serve_headless(settings: Settings, *, announce: Callable[[str], None] | None = None) -> int:
    """``chargedesk serve``: hold a SQLite file (:func:`~app.services.central.holder.hold_central_system`: another
    process running a central system on it raises ``FileHeld`` before anything is opened), migrate, listen, run
    until SIGTERM/SIGINT, stop cleanly. Returns the exit status."""
    from app.services.central.holder import hold_central_system

    holding = hold_central_system(settings.database_url, "serve")
    try:
        return asyncio.run(_serve(settings, announce or _print_flush))
    finally:
        if holding is not None:
            holding.release()


#: the collector's thresholds while serving (see :func:`_freeze_start_up_objects`); Python's default is (700, 10, 10)
SERVE_GC_THRESHOLDS = (50_000, 20, 20)


def _freeze_start_up_objects() -> None:
    """Move what start-up built (modules, schemas, validators, the ORM's mappers: hundreds of thousands of objects
    that live as long as the process) out of the collector's reach. Otherwise every full collection walks them
    all: the garbage of a burst of connections (a flood of handshakes) then triggers collections that stop the
    loop for every charger for tens of milliseconds (measured ~70 ms during the pending flood, ~17 ms frozen).

    Then the youngest generation is collected after 50,000 more container objects instead of 700. Under load the
    buffers between two store flushes (the message log: two rows per OCPP call, ~900 per 0.1 s with 100 chargers)
    alone pass 700, so every flush interval ran one or two young collections whose survivors, still buffered, were
    promoted and walked again by the older generations. Measured (100 chargers, transaction mix, closed loop):
    758 + 68 + 6 collections in 15 s, 0.25 s of CPU (1.6%), the oldest generation's up to 9.7 ms; with
    :data:`SERVE_GC_THRESHOLDS` one young collection (8.7 ms) in 25 s. What cycles the central system leaves
    behind wait at most 50,000 allocations longer."""
    gc.collect()
    gc.freeze()
    gc.set_threshold(*SERVE_GC_THRESHOLDS)


def _print_flush(line: str) -> None:
    print(line, flush=True)


async def _serve(settings: Settings, announce: Callable[[str], None]) -> int:
    database = await asyncio.to_thread(Database, settings.database_url, migrate=True)
    cs = CentralSystem(database, settings.central)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        try:
            loop.add_signal_handler(sig, stop.set)
        except (NotImplementedError, RuntimeError):  # Windows: Ctrl+C raises KeyboardInterrupt instead
            pass
    await cs.start()
    try:
        site = await join_site_bus(cs, database)
    except BaseException:
        await cs.stop()
        raise
    _freeze_start_up_objects()
    scheme = "wss" if settings.central.tls_cert else "ws"
    log.info("central system on %s, database %s", cs.url, database.describe())
    announce(f"listening on {scheme}://{settings.central.host}:{cs.port}/ocpp/{{id}}")
    for line in serve_lines(settings.central.host, cs.port, secure=scheme == "wss"):
        announce(line)
    try:
        await stop.wait()
    finally:
        log.info("stopping: closing connections and flushing the store")
        if site is not None:
            await site.stop()
        await cs.stop()
        database.dispose()
    return 0


async def join_site_bus(cs: CentralSystem, database: Database, program: str = "serve") -> Any:
    """On a shared PostgreSQL database, the started central system's :class:`~.site_bus.SiteHost` (presence,
    events for attached consoles, the operations they send), started; None on SQLite."""
    from app.db.pgbus import is_postgresql

    if not is_postgresql(database.url):
        return None
    from app.services.central.site_bus import SiteHost

    site = SiteHost(cs, database.url, program=program)
    await site.start()
    return site
