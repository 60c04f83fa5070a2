"""Charging limits a system on site sets on a 2.0.1 station (issue #17; OCPP 2.0.1 K12/K13): the energy manager
(EMS), the grid operator's ripple control (SO) or another system (Other) tells the station to take less, and the
station tells us with NotifyChargingLimit (its chargingSchedule list, when given, says how much and when);
ClearedChargingLimit ends it.

Stored in ``external_limits`` (one row per station, EVSE — 0: the whole station — and source) by the central
system before it answers (:func:`store_limit`, :func:`clear_limits`), read by load management at each allocation
(:func:`load_limits`) and by the Chargers page (:func:`limits_of`). Pure otherwise: :func:`amps_at` is the limit
in force at an instant in A per phase — the schedule's period that applies then, a W limit at 230 V per phase over
the period's ``numberPhases`` (else the connector's phases), as load management converts everywhere —;
:func:`next_change` when that changes next.

A schedule with a ``startSchedule`` starts then, else when the limit was received; past its ``duration`` (or
before its first period) it says nothing. Several schedules, several sources or a station-wide limit and an
EVSE's own: the lowest applies.
"""

from __future__ import annotations

import datetime as dt
import json
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from app.models import ExternalLimit
from app.ocpp.backend import ChargingLimitReport
from app.services.load import reasons as why
from app.services.load.limits import VOLTS


@dataclass(frozen=True)
class ActiveLimit:
    """An external limit as stored: ``schedules`` the chargingSchedule list (may be empty: no values given)."""

    cp_id: str
    evse_id: int
    source: str
    grid_critical: bool | None
    schedules: tuple[dict[str, Any], ...]
    received_at: dt.datetime

    def amps_at(self, at: dt.datetime, phases: int) -> float | None:
        return amps_at(self.schedules, self.received_at, at, phases)

    def period_at(self, at: dt.datetime) -> tuple[float, str, int | None] | None:
        """(limit, unit, numberPhases) of the lowest schedule's period in force at ``at`` (None: nothing then)."""
        found = [p for s in self.schedules if (p := _period(s, self.received_at, at)) is not None]
        return min(found, key=lambda p: p[0] if p[1] == "A" else p[0] / (VOLTS * (p[2] or 3)), default=None)


def source_text(source: str) -> str:
    """A source as the operator reads it, translated ("the site's energy manager (EMS)")."""
    return why.shown_reason(why.source(source))


def _time(value: object) -> dt.datetime | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        t = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return t if t.tzinfo else t.replace(tzinfo=dt.UTC)


def _start(schedule: dict[str, Any], received_at: dt.datetime) -> dt.datetime:
    return _time(schedule.get("startSchedule")) or received_at


def _period(
    schedule: dict[str, Any], received_at: dt.datetime, at: dt.datetime
) -> tuple[float, str, int | None] | None:
    elapsed = (at - _start(schedule, received_at)).total_seconds()
    duration = schedule.get("duration")
    if elapsed < 0 or (duration is not None and elapsed >= float(duration)):
        return None
    found = None
    for p in sorted(schedule.get("chargingSchedulePeriod") or (), key=lambda p: p.get("startPeriod", 0)):
        if p.get("startPeriod", 0) <= elapsed:
            found = p
    if found is None:
        return None
    return float(found["limit"]), str(schedule.get("chargingRateUnit", "A")), found.get("numberPhases")


def amps_at(
    schedules: Iterable[dict[str, Any]], received_at: dt.datetime, at: dt.datetime, phases: int
) -> float | None:
    """The lowest limit in A per phase the schedules put on at ``at`` (None: none says anything then). A W limit
    is per the period's ``numberPhases`` (else ``phases``) at 230 V."""
    out: float | None = None
    for s in schedules:
        found = _period(s, received_at, at)
        if found is None:
            continue
        limit, unit, n = found
        amps = limit if unit == "A" else limit / (VOLTS * max(1, n or phases))
        out = amps if out is None else min(out, amps)
    return None if out is None else max(0.0, amps_floor(out))


def amps_floor(value: float) -> float:
    """Rounded down to 0.1 A (a limit is never rounded up)."""
    return math.floor(value * 10 + 1e-9) / 10


