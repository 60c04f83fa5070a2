"""The week calendar's model without Qt (app.services.admin.week_edits): edits, merging, refusals, undo."""

from __future__ import annotations

from app.services.admin.access_plans import AccessMode, WindowRow
from app.services.admin.week_edits import HISTORY, WeekEdits, problem_of

MON, TUE, MON_FRI = 0b1, 0b10, 0b11111
LIMITED, PUBLIC = AccessMode.LIMITED, AccessMode.PUBLIC
OFFICE = WindowRow(MON_FRI, 7 * 60, 18 * 60, LIMITED, 1)


def model(*windows: WindowRow) -> WeekEdits:
    m = WeekEdits()
    m.reset(windows)
    return m


def test_moving_one_day_splits_it_off_and_moving_it_back_merges() -> None:
    m = model(OFFICE)
    assert m.apply(m.moved(0, 1, 0, 60, all_days=False)) is None  # Tuesday one hour later
    assert m.windows == [
        WindowRow(MON_FRI & ~TUE, 420, 1080, LIMITED, 1),
        WindowRow(TUE, 480, 1140, LIMITED, 1),
    ]
    assert m.selected == (1, 1) and m.selected_window() == m.windows[1]
    assert m.apply(m.moved(1, 1, 0, -60, all_days=False)) is None
    assert m.windows == [OFFICE]  # equal again but for the days: one row
    assert m.selected == (0, 1)


def test_moving_every_day_across_midnight_rotates_the_days() -> None:
    m = model(WindowRow(MON, 22 * 60, 23 * 60, PUBLIC))
    assert m.apply(m.moved(0, 0, 0, 150, all_days=True)) is None
    assert m.windows == [WindowRow(TUE, 30, 90, PUBLIC)] and m.selected == (0, 1)


def test_an_overlap_is_refused_and_changes_nothing() -> None:
    m = model(OFFICE)
    before = m.windows
    problem = m.apply(m.added(WindowRow(MON, 17 * 60, 19 * 60, PUBLIC)))
    assert problem is not None and "overlaps" in problem
    assert m.windows == before and not m.can_undo
    assert problem_of([*before, WindowRow(MON, 17 * 60, 19 * 60, PUBLIC)]) == problem


def test_remove_copy_replace_and_undo() -> None:
    m = model(OFFICE)
    assert m.commit(m.without(0, 0), None) is None  # Monday only
    assert m.windows == [WindowRow(MON_FRI & ~MON, 420, 1080, LIMITED, 1)]
    assert m.day_copied(1, TUE) is None  # nothing but the source itself
    copied = m.day_copied(1, MON)
    assert copied is not None and m.commit(copied, None) is None
    assert m.windows == [OFFICE]
    assert m.apply(m.replaced(0, WindowRow(MON_FRI, 8 * 60, 17 * 60, LIMITED, 1))) is None
    assert m.undo() and m.windows == [OFFICE]
    assert m.undo() and m.undo() and m.windows == [OFFICE] and not m.undo()


def test_history_is_bounded_and_reset_clears_it() -> None:
    m = model()
    for i in range(HISTORY + 20):
        assert m.apply(m.added(WindowRow(MON, i * 10, i * 10 + 5, PUBLIC))) is None
    undone = 0
    while m.undo():
        undone += 1
    assert undone == HISTORY
    m.reset([OFFICE])
    assert not m.can_undo and m.selected is None


def test_a_dialog_checks_against_the_other_windows_only() -> None:
    m = model(OFFICE, WindowRow(0b1100000, 0, 24 * 60, PUBLIC))
    check_edit = m.check_against_others(0)
    assert check_edit(WindowRow(MON_FRI, 6 * 60, 19 * 60, LIMITED)) is None  # replaces itself: fine
    assert check_edit(WindowRow(0b1000000, 6 * 60, 19 * 60, LIMITED)) is not None  # Sunday is taken
    assert m.check_against_others(None)(WindowRow(MON, 6 * 60, 8 * 60, PUBLIC)) is not None
