from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import select

from app.db import Database
from app.models import AccessSchedule, AuditEntry, Site, Station, Tariff
from app.services.admin import catalog
from app.services.validation import FormError


def test_site_and_tariff_round_trip(db: Database) -> None:
    with db.session() as s:
        sid = catalog.save_site(s, catalog.SiteForm(name="HQ Zurich", vat_percent="8.1", currency="chf"))
        tid = catalog.save_tariff(s, catalog.TariffForm(name="employee", per_kwh="0,20", free_minutes="30"))
    with db.session() as s:
        site = s.get(Site, sid)
        assert site is not None and site.currency == "CHF" and site.vat_percent == Decimal("8.1")
        t = s.get(Tariff, tid)
        assert t is not None and t.per_kwh == Decimal("0.2") and t.free_minutes == 30
        assert [f.name for f in catalog.tariffs(s)] == ["employee"]
        assert catalog.tariffs(s)[0].per_kwh == "0.2"
        assert s.scalar(select(AuditEntry).where(AuditEntry.entity == "tariff")) is not None


def test_every_problem_is_reported_and_nothing_written(db: Database) -> None:
    with pytest.raises(FormError) as e, db.session() as s:
        catalog.save_tariff(
            s,
            catalog.TariffForm(name="", per_kwh="-1", per_hour="abc", free_minutes="x", start_fee="0.12345"),
        )
    assert e.value.problems == {
        "name": "give the tariff a name (e.g. employee)",
        "per_kwh": "cannot be below zero",
        "per_hour": "'abc' is not a price (e.g. 0.35)",
        "start_fee": "at most 4 decimals",
        "free_minutes": "'x' is not a whole number of minutes",
    }
    with pytest.raises(FormError) as e, db.session() as s:
        catalog.save_site(
            s, catalog.SiteForm(name="X", timezone="Mars/Base", currency="CH", vat_percent="120")
        )
    assert set(e.value.problems) == {"timezone", "currency", "vat_percent"}
    with db.session() as s:
        assert s.scalars(select(Tariff)).all() == [] and s.scalars(select(Site)).all() == []


def test_duplicates_and_deletes_in_use_are_refused(db: Database) -> None:
    with db.session() as s:
        sid = catalog.save_site(s, catalog.SiteForm(name="HQ"))
        tid = catalog.save_tariff(s, catalog.TariffForm(name="public", per_kwh="0.45"))
        st = Station(site_id=sid, charge_point_id="CP-1", name="Hall B")
        st.schedule = AccessSchedule(default_tariff_id=tid)
        s.add(st)
    with pytest.raises(FormError, match="exists already"), db.session() as s:
        catalog.save_tariff(s, catalog.TariffForm(name="PUBLIC"))
    with pytest.raises(FormError, match="used by 1 rule"), db.session() as s:
        catalog.delete_tariff(s, tid)
    with pytest.raises(FormError, match="still has 1 station"), db.session() as s:
        catalog.delete_site(s, sid)
    with db.session() as s:
        other = catalog.save_tariff(s, catalog.TariffForm(name="unused"))
        catalog.delete_tariff(s, other)
    with db.session() as s:
        assert [t.name for t in s.scalars(select(Tariff))] == ["public"]
