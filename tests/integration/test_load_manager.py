"""Load management end to end (issue #14): the central system's LoadManager with simulated chargers over real
sockets on 127.0.0.1, on SQLite and PostgreSQL.

The current each circuit carries is what the simulated chargers' own meters read (Current.Import per phase, the
vehicles' draw under the profiles they hold), sampled by the test once an allocation was delivered, mapped onto the
circuit phases by each connector's rotation and summed up the tree.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import datetime as dt
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from app.db import Database
from app.models import (
    Charger,
    Circuit,
    CircuitLoad,
    CircuitWindow,
    Connector,
    LimitChange,
    Site,
    SpecialGrant,
    Station,
    StationOwner,
    Tariff,
    User,
)
from app.ocpp.events import SessionStarted, SessionStopped
from app.services.central.system import CentralSystem
from app.services.load.capabilities import Capabilities, store_capabilities
from app.services.load.events import LoadAllocated
from app.services.load.manager import FAILSAFE_PROFILE_ID, LoadClock
from app.services.load.reasons import EQUAL_SHARE, from_column
from app.simulator.api import SimEvent, VirtualCharger
from app.simulator.physics import Vehicle
from app.simulator.state import Connector as SimConnector
from app.simulator.state import Plan
from tests.helpers.factories import priced_site
from tests.helpers.ocpp import EventRecorder, wait_until
from tests.helpers.processes import serve_process

TZ = "Europe/Zurich"
SIM = {
    "speed": 60.0,
    "scenario": "idle",
    "max_power_kw": 22.0,  # 32 A on three phases
    "connectors": 1,
    "reconnect_initial_s": 0.05,
    "config": {"MeterValueSampleInterval": "30"},
}


def profile_calls(vc: Any) -> list[SimEvent]:
    """The charging profile operations the charger received (the local list kept in sync sends its own calls)."""
    profile_actions = ("SetChargingProfile", "ClearChargingProfile")
    return [e for e in vc.of("operation") if e.data.get("action") in profile_actions]


def is_profile(e: SimEvent, purpose: str, profile_id: int | None = None) -> bool:
    """A SetChargingProfile of ``purpose`` (and ``profile_id``) the charger accepted (1.6 or 2.0.1)."""
    request = e.data.get("request") or {}
    profile = request.get("csChargingProfiles") or request.get("chargingProfile") or {}
    return (
        e.data.get("action") == "SetChargingProfile"
        and profile.get("chargingProfilePurpose") == purpose
        and (profile_id is None or profile.get("chargingProfileId", profile.get("id")) == profile_id)
        and (e.data.get("answer") or {}).get("status") == "Accepted"
    )


def three_phase() -> Vehicle:
    return Vehicle(80_000, 20.0, 95.0, 22_080.0, 3, 0.0)


def one_phase() -> Vehicle:
    return Vehicle(60_000, 20.0, 95.0, 7_360.0, 1, 0.0)


@dataclass
class Site10:
    site_id: int
    circuits: dict[str, int]  # name -> id
    limits: dict[str, float]
    parent: dict[str, str | None]
    wiring: dict[str, tuple[str, str]]  # cp id -> (circuit name, rotation)


def build_site(
    db: Database,
    wiring: dict[str, tuple[str, str]],
    *,
    circuits: dict[str, tuple[str | None, float]],
    strategy: str = "equal",
    tags: dict[str, str] | None = None,
    windows: dict[str, tuple[int, int, float]] | None = None,
) -> Site10:
    """A site with ``wiring`` (cp id -> circuit, rotation; one connector each) on ``circuits`` (name -> parent,
    A per phase)."""
    site_id = priced_site(db, dict.fromkeys(wiring, 1), tags=tags)
    ids: dict[str, int] = {}
    with db.session() as s:
        site = s.get(Site, site_id)
        assert site is not None
        site.load_strategy = strategy
        for n, (name, (parent, limit)) in enumerate(circuits.items()):
            c = Circuit(
                site_id=site_id,
                parent_id=ids[parent] if parent else None,
                name=name,
                max_current_a=limit,
                phases=3,
                position=n,
            )
            for days_start_end in [(windows or {})[name]] if name in (windows or {}) else []:
                start, end, lowered = days_start_end
                c.windows = [
                    CircuitWindow(days=127, start_minute=start, end_minute=end, max_current_a=lowered)
                ]
            s.add(c)
            s.flush()
            ids[name] = c.id
        for cp_id, (name, rotation) in wiring.items():
            conn = s.scalars(select(Connector).join(Station).where(Station.charge_point_id == cp_id)).one()
            conn.circuit_id, conn.phase_rotation = ids[name], rotation
        s.commit()
    return Site10(
        site_id,
        ids,
        {n: lim for n, (_, lim) in circuits.items()},
        {n: p for n, (p, _) in circuits.items()},
        wiring,
    )


class Fleet:
    """Virtual chargers whose vehicles the test chooses."""

    def __init__(
        self, url: str, site: Site10, per: dict[str, dict[str, Any]] | None = None, **options: Any
    ) -> None:
        self.site = site
        self.overshoot: dict[str, float] = dict.fromkeys(site.circuits, 0.0)  # the most over each limit seen
        self.chargers = {
            cp: VirtualCharger(url, cp, on_event=self._watch, **{**SIM, **options, **(per or {}).get(cp, {})})
            for cp in site.wiring
        }
        self.vehicles: dict[str, Vehicle] = {}

    def _watch(self, event: SimEvent) -> None:
        """Every change of what a charger draws (status, a meter value): how far over its limit each circuit is."""
        if event.kind in ("status", "charging"):
            for name, phases in self.measured(now=False).items():
                over = max(phases) - self.site.limits[name]
                self.overshoot[name] = max(self.overshoot[name], over)

    async def start(self) -> None:
        for cp, vc in self.chargers.items():
            vc.charger.plan = self._planner(cp)  # type: ignore[method-assign]
            await vc.start()
        for vc in self.chargers.values():  # booted, and holding the fail-safe default (where it takes one)
            await asyncio.wait_for(vc.charger.online.wait(), 20)  # booted, statuses sent
            if "TxDefaultProfile" in vc.options.purposes:
                await vc.wait_for(
                    "operation",
                    lambda e: is_profile(e, "TxDefaultProfile", FAILSAFE_PROFILE_ID + 1),
                    timeout=20,
                )

    def _planner(self, cp: str) -> Callable[[SimConnector], Plan]:
        def plan(c: SimConnector) -> Plan:
            return Plan(self.vehicles[cp], None, "Local")

        return plan

    def arrive(self, cp: str, vehicle: Vehicle, tag: str) -> None:
        self.vehicles[cp] = vehicle
        assert self.chargers[cp].present_card(tag, 1) == "starting"

    def leave(self, cp: str, tag: str) -> None:
        assert self.chargers[cp].present_card(tag, 1) == "stopping"

    async def stop(self) -> None:
        for vc in self.chargers.values():
            with contextlib.suppress(Exception):
                await vc.stop(stop_transactions=False, timeout=2)

    def measured(self, *, now: bool = True) -> dict[str, list[float]]:
        """Per circuit, the current per circuit phase (A) the chargers' meters read, summed up the tree: ``now``
        after running each charger's physics up to now, else as they last read."""
        own: dict[str, list[float]] = {n: [0.0, 0.0, 0.0] for n in self.site.circuits}
        for cp, vc in self.chargers.items():
            ch = vc.charger
            c = ch.connectors[1]
            if now and c.tx is not None:
                ch.run_electrics(c)  # the charger's physics up to now, under the profiles it holds
            name, rotation = self.site.wiring[cp]
            for r in c.electrics.readings(["Current.Import"], c.vehicle):
                line = int(str(r.phase)[1])
                own[name][int(rotation[line - 1]) - 1] += r.value
        total = {n: list(v) for n, v in own.items()}
        for name, values in own.items():
            parent = self.site.parent[name]
            while parent is not None:
                total[parent] = [a + b for a, b in zip(total[parent], values, strict=True)]
                parent = self.site.parent[parent]
        return total

    def limit_a(self, cp: str) -> float | None:
        """The limit the charger holds on its connector now (A per phase of its vehicle), None: none."""
        ch = self.chargers[cp].charger
        c = ch.connectors[1]
        watts = ch.limit_w(c)
        if watts is None:
            return None
        return watts / (230.0 * c.electrics.limit_phases(c.vehicle))


