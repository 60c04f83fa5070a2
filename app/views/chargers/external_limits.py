"""The limits systems on site set on a 2.0.1 station (NotifyChargingLimit), as the charger's Overview and the
smart-charging part of its Operations tab show them: per EVSE and source, the value in force now, since when, and
the schedule's periods at local time; gone once cleared (ClearedChargingLimit)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtWidgets import QLabel

from app.services.i18n import translate
from app.services.load.external import ActiveLimit, source_text
from app.views.chargers.plurals import ChargerPlurals
from app.views.widgets.style import HINT, WARN, text_css
from app.views.widgets.text import plain_label


def _value(limit: float, unit: str, phases: int | None) -> str:
    number = f"{limit:g}"
    text = f"{limit / 1000:g} kW" if unit == "W" and limit >= 1000 else f"{number} {unit}"
    if phases:
        text += " " + ChargerPlurals.tr("on %n phase(s)", None, int(phases))
    return text


def _start(schedule: dict[str, object], received_at: dt.datetime) -> dt.datetime:
    text = schedule.get("startSchedule")
    if isinstance(text, str):
        try:
            return dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
        except ValueError:
            pass
    return received_at


def schedule_text(limit: ActiveLimit) -> str:
    """Its schedules' periods: "11 A from 20:47, 6 A from 21:00 (until 22:00)"."""
    parts: list[str] = []
    for schedule in limit.schedules:
        start = _start(schedule, limit.received_at)
        unit = str(schedule.get("chargingRateUnit", "A"))
        periods = schedule.get("chargingSchedulePeriod")
        for p in periods if isinstance(periods, list) else ():
            at = start + dt.timedelta(seconds=float(p.get("startPeriod", 0)))
            parts.append(
                translate("ExternalLimits", "{value} from {time}").format(
                    value=_value(float(p.get("limit", 0)), unit, p.get("numberPhases")),
                    time=f"{at.astimezone():%H:%M}",
                )
            )
        duration = schedule.get("duration")
        if isinstance(duration, int | float):
            end = start + dt.timedelta(seconds=float(duration))
            parts[-1:] = [
                translate("ExternalLimits", "{period} (until {time})").format(
                    period=parts[-1] if parts else "", time=f"{end.astimezone():%H:%M}"
                )
            ]
    return ", ".join(parts)


def limit_line(limit: ActiveLimit, now: dt.datetime) -> str:
    """One limit in a line: where, who, how much now, since when, its schedule."""
    where = (
        translate("ExternalLimits", "whole station")
        if limit.evse_id == 0
        else translate("ExternalLimits", "EVSE {evse}").format(evse=limit.evse_id)
    )
    period = limit.period_at(now)
    if period is not None:
        value = translate("ExternalLimits", "{value} now").format(value=_value(*period))
    elif limit.schedules:
        value = translate("ExternalLimits", "nothing in force now")
    else:
        value = translate("ExternalLimits", "no values given")
    text = translate("ExternalLimits", "{where}: {value} by {source}, since {since}").format(
        where=where,
        value=value,
        source=source_text(limit.source),
        since=f"{limit.received_at.astimezone():%Y-%m-%d %H:%M:%S}",
    )
    if limit.grid_critical:
        text += " — " + translate("ExternalLimits", "grid critical")
    schedule = schedule_text(limit)
    if schedule:
        text += "\n    " + translate("ExternalLimits", "schedule: {periods}").format(periods=schedule)
    return text


def limits_text(limits: Sequence[ActiveLimit], now: dt.datetime | None = None) -> str:
    if not limits:
        return translate("ExternalLimits", "none")
    at = now or dt.datetime.now(dt.UTC)
    return "\n".join(limit_line(limit, at) for limit in limits)


def limits_label() -> QLabel:
    """A label for :func:`show_limits` (plain text: the values come from the charger)."""
    label = plain_label(translate("ExternalLimits", "none"))
    label.setWordWrap(True)
    label.setToolTip(
        translate(
            "ExternalLimits",
            "Limits a system on site (the energy manager, the grid operator) set on this station; load "
            "management gives it no more while they last.",
        )
    )
    return label


def show_limits(label: QLabel, limits: Sequence[ActiveLimit] | None, error: str = "") -> None:
    if error:
        label.setText(error)
        label.setStyleSheet(text_css(WARN))
        return
    label.setText(limits_text(limits or ()))
    label.setStyleSheet(text_css(WARN if limits else HINT))
