"""Charging sessions for the console's Sessions page: filter, count and totals, pages on demand, detail, export.

Everything here is bounded so that a million stored sessions open as fast as a hundred:

- **pages** are read with keyset pagination on ``(start_at, id)`` (``ix_sessions_start``, or
  ``ix_sessions_user_start`` / ``ix_sessions_station_start`` when a user or a station is chosen): a page is an
  index range scan of ``limit`` rows whatever its position. A jump far into the set (the scroll bar dragged to
  the middle) skips rows with ``OFFSET`` on a key-only query (no joins, index only on SQLite), from whichever
  is nearest: the start, the end, or a page the caller already holds (:func:`fetch_window`).
- **count** is an index-only ``COUNT`` over the same conditions (for the scroll bar); **totals** (kWh, money per
  currency) add up whole UTC days from ``session_day_totals`` (kept by triggers, see
  :class:`app.models.SessionDayTotal`) and read only the partial days at the period's edges; a user, a station
  or the running sessions are read directly (few rows, through their indexes). Both run on a worker thread.

Periods have the export's meaning (:mod:`app.services.reports.exports`): ``start`` and ``end`` are inclusive dates in
the local time of each session's *site*, applied to the session's start; sessions of chargers bound to no
station use UTC dates. The SQL condition is exact (one UTC range per time zone in use), so the page, the
count and an export of the same filter agree to the session.
"""

from __future__ import annotations

import datetime as dt
import enum
import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar, cast
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, Select, and_, func, or_, select, true
from sqlalchemy.orm import Session

from app.models import ChargingSession, MeterValue, SessionDayTotal, SessionStatus, Site, Station, User
from app.services import locale_format
from app.services.i18n import translate
from app.services.reports.load import LimitStep, limit_history
from app.services.roles import LOCAL, Actor, Permission, actor_name
from app.services.rules.numbers import to_decimal
from app.services.store import Store
from app.services.validation import FormError

if TYPE_CHECKING:
    from app.services.reports.exports import ExportFormat

T = TypeVar("T")
PAGE_SIZE = 200
MAX_METER_ROWS = 50_000  # meter value rows read for one session's chart (a week at 10 s, two measurands)
CHART_POINTS = 1_500  # points per series on the chart; more samples are thinned evenly
ENERGY = "Energy.Active.Import.Register"
POWER = "Power.Active.Import"
CENT = Decimal("0.01")
_ACTIVE = SessionStatus.ACTIVE.value

_cs = ChargingSession.__table__.c
_st = Station.__table__.c
_site = Site.__table__.c
_user = User.__table__.c


class StatusFilter(enum.StrEnum):
    ACTIVE = "active"
    COMPLETED = "completed"
    FLAGGED = "flagged"  # anything the central system flagged (unknown transaction, clock skew, price error…)


class Preset(enum.StrEnum):
    TODAY = "today"
    THIS_WEEK = "this_week"
    THIS_MONTH = "this_month"
    LAST_MONTH = "last_month"
    THIS_YEAR = "this_year"
    ALL = "all"
    CUSTOM = "custom"


PRESET_LABELS: dict[Preset, str] = {
    Preset.TODAY: "Today",
    Preset.THIS_WEEK: "This week",
    Preset.THIS_MONTH: "This month",
    Preset.LAST_MONTH: "Last month",
    Preset.THIS_YEAR: "This year",
    Preset.ALL: "All time",
    Preset.CUSTOM: "Custom",
}


def preset_period(preset: Preset | str, today: dt.date) -> tuple[dt.date | None, dt.date | None]:
    """The inclusive local dates of a preset (weeks start on Monday). ``custom`` keeps nothing: (None, None)."""
    p = Preset(preset)
    if p is Preset.TODAY:
        return today, today
    if p is Preset.THIS_WEEK:
        monday = today - dt.timedelta(days=today.weekday())
        return monday, monday + dt.timedelta(days=6)
    if p is Preset.THIS_MONTH:
        first = today.replace(day=1)
        return first, _month_end(first)
    if p is Preset.LAST_MONTH:
        last = today.replace(day=1) - dt.timedelta(days=1)
        return last.replace(day=1), last
    if p is Preset.THIS_YEAR:
        return today.replace(month=1, day=1), today.replace(month=12, day=31)
    return None, None


