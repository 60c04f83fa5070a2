"""Payloads of the OCPP 2.0.1 calls the operations API sends (camelCase dicts; checked against the schema when
sent, so a wrong value raises ``InvalidRequest`` and nothing goes out).

Our connector number is the 2.0.1 EVSE id (see :mod:`app.ocpp.v201.mapping`); a physical connector of an EVSE
is addressed with ``connector_id`` where 2.0.1 asks for it (default 1: most EVSEs have one).

The operations the console builds in the 1.6 shape (local list entries, charging profiles) are translated here:
``idTag``/``idTagInfo`` become ``idToken``/``idTokenInfo`` (``expiryDate`` → ``cacheExpiryDateTime``,
``parentIdTag`` → ``groupIdToken``), a 1.6 ChargingProfile becomes a ChargingProfileType (``id``, a list of one
schedule with its own ``id``, ``ChargePointMaxProfile`` → ``ChargingStationMaxProfile``, ``transactionId`` a
string). Payloads already in the 2.0.1 shape pass through unchanged.
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


def request_start_transaction(
    id_tag: str,
    remote_start_id: int,
    evse_id: int | None = None,
    charging_profile: Payload | None = None,
    id_token_type: str = "ISO14443",
    group_id_tag: str | None = None,
) -> Payload:
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


def change_availability(
    operational_status: str, evse_id: int = 0, connector_id: int | None = None
) -> Payload:
    """``evse_id`` 0: the whole station (no ``evse`` field)."""
    body: Payload = {"operationalStatus": operational_status}
    if evse_id or connector_id is not None:
        body["evse"] = evse(evse_id, connector_id)
    return body


def trigger_message(
    requested_message: str, evse_id: int | None = None, connector_id: int | None = None
) -> Payload:
    body: Payload = {"requestedMessage": TRIGGER_NAMES.get(requested_message, requested_message)}
    if evse_id is not None:
        body["evse"] = evse(evse_id, connector_id)
    return body


# --- certificates (blocks A and M) ---------------------------------------------------------------------

#: CertificateSigned's certificateType for the station's own (TLS) certificate; V2GCertificate is ISO 15118's
CHARGING_STATION_CERTIFICATE = "ChargingStationCertificate"
#: the 1.6 extension's CA certificate uses -> 2.0.1's GetCertificateIdUseEnumType / InstallCertificateUseEnumType
CERTIFICATE_USES = {"CentralSystemRootCertificate": "CSMSRootCertificate"}


def certificate_use(kind: str) -> str:
    """A CA certificate's use by its 1.6 name (or its 2.0.1 one) as 2.0.1 names it."""
    return CERTIFICATE_USES.get(kind, kind)


def installed_certificate_ids(answer: Mapping[str, Any], kind: str) -> Payload:
    """A 2.0.1 GetInstalledCertificateIds answer in the 1.6 shape: ``status`` and the ``certificateHashData`` of
    the ``kind`` entries of its ``certificateHashDataChain`` (kept too, as the station sent it)."""
    chain = list(answer.get("certificateHashDataChain") or [])
    out: Payload = {
        "status": answer.get("status", ""),
        "certificateHashData": [
            dict(c["certificateHashData"]) for c in chain if c.get("certificateType", kind) == kind
        ],
    }
    if chain:
        out["certificateHashDataChain"] = chain
    if answer.get("statusInfo"):
        out["statusInfo"] = answer["statusInfo"]
    return out


# --- firmware and logs ---------------------------------------------------------------------------------


def update_firmware(
    request_id: int,
    location: str,
    retrieve_date_time: str,
    retries: int | None = None,
    retry_interval: int | None = None,
    install_date_time: str | None = None,
    signing_certificate: str | None = None,
    signature: str | None = None,
) -> Payload:
    """2.0.1 UpdateFirmware (L01/L02), also the 1.6 security extension's SignedUpdateFirmware: the same body.
    ``signing_certificate`` (PEM) and ``signature`` (Base64) make it a secure update (L01)."""
    firmware: Payload = {"location": location, "retrieveDateTime": retrieve_date_time}
    if install_date_time is not None:
        firmware["installDateTime"] = install_date_time
    if signing_certificate is not None:
        firmware["signingCertificate"] = signing_certificate
    if signature is not None:
        firmware["signature"] = signature
    body: Payload = {"requestId": request_id, "firmware": firmware}
    return _with_retries(body, retries, retry_interval)