def assert_within(fleet: Fleet, limits: dict[str, float], *, slack: float = 0.3) -> dict[str, list[float]]:
    measured = fleet.measured()
    for name, phases in measured.items():
        for n, amps in enumerate(phases, 1):
            assert amps <= limits[name] + slack, (
                f"{name} L{n}: {amps:.1f} A over {limits[name]} A ({measured})"
            )
    return measured


@pytest.fixture
async def running(central_factory: Any) -> AsyncIterator[Callable[..., Any]]:
    fleets: list[Fleet] = []

    async def make(
        site: Site10, per: dict[str, dict[str, Any]] | None = None, **options: Any
    ) -> tuple[CentralSystem, Fleet, EventRecorder]:
        cs = await central_factory()
        rec = EventRecorder()
        cs.subscribe(rec)
        fleet = Fleet(cs.url, site, per, **options)
        fleets.append(fleet)
        await fleet.start()
        return cs, fleet, rec

    yield make
    for fleet in fleets:
        await fleet.stop()


async def settled(rec: EventRecorder, site_id: int, cps: set[str], since: int) -> LoadAllocated:
    """The first LoadAllocated after event number ``since`` whose managed sessions are those of ``cps``."""
    return await rec.wait(
        LoadAllocated,
        lambda e: (
            rec.events.index(e) >= since
            and e.site_id == site_id
            and {s["cp_id"] for s in e.sessions if s["managed"]} == cps
        ),
        timeout=20,
    )


TAGS = {f"Driver {n:02d}": f"TAG-{n:02d}" for n in range(1, 13)}
GARAGES = {"Grid": (None, 63.0), "Garage A": ("Grid", 32.0), "Garage B": ("Grid", 32.0)}
TEN = {
    **{f"CP{n:02d}": ("Garage A", ("123", "231", "312")[n % 3]) for n in range(1, 6)},
    **{f"CP{n:02d}": ("Garage B", ("123", "312", "231")[n % 3]) for n in range(6, 11)},
}


