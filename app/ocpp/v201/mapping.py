"""OCPP 2.0.1 values ↔ the version-neutral ones of :mod:`app.ocpp.backend` (pure functions, no I/O).

Connector statuses: 2.0.1 reports five ``ConnectorStatus`` values per (EVSE, connector); the console shows the
1.6 ``ChargePointStatus`` vocabulary per *our* connector, which is the 2.0.1 EVSE (the unit that charges one
vehicle; ``evseId`` plays the role of 1.6's ``connectorId``). ``Occupied`` becomes ``Preparing`` and is refined
by the running transaction's ``chargingState`` (``Charging``, ``SuspendedEV``, ``SuspendedEVSE``), so the
dashboard reads the same for both versions.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable
from typing import Any

from ..backend import IdTagInfo, Sample
from ..values import default_unit, iso, normalise

ENERGY = "Energy.Active.Import.Register"

#: 2.0.1 ConnectorStatusEnumType -> our (1.6) status
CONNECTOR_STATUS = {
    "Available": "Available",
    "Occupied": "Preparing",  # a vehicle is plugged in; the transaction's chargingState says more
    "Reserved": "Reserved",
    "Unavailable": "Unavailable",
    "Faulted": "Faulted",
}

#: 2.0.1 transactionInfo.chargingState -> our (1.6) status
CHARGING_STATE = {
    "Charging": "Charging",
    "SuspendedEV": "SuspendedEV",
    "SuspendedEVSE": "SuspendedEVSE",
    "EVConnected": "Preparing",  # plugged in, not (yet) charging
    "Idle": "Preparing",  # authorised, no cable yet (1.6 Preparing covers both)
}

# Which raw status an EVSE with several connectors shows: the most telling one.
_EVSE_PRECEDENCE = ("Occupied", "Faulted", "Reserved", "Available", "Unavailable")

#: AuthorizationStatusEnumType of 2.0.1 (every 1.6 AuthorizationStatus is one of them)
AUTH_STATUSES = frozenset(
    {
        "Accepted",
        "Blocked",
        "ConcurrentTx",
        "Expired",
        "Invalid",
        "NoCredit",
        "NotAllowedTypeEVSE",
        "NotAtThisLocation",
        "NotAtThisTime",
        "Unknown",
    }
)

#: 1.6 TriggerMessage names with another name in 2.0.1
TRIGGER_NAMES = {
    "DiagnosticsStatusNotification": "LogStatusNotification",
    "SignChargePointCertificate": "SignChargingStationCertificate",  # the 1.6 extension's (A02)
}

#: 2.0.1 FirmwareStatusEnumType values reported as they are (the 1.6 ones — Downloading, Downloaded,
#: DownloadFailed, Installing, Installed, InstallationFailed, Idle — are spelled the same); these end a job:
FIRMWARE_FAILURES = ("DownloadFailed", "InstallationFailed", "InstallVerificationFailed", "InvalidSignature")
#: 2.0.1 UploadLogStatusEnumType -> the 1.6 DiagnosticsStatus a job follows (the others are reported as they are)
LOG_STATUS = {"UploadFailure": "UploadFailed"}
#: what ends a diagnostics (log) upload as failed, in the vocabulary of the DiagnosticsStatus events
LOG_FAILURES = ("UploadFailed", "BadMessage", "NotSupportedOperation", "PermissionDenied")


def evse_status(raw: Iterable[str]) -> str:
    """The raw 2.0.1 status that stands for an EVSE whose connectors report ``raw``."""
    seen = set(raw)
    return next((s for s in _EVSE_PRECEDENCE if s in seen), "Unavailable")


def our_status(raw: str, charging_state: str = "") -> str:
    """Our status for an EVSE whose (aggregated) 2.0.1 status is ``raw``, refined by a running transaction."""
    if raw == "Occupied" and charging_state in CHARGING_STATE:
        return CHARGING_STATE[charging_state]
    return CONNECTOR_STATUS.get(raw, raw)


def id_token_info(info: IdTagInfo) -> dict[str, Any]:
    """The 2.0.1 ``idTokenInfo`` of a decision (``parentIdTag`` becomes ``groupIdToken``)."""
    body: dict[str, Any] = {"status": info.status if info.status in AUTH_STATUSES else "Invalid"}
    if info.expiry_date is not None:
        body["cacheExpiryDateTime"] = iso(info.expiry_date)
    if info.parent_id_tag:
        body["groupIdToken"] = {"idToken": info.parent_id_tag, "type": "Central"}
    return body


def sample(sv: dict[str, Any], ts: dt.datetime, default_context: str) -> Sample:
    """A 2.0.1 ``sampledValue`` normalised like 1.6 ones: ``value × 10^multiplier`` in Wh / W (k-units scaled).

    ``value`` is a JSON number here (the schema checked it); a ``signedMeterValue`` travels with a plain value
    too, and is kept in the message log only.
    """
    measurand = sv.get("measurand") or ENERGY
    uom = sv.get("unitOfMeasure") or {}
    value = float(sv["value"])
    multiplier = uom.get("multiplier") or 0
    if multiplier:
        try:
            value *= 10.0**multiplier
        except OverflowError:  # a multiplier far out of range: not a finite value (refused or dropped)
            value = math.inf
    value, unit = normalise(value, uom.get("unit") or default_unit(measurand))
    return Sample(
        ts, value, measurand, unit, sv.get("phase"), sv.get("context") or default_context, sv.get("location")
    )


def default_context(event_type: str) -> str:
    """The reading context of a TransactionEvent's samples that name none."""
    return {"Started": "Transaction.Begin", "Ended": "Transaction.End"}.get(event_type, "Sample.Periodic")
