from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest

from app.models import AccessMode
from app.services.rules.plan import (
    Exception_,
    Plan,
    Weekly,
    Window,
    change_points,
    clock_changes,
    from_local,
    mode_at,
    to_local,
    utc_change_points,
    validate_windows,
    weekly_edges,
)
from app.services.rules.plan import _mode_at as mode_at_minute

PUBLIC, LIMITED, PRIVATE = AccessMode.PUBLIC, AccessMode.LIMITED, AccessMode.PRIVATE
MON_FRI, FRI, SAT, SUN = 0b0011111, 0b0010000, 0b0100000, 0b1000000
ZURICH = "Europe/Zurich"
T = dt.datetime

OFFICE = Window(MON_FRI, 7 * 60, 18 * 60, LIMITED, "employee")
FRIDAY_NIGHT = Window(FRI, 22 * 60, 6 * 60, PRIVATE, "night")
PLAN = Plan(PUBLIC, "public", (OFFICE, FRIDAY_NIGHT))


def test_office_hours_and_default() -> None:
    monday = mode_at(PLAN, T(2026, 3, 30, 7, 0))
    assert (monday.mode, monday.tariff, monday.source) == (LIMITED, "employee", "Limited Mon–Fri 07:00–18:00")
    assert monday.until == T(2026, 3, 30, 18, 0)
    before = mode_at(PLAN, T(2026, 3, 30, 6, 59, 59))
    assert (before.mode, before.source, before.until) == (PUBLIC, "Public (default)", T(2026, 3, 30, 7, 0))
    assert mode_at(PLAN, T(2026, 3, 30, 17, 59)).mode is LIMITED
    assert mode_at(PLAN, T(2026, 3, 30, 18, 0)).mode is PUBLIC


def test_mode_at_answers_a_minute_once_and_every_second_of_it_alike() -> None:
    """The central system asks for the slot of the same minute for every Authorize, start and price: one lookup
    per (plan, day, minute), the same answer as computed afresh for any second of it, across edges and days."""
    plan = Plan(PUBLIC, "public", (OFFICE, FRIDAY_NIGHT), (Exception_(dt.date(2026, 4, 3), None, PRIVATE),))
    for at in (T(2026, 3, 30, 6, 59), T(2026, 3, 30, 7, 0), T(2026, 4, 2, 23, 59), T(2026, 4, 3, 22, 0)):
        for second in (0, 29, 59):
            local = at.replace(second=second, microsecond=second * 1000)
            fresh = mode_at_minute.__wrapped__(plan, local.date(), local.hour * 60 + local.minute)
            assert mode_at(plan, local) == fresh
    hits = mode_at_minute.cache_info().hits
    mode_at(plan, T(2026, 3, 30, 7, 0, 1))
    mode_at(
        Plan(PUBLIC, "public", (OFFICE, FRIDAY_NIGHT), plan.exceptions), T(2026, 3, 30, 7, 0, 58)
    )  # an equal plan
    assert mode_at_minute.cache_info().hits == hits + 2


def test_window_across_midnight_covers_the_next_morning_only() -> None:
    assert mode_at(PLAN, T(2026, 3, 28, 3, 0)).mode is PRIVATE  # Saturday 03:00, from Friday 22:00
    assert mode_at(PLAN, T(2026, 3, 27, 3, 0)).mode is PUBLIC  # Friday 03:00: Thursday has no night window
    assert mode_at(PLAN, T(2026, 3, 28, 6, 0)).mode is PUBLIC
    friday_night = mode_at(PLAN, T(2026, 3, 27, 22, 0))
    assert (friday_night.mode, friday_night.tariff) == (PRIVATE, "night")
    assert friday_night.source == "Private Fri 22:00–06:00"
    assert friday_night.until == T(2026, 3, 28, 6, 0)  # one slot across midnight
    # Saturday morning to Monday 07:00 is one Public slot
    assert mode_at(PLAN, T(2026, 3, 28, 6, 0)).until == T(2026, 3, 30, 7, 0)