async def test_ten_chargers_on_a_63_a_circuit_never_overloaded(db: Database, running: Any) -> None:
    """10 chargers (two of them OCPP 2.0.1), two 32 A garages under a 63 A grid connection; 1- and 3-phase
    vehicles arrive and leave: after every allocation each circuit phase carries no more than its limit, and equal
    sharing holds."""
    site = build_site(db, TEN, circuits=GARAGES, tags=TAGS)
    cs, fleet, rec = await running(site, {"CP06": {"ocpp": "2.0.1"}, "CP07": {"ocpp": "2.0.1"}})
    # every charger got its fail-safe default: the safe share, 63 A / 10 connectors, in whole amperes
    for cp in TEN:
        assert fleet.limit_a(cp) == pytest.approx(6.0, abs=0.05)

    mark = len(rec.events)
    arrivals = {
        "CP01": three_phase(),
        "CP02": three_phase(),
        "CP03": one_phase(),
        "CP04": three_phase(),
        "CP06": three_phase(),
        "CP07": one_phase(),
        "CP08": three_phase(),
        "CP09": three_phase(),
    }
    for n, (cp, vehicle) in enumerate(arrivals.items(), 1):
        fleet.arrive(cp, vehicle, f"TAG-{n:02d}")
    await settled(rec, site.site_id, set(arrivals), mark)
    assert_within(fleet, site.limits)
    # the 1-phase vehicles are seen drawing on one phase (their meter values): allocated on that phase only
    event = await rec.wait(
        LoadAllocated,
        lambda e: (
            {s["cp_id"]: s["phases"] for s in e.sessions if s["cp_id"] in ("CP03", "CP07")}
            == {"CP03": 1, "CP07": 1}
        ),
        timeout=20,
    )
    assert_within(fleet, site.limits)
    # equal: the 3-phase vehicles of a garage that share the same circuit phases get the same limit
    limits = {s["cp_id"]: s["limit_a"] for s in event.sessions}
    assert limits["CP01"] == pytest.approx(limits["CP02"], abs=0.15)
    assert limits["CP06"] == pytest.approx(limits["CP08"], abs=0.15)
    assert all(6.0 <= a <= 32.0 for a in limits.values())
    assert "equal share" in next(s["reason"] for s in event.sessions if s["cp_id"] == "CP01")
    # a 1-phase vehicle draws on one phase only, and is given at least what a 3-phase one gets
    assert limits["CP03"] >= limits["CP01"] - 0.15

    # two leave, two more arrive (one of them 1-phase on a rotated connector)
    mark = len(rec.events)
    fleet.leave("CP02", "TAG-02")
    fleet.leave("CP08", "TAG-07")
    fleet.arrive("CP05", one_phase(), "TAG-09")
    fleet.arrive("CP10", three_phase(), "TAG-10")
    now = set(arrivals) - {"CP02", "CP08"} | {"CP05", "CP10"}
    await settled(rec, site.site_id, now, mark)
    await rec.wait(SessionStopped, lambda e: e.cp_id == "CP08")
    assert_within(fleet, site.limits)

    # between allocations too (at every status and meter value of every charger) no circuit was over its limit by
    # more than one new vehicle at its fail-safe default (6 A) for the moment before its start is allocated
    assert max(fleet.overshoot.values()) <= 6.3 + 0.3, fleet.overshoot

    # every limit sent is stored with its session and reason (its template and values: translated where shown)
    stored = await cs.store.run(lambda s: list(s.scalars(select(LimitChange).order_by(LimitChange.id))))
    assert any(r.session_id is not None and "equal share" in from_column(r.reason) for r in stored)
    assert any(
        r.session_id is None and from_column(r.reason).startswith("fail-safe: Grid (63 A) / 10")
        for r in stored
    )
    assert any(getattr(from_column(r.reason), "template", "") == EQUAL_SHARE for r in stored)
    assert all(r.status == "Accepted" for r in stored)
    assert {r.purpose for r in stored} >= {"TxDefaultProfile", "TxProfile"}
    # and the circuits' load is sampled: limit, allocated and measured per phase
    samples = await cs.store.run(lambda s: list(s.scalars(select(CircuitLoad))))
    grid = [r for r in samples if r.circuit_id == site.circuits["Grid"]]
    assert sorted(r.phase for r in grid)[:3] == [1, 2, 3]
    assert all(r.limit_a == 63.0 and 0 <= r.allocated_a <= 63.0 for r in grid)


