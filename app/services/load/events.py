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
    "limit_a", "phases", "reason", "paused", "managed"}``."""

    site_id: int = 0
    at: dt.datetime = field(default_factory=_now)
    circuits: tuple[dict[str, Any], ...] = ()
    sessions: tuple[dict[str, Any], ...] = ()

    def __post_init__(self) -> None:  # lists from the site bus's JSON: tuples, as published
        object.__setattr__(self, "circuits", tuple(self.circuits))
        object.__setattr__(self, "sessions", tuple(self.sessions))
