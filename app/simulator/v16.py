"""OCPP 1.6J: the messages the charger sends and its answers to the central system's operations (Core,
FirmwareManagement, LocalAuthListManagement, Reservation, SmartCharging, RemoteTrigger; with
``ChargerOptions.security_extension`` the Security Whitepaper Ed. 3's ExtendedTriggerMessage, GetLog and
SignedUpdateFirmware, see :mod:`.security`)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

from . import events as ev
from .clock import iso
from .physics import Reading
from .security import SECURITY_KEYS
from .settings import AUTHORIZATION_KEY
from .smart import parse_time
from .state import Connector, Transaction, TxMessage
from .wire import CallError, Reply

if TYPE_CHECKING:
    from .charger import Charger

Payload = dict[str, Any]

TRIGGERS = (
    "BootNotification",
    "DiagnosticsStatusNotification",
    "FirmwareStatusNotification",
    "Heartbeat",
    "MeterValues",
    "StatusNotification",
)
#: ExtendedTriggerMessage's messages (whitepaper MessageTriggerEnumType) a charger with the extension sends besides
#: SignChargePointCertificate (a SignCertificate with a new key pair: :meth:`Ocpp16.sign_certificate`)
EXTENDED_TRIGGERS = (
    "BootNotification",
    "FirmwareStatusNotification",
    "Heartbeat",
    "LogStatusNotification",
    "MeterValues",
    "StatusNotification",
)
LOG_STATUS = {"UploadFailed": "UploadFailure"}  # GetDiagnostics' status name -> LogStatusNotification's


def _number(r: Reading) -> str:
    if r.measurand == "SoC":
        return f"{r.value:.0f}"
    if r.measurand.startswith("Current"):
        return f"{r.value:.2f}"
    return f"{r.value:.1f}"


def sampled(readings: list[Reading], context: str) -> list[Payload]:
    out = []
    for r in readings:
        sv: Payload = {
            "value": _number(r),
            "context": context,
            "format": "Raw",
            "measurand": r.measurand,
            "unit": r.unit,
        }
        if r.phase:
            sv["phase"] = r.phase
        if r.location:
            sv["location"] = r.location
        out.append(sv)
    return out


class Ocpp16:
    version = "1.6"
    subprotocol = "ocpp1.6"

    def __init__(self, charger: Charger) -> None:
        self.ch = charger
        self.handlers: dict[str, Callable[[Payload], Awaitable[Payload | Reply]]] = {
            "CancelReservation": self.on_cancel_reservation,
            "CertificateSigned": self.on_certificate_signed,
            "DeleteCertificate": self.on_delete_certificate,
            "ExtendedTriggerMessage": self.on_extended_trigger_message,
            "GetInstalledCertificateIds": self.on_get_installed_certificate_ids,
            "InstallCertificate": self.on_install_certificate,
            "ChangeAvailability": self.on_change_availability,
            "ChangeConfiguration": self.on_change_configuration,
            "ClearCache": self.on_clear_cache,
            "ClearChargingProfile": self.on_clear_charging_profile,
            "DataTransfer": self.on_data_transfer,
            "GetCompositeSchedule": self.on_get_composite_schedule,
            "GetConfiguration": self.on_get_configuration,
            "GetDiagnostics": self.on_get_diagnostics,
            "GetLocalListVersion": self.on_get_local_list_version,
            "RemoteStartTransaction": self.on_remote_start,
            "RemoteStopTransaction": self.on_remote_stop,
            "ReserveNow": self.on_reserve_now,
            "Reset": self.on_reset,
            "SendLocalList": self.on_send_local_list,
            "SetChargingProfile": self.on_set_charging_profile,
            "TriggerMessage": self.on_trigger_message,
            "UnlockConnector": self.on_unlock_connector,
            "UpdateFirmware": self.on_update_firmware,
        }
        if charger.options.security_extension:
            self.handlers |= {
                "ExtendedTriggerMessage": self.on_extended_trigger_message,
                "GetLog": self.on_get_log,
                "SignedUpdateFirmware": self.on_signed_update_firmware,
            }
        self.log_request_id: int | None = (
            None  # of the GetLog being run (its upload says LogStatusNotification)
        )
        self.firmware_request_id: int | None = None  # of the SignedUpdateFirmware being run

    async def call(self, action: str, payload: Payload) -> Payload:
        from .wire import ConnectionLost

        link = self.ch.link
        if link is None:
            raise ConnectionLost(f"{action}: not connected")
        return await link.call(action, payload)

    @staticmethod
    def describe(action: str, p: Payload) -> str:
        if action == "ChangeConfiguration":
            return f"{p.get('key')}={p.get('value')}"
        if action == "GetConfiguration":
            return ",".join(p.get("key") or []) or "(all keys)"
        if action in ("Reset", "ChangeAvailability"):
            return f"{p.get('type')}" + (f" connector {p['connectorId']}" if "connectorId" in p else "")
        if action in ("TriggerMessage", "ExtendedTriggerMessage"):
            return str(p.get("requestedMessage"))
        if action == "GetLog":
            return f"{p.get('logType')} to {(p.get('log') or {}).get('remoteLocation')}"
        if action == "SignedUpdateFirmware":
            return str((p.get("firmware") or {}).get("location"))
        if action == "RemoteStartTransaction":
            return f"tag {p.get('idTag')}" + (
                f" connector {p['connectorId']}" if p.get("connectorId") else ""
            )
        if action == "RemoteStopTransaction":
            return f"transaction {p.get('transactionId')}"
        if action in ("UpdateFirmware", "GetDiagnostics"):
            return str(p.get("location"))
        return ""

    # --- messages the charger sends ----------------------------------------------------------------

    async def boot(self, reason: str) -> tuple[str, int]:
        ch = self.ch
        payload = {
            "chargePointVendor": ch.options.vendor[:20],
            "chargePointModel": ch.model[:20],
            "chargePointSerialNumber": ch.serial[:25],
            "chargeBoxSerialNumber": ch.serial[:25],
            "firmwareVersion": ch.firmware_version[:50],
            "meterType": ("DC" if ch.options.dc else "AC") + " energy meter",
            "meterSerialNumber": f"{ch.serial}-M"[:25],
        }
        answer = await self.call("BootNotification", payload)
        try:
            return str(answer["status"]), int(answer.get("interval") or 0)
        except (KeyError, TypeError, ValueError):
            raise CallError("FormationViolation", f"BootNotification answer {answer!r}") from None

    async def heartbeat(self) -> None:
        await self.call("Heartbeat", {})

    def status_payload(self, connector_id: int, status: str, error_code: str = "NoError") -> Payload:
        return {
            "connectorId": connector_id,
            "errorCode": error_code,
            "status": status,
            "timestamp": iso(self.ch.clock.now()),
        }

    async def charger_status(self, force: bool = False) -> None:
        if force or self.ch.online.is_set():
            status = "Available" if self.ch.charger_operative else "Unavailable"
            await self.call("StatusNotification", self.status_payload(0, status))

    async def send_status(self, c: Connector) -> None:
        await self.call("StatusNotification", self.status_payload(c.id, c.status, c.error_code))

    async def status_changed(self, c: Connector, old: str) -> None:
        if self.ch.online.is_set():
            await self.send_status(c)

    async def authorize(self, tag: str) -> str:
        answer = await self.call("Authorize", {"idTag": tag})
        return str((answer.get("idTagInfo") or {}).get("status", "Invalid"))

    def start_tx(self, c: Connector, tx: Transaction) -> TxMessage:

        payload: Payload = {
            "connectorId": c.id,
            "idTag": tx.tag,
            "meterStart": round(tx.meter_start_wh),
            "timestamp": iso(tx.started_at),
        }
        if tx.reservation_id is not None:
            payload["reservationId"] = tx.reservation_id

        def answered(answer: Payload) -> None:
            tx.transaction_id = int(answer["transactionId"])
            self.ch.tx_confirmed(c, tx, str((answer.get("idTagInfo") or {}).get("status", "Invalid")))

        return TxMessage(
            "StartTransaction", payload, f"StartTransaction (connector {c.id}, tag {tx.tag})", answered
        )

    def meter_tx(self, c: Connector, tx: Transaction, readings: list[Reading], context: str) -> TxMessage:

        values = [{"timestamp": iso(self.ch.clock.now()), "sampledValue": sampled(readings, context)}]

        def build() -> Payload | None:
            if tx.transaction_id is None:
                return None  # its StartTransaction was never answered: the central system cannot place it
            return {"connectorId": c.id, "transactionId": tx.transaction_id, "meterValue": values}

        return TxMessage("MeterValues", build, f"MeterValues (transaction {tx.label})")

    def stop_tx(self, c: Connector, tx: Transaction, reason: str, end: list[Reading]) -> TxMessage:

        now = self.ch.clock.now()
        data = []
        if tx.begin:
            data.append(
                {"timestamp": iso(tx.started_at), "sampledValue": sampled(tx.begin, "Transaction.Begin")}
            )
        if end:
            data.append({"timestamp": iso(now), "sampledValue": sampled(end, "Transaction.End")})
        meter_stop = round(tx.meter_stop_wh if tx.meter_stop_wh is not None else tx.meter_start_wh)

        def build() -> Payload:
            payload: Payload = {
                "transactionId": tx.transaction_id if tx.transaction_id is not None else -1,
                "meterStop": meter_stop,
                "timestamp": iso(now),
                "reason": reason,
            }
            if reason in ("Local", "DeAuthorized"):
                payload["idTag"] = tx.tag
            if data:
                payload["transactionData"] = data
            return payload

        return TxMessage("StopTransaction", build, f"StopTransaction (transaction {tx.label})")

    async def meter_values_now(self, c: Connector) -> None:
        readings = c.electrics.readings(self.ch.config.csl("MeterValuesSampledData"), c.vehicle)
        payload: Payload = {
            "connectorId": c.id,
            "meterValue": [
                {"timestamp": iso(self.ch.clock.now()), "sampledValue": sampled(readings, "Trigger")}
            ],
        }
        if c.tx is not None and c.tx.transaction_id is not None:
            payload["transactionId"] = c.tx.transaction_id
        await self.call("MeterValues", payload)

    async def inlet_now(self, context: str) -> None:
        readings = self.ch.inlet_readings()
        meter_value = {"timestamp": iso(self.ch.clock.now()), "sampledValue": sampled(readings, context)}
        await self.call("MeterValues", {"connectorId": 0, "meterValue": [meter_value]})

    async def firmware_status(self, status: str) -> None:
        await self.ch.send("FirmwareStatusNotification", {"status": status})

    async def diagnostics_status(self, status: str) -> None:
        if self.log_request_id is None:
            await self.ch.send("DiagnosticsStatusNotification", {"status": status})
            return
        payload: Payload = {"status": LOG_STATUS.get(status, status)}
        if status != "Idle":
            payload["requestId"] = self.log_request_id
        await self.ch.send("LogStatusNotification", payload)

    async def signed_firmware_status(self, status: str) -> None:
        payload: Payload = {"status": status}
        if self.firmware_request_id is not None and status != "Idle":
            payload["requestId"] = self.firmware_request_id
        await self.ch.send("SignedFirmwareStatusNotification", payload)

    # --- operations ----------------------------------------------------------------------------------

    async def on_get_configuration(self, p: Payload) -> Payload:
        entries, unknown = self.ch.config.entries(p.get("key") or None)
        answer: Payload = {"configurationKey": entries}
        if unknown:
            answer["unknownKey"] = unknown
        return answer

    async def on_change_configuration(self, p: Payload) -> Payload:
        status = self.ch.config.change(str(p["key"]), str(p["value"]))
        if status in ("Accepted", "RebootRequired") and p["key"] in SECURITY_KEYS:
            self.ch.security_event("ReconfigurationOfSecurityParameters", str(p["key"]))
        if status in ("Accepted", "RebootRequired"):
            if p["key"] == AUTHORIZATION_KEY and self.ch.config.authorization_key is not None:
                self.ch.options.password = self.ch.config.authorization_key  # used from the next connection
            self.ch.configuration_changed(str(p["key"]))
        return {"status": status}

    async def on_reset(self, p: Payload) -> Payload | Reply:
        if p["type"] not in ("Hard", "Soft"):
            raise CallError("PropertyConstraintViolation", f"Reset type {p['type']!r}")
        status, then = self.ch.reset(p["type"])
        return Reply({"status": status}, then)

    async def on_unlock_connector(self, p: Payload) -> Payload:
        return {"status": self.ch.unlock(int(p["connectorId"]))}

    async def on_change_availability(self, p: Payload) -> Payload | Reply:
        if p["type"] not in ("Inoperative", "Operative"):
            raise CallError("PropertyConstraintViolation", f"ChangeAvailability type {p['type']!r}")
        status, then = self.ch.change_availability(int(p["connectorId"]), p["type"] == "Operative")
        return Reply({"status": status}, then)

    async def on_remote_start(self, p: Payload) -> Payload | Reply:
        connector = p.get("connectorId")
        status, then = self.ch.remote_start(
            int(connector) if connector is not None else None, str(p["idTag"]), p.get("chargingProfile")
        )
        return Reply({"status": status}, then)

    async def on_remote_stop(self, p: Payload) -> Payload:
        c = self.ch.find_tx(p["transactionId"])
        return {
            "status": "Accepted" if c is not None and self.ch.stop_transaction(c, "Remote") else "Rejected"
        }

    async def on_clear_cache(self, p: Payload) -> Payload:
        self.ch.auth_cache.clear()
        return {"status": "Accepted"}

    async def on_data_transfer(self, p: Payload) -> Payload:
        return self.ch.data_transfer(str(p["vendorId"]), p.get("messageId"), p.get("data"))

    async def on_get_local_list_version(self, p: Payload) -> Payload:
        enabled = self.ch.config.flag("LocalAuthListEnabled")
        return {"listVersion": self.ch.local_list_version if enabled else -1}

    async def on_send_local_list(self, p: Payload) -> Payload:
        return {
            "status": self.ch.send_local_list(
                int(p["listVersion"]), str(p["updateType"]), list(p.get("localAuthorizationList") or [])
            )
        }

    async def on_reserve_now(self, p: Payload) -> Payload | Reply:
        expiry = parse_time(p["expiryDate"])
        if expiry is None:
            raise CallError("TypeConstraintViolation", f"expiryDate {p['expiryDate']!r}")
        status, then = self.ch.reserve(
            int(p["connectorId"]), expiry, str(p["idTag"]), p.get("parentIdTag"), int(p["reservationId"])
        )
        return Reply({"status": status}, then)

    async def on_cancel_reservation(self, p: Payload) -> Payload | Reply:
        status, then = self.ch.cancel_reservation(int(p["reservationId"]))
        return Reply({"status": status}, then)

    async def on_set_charging_profile(self, p: Payload) -> Payload:
        self.ch.require_smart_charging("SetChargingProfile")
        return {"status": self.ch.set_profile(int(p["connectorId"]), dict(p["csChargingProfiles"]))}

    async def on_clear_charging_profile(self, p: Payload) -> Payload:
        self.ch.require_smart_charging("ClearChargingProfile")
        return {
            "status": self.ch.clear_profiles(
                p.get("id"), p.get("connectorId"), p.get("chargingProfilePurpose"), p.get("stackLevel")
            )
        }

    async def on_get_composite_schedule(self, p: Payload) -> Payload:
        self.ch.require_smart_charging("GetCompositeSchedule")
        connector_id = int(p["connectorId"])
        schedule = self.ch.composite_schedule(connector_id, int(p["duration"]), p.get("chargingRateUnit"))
        if schedule is None:
            return {"status": "Rejected"}
        return {
            "status": "Accepted",
            "connectorId": connector_id,
            "scheduleStart": iso(self.ch.clock.now()),
            "chargingSchedule": schedule,
        }

    async def on_trigger_message(self, p: Payload) -> Payload | Reply:
        return self._trigger(p, TRIGGERS)

    async def on_extended_trigger_message(self, p: Payload) -> Payload | Reply:
        """Whitepaper "Extended Trigger Message": TriggerMessage's messages, LogStatusNotification (the GetLog
        upload's state) and FirmwareStatusNotification answered with a SignedFirmwareStatusNotification — with
        ``security_extension``; SignChargePointCertificate (a SignCertificate with a new key pair, A02) always;
        without the extension's firmware, TriggerMessage's messages only."""
        if p["requestedMessage"] == "SignChargePointCertificate":
            return Reply({"status": "Accepted"}, self.sign_certificate)
        if self.ch.options.security_extension:
            return self._trigger(p, EXTENDED_TRIGGERS, extended=True)
        if p["requestedMessage"] == "LogStatusNotification":
            return {"status": "NotImplemented"}
        return await self.on_trigger_message(p)

    def _trigger(self, p: Payload, offered: tuple[str, ...], *, extended: bool = False) -> Payload | Reply:
        what = p["requestedMessage"]
        connector_id = p.get("connectorId")
        if what not in offered:
            return {"status": "NotImplemented"}
        if connector_id is not None and connector_id not in self.ch.connectors and connector_id != 0:
            return {"status": "Rejected"}
        targets = [self.ch.connectors[connector_id]] if connector_id else list(self.ch.connectors.values())

        async def send() -> None:
            try:
                await self._send_triggered(what, connector_id, targets, extended)
            except CallError as e:
                self.ch.error(f"{what} (triggered): {e}")
            except Exception as e:  # timeout or connection lost: the trigger is not repeated
                self.ch.error(f"{what} (triggered): {e or type(e).__name__}")

        return Reply({"status": "Accepted"}, send)

    async def _send_triggered(
        self, what: str, connector_id: int | None, targets: list[Connector], extended: bool
    ) -> None:
        ch = self.ch
        if what == "BootNotification":
            await ch.boot_triggered()
        elif what == "Heartbeat":
            await ch.heartbeat()
        elif what == "StatusNotification":
            if connector_id in (None, 0):
                await self.charger_status(force=True)  # asked for: sent even before the gate opens
            for c in targets if connector_id != 0 else []:
                await self.send_status(c)
        elif what == "MeterValues":
            await self._triggered_meter_values(connector_id, targets)
        elif what == "FirmwareStatusNotification":
            state = ch.firmware_state if ch.firmware_state != "Installed" else "Idle"
            if extended:
                await self.signed_firmware_status(state)
            else:
                await self.firmware_status(state)
        elif what == "DiagnosticsStatusNotification":
            await self.ch.send(
                "DiagnosticsStatusNotification",
                {"status": ch.diagnostics_state if ch.diagnostics_state == "Uploading" else "Idle"},
            )
        elif what == "LogStatusNotification":
            uploading = ch.diagnostics_state == "Uploading" and self.log_request_id is not None
            payload: Payload = {"status": "Uploading" if uploading else "Idle"}
            if uploading:
                payload["requestId"] = self.log_request_id
            await self.ch.send("LogStatusNotification", payload)

    async def _triggered_meter_values(self, connector_id: int | None, targets: list[Connector]) -> None:
        inlet = self.ch.options.inlet_base_a is not None
        if connector_id in (None, 0) and inlet:
            await self.inlet_now("Trigger")  # its supply meter is connector 0's
        for c in targets if connector_id != 0 or not inlet else []:
            await self.meter_values_now(c)

    # --- the security extension's certificates (1.6 Security Whitepaper Ed. 3; see .certificates) ------------

    async def sign_certificate(self) -> None:
        """SignCertificate with a new key pair's CSR (A02 when triggered, A03 by itself)."""
        ch = self.ch
        csr = ch.certificates.new_request()
        try:
            answer = await self.call("SignCertificate", {"csr": csr})
        except Exception as e:  # CallError, timeout, connection lost: the request is not repeated
            ch.error(f"SignCertificate: {e or type(e).__name__}")
            return
        status = str(answer.get("status", ""))
        ch.emit(ev.CERTIFICATE, f"SignCertificate: {status}", step="requested", status=status)

    async def on_certificate_signed(self, p: Payload) -> Payload:
        accepted, why = self.ch.certificates.accept_signed(str(p["certificateChain"]))
        step = "accepted" if accepted else "rejected"
        self.ch.emit(
            ev.CERTIFICATE, f"CertificateSigned: {step}{': ' + why if why else ''}", step=step, detail=why
        )
        return {"status": "Accepted" if accepted else "Rejected"}

    async def on_install_certificate(self, p: Payload) -> Payload:
        return {"status": self.ch.certificates.install(p["certificateType"], p["certificate"])}

    async def on_get_installed_certificate_ids(self, p: Payload) -> Payload:
        ids = self.ch.certificates.ids(p["certificateType"])
        return {"status": "Accepted", "certificateHashData": ids} if ids else {"status": "NotFound"}

    async def on_delete_certificate(self, p: Payload) -> Payload:
        return {"status": self.ch.certificates.delete(p["certificateHashData"])}

    async def on_update_firmware(self, p: Payload) -> Reply:
        then = self.ch.update_firmware(
            str(p["location"]), p.get("retrieveDate"), p.get("retries"), p.get("retryInterval")
        )
        return Reply({}, then)

    async def on_get_diagnostics(self, p: Payload) -> Reply:
        self.log_request_id = None  # its upload reports DiagnosticsStatusNotification
        name, then = self.ch.get_diagnostics(str(p["location"]), p.get("retries"), p.get("retryInterval"))
        return Reply({"fileName": name[:255]}, then)

    # --- the security extension (whitepaper use cases N01 and L01) --------------------------------------

    async def on_get_log(self, p: Payload) -> Reply:
        """DiagnosticsLog: the diagnostics file; SecurityLog: the security log. LogStatusNotification with the
        request's requestId follows."""
        self.log_request_id = int(p["requestId"])
        name, content = (
            self.ch.security_log_file() if p["logType"] == "SecurityLog" else self.ch.diagnostics_file()
        )
        location = str(p["log"]["remoteLocation"])
        retries, interval = p.get("retries"), p.get("retryInterval")

        async def start() -> None:
            await self.ch._upload(location, name, content, retries, interval)

        return Reply({"status": "Accepted", "filename": name[:255]}, start)

    async def on_signed_update_firmware(self, p: Payload) -> Payload | Reply:
        """The signing certificate is checked at once (InvalidCertificate, with the security event
        InvalidFirmwareSigningCertificate); the signature after the download (InvalidSignature)."""
        firmware = p["firmware"]
        problem = self.ch.signing_certificate_problem(str(firmware["signingCertificate"]))
        if problem is not None:
            self.ch.security_event("InvalidFirmwareSigningCertificate", problem[:255])
            return {"status": "InvalidCertificate"}
        busy = self.ch.firmware_state in ("Downloading", "Downloaded", "SignatureVerified", "Installing")
        self.firmware_request_id = int(p["requestId"])
        then = self.ch.signed_update_firmware(
            str(firmware["location"]),
            firmware.get("retrieveDateTime"),
            p.get("retries"),
            p.get("retryInterval"),
            str(firmware["signingCertificate"]),
            str(firmware["signature"]),
            self.signed_firmware_status,
        )
        return Reply({"status": "AcceptedCanceled" if busy else "Accepted"}, then)
