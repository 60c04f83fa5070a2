"""The central system's events and errors as the console's pages see them.

The protocol layer (:mod:`app.ocpp.events`) defines and emits them; a view depends on the service boundary
only, so it takes them from here (the import-linter contract forbids ``app.views`` → ``app.ocpp``).
"""

from app.ocpp.backend import BackendUnavailable
from app.ocpp.events import (
    AuthorizationDecided,
    BootReceived,
    ChargerConnected,
    ChargerDisconnected,
    ChargerEventReceived,
    DiagnosticsStatus,
    Event,
    EventBus,
    FirmwareStatus,
    FrameLogged,
    SecurityEventReceived,
    SessionStarted,
    SessionStopped,
    SessionUpdated,
    StatusChanged,
    UnknownChargerSeen,
)
from app.ocpp.v201.events import ChargingLimitChanged, ChargingProfilesReported, MonitorsReported

__all__ = [
    "AuthorizationDecided",
    "BackendUnavailable",
    "BootReceived",
    "ChargerConnected",
    "ChargerDisconnected",
    "ChargerEventReceived",
    "ChargingLimitChanged",
    "ChargingProfilesReported",
    "DiagnosticsStatus",
    "Event",
    "EventBus",
    "FirmwareStatus",
    "FrameLogged",
    "MonitorsReported",
    "SecurityEventReceived",
    "SessionStarted",
    "SessionStopped",
    "SessionUpdated",
    "StatusChanged",
    "UnknownChargerSeen",
]
