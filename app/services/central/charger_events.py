"""A 2.0.1 charger's NotifyEvent events as the audit trail keeps them (entity ``charger``, action
``charger_event``): :func:`changes_of` writes one, :func:`event_of` reads it back as the event the console got
live, so the Overview shows stored and live events alike."""

from __future__ import annotations

import datetime as dt
from typing import Any

from app.ocpp.events import ChargerEventReceived

ACTION = "charger_event"


def changes_of(e: ChargerEventReceived) -> dict[str, Any]:
    """The audit entry's ``changes`` of one event (the charger's texts cut to their OCPP lengths)."""
    out: dict[str, Any] = {
        "event_id": e.event_id,
        "trigger": e.trigger[:20],
        "notification": e.notification[:30],
        "component": e.component[:50],
        "variable": e.variable[:50],
        "where": e.where[:200],
        "actual_value": e.actual_value[:2500],
        "cleared": e.cleared,
        "timestamp": e.timestamp.isoformat() if e.timestamp else None,
        "problem": e.problem,
    }
    for name in ("evse_id", "connector_id", "cause", "monitor_id", "severity", "monitor_value"):
        value = getattr(e, name)
        if value is not None:
            out[name] = value
    if e.monitor_type:
        out["monitor_type"] = e.monitor_type
    if e.tech_code:
        out["tech_code"] = e.tech_code[:50]
    if e.tech_info:
        out["tech_info"] = e.tech_info[:500]
    return out


def _int(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def event_of(cp_id: str, at: dt.datetime, changes: dict[str, Any]) -> ChargerEventReceived:
    """The stored event ``changes`` (of :func:`changes_of`) as the event it was."""
    try:
        when: dt.datetime | None = dt.datetime.fromisoformat(str(changes.get("timestamp")))
    except ValueError:
        when = None
    value = changes.get("monitor_value")
    return ChargerEventReceived(
        cp_id,
        event_id=_int(changes.get("event_id")) or 0,
        trigger=str(changes.get("trigger") or ""),
        notification=str(changes.get("notification") or ""),
        component=str(changes.get("component") or ""),
        variable=str(changes.get("variable") or ""),
        where=str(changes.get("where") or ""),
        evse_id=_int(changes.get("evse_id")),
        connector_id=_int(changes.get("connector_id")),
        actual_value=str(changes.get("actual_value") or ""),
        cleared=bool(changes.get("cleared")),
        cause=_int(changes.get("cause")),
        tech_code=str(changes.get("tech_code") or ""),
        tech_info=str(changes.get("tech_info") or ""),
        monitor_id=_int(changes.get("monitor_id")),
        severity=_int(changes.get("severity")),
        monitor_type=str(changes.get("monitor_type") or ""),
        monitor_value=float(value) if isinstance(value, (int, float)) else None,
        problem=bool(changes.get("problem")),
        timestamp=when,
        at=at,
    )
