"""Read models for the console's overview pages: stations with their connectors, and today's figures."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from zoneinfo import ZoneInfo

from sqlalchemy import func, literal_column, select
from sqlalchemy.orm import Session, selectinload

from app.models import Charger, ChargingSession, SessionStatus, Site, Station
from app.services.store import Store


@dataclass
class ConnectorRow:
    connector_id: int
    plug_type: str
    max_kw: float | None
    status: str
    error_code: str


@dataclass
class StationRow:
    id: int
    name: str
    charge_point_id: str
    site: str
    timezone: str
    enabled: bool
    online: bool
    last_seen: dt.datetime | None
    lat: float | None
    lon: float | None
    connectors: list[ConnectorRow] = field(default_factory=list)


def stations(session: Session) -> list[StationRow]:
    """Every station with its connectors and the charger's last known presence, by site then name."""
    presence = {c.charge_point_id: (c.online, c.last_seen) for c in session.scalars(select(Charger))}
    rows = session.scalars(
        select(Station)
        .options(selectinload(Station.connectors), selectinload(Station.site))
        .join(Site)
        .order_by(Site.name, Station.name)
    )
    out = []
    for st in rows:
        online, last_seen = presence.get(st.charge_point_id, (False, None))
        out.append(
            StationRow(
                id=st.id,
                name=st.name,
                charge_point_id=st.charge_point_id,
                site=st.site.name,
                timezone=st.site.timezone,
                enabled=st.enabled,
                online=online,
                last_seen=last_seen,
                lat=st.lat,
                lon=st.lon,
                connectors=[
                    ConnectorRow(c.connector_id, c.plug_type, c.max_kw, c.status, c.error_code)
                    for c in st.connectors
                ],
            )
        )
    return out


@dataclass(frozen=True)
class Totals:
    sessions: int
    energy_kwh: float
    revenue: Decimal
    currency: str


def totals(session: Session, start: dt.datetime, end: dt.datetime) -> Totals:
    """Sessions started in [start, end): count, kWh delivered, revenue (priced sessions)."""
    cs = ChargingSession
    count, wh, revenue = session.execute(
        select(
            func.count(cs.id),
            func.coalesce(func.sum(cs.energy_wh), 0.0),
            func.coalesce(func.sum(cs.price_total), 0),
        ).where(cs.start_at >= start, cs.start_at < end)
    ).one()
    currency = session.scalar(select(Site.currency).order_by(Site.id).limit(1)) or "CHF"
    return Totals(int(count), float(wh) / 1000.0, Decimal(str(revenue)), currency)


def day_bounds(tz: str, now: dt.datetime | None = None) -> tuple[dt.datetime, dt.datetime, dt.datetime]:
    """UTC instants of the local day's start, the local month's start and now."""
    now = now or dt.datetime.now(dt.UTC)
    local = now.astimezone(ZoneInfo(tz))
    day = local.replace(hour=0, minute=0, second=0, microsecond=0)
    month = day.replace(day=1)
    return day.astimezone(dt.UTC), month.astimezone(dt.UTC), now


def active_sessions(session: Session) -> int:
    return int(
        session.scalar(
            select(func.count(ChargingSession.id)).where(
                ChargingSession.status == SessionStatus.ACTIVE,
                ChargingSession.auth_status == "Accepted",  # a refused start is not charging
            )
        )
        or 0
    )


def energy_per_day(
    session: Session, tz: str, days: int = 30, now: dt.datetime | None = None
) -> list[tuple[dt.date, float]]:
    """kWh delivered per local day (by session start) over the last ``days`` days, oldest first, zeros
    included. Grouped in the database with the site's current UTC offset (a session within an hour of
    midnight on a day the clocks changed may land on the neighbouring day; fine for a chart)."""
    now = now or dt.datetime.now(dt.UTC)
    zone = ZoneInfo(tz)
    local_today = now.astimezone(zone).date()
    first = local_today - dt.timedelta(days=days - 1)
    start = dt.datetime.combine(first, dt.time(), zone).astimezone(dt.UTC)
    offset_min = int((now.astimezone(zone).utcoffset() or dt.timedelta()).total_seconds() // 60)
    cs = ChargingSession
    if session.get_bind().dialect.name == "sqlite":
        day = func.date(func.datetime(cs.start_at, f"{offset_min:+d} minutes"))
    else:
        day = func.date(cs.start_at + literal_column(f"interval '{offset_min} minutes'"))
    rows = session.execute(
        select(day.label("day"), func.coalesce(func.sum(cs.energy_wh), 0.0))
        .where(cs.start_at >= start)
        .group_by(day)
    ).all()
    by_day = {
        (d if isinstance(d, dt.date) else dt.date.fromisoformat(str(d))): float(wh) / 1000.0 for d, wh in rows
    }
    return [
        (first + dt.timedelta(days=i), by_day.get(first + dt.timedelta(days=i), 0.0)) for i in range(days)
    ]


@dataclass(frozen=True)
class Figures:
    """The dashboard's figures: today's and this month's totals, sessions charging now, kWh per day."""

    today: Totals
    month: Totals
    active: int
    per_day: list[tuple[dt.date, float]]


def figures(session: Session, tz: str, days: int = 30, now: dt.datetime | None = None) -> Figures:
    day, month, now = day_bounds(tz, now)
    end = now + dt.timedelta(seconds=1)
    return Figures(
        totals(session, day, end),
        totals(session, month, end),
        active_sessions(session),
        energy_per_day(session, tz, days, now),
    )


class OverviewService:
    """What the dashboard shows, one unit of work of ``store`` per read (the figures are meant for a worker)."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def stations(self) -> list[StationRow]:
        return self.store.read(stations)

    def figures(self, tz: str, days: int = 30) -> Figures:
        return self.store.read(lambda s: figures(s, tz, days))
