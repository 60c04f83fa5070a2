"""Helpers of the QtCharts charts (a session's meter values, the Load page): a time axis in a site's local time
(QDateTimeAxis labels in the machine's zone, not the site's), points at moments, round axis tops."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCharts import QCategoryAxis
from PySide6.QtCore import QPointF

from app.services import locale_format as fmt

STEPS_MIN = (5, 10, 15, 30, 60, 120, 180, 360, 720, 1440, 2880, 10080)


def ms(moment: dt.datetime) -> float:
    """A moment as a chart's x value (milliseconds since the epoch)."""
    return moment.timestamp() * 1000.0


def point(moment: dt.datetime, value: float) -> QPointF:
    return QPointF(ms(moment), value)


def time_axis(
    axis: QCategoryAxis, first: dt.datetime, last: dt.datetime, zone: dt.tzinfo, ticks: int = 8
) -> None:
    """``axis`` spans ``first``–``last`` with at most ``ticks`` labels on round local times ("14:00", or
    "Mon 14:00" when the span crosses midnight)."""
    for label in list(axis.categoriesLabels()):
        axis.remove(label)
    if last <= first:
        last = first + dt.timedelta(minutes=1)
    span = (last - first).total_seconds() / 60
    step = next((m for m in STEPS_MIN if span / m <= ticks), 20160)
    lo, hi = ms(first), ms(last)
    axis.setRange(lo, hi)
    local_first = first.astimezone(zone)
    midnight = local_first.replace(hour=0, minute=0, second=0, microsecond=0)
    minutes = (local_first - midnight).total_seconds() / 60
    tick = midnight + dt.timedelta(minutes=(int(minutes // step) + 1) * step)
    multi_day = first.astimezone(zone).date() != last.astimezone(zone).date()
    seen: set[str] = set()
    while tick.astimezone(dt.UTC) < last:
        local = tick.astimezone(zone)
        label = fmt.day_time(local) if multi_day else fmt.time(local)
        if label not in seen:
            axis.append(label, ms(tick))
            seen.add(label)
        tick += dt.timedelta(minutes=step)
    axis.setStartValue(lo)


def nice_top(value: float) -> float:
    """A round upper bound for an axis (≥ 1): 7.3 → 8, 23 → 25, 180 → 200."""
    if value <= 1:
        return 1.0
    magnitude = 10 ** (len(str(int(value))) - 1)
    for m in (1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10):
        if value <= m * magnitude:
            return float(m * magnitude)
    return float(10 * magnitude)
