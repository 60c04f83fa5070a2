"""Properties of the load allocation on random circuit trees and demands, driven by hypothesis over plain data."""

from __future__ import annotations

import datetime as dt
import math
import random
from dataclasses import dataclass, replace

from hypothesis import given, settings
from hypothesis import strategies as st

from app.services.load.allocation import STEP_A, Demand, Share, allocate, ramp_cap
from app.services.load.limits import CircuitSpec, WindowLimit, limits_at, next_change

SETTINGS = settings(max_examples=150, deadline=None)
T0 = dt.datetime(2026, 12, 7, 8, 0, tzinfo=dt.UTC)
INF = math.inf
TOL = 1e-6
PHASE_SETS = [(1,), (2,), (3,), (1, 2, 3), (1, 2, 3), (1, 2, 3)]

Limits = tuple[float, float, float]


@dataclass(frozen=True)
class Site:
    circuits: tuple[CircuitSpec, ...]
    limits: dict[int, Limits]
    demands: tuple[Demand, ...]
    strategy: str
    min_a: float
    base_a: dict[int, Limits]

    def shares(self) -> list[Share]:
        return allocate(self.circuits, self.limits, self.demands, self.strategy, self.min_a, self.base_a)

    def subtree(self, circuit_id: int) -> set[int]:
        """The circuit and everything below it."""
        out = {circuit_id}
        grew = True
        while grew:
            below = {c.id for c in self.circuits if c.parent_id in out}
            grew = not below <= out
            out |= below
        return out

    def path(self, circuit_id: int) -> list[int]:
        parents = {c.id: c.parent_id for c in self.circuits}
        out: list[int] = []
        node: int | None = circuit_id
        while node is not None:
            out.append(node)
            node = parents[node]
        return out

    def lo(self, d: Demand) -> float:
        return max(self.min_a, d.min_a)

    def hi(self, d: Demand) -> float:
        """The most a demand may be offered: its maximum, or a little above what it takes."""
        if d.taking_a is None:
            return d.max_a
        return min(d.max_a, max(self.lo(d), ramp_cap(d.taking_a)))

    def order(self, d: Demand) -> tuple[object, ...]:
        if self.strategy in ("priority", "tariff"):
            return (-d.rank, d.started_at, d.key)
        return (d.started_at, d.key)


def amps(low: float, high: float) -> st.SearchStrategy[float]:
    return st.floats(low, high, allow_nan=False).map(lambda a: round(a, 2))


@st.composite
def sites(draw: st.DrawFn, strategies: tuple[str, ...] = ("equal", "fcfs", "priority", "tariff")) -> Site:
    circuits: list[CircuitSpec] = []
    limits: dict[int, Limits] = {}
    for cid in range(1, draw(st.integers(1, 7)) + 1):
        parent = None if cid == 1 else draw(st.integers(1, cid - 1))
        phases = draw(st.sampled_from([3, 3, 1]))
        circuits.append(CircuitSpec(cid, parent, f"C{cid}", phases, None, None))
        if phases == 1:
            limits[cid] = (draw(amps(0, 64) | st.just(INF)), 0.0, 0.0)
        elif draw(st.booleans()):
            same = draw(amps(0, 64) | st.just(INF))
            limits[cid] = (same, same, same)
        else:
            limits[cid] = tuple(draw(st.lists(amps(0, 64) | st.just(INF), min_size=3, max_size=3)))  # type: ignore[assignment]
    demands = []
    for n in range(draw(st.integers(0, 14))):
        fixed = draw(st.none() | st.none() | st.none() | amps(0, 20))
        demands.append(
            Demand(
                key=(f"CP{draw(st.integers(0, 3))}-{n}", draw(st.integers(1, 2))),
                circuit_id=draw(st.integers(1, len(circuits)) | st.just(len(circuits))),  # crowd one
                phases=draw(st.sampled_from(PHASE_SETS)),
                min_a=draw(st.sampled_from([0.0, 6.0, 6.0, 6.0, 8.0])),
                max_a=draw(st.sampled_from([6.0, 10.0, 16.0, 32.0]) | amps(0, 40)),
                started_at=T0 + dt.timedelta(minutes=draw(st.integers(0, 20))),
                rank=draw(st.integers(0, 2)),
                taking_a=draw(st.none() | st.none() | amps(0, 32)),
                fixed_a=fixed,
            )
        )
    base = {
        cid: tuple(draw(st.lists(amps(0, 30), min_size=3, max_size=3)))
        for cid in draw(st.sets(st.integers(1, len(circuits)), max_size=2))
    }
    return Site(
        tuple(circuits),
        limits,
        tuple(demands),
        draw(st.sampled_from(strategies)),
        draw(st.sampled_from([0.0, 6.0, 6.0, 10.0])),
        base,  # type: ignore[arg-type]
    )


