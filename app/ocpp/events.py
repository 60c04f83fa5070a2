"""The central system's event bus: plain Python, no Qt.

Subscribers receive small frozen dataclasses. Events are emitted on the event loop's thread after the state
they describe is durable (the console adapts them to Qt signals; under qasync that is the GUI thread).
A subscriber must be quick and must not raise: an exception is logged and the other subscribers still run.

    unsubscribe = bus.subscribe(print, SessionStarted, SessionStopped)   # only these types
    unsubscribe = bus.subscribe(print)                                   # everything
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from .values import CRITICAL_SECURITY_EVENTS

log = logging.getLogger(__name__)


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


@dataclass(frozen=True, slots=True)
class Event:
    """Base class of every event: the charge point id it is about."""

    cp_id: str


@dataclass(frozen=True, slots=True)
class ChargerConnected(Event):
    ocpp_version: str = "1.6"
    ip: str = ""
    known: bool = True  # a station with this charge point id exists
    secure: bool = False  # TLS
    at: dt.datetime = field(default_factory=_now)


@dataclass(frozen=True, slots=True)
class ChargerDisconnected(Event):
    code: int | None = None
    reason: str = ""
    at: dt.datetime = field(default_factory=_now)


@dataclass(frozen=True, slots=True)
class UnknownChargerSeen(Event):
    """A charger with no station connected (or booted); ``policy`` is what was done with it."""

    ip: str = ""
    policy: str = "pending"  # reject | pending | accept
    vendor: str = ""
    model: str = ""
    at: dt.datetime = field(default_factory=_now)


@dataclass(frozen=True, slots=True)
class BootReceived(Event):
    vendor: str = ""
    model: str = ""
    serial_number: str = ""
    firmware_version: str = ""
    registration: str = "Accepted"  # what the charger was answered
    at: dt.datetime = field(default_factory=_now)


@dataclass(frozen=True, slots=True)
class StatusChanged(Event):
    connector_id: int = 0  # 0 = the charger itself
    status: str = ""
    error_code: str = "NoError"
    info: str = ""
    vendor_error_code: str = ""
    at: dt.datetime = field(default_factory=_now)


@dataclass(frozen=True, slots=True)
class ConnectorFaulted(Event):
    """A connector (0: the charger) reported Faulted (``faulted``), or its first status since the central system
    started, or a status after Faulted (``faulted`` False: not or no longer faulted). Built on those transitions
    only, so what watches faults (the alarms) costs the hot path nothing otherwise, unlike StatusChanged."""

    connector_id: int = 0
    faulted: bool = True
    error_code: str = "NoError"
    vendor_error_code: str = ""
    at: dt.datetime = field(default_factory=_now)


@dataclass(frozen=True, slots=True)
class AuthorizationDecided(Event):
    connector_id: int | None = None
    id_tag: str = ""
    status: str = "Accepted"  # Accepted / Blocked / Expired / Invalid / ConcurrentTx
    reason: str = ""
    user_name: str = ""
    context: str = "Authorize"  # Authorize | StartTransaction | StopTransaction
    at: dt.datetime = field(default_factory=_now)

    @property
    def refused(self) -> bool:
        return self.status != "Accepted"


@dataclass(frozen=True, slots=True)
class CardRefused(Event):
    """A card the central system refused (Authorize or StartTransaction; not learn mode, which refuses on purpose):
    built only for refusals, so what counts them (the alarms) costs an accepted card nothing."""

    connector_id: int | None = None
    id_tag: str = ""
    status: str = "Invalid"
    at: dt.datetime = field(default_factory=_now)


@dataclass(frozen=True, slots=True)
class SessionStarted(Event):
    transaction_id: int = 0
    connector_id: int = 0
    id_tag: str = ""
    auth_status: str = "Accepted"
    user_name: str = ""
    tariff_name: str = ""
    reason: str = ""
    start_at: dt.datetime = field(default_factory=_now)


@dataclass(frozen=True, slots=True)
class SessionUpdated(Event):
    transaction_id: int | None = None
    connector_id: int = 0
    power_w: float | None = None
    energy_wh: float | None = None  # delivered in this session so far
    soc_percent: float | None = None
    at: dt.datetime = field(default_factory=_now)
    # per-phase Current.Import of the connector's L1 L2 L3 (A) when the meter value had them (load management)
    current_a: tuple[float, ...] | None = None


@dataclass(frozen=True, slots=True)
class SessionStopped(Event):
    transaction_id: int = 0
    connector_id: int = 0
    energy_wh: float | None = None
    stop_reason: str = ""
    price_total: Any = None  # Decimal | None
    flags: str = ""
    stop_at: dt.datetime = field(default_factory=_now)


@dataclass(frozen=True, slots=True)
class FirmwareStatus(Event):
    status: str = ""
    at: dt.datetime = field(default_factory=_now)


@dataclass(frozen=True, slots=True)
class DiagnosticsStatus(Event):
    status: str = ""
    at: dt.datetime = field(default_factory=_now)


@dataclass(frozen=True, slots=True)
class SecurityEventReceived(Event):
    """A charger's SecurityEventNotification (1.6 security extension, 2.0.1), stored before it was answered.

    ``event_type`` is the charger's (e.g. ``FirmwareUpdated``, ``InvalidCentralSystemCertificate``,
    ``TamperDetectionActivated``), ``tech_info`` its free text (charger-supplied: show it as plain text)."""

    event_type: str = ""
    tech_info: str = ""
    timestamp: dt.datetime | None = None  # when the charger says it happened
    at: dt.datetime = field(default_factory=_now)

    @property
    def critical(self) -> bool:
        """A type the 1.6 Security Whitepaper / 2.0.1 call critical (what raises the ``security`` alarm)."""
        return self.event_type in CRITICAL_SECURITY_EVENTS


@dataclass(frozen=True, slots=True)
class ChargerEventReceived(Event):
    """One eventData of a 2.0.1 charger's NotifyEvent (a monitor that fired, a problem the station reports, a
    value that changed), stored before it was answered.

    ``where`` is its component/variable as an operator reads it (``Connector 1 / Temperature``); ``actual_value``,
    ``tech_code`` and ``tech_info`` are the charger's words (show them as plain text). ``cleared`` says the condition
    ended; ``monitor_id`` names the monitor (``variableMonitoringId``) and ``severity`` is that monitor's when the
    console knows it (None otherwise). ``problem``: a monitor's event an operator must see (see
    :func:`app.ocpp.v201.chargepoint.is_problem`)."""

    event_id: int = 0
    trigger: str = ""  # Alerting | Delta | Periodic
    notification: str = ""  # eventNotificationType
    component: str = ""
    variable: str = ""
    where: str = ""
    evse_id: int | None = None
    connector_id: int | None = None
    actual_value: str = ""
    cleared: bool = False
    cause: int | None = None
    tech_code: str = ""
    tech_info: str = ""
    monitor_id: int | None = None
    severity: int | None = None
    monitor_type: str = ""  # the monitor's type and value when the console knows it (UpperThreshold, 80.0)
    monitor_value: float | None = None
    problem: bool = False
    timestamp: dt.datetime | None = None  # when the charger says it happened
    at: dt.datetime = field(default_factory=_now)


@dataclass(frozen=True, slots=True)
class FrameLogged(Event):
    """One OCPP frame in or out, as stored in the message log.

    ``frame`` is the raw text of the frame. ``latency_ms`` is set on a response: the time since its request
    (our processing time for the charger's calls, the round trip for ours). ``message_type`` is 2/3/4, or 0
    for a frame that could not be parsed.
    """

    ts: dt.datetime = field(default_factory=_now)
    direction: str = "in"  # in | out
    message_type: int = 0
    message_id: str = ""
    action: str = ""
    frame: str = ""
    latency_ms: float | None = None
    error_code: str | None = None


Callback = Callable[[Event], Any]


class EventBus:
    """Synchronous fan-out of events to subscribers, optionally filtered by event type.

    Who gets an event of a given class is worked out once per class (and again after a subscribe or
    unsubscribe), so an emit costs a dict lookup and the calls: the central system emits for every frame."""

    def __init__(self) -> None:
        self._subscribers: list[tuple[Callback, tuple[type[Event], ...]]] = []
        self._by_type: dict[type, tuple[Callback, ...]] = {}

    def subscribe(self, callback: Callback, *types: type[Event]) -> Callable[[], None]:
        """Call ``callback(event)`` for every event (or only those of ``types``). Returns an unsubscribe."""
        entry = (callback, types)
        self._subscribers.append(entry)
        self._by_type.clear()

        def unsubscribe() -> None:
            if entry in self._subscribers:
                self._subscribers.remove(entry)
                self._by_type.clear()

        return unsubscribe

    def _callbacks(self, event_type: type) -> tuple[Callback, ...]:
        callbacks = self._by_type.get(event_type)
        if callbacks is None:
            callbacks = self._by_type[event_type] = tuple(
                cb for cb, types in self._subscribers if not types or issubclass(event_type, types)
            )
        return callbacks

    def wants(self, event_type: type[Event]) -> bool:
        """Whether anybody listens to ``event_type`` (lets hot paths skip building events nobody reads)."""
        return bool(self._callbacks(event_type))

    def emit(self, event: Event) -> None:
        for callback in self._callbacks(type(event)):
            try:
                callback(event)
            except Exception:
                log.exception("event subscriber %r failed on %r", callback, event)
