"""Operations the console sends to chargers (RemoteStart/Stop, Reset, configuration, firmware, ...).

Each method returns the charger's answer payload as it sent it (camelCase dict, e.g. ``{"status": "Accepted"}``)
or raises:

* :class:`ChargerOffline` — the charger is not connected (or disconnected before answering);
* :class:`ChargerTimeout` — "HALL-B-1 did not answer Reset within 30 s";
* :class:`ChargerCallError` — the charger answered with a CallError (``.code``, ``.description``);
* :class:`InvalidRequest` — the arguments do not make a valid request (nothing was sent);
* :class:`InvalidReply` — the charger's answer is off the schema (strict chargers);
* :class:`OperationNotSupported` — the operation does not exist for the charger's OCPP version.

Calls to one charger go one at a time; the timeout is the central system's ``call_timeout_s`` unless given.
The payloads here are OCPP 1.6; 2.0.1 adds its own builders next to them (see :meth:`Operations._charger`).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from ..ocpp.chargepoint import (
    ChargePointBase,
    ChargerCallError,
    ChargerOffline,
    ChargerTimeout,
    InvalidReply,
    InvalidRequest,
)
from ..ocpp.server import OcppServer
from ..ocpp.values import iso

__all__ = [
    "ChargerCallError",
    "ChargerOffline",
    "ChargerTimeout",
    "InvalidReply",
    "InvalidRequest",
    "OperationNotSupported",
    "Operations",
]

Payload = dict[str, Any]


class OperationNotSupported(Exception):
    """The operation is not defined for the charger's OCPP version."""


def _time(value: dt.datetime | str) -> str:
    return iso(value) if isinstance(value, dt.datetime) else value


def _drop_none(**fields: Any) -> Payload:
    return {k: v for k, v in fields.items() if v is not None}


