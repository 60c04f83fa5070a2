"""OCPP 2.0.1 (core): the charge point class the server registers for ``ocpp2.0.1``, the memory it keeps per
central system, its own events and the request builders the operations API uses."""

from .chargepoint import ChargePoint201
from .events import ChargingLimitChanged, ChargingProfilesReported, MonitorsReported, VariablesReported
from .monitoring import ReportedMonitor
from .state import ReportedVariable, memory_of

__all__ = [
    "ChargePoint201",
    "ChargingLimitChanged",
    "ChargingProfilesReported",
    "MonitorsReported",
    "ReportedMonitor",
    "ReportedVariable",
    "VariablesReported",
    "memory_of",
]
