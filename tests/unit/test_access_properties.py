"""Properties of the rule engine and the pricing, driven by hypothesis over plain data."""

from __future__ import annotations

import datetime as dt
import json
from decimal import ROUND_HALF_UP, Decimal
from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st

from app.models import AccessMode, TagStatus
from app.services.rules.access import AuthStatus, GrantInfo, Role, StationInfo, TagInfo, evaluate
from app.services.rules.breakdown import EXPORT_KEY, export_block
from app.services.rules.plan import (
    DAY,
    WEEK,
    Exception_,
    Plan,
    Weekly,
    Window,
    change_points,
    from_local,
    mode_at,
    to_local,
    utc_change_points,
    validate_windows,
)
from app.services.rules.pricing import TariffTerms, _price_session, price_session

SETTINGS = settings(max_examples=150, deadline=None)
ZONES = ["Europe/Zurich", "America/New_York", "Australia/Lord_Howe", "UTC"]
TARIFFS = ["public", "employee", "night"]
MODES = list(AccessMode)

minutes = st.integers(min_value=0, max_value=DAY - 1)
windows = st.builds(
    Window,
    days=st.integers(min_value=1, max_value=127),
    start=minutes,
    end=st.integers(min_value=1, max_value=DAY),
    mode=st.sampled_from(MODES),
    tariff=st.sampled_from([*TARIFFS, None]),
)
dates = st.dates(min_value=dt.date(2026, 3, 20), max_value=dt.date(2026, 4, 5)) | st.dates(
    min_value=dt.date(2026, 10, 20), max_value=dt.date(2026, 11, 5)
)
exceptions = st.one_of(
    st.builds(
        Exception_, date=dates, follow_weekday=st.integers(0, 6), label=st.sampled_from(["", "Holiday"])
    ),
    st.builds(Exception_, date=dates, mode=st.sampled_from(MODES), tariff=st.sampled_from([*TARIFFS, None])),
)
plans = st.builds(
    Plan,
    default_mode=st.sampled_from(MODES),
    default_tariff=st.sampled_from([*TARIFFS, None]),
    windows=st.lists(windows, max_size=4).map(tuple),
    exceptions=st.lists(exceptions, max_size=4, unique_by=lambda e: e.date).map(tuple),
)
instants = st.datetimes(
    min_value=dt.datetime(2026, 3, 20), max_value=dt.datetime(2026, 11, 5), timezones=st.just(dt.UTC)
)
zones = st.sampled_from(ZONES)
dst_days = st.sampled_from(
    [
        ("Europe/Zurich", dt.date(2026, 3, 29), 23 * 60),
        ("Europe/Zurich", dt.date(2026, 10, 25), 25 * 60),
        ("America/New_York", dt.date(2026, 3, 8), 23 * 60),
        ("America/New_York", dt.date(2026, 11, 1), 25 * 60),
        ("Australia/Lord_Howe", dt.date(2026, 4, 5), 24 * 60 + 30),  # half-hour DST
    ]
)


