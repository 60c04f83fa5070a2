"""Weekly access plans evaluated at a site's local wall-clock time (pure: no database, no Qt).

A :class:`Plan` mirrors an :class:`~app.models.AccessSchedule`: a default mode and tariff, weekly
:class:`Window` rows and date :class:`Exception_` rows. :func:`mode_at` says which mode and tariff apply at a
local wall-clock time and why; :func:`change_points` lists where that may change, for pricing in bands.

Rules for one local date:

* a date exception with a fixed mode covers the whole date, 00:00–24:00; nothing spills into it;
* otherwise the windows of the date's weekday apply (or, for an exception that follows another weekday, that
  weekday's windows); a window that runs past midnight spills into the next morning as the previous date's plan
  says (which may itself be an exception);
* the date's own windows win over a spill-over, the first window in the list wins over later ones (see
  :func:`validate_windows`), and the default fills the rest.

Tariffs are named; a window or exception without a tariff uses the plan's default tariff.

Time zones: rules are in local wall-clock time, timestamps are UTC. Every UTC instant has exactly one wall time
(:func:`to_local`), so a DST day is covered for 23 or 25 hours, with no gap and no overlap. Going the other way
(:func:`from_local`) a wall time may not exist or occur twice; the result says what was done about it.
"""

from __future__ import annotations

import datetime as dt
import math
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import pairwise
from zoneinfo import ZoneInfo

from app.models import AccessMode, AccessSchedule, Tariff
from app.services.i18n import PLURAL, QT_TRANSLATE_NOOP, translate
from app.services.rules.timeparse import ALL_DAYS, DAY_NAMES, format_days, format_time
from app.services.rules.week import DAY, overlaps, spans_of
from app.services.rules.week import WEEK as WEEK  # the rule engine's names for the week, kept public
from app.services.texts import Text

ONE_DAY = dt.timedelta(days=1)
UTC = dt.UTC


MODE_NAMES = {
    AccessMode.PUBLIC: QT_TRANSLATE_NOOP("AccessMode", "Public"),
    AccessMode.LIMITED: QT_TRANSLATE_NOOP("AccessMode", "Limited"),
    AccessMode.PRIVATE: QT_TRANSLATE_NOOP("AccessMode", "Private"),
}

# What a moment's rule is made of (``Slot.source``), as a :class:`~app.services.texts.Text`: made in a cache the
# host shares by every reader and stored in decisions' reasons, so never translated where it is made; shown in the
# reader's language (context AccessReasons, :func:`app.services.rules.access.shown_reason`).
SOURCE_MODES = {
    AccessMode.PUBLIC: QT_TRANSLATE_NOOP("AccessReasons", "Public"),
    AccessMode.LIMITED: QT_TRANSLATE_NOOP("AccessReasons", "Limited"),
    AccessMode.PRIVATE: QT_TRANSLATE_NOOP("AccessReasons", "Private"),
}
SOURCE_DEFAULT = QT_TRANSLATE_NOOP("AccessReasons", "{mode} (default)")
SOURCE_DEFAULT_VIA = QT_TRANSLATE_NOOP("AccessReasons", "{mode} (default; {note})")
SOURCE_WINDOW = QT_TRANSLATE_NOOP("AccessReasons", "{mode} {days} {start}–{end}")
SOURCE_WINDOW_VIA = QT_TRANSLATE_NOOP("AccessReasons", "{mode} {days} {start}–{end} ({note})")
SOURCE_FIXED = QT_TRANSLATE_NOOP("AccessReasons", "{name} (fixed {mode})")
SOURCE_FOLLOWS = QT_TRANSLATE_NOOP("AccessReasons", "{name} follows {day}")


def mode_name(mode: AccessMode) -> str:
    """``AccessMode.LIMITED`` → ``"Limited"`` (in the operator's language)."""
    return translate("AccessMode", MODE_NAMES[mode])


def days_label(mask: int) -> str:
    """A day mask as people read it: ``"Mon–Fri"``, ``"Sat,Sun"``."""
    return format_days(mask).replace("-", "–")


_ZONES: dict[str, ZoneInfo] = {}


def _zone(tz: str | ZoneInfo) -> ZoneInfo:
    if isinstance(tz, ZoneInfo):
        return tz
    zone = _ZONES.get(tz)
    if zone is None:  # ZoneInfo(tz) is the zone its own cache keeps (the same object): looked up once here
        zone = _ZONES[tz] = ZoneInfo(tz)
    return zone


def _midnight(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time())


