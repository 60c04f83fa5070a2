"""Each charging session's current limit under the site's circuits (pure: no database, no Qt).

:func:`allocate` takes the circuit tree, each circuit's limit per phase at the moment
(:func:`app.services.load.limits.limits_at`), the sessions' :class:`Demand` and the site's strategy, and gives
each a :class:`Share`: a limit per phase (0 = paused) and why, as an operator reads it.

What always holds:

* **No circuit over its limit on any phase**, counting every circuit up to the root: on each circuit and phase,
  the measured base load (``base_a``: current that is not the chargers', counted on its circuit and every
  ancestor), the unmanaged demands (``fixed_a``, reserved as they are) and the managed limits together stay
  within the circuit's limit. A demand draws its limit on each of its ``phases`` (circuit phases, the site's
  numbering: the caller has turned a connector's rotation and a 1-phase vehicle into them).
* **A minimum or a pause.** A session is offered at least the site's ``min_a`` (or its own ``min_a`` if higher)
  or nothing: sessions are admitted at their minimum in the strategy's order (first come for "equal" and "fcfs",
  higher ``rank`` first for "priority" and "tariff", then earlier, then by key) while the minimum fits on every
  circuit above them; one that does not fit is paused ("paused: Garage (32 A) is full — waits for a free 6 A").
  A later session whose minimum still fits (on other phases or another branch) is admitted all the same.
* **Nothing wasted.** What is left after the minimums is shared, each session up to its maximum (``max_a``: the
  connector's and the vehicle's) and, when the vehicle takes less than it is offered (``taking_a``), up to a
  little above what it takes (:func:`ramp_cap`: +1 A or +10 %, whichever is more, so it can ramp up and be seen
  doing so); the rest goes to the others. A circuit phase with room left means every session under it got its
  maximum or is held by another circuit.

How what is left is shared ("water-filling": everyone's limit raised together; a session stops where its own
maximum or a full circuit holds it, the others go on):

* ``"equal"``: max-min fair among all sessions at once, per phase through the tree.
* ``"fcfs"``: one session after the other by ``started_at``: each takes all it can while the later ones keep
  their minimum.
* ``"priority"`` / ``"tariff"``: rank by rank, higher first, max-min fair within a rank while lower ranks keep
  their minimum. The caller gives ``rank`` (owner > special user > public, or the tariff's load priority).

Limits are rounded down to 0.1 A (never up: rounding cannot overload). The same inputs give the same shares
whatever the order of the demands: everything is ordered by the strategy's keys, ties by ``key``.
"""

from __future__ import annotations

import datetime as dt
import heapq
import math
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import groupby

from app.services.load import reasons as why
from app.services.load.limits import CircuitSpec, PhaseLimits
from app.services.texts import Text

STRATEGIES = ("equal", "fcfs", "priority", "tariff")
RAMP_MIN_A = 1.0  # a vehicle taking less may be offered this much above what it takes ...
RAMP_SHARE = 0.10  # ... or this share of it, whichever is more
STEP_A = 0.1  # limits are given in tenths of an ampere, rounded down
_EPS = 1e-9


@dataclass(frozen=True)
class Demand:
    """A charging session (or a connector to keep room for) on a circuit.

    ``phases``: the circuit phases it draws on (1..3). ``min_a``: its own minimum, used when above the site's.
    ``max_a``: the most it may be offered (the connector's and the vehicle's maximum). ``taking_a``: what it draws, given when that is below what it was offered (so the
    rest can go to others); None when it takes what it is offered. ``fixed_a``: an unmanaged charger, reserved
    at this and never changed. ``external_a``: a limit a system on site put on the connector (its ``external_by``:
    EMS, SO, Other): it is offered no more, and what it cannot take goes to the others.
    """

    key: tuple[str, int]
    circuit_id: int
    phases: tuple[int, ...]
    min_a: float
    max_a: float
    started_at: dt.datetime
    rank: int = 0
    taking_a: float | None = None
    fixed_a: float | None = None
    external_a: float | None = None  # a limit a system on site set on it (NotifyChargingLimit), A per phase
    external_by: str = ""  # who set it: EMS, SO, Other


