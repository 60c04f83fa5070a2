"""Monthly statement per user (PRODUCT.md, Sessions): the sessions a user charged in one month, with totals, as
data and as printable HTML (the console prints it to PDF; this module has no Qt).

Which sessions: every *completed* session of the user at every site — the sessions attributed to them
(``user_id``) and those of one of their RFID tags that were attributed to nobody (the card was not registered
yet when it was used). A session still running is left out: it has no price yet, and it will be on the
statement of the month it started in once it stopped.

Which month: a session belongs to the month its start falls in, in the local time of *its site* (PRODUCT.md:
times in rules are the site's wall-clock time), like the Sessions page's and the export's periods; sessions
of chargers bound to no station use UTC. The database is narrowed by UTC with two days of margin, the exact
local cut is made here (one user's month: a bounded read).

Money: each session's stored net, VAT and total (already rounded to cents by :mod:`app.services.rules.pricing`),
summed per currency as Decimal, so the statement's totals are exactly the sum of its lines. A session without
a price (a pricing problem the central system flagged) is listed and counted apart, not in the totals.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from functools import cache
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from app.models import ChargingSession, IdTag, SessionStatus, Site, Station, User
from app.services import locale_format as fmt
from app.services.i18n import QT_TRANSLATE_NOOP, translate
from app.services.rules.numbers import to_decimal
from app.services.store import Store

CENT = Decimal("0.01")
WH = Decimal("0.001")  # kWh to the watt-hour
ZERO = Decimal(0)
_MARGIN = dt.timedelta(days=2)  # more than any UTC offset (±14 h) on either side


@dataclass(frozen=True)
class StatementLine:
    """One session on the statement. Times are the site's local time; money is None when not priced."""

    session_id: int
    start_local: dt.datetime
    stop_local: dt.datetime
    timezone: str
    site: str
    station: str
    charge_point_id: str
    connector: int
    id_tag: str
    energy_kwh: Decimal
    tariffs: str  # "employee" or "employee 8.200 kWh, public 2.100 kWh" (from the price breakdown)
    currency: str
    net: Decimal | None
    vat: Decimal | None
    total: Decimal | None
    vat_percent: Decimal | None

    @property
    def duration(self) -> dt.timedelta:
        """Elapsed time (in UTC: a night with a clock change does not add or lose an hour)."""
        return self.stop_local.astimezone(dt.UTC) - self.start_local.astimezone(dt.UTC)

    @property
    def priced(self) -> bool:
        return self.total is not None


@dataclass(frozen=True)
class CurrencyTotal:
    """The statement's totals in one currency (priced sessions only)."""

    currency: str
    sessions: int
    energy_kwh: Decimal
    net: Decimal
    vat: Decimal
    total: Decimal
    vat_percents: tuple[Decimal, ...]  # the VAT rates that applied, ascending


@dataclass(frozen=True)
class StatementSite:
    name: str
    address: str
    timezone: str


@dataclass(frozen=True)
class Statement:
    user_id: int
    user_name: str
    email: str
    company: str
    cost_centre: str
    year: int
    month: int
    lines: tuple[StatementLine, ...]
    totals: tuple[CurrencyTotal, ...]
    sites: tuple[StatementSite, ...]  # the sites the user charged at this month, by name
    energy_kwh: Decimal  # all sessions, priced or not
    unpriced: int  # sessions listed without a price (not in the totals)
    generated_at: dt.datetime  # UTC

    @property
    def period(self) -> str:
        """``"March 2026"``."""
        return month_label(self.year, self.month)

    @property
    def empty(self) -> bool:
        return not self.lines


def month_label(year: int, month: int) -> str:
    return fmt.month_year(year, month)


def previous_month(today: dt.date) -> tuple[int, int]:
    """The month before ``today``'s (the statement's default)."""
    last = today.replace(day=1) - dt.timedelta(days=1)
    return last.year, last.month


def month_bounds(year: int, month: int) -> tuple[dt.date, dt.date]:
    """First and last day of the month."""
    first = dt.date(year, month, 1)
    following = dt.date(year + month // 12, month % 12 + 1, 1)
    return first, following - dt.timedelta(days=1)


@cache
def _zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ValueError, KeyError, OSError):
        return ZoneInfo("UTC")