def _require_naive(local: dt.datetime) -> None:
    if local.tzinfo is not None:
        raise ValueError("expected a naive local wall-clock time (convert UTC instants with to_local())")


def _require_aware(instant: dt.datetime) -> None:
    if instant.tzinfo is None or instant.utcoffset() is None:
        raise ValueError("expected an aware datetime (UTC); a naive one is ambiguous")


# --- plans ------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Weekly:
    """On ``days`` (bit 0 = Monday) from ``start`` to ``end`` (minutes of the local day).

    ``end <= start`` runs past midnight into the next day; the day bits name the day it starts on.
    """

    days: int
    start: int
    end: int

    @property
    def spans_midnight(self) -> bool:
        return self.end <= self.start

    @property
    def label(self) -> str:
        return f"{days_label(self.days)} {format_time(self.start)}–{format_time(self.end)}"

    def on(self, weekday: int) -> bool:
        return bool(self.days >> weekday & 1)

    def covers(self, local: dt.datetime) -> bool:
        """Whether the local wall-clock time falls inside one of this range's weekly occurrences."""
        return self.occurrence_end(local) is not None

    def occurrence_end(self, local: dt.datetime) -> dt.datetime | None:
        """The end of the occurrence covering ``local`` (local wall-clock), or None when none covers it."""
        minute = local.hour * 60 + local.minute  # bounds are whole minutes, so the floor compares exactly
        weekday = local.weekday()
        midnight = _midnight(local.date())
        if self.on(weekday) and self.start <= minute < (DAY if self.spans_midnight else self.end):
            return midnight + dt.timedelta(minutes=self.end + (DAY if self.spans_midnight else 0))
        if self.spans_midnight and self.on((weekday - 1) % 7) and minute < self.end:
            return midnight + dt.timedelta(minutes=self.end)
        return None


@dataclass(frozen=True)
class Window(Weekly):
    """A weekly window that sets a mode and (optionally) a tariff, by name."""

    mode: AccessMode
    tariff: str | None = None

    @property
    def label(self) -> str:
        return f"{mode_name(self.mode)} {super().label}"


@dataclass(frozen=True)
class Exception_:  # the trailing underscore keeps clear of the builtin
    """A date that follows another weekday's windows (``follow_weekday``, 0 = Monday) or a fixed ``mode``."""

    date: dt.date
    follow_weekday: int | None = None
    mode: AccessMode | None = None
    tariff: str | None = None
    label: str = ""

    def __post_init__(self) -> None:
        if (self.follow_weekday is None) == (self.mode is None):
            raise ValueError(f"exception {self.date}: give either a weekday to follow or a fixed mode")
        if self.follow_weekday is not None and not 0 <= self.follow_weekday <= 6:
            raise ValueError(f"exception {self.date}: weekday {self.follow_weekday} is not 0 (Mon)–6 (Sun)")

    @property
    def name(self) -> str:
        return f"holiday '{self.label}'" if self.label else f"exception {self.date.isoformat()}"


@dataclass(frozen=True)
class Plan:
    default_mode: AccessMode = AccessMode.PUBLIC
    default_tariff: str | None = None
    windows: tuple[Window, ...] = ()
    exceptions: tuple[Exception_, ...] = ()
    _by_date: dict[dt.date, Exception_] = field(init=False, repr=False, compare=False)
    _dates: tuple[dt.date, ...] = field(init=False, repr=False, compare=False)
    _hash: int = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        by_date = {e.date: e for e in self.exceptions}
        if len(by_date) != len(self.exceptions):
            raise ValueError("two exceptions for the same date")
        object.__setattr__(self, "_by_date", by_date)
        object.__setattr__(self, "_dates", tuple(sorted(by_date)))
        # the dataclass's own hash of the compared fields, once: every lookup of the evaluation caches hashes the
        # plan (its windows and exceptions, each field by field) and a plan never changes
        object.__setattr__(
            self, "_hash", hash((self.default_mode, self.default_tariff, self.windows, self.exceptions))
        )

    def __hash__(self) -> int:
        return self._hash

    @classmethod
    def from_model(cls, schedule: AccessSchedule) -> Plan:
        return cls(
            default_mode=schedule.default_mode,
            default_tariff=_tariff_name(schedule.default_tariff),
            windows=tuple(
                Window(w.days, w.start_minute, w.end_minute, w.mode, _tariff_name(w.tariff))
                for w in schedule.windows
            ),
            exceptions=tuple(
                Exception_(e.date, e.follow_weekday, e.mode, _tariff_name(e.tariff), e.label)
                for e in schedule.exceptions
            ),
        )

    def exception_on(self, day: dt.date) -> Exception_ | None:
        return self._by_date.get(day)

    def next_exception(self, day: dt.date) -> dt.date | None:
        """The first exception date on or after ``day``."""
        i = bisect_left(self._dates, day)
        return self._dates[i] if i < len(self._dates) else None