@pytest.mark.parametrize("strategy", ["equal", "fcfs", "priority", "tariff"])
async def test_each_strategy_shares_as_specified(db: Database, running: Any, strategy: str) -> None:
    """Three vehicles on one 32 A circuit: equal gives each a third; first come first served fills the first one
    up while the later ones keep the minimum; priority serves the station's owner first, then the special user;
    tariff the session of the tariff with the higher load priority."""
    wiring = {"P1": ("Garage", "123"), "P2": ("Garage", "123"), "P3": ("Garage", "123")}
    site = build_site(db, wiring, circuits={"Garage": (None, 32.0)}, strategy=strategy, tags=TAGS)
    with db.session() as s:  # Driver 03 owns P3, Driver 02 has a grant there; Driver 03's tariff first
        users = {u.name: u for u in s.scalars(select(User))}
        stations = {st.charge_point_id: st for st in s.scalars(select(Station))}
        s.add(StationOwner(station_id=stations["P3"].id, user_id=users["Driver 03"].id))
        s.add(SpecialGrant(station_id=stations["P2"].id, user_id=users["Driver 02"].id))
        vip = Tariff(name="vip", load_priority=5)
        s.add(vip)
        s.flush()
        stations["P3"].owner_tariff_id = vip.id
        s.commit()
    _cs, fleet, rec = await running(site)
    mark = len(rec.events)
    for n, cp in enumerate(wiring, 1):  # one after the other: P1 first
        fleet.arrive(cp, three_phase(), f"TAG-{n:02d}")
        await rec.wait(SessionStarted, lambda e, cp=cp: e.cp_id == cp)
    event = await settled(rec, site.site_id, set(wiring), mark)
    limits = {s["cp_id"]: s["limit_a"] for s in event.sessions}
    assert sum(limits.values()) <= 32.0 + 1e-6
    if strategy == "equal":
        assert limits == {  # 32 A / 3, in whole amperes
            "P1": pytest.approx(10.0),
            "P2": pytest.approx(10.0),
            "P3": pytest.approx(10.0),
        }
    elif strategy == "fcfs":
        assert limits == {"P1": pytest.approx(20.0), "P2": pytest.approx(6.0), "P3": pytest.approx(6.0)}
    elif strategy == "priority":  # owner > special user > public
        assert limits == {"P3": pytest.approx(20.0), "P2": pytest.approx(6.0), "P1": pytest.approx(6.0)}
    else:  # only P3's session has the vip tariff (its owner's)
        assert limits["P3"] == pytest.approx(20.0)
        assert limits["P1"] == limits["P2"] == pytest.approx(6.0)
    assert_within(fleet, site.limits)


async def test_plan_window_lowers_the_limits_at_its_edge(db: Database, central_factory: Any) -> None:
    """A circuit lowered 11:00-14:00: the manager's clock is moved to two seconds before 11:00, and at the
    window's edge (its timer) the limits go down without anything else happening."""
    wiring = {"W1": ("Kitchen", "123"), "W2": ("Kitchen", "123")}
    site = build_site(
        db, wiring, circuits={"Kitchen": (None, 32.0)}, tags=TAGS, windows={"Kitchen": (660, 840, 12.0)}
    )
    today = dt.datetime.now(ZoneInfo(TZ))
    clock = LoadClock(today.replace(hour=9, minute=0, second=0, microsecond=0))
    cs = await central_factory(load_clock=clock)
    rec = EventRecorder()
    cs.subscribe(rec)
    fleet = Fleet(cs.url, site)
    try:
        await fleet.start()
        mark = len(rec.events)
        fleet.arrive("W1", three_phase(), "TAG-01")
        fleet.arrive("W2", three_phase(), "TAG-02")
        before = await settled(rec, site.site_id, set(wiring), mark)
        assert {s["limit_a"] for s in before.sessions} == {16.0}
        mark = len(rec.events)
        clock.set(today.replace(hour=10, minute=59, second=58, microsecond=0))
        after = await rec.wait(
            LoadAllocated,
            lambda e: rec.events.index(e) >= mark and {s["limit_a"] for s in e.sessions} == {6.0},
            timeout=10,
        )
        assert clock.now() >= today.replace(hour=11, minute=0, second=0, microsecond=0)
        assert after.circuits[0]["limit_a"] == [12.0, 12.0, 12.0]
        await fleet.chargers["W1"].wait_for("operation", lambda e: is_profile(e, "TxProfile"), since=0)
        assert fleet.limit_a("W1") == pytest.approx(6.0, abs=0.05)
        assert_within(fleet, {"Kitchen": 12.0})
    finally:
        await fleet.stop()


async def test_steady_charging_sends_no_more_profiles(db: Database, running: Any) -> None:
    """Once shared, steady charging (meter values every 30 simulated seconds, the vehicles taking what they are
    offered) sends no further profile: a limit is re-sent only when it moves by a step."""
    wiring = {"S1": ("Garage", "123"), "S2": ("Garage", "231")}
    site = build_site(db, wiring, circuits={"Garage": (None, 32.0)}, tags=TAGS)
    cs, fleet, rec = await running(site)
    mark = len(rec.events)
    fleet.arrive("S1", three_phase(), "TAG-01")
    fleet.arrive("S2", three_phase(), "TAG-02")
    await settled(rec, site.site_id, set(wiring), mark)
    operations = {cp: len(profile_calls(vc)) for cp, vc in fleet.chargers.items()}
    for vc in fleet.chargers.values():  # 20 more meter values each (10 simulated minutes)
        for _ in range(20):
            await vc.wait_for("charging", since=vc.mark(), timeout=20)
    assert {cp: len(profile_calls(vc)) for cp, vc in fleet.chargers.items()} == operations
    assert_within(fleet, site.limits)
    _ = cs


