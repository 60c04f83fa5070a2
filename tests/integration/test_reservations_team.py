"""Reservations in team mode over the suite's PostgreSQL: a reservation made from an attached console is carried
out by the host, stored by the host with the attached console's operator as its maker, and the attached console
hears ReservationChanged over the site bus and reads the same rows."""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator

import pytest

from app.db import Database
from app.services.central.reservations import ReservationChanged, list_for
from app.services.central.site_bus import RemoteCentral, SiteHost
from app.services.central.system import CentralSystem
from app.simulator.api import VirtualCharger
from tests.helpers.ocpp import CentralFactory, EventRecorder, add_station, wait_until
from tests.integration.ocpp.test_v201_operations import REAL_TIME, booted


@pytest.fixture
def db_url(pg_url: str) -> str:  # the bus is PostgreSQL's LISTEN/NOTIFY
    return pg_url


@pytest.fixture
async def host(
    central_factory: CentralFactory, db: Database
) -> AsyncIterator[tuple[CentralSystem, SiteHost]]:
    central = await central_factory("accept")
    site_host = SiteHost(central, db.url)
    await site_host.start()
    yield central, site_host
    await site_host.stop()


@pytest.fixture
async def console(db: Database) -> AsyncIterator[RemoteCentral]:
    remote = RemoteCentral(db)
    await remote.start()
    yield remote
    await remote.stop()


async def test_a_reservation_from_an_attached_console_is_stored_by_the_host(
    host: tuple[CentralSystem, SiteHost], console: RemoteCentral, db: Database
) -> None:
    central, site_host = host
    add_station(db, "HALL-B-1", connectors=2)
    seen = EventRecorder()
    console.subscribe(seen, ReservationChanged)
    await wait_until(lambda: site_host.publishing, timeout=10)
    later = dt.datetime.now(dt.UTC) + dt.timedelta(hours=1)
    async with VirtualCharger(central.url, "HALL-B-1", **{**REAL_TIME, "ocpp": "2.0.1"}) as vc:
        await booted(vc, central)
        await wait_until(lambda: console.is_connected("HALL-B-1"), timeout=10)
        answer = await console.operations.reserve_now("HALL-B-1", 1, later, "04A2B3C4", 61, made_by="anna")
        assert answer == {"status": "Accepted"}
        got = await seen.wait(ReservationChanged, timeout=10)
        assert (got.cp_id, got.reservation_id, got.status) == ("HALL-B-1", 61, "Reserved")
        with db.session() as s:
            listed = list_for(s, "HALL-B-1")
        assert [(r.reservation_id, r.made_by, r.status) for r in listed] == [(61, "anna", "Reserved")]
        assert await console.operations.cancel_reservation("HALL-B-1", 61) == {"status": "Accepted"}
        await seen.wait(ReservationChanged, lambda e: e.status == "Cancelled", timeout=10)
