"""OCPP 2.0.1 variable monitoring (functional block N) and NotifyEvent, as a station does them.

The monitorable variables are each connector's ``Temperature`` (component ``Connector``, EVSE n, connector 1:
the connector's simulated temperature, settable with :meth:`SimMonitors.set_temperature`) and each EVSE's
``Power`` (component ``EVSE``: the power the connector delivers now). Every connector has a hard-wired monitor
(id = the EVSE id): Temperature above 90 °C, severity 2 (System Failure). Custom monitors get ids from 100.

* SetVariableMonitoring: one result per monitor — UnknownComponent / UnknownVariable for what the device model
  does not have, Rejected for a variable that cannot be monitored (every other variable) or an ``id`` that is
  not one of ours (or a hard-wired one), UnsupportedMonitorType for PeriodicClockAligned, Duplicate for the same
  variable, type, value and severity as an existing monitor.
* ClearVariableMonitoring: Accepted, NotFound, Rejected (a hard-wired monitor).
* GetMonitoringReport: EmptyResultSet when nothing matches, else Accepted and the monitors in
  NotifyMonitoringReport parts of :data:`REPORT_PART` variables (after the answer).
* SetMonitoringBase (All, FactoryDefault: custom monitors removed, HardWiredOnly: the same here) and
  SetMonitoringLevel (events of monitors less severe than the level are not sent).
* The monitors are checked twice a second and when the temperature is set: a threshold crossed sends a
  NotifyEvent (Alerting, the monitor's id, its kind) and going back sends the cleared one; a Delta monitor reports
  a change by more than its value, a Periodic one its value every ``value`` seconds (simulated time). Monitors with
  ``transaction`` only watch while the connector has a transaction.
* :meth:`SimMonitors.notify_event` sends any events (split in parts of ``part`` events) for tests.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import itertools
import weakref
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .clock import iso
from .settings import BY_201
from .wire import Reply

if TYPE_CHECKING:
    from .charger import Charger
    from .state import Connector

Payload = dict[str, Any]

MONITORING = "monitoring"  # the SimEvent kind; data: monitor, value, cleared
REPORT_PART = 3  # variables per NotifyMonitoringReport
CHECK_EVERY_S = 0.5
HARD_WIRED_LIMIT = 90.0  # °C
FIRST_CUSTOM_ID = 100
MONITORABLE = {("Connector", "Temperature"), ("EVSE", "Power")}
KIND = {"hard": "HardWiredMonitor", "preset": "PreconfiguredMonitor", "custom": "CustomMonitor"}
CRITERIA = {
    "ThresholdMonitoring": ("UpperThreshold", "LowerThreshold"),
    "DeltaMonitoring": ("Delta",),
    "PeriodicMonitoring": ("Periodic", "PeriodicClockAligned"),
}


@dataclass
class Monitor:
    id: int
    component: str
    evse: int
    variable: str
    type: str
    value: float
    severity: int
    transaction: bool = False
    kind: str = "custom"  # hard | preset | custom
    alerting: bool = False  # a threshold monitor's condition holds (its Alerting event was sent)
    last_value: float | None = None  # what a Delta monitor last reported
    next_at: dt.datetime | None = None  # when a Periodic monitor reports next
    extra: dict[str, Any] = field(default_factory=dict)

    def component_payload(self) -> Payload:
        evse: Payload = {"id": self.evse}
        if self.component == "Connector":
            evse["connectorId"] = 1
        return {"name": self.component, "evse": evse}


class SimMonitors:
    """One station's monitors (see the module)."""

    def __init__(self, charger: Charger) -> None:
        self.ch = charger
        self.level = 9  # SetMonitoringLevel: every severity reported
        self.monitors: dict[int, Monitor] = {}
        self._ids = itertools.count(FIRST_CUSTOM_ID)
        self._event_ids = itertools.count(1)
        self._task: asyncio.Task[Any] | None = None
        self._hard_wired()

    def _hard_wired(self) -> None:
        for n in self.ch.connectors:
            self.monitors.setdefault(
                n,
                Monitor(n, "Connector", n, "Temperature", "UpperThreshold", HARD_WIRED_LIMIT, 2, kind="hard"),
            )

    # --- the watched values ----------------------------------------------------------------------------

    def _connector(self, m: Monitor) -> Connector | None:
        return self.ch.connectors.get(m.evse)

    def value_of(self, m: Monitor) -> float | None:
        c = self._connector(m)
        if c is None:
            return None
        if m.variable == "Temperature":
            return round(c.electrics.temperature, 1)
        return round(c.electrics.power_w, 0)

    def set_temperature(self, connector: int, celsius: float) -> None:
        """The connector's temperature (°C) is now ``celsius``; the monitors are checked at once."""
        self.ch.connectors[connector].electrics.temperature = float(celsius)
        self.check()
        self._watch()

    # --- the central system's calls ----------------------------------------------------------------------

    def _known(self, component: Payload, variable: Payload) -> str:
        """Accepted (monitorable), Rejected (not monitorable), UnknownComponent or UnknownVariable."""
        name, var = component.get("name"), variable.get("name")
        evse = (component.get("evse") or {}).get("id")
        if (name, var) in MONITORABLE:
            return "Accepted" if evse in self.ch.connectors else "UnknownComponent"
        if name in ("Connector", "EVSE"):
            return "UnknownVariable" if evse in self.ch.connectors or evse is None else "UnknownComponent"
        components = {k[0] for k in BY_201} | {"ChargingStation", "SecurityCtrlr", "SmartChargingCtrlr"}
        if name not in components:
            return "UnknownComponent"
        if (name, var, variable.get("instance")) in BY_201 or (name, var) in {
            ("ChargingStation", "Model"),
            ("ChargingStation", "VendorName"),
            ("ChargingStation", "SupplyPhases"),
            ("SecurityCtrlr", "SecurityProfile"),
            ("SmartChargingCtrlr", "Available"),
            ("SmartChargingCtrlr", "Enabled"),
        }:
            return "Rejected"  # it exists but cannot be monitored
        return "UnknownVariable"

    async def on_set_variable_monitoring(self, p: Payload) -> Payload:
        results = []
        for item in p["setMonitoringData"]:
            component, variable = item["component"], item["variable"]
            status = self._known(component, variable)
            kind, value, severity = item["type"], float(item["value"]), int(item["severity"])
            evse = (component.get("evse") or {}).get("id") or 0
            mid = item.get("id")
            if status == "Accepted" and kind == "PeriodicClockAligned":
                status = "UnsupportedMonitorType"
            if status == "Accepted" and mid is not None:
                old = self.monitors.get(int(mid))
                if old is None or old.kind == "hard":
                    status = "Rejected"
            if status == "Accepted" and mid is None:
                for m in self.monitors.values():
                    if (m.component, m.evse, m.variable, m.type, m.value, m.severity) == (
                        component["name"], evse, variable["name"], kind, value, severity,
                    ):  # fmt: skip
                        status = "Duplicate"
                        break
            result: Payload = {
                "status": status,
                "type": kind,
                "severity": severity,
                "component": component,
                "variable": variable,
            }
            if status == "Accepted":
                new_id = int(mid) if mid is not None else next(self._ids)
                m = Monitor(
                    new_id, component["name"], evse, variable["name"], kind, value, severity,
                    bool(item.get("transaction")),
                )  # fmt: skip
                self.monitors[new_id] = m
                result["id"] = new_id
                self.ch.emit(MONITORING, f"monitor {new_id} set: {self.describe(m)}", evse, monitor=new_id)
            results.append(result)
        self._watch()
        return {"setMonitoringResult": results}

    async def on_clear_variable_monitoring(self, p: Payload) -> Payload:
        results = []
        for mid in p["id"]:
            m = self.monitors.get(mid)
            if m is None:
                status = "NotFound"
            elif m.kind == "hard":
                status = "Rejected"
            else:
                del self.monitors[mid]
                status = "Accepted"
            results.append({"status": status, "id": mid})
        return {"clearMonitoringResult": results}

    def _matching(self, p: Payload) -> list[Monitor]:
        types = {t for c in p.get("monitoringCriteria") or () for t in CRITERIA.get(c, ())}
        wanted = p.get("componentVariable") or []
        out = []
        for m in sorted(self.monitors.values(), key=lambda m: m.id):
            if types and m.type not in types:
                continue
            if wanted and not any(self._matches(m, cv) for cv in wanted):
                continue
            out.append(m)
        return out

    @staticmethod
    def _matches(m: Monitor, cv: Payload) -> bool:
        component = cv.get("component") or {}
        if component.get("name") != m.component:
            return False
        evse = (component.get("evse") or {}).get("id")
        if evse is not None and evse != m.evse:
            return False
        variable = cv.get("variable")
        return variable is None or variable.get("name") == m.variable

    async def on_get_monitoring_report(self, p: Payload) -> Payload | Reply:
        found = self._matching(p)
        if not found:
            return {"status": "EmptyResultSet"}
        request_id = int(p["requestId"])
        entries: dict[tuple[str, int, str], Payload] = {}
        for m in found:
            entry = entries.setdefault(
                (m.component, m.evse, m.variable),
                {
                    "component": m.component_payload(),
                    "variable": {"name": m.variable},
                    "variableMonitoring": [],
                },
            )
            entry["variableMonitoring"].append(
                {
                    "id": m.id,
                    "transaction": m.transaction,
                    "value": m.value,
                    "type": m.type,
                    "severity": m.severity,
                }
            )
        data = list(entries.values())

        async def send() -> None:
            parts = [data[i : i + REPORT_PART] for i in range(0, len(data), REPORT_PART)]
            for n, part in enumerate(parts):
                payload: Payload = {
                    "requestId": request_id,
                    "generatedAt": iso(self.ch.clock.now()),
                    "seqNo": n,
                    "tbc": n < len(parts) - 1,
                    "monitor": part,
                }
                if await self.ch.send("NotifyMonitoringReport", payload, attempts=1) is None:
                    return

        return Reply({"status": "Accepted"}, send)

    async def on_set_monitoring_base(self, p: Payload) -> Payload:
        base = p["monitoringBase"]
        if base in ("FactoryDefault", "HardWiredOnly"):
            for mid in [mid for mid, m in self.monitors.items() if m.kind == "custom"]:
                del self.monitors[mid]
        self._hard_wired()
        return {"status": "Accepted"}

    async def on_set_monitoring_level(self, p: Payload) -> Payload:
        self.level = int(p["severity"])
        return {"status": "Accepted"}

    # --- watching --------------------------------------------------------------------------------------

    @staticmethod
    def describe(m: Monitor) -> str:
        return f"Connector {m.evse}/{m.variable} {m.type} {m.value:g} (severity {m.severity})"

    def _watch(self) -> None:
        """Check the monitors twice a second from now on (while the charger runs and is connected once)."""
        if self.ch.link is None:
            return
        if self._task is None or self._task.done():
            self._task = self.ch.spawn(self._loop(), "monitoring")

    async def _loop(self) -> None:
        while not self.ch.stopping:
            self.check()
            await asyncio.sleep(CHECK_EVERY_S)

    def check(self) -> None:
        """Compare every monitor with its variable now; send what changed (in the background)."""
        events = self.due(self.ch.clock.sim_now())  # the periodic monitors run on simulated time
        if events:
            self.ch.spawn(self.notify_event(events), "notify-event")

    def due(self, now: dt.datetime) -> list[Payload]:
        """The eventData the monitors have to report at simulated time ``now`` (their state moves on)."""
        events: list[Payload] = []
        for m in list(self.monitors.values()):
            value = self.value_of(m)
            c = self._connector(m)
            if value is None or c is None or (m.transaction and c.tx is None):
                continue
            event = self._evaluate(m, value, now)
            if event is not None and m.severity <= self.level:
                events.append(event)
        return events

    def _evaluate(self, m: Monitor, value: float, now: dt.datetime) -> Payload | None:
        if m.type in ("UpperThreshold", "LowerThreshold"):
            over = value > m.value if m.type == "UpperThreshold" else value < m.value
            if over == m.alerting:
                return None
            m.alerting = over
            self.ch.emit(
                MONITORING,
                f"monitor {m.id} {'alerting' if over else 'cleared'}: {m.variable} = {value:g}",
                m.evse,
                monitor=m.id,
                value=value,
                cleared=not over,
            )
            return self._event(m, value, "Alerting", cleared=not over)
        if m.type == "Delta":
            if m.last_value is None:
                m.last_value = value
                return None
            if abs(value - m.last_value) < m.value:
                return None
            m.last_value = value
            return self._event(m, value, "Delta")
        if m.next_at is None:
            m.next_at = now + dt.timedelta(seconds=m.value)
            return None
        if now < m.next_at:
            return None
        m.next_at = now + dt.timedelta(seconds=m.value)
        return self._event(m, value, "Periodic")

    def _event(self, m: Monitor, value: float, trigger: str, *, cleared: bool = False) -> Payload:
        event: Payload = {
            "eventId": next(self._event_ids),
            "timestamp": iso(self.ch.clock.now()),
            "trigger": trigger,
            "actualValue": f"{value:g}",
            "eventNotificationType": KIND[m.kind],
            "component": m.component_payload(),
            "variable": {"name": m.variable},
            "variableMonitoringId": m.id,
        }
        if cleared:
            event["cleared"] = True
        c = self._connector(m)
        if c is not None and c.tx is not None:
            event["transactionId"] = c.tx.uid[:36]
        return event

    # --- sending -----------------------------------------------------------------------------------------

    def event(
        self,
        component: str,
        variable: str,
        actual_value: str,
        *,
        evse: int | None = None,
        trigger: str = "Alerting",
        notification: str = "HardWiredNotification",
        cleared: bool = False,
        tech_code: str | None = None,
        tech_info: str | None = None,
        cause: int | None = None,
    ) -> Payload:
        """An eventData the station reports on its own (a fault, a notice), for :meth:`notify_event`."""
        comp: Payload = {"name": component}
        if evse is not None:
            comp["evse"] = {"id": evse}
        event: Payload = {
            "eventId": next(self._event_ids),
            "timestamp": iso(self.ch.clock.now()),
            "trigger": trigger,
            "actualValue": actual_value[:2500],
            "eventNotificationType": notification,
            "component": comp,
            "variable": {"name": variable},
        }
        for name, value in (
            ("cleared", cleared or None),
            ("techCode", tech_code),
            ("techInfo", tech_info),
            ("cause", cause),
        ):
            if value is not None:
                event[name] = value
        return event

    async def notify_event(self, events: list[Payload], *, part: int = 0) -> list[Payload | None]:
        """Send ``events`` in one NotifyEvent, or in parts of ``part`` events (tbc, seqNo); returns the answers
        (None: not delivered)."""
        size = part or len(events) or 1
        parts = [events[i : i + size] for i in range(0, len(events), size)]
        generated = iso(self.ch.clock.now())
        answers: list[Payload | None] = []
        for n, chunk in enumerate(parts):
            payload: Payload = {"generatedAt": generated, "seqNo": n, "eventData": chunk}
            if n < len(parts) - 1:
                payload["tbc"] = True
            answers.append(await self.ch.send("NotifyEvent", payload))
        return answers


_MONITORS: weakref.WeakKeyDictionary[Any, SimMonitors] = weakref.WeakKeyDictionary()


def monitors(charger: Charger) -> SimMonitors:
    """The station's :class:`SimMonitors` (created on first use)."""
    found = _MONITORS.get(charger)
    if found is None:
        found = _MONITORS[charger] = SimMonitors(charger)
    return found
