from __future__ import annotations

import datetime as dt

from app.db import Database
from app.models import ChargingSession, SessionStatus
from app.services.reports import overview


def test_energy_per_day_groups_by_local_day(db: Database) -> None:
    now = dt.datetime(2026, 11, 26, 12, 0, tzinfo=dt.UTC)
    with db.session() as s:
        for start, wh in [
            (dt.datetime(2026, 11, 25, 23, 30, tzinfo=dt.UTC), 5000),  # 00:30 on the 26th in Zurich
            (dt.datetime(2026, 11, 26, 8, 0, tzinfo=dt.UTC), 7000),
            (dt.datetime(2026, 11, 20, 10, 0, tzinfo=dt.UTC), 1500),
            (dt.datetime(2026, 10, 1, 10, 0, tzinfo=dt.UTC), 9999),  # older than 30 days
        ]:
            s.add(
                ChargingSession(
                    charge_point_id="CP",
                    connector_id=1,
                    id_tag="T",
                    start_at=start,
                    energy_wh=wh,
                    status=SessionStatus.COMPLETED,
                )
            )
    with db.session() as s:
        days = overview.energy_per_day(s, "Europe/Zurich", 30, now=now)
    assert len(days) == 30
    assert days[-1] == (dt.date(2026, 11, 26), 12.0)
    assert dict(days)[dt.date(2026, 11, 20)] == 1.5
    assert dict(days)[dt.date(2026, 11, 25)] == 0.0
    assert days[0][0] == dt.date(2026, 10, 28)
