"""The one Decimal reader (app.services.rules.numbers)."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.services.rules.numbers import parse_decimal, to_decimal


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (Decimal("0.35"), Decimal("0.35")),
        (0.2, Decimal("0.2")),  # through the float's shortest text: no binary noise
        (7, Decimal(7)),
        ("12.50", Decimal("12.50")),
        (None, None),
        (True, None),
        ("lots", None),
        (float("nan"), None),
        (float("inf"), None),
        (Decimal("-Infinity"), None),
    ],
)
def test_to_decimal(value: object, expected: Decimal | None) -> None:
    assert to_decimal(value) == expected


@given(st.decimals(allow_nan=False, allow_infinity=False))
def test_to_decimal_keeps_a_finite_decimal(d: Decimal) -> None:
    assert to_decimal(d) is d


@given(st.floats(allow_nan=False, allow_infinity=False))
def test_to_decimal_of_a_float_reads_as_its_text(f: float) -> None:
    assert to_decimal(f) == Decimal(repr(f))


def test_parse_decimal_reads_what_people_type() -> None:
    assert parse_decimal(" 0,35 ") == Decimal("0.35")
    assert parse_decimal("") == 0
    assert parse_decimal("8.1") == Decimal("8.1")
    with pytest.raises(InvalidOperation):
        parse_decimal("0.3.5")
