"""The load manager: keeps every load-managed site's circuits within their limits while the central system runs.

:class:`LoadManager` is owned by :class:`~app.services.central.system.CentralSystem` and runs on its event loop
(``chargedesk serve`` and a console that hosts). It idles (no event subscriptions, a look at the configuration
stamp every few seconds) until a site has circuits.

**Events in.** SessionStarted / SessionStopped, StatusChanged (SuspendedEV: the vehicle takes nothing),
SessionUpdated (its per-phase ``current_a``: a vehicle taking clearly less than its limit, how many phases it
uses), ChargerConnected / BootReceived (the fail-safe default, capabilities), ChargerDisconnected, a plan window
edge (a timer at :func:`~app.services.load.limits.next_change`) and configuration changes (the stamp). Each marks
its site; the sites marked within :data:`DEBOUNCE_S` are allocated once (20 simultaneous starts: one allocation).

**Allocation** is :func:`~app.services.load.allocation.allocate` over the site's circuits
(:mod:`app.services.load.site_state`), their limits now (:func:`~app.services.load.limits.limits_at`), and a
:class:`~app.services.load.allocation.Demand` per running session; connectors of chargers that refuse profiles
(capabilities, or a SetChargingProfile rejected or failed) are reserved at their full power (``fixed_a``) whether a
session runs or not; those of a charger connected elsewhere at their last limit.

**Delivery**: decreases first, their answers awaited, then increases, so no circuit is overloaded while limits
change; if a decrease fails, no increase goes out and the site is allocated again with that connector reserved.
A limit is sent only when it moves by :data:`STEP_A` or more or crosses 0 or the minimum; an increase at most
every :data:`RAISE_EVERY_S` per connector (a decrease at once). Profiles come from
:func:`~app.services.load.profiles.limit_delivery` (TxProfile of the running transaction where accepted, else
TxDefaultProfile; a one-connector charger taking only ChargePointMaxProfile gets its limit and fail-safe as that, on
connector 0). Limits of the purposes in :data:`PERSISTENT` outlive their session: cleared at its end, and from a
charger's idle connectors when it connects (a limit left from before a restart would sit above the fail-safe). Every limit sent is a ``limit_changes`` row (the session, the reason, the purpose, the answer);
``circuit_load`` gets one sample per circuit and phase at most every :data:`SAMPLE_EVERY_S` while anything changes
(older than :data:`KEEP_DAYS` pruned). Writes go through the store writer, never awaited on the event loop. After
every allocation that changed anything :class:`~app.services.load.events.LoadAllocated` is published.

**Fail-safe.** At every ChargerConnected and accepted BootReceived each managed connector of the charger gets
:func:`~app.services.load.profiles.failsafe_delivery` with its *safe share* (:func:`safe_share`): what its circuit
and every circuit above it can give when all their connectors draw at once (the lowest limit of the circuit's plan
divided by the connectors on each phase), capped by the connector's maximum. A running session keeps its limit
(a TxProfile) when the central system is gone, so the safe share is of what the running sessions' limits leave
(``_in_force``, from the last allocation): after each allocation the defaults move with the limits — every lower
one sent with the decreases, before anything goes up; a higher one by a step, and a connector with a session keeps
a default no higher than its limit. So what all connectors may draw without the central system (each its session's
limit or, when free, its default) stays within every circuit: while the circuits are full, a free connector's
default is 0 and a vehicle arriving there waits for the central system (which shares at once while it runs). A
share below the site's minimum is still sent, rounded down: without the central system such a connector does not
charge (safe, not useful).

Multi-node: a site's allocation is done by the node whose chargers it sees; a site whose chargers are spread over
two serve nodes is not supported (each node would share the circuits among its own chargers only).
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import datetime as dt
import logging
import math
import time
from collections.abc import Awaitable, Callable, Coroutine, Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, insert
from sqlalchemy.orm import Session

from app.models import CircuitLoad, LimitChange
from app.ocpp.chargepoint import ChargerOffline
from app.ocpp.events import (
    BootReceived,
    ChargerConnected,
    ChargerDisconnected,
    Event,
    SessionStarted,
    SessionStopped,
    SessionUpdated,
    StatusChanged,
)
from app.ocpp.v201.events import ChargingLimitChanged
from app.services.background import spawn
from app.services.central import config_version
from app.services.central.writer import StoreUnavailable
from app.services.chargers.operations import OPERATION_ERRORS
from app.services.load import capabilities as caps_mod
from app.services.load import external as ext
from app.services.load import reasons as why_mod
from app.services.load.allocation import Demand, Share, allocate, circuit_totals
from app.services.load.capabilities import UNKNOWN, Capabilities
from app.services.load.events import LoadAllocated
from app.services.load.limits import CircuitSpec, limit_of, limits_at, next_change
from app.services.load.meter import MeterSettings, SiteMeters, load_meter_settings
from app.services.load.profiles import (
    CP_MAX,
    MAX_AHEAD,
    TX,
    TX_DEFAULT,
    Delivery,
    NotDeliverable,
    ahead_room,
    failsafe_delivery,
    limit_delivery,
)
from app.services.load.site_state import (
    ConnectorSpec,
    SessionRank,
    SiteSpec,
    load_ranks,
    load_sites,
)
from app.services.rules.plan import to_local
from app.services.texts import Text, stored

if TYPE_CHECKING:
    from app.services.central.system import CentralSystem

log = logging.getLogger(__name__)

DEBOUNCE_S = 0.1  # events within this are one allocation
STEP_A = (
    1.0  # a higher limit is sent when it moves by this much (or crosses 0 or the minimum); a lower one always
)
DECREASE_EPS_A = 0.05  # ... (allocations are rounded to 0.1 A)
AHEAD = dt.timedelta(hours=24)  # time-of-day limits coming this soon go in the sessions' schedules
METER_EVERY_S = 5.0  # a site with a base-load meter is allocated again this often (its changes have no event)
RAISE_EVERY_S = 10.0  # an increase at most this often per connector; decreases at once
SAMPLE_EVERY_S = 60.0  # circuit_load: at most one sample per circuit this often
KEEP_DAYS = 7  # circuit_load samples are kept this long
STAMP_EVERY_S = (
    5.0  # the configuration stamp is looked at this often (a change also arrives by refresh_stations)
)
CALL_TIMEOUT_S = 15.0  # a SetChargingProfile not answered by then failed
TAKING_BELOW_A = 2.0  # a vehicle drawing this much less than its limit is "taking less"
TAKING_RELEASE_A = 0.5  # ... until it draws within this of what it is offered
TAKING_CHANGE_A = 1.0  # a change of what it takes that counts
PHASE_DRAWN_A = 1.0  # a phase carrying more than this is one the vehicle uses
OFFLINE = "Offline"  # what _set returns for a charger that is not connected (nothing was sent)
LIMIT_PROFILE_ID = 140_000  # + connector id: the profile that carries the allocated limit
FAILSAFE_PROFILE_ID = 141_000  # + connector id: the fail-safe default
#: limits of these purposes outlive their session (cleared at its end, the fail-safe under them applies again)
PERSISTENT = frozenset({TX_DEFAULT, CP_MAX})

Key = tuple[str, int]
Phases = tuple[float, float, float]
BaseLoad = Callable[[SiteSpec, dict[int, Phases]], Awaitable[dict[int, Phases] | None]]


class LoadClock:
    """The manager's time: real UTC, or (tests, demonstrations) a clock that starts at ``start`` and runs
    ``speed`` times faster, and can be moved (:meth:`set`), so a plan window's edge comes without waiting hours."""

    def __init__(self, start: dt.datetime | None = None, speed: float = 1.0) -> None:
        if not speed > 0:
            raise ValueError("speed must be > 0")
        self.speed = float(speed)
        self._mono0 = time.monotonic()
        self._start = start.astimezone(dt.UTC) if start is not None else None
        self._moved: list[Callable[[], None]] = []

    def now(self) -> dt.datetime:
        if self._start is None:
            return dt.datetime.now(dt.UTC)
        return self._start + dt.timedelta(seconds=(time.monotonic() - self._mono0) * self.speed)

    def seconds_until(self, at: dt.datetime) -> float:
        """Real seconds until ``at`` of this clock."""
        return max(0.0, (at - self.now()).total_seconds() / self.speed)

    def set(self, at: dt.datetime) -> None:
        """Move the clock to ``at`` (it runs on from there); whoever follows it hears so."""
        self._start, self._mono0 = at.astimezone(dt.UTC), time.monotonic()
        for callback in list(self._moved):
            callback()

    def on_moved(self, callback: Callable[[], None]) -> None:
        self._moved.append(callback)