@st.composite
def crowded_sites(draw: st.DrawFn, strategy: str) -> Site:
    """A small tree with many sessions in the same places (same circuit, phases and minimum): what the
    strategies' own rules are about."""
    circuits = [CircuitSpec(1, None, "Main", 3, None, None)]
    circuits += [
        CircuitSpec(cid, 1, f"Sub {cid}", 3, None, None) for cid in range(2, draw(st.integers(1, 3)) + 1)
    ]
    limits: dict[int, Limits] = {}
    for circuit in circuits:
        limit = draw(amps(10, 64))
        limits[circuit.id] = (limit, limit, limit)
    demands = [
        Demand(
            key=(f"CP{n}", 1),
            circuit_id=draw(st.integers(1, len(circuits))),
            phases=draw(st.sampled_from([(1, 2, 3), (1, 2, 3), (1,)])),
            min_a=6.0,
            max_a=draw(st.sampled_from([16.0, 32.0, 32.0])),
            started_at=T0 + dt.timedelta(minutes=draw(st.integers(0, 30))),
            rank=draw(st.integers(0, 1)),
            taking_a=draw(st.none() | st.none() | st.none() | amps(0, 20)),
        )
        for n in range(draw(st.integers(2, 12)))
    ]
    return Site(tuple(circuits), limits, tuple(demands), strategy, 6.0, {})


def room_left(site: Site, shares: list[Share]) -> dict[tuple[int, int], tuple[float, float, int]]:
    """Per circuit phase with a limit: (what is left for managed sessions before them, what they were given,
    how many draw on it)."""
    by_key = {s.key: s for s in shares}
    out = {}
    for circuit in site.circuits:
        below = site.subtree(circuit.id)
        for phase in (1, 2, 3):
            limit = site.limits[circuit.id][phase - 1]
            if math.isinf(limit):
                continue
            base = sum(site.base_a[c][phase - 1] for c in site.base_a if c in below)
            on = [d for d in site.demands if d.circuit_id in below and phase in d.phases]
            fixed = sum(d.fixed_a for d in on if d.fixed_a is not None)
            managed = [by_key[d.key].limit_a for d in on if d.fixed_a is None]
            out[circuit.id, phase] = (limit - base - fixed, sum(managed), len(managed))
    return out


def constraints_of(site: Site, d: Demand) -> list[tuple[int, int]]:
    return [
        (c, p) for c in site.path(d.circuit_id) for p in d.phases if not math.isinf(site.limits[c][p - 1])
    ]


def no_circuit_phase_over_its_limit(site: Site, shares: list[Share]) -> None:
    for (circuit_id, phase), (free, given_a, _) in room_left(site, shares).items():
        assert given_a <= max(free, 0.0) + TOL, f"{circuit_id} L{phase}: {given_a} A given, {free} A free"


def nothing_or_between_the_minimum_and_the_maximum(site: Site, shares: list[Share]) -> None:
    for d, share in zip(site.demands, shares, strict=True):
        assert share.key == d.key
        if d.fixed_a is not None:
            assert (share.limit_a, share.paused) == (d.fixed_a, False)
            continue
        assert share.paused == (share.limit_a == 0.0)
        assert share.reason
        if not share.paused:
            assert site.lo(d) - TOL <= share.limit_a <= site.hi(d) + TOL
            assert share.limit_a == round(share.limit_a, 1) or share.limit_a == site.lo(d)


