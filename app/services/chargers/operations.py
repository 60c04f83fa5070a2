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

Both OCPP versions: each operation speaks the charger's version where the operation exists in it (1.6 payloads
are built here, 2.0.1 ones in :mod:`app.ocpp.v201.requests`). Our connector number is the 2.0.1 EVSE id;
``remote_start`` becomes RequestStartTransaction, ``remote_stop`` RequestStopTransaction, ``reset`` takes
Hard/Soft or Immediate/OnIdle for either version. GetVariables, SetVariables, GetBaseReport, GetReport and
GetTransactionStatus are 2.0.1 only (``get_configuration``/``change_configuration`` are their 1.6 counterparts;
calling one for the other version raises :class:`OperationNotSupported` naming what to use instead).

The firmware, local list, reservation and smart charging operations take 1.6-style arguments for both versions
and are translated for a 2.0.1 station: ``get_diagnostics`` becomes GetLog (DiagnosticsLog), ``update_firmware``
UpdateFirmware with a ``requestId``, ``idTag``/``idTagInfo`` become ``idToken``/``idTokenInfo``, a 1.6
ChargingProfile becomes a 2.0.1 ChargingProfileType (see :mod:`app.ocpp.v201.requests`). The answer is the
station's own (2.0.1 names: GetLog ``filename``, GetLocalListVersion ``versionNumber``, GetCompositeSchedule
``schedule``).
"""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Any

from app.ocpp.backend import ReservationChange
from app.ocpp.chargepoint import (
    ChargePointBase,
    ChargerCallError,
    ChargerOffline,
    ChargerTimeout,
    InvalidReply,
    InvalidRequest,
)
from app.ocpp.server import OcppServer
from app.ocpp.v201 import (
    ChargePoint201,
    ChargingProfilesReported,
    MonitorsReported,
    ReportedMonitor,
    ReportedVariable,
    VariablesReported,
    memory_of,
)
from app.ocpp.v201 import monitoring as mon
from app.ocpp.v201 import requests as v201
from app.ocpp.values import iso, parse_time

__all__ = [
    "OPERATION_ERRORS",
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
    """The operation is not defined for the charger's OCPP version (or not built for it yet)."""


#: what an operation raises when the charger cannot carry it out (offline, no answer, a refusal, a bad answer)
OPERATION_ERRORS: tuple[type[Exception], ...] = (
    ChargerOffline,
    ChargerTimeout,
    ChargerCallError,
    InvalidReply,
    InvalidRequest,
    OperationNotSupported,
)


V16, V201 = "1.6", "2.0.1"
BOTH = (V16, V201)

# What to use instead when an operation does not exist in a version (action -> hint), by the charger's version.
_INSTEAD = {
    V201: {
        "GetConfiguration": "use get_variables() (2.0.1 GetVariables)",
        "ChangeConfiguration": "use set_variables() (2.0.1 SetVariables)",
    },
    V16: {
        "GetVariables": "use get_configuration() (1.6 GetConfiguration)",
        "SetVariables": "use change_configuration() (1.6 ChangeConfiguration)",
        "GetBaseReport": "use get_configuration() without keys (1.6 has no device model report)",
        "GetChargingProfiles": "use get_composite_schedule() (1.6 has no message that lists a charger's "
        "profiles)",
        "SetVariableMonitoring": "OCPP 1.6 has no variable monitoring",
        "ClearVariableMonitoring": "OCPP 1.6 has no variable monitoring",
        "GetMonitoringReport": "OCPP 1.6 has no variable monitoring",
        "GetReport": "use get_configuration() with the keys (1.6 has no device model report)",
    },
}


def _time(value: dt.datetime | str) -> str:
    return iso(value) if isinstance(value, dt.datetime) else value


def _drop_none(**fields: Any) -> Payload:
    return {k: v for k, v in fields.items() if v is not None}


