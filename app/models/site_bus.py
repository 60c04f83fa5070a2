"""The tables behind the site bus (PostgreSQL): which process runs, which holds which charger, and operations
carried from a console to the host that holds the charger. See :mod:`app.services.central.site_bus`.

Times are naive UTC like every :class:`UTCDateTime`; the bus writes them with ``now() at time zone 'utc'`` so a
process's clock does not decide a lease. The tables exist on SQLite too (one schema) and stay empty there: a SQLite
file has one central system and no attached consoles.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, BigInteger, Boolean, Float, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, UTCDateTime, utcnow


class BusNode(Base):
    """A running ChargeDesk process on the bus: a host (``serve`` or a console running the central system) or an
    attached console. Alive while ``lease_until`` is in the future; the process renews it every few seconds."""

    __tablename__ = "bus_nodes"

    id: Mapped[str] = mapped_column(String(16), primary_key=True)
    role: Mapped[str] = mapped_column(String(10))  # host | attached | cli
    program: Mapped[str] = mapped_column(String(10))  # serve | console | cli
    machine: Mapped[str] = mapped_column(String(120), default="")
    pid: Mapped[int] = mapped_column(Integer, default=0)
    url: Mapped[str] = mapped_column(String(200), default="")  # where chargers connect (hosts)
    wants_frames: Mapped[bool] = mapped_column(Boolean, default=False)  # a console shows the message log
    started_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    lease_until: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class ChargerPresence(Base):
    """Which host holds a charger's connection now (one row per connected charger)."""

    __tablename__ = "charger_presence"
    __table_args__ = (Index("ix_charger_presence_node", "node_id"),)

    cp_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    node_id: Mapped[str] = mapped_column(String(16))
    ocpp_version: Mapped[str] = mapped_column(String(8), default="1.6")
    ip: Mapped[str] = mapped_column(String(64), default="")
    secure: Mapped[bool] = mapped_column(Boolean, default=False)
    connected_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class BusRequest(Base):
    """One operation for a charger, from a console (or the command line) to the host that holds it, and its
    answer. The row survives a lost notification: a host re-reads its pending rows, a requester its answers."""

    __tablename__ = "bus_requests"
    __table_args__ = (Index("ix_bus_requests_node_status", "node_id", "status"),)

    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True)
    node_id: Mapped[str] = mapped_column(String(16))  # the host that is to carry it out
    reply_to: Mapped[str] = mapped_column(String(16))  # the requesting node
    cp_id: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(64))  # an OCPP action, or a host command ("host:...")
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)
    timeout_s: Mapped[float] = mapped_column(Float, default=30.0)
    requested_by: Mapped[str] = mapped_column(String(160), default="")
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    status: Mapped[str] = mapped_column(String(10), default="pending")  # pending | running | done | failed
    answer: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    error_kind: Mapped[str | None] = mapped_column(String(20))
    error_text: Mapped[str | None] = mapped_column(Text)
    answered_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)


class BusEvent(Base):
    """An event too large for a NOTIFY payload (~8,000 bytes): stored here, its id notified. Kept minutes."""

    __tablename__ = "bus_events"

    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True)
    ts: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    body: Mapped[str] = mapped_column(Text)