def next_change(
    schedules: Iterable[dict[str, Any]], received_at: dt.datetime, after: dt.datetime
) -> dt.datetime | None:
    """The first instant after ``after`` where a period starts or a schedule ends."""
    edges: list[dt.datetime] = []
    for s in schedules:
        start = _start(s, received_at)
        offsets = [float(p.get("startPeriod", 0)) for p in s.get("chargingSchedulePeriod") or ()]
        if s.get("duration") is not None:
            offsets.append(float(s["duration"]))
        edges += [start + dt.timedelta(seconds=o) for o in offsets]
    later = [t for t in edges if t > after]
    return min(later) if later else None


# --- storage ------------------------------------------------------------------------------------------------


def _active(row: ExternalLimit) -> ActiveLimit:
    try:
        schedules = tuple(json.loads(row.schedule)) if row.schedule else ()
    except ValueError:
        schedules = ()
    return ActiveLimit(
        row.charge_point_id, row.evse_id, row.source, row.grid_critical, schedules, row.received_at
    )


def store_limit(s: Session, cp_id: str, report: ChargingLimitReport) -> None:
    """NotifyChargingLimit: the limit of that station, EVSE and source, replacing the one before."""
    row = s.scalars(
        select(ExternalLimit).where(
            ExternalLimit.charge_point_id == cp_id,
            ExternalLimit.evse_id == report.evse_id,
            ExternalLimit.source == report.source,
        )
    ).one_or_none()
    if row is None:
        row = ExternalLimit(charge_point_id=cp_id, evse_id=report.evse_id, source=report.source)
        s.add(row)
    row.grid_critical = report.grid_critical
    row.schedule = json.dumps(list(report.schedules), separators=(",", ":")) if report.schedules else None
    row.received_at = report.received_at


def clear_limits(s: Session, cp_id: str, source: str, evse_id: int | None) -> int:
    """ClearedChargingLimit: the limits of ``source`` on EVSE ``evse_id`` (None: on every EVSE); how many."""
    statement = delete(ExternalLimit).where(
        ExternalLimit.charge_point_id == cp_id, ExternalLimit.source == source
    )
    if evse_id is not None:
        statement = statement.where(ExternalLimit.evse_id == evse_id)
    return int(s.execute(statement).rowcount or 0)  # type: ignore[attr-defined]


def load_limits(s: Session, cp_ids: Sequence[str]) -> dict[str, list[ActiveLimit]]:
    """The external limits of the stations ``cp_ids`` (one query)."""
    out: dict[str, list[ActiveLimit]] = {}
    if not cp_ids:
        return out
    rows = s.scalars(select(ExternalLimit).where(ExternalLimit.charge_point_id.in_(sorted(set(cp_ids)))))
    for row in rows:
        out.setdefault(row.charge_point_id, []).append(_active(row))
    return out


def limits_of(s: Session, cp_id: str) -> list[ActiveLimit]:
    """One station's external limits, by EVSE and source."""
    rows = s.scalars(
        select(ExternalLimit)
        .where(ExternalLimit.charge_point_id == cp_id)
        .order_by(ExternalLimit.evse_id, ExternalLimit.source)
    )
    return [_active(r) for r in rows]


def from_event(
    cp_id: str,
    evse_id: int,
    source: str,
    grid_critical: bool | None,
    schedules: Iterable[dict[str, Any]],
    at: dt.datetime,
) -> ActiveLimit:
    return ActiveLimit(cp_id, evse_id, source, grid_critical, tuple(schedules), at)


def cap_for(
    limits: Iterable[ActiveLimit], connector_id: int, at: dt.datetime, phases: int, sharing: int
) -> tuple[float, str] | None:
    """The lowest external limit on connector (EVSE) ``connector_id`` at ``at``, in A per phase, and its source:
    its own, or the station's (``evse_id`` 0) shared by the ``sharing`` connectors of the station that draw."""
    best: tuple[float, str] | None = None
    for limit in limits:
        if limit.evse_id not in (0, connector_id):
            continue
        amps = limit.amps_at(at, phases)
        if amps is None:
            continue
        if limit.evse_id == 0 and sharing > 1:
            amps = amps_floor(amps / sharing)
        if best is None or amps < best[0]:
            best = (amps, limit.source)
    return best