class Operations:
    """The operations API over the connected chargers of an :class:`~app.ocpp.server.OcppServer`."""

    def __init__(self, server: OcppServer) -> None:
        self.server = server

    def _charger(self, cp_id: str, action: str, versions: tuple[str, ...] = (V16,)) -> ChargePointBase:
        cp = self.server.charger(cp_id)
        if cp.version not in versions:
            instead = _INSTEAD.get(cp.version, {}).get(action)
            if instead:
                raise OperationNotSupported(
                    f"{action} is not an operation of OCPP {cp.version} ({cp_id} speaks "
                    f"{cp.version}): {instead}"
                )
            raise OperationNotSupported(f"{action} is not an operation of OCPP {cp.version} ({cp_id})")
        return cp

    async def call(
        self, cp_id: str, action: str, payload: Payload, *, timeout: float | None = None
    ) -> Payload:
        """Send any call of the charger's version (validated against its schema) and return the answer."""
        return await self.server.charger(cp_id).request(action, payload, timeout=timeout)

    async def _v16(self, cp_id: str, action: str, payload: Payload, timeout: float | None = None) -> Payload:
        return await self._charger(cp_id, action).request(action, payload, timeout=timeout)

    # --- transactions -------------------------------------------------------------------------------

    async def remote_start(
        self,
        cp_id: str,
        id_tag: str,
        connector_id: int | None = None,
        charging_profile: Payload | None = None,
        *,
        id_token_type: str = "ISO14443",
        remote_start_id: int | None = None,
        timeout: float | None = None,
    ) -> Payload:
        """1.6 RemoteStartTransaction; 2.0.1 RequestStartTransaction (``connector_id`` = evseId, ``id_tag`` as an
        idToken of ``id_token_type``, a fresh ``remoteStartId`` unless given; the station's TransactionEvent
        echoes it). ``charging_profile`` is the version's own ChargingProfile dict."""
        cp = self._charger(cp_id, "RemoteStartTransaction", BOTH)
        if cp.version == V201:
            profile = v201.charging_profile(charging_profile) if charging_profile is not None else None
            return await cp.request(
                "RequestStartTransaction",
                v201.request_start_transaction(
                    id_tag,
                    remote_start_id if remote_start_id is not None else v201.next_id(),
                    connector_id,
                    profile,
                    id_token_type,
                ),
                timeout=timeout,
            )
        return await cp.request(
            "RemoteStartTransaction",
            _drop_none(idTag=id_tag, connectorId=connector_id, chargingProfile=charging_profile),
            timeout=timeout,
        )

    async def remote_stop(
        self, cp_id: str, transaction_id: int | str, *, timeout: float | None = None
    ) -> Payload:
        """1.6 RemoteStopTransaction; 2.0.1 RequestStopTransaction. For a 2.0.1 station ``transaction_id`` is its
        transactionId string (``sessions.transaction_uid``) or our session id of a transaction this central
        system has followed since it started."""
        cp = self._charger(cp_id, "RemoteStopTransaction", BOTH)
        if cp.version == V201:
            uid = transaction_id if isinstance(transaction_id, str) else _uid_of(cp, transaction_id)
            return await cp.request(
                "RequestStopTransaction", v201.request_stop_transaction(uid), timeout=timeout
            )
        return await cp.request("RemoteStopTransaction", {"transactionId": transaction_id}, timeout=timeout)

    # --- charger control ----------------------------------------------------------------------------

    async def reset(
        self,
        cp_id: str,
        type: str = "Soft",
        *,
        evse_id: int | None = None,
        timeout: float | None = None,
    ) -> Payload:
        """``type``: 1.6 ``Hard``/``Soft`` or 2.0.1 ``Immediate``/``OnIdle`` (either is translated for the
        other version). ``evse_id`` (2.0.1 only) resets one EVSE instead of the station."""
        cp = self._charger(cp_id, "Reset", BOTH)
        if cp.version == V201:
            return await cp.request("Reset", v201.reset(type, evse_id), timeout=timeout)
        if evse_id is not None:
            raise OperationNotSupported(f"resetting one EVSE is an OCPP 2.0.1 feature; {cp_id} speaks 1.6")
        return await cp.request("Reset", {"type": _V16_RESET.get(type, type)}, timeout=timeout)

    async def unlock_connector(
        self,
        cp_id: str,
        connector_id: int,
        *,
        evse_connector_id: int | None = None,
        timeout: float | None = None,
    ) -> Payload:
        """2.0.1: ``connector_id`` is the evseId and ``evse_connector_id`` the connector on it (default 1)."""
        cp = self._charger(cp_id, "UnlockConnector", BOTH)
        if cp.version == V201:
            return await cp.request(
                "UnlockConnector", v201.unlock_connector(connector_id, evse_connector_id), timeout=timeout
            )
        return await cp.request("UnlockConnector", {"connectorId": connector_id}, timeout=timeout)

    async def change_availability(
        self,
        cp_id: str,
        connector_id: int,
        type: str,
        *,
        evse_connector_id: int | None = None,
        timeout: float | None = None,
    ) -> Payload:
        """``type``: ``"Operative"`` or ``"Inoperative"``; connector 0 = the whole charger. 2.0.1: the
        operationalStatus of EVSE ``connector_id`` (or of its connector ``evse_connector_id``)."""
        cp = self._charger(cp_id, "ChangeAvailability", BOTH)
        if cp.version == V201:
            return await cp.request(
                "ChangeAvailability",
                v201.change_availability(type, connector_id, evse_connector_id),
                timeout=timeout,
            )
        return await cp.request(
            "ChangeAvailability", {"connectorId": connector_id, "type": type}, timeout=timeout
        )

    async def get_configuration(
        self, cp_id: str, keys: list[str] | None = None, *, timeout: float | None = None
    ) -> Payload:
        return await self._v16(cp_id, "GetConfiguration", _drop_none(key=keys), timeout)

    async def change_configuration(
        self, cp_id: str, key: str, value: str, *, timeout: float | None = None
    ) -> Payload:
        return await self._v16(cp_id, "ChangeConfiguration", {"key": key, "value": value}, timeout)

    async def clear_cache(self, cp_id: str, *, timeout: float | None = None) -> Payload:
        return await self._charger(cp_id, "ClearCache", BOTH).request("ClearCache", {}, timeout=timeout)

    async def trigger_message(
        self,
        cp_id: str,
        requested_message: str,
        connector_id: int | None = None,
        *,
        evse_connector_id: int | None = None,
        timeout: float | None = None,
    ) -> Payload:
        """2.0.1: ``connector_id`` is the evseId; the 1.6 name DiagnosticsStatusNotification becomes
        LogStatusNotification."""
        cp = self._charger(cp_id, "TriggerMessage", BOTH)
        if cp.version == V201:
            return await cp.request(
                "TriggerMessage",
                v201.trigger_message(requested_message, connector_id, evse_connector_id),
                timeout=timeout,
            )
        return await cp.request(
            "TriggerMessage",
            _drop_none(requestedMessage=requested_message, connectorId=connector_id),
            timeout=timeout,
        )

    async def data_transfer(
        self,
        cp_id: str,
        vendor_id: str,
        message_id: str | None = None,
        data: str | None = None,
        *,
        timeout: float | None = None,
    ) -> Payload:
        return await self._charger(cp_id, "DataTransfer", BOTH).request(
            "DataTransfer", _drop_none(vendorId=vendor_id, messageId=message_id, data=data), timeout=timeout
        )

    # --- firmware and diagnostics ---------------------------------------------------------------------

    async def update_firmware(
        self,
        cp_id: str,
        location: str,
        retrieve_date: dt.datetime | str | None = None,
        retries: int | None = None,
        retry_interval: int | None = None,
        *,
        request_id: int | None = None,
        timeout: float | None = None,
    ) -> Payload:
        """1.6 UpdateFirmware (answer ``{}``); 2.0.1 UpdateFirmware with ``requestId`` (``request_id``, else a
        fresh one; the station's FirmwareStatusNotifications carry it) — answer ``{"status": "Accepted"}``,
        ``Rejected``, ``AcceptedCanceled`` (an update in progress was cancelled for this one), ..."""
        cp = self._charger(cp_id, "UpdateFirmware", BOTH)
        when = _time(retrieve_date or dt.datetime.now(dt.UTC))
        if cp.version == V201:
            rid = request_id if request_id is not None else v201.next_id()
            return await cp.request(
                "UpdateFirmware",
                v201.update_firmware(rid, location, when, retries, retry_interval),
                timeout=timeout,
            )
        return await cp.request(
            "UpdateFirmware",
            _drop_none(location=location, retrieveDate=when, retries=retries, retryInterval=retry_interval),
            timeout=timeout,
        )

    async def get_diagnostics(
        self,
        cp_id: str,
        location: str,
        retries: int | None = None,
        retry_interval: int | None = None,
        start_time: dt.datetime | str | None = None,
        stop_time: dt.datetime | str | None = None,
        *,
        request_id: int | None = None,
        log_type: str = "DiagnosticsLog",
        timeout: float | None = None,
    ) -> Payload:
        """1.6 GetDiagnostics (answer ``{"fileName": ...}`` or ``{}``); 2.0.1 GetLog of ``log_type`` with
        ``requestId`` (``request_id``, else a fresh one), ``start_time``/``stop_time`` as its oldest/latest
        timestamps — answer ``{"status": "Accepted", "filename": ...}`` (the filename is optional)."""
        cp = self._charger(cp_id, "GetDiagnostics", BOTH)
        if cp.version == V201:
            return await self.get_log(
                cp_id,
                location,
                log_type,
                retries,
                retry_interval,
                start_time,
                stop_time,
                request_id=request_id,
                timeout=timeout,
            )
        start = _time(start_time) if start_time else None
        stop = _time(stop_time) if stop_time else None
        return await cp.request(
            "GetDiagnostics",
            _drop_none(
                location=location,
                retries=retries,
                retryInterval=retry_interval,
                startTime=start,
                stopTime=stop,
            ),
            timeout=timeout,
        )

    # --- certificates (1.6 Security Whitepaper Ed. 3; 2.0.1 blocks A and M) --------------------------------

    async def certificate_signed(
        self, cp_id: str, certificate_chain: str, *, timeout: float | None = None
    ) -> Payload:
        """CertificateSigned (use cases A02/A03): the charger's new certificate, PEM, followed by its CA chain.
        2.0.1: with ``certificateType`` ChargingStationCertificate (V2G certificates are ISO 15118's, not ours).
        Answer ``Accepted`` or ``Rejected``."""
        cp = self._charger(cp_id, "CertificateSigned", BOTH)
        body: Payload = {"certificateChain": certificate_chain}
        if cp.version == V201:
            body["certificateType"] = v201.CHARGING_STATION_CERTIFICATE
        return await cp.request("CertificateSigned", body, timeout=timeout)

    async def install_certificate(
        self, cp_id: str, certificate_type: str, certificate: str, *, timeout: float | None = None
    ) -> Payload:
        """InstallCertificate (M05): a CA certificate (PEM) as ``CentralSystemRootCertificate`` or
        ``ManufacturerRootCertificate`` (the 1.6 names for both versions: 2.0.1 calls the first
        CSMSRootCertificate); answer ``Accepted``, ``Rejected`` or ``Failed``."""
        cp = self._charger(cp_id, "InstallCertificate", BOTH)
        kind = v201.certificate_use(certificate_type) if cp.version == V201 else certificate_type
        return await cp.request(
            "InstallCertificate", {"certificateType": kind, "certificate": certificate}, timeout=timeout
        )

    async def get_installed_certificate_ids(
        self, cp_id: str, certificate_type: str, *, timeout: float | None = None
    ) -> Payload:
        """GetInstalledCertificateIds (M03) of one kind (the 1.6 names, as :meth:`install_certificate`): answer
        ``status`` (``Accepted``/``NotFound``) and the installed CA certificates' ``certificateHashData``.
        2.0.1 asks with a list of one and answers ``certificateHashDataChain``: its entries' hash data are
        returned as ``certificateHashData`` (the chain as the station sent it stays under its own name)."""
        cp = self._charger(cp_id, "GetInstalledCertificateIds", BOTH)
        if cp.version == V201:
            kind = v201.certificate_use(certificate_type)
            answer = await cp.request(
                "GetInstalledCertificateIds", {"certificateType": [kind]}, timeout=timeout
            )
            return v201.installed_certificate_ids(answer, kind)
        return await cp.request(
            "GetInstalledCertificateIds", {"certificateType": certificate_type}, timeout=timeout
        )

    async def delete_certificate(
        self, cp_id: str, certificate_hash_data: Payload, *, timeout: float | None = None
    ) -> Payload:
        """DeleteCertificate (M04) of the certificate ``certificate_hash_data`` names (the same body in both
        versions); answer ``Accepted``, ``Failed`` or ``NotFound``."""
        return await self._charger(cp_id, "DeleteCertificate", BOTH).request(
            "DeleteCertificate", {"certificateHashData": certificate_hash_data}, timeout=timeout
        )

    # --- the 1.6 security extension (OCPP 1.6 Security Whitepaper Ed. 3) ------------------------------------

    async def extended_trigger_message(
        self,
        cp_id: str,
        requested_message: str,
        connector_id: int | None = None,
        *,
        timeout: float | None = None,
    ) -> Payload:
        """1.6 ExtendedTriggerMessage (whitepaper "Extended Trigger Message"): TriggerMessage with the extension's
        messages too (LogStatusNotification, SignChargePointCertificate). A 2.0.1 station's TriggerMessage has
        them already: it is sent instead (SignChargePointCertificate as SignChargingStationCertificate), so a
        certificate renewal works for both versions."""
        cp = self._charger(cp_id, "ExtendedTriggerMessage", BOTH)
        if cp.version == V201:
            return await self.trigger_message(cp_id, requested_message, connector_id, timeout=timeout)
        return await cp.request(
            "ExtendedTriggerMessage",
            _drop_none(requestedMessage=requested_message, connectorId=connector_id),
            timeout=timeout,
        )

    async def get_log(
        self,
        cp_id: str,
        location: str,
        log_type: str = "DiagnosticsLog",
        retries: int | None = None,
        retry_interval: int | None = None,
        start_time: dt.datetime | str | None = None,
        stop_time: dt.datetime | str | None = None,
        *,
        request_id: int | None = None,
        timeout: float | None = None,
    ) -> Payload:
        """GetLog of ``log_type`` (``DiagnosticsLog`` or ``SecurityLog``) uploaded to ``location``: the 1.6
        extension's and 2.0.1's (the same body). The charger reports LogStatusNotifications with ``requestId``
        (``request_id``, else a fresh one). Answer ``{"status": "Accepted", "filename": ...}``."""
        cp = self._charger(cp_id, "GetLog", BOTH)
        rid = request_id if request_id is not None else v201.next_id()
        start = _time(start_time) if start_time else None
        stop = _time(stop_time) if stop_time else None
        return await cp.request(
            "GetLog",
            v201.get_log(rid, location, start, stop, retries, retry_interval, log_type),
            timeout=timeout,
        )

    async def signed_update_firmware(
        self,
        cp_id: str,
        location: str,
        signing_certificate: str,
        signature: str,
        retrieve_date: dt.datetime | str | None = None,
        retries: int | None = None,
        retry_interval: int | None = None,
        *,
        request_id: int | None = None,
        timeout: float | None = None,
    ) -> Payload:
        """1.6 SignedUpdateFirmware (whitepaper "Secure firmware update"); 2.0.1 UpdateFirmware with the signature
        (L01). ``signing_certificate``: PEM; ``signature``: Base64. Answer ``{"status": "Accepted"}``,
        ``Rejected``, ``AcceptedCanceled``, ``InvalidCertificate`` or ``RevokedCertificate``; the charger then
        reports SignedFirmwareStatusNotifications (2.0.1: FirmwareStatusNotifications) with ``requestId``.
        Check the signature first (:mod:`app.services.chargers.firmware_signature`)."""
        cp = self._charger(cp_id, "SignedUpdateFirmware", BOTH)
        rid = request_id if request_id is not None else v201.next_id()
        when = _time(retrieve_date or dt.datetime.now(dt.UTC))
        body = v201.update_firmware(
            rid,
            location,
            when,
            retries,
            retry_interval,
            signing_certificate=signing_certificate,
            signature=signature,
        )
        action = "UpdateFirmware" if cp.version == V201 else "SignedUpdateFirmware"
        return await cp.request(action, body, timeout=timeout)

    # --- local authorization list --------------------------------------------------------------------

    async def send_local_list(
        self,
        cp_id: str,
        list_version: int,
        update_type: str,
        entries: list[Payload] | None = None,
        *,
        id_token_type: str = "ISO14443",
        timeout: float | None = None,
    ) -> Payload:
        """``entries``: ``[{"idTag": "04A2...", "idTagInfo": {"status": "Accepted"}}, ...]``;
        ``update_type``: ``"Full"`` or ``"Differential"``. 2.0.1: ``versionNumber``, each entry an idToken of
        ``id_token_type`` with its idTokenInfo (2.0.1 entries are sent as they are)."""
        cp = self._charger(cp_id, "SendLocalList", BOTH)
        if cp.version == V201:
            return await cp.request(
                "SendLocalList",
                v201.send_local_list(list_version, update_type, entries or (), id_token_type),
                timeout=timeout,
            )
        return await cp.request(
            "SendLocalList",
            {"listVersion": list_version, "updateType": update_type, "localAuthorizationList": entries or []},
            timeout=timeout,
        )

    async def get_local_list_version(self, cp_id: str, *, timeout: float | None = None) -> Payload:
        return await self._charger(cp_id, "GetLocalListVersion", BOTH).request(
            "GetLocalListVersion", {}, timeout=timeout
        )

    # --- reservations --------------------------------------------------------------------------------

    async def reserve_now(
        self,
        cp_id: str,
        connector_id: int,
        expiry_date: dt.datetime | str,
        id_tag: str,
        reservation_id: int,
        parent_id_tag: str | None = None,
        *,
        id_token_type: str = "ISO14443",
        made_by: str = "",
        timeout: float | None = None,
    ) -> Payload:
        """2.0.1: ``connector_id`` is the evseId (0: any EVSE, no evseId sent), ``id_tag`` an idToken of
        ``id_token_type``, ``parent_id_tag`` the groupIdToken. A reservation the charger accepted is stored (with
        ``made_by``, the operator) before this returns (:mod:`app.services.central.reservations`)."""
        cp = self._charger(cp_id, "ReserveNow", BOTH)
        if cp.version == V201:
            answer = await cp.request(
                "ReserveNow",
                v201.reserve_now(
                    reservation_id, _time(expiry_date), id_tag, connector_id, parent_id_tag, id_token_type
                ),
                timeout=timeout,
            )
        else:
            answer = await cp.request(
                "ReserveNow",
                _drop_none(
                    connectorId=connector_id,
                    expiryDate=_time(expiry_date),
                    idTag=id_tag,
                    reservationId=reservation_id,
                    parentIdTag=parent_id_tag,
                ),
                timeout=timeout,
            )
        expiry = expiry_date if isinstance(expiry_date, dt.datetime) else parse_time(expiry_date)
        if answer.get("status") == "Accepted" and expiry is not None:
            change = ReservationChange(reservation_id, "Reserved", connector_id, id_tag, expiry, made_by)
            await self.server.backend.reservation(cp_id, change)
        return answer

    async def cancel_reservation(
        self, cp_id: str, reservation_id: int, *, timeout: float | None = None
    ) -> Payload:
        """A cancellation the charger accepted ends the stored reservation before this returns."""
        answer = await self._charger(cp_id, "CancelReservation", BOTH).request(
            "CancelReservation", {"reservationId": reservation_id}, timeout=timeout
        )
        if answer.get("status") == "Accepted":
            await self.server.backend.reservation(cp_id, ReservationChange(reservation_id, "Cancelled"))
        return answer

    # --- smart charging --------------------------------------------------------------------------------

    async def set_charging_profile(
        self, cp_id: str, connector_id: int, profile: Payload, *, timeout: float | None = None
    ) -> Payload:
        """``profile``: a 1.6 ChargingProfile (csChargingProfiles) as a camelCase dict. 2.0.1: sent to EVSE
        ``connector_id`` as a ChargingProfileType; a TxProfile's ``transactionId`` may be the 2.0.1
        transactionId or our session id of a transaction this central system follows (a 2.0.1 profile dict
        is sent as it is)."""
        cp = self._charger(cp_id, "SetChargingProfile", BOTH)
        if cp.version == V201:
            tx = profile.get("transactionId")
            uid = _uid_of(cp, tx) if isinstance(tx, int) and not isinstance(tx, bool) else None
            return await cp.request(
                "SetChargingProfile", v201.set_charging_profile(connector_id, profile, uid), timeout=timeout
            )
        return await cp.request(
            "SetChargingProfile",
            {"connectorId": connector_id, "csChargingProfiles": profile},
            timeout=timeout,
        )

    async def clear_charging_profile(
        self,
        cp_id: str,
        profile_id: int | None = None,
        connector_id: int | None = None,
        purpose: str | None = None,
        stack_level: int | None = None,
        *,
        timeout: float | None = None,
    ) -> Payload:
        """2.0.1: ``profile_id`` is the chargingProfileId, the others its chargingProfileCriteria (evseId,
        purpose — ChargePointMaxProfile is translated —, stackLevel)."""
        cp = self._charger(cp_id, "ClearChargingProfile", BOTH)
        if cp.version == V201:
            return await cp.request(
                "ClearChargingProfile",
                v201.clear_charging_profile(profile_id, connector_id, purpose, stack_level),
                timeout=timeout,
            )
        return await cp.request(
            "ClearChargingProfile",
            _drop_none(
                id=profile_id,
                connectorId=connector_id,
                chargingProfilePurpose=purpose,
                stackLevel=stack_level,
            ),
            timeout=timeout,
        )

    async def get_composite_schedule(
        self,
        cp_id: str,
        connector_id: int,
        duration: int,
        charging_rate_unit: str | None = None,
        *,
        timeout: float | None = None,
    ) -> Payload:
        """1.6 answer: ``connectorId``, ``scheduleStart``, ``chargingSchedule``; 2.0.1 answer: ``schedule``
        (``evseId``, ``duration``, ``scheduleStart``, ``chargingRateUnit``, ``chargingSchedulePeriod``)."""
        cp = self._charger(cp_id, "GetCompositeSchedule", BOTH)
        if cp.version == V201:
            return await cp.request(
                "GetCompositeSchedule",
                v201.get_composite_schedule(connector_id, duration, charging_rate_unit),
                timeout=timeout,
            )
        return await cp.request(
            "GetCompositeSchedule",
            _drop_none(connectorId=connector_id, duration=duration, chargingRateUnit=charging_rate_unit),
            timeout=timeout,
        )

    async def get_charging_profiles(
        self,
        cp_id: str,
        evse_id: int | None = None,
        purpose: str | None = None,
        stack_level: int | None = None,
        sources: list[str] | None = None,
        *,
        request_id: int | None = None,
        timeout: float | None = None,
    ) -> Payload:
        """2.0.1 GetChargingProfiles (K09) and the ReportChargingProfiles parts that follow (K10): the station's
        answer (``Accepted`` or ``NoProfiles``) with ``reportedProfiles``, every profile it reported — each its
        ChargingProfileType with ``evseId`` and ``chargingLimitSource`` (CSO: the central system's; EMS, SO,
        Other: set on site) — once the last part (tbc false) arrived; ``reportComplete`` false when the parts
        stopped coming within the timeout (what came is kept). ``sources``: CSO, EMS, SO, Other (none: any)."""
        cp = self._charger(cp_id, "GetChargingProfiles", (V201,))
        rid = request_id if request_id is not None else v201.next_id()
        rows: list[Payload] = []
        done = asyncio.Event()

        def collect(event: Any) -> None:
            if (
                isinstance(event, ChargingProfilesReported)
                and event.cp_id == cp_id
                and event.request_id == rid
            ):
                rows.extend(
                    {**p, "evseId": event.evse_id, "chargingLimitSource": event.source}
                    for p in event.profiles
                )
                if event.complete:
                    done.set()

        unsubscribe = cp.bus.subscribe(collect, ChargingProfilesReported)
        try:
            answer = await cp.request(
                "GetChargingProfiles",
                v201.get_charging_profiles(rid, evse_id, purpose, stack_level, sources or ()),
                timeout=timeout,
            )
            complete = True
            if answer.get("status") == "Accepted":
                wait = cp.options.call_timeout_s if timeout is None else timeout
                try:
                    await asyncio.wait_for(done.wait(), wait)
                except TimeoutError:
                    complete = False
        finally:
            unsubscribe()
        return {**answer, "reportedProfiles": rows, "reportComplete": complete}

    # --- device model (OCPP 2.0.1) ---------------------------------------------------------------------

    async def get_variables(
        self,
        cp_id: str,
        variables: Iterable[tuple[Any, ...] | Mapping[str, Any]],
        *,
        timeout: float | None = None,
    ) -> Payload:
        """2.0.1 GetVariables. ``variables``: ``("OCPPCommCtrlr", "HeartbeatInterval")``, with an attribute type
        as a third item, components/variables as dicts (``{"name": "EVSE", "evse": {"id": 1}}``) or whole
        GetVariableDataType dicts. Accepted values are also kept (see :meth:`reported_variables`)."""
        cp = self._charger(cp_id, "GetVariables", (V201,))
        payload = v201.get_variables(variables)
        answer = await cp.request("GetVariables", payload, timeout=timeout)
        self._remember(
            cp, "GetVariables", v201.accepted_values(answer, "getVariableResult", payload, "getVariableData")
        )
        return answer

    async def set_variables(
        self,
        cp_id: str,
        values: Iterable[tuple[Any, ...] | Mapping[str, Any]],
        *,
        timeout: float | None = None,
    ) -> Payload:
        """2.0.1 SetVariables. ``values``: ``("OCPPCommCtrlr", "HeartbeatInterval", 300)`` (value sent as text),
        with an attribute type as a fourth item, or whole SetVariableDataType dicts. The answer has one
        ``setVariableResult`` per value (Accepted, Rejected, RebootRequired, ...)."""
        cp = self._charger(cp_id, "SetVariables", (V201,))
        payload = v201.set_variables(values)
        answer = await cp.request("SetVariables", payload, timeout=timeout)
        self._remember(
            cp, "SetVariables", v201.accepted_values(answer, "setVariableResult", payload, "setVariableData")
        )
        return answer

    async def get_base_report(
        self,
        cp_id: str,
        report_base: str = "FullInventory",
        *,
        request_id: int | None = None,
        timeout: float | None = None,
    ) -> Payload:
        """2.0.1 GetBaseReport (``ConfigurationInventory``, ``FullInventory`` or ``SummaryInventory``). The station
        answers at once and then sends the report in NotifyReport parts: each part is stored in memory and
        announced with a :class:`~app.ocpp.v201.VariablesReported` event carrying ``request_id`` (pass your
        own to match them; else a fresh one is used)."""
        cp = self._charger(cp_id, "GetBaseReport", (V201,))
        rid = request_id if request_id is not None else v201.next_id()
        return await cp.request("GetBaseReport", v201.get_base_report(rid, report_base), timeout=timeout)

    async def get_report(
        self,
        cp_id: str,
        component_variables: Iterable[tuple[Any, Any] | Mapping[str, Any]] = (),
        component_criteria: Iterable[str] = (),
        *,
        request_id: int | None = None,
        timeout: float | None = None,
    ) -> Payload:
        """2.0.1 GetReport (B08) of some components: ``component_variables`` are ``(component, variable)`` pairs
        (names or ComponentType/VariableType dicts — ``{"name": "EVSE", "evse": {"id": 1}}``; variable None: the
        whole component), ``component_criteria`` any of ``Active``, ``Available``, ``Enabled``, ``Problem``. The
        answer's ``status``: ``Accepted`` (NotifyReport parts follow, stored and announced as for
        :meth:`get_base_report`, with ``request_id``), ``Rejected``, ``NotSupported`` or ``EmptyResultSet``
        (nothing matched: no report follows)."""
        cp = self._charger(cp_id, "GetReport", (V201,))
        rid = request_id if request_id is not None else v201.next_id()
        try:
            payload = v201.get_report(rid, component_variables, component_criteria)
        except ValueError as e:
            raise InvalidRequest(str(e)) from None
        return await cp.request("GetReport", payload, timeout=timeout)

    async def get_transaction_status(
        self, cp_id: str, transaction_id: int | str | None = None, *, timeout: float | None = None
    ) -> Payload:
        """2.0.1 GetTransactionStatus (E14). ``transaction_id``: the station's transactionId (string) or our
        session id of a transaction this central system follows; None asks whether the station holds any
        transaction message not yet delivered. Answer: ``messagesInQueue`` (bool) and, for a transaction,
        ``ongoingIndicator`` (bool: still running on the station)."""
        cp = self._charger(cp_id, "GetTransactionStatus", (V201,))
        uid = None
        if transaction_id is not None:
            uid = transaction_id if isinstance(transaction_id, str) else _uid_of(cp, transaction_id)
        return await cp.request("GetTransactionStatus", v201.get_transaction_status(uid), timeout=timeout)

    def reported_variables(self, cp_id: str) -> list[ReportedVariable]:
        """What a 2.0.1 station reported of its device model (NotifyReport, accepted Get/SetVariables) since
        this central system started; empty for a 1.6 charger. Kept in memory only."""
        mem = memory_of(self.server.backend).chargers.get(cp_id)
        return list(mem.variables.values()) if mem is not None else []

    async def fetch_reported_variables(self, cp_id: str) -> list[ReportedVariable]:
        """:meth:`reported_variables` as a call: what a console attached to another host uses (the report is in
        that host's memory)."""
        return self.reported_variables(cp_id)

    # --- variable monitoring (2.0.1, functional block N) -------------------------------------------------------

    async def set_variable_monitoring(
        self, cp_id: str, monitors: Iterable[Mapping[str, Any]], *, timeout: float | None = None
    ) -> Payload:
        """2.0.1 SetVariableMonitoring. Each monitor: ``component``, ``variable`` (names or dicts), optional
        ``evse_id``/``connector_id``, ``type`` (UpperThreshold, LowerThreshold, Delta, Periodic,
        PeriodicClockAligned), ``value``, ``severity`` (0..9), ``transaction``, ``id`` (replace that monitor). The
        answer has one ``setMonitoringResult`` per monitor (Accepted with its ``id``, UnknownComponent,
        UnknownVariable, UnsupportedMonitorType, Rejected, Duplicate); accepted ones are kept (see
        :meth:`reported_monitors`)."""
        cp = self._charger(cp_id, "SetVariableMonitoring", (V201,))
        try:
            payload = mon.set_variable_monitoring(monitors)
        except mon.MonitorProblem as e:
            raise InvalidRequest(f"SetVariableMonitoring: {e}") from None
        answer = await cp.request("SetVariableMonitoring", payload, timeout=timeout)
        n = self._monitors(cp).record_set(payload, answer, dt.datetime.now(dt.UTC))
        cp.bus.emit(MonitorsReported(cp.id, "SetVariableMonitoring", count=n))
        return answer

    async def clear_variable_monitoring(
        self, cp_id: str, ids: Iterable[int], *, timeout: float | None = None
    ) -> Payload:
        """2.0.1 ClearVariableMonitoring: one ``clearMonitoringResult`` per id (Accepted, Rejected, NotFound)."""
        cp = self._charger(cp_id, "ClearVariableMonitoring", (V201,))
        try:
            payload = mon.clear_variable_monitoring(ids)
        except mon.MonitorProblem as e:
            raise InvalidRequest(f"ClearVariableMonitoring: {e}") from None
        answer = await cp.request("ClearVariableMonitoring", payload, timeout=timeout)
        n = self._monitors(cp).record_clear(answer)
        cp.bus.emit(MonitorsReported(cp.id, "ClearVariableMonitoring", count=n))
        return answer

    async def get_monitoring_report(
        self,
        cp_id: str,
        *,
        criteria: Iterable[str] = (),
        component_variables: Iterable[Mapping[str, Any]] = (),
        request_id: int | None = None,
        timeout: float | None = None,
    ) -> Payload:
        """2.0.1 GetMonitoringReport. The station answers at once (Accepted, Rejected, NotSupported,
        EmptyResultSet) and then sends NotifyMonitoringReport parts, each announced with a
        :class:`~app.ocpp.v201.MonitorsReported` event carrying ``request_id``. Without a filter the complete
        report replaces the monitors known (:meth:`reported_monitors`)."""
        cp = self._charger(cp_id, "GetMonitoringReport", (V201,))
        rid = request_id if request_id is not None else v201.next_id()
        crit, cvs = list(criteria), list(component_variables)
        try:
            payload = mon.get_monitoring_report(rid, crit, cvs)
        except mon.MonitorProblem as e:
            raise InvalidRequest(f"GetMonitoringReport: {e}") from None
        monitors = self._monitors(cp)
        if not crit and not cvs:
            monitors.full_requests.add(rid)
        try:
            answer = await cp.request("GetMonitoringReport", payload, timeout=timeout)
        except BaseException:
            monitors.full_requests.discard(rid)
            raise
        if answer.get("status") == "EmptyResultSet" and rid in monitors.full_requests:
            monitors.full_requests.discard(rid)
            monitors.known.clear()  # the station has no monitor at all
            cp.bus.emit(MonitorsReported(cp.id, "GetMonitoringReport", rid, count=0))
        return answer

    async def set_monitoring_base(self, cp_id: str, base: str, *, timeout: float | None = None) -> Payload:
        """2.0.1 SetMonitoringBase: ``All``, ``FactoryDefault`` or ``HardWiredOnly`` (the last two remove the
        custom monitors)."""
        cp = self._charger(cp_id, "SetMonitoringBase", (V201,))
        if base not in mon.MONITORING_BASES:
            raise InvalidRequest(
                f"SetMonitoringBase: {base!r} is not one of {', '.join(mon.MONITORING_BASES)}"
            )
        return await cp.request("SetMonitoringBase", {"monitoringBase": base}, timeout=timeout)

    async def set_monitoring_level(
        self, cp_id: str, severity: int, *, timeout: float | None = None
    ) -> Payload:
        """2.0.1 SetMonitoringLevel: the station reports only monitor events of this severity or worse (0..9)."""
        cp = self._charger(cp_id, "SetMonitoringLevel", (V201,))
        if not isinstance(severity, int) or not 0 <= severity <= 9:
            raise InvalidRequest(f"SetMonitoringLevel: severity {severity!r} is not 0..9")
        return await cp.request("SetMonitoringLevel", {"severity": severity}, timeout=timeout)

    def reported_monitors(self, cp_id: str) -> list[ReportedMonitor]:
        """The monitors a 2.0.1 station is known to have (its last monitoring report and our accepted Set/Clear
        calls since), ordered by id; empty for a 1.6 charger. Kept in memory only."""
        mem = memory_of(self.server.backend).chargers.get(cp_id)
        return sorted(mem.monitors.known.values(), key=lambda m: m.id) if mem is not None else []

    async def fetch_reported_monitors(self, cp_id: str) -> list[ReportedMonitor]:
        """:meth:`reported_monitors` as a call: what a console attached to another host uses (the monitors are in
        that host's memory)."""
        return self.reported_monitors(cp_id)

    def _monitors(self, cp: ChargePointBase) -> mon.Monitors:
        return memory_of(self.server.backend).charger(cp.id).monitors

    def _remember(
        self, cp: ChargePointBase, source: str, values: list[tuple[Payload, Payload, str, str]]
    ) -> None:
        if values:
            n = memory_of(self.server.backend).charger(cp.id).record_values(values, dt.datetime.now(dt.UTC))
            cp.bus.emit(VariablesReported(cp.id, source, count=n))


_V16_RESET = {"Immediate": "Hard", "OnIdle": "Soft"}  # 2.0.1 reset types, accepted for a 1.6 charger


def _uid_of(cp: ChargePointBase, transaction_id: int) -> str:
    uid = cp.transaction_uid(transaction_id) if isinstance(cp, ChargePoint201) else None
    if uid is None:
        raise InvalidRequest(
            f"session {transaction_id} is not a 2.0.1 transaction this central system follows on "
            f"{cp.id}: pass its transactionId (sessions.transaction_uid) instead"
        )
    return uid