async def test_chargers_fall_back_to_their_fail_safe_when_serve_is_killed(
    db: Database, db_url: str, tmp_path: Any
) -> None:
    """A real ``chargedesk serve`` manages 4 chargers on a 32 A circuit and is killed (SIGKILL) mid-run. Each charger
    holds a fail-safe default, 32 A / 4 = 8 A while all are free. Two sessions at 16 A fill the circuit: the two free
    connectors' defaults go to 0 with them (a session keeps its limit without the central system, so a vehicle
    arriving then must find no more than what is left). After the kill: the sessions keep 16 A, vehicles arriving
    at the free connectors wait (the case that overloaded the circuit, 16 + 16 + 8 + 8 A, before), and when the
    sessions end their connectors give the next vehicles their 8 A default: within the limit throughout."""
    wiring = {f"K{n}": ("Garage", "123") for n in range(1, 5)}
    site = build_site(db, wiring, circuits={"Garage": (None, 32.0)}, tags=TAGS)
    async with serve_process(db_url, tmp_path) as (proc, url):
        fleet = Fleet(url, site, config={**SIM["config"], "AllowOfflineTxForUnknownId": "true"})
        try:
            await fleet.start()
            for cp in wiring:
                assert fleet.limit_a(cp) == pytest.approx(8.0, abs=0.05)
            fleet.arrive("K1", three_phase(), "TAG-01")
            fleet.arrive("K2", three_phase(), "TAG-02")
            for cp in ("K1", "K2"):
                await fleet.chargers[cp].wait_for(
                    "operation",
                    lambda e: (
                        is_profile(e, "TxProfile")
                        and e.data["request"]["csChargingProfiles"]["chargingSchedule"][
                            "chargingSchedulePeriod"
                        ][0]["limit"]
                        == 16.0
                    ),
                    timeout=20,
                )
            for cp in ("K3", "K4"):  # the free connectors' defaults: what the sessions leave, nothing
                await wait_until(lambda cp=cp: fleet.limit_a(cp) == pytest.approx(0.0, abs=0.05), timeout=20)
            assert_within(fleet, site.limits)
            proc.kill()
            await proc.wait()
            for vc in fleet.chargers.values():
                await vc.wait_for("disconnected", timeout=20)
            assert fleet.limit_a("K1") == pytest.approx(16.0, abs=0.05)  # its session's limit stays
            fleet.arrive("K3", three_phase(), "TAG-03")  # while nobody manages them: they wait
            fleet.arrive("K4", three_phase(), "TAG-04")
            for cp in ("K3", "K4"):
                await fleet.chargers[cp].wait_for(
                    "status", lambda e: e.data.get("status") in ("SuspendedEVSE", "Charging"), timeout=20
                )
                assert fleet.limit_a(cp) == pytest.approx(0.0, abs=0.05)
            measured = assert_within(fleet, site.limits)
            assert measured["Garage"][0] == pytest.approx(32.0, abs=0.5)  # 16 + 16 + 0 + 0
            marks = {cp: fleet.chargers[cp].mark() for cp in ("K1", "K2")}
            fleet.leave("K1", "TAG-01")
            fleet.leave("K2", "TAG-02")
            for cp, since in marks.items():  # the vehicle gone, the connector free again
                await fleet.chargers[cp].wait_for(
                    "status", lambda e: e.data.get("status") == "Available", since=since, timeout=20
                )
            for n, cp in enumerate(("K1", "K2"), 5):  # new vehicles there: their 8 A default
                fleet.arrive(cp, three_phase(), f"TAG-{n:02d}")
            for cp in ("K1", "K2"):
                await fleet.chargers[cp].wait_for("charging", timeout=20)
                assert fleet.limit_a(cp) == pytest.approx(8.0, abs=0.05)
            measured = assert_within(fleet, site.limits)
            assert measured["Garage"][0] == pytest.approx(16.0, abs=0.5)
        finally:
            await fleet.stop()