@dataclass(frozen=True)
class Share:
    """A demand's limit per phase (0 when paused) and why (the English text, a :class:`Text` keeping its template
    and values: :mod:`app.services.load.reasons`)."""

    key: tuple[str, int]
    limit_a: float
    paused: bool
    reason: str


def ramp_cap(taking_a: float) -> float:
    """The most a vehicle that takes ``taking_a`` is offered: a margin above it, so it can ramp up."""
    return taking_a + max(RAMP_MIN_A, RAMP_SHARE * taking_a)


def amps(value: float) -> str:
    """``32.0`` → ``"32 A"``, ``7.84`` → ``"7.8 A"``."""
    if math.isinf(value):
        return "no limit"
    return f"{value:.1f}".removesuffix(".0") + " A"


def _round_down(value: float, floor: float) -> float:
    stepped = math.floor(value / STEP_A + 1e-9) * STEP_A
    return round(max(stepped, floor) if value >= floor else stepped, 6)


def _paths(circuits: Sequence[CircuitSpec]) -> dict[int, tuple[int, ...]]:
    """Each circuit's path to its root: itself first."""
    by_id = {c.id: c for c in circuits}
    if len(by_id) != len(circuits):
        raise ValueError("two circuits with the same id")
    paths: dict[int, tuple[int, ...]] = {}
    for circuit in circuits:
        path: list[int] = []
        node: CircuitSpec | None = circuit
        while node is not None:
            if node.id in paths:
                path += paths[node.id]
                break
            if node.id in path:
                raise ValueError(f"circuit {circuit.name} is its own ancestor")
            path.append(node.id)
            if node.parent_id is None:
                node = None
            elif node.parent_id in by_id:
                node = by_id[node.parent_id]
            else:
                raise ValueError(f"circuit {node.name}: its parent {node.parent_id} is not in the tree")
        paths[circuit.id] = tuple(path)
    return paths


def _order_key(strategy: str, demand: Demand) -> tuple[object, ...]:
    if strategy in ("priority", "tariff"):
        return (-demand.rank, demand.started_at, demand.key)
    return (demand.started_at, demand.key)


