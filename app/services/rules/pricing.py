"""Pricing a charging session band by band (PRODUCT.md, Tariffs).

A band is a maximal stretch of the session during which the presenter's tariff stays the same: the owner
tariff for an owner, a special user's tariff while one of their grants is valid, else the tariff of the access
slot (the same rules as :mod:`app.services.rules.access`). Candidate edges come from the plan's change points, the
grants' validity and window edges and the clock changes; the tariff is evaluated in the middle of each piece
and equal neighbours are merged.

Energy per band comes from the cumulative energy register, interpolated linearly at band edges between the
samples (the meter start and stop values are the end samples). Per band: energy cost = kWh × price per kWh,
time cost = price per hour × the band's hours after the tariff's free period (counted from the session start).
The start fee is the one of the tariff at the session start. Tariffs say whether their prices include VAT;
the site's VAT rate turns them into net and gross. Decimal throughout: 4 decimals in bands, money rounded to
2 decimals (half up) at the end.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from itertools import pairwise
from typing import Any, Protocol

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from app.models import ChargingSession, MeterValue, Tariff
from app.services.central.lean_sql import Lean, session_connection
from app.services.rules.access import (
    OPEN_PLAN,
    GrantInfo,
    Role,
    RulesCache,
    load_station_config,
    load_tag,
    tariff_for,
    valid_grant,
)
from app.services.rules.breakdown import EXPORT_KEY, band_text, block, wall_hhmm
from app.services.rules.plan import (
    ONE_DAY,
    Plan,
    change_points,
    mode_at,
    to_local,
    utc_change_points,
    weekly_edges,
)
from app.services.rules.tags import normalise_tag

ENERGY_REGISTER = "Energy.Active.Import.Register"
CENT = Decimal("0.01")
PLACES = Decimal("0.0001")
ZERO = Decimal(0)
_MICROS_PER_HOUR = Decimal(3_600_000_000)


def _q4(value: Decimal) -> Decimal:
    return value.quantize(PLACES, ROUND_HALF_UP)


def _q2(value: Decimal) -> Decimal:
    return value.quantize(CENT, ROUND_HALF_UP)


def _hours(delta: dt.timedelta) -> Decimal:
    return Decimal(delta // dt.timedelta(microseconds=1)) / _MICROS_PER_HOUR


def _iso(instant: dt.datetime) -> str:
    return instant.astimezone(dt.UTC).isoformat()


class Terms(Protocol):
    """What pricing reads of a tariff: :class:`TariffTerms`, or the rules cache's
    :class:`~app.services.rules.access.TariffRow` of a station's tariff as it is (the same prices)."""

    @property
    def name(self) -> str: ...
    @property
    def per_kwh(self) -> Decimal: ...
    @property
    def per_hour(self) -> Decimal: ...
    @property
    def free_minutes(self) -> int: ...
    @property
    def start_fee(self) -> Decimal: ...
    @property
    def vat_included(self) -> bool: ...
    @property
    def currency(self) -> str | None: ...


@dataclass(frozen=True)
class TariffTerms:
    """The prices of a tariff, as plain data."""

    name: str
    per_kwh: Decimal = ZERO
    per_hour: Decimal = ZERO
    free_minutes: int = 0
    start_fee: Decimal = ZERO
    vat_included: bool = True
    currency: str | None = None  # None: the site's

    @classmethod
    def from_model(cls, tariff: Tariff) -> TariffTerms:
        return cls(
            tariff.name,
            Decimal(tariff.per_kwh),
            Decimal(tariff.per_hour),
            tariff.free_minutes,
            Decimal(tariff.start_fee),
            tariff.vat_included,
            tariff.currency,
        )


@dataclass(frozen=True)
class Price:
    net: Decimal
    vat: Decimal
    total: Decimal
    currency: str
    start_fee: Decimal
    vat_percent: Decimal
    tariff_name: str  # the tariffs used, in order ("employee, public"); "" when none
    bands: list[dict[str, str | None]]
    # the export's columns in the zone the session was priced in (its site's): what
    # :func:`app.services.rules.breakdown.export_block` makes of the document, made from the bands as priced
    export: dict[str, str | None]
    note: str = ""

    def as_json(self) -> dict[str, Any]:
        """For ``ChargingSession.price_breakdown``: amounts as decimal strings, instants as ISO UTC, and the
        export's columns for the site's zone (``"export"``)."""
        data: dict[str, Any] = {
            "currency": self.currency,
            "net": str(self.net),
            "vat": str(self.vat),
            "total": str(self.total),
            "vat_percent": str(self.vat_percent),
            "start_fee": str(self.start_fee),
            "tariff": self.tariff_name,
            "note": self.note,
            "bands": self.bands,
        }
        data[EXPORT_KEY] = self.export
        return data