@st.composite
def disjoint_windows(draw: st.DrawFn) -> tuple[Window, ...]:
    """Non-overlapping windows built from sorted points on the weekly circle (some wrap Sunday → Monday)."""
    points = sorted(draw(st.lists(st.integers(0, WEEK // 15 - 1), unique=True, max_size=8)))
    shift = draw(st.integers(0, WEEK - 1))
    out = []
    for a, b in zip(points[::2], points[1::2], strict=False):
        length = min((b - a) * 15, DAY)
        begin = (a * 15 + shift) % WEEK
        day, start = divmod(begin, DAY)
        end = start + length if start + length <= DAY else start + length - DAY
        out.append(Window(1 << day, start, end, draw(st.sampled_from(MODES)), draw(st.sampled_from(TARIFFS))))
    return tuple(out)


def _brute_force(windows: tuple[Window, ...], local: dt.datetime) -> Window | None:
    """The window covering a wall time, computed on the weekly circle independently of the engine."""
    at = local.weekday() * DAY + local.hour * 60 + local.minute
    for w in windows:
        for day in range(7):
            if w.days >> day & 1:
                begin = day * DAY + w.start
                length = w.end - w.start if w.end > w.start else DAY - w.start + w.end
                if (at - begin) % WEEK < length:
                    return w
    return None


EVA = TagInfo("04A2B3C4", TagStatus.ACTIVE, None, None, user_id=7, user_name="Eva Keller")


@SETTINGS
@given(plan=plans, at=instants, tz=zones, owner_tariff=st.sampled_from(["owner", None]))
def test_an_owner_is_never_refused_for_the_mode(
    plan: Plan, at: dt.datetime, tz: str, owner_tariff: str | None
) -> None:
    station = StationInfo("Hall B", tz, owner_tariff=owner_tariff)
    decision = evaluate(EVA.id_tag, EVA, station, plan, at, connector=1, is_owner=True)
    assert decision.status is AuthStatus.ACCEPTED and decision.role is Role.OWNER
    slot = mode_at(plan, to_local(at, tz))
    assert decision.tariff_name == (owner_tariff or slot.tariff)


@SETTINGS
@given(plan=plans, at=instants, tz=zones)
def test_a_registered_user_charges_exactly_when_the_mode_is_public(
    plan: Plan, at: dt.datetime, tz: str
) -> None:
    decision = evaluate(EVA.id_tag, EVA, StationInfo("Hall B", tz), plan, at, connector=1)
    slot = mode_at(plan, to_local(at, tz))
    assert decision.mode is slot.mode
    assert decision.accepted == (slot.mode is AccessMode.PUBLIC)
    if not decision.accepted:
        assert decision.status is AuthStatus.INVALID
        assert decision.reason.startswith(
            f"Rejected: {slot.source}, tag 04A2… belongs to Eva Keller who is not"
        )
    else:
        assert decision.tariff_name == slot.tariff
        assert (
            decision.expiry is None or decision.expiry > at
        )  # the cache entry ends when the mode may change


@SETTINGS
@given(
    windows=st.lists(
        st.builds(Weekly, st.integers(1, 127), minutes, st.integers(1, DAY)), min_size=1, max_size=3
    ),
    valid_from=st.none() | instants,
    at=instants,
)
def test_a_special_user_is_let_in_to_a_limited_station_exactly_inside_a_valid_grant(
    windows: list[Weekly], valid_from: dt.datetime | None, at: dt.datetime
) -> None:
    tz = "Europe/Zurich"
    grant = GrantInfo(valid_from=valid_from, windows=tuple(windows), tariff="guest")
    decision = evaluate(
        EVA.id_tag, EVA, StationInfo("Hall B", tz), Plan(AccessMode.LIMITED, "employee"), at, grants=[grant]
    )
    local = to_local(at, tz)
    expected = (valid_from is None or valid_from <= at) and any(w.covers(local) for w in windows)
    assert decision.accepted == expected
    if expected:
        assert decision.tariff_name == "guest" and decision.role is Role.SPECIAL
        assert decision.expiry is not None and decision.expiry > at


@SETTINGS
@given(windows=disjoint_windows(), default=st.sampled_from(MODES), at=instants, tz=zones)
def test_a_window_never_leaks_outside_itself(
    windows: tuple[Window, ...], default: AccessMode, at: dt.datetime, tz: str
) -> None:
    assert validate_windows(windows) == []
    plan = Plan(default, "default", windows)
    local = to_local(at, tz)
    slot = mode_at(plan, local)
    covering = _brute_force(windows, local)
    if covering is None:
        assert (slot.mode, slot.tariff, slot.source) == (
            default,
            "default",
            f"{default.value.capitalize()} (default)",
        )
    else:
        assert (slot.mode, slot.tariff, slot.source) == (covering.mode, covering.tariff, covering.label)


@SETTINGS
@given(windows=st.lists(windows, max_size=3))
def test_validate_windows_finds_exactly_the_overlaps(windows: list[Window]) -> None:
    seen: set[int] = set()
    overlap = False
    for w in windows:
        mine = {
            (day * DAY + w.start + m) % WEEK
            for day in range(7)
            if w.days >> day & 1
            for m in range(w.end - w.start if w.end > w.start else DAY - w.start + w.end)
        }
        overlap = overlap or bool(seen & mine)
        seen |= mine
    assert bool(validate_windows(windows)) == overlap


@SETTINGS
@given(plan=plans, at=instants, tz=zones)
def test_until_is_the_next_change_of_mode_or_tariff(plan: Plan, at: dt.datetime, tz: str) -> None:
    local = to_local(at, tz).replace(second=0, microsecond=0)
    slot = mode_at(plan, local)
    if slot.until is not None:
        assert slot.until > local
        after = mode_at(plan, slot.until)
        assert (after.mode, after.tariff) != (slot.mode, slot.tariff)
        last = mode_at(plan, slot.until - dt.timedelta(minutes=1))
        assert (last.mode, last.tariff) == (slot.mode, slot.tariff)


@settings(max_examples=60, deadline=None)
@given(plan=plans, day=dst_days)
def test_a_dst_day_is_covered_once_and_change_points_are_complete(
    plan: Plan, day: tuple[str, dt.date, int]
) -> None:
    tz, date, length = day
    start, _ = from_local(dt.datetime.combine(date, dt.time()), tz)
    end, _ = from_local(dt.datetime.combine(date + dt.timedelta(days=1), dt.time()), tz)
    assert end - start == dt.timedelta(minutes=length)
    local_points = change_points(plan, to_local(start, tz) - dt.timedelta(days=1), to_local(end, tz))
    edges = [start, *utc_change_points(local_points, tz, start, end), end]
    covered = dt.timedelta()
    for a, b in pairwise(edges):
        covered += b - a
        expected = mode_at(plan, to_local(a + (b - a) / 2, tz))
        t = a
        while t < b:  # the slot does not change between two consecutive candidate points
            local = to_local(t, tz)
            assert local.date() == date
            slot = mode_at(plan, local)
            assert (slot.mode, slot.tariff, slot.source) == (expected.mode, expected.tariff, expected.source)
            t += dt.timedelta(minutes=5)
    assert covered == dt.timedelta(minutes=length)


TERMS = {
    name: TariffTerms(name, Decimal(price), Decimal("0.8"), 30, Decimal("1.5"))
    for name, price in (("public", "0.55"), ("employee", "0.25"), ("night", "0.18"), ("default", "0.40"))
}


@st.composite
def sessions(draw: st.DrawFn) -> tuple[dt.datetime, dt.datetime, int, int, list[tuple[dt.datetime, float]]]:
    start = draw(instants)
    seconds = draw(st.integers(0, 3 * 86400))
    stop = start + dt.timedelta(seconds=seconds)
    meter_start = draw(st.integers(0, 10**7))
    steps = draw(st.lists(st.tuples(st.integers(0, seconds), st.integers(0, 20_000)), max_size=12))
    samples, value = [], meter_start
    for offset, energy in sorted(steps):
        value += energy
        samples.append((start + dt.timedelta(seconds=offset), float(value)))
    meter_stop = value + draw(st.integers(0, 5_000))
    return start, stop, meter_start, meter_stop, samples


@SETTINGS
@given(session=sessions(), plan=plans, tz=zones)
def test_band_energy_adds_up_to_the_meter_difference(
    session: tuple[dt.datetime, dt.datetime, int, int, list[tuple[dt.datetime, float]]], plan: Plan, tz: str
) -> None:
    start, stop, meter_start, meter_stop, samples = session
    price = price_session(
        start, stop, meter_start, meter_stop, samples, plan=plan, timezone=tz, tariffs=TERMS
    )
    kwh = [Decimal(b["kwh"] or "0") for b in price.bands]
    assert sum(kwh) == Decimal(meter_stop - meter_start) / 1000
    assert all(k >= 0 for k in kwh)
    assert price.bands[0]["from"] == start.isoformat() and price.bands[-1]["to"] == stop.isoformat()
    assert all(a["tariff"] != b["tariff"] for a, b in pairwise(price.bands))


@SETTINGS
@given(
    session=sessions(),
    windows=st.lists(windows, max_size=4),
    tz=zones,
    vat=st.sampled_from([Decimal(0), Decimal("7.7"), Decimal("8.1"), Decimal(20)]),
    vat_included=st.booleans(),
)
def test_one_tariff_in_many_bands_costs_the_same_as_one_tariff(
    session: tuple[dt.datetime, dt.datetime, int, int, list[tuple[dt.datetime, float]]],
    windows: list[Window],
    tz: str,
    vat: Decimal,
    vat_included: bool,
) -> None:
    start, stop, meter_start, meter_stop, samples = session
    only = TariffTerms("only", Decimal("0.3456"), Decimal("1.25"), 45, Decimal("2.00"), vat_included)
    same = tuple(Window(w.days, w.start, w.end, w.mode, "only") for w in windows)
    price = price_session(
        start,
        stop,
        meter_start,
        meter_stop,
        samples,
        plan=Plan(AccessMode.PUBLIC, "only", same),
        timezone=tz,
        tariffs={"only": only},
        vat_percent=vat,
    )
    assert len(price.bands) == 1 and price.tariff_name == "only"

    def q(value: Decimal, places: str) -> Decimal:
        return value.quantize(Decimal(places), ROUND_HALF_UP)

    kwh = q(Decimal(meter_stop - meter_start) / 1000, "0.0001")
    billed = max(stop - start - dt.timedelta(minutes=45), dt.timedelta())
    hours = q(Decimal(billed // dt.timedelta(microseconds=1)) / Decimal(3_600_000_000), "0.0001")
    amount = only.start_fee + q(kwh * only.per_kwh, "0.0001") + q(hours * only.per_hour, "0.0001")
    rate = 1 + vat / 100
    gross, net = (amount, amount / rate) if vat_included else (amount * rate, amount)
    assert (price.total, price.net) == (q(gross, "0.01"), q(net, "0.01"))
    assert price.vat == price.total - price.net


@SETTINGS
@given(plan=plans)
def test_a_plan_hashes_as_its_compared_fields_and_equal_plans_alike(plan: Plan) -> None:
    """A plan keeps its hash (the evaluation caches hash it on every lookup): the dataclass's own hash of the
    fields it compares, so equal plans, built apart, meet in those caches."""
    twin = Plan(plan.default_mode, plan.default_tariff, tuple(plan.windows), tuple(plan.exceptions))
    assert hash(plan) == hash((plan.default_mode, plan.default_tariff, plan.windows, plan.exceptions))
    assert twin == plan and hash(twin) == hash(plan)


grants = st.builds(
    GrantInfo,
    valid_from=st.none() | instants,
    valid_until=st.none() | instants,
    windows=st.lists(
        st.builds(Weekly, days=st.integers(1, 127), start=minutes, end=st.integers(1, DAY)), max_size=2
    ).map(tuple),
    tariff=st.sampled_from([*TARIFFS, "default", None]),
    connector=st.sampled_from([None, 1, 2]),
)


@SETTINGS
@given(
    session=sessions(),
    plan=plans,
    tz=zones,
    presenter=st.sampled_from(["user", "owner"]),
    special=st.lists(grants, max_size=2),
    vat=st.sampled_from([Decimal(0), Decimal("7.7"), Decimal("8.1")]),
    vat_included=st.booleans(),
)
def test_the_export_block_is_what_the_exporter_makes_of_the_document(
    session: tuple[dt.datetime, dt.datetime, int, int, list[tuple[dt.datetime, float]]],
    plan: Plan,
    tz: str,
    presenter: str,
    special: list[GrantInfo],
    vat: Decimal,
    vat_included: bool,
) -> None:
    """Pricing writes the breakdown's export columns from its bands as it prices them; they must be what the
    exporter computes from the stored document (breakdown.export_block): band texts at site-local HH:MM across
    DST changes and half-hour zones, start fee, energy and time costs summed band by band, owner and special
    tariffs, VAT included or not."""
    start, stop, meter_start, meter_stop, samples = session
    terms = {
        name: TariffTerms(t.name, t.per_kwh, t.per_hour, t.free_minutes, t.start_fee, vat_included)
        for name, t in TERMS.items()
    }
    price = price_session(
        start,
        stop,
        meter_start,
        meter_stop,
        samples,
        plan=plan,
        timezone=tz,
        tariffs=terms,
        vat_percent=vat,
        connector=1,
        is_owner=presenter == "owner",
        owner_tariff="default",
        grants=special,
    )
    document = price.as_json()
    block = document.pop(EXPORT_KEY)
    assert block == export_block(document, tz)
    assert json.loads(json.dumps(price.as_json())) == {**document, EXPORT_KEY: block}


@SETTINGS
@given(session=sessions(), plan=plans, tz=zones, presenter=st.sampled_from(["user", "owner"]))
def test_a_price_in_one_band_needs_no_samples_and_one_in_several_bands_reads_them_once(
    session: tuple[dt.datetime, dt.datetime, int, int, list[tuple[dt.datetime, float]]],
    plan: Plan,
    tz: str,
    presenter: str,
) -> None:
    """Pricing reads the register's samples (from the database, for a stored session) only for the energy at an
    edge between bands: a one-band price is the same without them, and a price in several bands reads them once."""
    start, stop, meter_start, meter_stop, samples = session
    reads: list[int] = []

    def load() -> list[tuple[dt.datetime, float]]:
        reads.append(1)
        return samples

    owner = presenter == "owner"
    price = price_session(
        start, stop, meter_start, meter_stop, samples, plan=plan, timezone=tz, tariffs=TERMS, is_owner=owner
    )
    lazy = _price_session(
        start,
        stop,
        meter_start,
        meter_stop,
        load,
        plan=plan,
        timezone=tz,
        tariffs=TERMS,
        vat_percent=Decimal(0),
        currency="CHF",
        connector=None,
        is_owner=owner,
        owner_tariff=None,
        grants=(),
    )
    assert lazy == price
    assert len(reads) == (1 if len(price.bands) > 1 else 0)
    if len(price.bands) == 1:
        without = price_session(
            start, stop, meter_start, meter_stop, (), plan=plan, timezone=tz, tariffs=TERMS, is_owner=owner
        )
        assert without == price