def get_log(
    request_id: int,
    remote_location: str,
    oldest: str | None = None,
    latest: str | None = None,
    retries: int | None = None,
    retry_interval: int | None = None,
    log_type: str = "DiagnosticsLog",
) -> Payload:
    """2.0.1 GetLog, the successor of 1.6 GetDiagnostics (``oldest``/``latest`` = its startTime/stopTime); the 1.6
    security extension's GetLog has the same body."""
    log: Payload = {"remoteLocation": remote_location}
    if oldest is not None:
        log["oldestTimestamp"] = oldest
    if latest is not None:
        log["latestTimestamp"] = latest
    return _with_retries({"logType": log_type, "requestId": request_id, "log": log}, retries, retry_interval)


def _with_retries(body: Payload, retries: int | None, retry_interval: int | None) -> Payload:
    if retries is not None:
        body["retries"] = retries
    if retry_interval is not None:
        body["retryInterval"] = retry_interval
    return body


# --- local authorization list ---------------------------------------------------------------------------


def id_token_info(info: Mapping[str, Any]) -> Payload:
    """A 1.6 IdTagInfo (``status``, ``expiryDate``, ``parentIdTag``) as a 2.0.1 IdTokenInfoType; a 2.0.1 one is
    returned as it is."""
    out: Payload = {"status": info["status"]}
    for key, value in info.items():
        if key == "expiryDate":
            out["cacheExpiryDateTime"] = value
        elif key == "parentIdTag":
            out["groupIdToken"] = id_token(str(value), "Central")
        elif key != "status":
            out[key] = value
    return out


def authorization_data(entry: Mapping[str, Any], id_token_type: str = "ISO14443") -> Payload:
    """One local list entry: 1.6 ``{"idTag", "idTagInfo"?}`` → 2.0.1 ``{"idToken", "idTokenInfo"?}`` (no info:
    the tag is taken off the list by a Differential update)."""
    if "idToken" in entry:
        return dict(entry)
    out: Payload = {"idToken": id_token(str(entry["idTag"]), id_token_type)}
    if entry.get("idTagInfo"):
        out["idTokenInfo"] = id_token_info(entry["idTagInfo"])
    return out


def send_local_list(
    version_number: int,
    update_type: str,
    entries: Iterable[Mapping[str, Any]] = (),
    id_token_type: str = "ISO14443",
) -> Payload:
    """An empty Full list (no ``localAuthorizationList``: 2.0.1 wants at least one item when it is present)
    empties the station's list."""
    body: Payload = {"versionNumber": version_number, "updateType": update_type}
    data = [authorization_data(e, id_token_type) for e in entries]
    if data:
        body["localAuthorizationList"] = data
    return body


# --- reservations ----------------------------------------------------------------------------------------


def reserve_now(
    reservation_id: int,
    expiry_date_time: str,
    id_tag: str,
    evse_id: int | None = None,
    group_id_tag: str | None = None,
    id_token_type: str = "ISO14443",
) -> Payload:
    """``evse_id`` 0 or None: any EVSE of the station (1.6 connector 0)."""
    body: Payload = {
        "id": reservation_id,
        "expiryDateTime": expiry_date_time,
        "idToken": id_token(id_tag, id_token_type),
    }
    if evse_id:
        body["evseId"] = evse_id
    if group_id_tag is not None:
        body["groupIdToken"] = id_token(group_id_tag, "Central")
    return body


# --- smart charging ---------------------------------------------------------------------------------------

#: 1.6 chargingProfilePurpose -> 2.0.1 (the others are spelled the same)
PURPOSES = {"ChargePointMaxProfile": "ChargingStationMaxProfile"}
_SCHEDULE_KEYS = (
    "startSchedule",
    "duration",
    "chargingRateUnit",
    "chargingSchedulePeriod",
    "minChargingRate",
)


def purpose(name: str) -> str:
    return PURPOSES.get(name, name)


def charging_profile(profile: Mapping[str, Any], transaction_uid: str | None = None) -> Payload:
    """A 1.6 ChargingProfile (``chargingProfileId``, one ``chargingSchedule`` dict) as a 2.0.1
    ChargingProfileType: ``id``, ``chargingSchedule`` a list of one schedule whose ``id`` is the profile's,
    ``transactionId`` the 2.0.1 transaction (``transaction_uid``, else the profile's own as text). A profile
    already in the 2.0.1 shape (``id``, a list of schedules) is returned as it is."""
    if "id" in profile and isinstance(profile.get("chargingSchedule"), list):
        return dict(profile)
    profile_id = int(profile["chargingProfileId"])
    schedule = profile.get("chargingSchedule") or {}
    body: Payload = {
        "id": profile_id,
        "stackLevel": profile["stackLevel"],
        "chargingProfilePurpose": purpose(str(profile["chargingProfilePurpose"])),
        "chargingProfileKind": profile["chargingProfileKind"],
        "chargingSchedule": [{"id": profile_id, **{k: schedule[k] for k in _SCHEDULE_KEYS if k in schedule}}],
    }
    for key in ("recurrencyKind", "validFrom", "validTo"):
        if profile.get(key) is not None:
            body[key] = profile[key]
    if transaction_uid is not None:
        body["transactionId"] = transaction_uid
    elif profile.get("transactionId") is not None:
        body["transactionId"] = str(profile["transactionId"])
    return body