class _Allocation:
    """One run of :func:`allocate`: constraints are (circuit, phase) pairs with a finite limit, by index."""

    def __init__(
        self,
        circuits: Sequence[CircuitSpec],
        limits: Mapping[int, PhaseLimits],
        demands: Sequence[Demand],
        strategy: str,
        min_a: float,
        base_a: Mapping[int, PhaseLimits],
    ) -> None:
        self.strategy = strategy
        self.by_id = {c.id: c for c in circuits}
        paths = _paths(circuits)
        missing = [c.name for c in circuits if c.id not in limits]
        if missing:
            raise ValueError(f"no limits for circuit(s) {', '.join(missing)}")
        self.limits = limits
        self.index: dict[tuple[int, int], int] = {}
        self.where: list[tuple[int, int]] = []  # constraint → (circuit id, phase)
        self.room: list[float] = []  # what is left of the limit for managed demands
        for circuit in circuits:
            for phase in (1, 2, 3):
                limit = limits[circuit.id][phase - 1]
                if not math.isinf(limit):
                    self.index[circuit.id, phase] = len(self.where)
                    self.where.append((circuit.id, phase))
                    self.room.append(limit)
        for circuit_id, currents in base_a.items():
            if circuit_id not in paths:
                raise ValueError(f"base load for circuit {circuit_id}, which is not in the tree")
            self._reserve(paths[circuit_id], (1, 2, 3), currents)

        self.demands = sorted(demands, key=lambda d: d.key)
        if len({d.key for d in self.demands}) != len(self.demands):
            raise ValueError("two demands with the same key")
        self.managed: list[int] = []
        self.ks: list[list[int]] = []
        self.lo: list[float] = []
        self.hi: list[float] = []
        self.hi_by_taking: list[bool] = []
        self.hi_by_external: list[bool] = []
        for i, d in enumerate(self.demands):
            if d.circuit_id not in paths:
                raise ValueError(
                    f"{d.key[0]} connector {d.key[1]}: circuit {d.circuit_id} is not in the tree"
                )
            phases = sorted(set(d.phases))
            if not phases or not set(phases) <= {1, 2, 3}:
                raise ValueError(f"{d.key[0]} connector {d.key[1]}: phases must be some of 1, 2, 3")
            if not 0 <= d.max_a < math.inf:
                raise ValueError(f"{d.key[0]} connector {d.key[1]}: maximum {d.max_a} A")
            path = paths[d.circuit_id]
            self.ks.append([self.index[c, p] for c in path for p in phases if (c, p) in self.index])
            lo = max(min_a, d.min_a)
            hi = d.max_a
            by_external = d.external_a is not None and d.external_a < hi
            if by_external:
                assert d.external_a is not None
                hi = max(0.0, d.external_a)
            by_taking = d.taking_a is not None and ramp_cap(d.taking_a) < hi
            if by_taking:
                assert d.taking_a is not None
                hi = max(lo, ramp_cap(d.taking_a))
            self.lo.append(lo)
            self.hi.append(hi)
            self.hi_by_taking.append(by_taking)
            self.hi_by_external.append(by_external and not by_taking)
            if d.fixed_a is not None:
                self._reserve(path, phases, (d.fixed_a, d.fixed_a, d.fixed_a))
            else:
                self.managed.append(i)
        self.managed.sort(key=lambda i: _order_key(strategy, self.demands[i]))
        self.x = [0.0] * len(self.demands)
        self.load = [0.0] * len(self.room)
        self.admitted: list[int] = []
        self.reasons: dict[int, Text] = {}
        self._labels: dict[int, Text] = {}  # a circuit phase's label, made once per allocation
        self.bound: dict[int, int | None] = {}  # admitted → constraint that held it (None: its own maximum)
        self._on: dict[int, list[int]] = {}
        self._held: Counter[tuple[int | None, int]] = Counter()  # sessions held by (constraint, rank)

    def _reserve(self, path: Iterable[int], phases: Iterable[int], currents: Sequence[float]) -> None:
        phases = tuple(phases)
        for c in path:
            for p in phases:
                k = self.index.get((c, p))
                if k is not None:
                    self.room[k] -= currents[p - 1]

    # --- the label of a circuit phase ---------------------------------------------------------------------

    def label(self, k: int) -> Text:
        found = self._labels.get(k)
        if found is None:
            found = self._labels[k] = self._label(k)
        return found

    def _label(self, k: int) -> Text:
        circuit_id, phase = self.where[k]
        circuit = self.by_id[circuit_id]
        limits = self.limits[circuit_id]
        if len(set(limits)) > 1:
            return Text(why.CIRCUIT_ON_PHASE, name=circuit.name, limit=limits[phase - 1], phase=phase)
        return Text(why.CIRCUIT, name=circuit.name, limit=limits[phase - 1])

    # --- admission ----------------------------------------------------------------------------------------

    def admit(self) -> None:
        """Everyone at their minimum, in the strategy's order, while it fits; the others are paused."""
        for i in self.managed:
            lo = self.lo[i]
            if self.hi_by_external[i] and self.hi[i] < lo:
                self.reasons[i] = self._external(i, why.PAUSED_EXTERNAL)
                continue
            if self.demands[i].max_a < lo:
                self.reasons[i] = Text(why.PAUSED_BELOW_MINIMUM, maximum=self.demands[i].max_a, minimum=lo)
                continue
            ks = self.ks[i]
            tight = min(ks, key=lambda k: self.room[k] - self.load[k], default=None)
            if tight is not None and self.room[tight] - self.load[tight] < lo - _EPS:
                self.reasons[i] = Text(why.PAUSED_WAITS, circuit=self.label(tight), minimum=lo)
                continue
            for k in ks:
                self.load[k] += lo
            self.x[i] = lo
            self.admitted.append(i)

    # --- sharing what is left -----------------------------------------------------------------------------

    def groups(self) -> list[list[int]]:
        if self.strategy == "fcfs":
            return [[i] for i in self.admitted]
        if self.strategy == "equal":
            return [self.admitted] if self.admitted else []
        return [list(g) for _, g in groupby(self.admitted, key=lambda i: self.demands[i].rank)]

    def fill(self, group: list[int]) -> None:
        """Raise the group's limits together from their minimums (everyone else as they are) until each is held
        by its maximum or a full circuit phase."""
        _Filling(self, group).run()

    # --- the answer ---------------------------------------------------------------------------------------

    def on(self, k: int) -> list[int]:
        """The managed demands (admitted or paused, in the strategy's order) that draw on constraint ``k``."""
        found = self._on.get(k)
        if found is None:
            found = self._on[k] = [j for j in self.managed if k in self.ks[j]]
        return found

    def _external(self, i: int, template: str) -> Text:
        d = self.demands[i]
        return Text(template, limit=d.external_a, source=why.source(d.external_by))

    def reason(self, i: int) -> Text:
        k = self.bound.get(i)
        if k is None:
            d = self.demands[i]
            if self.hi_by_external[i]:
                return self._external(i, why.EXTERNAL_LIMIT)
            if self.hi_by_taking[i]:
                assert d.taking_a is not None
                return Text(why.TAKES_LESS, taking=d.taking_a)
            return Text(why.CONNECTOR_MAXIMUM, maximum=d.max_a)
        circuit = self.label(k)
        if self.strategy == "fcfs":
            everyone = self.on(k)
            place = why.ordinal(everyone.index(i) + 1)
            return Text(why.FIRST_COME, circuit=circuit, position=place, count=len(everyone))
        # those that this circuit phase held, together: they share what the others left of it equally
        rank = self.demands[i].rank
        if not self._held:
            self._held.update((self.bound.get(j), self.demands[j].rank) for j in self.admitted)
        peers = self._held[k, rank]
        if self.strategy == "equal":
            if peers == 1:
                return Text(why.WHAT_IS_FREE, circuit=circuit)
            return Text(why.EQUAL_SHARE, peers, circuit=circuit)
        tariff = self.strategy == "tariff"
        if peers == 1:
            return Text(why.TARIFF_PRIORITY if tariff else why.PRIORITY, rank=rank, circuit=circuit)
        shared = why.TARIFF_PRIORITY_SHARED if tariff else why.PRIORITY_SHARED
        return Text(shared, peers, rank=rank, circuit=circuit)

    def shares(self) -> dict[tuple[str, int], Share]:
        out: dict[tuple[str, int], Share] = {}
        admitted = set(self.admitted)
        for i, d in enumerate(self.demands):
            if d.fixed_a is not None:
                out[d.key] = Share(d.key, d.fixed_a, False, Text(why.NOT_MANAGED, reserved=d.fixed_a))
            elif i not in admitted:
                out[d.key] = Share(d.key, 0.0, True, self.reasons[i])
            else:
                limit = _round_down(self.x[i], self.lo[i])
                if limit <= 0:  # no minimum, and less than a step left
                    k = self.bound.get(i)
                    if k is not None:
                        paused = Text(why.PAUSED_FULL, circuit=self.label(k))
                    elif self.hi_by_external[i]:
                        paused = self._external(i, why.PAUSED_EXTERNAL)
                    else:
                        paused = Text(why.PAUSED_CONNECTOR, maximum=d.max_a)
                    out[d.key] = Share(d.key, 0.0, True, paused)
                else:
                    out[d.key] = Share(d.key, limit, False, self.reason(i))
        return out


