"""OCPP 2.0.1: boot, status, authorise, TransactionEvent Started / Updated / Ended with meter values, and the
central system's RequestStart/StopTransaction, Reset, Get/SetVariables, GetBaseReport, ChangeAvailability,
UnlockConnector, TriggerMessage, ClearCache, DataTransfer, GetReport and GetTransactionStatus (:mod:`.reports201`), SendLocalList/GetLocalListVersion, ReserveNow/
CancelReservation (ReservationStatusUpdate when one expires), Set/ClearChargingProfile, GetCompositeSchedule
(the smart charging model of :mod:`.smart`, which reads 1.6-shaped profiles), UpdateFirmware (with
FirmwareStatusNotifications carrying its requestId; signed: :mod:`.security201`), GetLog (upload over HTTP,
LogStatusNotifications) and the certificates of blocks A and M (:mod:`.security201`).
Each connector of the charger is an EVSE with one
connector (``evseId`` = our connector number, ``connectorId`` = 1). The configuration is the 1.6 key set under
its device model names (:data:`.settings.KEYS`)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

from . import reports201, site_limits
from .clock import iso
from .monitoring import monitors
from .physics import Reading
from .security201 import Security201
from .settings import BY_201, Key, data_type
from .smart import parse_time, rate_units
from .state import Connector, Transaction, TxMessage
from .wire import CallError, ConnectionLost, Reply

if TYPE_CHECKING:
    from .charger import Charger

Payload = dict[str, Any]

CONNECTOR_STATUS = {
    "Available": "Available",
    "Preparing": "Occupied",
    "Charging": "Occupied",
    "SuspendedEV": "Occupied",
    "SuspendedEVSE": "Occupied",
    "Finishing": "Occupied",
    "Reserved": "Reserved",
    "Unavailable": "Unavailable",
    "Faulted": "Faulted",
}
CHARGING_STATE = {
    "Preparing": "EVConnected",
    "Charging": "Charging",
    "SuspendedEV": "SuspendedEV",
    "SuspendedEVSE": "SuspendedEVSE",
}
# our (1.6) stop reasons -> (stoppedReason, triggerReason)
STOPPED = {
    "Local": ("Local", "StopAuthorized"),
    "EVDisconnected": ("EVDisconnected", "EVDeparted"),
    "Remote": ("Remote", "RemoteStop"),
    "SoftReset": ("ImmediateReset", "ResetCommand"),
    "HardReset": ("ImmediateReset", "ResetCommand"),
    "Reboot": ("Reboot", "ResetCommand"),
    "UnlockCommand": ("Other", "UnlockCommand"),
    "DeAuthorized": ("DeAuthorized", "Deauthorized"),
    "PowerLoss": ("PowerLoss", "AbnormalCondition"),
    "Other": ("Other", "AbnormalCondition"),
}
TRIGGERS = (
    "BootNotification",
    "Heartbeat",
    "StatusNotification",
    "MeterValues",
    "TransactionEvent",
    "FirmwareStatusNotification",
    "LogStatusNotification",
)
REPORT_PART = 20  # variables per NotifyReport
PURPOSE_16 = {"ChargingStationMaxProfile": "ChargePointMaxProfile"}  # 2.0.1 -> the smart model's (1.6) names
LOG_STATUS = {"UploadFailed": "UploadFailure"}  # the charger's (1.6) diagnostics status -> 2.0.1
FIRMWARE_BUSY = ("Downloading", "Downloaded", "Installing")  # an update in progress


def sampled(readings: list[Reading], context: str) -> list[Payload]:
    out = []
    for r in readings:
        sv: Payload = {
            "value": r.value,
            "context": context,
            "measurand": r.measurand,
            "unitOfMeasure": {"unit": r.unit},
        }
        if r.phase:
            sv["phase"] = r.phase
        if r.location:
            sv["location"] = r.location
        out.append(sv)
    return out


def local_entry_16(entry: Payload) -> Payload:
    """A 2.0.1 AuthorizationData as the 1.6 local list entry the charger keeps."""
    out: Payload = {"idTag": entry["idToken"]["idToken"]}
    info = entry.get("idTokenInfo")
    if info:
        tag_info: Payload = {"status": info["status"]}
        if info.get("cacheExpiryDateTime"):
            tag_info["expiryDate"] = info["cacheExpiryDateTime"]
        if info.get("groupIdToken"):
            tag_info["parentIdTag"] = info["groupIdToken"]["idToken"]
        out["idTagInfo"] = tag_info
    return out


def profile_16(p: Payload) -> Payload:
    """A 2.0.1 ChargingProfile in the 1.6 shape the smart charging model reads."""
    schedules = p.get("chargingSchedule") or [{}]
    s = schedules[0]
    purpose = p["chargingProfilePurpose"]
    out: Payload = {
        "chargingProfileId": p["id"],
        "stackLevel": p["stackLevel"],
        "chargingProfilePurpose": PURPOSE_16.get(purpose, purpose),
        "chargingProfileKind": p["chargingProfileKind"],
        "chargingSchedule": {
            k: s[k]
            for k in ("duration", "startSchedule", "chargingRateUnit", "chargingSchedulePeriod")
            if k in s
        },
    }
    for k in ("recurrencyKind", "validFrom", "validTo", "transactionId"):
        if k in p:
            out[k] = p[k]
    return out


class Ocpp201:
    version = "2.0.1"
    subprotocol = "ocpp2.0.1"

    def __init__(self, charger: Charger) -> None:
        self.ch = charger
        self.security = Security201(self)  # certificates (A, M) and signed firmware (L01)
        self.sign_certificate = self.security.sign_certificate  # A03 at boot (the connection asks for it)
        self.handlers: dict[str, Callable[[Payload], Awaitable[Payload | Reply]]] = {
            "ChangeAvailability": self.on_change_availability,
            "ClearCache": self.on_clear_cache,
            "DataTransfer": self.on_data_transfer,
            "GetBaseReport": self.on_get_base_report,
            "GetVariables": self.on_get_variables,
            "RequestStartTransaction": self.on_request_start,
            "RequestStopTransaction": self.on_request_stop,
            "Reset": self.on_reset,
            "SetVariables": self.on_set_variables,
            "TriggerMessage": self.security.on_trigger_message,
            "UnlockConnector": self.on_unlock_connector,
            "SendLocalList": self.on_send_local_list,
            "GetLocalListVersion": self.on_get_local_list_version,
            "ReserveNow": self.on_reserve_now,
            "CancelReservation": self.on_cancel_reservation,
            "SetChargingProfile": self.on_set_charging_profile,
            "ClearChargingProfile": self.on_clear_charging_profile,
            "GetCompositeSchedule": self.on_get_composite_schedule,
            "UpdateFirmware": self.security.on_update_firmware,
            "GetLog": self.on_get_log,
            "CertificateSigned": self.security.on_certificate_signed,
            "InstallCertificate": self.security.on_install_certificate,
            "GetInstalledCertificateIds": self.security.on_get_installed_certificate_ids,
            "DeleteCertificate": self.security.on_delete_certificate,
            "GetChargingProfiles": lambda p: site_limits.on_get_charging_profiles(self, p),
            "SetVariableMonitoring": monitors(charger).on_set_variable_monitoring,
            "ClearVariableMonitoring": monitors(charger).on_clear_variable_monitoring,
            "GetMonitoringReport": monitors(charger).on_get_monitoring_report,
            "SetMonitoringBase": monitors(charger).on_set_monitoring_base,
            "SetMonitoringLevel": monitors(charger).on_set_monitoring_level,
            "GetReport": lambda p: reports201.on_get_report(self, p),
            "GetTransactionStatus": lambda p: reports201.on_get_transaction_status(self, p),
        }
        self._remote_ids: set[int] = set()
        self.firmware_request_id: int | None = None  # of the UpdateFirmware being run
        self.log_request_id: int | None = None  # of the GetLog being run

    async def call(self, action: str, payload: Payload) -> Payload:
        link = self.ch.link
        if link is None:
            raise ConnectionLost(f"{action}: not connected")
        return await link.call(action, payload)

    @staticmethod
    def describe(action: str, p: Payload) -> str:
        if action in ("GetVariables", "SetVariables"):
            items = p.get("getVariableData") or p.get("setVariableData") or []
            return ", ".join(
                f"{i['component']['name']}.{i['variable']['name']}"
                + (f"={i['attributeValue']}" if "attributeValue" in i else "")
                for i in items
            )
        if action == "Reset":
            return str(p.get("type"))
        if action == "RequestStartTransaction":
            return f"tag {(p.get('idToken') or {}).get('idToken')}"
        if action == "RequestStopTransaction":
            return f"transaction {p.get('transactionId')}"
        if action == "TriggerMessage":
            return str(p.get("requestedMessage"))
        if action == "UpdateFirmware":
            return str((p.get("firmware") or {}).get("location"))
        if action == "GetLog":
            return str((p.get("log") or {}).get("remoteLocation"))
        if action == "SetChargingProfile":
            profile = p.get("chargingProfile") or {}
            return f"#{profile.get('id')} {profile.get('chargingProfilePurpose')} on EVSE {p.get('evseId')}"
        if action == "ReserveNow":
            return f"#{p.get('id')} for {(p.get('idToken') or {}).get('idToken')}"
        return ""

    # --- messages the station sends ----------------------------------------------------------------

    async def boot(self, reason: str) -> tuple[str, int]:
        ch = self.ch
        station = {
            "model": ch.model[:20],
            "vendorName": ch.options.vendor[:50],
            "serialNumber": ch.serial[:25],
            "firmwareVersion": ch.firmware_version[:50],
        }
        answer = await self.call("BootNotification", {"chargingStation": station, "reason": reason})
        try:
            return str(answer["status"]), int(answer.get("interval") or 0)
        except (KeyError, TypeError, ValueError):
            raise CallError("FormatViolation", f"BootNotification answer {answer!r}") from None

    async def heartbeat(self) -> None:
        await self.call("Heartbeat", {})

    def _status(self, c: Connector) -> Payload:
        return {
            "timestamp": iso(self.ch.clock.now()),
            "connectorStatus": CONNECTOR_STATUS[c.status],
            "evseId": c.id,
            "connectorId": 1,
        }

    async def charger_status(self, force: bool = False) -> None:
        return None  # 2.0.1 has no status of the station itself: its EVSEs report

    async def send_status(self, c: Connector) -> None:
        await self.call("StatusNotification", self._status(c))

    async def status_changed(self, c: Connector, old: str) -> None:
        tx = c.tx
        state, before = CHARGING_STATE.get(c.status), CHARGING_STATE.get(old)
        if tx is not None and state is not None and before is not None and state != before:
            self.ch.queue.put(self._event(c, tx, "Updated", "ChargingStateChanged", charging_state=state))
        if CONNECTOR_STATUS[c.status] != CONNECTOR_STATUS.get(old) and self.ch.online.is_set():
            await self.call("StatusNotification", self._status(c))

    async def authorize(self, tag: str) -> str:
        answer = await self.call("Authorize", {"idToken": {"idToken": tag, "type": "ISO14443"}})
        return str((answer.get("idTokenInfo") or {}).get("status", "Invalid"))

    def _event(
        self,
        c: Connector,
        tx: Transaction,
        event_type: str,
        trigger: str,
        *,
        readings: list[Reading] | None = None,
        context: str = "Sample.Periodic",
        charging_state: str | None = None,
        stopped_reason: str | None = None,
        id_token: bool = False,
    ) -> TxMessage:

        now = self.ch.clock.now()
        info: Payload = {"transactionId": tx.uid}
        if charging_state:
            info["chargingState"] = charging_state
        if stopped_reason:
            info["stoppedReason"] = stopped_reason
        if event_type == "Started" and tx.remote_start_id is not None:
            info["remoteStartId"] = tx.remote_start_id
        payload: Payload = {
            "eventType": event_type,
            "timestamp": iso(now),
            "triggerReason": trigger,
            "seqNo": tx.next_seq(),
            "transactionInfo": info,
            "evse": {"id": c.id, "connectorId": 1},
        }
        if not self.ch.online.is_set():
            payload["offline"] = True
        if id_token:
            payload["idToken"] = {"idToken": tx.tag, "type": "ISO14443"}
        if event_type == "Started" and tx.reservation_id is not None:
            payload["reservationId"] = tx.reservation_id
        if readings:
            payload["meterValue"] = [{"timestamp": iso(now), "sampledValue": sampled(readings, context)}]
        return TxMessage(
            "TransactionEvent",
            payload,
            f"TransactionEvent {event_type} #{payload['seqNo']} (transaction {tx.uid})",
        )

    def start_tx(self, c: Connector, tx: Transaction) -> TxMessage:
        trigger = "RemoteStart" if tx.remote_start_id is not None else "Authorized"
        message = self._event(
            c,
            tx,
            "Started",
            trigger,
            readings=tx.begin,
            context="Transaction.Begin",
            charging_state="EVConnected",
            id_token=True,
        )

        def answered(answer: Payload) -> None:
            self.ch.tx_confirmed(c, tx, str((answer.get("idTokenInfo") or {}).get("status", "Accepted")))

        message.on_answer = answered
        return message

    def meter_tx(self, c: Connector, tx: Transaction, readings: list[Reading], context: str) -> TxMessage:
        return self._event(
            c,
            tx,
            "Updated",
            "MeterValuePeriodic",
            readings=readings,
            context=context,
            charging_state=CHARGING_STATE.get(c.status),
        )

    def stop_tx(self, c: Connector, tx: Transaction, reason: str, end: list[Reading]) -> TxMessage:
        stopped, trigger = STOPPED.get(reason, ("Other", "AbnormalCondition"))
        return self._event(
            c,
            tx,
            "Ended",
            trigger,
            readings=end,
            context="Transaction.End",
            stopped_reason=stopped,
            id_token=reason in ("Local", "DeAuthorized"),
            charging_state="Idle" if reason == "EVDisconnected" else "EVConnected",
        )

    async def inlet_now(self, context: str) -> None:
        readings = self.ch.inlet_readings()
        meter_value = {"timestamp": iso(self.ch.clock.now()), "sampledValue": sampled(readings, context)}
        await self.call("MeterValues", {"evseId": 0, "meterValue": [meter_value]})

    async def firmware_status(self, status: str) -> None:
        payload: Payload = {"status": status}
        if self.firmware_request_id is not None and status != "Idle":
            payload["requestId"] = self.firmware_request_id
        await self.ch.send("FirmwareStatusNotification", payload)

    async def diagnostics_status(self, status: str) -> None:
        payload: Payload = {"status": LOG_STATUS.get(status, status)}
        if self.log_request_id is not None and status != "Idle":
            payload["requestId"] = self.log_request_id
        await self.ch.send("LogStatusNotification", payload)

    async def reservation_expired(self, reservation_id: int, status: str = "Expired") -> None:
        await self.ch.send(
            "ReservationStatusUpdate",
            {"reservationId": reservation_id, "reservationUpdateStatus": status},
            attempts=1,
        )

    async def reservation_removed(self, reservation_id: int) -> None:
        """A reservation the station dropped itself (a reboot): H01 ReservationStatusUpdate Removed."""
        await self.reservation_expired(reservation_id, "Removed")

    # --- the device model ----------------------------------------------------------------------------

    def _extras(self) -> dict[tuple[str, str, str | None], str]:
        ch = self.ch
        profile = "2" if ch.url.startswith("wss:") else "1" if ch.options.password else "0"
        return {
            ("ChargingStation", "Model", None): ch.model,
            ("ChargingStation", "VendorName", None): ch.options.vendor,
            ("ChargingStation", "SupplyPhases", None): "0" if ch.options.dc else "3",
            ("SecurityCtrlr", "SecurityProfile", None): profile,
            ("SmartChargingCtrlr", "Available", None): "true" if ch.smart_charging else "false",
            ("SmartChargingCtrlr", "Enabled", None): "true" if ch.smart_charging else "false",
        }

    def _value(self, key: Key) -> str:
        """A key's value as 2.0.1 writes it (RateUnit is "A,W", where 1.6 says "Current,Power")."""
        if key.name == "ChargingScheduleAllowedChargingRateUnit":
            return ",".join(sorted(rate_units(self.ch.config.csl(key.name))))
        return self.ch.config.get(key.name)

    def _lookup(self, component: Payload, variable: Payload) -> tuple[str, Key | None, str | None]:
        name = (component.get("name"), variable.get("name"), variable.get("instance"))
        key = BY_201.get(name)  # type: ignore[arg-type]
        if key is not None:
            return "Accepted", key, self._value(key)
        extras = self._extras()
        if name in extras:
            return "Accepted", None, extras[name]
        components = {k[0] for k in BY_201} | {k[0] for k in extras}
        return ("UnknownVariable" if name[0] in components else "UnknownComponent"), None, None

    async def on_get_variables(self, p: Payload) -> Payload:
        results = []
        for item in p["getVariableData"]:
            attribute = item.get("attributeType", "Actual")
            status, _, value = self._lookup(item["component"], item["variable"])
            if status == "Accepted" and attribute != "Actual":
                status, value = "NotSupportedAttributeType", None
            result: Payload = {
                "attributeStatus": status,
                "attributeType": attribute,
                "component": item["component"],
                "variable": item["variable"],
            }
            if value is not None:
                result["attributeValue"] = value[:2500]
            results.append(result)
        return {"getVariableResult": results}

    async def on_set_variables(self, p: Payload) -> Payload:
        results = []
        for item in p["setVariableData"]:
            attribute = item.get("attributeType", "Actual")
            status, key, _ = self._lookup(item["component"], item["variable"])
            if status == "Accepted":
                if attribute != "Actual":
                    status = "NotSupportedAttributeType"
                elif key is None:
                    status = "Rejected"  # the read-only extras
                else:
                    status = self.ch.config.change(key.name, str(item["attributeValue"]))
                    if status in ("Accepted", "RebootRequired"):
                        self.ch.configuration_changed(key.name)
            results.append(
                {
                    "attributeStatus": status,
                    "attributeType": attribute,
                    "component": item["component"],
                    "variable": item["variable"],
                }
            )
        return {"setVariableResult": results}

    def report(self, base: str) -> list[Payload]:
        data = []
        for (component, variable, instance), key in BY_201.items():
            if base == "ConfigurationInventory" and key.readonly:
                continue
            var: Payload = {"name": variable}
            if instance:
                var["instance"] = instance
            characteristics: Payload = {"dataType": data_type(key), "supportsMonitoring": False}
            if key.unit:
                characteristics["unit"] = key.unit
            data.append(
                {
                    "component": {"name": component},
                    "variable": var,
                    "variableAttribute": [
                        {
                            "type": "Actual",
                            "value": self._value(key)[:2500],
                            "mutability": "ReadOnly" if key.readonly else "ReadWrite",
                        }
                    ],
                    "variableCharacteristics": characteristics,
                }
            )
        if base != "ConfigurationInventory":
            for (component, variable, _), value in self._extras().items():
                data.append(
                    {
                        "component": {"name": component},
                        "variable": {"name": variable},
                        "variableAttribute": [{"type": "Actual", "value": value, "mutability": "ReadOnly"}],
                        "variableCharacteristics": {"dataType": "string", "supportsMonitoring": False},
                    }
                )
        return data

    async def on_get_base_report(self, p: Payload) -> Payload | Reply:
        base = p["reportBase"]
        if base not in ("ConfigurationInventory", "FullInventory", "SummaryInventory"):
            return {"status": "NotSupported"}
        request_id = int(p["requestId"])
        return Reply({"status": "Accepted"}, lambda: self.send_report(request_id, self.report(base)))

    async def send_report(self, request_id: int, data: list[Payload]) -> None:
        """``data`` in NotifyReport parts of :data:`REPORT_PART` items (GetBaseReport, GetReport)."""
        parts = [data[i : i + REPORT_PART] for i in range(0, len(data), REPORT_PART)] or [[]]
        for n, part in enumerate(parts):
            payload: Payload = {
                "requestId": request_id,
                "generatedAt": iso(self.ch.clock.now()),
                "seqNo": n,
                "tbc": n < len(parts) - 1,
            }
            if part:
                payload["reportData"] = part
            if await self.ch.send("NotifyReport", payload, attempts=1) is None:
                return

    # --- operations ----------------------------------------------------------------------------------

    async def on_request_start(self, p: Payload) -> Payload | Reply:
        profile = p.get("chargingProfile")
        evse = p.get("evseId")
        status, then = self.ch.remote_start(
            int(evse) if evse is not None else None,
            str(p["idToken"]["idToken"]),
            profile_16(profile) if profile else None,
            int(p["remoteStartId"]),
        )
        return Reply({"status": status}, then)

    async def on_request_stop(self, p: Payload) -> Payload:
        c = self.ch.find_tx(p["transactionId"])
        return {
            "status": "Accepted" if c is not None and self.ch.stop_transaction(c, "Remote") else "Rejected"
        }

    async def on_reset(self, p: Payload) -> Payload | Reply:
        if p["type"] not in ("Immediate", "OnIdle"):
            raise CallError("PropertyConstraintViolation", f"Reset type {p['type']!r}")
        if p.get("evseId") is not None:
            return {"status": "Rejected"}  # resetting a single EVSE is not supported
        status, then = self.ch.reset(p["type"])
        return Reply({"status": status}, then)

    async def on_change_availability(self, p: Payload) -> Payload | Reply:
        evse = (p.get("evse") or {}).get("id", 0)
        status, then = self.ch.change_availability(int(evse), p["operationalStatus"] == "Operative")
        return Reply({"status": status}, then)

    async def on_unlock_connector(self, p: Payload) -> Payload:
        c = self.ch.connectors.get(int(p["evseId"]))
        if c is None or int(p["connectorId"]) != 1:
            return {"status": "UnknownConnector"}
        if c.tx is not None:
            return {"status": "OngoingAuthorizedTransaction"}
        return {"status": "Unlocked"}

    async def on_clear_cache(self, p: Payload) -> Payload:
        self.ch.auth_cache.clear()
        return {"status": "Accepted"}

    async def on_data_transfer(self, p: Payload) -> Payload:
        return self.ch.data_transfer(str(p["vendorId"]), p.get("messageId"), p.get("data"))

    async def on_trigger_message(self, p: Payload) -> Payload | Reply:
        what = p["requestedMessage"]
        evse = (p.get("evse") or {}).get("id")
        if what not in TRIGGERS:
            return {"status": "NotImplemented"}
        # a charger that measures its supply reports it as evse 0's MeterValues
        inlet = what == "MeterValues" and evse in (None, 0) and self.ch.options.inlet_base_a is not None
        if evse is not None and evse not in self.ch.connectors and not inlet:
            return {"status": "Rejected"}
        targets = (
            [self.ch.connectors[evse]] if evse else list(self.ch.connectors.values()) if evse is None else []
        )

        async def send() -> None:
            try:
                if inlet:
                    await self.inlet_now("Trigger")
                await self._send_triggered(what, targets)
            except CallError as e:
                self.ch.error(f"{what} (triggered): {e}")
            except Exception as e:  # timeout or connection lost: the trigger is not repeated
                self.ch.error(f"{what} (triggered): {e or type(e).__name__}")

        return Reply({"status": "Accepted"}, send)

    async def _send_triggered(self, what: str, targets: list[Connector]) -> None:
        ch = self.ch
        if what == "BootNotification":
            await ch.boot_triggered()
        elif what == "Heartbeat":
            await ch.heartbeat()
        elif what == "StatusNotification":
            for c in targets:
                await self.call("StatusNotification", self._status(c))
        elif what == "MeterValues":
            for c in targets:
                await self._triggered_meter_values(c)
        elif what == "TransactionEvent":
            for c in targets:
                self._queue_triggered_event(c)
        elif what == "FirmwareStatusNotification":  # the update in progress, else Idle
            await self.firmware_status(ch.firmware_state if ch.firmware_state in FIRMWARE_BUSY else "Idle")
        elif what == "LogStatusNotification":
            await self.diagnostics_status(
                ch.diagnostics_state if ch.diagnostics_state == "Uploading" else "Idle"
            )

    async def _triggered_meter_values(self, c: Connector) -> None:
        readings = c.electrics.readings(self.ch.config.csl("MeterValuesSampledData"), c.vehicle)
        meter_value = {"timestamp": iso(self.ch.clock.now()), "sampledValue": sampled(readings, "Trigger")}
        await self.call("MeterValues", {"evseId": c.id, "meterValue": [meter_value]})

    def _queue_triggered_event(self, c: Connector) -> None:
        if c.tx is None:
            return
        readings = c.electrics.readings(self.ch.config.csl("MeterValuesSampledData"), c.vehicle)
        self.ch.queue.put(
            self._event(
                c,
                c.tx,
                "Updated",
                "Trigger",
                readings=readings,
                context="Trigger",
                charging_state=CHARGING_STATE.get(c.status),
            )
        )

    # --- local list, reservations ----------------------------------------------------------------------

    async def on_send_local_list(self, p: Payload) -> Payload:
        entries = [local_entry_16(e) for e in p.get("localAuthorizationList") or ()]
        status = self.ch.send_local_list(int(p["versionNumber"]), str(p["updateType"]), entries)
        if (
            status == "NotSupported"
        ):  # no such 2.0.1 status: a station without LocalAuthListCtrlr refuses the call
            raise CallError(
                "NotSupported", "the local authorization list is disabled (LocalAuthListCtrlr.Enabled)"
            )
        return {"status": status}

    async def on_get_local_list_version(self, p: Payload) -> Payload:
        enabled = self.ch.config.flag("LocalAuthListEnabled")
        return {"versionNumber": self.ch.local_list_version if enabled else 0}

    async def on_reserve_now(self, p: Payload) -> Payload | Reply:
        expiry = parse_time(p["expiryDateTime"])
        if expiry is None:
            raise CallError("TypeConstraintViolation", f"expiryDateTime {p['expiryDateTime']!r}")
        group = (p.get("groupIdToken") or {}).get("idToken")
        status, then = self.ch.reserve(
            int(p.get("evseId") or 0), expiry, str(p["idToken"]["idToken"]), group, int(p["id"])
        )
        return Reply({"status": status}, then)

    async def on_cancel_reservation(self, p: Payload) -> Payload | Reply:
        status, then = self.ch.cancel_reservation(int(p["reservationId"]))
        return Reply({"status": status}, then)

    # --- smart charging --------------------------------------------------------------------------------

    async def on_set_charging_profile(self, p: Payload) -> Payload:
        self.ch.require_smart_charging("SetChargingProfile")
        return {"status": self.ch.set_profile(int(p["evseId"]), profile_16(p["chargingProfile"]), uid=True)}

    async def on_clear_charging_profile(self, p: Payload) -> Payload:
        self.ch.require_smart_charging("ClearChargingProfile")
        criteria = p.get("chargingProfileCriteria") or {}
        purpose = criteria.get("chargingProfilePurpose")
        return {
            "status": self.ch.clear_profiles(
                p.get("chargingProfileId"),
                criteria.get("evseId"),
                PURPOSE_16.get(purpose, purpose) if purpose else None,
                criteria.get("stackLevel"),
            )
        }

    async def on_get_composite_schedule(self, p: Payload) -> Payload:
        self.ch.require_smart_charging("GetCompositeSchedule")
        evse = int(p["evseId"])
        schedule = self.ch.composite_schedule(evse, int(p["duration"]), p.get("chargingRateUnit"))
        if schedule is None:
            return {"status": "Rejected"}
        return {
            "status": "Accepted",
            "schedule": {
                "evseId": evse,
                "duration": schedule["duration"],
                "scheduleStart": iso(self.ch.clock.now()),
                "chargingRateUnit": schedule["chargingRateUnit"],
                "chargingSchedulePeriod": schedule["chargingSchedulePeriod"],
            },
        }

    # --- firmware and logs -----------------------------------------------------------------------------

    async def on_update_firmware(self, p: Payload) -> Reply:
        firmware = p["firmware"]
        busy = self.ch.firmware_state in FIRMWARE_BUSY
        self.firmware_request_id = int(p["requestId"])
        then = self.ch.update_firmware(
            str(firmware["location"]),
            firmware.get("retrieveDateTime"),
            p.get("retries"),
            p.get("retryInterval"),
        )
        return Reply({"status": "AcceptedCanceled" if busy else "Accepted"}, then)

    async def on_get_log(self, p: Payload) -> Reply:
        self.log_request_id = int(p["requestId"])
        name, then = self.ch.get_diagnostics(
            str(p["log"]["remoteLocation"]), p.get("retries"), p.get("retryInterval")
        )
        return Reply({"status": "Accepted", "filename": name[:255]}, then)
