from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.services.rules.timeparse import ParseError, format_days, format_time, parse_days, parse_time


@pytest.mark.parametrize(
    ("text", "mask"),
    [("Mon-Fri", 0b0011111), ("Sat,Sun", 0b1100000), ("daily", 127), ("Fri-Mon", 0b1110001), ("wed", 0b100)],
)
def test_parse_days(text: str, mask: int) -> None:
    assert parse_days(text) == mask


@pytest.mark.parametrize("bad", ["", "Mon-", "Funday", "Mon,,Tue", "1-5"])
def test_parse_days_refuses(bad: str) -> None:
    with pytest.raises(ParseError, match="not a day list"):
        parse_days(bad)


@given(st.integers(min_value=1, max_value=127))
def test_days_round_trip(mask: int) -> None:
    assert parse_days(format_days(mask)) == mask


def test_times() -> None:
    assert parse_time("07:00") == 420
    assert parse_time("24:00", allow_24=True) == 1440
    assert format_time(1440) == "24:00"
    with pytest.raises(ParseError, match="25:00 is not a time"):
        parse_time("25:00")
    with pytest.raises(ParseError):
        parse_time("24:00")
    with pytest.raises(ParseError):
        parse_time("7h")


@given(st.integers(min_value=0, max_value=1439))
def test_time_round_trip(minute: int) -> None:
    assert parse_time(format_time(minute)) == minute


def test_parse_end_reads_midnight_as_the_end_of_the_day() -> None:
    from app.services.rules.timeparse import parse_end

    assert parse_end("24:00") == parse_end("00:00") == 1440
    assert parse_end("18:30") == 1110
    with pytest.raises(ParseError):
        parse_end("24:30")
