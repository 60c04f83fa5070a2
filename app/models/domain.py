"""The ChargeDesk domain as SQLAlchemy 2.0 typed models.

Vocabulary (PRODUCT.md): a *station* is a charger as the user sees it, its *charge point id* is its OCPP
identity, a *connector* is one outlet, a *session* is a charging transaction.

Access rules: a station and, optionally, each connector own one :class:`AccessSchedule` (a default mode and
tariff, weekly :class:`AccessWindow` rows and :class:`DateException` rows). Times in windows are minutes of the
site's local day; every stored timestamp is UTC.
"""

from __future__ import annotations

import datetime as dt
import enum
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    CheckConstraint,
    Date,
    Enum,
    Float,
    ForeignKey,
    Index,
    Integer,
    Numeric,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, UTCDateTime, utcnow

ID_TAG_MAX = 36  # OCPP 2.0.1 IdToken: up to 36 characters (a 1.6 charger sends at most 20: ID_TAG_MAX_16)
ID_TAG_MAX_16 = 20  # OCPP 1.6 IdToken: CiString20Type


class AccessMode(enum.StrEnum):
    PUBLIC = "public"
    LIMITED = "limited"
    PRIVATE = "private"


class TagStatus(enum.StrEnum):
    ACTIVE = "active"
    BLOCKED = "blocked"
    EXPIRED = "expired"


class RegistrationStatus(enum.StrEnum):
    ACCEPTED = "Accepted"
    PENDING = "Pending"
    REJECTED = "Rejected"


class SessionStatus(enum.StrEnum):
    ACTIVE = "active"
    COMPLETED = "completed"


def _enum(cls: type[enum.Enum], name: str) -> Enum:
    return Enum(
        cls,
        name=name,
        native_enum=False,
        create_constraint=True,
        length=16,
        values_callable=lambda e: [m.value for m in e],
        validate_strings=True,
    )


MONEY = Numeric(12, 4)


class Site(Base):
    __tablename__ = "sites"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    timezone: Mapped[str] = mapped_column(String(64), default="Europe/Zurich")
    address: Mapped[str] = mapped_column(String(300), default="")
    currency: Mapped[str] = mapped_column(String(3), default="CHF")
    vat_percent: Mapped[Decimal] = mapped_column(Numeric(5, 2), default=Decimal("0"))
    # load management (app.services.load): how the circuits' power is shared, and an optional base-load meter
    load_strategy: Mapped[str] = mapped_column(
        String(16), default="equal"
    )  # equal | fcfs | priority | tariff
    min_current_a: Mapped[float] = mapped_column(Float, default=6.0)  # per phase: below it a session waits
    meter_kind: Mapped[str] = mapped_column(String(16), default="")  # "" | charger | modbus
    meter_address: Mapped[str] = mapped_column(String(200), default="")  # a charge point id, or host:port
    meter_unit: Mapped[int] = mapped_column(Integer, default=1)  # Modbus unit id
    meter_map: Mapped[str] = mapped_column(String(40), default="")  # Modbus register map ("" = the default)
    # the circuit the meter measures (None: the root); no foreign key (circuits reference sites): the circuits
    # service clears it when that circuit goes
    meter_circuit_id: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    # the optimistic check of the editors (app.services.revisions): +1 at every save of the aggregate; a
    # server default (no Python-side default: the lean inserts of the central system stay lean)
    revision: Mapped[int] = mapped_column(Integer, server_default=text("1"))

    stations: Mapped[list[Station]] = relationship(back_populates="site")


