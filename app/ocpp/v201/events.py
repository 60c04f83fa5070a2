"""Events only OCPP 2.0.1 chargers produce (the shared ones are in :mod:`app.ocpp.events`)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

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