class Operations:
    """The operations API over the connected chargers of an :class:`~app.ocpp.server.OcppServer`."""

    def __init__(self, server: OcppServer) -> None:
        self.server = server

    def _charger(self, cp_id: str, action: str, versions: tuple[str, ...] = ("1.6",)) -> ChargePointBase:
        cp = self.server.charger(cp_id)
        if cp.version not in versions:
            raise OperationNotSupported(f"{action} is not an operation of OCPP {cp.version} ({cp_id})")
        return cp

    async def call(self, cp_id: str, action: str, payload: Payload, *, timeout: float | None = None) -> Payload:
        """Send any call of the charger's version (validated against its schema) and return the answer."""
        return await self.server.charger(cp_id).request(action, payload, timeout=timeout)

    async def _v16(self, cp_id: str, action: str, payload: Payload, timeout: float | None = None) -> Payload:
        return await self._charger(cp_id, action).request(action, payload, timeout=timeout)

    # --- transactions -------------------------------------------------------------------------------

    async def remote_start(self, cp_id: str, id_tag: str, connector_id: int | None = None,
                           charging_profile: Payload | None = None, *, timeout: float | None = None) -> Payload:
        return await self._v16(cp_id, "RemoteStartTransaction", _drop_none(
            idTag=id_tag, connectorId=connector_id, chargingProfile=charging_profile), timeout)

    async def remote_stop(self, cp_id: str, transaction_id: int, *, timeout: float | None = None) -> Payload:
        return await self._v16(cp_id, "RemoteStopTransaction", {"transactionId": transaction_id}, timeout)

    # --- charger control ----------------------------------------------------------------------------

    async def reset(self, cp_id: str, type: str = "Soft", *, timeout: float | None = None) -> Payload:  # noqa: A002
        return await self._v16(cp_id, "Reset", {"type": type}, timeout)

    async def unlock_connector(self, cp_id: str, connector_id: int, *, timeout: float | None = None) -> Payload:
        return await self._v16(cp_id, "UnlockConnector", {"connectorId": connector_id}, timeout)

    async def change_availability(self, cp_id: str, connector_id: int, type: str,  # noqa: A002
                                  *, timeout: float | None = None) -> Payload:
        """``type``: ``"Operative"`` or ``"Inoperative"``; connector 0 = the whole charger."""
        return await self._v16(cp_id, "ChangeAvailability", {"connectorId": connector_id, "type": type}, timeout)

    async def get_configuration(self, cp_id: str, keys: list[str] | None = None, *,
                                timeout: float | None = None) -> Payload:
        return await self._v16(cp_id, "GetConfiguration", _drop_none(key=keys), timeout)

    async def change_configuration(self, cp_id: str, key: str, value: str, *,
                                   timeout: float | None = None) -> Payload:
        return await self._v16(cp_id, "ChangeConfiguration", {"key": key, "value": value}, timeout)

    async def clear_cache(self, cp_id: str, *, timeout: float | None = None) -> Payload:
        return await self._v16(cp_id, "ClearCache", {}, timeout)

    async def trigger_message(self, cp_id: str, requested_message: str, connector_id: int | None = None, *,
                              timeout: float | None = None) -> Payload:
        return await self._v16(cp_id, "TriggerMessage", _drop_none(requestedMessage=requested_message,
                                                                   connectorId=connector_id), timeout)

    async def data_transfer(self, cp_id: str, vendor_id: str, message_id: str | None = None,
                            data: str | None = None, *, timeout: float | None = None) -> Payload:
        return await self._v16(cp_id, "DataTransfer", _drop_none(vendorId=vendor_id, messageId=message_id,
                                                                 data=data), timeout)

    # --- firmware and diagnostics ---------------------------------------------------------------------

    async def update_firmware(self, cp_id: str, location: str, retrieve_date: dt.datetime | str | None = None,
                              retries: int | None = None, retry_interval: int | None = None, *,
                              timeout: float | None = None) -> Payload:
        when = _time(retrieve_date or dt.datetime.now(dt.UTC))
        return await self._v16(cp_id, "UpdateFirmware", _drop_none(
            location=location, retrieveDate=when, retries=retries, retryInterval=retry_interval), timeout)

    async def get_diagnostics(self, cp_id: str, location: str, retries: int | None = None,
                              retry_interval: int | None = None, start_time: dt.datetime | str | None = None,
                              stop_time: dt.datetime | str | None = None, *,
                              timeout: float | None = None) -> Payload:
        return await self._v16(cp_id, "GetDiagnostics", _drop_none(
            location=location, retries=retries, retryInterval=retry_interval,
            startTime=_time(start_time) if start_time else None,
            stopTime=_time(stop_time) if stop_time else None), timeout)

    # --- local authorization list --------------------------------------------------------------------

    async def send_local_list(self, cp_id: str, list_version: int, update_type: str,
                              entries: list[Payload] | None = None, *, timeout: float | None = None) -> Payload:
        """``entries``: ``[{"idTag": "04A2...", "idTagInfo": {"status": "Accepted"}}, ...]``;
        ``update_type``: ``"Full"`` or ``"Differential"``."""
        return await self._v16(cp_id, "SendLocalList", {"listVersion": list_version, "updateType": update_type,
                                                        "localAuthorizationList": entries or []}, timeout)

    async def get_local_list_version(self, cp_id: str, *, timeout: float | None = None) -> Payload:
        return await self._v16(cp_id, "GetLocalListVersion", {}, timeout)

    # --- reservations --------------------------------------------------------------------------------

    async def reserve_now(self, cp_id: str, connector_id: int, expiry_date: dt.datetime | str, id_tag: str,
                          reservation_id: int, parent_id_tag: str | None = None, *,
                          timeout: float | None = None) -> Payload:
        return await self._v16(cp_id, "ReserveNow", _drop_none(
            connectorId=connector_id, expiryDate=_time(expiry_date), idTag=id_tag, reservationId=reservation_id,
            parentIdTag=parent_id_tag), timeout)

    async def cancel_reservation(self, cp_id: str, reservation_id: int, *,
                                 timeout: float | None = None) -> Payload:
        return await self._v16(cp_id, "CancelReservation", {"reservationId": reservation_id}, timeout)

    # --- smart charging --------------------------------------------------------------------------------

    async def set_charging_profile(self, cp_id: str, connector_id: int, profile: Payload, *,
                                   timeout: float | None = None) -> Payload:
        """``profile``: a 1.6 ChargingProfile (csChargingProfiles) as a camelCase dict."""
        return await self._v16(cp_id, "SetChargingProfile", {"connectorId": connector_id,
                                                             "csChargingProfiles": profile}, timeout)

    async def clear_charging_profile(self, cp_id: str, profile_id: int | None = None,
                                     connector_id: int | None = None, purpose: str | None = None,
                                     stack_level: int | None = None, *, timeout: float | None = None) -> Payload:
        return await self._v16(cp_id, "ClearChargingProfile", _drop_none(
            id=profile_id, connectorId=connector_id, chargingProfilePurpose=purpose, stackLevel=stack_level),
            timeout)

    async def get_composite_schedule(self, cp_id: str, connector_id: int, duration: int,
                                     charging_rate_unit: str | None = None, *,
                                     timeout: float | None = None) -> Payload:
        return await self._v16(cp_id, "GetCompositeSchedule", _drop_none(
            connectorId=connector_id, duration=duration, chargingRateUnit=charging_rate_unit), timeout)