def _tariff_name(tariff: Tariff | None) -> str | None:
    return tariff.name if tariff is not None else None


@dataclass(frozen=True)
class Slot:
    """What applies at a moment: mode, tariff name, why (``source``), and until when (local, None = for good)."""

    mode: AccessMode
    tariff: str | None
    source: str
    until: dt.datetime | None = None


# --- evaluation -------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _DayRule:
    """How one date is planned: a fixed exception, or the windows of ``weekday`` (chosen by ``via`` if set)."""

    weekday: int
    fixed: Exception_ | None = None
    via: Exception_ | None = None


@dataclass(frozen=True)
class _Piece:
    start: int
    end: int
    slot: Slot


def _rule(plan: Plan, day: dt.date) -> _DayRule:
    exc = plan.exception_on(day)
    if exc is None:
        return _DayRule(day.weekday())
    if exc.follow_weekday is None:
        return _DayRule(day.weekday(), fixed=exc)
    return _DayRule(exc.follow_weekday, via=exc)


def _via_note(via: Exception_ | None) -> Text | None:
    if via is None or via.follow_weekday is None:
        return None
    return Text(SOURCE_FOLLOWS, name=via.name, day=DAY_NAMES[via.follow_weekday])


def _source_mode(mode: AccessMode) -> Text:
    return Text(SOURCE_MODES[mode])


def _window_slot(plan: Plan, window: Window, via: Exception_ | None) -> Slot:
    note = _via_note(via)
    values = {
        "mode": _source_mode(window.mode),
        "days": days_label(window.days),
        "start": format_time(window.start),
        "end": format_time(window.end),
    }
    return Slot(
        window.mode,
        window.tariff if window.tariff is not None else plan.default_tariff,
        Text(SOURCE_WINDOW_VIA, note=note, **values) if note else Text(SOURCE_WINDOW, **values),
    )


@lru_cache(maxsize=4096)
def _pieces(plan: Plan, today: _DayRule, previous: _DayRule) -> tuple[_Piece, ...]:
    """One date's plan as consecutive pieces covering minutes 0–1440, neighbours with equal slots merged."""
    if today.fixed is not None:
        exc = today.fixed
        assert exc.mode is not None
        tariff = exc.tariff if exc.tariff is not None else plan.default_tariff
        source = Text(SOURCE_FIXED, name=exc.name, mode=_source_mode(exc.mode))
        return (_Piece(0, DAY, Slot(exc.mode, tariff, source)),)
    layers = [
        (w.start, DAY if w.spans_midnight else w.end, _window_slot(plan, w, today.via))
        for w in plan.windows
        if w.on(today.weekday)
    ]
    if previous.fixed is None:
        layers += [
            (0, w.end, _window_slot(plan, w, previous.via))
            for w in plan.windows
            if w.spans_midnight and w.on(previous.weekday)
        ]
    note = _via_note(today.via)
    mode = _source_mode(plan.default_mode)
    default = Slot(
        plan.default_mode,
        plan.default_tariff,
        Text(SOURCE_DEFAULT_VIA, mode=mode, note=note) if note else Text(SOURCE_DEFAULT, mode=mode),
    )
    cuts = sorted({0, DAY, *(lo for lo, _, _ in layers), *(hi for _, hi, _ in layers)})
    pieces: list[_Piece] = []
    for a, b in pairwise(cuts):
        slot = next((s for lo, hi, s in layers if lo <= a and b <= hi), default)
        if pieces and pieces[-1].slot == slot:
            pieces[-1] = _Piece(pieces[-1].start, b, slot)
        else:
            pieces.append(_Piece(a, b, slot))
    return tuple(pieces)


def _day(plan: Plan, day: dt.date) -> tuple[_Piece, ...]:
    return _pieces(plan, _rule(plan, day), _rule(plan, day - ONE_DAY))


def _key(slot: Slot) -> tuple[AccessMode, str | None]:
    return slot.mode, slot.tariff


