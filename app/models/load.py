"""Load management (issue #14): the site's circuits and their time-of-day limits, and what the central system sent
and measured. See :mod:`app.services.load`.

A site's circuits form a tree: the root (``parent_id`` None) is the site's grid connection, below it
sub-distributions; each :class:`~app.models.Connector` sits on one circuit (``Connector.circuit_id``) and on given
phases (``Connector.phase_rotation``). Limits are amperes per phase and/or kilowatts over the circuit's phases;
a :class:`CircuitWindow` lowers them at times of the site's local week (the same conventions as access windows).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, UTCDateTime, utcnow


class Circuit(Base):
    """A part of the electrical installation with a limit: the grid connection (the root) or a sub-distribution."""

    __tablename__ = "circuits"
    __table_args__ = (
        CheckConstraint("phases IN (1, 3)", name="circuit_phases"),
        CheckConstraint("max_current_a IS NULL OR max_current_a > 0", name="circuit_max_current"),
        CheckConstraint("max_power_kw IS NULL OR max_power_kw > 0", name="circuit_max_power"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id", ondelete="CASCADE"), index=True)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("circuits.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(80))
    max_current_a: Mapped[float | None] = mapped_column(Float)  # per phase
    max_power_kw: Mapped[float | None] = mapped_column(Float)  # over its phases
    phases: Mapped[int] = mapped_column(Integer, default=3)
    position: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    revision: Mapped[int] = mapped_column(Integer, server_default=text("1"))

    parent: Mapped[Circuit | None] = relationship(remote_side="Circuit.id", back_populates="children")
    children: Mapped[list[Circuit]] = relationship(
        back_populates="parent", cascade="all, delete-orphan", order_by="Circuit.position"
    )
    windows: Mapped[list[CircuitWindow]] = relationship(
        back_populates="circuit", cascade="all, delete-orphan", order_by="CircuitWindow.position"
    )


class CircuitWindow(Base):
    """A circuit's lower limits in a weekly window of the site's local time (``days`` bit 0 = Monday; ``end_minute
    <= start_minute`` runs past midnight; 1440 = 24:00). A limit left None is the circuit's own."""

    __tablename__ = "circuit_windows"
    __table_args__ = (
        CheckConstraint("days > 0 AND days < 128", name="circuit_days_mask"),
        CheckConstraint("start_minute >= 0 AND start_minute < 1440", name="circuit_start_range"),
        CheckConstraint("end_minute > 0 AND end_minute <= 1440", name="circuit_end_range"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    circuit_id: Mapped[int] = mapped_column(ForeignKey("circuits.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    days: Mapped[int] = mapped_column(Integer)
    start_minute: Mapped[int] = mapped_column(Integer)
    end_minute: Mapped[int] = mapped_column(Integer)
    max_current_a: Mapped[float | None] = mapped_column(Float)
    max_power_kw: Mapped[float | None] = mapped_column(Float)

    circuit: Mapped[Circuit] = relationship(back_populates="windows")


class LimitChange(Base):
    """A limit the central system sent to a connector (``limit_a`` per phase; 0 = paused), why, and the answer."""

    __tablename__ = "limit_changes"
    __table_args__ = (Index("ix_limit_changes_cp_at", "charge_point_id", "at"),)

    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True)
    session_id: Mapped[int | None] = mapped_column(
        BigInteger().with_variant(Integer, "sqlite"),
        ForeignKey("sessions.id", ondelete="CASCADE"),
        index=True,
    )
    charge_point_id: Mapped[str] = mapped_column(String(64))
    connector_id: Mapped[int] = mapped_column(Integer)
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    limit_a: Mapped[float] = mapped_column(Float)
    phases: Mapped[int] = mapped_column(Integer, default=3)
    reason: Mapped[str] = mapped_column(String(200), default="")
    purpose: Mapped[str] = mapped_column(String(32), default="")
    status: Mapped[str] = mapped_column(String(32), default="")


class CircuitLoad(Base):
    """A circuit phase's limit, what was allocated on it and what was measured, sampled while anything changes
    (at most once a minute; kept 7 days): the Load page's history."""

    __tablename__ = "circuit_load"
    __table_args__ = (Index("ix_circuit_load_circuit_at", "circuit_id", "at"),)

    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True)
    circuit_id: Mapped[int] = mapped_column(ForeignKey("circuits.id", ondelete="CASCADE"))
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    phase: Mapped[int] = mapped_column(Integer)
    limit_a: Mapped[float] = mapped_column(Float)
    allocated_a: Mapped[float] = mapped_column(Float)
    measured_a: Mapped[float | None] = mapped_column(Float)


class ExternalLimit(Base):
    """A charging limit a system on site set on a 2.0.1 station (NotifyChargingLimit, OCPP 2.0.1 K12): the energy
    manager (``source`` EMS), the grid operator's ripple control (SO) or another (Other), on one EVSE or on the
    whole station (``evse_id`` 0), optionally with its ``schedule`` (the message's chargingSchedule list, JSON).
    One row per station, EVSE and source; removed by ClearedChargingLimit. Load management gives the EVSE no more
    than the schedule's period in force (:mod:`app.services.load.external`)."""

    __tablename__ = "external_limits"
    __table_args__ = (UniqueConstraint("charge_point_id", "evse_id", "source", name="uq_external_limit"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    charge_point_id: Mapped[str] = mapped_column(String(64), index=True)
    evse_id: Mapped[int] = mapped_column(Integer, default=0)
    source: Mapped[str] = mapped_column(String(20))
    grid_critical: Mapped[bool | None] = mapped_column(Boolean)
    schedule: Mapped[str | None] = mapped_column(Text)
    received_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
