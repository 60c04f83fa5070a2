"""The week algebra (app.services.rules.week): spans, overlaps and the calendar's edits, over minutes."""

from __future__ import annotations

from dataclasses import dataclass

from hypothesis import given
from hypothesis import strategies as st

from app.services.admin.access_plans import AccessMode, WindowRow
from app.services.rules.plan import Weekly, validate_windows
from app.services.rules.week import (
    ALL_DAYS,
    DAY,
    WEEK,
    day_mask,
    day_pieces,
    first_day,
    length,
    merge,
    overlaps,
    rotate,
    shifted,
    spans_of,
    week_spans,
)

MON, TUE, SUN = 0b1, 0b10, 0b1000000
masks = st.integers(min_value=1, max_value=ALL_DAYS)
minutes = st.integers(min_value=0, max_value=DAY - 1)
ends = st.integers(min_value=1, max_value=DAY)


@st.composite
def rows(draw: st.DrawFn) -> WindowRow:
    start, end = draw(minutes), draw(ends)
    if start == end:
        end = (end % DAY) + 1
    mode = draw(st.sampled_from([AccessMode.PUBLIC, AccessMode.LIMITED, None]))
    return WindowRow(draw(masks), start, end, mode, draw(st.sampled_from([None, 1, 2])))


def occurrences(windows: list[WindowRow]) -> set[tuple[int, int, int, AccessMode | None, int | None]]:
    return {
        (day, w.start, w.end, w.mode, w.tariff_id) for w in windows for day in range(7) if w.days >> day & 1
    }


def test_spans_across_midnight_and_the_week() -> None:
    assert week_spans(MON, 7 * 60, 18 * 60) == [(420, 1080)]
    assert week_spans(MON | TUE, 22 * 60, 6 * 60) == [(1320, 1800), (2760, 3240)]
    assert week_spans(SUN, 22 * 60, 6 * 60) == [(6 * DAY + 1320, WEEK), (0, 360)]
    assert week_spans(MON, 0, DAY) == [(0, DAY)]
    assert length(22 * 60, 6 * 60) == 480 and length(0, DAY) == DAY


@given(masks, minutes, ends)
def test_spans_cover_each_day_once_for_the_windows_length(days: int, start: int, end: int) -> None:
    spans = week_spans(days, start, end)
    assert all(0 <= a < b <= WEEK for a, b in spans)
    assert sum(b - a for a, b in spans) == bin(days).count("1") * length(start, end)
    assert (
        not overlaps(spans[:1], spans[1:]) or length(start, end) == DAY
    )  # a day's window never meets itself


@given(masks, minutes, ends, masks, minutes, ends)
def test_overlap_is_symmetric_and_what_the_rule_engine_reports(
    d1: int, s1: int, e1: int, d2: int, s2: int, e2: int
) -> None:
    a, b = week_spans(d1, s1, e1), week_spans(d2, s2, e2)
    assert bool(overlaps(a, b)) == bool(overlaps(b, a))
    if s1 != e1 % DAY and s2 != e2 % DAY:
        assert bool(overlaps(a, b)) == bool(validate_windows([Weekly(d1, s1, e1), Weekly(d2, s2, e2)]))


@given(masks, st.integers(min_value=-20, max_value=20))
def test_rotate_moves_days_and_back(days: int, shift: int) -> None:
    assert rotate(rotate(days, shift), -shift) == days
    assert bin(rotate(days, shift)).count("1") == bin(days).count("1")
    assert rotate(day_mask(first_day(days)), shift) == day_mask(first_day(days) + shift)


def test_rotate_wraps_sunday_to_monday() -> None:
    assert rotate(SUN, 1) == MON and rotate(MON, -1) == SUN and first_day(0) == 0


@given(rows(), st.integers(min_value=0, max_value=6), st.integers(-9, 9), st.integers(-3000, 3000))
def test_shifting_keeps_the_length_and_undoes(row: WindowRow, day: int, dd: int, dm: int) -> None:
    moved, new_day = shifted(row, day, dd, dm)
    assert moved.days == day_mask(new_day)
    assert moved.length == row.length
    assert (moved.mode, moved.tariff_id) == (row.mode, row.tariff_id)
    back, back_day = shifted(moved, new_day, -dd, -dm if row.length < DAY else 0)
    assert back_day == day and (back.start, back.end) == (row.start, row.end)


def test_shift_across_midnight_and_the_week() -> None:
    row = WindowRow(SUN, 22 * 60, 23 * 60, AccessMode.PUBLIC)
    moved, day = shifted(row, 6, 0, 90)  # Sunday 22:00–23:00 → Sunday 23:30–Monday 00:30
    assert (moved.days, moved.start, moved.end, day) == (SUN, 23 * 60 + 30, 30, 6)
    moved, day = shifted(row, 6, 0, 150)  # → Monday 00:30–01:30
    assert (moved.days, moved.start, moved.end, day) == (MON, 30, 90, 0)
    whole, day = shifted(WindowRow(MON, 0, DAY), 0, 1, 45)  # a whole day only changes days
    assert (whole.days, whole.start, whole.end, day) == (TUE, 0, DAY, 1)


@given(st.lists(rows(), max_size=8))
def test_merge_keeps_every_occurrence_and_joins_rows(windows: list[WindowRow]) -> None:
    merged = merge(windows)
    assert occurrences(merged) == occurrences(windows)
    assert len(merged) <= len(windows)
    for i, a in enumerate(merged):
        for b in merged[i + 1 :]:
            same = (a.start, a.end, a.mode, a.tariff_id) == (b.start, b.end, b.mode, b.tariff_id)
            assert not same or a.days & b.days  # rows left apart only when their days collide


def test_merge_makes_mon_to_fri_one_row_in_first_order() -> None:
    days = [WindowRow(day_mask(d), 420, 1080, AccessMode.LIMITED, 1) for d in range(5)]
    other = WindowRow(SUN, 0, DAY, AccessMode.PRIVATE)
    assert merge([days[0], other, *days[1:]]) == [WindowRow(0b11111, 420, 1080, AccessMode.LIMITED, 1), other]


@dataclass(frozen=True)
class Plain:
    days: int
    start: int
    end: int


@given(st.lists(rows(), max_size=6))
def test_pieces_cut_windows_at_midnight(windows: list[WindowRow]) -> None:
    pieces = day_pieces(windows)
    assert all(0 <= p.start < p.end <= DAY and 0 <= p.column < 7 for p in pieces)
    per_window = [sum(p.end - p.start for p in pieces if p.index == i) for i in range(len(windows))]
    assert per_window == [sum(b - a for a, b in spans_of(w)) for w in windows]
    for p in pieces:
        assert p.row is windows[p.index]
        assert p.is_morning == (p.column != p.day)
        assert p.is_evening == (p.row.spans_midnight and not p.is_morning)


def test_pieces_of_any_weekly_shape() -> None:
    (evening, morning) = day_pieces([Plain(SUN, 22 * 60, 6 * 60)])
    assert (evening.column, evening.start, evening.end, evening.is_evening) == (6, 1320, DAY, True)
    assert (morning.column, morning.start, morning.end, morning.is_morning) == (0, 0, 360, True)
