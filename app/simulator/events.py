"""What a virtual charger reports about itself: one :class:`SimEvent` per significant event, and its running
totals (:class:`Stats`). The command line prints ``event.line``; the console shows them in its log."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

# kinds of event
CONNECTED = "connected"
DISCONNECTED = "disconnected"
BOOTED = "booted"  # data: status (Accepted / Pending / Rejected), interval
STATUS = "status"  # data: status, error_code
AUTHORIZED = "authorized"  # data: tag, status
STARTED = "started"  # data: transaction (id or uid), tag
CHARGING = "charging"  # data: power_w, energy_wh, soc (DC)
STOPPED = "stopped"  # data: transaction, reason, energy_wh
OPERATION = "operation"  # a central system's request and our answer; data: action, request, answer
FIRMWARE = "firmware"  # data: status
DIAGNOSTICS = "diagnostics"  # data: status
CERTIFICATE = "certificate"  # data: step (requested, accepted, rejected), status, detail
REBOOT = "reboot"  # data: reason
ERROR = "error"  # something went wrong (counted in Stats.errors); data: detail
STOPPED_CHARGER = "finished"  # the charger has stopped running (data: reason)


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


@dataclass(frozen=True)
class SimEvent:
    cp_id: str
    kind: str
    text: str
    connector: int | None = None
    data: Mapping[str, Any] = field(default_factory=dict)
    at: dt.datetime = field(default_factory=_now)

    @property
    def line(self) -> str:
        """``HALL-B-1 #1 charging 11.0 kW, 3.2 kWh`` / ``HALL-B-1 booted: Accepted``."""
        where = f"{self.cp_id} #{self.connector}" if self.connector else self.cp_id
        return f"{where} {self.text}"

    def __str__(self) -> str:
        return self.line


EventCallback = Callable[[SimEvent], Any]


@dataclass
class Stats:
    """Running totals of one charger (the summary adds them up)."""

    sessions: int = 0  # transactions ended (their StopTransaction / TransactionEvent Ended queued)
    energy_wh: float = 0.0  # energy of the ended transactions
    errors: int = 0
    boots: int = 0
    connections: int = 0
    operations: int = 0  # requests of the central system answered
    dropped: int = 0  # transaction messages given up after TransactionMessageAttempts failures
    registration: str = ""  # the last BootNotification answer
    last_error: str = ""

    def add(self, other: Stats) -> None:
        self.sessions += other.sessions
        self.energy_wh += other.energy_wh
        self.errors += other.errors
        self.boots += other.boots
        self.connections += other.connections
        self.operations += other.operations
        self.dropped += other.dropped