def set_charging_profile(
    evse_id: int, profile: Mapping[str, Any], transaction_uid: str | None = None
) -> Payload:
    """``evse_id`` 0: the whole station (ChargingStationMaxProfile, or a TxDefaultProfile for every EVSE)."""
    return {"evseId": evse_id, "chargingProfile": charging_profile(profile, transaction_uid)}


def clear_charging_profile(
    profile_id: int | None = None,
    evse_id: int | None = None,
    profile_purpose: str | None = None,
    stack_level: int | None = None,
) -> Payload:
    body: Payload = {}
    if profile_id is not None:
        body["chargingProfileId"] = profile_id
    criteria: Payload = {}
    if evse_id is not None:
        criteria["evseId"] = evse_id
    if profile_purpose is not None:
        criteria["chargingProfilePurpose"] = purpose(profile_purpose)
    if stack_level is not None:
        criteria["stackLevel"] = stack_level
    if criteria:
        body["chargingProfileCriteria"] = criteria
    return body


def get_composite_schedule(evse_id: int, duration: int, charging_rate_unit: str | None = None) -> Payload:
    body: Payload = {"duration": duration, "evseId": evse_id}
    if charging_rate_unit is not None:
        body["chargingRateUnit"] = charging_rate_unit
    return body


def get_charging_profiles(
    request_id: int,
    evse_id: int | None = None,
    profile_purpose: str | None = None,
    stack_level: int | None = None,
    sources: Iterable[str] = (),
) -> Payload:
    """GetChargingProfiles (K09): ``evse_id`` None asks for every EVSE (0: the station itself); the criteria left
    None ask for any."""
    criterion: Payload = {}
    if profile_purpose is not None:
        criterion["chargingProfilePurpose"] = purpose(profile_purpose)
    if stack_level is not None:
        criterion["stackLevel"] = stack_level
    wanted = list(dict.fromkeys(sources))
    if wanted:
        criterion["chargingLimitSource"] = wanted
    body: Payload = {"requestId": request_id, "chargingProfile": criterion}
    if evse_id is not None:
        body["evseId"] = evse_id
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


COMPONENT_CRITERIA = ("Active", "Available", "Enabled", "Problem")


def get_report(
    request_id: int,
    component_variables: Iterable[tuple[Component, Variable | None] | Mapping[str, Any]] = (),
    component_criteria: Iterable[str] = (),
) -> Payload:
    """GetReport (B08): ``component_variables`` are ``(component, variable or None)`` pairs (a component
    reported whole when the variable is None) or ComponentVariableType dicts; ``component_criteria`` a subset of
    :data:`COMPONENT_CRITERIA`. Neither given: the whole device model."""
    body: Payload = {"requestId": request_id}
    pairs: list[Payload] = []
    for item in component_variables:
        if isinstance(item, Mapping):
            pairs.append(dict(item))
            continue
        pair: Payload = {"component": _named(item[0])}
        if item[1] is not None:
            pair["variable"] = _named(item[1])
        pairs.append(pair)
    if pairs:
        body["componentVariable"] = pairs
    criteria = list(dict.fromkeys(component_criteria))
    unknown = [c for c in criteria if c not in COMPONENT_CRITERIA]
    if unknown:
        raise ValueError(
            f"component criteria {', '.join(unknown)}: not one of {', '.join(COMPONENT_CRITERIA)}"
        )
    if criteria:
        body["componentCriteria"] = criteria
    return body


def get_transaction_status(transaction_uid: str | None = None) -> Payload:
    return {"transactionId": transaction_uid} if transaction_uid is not None else {}


def accepted_values(
    answer: Payload,
    key: str,
    request: Payload,
    request_key: str,
) -> list[tuple[Payload, Payload, str, str]]:
    """``(component, variable, attributeType, value)`` of every Accepted result of a Get/SetVariables answer
    (SetVariables results carry no value: it is taken from the request)."""
    sent = {
        (_ident(d["component"]), _ident(d["variable"]), d.get("attributeType") or "Actual"): d
        for d in request.get(request_key) or ()
    }
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
