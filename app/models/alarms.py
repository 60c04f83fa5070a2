"""Alarms (issue #15): the rules an operator sets per site and the alarms the central system raised.

An :class:`AlarmRule` is one kind of condition at a site (a station offline longer than N minutes, a Faulted
connector, ...) with its threshold(s), severity and whether it is e-mailed. An :class:`Alarm` is one occurrence of
a condition: raised once while it lasts (``count`` and ``last_at`` say how often it was seen again), cleared when
it ends (it stays as history), acknowledged by an operator. ``key`` identifies the condition ("offline:HALL-1").
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    CheckConstraint,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, UTCDateTime, utcnow


class AlarmRule(Base):
    """What raises an alarm of ``kind`` at a site: ``threshold`` (minutes offline, hours of a session, refusals,
    seconds without the database, days before a certificate expires) and ``window_min`` (the refused cards'
    window, minutes)."""

    __tablename__ = "alarm_rules"
    __table_args__ = (
        Index("ix_alarm_rules_site_kind", "site_id", "kind", unique=True),
        CheckConstraint("severity IN ('info', 'warning', 'critical')", name="alarm_rule_severity"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(24))
    enabled: Mapped[bool] = mapped_column(Boolean, default=True)
    threshold: Mapped[float | None] = mapped_column(Float)
    window_min: Mapped[float | None] = mapped_column(Float)
    severity: Mapped[str] = mapped_column(String(10), default="warning")
    email: Mapped[bool] = mapped_column(Boolean, default=False)
    revision: Mapped[int] = mapped_column(Integer, server_default=text("1"))


class Alarm(Base):
    """One alarm: raised once per condition, counted while it lasts, cleared when it ends, kept as history."""

    __tablename__ = "alarms"
    __table_args__ = (
        Index("ix_alarms_key_cleared", "key", "cleared_at"),
        Index("ix_alarms_raised", "raised_at"),
    )

    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True)
    site_id: Mapped[int | None] = mapped_column(ForeignKey("sites.id", ondelete="CASCADE"), index=True)
    charge_point_id: Mapped[str] = mapped_column(String(64), default="")
    connector_id: Mapped[int | None] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(24))
    key: Mapped[str] = mapped_column(String(160))
    severity: Mapped[str] = mapped_column(String(10), default="warning")
    text: Mapped[str] = mapped_column(String(300), default="")  # in English
    #: the text's source template and values, ``{"text": ..., "args": {...}}``, translated where it is read
    #: (:func:`app.services.alarms.events.alarm_text`); None for alarms raised before migration 0015
    message: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    raised_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    cleared_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    acknowledged_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    acknowledged_by: Mapped[str] = mapped_column(String(120), default="")
    count: Mapped[int] = mapped_column(Integer, default=1)
    last_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
