"""The Sessions list's "today" kept until the local day ends (services.reports.sessions.local_today_until)."""

from __future__ import annotations

import datetime as dt

from app.services.reports.sessions import local_today, local_today_until

UTC = dt.UTC


def test_today_ends_at_the_next_local_midnight() -> None:
    now = dt.datetime(2026, 3, 2, 22, 30, tzinfo=UTC)  # 23:30 in Zurich (UTC+1)
    today, until = local_today_until("Europe/Zurich", now)
    assert today == dt.date(2026, 3, 2)
    assert dt.datetime.fromtimestamp(until, UTC) == dt.datetime(2026, 3, 2, 23, 0, tzinfo=UTC)
    assert local_today("Europe/Zurich", dt.datetime.fromtimestamp(until, UTC)) == dt.date(2026, 3, 3)
    assert local_today("Europe/Zurich", dt.datetime.fromtimestamp(until - 0.001, UTC)) == today


def test_a_day_of_23_hours_and_an_unknown_zone() -> None:
    now = dt.datetime(2026, 3, 29, 0, 30, tzinfo=UTC)  # Zurich springs forward at 02:00 that day
    today, until = local_today_until("Europe/Zurich", now)
    assert today == dt.date(2026, 3, 29)
    assert dt.datetime.fromtimestamp(until, UTC) == dt.datetime(2026, 3, 29, 22, 0, tzinfo=UTC)  # 00:00 CEST
    today, until = local_today_until("Nowhere/Else", now)  # read as UTC, as local_today does
    assert (today, until) == (dt.date(2026, 3, 29), dt.datetime(2026, 3, 30, tzinfo=UTC).timestamp())
