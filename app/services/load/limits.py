"""A circuit's limit per phase at a moment (pure: no database, no Qt).

A circuit's own limit per phase is the lower of its ``max_a`` and its power limit turned into current at
:data:`VOLTS` per phase over the phases it carries (``max_w / (230 * phases)``); no limit at all is ``inf``. A
single-phase circuit carries L1 only: ``(limit, 0, 0)``. Phases are the site's: L1 of a sub-circuit is L1 of its
parent.

A circuit's time-of-day plan (:class:`WindowLimit` rows, the access plans' conventions: day bit 0 = Monday, an
end at or before the start runs past midnight, 1440 = 24:00) only lowers it: a window covering the site-local
time caps the circuit at the window's ``max_a`` / ``max_w`` as well (None: the circuit's own). When windows
overlap the first in the list applies, as in access plans. Local time and DST are the access plans' too
(:func:`app.services.rules.plan.to_local`): every instant has one wall time, a window edge in a spring-forward gap
takes effect when the clock jumps over it, and a wall time the autumn repeats applies both times.

These are each circuit's own limits; that a child never gets more than its parent is the allocation's work
(:func:`app.services.load.allocation.allocate` counts every ancestor).
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from app.services.rules.plan import Weekly, to_local, utc_change_points, weekly_edges

VOLTS = 230.0  # nominal voltage per phase: a power limit in W becomes a current per phase at this
INF = math.inf

PhaseLimits = tuple[float, float, float]  # A on L1, L2, L3; inf = no limit
_HORIZON = dt.timedelta(days=8)  # a weekly plan that changes at all changes within a week (+ a DST day)


@dataclass(frozen=True)
class WindowLimit:
    """A circuit's limits during a weekly window (``max_w`` in W, over the circuit's phases)."""

    days: int
    start_minute: int
    end_minute: int
    max_a: float | None
    max_w: float | None

    @property
    def weekly(self) -> Weekly:
        return Weekly(self.days, self.start_minute, self.end_minute)


@dataclass(frozen=True)
class CircuitSpec:
    """A circuit of the site's tree (``parent_id`` None: the grid connection); ``max_w`` in W over its phases."""

    id: int
    parent_id: int | None
    name: str
    phases: int
    max_a: float | None
    max_w: float | None
    windows: tuple[WindowLimit, ...] = ()

    def __post_init__(self) -> None:
        if self.phases not in (1, 3):
            raise ValueError(f"circuit {self.name}: phases must be 1 or 3, not {self.phases}")


def per_phase(max_a: float | None, max_w: float | None, phases: int) -> float:
    """The current per phase allowed by a current and a power limit (either None: not limited by it)."""
    limit = INF if max_a is None else max_a
    if max_w is not None:
        limit = min(limit, max_w / (VOLTS * phases))
    return max(limit, 0.0)


def limit_of(circuit: CircuitSpec, window: WindowLimit | None = None) -> PhaseLimits:
    """The circuit's limit per phase, lowered by ``window`` when one applies."""
    limit = per_phase(circuit.max_a, circuit.max_w, circuit.phases)
    if window is not None:
        limit = min(limit, per_phase(window.max_a, window.max_w, circuit.phases))
    return (limit, limit, limit) if circuit.phases == 3 else (limit, 0.0, 0.0)


def window_at(circuit: CircuitSpec, local: dt.datetime) -> WindowLimit | None:
    """The circuit's window covering a local wall-clock time (the first one, if several), or None."""
    return next((w for w in circuit.windows if w.weekly.covers(local)), None)


def limits_at(
    circuits: Iterable[CircuitSpec], at_utc: dt.datetime, tz: str | ZoneInfo
) -> dict[int, PhaseLimits]:
    """Every circuit's own limit per phase (A, inf = none) at an instant, its windows read at site-local time."""
    local = to_local(at_utc, tz)
    return {c.id: limit_of(c, window_at(c, local)) for c in circuits}


def next_change(
    circuits: Iterable[CircuitSpec], at_utc: dt.datetime, tz: str | ZoneInfo
) -> dt.datetime | None:
    """The first instant after ``at_utc`` at which :func:`limits_at` gives something else (None: never)."""
    circuits = list(circuits)
    ranges = [w.weekly for c in circuits for w in c.windows]
    if not ranges:
        return None
    end = at_utc + _HORIZON
    local_points = weekly_edges(ranges, to_local(at_utc, tz) - dt.timedelta(days=1), to_local(end, tz))
    now = limits_at(circuits, at_utc, tz)
    for instant in utc_change_points(local_points, tz, at_utc, end):
        if limits_at(circuits, instant, tz) != now:
            return instant
    return None


__all__ = [
    "INF",
    "VOLTS",
    "CircuitSpec",
    "PhaseLimits",
    "WindowLimit",
    "limit_of",
    "limits_at",
    "next_change",
    "per_phase",
    "window_at",
]
