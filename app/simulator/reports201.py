"""OCPP 2.0.1 station side of GetReport (B08: a part of the device model, NotifyReport after the answer) and
GetTransactionStatus (E14: from the transaction message queue, :mod:`.txqueue`).

Component criteria as the station reads them: a component is ``Available`` / ``Enabled`` unless it reports that
variable ``false`` (every component the simulator has exists and is in use), ``Active`` / ``Problem`` only when it
reports that variable ``true``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .wire import Reply

if TYPE_CHECKING:
    from .v201 import Ocpp201

Payload = dict[str, Any]
IMPLICIT = {"Available": True, "Enabled": True, "Active": False, "Problem": False}


def _matches(item: Payload, wanted: Payload) -> bool:
    component, want_c = item["component"], wanted["component"]
    if component["name"] != want_c["name"]:
        return False
    if want_c.get("instance") and component.get("instance") != want_c["instance"]:
        return False
    want_evse, evse = want_c.get("evse"), component.get("evse") or {}
    if want_evse and (
        evse.get("id") != want_evse["id"]
        or (want_evse.get("connectorId") is not None and evse.get("connectorId") != want_evse["connectorId"])
    ):
        return False
    want_v = wanted.get("variable")
    if want_v is None:
        return True
    variable = item["variable"]
    return variable["name"] == want_v["name"] and (
        not want_v.get("instance") or variable.get("instance") == want_v["instance"]
    )


def _meets(component: str, data: list[Payload], criteria: list[str]) -> bool:
    """Whether ``component`` meets any of ``criteria`` (by its own Active/Available/Enabled/Problem variables)."""
    values = {
        i["variable"]["name"]: (i["variableAttribute"][0].get("value") or "").lower()
        for i in data
        if i["component"]["name"] == component
    }
    return any(values[c] == "true" if c in values else IMPLICIT[c] for c in criteria)


def selected(data: list[Payload], p: Payload) -> list[Payload]:
    """The report items GetReport ``p`` asks for."""
    wanted = p.get("componentVariable") or []
    criteria = p.get("componentCriteria") or []
    out = [i for i in data if not wanted or any(_matches(i, w) for w in wanted)]
    if criteria:
        out = [i for i in out if _meets(i["component"]["name"], data, criteria)]
    return out


async def on_get_report(proto: Ocpp201, p: Payload) -> Payload | Reply:
    data = selected(proto.report("FullInventory"), p)
    if not data:
        return {"status": "EmptyResultSet"}
    return Reply({"status": "Accepted"}, lambda: proto.send_report(int(p["requestId"]), data))


def _transaction_of(payload: Any) -> str | None:
    return (payload.get("transactionInfo") or {}).get("transactionId") if isinstance(payload, dict) else None


async def on_get_transaction_status(proto: Ocpp201, p: Payload) -> Payload:
    ch = proto.ch
    queued = [m.payload for m in ch.queue.items]
    uid = p.get("transactionId")
    if uid is None:
        return {"messagesInQueue": bool(queued)}
    ongoing = any(c.tx is not None and c.tx.uid == uid for c in ch.connectors.values())
    return {"ongoingIndicator": ongoing, "messagesInQueue": any(_transaction_of(q) == uid for q in queued)}