async def test_chargers_that_take_less_stay_within_limits(db: Database, running: Any) -> None:
    """On one 32 A circuit: a charger that rejects ChargePointMaxProfile, one that takes TxDefaultProfile only, and
    one that rejects every profile. The last is reserved at its full power (shown unmanaged), the two others share
    what is left (each limit as the profile it takes), and the circuit is never over its limit."""
    wiring = {"C1": ("Garage", "123"), "C2": ("Garage", "123"), "C3": ("Garage", "123")}
    site = build_site(db, wiring, circuits={"Garage": (None, 32.0)}, tags=TAGS)
    per = {
        "C1": {"profile_purposes": "TxDefaultProfile,TxProfile", "max_power_kw": 11.0},
        "C2": {"profile_purposes": "TxDefaultProfile", "max_power_kw": 11.0},
        "C3": {"profile_purposes": "", "max_power_kw": 11.0},  # 16 A
    }
    with db.session() as s:  # the connectors' own maximum: 16 A
        for conn in s.scalars(select(Connector)):
            conn.max_current_a = 16.0
        s.commit()
    cs, fleet, rec = await running(site, per)
    mark = len(rec.events)
    for n, cp in enumerate(wiring, 1):
        fleet.arrive(cp, three_phase(), f"TAG-{n:02d}")
    event = await settled(rec, site.site_id, {"C1", "C2"}, mark)
    sessions = {s["cp_id"]: s for s in event.sessions}
    assert not sessions["C3"]["managed"] and sessions["C3"]["limit_a"] == 16.0
    assert "not managed" in sessions["C3"]["reason"]
    assert sessions["C1"]["limit_a"] == sessions["C2"]["limit_a"] == pytest.approx(8.0)
    await fleet.chargers["C2"].wait_for("operation", lambda e: is_profile(e, "TxDefaultProfile", 140_001))
    await fleet.chargers["C1"].wait_for("operation", lambda e: is_profile(e, "TxProfile", 140_001))
    await rec.wait(SessionStarted, lambda e: e.cp_id == "C3")
    assert_within(fleet, site.limits)
    # C2's session ends: the limit it held as its TxDefaultProfile goes, its fail-safe is back for the next one
    mark = len(rec.events)
    since = fleet.chargers["C2"].mark()
    fleet.leave("C2", "TAG-02")
    await fleet.chargers["C2"].wait_for(
        "operation", lambda e: is_profile(e, "TxDefaultProfile", FAILSAFE_PROFILE_ID + 1), since=since
    )
    event = await settled(rec, site.site_id, {"C1"}, mark)
    assert {s["cp_id"]: s["limit_a"] for s in event.sessions}["C1"] == pytest.approx(16.0)
    # its fail-safe: 32 A less C3's 16 A (it takes no limit) and C1's session's 16 A (kept without us): nothing
    await wait_until(lambda: fleet.limit_a("C2") == pytest.approx(0.0, abs=0.05), timeout=20)
    assert_within(fleet, site.limits)
    caps = await cs.store.run(
        lambda s: s.scalar(select(Charger.sc_note).where(Charger.charge_point_id == "C3"))
    )
    assert caps


async def test_measured_base_load_reduces_the_chargers_share(db: Database, running: Any) -> None:
    """A base-load provider (the site meter's seam) saying 10 A of the 32 A circuit are taken by something else:
    the two sessions share the 22 A left, and LoadAllocated shows the base load."""
    wiring = {"B1": ("Garage", "123"), "B2": ("Garage", "123")}
    site = build_site(db, wiring, circuits={"Garage": (None, 32.0)}, tags=TAGS)
    seen: list[dict[int, tuple[float, float, float]]] = []

    async def base_load(spec: Any, measured: dict[int, tuple[float, float, float]]) -> dict[int, Any]:
        seen.append(measured)
        return {spec.circuits[0].id: (10.0, 10.0, 10.0)}

    cs, fleet, rec = await running(site)
    cs.load.base_load = base_load
    mark = len(rec.events)
    fleet.arrive("B1", three_phase(), "TAG-01")
    fleet.arrive("B2", three_phase(), "TAG-02")
    event = await settled(rec, site.site_id, set(wiring), mark)
    assert {s["limit_a"] for s in event.sessions} == {11.0}
    assert event.circuits[0]["base_a"] == [10.0, 10.0, 10.0]
    assert seen  # it was given the chargers' own measured currents per circuit


async def test_a_circuit_changed_in_the_configuration_is_followed(db: Database, running: Any) -> None:
    """The operator lowers a circuit from 32 to 20 A: the sessions' limits follow, and so do the fail-safes."""
    wiring = {"F1": ("Garage", "123"), "F2": ("Garage", "123")}
    site = build_site(db, wiring, circuits={"Garage": (None, 32.0)}, tags=TAGS)
    cs, fleet, rec = await running(site)
    mark = len(rec.events)
    fleet.arrive("F1", three_phase(), "TAG-01")
    fleet.arrive("F2", three_phase(), "TAG-02")
    event = await settled(rec, site.site_id, set(wiring), mark)
    assert {s["limit_a"] for s in event.sessions} == {16.0}
    since = fleet.chargers["F2"].mark()
    mark = len(rec.events)
    with db.session() as s:
        circuit = s.get(Circuit, site.circuits["Garage"])
        assert circuit is not None
        circuit.max_current_a = 20.0
        s.commit()  # (the configuration stamp moves with it)
    await cs.refresh_stations()  # what the site bus or a console's save does
    event = await rec.wait(
        LoadAllocated, lambda e: rec.events.index(e) >= mark and {s["limit_a"] for s in e.sessions} == {10.0}
    )
    assert event.circuits[0]["limit_a"] == [20.0, 20.0, 20.0]
    failsafe = await fleet.chargers["F2"].wait_for(
        "operation", lambda e: is_profile(e, "TxDefaultProfile", FAILSAFE_PROFILE_ID + 1), since=since
    )
    limit = failsafe.data["request"]["csChargingProfiles"]["chargingSchedule"]["chargingSchedulePeriod"][0]
    assert limit["limit"] == 10.0
    assert_within(fleet, {"Garage": 20.0})


