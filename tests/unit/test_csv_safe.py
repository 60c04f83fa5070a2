"""The one CSV cell neutraliser: formula starts quoted, numbers untouched, and unquote gives the value back."""

from __future__ import annotations

import pytest

from app.services.transfer.csv_safe import neutralise, neutralise_row, unquote


@pytest.mark.parametrize(
    "value", ["=1+cmd|' /C calc'!A0", "+41 44", "-5", "@SUM(A1)", "\t=x", "\r=x", "'x", "'"]
)
def test_formula_starts_and_quotes_are_quoted_and_come_back(value: str) -> None:
    cell = neutralise(value)
    assert cell == "'" + value
    assert unquote(cell) == value


@pytest.mark.parametrize("value", ["", "plain", "a=b", " =x", "04A2B3C4", '[2,"1"]'])
def test_harmless_text_is_unchanged(value: str) -> None:
    assert neutralise(value) == value
    assert unquote(neutralise(value)) == value


def test_numbers_and_none_stay_as_they_are() -> None:
    assert neutralise_row([-1.5, -3, None, 0.0, "-x"]) == [-1.5, -3, None, 0.0, "'-x"]