def _month_end(first: dt.date) -> dt.date:
    following = (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return following - dt.timedelta(days=1)


@dataclass(frozen=True)
class SessionQuery:
    """What the Sessions page shows: a period of local dates (inclusive), optional user/station/site/status,
    newest first (the default) or oldest first."""

    start: dt.date | None = None
    end: dt.date | None = None
    user_id: int | None = None
    station_id: int | None = None
    site_id: int | None = None
    status: StatusFilter | None = None
    newest_first: bool = True

    def __post_init__(self) -> None:
        if self.start is not None and self.end is not None and self.end < self.start:
            raise FormError(
                {
                    "end": translate(
                        "SessionsReport",
                        "The period ends before it starts: pick an end date on or after {date}.",
                    ).format(date=locale_format.date(self.start, legacy="%Y-%m-%d"))
                }
            )
        if self.status is not None and not isinstance(self.status, StatusFilter):
            object.__setattr__(self, "status", StatusFilter(self.status))

    def includes(self, day: dt.date) -> bool:
        """Whether sessions starting on local date ``day`` fall in the period."""
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass(frozen=True, slots=True)
class Key:
    """A session's position in the start order: ``(start_at, id)`` is unique and indexed."""

    start_at: dt.datetime
    id: int


@dataclass(frozen=True, slots=True)
class SessionRow:
    """One line of the sessions table (times are UTC; ``timezone`` is the site's, UTC without a station)."""

    id: int
    start_at: dt.datetime
    stop_at: dt.datetime | None
    timezone: str
    site: str | None
    station: str | None
    charge_point_id: str
    connector_id: int
    user: str | None
    id_tag: str
    energy_wh: float | None
    max_power_w: float | None
    price_total: Decimal | None
    currency: str
    status: str
    flags: str
    auth_status: str
    stop_reason: str
    tariff: str
    decision_reason: str = ""  # why the authorization was answered as it was (the Auth. column's tooltip)
    flag_reason: str = ""  # why the central system flagged it, in words (the flags are in ``flag_list``)

    @property
    def key(self) -> Key:
        return Key(self.start_at, self.id)

    @property
    def zone(self) -> ZoneInfo:
        return _zone(self.timezone)

    @property
    def start_local(self) -> dt.datetime:
        return self.start_at.astimezone(self.zone)

    @property
    def stop_local(self) -> dt.datetime | None:
        return None if self.stop_at is None else self.stop_at.astimezone(self.zone)

    @property
    def active(self) -> bool:
        return self.status == _ACTIVE

    @property
    def flag_list(self) -> list[str]:
        return [f for f in self.flags.split(",") if f]


@dataclass(frozen=True)
class CurrencyTotal:
    currency: str
    sessions: int
    priced: int  # sessions with a price (active ones have none yet)
    amount: Decimal


@dataclass(frozen=True)
class Totals:
    sessions: int
    energy_kwh: float
    by_currency: tuple[CurrencyTotal, ...] = ()

    def text(self) -> str:
        """``1,234 sessions · 5,678.9 kWh · CHF 1,234.50 · USD 12.00``."""
        parts = [
            f"{self.sessions:,} session{'' if self.sessions == 1 else 's'}",
            f"{self.energy_kwh:,.1f} kWh",
        ]
        parts += [f"{c.currency} {c.amount:,.2f}" for c in self.by_currency if c.priced]
        return " · ".join(parts)


@dataclass(frozen=True)
class Option:
    id: int
    name: str
    detail: str = ""  # a station's charge point id, a site's time zone, a user's e-mail
    parent_id: int | None = None  # a station's site


@dataclass(frozen=True)
class FilterOptions:
    sites: list[Option]
    stations: list[Option]
    users: list[Option]

    def timezone(self, site_id: int | None = None) -> str:
        """The time zone the page's presets are in: the chosen site's, else the first site's, else UTC."""
        for s in self.sites:
            if site_id is None or s.id == site_id:
                return s.detail or "UTC"
        return "UTC"


def filter_options(session: Session) -> FilterOptions:
    """Sites, stations and users for the filter lists (by name)."""
    sites = [
        Option(i, n, tz)
        for i, n, tz in session.execute(select(_site.id, _site.name, _site.timezone).order_by(_site.id)).all()
    ]
    stations = [
        Option(i, n, cp, site)
        for i, n, cp, site in session.execute(
            select(_st.id, _st.name, _st.charge_point_id, _st.site_id).order_by(_st.name, _st.charge_point_id)
        ).all()
    ]
    users = [
        Option(i, n, mail)
        for i, n, mail in session.execute(
            select(_user.id, _user.name, _user.email).order_by(_user.name)
        ).all()
    ]
    return FilterOptions(sites, stations, users)


def local_today(timezone: str, now: dt.datetime | None = None) -> dt.date:
    return (now or dt.datetime.now(dt.UTC)).astimezone(_zone(timezone)).date()


def local_today_until(timezone: str, now: dt.datetime | None = None) -> tuple[dt.date, float]:
    """Today in ``timezone`` and the POSIX time it ends (its next local midnight): who asks "today?" for every live
    event compares the clock with that time and converts to the zone once a day."""
    today = local_today(timezone, now)
    return today, _midnight(today + dt.timedelta(days=1), timezone).timestamp()


# -- conditions ------------------------------------------------------------------------------------------


@cache
def _zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ValueError, KeyError, OSError):
        return ZoneInfo("UTC")


def _midnight(day: dt.date, tz: str) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(), _zone(tz)).astimezone(dt.UTC)


def _range(lo: dt.datetime | None, hi: dt.datetime | None) -> ColumnElement[bool]:
    terms = []
    if lo is not None:
        terms.append(ChargingSession.start_at >= lo)
    if hi is not None:
        terms.append(ChargingSession.start_at < hi)
    return and_(true(), *terms) if terms else true()


