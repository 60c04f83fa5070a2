"""The last sync of a charger's local list as the operator reads it (issue 17): the outcome
:mod:`app.services.chargers.local_sync` stores as data, made a sentence in the console's language. Used by the
Stations page's Local list column and the charger Overview."""

from __future__ import annotations

import json

from app.services.i18n import PLURAL, translate

__all__ = ["describe"]


def describe(stored: str | None) -> str:
    """The stored outcome as the operator reads it."""
    if not stored:
        return translate("LocalListSync", "Not synchronised yet")
    try:
        o = json.loads(stored)
    except ValueError:
        return stored
    if not isinstance(o, dict):
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
        cut = o.get("cut") or 0
        if cut:
            left = translate(
                "LocalListSync",
                "%n tag(s) left out: the charger holds at most {max} (LocalAuthListMaxLength)",
                None,
                PLURAL,
                int(cut),
            )
            text += " — " + left.format(max=o.get("max"))
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