@dataclass
class _Band:
    start: dt.datetime
    end: dt.datetime
    tariff: str | None
    modes: list[str]
    reasons: list[str]


class _Register:
    """The cumulative energy register (Wh) as a piecewise linear function of time."""

    def __init__(
        self,
        start: dt.datetime,
        stop: dt.datetime,
        meter_start_wh: Decimal,
        meter_stop_wh: Decimal,
        samples: Iterable[tuple[dt.datetime, float]],
    ) -> None:
        points = {start: meter_start_wh}
        previous = meter_start_wh
        # samples inside the session that keep the register between the end values and never going backwards
        for at, wh in sorted(samples, key=lambda s: s[0]):
            value = Decimal(str(wh))
            if start < at < stop and previous <= value <= meter_stop_wh:
                points[at] = previous = value
        points[stop] = meter_stop_wh
        self.points = sorted(points.items())

    def at(self, instant: dt.datetime) -> Decimal:
        for (t0, e0), (t1, e1) in pairwise(self.points):
            if t0 <= instant <= t1:
                if instant == t1:
                    return e1
                return e0 + (e1 - e0) * _hours(instant - t0) / _hours(t1 - t0)
        return self.points[-1][1]


def _edges(
    start: dt.datetime, stop: dt.datetime, plan: Plan, tz: str, grants: Sequence[GrantInfo]
) -> list[dt.datetime]:
    if not plan.windows and not plan.exceptions and not grants:
        return [start, stop]  # one slot all the time and nobody's own windows: nothing changes in between
    local_start, local_stop = to_local(start, tz) - ONE_DAY, to_local(stop, tz) + ONE_DAY
    local = change_points(plan, local_start, local_stop)
    local += weekly_edges((w for g in grants for w in g.windows), local_start, local_stop)
    points = set(utc_change_points(local, tz, start, stop))
    points.update(
        t for g in grants for t in (g.valid_from, g.valid_until) if t is not None and start < t < stop
    )
    return [start, *sorted(points), stop]


def _bands(
    start: dt.datetime,
    stop: dt.datetime,
    plan: Plan,
    timezone: str,
    tariffs: Mapping[str, Terms],
    connector: int | None,
    is_owner: bool,
    owner_tariff: str | None,
    grants: Sequence[GrantInfo],
) -> list[_Band]:
    """The session's bands: the tariff evaluated in the middle of each piece between edges, equal neighbours
    merged."""
    bands: list[_Band] = []
    edges = _edges(start, stop, plan, timezone, grants) if stop > start else [start, stop]
    for a, b in pairwise(edges):
        middle = a + (b - a) / 2
        local = to_local(middle, timezone)
        slot = mode_at(plan, local)
        grant = None if is_owner else valid_grant(grants, connector, middle, local, timezone)
        role = Role.OWNER if is_owner else Role.SPECIAL if grant is not None else Role.USER
        name, why = tariff_for(role, grant, slot, owner_tariff)
        if name is not None and name not in tariffs:
            raise ValueError(f"tariff {name!r} is used but its prices were not given")
        if bands and bands[-1].tariff == name:
            band = bands[-1]
            band.end = b
        else:
            band = _Band(a, b, name, [], [])
            bands.append(band)
        for item, seen in (
            (slot.mode.value, band.modes),
            (why if name else f"{why}: no tariff", band.reasons),
        ):
            if item not in seen:
                seen.append(item)
    return bands


def price_session(
    start: dt.datetime,
    stop: dt.datetime,
    meter_start_wh: float,
    meter_stop_wh: float,
    samples: Iterable[tuple[dt.datetime, float]] = (),
    *,
    plan: Plan | None,
    timezone: str,
    tariffs: Mapping[str, Terms],
    vat_percent: Decimal = ZERO,
    currency: str = "CHF",
    connector: int | None = None,
    is_owner: bool = False,
    owner_tariff: str | None = None,
    grants: Sequence[GrantInfo] = (),
) -> Price:
    """Price a session from ``start`` to ``stop`` (aware) with energy register samples (instant, Wh).

    ``plan`` is the effective plan of the connector (None: no schedule); ``tariffs`` maps every tariff name the
    plan, the owner tariff and the grants use to its terms. ``connector``, ``is_owner``, ``owner_tariff`` and
    ``grants`` describe the presenter as for :func:`app.services.rules.access.evaluate`.
    """
    return _price_session(
        start,
        stop,
        meter_start_wh,
        meter_stop_wh,
        lambda: samples,
        plan=plan,
        timezone=timezone,
        tariffs=tariffs,
        vat_percent=vat_percent,
        currency=currency,
        connector=connector,
        is_owner=is_owner,
        owner_tariff=owner_tariff,
        grants=grants,
    )


