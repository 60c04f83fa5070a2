"""The site bus: one central system for the site, any number of consoles, over the shared PostgreSQL.

Exactly one *host* holds each charger's connection: ``chargedesk serve`` or a console running the central system.
Every host runs a :class:`SiteHost` beside its :class:`~app.services.central.system.CentralSystem`; consoles that
do not host *attach* with a :class:`RemoteCentral`, which offers what a page uses of a central system (events,
operations, the chargers' live state, learn mode, accepting a charger) with the work done by the host holding the
charger. The command line uses a :class:`SiteClient` for the same operations.

What goes where (PostgreSQL, :mod:`app.db.pgbus`; the tables are :mod:`app.models.site_bus`):

* ``bus_nodes`` — every running process with a lease it renews every :data:`RENEW_S` seconds; a process whose
  lease ran out (:data:`LEASE_S`) is down. ``charger_presence`` — which host holds which charger; a host writes
  its row when the charger connects and deletes it when it leaves; rows of a dead host are removed by the next
  host that looks, and a charger that reconnects elsewhere (a load balancer) simply takes its row over.
* Events — every domain event of a host (:mod:`app.ocpp.events`) as JSON on the channel :data:`EVENTS`, batched
  every few milliseconds, numbered per host (a console that sees a gap, or loses the bus, re-reads what it shows);
  a batch goes in as few notifications as it fits in (a JSON array each); an event over NOTIFY's size goes in
  ``bus_events`` and its id is sent. A host publishes only while a console is
  attached, and frames (the message log) only while one wants them.
* Operations — a row in ``bus_requests`` and its id notified to the holding host's own channel
  (:func:`node_channel`); the host runs it on its central system and writes the answer into the row, then notifies
  the requester's channel. A row survives a lost notification: a host takes up its pending rows when its bus comes
  back, a requester re-reads its rows. An operation for a charger nobody holds, or whose host is down, fails at
  once saying so; one whose host dies while it waits fails within :data:`RENEW_S` seconds.
* Configuration — :func:`app.services.central.config_version.bump` notifies :data:`CONFIG` in the transaction
  that changes configuration, so every console and host hears of a committed change at once (hosts re-read their
  stations; the rules cache follows the stamp by itself).
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import dataclasses
import datetime as dt
import inspect
import json
import logging
import os
import secrets
import socket
import sys
import urllib.parse
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from psycopg.types.json import Json
from sqlalchemy import select, text

from app.db import Database
from app.db.pgbus import MAX_PAYLOAD, BusUnavailable, PgBus, is_postgresql
from app.models import BusNode
from app.ocpp import events as ev
from app.ocpp.backend import BootInfo, StatusReport
from app.ocpp.chargepoint import (
    ChargerCallError,
    ChargerOffline,
    ChargerTimeout,
    InvalidReply,
    InvalidRequest,
)
from app.ocpp.v201 import ReportedMonitor, ReportedVariable
from app.ocpp.v201 import events as ev201
from app.services.alarms.events import AlarmChanged
from app.services.central import store as db_ops
from app.services.central.addresses import route_to as _route_to
from app.services.central.certificates import CertificateChanged
from app.services.central.config_version import CONFIG_CHANNEL
from app.services.central.message_log import recent_messages
from app.services.central.reservations import ReservationChanged
from app.services.central.system import CentralSystem, ChargerState
from app.services.chargers.operations import OperationNotSupported, Operations
from app.services.i18n import translate
from app.services.load.events import LoadAllocated
from app.services.roles import machine_name
from app.services.store import Store

log = logging.getLogger(__name__)

EVENTS = "cd_events"
HELLO = "cd_hello"  # a console attached or changed what it wants: hosts look again at once
CONFIG = CONFIG_CHANNEL
LEASE_S = 15.0
RENEW_S = 5.0
BATCH_S = 0.02  # a host gathers events this long before it sends them (one round trip per batch)
BUSY_BATCH_S = (
    0.05  # ... and this long while busy (its last batch did not fit one notification): fewer commits
)
BUSY_EVENTS = 16  # a batch of more events than this is "busy" (~18 frames' events fit one notification)
MAX_QUEUED = 20_000  # events waiting while the bus is away; beyond this they are dropped (consoles re-read)
REPLY_MARGIN_S = 5.0  # a requester waits the operation's timeout plus this for the host's answer
MAX_EARLY = 256  # answers kept for requests not (or no longer) waited for
INLINE_KEY = (
    "_inline"  # in a request: its requester takes the answer in the notification (a host before it: ids)
)
_UTC_NOW = "(now() at time zone 'utc')"


def node_channel(node_id: str) -> str:
    return f"cd_node_{node_id}"


def new_node_id() -> str:
    return secrets.token_hex(6)


# --- events on the wire ------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CardPresented(ev.Event):
    """In learn mode (:meth:`CentralSystem.learn_cards`), a card presented at ``cp_id`` (carried to the console
    that asked)."""

    id_tag: str = ""
    connector_id: int | None = None


@dataclass(frozen=True, slots=True)
class BusState(ev.Event):
    """An attached console's link to the site: ``up`` False when the bus is lost (``cp_id`` is empty)."""

    up: bool = True
    why: str = ""
    host: str = ""  # "serve on office-pc" when known


def _event_types() -> dict[str, type[ev.Event]]:
    found: dict[str, type[ev.Event]] = {}
    todo: list[type[ev.Event]] = [ev.Event]
    while todo:
        cls = todo.pop()
        # dataclass(slots=True) makes a new class: the one it replaced is still among the subclasses until the
        # collector runs; the module's own name for it is the real one
        if getattr(sys.modules.get(cls.__module__), cls.__name__, None) is cls:
            found[cls.__name__] = cls
        todo.extend(cls.__subclasses__())
    return found


_ = (
    ev201.VariablesReported,
    LoadAllocated,
    AlarmChanged,
    CertificateChanged,
    ReservationChanged,
)  # imported so that their classes are among the event types
_TYPES: dict[str, type[ev.Event]] = {}
_FIELDS: dict[type[ev.Event], tuple[str, ...]] = {}


def _types() -> dict[str, type[ev.Event]]:
    if not _TYPES:
        _TYPES.update(_event_types())
    return _TYPES


def _fields(cls: type[ev.Event]) -> tuple[str, ...]:
    names = _FIELDS.get(cls)
    if names is None:
        names = _FIELDS[cls] = tuple(f.name for f in dataclasses.fields(cls))
    return names


