"""The service objects behind Stations, Schedules and Settings (app.services.api.AppServices): one call per
intention, each its own unit of work, plain data out, no session in sight."""

from __future__ import annotations

import asyncio
import dataclasses
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.exc import OperationalError

from app.db import Database
from app.models import Site, Station, Tariff
from app.services.admin.access_plans import GrantForm, PlanForm, WindowRow, WriteRefused
from app.services.admin.catalog import SiteForm, TariffForm
from app.services.admin.database import check_database, database_status
from app.services.admin.passwords import verify_password
from app.services.admin.stations import AccessMode, ConnectorForm, StationForm
from app.services.api import AppServices
from app.services.revisions import EditConflict
from app.services.validation import FormError


@pytest.fixture
def services(sqlite_db: Database) -> Iterator[AppServices]:
    s = AppServices.local(sqlite_db)
    yield s
    s.close()


def test_catalog_saves_lists_and_refuses(services: AppServices, sqlite_db: Database) -> None:
    site_id = services.catalog.save_site(SiteForm(name="HQ Zurich", vat_percent="8,1"))
    tariff_id = services.catalog.save_tariff(TariffForm(name="employee", per_kwh=" 0,20 "))
    assert [(f.id, f.name, f.vat_percent) for f in services.catalog.sites()] == [
        (site_id, "HQ Zurich", "8.10")
    ]
    assert [(f.id, f.per_kwh) for f in services.catalog.tariffs()] == [(tariff_id, "0.2")]
    with pytest.raises(FormError) as err:
        services.catalog.save_tariff(TariffForm(name="Employee"))
    assert "exists already" in err.value.problems["name"]
    with sqlite_db.session() as s:
        assert s.scalar(select(Tariff.per_kwh)) == Decimal("0.2")
        assert len(s.scalars(select(Site)).all()) == 1
    services.catalog.delete_tariff(tariff_id)
    assert services.catalog.tariffs() == []


def test_stations_service_from_new_form_to_delete(services: AppServices, sqlite_db: Database) -> None:
    site_id = services.catalog.save_site(SiteForm(name="HQ Zurich"))
    opened = services.stations.open_editor(None, site_id=site_id)
    assert opened.form.site_id == site_id and [c.name for c in opened.choices.sites] == ["HQ Zurich"]
    form = dataclasses.replace(
        opened.form,
        name="Hall B",
        charge_point_id="HALL-B-1",
        password="hall-b-charger-2026",
        security_profile=1,
    )
    assert services.stations.validate(form) == {}
    hashed = services.stations.prehash(form).result(
        timeout=10
    )  # on the store's pool, not the caller's thread
    assert hashed.password_hash is not None and verify_password("hall-b-charger-2026", hashed.password_hash)
    station_id = services.stations.save(hashed)
    listing = services.stations.load_list()
    assert [(r.id, r.name, r.has_password) for r in listing.rows] == [(station_id, "Hall B", True)]
    copy = services.stations.duplicate(station_id)
    assert copy.id is None and copy.charge_point_id == "HALL-B-2" and copy.password == ""
    services.stations.disable(station_id)
    assert services.stations.load_list().rows[0].enabled is False
    assert services.stations.delete(station_id) == "HALL-B-1"
    with pytest.raises(LookupError):
        services.stations.open_editor(station_id)
    with sqlite_db.session() as s:
        assert s.scalars(select(Station)).all() == []


def test_plans_service_saves_a_plan_and_a_grants_times(services: AppServices) -> None:
    site_id = services.catalog.save_site(SiteForm(name="HQ Zurich"))
    station = StationForm(
        name="Hall B", site_id=site_id, charge_point_id="HALL-B-1", connectors=[ConnectorForm(number=1)]
    )
    station_id = services.stations.save(station)
    lists = services.plans.choices()
    assert [s.id for s in lists.stations] == [station_id] and lists.tariffs == []
    targets = services.plans.targets(station_id)
    form = services.plans.load(targets.targets[0])
    assert isinstance(form, PlanForm)
    form.windows = [WindowRow(0b11111, 7 * 60, 18 * 60, AccessMode.LIMITED)]
    saved = services.plans.save(form)
    assert isinstance(saved, PlanForm) and saved.windows == form.windows and saved.revision != form.revision
    with pytest.raises(EditConflict):
        services.plans.save(form)  # the revision it was loaded at is gone
    assert not isinstance(saved, GrantForm)


def test_a_refused_write_is_reported_as_such(services: AppServices, sqlite_db: Database) -> None:
    site_id = services.catalog.save_site(SiteForm(name="HQ Zurich"))
    station_id = services.stations.save(
        StationForm(
            name="Hall B", site_id=site_id, charge_point_id="HALL-B-1", connectors=[ConnectorForm(number=1)]
        )
    )
    form = services.plans.load_plan(station_id)
    with sqlite_db.engine.connect() as c:  # another writer holds the database
        c.exec_driver_sql("BEGIN EXCLUSIVE")
        sqlite_db.engine.pool.dispose()
        try:
            with pytest.raises(WriteRefused) as err:
                services.plans.save(
                    dataclasses.replace(form, windows=[WindowRow(1, 60, 120, AccessMode.PUBLIC)])
                )
        finally:
            c.exec_driver_sql("ROLLBACK")
    assert err.value.reason == "OperationalError"


def test_database_check_describes_what_it_finds(
    services: AppServices, sqlite_db: Database, tmp_path: Path
) -> None:
    status = database_status(sqlite_db.url)
    assert status.up_to_date and not status.empty and status.describe == sqlite_db.describe()
    assert asyncio.run(services.databases.check(sqlite_db.url)) == check_database(sqlite_db.url)
    empty = database_status(f"sqlite:///{tmp_path / 'new.db'}")
    assert empty.empty and "empty database" in empty.sentence()
    assert services.databases.describe() == sqlite_db.describe()
    with pytest.raises(OperationalError):
        asyncio.run(services.databases.check("postgresql://nobody@127.0.0.1:1/none"))
