"""Decimal numbers, read once: from stored or computed values (:func:`to_decimal`) and from what a person
typed (:func:`parse_decimal`). Money is never a float on its way in."""

from __future__ import annotations

import math
from decimal import Decimal, InvalidOperation
from typing import Any


def to_decimal(value: Any) -> Decimal | None:
    """A finite Decimal from a Decimal, an int, a float (through its shortest text, so 0.2 stays 0.2) or a
    numeric text; None for None, a bool, text that is no number, NaN and infinities."""
    if value is None or isinstance(value, bool):
        return None
    try:
        d = value if isinstance(value, Decimal) else Decimal(str(value))
    except InvalidOperation:
        return None
    return d if d.is_finite() else None


def parse_decimal(text: str) -> Decimal:
    """What a person typed in a price or percentage field: spaces around it ignored, a decimal comma read as
    a point, empty as 0. Raises ``ValueError`` (an ``InvalidOperation``) for anything else; the result may be
    infinite or NaN when that was typed, for the caller to refuse with its own words."""
    return Decimal(text.strip().replace(",", ".") or "0")


def parse_float(value: float | str | None) -> float | None:
    """A measure (kW, A, degrees) as a form holds it: None or "" → None; a number; a text with a decimal point or
    comma, spaces and ' as thousands separators. Raises ``ValueError`` for anything else, NaN and infinities."""
    if value is None:
        return None
    if isinstance(value, bool):
        raise ValueError(value)
    if isinstance(value, int | float):
        out = float(value)
    else:
        text = value.strip().replace("'", "").replace(" ", "")
        if not text:
            return None
        if text.count(",") == 1 and "." not in text:
            text = text.replace(",", ".")
        out = float(text)
    if not math.isfinite(out):
        raise ValueError(value)
    return out


__all__ = ["parse_decimal", "parse_float", "to_decimal"]