def _default(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return {"$dt": value.isoformat()}
    if isinstance(value, Decimal):
        return {"$dec": str(value)}
    if isinstance(value, (set, frozenset, tuple)):
        return list(value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: getattr(value, f.name) for f in dataclasses.fields(value)}
    raise TypeError(f"{type(value).__name__} does not cross the bus")


def _hook(obj: dict[str, Any]) -> Any:
    if len(obj) == 1:
        if "$dt" in obj:
            return dt.datetime.fromisoformat(obj["$dt"])
        if "$dec" in obj:
            return Decimal(obj["$dec"])
    return obj


# one encoder and one decoder for every event: json.dumps / json.loads with options build a new one per call, a
# third of the cost of encoding a frame's event
_ENCODER = json.JSONEncoder(default=_default, separators=(",", ":"))
_DECODER = json.JSONDecoder(object_hook=_hook)


def dumps(value: Any) -> str:
    return _ENCODER.encode(value)


def loads(text: str) -> Any:
    return _DECODER.decode(text)


def encode_event(event: ev.Event, seq: int, node_id: str) -> str:
    cls = type(event)
    return dumps({"t": cls.__name__, "s": seq, "n": node_id, "f": [getattr(event, f) for f in _fields(cls)]})


def decode_event(text: str) -> tuple[str, int, ev.Event] | None:
    """(host node, its sequence number, the event), or None for a type this version does not know."""
    return _decoded(loads(text))


def _decoded(doc: dict[str, Any]) -> tuple[str, int, ev.Event] | None:
    cls = _types().get(doc["t"])
    if cls is None:
        return None
    return doc["n"], int(doc["s"]), cls(**dict(zip(_fields(cls), doc["f"], strict=True)))


# --- errors on the wire -------------------------------------------------------------------------------------

_KINDS: dict[type[BaseException], str] = {
    ChargerOffline: "offline",
    ChargerTimeout: "timeout",
    ChargerCallError: "callerror",
    InvalidRequest: "invalid",
    InvalidReply: "reply",
    OperationNotSupported: "unsupported",
}


def _error_kind(e: BaseException) -> str:
    for cls, kind in _KINDS.items():
        if isinstance(e, cls):
            return kind
    return "error"


class HostError(Exception):
    """The host could not carry out the operation for another reason (its message says why)."""


def _raise_answer(cp_id: str, action: str, kind: str, text: str, answer: Any) -> None:
    if kind == "callerror":
        a = answer if isinstance(answer, dict) else {}
        raise ChargerCallError(cp_id, a.get("action", action), a.get("code", ""), a.get("description", ""))
    cls: type[Exception] = {
        "offline": ChargerOffline,
        "timeout": ChargerTimeout,
        "invalid": InvalidRequest,
        "reply": InvalidReply,
        "unsupported": OperationNotSupported,
    }.get(kind, HostError)
    raise cls(text)


#: Operations methods a console may have carried out by a host (every public coroutine of Operations).
ROUTED_OPERATIONS = frozenset(
    name
    for name, fn in inspect.getmembers(Operations, inspect.iscoroutinefunction)
    if not name.startswith("_")
)


#: those of them that take the charger's time to answer (``timeout``)
_TAKE_TIMEOUT = frozenset(
    name for name in ROUTED_OPERATIONS if "timeout" in inspect.signature(getattr(Operations, name)).parameters
)


# --- a process on the bus -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Holder:
    """Who holds a charger: its presence row and its host's."""

    cp_id: str
    node_id: str
    ocpp_version: str
    ip: str
    secure: bool
    connected_at: dt.datetime
    program: str
    machine: str
    alive: bool

    @property
    def host(self) -> str:
        if self.program:
            return translate("SiteBus", "{program} on {machine}").format(
                program=self.program, machine=self.machine
            )
        return translate("SiteBus", "node {node}").format(node=self.node_id)


@dataclass(frozen=True)
class NodeRow:
    id: str
    role: str
    program: str
    machine: str
    pid: int
    url: str
    started_at: dt.datetime
    alive: bool

    @property
    def label(self) -> str:
        return translate("SiteBus", "{program} on {machine}").format(
            program=self.program, machine=self.machine
        )


_HOLDER_SQL = f"""
SELECT p.cp_id, p.node_id, p.ocpp_version, p.ip, p.secure, p.connected_at,
       coalesce(n.program, ''), coalesce(n.machine, ''), coalesce(n.lease_until > {_UTC_NOW}, false)
FROM charger_presence p LEFT JOIN bus_nodes n ON n.id = p.node_id
"""
_NODES_SQL = f"""
SELECT id, role, program, machine, pid, url, started_at, lease_until > {_UTC_NOW} FROM bus_nodes
"""


def _utc(value: dt.datetime) -> dt.datetime:
    return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value


def _holder(row: tuple[Any, ...]) -> Holder:
    return Holder(row[0], row[1], row[2], row[3], bool(row[4]), _utc(row[5]), row[6], row[7], bool(row[8]))


def _node(row: tuple[Any, ...]) -> NodeRow:
    return NodeRow(row[0], row[1], row[2], row[3], int(row[4]), row[5], _utc(row[6]), bool(row[7]))


class _Node:
    """What hosts and clients share: the bus, the node's row and its lease."""

    def __init__(self, url: str, *, role: str, program: str, node_url: str = "", wants_frames: bool = False):
        self.url = url
        self.node_id = new_node_id()
        self.role, self.program = role, program
        self.node_url = node_url
        self.wants_frames = wants_frames
        self.machine = machine_name()
        self.bus = PgBus(url, self._notified, self._bus_state, name=f"{program} {self.node_id}")
        self.bus.listen(node_channel(self.node_id))
        self._tasks: set[asyncio.Task[Any]] = set()
        self._closing = False

    def _spawn(self, coro: Awaitable[Any], name: str) -> None:
        task = asyncio.ensure_future(coro)
        task.set_name(name)
        self._tasks.add(task)
        task.add_done_callback(self._done)

    def _done(self, task: asyncio.Task[Any]) -> None:
        self._tasks.discard(task)
        if not task.cancelled() and task.exception() is not None and not self._closing:
            e = task.exception()
            if isinstance(e, BusUnavailable):
                log.info("site bus: %s: %s", task.get_name(), e)
            else:
                log.error("site bus: %s failed", task.get_name(), exc_info=e)

    async def _register(self) -> None:
        await self.bus.transaction(
            [
                (
                    "INSERT INTO bus_nodes (id, role, program, machine, pid, url, wants_frames, started_at, "
                    f"lease_until) VALUES (%s, %s, %s, %s, %s, %s, %s, {_UTC_NOW}, "
                    f"{_UTC_NOW} + make_interval(secs => %s)) ON CONFLICT (id) DO UPDATE SET "
                    "lease_until = excluded.lease_until, wants_frames = excluded.wants_frames, url = excluded.url",
                    (
                        self.node_id,
                        self.role,
                        self.program,
                        self.machine[:120],
                        os.getpid(),
                        self.node_url[:200],
                        self.wants_frames,
                        LEASE_S,
                    ),
                ),
                ("SELECT pg_notify(%s, %s)", (HELLO, self.node_id)),
            ]
        )

    async def _renew(self) -> bool:
        rows = await self.bus.execute(
            f"UPDATE bus_nodes SET lease_until = {_UTC_NOW} + make_interval(secs => %s) WHERE id = %s RETURNING id",
            (LEASE_S, self.node_id),
        )
        return bool(rows)

    async def _lease_loop(self) -> None:
        while True:
            await asyncio.sleep(RENEW_S)
            try:
                if not await self._renew():
                    await self._register()  # our row was cleaned up (we were away longer than the lease)
                    await self._after_reconnect()
                await self._tick()
            except BusUnavailable:
                continue

    async def _start_bus(self) -> None:
        await self.bus.start()
        await self._register()
        self._spawn(self._lease_loop(), "bus-lease")

    async def _stop_bus(self) -> None:
        self._closing = True
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        with contextlib.suppress(BusUnavailable):
            await self._leave()
        await self.bus.close()

    async def _leave(self) -> None:
        await self.bus.execute("DELETE FROM bus_nodes WHERE id = %s", (self.node_id,))

    def _bus_state(self, up: bool, why: str) -> None:
        if up and not self._closing:
            self._spawn(self._back(), "bus-back")
        self._state(up, why)

    async def _back(self) -> None:
        await self._register()
        await self._after_reconnect()

    # overridden
    def _notified(self, channel: str, payload: str) -> None:
        raise NotImplementedError

    def _state(self, up: bool, why: str) -> None:
        pass

    async def _after_reconnect(self) -> None:
        pass

    async def _tick(self) -> None:
        pass

    # --- reads any node may make -----------------------------------------------------------------------------

    async def holder(self, cp_id: str) -> Holder | None:
        rows = await self.bus.execute(_HOLDER_SQL + " WHERE p.cp_id = %s", (cp_id,))
        return _holder(rows[0]) if rows else None

    async def holders(self, cp_ids: list[str] | None = None) -> list[Holder]:
        """Every charger's holder, or those of ``cp_ids``."""
        if cp_ids is None:
            return [_holder(r) for r in await self.bus.execute(_HOLDER_SQL + " ORDER BY p.cp_id")]
        rows = await self.bus.execute(_HOLDER_SQL + " WHERE p.cp_id = ANY(%s) ORDER BY p.cp_id", (cp_ids,))
        return [_holder(r) for r in rows]

    async def nodes(self) -> list[NodeRow]:
        return [_node(r) for r in await self.bus.execute(_NODES_SQL + " ORDER BY started_at")]


# --- the host's side ------------------------------------------------------------------------------------------


class SiteHost(_Node):
    """Beside a host's central system: its presence, its events for the consoles, the operations it is sent."""

    def __init__(self, central: CentralSystem, url: str, *, program: str = "serve") -> None:
        super().__init__(url, role="host", program=program, node_url=central.url if central.started else "")
        self.central = central
        self.bus.listen(CONFIG, HELLO)
        self._events: list[ev.Event] = []
        self._presence: list[ev.Event] = []
        self._wake = asyncio.Event()
        self._seq = 0
        self._consoles = 0
        self._frames = False
        self._dropped = False
        self._subscriptions: dict[str, Callable[[], None]] = {}
        self._learning: dict[str, Callable[[], None]] = {}
        self._refresh_pending = False
        self._config_listeners: list[Callable[[], None]] = []

    @property
    def publishing(self) -> bool:
        return self._consoles > 0

    async def start(self) -> None:
        self.node_url = advertised_url(self.central.url, self.url, self.central.settings.host)
        await self._start_bus()
        self._follow()
        self._spawn(self._publish_loop(), "bus-publish")
        await self._after_reconnect()
        await self._tick()

    async def stop(self) -> None:
        for unsubscribe in self._subscriptions.values():
            unsubscribe()
        self._subscriptions.clear()
        for stop in self._learning.values():
            stop()
        await self._stop_bus()

    async def _leave(self) -> None:
        await self.bus.transaction(
            [
                ("DELETE FROM charger_presence WHERE node_id = %s", (self.node_id,)),
                ("DELETE FROM bus_nodes WHERE id = %s", (self.node_id,)),
            ]
        )

    # --- events and presence ---------------------------------------------------------------------------------

    def _follow(self) -> None:
        """Listen to what is wanted now: presence always; the other events while a console is attached; frames
        while one shows the message log. (A central system builds an event only when somebody listens to its
        type: a host with nobody attached costs no more than one without the bus.)"""
        presence = (ev.ChargerConnected, ev.ChargerDisconnected)
        wanted: dict[str, tuple[type[ev.Event], ...] | None] = {
            "presence": presence,
            "events": tuple(t for t in _types().values() if t not in (ev.Event, ev.FrameLogged, *presence))
            if self._consoles
            else None,
            "frames": (ev.FrameLogged,) if self._consoles and self._frames else None,
        }
        for key, types in wanted.items():
            if types is not None and key not in self._subscriptions:
                self._subscriptions[key] = self.central.subscribe(self._on_event, *types)
            elif types is None and key in self._subscriptions:
                self._subscriptions.pop(key)()

    def _on_event(self, event: ev.Event) -> None:
        cls = type(event)
        if cls is ev.ChargerDisconnected and self.central.server.get(event.cp_id) is not None:
            return  # the end of a connection the charger replaced with a new one here: it is still connected
        if cls is ev.ChargerConnected or cls is ev.ChargerDisconnected:
            self._presence.append(event)
            self._wake.set()
        if self._consoles and (self._frames or cls is not ev.FrameLogged):
            if len(self._events) < MAX_QUEUED:
                self._events.append(event)
            else:
                self._dropped = True
            self._wake.set()

    async def _publish_loop(self) -> None:
        busy = False
        while True:
            await self._wake.wait()
            await asyncio.sleep(BUSY_BATCH_S if busy else BATCH_S)
            self._wake.clear()
            presence, self._presence = self._presence, []
            events, self._events = self._events, []
            busy = len(events) > BUSY_EVENTS  # each commit wakes every console's listener: fewer while busy
            try:
                if presence:
                    moved = await self._write_presence(presence)
                    if moved:  # the charger is held by another host now: not offline for the consoles
                        events = [e for e in events if id(e) not in moved]
                if events:
                    await self._send(events)
            except BusUnavailable:
                self._presence[:0] = presence  # written when the bus is back (events are re-read by consoles)
                await self.bus.wait_up(60)

    async def _write_presence(self, changes: list[ev.Event]) -> set[int]:
        """Write the connections and disconnections; the ids of the disconnections of chargers another host holds
        now (a load balancer sent the charger's new connection there before this host saw the old one end)."""
        statements: list[tuple[str, Any]] = []
        for e in changes:
            if isinstance(e, ev.ChargerConnected):
                statements.append(self._upsert(e.cp_id, e.ocpp_version, e.ip, e.secure))
            else:
                statements.append(
                    (
                        "WITH d AS (DELETE FROM charger_presence WHERE cp_id = %s AND node_id = %s) "
                        "SELECT EXISTS (SELECT 1 FROM charger_presence WHERE cp_id = %s AND node_id <> %s)",
                        (e.cp_id, self.node_id, e.cp_id, self.node_id),
                    )
                )
        done = await self.bus.transaction(statements)
        return {id(e) for e, rows in zip(changes, done, strict=True) if rows and rows[0][0]}

    def _upsert(self, cp_id: str, version: str, ip: str, secure: bool) -> tuple[str, Any]:
        return (
            "INSERT INTO charger_presence (cp_id, node_id, ocpp_version, ip, secure, connected_at) "
            f"VALUES (%s, %s, %s, %s, %s, {_UTC_NOW}) ON CONFLICT (cp_id) DO UPDATE SET node_id = excluded.node_id,"
            " ocpp_version = excluded.ocpp_version, ip = excluded.ip, secure = excluded.secure,"
            " connected_at = excluded.connected_at",
            (cp_id, self.node_id, version[:8], ip[:64], secure),
        )

    async def _send(self, events: list[ev.Event]) -> None:
        """The events, in order, in as few notifications as they fit in: each a JSON array of encoded events (and
        of "@id" for one too large, kept in bus_events). One notification per event cost PostgreSQL and every
        console's connection a message each (a frame's event is ~400 bytes: ~18 fit in one)."""
        payloads: list[str] = []
        pack: list[str] = []
        size = 2  # the brackets
        for e in events:
            self._seq += 1
            text = encode_event(e, self._seq, self.node_id)  # ASCII (ensure_ascii): its length is its size
            if len(text) > MAX_PAYLOAD - 2:
                rows = await self.bus.execute(
                    f"INSERT INTO bus_events (ts, body) VALUES ({_UTC_NOW}, %s) RETURNING id", (text,)
                )
                text = f'"@{rows[0][0]}"'
            if pack and size + len(text) + 1 > MAX_PAYLOAD:
                payloads.append("[" + ",".join(pack) + "]")
                pack, size = [], 2
            pack.append(text)
            size += len(text) + 1
        if pack:
            payloads.append("[" + ",".join(pack) + "]")
        await self.bus.notify_many(EVENTS, payloads)

    async def _after_reconnect(self) -> None:
        """(Re)write the presence of every charger this host holds (another host may have cleaned it up while
        this one was away) and take up the operations that were sent while it was away."""
        held = list(self.central.server.connected())
        if held:
            await self.bus.transaction([self._upsert(cp.id, cp.version, cp.ip, cp.secure) for cp in held])
        for (rid,) in await self.bus.execute(
            "SELECT id FROM bus_requests WHERE node_id = %s AND status = 'pending' ORDER BY id",
            (self.node_id,),
        ):
            self._spawn(self._handle(int(rid)), f"bus-request-{rid}")

    async def _tick(self) -> None:
        """Every lease renewal: who is attached, and the leftovers of processes that died."""
        rows = await self.bus.execute(
            f"SELECT count(*), coalesce(bool_or(wants_frames), false) FROM bus_nodes WHERE role = 'attached' "
            f"AND lease_until > {_UTC_NOW}"
        )
        consoles, frames = int(rows[0][0]), bool(rows[0][1])
        if consoles and not self._consoles:
            log.info("site bus: %d console(s) attached", consoles)
        self._consoles, self._frames = consoles, frames
        self._follow()
        done = await self.bus.transaction(
            [
                (  # never its own: this host is alive, whatever its lease row says (renewed late, clock)
                    "DELETE FROM charger_presence p WHERE p.node_id <> %s AND NOT EXISTS (SELECT 1 FROM bus_nodes n "
                    f"WHERE n.id = p.node_id AND n.lease_until > {_UTC_NOW} - interval '5 seconds') "
                    "RETURNING p.cp_id",
                    (self.node_id,),
                ),
                (f"DELETE FROM bus_nodes WHERE lease_until < {_UTC_NOW} - interval '1 day'", None),
                (f"DELETE FROM bus_requests WHERE created_at < {_UTC_NOW} - interval '1 day'", None),
                (f"DELETE FROM bus_events WHERE ts < {_UTC_NOW} - interval '10 minutes'", None),
            ]
        )
        if self._consoles:  # chargers of a host that died, not reconnected elsewhere: offline for consoles
            for (cp_id,) in done[0]:
                self._events.append(
                    ev.ChargerDisconnected(cp_id, 1006, "its host stopped renewing its lease")
                )
                self._wake.set()

    # --- notifications ---------------------------------------------------------------------------------------

    def _notified(self, channel: str, payload: str) -> None:
        if channel == CONFIG:
            if not self._refresh_pending:
                self._refresh_pending = True
                self._spawn(self._refresh(), "bus-config")
        elif channel == HELLO:
            self._spawn(self._tick(), "bus-hello")
        elif payload.isdigit():
            self._spawn(self._handle(int(payload)), f"bus-request-{payload}")

    def on_config_changed(self, callback: Callable[[], None]) -> None:
        """``callback()`` when configuration committed anywhere on the site changed (after the host re-read its
        stations); a console that hosts refreshes its pages with it."""
        self._config_listeners.append(callback)

    async def _refresh(self) -> None:
        await asyncio.sleep(0.05)  # a burst of saves: once
        self._refresh_pending = False
        await self.central.refresh_stations()
        for cb in list(self._config_listeners):
            cb()

    # --- operations ------------------------------------------------------------------------------------------

    async def _handle(self, request_id: int) -> None:
        rows = await self.bus.execute(
            "UPDATE bus_requests SET status = 'running' WHERE id = %s AND node_id = %s AND status = 'pending' "
            "RETURNING reply_to, cp_id, action, payload, timeout_s",
            (request_id, self.node_id),
        )
        if not rows:
            return
        reply_to, cp_id, action, payload, timeout_s = rows[0]
        try:
            answer: Any = await self._carry_out(cp_id, action, loads(json.dumps(payload)), float(timeout_s))
            status, kind, text = "done", None, None
        except Exception as e:
            status, kind, text = "failed", _error_kind(e), str(e) or type(e).__name__
            answer = (
                {"action": e.action, "code": e.code, "description": e.description}
                if isinstance(e, ChargerCallError)
                else None
            )
            if kind == "error":
                log.warning("site bus: %s for %s failed: %s", action, cp_id, text)
        note = str(request_id)
        if payload.get(INLINE_KEY):  # the requester reads a small answer from the notification itself
            inline = dumps({"id": request_id, "status": status, "answer": answer, "kind": kind, "text": text})
            if len(inline.encode()) <= MAX_PAYLOAD:
                note = inline
        await self.bus.execute(  # one statement: the answer and its notification commit together
            "WITH u AS (UPDATE bus_requests SET status = %s, answer = %s, error_kind = %s, error_text = %s, "
            f"answered_at = {_UTC_NOW} WHERE id = %s RETURNING id) SELECT pg_notify(%s, %s) FROM u",
            (status, Json(answer, dumps=dumps), kind, text, request_id, node_channel(reply_to), note),
        )

    async def _carry_out(self, cp_id: str, action: str, payload: dict[str, Any], timeout: float) -> Any:
        central = self.central
        if action.startswith("op:"):
            name = action[3:]
            if name not in ROUTED_OPERATIONS:
                raise HostError(f"{name} is not an operation")
            kwargs = dict(payload.get("kwargs") or {})
            if name in _TAKE_TIMEOUT:
                kwargs.setdefault("timeout", timeout)
            return await getattr(central.operations, name)(cp_id, *payload.get("args", []), **kwargs)
        if action == "host:accept":
            return {
                "station_id": await central.accept_charger(
                    cp_id, payload.get("station_id"), site_id=payload.get("site_id"), name=payload.get("name")
                )
            }
        if action == "host:reject":
            await central.reject_charger(cp_id)
            return {}
        if action == "host:learn":
            self._learn(cp_id, bool(payload.get("on")))
            return {}
        if action == "host:secret-channel":
            return {
                "problem": central.secret_channel_problem(cp_id),
                "profile": central.security_profile(cp_id),
            }
        raise HostError(f"unknown request {action!r}")

    def _learn(self, cp_id: str, on: bool) -> None:
        stop = self._learning.pop(cp_id, None)
        if stop is not None:
            stop()
        if on:
            bus = self.central.bus

            def presented(id_tag: str, connector_id: int | None) -> None:
                bus.emit(CardPresented(cp_id, id_tag=id_tag, connector_id=connector_id))

            self._learning[cp_id] = self.central.learn_cards(cp_id, presented)


# --- a console's or the command line's side ----------------------------------------------------------------------


class SiteClient(_Node):
    """A process that sends operations to hosts (and, for a console, hears their events)."""

    def __init__(
        self,
        url: str,
        *,
        program: str = "cli",
        on_event: Callable[[ev.Event], None] | None = None,
        on_config: Callable[[], None] | None = None,
        on_state: Callable[[bool, str], None] | None = None,
        wants_frames: bool = False,
        requested_by: str = "",
    ) -> None:
        role = "attached" if on_event is not None else "cli"
        super().__init__(url, role=role, program=program, wants_frames=wants_frames)
        self._on_event = on_event
        self._on_config = on_config
        self._on_state = on_state
        self._requested_by = requested_by or f"{program}@{self.machine}"
        self.operator: Callable[[], str] | None = (
            None  # who asks, named in each request (the operator logged in)
        )
        if on_event is not None:
            self.bus.listen(EVENTS)
        if on_config is not None:
            self.bus.listen(CONFIG)
        self._waiting: dict[int, asyncio.Future[None]] = {}
        self._early: set[int] = set()
        self._answers: dict[
            int, dict[str, Any]
        ] = {}  # answers that came in their notification, by request id
        self._last_seq: dict[str, int] = {}
        self.gaps = 0

    @property
    def requested_by(self) -> str:
        return self.operator() if self.operator is not None else self._requested_by

    async def start(self) -> None:
        await self._start_bus()

    async def stop(self) -> None:
        await self._stop_bus()

    async def set_wants_frames(self, wanted: bool) -> None:
        self.wants_frames = wanted
        await self._register()

    def _state(self, up: bool, why: str) -> None:
        if self._on_state is not None:
            self._on_state(up, why)

    async def _after_reconnect(self) -> None:
        for rid, fut in list(self._waiting.items()):  # answers notified while we were away
            if not fut.done():
                rows = await self.bus.execute("SELECT status FROM bus_requests WHERE id = %s", (rid,))
                if rows and rows[0][0] in ("done", "failed"):
                    fut.set_result(None)

    def _notified(self, channel: str, payload: str) -> None:
        if channel == EVENTS:
            for item in loads(payload):  # a host's batch: events, and "@id" for one kept in bus_events
                if isinstance(item, str):
                    self._spawn(self._large_event(int(item[1:])), "bus-large-event")
                else:
                    self._deliver(_decoded(item))
        elif channel == CONFIG:
            if self._on_config is not None:
                self._on_config()
        elif payload.isdigit() or payload.startswith("{"):  # an answer: its id, or the answer itself
            if payload.isdigit():
                rid = int(payload)
            else:
                doc = loads(payload)
                rid = int(doc["id"])
                self._answers[rid] = doc
            fut = self._waiting.get(rid)
            if fut is None:  # before request() registered it (or after it gave up): kept a while
                self._early.add(rid)
                while len(self._answers) > MAX_EARLY:
                    self._answers.pop(next(iter(self._answers)))
                if len(self._early) > MAX_EARLY:
                    self._early = {r for r in self._early if r > rid - MAX_EARLY}
            elif not fut.done():
                fut.set_result(None)

    def _deliver(self, decoded: tuple[str, int, ev.Event] | None) -> None:
        if decoded is None or self._on_event is None:
            return
        node, seq, event = decoded
        last = self._last_seq.get(node)
        if last is not None and seq != last + 1:
            self.gaps += 1
        self._last_seq[node] = seq
        self._on_event(event)

    async def _large_event(self, event_id: int) -> None:
        rows = await self.bus.execute("SELECT body FROM bus_events WHERE id = %s", (event_id,))
        if rows:
            self._deliver(decode_event(rows[0][0]))

    async def request(
        self, cp_id: str, action: str, payload: dict[str, Any], *, timeout: float | None = None
    ) -> Any:
        """Have the host holding ``cp_id`` carry out ``action``; its answer, or the error it met (the same
        exception types as on the host: ChargerOffline, ChargerTimeout, ChargerCallError, ...)."""
        timeout_s = 30.0 if timeout is None else float(timeout)
        # the holder found, the request inserted and its host notified in one statement (one commit)
        rows = await self.bus.execute(
            f"WITH h AS ({_HOLDER_SQL} WHERE p.cp_id = %s AND n.lease_until > {_UTC_NOW}), "
            "r AS (INSERT INTO bus_requests (node_id, reply_to, cp_id, action, payload, timeout_s, requested_by, "
            f"created_at, status) SELECT h.node_id, %s, h.cp_id, %s, %s, %s, %s, {_UTC_NOW}, 'pending' FROM h "
            "RETURNING id, node_id) SELECT r.id, pg_notify(%s || r.node_id, r.id::text), h.* FROM r, h",
            (
                cp_id,
                self.node_id,
                action[:64],
                Json({**payload, INLINE_KEY: True}, dumps=dumps),
                timeout_s,
                self.requested_by[:160],
                node_channel(""),
            ),
        )
        if not rows:  # nobody holds it, or its host is down: say which
            gone = await self.holder(cp_id)
            if gone is None:
                raise ChargerOffline(f"{cp_id} is not connected to the site's central system")
            raise ChargerOffline(f"{cp_id}'s host ({gone.host}) is down: it stopped renewing its lease")
        holder = _holder(rows[0][2:])
        rid = int(rows[0][0])
        fut: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._waiting[rid] = fut
        if rid in self._early:
            self._early.discard(rid)
            fut.set_result(None)
        try:
            await self._wait(fut, rid, holder, timeout_s + REPLY_MARGIN_S)
        finally:
            self._waiting.pop(rid, None)
        doc = self._answers.pop(rid, None)
        if doc is not None:
            status, answer, kind, text = doc["status"], doc["answer"], doc["kind"], doc["text"]
        else:  # too large for a notification: read it
            rows = await self.bus.execute(
                "SELECT status, answer, error_kind, error_text FROM bus_requests WHERE id = %s", (rid,)
            )
            status, answer, kind, text = rows[0]
            answer = loads(json.dumps(answer)) if answer is not None else None
        if status == "failed":
            _raise_answer(cp_id, action, kind or "error", text or "", answer)
        return answer

    async def _wait(self, fut: asyncio.Future[None], rid: int, holder: Holder, limit: float) -> None:
        loop = asyncio.get_running_loop()
        deadline = loop.time() + limit
        while True:
            left = deadline - loop.time()
            if left <= 0:
                raise ChargerTimeout(
                    f"{holder.cp_id}: no answer from its host ({holder.host}) within {limit - REPLY_MARGIN_S:.0f} s"
                )
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(asyncio.shield(fut), min(left, RENEW_S))
                return
            now = await self.holder(holder.cp_id)  # the host died (or the charger left) while we waited?
            if now is not None and now.node_id != holder.node_id and now.alive:
                # the charger reconnected to another host (its own died: a load balancer sent it elsewhere); a
                # request its old host has not taken up goes to the new one (the old one takes only its own rows)
                if await self._move(rid, holder.node_id, now.node_id):
                    holder = now
                    continue
            if now is not None and now.node_id == holder.node_id:
                if now.alive:
                    continue
            elif await self._node_alive(holder.node_id):
                continue  # the charger left a live host: it answers ChargerOffline
            raise ChargerOffline(f"{holder.cp_id}'s host ({holder.host}) went down while it was asked")

    async def _move(self, rid: int, old: str, new: str) -> bool:
        rows = await self.bus.transaction(
            [
                (
                    "UPDATE bus_requests SET node_id = %s WHERE id = %s AND node_id = %s AND status = 'pending' "
                    "RETURNING id",
                    (new, rid, old),
                ),
                (
                    "SELECT pg_notify(%s, %s) WHERE EXISTS (SELECT 1 FROM bus_requests WHERE id = %s AND node_id = %s)",
                    (node_channel(new), str(rid), rid, new),
                ),
            ]
        )
        return bool(rows[0])

    async def _node_alive(self, node_id: str) -> bool:
        rows = await self.bus.execute(
            f"SELECT lease_until > {_UTC_NOW} FROM bus_nodes WHERE id = %s", (node_id,)
        )
        return bool(rows and rows[0][0])

    async def operation(self, cp_id: str, name: str, *args: Any, **kwargs: Any) -> Any:
        """``Operations.<name>(cp_id, *args, **kwargs)`` carried out by the host holding ``cp_id``."""
        if name not in ROUTED_OPERATIONS:
            raise AttributeError(name)
        timeout = kwargs.pop("timeout", None)
        return await self.request(
            cp_id, f"op:{name}", {"args": list(args), "kwargs": kwargs}, timeout=timeout
        )


# --- an attached console's central system ------------------------------------------------------------------------


class RemoteOperations:
    """``Operations`` for an attached console: each call is carried out by the host that holds the charger."""

    def __init__(self, client: SiteClient) -> None:
        self._client = client

    def __getattr__(self, name: str) -> Callable[..., Awaitable[Any]]:
        if name not in ROUTED_OPERATIONS:
            raise AttributeError(name)

        async def routed(cp_id: str, *args: Any, **kwargs: Any) -> Any:
            return await self._client.operation(cp_id, name, *args, **kwargs)

        routed.__name__ = name
        return routed

    async def fetch_reported_variables(self, cp_id: str) -> list[ReportedVariable]:
        """The device model a 2.0.1 charger reported, as its host keeps it."""
        rows = await self._client.operation(cp_id, "fetch_reported_variables")
        return [ReportedVariable(**row) for row in rows]

    async def fetch_reported_monitors(self, cp_id: str) -> list[ReportedMonitor]:
        """The monitors a 2.0.1 charger is known to have, as its host keeps them."""
        rows = await self._client.operation(cp_id, "fetch_reported_monitors")
        return [ReportedMonitor(**row) for row in rows]


@dataclass
class RemoteChargerState(ChargerState):
    """What an attached console knows of a charger now: the host's :class:`ChargerState` (the fields pages read),
    with the host holding it."""

    host: str = ""
    host_node: str = ""  # the bus node holding it


class _States:
    """``backend.states`` / ``backend.state(cp_id)`` of an attached console (pages read them like a host's)."""

    def __init__(self) -> None:
        self.states: dict[str, RemoteChargerState] = {}

    def state(self, cp_id: str) -> RemoteChargerState:
        st = self.states.get(cp_id)
        if st is None:
            st = self.states[cp_id] = RemoteChargerState(cp_id)
        return st


@dataclass(frozen=True)
class _Addresses:
    local_address: tuple[str, int]
    remote_address: tuple[str, int]


def advertised_url(local_url: str, database_url: str, listen_host: str) -> str:
    """Where chargers and other machines reach a host that listens on every interface (``listen_host``
    0.0.0.0): its address on the way to the database server (which every console reaches), else its name;
    ``local_url`` as it is when it listens on one address."""
    from urllib.parse import urlsplit

    from sqlalchemy.engine import make_url

    if listen_host not in ("0.0.0.0", "::", ""):
        return local_url
    parts = urlsplit(local_url)
    db_host = make_url(database_url).host or ""
    address = ""
    if db_host and db_host not in ("127.0.0.1", "localhost", "::1") and not db_host.startswith("/"):
        try:
            address = _route_to(socket.gethostbyname(db_host))
        except OSError:
            address = ""
    address = address or machine_name()
    return parts._replace(netloc=f"{address}:{parts.port}").geturl()


@dataclass
class RemoteCharger:
    """A charger held by another host, as :meth:`OcppServer.get` answers for one of its own."""

    id: str
    version: str
    secure: bool
    ip: str
    closed: bool = False

    @property
    def _connection(self) -> _Addresses | None:
        """The addresses a file server for this charger needs: this console's on the way to the charger."""
        local = _route_to(self.ip) if self.ip else ""
        return _Addresses((local, 0), (self.ip, 0)) if local else None


class _RemoteServer:
    def __init__(self, states: _States) -> None:
        self._states = states

    def get(self, cp_id: str) -> RemoteCharger | None:
        st = self._states.states.get(cp_id)
        if st is None or not st.connected:
            return None
        return RemoteCharger(cp_id, st.ocpp_version or "1.6", st.secure, st.ip)

    def charger(self, cp_id: str) -> RemoteCharger:
        cp = self.get(cp_id)
        if cp is None:
            raise ChargerOffline(f"{cp_id} is not connected")
        return cp

    def connected(self) -> list[RemoteCharger]:
        return [cp for cp in (self.get(c) for c in list(self._states.states)) if cp is not None]


class _StoreRuns:
    """``central.store.run(fn)`` of an attached console: ``fn(session)`` committed, off the loop."""

    def __init__(self, store: Store) -> None:
        self._store = store

    async def run(self, fn: Callable[[Any], Any], **_: Any) -> Any:
        return await self._store.awrite(fn)

    async def flush(self) -> None:
        """Nothing is buffered here (the host's writer flushes its own)."""


class RemoteCentral:
    """The site's central system as an attached console sees it (what its pages call of a ``CentralSystem``)."""

    attached = True

    def __init__(self, database: Database, *, requested_by: str = "") -> None:
        self.database = database
        self.bus = ev.EventBus()
        self.backend = _States()
        self.server = _RemoteServer(self.backend)
        self._store = Store(database)
        self.store = _StoreRuns(self._store)
        self.client = SiteClient(
            database.url,
            program="console",
            on_event=self._event,
            on_config=self._config,
            on_state=self._bus_state,
            wants_frames=False,  # frames only while the console shows the message log (want_frames)
            requested_by=requested_by,
        )
        self.operations = RemoteOperations(self.client)
        self._config_listeners: list[Callable[[], None]] = []
        self.started = False
        self.host = ""  # "serve on office-pc"
        self.host_url = ""
        self._hosts_to_read: set[str] = set()

    # --- life cycle ------------------------------------------------------------------------------------------

    async def start(self) -> None:
        await self.client.start()
        await self.reload()
        self.started = True

    async def stop(self) -> None:
        self.started = False
        await self.client.stop()

    async def reload(self) -> None:
        """Re-read who holds which charger (at start, and when the bus comes back)."""
        holders = await self.client.holders()
        hosts = [n for n in await self.client.nodes() if n.role == "host" and n.alive]
        if hosts:
            self.host = ", ".join(n.label for n in hosts)
            self.host_url = hosts[0].url
        held = {h.cp_id: h for h in holders if h.alive}
        for cp_id, st in self.backend.states.items():
            if cp_id not in held:
                st.connected = False
        for h in held.values():
            st = self.backend.state(h.cp_id)
            st.connected, st.ip, st.ocpp_version, st.secure = True, h.ip, h.ocpp_version, h.secure
            st.host, st.host_node = h.host, h.node_id

    @property
    def url(self) -> str:
        return self.host_url

    @property
    def port(self) -> int:
        return 0

    # --- events ----------------------------------------------------------------------------------------------

    def subscribe(self, callback: Callable[[Any], Any], *types: type) -> Callable[[], None]:
        return self.bus.subscribe(callback, *types)

    def on_config_changed(self, callback: Callable[[], None]) -> None:
        """``callback()`` when configuration committed anywhere on the site changed."""
        self._config_listeners.append(callback)

    async def want_frames(self, wanted: bool) -> None:
        """Have the hosts send every OCPP frame (the message log shown) or not: frames are most of a busy host's
        events, and nobody needs them live while no console shows the log (it reads the stored log when shown)."""
        if wanted != self.client.wants_frames:
            await self.client.set_wants_frames(wanted)

    def on_bus_state(self, callback: Callable[[BusState], None]) -> Callable[[], None]:
        """``callback(state)`` when the link to the site is lost (``state.up`` False) and when it is back."""
        return self.bus.subscribe(callback, BusState)  # type: ignore[arg-type]

    def _config(self) -> None:
        for cb in list(self._config_listeners):
            cb()

    def _bus_state(self, up: bool, why: str) -> None:
        if up and self.started:
            self.client._spawn(self._back(), "bus-reload")
        else:
            self.bus.emit(BusState("", up=up, why=why, host=self.host))

    async def _back(self) -> None:
        await self.reload()
        self.bus.emit(BusState("", up=True, why="connected", host=self.host))

    def _event(self, event: ev.Event) -> None:
        st = self.backend.state(event.cp_id) if event.cp_id else None
        if isinstance(event, ev.ChargerConnected) and st is not None:
            st.connected, st.ip, st.ocpp_version, st.secure = True, event.ip, event.ocpp_version, event.secure
            st.last_seen = event.at
            self._host_unknown(event.cp_id)  # it may have moved
        elif isinstance(event, ev.ChargerDisconnected) and st is not None:
            st.connected = False
        elif isinstance(event, ev.BootReceived) and st is not None:
            st.registration = event.registration
            st.boot = BootInfo(
                event.vendor,
                event.model,
                serial_number=event.serial_number,
                firmware_version=event.firmware_version,
            )
        elif isinstance(event, ev.StatusChanged) and st is not None:
            st.statuses[event.connector_id] = StatusReport(
                event.connector_id,
                event.status,
                event.error_code,
                timestamp=event.at,
                info=event.info,
                vendor_error_code=event.vendor_error_code,
            )
            st.last_seen = event.at
        elif isinstance(event, ev.FirmwareStatus) and st is not None:
            st.firmware_status = event.status
        elif isinstance(event, ev.DiagnosticsStatus) and st is not None:
            st.diagnostics_status = event.status
        self.bus.emit(event)

    def _host_unknown(self, cp_id: str) -> None:
        """Read who holds ``cp_id`` soon: the connections of a reconnect storm in one query, not one each."""
        if not self._hosts_to_read:
            self.client._spawn(self._read_hosts(), "bus-hosts")
        self._hosts_to_read.add(cp_id)

    async def _read_hosts(self) -> None:
        await asyncio.sleep(BATCH_S)
        wanted, self._hosts_to_read = list(self._hosts_to_read), set()
        for holder in await self.client.holders(wanted):
            st = self.backend.state(holder.cp_id)
            st.host, st.host_node = holder.host, holder.node_id

    # --- what pages call -------------------------------------------------------------------------------------

    def chargers(self) -> list[RemoteChargerState]:
        return list(self.backend.states.values())

    def is_connected(self, cp_id: str) -> bool:
        st = self.backend.states.get(cp_id)
        return bool(st and st.connected)

    def learn_cards(self, cp_id: str, callback: Callable[[str, int | None], None]) -> Callable[[], None]:
        """Learn mode on ``cp_id``, run by its host; cards presented there reach ``callback``."""

        def presented(event: ev.Event) -> None:
            if isinstance(event, CardPresented) and event.cp_id == cp_id:
                callback(event.id_tag, event.connector_id)

        unsubscribe = self.bus.subscribe(presented, CardPresented)
        self.client._spawn(self.client.request(cp_id, "host:learn", {"on": True}), f"learn-{cp_id}")

        def stop() -> None:
            unsubscribe()
            self.client._spawn(self.client.request(cp_id, "host:learn", {"on": False}), f"unlearn-{cp_id}")

        return stop

    async def accept_charger(
        self,
        cp_id: str,
        station_id: int | None = None,
        *,
        site_id: int | None = None,
        name: str | None = None,
    ) -> int:
        """By the host holding the charger (it knows its connectors and asks it to boot again); a charger no
        host holds now is accepted in the database alone (connectors as its station has them)."""
        if await self._held(cp_id):
            answer = await self.client.request(
                cp_id, "host:accept", {"station_id": station_id, "site_id": site_id, "name": name}
            )
            return int(answer["station_id"])
        return int(
            await self._store.awrite(
                lambda s: db_ops.accept_charger(
                    s, cp_id, station_id, site_id=site_id, name=name, connectors=[]
                )
            )
        )

    async def reject_charger(self, cp_id: str) -> None:
        if await self._held(cp_id):
            await self.client.request(cp_id, "host:reject", {})
        else:
            await self._store.awrite(lambda s: db_ops.reject_charger(s, cp_id))

    async def _held(self, cp_id: str) -> bool:
        holder = await self.client.holder(cp_id)
        return holder is not None and holder.alive

    async def refresh_stations(self) -> None:
        """Hosts re-read their stations when configuration changes (they hear it on the bus by themselves)."""

    def security_profile(self, cp_id: str) -> int | None:
        st = self.backend.states.get(cp_id)
        if st is None or not st.connected:
            return None
        return 2 if st.secure else None

    def secret_channel_problem(self, cp_id: str) -> str | None:
        st = self.backend.states.get(cp_id)
        if st is None or not st.connected:
            return translate("SiteBus", "{cp_id} is not connected").format(cp_id=cp_id)
        if not st.secure:
            return translate(
                "SiteBus",
                "{cp_id} is connected over ws:// without TLS, so the password would cross the network in clear; "
                "serve over wss:// (a TLS certificate) to send it",
            ).format(cp_id=cp_id)
        return None

    async def recent_messages(self, **filters: Any) -> list[Any]:
        """The message log as the hosts stored it (newest first)."""
        return await self._store.aread(lambda s: recent_messages(s, **filters))


def running_hosts(database: Database) -> list[str]:
    """ "serve on office-pc" for every host whose lease is alive (none on SQLite)."""
    if not is_postgresql(database.url):
        return []
    with database.session() as s:
        rows = s.execute(
            select(BusNode.program, BusNode.machine)
            .where(BusNode.role == "host", BusNode.lease_until > text(_UTC_NOW))
            .order_by(BusNode.started_at)
        ).all()
    return [
        translate("SiteBus", "{program} on {machine}").format(program=program, machine=machine)
        for program, machine in rows
    ]


def choose_role(database: Database, wanted: str) -> str:
    """What a console on ``database`` is: "host" (runs the central system) or "attach". A SQLite file is always
    held by the console that opens it; on PostgreSQL "auto" attaches when a host is running."""
    if not is_postgresql(database.url):
        return "host"
    if wanted in ("host", "attach"):
        return wanted
    return "attach" if running_hosts(database) else "host"


async def chargers_overview(url: str) -> tuple[list[Holder], list[NodeRow]]:
    """Every charger's holder and every process on the bus (for ``chargedesk chargers``)."""
    client = SiteClient(url)
    await client.bus.start()
    try:
        return await client.holders(), await client.nodes()
    finally:
        await client.bus.close()


def host_labels(nodes: Iterable[NodeRow]) -> dict[str, str]:
    """Each host's label by node id: "serve on office-pc", with the port it serves on ("serve on office-pc:9001")
    where several hosts known to the bus share a machine (nodes of one site on one machine, or a restarted one)."""
    hosts = [n for n in nodes if n.role == "host"]
    count = collections.Counter(n.label for n in hosts)
    labels: dict[str, str] = {}
    for n in hosts:
        port = urllib.parse.urlsplit(n.url).port if n.url else None
        labels[n.id] = f"{n.label}:{port}" if count[n.label] > 1 and port else n.label
    return labels


def describe_hosts(nodes: Iterable[NodeRow]) -> str:
    nodes = list(nodes)
    labels = host_labels(nodes)
    hosts = [labels[n.id] for n in nodes if n.role == "host" and n.alive]
    return ", ".join(hosts) if hosts else translate("SiteBus", "no host")


__all__ = [
    "CONFIG",
    "EVENTS",
    "LEASE_S",
    "RENEW_S",
    "ROUTED_OPERATIONS",
    "BusState",
    "CardPresented",
    "Holder",
    "HostError",
    "NodeRow",
    "RemoteCentral",
    "RemoteOperations",
    "SiteClient",
    "SiteHost",
    "chargers_overview",
    "choose_role",
    "decode_event",
    "encode_event",
    "host_labels",
    "running_hosts",
]