def _period(session: Session, q: SessionQuery) -> ColumnElement[bool] | None:
    """Start in the period, each session in its site's local dates (UTC dates without a station).

    One UTC range per time zone in use. Inside the range every zone agrees on (the *core*) only the index
    is read; near the edges a row's zone decides, through its station (a deferred row read on SQLite).
    """
    if q.start is None and q.end is None:
        return None
    sites = select(_site.id, _site.timezone)
    if q.site_id is not None:
        sites = sites.where(_site.id == q.site_id)
    if q.station_id is not None:
        sites = sites.where(_site.id == select(_st.site_id).where(_st.id == q.station_id).scalar_subquery())
    zones: dict[str, list[int]] = {}
    for site_id, tz in session.execute(sites):
        zones.setdefault(tz or "UTC", []).append(site_id)
    orphans = q.site_id is None and q.station_id is None  # sessions of chargers bound to no station

    def bounds(tz: str) -> tuple[dt.datetime | None, dt.datetime | None]:
        lo = None if q.start is None else _midnight(q.start, tz)
        hi = None if q.end is None else _midnight(q.end + dt.timedelta(days=1), tz)
        return lo, hi

    groups: list[tuple[ColumnElement[bool], tuple[dt.datetime | None, dt.datetime | None]]] = []
    for tz, ids in zones.items():
        if len(zones) == 1:
            member: ColumnElement[bool] = ChargingSession.station_id.is_not(None)
        else:
            member = ChargingSession.station_id.in_(select(_st.id).where(_st.site_id.in_(ids)))
        groups.append((member, bounds(tz)))
    if orphans:
        groups.append((ChargingSession.station_id.is_(None), bounds("UTC")))
    if not groups:
        return _range(*bounds("UTC"))  # nothing can match; keep the range so the query stays indexed
    distinct = {b for _, b in groups}
    if len(distinct) == 1:
        return _range(*distinct.pop())
    los = [b[0] for _, b in groups if b[0] is not None]
    his = [b[1] for _, b in groups if b[1] is not None]
    outer = _range(min(los, default=None), max(his, default=None))
    core_lo, core_hi = max(los, default=None), min(his, default=None)
    branches = [and_(member, _range(*b)) for member, b in groups]
    if core_lo is None or core_hi is None or core_lo < core_hi:
        branches.insert(0, _range(core_lo, core_hi))  # where every zone agrees: the index alone decides
    return and_(outer, or_(*branches))


SMALL_SITE_SHARE = 0.02  # below this share of the stations, a site's pages are read station by station


def _site_condition(session: Session, site_id: int, ordered: bool) -> ColumnElement[bool]:
    """Sessions at the site's stations.

    Counting, the station index is best (covering). Reading pages in start order, it makes the database sort
    every session of the site (all of them, for a big site) to return 200; walking the start index instead
    and keeping the site's rows costs about ``page / share`` rows. So a site with a fair share of the stations
    is read along the start index (``station_id + 0`` keeps the station index out), a small one station by
    station (its sessions are few, and sorting them is cheap).
    """
    stations = select(_st.id).where(_st.site_id == site_id)
    if ordered:
        mine, every = session.execute(
            select(func.count().filter(_st.site_id == site_id), func.count()).select_from(Station)
        ).one()
        if every and mine / every >= SMALL_SITE_SHARE:
            return (ChargingSession.station_id + 0).in_(stations)
    return ChargingSession.station_id.in_(stations)


_active = ChargingSession.__table__.alias("running")


def _conditions(session: Session, q: SessionQuery, ordered: bool = False) -> list[ColumnElement[bool]]:
    """The filter as SQL. ``ordered``: for a query read in start order (pages, keys), else for aggregates."""
    cs = ChargingSession
    out: list[ColumnElement[bool]] = []
    if q.user_id is not None:
        out.append(cs.user_id == q.user_id)
    if q.station_id is not None:
        out.append(cs.station_id == q.station_id)
    if q.site_id is not None:
        out.append(_site_condition(session, q.site_id, ordered))
    if q.status is StatusFilter.ACTIVE:
        # few sessions run at a time: find them through the status index, then by id (no scan of the history
        # in start order looking for them)
        out.append(cs.id.in_(select(_active.c.id).where(_active.c.status == SessionStatus.ACTIVE.value)))
    elif q.status is StatusFilter.COMPLETED:
        out.append(cs.status == SessionStatus.COMPLETED)
    elif q.status is StatusFilter.FLAGGED:
        out.append(cs.flags != "")
    period = _period(session, q)
    if period is not None:
        out.append(period)
    return out


def _descending(q: SessionQuery, reverse: bool) -> bool:
    return q.newest_first != reverse


def _order(descending: bool) -> tuple[Any, Any]:
    cs = ChargingSession
    return (cs.start_at.desc(), cs.id.desc()) if descending else (cs.start_at.asc(), cs.id.asc())


def _beyond(key: Key, descending: bool) -> ColumnElement[bool]:
    """Rows after ``key`` in the order; the first term is an index range, the second settles ties."""
    cs = ChargingSession
    if descending:
        return and_(cs.start_at <= key.start_at, or_(cs.start_at < key.start_at, cs.id < key.id))
    return and_(cs.start_at >= key.start_at, or_(cs.start_at > key.start_at, cs.id > key.id))


