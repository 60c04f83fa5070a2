"""OCPP 1.6J: the messages a charge point sends, translated to :class:`~app.ocpp.backend.Backend` calls.

Each handler receives the validated camelCase payload and returns the camelCase reply. Timestamps the charger
cannot be right about (far ahead, or years back after an RTC reset) are replaced by our receive time and the
transaction is flagged; missing optional fields get their 1.6 defaults.
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import Any

from ocpp.v16 import call as v16_call
from ocpp.v16 import call_result as v16_call_result
from ocpp.v16.enums import Action

from ..backend import BootInfo, IdTagInfo, MeterReport, Sample, StartTx, StatusReport, StopTx
from ..chargepoint import CallContext, ChargePointBase, handles
from ..frames import V16_ERRORS, FrameError
from ..v201.mapping import LOG_STATUS
from ..values import SAMPLE_DROPPING_ACTIONS, default_unit, finite, iso, normalise

log = logging.getLogger(__name__)

# Messages a 1.6 charger retries by itself when unanswered (§3.7): during a database outage they get no answer.
TRANSACTION_ACTIONS = frozenset({"StartTransaction", "StopTransaction"})

# What a charger nobody accepted hears (nothing is stored, no handler runs): the message's own refusal where it
# has one (the card is refused, no charge starts: transactionId 0 is never a session; a DataTransfer Rejected), an
# empty acknowledgement for the transaction messages a 1.6 charger would otherwise retry until it drops them
# (§3.7) with its queue blocked meanwhile; every other action gets a SecurityError CallError.
PENDING_REPLIES: dict[str, dict[str, Any]] = {
    "Authorize": {"idTagInfo": {"status": "Invalid"}},
    "StartTransaction": {"transactionId": 0, "idTagInfo": {"status": "Invalid"}},
    "StopTransaction": {},
    "MeterValues": {},
    "DataTransfer": {"status": "Rejected"},
}


def id_tag_info(info: IdTagInfo) -> dict[str, Any]:
    body: dict[str, Any] = {"status": info.status}
    if info.expiry_date is not None:
        body["expiryDate"] = iso(info.expiry_date)
    if info.parent_id_tag and len(info.parent_id_tag) <= 20:  # a 2.0.1-length group id does not fit 1.6
        body["parentIdTag"] = info.parent_id_tag
    return body


class ChargePoint16(ChargePointBase):
    """A charger speaking OCPP 1.6J."""

    version = "1.6"
    subprotocol = "ocpp1.6"
    codes = V16_ERRORS
    known_actions = frozenset(a.value for a in Action)
    _call = v16_call  # the package's modules, for the package-compatible call()
    _call_result = v16_call_result
    _ocpp_version = "1.6"

    def pending_reply(self, action: str, payload: dict[str, Any]) -> dict[str, Any] | None:
        return PENDING_REPLIES.get(action)

    def is_transaction_message(self, action: str, payload: dict[str, Any]) -> bool:
        if action in TRANSACTION_ACTIONS:
            return True
        return action == "MeterValues" and payload.get("transactionId") is not None

    # --- helpers ---------------------------------------------------------------------------------------

    def _samples(
        self,
        meter_values: list[dict[str, Any]] | None,
        ctx: CallContext,
        default_context: str = "Sample.Periodic",
    ) -> tuple[Sample, ...]:
        out: list[Sample] = []
        for mv in meter_values or ():
            ts, _ = self._time(mv.get("timestamp"), ctx, "timestamp")
            for sv in mv.get("sampledValue") or ():
                sample = self._sample(sv, ts, ctx, default_context)
                if sample is not None:
                    out.append(sample)
        return tuple(out)

    def _sample(
        self, sv: dict[str, Any], ts: dt.datetime, ctx: CallContext, default_context: str
    ) -> Sample | None:
        measurand = sv.get("measurand") or "Energy.Active.Import.Register"
        if sv.get("format") == "SignedData":
            return None  # a signed blob, not a number: kept in the message log only
        raw = sv.get("value")
        try:
            number = float(raw)  # type: ignore[arg-type]
        except (TypeError, ValueError):
            if ctx.lenient:
                log.info(
                    "%s (lenient): %s value %r of %s is not a number; skipped",
                    self.id,
                    ctx.action,
                    raw,
                    measurand,
                )
                return None
            raise FrameError(
                self.codes.property, f"{ctx.action}: sampled value {raw!r} is not a number", ctx.message_id
            ) from None
        value, unit = normalise(number, sv.get("unit") or default_unit(measurand))
        if not finite(value):
            if ctx.lenient or ctx.action in SAMPLE_DROPPING_ACTIONS:
                log.warning(
                    "%s: %s value %r of %s is not a finite number; sample dropped",
                    self.id,
                    ctx.action,
                    raw,
                    measurand,
                )
                return None
            raise FrameError(
                self.codes.property,
                f"{ctx.action}: sampled value {raw!r} is not a finite number",
                ctx.message_id,
            )
        return Sample(
            ts,
            value,
            measurand,
            unit,
            sv.get("phase"),
            sv.get("context") or default_context,
            sv.get("location"),
        )

    # --- messages --------------------------------------------------------------------------------------

    @handles("BootNotification")
    async def on_boot_notification(self, p: dict[str, Any], ctx: CallContext) -> dict[str, Any]:
        serial = p.get("chargePointSerialNumber") or p.get("chargeBoxSerialNumber") or ""
        boot = BootInfo(
            vendor=p["chargePointVendor"],
            model=p["chargePointModel"],
            serial_number=serial,
            charge_box_serial_number=p.get("chargeBoxSerialNumber") or "",
            firmware_version=p.get("firmwareVersion") or "",
            iccid=p.get("iccid") or "",
            imsi=p.get("imsi") or "",
            meter_type=p.get("meterType") or "",
            meter_serial_number=p.get("meterSerialNumber") or "",
        )
        result = await self.backend.boot(self.id, boot)
        return {"status": result.status, "currentTime": iso(result.current_time), "interval": result.interval}

    @handles("Heartbeat")
    async def on_heartbeat(self, p: dict[str, Any], ctx: CallContext) -> dict[str, Any]:
        return {"currentTime": iso(await self.backend.heartbeat(self.id))}

    @handles("StatusNotification")
    async def on_status_notification(self, p: dict[str, Any], ctx: CallContext) -> dict[str, Any]:
        ts, _ = self._time(p.get("timestamp"), ctx, "timestamp", required=False)
        report = StatusReport(
            connector_id=p["connectorId"],
            status=p["status"],
            error_code=p["errorCode"],
            timestamp=ts,
            info=p.get("info") or "",
            vendor_id=p.get("vendorId") or "",
            vendor_error_code=p.get("vendorErrorCode") or "",
        )
        await self.backend.status(self.id, report)
        return {}

    @handles("Authorize")
    async def on_authorize(self, p: dict[str, Any], ctx: CallContext) -> dict[str, Any]:
        info = await self.backend.authorize(self.id, p["idTag"], None)
        return {"idTagInfo": id_tag_info(info)}

    @handles("StartTransaction")
    async def on_start_transaction(self, p: dict[str, Any], ctx: CallContext) -> dict[str, Any]:
        ts, skewed = self._time(p["timestamp"], ctx, "timestamp")
        tx = StartTx(
            connector_id=p["connectorId"],
            id_tag=p["idTag"],
            meter_start_wh=float(p["meterStart"]),
            timestamp=ts,
            reservation_id=p.get("reservationId"),
            clock_skew=skewed,
        )
        result = await self.backend.start_transaction(self.id, tx)
        return {"transactionId": result.transaction_id, "idTagInfo": id_tag_info(result.id_tag_info)}

    @handles("StopTransaction")
    async def on_stop_transaction(self, p: dict[str, Any], ctx: CallContext) -> dict[str, Any]:
        ts, skewed = self._time(p["timestamp"], ctx, "timestamp")
        tx = StopTx(
            transaction_id=p["transactionId"],
            meter_stop_wh=float(p["meterStop"]),
            timestamp=ts,
            reason=p.get("reason") or "Local",
            id_tag=p.get("idTag"),
            clock_skew=skewed,
            samples=self._samples(p.get("transactionData"), ctx, "Transaction.End"),
        )
        result = await self.backend.stop_transaction(self.id, tx)
        return {"idTagInfo": id_tag_info(result.id_tag_info)} if result.id_tag_info is not None else {}

    @handles("MeterValues")
    async def on_meter_values(self, p: dict[str, Any], ctx: CallContext) -> dict[str, Any]:
        report = MeterReport(
            connector_id=p["connectorId"],
            samples=self._samples(p.get("meterValue"), ctx),
            transaction_id=p.get("transactionId"),
        )
        await self.backend.meter_values(self.id, report)
        return {}

    @handles("DataTransfer")
    async def on_data_transfer(self, p: dict[str, Any], ctx: CallContext) -> dict[str, Any]:
        result = await self.backend.data_transfer(self.id, p["vendorId"], p.get("messageId"), p.get("data"))
        body: dict[str, Any] = {"status": result.status}
        if result.data is not None:
            body["data"] = result.data
        return body

    @handles("DiagnosticsStatusNotification")
    async def on_diagnostics_status(self, p: dict[str, Any], ctx: CallContext) -> dict[str, Any]:
        await self.backend.diagnostics_status(self.id, p["status"])
        return {}

    @handles("SecurityEventNotification")
    async def on_security_event(self, p: dict[str, Any], ctx: CallContext) -> dict[str, Any]:
        # the 1.6 security extension (OCPP 1.6 Security Whitepaper): the same message as 2.0.1
        ts, _ = self._time(p["timestamp"], ctx, "timestamp")
        await self.backend.security_event(self.id, p["type"], ts, p.get("techInfo") or "")
        return {}

    @handles("SignCertificate")
    async def on_sign_certificate(self, p: dict[str, Any], ctx: CallContext) -> dict[str, Any]:
        # 1.6 Security Whitepaper Ed. 3, use cases A02/A03: the charger's CSR; CertificateSigned follows the answer
        answer = await self.backend.sign_certificate(self.id, p["csr"])
        if answer.then is not None:
            ctx.after_reply.append(answer.then)
        return {"status": answer.status}

    @handles("FirmwareStatusNotification")
    async def on_firmware_status(self, p: dict[str, Any], ctx: CallContext) -> dict[str, Any]:
        await self.backend.firmware_status(self.id, p["status"])
        return {}

    # --- the security extension's status notifications (OCPP 1.6 Security Whitepaper Ed. 3) -----------------

    @handles("LogStatusNotification")
    async def on_log_status(self, p: dict[str, Any], ctx: CallContext) -> dict[str, Any]:
        # GetLog's upload (whitepaper "Get Security Log", the same messages as 2.0.1 N01): the DiagnosticsStatus
        # event a diagnostics job follows, UploadFailure as GetDiagnostics' UploadFailed
        log.info("%s: log upload %s%s", self.id, p["status"], _request(p))
        await self.backend.diagnostics_status(self.id, LOG_STATUS.get(p["status"], p["status"]))
        return {}

    @handles("SignedFirmwareStatusNotification")
    async def on_signed_firmware_status(self, p: dict[str, Any], ctx: CallContext) -> dict[str, Any]:
        # SignedUpdateFirmware's progress (whitepaper "Secure firmware update"): the FirmwareStatus event of an
        # unsigned update, with the signed steps' own names (SignatureVerified, InvalidSignature, ...)
        log.info("%s: signed firmware %s%s", self.id, p["status"], _request(p))
        await self.backend.firmware_status(self.id, p["status"])
        return {}


def _request(p: dict[str, Any]) -> str:
    return f" (request {p['requestId']})" if p.get("requestId") is not None else ""