async def test_power_a_vehicle_does_not_take_goes_to_the_others(db: Database, running: Any) -> None:
    """Two vehicles on 32 A: one takes at most 8.7 A per phase (a 6 kW on-board charger). Once its meter values
    show it, it is held a little above what it takes and the other gets the rest."""
    wiring = {"T1": ("Garage", "123"), "T2": ("Garage", "123")}
    site = build_site(db, wiring, circuits={"Garage": (None, 32.0)}, tags=TAGS)
    _cs, fleet, rec = await running(site)
    mark = len(rec.events)
    fleet.arrive("T1", three_phase(), "TAG-01")
    fleet.arrive("T2", Vehicle(60_000, 20.0, 95.0, 6_000.0, 3, 0.0), "TAG-02")
    first = await settled(rec, site.site_id, set(wiring), mark)
    assert {s["limit_a"] for s in first.sessions} == {16.0}
    event = await rec.wait(
        LoadAllocated,
        lambda e: {s["cp_id"]: s["limit_a"] for s in e.sessions}.get("T2", 16.0) < 16.0,
        timeout=20,
    )
    limits = {s["cp_id"]: s for s in event.sessions}
    assert 8.7 < limits["T2"]["limit_a"] <= 10.0
    assert "takes" in limits["T2"]["reason"]
    # the rest to T1, in whole amperes (what T2 is held at is rounded down too: less than 1 A stays unused)
    rest = 32.0 - limits["T2"]["limit_a"]
    assert limits["T1"]["limit_a"].is_integer() and rest - 1.0 <= limits["T1"]["limit_a"] <= rest
    assert_within(fleet, site.limits)


def _limit_of(e: SimEvent) -> float:
    request = e.data["request"]
    profile = request.get("csChargingProfiles") or request.get("chargingProfile")
    schedule = profile["chargingSchedule"]
    schedule = schedule[0] if isinstance(schedule, list) else schedule
    return float(schedule["chargingSchedulePeriod"][0]["limit"])


async def test_a_one_connector_charger_taking_only_charge_point_max_is_limited_by_it(
    db: Database, running: Any
) -> None:
    """A charger with one connector that rejects TxDefaultProfile and TxProfile but takes ChargePointMaxProfile: its
    fail-safe and its session's limit go as ChargePointMaxProfiles on connector 0 (the whole charger's maximum is
    its connector's), so it shares the 32 A circuit like the other instead of being reserved at its full power. A
    limit left on it from before (stack level 2, 32 A) is cleared when it connects; its session's limit is cleared
    when the session ends, and its fail-safe applies again."""
    wiring = {"M1": ("Garage", "123"), "M2": ("Garage", "123")}
    site = build_site(db, wiring, circuits={"Garage": (None, 32.0)}, tags=TAGS)
    per = {"M2": {"profile_purposes": "ChargePointMaxProfile"}}
    cs, fleet, rec = await running(site, per)
    m2 = fleet.chargers["M2"]
    failsafe = await m2.wait_for(
        "operation", lambda e: is_profile(e, "ChargePointMaxProfile", 141_001), timeout=20
    )
    assert failsafe.data["request"]["connectorId"] == 0 and _limit_of(failsafe) == 16.0  # 32 A / 2 connectors
    caps = await cs.store.run(
        lambda s: s.scalars(select(Charger).where(Charger.charge_point_id == "M2")).one()
    )
    assert caps.sc_purposes == "ChargePointMaxProfile"
    mark = len(rec.events)
    fleet.arrive("M1", three_phase(), "TAG-01")
    fleet.arrive("M2", three_phase(), "TAG-02")
    event = await settled(rec, site.site_id, {"M1", "M2"}, mark)  # both managed: none reserved at full power
    assert {s["cp_id"]: s["limit_a"] for s in event.sessions} == {"M1": 16.0, "M2": 16.0}
    limit = await m2.wait_for(
        "operation", lambda e: is_profile(e, "ChargePointMaxProfile", 140_001), timeout=20
    )
    assert limit.data["request"]["connectorId"] == 0 and _limit_of(limit) == 16.0
    await m2.wait_for("charging", timeout=20)
    assert fleet.limit_a("M2") == pytest.approx(16.0, abs=0.05)
    assert_within(fleet, site.limits)
    rows = await cs.store.run(
        lambda s: s.execute(
            select(LimitChange.purpose, LimitChange.status).where(
                LimitChange.charge_point_id == "M2", LimitChange.session_id.is_not(None)
            )
        ).all()
    )
    assert ("ChargePointMaxProfile", "Accepted") in rows
    # the session ends: its limit is cleared, the fail-safe under it applies (what M1's session leaves: 16 A)
    since = m2.mark()
    fleet.leave("M2", "TAG-02")
    await m2.wait_for(
        "operation",
        lambda e: e.data.get("action") == "ClearChargingProfile" and e.data["request"].get("id") == 140_001,
        since=since,
        timeout=20,
    )
    await wait_until(lambda: not any(p.id == 140_001 for p in m2.charger.smart.installed), timeout=20)
    assert fleet.limit_a("M2") is not None and fleet.limit_a("M2") <= 16.0 + 0.05
    assert_within(fleet, site.limits)