_ROW = (
    select(
        ChargingSession.id,
        ChargingSession.start_at,
        ChargingSession.stop_at,
        _site.timezone,
        _site.name,
        _st.name,
        ChargingSession.charge_point_id,
        ChargingSession.connector_id,
        _user.name,
        ChargingSession.id_tag,
        ChargingSession.energy_wh,
        ChargingSession.meter_start_wh,
        ChargingSession.meter_stop_wh,
        ChargingSession.max_power_w,
        ChargingSession.price_total,
        ChargingSession.currency,
        ChargingSession.status,
        ChargingSession.flags,
        ChargingSession.auth_status,
        ChargingSession.stop_reason,
        ChargingSession.tariff_name,
        ChargingSession.decision_reason,
        ChargingSession.flag_reason,
    )
    .select_from(ChargingSession)
    .outerjoin(Station, ChargingSession.station_id == Station.id)
    .outerjoin(Site, Station.site_id == Site.id)
    .outerjoin(User, ChargingSession.user_id == User.id)
)


def _row(r: Sequence[Any]) -> SessionRow:
    (
        id_,
        start,
        stop,
        tz,
        site,
        station,
        cp,
        connector,
        user,
        tag,
        energy,
        m_start,
        m_stop,
        max_w,
        total,
        currency,
        status,
        flags,
        auth,
        stop_reason,
        tariff,
        reason,
        flag_reason,
    ) = r
    if energy is None and m_stop is not None and m_start is not None:
        energy = max(0.0, m_stop - m_start)
    return SessionRow(
        id=int(id_),
        start_at=start,
        stop_at=stop,
        timezone=tz or "UTC",
        site=site,
        station=station,
        charge_point_id=cp,
        connector_id=int(connector),
        user=user,
        id_tag=tag or "",
        energy_wh=energy,
        max_power_w=max_w,
        price_total=_decimal(total),
        currency=currency or "",
        status=getattr(status, "value", status),
        flags=flags or "",
        auth_status=auth or "",
        stop_reason=stop_reason or "",
        tariff=tariff or "",
        decision_reason=reason or "",
        flag_reason=flag_reason or "",
    )


_decimal = to_decimal


# -- count, totals, pages --------------------------------------------------------------------------------


def count_sessions(session: Session, q: SessionQuery) -> int:
    """How many sessions match (an index-only count when only the period and a user/station are chosen)."""
    stmt = select(func.count()).select_from(ChargingSession).where(*_conditions(session, q))
    return int(session.execute(stmt).scalar_one())


def session_totals(session: Session, q: SessionQuery) -> Totals:
    """Count, kWh and money per currency of the matching sessions.

    The whole UTC days of the period are summed from ``session_day_totals`` (per site × day × currency × status
    × flagged, kept by triggers in the session's own transaction: see :class:`app.models.SessionDayTotal`),
    the partial days at the period's edges (each site's local midnight) from the sessions. A filter the summary
    cannot serve reads the sessions directly: a user or a station (the summary has neither; their sessions are
    few and read through ``ix_sessions_user_start`` / ``ix_sessions_station_start``) and the running sessions
    (found through the status index). Both give the same totals as one aggregate over the matching sessions.
    """
    if q.user_id is not None or q.station_id is not None or q.status is StatusFilter.ACTIVE:
        return _totals([_aggregate(session, _conditions(session, q))])
    return _totals(_summary_parts(session, q))


_Part = dict[str, tuple[int, int, float, Decimal]]  # currency → sessions, priced, Wh, amount


def _aggregate(session: Session, conditions: Sequence[ColumnElement[bool]]) -> _Part:
    """The totals of the sessions matching ``conditions``, read from the sessions."""
    cs = ChargingSession
    energy = func.coalesce(cs.energy_wh, cs.meter_stop_wh - cs.meter_start_wh)
    stmt = (
        select(
            cs.currency, func.count(), func.sum(energy), func.count(cs.price_total), func.sum(cs.price_total)
        )
        .where(*conditions)
        .group_by(cs.currency)
    )
    return {
        currency or "": (int(n), int(priced), float(wh or 0.0), _decimal(amount) or Decimal(0))
        for currency, n, wh, priced, amount in session.execute(stmt)
    }


def _summed(session: Session, conditions: Sequence[ColumnElement[bool]]) -> _Part:
    """The totals of the summary rows matching ``conditions`` (the slots of a key added up)."""
    t = SessionDayTotal
    stmt = (
        select(
            t.currency, func.sum(t.sessions), func.sum(t.priced), func.sum(t.energy_wh), func.sum(t.amount_e4)
        )
        .where(*conditions)
        .group_by(t.currency)
    )
    return {
        currency: (int(n), int(priced), float(wh or 0.0), Decimal(int(amount)).scaleb(-4))
        for currency, n, priced, wh, amount in session.execute(stmt)
    }


def _totals(parts: Iterable[_Part]) -> Totals:
    by: dict[str, list[Any]] = {}
    for part in parts:
        for currency, (n, priced, wh, amount) in part.items():
            acc = by.setdefault(currency, [0, 0, 0.0, Decimal(0)])
            acc[0] += n
            acc[1] += priced
            acc[2] += wh
            acc[3] += amount
    sessions, wh, out = 0, 0.0, []
    for currency in sorted(by):
        n, priced, energy, amount = by[currency]
        if n == 0:  # only deltas that cancel out (PostgreSQL's slots): no session in this currency
            continue
        sessions += n
        wh += energy
        out.append(CurrencyTotal(currency, n, priced, amount.quantize(CENT, ROUND_HALF_UP)))
    return Totals(sessions, wh / 1000.0, tuple(out))


