"""The stored state of a charger's local list as kept in sync (:mod:`app.services.chargers.local_sync`), as the
pages read it: :func:`sync_status` per charger, :func:`describe` for the stored outcome (translated where it is
read, so ``serve`` stores data and every console reads its own language)."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Charger
from app.services.i18n import translate

__all__ = ["SyncStatus", "describe", "sync_status"]


@dataclass(frozen=True)
class SyncStatus:
    """A charger's local list as the pages show it."""

    charge_point_id: str
    supported: bool | None
    version: int | None
    entries: int | None
    synced_at: dt.datetime | None  # UTC
    ok: bool | None
    outcome: str  # the sentence, translated

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
            describe(ch.ll_outcome),
        )
    return out


def describe(stored: str | None) -> str:
    """The stored outcome as the operator reads it."""
    if not stored:
        return translate("LocalListSync", "Not synchronised yet")
    try:
        o = json.loads(stored)
    except ValueError:
        return stored
    kind = o.get("kind")
    if kind == "sent":
        text = translate(
            "LocalListSync",
            "{update} update accepted (version {version}): {added} added or changed, {removed} removed",
        ).format(
            update=o.get("update", ""),
            version=o.get("version"),
            added=o.get("added", 0),
            removed=o.get("removed", 0),
        )
        if o.get("cut"):
            text += " — " + translate(
                "LocalListSync",
                "{cut} tags left out: the charger holds at most {max} (LocalAuthListMaxLength)",
            ).format(cut=o["cut"], max=o.get("max"))
        cache = o.get("cache")
        if cache == "Accepted":
            text += " — " + translate("LocalListSync", "authorization cache cleared")
        elif cache:
            text += " — " + translate("LocalListSync", "authorization cache not cleared: {answer}").format(
                answer=cache
            )
        return text
    if kind == "refused":
        return translate("LocalListSync", "{update} update refused by the charger: {status}").format(
            update=o.get("update", ""), status=o.get("status", "")
        )
    if kind == "error":
        return translate("LocalListSync", "Not sent: {error}").format(error=o.get("error", ""))
    if kind == "disabled":
        return translate(
            "LocalListSync", "Local list disabled on the charger (LocalAuthListEnabled = false): nothing sent"
        )
    if kind == "unsupported":
        return translate("LocalListSync", "The charger has no local authorization list: nothing sent")
    return stored
