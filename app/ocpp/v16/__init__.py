"""OCPP 1.6J."""

from .chargepoint import ChargePoint16

__all__ = ["ChargePoint16"]
