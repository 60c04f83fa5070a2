"""Virtual charge points: ``chargedesk simulate`` and the console's "Add virtual charger".

An independent OCPP 1.6J / 2.0.1 client (websockets and the standard library only: nothing of ChargeDesk's
central system, services or database, no Qt), so it works against any compliant central system. See
:mod:`.api` for the in-process API, :mod:`.cli` for the command line and :mod:`.charger` for the behaviour.

Importing this package is cheap; the client is loaded on first use of :class:`VirtualCharger`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .api import VirtualCharger
    from .events import SimEvent, Stats
    from .state import ChargerOptions

__all__ = ["ChargerOptions", "SimEvent", "Stats", "VirtualCharger"]


def __getattr__(name: str) -> Any:
    if name in ("VirtualCharger",):
        from . import api

        return api.VirtualCharger
    if name == "ChargerOptions":
        from .state import ChargerOptions

        return ChargerOptions
    if name in ("SimEvent", "Stats"):
        from . import events

        return getattr(events, name)
    raise AttributeError(name)
