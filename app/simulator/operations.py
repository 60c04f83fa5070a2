"""The central system's operations on the charger: reset, availability, unlock, data transfer, reservations and
configuration changes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Awaitable, Callable
from typing import Any

from . import events as ev
from .core import ChargerCore
from .state import VENDOR_ID, Reservation


class OperationsMixin(ChargerCore):
    """The central system's operations on the charger: reset, availability, unlock, data transfer, reservations and"""

    def reset(self, kind: str) -> tuple[str, Callable[[], Awaitable[None]] | None]:
        """Soft / Hard (1.6), Immediate / OnIdle (2.0.1)."""
        if kind == "OnIdle" and any(c.tx is not None for c in self.connectors.values()):
            self._reset_on_idle = "Other"
            return "Scheduled", None
        stop_reason = {"Soft": "SoftReset", "Hard": "HardReset", "Immediate": "HardReset"}.get(kind, "Reboot")

        async def go() -> None:
            await self.reboot(stop_reason, "RemoteReset")

        return "Accepted", go

    def change_availability(
        self, connector_id: int, operative: bool
    ) -> tuple[str, Callable[[], Awaitable[None]] | None]:
        if connector_id == 0:
            targets = list(self.connectors.values())
        elif connector_id in self.connectors:
            targets = [self.connectors[connector_id]]
        else:
            return "Rejected", None
        scheduled = False
        for c in targets:
            if c.tx is not None or c.busy:
                c.scheduled = operative
                scheduled = True
            else:
                c.operative, c.scheduled = operative, None
        if connector_id == 0:
            self.charger_operative = operative

        async def apply() -> None:
            if connector_id == 0:
                await self.proto.charger_status()
            for c in targets:
                if c.tx is None and not c.busy:
                    await self.set_status(c, self.idle_status(c))

        return ("Scheduled" if scheduled else "Accepted"), apply

    def unlock(self, connector_id: int) -> str:
        c = self.connectors.get(connector_id)
        if c is None:
            return "NotSupported"
        if c.tx is not None:
            self.stop_transaction(c, "UnlockCommand")
        return "Unlocked"

    def data_transfer(self, vendor_id: str, message_id: str | None, data: Any) -> dict[str, Any]:
        if vendor_id != VENDOR_ID:
            return {"status": "UnknownVendorId"}
        if message_id == "ping":
            return {"status": "Accepted", "data": "pong"}
        if message_id == "echo":
            return {"status": "Accepted", "data": data}
        return {"status": "UnknownMessageId"}

    def reserve(
        self, connector_id: int, expiry: dt.datetime, tag: str, parent: str | None, reservation_id: int
    ) -> tuple[str, Callable[[], Awaitable[None]] | None]:
        if connector_id == 0 and not self.config.flag("ReserveConnectorZeroSupported"):
            return "Rejected", None
        c = self.connectors.get(connector_id)
        if c is None:
            return "Rejected", None
        if c.fault:
            return "Faulted", None
        if not (c.operative and self.charger_operative):
            return "Unavailable", None
        if c.tx is not None or c.busy or (c.reservation is not None and c.reservation.id != reservation_id):
            return "Occupied", None
        for other in self.connectors.values():  # the same id elsewhere is replaced
            if other.reservation is not None and other.reservation.id == reservation_id:
                other.reservation = None
        reservation = Reservation(reservation_id, tag, parent, expiry)
        c.reservation = reservation

        async def reserved() -> None:
            await self.set_status(c, self.idle_status(c))
            wait = (expiry - self.clock.sim_now()).total_seconds()
            if await self.clock.wait(self._halt, max(0.0, wait)):
                return  # stopping or rebooting: the reservation goes with it (2.0.1: Removed once back)
            if c.reservation is reservation:
                c.reservation = None
                self.emit(ev.OPERATION, f"reservation {reservation_id} expired", c.id)
                expired = getattr(self.proto, "reservation_expired", None)  # 2.0.1 ReservationStatusUpdate
                if expired is not None:
                    await expired(reservation_id)
                if not c.busy and c.tx is None:
                    await self.set_status(c, self.idle_status(c))

        return "Accepted", reserved

    def cancel_reservation(self, reservation_id: int) -> tuple[str, Callable[[], Awaitable[None]] | None]:
        c = next(
            (
                x
                for x in self.connectors.values()
                if x.reservation is not None and x.reservation.id == reservation_id
            ),
            None,
        )
        if c is None:
            return "Rejected", None
        c.reservation = None
        connector = c

        async def freed() -> None:
            if not connector.busy and connector.tx is None:
                await self.set_status(connector, self.idle_status(connector))

        return "Accepted", freed

    def configuration_changed(self, key: str) -> None:
        if key == "HeartbeatInterval":
            self._hb_wake.set()
        for c in self.connectors.values():
            if c.tx is not None:
                c.wake.set()