@lru_cache(maxsize=256)
def _regular_key(plan: Plan) -> tuple[AccessMode, str | None] | None:
    """The (mode, tariff) of an ordinary week if it never changes, else None."""
    keys = {
        _key(p.slot)
        for weekday in range(7)
        for p in _pieces(plan, _DayRule(weekday), _DayRule((weekday - 1) % 7))
    }
    return keys.pop() if len(keys) == 1 else None


def mode_at(plan: Plan, local: dt.datetime) -> Slot:
    """The slot at a local wall-clock time; ``until`` is when its mode or tariff next changes (None: never)."""
    _require_naive(local)
    return _mode_at(plan, local.date(), local.hour * 60 + local.minute)


@lru_cache(maxsize=4096)
def _mode_at(plan: Plan, day: dt.date, minute: int) -> Slot:
    """:func:`mode_at` for a minute of a day: the same for every second of it, and asked for that minute by the
    access check and the price of every session starting or stopping then (the central system's hot path:
    Authorize, StartTransaction and the stop's price each ask; one lookup instead of the plan's pieces walked and
    the plan hashed by each of their caches every time). Plans and slots are immutable, so the slot is shared."""
    pieces = _day(plan, day)
    index = next(i for i, p in enumerate(pieces) if p.start <= minute < p.end)
    slot = pieces[index].slot
    key = _key(slot)
    rest = pieces[index + 1 :]
    regular = _regular_key(plan)
    while True:
        for piece in rest:
            if _key(piece.slot) != key:
                return replace(slot, until=_midnight(day) + dt.timedelta(minutes=piece.start))
        day += ONE_DAY
        if regular == key and plan.exception_on(day) is None and plan.exception_on(day - ONE_DAY) is None:
            # ordinary days never change this slot: skip to the next exception, if any
            upcoming = plan.next_exception(day)
            if upcoming is None:
                return slot
            day = upcoming
        rest = _day(plan, day)


def change_points(plan: Plan, local_start: dt.datetime, local_end: dt.datetime) -> list[dt.datetime]:
    """Local wall-clock times strictly between the two at which the slot may change (piece edges, midnights)."""
    _require_naive(local_start)
    _require_naive(local_end)
    points: list[dt.datetime] = []
    day = local_start.date()
    while day <= local_end.date():
        midnight = _midnight(day)
        points.append(midnight)
        points += [midnight + dt.timedelta(minutes=p.start) for p in _day(plan, day)[1:]]
        day += ONE_DAY
    return [p for p in points if local_start < p < local_end]


def weekly_edges(
    ranges: Iterable[Weekly], local_start: dt.datetime, local_end: dt.datetime
) -> list[dt.datetime]:
    """Local starts and ends of the ranges' occurrences strictly between the two times, sorted."""
    ranges = list(ranges)
    points: set[dt.datetime] = set()
    day = local_start.date() - ONE_DAY
    while day <= local_end.date():
        midnight = _midnight(day)
        for r in ranges:
            if r.on(day.weekday()):
                points.add(midnight + dt.timedelta(minutes=r.start))
                points.add(midnight + dt.timedelta(minutes=r.end + (DAY if r.spans_midnight else 0)))
        day += ONE_DAY
    return sorted(p for p in points if local_start < p < local_end)


def validate_windows(windows: Sequence[Weekly]) -> list[str]:
    """Problems a person can fix: impossible ranges, and windows that overlap somewhere in the week."""
    return [message for _, message in indexed_window_problems(windows)]


def indexed_window_problems(windows: Sequence[Weekly]) -> list[tuple[int, str]]:
    """:func:`validate_windows`'s problems, each with the index of the window it is about (an overlap: the later
    window), so a form can show it beside that window whatever the language of the message."""
    problems: list[tuple[int, str]] = []
    for n, w in enumerate(windows, 1):
        if not 0 < w.days <= ALL_DAYS:
            problems.append(
                (
                    n - 1,
                    translate("PlanProblems", "Window {window}: choose at least one weekday.").format(
                        window=n
                    ),
                )
            )
        if not 0 <= w.start < DAY:
            problems.append(
                (
                    n - 1,
                    translate(
                        "PlanProblems", "Window {window}: the start must be a time from 00:00 to 23:59."
                    ).format(window=n),
                )
            )
        if not 0 < w.end <= DAY:
            problems.append(
                (
                    n - 1,
                    translate(
                        "PlanProblems", "Window {window}: the end must be a time from 00:01 to 24:00."
                    ).format(window=n),
                )
            )
    if problems:
        return problems
    spans = [spans_of(w) for w in windows]
    for j in range(len(windows)):
        for i in range(j):
            met = overlaps(spans[i], spans[j])
            if met:
                lo, hi = min(met)
                values = {
                    "window": j + 1,
                    "label": windows[j].label,
                    "other": i + 1,
                    "other_label": windows[i].label,
                    "span": _week_span(lo, hi),
                }
                more = len(met) - 1
                if more:
                    text = translate(
                        "PlanProblems",
                        "Window {window} ({label}) overlaps window {other} ({other_label}) on {span} "
                        "(and %n more times a week).",
                        None,
                        PLURAL,
                        int(more),
                    )
                else:
                    text = translate(
                        "PlanProblems",
                        "Window {window} ({label}) overlaps window {other} ({other_label}) on {span}.",
                    )
                problems.append((j, text.format(**values)))
    return problems


