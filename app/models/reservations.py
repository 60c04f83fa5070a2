"""Reservations (issue #17): each reservation a charger accepted (ReserveNow answered Accepted), kept with what
became of it.

``status``: ``Reserved`` while it holds the connector; then ``Used`` (a transaction started with its id:
``session_id``), ``Cancelled`` (CancelReservation accepted), ``Expired`` (its expiry passed: a 2.0.1 station's
ReservationStatusUpdate says so, for a 1.6 charger the central system notes it) or ``Removed`` (a 2.0.1 station
dropped it itself). A charger may reuse a reservation id once the earlier one ended, so the id is not unique; the
charger holds at most one ``Reserved`` row per id (ReserveNow with the id of a held one replaces it)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import BigInteger, CheckConstraint, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, UTCDateTime, utcnow

RESERVATION_STATUSES = ("Reserved", "Used", "Cancelled", "Expired", "Removed")


class Reservation(Base):
    __tablename__ = "reservations"
    __table_args__ = (
        Index("ix_reservations_cp_made", "charge_point_id", "made_at"),
        Index("ix_reservations_status_expiry", "status", "expiry"),
        CheckConstraint(
            "status IN ('Reserved', 'Used', 'Cancelled', 'Expired', 'Removed')", name="reservation_status"
        ),
    )

    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True)
    charge_point_id: Mapped[str] = mapped_column(String(64))
    connector_id: Mapped[int] = mapped_column(Integer)  # 2.0.1: the EVSE id; 0: any connector
    reservation_id: Mapped[int] = mapped_column(Integer)  # the OCPP id
    id_tag: Mapped[str] = mapped_column(String(36))
    expiry: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    made_by: Mapped[str] = mapped_column(String(120), default="")  # the operator who reserved
    made_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    status: Mapped[str] = mapped_column(String(10), default="Reserved")
    ended_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)  # when it stopped being Reserved
    session_id: Mapped[int | None] = mapped_column(
        BigInteger().with_variant(Integer, "sqlite")
    )  # Used: the session
