"""The Monitoring tab's use cases (OCPP 2.0.1 variable monitoring, functional block N): the monitors a station is
known to have, refreshed with GetMonitoringReport, one added with SetVariableMonitoring after the form's fields
were checked, the selected ones removed with ClearVariableMonitoring; the charger's answer per monitor in words.

Everything goes through the (guarded) :class:`~app.services.chargers.operations.Operations`, so a role that may not
operate chargers is refused before anything is sent; GetMonitoringReport only reads (a viewer may refresh)."""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from app.ocpp.v201.monitoring import MONITOR_TYPES, SEVERITY_NAMES, ReportedMonitor
from app.services.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from app.services.chargers.operations import Operations

__all__ = [
    "MONITOR_TYPES",
    "SEVERITY_NAMES",
    "MonitorForm",
    "MonitoringService",
    "ReportedMonitor",
    "SetResult",
]

#: the charger's answers to SetVariableMonitoring and ClearVariableMonitoring, as the operator reads them
ANSWERS = {
    "Accepted": QT_TRANSLATE_NOOP("MonitoringService", "accepted"),
    "UnknownComponent": QT_TRANSLATE_NOOP("MonitoringService", "the charger has no such component"),
    "UnknownVariable": QT_TRANSLATE_NOOP("MonitoringService", "the component has no such variable"),
    "UnsupportedMonitorType": QT_TRANSLATE_NOOP(
        "MonitoringService", "the charger does not support this type"
    ),
    "Rejected": QT_TRANSLATE_NOOP("MonitoringService", "rejected by the charger"),
    "Duplicate": QT_TRANSLATE_NOOP("MonitoringService", "the same monitor exists already"),
    "NotFound": QT_TRANSLATE_NOOP("MonitoringService", "the charger has no such monitor"),
}


def answer_text(status: str) -> str:
    text = ANSWERS.get(status)
    return translate("MonitoringService", text) if text else status


@dataclass(frozen=True)
class MonitorForm:
    """A monitor as the operator types it (texts as entered; :meth:`MonitoringService.check` reads them)."""

    component: str
    variable: str
    evse: int = 0  # 0: the component belongs to no EVSE
    type: str = "UpperThreshold"
    value: str = ""
    severity: int = 8
    transaction: bool = False


@dataclass(frozen=True)
class SetResult:
    status: str  # the charger's
    text: str  # in words
    monitor_id: int | None = None


class MonitoringService:
    """Over ``operations`` (a callable giving the guarded :class:`Operations`) and ``version`` (the connected
    charger's OCPP version, "" when offline)."""

    def __init__(self, operations: Callable[[], Operations], version: Callable[[str], str]) -> None:
        self._operations = operations
        self._version = version

    def unavailable(self, cp_id: str) -> str | None:
        """Why the charger's monitors cannot be edited now, or None."""
        version = self._version(cp_id)
        if version == "":
            return translate("MonitoringService", "{cp_id} is not connected.").format(cp_id=cp_id)
        if version != "2.0.1":
            return translate(
                "MonitoringService",
                "{cp_id} speaks OCPP {version}: variable monitoring exists in OCPP 2.0.1 only (a 1.6 charger "
                "reports problems with its StatusNotification error codes).",
            ).format(cp_id=cp_id, version=version)
        return None

    async def load(self, cp_id: str) -> tuple[list[ReportedMonitor], dict[str, set[str]]]:
        """The monitors the charger is known to have (its last report and our calls since) and its components and
        their variables from its reported device model (empty when unknown); from the host that holds it."""
        ops = self._operations()
        monitors = await ops.fetch_reported_monitors(cp_id)
        model: dict[str, set[str]] = {}
        for v in await ops.fetch_reported_variables(cp_id):
            model.setdefault(v.component, set()).add(v.variable)
        return monitors, model

    def check(self, form: MonitorForm) -> str | None:
        """Why ``form`` is not a monitor to send, as the operator reads it, or None."""
        if not form.component.strip():
            return translate("MonitoringService", "Enter the component (e.g. Connector or EVSE).")
        if not form.variable.strip():
            return translate("MonitoringService", "Enter the variable (e.g. Temperature or Power).")
        if form.type not in MONITOR_TYPES:
            return translate("MonitoringService", "Choose the monitor's type.")
        try:
            value = float(form.value.replace(",", ".").strip())
        except ValueError:
            return translate("MonitoringService", "The value must be a number.")
        if not math.isfinite(value):
            return translate("MonitoringService", "The value must be a number.")
        if form.type in ("Delta", "Periodic", "PeriodicClockAligned") and value <= 0:
            return translate("MonitoringService", "A change or a period must be above 0.")
        if not 0 <= form.severity <= 9:
            return translate("MonitoringService", "Choose a severity from 0 to 9.")
        if form.evse < 0:
            return translate("MonitoringService", "The EVSE must be 0 (none) or a number above 0.")
        return None

    async def refresh(self, cp_id: str) -> str:
        """GetMonitoringReport for all monitors; the charger's status (the report follows in parts)."""
        answer = await self._operations().get_monitoring_report(cp_id)
        return str(answer.get("status"))

    async def add(self, cp_id: str, form: MonitorForm) -> SetResult:
        """SetVariableMonitoring of one checked monitor; raises ValueError when :meth:`check` refuses it."""
        problem = self.check(form)
        if problem is not None:
            raise ValueError(problem)
        monitor: dict[str, Any] = {
            "component": form.component.strip(),
            "variable": form.variable.strip(),
            "type": form.type,
            "value": float(form.value.replace(",", ".").strip()),
            "severity": form.severity,
            "transaction": form.transaction,
        }
        if form.evse:
            monitor["evse_id"] = form.evse
            if form.component.strip() == "Connector":
                monitor["connector_id"] = 1
        answer = await self._operations().set_variable_monitoring(cp_id, [monitor])
        [result] = answer.get("setMonitoringResult") or [{"status": "Rejected"}]
        status = str(result.get("status"))
        return SetResult(status, answer_text(status), result.get("id"))

    async def remove(self, cp_id: str, ids: list[int]) -> list[tuple[int, str, str]]:
        """ClearVariableMonitoring: (id, the charger's status, in words) per monitor."""
        answer = await self._operations().clear_variable_monitoring(cp_id, ids)
        return [
            (int(r["id"]), str(r["status"]), answer_text(str(r["status"])))
            for r in answer.get("clearMonitoringResult") or ()
        ]
