"""What the 2.0.1 side remembers between messages, per central system (not per connection: a charger that
reconnects finds its open transactions, its connectors' raw statuses and its reported variables again).

The database stays the record: sessions, meter values and connector statuses go through the
:class:`~app.ocpp.backend.Backend` like 1.6. This memory only bridges what 2.0.1 spreads over several messages
(a transaction's idToken, its first energy reading, the seqNos already handled, which session id a
``transactionId`` string became) and what has no table yet (the device-model report). It is bounded per charger
and lost on a restart; the handlers cope with that (see :mod:`app.ocpp.v201.chargepoint`).
"""

from __future__ import annotations

import datetime as dt
import weakref
from collections import OrderedDict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from ..backend import IdTagInfo, Sample
from .monitoring import Monitors

ENERGY = "Energy.Active.Import.Register"

MAX_TRANSACTIONS = 64  # tracks kept per charger (open ones are never dropped while fewer are open)
MAX_PENDING_SAMPLES = 5_000  # per transaction, before its session exists
MAX_VARIABLES = 20_000  # per charger (a FullInventory of a large charger is a few thousand)


@dataclass(slots=True)
class TxTrack:
    """One 2.0.1 transaction as the handlers follow it across its TransactionEvents."""

    uid: str  # transactionInfo.transactionId
    started_at: dt.datetime  # the Started event's time (or the first event we heard of)
    evse_id: int | None = None
    clock_skew: bool = False
    seen_start: bool = (
        True  # False: first heard of in an Updated/Ended (its Started went to a previous process)
    )
    id_tag: str | None = None  # the token that authorised it (the first idToken of its events)
    id_tag_info: IdTagInfo | None = None  # what the session's start decided for that token
    transaction_id: int | None = None  # our session id once the session is stored
    first_energy: Sample | None = None  # earliest energy register reading (the meter start)
    last_energy: Sample | None = None  # latest energy register reading (the meter stop)
    pending: list[Sample] = field(default_factory=list)  # samples seen before the session is stored
    seq_nos: set[int] = field(default_factory=set)  # handled (answered) events
    charging_state: str = ""
    reservation_id: int | None = None
    remote_start_id: int | None = None
    ended: bool = False

    def note_energy(self, samples: Iterable[Sample]) -> None:
        for s in samples:
            if s.measurand != ENERGY or s.phase is not None:
                continue
            if self.first_energy is None or s.timestamp < self.first_energy.timestamp:
                self.first_energy = s
            if self.last_energy is None or s.timestamp >= self.last_energy.timestamp:
                self.last_energy = s

    @property
    def delivered_wh(self) -> float:
        if self.first_energy is None or self.last_energy is None:
            return 0.0
        return max(0.0, self.last_energy.value - self.first_energy.value)


VariableKey = tuple[
    str, str, int | None, int | None, str, str
]  # component, instance, evse, connector, variable, inst.


@dataclass(slots=True)
class ReportedVariable:
    """One device-model variable of a charger, as its reports and our Get/SetVariables calls told us."""

    component: str
    variable: str
    component_instance: str = ""
    variable_instance: str = ""
    evse_id: int | None = None
    connector_id: int | None = None
    attributes: dict[str, dict[str, Any]] = field(default_factory=dict)  # type (Actual/Target/...) -> fields
    characteristics: dict[str, Any] | None = None  # unit, dataType, minLimit, maxLimit, valuesList, ...
    updated_at: dt.datetime | None = None

    @property
    def value(self) -> str | None:
        """The ``Actual`` value (what most callers want)."""
        return self.attributes.get("Actual", {}).get("value")

    @property
    def key(self) -> VariableKey:
        return (
            self.component,
            self.component_instance,
            self.evse_id,
            self.connector_id,
            self.variable,
            self.variable_instance,
        )


def variable_key(component: dict[str, Any], variable: dict[str, Any]) -> VariableKey:
    evse = component.get("evse") or {}
    return (
        component["name"],
        component.get("instance") or "",
        evse.get("id"),
        evse.get("connectorId"),
        variable["name"],
        variable.get("instance") or "",
    )