def _price_session(
    start: dt.datetime,
    stop: dt.datetime,
    meter_start_wh: float,
    meter_stop_wh: float,
    load_samples: Callable[[], Iterable[tuple[dt.datetime, float]]],
    *,
    plan: Plan | None,
    timezone: str,
    tariffs: Mapping[str, Terms],
    vat_percent: Decimal,
    currency: str,
    connector: int | None,
    is_owner: bool,
    owner_tariff: str | None,
    grants: Sequence[GrantInfo],
) -> Price:
    """:func:`price_session` with the samples read by ``load_samples()`` only when they are needed: the energy
    of a band comes from the samples only at an edge between two bands, so a session priced in one band (one
    tariff all along, most sessions) needs none, and :func:`price_stored` then reads none from the database."""
    if stop < start:
        raise ValueError(f"the session stops ({stop}) before it starts ({start})")
    plan = plan if plan is not None else OPEN_PLAN
    notes: list[str] = []
    meter_start, meter_stop = Decimal(str(meter_start_wh)), Decimal(str(meter_stop_wh))
    if meter_stop < meter_start:
        notes.append(f"the meter went backwards ({meter_start} Wh → {meter_stop} Wh); no energy is charged")
        meter_stop = meter_start

    bands = _bands(start, stop, plan, timezone, tariffs, connector, is_owner, owner_tariff, grants)
    used = [tariffs[b.tariff] for b in bands if b.tariff is not None]
    currencies = {t.currency or currency for t in used}
    if len(currencies) > 1:
        raise ValueError(
            f"one session cannot be priced in several currencies ({', '.join(sorted(currencies))})"
        )
    vat_rate = Decimal(vat_percent) / 100
    net = gross = ZERO

    def add(amount: Decimal, terms: Terms) -> None:
        nonlocal net, gross
        if terms.vat_included:
            gross += amount
            net += amount / (1 + vat_rate)
        else:
            net += amount
            gross += amount * (1 + vat_rate)

    start_terms = tariffs[bands[0].tariff] if bands[0].tariff is not None else None
    start_fee = start_terms.start_fee if start_terms is not None else ZERO
    if start_terms is not None:
        add(start_fee, start_terms)
    # cumulative kWh at the band edges, rounded there, so that the bands add up to the meter difference
    reached: list[Decimal] = []
    if len(bands) > 1:
        register = _Register(start, stop, meter_start, meter_stop, load_samples())
        reached = [_q4((register.at(band.end) - meter_start) / 1000) for band in bands[:-1]]
    cumulative = [ZERO, *reached, _q4((meter_stop - meter_start) / 1000)]
    rows: list[dict[str, str | None]] = []
    texts: list[str] = []  # the export block's bands column, as breakdown.columns() reads it from the rows
    energy_total = time_total = ZERO
    for band, (before, after) in zip(bands, pairwise(cumulative), strict=True):
        kwh = after - before
        hours = _q4(_hours(band.end - band.start))
        energy_cost = time_cost = billed = ZERO
        if band.tariff is not None:
            terms = tariffs[band.tariff]
            free_until = start + dt.timedelta(minutes=terms.free_minutes)
            billed = _q4(_hours(max(band.end - max(band.start, free_until), dt.timedelta())))
            energy_cost, time_cost = _q4(kwh * terms.per_kwh), _q4(billed * terms.per_hour)
            add(energy_cost + time_cost, terms)
        row: dict[str, str | None] = {
            "from": _iso(band.start),
            "to": _iso(band.end),
            "tariff": band.tariff,
            "mode": ", ".join(band.modes),
            "why": "; ".join(band.reasons),
            "kwh": str(kwh),
            "energy_cost": str(energy_cost),
            "hours": str(hours),
            "billed_hours": str(billed),
            "time_cost": str(time_cost),
        }
        rows.append(row)
        texts.append(
            band_text(
                band.tariff,
                row["kwh"],
                wall_hhmm(to_local(band.start, timezone)),
                wall_hhmm(to_local(band.end, timezone)),
            )
        )
        energy_total += energy_cost
        time_total += time_cost
    if not used:
        notes.append("no tariff applies, so the session is free")
    total, net_total = _q2(gross), _q2(net)
    return Price(
        net=net_total,
        vat=total - net_total,
        total=total,
        currency=currencies.pop() if currencies else currency,
        start_fee=_q2(start_fee),
        vat_percent=Decimal(vat_percent),
        tariff_name=", ".join(dict.fromkeys(t.name for t in used)),
        bands=rows,
        export=block(timezone, "; ".join(texts), _q2(start_fee), energy_total, time_total),
        note="; ".join(notes),
    )