def nothing_left_unused(site: Site, shares: list[Share]) -> None:
    """A session below what it could take is held by a full circuit phase above it; one paused by a circuit phase
    without room for its minimum. Limits are rounded down to 0.1 A: each session on a phase may leave that."""
    left = room_left(site, shares)

    def slack(k: tuple[int, int]) -> tuple[float, float]:
        free, given_a, n = left[k]
        return free - given_a, STEP_A * n + TOL

    for d, share in zip(site.demands, shares, strict=True):
        if d.fixed_a is not None:
            continue
        ks = constraints_of(site, d)
        if share.paused:
            if d.max_a >= max(site.lo(d), STEP_A):  # else its own maximum pauses it
                assert any(room < site.lo(d) + tol for room, tol in map(slack, ks)), share
        elif share.limit_a < site.hi(d) - STEP_A - TOL:
            assert any(room <= tol for room, tol in map(slack, ks)), share


def twins(site: Site, shares: list[Share]) -> list[tuple[Demand, Share, Demand, Share]]:
    """Pairs of running managed sessions on the same circuit and phases with the same minimum, the earlier (in
    the strategy's order) first, neither at its own maximum."""
    running = [
        (d, s)
        for d, s in zip(site.demands, shares, strict=True)
        if d.fixed_a is None and not s.paused and s.limit_a < site.hi(d) - STEP_A - TOL
    ]
    running.sort(key=lambda ds: site.order(ds[0]))
    return [
        (d1, s1, d2, s2)
        for n, (d1, s1) in enumerate(running)
        for d2, s2 in running[n + 1 :]
        if (d1.circuit_id, set(d1.phases), site.lo(d1)) == (d2.circuit_id, set(d2.phases), site.lo(d2))
    ]


def equal_gives_the_same_in_the_same_place(site: Site, shares: list[Share]) -> None:
    for _, s1, _, s2 in twins(site, shares):
        assert s1.limit_a == s2.limit_a, (s1, s2)


def fcfs_never_gives_a_later_one_more(site: Site, shares: list[Share]) -> None:
    """An earlier session that could take more took all there was: a later one in the same place has its
    minimum only."""
    for _, s1, d2, s2 in twins(site, shares):
        assert s2.limit_a <= s1.limit_a, (s1, s2)
        assert s2.limit_a <= site.lo(d2) + TOL, (s1, s2)


def priority_serves_a_higher_rank_first_and_equal_within_one(site: Site, shares: list[Share]) -> None:
    for d1, s1, d2, s2 in twins(site, shares):
        if d1.rank == d2.rank:
            assert s1.limit_a == s2.limit_a, (s1, s2)
        else:
            assert s2.limit_a <= site.lo(d2) + TOL, (s1, s2)


STRATEGY_RULES = {
    "equal": equal_gives_the_same_in_the_same_place,
    "fcfs": fcfs_never_gives_a_later_one_more,
    "priority": priority_serves_a_higher_rank_first_and_equal_within_one,
    "tariff": priority_serves_a_higher_rank_first_and_equal_within_one,
}


def the_later_or_lower_ones_wait(site: Site, shares: list[Share]) -> None:
    """Of two sessions in the same place with the same minimum, a paused one comes after a running one."""
    by_demand = dict(zip(site.demands, shares, strict=True))
    managed = [d for d in site.demands if d.fixed_a is None and d.max_a >= site.lo(d)]
    for waiting in (d for d in managed if "is full — waits" in by_demand[d].reason):
        for running in (d for d in managed if not by_demand[d].paused):
            same = (running.circuit_id, set(running.phases), site.lo(running))
            if same == (waiting.circuit_id, set(waiting.phases), site.lo(waiting)):
                assert site.order(running) < site.order(waiting)


def deterministic_whatever_the_order(site: Site, shares: list[Share], rnd: random.Random) -> None:
    assert site.shares() == shares
    shuffled = list(site.demands)
    rnd.shuffle(shuffled)
    again = replace(site, demands=tuple(shuffled)).shares()
    assert sorted(again, key=lambda s: s.key) == sorted(shares, key=lambda s: s.key)


