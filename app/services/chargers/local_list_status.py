"""The stored state of a charger's local list as kept in sync (:mod:`app.services.chargers.local_sync`), as the
pages read it: :func:`sync_status` per charger. The outcome is stored as data (``serve`` stores it; every console
reads it in its own language: :func:`app.views.widgets.local_list_text.describe`)."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Charger

__all__ = ["SyncStatus", "sync_status"]


@dataclass(frozen=True)
class SyncStatus:
    """A charger's local list as the pages show it."""

    charge_point_id: str
    supported: bool | None
    version: int | None
    entries: int | None
    synced_at: dt.datetime | None  # UTC
    ok: bool | None
    outcome: str  # as stored: JSON (app.views.widgets.local_list_text.describe makes the sentence)

    @property
    def flagged(self) -> bool:
        """The charger keeps no local list from us: cards are not checked while it is offline."""
        return self.supported is False


def sync_status(session: Session, cp_ids: Iterable[str]) -> dict[str, SyncStatus]:
    """The stored sync state of the chargers ``cp_ids`` (those that have a row)."""
    ids = list(cp_ids)
    if not ids:
        return {}
    out: dict[str, SyncStatus] = {}
    for ch in session.scalars(select(Charger).where(Charger.charge_point_id.in_(ids))):
        count: int | None = None
        if ch.ll_entries:
            with contextlib.suppress(ValueError):
                count = len(json.loads(ch.ll_entries))
        out[ch.charge_point_id] = SyncStatus(
            ch.charge_point_id,
            ch.ll_supported,
            ch.ll_version,
            count,
            ch.ll_sync_at,
            ch.ll_ok,
            ch.ll_outcome,
        )
    return out
