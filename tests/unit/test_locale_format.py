"""app.services.locale_format: numbers, money, dates and weekday names in each language's Swiss locale, and the
formats ChargeDesk always had when no language is chosen (the CLI, serve)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal

import pytest

from app.services import locale_format as fmt

MOMENT = dt.datetime(2026, 12, 7, 14, 5, 9)


@pytest.fixture(autouse=True)
def no_locale_after() -> Iterator[None]:
    yield
    fmt.use(None)


def test_without_a_locale_the_formats_stay_as_they_were() -> None:
    assert fmt.current() is None
    assert fmt.number(1234567.5, 2) == "1,234,567.50"
    assert fmt.number(1234.5, 1, group=False) == "1234.5"
    assert fmt.money(Decimal("1234.5"), "CHF") == "CHF 1,234.50"
    assert fmt.date(MOMENT.date()) == "07.12.2026"
    assert fmt.date_time(MOMENT, seconds=True) == "07.12.2026 14:05:09"
    assert fmt.day_name(0) == "Mon" and fmt.day_name(6, wide=True) == "Sunday"
    assert fmt.day_time(MOMENT) == "Mon 14:05"  # what %a %H:%M wrote
    assert fmt.short_number(7.4) == "7.4" and fmt.short_number(22.0) == "22"


@pytest.mark.parametrize(
    ("locale", "number", "money", "date", "monday", "short", "day_time"),
    [
        ("de_CH", "1'234'567.50", "CHF\u00a01'234.50", "07.12.2026", "Montag", "7.4", "Mo. 14:05"),
        ("fr_CH", "1'234'567,50", "1'234,50\u00a0CHF", "7 déc. 2026", "lundi", "7,4", "lun. 14:05"),
        ("it_CH", "1'234'567.50", "CHF\u00a01'234.50", "7 dic 2026", "lunedì", "7.4", "lun 14:05"),
        ("en_CH", "1'234'567.50", "CHF\u00a01'234.50", "7 Dec 2026", "Monday", "7.4", "Mon 14:05"),
    ],
)
def test_each_language_writes_in_its_swiss_locale(
    locale: str, number: str, money: str, date: str, monday: str, short: str, day_time: str
) -> None:
    fmt.use(locale)
    assert fmt.current() == locale
    assert fmt.number(1234567.5, 2) == number
    assert fmt.money(Decimal("1234.5"), "CHF") == money
    assert fmt.date(MOMENT.date()) == date
    assert fmt.time(MOMENT) == "14:05"
    assert fmt.day_name(0, wide=True) == monday
    assert fmt.day_time(MOMENT) == day_time  # a weekday and a time: the Stations page's last seen, chart axes
    assert fmt.short_number(7.4) == short
    assert fmt.money(5, "") == fmt.number(5, 2)  # no currency: the amount alone