def test_sunday_night_window_wraps_into_monday() -> None:
    plan = Plan(PUBLIC, None, (Window(SUN, 23 * 60, 2 * 60, PRIVATE),))
    assert mode_at(plan, T(2026, 3, 30, 1, 59)).mode is PRIVATE  # Monday
    assert mode_at(plan, T(2026, 3, 31, 1, 0)).mode is PUBLIC  # Tuesday


def test_window_without_tariff_uses_the_default_tariff() -> None:
    plan = Plan(PUBLIC, "public", (Window(SAT, 0, 1440, PRIVATE),))
    assert mode_at(plan, T(2026, 3, 28, 12, 0)).tariff == "public"


def test_fixed_exception_covers_the_whole_day_and_stops_spill_over() -> None:
    closing = Exception_(dt.date(2026, 3, 28), mode=LIMITED, tariff="closing", label="Closing day")
    plan = Plan(PUBLIC, "public", (OFFICE, FRIDAY_NIGHT), (closing,))
    slot = mode_at(plan, T(2026, 3, 28, 3, 0))  # Friday's night window would spill here
    assert (slot.mode, slot.tariff) == (LIMITED, "closing")
    assert slot.source == "holiday 'Closing day' (fixed Limited)"
    assert slot.until == T(2026, 3, 29, 0, 0)
    assert mode_at(plan, T(2026, 3, 28, 23, 59)).mode is LIMITED
    # the day before still runs its window up to midnight, and then the exception takes over
    assert mode_at(plan, T(2026, 3, 27, 23, 0)).until == T(2026, 3, 28, 0, 0)


def test_fixed_exception_day_does_not_spill_into_the_next_morning() -> None:
    good_friday = Exception_(dt.date(2026, 4, 3), mode=PUBLIC, label="Good Friday")
    plan = Plan(PUBLIC, "public", (FRIDAY_NIGHT,), (good_friday,))
    assert mode_at(plan, T(2026, 4, 3, 23, 0)).mode is PUBLIC
    saturday = mode_at(plan, T(2026, 4, 4, 3, 0))
    assert (saturday.mode, saturday.source) == (PUBLIC, "Public (default)")
    assert mode_at(plan, T(2026, 4, 11, 3, 0)).mode is PRIVATE  # the next Saturday is ordinary


def test_exception_following_another_weekday() -> None:
    easter_monday = Exception_(dt.date(2026, 4, 6), follow_weekday=6, label="Easter Monday")
    bridge = Exception_(dt.date(2026, 4, 2), follow_weekday=4, label="Bridge")  # a Thursday run as Friday
    plan = Plan(PUBLIC, "public", (OFFICE, FRIDAY_NIGHT), (easter_monday, bridge))
    monday = mode_at(plan, T(2026, 4, 6, 10, 0))
    assert monday.mode is PUBLIC
    assert monday.source == "Public (default; holiday 'Easter Monday' follows Sun)"
    thursday = mode_at(plan, T(2026, 4, 2, 23, 0))
    assert thursday.mode is PRIVATE
    assert thursday.source == "Private Fri 22:00–06:00 (holiday 'Bridge' follows Fri)"
    assert mode_at(plan, T(2026, 4, 2, 10, 0)).mode is LIMITED
    # the followed Friday's night window spills into the real Friday morning
    assert mode_at(plan, T(2026, 4, 3, 5, 0)).mode is PRIVATE
    assert mode_at(plan, T(2026, 4, 3, 6, 0)).mode is PUBLIC
    assert mode_at(plan, T(2026, 4, 3, 7, 0)).mode is LIMITED


