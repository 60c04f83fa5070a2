"""The OCPP central system's protocol layer: server, charge points per version, framing, security, events.

It imports the ``ocpp`` *package* absolutely and never ``app.services``: storage, access rules and pricing come
in through the :class:`~app.ocpp.backend.Backend` protocol, implemented by ``app.services.central.system``.
"""

from .backend import Backend, BackendUnavailable
from .chargepoint import (
    ChargePointBase,
    ChargerCallError,
    ChargerOffline,
    ChargerTimeout,
    InvalidReply,
    InvalidRequest,
)
from .events import EventBus
from .server import OcppServer, ServerOptions, register_version

__all__ = [
    "Backend",
    "BackendUnavailable",
    "ChargePointBase",
    "ChargerCallError",
    "ChargerOffline",
    "ChargerTimeout",
    "EventBus",
    "InvalidReply",
    "InvalidRequest",
    "OcppServer",
    "ServerOptions",
    "register_version",
]