def _zone_groups(
    session: Session, q: SessionQuery
) -> list[tuple[list[int] | None, tuple[dt.datetime | None, dt.datetime | None]]]:
    """The period as UTC ranges: per time zone in use, its sites and ``[lo, hi)`` (``None``: the sessions of
    chargers bound to no station, in UTC dates), as :func:`_period` reads it."""
    sites = select(_site.id, _site.timezone)
    if q.site_id is not None:
        sites = sites.where(_site.id == q.site_id)
    zones: dict[str, list[int]] = {}
    for site_id, tz in session.execute(sites):
        zones.setdefault(tz or "UTC", []).append(site_id)

    def bounds(tz: str) -> tuple[dt.datetime | None, dt.datetime | None]:
        lo = None if q.start is None else _midnight(q.start, tz)
        hi = None if q.end is None else _midnight(q.end + dt.timedelta(days=1), tz)
        return lo, hi

    groups: list[tuple[list[int] | None, tuple[dt.datetime | None, dt.datetime | None]]] = [
        (ids, bounds(tz)) for tz, ids in zones.items()
    ]
    if q.site_id is None:
        groups.append((None, bounds("UTC")))
    return groups


def _utc_midnight(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(), dt.UTC)


def _summary_parts(session: Session, q: SessionQuery) -> list[_Part]:
    """The totals of ``q`` (no user, station or running filter) in parts: whole UTC days from the summary, the
    edges of each time zone's period from the sessions."""
    t, cs = SessionDayTotal, ChargingSession
    kept: list[ColumnElement[bool]] = []  # the status filter on the summary …
    status: list[ColumnElement[bool]] = []  # … and on the sessions
    if q.status is StatusFilter.COMPLETED:
        kept.append(t.status == SessionStatus.COMPLETED.value)
        status.append(cs.status == SessionStatus.COMPLETED)
    elif q.status is StatusFilter.FLAGGED:
        kept.append(t.flagged == 1)
        status.append(cs.flags != "")
    if q.start is None and q.end is None:
        if q.site_id is not None:
            kept.append(t.site_id == q.site_id)
        return [_summed(session, kept)]
    parts = []
    for ids, (lo, hi) in _zone_groups(session, q):
        if ids is None:
            in_summary: ColumnElement[bool] = t.site_id == 0
            member: ColumnElement[bool] = cs.station_id.is_(None)
        else:
            in_summary = t.site_id.in_(ids)
            member = cs.station_id.in_(select(_st.id).where(_st.site_id.in_(ids)))
        # whole UTC days: from ``first`` (the first day starting at or after lo) to ``stop`` (excluded)
        first = None if lo is None else (lo + dt.timedelta(days=1) - dt.timedelta.resolution).date()
        stop = None if hi is None else hi.date()
        if first is not None and stop is not None and first >= stop:
            parts.append(_aggregate(session, [member, *status, _range(lo, hi)]))  # not one whole day
            continue
        days = [in_summary, *kept]
        if first is not None:
            days.append(t.day >= first)
        if stop is not None:
            days.append(t.day < stop)
        parts.append(_summed(session, days))
        if lo is not None and first is not None and lo < _utc_midnight(first):
            parts.append(_aggregate(session, [member, *status, _range(lo, _utc_midnight(first))]))
        if hi is not None and stop is not None and _utc_midnight(stop) < hi:
            parts.append(_aggregate(session, [member, *status, _range(_utc_midnight(stop), hi)]))
    return parts


def fetch_page(
    session: Session,
    q: SessionQuery,
    *,
    after: Key | None = None,
    skip: int = 0,
    limit: int = PAGE_SIZE,
    reverse: bool = False,
) -> list[SessionRow]:
    """Up to ``limit`` rows following ``after`` (from the beginning when None), ``skip`` rows further on.

    ``reverse`` walks from the other end (rows *before* ``after``, or from the end when None); the rows are
    returned in the query's order either way.
    """
    if limit <= 0:
        return []
    descending = _descending(q, reverse)
    conds = _conditions(session, q, ordered=True)
    if skip > 0:
        after = _key_at(session, conds, after, skip - 1, descending)
        if after is None:
            return []
    if after is not None:
        conds = [*conds, _beyond(after, descending)]
    stmt = _ROW.where(*conds).order_by(*_order(descending)).limit(limit)
    rows = [_row(r) for r in session.execute(stmt)]
    if reverse:
        rows.reverse()
    return rows


def _key_at(
    session: Session, conds: list[ColumnElement[bool]], after: Key | None, offset: int, descending: bool
) -> Key | None:
    """The key ``offset`` rows past ``after``: a key-only query (no joins), so the skipped rows cost an index
    step each on SQLite."""
    cs = ChargingSession
    where = conds if after is None else [*conds, _beyond(after, descending)]
    stmt = select(cs.start_at, cs.id).where(*where).order_by(*_order(descending)).offset(offset).limit(1)
    found = session.execute(stmt).first()
    return None if found is None else Key(found[0], int(found[1]))