def _money(value: Any) -> Decimal | None:
    d = to_decimal(value)
    return None if d is None else d.quantize(CENT, ROUND_HALF_UP)


def _tariffs(breakdown: Any, tariff_name: str) -> str:
    """The tariffs of the price breakdown: one name, or each tariff with its energy when there were several."""
    if isinstance(breakdown, Mapping):
        per: dict[str, Decimal] = {}
        for band in breakdown.get("bands") or []:
            if not isinstance(band, Mapping) or not band.get("tariff"):
                continue
            try:
                kwh = Decimal(str(band.get("kwh") or "0"))
            except InvalidOperation:
                kwh = ZERO
            name = str(band["tariff"])
            per[name] = per.get(name, ZERO) + kwh
        if len(per) > 1:
            return ", ".join(f"{name} {kwh.quantize(WH)} kWh" for name, kwh in per.items())
        if per:
            return next(iter(per))
        if breakdown.get("tariff"):
            return str(breakdown["tariff"])
    return tariff_name or ""


def _vat_percent(breakdown: Any) -> Decimal | None:
    if isinstance(breakdown, Mapping) and breakdown.get("vat_percent") not in (None, ""):
        try:
            return Decimal(str(breakdown["vat_percent"])).normalize()
        except InvalidOperation:
            return None
    return None


def monthly_statement(
    session: Session, user_id: int, year: int, month: int, *, now: dt.datetime | None = None
) -> Statement:
    """The user's statement for ``month`` of ``year`` (see the module docstring). LookupError: no such user."""
    if not 1 <= month <= 12:
        raise ValueError(f"month must be 1–12, not {month}")
    user = session.get(User, user_id)
    if user is None:
        raise LookupError(f"user {user_id} does not exist")
    tags = list(session.scalars(select(IdTag.id_tag).where(IdTag.user_id == user_id)))
    first, last = month_bounds(year, month)
    lo = dt.datetime.combine(first, dt.time(), dt.UTC) - _MARGIN
    hi = dt.datetime.combine(last + dt.timedelta(days=1), dt.time(), dt.UTC) + _MARGIN
    cs = ChargingSession
    mine = cs.user_id == user_id
    if tags:
        mine = or_(mine, and_(cs.user_id.is_(None), cs.id_tag.in_(tags)))
    stmt = (
        select(
            cs.id,
            cs.start_at,
            cs.stop_at,
            Site.timezone,
            Site.name,
            Site.address,
            Station.name,
            cs.charge_point_id,
            cs.connector_id,
            cs.id_tag,
            cs.energy_wh,
            cs.meter_start_wh,
            cs.meter_stop_wh,
            cs.currency,
            cs.price_net,
            cs.price_vat,
            cs.price_total,
            cs.price_breakdown,
            cs.tariff_name,
        )
        .select_from(cs)
        .outerjoin(Station, cs.station_id == Station.id)
        .outerjoin(Site, Station.site_id == Site.id)
        .where(
            mine,
            cs.status == SessionStatus.COMPLETED,
            cs.stop_at.is_not(None),
            cs.start_at >= lo,
            cs.start_at < hi,
        )
        .order_by(cs.start_at, cs.id)
    )
    lines: list[StatementLine] = []
    sites: dict[str, StatementSite] = {}
    for (
        sid,
        start,
        stop,
        tz,
        site,
        address,
        station,
        cp_id,
        connector,
        id_tag,
        energy_wh,
        m_start,
        m_stop,
        currency,
        net,
        vat,
        total,
        breakdown,
        tariff_name,
    ) in session.execute(stmt):
        zone_name = tz or "UTC"
        zone = _zone(zone_name)
        start_local = start.astimezone(zone)
        if not first <= start_local.date() <= last:
            continue
        if energy_wh is None:
            energy_wh = max(0.0, (m_stop or 0.0) - (m_start or 0.0)) if m_stop is not None else 0.0
        price_total = _money(total)
        line = StatementLine(
            session_id=int(sid),
            start_local=start_local,
            stop_local=stop.astimezone(zone),
            timezone=zone_name,
            site=site or "",
            station=station or cp_id,
            charge_point_id=cp_id,
            connector=int(connector),
            id_tag=id_tag or "",
            energy_kwh=(Decimal(str(energy_wh)) / 1000).quantize(WH, ROUND_HALF_UP),
            tariffs=_tariffs(breakdown, tariff_name or ""),
            currency=currency or "",
            net=_money(net) if price_total is not None else None,
            vat=_money(vat) if price_total is not None else None,
            total=price_total,
            vat_percent=_vat_percent(breakdown),
        )
        lines.append(line)
        if site and site not in sites:
            sites[site] = StatementSite(site, address or "", zone_name)
    return Statement(
        user_id=user.id,
        user_name=user.name,
        email=user.email or "",
        company=user.company or "",
        cost_centre=user.cost_centre or "",
        year=year,
        month=month,
        lines=tuple(lines),
        totals=_totals(lines),
        sites=tuple(sorted(sites.values(), key=lambda s: s.name.casefold())),
        energy_kwh=sum((line.energy_kwh for line in lines), ZERO),
        unpriced=sum(1 for line in lines if not line.priced),
        generated_at=(now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC),
    )