@dataclass
class _Sent:
    """What a connector's charger holds from us."""

    limit_a: float
    raised_at: float  # monotonic time of the last increase sent (0: none)
    purpose: str
    transaction_id: int | None
    ahead: tuple[tuple[dt.datetime, float], ...] = ()  # lower limits from these instants on, in its schedule

    def held(self, at: dt.datetime) -> float:
        """The limit its schedule gives at ``at``."""
        limit = self.limit_a
        for instant, lower in self.ahead:
            if instant <= at:
                limit = lower
        return limit


@dataclass
class _Live:
    """What the meter values say about a running session."""

    transaction_id: int
    current_a: Phases | None = None  # the connector's L1 L2 L3
    taking_a: float | None = None  # what it takes when clearly below its limit
    vehicle_phase: int | None = None  # the connector L a 1-phase vehicle draws on


def _lowest_a(circuit: CircuitSpec) -> float:
    """The lowest per-phase limit the circuit's plan ever gives it (its own, or a window's)."""
    return min([limit_of(circuit)[0], *(limit_of(circuit, w)[0] for w in circuit.windows)])


def _path(site: SiteSpec, circuit_id: int) -> list[CircuitSpec]:
    by_id = {c.id: c for c in site.circuits}
    out: list[CircuitSpec] = []
    node = by_id.get(circuit_id)
    while node is not None and node not in out:
        out.append(node)
        node = by_id.get(node.parent_id) if node.parent_id is not None else None
    return out


def safe_share(
    site: SiteSpec,
    conn: ConnectorSpec,
    unmanaged: frozenset[Key] = frozenset(),
    in_force: Mapping[Key, float] | None = None,
) -> tuple[float, str]:
    """The connector's fail-safe limit per phase and why: on its circuit and every circuit above it, the lowest
    limit of the circuit's plan, less the full power of the ``unmanaged`` connectors under it and the limits
    ``in_force`` of the other connectors' running sessions (a session keeps its limit when the central system is
    gone), divided by the other connectors drawing on each of the phases it draws on (a 3-phase connector counts on
    all three: a 1-phase vehicle may use any); the smallest of those, capped at the connector's maximum, rounded down
    to 0.1 A. Below the site's minimum it is sent all the same (the connector then does not charge without the
    central system)."""
    best, why = conn.max_a, Text(why_mod.FAILSAFE_CONNECTOR, maximum=conn.max_a)
    for circuit in _path(site, conn.circuit_id):
        lowest = _lowest_a(circuit)
        if math.isinf(lowest):
            continue
        under = {c.id for c in site.circuits if circuit in _path(site, c.id)}
        for phase in conn.circuit_phases(circuit.phases):
            fixed = sessions = 0.0
            n = 0
            for other in site.connectors:
                if other.circuit_id not in under:
                    continue
                if phase not in other.circuit_phases(_circuit_phases(site, other.circuit_id)):
                    continue
                if other.key in unmanaged:
                    fixed += other.max_a
                elif in_force is not None and other.key != conn.key and other.key in in_force:
                    sessions += in_force[other.key]
                else:
                    n += 1
            share = max(0.0, lowest - fixed - sessions) / max(1, n)
            if share < best:
                template = (
                    (why_mod.FAILSAFE_SHARE_BOTH if sessions else why_mod.FAILSAFE_SHARE_UNMANAGED)
                    if fixed
                    else (why_mod.FAILSAFE_SHARE_SESSIONS if sessions else why_mod.FAILSAFE_SHARE)
                )
                values = {"name": circuit.name, "lowest": lowest}
                values |= ({"unmanaged": fixed} if fixed else {}) | (
                    {"sessions": sessions} if sessions else {}
                )
                best, why = share, Text(template, n, **values)
    return math.floor(best * 10 + 1e-9) / 10, why


def _whole(share: Share, min_a: float, demand: Demand) -> Share:
    """A managed share in whole amperes, rounded down (never below the minimum it reached): the limits the chargers
    hold must add up within the circuits, so every lower one is sent; in whole amperes a share that moves by a
    fraction at each start of a large site's sessions (an equal share of 1,600 A among 100 or 101) changes the
    limits only when it crosses an ampere, not every charger's at every start. Many chargers take whole amperes
    only anyway. An unmanaged connector's reservation stays as it is."""
    if demand.fixed_a is not None or share.limit_a <= 0:
        return share
    whole = max(float(math.floor(share.limit_a + 1e-9)), min_a)
    return share if whole == share.limit_a else dataclasses.replace(share, limit_a=min(whole, share.limit_a))


def _circuit_phases(site: SiteSpec, circuit_id: int) -> int:
    circuit = site.circuit(circuit_id)
    return circuit.phases if circuit is not None else 3


def _crosses(old: float, new: float, level: float) -> bool:
    return (old < level) != (new < level)