def _week_span(lo: int, hi: int) -> str:
    first, last = DAY_NAMES[lo // DAY], DAY_NAMES[(hi - 1) // DAY % 7]
    end = format_time(hi % DAY or DAY)
    if first == last:
        return f"{first} {format_time(lo % DAY)}–{end}"
    return f"{first} {format_time(lo % DAY)} – {last} {end}"


# --- time zones -------------------------------------------------------------------------------------------------


def to_local(instant: dt.datetime, tz: str | ZoneInfo) -> dt.datetime:
    """An aware instant → the naive wall-clock time of the zone (exactly one for every instant)."""
    _require_aware(instant)
    return instant.astimezone(_zone(tz)).replace(tzinfo=None)


def from_local(local: dt.datetime, tz: str | ZoneInfo) -> tuple[dt.datetime, str | None]:
    """A naive wall-clock time → the UTC instant, and a note when the wall time does not exist or is ambiguous.

    A time in the spring-forward gap is moved forward by the gap ("02:30 does not exist on 2026-03-29 (clocks go
    forward); using 03:30"); a time in the fall-back hour is taken at its first occurrence.
    """
    _require_naive(local)
    zone = _zone(tz)
    first = local.replace(tzinfo=zone, fold=0)
    second = local.replace(tzinfo=zone, fold=1)
    instant = first.astimezone(UTC)
    when = f"{local:%H:%M} on {local:%Y-%m-%d}"
    if to_local(instant, zone) != local:
        moved = to_local(instant, zone)
        return (
            instant,
            f"{local:%H:%M} does not exist on {local:%Y-%m-%d} (clocks go forward); using {moved:%H:%M}",
        )
    if first.utcoffset() != second.utcoffset():
        return (
            instant,
            f"{when} happens twice (clocks go back); using the first, {first.tzname()} ({first:%z})",
        )
    return instant, None


def clock_changes(tz: str | ZoneInfo, start: dt.datetime, end: dt.datetime) -> list[dt.datetime]:
    """The UTC instants in [start, end) at which the zone's UTC offset changes (DST transitions)."""
    _require_aware(start)
    _require_aware(end)
    zone = _zone(tz)

    def offset(second: int) -> dt.timedelta | None:
        return dt.datetime.fromtimestamp(second, zone).utcoffset()

    out: list[dt.datetime] = []
    step = 6 * 3600  # no zone changes its offset twice within six hours
    cursor, last = math.floor(start.timestamp()), math.ceil(end.timestamp())
    while cursor < last:
        lo, hi = cursor, min(cursor + step, last)
        before = offset(lo)
        if before != offset(hi):
            while hi - lo > 1:  # the first second with the new offset
                mid = (lo + hi) // 2
                lo, hi = (mid, hi) if offset(mid) == before else (lo, mid)
            change = dt.datetime.fromtimestamp(hi, UTC)
            if start <= change < end:
                out.append(change)
        cursor = min(cursor + step, last)
    return out


def utc_change_points(
    local_points: Iterable[dt.datetime], tz: str | ZoneInfo, start: dt.datetime, end: dt.datetime
) -> list[dt.datetime]:
    """UTC instants strictly between ``start`` and ``end`` where a rule with these local edges may change.

    Each local point counts at both of its occurrences (a fall-back hour repeats), and every clock change is
    included too: an edge that falls into a spring-forward gap takes effect when the clock jumps over it.
    """
    zone = _zone(tz)
    points = {
        local.replace(tzinfo=zone, fold=fold).astimezone(UTC) for local in local_points for fold in (0, 1)
    }
    points.update(clock_changes(zone, start, end))
    return sorted(p for p in points if start < p < end)
