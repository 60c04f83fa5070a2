"""Events only OCPP 2.0.1 chargers produce (the shared ones are in :mod:`app.ocpp.events`)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from ..events import Event


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


@dataclass(frozen=True, slots=True)
class VariablesReported(Event):
    """Device-model variables of a 2.0.1 charger were stored in memory (read them with
    ``Operations.reported_variables(cp_id)``).

    ``source`` is ``"NotifyReport"`` (one part of a GetBaseReport answer: ``request_id``, ``seq_no``, ``complete``
    when it is the last part), ``"GetVariables"`` or ``"SetVariables"`` (accepted results of our own calls).
    """

    source: str = "NotifyReport"
    request_id: int | None = None
    seq_no: int = 0
    count: int = 0  # variables in this part
    complete: bool = True  # NotifyReport: no further part follows (tbc false)
    at: dt.datetime = field(default_factory=_now)


@dataclass(frozen=True, slots=True)
class ChargingLimitChanged(Event):
    """A system on site set (NotifyChargingLimit) or cleared (ClearedChargingLimit, ``cleared``) a charging limit on
    a 2.0.1 station, stored before this is published: EVSE ``evse_id`` (0: the whole station; None on a clearing:
    every EVSE), ``source`` (EMS, SO, Other), ``schedules`` the chargingSchedule list it sent."""

    evse_id: int | None = 0
    source: str = ""
    grid_critical: bool | None = None
    schedules: tuple[dict[str, Any], ...] = ()
    cleared: bool = False
    at: dt.datetime = field(default_factory=_now)

    def __post_init__(self) -> None:  # a list from the site bus's JSON: a tuple, as published
        object.__setattr__(self, "schedules", tuple(self.schedules))


@dataclass(frozen=True, slots=True)
class ChargingProfilesReported(Event):
    """One ReportChargingProfiles part of a 2.0.1 station's answer to GetChargingProfiles ``request_id``: the
    profiles it holds on EVSE ``evse_id`` set by ``source`` (CSO: the central system; EMS, SO, Other: a system
    on site); ``complete`` when no part follows (tbc false)."""

    request_id: int = 0
    evse_id: int = 0
    source: str = ""
    profiles: tuple[dict[str, Any], ...] = ()
    complete: bool = True
    at: dt.datetime = field(default_factory=_now)

    def __post_init__(self) -> None:
        object.__setattr__(self, "profiles", tuple(self.profiles))


@dataclass(frozen=True, slots=True)
class MonitorsReported(Event):
    """What the console knows of a 2.0.1 charger's monitors changed (read them with
    ``Operations.reported_monitors(cp_id)``): ``source`` is ``"NotifyMonitoringReport"`` (one part of a
    GetMonitoringReport answer: ``request_id``, ``seq_no``, ``complete`` when it is the last part),
    ``"SetVariableMonitoring"`` or ``"ClearVariableMonitoring"`` (accepted results of our own calls)."""

    source: str = "NotifyMonitoringReport"
    request_id: int | None = None
    seq_no: int = 0
    count: int = 0
    complete: bool = True
    at: dt.datetime = field(default_factory=_now)
