"""One virtual charger: its connection life cycle, connectors, transactions and the central system's operations,
independent of the OCPP version (the wire formats are in :mod:`.v16` and :mod:`.v201`).

Life cycle: connect (HTTP Basic with ``password``) → BootNotification (Pending: ask again after the interval or
when triggered; Rejected: report and stop) → StatusNotification per connector → heartbeats. A lost connection is
re-established with exponential backoff and jitter; a reboot (Reset, firmware installed) closes the connection,
waits the reboot time and boots again.

Transaction messages go through :class:`TxQueue` (OCPP 1.6 §3.7): in order, queued while offline and re-sent
after reconnecting; a message the central system fails to process (CALLERROR, or no answer on a live connection)
is retried ``TransactionMessageAttempts`` times, ``TransactionMessageRetryInterval`` × attempts apart, then
dropped and reported.

Scenarios (per connector): ``idle`` waits for the central system (RemoteStart works); ``charge`` plugs a vehicle
in now and then, authorises ``tag``, charges and stops; ``mixed`` leaves some chargers idle and adds refused
tags, faults and vehicles pausing their charge.
"""

from __future__ import annotations

from .authorization import AuthorizationMixin
from .connection import ConnectionMixin, basic_auth
from .events import EventCallback
from .files import FileTransferMixin
from .operations import OperationsMixin
from .profiles import SmartChargingMixin
from .security import SecurityMixin
from .state import (
    FAULTS,
    QUEUE_LIMIT,
    SCENARIOS,
    VENDOR_ID,
    VERSIONS,
    ChargerOptions,
    Connector,
    Plan,
    Reservation,
    TagPool,
    Transaction,
    TxMessage,
)
from .transactions import TransactionsMixin
from .txqueue import TxQueue
from .v16 import Ocpp16
from .v201 import Ocpp201

__all__ = [
    "FAULTS",
    "QUEUE_LIMIT",
    "SCENARIOS",
    "VENDOR_ID",
    "VERSIONS",
    "Charger",
    "ChargerOptions",
    "Connector",
    "Plan",
    "Reservation",
    "TagPool",
    "Transaction",
    "TxMessage",
    "TxQueue",
    "basic_auth",
]


class Charger(
    ConnectionMixin,
    AuthorizationMixin,
    TransactionsMixin,
    OperationsMixin,
    SmartChargingMixin,
    FileTransferMixin,
    SecurityMixin,
):
    """A virtual charge point. ``await run()`` until :meth:`shutdown`; events go to ``on_event``.

    Its state and shared helpers are in :class:`~.core.ChargerCore`; each part (connection life cycle,
    authorisation, transactions, the central system's operations, smart charging, file transfers) is a mixin.
    """

    def __init__(
        self,
        url: str,
        cp_id: str,
        options: ChargerOptions | None = None,
        on_event: EventCallback | None = None,
    ) -> None:
        super().__init__(url, cp_id, options, on_event)
        self.proto = Ocpp16(self) if self.options.ocpp == "1.6" else Ocpp201(self)
