"""Reservations at the central system (issue #17): each reservation a charger accepted is stored
(:class:`~app.models.Reservation`) and follows what becomes of it — a CancelReservation accepted, a 2.0.1
station's ReservationStatusUpdate (Expired, Removed), a transaction started with its id (1.6 StartTransaction's
``reservationId``, 2.0.1 TransactionEvent's: :func:`used`, in the start's own write), and for a 1.6 charger, which
reports no expiry, its expiry passing (:meth:`Reservations.run` marks those Expired).

:class:`Reservations` is owned by :class:`~app.services.central.system.CentralSystem` (the host: whoever holds the
chargers' connections). Each change is published as :class:`ReservationChanged`, which crosses the site bus, so
an attached console re-reads the charger's reservations (:func:`list_for`) from the database."""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app.models import Reservation
from app.ocpp.backend import ReservationChange
from app.ocpp.events import Event
from app.services.central.writer import StoreUnavailable

if TYPE_CHECKING:
    from app.services.central.system import CentralSystem

log = logging.getLogger(__name__)

RESERVED = "Reserved"
ENDED = ("Used", "Cancelled", "Expired", "Removed")
EXPIRY_CHECK_S = 30.0  # how often passed expiries are noted
RECENT = 20  # ended reservations listed per charger


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


@dataclass(frozen=True, slots=True)
class ReservationChanged(Event):
    """A stored reservation of the charger changed (made, used, cancelled, expired, removed): re-read them."""

    reservation_id: int = 0
    status: str = ""
    at: dt.datetime = field(default_factory=_now)


@dataclass(frozen=True)
class ReservationRow:
    """One reservation as the Operations tab lists it."""

    reservation_id: int
    connector_id: int
    id_tag: str
    expiry: dt.datetime
    made_by: str
    made_at: dt.datetime
    status: str
    ended_at: dt.datetime | None
    session_id: int | None

    @property
    def active(self) -> bool:
        return self.status == RESERVED


# --- the database ----------------------------------------------------------------------------------------------


def _held(cp_id: str, reservation_id: int) -> Any:
    return (
        Reservation.charge_point_id == cp_id,
        Reservation.reservation_id == reservation_id,
        Reservation.status == RESERVED,
    )


def record(session: Session, cp_id: str, change: ReservationChange, now: dt.datetime) -> bool:
    """Store ``change``; whether a row changed (an update for a reservation not held here changes none)."""
    if change.status == RESERVED:
        assert change.expiry is not None
        fields = {
            "connector_id": change.connector_id,
            "id_tag": change.id_tag[:36],
            "expiry": change.expiry,
            "made_by": change.made_by[:120],
            "made_at": now,
        }
        held = session.scalars(select(Reservation).where(*_held(cp_id, change.reservation_id))).first()
        if held is not None:  # ReserveNow with the id of a held reservation replaces it (H01.FR.02)
            for name, value in fields.items():
                setattr(held, name, value)
        else:
            session.add(Reservation(charge_point_id=cp_id, reservation_id=change.reservation_id, **fields))
        return True
    done = session.execute(
        update(Reservation)
        .where(*_held(cp_id, change.reservation_id))
        .values(status=change.status, ended_at=now)
    )
    return bool(getattr(done, "rowcount", 0))


def used(session: Session, cp_id: str, reservation_id: int, session_id: int, now: dt.datetime) -> None:
    """A transaction started with the reservation (in the start's own write)."""
    session.execute(
        update(Reservation)
        .where(*_held(cp_id, reservation_id))
        .values(status="Used", ended_at=now, session_id=session_id)
    )


def expire_due(session: Session, now: dt.datetime) -> list[tuple[str, int]]:
    """Reservations whose expiry passed, marked Expired: (charge point id, reservation id) of each."""
    due = session.execute(
        select(Reservation.id, Reservation.charge_point_id, Reservation.reservation_id).where(
            Reservation.status == RESERVED, Reservation.expiry <= now
        )
    ).all()
    if due:
        session.execute(
            update(Reservation)
            .where(Reservation.id.in_([r.id for r in due]), Reservation.status == RESERVED)
            .values(status="Expired", ended_at=now)
        )
    return [(r.charge_point_id, r.reservation_id) for r in due]


def list_for(
    session: Session, cp_id: str, now: dt.datetime | None = None, recent: int = RECENT
) -> list[ReservationRow]:
    """The charger's reservations: those holding a connector (soonest expiry first), then the ``recent`` ended
    ones (latest first). A held one whose expiry passed is shown Expired (noted within EXPIRY_CHECK_S)."""
    now = now or _now()
    held = session.scalars(
        select(Reservation)
        .where(Reservation.charge_point_id == cp_id, Reservation.status == RESERVED)
        .order_by(Reservation.expiry)
    ).all()
    ended = session.scalars(
        select(Reservation)
        .where(Reservation.charge_point_id == cp_id, Reservation.status != RESERVED)
        .order_by(Reservation.ended_at.desc(), Reservation.id.desc())
        .limit(recent)
    ).all()
    out = []
    for r in (*held, *ended):
        expired = r.status == RESERVED and r.expiry <= now
        out.append(
            ReservationRow(
                r.reservation_id,
                r.connector_id,
                r.id_tag,
                r.expiry,
                r.made_by,
                r.made_at,
                "Expired" if expired else r.status,
                r.expiry if expired else r.ended_at,
                r.session_id,
            )
        )
    return sorted(out, key=lambda r: not r.active)  # (stable: each part keeps its order)


# --- the host's component ----------------------------------------------------------------------------------------


class Reservations:
    """Stores the reservations of one central system's chargers and notes passed expiries."""

    def __init__(self, cs: CentralSystem) -> None:
        self.cs = cs

    async def change(self, cp_id: str, change: ReservationChange) -> None:
        now = _now()
        changed = await self.cs.store.run(lambda s: record(s, cp_id, change, now))
        if not changed:
            log.info("%s: reservation %s %s: not one held here", cp_id, change.reservation_id, change.status)
            return
        self.cs.bus.emit(ReservationChanged(cp_id, change.reservation_id, change.status))

    async def run(self) -> None:
        """Every EXPIRY_CHECK_S: reservations whose expiry passed are Expired (a 1.6 charger reports none)."""
        while True:
            await asyncio.sleep(EXPIRY_CHECK_S)
            await self.expire()

    async def expire(self) -> None:
        now = _now()
        try:
            due = await self.cs.store.run(lambda s: expire_due(s, now))
        except StoreUnavailable:
            return
        for cp_id, reservation_id in due:
            self.cs.bus.emit(ReservationChanged(cp_id, reservation_id, "Expired"))


__all__ = [
    "ReservationChanged",
    "ReservationRow",
    "Reservations",
    "expire_due",
    "list_for",
    "record",
    "used",
]
