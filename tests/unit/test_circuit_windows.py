"""A circuit's time-of-day windows as the week calendar edits them (app.services.admin.circuit_windows) and the one
reading of a window's limits (circuit_rules.parse_window_limit): rows to the form and back, past midnight, the
calendar's model keeping windows with other limits apart."""

from __future__ import annotations

import pytest

from app.services.admin.circuit_rules import parse_window_limit
from app.services.admin.circuit_windows import LimitRow, limit_rows, own_limits, window_forms
from app.services.admin.circuits import WindowForm
from app.services.admin.week_edits import WeekEdits

MON, TUE, SAT = 0b1, 0b10, 0b100000
MON_FRI = 0b11111


def test_form_rows_and_back() -> None:
    forms = [
        WindowForm("Mon-Fri", "11:00", "14:00", "16", ""),
        WindowForm(),  # a blank row is no window
        WindowForm("Sat", "22:00", "06:00", "", "11"),
        WindowForm("Tue", "18:00", "24:00", "20.5", "11"),
    ]
    rows = limit_rows(forms)
    assert rows == [
        LimitRow(MON_FRI, 660, 840, max_current_a=16.0),
        LimitRow(SAT, 1320, 360, max_power_kw=11.0),
        LimitRow(TUE, 1080, 1440, max_current_a=20.5, max_power_kw=11.0),
    ]
    assert rows[1].spans_midnight and rows[1].label == "Sat 22:00–06:00"
    assert [r.limit_label for r in rows] == ["16 A", "11 kW", "20.5 A · 11 kW"]
    assert window_forms(rows) == [
        WindowForm("Mon-Fri", "11:00", "14:00", "16", ""),
        WindowForm("Sat", "22:00", "06:00", "", "11"),
        WindowForm("Tue", "18:00", "24:00", "20.5", "11"),
    ]
    with pytest.raises(ValueError, match="window 1 cannot be read"):
        limit_rows([WindowForm("Someday", "11:00", "14:00", "16")])
    with pytest.raises(ValueError, match="window 1 cannot be read"):
        limit_rows([WindowForm("Mon", "11:00", "14:00", "lots")])


def test_a_windows_limit_is_read_with_the_circuit_rules_wording() -> None:
    assert parse_window_limit("16", "", 32.0, None) == (16.0, None, {})
    assert parse_window_limit("", "11,5", None, 22.0) == (None, 11.5, {})
    assert parse_window_limit("40", "", 32.0, None)[2] == {
        "max_current_a": "a window lowers the limit; the circuit allows 32 A"
    }
    assert parse_window_limit("", "30", 32.0, 22.0)[2] == {
        "max_current_a": "a window lowers the limit; the circuit allows 22 kW"
    }
    assert parse_window_limit("", "", 32.0, None)[2] == {
        "max_current_a": "give the window a limit: A per phase, kW, or both"
    }
    assert parse_window_limit("sixteen", "-1", 32.0, None)[2] == {
        "max_current_a": "'sixteen' is not a number of A; leave it empty if there is no such limit",
        "max_power_kw": "a power limit is a positive number of kW (e.g. 43), or empty",
    }
    assert own_limits("32", "lots") == (32.0, None)


def test_the_calendar_keeps_equal_times_with_other_limits_apart() -> None:
    model = WeekEdits()
    model.reset([LimitRow(MON, 660, 840, max_current_a=16.0)])
    tuesday = LimitRow(TUE, 660, 840, max_current_a=20.0)
    assert model.apply(model.added(tuesday)) is None
    assert model.windows == [LimitRow(MON, 660, 840, max_current_a=16.0), tuesday]
    assert model.selected == (1, 1)  # the new block, not Monday's with the same times
    # moved onto Tuesday at 16 A: the same limit, so one row again
    assert model.apply(model.added(LimitRow(TUE, 900, 960, max_current_a=16.0))) is None
    assert model.apply(model.moved(2, 1, 0, -240, False)) is not None  # onto Tuesday's 20 A: refused
    assert model.apply(model.replaced(1, LimitRow(TUE, 660, 840, max_current_a=16.0))) is None
    assert model.windows[0] == LimitRow(MON | TUE, 660, 840, max_current_a=16.0)
