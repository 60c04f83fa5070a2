"""OCPP 2.0.1: the messages a charging station sends, translated to :class:`~app.ocpp.backend.Backend` calls.

Everything 1.6 and 2.0.1 share (framing, flood control, outgoing calls, the message log, storage, the access
rules, pricing) is in the base class and the backend; this module only translates.

Transactions. A 2.0.1 transaction is a series of TransactionEvents (Started, Updated..., Ended) that carry a
string ``transactionId`` and spread over several messages what 1.6 sends in one StartTransaction: the idToken
(absent from Started when the station starts transactions on cable plug-in) and the meter start (the
``Transaction.Begin`` energy reading). The session is stored — with :meth:`Backend.start_transaction`, exactly
as a 1.6 StartTransaction, ``sessions.transaction_uid`` = the transactionId — as soon as both are known, and the
reply to that event waits for the commit. Until then the event is answered from memory (nothing is stored: no
energy can flow before authorisation). Updated events' samples go to :meth:`Backend.meter_values` with the
session id; Ended becomes :meth:`Backend.stop_transaction`, so energy, pricing, decisions and flags are those of
1.6. A station that plugs in and out without ever authorising or drawing energy leaves no session (1.6 would not
have started a transaction either).

Idempotency. A re-sent event (same transactionId and seqNo, typically after a reconnect, ``offline`` or not) is
answered again without storing anything twice; a re-sent Started finds its session by transactionId; an Ended
for a transaction this process never saw goes to the store by transactionId, which closes the stored session or
stores it flagged ``unknown_transaction`` (answered either way). During a database outage a TransactionEvent
gets no answer, so the station retries it.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from typing import Any

from ocpp.v201 import call as v201_call
from ocpp.v201 import call_result as v201_call_result
from ocpp.v201.enums import Action

from ..backend import (
    BackendUnavailable,
    BootInfo,
    ChargingLimitReport,
    IdTagInfo,
    MeterReport,
    ReservationChange,
    Sample,
    StartTx,
    StatusReport,
    StopTx,
)
from ..chargepoint import CallContext, ChargePointBase, handles
from ..events import ChargerEventReceived
from ..frames import V201_ERRORS, FrameError
from ..values import SAMPLE_DROPPING_ACTIONS, finite, iso
from .events import ChargingLimitChanged, ChargingProfilesReported, MonitorsReported, VariablesReported
from .mapping import (
    CHARGING_STATE,
    LOG_STATUS,
    default_context,
    evse_status,
    id_token_info,
    our_status,
    sample,
)
from .monitoring import is_problem, where
from .requests import CHARGING_STATION_CERTIFICATE
from .state import MAX_PENDING_SAMPLES, ChargerMemory, TxTrack, memory_of

log = logging.getLogger(__name__)

PENDING_REPLIES: dict[str, dict[str, Any]] = {
    "Authorize": {"idTokenInfo": {"status": "Invalid"}},
    "MeterValues": {},
    "DataTransfer": {"status": "Rejected"},
}

#: SignCertificate of a V2GCertificate (ISO 15118 Plug & Charge): refused, the reason said
V2G_REFUSED = {
    "reasonCode": "NotSupported",
    "additionalInfo": "ISO 15118 (V2G) certificates are not signed by this CSMS; only ChargingStationCertificate",
}


def _request(p: dict[str, Any]) -> str:
    return f" (request {p['requestId']})" if p.get("requestId") is not None else ""


def _same_token(a: str | None, b: str | None) -> bool:
    return a is not None and b is not None and a.strip().upper() == b.strip().upper()


class ChargePoint201(ChargePointBase):
    """A charging station speaking OCPP 2.0.1."""

    version = "2.0.1"
    subprotocol = "ocpp2.0.1"
    codes = V201_ERRORS
    known_actions = frozenset(a.value for a in Action)
    _call = v201_call  # the package's modules, for the package-compatible call()
    _call_result = v201_call_result
    _ocpp_version = "2.0.1"

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.memory: ChargerMemory = memory_of(self.backend).charger(self.id)

    def pending_reply(self, action: str, payload: dict[str, Any]) -> dict[str, Any] | None:
        # as 1.6 (see v16.PENDING_REPLIES): the token refused, no transaction stored, a DataTransfer Rejected
        if action == "TransactionEvent":
            return {"idTokenInfo": {"status": "Invalid"}} if payload.get("idToken") else {}
        return PENDING_REPLIES.get(action)

    def forget(self) -> None:
        memory_of(self.backend).chargers.pop(self.id, None)

    def is_transaction_message(self, action: str, payload: dict[str, Any]) -> bool:
        return action == "TransactionEvent"  # queued and retried by the station (E.FR / MessageAttempts...)

    def transaction_uid(self, transaction_id: int) -> str | None:
        """The 2.0.1 transactionId of our session ``transaction_id``, when this process has seen it."""
        track = self.memory.by_transaction_id(transaction_id)
        return track.uid if track is not None else None

    # --- helpers ---------------------------------------------------------------------------------------

    def _samples(
        self, meter_values: list[dict[str, Any]] | None, ctx: CallContext, context: str
    ) -> tuple[Sample, ...]:
        out: list[Sample] = []
        for mv in meter_values or ():
            ts, _ = self._time(mv.get("timestamp"), ctx, "meterValue timestamp")
            for sv in mv.get("sampledValue") or ():
                s = sample(sv, ts, context)
                if finite(s.value):
                    out.append(s)
                elif ctx.lenient or ctx.action in SAMPLE_DROPPING_ACTIONS:
                    log.warning(
                        "%s: %s value %r of %s is not a finite number; sample dropped",
                        self.id,
                        ctx.action,
                        sv.get("value"),
                        s.measurand,
                    )
                else:
                    raise FrameError(
                        self.codes.property,
                        f"{ctx.action}: sampled value {sv.get('value')!r} is not a finite number",
                        ctx.message_id,
                    )
        return tuple(out)

    # --- provisioning and availability -----------------------------------------------------------------

    @handles("BootNotification")
    async def on_boot_notification(self, p: dict[str, Any], ctx: CallContext) -> dict[str, Any]:
        cs = p["chargingStation"]
        modem = cs.get("modem") or {}
        boot = BootInfo(
            vendor=cs["vendorName"],
            model=cs["model"],
            serial_number=cs.get("serialNumber") or "",
            firmware_version=cs.get("firmwareVersion") or "",
            iccid=modem.get("iccid") or "",
            imsi=modem.get("imsi") or "",
            reason=p["reason"],
        )
        result = await self.backend.boot(self.id, boot)
        return {"status": result.status, "currentTime": iso(result.current_time), "interval": result.interval}

    @handles("Heartbeat")
    async def on_heartbeat(self, p: dict[str, Any], ctx: CallContext) -> dict[str, Any]:
        return {"currentTime": iso(await self.backend.heartbeat(self.id))}

    @handles("StatusNotification")
    async def on_status_notification(self, p: dict[str, Any], ctx: CallContext) -> dict[str, Any]:
        ts, _ = self._time(p["timestamp"], ctx, "timestamp")
        evse, connector = p["evseId"], p["connectorId"]
        self.memory.connector_status[(evse, connector)] = p["connectorStatus"]
        await self.backend.status(self.id, self._evse_report(evse, ts))
        return {}

    def _evse_report(self, evse: int, ts: dt.datetime) -> StatusReport:
        """Our status of EVSE ``evse`` from its connectors' raw statuses and its running transaction."""
        raw = self.memory.evse_statuses(evse)
        aggregated = evse_status(raw.values())
        running = self.memory.running_on(evse) if evse > 0 else None
        status = our_status(aggregated, running.charging_state if running else "")
        info = "; ".join(f"connector {c} {s}" for c, s in raw.items()) if len(raw) > 1 else ""
        return StatusReport(
            connector_id=evse,
            status=status,
            error_code="OtherError" if status == "Faulted" else "NoError",
            timestamp=ts,
            info=info,
            evse_id=evse,
        )

    # --- authorisation ---------------------------------------------------------------------------------

    @handles("Authorize")
    async def on_authorize(self, p: dict[str, Any], ctx: CallContext) -> dict[str, Any]:
        info = await self.backend.authorize(self.id, p["idToken"]["idToken"], None)
        return {"idTokenInfo": id_token_info(info)}

    # --- transactions ----------------------------------------------------------------------------------

    @handles("TransactionEvent")
    async def on_transaction_event(self, p: dict[str, Any], ctx: CallContext) -> dict[str, Any]:
        info = p["transactionInfo"]
        uid, event, seq = info["transactionId"], p["eventType"], p["seqNo"]
        ts, skewed = self._time(p["timestamp"], ctx, "timestamp")
        token = p.get("idToken")
        tag: str | None = token["idToken"] if token else None
        track = self.memory.track(uid)
        if track is None:
            if event != "Started":
                log.info(
                    "%s: TransactionEvent %s for transaction %s not seen in this process (seqNo %s)",
                    self.id,
                    event,
                    uid,
                    seq,
                )
            track = self.memory.add(TxTrack(uid, ts, clock_skew=skewed, seen_start=event == "Started"))
        elif seq in track.seq_nos:
            log.info(
                "%s: TransactionEvent %s seqNo %s of %s re-sent%s: answered again, nothing stored twice",
                self.id,
                event,
                seq,
                uid,
                " (offline)" if p.get("offline") else "",
            )
            return (
                {"idTokenInfo": id_token_info(await self._token_info(track, tag))} if tag is not None else {}
            )
        elif track.ended:
            log.warning(
                "%s: TransactionEvent %s seqNo %s after the end of transaction %s", self.id, event, seq, uid
            )
        self._note(track, p, info, tag)
        samples = self._samples(p.get("meterValue"), ctx, default_context(event))
        track.note_energy(samples)
        if event == "Ended":
            reply = await self._ended(track, info, ts, skewed, tag, samples)
        else:
            reply = await self._started_or_updated(track, tag, samples)
        await self._follow_charging_state(track, info.get("chargingState"), event, ts)
        track.seq_nos.add(seq)
        return reply

    def _note(self, track: TxTrack, p: dict[str, Any], info: dict[str, Any], tag: str | None) -> None:
        """What an event tells about its transaction (idempotent: a retry notes the same)."""
        evse = (p.get("evse") or {}).get("id")
        if evse is not None:
            track.evse_id = evse
        if tag is not None and track.id_tag is None:
            track.id_tag = tag
        if p.get("reservationId") is not None:
            track.reservation_id = p["reservationId"]
        if info.get("remoteStartId") is not None:
            track.remote_start_id = info["remoteStartId"]

    async def _started_or_updated(
        self, track: TxTrack, tag: str | None, samples: tuple[Sample, ...]
    ) -> dict[str, Any]:
        stored = False
        if track.transaction_id is None and track.id_tag is not None and track.first_energy is not None:
            await self._start(track, (*track.pending, *samples))
            stored = True
        reply: dict[str, Any] = {}
        if tag is not None:
            reply["idTokenInfo"] = id_token_info(await self._token_info(track, tag))
        if samples and not stored:
            if track.transaction_id is not None:
                await self.backend.meter_values(
                    self.id, MeterReport(track.evse_id or 0, samples, track.transaction_id, track.uid)
                )
            else:
                self._keep(track, samples)
        return reply

    async def _start(self, track: TxTrack, samples: tuple[Sample, ...] | list[Sample]) -> None:
        """Store the session (a 1.6 StartTransaction's equivalent); idempotent by transactionId."""
        if track.first_energy is None:
            log.warning(
                "%s: transaction %s has no energy reading: meter start taken as 0", self.id, track.uid
            )
        tx = StartTx(
            connector_id=track.evse_id or 0,
            id_tag=track.id_tag or "",
            meter_start_wh=track.first_energy.value if track.first_energy else 0.0,
            timestamp=track.started_at,
            reservation_id=track.reservation_id,
            transaction_uid=track.uid,
            clock_skew=track.clock_skew,
            samples=tuple(samples),
        )
        result = await self.backend.start_transaction(self.id, tx)
        track.transaction_id = result.transaction_id
        track.id_tag_info = result.id_tag_info
        if result.repeated and not track.seen_start and samples:
            # a session a previous process stored: the samples heard since are new, the store kept none of them
            await self.backend.meter_values(
                self.id, MeterReport(track.evse_id or 0, tuple(samples), track.transaction_id, track.uid)
            )
        track.pending.clear()

    def _keep(self, track: TxTrack, samples: tuple[Sample, ...]) -> None:
        """Samples of a transaction whose session is not stored yet: stored with it later."""
        room = MAX_PENDING_SAMPLES - len(track.pending)
        if room < len(samples):
            log.warning(
                "%s: transaction %s: more than %d samples before its session could be stored; the "
                "oldest are dropped",
                self.id,
                track.uid,
                MAX_PENDING_SAMPLES,
            )
            del track.pending[: len(samples) - max(room, 0)]
        track.pending.extend(samples)

    async def _token_info(self, track: TxTrack, tag: str | None) -> IdTagInfo:
        """The decision for ``tag`` in this transaction: the stored one for its own token, else the rules'."""
        if track.id_tag_info is not None and _same_token(tag, track.id_tag):
            return track.id_tag_info
        info = await self.backend.authorize(self.id, tag or "", track.evse_id)
        if info.status == "ConcurrentTx" and track.id_tag_info is not None:
            return IdTagInfo("Accepted", info.expiry_date, info.parent_id_tag)  # (as 1.6 answers a stop tag)
        return info

    async def _ended(
        self,
        track: TxTrack,
        info: dict[str, Any],
        ts: dt.datetime,
        skewed: bool,
        tag: str | None,
        samples: tuple[Sample, ...],
    ) -> dict[str, Any]:
        if track.transaction_id is None:
            if track.id_tag is not None or (track.seen_start and track.delivered_wh > 0):
                await self._start(track, track.pending)  # this event's samples go with the stop
            elif track.seen_start:
                log.info(
                    "%s: transaction %s ended without authorisation or energy: no session stored",
                    self.id,
                    track.uid,
                )
                track.ended = True
                return {}
            # else: its start went to a previous process: the store closes it by transactionId (or stores it
            # flagged unknown_transaction)
        if track.last_energy is not None:
            meter_stop = track.last_energy.value
        else:
            log.warning("%s: transaction %s ended without any energy reading", self.id, track.uid)
            meter_stop = 0.0
        stop = StopTx(
            transaction_id=track.transaction_id,
            meter_stop_wh=meter_stop,
            timestamp=ts,
            reason=info.get("stoppedReason") or "Local",
            id_tag=tag,
            transaction_uid=track.uid,
            clock_skew=skewed,
            samples=(*track.pending, *samples),
        )
        result = await self.backend.stop_transaction(self.id, stop)
        track.pending.clear()
        track.ended = True
        if tag is None:
            return {}
        decided = result.id_tag_info or await self._token_info(track, tag)
        return {"idTokenInfo": id_token_info(decided)}

    async def _follow_charging_state(
        self, track: TxTrack, state: str | None, event: str, ts: dt.datetime
    ) -> None:
        """Show the transaction's chargingState as the EVSE's status (Charging, SuspendedEV, ..., Finishing)."""
        evse = track.evse_id
        if not evse:
            return
        raw = self.memory.evse_statuses(evse)
        shown = our_status(evse_status(raw.values()), track.charging_state) if raw else None
        status = None
        if event == "Ended":
            track.charging_state = ""
            if raw and evse_status(raw.values()) == "Occupied":
                status = "Finishing"
        elif state and state != track.charging_state:
            track.charging_state = state
            status = CHARGING_STATE.get(state)
        if status is None or status == shown:
            return
        try:
            await self.backend.status(
                self.id, StatusReport(connector_id=evse, status=status, timestamp=ts, evse_id=evse)
            )
        except BackendUnavailable:  # a status is not worth a retried transaction message
            log.warning(
                "%s: status %s of EVSE %s not stored: the database is unavailable", self.id, status, evse
            )

    @handles("MeterValues")
    async def on_meter_values(self, p: dict[str, Any], ctx: CallContext) -> dict[str, Any]:
        # 2.0.1 sends a transaction's samples in TransactionEvents; MeterValues are the station's own
        samples = self._samples(p["meterValue"], ctx, "Sample.Periodic")
        await self.backend.meter_values(self.id, MeterReport(connector_id=p["evseId"], samples=samples))
        return {}

    # --- device model ------------------------------------------------------------------------------------

    @handles("NotifyReport")
    async def on_notify_report(self, p: dict[str, Any], ctx: CallContext) -> dict[str, Any]:
        count = self.memory.record_report(p.get("reportData") or (), ctx.now)
        complete = not p.get("tbc", False)
        log.info(
            "%s: report %s part %s: %d variables%s",
            self.id,
            p["requestId"],
            p["seqNo"],
            count,
            " (complete)" if complete else "",
        )
        self.bus.emit(VariablesReported(self.id, "NotifyReport", p["requestId"], p["seqNo"], count, complete))
        return {}

    # --- smart charging: limits set on site, the profiles a station holds (K09-K13) ---------------------------

    @handles("NotifyChargingLimit")
    async def on_notify_charging_limit(self, p: dict[str, Any], ctx: CallContext) -> dict[str, Any]:
        limit = p["chargingLimit"]
        report = ChargingLimitReport(
            evse_id=int(p.get("evseId") or 0),
            source=limit["chargingLimitSource"],
            grid_critical=limit.get("isGridCritical"),
            schedules=tuple(p.get("chargingSchedule") or ()),
            received_at=ctx.now,
        )
        log.info(
            "%s: charging limit by %s on EVSE %s%s",
            self.id,
            report.source,
            report.evse_id,
            " (grid critical)" if report.grid_critical else "",
        )
        await self.backend.charging_limit(self.id, report)
        self.bus.emit(
            ChargingLimitChanged(
                self.id,
                evse_id=report.evse_id,
                source=report.source,
                grid_critical=report.grid_critical,
                schedules=report.schedules,
                at=report.received_at,
            )
        )
        return {}

    @handles("ClearedChargingLimit")
    async def on_cleared_charging_limit(self, p: dict[str, Any], ctx: CallContext) -> dict[str, Any]:
        source, evse = p["chargingLimitSource"], p.get("evseId")
        log.info("%s: charging limit by %s cleared on %s", self.id, source, f"EVSE {evse}" if evse else "all")
        await self.backend.charging_limit_cleared(self.id, source, evse)
        self.bus.emit(ChargingLimitChanged(self.id, evse_id=evse, source=source, cleared=True, at=ctx.now))
        return {}

    @handles("ReportChargingProfiles")
    async def on_report_charging_profiles(self, p: dict[str, Any], ctx: CallContext) -> dict[str, Any]:
        profiles = tuple(p["chargingProfile"])
        complete = not p.get("tbc", False)
        log.info(
            "%s: charging profiles of request %s: %d on EVSE %s by %s%s",
            self.id,
            p["requestId"],
            len(profiles),
            p["evseId"],
            p["chargingLimitSource"],
            " (complete)" if complete else "",
        )
        self.bus.emit(
            ChargingProfilesReported(
                self.id,
                request_id=p["requestId"],
                evse_id=p["evseId"],
                source=p["chargingLimitSource"],
                profiles=profiles,
                complete=complete,
                at=ctx.now,
            )
        )
        return {}

    # --- notifications answered and stored -----------------------------------------------------------------

    @handles("SecurityEventNotification")
    async def on_security_event(self, p: dict[str, Any], ctx: CallContext) -> dict[str, Any]:
        ts, _ = self._time(p["timestamp"], ctx, "timestamp")
        await self.backend.security_event(self.id, p["type"], ts, p.get("techInfo") or "")
        return {}

    @handles("NotifyEvent")
    async def on_notify_event(self, p: dict[str, Any], ctx: CallContext) -> dict[str, Any]:
        # a series (generatedAt) may come in parts (tbc, seqNo): each part is stored as it comes, a re-sent part
        # is answered again without storing it twice; every eventData is read before anything is stored
        monitors = self.memory.monitors
        generated, seq = p["generatedAt"], p["seqNo"]
        if monitors.part_seen(generated, seq):
            log.info(
                "%s: NotifyEvent %s part %s re-sent: answered again, nothing stored twice",
                self.id,
                generated,
                seq,
            )
            return {}
        events = [self._charger_event(e, ctx) for e in p["eventData"]]
        await self.backend.charger_events(self.id, events)
        monitors.mark_part(generated, seq)
        for e in events:
            log.info(
                "%s: event %s %s = %r (%s%s)%s",
                self.id,
                e.trigger,
                e.where,
                e.actual_value,
                e.notification,
                ", cleared" if e.cleared else "",
                f" part {seq}, more to come" if p.get("tbc") else "",
            )
        return {}

    def _charger_event(self, e: dict[str, Any], ctx: CallContext) -> ChargerEventReceived:
        ts, _ = self._time(e["timestamp"], ctx, "eventData timestamp")
        component, variable = e["component"], e["variable"]
        evse = component.get("evse") or {}
        monitor_id = e.get("variableMonitoringId")
        monitor = self.memory.monitors.known.get(monitor_id) if monitor_id is not None else None
        severity = monitor.severity if monitor is not None else None
        cleared = bool(e.get("cleared"))
        return ChargerEventReceived(
            self.id,
            event_id=e["eventId"],
            trigger=e["trigger"],
            notification=e["eventNotificationType"],
            component=component["name"],
            variable=variable["name"],
            where=where(
                component["name"],
                component.get("instance") or "",
                evse.get("id"),
                evse.get("connectorId"),
                variable["name"],
                variable.get("instance") or "",
            ),
            evse_id=evse.get("id"),
            connector_id=evse.get("connectorId"),
            actual_value=e["actualValue"],
            cleared=cleared,
            cause=e.get("cause"),
            tech_code=e.get("techCode") or "",
            tech_info=e.get("techInfo") or "",
            monitor_id=monitor_id,
            severity=severity,
            monitor_type=monitor.type if monitor is not None else "",
            monitor_value=monitor.value if monitor is not None else None,
            problem=is_problem(e["trigger"], e["eventNotificationType"], cleared, severity),
            timestamp=ts,
        )

    @handles("NotifyMonitoringReport")
    async def on_notify_monitoring_report(self, p: dict[str, Any], ctx: CallContext) -> dict[str, Any]:
        count, complete = self.memory.monitors.record_report(p, ctx.now)
        log.info(
            "%s: monitoring report %s part %s: %d monitors%s",
            self.id,
            p["requestId"],
            p["seqNo"],
            count,
            " (complete)" if complete else "",
        )
        self.bus.emit(
            MonitorsReported(self.id, "NotifyMonitoringReport", p["requestId"], p["seqNo"], count, complete)
        )
        return {}

    # --- certificates (A02/A03) --------------------------------------------------------------------------

    @handles("SignCertificate")
    async def on_sign_certificate(self, p: dict[str, Any], ctx: CallContext) -> dict[str, Any]:
        # the station's own key pair (A02 when triggered, A03 by itself): checked and signed as a 1.6 charger's,
        # CertificateSigned (ChargingStationCertificate) after the answer; a V2G (ISO 15118) request is not ours
        kind = p.get("certificateType") or CHARGING_STATION_CERTIFICATE
        if kind != CHARGING_STATION_CERTIFICATE:
            log.warning(
                "%s: SignCertificate %s refused: ISO 15118 certificates are not signed here", self.id, kind
            )
            return {"status": "Rejected", "statusInfo": V2G_REFUSED}
        answer = await self.backend.sign_certificate(self.id, p["csr"])
        if answer.then is not None:
            ctx.after_reply.append(answer.then)
        if answer.reason:
            return {
                "status": answer.status,
                "statusInfo": {"reasonCode": "TooManyRequests", "additionalInfo": answer.reason[:512]},
            }
        return {"status": answer.status}

    @handles("FirmwareStatusNotification")
    async def on_firmware_status(self, p: dict[str, Any], ctx: CallContext) -> dict[str, Any]:
        # the FirmwareStatus event of 1.6 with the station's status (same names for the 1.6 steps)
        log.info("%s: firmware %s%s", self.id, p["status"], _request(p))
        await self.backend.firmware_status(self.id, p["status"])
        return {}

    @handles("LogStatusNotification")
    async def on_log_status(self, p: dict[str, Any], ctx: CallContext) -> dict[str, Any]:
        # 2.0.1 GetLog = 1.6 GetDiagnostics: the DiagnosticsStatus event, UploadFailure as 1.6's UploadFailed
        log.info("%s: log upload %s%s", self.id, p["status"], _request(p))
        await self.backend.diagnostics_status(self.id, LOG_STATUS.get(p["status"], p["status"]))
        return {}

    @handles("ReservationStatusUpdate")
    async def on_reservation_status(self, p: dict[str, Any], ctx: CallContext) -> dict[str, Any]:
        # Expired or Removed: the stored reservation ends (stored before the answer)
        log.info("%s: reservation %s %s", self.id, p["reservationId"], p["reservationUpdateStatus"])
        await self.backend.reservation(
            self.id, ReservationChange(p["reservationId"], p["reservationUpdateStatus"])
        )
        return {}

    @handles("DataTransfer")
    async def on_data_transfer(self, p: dict[str, Any], ctx: CallContext) -> dict[str, Any]:
        data = p.get("data")
        if data is not None and not isinstance(data, str):  # 2.0.1 data may be any JSON value
            data = json.dumps(data, separators=(",", ":"))
        result = await self.backend.data_transfer(self.id, p["vendorId"], p.get("messageId"), data)
        body: dict[str, Any] = {"status": result.status}
        if result.data is not None:
            body["data"] = result.data
        return body