def fetch_window(
    session: Session,
    q: SessionQuery,
    start: int,
    limit: int = PAGE_SIZE,
    *,
    anchors: Iterable[tuple[int, Key]] = (),
    count: int | None = None,
) -> list[SessionRow]:
    """Rows ``start`` … ``start + limit − 1`` of the query's order, for a model that shows any part of the set.

    ``anchors`` are rows the caller already holds (their index and key); ``count`` the number of matching
    rows when known. The rows are reached from the nearest of the beginning, an anchor or the end, so
    scrolling on from a held page is one keyset step, and a jump skips at most half the set.
    """
    if limit <= 0 or start < 0 or (count is not None and start >= count):
        return []
    # (rows to skip, after, reverse, limit)
    plans: list[tuple[int, Key | None, bool, int]] = [(start, None, False, limit)]
    for index, key in anchors:
        if index < start:
            plans.append((start - index - 1, key, False, limit))
        elif index >= start + limit:
            plans.append((index - start - limit, key, True, limit))
    if count is not None:
        end = min(start + limit, count)
        plans.append((count - end, None, True, end - start))
    skip, after, reverse, size = min(plans, key=lambda p: p[0])
    return fetch_page(session, q, after=after, skip=skip, limit=size, reverse=reverse)


def fetch_row(session: Session, q: SessionQuery, session_id: int) -> SessionRow | None:
    """The session's table row if it matches ``q`` (live updates: does a new session belong on the page?)."""
    r = session.execute(_ROW.where(ChargingSession.id == session_id, *_conditions(session, q))).first()
    return None if r is None else _row(r)


# -- detail ----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Band:
    start: dt.datetime | None
    end: dt.datetime | None
    tariff: str
    mode: str
    why: str
    kwh: Decimal | None
    energy_cost: Decimal | None
    time_cost: Decimal | None
    hours: Decimal | None = None


@dataclass(frozen=True)
class Breakdown:
    bands: list[Band]
    start_fee: Decimal | None
    net: Decimal | None
    vat: Decimal | None
    total: Decimal | None
    vat_percent: Decimal | None
    currency: str
    note: str = ""


@dataclass(frozen=True)
class Sample:
    at: dt.datetime
    value: float


@dataclass
class SessionDetail:
    """Everything about one session for the detail view: the stored fields, the price breakdown and the
    meter values (energy delivered in kWh and power in kW over time, thinned to :data:`CHART_POINTS`)."""

    row: SessionRow
    transaction_uid: str | None
    meter_start_wh: float
    meter_stop_wh: float | None
    mode_at_start: str
    decision_reason: str
    tariff_name: str
    price_net: Decimal | None
    price_vat: Decimal | None
    reservation_id: int | None
    breakdown: Breakdown | None
    energy: list[Sample] = field(default_factory=list)
    power: list[Sample] = field(default_factory=list)
    samples_truncated: bool = False
    limits: list[LimitStep] = field(default_factory=list)  # the limits load management sent, oldest first

    @property
    def duration(self) -> dt.timedelta | None:
        stop = self.row.stop_at
        return None if stop is None else stop - self.row.start_at


def _instant(value: Any) -> dt.datetime | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        moment = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


def parse_breakdown(data: Any, currency: str = "") -> Breakdown | None:
    """``ChargingSession.price_breakdown`` (as :mod:`app.services.rules.pricing` writes it) as plain data."""
    if not isinstance(data, Mapping):
        return None
    bands = []
    for b in data.get("bands") or []:
        if not isinstance(b, Mapping):
            continue
        bands.append(
            Band(
                start=_instant(b.get("from")),
                end=_instant(b.get("to")),
                tariff=str(b.get("tariff") or ""),
                mode=str(b.get("mode") or ""),
                why=str(b.get("why") or ""),
                kwh=_decimal(b.get("kwh")),
                energy_cost=_decimal(b.get("energy_cost")),
                time_cost=_decimal(b.get("time_cost")),
                hours=_decimal(b.get("hours")),
            )
        )
    return Breakdown(
        bands=bands,
        start_fee=_decimal(data.get("start_fee")),
        net=_decimal(data.get("net")),
        vat=_decimal(data.get("vat")),
        total=_decimal(data.get("total")),
        vat_percent=_decimal(data.get("vat_percent")),
        currency=str(data.get("currency") or currency),
        note=str(data.get("note") or ""),
    )


def _thin(samples: list[Sample], limit: int) -> list[Sample]:
    if len(samples) <= limit:
        return samples
    step = len(samples) / (limit - 1)
    return [samples[min(len(samples) - 1, math.floor(i * step))] for i in range(limit - 1)] + [samples[-1]]