class _Filling:
    """One group's water-filling, event by event: a minimum reached (that session starts rising with the
    others), a maximum reached (it stops), a circuit phase full (everyone under it stops). Between events every
    rising session is at ``level``, and each constraint's load grows by ``level``'s step times its rising count.
    """

    def __init__(self, alloc: _Allocation, group: list[int]) -> None:
        self.alloc = alloc
        self.members: dict[int, list[int]] = {}
        for i in group:
            for k in alloc.ks[i]:
                self.members.setdefault(k, []).append(i)
        self.rising_in = dict.fromkeys(self.members, 0)  # open constraints → how many of them rise
        self.waiting = sorted(group, key=lambda i: (alloc.lo[i], i))
        self.next_waiting = 0
        self.rising: list[tuple[float, int]] = []  # heap of (maximum, demand)
        self.done: set[int] = set()
        self.level = alloc.lo[self.waiting[0]]

    def freeze(self, i: int, value: float, bound: int | None, was_rising: bool) -> None:
        self.done.add(i)
        self.alloc.x[i] = value
        self.alloc.bound[i] = bound
        if was_rising:
            for k in self.alloc.ks[i]:
                self.rising_in[k] -= 1

    def start_rising(self) -> None:
        lo, waiting = self.alloc.lo, self.waiting
        while self.next_waiting < len(waiting) and lo[waiting[self.next_waiting]] <= self.level + _EPS:
            i = waiting[self.next_waiting]
            self.next_waiting += 1
            if i not in self.done:
                heapq.heappush(self.rising, (self.alloc.hi[i], i))
                for k in self.alloc.ks[i]:
                    self.rising_in[k] += 1

    def stop_at_maximums(self) -> None:
        while self.rising and (self.rising[0][1] in self.done or self.rising[0][0] <= self.level + _EPS):
            top, i = heapq.heappop(self.rising)
            if i not in self.done:
                self.freeze(i, top, None, was_rising=True)

    def stop_under_full(self) -> None:
        """Nobody under a full circuit phase rises any more, nor starts to; the constraint is closed."""
        room, load, lo = self.alloc.room, self.alloc.load, self.alloc.lo
        for k in [k for k in self.rising_in if room[k] - load[k] <= _EPS]:
            for i in self.members[k]:
                if i not in self.done:
                    started = lo[i] <= self.level + _EPS
                    self.freeze(i, self.level if started else lo[i], k, was_rising=started)
            del self.rising_in[k]
        while self.rising and self.rising[0][1] in self.done:
            heapq.heappop(self.rising)

    def next_level(self) -> float:
        room, load = self.alloc.room, self.alloc.load
        target = self.rising[0][0]
        if self.next_waiting < len(self.waiting):
            target = min(target, self.alloc.lo[self.waiting[self.next_waiting]])
        for k, n in self.rising_in.items():
            if n:
                target = min(target, self.level + (room[k] - load[k]) / n)
        return target

    def run(self) -> None:
        load = self.alloc.load
        while True:
            self.start_rising()
            self.stop_at_maximums()
            self.stop_under_full()
            if not self.rising:
                if self.next_waiting >= len(self.waiting):
                    return
                self.level = self.alloc.lo[
                    self.waiting[self.next_waiting]
                ]  # nobody rises: to the next minimum
                continue
            target = self.next_level()
            step = target - self.level
            for k, n in self.rising_in.items():
                if n:
                    load[k] += n * step
            self.level = target