def _totals(lines: Sequence[StatementLine]) -> tuple[CurrencyTotal, ...]:
    groups: dict[str, list[StatementLine]] = {}
    for line in lines:
        if line.priced:
            groups.setdefault(line.currency, []).append(line)
    out = []
    for currency in sorted(groups):
        group = groups[currency]
        out.append(
            CurrencyTotal(
                currency=currency,
                sessions=len(group),
                energy_kwh=sum((line.energy_kwh for line in group), ZERO),
                net=sum((line.net or ZERO for line in group), ZERO),
                vat=sum((line.vat or ZERO for line in group), ZERO),
                total=sum((line.total or ZERO for line in group), ZERO),
                vat_percents=tuple(
                    sorted({line.vat_percent for line in group if line.vat_percent is not None})
                ),
            )
        )
    return tuple(out)


# -- printable HTML ----------------------------------------------------------------------------------------------


def format_duration(delta: dt.timedelta) -> str:
    """``"2 h 05 min"``, ``"45 min"``."""
    minutes = max(0, round(delta.total_seconds() / 60))
    hours, minutes = divmod(minutes, 60)
    if hours:
        return translate("Statement", "{hours} h {minutes} min").format(hours=hours, minutes=f"{minutes:02d}")
    return translate("Statement", "{minutes} min").format(minutes=minutes)


def format_money(amount: Decimal) -> str:
    """``1,234.50`` (``1'234.50`` in de_CH): as the Sessions page's totals."""
    return fmt.number(amount, 2)


def _amount(currency: str, amount: Decimal) -> str:
    """``CHF 1,234.50``, in the locale: ``CHF 1'234.50``, ``1'234,50 CHF``."""
    return fmt.money(amount, currency)


def _kwh(value: Decimal) -> str:
    return fmt.number(value, 3, group=False)


def _percent(rates: Sequence[Decimal]) -> str:
    return ", ".join(f"{r:f}%" for r in rates)


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def statement_title(st: Statement) -> str:
    return translate("Statement", "Charging statement {period} — {name}").format(
        period=st.period, name=st.user_name
    )


def statement_header(st: Statement) -> str:
    """The line printed at the top of every page: the user's company (or name) and the sites."""
    who = st.company or st.user_name
    where = ", ".join(s.name for s in st.sites) or "ChargeDesk"
    return f"{who} · {where}"


_CSS = """
body { font-family: sans-serif; font-size: 9pt; color: #1f2933; }
h1 { font-size: 16pt; margin-top: 0; margin-bottom: 8px; }
.gap { font-size: 6pt; }
.muted { color: #5b6068; }
th { background: #e4e7eb; text-align: left; font-weight: 600; }
td.n, th.n { text-align: right; }
tr.total td { font-weight: 600; border-top: 1px solid #1f2933; }
"""


