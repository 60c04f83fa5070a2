"""The simulator's shared data types: options, connectors, transactions, reservations, queued messages.

Plain data (and the fleet's card pool), imported by every part of the charger (:mod:`.core`, :mod:`.connection`,
:mod:`.transactions`, ...) and by the version modules (:mod:`.v16`, :mod:`.v201`) without importing the charger.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import random
import ssl
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from .clock import SimClock
from .physics import Electrics, Vehicle

SCENARIOS = ("idle", "charge", "mixed")
VERSIONS = ("1.6", "2.0.1")
VENDOR_ID = (
    "org.chargedesk.simulator"  # DataTransfer: messageId "ping" answers "pong", "echo" returns the data
)
FAULTS = (
    "GroundFailure",
    "HighTemperature",
    "OverCurrentFailure",
    "PowerMeterFailure",
    "EVCommunicationError",
)
PROFILE_PURPOSES = ("ChargePointMaxProfile", "TxDefaultProfile", "TxProfile")
QUEUE_LIMIT = 10_000  # transaction messages kept while offline (meter values are dropped first)


class TagPool:
    """The cards the drivers present: each is in one vehicle at a time (a central system refuses a card that is
    already charging elsewhere with ConcurrentTx), shared by a fleet."""

    def __init__(self, tags: list[str] | tuple[str, ...]) -> None:
        self.tags = [t for t in tags if t] or ["SIMTAG01"]
        self.in_use: set[str] = set()
        self._next = 0

    def take(self) -> str | None:
        for i in range(len(self.tags)):
            tag = self.tags[(self._next + i) % len(self.tags)]
            if tag not in self.in_use:
                self._next = (self._next + i + 1) % len(self.tags)
                self.in_use.add(tag)
                return tag
        return None

    def give(self, tag: str) -> None:
        self.in_use.discard(tag)


@dataclass
class ChargerOptions:
    connectors: int = 2
    ocpp: str = "1.6"
    tag: str = "SIMTAG01"  # the drivers' cards, comma-separated (see TagPool)
    tag_pool: TagPool | None = None  # shared by a fleet (default: one of the charger's own from ``tag``)
    password: str | None = None
    scenario: str = "idle"
    speed: float = 1.0
    seed: int | None = None
    dc: bool = False
    max_power_kw: float | None = None  # per connector (default 11 kW AC, 50 kW DC)
    vendor: str = "ChargeDesk"
    model: str | None = None  # default "VirtualCharger AC11" / "VirtualCharger DC50"
    serial: str | None = None  # default derived from the charge point id
    firmware: str = "1.4.2"
    sessions: int | None = None  # charge/mixed: vehicles per connector, then idle (None: no limit)
    session_s: tuple[float, float] | None = None  # simulated seconds a vehicle stays (None: from its battery)
    idle_s: tuple[float, float] = (120.0, 900.0)  # simulated seconds between two vehicles
    first_idle_s: tuple[float, float] = (5.0, 60.0)
    reboot_s: float = 20.0  # simulated seconds a reboot takes
    call_timeout_s: float = 30.0
    reconnect_initial_s: float = 1.0
    reconnect_max_s: float = 60.0
    ssl_context: ssl.SSLContext | None = None
    config: dict[str, str] = field(default_factory=dict)  # configuration key overrides
    # a charger that measures its supply: it reports Current.Import per phase at Location=Inlet on connector 0
    # (evse 0 in 2.0.1) every ClockAlignedDataInterval seconds and when triggered: this base load (A per phase:
    # the building behind the same supply) plus what its connectors draw
    inlet_base_a: tuple[float, float, float] | None = None
    # smart charging: the charging profile purposes SetChargingProfile accepts (comma-separated; "" rejects every
    # profile) — real chargers differ (some reject ChargePointMaxProfile, some take TxDefaultProfile only). The
    # units and stack levels follow the configuration keys ChargingScheduleAllowedChargingRateUnit ("Power": W
    # only) and ChargeProfileMaxStackLevel; without SmartCharging in SupportedFeatureProfiles the smart charging
    # calls are answered NotSupported.
    profile_purposes: str = ",".join(PROFILE_PURPOSES)
    clock: SimClock | None = None  # shared by a fleet
    # the 1.6 security extension's certificates (app.simulator.certificates): the CSR's organisation (CpoName), and
    # whether the charger asks for a certificate of its own after an Accepted boot while it has none (use case A03)
    cpo_name: str = "ChargeDesk"
    sign_certificate_at_boot: bool = False
    # OCPP 1.6 Security Whitepaper firmware (1.6 only; see .security): critical security events pushed,
    # ExtendedTriggerMessage, GetLog, SignedUpdateFirmware; ``firmware_ca`` the manufacturer root (PEM) a signing
    # certificate must be issued by (a 2.0.1 station's signed UpdateFirmware too: .security201)
    security_extension: bool = False
    firmware_ca: str | None = None

    def __post_init__(self) -> None:
        if self.ocpp not in VERSIONS:
            raise ValueError(f"OCPP version {self.ocpp!r}: use one of {', '.join(VERSIONS)}")
        if self.scenario not in SCENARIOS:
            raise ValueError(f"scenario {self.scenario!r}: use one of {', '.join(SCENARIOS)}")
        if not 1 <= self.connectors <= 32:
            raise ValueError("connectors: 1 to 32")
        if not self.speed > 0:
            raise ValueError("speed must be > 0")
        unknown = set(self.purposes) - set(PROFILE_PURPOSES)
        if unknown:
            raise ValueError(
                f"profile purposes {', '.join(sorted(unknown))!s}: use {', '.join(PROFILE_PURPOSES)}"
            )

    @property
    def purposes(self) -> frozenset[str]:
        """The charging profile purposes SetChargingProfile accepts."""
        return frozenset(p.strip() for p in self.profile_purposes.split(",") if p.strip())


@dataclass
class Reservation:
    id: int
    tag: str
    parent: str | None
    expiry: dt.datetime


@dataclass
class Transaction:
    connector_id: int
    tag: str
    meter_start_wh: float
    started_at: dt.datetime  # real
    started_sim: dt.datetime
    start_loop: float
    uid: str  # our own id (the 2.0.1 transactionId)
    remote_start_id: int | None = None
    reservation_id: int | None = None
    transaction_id: int | None = None  # 1.6: the central system's
    seq_no: int = 0
    stop_reason: str | None = None
    meter_stop_wh: float | None = None
    auth_status: str = "Accepted"
    begin: list[Any] = field(default_factory=list)  # Transaction.Begin readings
    finished: asyncio.Event = field(default_factory=asyncio.Event)

    @property
    def label(self) -> str:
        return str(self.transaction_id) if self.transaction_id is not None else self.uid

    def next_seq(self) -> int:
        n = self.seq_no
        self.seq_no += 1
        return n


@dataclass
class Plan:
    vehicle: Vehicle
    duration_s: float | None  # simulated seconds until the driver leaves (None: until stopped)
    stop_by: str  # "Local" (tag presented) or "EVDisconnected" (cable unplugged)
    pause: tuple[float, float] | None = None  # (after, for) simulated seconds the vehicle pauses charging


@dataclass
class Connector:
    id: int
    electrics: Electrics
    rng: random.Random  # its own: a seeded run repeats its vehicles whatever the other connectors do
    status: str = "Available"
    error_code: str = "NoError"
    operative: bool = True
    scheduled: bool | None = None  # ChangeAvailability waiting for the transaction to end
    busy: bool = False  # a vehicle is (being) plugged in
    fault: str | None = None
    tx: Transaction | None = None
    vehicle: Vehicle | None = None
    reservation: Reservation | None = None
    paused: tuple[float, float] | None = None  # loop-time window the vehicle does not charge
    last_run: float = 0.0
    plug_ins: int = 0
    wake: asyncio.Event = field(default_factory=asyncio.Event)


@dataclass
class TxMessage:
    action: str
    payload: dict[str, Any] | Callable[[], dict[str, Any] | None]
    label: str
    on_answer: Callable[[dict[str, Any]], None] | None = None
    attempts: int = 0
    done: asyncio.Event = field(default_factory=asyncio.Event)
