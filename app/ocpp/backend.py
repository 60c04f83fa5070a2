"""What the protocol layer needs from the rest of the system: the :class:`Backend` protocol and its values.

``app.ocpp`` speaks OCPP and knows nothing of the database, the access rules or pricing (the layering forbids
importing ``app.services``). The charge point handlers translate each message into one of these version-neutral
calls and await it; ``app.services.central.system`` implements them durably. The values are plain dataclasses so the
1.6 and 2.0.1 handlers share them (2.0.1 transactions carry a string ``transaction_uid``).

Contract: a method returns only once the state change is committed; it raises :class:`BackendUnavailable` when
the store cannot be reached (the handler then gives no answer to a transaction message, so the charger retries,
or an InternalError to the others). Anything else it raises becomes an InternalError.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Coroutine, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from .events import ChargerEventReceived, FrameLogged


class BackendUnavailable(Exception):
    """The store cannot be reached: nothing was committed, the charger must not get a positive answer."""


# --- the handshake -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class HandshakeRequest:
    cp_id: str
    ip: str
    secure: bool  # TLS
    username: str | None = None  # HTTP Basic, when sent
    password: str | None = None
    subprotocol: str | None = None
    client_cert_cn: str | None = None  # subject CN of the client certificate the TLS layer verified


@dataclass(frozen=True, slots=True)
class HandshakeDecision:
    allow: bool
    status: int = 101  # HTTP status when refused: 401, 403, 404, 503
    reason: str = ""
    known: bool = True  # a station exists for this id
    lenient: bool = False  # accept payloads slightly off the schema, logging the deviation
    authenticated: bool = False  # the charger proved its identity (password or client certificate)
    detail: str = ""  # why, for our log only (a 401 says nothing about which part was wrong)
    security_profile: int = 0  # what the connection used: 1 Basic over ws, 2 Basic over TLS, 3 client cert


@dataclass(frozen=True, slots=True)
class ConnectionInfo:
    cp_id: str
    ip: str
    ocpp_version: str
    secure: bool


# --- messages ----------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class BootInfo:
    vendor: str
    model: str
    serial_number: str = ""  # chargePointSerialNumber, else chargeBoxSerialNumber
    charge_box_serial_number: str = ""
    firmware_version: str = ""
    iccid: str = ""
    imsi: str = ""
    meter_type: str = ""
    meter_serial_number: str = ""
    reason: str = ""  # 2.0.1 BootReason


@dataclass(frozen=True, slots=True)
class BootResult:
    status: str  # Accepted | Pending | Rejected
    interval: int  # heartbeat interval (Accepted) or retry interval (Pending/Rejected), seconds
    current_time: dt.datetime


@dataclass(frozen=True, slots=True)
class StatusReport:
    connector_id: int  # 0 = the charger itself
    status: str
    error_code: str = "NoError"
    timestamp: dt.datetime | None = None
    info: str = ""
    vendor_id: str = ""
    vendor_error_code: str = ""
    evse_id: int | None = None  # 2.0.1


@dataclass(frozen=True, slots=True)
class IdTagInfo:
    status: str  # Accepted | Blocked | Expired | Invalid | ConcurrentTx
    expiry_date: dt.datetime | None = None
    parent_id_tag: str | None = None
    reason: str = ""  # for the log and the console, never sent


@dataclass(frozen=True, slots=True)
class Sample:
    """One sampled value, normalised: energy in Wh, power in W (units the charger sent in kWh/kW scaled)."""

    timestamp: dt.datetime
    value: float
    measurand: str = "Energy.Active.Import.Register"
    unit: str = "Wh"
    phase: str | None = None
    context: str = "Sample.Periodic"
    location: str | None = None


@dataclass(frozen=True, slots=True)
class StartTx:
    connector_id: int
    id_tag: str
    meter_start_wh: float
    timestamp: dt.datetime  # as the charger says (already corrected when it was far off)
    reservation_id: int | None = None
    transaction_uid: str | None = None  # 2.0.1
    clock_skew: bool = False  # the charger's timestamp was implausible; ``timestamp`` is our receive time
    samples: tuple[Sample, ...] = ()


@dataclass(frozen=True, slots=True)
class StartResult:
    transaction_id: int
    id_tag_info: IdTagInfo
    repeated: bool = False  # a re-sent StartTransaction: the transaction that was already stored


@dataclass(frozen=True, slots=True)
class StopTx:
    transaction_id: int | None
    meter_stop_wh: float
    timestamp: dt.datetime
    reason: str = ""
    id_tag: str | None = None
    transaction_uid: str | None = None  # 2.0.1
    clock_skew: bool = False
    samples: tuple[Sample, ...] = ()


@dataclass(frozen=True, slots=True)
class StopResult:
    id_tag_info: IdTagInfo | None
    flags: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class MeterReport:
    connector_id: int
    samples: tuple[Sample, ...]
    transaction_id: int | None = None
    transaction_uid: str | None = None


@dataclass(frozen=True, slots=True)
class DataTransferResult:
    status: str  # Accepted | Rejected | UnknownMessageId | UnknownVendorId
    data: str | None = None


@dataclass(frozen=True, slots=True)
class CsrAnswer:
    """The answer to a charger's SignCertificate (1.6 security extension): ``status`` (Accepted | Rejected), and
    what to do once the answer is sent (sign the request and send CertificateSigned), if anything."""

    status: str
    then: Callable[[], Coroutine[Any, Any, None]] | None = None
    reason: str = ""  # why it is Rejected, when that is worth saying (2.0.1: statusInfo)


@dataclass(frozen=True, slots=True)
class ChargingLimitReport:
    """A limit a system on site set on a 2.0.1 station (NotifyChargingLimit): on EVSE ``evse_id`` (0: the whole
    station), by ``source`` (EMS, SO, Other), ``grid_critical`` when the station said, with the message's
    chargingSchedule list as it was sent (empty: the limit's values were not given)."""

    evse_id: int
    source: str
    grid_critical: bool | None
    schedules: tuple[dict[str, Any], ...]
    received_at: dt.datetime


@dataclass(frozen=True, slots=True)
class ReservationChange:
    """A reservation's news for the backend: ``status`` ``Reserved`` (the charger accepted a ReserveNow: the other
    fields are set), ``Cancelled`` (it accepted a CancelReservation), ``Expired`` / ``Removed`` (a 2.0.1
    ReservationStatusUpdate)."""

    reservation_id: int
    status: str
    connector_id: int = 0
    id_tag: str = ""
    expiry: dt.datetime | None = None
    made_by: str = ""


@dataclass(slots=True)
class Deviation:
    """A schema deviation tolerated on a lenient charger (logged, not refused)."""

    path: str
    message: str
    extra: dict[str, str] = field(default_factory=dict)


class Backend(Protocol):
    """The services the charge point handlers await. See the module docstring for the contract."""

    async def authenticate(self, request: HandshakeRequest) -> HandshakeDecision: ...

    async def connected(self, info: ConnectionInfo) -> None: ...

    def disconnected(self, cp_id: str) -> None:
        """Non-blocking: presence is telemetry."""

    def accepted(self, cp_id: str) -> bool:
        """Whether an operator (or the accept policy) accepted the charger: only then is more than boot,
        heartbeat and status handled. Non-blocking (what the backend keeps in memory)."""

    def seen(self, cp_id: str) -> None:
        """The charger is alive (a frame or a pong); non-blocking, persisted in batches."""

    async def boot(self, cp_id: str, boot: BootInfo) -> BootResult: ...

    async def heartbeat(self, cp_id: str) -> dt.datetime: ...

    async def status(self, cp_id: str, report: StatusReport) -> None: ...

    async def authorize(self, cp_id: str, id_tag: str, connector_id: int | None = None) -> IdTagInfo: ...

    async def start_transaction(self, cp_id: str, tx: StartTx) -> StartResult: ...

    async def stop_transaction(self, cp_id: str, tx: StopTx) -> StopResult: ...

    async def meter_values(self, cp_id: str, report: MeterReport) -> None: ...

    async def data_transfer(
        self, cp_id: str, vendor_id: str, message_id: str | None, data: str | None
    ) -> DataTransferResult: ...

    async def firmware_status(self, cp_id: str, status: str) -> None: ...

    async def diagnostics_status(self, cp_id: str, status: str) -> None: ...

    async def security_event(
        self, cp_id: str, event_type: str, timestamp: dt.datetime, tech_info: str = ""
    ) -> None: ...

    async def charging_limit(self, cp_id: str, report: ChargingLimitReport) -> None:
        """Store an external charging limit (replacing the one of the same EVSE and source) before it is answered."""
        ...

    async def charging_limit_cleared(self, cp_id: str, source: str, evse_id: int | None) -> None:
        """Remove the external limits of ``source`` on EVSE ``evse_id`` (None: on every EVSE) before answering."""
        ...

    async def charger_events(self, cp_id: str, events: Sequence[ChargerEventReceived]) -> None:
        """A 2.0.1 NotifyEvent part's events: stored (rate-limited per charger) before it is answered."""
        ...

    async def reservation(self, cp_id: str, change: ReservationChange) -> None:
        """A reservation made, cancelled, expired or removed at the charger (stored before it returns)."""
        ...

    async def sign_certificate(self, cp_id: str, csr: str) -> CsrAnswer:
        """A charger's certificate signing request (PEM): checked and kept; ``then`` signs and sends it."""
        ...

    def log_frame(self, frame: FrameLogged) -> None:
        """Non-blocking: the message log is buffered telemetry."""

    def deviation(self, cp_id: str, action: str, deviations: list[Deviation]) -> None:
        """A lenient charger's payload was off the schema; log it (non-blocking)."""
