"""ChargeDesk: operator console for EV charging stations with a local OCPP central system."""

__version__ = "0.1.0"