def test_previous_ordinary_day_spills_into_a_following_exception_and_loses_to_its_windows() -> None:
    early = Window(SAT, 5 * 60, 8 * 60, LIMITED, "early")
    # Saturday 2026-03-28 runs as Saturday: the Friday night spill applies, but Saturday's own window wins
    plan = Plan(PUBLIC, None, (FRIDAY_NIGHT, early), (Exception_(dt.date(2026, 3, 28), follow_weekday=5),))
    assert mode_at(plan, T(2026, 3, 28, 4, 0)).mode is PRIVATE
    slot = mode_at(plan, T(2026, 3, 28, 5, 0))
    assert (slot.mode, slot.tariff) == (LIMITED, "early")
    assert slot.source == "Limited Sat 05:00–08:00 (exception 2026-03-28 follows Sat)"


def test_until_skips_ahead_to_a_distant_exception() -> None:
    christmas = Exception_(dt.date(2026, 12, 25), mode=PRIVATE, label="Christmas")
    plan = Plan(PUBLIC, "public", (Window(SAT, 0, 1440, PUBLIC, "public"),), (christmas,))
    assert mode_at(plan, T(2026, 3, 1, 12, 0)).until == T(2026, 12, 25, 0, 0)
    assert mode_at(plan, T(2026, 12, 25, 12, 0)).until == T(2026, 12, 26, 0, 0)
    assert mode_at(plan, T(2026, 12, 26, 12, 0)).until is None
    assert mode_at(Plan(), T(2026, 1, 1)).until is None


def test_plan_refuses_inconsistent_exceptions() -> None:
    with pytest.raises(ValueError, match="either a weekday to follow or a fixed mode"):
        Exception_(dt.date(2026, 1, 1))
    with pytest.raises(ValueError, match="either a weekday to follow or a fixed mode"):
        Exception_(dt.date(2026, 1, 1), follow_weekday=1, mode=PUBLIC)
    with pytest.raises(ValueError, match="same date"):
        Plan(
            exceptions=(
                Exception_(dt.date(2026, 1, 1), mode=PUBLIC),
                Exception_(dt.date(2026, 1, 1), mode=PRIVATE),
            )
        )


def test_mode_at_wants_a_wall_clock_time() -> None:
    with pytest.raises(ValueError, match="naive local"):
        mode_at(PLAN, T(2026, 3, 30, 7, tzinfo=dt.UTC))
    with pytest.raises(ValueError, match="aware"):
        to_local(T(2026, 3, 30, 7), ZURICH)


def test_change_points_and_weekly_edges() -> None:
    points = change_points(PLAN, T(2026, 3, 27, 0, 0), T(2026, 3, 28, 12, 0))
    assert points == [
        T(2026, 3, 27, 7),
        T(2026, 3, 27, 18),
        T(2026, 3, 27, 22),
        T(2026, 3, 28),
        T(2026, 3, 28, 6),
    ]
    edges = weekly_edges([Weekly(FRI, 22 * 60, 6 * 60)], T(2026, 3, 27, 0, 0), T(2026, 3, 28, 12, 0))
    assert edges == [T(2026, 3, 27, 22), T(2026, 3, 28, 6)]


def _coverage(plan: Plan, day: dt.date) -> Counter[AccessMode]:
    """Minutes of each mode over the local day, integrated over the UTC minutes it lasts."""
    start, _ = from_local(dt.datetime.combine(day, dt.time()), ZURICH)
    end, _ = from_local(dt.datetime.combine(day + dt.timedelta(days=1), dt.time()), ZURICH)
    minutes: Counter[AccessMode] = Counter()
    t = start
    while t < end:
        local = to_local(t, ZURICH)
        assert local.date() == day
        minutes[mode_at(plan, local).mode] += 1
        t += dt.timedelta(minutes=1)
    return minutes


@pytest.mark.parametrize(
    ("day", "hours", "night_minutes"),
    [(dt.date(2026, 3, 29), 23, 120), (dt.date(2026, 10, 25), 25, 240), (dt.date(2026, 3, 22), 24, 180)],
)
def test_dst_days_are_covered_without_gap_or_overlap(day: dt.date, hours: int, night_minutes: int) -> None:
    plan = Plan(PUBLIC, None, (Window(SUN, 60, 4 * 60, LIMITED),))  # Sunday 01:00–04:00 wall clock
    minutes = _coverage(plan, day)
    assert sum(minutes.values()) == hours * 60
    assert minutes[LIMITED] == night_minutes