class ChargerMemory:
    """The 2.0.1 memory of one charge point."""

    def __init__(self, cp_id: str) -> None:
        self.cp_id = cp_id
        self.transactions: OrderedDict[str, TxTrack] = OrderedDict()
        self.connector_status: dict[tuple[int, int], str] = {}  # (evse, connector) -> raw ConnectorStatus
        self.variables: dict[VariableKey, ReportedVariable] = {}
        self.monitors = Monitors()  # variable monitoring and NotifyEvent series (.monitoring)

    # --- transactions ------------------------------------------------------------------------------------

    def track(self, uid: str) -> TxTrack | None:
        return self.transactions.get(uid)

    def add(self, track: TxTrack) -> TxTrack:
        self.transactions[track.uid] = track
        if len(self.transactions) > MAX_TRANSACTIONS:
            for uid in [u for u, t in self.transactions.items() if t.ended][
                : len(self.transactions) - MAX_TRANSACTIONS
            ]:
                del self.transactions[uid]
            while len(self.transactions) > 4 * MAX_TRANSACTIONS:  # a charger that never ends its transactions
                self.transactions.popitem(last=False)
        return track

    def by_transaction_id(self, transaction_id: int) -> TxTrack | None:
        return next((t for t in self.transactions.values() if t.transaction_id == transaction_id), None)

    def running_on(self, evse_id: int) -> TxTrack | None:
        return next(
            (t for t in reversed(self.transactions.values()) if t.evse_id == evse_id and not t.ended), None
        )

    # --- connectors --------------------------------------------------------------------------------------

    def evse_statuses(self, evse_id: int) -> dict[int, str]:
        return {c: s for (e, c), s in sorted(self.connector_status.items()) if e == evse_id}

    # --- device model ------------------------------------------------------------------------------------

    def record_report(self, report_data: Iterable[dict[str, Any]], at: dt.datetime) -> int:
        """Store NotifyReport ``reportData`` entries; returns how many were stored."""
        n = 0
        for entry in report_data:
            var = self._variable(entry["component"], entry["variable"], at)
            if var is None:
                continue
            for attr in entry.get("variableAttribute") or ():
                fields = {k: v for k, v in attr.items() if k not in ("type", "customData")}
                var.attributes[attr.get("type") or "Actual"] = fields
            if entry.get("variableCharacteristics"):
                var.characteristics = {
                    k: v for k, v in entry["variableCharacteristics"].items() if k != "customData"
                }
            n += 1
        return n

    def record_values(
        self, items: Iterable[tuple[dict[str, Any], dict[str, Any], str, str]], at: dt.datetime
    ) -> int:
        """Store accepted Get/SetVariables values: ``(component, variable, attributeType, value)``."""
        n = 0
        for component, variable, attribute_type, value in items:
            var = self._variable(component, variable, at)
            if var is None:
                continue
            var.attributes.setdefault(attribute_type or "Actual", {})["value"] = value
            n += 1
        return n

    def _variable(
        self,
        component: dict[str, Any],
        variable: dict[str, Any],
        at: dt.datetime,
    ) -> ReportedVariable | None:
        key = variable_key(component, variable)
        var = self.variables.get(key)
        if var is None:
            if len(self.variables) >= MAX_VARIABLES:
                return None
            var = self.variables[key] = ReportedVariable(key[0], key[4], key[1], key[5], key[2], key[3])
        var.updated_at = at
        return var


class V201Memory:
    """Every charger's :class:`ChargerMemory` of one central system."""

    def __init__(self) -> None:
        self.chargers: dict[str, ChargerMemory] = {}

    def charger(self, cp_id: str) -> ChargerMemory:
        mem = self.chargers.get(cp_id)
        if mem is None:
            mem = self.chargers[cp_id] = ChargerMemory(cp_id)
        return mem


# One memory per backend object, i.e. per central system (tests run several in one process).
_MEMORIES: weakref.WeakKeyDictionary[Any, V201Memory] = weakref.WeakKeyDictionary()


def memory_of(backend: Any) -> V201Memory:
    """The 2.0.1 memory that belongs to ``backend`` (created on first use, dropped with the backend)."""
    mem = _MEMORIES.get(backend)
    if mem is None:
        mem = _MEMORIES[backend] = V201Memory()
    return mem