def statement_html(st: Statement) -> str:
    """The statement as simple HTML (Qt's rich text subset: tables, no floats or grid), for print and preview."""
    out = [
        f"<html><head><meta charset='utf-8'><title>{_e(statement_title(st))}</title>"
        f"<style>{_CSS}</style></head><body>"
    ]
    heading = translate("Statement", "Charging statement {period}").format(period=st.period)
    out.append(f"<h1>{_e(heading)}</h1>")
    who = [f"<b>{_e(st.user_name)}</b>"]
    if st.email:
        who.append(_e(st.email))
    details = []
    if st.company:
        details.append(translate("Statement", "Company: <b>{company}</b>").format(company=_e(st.company)))
    if st.cost_centre:
        details.append(
            translate("Statement", "Cost centre: <b>{cost_centre}</b>").format(cost_centre=_e(st.cost_centre))
        )
    first, last = month_bounds(st.year, st.month)
    out.append(
        "<table width='100%' cellspacing='0' cellpadding='2'><tr>"
        f"<td valign='top'>{'<br>'.join(who)}<br>{'<br>'.join(details)}</td>"
        "<td valign='top' align='right'>"
        + translate("Statement", "Period: <b>{first} – {last}</b>").format(
            first=fmt.date(first, "%Y-%m-%d"), last=fmt.date(last, "%Y-%m-%d")
        )
        + "<br>"
    )
    if st.sites:
        out.append(
            "<br>".join(
                f"{_e(s.name)}" + (f", <span class='muted'>{_e(s.address)}</span>" if s.address else "")
                for s in st.sites
            )
        )
    out.append("</td></tr></table><p class='gap'>&nbsp;</p>")

    if st.empty:
        out.append(
            "<p><b>"
            + _e(translate("Statement", "No charging sessions in {period}.").format(period=st.period))
            + "</b></p>"
        )
    else:
        out.append(_sessions_table(st))
        out.append("<p class='gap'>&nbsp;</p>")
        out.append(_totals_table(st))
    notes = [
        translate(
            "Statement",
            "Dates and times are the local time of each site; a session belongs to the day it started.",
        ),
        translate("Statement", "Sessions still running when the statement was made are not included."),
    ]
    unpriced = st.unpriced
    if unpriced:
        notes.append(
            translate(
                "Statement",
                "%n session(s) without a price (listed but not in the totals).",
                None,
                unpriced,
            )
        )
    zones = sorted({s.timezone for s in st.sites})
    if len(zones) == 1:
        notes.append(translate("Statement", "Time zone: {zones}.").format(zones=zones[0]))
    elif zones:
        notes.append(translate("Statement", "Time zones: {zones}.").format(zones=", ".join(zones)))
    notes.append(
        translate("Statement", "Made on {when} UTC by ChargeDesk.").format(
            when=fmt.date_time(st.generated_at, legacy="%Y-%m-%d")
        )
    )
    out.append("<p class='muted'>" + "<br>".join(_e(n) for n in notes) + "</p>")
    out.append("</body></html>")
    return "".join(out)


#: the sessions table's columns (the keys say which are numbers)
COLUMNS = {
    "Date": QT_TRANSLATE_NOOP("Statement", "Date"),
    "Time": QT_TRANSLATE_NOOP("Statement", "Time"),
    "Site": QT_TRANSLATE_NOOP("Statement", "Site"),
    "Station": QT_TRANSLATE_NOOP("Statement", "Station"),
    "Conn.": QT_TRANSLATE_NOOP("Statement", "Conn."),
    "kWh": QT_TRANSLATE_NOOP("Statement", "kWh"),
    "Duration": QT_TRANSLATE_NOOP("Statement", "Duration"),
    "Tariff": QT_TRANSLATE_NOOP("Statement", "Tariff"),
    "Price": QT_TRANSLATE_NOOP("Statement", "Price"),
}