def test_nonexistent_and_ambiguous_local_times() -> None:
    instant, note = from_local(T(2026, 3, 29, 2, 30), ZURICH)
    assert instant == T(2026, 3, 29, 1, 30, tzinfo=dt.UTC)
    assert to_local(instant, ZURICH) == T(2026, 3, 29, 3, 30)
    assert note == "02:30 does not exist on 2026-03-29 (clocks go forward); using 03:30"
    instant, note = from_local(T(2026, 10, 25, 2, 30), ZURICH)
    assert instant == T(2026, 10, 25, 0, 30, tzinfo=dt.UTC)  # the first 02:30, still summer time
    assert note is not None and "happens twice" in note and "using the first" in note and "CEST" in note
    assert from_local(T(2026, 10, 25, 3, 30), ZURICH) == (T(2026, 10, 25, 2, 30, tzinfo=dt.UTC), None)


def test_clock_changes_and_utc_change_points() -> None:
    year = (T(2026, 1, 1, tzinfo=dt.UTC), T(2027, 1, 1, tzinfo=dt.UTC))
    assert clock_changes(ZURICH, *year) == [
        T(2026, 3, 29, 1, tzinfo=dt.UTC),
        T(2026, 10, 25, 1, tzinfo=dt.UTC),
    ]
    assert clock_changes("UTC", *year) == []
    start, end = T(2026, 3, 28, 23, tzinfo=dt.UTC), T(2026, 3, 29, 4, tzinfo=dt.UTC)
    # an edge at 02:30 on the spring-forward night takes effect when the clock jumps, 01:00 UTC
    points = utc_change_points([T(2026, 3, 29, 2, 30)], ZURICH, start, end)
    assert T(2026, 3, 29, 1, tzinfo=dt.UTC) in points
    # an edge at 02:30 on the fall-back night happens twice
    start, end = T(2026, 10, 24, 23, tzinfo=dt.UTC), T(2026, 10, 25, 4, tzinfo=dt.UTC)
    points = utc_change_points([T(2026, 10, 25, 2, 30)], ZURICH, start, end)
    assert {T(2026, 10, 25, 0, 30, tzinfo=dt.UTC), T(2026, 10, 25, 1, 30, tzinfo=dt.UTC)} <= set(points)


def test_validate_windows_reports_overlaps_people_can_fix() -> None:
    assert validate_windows([OFFICE, FRIDAY_NIGHT, Window(MON_FRI, 18 * 60, 20 * 60, PUBLIC)]) == []
    problems = validate_windows([OFFICE, Window(FRI, 17 * 60, 20 * 60, PRIVATE)])
    assert problems == [
        "Window 2 (Private Fri 17:00–20:00) overlaps window 1 (Limited Mon–Fri 07:00–18:00) on Fri 17:00–18:00."
    ]
    problems = validate_windows([Window(SUN, 23 * 60, 2 * 60, PRIVATE), Window(0b1, 60, 180, PUBLIC)])
    assert problems == [
        "Window 2 (Public Mon 01:00–03:00) overlaps window 1 (Private Sun 23:00–02:00) on Mon 01:00–02:00."
    ]
    problems = validate_windows([OFFICE, Window(MON_FRI, 17 * 60, 19 * 60, PUBLIC)])
    assert problems[0].endswith("on Mon 17:00–18:00 (and 4 more times a week).")


def test_validate_windows_reports_bad_ranges() -> None:
    problems = validate_windows([Weekly(0, 60, 120), Weekly(1, 1440, 60), Weekly(1, 0, 0)])
    assert problems == [
        "Window 1: choose at least one weekday.",
        "Window 2: the start must be a time from 00:00 to 23:59.",
        "Window 3: the end must be a time from 00:01 to 24:00.",
    ]