def allocate(
    circuits: Sequence[CircuitSpec],
    limits: Mapping[int, PhaseLimits],
    demands: Sequence[Demand],
    strategy: str,
    min_a: float,
    base_a: Mapping[int, PhaseLimits] | None = None,
) -> list[Share]:
    """Each demand's share, in the order of ``demands`` (see the module's text for the rules).

    ``limits``: every circuit's own limit per phase (inf = none) at the moment; ``base_a``: measured current per
    circuit phase that is not the chargers'. Raises ValueError for an unknown strategy, a circuit or demand
    that does not fit the tree, or two demands with one key.
    """
    if strategy not in STRATEGIES:
        raise ValueError(f"unknown load strategy {strategy!r} (one of {', '.join(STRATEGIES)})")
    run = _Allocation(circuits, limits, demands, strategy, min_a, base_a or {})
    run.admit()
    for group in run.groups():
        run.fill(group)
    shares = run.shares()
    return [shares[d.key] for d in demands]


def circuit_totals(
    circuits: Sequence[CircuitSpec], demands: Sequence[Demand], shares: Sequence[Share]
) -> dict[int, PhaseLimits]:
    """What the shares add up to on every circuit and phase (A), its subtree's sessions counted: the
    "allocated" figure beside a circuit's limit. Unmanaged demands count at their reserved current."""
    paths = _paths(circuits)
    totals = {c.id: [0.0, 0.0, 0.0] for c in circuits}
    limit_of = {s.key: s.limit_a for s in shares}
    for d in demands:
        for circuit_id in paths[d.circuit_id]:
            for phase in set(d.phases):
                totals[circuit_id][phase - 1] += limit_of[d.key]
    return {circuit_id: (a, b, c) for circuit_id, (a, b, c) in totals.items()}


__all__ = [
    "RAMP_MIN_A",
    "RAMP_SHARE",
    "STEP_A",
    "STRATEGIES",
    "Demand",
    "Share",
    "allocate",
    "amps",
    "ramp_cap",
]
