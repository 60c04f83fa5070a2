"""Smart charging: charging profiles set and cleared, the composite schedule, connectors woken on a new limit."""

from __future__ import annotations

from typing import Any

from .core import ChargerCore
from .wire import CallError


class SmartChargingMixin(ChargerCore):
    """Smart charging: charging profiles set and cleared, the composite schedule, connectors woken on a new limit."""

    @property
    def smart_charging(self) -> bool:
        """SmartCharging among its feature profiles (SupportedFeatureProfiles; 2.0.1 SmartChargingCtrlr.Available)."""
        return "SmartCharging" in self.config.csl("SupportedFeatureProfiles")

    def require_smart_charging(self, action: str) -> None:
        """A charger without SmartCharging answers its calls with a CallError NotSupported."""
        if not self.smart_charging:
            raise CallError("NotSupported", f"{action}: SmartCharging is not supported")

    def set_profile(self, connector_id: int, profile: dict[str, Any], *, uid: bool = False) -> str:
        """SetChargingProfile (1.6 shape): stored by the smart-charging model; the power follows a new limit at
        once. ``uid``: a TxProfile names the transaction by our own id (2.0.1) rather than the central's (1.6)."""
        c = self.connectors.get(connector_id)
        tx = c.tx if c is not None else None
        tx_id = (tx.uid if uid else tx.transaction_id) if tx is not None else None
        status = self.smart.set(connector_id, profile, self.clock.sim_now(), tx_id, tx is not None)
        if status == "Accepted":
            self._wake_all()
        return status

    def clear_profiles(
        self, profile_id: int | None, connector_id: int | None, purpose: str | None, stack_level: int | None
    ) -> str:
        status = self.smart.clear(profile_id, connector_id, purpose, stack_level)
        self._wake_all()
        return status

    def _wake_all(self) -> None:
        for c in self.connectors.values():
            c.wake.set()

    def composite_schedule(self, connector_id: int, duration: int, unit: str | None) -> dict[str, Any] | None:
        if connector_id != 0 and connector_id not in self.connectors:
            return None
        if connector_id == 0:
            hardware = sum(c.electrics.max_w for c in self.connectors.values())
            phases, tx_start = 3, None
        else:
            c = self.connectors[connector_id]
            hardware = c.electrics.max_w
            phases = c.electrics.limit_phases(c.vehicle)
            tx_start = c.tx.started_sim if c.tx else None
        return self.smart.composite(
            connector_id, duration, unit, self.clock.sim_now(), tx_start, hardware, phases
        )