class Tariff(Base):
    __tablename__ = "tariffs"
    __table_args__ = (
        CheckConstraint(
            "per_kwh >= 0 AND per_hour >= 0 AND start_fee >= 0 AND free_minutes >= 0", name="non_negative"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    per_kwh: Mapped[Decimal] = mapped_column(MONEY, default=Decimal("0"))
    per_hour: Mapped[Decimal] = mapped_column(MONEY, default=Decimal("0"))
    free_minutes: Mapped[int] = mapped_column(Integer, default=0)  # per-hour fee only after this period
    start_fee: Mapped[Decimal] = mapped_column(MONEY, default=Decimal("0"))
    vat_included: Mapped[bool] = mapped_column(Boolean, default=True)
    currency: Mapped[str | None] = mapped_column(String(3))  # None: the site's currency
    description: Mapped[str] = mapped_column(String(300), default="")
    load_priority: Mapped[int] = mapped_column(Integer, default=0)  # load strategy "tariff": higher first
    # the optimistic check of the editors (app.services.revisions): +1 at every save of the aggregate; a
    # server default (no Python-side default: the lean inserts of the central system stay lean)
    revision: Mapped[int] = mapped_column(Integer, server_default=text("1"))


class User(Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    email: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(50), default="")
    company: Mapped[str] = mapped_column(String(120), default="")
    cost_centre: Mapped[str] = mapped_column(String(60), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    # the optimistic check of the editors (app.services.revisions): +1 at every save of the aggregate; a
    # server default (no Python-side default: the lean inserts of the central system stay lean)
    revision: Mapped[int] = mapped_column(Integer, server_default=text("1"))

    tags: Mapped[list[IdTag]] = relationship(back_populates="user", order_by="IdTag.id_tag")


class IdTag(Base):
    """An RFID card or other idToken. Stored upper-case; matched case-insensitively (SteVe's model)."""

    __tablename__ = "id_tags"

    id: Mapped[int] = mapped_column(primary_key=True)
    id_tag: Mapped[str] = mapped_column(String(ID_TAG_MAX), unique=True)
    label: Mapped[str] = mapped_column(String(120), default="")
    status: Mapped[TagStatus] = mapped_column(_enum(TagStatus, "tag_status"), default=TagStatus.ACTIVE)
    expiry: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    parent_id_tag: Mapped[str | None] = mapped_column(String(ID_TAG_MAX))
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"), index=True)

    user: Mapped[User | None] = relationship(back_populates="tags")


class Station(Base):
    __tablename__ = "stations"
    __table_args__ = (
        CheckConstraint("security_profile IN (0, 1, 2, 3)", name="security_profile"),
        CheckConstraint("lat IS NULL OR (lat >= -90 AND lat <= 90)", name="lat_range"),
        CheckConstraint("lon IS NULL OR (lon >= -180 AND lon <= 180)", name="lon_range"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id", ondelete="RESTRICT"), index=True)
    charge_point_id: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    description: Mapped[str] = mapped_column(Text, default="")
    vendor: Mapped[str] = mapped_column(String(50), default="")
    model: Mapped[str] = mapped_column(String(50), default="")
    serial_number: Mapped[str] = mapped_column(String(50), default="")
    firmware_version: Mapped[str] = mapped_column(String(50), default="")
    lat: Mapped[float | None] = mapped_column(Float)
    lon: Mapped[float | None] = mapped_column(Float)
    address: Mapped[str] = mapped_column(String(300), default="")
    ocpp_version: Mapped[str] = mapped_column(String(8), default="1.6")
    password_hash: Mapped[str | None] = mapped_column(String(200))
    security_profile: Mapped[int] = mapped_column(Integer, default=0)
    allow_unsecured: Mapped[bool] = mapped_column(Boolean, default=True)
    lenient: Mapped[bool] = mapped_column(Boolean, default=False)
    enabled: Mapped[bool] = mapped_column(Boolean, default=True)
    owner_tariff_id: Mapped[int | None] = mapped_column(ForeignKey("tariffs.id", ondelete="SET NULL"))
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    # the optimistic check of the editors (app.services.revisions): +1 at every save of the aggregate; a
    # server default (no Python-side default: the lean inserts of the central system stay lean)
    revision: Mapped[int] = mapped_column(Integer, server_default=text("1"))

    site: Mapped[Site] = relationship(back_populates="stations")
    owner_tariff: Mapped[Tariff | None] = relationship()
    connectors: Mapped[list[Connector]] = relationship(
        back_populates="station", cascade="all, delete-orphan", order_by="Connector.connector_id"
    )
    schedule: Mapped[AccessSchedule | None] = relationship(
        primaryjoin="and_(AccessSchedule.station_id == Station.id, AccessSchedule.connector_pk.is_(None))",
        cascade="all, delete-orphan",
        uselist=False,
        viewonly=False,
        overlaps="connector_schedule",
    )
    owners: Mapped[list[StationOwner]] = relationship(back_populates="station", cascade="all, delete-orphan")
    grants: Mapped[list[SpecialGrant]] = relationship(back_populates="station", cascade="all, delete-orphan")


class Connector(Base):
    __tablename__ = "connectors"
    __table_args__ = (UniqueConstraint("station_id", "connector_id", name="uq_connectors_station_connector"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    station_id: Mapped[int] = mapped_column(ForeignKey("stations.id", ondelete="CASCADE"), index=True)
    connector_id: Mapped[int] = mapped_column(Integer)  # OCPP connectorId, 1..n
    plug_type: Mapped[str] = mapped_column(String(30), default="Type2")
    max_kw: Mapped[float | None] = mapped_column(Float)
    status: Mapped[str] = mapped_column(String(20), default="Unknown")
    error_code: Mapped[str] = mapped_column(String(40), default="NoError")
    status_info: Mapped[str] = mapped_column(String(100), default="")
    status_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    # load management: the circuit it is on (None: not managed), the circuit phase of each of its L1 L2 L3, its phases
    # no foreign key: SQLite cannot add one to a table without rebuilding it (and a rebuild would cascade the
    # deletion of the rows that refer to connectors); the circuits service clears it when its circuit goes
    circuit_id: Mapped[int | None] = mapped_column(Integer, index=True)
    phase_rotation: Mapped[str] = mapped_column(String(3), default="123")
    phases: Mapped[int] = mapped_column(Integer, default=3)
    max_current_a: Mapped[float | None] = mapped_column(Float)  # per phase; None: from max_kw, else 32 A

    station: Mapped[Station] = relationship(back_populates="connectors")
    schedule: Mapped[AccessSchedule | None] = relationship(
        back_populates="connector", cascade="all, delete-orphan", uselist=False
    )


class AccessSchedule(Base):
    """Default mode + tariff, weekly windows and date exceptions, for a station or a connector override."""

    __tablename__ = "access_schedules"
    __table_args__ = (UniqueConstraint("station_id", "connector_pk", name="uq_access_schedules_owner"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    station_id: Mapped[int] = mapped_column(ForeignKey("stations.id", ondelete="CASCADE"), index=True)
    connector_pk: Mapped[int | None] = mapped_column(
        ForeignKey("connectors.id", ondelete="CASCADE"), unique=True
    )
    default_mode: Mapped[AccessMode] = mapped_column(
        _enum(AccessMode, "access_mode"), default=AccessMode.PUBLIC
    )
    default_tariff_id: Mapped[int | None] = mapped_column(ForeignKey("tariffs.id", ondelete="RESTRICT"))
    # the optimistic check of the editors (app.services.revisions): +1 at every save of the aggregate; a
    # server default (no Python-side default: the lean inserts of the central system stay lean)
    revision: Mapped[int] = mapped_column(Integer, server_default=text("1"))

    connector: Mapped[Connector | None] = relationship(back_populates="schedule")
    default_tariff: Mapped[Tariff | None] = relationship()
    windows: Mapped[list[AccessWindow]] = relationship(
        back_populates="schedule", cascade="all, delete-orphan", order_by="AccessWindow.position"
    )
    exceptions: Mapped[list[DateException]] = relationship(
        back_populates="schedule", cascade="all, delete-orphan", order_by="DateException.date"
    )


class AccessWindow(Base):
    """A weekly window: on ``days`` (bit 0 = Monday … bit 6 = Sunday) from ``start_minute`` to ``end_minute``.

    ``end_minute <= start_minute`` means the window runs past midnight into the next day; the day bits name
    the day the window starts on. ``end_minute`` may be 1440 (24:00).
    """

    __tablename__ = "access_windows"
    __table_args__ = (
        CheckConstraint("days > 0 AND days < 128", name="days_mask"),
        CheckConstraint("start_minute >= 0 AND start_minute < 1440", name="start_range"),
        CheckConstraint("end_minute > 0 AND end_minute <= 1440", name="end_range"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    schedule_id: Mapped[int] = mapped_column(
        ForeignKey("access_schedules.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    days: Mapped[int] = mapped_column(Integer)
    start_minute: Mapped[int] = mapped_column(Integer)
    end_minute: Mapped[int] = mapped_column(Integer)
    mode: Mapped[AccessMode] = mapped_column(_enum(AccessMode, "access_mode"))
    tariff_id: Mapped[int | None] = mapped_column(ForeignKey("tariffs.id", ondelete="RESTRICT"))

    schedule: Mapped[AccessSchedule] = relationship(back_populates="windows")
    tariff: Mapped[Tariff | None] = relationship()


class DateException(Base):
    """A date (holiday, closing day) that follows another weekday's plan or a fixed mode all day."""

    __tablename__ = "date_exceptions"
    __table_args__ = (
        UniqueConstraint("schedule_id", "date", name="uq_date_exceptions_schedule_date"),
        CheckConstraint(
            "(follow_weekday IS NOT NULL AND mode IS NULL) OR (follow_weekday IS NULL AND mode IS NOT NULL)",
            name="plan_or_mode",
        ),
        CheckConstraint(
            "follow_weekday IS NULL OR (follow_weekday >= 0 AND follow_weekday <= 6)", name="weekday"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    schedule_id: Mapped[int] = mapped_column(
        ForeignKey("access_schedules.id", ondelete="CASCADE"), index=True
    )
    date: Mapped[dt.date] = mapped_column(Date)
    label: Mapped[str] = mapped_column(String(120), default="")
    follow_weekday: Mapped[int | None] = mapped_column(Integer)  # 0 = Monday
    mode: Mapped[AccessMode | None] = mapped_column(_enum(AccessMode, "access_mode"))
    tariff_id: Mapped[int | None] = mapped_column(ForeignKey("tariffs.id", ondelete="RESTRICT"))

    schedule: Mapped[AccessSchedule] = relationship(back_populates="exceptions")
    tariff: Mapped[Tariff | None] = relationship()


class StationOwner(Base):
    __tablename__ = "station_owners"
    __table_args__ = (UniqueConstraint("station_id", "user_id", name="uq_station_owners_pair"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    station_id: Mapped[int] = mapped_column(ForeignKey("stations.id", ondelete="CASCADE"), index=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)

    station: Mapped[Station] = relationship(back_populates="owners")
    user: Mapped[User] = relationship()


class SpecialGrant(Base):
    """A special user of a station (or of one connector), with optional own windows, tariff and validity."""

    __tablename__ = "special_grants"

    id: Mapped[int] = mapped_column(primary_key=True)
    station_id: Mapped[int] = mapped_column(ForeignKey("stations.id", ondelete="CASCADE"), index=True)
    connector_pk: Mapped[int | None] = mapped_column(ForeignKey("connectors.id", ondelete="CASCADE"))
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    tariff_id: Mapped[int | None] = mapped_column(ForeignKey("tariffs.id", ondelete="RESTRICT"))
    valid_from: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    valid_until: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    # the optimistic check of the editors (app.services.revisions): +1 at every save of the aggregate; a
    # server default (no Python-side default: the lean inserts of the central system stay lean)
    revision: Mapped[int] = mapped_column(Integer, server_default=text("1"))

    station: Mapped[Station] = relationship(back_populates="grants")
    connector: Mapped[Connector | None] = relationship()
    user: Mapped[User] = relationship()
    tariff: Mapped[Tariff | None] = relationship()
    windows: Mapped[list[GrantWindow]] = relationship(
        back_populates="grant", cascade="all, delete-orphan", order_by="GrantWindow.position"
    )


class GrantWindow(Base):
    """A special user's own access time (same shape as :class:`AccessWindow`, without mode)."""

    __tablename__ = "grant_windows"
    __table_args__ = (
        CheckConstraint("days > 0 AND days < 128", name="days_mask"),
        CheckConstraint("start_minute >= 0 AND start_minute < 1440", name="start_range"),
        CheckConstraint("end_minute > 0 AND end_minute <= 1440", name="end_range"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    grant_id: Mapped[int] = mapped_column(ForeignKey("special_grants.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    days: Mapped[int] = mapped_column(Integer)
    start_minute: Mapped[int] = mapped_column(Integer)
    end_minute: Mapped[int] = mapped_column(Integer)

    grant: Mapped[SpecialGrant] = relationship(back_populates="windows")


class ChargingSession(Base):
    """A charging session (OCPP transaction). ``id`` is the 1.6 transactionId."""

    __tablename__ = "sessions"
    __table_args__ = (
        Index("ix_sessions_station_start", "station_id", "start_at"),
        Index("ix_sessions_start", "start_at"),
        Index("ix_sessions_user_start", "user_id", "start_at"),
        Index("ix_sessions_active", "charge_point_id", "connector_id", "status"),
        Index("ix_sessions_status_start", "status", "start_at"),  # running sessions, oldest first
        Index("ix_sessions_tag_status", "id_tag", "status"),
        # a re-sent StartTransaction is found by its charger and start time (one row, however many sessions start
        # in the same second across the site, or on the connector over the years)
        Index("ix_sessions_cp_start", "charge_point_id", "start_at"),
        # "is this card charging elsewhere?" (every Authorize and StartTransaction) matches upper(id_tag): one
        # entry per tag instead of every running session of the site, oldest first
        Index("ix_sessions_upper_tag", text("upper(id_tag)"), "status", "start_at"),
        UniqueConstraint("charge_point_id", "transaction_uid", name="uq_sessions_cp_uid"),
    )

    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True)
    station_id: Mapped[int | None] = mapped_column(ForeignKey("stations.id", ondelete="SET NULL"))
    charge_point_id: Mapped[str] = mapped_column(String(64))
    connector_id: Mapped[int] = mapped_column(Integer)
    transaction_uid: Mapped[str | None] = mapped_column(String(40))  # 2.0.1 transactionId
    id_tag: Mapped[str] = mapped_column(String(36))
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    start_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    stop_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    meter_start_wh: Mapped[float] = mapped_column(Float, default=0.0)
    meter_stop_wh: Mapped[float | None] = mapped_column(Float)
    energy_wh: Mapped[float | None] = mapped_column(Float)
    max_power_w: Mapped[float | None] = mapped_column(Float)
    stop_reason: Mapped[str] = mapped_column(String(40), default="")
    status: Mapped[SessionStatus] = mapped_column(
        _enum(SessionStatus, "session_status"), default=SessionStatus.ACTIVE
    )
    auth_status: Mapped[str] = mapped_column(String(16), default="Accepted")
    mode_at_start: Mapped[str] = mapped_column(String(16), default="")
    decision_reason: Mapped[str] = mapped_column(Text, default="")
    tariff_name: Mapped[str] = mapped_column(String(80), default="")
    currency: Mapped[str] = mapped_column(String(3), default="CHF")
    price_net: Mapped[Decimal | None] = mapped_column(MONEY)
    price_vat: Mapped[Decimal | None] = mapped_column(MONEY)
    price_total: Mapped[Decimal | None] = mapped_column(MONEY)
    price_breakdown: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    flags: Mapped[str] = mapped_column(String(200), default="")  # comma-separated, e.g. "unknown_transaction"
    # why the flags were set, for the operator ("energy 2,147,483.6 kWh is more than connector 1 can deliver ...")
    flag_reason: Mapped[str] = mapped_column(Text, default="")
    reservation_id: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)

    station: Mapped[Station | None] = relationship()
    user: Mapped[User | None] = relationship()


class SessionDayTotal(Base):
    """What the Sessions page's totals add up, per site × UTC day of the start × currency × status × flagged.

    Kept by database triggers on ``sessions`` (insert, every update of a column that counts, delete) and on
    ``stations`` (a station moved to another site), in the transaction that changes the session, whoever writes
    it (migration 0006 creates them and fills the table from the sessions already stored). On SQLite a
    migration that rebuilds ``sessions`` (``batch_alter_table`` copies the table) drops its triggers: it must
    create them again (``0006_session_day_totals.create_triggers``).

    A row may hold a delta rather than a total: on PostgreSQL each connection adds to rows of its own ``slot``
    (its backend pid), so two writers never wait for (or deadlock on) the same row; a reader sums the slots.
    SQLite has one writer at a time and uses slot 0.
    """

    __tablename__ = "session_day_totals"

    site_id: Mapped[int] = mapped_column(Integer, primary_key=True)  # 0: chargers bound to no station
    day: Mapped[dt.date] = mapped_column(Date, primary_key=True)  # the UTC date of start_at
    currency: Mapped[str] = mapped_column(String(3), primary_key=True)
    status: Mapped[str] = mapped_column(String(16), primary_key=True)
    flagged: Mapped[int] = mapped_column(Integer, primary_key=True)  # 1: flags is not empty
    slot: Mapped[int] = mapped_column(Integer, primary_key=True)
    sessions: Mapped[int] = mapped_column(BigInteger)
    priced: Mapped[int] = mapped_column(BigInteger)  # sessions with a price_total
    energy_wh: Mapped[float] = mapped_column(Float)  # coalesce(energy_wh, meter_stop_wh - meter_start_wh)
    amount_e4: Mapped[int] = mapped_column(
        BigInteger
    )  # price_total in units of 0.0001 (MONEY's scale): exact


class MeterValue(Base):
    __tablename__ = "meter_values"
    __table_args__ = (Index("ix_meter_values_session_ts", "session_id", "timestamp"),)

    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True)
    session_id: Mapped[int | None] = mapped_column(ForeignKey("sessions.id", ondelete="CASCADE"))
    charge_point_id: Mapped[str] = mapped_column(String(64), index=True)
    connector_id: Mapped[int] = mapped_column(Integer)
    timestamp: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    measurand: Mapped[str] = mapped_column(String(60), default="Energy.Active.Import.Register")
    phase: Mapped[str | None] = mapped_column(String(8))
    value: Mapped[float] = mapped_column(Float)
    unit: Mapped[str] = mapped_column(String(16), default="Wh")
    context: Mapped[str | None] = mapped_column(String(30))
    location: Mapped[str | None] = mapped_column(String(16))


class UnknownTag(Base):
    """A tag a charger presented that nobody owns: 'unknown tag seen at station X, time T'."""

    __tablename__ = "unknown_tags"
    __table_args__ = (
        UniqueConstraint("id_tag", "charge_point_id", name="uq_unknown_tags_tag_cp"),
        Index("ix_unknown_tags_last_seen", "last_seen"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    id_tag: Mapped[str] = mapped_column(String(36))
    charge_point_id: Mapped[str] = mapped_column(String(64))
    station_id: Mapped[int | None] = mapped_column(ForeignKey("stations.id", ondelete="SET NULL"))
    connector_id: Mapped[int | None] = mapped_column(Integer)
    first_seen: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    last_seen: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    times_seen: Mapped[int] = mapped_column(Integer, default=1)


class Charger(Base):
    """A charge point identity as the central system knows it: boot info, registration, presence.

    A charger is bound to a station by ``charge_point_id``; unknown chargers (Pending policy) live here
    until an operator accepts them.
    """

    __tablename__ = "chargers"

    id: Mapped[int] = mapped_column(primary_key=True)
    charge_point_id: Mapped[str] = mapped_column(String(64), unique=True)
    registration: Mapped[str] = mapped_column(String(10), default=RegistrationStatus.PENDING.value)
    vendor: Mapped[str] = mapped_column(String(50), default="")
    model: Mapped[str] = mapped_column(String(50), default="")
    serial_number: Mapped[str] = mapped_column(String(50), default="")
    firmware_version: Mapped[str] = mapped_column(String(50), default="")
    iccid: Mapped[str] = mapped_column(String(20), default="")
    imsi: Mapped[str] = mapped_column(String(20), default="")
    meter_type: Mapped[str] = mapped_column(String(25), default="")
    meter_serial_number: Mapped[str] = mapped_column(String(25), default="")
    ocpp_version: Mapped[str] = mapped_column(String(8), default="1.6")
    ip_address: Mapped[str] = mapped_column(String(64), default="")
    first_seen: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    last_seen: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    last_boot: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    online: Mapped[bool] = mapped_column(Boolean, default=False)
    # connector 0 (the charger itself) and the firmware / diagnostics jobs, as last reported
    status: Mapped[str] = mapped_column(String(20), default="Unknown")
    error_code: Mapped[str] = mapped_column(String(40), default="NoError")
    status_info: Mapped[str] = mapped_column(String(100), default="")
    status_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    firmware_status: Mapped[str] = mapped_column(String(30), default="")
    firmware_status_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    diagnostics_status: Mapped[str] = mapped_column(String(30), default="")
    diagnostics_status_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    # smart charging as found at commissioning / boot (app.services.load.capabilities); None: not found out yet
    sc_supported: Mapped[bool | None] = mapped_column(Boolean)
    sc_purposes: Mapped[str] = mapped_column(String(80), default="")  # accepted purposes, comma-separated
    sc_units: Mapped[str] = mapped_column(String(8), default="")  # "A", "W" or "A,W"
    sc_max_stack: Mapped[int | None] = mapped_column(Integer)
    sc_max_periods: Mapped[int | None] = mapped_column(Integer)
    sc_checked_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    sc_note: Mapped[str] = mapped_column(String(200), default="")  # why it is unmanaged, as the user reads it
    # the local authorization list kept in sync (app.services.chargers.local_sync, migration 0016)
    ll_supported: Mapped[bool | None] = mapped_column(Boolean)  # None: not found out yet
    ll_version: Mapped[int | None] = mapped_column(Integer)  # the version it holds from us; None: unknown
    ll_entries: Mapped[str | None] = mapped_column(Text)  # JSON {idTag: idTagInfo}: what it holds from us
    ll_sync_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    ll_ok: Mapped[bool | None] = mapped_column(Boolean)
    ll_outcome: Mapped[str] = mapped_column(String(300), default="")  # the last sync as the operator reads it


class OcppMessage(Base):
    """Every OCPP frame in and out (message log, kept for a configurable number of days)."""

    __tablename__ = "ocpp_messages"
    __table_args__ = (
        Index("ix_ocpp_messages_ts", "ts"),
        Index("ix_ocpp_messages_cp_ts", "charge_point_id", "ts"),
    )

    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True)
    ts: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    charge_point_id: Mapped[str] = mapped_column(String(64))
    direction: Mapped[str] = mapped_column(String(3))  # "in" / "out"
    message_type: Mapped[int] = mapped_column(Integer)  # 2 Call, 3 CallResult, 4 CallError
    message_id: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(60), default="")
    payload: Mapped[str] = mapped_column(Text)
    latency_ms: Mapped[float | None] = mapped_column(Float)
    error_code: Mapped[str | None] = mapped_column(String(40))


class AuditEntry(Base):
    """Operator audit trail: who changed what, when."""

    __tablename__ = "audit_log"
    __table_args__ = (Index("ix_audit_log_ts", "ts"), Index("ix_audit_log_actor_ts", "actor", "ts"))

    id: Mapped[int] = mapped_column(primary_key=True)
    ts: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    actor: Mapped[str] = mapped_column(String(120), default="")
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str] = mapped_column(String(64), default="")
    action: Mapped[str] = mapped_column(String(20))
    changes: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    machine: Mapped[str] = mapped_column(String(120), default="")  # the console's (or CLI's) host name


class OperatorRole(enum.StrEnum):
    VIEWER = "viewer"
    TECHNICIAN = "technician"
    MANAGER = "manager"


class Operator(Base):
    """A person who logs in to the console: a role, a PBKDF2 password hash, lock-out after repeated failures.

    ``username_key`` is the username lower-cased: unique, so "Anna" and "anna" are one account on SQLite and
    PostgreSQL alike."""

    __tablename__ = "operators"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(64))
    username_key: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(120), default="")
    role: Mapped[OperatorRole] = mapped_column(_enum(OperatorRole, "operator_role"))
    password_hash: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    last_login_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)


class Setting(Base):
    """Site-wide settings shared by every console on the same database (key/value)."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)
    # the optimistic check of the editors (app.services.revisions): +1 at every save of the aggregate; a
    # server default (no Python-side default: the lean inserts of the central system stay lean)
    revision: Mapped[int] = mapped_column(Integer, server_default=text("1"))


class ConfigSnapshot(Base):
    """A charger's whole configuration at one moment (1.6 GetConfiguration, 2.0.1 base report).

    One :class:`ConfigSnapshotKey` row per key: listing reads only this table (``key_count`` is kept here), a
    diff reads the two snapshots' rows through the (snapshot_id, key) unique index, on SQLite and PostgreSQL.
    """

    __tablename__ = "config_snapshots"
    __table_args__ = (Index("ix_config_snapshots_cp_taken", "charge_point_id", "taken_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    charge_point_id: Mapped[str] = mapped_column(String(64))
    taken_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    label: Mapped[str] = mapped_column(String(120), default="")
    ocpp_version: Mapped[str] = mapped_column(String(8), default="1.6")
    vendor: Mapped[str] = mapped_column(String(50), default="")
    model: Mapped[str] = mapped_column(String(50), default="")
    firmware_version: Mapped[str] = mapped_column(String(50), default="")
    serial_number: Mapped[str] = mapped_column(String(50), default="")
    key_count: Mapped[int] = mapped_column(Integer, default=0)
    actor: Mapped[str] = mapped_column(String(120), default="")

    keys: Mapped[list[ConfigSnapshotKey]] = relationship(
        back_populates="snapshot",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="ConfigSnapshotKey.key",
    )


class ConfigSnapshotKey(Base):
    """One configuration key of a snapshot. ``value`` is None when the charger reported the key without one;
    2.0.1 keys are ``Component[instance]@evse.connector/Variable[instance]`` (see app.services.chargers.config_snapshots)."""

    __tablename__ = "config_snapshot_keys"
    __table_args__ = (UniqueConstraint("snapshot_id", "key", name="uq_config_snapshot_keys_snapshot_key"),)

    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True)
    snapshot_id: Mapped[int] = mapped_column(ForeignKey("config_snapshots.id", ondelete="CASCADE"))
    key: Mapped[str] = mapped_column(String(300))
    value: Mapped[str | None] = mapped_column(Text)
    readonly: Mapped[bool] = mapped_column(Boolean, default=False)

    snapshot: Mapped[ConfigSnapshot] = relationship(back_populates="keys")