def _series(rows: Iterable[Sequence[Any]], meter_start_wh: float) -> tuple[list[Sample], list[Sample]]:
    """Meter rows → energy delivered (kWh) and power (kW). The phase-less value of a timestamp wins; else the
    phases are added up (a charger that reports L1/L2/L3 only)."""
    totals: dict[tuple[str, dt.datetime], float] = {}
    phased: dict[tuple[str, dt.datetime], float] = {}
    for at, measurand, phase, value, unit in rows:
        scale = 1000.0 if (unit or "").lower() in ("kwh", "kw") else 1.0
        if measurand == ENERGY and phase is None:
            totals[(measurand, at)] = (value * scale - meter_start_wh) / 1000.0
        elif measurand == ENERGY:
            phased[(measurand, at)] = phased.get((measurand, at), 0.0) + value * scale / 1000.0
        elif phase is None:
            totals[(measurand, at)] = value * scale / 1000.0
        else:
            phased[(measurand, at)] = phased.get((measurand, at), 0.0) + value * scale / 1000.0
    for k, v in phased.items():
        if k not in totals:
            totals[k] = v - meter_start_wh / 1000.0 if k[0] == ENERGY else v
    energy = sorted(
        (Sample(at, max(0.0, v)) for (m, at), v in totals.items() if m == ENERGY), key=lambda s: s.at
    )
    power = sorted((Sample(at, v) for (m, at), v in totals.items() if m == POWER), key=lambda s: s.at)
    return energy, power


def session_detail(session: Session, session_id: int) -> SessionDetail | None:
    """The session, its price breakdown and its meter values (bounded by :data:`MAX_METER_ROWS`)."""
    r = session.execute(_ROW.where(ChargingSession.id == session_id)).first()
    if r is None:
        return None
    row = _row(r)
    cs = ChargingSession
    extra = session.execute(
        select(
            cs.transaction_uid,
            cs.meter_start_wh,
            cs.meter_stop_wh,
            cs.mode_at_start,
            cs.decision_reason,
            cs.tariff_name,
            cs.price_net,
            cs.price_vat,
            cs.reservation_id,
            cs.price_breakdown,
        ).where(cs.id == session_id)
    ).one()
    uid, m_start, m_stop, mode, reason, tariff, net, vat, reservation, breakdown = extra
    mv = MeterValue
    samples = session.execute(
        select(mv.timestamp, mv.measurand, mv.phase, mv.value, mv.unit)
        .where(mv.session_id == session_id, mv.measurand.in_((ENERGY, POWER)))
        .order_by(mv.timestamp)
        .limit(MAX_METER_ROWS + 1)
    ).all()
    truncated = len(samples) > MAX_METER_ROWS
    energy, power = _series(samples[:MAX_METER_ROWS], float(m_start or 0.0))
    return SessionDetail(
        row=row,
        transaction_uid=uid,
        meter_start_wh=float(m_start or 0.0),
        meter_stop_wh=m_stop,
        mode_at_start=mode or "",
        decision_reason=reason or "",
        tariff_name=tariff or "",
        price_net=_decimal(net),
        price_vat=_decimal(vat),
        reservation_id=reservation,
        breakdown=parse_breakdown(breakdown, row.currency),
        energy=_thin(energy, CHART_POINTS),
        power=_thin(power, CHART_POINTS),
        samples_truncated=truncated,
        limits=limit_history(session, session_id),
    )


class SessionNotOpen(LookupError):
    """The session is not open any more (it stopped meanwhile, or was deleted)."""


def close_stuck_session(
    session: Session, session_id: int, *, actor: Actor = LOCAL, note: str = "", now: dt.datetime | None = None
) -> SessionDetail | None:
    """An operator closes an open session the charger abandoned (it never sent its StopTransaction, so the card
    stays busy): it ends at its last meter reading, flagged ``closed_by_operator`` with who and why, not priced;
    audited. A StopTransaction arriving later is still applied. Returns the session's detail as it is now."""
    from app.services.admin.audit import audit
    from app.services.central.store import FLAG_CLOSED_BY_OPERATOR, close_session

    now = now or dt.datetime.now(dt.UTC)
    reason = f"closed by {actor_name(actor) or 'an operator'} in the sessions view" + (
        f" ({note.strip()})" if note.strip() else ""
    )
    try:
        out = close_session(session, session_id, at=now, now=now, flag=FLAG_CLOSED_BY_OPERATOR, reason=reason)
    except LookupError as e:
        raise SessionNotOpen(str(e)) from None
    audit(
        session,
        entity="session",
        entity_id=session_id,
        action="close",
        actor=actor,
        changes={
            "status": ["active", "completed"],
            "stop_at": out.stop_at.isoformat(),
            "energy_wh": out.energy_wh,
            "reason": reason,
        },
    )
    session.flush()
    return session_detail(session, session_id)


# -- export ----------------------------------------------------------------------------------------------


def _names(session: Session, q: SessionQuery) -> dict[str, str | None]:
    """The export's filter (names) for the page's filter (ids)."""

    def one(stmt: Select[Any], what: str, ident: int) -> str:
        value = session.execute(stmt).scalar_one_or_none()
        if value is None:
            gone = {
                "user": translate(
                    "SessionsReport", "The user #{id} no longer exists: reload the page and choose again."
                ),
                "station": translate(
                    "SessionsReport", "The station #{id} no longer exists: reload the page and choose again."
                ),
                "site": translate(
                    "SessionsReport", "The site #{id} no longer exists: reload the page and choose again."
                ),
            }
            raise FormError({what: gone[what].format(id=ident)})
        return str(value)

    return {
        "user": None
        if q.user_id is None
        else one(select(_user.name).where(_user.id == q.user_id), "user", q.user_id),
        "station": None
        if q.station_id is None
        else one(select(_st.charge_point_id).where(_st.id == q.station_id), "station", q.station_id),
        "site": None
        if q.site_id is None
        else one(select(_site.name).where(_site.id == q.site_id), "site", q.site_id),
    }


