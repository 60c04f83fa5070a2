from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

import pytest

from app.models import AccessMode
from app.services.rules.access import GrantInfo
from app.services.rules.plan import Plan, Weekly, Window, from_local
from app.services.rules.pricing import Price, TariffTerms, price_session

ZURICH = "Europe/Zurich"
D = Decimal
Sample = tuple[dt.datetime, float]
MON_FRI, SUN = 0b0011111, 0b1000000
PLAN = Plan(AccessMode.PUBLIC, "public", (Window(MON_FRI, 7 * 60, 18 * 60, AccessMode.LIMITED, "employee"),))
TARIFFS = {
    "public": TariffTerms("public", D("0.50"), D("1.00"), 60, D("1.00")),
    "employee": TariffTerms("employee", D("0.20"), start_fee=D("0.50")),
    "owner": TariffTerms("owner", D("0.10")),
    "guest": TariffTerms("guest", D("0.30")),
    "night": TariffTerms("night", D("0.15")),
}


def local(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> dt.datetime:
    """A Zurich wall-clock time as a UTC instant."""
    return from_local(dt.datetime(year, month, day, hour, minute), ZURICH)[0]


def price(
    start: dt.datetime, stop: dt.datetime, meter_stop: float, samples: Sequence[Sample] = (), **kwargs: Any
) -> Price:
    kwargs.setdefault("plan", PLAN)
    kwargs.setdefault("tariffs", TARIFFS)
    kwargs.setdefault("vat_percent", D("8.1"))
    return price_session(start, stop, 0, meter_stop, samples, timezone=ZURICH, **kwargs)


def test_a_session_across_18_00_is_priced_in_two_bands_from_sparse_samples() -> None:
    p = price(local(2026, 3, 30, 17), local(2026, 3, 30, 19), 20_000)
    assert [(b["tariff"], b["mode"], b["kwh"]) for b in p.bands] == [
        ("employee", "limited", "10.0000"),
        ("public", "public", "10.0000"),
    ]
    assert (
        p.bands[0]["from"] == "2026-03-30T15:00:00+00:00" and p.bands[0]["to"] == "2026-03-30T16:00:00+00:00"
    )
    assert p.bands[0]["why"] == "Limited Mon–Fri 07:00–18:00" and p.bands[1]["why"] == "Public (default)"
    # employee: 0.50 start + 10 × 0.20; public: 10 × 0.50 + 1 h × 1.00 after its free hour from the start
    assert [b["energy_cost"] for b in p.bands] == ["2.0000", "5.0000"]
    assert [b["time_cost"] for b in p.bands] == ["0.0000", "1.0000"]
    assert p.start_fee == D("0.50")
    assert (p.total, p.net, p.vat, p.currency) == (D("8.50"), D("7.86"), D("0.64"), "CHF")
    assert p.tariff_name == "employee, public"
    assert json.loads(json.dumps(p.as_json()))["bands"][1]["kwh"] == "10.0000"


def test_energy_is_interpolated_between_samples_at_the_band_edge() -> None:
    samples = [(local(2026, 3, 30, 17, 30), 2_000.0), (local(2026, 3, 30, 18, 30), 16_000.0)]
    p = price(local(2026, 3, 30, 17), local(2026, 3, 30, 19), 20_000, samples)
    assert [b["kwh"] for b in p.bands] == ["9.0000", "11.0000"]


def test_samples_outside_the_session_or_going_backwards_are_ignored() -> None:
    samples = [
        (local(2026, 3, 30, 16), 50_000.0),  # before the start
        (local(2026, 3, 30, 17, 30), 2_000.0),
        (local(2026, 3, 30, 17, 45), 1_000.0),  # backwards
        (local(2026, 3, 30, 18, 15), 90_000.0),  # beyond the stop value
        (local(2026, 3, 30, 18, 30), 16_000.0),
    ]
    p = price(local(2026, 3, 30, 17), local(2026, 3, 30, 19), 20_000, samples)
    assert [b["kwh"] for b in p.bands] == ["9.0000", "11.0000"]


def test_vat_added_when_prices_are_net() -> None:
    net = {"flat": TariffTerms("flat", D("0.40"), vat_included=False, currency="EUR")}
    p = price(
        local(2026, 3, 28, 10), local(2026, 3, 28, 11), 10_000, plan=Plan(default_tariff="flat"), tariffs=net
    )
    assert (p.net, p.vat, p.total, p.currency) == (D("4.00"), D("0.32"), D("4.32"), "EUR")


def test_free_minutes_count_from_the_session_start_and_start_fee_from_the_first_tariff() -> None:
    # Saturday, all public: 3 h connected, 1 h free → 2 h billed
    p = price(local(2026, 3, 28, 10), local(2026, 3, 28, 13), 0)
    assert [(b["hours"], b["billed_hours"], b["time_cost"]) for b in p.bands] == [
        ("3.0000", "2.0000", "2.0000")
    ]
    assert p.total == D("3.00")  # 1.00 start fee + 2.00
    # starting in the employee window: no public start fee, and the public free hour is over at 18:00
    p = price(local(2026, 3, 30, 16, 30), local(2026, 3, 30, 18, 30), 0)
    assert p.start_fee == D("0.50")
    assert [b["billed_hours"] for b in p.bands] == ["1.5000", "0.5000"]
    assert p.total == D("1.00")  # 0.50 start fee + 0.5 h public


def test_a_session_without_tariff_is_free_and_says_why() -> None:
    p = price(local(2026, 3, 28, 10), local(2026, 3, 28, 12), 5_000, plan=None)
    assert (p.total, p.net, p.vat, p.tariff_name) == (D("0.00"), D("0.00"), D("0.00"), "")
    assert p.note == "no tariff applies, so the session is free"
    assert p.bands[0]["tariff"] is None and p.bands[0]["why"] == "Public (default): no tariff"
    assert p.bands[0]["kwh"] == "5.0000"


def test_owner_and_special_user_tariffs() -> None:
    start, stop = local(2026, 3, 30, 11, 30), local(2026, 3, 30, 12, 30)
    owner = price(start, stop, 10_000, is_owner=True, owner_tariff="owner")
    assert [(b["tariff"], b["why"]) for b in owner.bands] == [("owner", "owner tariff")]
    lunch = GrantInfo(windows=(Weekly(MON_FRI, 12 * 60, 14 * 60),), tariff="guest")
    special = price(start, stop, 10_000, grants=[lunch])
    assert [(b["tariff"], b["from"], b["kwh"]) for b in special.bands] == [
        ("employee", "2026-03-30T09:30:00+00:00", "5.0000"),
        ("guest", "2026-03-30T10:00:00+00:00", "5.0000"),
    ]
    ended = GrantInfo(valid_until=local(2026, 3, 30, 12), tariff="guest")
    special = price(start, stop, 10_000, grants=[ended])
    assert [b["tariff"] for b in special.bands] == ["guest", "employee"]
    elsewhere = GrantInfo(tariff="guest", connector=2)
    assert [b["tariff"] for b in price(start, stop, 0, grants=[elsewhere], connector=1).bands] == ["employee"]


def test_band_edges_follow_the_clock_changes() -> None:
    # a window starting at 02:30 on the spring-forward night begins when the clock jumps to 03:00 (01:00 UTC)
    plan = Plan(AccessMode.PUBLIC, "public", (Window(SUN, 150, 300, AccessMode.LIMITED, "night"),))
    p = price(local(2026, 3, 29, 1), local(2026, 3, 29, 6), 0, plan=plan)
    assert [(b["tariff"], b["from"], b["to"]) for b in p.bands] == [
        ("public", "2026-03-29T00:00:00+00:00", "2026-03-29T01:00:00+00:00"),
        ("night", "2026-03-29T01:00:00+00:00", "2026-03-29T03:00:00+00:00"),
        ("public", "2026-03-29T03:00:00+00:00", "2026-03-29T04:00:00+00:00"),
    ]
    # 02:00–03:00 happens twice on the fall-back night: two hours at the night tariff
    plan = Plan(AccessMode.PUBLIC, "public", (Window(SUN, 120, 180, AccessMode.LIMITED, "night"),))
    p = price(local(2026, 10, 25, 1), local(2026, 10, 25, 4), 0, plan=plan)
    assert [(b["tariff"], b["hours"]) for b in p.bands] == [
        ("public", "1.0000"),
        ("night", "2.0000"),
        ("public", "1.0000"),
    ]


def test_refusals() -> None:
    start, stop = local(2026, 3, 30, 17), local(2026, 3, 30, 19)
    with pytest.raises(ValueError, match="before it starts"):
        price(stop, start, 0)
    with pytest.raises(ValueError, match="'employee' is used but its prices were not given"):
        price(start, stop, 0, tariffs={"public": TARIFFS["public"]})
    mixed = {**TARIFFS, "employee": TariffTerms("employee", D("0.20"), currency="EUR")}
    with pytest.raises(ValueError, match="several currencies"):
        price(start, stop, 0, tariffs=mixed)


def test_a_meter_going_backwards_charges_no_energy() -> None:
    p = price_session(
        local(2026, 3, 28, 10),
        local(2026, 3, 28, 11),
        5_000,
        4_000,
        plan=PLAN,
        timezone=ZURICH,
        tariffs=TARIFFS,
    )
    assert p.bands[0]["kwh"] == "0.0000" and "meter went backwards" in p.note
