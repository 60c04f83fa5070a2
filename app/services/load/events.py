"""The event load management publishes on the central system's bus (it crosses the site bus like every event)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from app.ocpp.events import Event


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


@dataclass(frozen=True, slots=True)
class LoadAllocated(Event):
    """A site's allocation changed (``cp_id`` is ""): per circuit its limit, what was allocated and what was
    measured, per phase; per charging connector its limit and why.

    ``circuits``: ``{"id", "name", "parent_id", "limit_a": [L1, L2, L3], "allocated_a": [..], "measured_a": [..] |
    None, "base_a": [..] | None}``; ``sessions``: ``{"cp_id", "connector_id", "transaction_id", "circuit_id",
    "limit_a", "phases", "reason", "reason_text", "paused", "managed"}`` — ``reason`` in English, ``reason_text`` its
    template and values (``{"text", "args"}``, :mod:`app.services.texts`) that a console translates where it shows
    it (an event from before has only ``reason``); ``notes`` are such texts too (or plain strings from before)."""

    site_id: int = 0
    at: dt.datetime = field(default_factory=_now)
    circuits: tuple[dict[str, Any], ...] = ()
    sessions: tuple[dict[str, Any], ...] = ()
    notes: tuple[
        str | dict[str, Any], ...
    ] = ()  # what the operator should know of the allocation (its meter)

    def __post_init__(self) -> None:  # lists from the site bus's JSON: tuples, as published
        object.__setattr__(self, "circuits", tuple(self.circuits))
        object.__setattr__(self, "sessions", tuple(self.sessions))
        object.__setattr__(self, "notes", tuple(self.notes))


@dataclass(frozen=True, slots=True)
class SupplyMeasured(Event):
    """A charger reported the current at its supply (MeterValues at Location=Inlet, measurand Current.Import):
    ``current_a`` per phase L1, L2, L3 of its supply (a phase it did not report is 0; readings without a phase
    are L1). ``at`` is the reading's timestamp as the charger sent it. A site meter of kind "charger" reads it
    (:class:`app.services.load.meter.ChargerInletMeter`)."""

    current_a: tuple[float, float, float] = (0.0, 0.0, 0.0)
    at: dt.datetime = field(default_factory=_now)

    def __post_init__(self) -> None:  # a list from the site bus's JSON: a tuple, as published
        object.__setattr__(self, "current_a", tuple(self.current_a))