def _sessions_table(st: Statement) -> str:
    several_sites = len(st.sites) > 1
    heads = [
        "Date",
        "Time",
        *(["Site"] if several_sites else []),
        "Station",
        "Conn.",
        "kWh",
        "Duration",
        "Tariff",
        "Price",
    ]
    numeric = {"Conn.", "kWh", "Duration", "Price"}
    rows = ["<table width='100%' cellspacing='0' cellpadding='3' border='0'><thead><tr>"]
    rows += [
        f"<th{' class=n' if h in numeric else ''}>{_e(translate('Statement', COLUMNS[h]))}</th>"
        for h in heads
    ]
    rows.append("</tr></thead><tbody>")
    not_priced = translate("Statement", "not priced")
    for i, line in enumerate(st.lines):
        stop = line.stop_local
        days = (stop.date() - line.start_local.date()).days
        until = fmt.time(stop) + (f" (+{days})" if days > 0 else "")
        price = (
            _amount(line.currency, line.total)
            if line.total is not None
            else f"<span class='muted'>{_e(not_priced)}</span>"
        )
        station = (
            _e(line.station) + f"<br><span class='muted'>{_e(line.charge_point_id)}</span>"
            if line.station != line.charge_point_id
            else _e(line.station)
        )
        cells = [
            f"{fmt.day_name(line.start_local.weekday())} {fmt.date(line.start_local.date(), '%Y-%m-%d')}",
            f"{fmt.time(line.start_local)}–{until}",
            *([_e(line.site)] if several_sites else []),
            station,
            str(line.connector),
            _kwh(line.energy_kwh),
            format_duration(line.duration),
            _e(line.tariffs or "–"),
            price,
        ]
        colour = " bgcolor='#f5f7fa'" if i % 2 else ""
        rows.append(
            f"<tr{colour}>"
            + "".join(
                f"<td{' class=n' if h in numeric else ''}>{c}</td>" for h, c in zip(heads, cells, strict=True)
            )
            + "</tr>"
        )
    rows.append("</tbody></table>")
    return "".join(rows)


def _totals_table(st: Statement) -> str:
    not_priced = translate("Statement", "not priced")
    rows = [
        "<table cellspacing='0' cellpadding='4' border='0' align='right'><thead><tr>",
        "<th>{}</th><th class=n>{}</th><th class=n>kWh</th><th class=n>{}</th><th class=n>{}</th><th class=n>{}</th>"
        "</tr></thead><tbody>".format(
            _e(translate("Statement", "Totals")),
            _e(translate("Statement", "Sessions")),
            _e(translate("Statement", "Net")),
            _e(translate("Statement", "VAT")),
            _e(translate("Statement", "Total")),
        ),
    ]
    for t in st.totals:
        vat = f"{format_money(t.vat)}" + (
            f" <span class='muted'>({_percent(t.vat_percents)})</span>" if t.vat_percents else ""
        )
        rows.append(
            f"<tr class='total'><td>{_e(t.currency)}</td><td class=n>{t.sessions}</td>"
            f"<td class=n>{_kwh(t.energy_kwh)}</td><td class=n>{format_money(t.net)}</td>"
            f"<td class=n>{vat}</td><td class=n><b>{_e(_amount(t.currency, t.total))}</b></td></tr>"
        )
    if st.unpriced:
        unpriced_kwh = sum((line.energy_kwh for line in st.lines if not line.priced), ZERO)
        rows.append(
            f"<tr><td class='muted'>{_e(not_priced)}</td><td class=n>{st.unpriced}</td>"
            f"<td class=n>{_kwh(unpriced_kwh)}</td><td></td><td></td><td></td></tr>"
        )
    rows.append("</tbody></table>")
    return "".join(rows)


class StatementsService:
    """Monthly statements as the console asks for them: one unit of work of ``store`` per statement."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def monthly(self, user_id: int, year: int, month: int) -> Statement:
        """The user's statement of that month (LookupError: no such user)."""
        return self.store.read(lambda s: monthly_statement(s, user_id, year, month))


__all__ = [
    "CurrencyTotal",
    "Statement",
    "StatementLine",
    "StatementSite",
    "StatementsService",
    "format_duration",
    "format_money",
    "month_bounds",
    "month_label",
    "monthly_statement",
    "previous_month",
    "statement_header",
    "statement_html",
    "statement_title",
]