async def test_a_limit_left_on_a_charger_from_before_is_cleared_when_it_connects(
    db: Database, central_factory: Any
) -> None:
    """A TxDefaultProfile-only charger kept the limit (stack level 2, above its fail-safe) of a session that ended
    while the central system was away: at its next connection the limit is cleared, so the fail-safe it gets is
    the one in force (not the old, higher limit)."""
    wiring = {"S1": ("Garage", "123"), "S2": ("Garage", "123")}
    site = build_site(db, wiring, circuits={"Garage": (None, 16.0)}, tags=TAGS)
    cs = await central_factory()
    fleet = Fleet(cs.url, site, {"S1": {"profile_purposes": "TxDefaultProfile"}})
    stale = {
        "chargingProfileId": 140_001,
        "stackLevel": 2,
        "chargingProfilePurpose": "TxDefaultProfile",
        "chargingProfileKind": "Relative",
        "chargingSchedule": {
            "chargingRateUnit": "A",
            "chargingSchedulePeriod": [{"startPeriod": 0, "limit": 32.0}],
        },
    }
    s1 = fleet.chargers["S1"]
    assert s1.charger.set_profile(1, stale) == "Accepted"
    with db.session() as s:  # found out before: no probe at this boot (a probe at level 2 would replace it)
        s.add(Charger(charge_point_id="S1", registration="Accepted"))
        s.flush()
        known = Capabilities(True, frozenset({"TxDefaultProfile"}), frozenset({"A"}), 2, None)
        store_capabilities(s, "S1", dataclasses.replace(known, checked_at=dt.datetime.now(dt.UTC)))
        s.commit()
    try:
        await fleet.start()
        await wait_until(lambda: not any(p.id == 140_001 for p in s1.charger.smart.installed), timeout=20)
        assert fleet.limit_a("S1") == pytest.approx(8.0, abs=0.05)  # 16 A / 2: the fail-safe, not 32 A
    finally:
        await fleet.stop()


async def test_a_time_of_day_limit_coming_is_in_the_sessions_schedules(db: Database, running: Any) -> None:
    """A circuit lowered from 32 to 12 A in a few minutes: the two sessions' limits (16 A each now) carry the
    coming 6 A in their schedules, a minute before the window's start, so the chargers lower themselves if the
    central system is gone by then — the charger's own composite schedule shows it; the limit's history says so."""
    zone = ZoneInfo(TZ)
    now = dt.datetime.now(zone)
    edge = (now + dt.timedelta(minutes=5)).replace(second=0, microsecond=0)
    start = edge.hour * 60 + edge.minute
    wiring = {"A1": ("Kitchen", "123"), "A2": ("Kitchen", "123")}
    site = build_site(
        db,
        wiring,
        circuits={"Kitchen": (None, 32.0)},
        tags=TAGS,
        windows={"Kitchen": (start, (start + 60) % 1440, 12.0)},
    )
    cs, fleet, rec = await running(site, speed=1.0)  # the chargers' schedules run on real time, as ours
    mark = len(rec.events)
    fleet.arrive("A1", three_phase(), "TAG-01")
    fleet.arrive("A2", three_phase(), "TAG-02")
    event = await settled(rec, site.site_id, set(wiring), mark)
    assert {s["limit_a"] for s in event.sessions} == {16.0}
    sent = await fleet.chargers["A1"].wait_for("operation", lambda e: is_profile(e, "TxProfile"), timeout=20)
    periods = sent.data["request"]["csChargingProfiles"]["chargingSchedule"]["chargingSchedulePeriod"]
    assert [p["limit"] for p in periods] == [16.0, 6.0]
    composite = await cs.operations.get_composite_schedule("A1", 1, 900, "A", timeout=10)
    schedule = composite.get("chargingSchedule") or composite.get("schedule")
    shown = [(p["startPeriod"], p["limit"]) for p in schedule["chargingSchedulePeriod"]]
    assert shown[0][1] == 16.0 and shown[-1][1] == 6.0
    lowered_in = (edge - dt.timedelta(minutes=1) - dt.datetime.now(zone)).total_seconds()
    assert abs(shown[-1][0] - lowered_in) <= 5  # a minute before the window starts, by the charger's clock
    reasons = await cs.store.run(
        lambda s: s.scalars(select(LimitChange.reason).where(LimitChange.charge_point_id == "A1")).all()
    )
    assert any(from_column(r).endswith(f"6 A from {edge:%H:%M} (time-of-day limit)") for r in reasons), (
        reasons
    )
    # allocated again with nothing changed: the same schedule is not sent again
    operations = len(fleet.chargers["A1"].of("operation"))
    allocations = cs.load.allocations
    for n in (1, 2):  # the second begins when the first has sent what it sends (one worker)
        cs.load._mark(site.site_id)
        await wait_until(lambda n=n: cs.load.allocations >= allocations + n)
    assert len(fleet.chargers["A1"].of("operation")) == operations
