"""Payloads of the OCPP 2.0.1 calls the operations API sends (camelCase dicts; checked against the schema when
sent, so a wrong value raises ``InvalidRequest`` and nothing goes out).

Our connector number is the 2.0.1 EVSE id (see :mod:`app.ocpp.v201.mapping`); a physical connector of an EVSE
is addressed with ``connector_id`` where 2.0.1 asks for it (default 1: most EVSEs have one).
"""

from __future__ import annotations

import itertools
import time
from collections.abc import Iterable, Mapping
from typing import Any

from .mapping import TRIGGER_NAMES

Payload = dict[str, Any]

#: 1.6 reset types, accepted for a 2.0.1 station (Hard = reboot now, Soft = when idle)
RESET_TYPES = {"Hard": "Immediate", "Soft": "OnIdle"}

# remoteStartId / requestId: unique per process, and not reused soon after a restart
_ids = itertools.count(int(time.time()) % 1_000_000_000)


def next_id() -> int:
    return next(_ids)


def id_token(value: str, type_: str = "ISO14443") -> Payload:
    return {"idToken": value, "type": type_}


def evse(evse_id: int, connector_id: int | None = None) -> Payload:
    body: Payload = {"id": evse_id}
    if connector_id is not None:
        body["connectorId"] = connector_id
    return body


def request_start_transaction(id_tag: str, remote_start_id: int, evse_id: int | None = None,
                              charging_profile: Payload | None = None, id_token_type: str = "ISO14443",
                              group_id_tag: str | None = None) -> Payload:
    body: Payload = {"idToken": id_token(id_tag, id_token_type), "remoteStartId": remote_start_id}
    if evse_id is not None:
        body["evseId"] = evse_id
    if charging_profile is not None:
        body["chargingProfile"] = charging_profile
    if group_id_tag is not None:
        body["groupIdToken"] = id_token(group_id_tag, "Central")
    return body


def request_stop_transaction(transaction_uid: str) -> Payload:
    return {"transactionId": transaction_uid}


def reset(type_: str, evse_id: int | None = None) -> Payload:
    body: Payload = {"type": RESET_TYPES.get(type_, type_)}
    if evse_id is not None:
        body["evseId"] = evse_id
    return body


def unlock_connector(evse_id: int, connector_id: int | None = None) -> Payload:
    return {"evseId": evse_id, "connectorId": 1 if connector_id is None else connector_id}


def change_availability(operational_status: str, evse_id: int = 0, connector_id: int | None = None) -> Payload:
    """``evse_id`` 0: the whole station (no ``evse`` field)."""
    body: Payload = {"operationalStatus": operational_status}
    if evse_id or connector_id is not None:
        body["evse"] = evse(evse_id, connector_id)
    return body


def trigger_message(requested_message: str, evse_id: int | None = None,
                    connector_id: int | None = None) -> Payload:
    body: Payload = {"requestedMessage": TRIGGER_NAMES.get(requested_message, requested_message)}
    if evse_id is not None:
        body["evse"] = evse(evse_id, connector_id)
    return body


# --- device model --------------------------------------------------------------------------------------

Component = str | Mapping[str, Any]  # "OCPPCommCtrlr" or {"name": ..., "instance": ..., "evse": {"id": 1}}
Variable = str | Mapping[str, Any]  # "HeartbeatInterval" or {"name": ..., "instance": ...}


def _named(value: str | Mapping[str, Any]) -> Payload:
    return {"name": value} if isinstance(value, str) else dict(value)


def get_variables(items: Iterable[tuple[Any, ...] | Mapping[str, Any]]) -> Payload:
    """``items``: ``(component, variable)``, ``(component, variable, attributeType)`` or a GetVariableDataType
    dict."""
    data: list[Payload] = []
    for item in items:
        if isinstance(item, Mapping):
            data.append(dict(item))
            continue
        entry: Payload = {"component": _named(item[0]), "variable": _named(item[1])}
        if len(item) > 2 and item[2] is not None:
            entry["attributeType"] = item[2]
        data.append(entry)
    return {"getVariableData": data}


def set_variables(items: Iterable[tuple[Any, ...] | Mapping[str, Any]]) -> Payload:
    """``items``: ``(component, variable, value)``, ``(component, variable, value, attributeType)`` or a
    SetVariableDataType dict. Values are sent as strings (2.0.1 carries every value as text)."""
    data: list[Payload] = []
    for item in items:
        if isinstance(item, Mapping):
            data.append(dict(item))
            continue
        value = item[2]
        text = ("true" if value else "false") if isinstance(value, bool) else str(value)
        entry: Payload = {"component": _named(item[0]), "variable": _named(item[1]), "attributeValue": text}
        if len(item) > 3 and item[3] is not None:
            entry["attributeType"] = item[3]
        data.append(entry)
    return {"setVariableData": data}


def get_base_report(request_id: int, report_base: str = "FullInventory") -> Payload:
    return {"requestId": request_id, "reportBase": report_base}


def accepted_values(answer: Payload, key: str, request: Payload, request_key: str,
                    ) -> list[tuple[Payload, Payload, str, str]]:
    """``(component, variable, attributeType, value)`` of every Accepted result of a Get/SetVariables answer
    (SetVariables results carry no value: it is taken from the request)."""
    sent = {(_ident(d["component"]), _ident(d["variable"]), d.get("attributeType") or "Actual"): d
            for d in request.get(request_key) or ()}
    out = []
    for r in answer.get(key) or ():
        if r.get("attributeStatus") != "Accepted":
            continue
        attribute = r.get("attributeType") or "Actual"
        value = r.get("attributeValue")
        if value is None:
            asked = sent.get((_ident(r["component"]), _ident(r["variable"]), attribute))
            value = asked.get("attributeValue") if asked else None
        if value is not None:
            out.append((r["component"], r["variable"], attribute, value))
    return out


def _ident(d: Mapping[str, Any]) -> tuple[Any, ...]:
    evse_ = d.get("evse") or {}
    return d["name"], d.get("instance") or "", evse_.get("id"), evse_.get("connectorId")