_MV = MeterValue.__table__
_Q_REGISTER = (
    select(_MV.c.timestamp, _MV.c.value, _MV.c.unit)
    .where(
        _MV.c.session_id == bindparam("b_session"),
        _MV.c.measurand == ENERGY_REGISTER,
        _MV.c.phase.is_(None),  # the total register, not per-phase ones
    )
    .order_by(_MV.c.timestamp)
)
_LEAN_REGISTER = Lean(_Q_REGISTER)


def price_stored(
    session: Session,
    *,
    session_id: int,
    station_id: int | None,
    connector_id: int,
    user_id: int | None,
    id_tag: str,
    start_at: dt.datetime,
    stop_at: dt.datetime,
    meter_start_wh: float,
    meter_stop_wh: float | None,
    currency: str,
    cache: RulesCache | None = None,
) -> Price:
    """Price a stopped session from its stored meter values (reads only; see :func:`apply_price`).

    ``user_id`` None: the tag's user, if the tag is registered. With a ``cache`` the station's rules and the tag
    come from it.
    """

    def read_samples() -> list[tuple[dt.datetime, float]]:
        rows = _LEAN_REGISTER.execute(session_connection(session), {"b_session": session_id}).all()
        return [(at, value * 1000 if unit.lower() == "kwh" else value) for at, value, unit in rows]

    load_samples: Callable[[], Iterable[tuple[dt.datetime, float]]] = read_samples
    if meter_stop_wh is None:  # the last reading's: read now, needed whatever the bands
        samples = read_samples()
        meter_stop = samples[-1][1] if samples else meter_start_wh
        load_samples = lambda: samples  # noqa: E731
    else:
        meter_stop = meter_stop_wh
    config = None
    if station_id is not None:
        config = (
            cache.station(session, station_id)
            if cache is not None
            else load_station_config(session, station_id)
        )
    if (
        config is None
    ):  # not tied to a station (e.g. a stop for a transaction never seen): nothing to price by
        return _price_session(
            start_at,
            stop_at,
            meter_start_wh,
            meter_stop,
            load_samples,
            plan=None,
            timezone="UTC",
            tariffs={},
            vat_percent=ZERO,
            currency=currency,
            connector=None,
            is_owner=False,
            owner_tariff=None,
            grants=(),
        )
    if user_id is None:
        norm = normalise_tag(id_tag)
        tag = cache.tag(session, norm) if cache is not None else load_tag(session, norm)
        user_id = tag.user_id if tag is not None else None
    return _price_session(
        start_at,
        stop_at,
        meter_start_wh,
        meter_stop,
        load_samples,
        plan=config.plan_for(connector_id),
        timezone=config.info.timezone,
        tariffs=config.tariffs,  # the cached rows as they are: no terms built per stop
        vat_percent=config.vat_percent,
        currency=config.currency,
        connector=connector_id,
        is_owner=config.is_owner(user_id),
        owner_tariff=config.info.owner_tariff,
        grants=config.grants_of(user_id),
    )


def apply_price(
    session: Session, charging_session: ChargingSession, *, cache: RulesCache | None = None
) -> Price:
    """Price a stopped session from its stored meter values and write the result on it (not committed)."""
    cs = charging_session
    if cs.stop_at is None:
        raise ValueError(f"session {cs.id} has not stopped yet")
    if session.autoflush:  # the statements above are Core: flush what an ORM query would have flushed
        session.flush()
    price = price_stored(
        session,
        session_id=cs.id,
        station_id=cs.station_id,
        connector_id=cs.connector_id,
        user_id=cs.user_id,
        id_tag=cs.id_tag,
        start_at=cs.start_at,
        stop_at=cs.stop_at,
        meter_start_wh=cs.meter_start_wh,
        meter_stop_wh=cs.meter_stop_wh,
        currency=cs.currency,
        cache=cache,
    )
    cs.price_net, cs.price_vat, cs.price_total = price.net, price.vat, price.total
    cs.currency = price.currency
    cs.price_breakdown = price.as_json()
    cs.tariff_name = price.tariff_name[:80]
    return price
