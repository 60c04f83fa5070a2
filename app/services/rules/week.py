"""The week's algebra, over minutes: where a weekly window lies in the week, whether two overlap, and the
calendar's edits (merge rows that differ only in their days, rotate day bits, move one occurrence).

A weekly window is anything with ``days`` (bit 0 = Monday), ``start`` and ``end`` (minutes of the local day,
``end <= start`` running past midnight into the next day): :class:`~app.services.rules.plan.Weekly`,
:class:`~app.services.admin.access_plans.WindowRow`. Positions in the week are minutes from Monday 00:00
(``0`` to :data:`WEEK`); a window that runs past Sunday midnight wraps to Monday. Pure: no database, no Qt.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Generic, Protocol, TypeVar

DAY = 1440  # minutes
WEEK = 7 * DAY
ALL_DAYS = 0b1111111

Span = tuple[int, int]  # [start, end) in minutes of the week


class WeeklyLike(Protocol):
    @property
    def days(self) -> int: ...

    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


R = TypeVar("R", bound=WeeklyLike)


def day_mask(day: int) -> int:
    """The day bit of weekday ``day`` (0 = Monday; any integer, taken modulo 7)."""
    return 1 << (day % 7)


def rotate(days: int, shift: int) -> int:
    """Day bits moved ``shift`` days later (negative: earlier), Sunday wrapping to Monday."""
    shift %= 7
    return ((days << shift) | (days >> (7 - shift))) & ALL_DAYS


def first_day(days: int) -> int:
    """The first weekday in ``days`` (0 for none)."""
    return next((d for d in range(7) if days >> d & 1), 0)


def spans_midnight(start: int, end: int) -> bool:
    return end <= start


def length(start: int, end: int) -> int:
    """Minutes from ``start`` to ``end``; an end at or before the start is on the next day."""
    return end - start if end > start else DAY - start + end


def week_spans(days: int, start: int, end: int) -> list[Span]:
    """A weekly window's occurrences as [start, end) minutes of the week, split where it wraps at the week's
    end, in weekday order."""
    n = length(start, end)
    out: list[Span] = []
    for weekday in range(7):
        if days >> weekday & 1:
            a = weekday * DAY + start
            b = a + n
            out += [(a, WEEK), (0, b - WEEK)] if b > WEEK else [(a, b)]
    return out


def spans_of(window: WeeklyLike) -> list[Span]:
    return week_spans(window.days, window.start, window.end)


def overlaps(x: Sequence[Span], y: Sequence[Span]) -> list[Span]:
    """Where two sets of spans meet, as spans (empty: they do not overlap)."""
    return [(max(a, c), min(b, d)) for a, b in x for c, d in y if max(a, c) < min(b, d)]


def merge(windows: Sequence[R]) -> list[R]:
    """Windows equal but for their days (and on different days) become one row ("Mon–Fri"), in the order they
    first appear. Rows are dataclasses; every field but ``days`` must match."""
    out: list[R] = []
    for w in windows:
        for k, o in enumerate(out):
            if not o.days & w.days and without_days(o) == without_days(w):
                out[k] = dataclasses.replace(o, days=o.days | w.days)  # type: ignore[type-var]
                break
        else:
            out.append(w)
    return out


def without_days(row: WeeklyLike) -> object:
    """The row with its days cleared: two rows whose ``without_days`` are equal differ in their days only."""
    return dataclasses.replace(row, days=0)  # type: ignore[type-var]


def shifted(row: R, day: int, delta_days: int, delta_minutes: int) -> tuple[R, int]:
    """The occurrence of ``row`` that starts on ``day``, moved by whole days and minutes (across midnight and
    the week as needed); returns it as a one-day row and its new day. A whole-day window keeps its times."""
    n = length(row.start, row.end)
    if n >= DAY:
        delta_minutes = 0  # a whole-day window only moves between days
    begin = day * DAY + row.start + delta_days * DAY + delta_minutes
    new_day = (begin // DAY) % 7
    start = begin % DAY
    end = start + n
    if end > DAY:
        end -= DAY
    moved = dataclasses.replace(row, days=day_mask(new_day), start=start, end=end)  # type: ignore[type-var]
    return moved, new_day


@dataclass(frozen=True)
class Piece(Generic[R]):
    """What a week calendar draws in one day column: window ``index``'s occurrence starting on ``day``, shown in
    ``column`` from ``start`` to ``end``; a window across midnight is two pieces, the evening and the next
    morning. ``row`` is the window itself."""

    index: int
    day: int
    column: int
    start: int
    end: int
    row: R

    @property
    def is_morning(self) -> bool:
        """The next-morning part of a window across midnight."""
        return self.column != self.day

    @property
    def is_evening(self) -> bool:
        """The evening part of a window across midnight (it continues in the next column)."""
        return spans_midnight(self.row.start, self.row.end) and not self.is_morning


def day_pieces(windows: Sequence[R]) -> list[Piece[R]]:
    """Every window's occurrences cut at midnight, window by window and day by day."""
    out: list[Piece[R]] = []
    for i, w in enumerate(windows):
        for day in range(7):
            if not w.days >> day & 1:
                continue
            if spans_midnight(w.start, w.end):
                out.append(Piece(i, day, day, w.start, DAY, w))
                out.append(Piece(i, day, (day + 1) % 7, 0, w.end, w))
            else:
                out.append(Piece(i, day, day, w.start, w.end, w))
    return out


__all__ = [
    "ALL_DAYS",
    "DAY",
    "WEEK",
    "Piece",
    "Span",
    "WeeklyLike",
    "day_mask",
    "day_pieces",
    "first_day",
    "length",
    "merge",
    "overlaps",
    "rotate",
    "shifted",
    "spans_midnight",
    "spans_of",
    "week_spans",
    "without_days",
]