def export_filtered(
    session: Session,
    q: SessionQuery,
    out: Path | str,
    fmt: ExportFormat | None = None,
    *,
    progress: Callable[[int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    chunk_rows: int | None = None,
) -> int:
    """Write the sessions of ``q`` (the page's filter: ids) to ``out`` with the one sessions exporter,
    :func:`app.services.reports.exports.export_sessions` (CSV or XLSX, progress, cancel, no file left behind
    by a cancelled or failed export); returns how many were written. The export is chronological whatever the
    page's order. :class:`FormError` when a chosen user, station or site no longer exists.
    """
    from app.services.reports import (
        exports,  # pandas and xlsxwriter: loaded when exporting, not when the console starts
    )

    out = Path(out)
    names = _names(session, q)
    xlsx = (fmt or out.suffix.lower().lstrip(".")) == "xlsx"
    rows = chunk_rows or (2_000 if xlsx else 10_000)  # progress steps: ~1 s of work each
    return exports.export_sessions(
        session,
        out,
        fmt,
        start=q.start,
        end=q.end,
        status=q.status,
        chunk_rows=rows,
        progress=progress,
        cancelled=cancelled,
        user=names["user"],
        station=names["station"],
        site=names["site"],
    )


# -- the service object the Sessions page calls ------------------------------------------------------------

#: How a caller learns to interrupt the statement a read runs: called with a function that interrupts it when
#: the statement starts, and with None when it is done (a page's worker: ``DbWorker.set_canceller``).
OnCancel = Callable[[Callable[[], None] | None], None]


def _interrupter(session: Session) -> Callable[[], None] | None:
    """How to stop the statement running on the session's DBAPI connection from another thread."""
    raw: Any = session.connection().connection.dbapi_connection
    if hasattr(raw, "interrupt"):  # sqlite3
        return cast("Callable[[], None]", raw.interrupt)
    if hasattr(raw, "cancel"):  # psycopg
        return cast("Callable[[], None]", raw.cancel)
    return None


class SessionsService:
    """The Sessions page's use cases, each one unit of work of ``store``. The page calls them from its worker
    threads; the long ones (count, totals) take ``on_cancel`` so a read a newer filter made useless can be
    interrupted."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def interruptible(self, fn: Callable[..., T], *args: Any, on_cancel: OnCancel | None = None) -> T:
        """``fn(session, *args)`` in a read unit of work; ``on_cancel`` is given the interrupter meanwhile."""

        def work(s: Session) -> T:
            if on_cancel is None:
                return fn(s, *args)
            on_cancel(_interrupter(s))
            try:
                return fn(s, *args)
            finally:
                on_cancel(None)

        return self.store.read(work)

    def filter_options(self) -> FilterOptions:
        return self.store.read(filter_options)

    def count(self, q: SessionQuery, *, on_cancel: OnCancel | None = None) -> int:
        return self.interruptible(count_sessions, q, on_cancel=on_cancel)

    def totals(self, q: SessionQuery, *, on_cancel: OnCancel | None = None) -> Totals:
        return self.interruptible(session_totals, q, on_cancel=on_cancel)

    def window(
        self,
        q: SessionQuery,
        start: int,
        limit: int = PAGE_SIZE,
        *,
        anchors: Iterable[tuple[int, Key]] = (),
        count: int | None = None,
    ) -> list[SessionRow]:
        return self.store.read(lambda s: fetch_window(s, q, start, limit, anchors=anchors, count=count))

    def row(self, q: SessionQuery, session_id: int) -> SessionRow | None:
        return self.store.read(lambda s: fetch_row(s, q, session_id))

    def rows(self, q: SessionQuery, ids: Sequence[int]) -> list[SessionRow]:
        """The rows of the sessions ``ids`` that match ``q``, in the order of ``ids``."""
        return self.store.read(lambda s: [r for r in (fetch_row(s, q, i) for i in ids) if r is not None])

    def detail(self, session_id: int) -> SessionDetail | None:
        return self.store.read(lambda s: session_detail(s, session_id))

    def close_stuck(self, session_id: int, *, note: str = "") -> SessionDetail | None:
        """End a session the charger abandoned (see :func:`close_stuck_session`); audited as the operator at the
        console. :class:`~app.services.roles.NotAllowed` for a role that may not end sessions."""
        actor = self.store.require(Permission.END_SESSIONS)
        return self.store.write(lambda s: close_stuck_session(s, session_id, actor=actor, note=note))

    def export(
        self,
        q: SessionQuery,
        out: Path | str,
        fmt: ExportFormat | None = None,
        *,
        progress: Callable[[int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> int | None:
        """The sessions of ``q`` to ``out``; how many were written, or None when ``cancelled()`` stopped it
        (nothing is written then). :class:`FormError`, ``ExportError`` or OSError when it cannot be done."""
        from app.services.reports.exports import ExportCancelled

        try:
            return self.store.read(
                lambda s: export_filtered(s, q, out, fmt, progress=progress, cancelled=cancelled)
            )
        except ExportCancelled:
            return None
