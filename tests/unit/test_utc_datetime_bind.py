"""UTCDateTime's one-step SQLite bind processor writes exactly what the generic two steps write."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import TypeDecorator
from sqlalchemy.dialects import postgresql, sqlite

from app.models.base import UTCDateTime, _sqlite_bind

SQLITE = sqlite.dialect()
ZONES = st.sampled_from(
    [
        dt.UTC,
        dt.timezone(dt.timedelta(hours=5, minutes=30)),
        dt.timezone(dt.timedelta(hours=-11, minutes=-45)),
    ]
)


def generic(value: Any) -> Any:
    """TypeDecorator's own composition: process_bind_param, then SQLite DATETIME's bind processor."""
    process = TypeDecorator.bind_processor(UTCDateTime().dialect_impl(SQLITE), SQLITE)
    assert process is not None
    return process(value)


def test_sqlite_gets_the_one_step_processor_and_other_databases_the_generic_one() -> None:
    assert UTCDateTime().dialect_impl(SQLITE).bind_processor(SQLITE) is _sqlite_bind
    pg = postgresql.dialect()  # type: ignore[no-untyped-call]
    assert UTCDateTime().dialect_impl(pg).bind_processor(pg) is not _sqlite_bind


@given(st.datetimes(min_value=dt.datetime(1, 1, 2), max_value=dt.datetime(9999, 12, 30), timezones=ZONES))
def test_the_same_text_for_any_aware_datetime(value: dt.datetime) -> None:
    assert _sqlite_bind(value) == generic(value)


def test_none_and_the_same_refusals() -> None:
    assert _sqlite_bind(None) is None and generic(None) is None
    naive = dt.datetime(2026, 1, 1, 12, 0)
    for bad, error in ((naive, ValueError), (dt.date(2026, 1, 1), TypeError), ("2026-01-01", TypeError)):
        with pytest.raises(error):
            _sqlite_bind(bad)
        with pytest.raises(error):
            generic(bad)