def check(site: Site, rnd: random.Random) -> None:
    shares = site.shares()
    no_circuit_phase_over_its_limit(site, shares)
    nothing_or_between_the_minimum_and_the_maximum(site, shares)
    nothing_left_unused(site, shares)
    STRATEGY_RULES[site.strategy](site, shares)
    the_later_or_lower_ones_wait(site, shares)
    deterministic_whatever_the_order(site, shares, rnd)


@given(sites(), st.randoms(use_true_random=False))
@settings(max_examples=400, deadline=None)
def test_every_share_keeps_the_rules(site: Site, rnd: random.Random) -> None:
    """Random trees, limits, base loads and demands; every property checked on each (drawing a site is most of
    the time a check takes)."""
    check(site, rnd)


@given(crowded_sites("equal"), st.randoms(use_true_random=False))
@SETTINGS
def test_equal_gives_the_same_to_sessions_in_the_same_place(site: Site, rnd: random.Random) -> None:
    check(site, rnd)


@given(crowded_sites("fcfs"), st.randoms(use_true_random=False))
@SETTINGS
def test_fcfs_never_gives_a_later_session_more(site: Site, rnd: random.Random) -> None:
    check(site, rnd)


@given(crowded_sites("priority"), st.randoms(use_true_random=False))
@SETTINGS
def test_priority_serves_a_higher_rank_first_and_equal_within_a_rank(site: Site, rnd: random.Random) -> None:
    check(site, rnd)


# --- limits at a moment -------------------------------------------------------------------------------------------

windows = st.builds(
    WindowLimit,
    days=st.integers(1, 127),
    start_minute=st.integers(0, 1439),
    end_minute=st.integers(1, 1440),
    max_a=st.none() | amps(0, 80),
    max_w=st.none() | amps(0, 40_000),
)
circuit_specs = st.builds(
    CircuitSpec,
    id=st.just(1),
    parent_id=st.none(),
    name=st.just("Main"),
    phases=st.sampled_from([1, 3]),
    max_a=st.none() | amps(0, 100),
    max_w=st.none() | amps(0, 60_000),
    windows=st.lists(windows, max_size=3).map(tuple),
)
instants = st.datetimes(
    min_value=dt.datetime(2026, 3, 20), max_value=dt.datetime(2026, 11, 5), timezones=st.just(dt.UTC)
)
zones = st.sampled_from(["Europe/Zurich", "America/New_York", "Australia/Lord_Howe", "UTC"])


@given(circuit_specs, instants, zones)
@SETTINGS
def test_a_window_only_lowers_and_a_single_phase_circuit_carries_l1(
    circuit: CircuitSpec, at: dt.datetime, tz: str
) -> None:
    own = limits_at([replace(circuit, windows=())], at, tz)[1]
    now = limits_at([circuit], at, tz)[1]
    assert all(a <= b for a, b in zip(now, own, strict=True))
    if circuit.phases == 1:
        assert now[1:] == (0.0, 0.0)
    else:
        assert now[0] == now[1] == now[2]


@given(circuit_specs, instants, zones)
@settings(max_examples=60, deadline=None)
def test_next_change_is_when_the_limits_change(circuit: CircuitSpec, at: dt.datetime, tz: str) -> None:
    """Constant from now until the next change (checked at every minute edge and just before it), different
    at it; None only when nothing changes within the next week."""
    now = limits_at([circuit], at, tz)
    change = next_change([circuit], at, tz)
    end = change if change is not None else at + dt.timedelta(days=8)
    probe = at.replace(second=0, microsecond=0) + dt.timedelta(minutes=1)
    while probe < end:
        assert limits_at([circuit], probe, tz) == now, probe
        probe += dt.timedelta(minutes=1)
    if change is not None:
        assert change > at
        assert limits_at([circuit], change, tz) != now
        assert limits_at([circuit], change - dt.timedelta(microseconds=1), tz) == now