def needs_send(previous: float | None, new: float, min_a: float) -> bool:
    """Whether a limit moving from ``previous`` (None: nothing sent yet) to ``new`` is worth a profile: any
    decrease (what the chargers hold must add up within the circuits: a decrease left unsent while another
    connector's increase goes out would overload by the difference), an increase of :data:`STEP_A` or more, or across
    0 (resume) or the minimum."""
    if previous is None or new < previous - DECREASE_EPS_A:
        return True
    return (
        abs(new - previous) >= STEP_A - 1e-9
        or _crosses(previous, new, 1e-6)
        or _crosses(previous, new, min_a - 1e-6)
    )


def _fmt(value: float) -> float | None:
    return None if math.isinf(value) else round(value, 2)


class LoadManager:
    """See the module. ``base_load(site, measured)`` returns the measured base load per circuit phase of a site
    each allocation: by default from the site's meter (``self.meters``, :class:`~app.services.load.meter.SiteMeters`:
    a Modbus TCP meter or a charger's Inlet readings, opened and closed as the sites' settings change)."""

    def __init__(
        self,
        central: CentralSystem,
        *,
        clock: LoadClock | None = None,
        base_load: BaseLoad | None = None,
    ) -> None:
        self.central = central
        self.clock = clock or LoadClock()
        self.clock.on_moved(lambda: self._mark(*self.sites))  # plan windows are read at the new time
        self.meters = SiteMeters(central.bus)
        self.base_load = base_load if base_load is not None else self.meters.base_load
        self.sites: dict[int, SiteSpec] = {}
        self._by_key: dict[Key, tuple[int, ConnectorSpec]] = {}
        self._sites_of: dict[str, set[int]] = {}
        self._stamp: Any = object()
        self.caps: dict[str, Capabilities] = {}
        self.refused: dict[Key, str] = {}  # connectors reserved because a profile was refused, and why
        self.sent: dict[Key, _Sent] = {}
        self._live: dict[Key, _Live] = {}
        self._ranks: dict[int, SessionRank] = {}
        self._published: dict[int, Any] = {}
        self._sampled: dict[int, float] = {}  # circuit id -> monotonic time of its last circuit_load sample
        self._pruned = 0.0
        self._dirty: set[int] = set()
        self._wake = asyncio.Event()
        self._unsubscribe: Callable[[], None] | None = None
        self._tasks: set[asyncio.Task[Any]] = set()
        self._plan_timers: dict[int, asyncio.TimerHandle] = {}
        self._external_timers: dict[int, asyncio.TimerHandle] = {}
        # limits systems on site set on 2.0.1 stations (NotifyChargingLimit), per charger: read with the sites,
        # kept by ChargingLimitChanged
        self.external: dict[str, list[ext.ActiveLimit]] = {}
        self._raise_timers: dict[int, asyncio.TimerHandle] = {}
        self._failsafe_running: dict[str, bool] = {}  # cp id -> another fail-safe wanted meanwhile
        self._failsafe_sent: dict[Key, float] = {}  # the fail-safe each connector holds (accepted)
        # per site, the limits of the running sessions at the last allocation: kept by the chargers without us, so
        # the other connectors' fail-safe defaults leave them room (see _default_limit)
        self._in_force: dict[int, dict[Key, float]] = {}
        self._reload_wanted = False
        self.allocations = 0  # allocations run (tests, the benchmark)
        self.started = False

    # --- life cycle ----------------------------------------------------------------------------------------

    async def start(self) -> None:
        """Read the sites and start: idle (a look at the configuration stamp every few seconds) until a site has
        circuits."""
        if self.started:
            return
        self.started = True
        if (
            self.central.store.healthy
        ):  # (a database that is down would hold the start up: read when it is back)
            with contextlib.suppress(StoreUnavailable):
                await self._reload()
        self._spawn(self._worker(), "load-allocation")
        self._spawn(self._watch_stamp(), "load-config-stamp")
        self._spawn(self._meter_loop(), "load-meters")

    async def stop(self) -> None:
        if not self.started:
            return
        self.started = False
        self._subscribe(False)
        for handle in (
            *self._plan_timers.values(),
            *self._raise_timers.values(),
            *self._external_timers.values(),
        ):
            handle.cancel()
        self._plan_timers.clear()
        self._external_timers.clear()
        self._raise_timers.clear()
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        await self.meters.close()

    def _spawn(self, coro: Coroutine[Any, Any, Any], name: str) -> None:
        spawn(self._tasks, coro, name, log, "load management")

    def configuration_changed(self) -> None:
        """Configuration may have changed (the central system re-read its stations): read the sites again."""
        if self.started and not self._reload_wanted:
            self._reload_wanted = True
            self._spawn(self._reload_soon(), "load-reload")

    async def _reload_soon(self) -> None:
        await asyncio.sleep(DEBOUNCE_S)
        self._reload_wanted = False
        await self._reload()

    async def _meter_loop(self) -> None:
        """Sites with a base-load meter are allocated again every :data:`METER_EVERY_S`: what the building draws
        changes without an event (the step and the raise rate limit keep that from sending profiles for nothing)."""
        while True:
            await asyncio.sleep(METER_EVERY_S)
            self._mark(*(site_id for site_id in self.sites if self.meters.meter(site_id) is not None))

    async def _watch_stamp(self) -> None:
        while True:
            await asyncio.sleep(STAMP_EVERY_S)
            try:
                stamp = await self.central.store.run(config_version.current)
                if stamp != self._stamp:
                    await self._reload()
            except Exception as e:  # the database is away: next time
                log.debug("load management: configuration not read: %s", e)

    async def _reload(self) -> None:
        """Read the sites (one query per kind) and the capabilities of their chargers; allocate every site."""

        def read(
            s: Session,
        ) -> tuple[
            Any,
            dict[int, SiteSpec],
            dict[str, Capabilities],
            dict[int, MeterSettings],
            dict[str, list[ext.ActiveLimit]],
        ]:
            stamp = config_version.current(s)
            sites = load_sites(s)
            cps = sorted({c.cp_id for site in sites.values() for c in site.connectors})
            caps = caps_mod.load_capabilities_of(s, cps)
            return stamp, sites, caps, load_meter_settings(s), ext.load_limits(s, cps)

        stamp, sites, caps, meters, external = await self.central.store.run(read)
        self.external = external
        await self.meters.sync({site_id: m for site_id, m in meters.items() if site_id in sites})
        self._stamp, self.sites, self.caps = stamp, sites, caps
        self._by_key = {c.key: (site.id, c) for site in sites.values() for c in site.connectors}
        self._sites_of = {}
        for site in sites.values():
            for c in site.connectors:
                self._sites_of.setdefault(c.cp_id, set()).add(site.id)
        self.refused = {}  # the configuration changed: connectors that refused a profile are tried again
        for key in [k for k in self.sent if k not in self._by_key]:
            del self.sent[key]
        for site_id in [s for s in self._published if s not in sites]:
            del self._published[site_id]
            handle = self._plan_timers.pop(site_id, None)
            if handle is not None:
                handle.cancel()
        self._subscribe(bool(sites))
        # connected chargers whose fail-safe share changed (a circuit's limit, connectors added or moved): again
        unmanaged = self._unmanaged()
        for cp_id in sorted({c.cp_id for site in sites.values() for c in site.connectors}):
            if not self.central.is_connected(cp_id):
                continue
            shares = {
                c.key: self._default_limit(site, c, unmanaged)[0]
                for site_id in self._sites_of[cp_id]
                for site in (sites[site_id],)
                for c in site.connectors
                if c.cp_id == cp_id
            }
            if any(self._failsafe_sent.get(k) != v for k, v in shares.items()):
                self._failsafe(cp_id)
        if sites:
            log.info(
                "load management: %d site(s) with circuits, %d connectors",
                len(sites),
                sum(len(s.connectors) for s in sites.values()),
            )
        self._mark(*sites)

    def _subscribe(self, on: bool) -> None:
        if on and self._unsubscribe is None:
            self._unsubscribe = self.central.bus.subscribe(
                self._on_event,
                SessionStarted,
                SessionStopped,
                StatusChanged,
                SessionUpdated,
                ChargerConnected,
                ChargerDisconnected,
                BootReceived,
                ChargingLimitChanged,
            )
        elif not on and self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None

    # --- events --------------------------------------------------------------------------------------------

    def _on_event(self, event: Event) -> None:
        sites = self._sites_of.get(event.cp_id)
        if not sites:
            return
        if isinstance(event, ChargingLimitChanged):
            self._external_changed(event)
            self._mark(*sites)
            return
        if isinstance(event, SessionUpdated):
            if self._metered(event):
                self._mark(*sites)
            return
        if isinstance(event, StatusChanged):
            if event.status in ("SuspendedEV", "Charging", "SuspendedEVSE") or event.connector_id == 0:
                self._mark(*sites)
            return
        if isinstance(event, SessionStarted | SessionStopped):
            key = (event.cp_id, event.connector_id)
            self._live.pop(key, None)
            sent = self.sent.get(key)
            if isinstance(event, SessionStopped):
                self._ranks.pop(event.transaction_id, None)
                if sent is not None:
                    self._after_session(key, sent)
            self._mark(*sites)
            return
        if isinstance(event, ChargerConnected | BootReceived):
            if isinstance(event, BootReceived) and event.registration != "Accepted":
                return
            for key in [k for k in self.sent if k[0] == event.cp_id]:
                del self.sent[key]  # it may have restarted: what it holds is not known
            for key in [k for k in self.refused if k[0] == event.cp_id]:
                del self.refused[key]
            self._failsafe(event.cp_id)
        self._mark(*sites)

    def _external_changed(self, event: ChargingLimitChanged) -> None:
        """A limit set on site (stored before the event): kept, replacing the one of its EVSE and source; a
        clearing removes the source's limits on that EVSE (None: on all)."""
        kept = [
            limit
            for limit in self.external.get(event.cp_id, ())
            if limit.source != event.source
            or (event.cleared and event.evse_id is not None and limit.evse_id != event.evse_id)
            or (not event.cleared and limit.evse_id != event.evse_id)
        ]
        if not event.cleared:
            kept.append(
                ext.from_event(
                    event.cp_id,
                    event.evse_id or 0,
                    event.source,
                    event.grid_critical,
                    event.schedules,
                    event.at,
                )
            )
        self.external[event.cp_id] = kept

    def _external_timer(self, site: SiteSpec, now: dt.datetime) -> None:
        """Allocate again when a period of a limit set on site begins or its schedule ends."""
        edges = [
            edge
            for cp_id in sorted({c.cp_id for c in site.connectors})
            for limit in self.external.get(cp_id, ())
            if (edge := ext.next_change(limit.schedules, limit.received_at, now)) is not None
        ]
        old = self._external_timers.pop(site.id, None)
        if old is not None:
            old.cancel()
        if edges:
            delay = self.clock.seconds_until(min(edges)) + 0.001
            self._external_timers[site.id] = asyncio.get_running_loop().call_later(delay, self._mark, site.id)

    def _after_session(self, key: Key, sent: _Sent) -> None:
        """A session ended: a TxProfile went with it; a limit given as TxDefaultProfile (or, on a one-connector
        charger, ChargePointMaxProfile) would stay for the next vehicle, so it is cleared (the fail-safe default
        under it applies again)."""
        del self.sent[key]
        if sent.purpose not in PERSISTENT or not self.central.is_connected(key[0]):
            return

        async def clear() -> None:
            with contextlib.suppress(*OPERATION_ERRORS):
                await self.central.operations.clear_charging_profile(
                    key[0], profile_id=LIMIT_PROFILE_ID + key[1], timeout=CALL_TIMEOUT_S
                )
            # at the same stack level the limit replaced the fail-safe: it goes back
            await self._send_failsafe(key[0], only=key[1])

        self._spawn(clear(), f"load-clear-{key[0]}-{key[1]}")

    def _metered(self, event: SessionUpdated) -> bool:
        """Take a meter value's per-phase currents; True when what the vehicle takes or the phases it uses
        changed enough to allocate again."""
        current = getattr(event, "current_a", None)
        if current is None or event.transaction_id is None:
            return False
        key = (event.cp_id, event.connector_id)
        live = self._live.get(key)
        if live is None or live.transaction_id != event.transaction_id:
            live = self._live[key] = _Live(event.transaction_id)
        phases = ((*tuple(current), 0.0, 0.0, 0.0))[:3]
        live.current_a = (float(phases[0]), float(phases[1]), float(phases[2]))
        changed = False
        drawn = [i + 1 for i, a in enumerate(live.current_a) if a > PHASE_DRAWN_A]
        vehicle_phase = drawn[0] if len(drawn) == 1 else None
        if drawn and vehicle_phase != live.vehicle_phase:
            live.vehicle_phase = vehicle_phase
            changed = True
        sent = self.sent.get(key)
        taking = max(live.current_a)
        held = sent.held(self.clock.now()) if sent is not None else 0.0
        if sent is not None and held > 0:
            if live.taking_a is None:
                if taking < held - TAKING_BELOW_A:
                    live.taking_a = taking
                    changed = True
            elif taking >= held - TAKING_RELEASE_A:
                live.taking_a = None
                changed = True
            elif abs(taking - live.taking_a) >= TAKING_CHANGE_A:
                live.taking_a = taking
                changed = True
        return changed

    def _mark(self, *site_ids: int) -> None:
        if not site_ids:
            return
        self._dirty.update(site_ids)
        self._wake.set()

    # --- allocation ----------------------------------------------------------------------------------------

    async def _worker(self) -> None:
        while True:
            await self._wake.wait()
            await asyncio.sleep(DEBOUNCE_S)  # what arrives meanwhile is allocated together
            self._wake.clear()
            sites, self._dirty = self._dirty, set()
            for site_id in sorted(sites):
                site = self.sites.get(site_id)
                if site is None:
                    continue
                try:
                    await self._allocate(site)
                except StoreUnavailable:
                    log.warning("load management: %s not allocated: the database is unavailable", site.name)
                    self._later(self._raise_timers, site_id, 5.0)
                except Exception:
                    log.exception("load management: allocating %s failed", site.name)

    async def _allocate(self, site: SiteSpec) -> None:
        self.allocations += 1
        now = self.clock.now()
        limits = limits_at(site.circuits, now, site.tz)
        running = self._running(site)
        missing = [tx for tx in running.values() if tx not in self._ranks]
        if missing:
            self._ranks.update(await self.central.store.run(lambda s: load_ranks(s, missing)))
        demands, notes = self._demands(site, running, now)
        measured = self._measured(site)
        base = await self.base_load(site, measured) if self.base_load is not None else None
        by_key = {d.key: d for d in demands}
        shares = [
            _whole(s, site.min_a, by_key[s.key])
            for s in allocate(site.circuits, limits, demands, site.strategy, site.min_a, base)
        ]
        ahead = self._ahead(site, now, demands, base, shares)
        changed = await self._deliver(site, shares, by_key, running, ahead, now)
        self._publish(site, limits, shares, by_key, measured, base, notes, running, changed)
        self._plan_timer(site, now)
        self._external_timer(site, now)

    def _ahead(
        self,
        site: SiteSpec,
        now: dt.datetime,
        demands: list[Demand],
        base: Mapping[int, Phases] | None,
        shares: list[Share],
    ) -> dict[Key, tuple[tuple[dt.datetime, float], ...]]:
        """The lower limits coming for each managed session within :data:`AHEAD`: at each edge of the circuits'
        plans, the allocation then of the same demands, kept where it is below what the session holds before
        (never above its limit now: a limit ahead only lowers). Put in the sessions' schedules, they keep the
        circuits within a time-of-day limit that begins while the central system is gone."""
        edges: list[dt.datetime] = []
        at = now
        while len(edges) < MAX_AHEAD:
            edge = next_change(site.circuits, at, site.tz)
            if edge is None or edge > now + AHEAD:
                break
            edges.append(edge)
            at = edge
        by_key = {d.key: d for d in demands}
        held = {s.key: s.limit_a for s in shares if by_key[s.key].fixed_a is None and s.limit_a > 0}
        if not edges or not held:
            return {}
        out: dict[Key, list[tuple[dt.datetime, float]]] = {}
        for edge in edges:
            limits = limits_at(site.circuits, edge, site.tz)
            for share in allocate(site.circuits, limits, demands, site.strategy, site.min_a, base):
                before = held.get(share.key)
                if before is None:
                    continue
                then = _whole(share, site.min_a, by_key[share.key]).limit_a
                if then < before - DECREASE_EPS_A:
                    held[share.key] = then
                    out.setdefault(share.key, []).append((edge, then))
        kept = {}
        for key, periods in out.items():  # what its charger's schedules can carry: the nearest
            room = ahead_room(self.caps.get(key[0], UNKNOWN))
            if room:
                kept[key] = tuple(periods[:room])
        return kept

    def _running(self, site: SiteSpec) -> dict[Key, int]:
        """The running session of each connector of the site (key -> session id), from the central system's
        charger states (kept by its starts and stops, loaded at connect)."""
        states = self.central.backend.states
        out: dict[Key, int] = {}
        for conn in site.connectors:
            st = states.get(conn.cp_id)
            if st is None:
                continue
            for tx in st.active.values():
                if tx.connector_id == conn.connector_id:
                    out[conn.key] = tx.transaction_id
        return out

    def _demands(
        self, site: SiteSpec, running: dict[Key, int], now: dt.datetime
    ) -> tuple[list[Demand], dict[Key, str]]:
        demands: list[Demand] = []
        notes: dict[Key, str] = {}  # why a connector is reserved (unmanaged): Texts, or a note stored before
        states = self.central.backend.states
        drawing: dict[str, int] = {}  # a station's connectors with a session: a station-wide external limit's
        for key in running:
            drawing[key[0]] = drawing.get(key[0], 0) + 1
        for conn in site.connectors:
            key = conn.key
            circuit_phases = _circuit_phases(site, conn.circuit_id)
            caps = self.caps.get(conn.cp_id, UNKNOWN)
            tx = running.get(key)
            fixed: float | None = None
            if caps.supported is not None and not caps.managed:
                fixed, notes[key] = conn.max_a, caps.note or Text(why_mod.TAKES_NO_LIMITS)
            elif key in self.refused:
                fixed, notes[key] = conn.max_a, self.refused[key]
            elif tx is not None and not self.central.is_connected(conn.cp_id):
                sent = self.sent.get(key)
                fixed = sent.limit_a if sent is not None else conn.max_a  # (its schedule never goes above it)
                notes[key] = Text(why_mod.NOT_CONNECTED_HERE)
            if tx is None and fixed is None:
                continue
            live = self._live.get(key)
            if live is not None and tx is not None and live.transaction_id != tx:
                live = None
            phases = conn.circuit_phases(circuit_phases, live.vehicle_phase if live else None)
            rank_row = self._ranks.get(tx) if tx is not None else None
            if site.strategy == "tariff":
                rank = rank_row.tariff_priority if rank_row else 0
            else:
                rank = rank_row.role_rank if rank_row else 0
            st = states.get(conn.cp_id)
            status = st.statuses.get(conn.connector_id) if st is not None else None
            # what it takes in whole amperes rounded up: its cap (what it takes and a margin, ramp_cap) is rounded
            # down to whole amperes (_whole), and from the draw itself the margin could round away (5.97 A: 6.97,
            # 6 A, no more than it draws), so the next reading of the same draw looked like all it is offered: it
            # was released to its share (lowering the others), capped again at the reading after, and so on
            taking = (
                float(math.ceil(live.taking_a - 1e-9))
                if live is not None and live.taking_a is not None
                else None
            )
            if status is not None and status.status == "SuspendedEV":
                taking = 0.0
            cap = (
                ext.cap_for(
                    self.external.get(conn.cp_id, ()),
                    conn.connector_id,
                    now,
                    len(phases),
                    drawing.get(conn.cp_id, 1),
                )
                if fixed is None
                else None
            )
            demands.append(
                Demand(
                    key=key,
                    circuit_id=conn.circuit_id,
                    phases=phases,
                    min_a=site.min_a,
                    max_a=conn.max_a,
                    started_at=rank_row.started_at if rank_row is not None else now,
                    rank=rank,
                    taking_a=None if fixed is not None else taking,
                    fixed_a=fixed,
                    external_a=cap[0] if cap is not None else None,
                    external_by=cap[1] if cap is not None else "",
                )
            )
        return demands, notes

    def _measured(self, site: SiteSpec) -> dict[int, Phases]:
        """What the sessions' meter values say each circuit carries per phase (its own connectors only): the
        connector's L1 L2 L3 on the circuit phases its rotation wires them to."""
        out: dict[int, list[float]] = {}
        for conn in site.connectors:
            live = self._live.get(conn.key)
            if live is None or live.current_a is None:
                continue
            single = _circuit_phases(site, conn.circuit_id) == 1
            row = out.setdefault(conn.circuit_id, [0.0, 0.0, 0.0])
            for i, amps in enumerate(live.current_a):
                row[0 if single else conn.circuit_phase_of(i + 1) - 1] += amps
        return {k: (v[0], v[1], v[2]) for k, v in out.items()}

    # --- delivery ------------------------------------------------------------------------------------------

    async def _deliver(
        self,
        site: SiteSpec,
        shares: list[Share],
        demands: dict[Key, Demand],
        running: dict[Key, int],
        ahead: Mapping[Key, tuple[tuple[dt.datetime, float], ...]],
        now: dt.datetime,
    ) -> bool:
        """Send what changed (the limit now, or the lower limits ahead): decreases first (awaited), then increases.
        Returns whether anything was sent."""
        mono = time.monotonic()
        decreases: list[tuple[Share, Demand]] = []
        increases: list[tuple[Share, Demand]] = []
        wait_raise = math.inf
        for share in shares:
            demand = demands[share.key]
            if demand.fixed_a is not None:
                continue
            sent = self.sent.get(share.key)
            tx = running.get(share.key)
            if sent is not None and sent.purpose == TX and sent.transaction_id != tx:
                sent = None  # a TxProfile of an earlier transaction: gone with it
            # what it was sent for now (at an edge a lower limit ahead it holds already is sent again as its
            # limit now: the charger's own idea of its schedule's start is not relied on while we run)
            previous = sent.limit_a if sent is not None else None
            had = tuple(a for a in sent.ahead if a[0] > now) if sent is not None else ()
            if not needs_send(previous, share.limit_a, site.min_a) and ahead.get(share.key, ()) == had:
                continue
            # nothing sent yet: the connector is at its fail-safe default, about its safe share
            floor = previous if previous is not None else self._failsafe_sent.get(share.key)
            if floor is None:  # (computed only then: it walks the site's connectors)
                floor = self._default_limit(site, self._by_key[share.key][1])[0]
            if share.limit_a <= floor:
                decreases.append((share, demand))
                continue
            if sent is not None and mono - sent.raised_at < RAISE_EVERY_S:
                wait_raise = min(wait_raise, sent.raised_at + RAISE_EVERY_S - mono)
                continue
            increases.append((share, demand))
        self._in_force[site.id] = {
            s.key: s.limit_a for s in shares if s.key in running and demands[s.key].fixed_a is None
        }
        lower, higher = self._default_moves(site)
        if not decreases and not increases and not lower and not higher:
            if not math.isinf(wait_raise):
                self._later(self._raise_timers, site.id, wait_raise)
            return False
        # what every connector may draw without us goes down before anything goes up: the limits, and the
        # fail-safe defaults of the connectors (a session keeps its limit when the central system is gone, so the
        # others' defaults leave it room)
        results = await asyncio.gather(
            *(self._send(site, s, d, running, ahead.get(s.key, ()), now) for s, d in decreases),
            *(self._send_default(site, conn, limit, why) for conn, limit, why in lower),
        )
        if not all(results):  # a connector kept its higher limit: reserve it and allocate again
            self._mark(site.id)
            return True
        await asyncio.gather(
            *(self._send(site, s, d, running, ahead.get(s.key, ()), now) for s, d in increases),
            *(self._send_default(site, conn, limit, why) for conn, limit, why in higher),
        )
        if not math.isinf(wait_raise):
            self._later(self._raise_timers, site.id, wait_raise)
        return True

    def _default_limit(
        self, site: SiteSpec, conn: ConnectorSpec, unmanaged: frozenset[Key] | None = None
    ) -> tuple[float, str]:
        """The fail-safe default a connector should hold now: with a running session, that session's limit (it is
        what the connector gives when the session ends without us, and it is reserved already); otherwise its safe
        share of what the running sessions' limits leave on its circuits (:func:`safe_share`)."""
        in_force = self._in_force.get(site.id, {})
        own = in_force.get(conn.key)
        if own is not None:
            return own, Text(why_mod.FAILSAFE_OWN, limit=own)
        share, why = safe_share(site, conn, self._unmanaged() if unmanaged is None else unmanaged, in_force)
        # whole amperes, and 0 below the minimum (a vehicle offered less does not charge anyway): a default moves
        # only when a boundary is crossed, not by a fraction at every start of a large site's sessions
        if share < site.min_a:
            return 0.0, Text(why_mod.FAILSAFE_BELOW_MINIMUM, why=why, share=share, minimum=site.min_a)
        return float(math.floor(share + 1e-9)), why

    def _default_moves(
        self, site: SiteSpec
    ) -> tuple[list[tuple[ConnectorSpec, float, str]], list[tuple[ConnectorSpec, float, str]]]:
        """The fail-safe defaults to change after an allocation: lower ones (every decrease: a vehicle arriving
        without us must find the room its default promises), and higher ones (a step, as limits; not for a
        connector with a session: its default only ever comes down to its limit, the rest waits for its end)."""
        lower: list[tuple[ConnectorSpec, float, str]] = []
        higher: list[tuple[ConnectorSpec, float, str]] = []
        in_force = self._in_force.get(site.id, {})
        unmanaged = self._unmanaged()  # once: it walks every connector
        for conn in site.connectors:
            held = self._failsafe_sent.get(conn.key)
            if held is None or conn.key in self.refused or not self.central.is_connected(conn.cp_id):
                continue  # none yet (sent at connect), or reserved at full power
            sent = self.sent.get(conn.key)
            if sent is not None and sent.purpose in PERSISTENT:
                continue  # its limit is of the fail-safe's purpose: a default sent now would replace it
            limit, why = self._default_limit(site, conn, unmanaged)
            if limit < held - DECREASE_EPS_A:
                lower.append((conn, limit, why))
            elif conn.key not in in_force and limit > held and needs_send(held, limit, site.min_a):
                higher.append((conn, limit, why))
        return lower, higher

    async def _send_default(self, site: SiteSpec, conn: ConnectorSpec, limit: float, why: str) -> bool:
        """Send a connector's fail-safe default; False when it was not accepted (the connector is then reserved at
        its full power and the site allocated again)."""
        caps = self.caps.get(conn.cp_id, UNKNOWN)
        try:
            delivery = failsafe_delivery(
                caps,
                connector_id=conn.connector_id,
                limit_a=limit,
                phases=conn.phases,
                profile_id=FAILSAFE_PROFILE_ID + conn.connector_id,
            )
        except NotDeliverable as e:
            self.refused[conn.key] = Text(why_mod.NO_FAILSAFE, error=why_mod.of_error(e))
            self._mark(site.id)
            return False
        status = await self._set(conn.cp_id, delivery)
        if status == OFFLINE:  # sent again when the charger is back
            return True
        self._record(None, conn.cp_id, conn.connector_id, limit, conn.phases, why, delivery, status)
        if status == "Accepted":
            self._failsafe_sent[conn.key] = limit
            return True
        self.refused[conn.key] = Text(
            why_mod.FAILSAFE_REFUSED, purpose=delivery.purpose, status=status.lower()
        )
        log.warning("load management: %s connector %s: %s", conn.cp_id, conn.connector_id, status)
        self._mark(site.id)
        return False

    async def _send(
        self,
        site: SiteSpec,
        share: Share,
        demand: Demand,
        running: dict[Key, int],
        ahead: tuple[tuple[dt.datetime, float], ...] = (),
        now: dt.datetime | None = None,
        *,
        again: bool = True,
    ) -> bool:
        cp_id, connector_id = share.key
        tx = running.get(share.key)
        caps = self.caps.get(cp_id, UNKNOWN)
        now = now or self.clock.now()
        rank = self._ranks.get(tx) if tx is not None else None
        try:
            delivery = limit_delivery(
                caps,
                connector_id=connector_id,
                limit_a=share.limit_a,
                phases=len(demand.phases),
                transaction_id=tx,
                profile_id=LIMIT_PROFILE_ID + connector_id,
                ahead=ahead,
                started=rank.started_at if rank is not None else None,
                now=now,
            )
        except NotDeliverable as e:
            self.refused[share.key] = Text(why_mod.NO_LIMIT_CAN_BE_SET, error=why_mod.of_error(e))
            return False
        status = await self._set(cp_id, delivery)
        if status == OFFLINE:  # gone meanwhile: reserved at its last limit until it is back
            return False
        reason = share.reason
        if len(delivery.profile["chargingSchedule"]["chargingSchedulePeriod"]) > 1:
            steps = [
                Text(why_mod.AHEAD_STEP, limit=a, time=to_local(at, site.tz).strftime("%H:%M"))
                for at, a in ahead
            ]
            reason = Text(why_mod.AHEAD, reason=reason, steps=steps)
        self._record(tx, cp_id, connector_id, share.limit_a, len(demand.phases), reason, delivery, status)
        if status == "Accepted":
            previous = self.sent.get(share.key)
            raised = previous is None or share.limit_a > previous.limit_a
            periods = delivery.profile["chargingSchedule"]["chargingSchedulePeriod"]
            self.sent[share.key] = _Sent(
                share.limit_a,
                time.monotonic() if raised else (previous.raised_at if previous else 0.0),
                delivery.purpose,
                tx if delivery.purpose == TX else None,
                ahead if len(periods) > 1 else (),
            )
            return True
        if again and delivery.purpose == TX and TX_DEFAULT in caps.purposes:
            # a TxProfile taken for accepted (no transaction ran when it was probed) is refused: from now on the
            # charger's limits go as TxDefaultProfiles (stored, as the commissioning's test charge would)
            fewer = self.caps[cp_id] = caps.without(TX)
            self._write(lambda s: caps_mod.store_capabilities(s, cp_id, fewer))
            log.info("load management: %s refuses TxProfiles: its limits go as TxDefaultProfiles", cp_id)
            return await self._send(site, share, demand, running, ahead, now, again=False)
        why = Text(why_mod.PROFILE_REFUSED, purpose=delivery.purpose, status=status.lower())
        self.refused[share.key] = why
        log.warning("load management: %s connector %s: %s", cp_id, connector_id, why)
        return False

    async def _set(self, cp_id: str, delivery: Delivery) -> str:
        """The charger's answer ("Accepted", "Rejected", ...) or what went wrong ("failed: ...")."""
        try:
            answer = await self.central.operations.set_charging_profile(
                cp_id, delivery.connector_id, delivery.profile, timeout=CALL_TIMEOUT_S
            )
        except ChargerOffline:
            return OFFLINE
        except OPERATION_ERRORS as e:
            return f"Failed: {type(e).__name__}"
        return str(answer.get("status", "Unknown"))

    def _record(
        self,
        tx: int | None,
        cp_id: str,
        connector_id: int,
        limit_a: float,
        phases: int,
        reason: str,
        delivery: Delivery,
        status: str,
    ) -> None:
        row = {
            "session_id": tx,
            "charge_point_id": cp_id,
            "connector_id": connector_id,
            "at": dt.datetime.now(dt.UTC),
            "limit_a": limit_a,
            "phases": phases,
            "reason": why_mod.for_column(reason),
            "purpose": delivery.purpose[:32],
            "status": status[:32],
        }

        def work(s: Session) -> None:
            s.add(LimitChange(**row))

        self._write(work)

    def _write(self, work: Callable[[Session], Any]) -> None:
        """A write through the store writer, not awaited (a failure is logged)."""

        def done(future: asyncio.Future[Any]) -> None:
            if not future.cancelled() and future.exception() is not None:
                log.info("load management: a write failed: %s", future.exception())

        self.central.store.submit(work).add_done_callback(done)

    def _later(self, timers: dict[int, asyncio.TimerHandle], site_id: int, delay: float) -> None:
        old = timers.pop(site_id, None)
        if old is not None:
            old.cancel()
        timers[site_id] = asyncio.get_running_loop().call_later(max(0.0, delay), self._mark, site_id)

    def _plan_timer(self, site: SiteSpec, now: dt.datetime) -> None:
        edge = next_change(site.circuits, now, site.tz)
        old = self._plan_timers.pop(site.id, None)
        if old is not None:
            old.cancel()
        if edge is not None:
            delay = self.clock.seconds_until(edge) + 0.001
            self._plan_timers[site.id] = asyncio.get_running_loop().call_later(delay, self._mark, site.id)

    def _unmanaged(self) -> frozenset[Key]:
        """Connectors of chargers whose capabilities say they take no limits (their full power is theirs)."""
        return frozenset(
            key
            for key, (_, conn) in self._by_key.items()
            if (caps := self.caps.get(conn.cp_id)) is not None
            and caps.supported is not None
            and not caps.managed
        )

    # --- fail-safe -----------------------------------------------------------------------------------------

    def _failsafe(self, cp_id: str) -> None:
        if cp_id in self._failsafe_running:
            self._failsafe_running[cp_id] = True
            return
        self._failsafe_running[cp_id] = False
        self._spawn(self._failsafe_loop(cp_id), f"load-failsafe-{cp_id}")

    async def _failsafe_loop(self, cp_id: str) -> None:
        try:
            while True:
                await self._send_failsafe(cp_id)
                if not self._failsafe_running.get(cp_id):
                    return
                self._failsafe_running[cp_id] = False
        finally:
            self._failsafe_running.pop(cp_id, None)

    async def _send_failsafe(self, cp_id: str, only: int | None = None) -> None:
        """The fail-safe default of each of the charger's managed connectors (capabilities found out first when
        they are not known yet)."""
        caps = self.caps.get(cp_id, UNKNOWN)
        if caps.checked_at is None:  # not found out yet: now (stored by the capabilities module)
            with contextlib.suppress(StoreUnavailable):
                caps = self.caps[cp_id] = await caps_mod.ensure_known(self.central, cp_id)
            for key in [k for k in self.refused if k[0] == cp_id]:  # refused while unknown: tried again
                del self.refused[key]
            self._mark(*self._sites_of.get(cp_id, ()))
            if caps.supported is not None and not caps.managed:  # the others' safe shares leave it its power
                for other in sorted(
                    {c.cp_id for s in self._sites_of.get(cp_id, ()) for c in self.sites[s].connectors}
                ):
                    if other != cp_id and self.central.is_connected(other):
                        self._failsafe(other)
        if caps.supported is not None and not caps.managed:
            return
        if only is None and caps.managed and TX not in caps.purposes:
            await self._clear_stale_limits(cp_id)
        for site_id in sorted(self._sites_of.get(cp_id, ())):
            site = self.sites[site_id]
            for conn in site.connectors:
                if conn.cp_id != cp_id or (only is not None and conn.connector_id != only):
                    continue
                limit, why = self._default_limit(site, conn)
                if not await self._send_default(site, conn, limit, why) and not self.central.is_connected(
                    cp_id
                ):
                    return

    async def _clear_stale_limits(self, cp_id: str) -> None:
        """A charger whose limits go as TxDefaultProfile or ChargePointMaxProfile keeps a limit sent before it (or
        we) restarted, above its fail-safe by stack level: cleared from each connector that has no limit from us
        since it connected (a running session's is sent again by the allocation, replacing it by its id)."""
        for key, _ in sorted(self._by_key.items()):
            if key[0] != cp_id or key in self.sent:
                continue
            with contextlib.suppress(*OPERATION_ERRORS):
                await self.central.operations.clear_charging_profile(
                    cp_id, profile_id=LIMIT_PROFILE_ID + key[1], timeout=CALL_TIMEOUT_S
                )

    # --- publishing ----------------------------------------------------------------------------------------

    def _publish(
        self,
        site: SiteSpec,
        limits: dict[int, Phases],
        shares: list[Share],
        demands: dict[Key, Demand],
        measured: dict[int, Phases],
        base: dict[int, Phases] | None,
        notes: dict[Key, str],
        running: dict[Key, int],
        sent_any: bool,
    ) -> None:
        allocated = circuit_totals(site.circuits, list(demands.values()), shares)
        reasons = {
            s.key: Text(why_mod.NOT_MANAGED_BECAUSE, why=notes[s.key], reserved=s.limit_a)
            if s.key in notes
            else s.reason
            for s in shares
        }
        measured_tree = _subtree_sums(site, measured) if measured else {}
        circuits = tuple(
            {
                "id": c.id,
                "name": c.name,
                "parent_id": c.parent_id,
                "limit_a": [_fmt(v) for v in limits.get(c.id, (math.inf,) * 3)],
                "allocated_a": [round(v, 2) for v in allocated.get(c.id, (0.0, 0.0, 0.0))],
                "measured_a": [round(v, 2) for v in measured_tree[c.id]] if c.id in measured_tree else None,
                "base_a": [round(v, 2) for v in base[c.id]] if base and c.id in base else None,
            }
            for c in site.circuits
        )
        sessions = tuple(
            {
                "cp_id": s.key[0],
                "connector_id": s.key[1],
                "transaction_id": running.get(s.key),
                "circuit_id": demands[s.key].circuit_id,
                "limit_a": round(s.limit_a, 2),
                "phases": len(demands[s.key].phases),
                "reason": str(reasons[s.key]),
                "reason_text": stored(reasons[s.key]),
                "paused": s.paused,
                "managed": s.key not in notes,
            }
            for s in sorted(shares, key=lambda s: s.key)
        )
        meter_problem = self.meters.problem(site.id)
        site_notes = (stored(Text(why_mod.METER_NOTE, problem=meter_problem)),) if meter_problem else ()
        signature = (
            site_notes,
            tuple(sorted(limits.items())),
            tuple(sorted(allocated.items())),
            tuple((s.key, s.limit_a, s.reason, s.key in notes) for s in sorted(shares, key=lambda s: s.key)),
        )
        if signature == self._published.get(site.id) and not sent_any:
            return
        self._published[site.id] = signature
        at = dt.datetime.now(dt.UTC)
        self._sample(site, circuits, at)
        self.central.bus.emit(
            LoadAllocated("", site_id=site.id, at=at, circuits=circuits, sessions=sessions, notes=site_notes)
        )

    def _sample(self, site: SiteSpec, circuits: Iterable[dict[str, Any]], at: dt.datetime) -> None:
        """circuit_load rows (the phases each circuit carries; ``limit_a`` inf: no limit) at most one sample per
        circuit every SAMPLE_EVERY_S; samples older than KEEP_DAYS pruned hourly."""
        mono = time.monotonic()
        rows: list[dict[str, Any]] = []
        for c in circuits:
            if mono - self._sampled.get(c["id"], -math.inf) < SAMPLE_EVERY_S:
                continue
            self._sampled[c["id"]] = mono
            for phase in range(1, _circuit_phases(site, c["id"]) + 1):
                limit = c["limit_a"][phase - 1]
                rows.append(
                    {
                        "circuit_id": c["id"],
                        "at": at,
                        "phase": phase,
                        "limit_a": math.inf if limit is None else limit,
                        "allocated_a": c["allocated_a"][phase - 1],
                        "measured_a": None if c["measured_a"] is None else c["measured_a"][phase - 1],
                    }
                )
        prune = mono - self._pruned >= 3600.0
        if prune:
            self._pruned = mono
        if not rows and not prune:
            return
        cutoff = at - dt.timedelta(days=KEEP_DAYS)

        def work(s: Session) -> None:
            if rows:
                s.execute(insert(CircuitLoad), rows)
            if prune:
                s.execute(delete(CircuitLoad).where(CircuitLoad.at < cutoff))

        self._write(work)


def _subtree_sums(site: SiteSpec, own: dict[int, Phases]) -> dict[int, Phases]:
    """Per circuit, the sum of ``own`` over the circuit and every circuit below it."""
    out: dict[int, list[float]] = {}
    for circuit_id, values in own.items():
        for node in _path(site, circuit_id):
            row = out.setdefault(node.id, [0.0, 0.0, 0.0])
            for i in range(3):
                row[i] += values[i]
    return {k: (v[0], v[1], v[2]) for k, v in out.items()}
