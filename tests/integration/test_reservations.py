"""Reservations stored (issue 17): each reservation a charger accepted is kept and follows what becomes of it —
through the real central system and the repo's simulator, 2.0.1 (ReservationStatusUpdate Expired / Removed,
TransactionEvent's reservationId) and 1.6 (StartTransaction's reservationId, the expiry passing unannounced)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from app.db import Database
from app.models import ChargingSession, Reservation
from app.services.central.reservations import ReservationChanged, list_for
from app.services.central.system import CentralSystem
from app.simulator import events as ev
from app.simulator.api import VirtualCharger
from tests.helpers.ocpp import CentralFactory, EventRecorder, add_station, wait_until
from tests.integration.ocpp.test_v201_operations import REAL_TIME, add_tag, booted

CP = "HALL-B-1"
TAG = "04A2B3C4"


def rows(db: Database, cp_id: str = CP) -> dict[int, tuple[str, int | None]]:
    """reservation id -> (status, session id) of the latest row per id."""
    with db.session() as s:
        found = s.scalars(
            select(Reservation).where(Reservation.charge_point_id == cp_id).order_by(Reservation.id)
        )
        return {r.reservation_id: (r.status, r.session_id) for r in found}


async def started(central_factory: CentralFactory, db: Database) -> tuple[CentralSystem, EventRecorder]:
    add_station(db, CP, connectors=2)
    add_tag(db, TAG)
    cs = await central_factory(call_timeout_s=10)
    rec = EventRecorder()
    cs.subscribe(rec, ReservationChanged)
    return cs, rec


async def test_a_201_stations_reservations_are_stored_and_followed(
    central_factory: CentralFactory, db: Database
) -> None:
    cs, rec = await started(central_factory, db)
    ops = cs.operations
    later = dt.datetime.now(dt.UTC) + dt.timedelta(hours=2)
    async with VirtualCharger(cs.url, CP, **{**REAL_TIME, "ocpp": "2.0.1"}) as vc:
        await booted(vc, cs)
        # made (who made it kept), refused (not stored), cancelled
        assert await ops.reserve_now(CP, 2, later, TAG, 41, made_by="Anna Meier") == {"status": "Accepted"}
        assert await ops.reserve_now(CP, 9, later, TAG, 42) == {"status": "Rejected"}
        with db.session() as s:
            r = s.scalars(select(Reservation).where(Reservation.reservation_id == 41)).one()
            assert (r.connector_id, r.id_tag, r.made_by, r.status) == (2, TAG, "Anna Meier", "Reserved")
            assert abs((r.expiry - later).total_seconds()) < 1
        assert rows(db) == {41: ("Reserved", None)}
        assert await ops.cancel_reservation(CP, 41) == {"status": "Accepted"}
        assert rows(db) == {41: ("Cancelled", None)}

        # expired: the station's ReservationStatusUpdate ends it
        soon = dt.datetime.now(dt.UTC) + dt.timedelta(seconds=2)
        assert await ops.reserve_now(CP, 1, soon, TAG, 43) == {"status": "Accepted"}
        await rec.wait(
            ReservationChanged, lambda e: e.reservation_id == 43 and e.status == "Expired", timeout=20
        )
        assert rows(db)[43] == ("Expired", None)

        # used: the card's transaction carries the reservation id; the session is noted
        assert await ops.reserve_now(CP, 1, later, TAG, 44) == {"status": "Accepted"}
        await wait_until(lambda: vc.statuses()[1] == "Reserved", timeout=10)
        assert vc.present_card(TAG, 1) == "starting"
        await rec.wait(
            ReservationChanged, lambda e: e.reservation_id == 44 and e.status == "Used", timeout=20
        )
        status, session_id = rows(db)[44]
        assert status == "Used" and session_id is not None
        with db.session() as s:
            assert s.get(ChargingSession, session_id).reservation_id == 44  # type: ignore[union-attr]

        # removed: a reboot drops the station's reservations, it says so once back
        assert await ops.reserve_now(CP, 2, later, TAG, 45) == {"status": "Accepted"}
        assert await ops.reset(CP, "Immediate") == {"status": "Accepted"}
        await rec.wait(
            ReservationChanged, lambda e: e.reservation_id == 45 and e.status == "Removed", timeout=30
        )
        assert rows(db)[45] == ("Removed", None)

        listed = [(r.reservation_id, r.status) for r in db_list(db)]
        assert listed[0] == (45, "Removed") and set(listed) == {
            (41, "Cancelled"),
            (43, "Expired"),
            (44, "Used"),
            (45, "Removed"),
        }
        assert not vc.of(ev.ERROR), [e.text for e in vc.of(ev.ERROR)]


def db_list(db: Database) -> list:  # type: ignore[type-arg]
    with db.session() as s:
        return list_for(s, CP)


async def test_a_16_chargers_reservations_used_and_expired(
    central_factory: CentralFactory, db: Database
) -> None:
    cs, rec = await started(central_factory, db)
    ops = cs.operations
    later = dt.datetime.now(dt.UTC) + dt.timedelta(hours=2)
    async with VirtualCharger(cs.url, CP, **{**REAL_TIME, "ocpp": "1.6"}) as vc:
        await vc.wait_for(ev.BOOTED, lambda e: e.data["status"] == "Accepted", timeout=20)
        await wait_until(lambda: cs.is_connected(CP), timeout=10)
        # the expiry passes: a 1.6 charger says nothing; listed Expired at once, stored Expired by the check
        soon = dt.datetime.now(dt.UTC) + dt.timedelta(seconds=1)
        assert await ops.reserve_now(CP, 2, soon, TAG, 51, made_by="Anna Meier") == {"status": "Accepted"}
        assert await ops.reserve_now(CP, 1, later, TAG, 52) == {"status": "Accepted"}
        active = [(r.reservation_id, r.status) for r in db_list(db)]
        assert active == [(51, "Reserved"), (52, "Reserved")]  # active ones first, soonest expiry first
        await wait_until(lambda: dt.datetime.now(dt.UTC) > soon, timeout=5)
        assert [(r.reservation_id, r.status) for r in db_list(db)] == [(52, "Reserved"), (51, "Expired")]
        assert rows(db)[51] == ("Reserved", None)
        await cs.reservations.expire()
        assert rows(db)[51] == ("Expired", None)
        assert [e.reservation_id for e in rec.of(ReservationChanged) if e.status == "Expired"] == [51]

        # used: StartTransaction carries the reservation id
        await wait_until(lambda: vc.statuses()[1] == "Reserved", timeout=10)
        assert vc.present_card(TAG, 1) == "starting"
        await rec.wait(
            ReservationChanged, lambda e: e.reservation_id == 52 and e.status == "Used", timeout=20
        )
        assert rows(db)[52][0] == "Used" and rows(db)[52][1] is not None
