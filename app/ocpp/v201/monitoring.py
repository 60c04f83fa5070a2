"""OCPP 2.0.1 variable monitoring (functional block N): the payloads of SetVariableMonitoring,
ClearVariableMonitoring, GetMonitoringReport, SetMonitoringBase and SetMonitoringLevel, and what the central system
keeps of a station's monitors (its NotifyMonitoringReport parts and our accepted Set/Clear calls) and of its
NotifyEvent series.

The monitors are kept in memory per charger (like the device-model report, :mod:`.state`): the station is the
record, a GetMonitoringReport reads it again. A full report (no criteria, no component) replaces what was known
once its last part arrived; a filtered one only adds.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

Payload = dict[str, Any]

MONITOR_TYPES = ("UpperThreshold", "LowerThreshold", "Delta", "Periodic", "PeriodicClockAligned")
MONITORING_CRITERIA = ("ThresholdMonitoring", "DeltaMonitoring", "PeriodicMonitoring")
MONITORING_BASES = ("All", "FactoryDefault", "HardWiredOnly")
#: eventNotificationType values that come from a monitor (the others are the station's own notices)
MONITOR_NOTIFICATIONS = frozenset({"HardWiredMonitor", "PreconfiguredMonitor", "CustomMonitor"})
#: severities 0..9 (OCPP 2.0.1 part 2, 2.9): 0 Danger … 4 Error … 9 Debug
SEVERITY_NAMES = (
    "Danger",
    "Hardware Failure",
    "System Failure",
    "Critical",
    "Error",
    "Alert",
    "Warning",
    "Notice",
    "Informational",
    "Debug",
)
#: an Alerting monitor event of this severity or worse (lower) is a problem an operator must see
PROBLEM_SEVERITY = 4
MAX_MONITORS = 5_000  # per charger
MAX_SERIES = 16  # NotifyEvent series (generatedAt) remembered per charger for re-sent parts


def is_problem(trigger: str, notification: str, cleared: bool, severity: int | None) -> bool:
    """An event an operator must see: a monitor alerting (not a Delta or Periodic report) that is not cleared,
    of severity Error or worse, or of a monitor the console does not know (assume the worst)."""
    return (
        trigger == "Alerting"
        and notification in MONITOR_NOTIFICATIONS
        and not cleared
        and (severity is None or severity <= PROBLEM_SEVERITY)
    )


class MonitorProblem(ValueError):
    """A monitor the console was asked to set is not a valid request (nothing was sent)."""


@dataclass(slots=True)
class ReportedMonitor:
    """One monitor of a station, as its NotifyMonitoringReport or our accepted SetVariableMonitoring told us."""

    id: int
    component: str
    variable: str
    type: str
    value: float
    severity: int
    transaction: bool = False
    component_instance: str = ""
    variable_instance: str = ""
    evse_id: int | None = None
    connector_id: int | None = None
    updated_at: dt.datetime | None = None

    @property
    def where(self) -> str:
        """``EVSE 1 / Power``, ``OCPPCommCtrlr / HeartbeatInterval``."""
        return where(
            self.component, self.component_instance, self.evse_id, self.connector_id, self.variable,
            self.variable_instance,
        )  # fmt: skip


def where(
    component: str,
    component_instance: str,
    evse_id: int | None,
    connector_id: int | None,
    variable: str,
    variable_instance: str = "",
) -> str:
    """A component/variable as an operator reads it: ``Connector 1 / Temperature``."""
    name = component + (f"[{component_instance}]" if component_instance else "")
    if evse_id is not None and component in ("EVSE", "Connector") and connector_id is None:
        name = f"{component} {evse_id}"
    elif evse_id is not None and component == "Connector":
        name = f"Connector {evse_id}" + (f".{connector_id}" if connector_id not in (None, 1) else "")
    elif evse_id is not None:
        name += (
            f" (EVSE {evse_id}" + (f", connector {connector_id}" if connector_id is not None else "") + ")"
        )
    return f"{name} / {variable}" + (f"[{variable_instance}]" if variable_instance else "")


def _component(value: str | Mapping[str, Any], evse_id: int | None, connector_id: int | None) -> Payload:
    body: Payload = {"name": value} if isinstance(value, str) else dict(value)
    if evse_id is not None and "evse" not in body:
        body["evse"] = {"id": evse_id, **({"connectorId": connector_id} if connector_id is not None else {})}
    return body


def set_variable_monitoring(monitors: Iterable[Mapping[str, Any]]) -> Payload:
    """SetVariableMonitoring. Each monitor: ``component`` (name or dict), ``variable`` (name or dict), optional
    ``evse_id``/``connector_id``, ``type`` (one of :data:`MONITOR_TYPES`), ``value`` (a number; a period in
    seconds for the periodic types), ``severity`` (0..9), ``transaction`` (only while a transaction runs), ``id``
    (replace that monitor). Raises :class:`MonitorProblem` naming the first bad field."""
    data = []
    for n, m in enumerate(monitors, 1):
        component, variable = m.get("component"), m.get("variable")
        if not component or not variable:
            raise MonitorProblem(f"monitor {n}: a component and a variable are needed")
        kind = m.get("type")
        if kind not in MONITOR_TYPES:
            raise MonitorProblem(f"monitor {n}: type {kind!r} is not one of {', '.join(MONITOR_TYPES)}")
        try:
            value = float(m.get("value"))  # type: ignore[arg-type]
        except (TypeError, ValueError):
            raise MonitorProblem(f"monitor {n}: value {m.get('value')!r} is not a number") from None
        if value != value or value in (float("inf"), float("-inf")):
            raise MonitorProblem(f"monitor {n}: value {m.get('value')!r} is not a finite number")
        if kind in ("Periodic", "PeriodicClockAligned", "Delta") and value <= 0:
            raise MonitorProblem(f"monitor {n}: a {kind} monitor needs a value above 0")
        severity = m.get("severity", 8)
        if not isinstance(severity, int) or isinstance(severity, bool) or not 0 <= severity <= 9:
            raise MonitorProblem(f"monitor {n}: severity {severity!r} is not 0..9")
        item: Payload = {
            "value": value,
            "type": kind,
            "severity": severity,
            "component": _component(component, m.get("evse_id"), m.get("connector_id")),
            "variable": {"name": variable} if isinstance(variable, str) else dict(variable),
        }
        if m.get("transaction"):
            item["transaction"] = True
        if m.get("id") is not None:
            item["id"] = int(m["id"])
        data.append(item)
    if not data:
        raise MonitorProblem("no monitor to set")
    return {"setMonitoringData": data}


def clear_variable_monitoring(ids: Iterable[int]) -> Payload:
    out = [int(i) for i in ids]
    if not out:
        raise MonitorProblem("no monitor to clear")
    return {"id": out}


def get_monitoring_report(
    request_id: int,
    criteria: Iterable[str] = (),
    component_variables: Iterable[Mapping[str, Any]] = (),
) -> Payload:
    body: Payload = {"requestId": request_id}
    crit = list(criteria)
    for c in crit:
        if c not in MONITORING_CRITERIA:
            raise MonitorProblem(f"criterion {c!r} is not one of {', '.join(MONITORING_CRITERIA)}")
    if crit:
        body["monitoringCriteria"] = crit
    cv = [dict(c) for c in component_variables]
    if cv:
        body["componentVariable"] = cv
    return body


def _number(value: Any) -> float:
    try:
        return float(value)
    except (TypeError, ValueError):
        return float("nan")


class Monitors:
    """The monitors one station is known to have, and its NotifyEvent series (see the module)."""

    def __init__(self) -> None:
        self.known: dict[int, ReportedMonitor] = {}
        self.reported_at: dt.datetime | None = None  # the last complete report
        self.full_requests: set[int] = set()  # our GetMonitoringReport requests without a filter
        self._parts: dict[int, dict[int, ReportedMonitor]] = {}  # request id -> monitors of its parts so far
        self.series: dict[str, set[int]] = {}  # NotifyEvent generatedAt -> seqNos handled

    # --- NotifyMonitoringReport ------------------------------------------------------------------------------

    def record_report(self, p: Mapping[str, Any], at: dt.datetime) -> tuple[int, bool]:
        """One NotifyMonitoringReport part; returns (monitors in it, whether the report is complete)."""
        rid = int(p["requestId"])
        parts = self._parts.setdefault(rid, {})
        n = 0
        for entry in p.get("monitor") or ():
            component, variable = entry["component"], entry["variable"]
            evse = component.get("evse") or {}
            for vm in entry.get("variableMonitoring") or ():
                if len(parts) >= MAX_MONITORS:
                    break
                parts[int(vm["id"])] = ReportedMonitor(
                    id=int(vm["id"]),
                    component=component["name"],
                    variable=variable["name"],
                    type=vm["type"],
                    value=_number(vm["value"]),
                    severity=int(vm["severity"]),
                    transaction=bool(vm.get("transaction")),
                    component_instance=component.get("instance") or "",
                    variable_instance=variable.get("instance") or "",
                    evse_id=evse.get("id"),
                    connector_id=evse.get("connectorId"),
                    updated_at=at,
                )
                n += 1
        complete = not p.get("tbc", False)
        if complete:
            found = self._parts.pop(rid)
            if rid in self.full_requests:
                self.full_requests.discard(rid)
                self.known = found
            else:
                self.known.update(found)
            self.reported_at = at
        while len(self._parts) > 8:  # reports never finished
            del self._parts[next(iter(self._parts))]
        return n, complete

    # --- our calls ---------------------------------------------------------------------------------------

    def record_set(self, payload: Mapping[str, Any], answer: Mapping[str, Any], at: dt.datetime) -> int:
        """Monitors the station accepted (SetVariableMonitoring results in the order asked); returns how many."""
        n = 0
        for asked, result in zip(
            payload["setMonitoringData"], answer.get("setMonitoringResult") or (), strict=False
        ):
            if result.get("status") != "Accepted" or result.get("id") is None:
                continue
            component, variable = (
                result.get("component") or asked["component"],
                result.get("variable") or asked["variable"],
            )
            evse = component.get("evse") or {}
            if len(self.known) >= MAX_MONITORS and int(result["id"]) not in self.known:
                break
            self.known[int(result["id"])] = ReportedMonitor(
                id=int(result["id"]),
                component=component["name"],
                variable=variable["name"],
                type=result.get("type") or asked["type"],
                value=_number(asked["value"]),
                severity=int(result.get("severity", asked["severity"])),
                transaction=bool(asked.get("transaction")),
                component_instance=component.get("instance") or "",
                variable_instance=variable.get("instance") or "",
                evse_id=evse.get("id"),
                connector_id=evse.get("connectorId"),
                updated_at=at,
            )
            n += 1
        return n

    def record_clear(self, answer: Mapping[str, Any]) -> int:
        """Monitors the station cleared (or no longer has: NotFound); returns how many were forgotten."""
        n = 0
        for result in answer.get("clearMonitoringResult") or ():
            mid = int(result["id"])
            if result.get("status") in ("Accepted", "NotFound") and mid in self.known:
                del self.known[mid]
                n += 1
        return n

    # --- NotifyEvent series ------------------------------------------------------------------------------

    def part_seen(self, generated_at: str, seq_no: int) -> bool:
        """Whether this NotifyEvent part was handled already (a re-sent part)."""
        return seq_no in self.series.get(generated_at, ())

    def mark_part(self, generated_at: str, seq_no: int) -> None:
        """This NotifyEvent part is handled (stored and answered)."""
        self.series.setdefault(generated_at, set()).add(seq_no)
        while len(self.series) > MAX_SERIES:
            del self.series[next(iter(self.series))]

    def severity_of(self, monitor_id: int | None) -> int | None:
        m = self.known.get(monitor_id) if monitor_id is not None else None
        return m.severity if m is not None else None
