"""Monthly statement per user on SQLite and PostgreSQL: the site's local month, two currencies, running
sessions left out, the user's unattributed tag sessions in, totals exact as Decimal."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from typing import Any

import pytest

from app.db import Database
from app.models import ChargingSession, IdTag, SessionStatus, Site, Station, User
from app.services.reports import statements as svc

UTC = dt.UTC
NOW = dt.datetime(2026, 4, 2, 8, 0, tzinfo=UTC)


def _at(*args: int) -> dt.datetime:
    return dt.datetime(*args, tzinfo=UTC)


def _money(net: str, vat: str, total: str, currency: str = "CHF") -> dict[str, Any]:
    return {
        "price_net": Decimal(net),
        "price_vat": Decimal(vat),
        "price_total": Decimal(total),
        "currency": currency,
    }


@pytest.fixture
def world(db: Database) -> dict[str, Any]:
    """HQ Zurich (CHF, VAT 8.1 %, Europe/Zurich) and Depot Konstanz (EUR, VAT 19 %, Europe/Berlin); Eva Keller
    with card EVA00001; Max Huber with 04A2B3C4; sessions around March 2026."""
    with db.session() as s:
        hq = Site(
            name="HQ Zurich",
            timezone="Europe/Zurich",
            currency="CHF",
            vat_percent=Decimal("8.1"),
            address="Hardstrasse 201, 8005 Zürich",
        )
        depot = Site(
            name="Depot Konstanz", timezone="Europe/Berlin", currency="EUR", vat_percent=Decimal("19")
        )
        hall = Station(site=hq, charge_point_id="HALL-B-1", name="Hall B")
        dock = Station(site=depot, charge_point_id="DOCK-1", name="Dock 1")
        eva = User(
            name="Eva Keller",
            email="eva.keller@acme.ch",
            company="ACME AG",
            cost_centre="4711",
            tags=[IdTag(id_tag="EVA00001", label="white card")],
        )
        max_ = User(name="Max Huber", tags=[IdTag(id_tag="04A2B3C4")])
        s.add_all([hq, depot, hall, dock, eva, max_])
        s.flush()

        def add(
            station: Station,
            user: User | None,
            tag: str,
            start: dt.datetime,
            stop: dt.datetime | None,
            **kw: Any,
        ) -> int:
            row = ChargingSession(
                station_id=station.id,
                charge_point_id=station.charge_point_id,
                connector_id=kw.pop("connector_id", 1),
                id_tag=tag,
                user_id=None if user is None else user.id,
                start_at=start,
                stop_at=stop,
                meter_start_wh=0.0,
                status=SessionStatus.COMPLETED if stop else SessionStatus.ACTIVE,
                **kw,
            )
            s.add(row)
            s.flush()
            return row.id

        ids = {
            # 2026-02-28 23:30 UTC = 1 March 00:30 in Zurich: March
            "first_local": add(
                hall,
                eva,
                "EVA00001",
                _at(2026, 2, 28, 23, 30),
                _at(2026, 3, 1, 1, 0),
                energy_wh=7250.0,
                **_money("1.34", "0.11", "1.45"),
                price_breakdown={
                    "tariff": "public",
                    "vat_percent": "8.1",
                    "bands": [{"tariff": "public", "kwh": "7.2500"}],
                },
            ),
            # 2026-02-28 22:30 UTC = 28 February 23:30 in Zurich: February
            "february": add(
                hall,
                eva,
                "EVA00001",
                _at(2026, 2, 28, 22, 30),
                _at(2026, 2, 28, 23, 0),
                energy_wh=1000.0,
                **_money("0.19", "0.01", "0.20"),
            ),
            # 31 March 21:30 UTC = 23:30 CEST: March, across midnight, two tariffs
            "last_local": add(
                hall,
                eva,
                "EVA00001",
                _at(2026, 3, 31, 21, 30),
                _at(2026, 3, 31, 23, 15),
                energy_wh=12345.0,
                connector_id=2,
                **_money("3.05", "0.25", "3.30"),
                price_breakdown={
                    "tariff": "employee, public",
                    "vat_percent": "8.1",
                    "bands": [
                        {"tariff": "employee", "kwh": "10.0000"},
                        {"tariff": "public", "kwh": "2.3450"},
                    ],
                },
                tariff_name="employee, public",
            ),
            # 31 March 22:30 UTC = 1 April 00:30 CEST: April
            "april": add(
                hall,
                eva,
                "EVA00001",
                _at(2026, 3, 31, 22, 30),
                _at(2026, 4, 1, 0, 0),
                energy_wh=5000.0,
                **_money("0.93", "0.07", "1.00"),
            ),
            # a EUR session at the depot (Berlin time, same offset as Zurich)
            "euro": add(
                dock,
                eva,
                "EVA00001",
                _at(2026, 3, 10, 7, 0),
                _at(2026, 3, 10, 9, 30),
                energy_wh=22000.5,
                **_money("5.46", "1.04", "6.50", "EUR"),
                price_breakdown={
                    "tariff": "depot",
                    "vat_percent": "19",
                    "bands": [{"tariff": "depot", "kwh": "22.0005"}],
                },
            ),
            "euro2": add(
                dock,
                eva,
                "EVA00001",
                _at(2026, 3, 11, 7, 0),
                _at(2026, 3, 11, 8, 0),
                energy_wh=3333.3,
                **_money("0.83", "0.16", "0.99", "EUR"),
            ),
            # across the switch to summer time (29 March 01:30 CET → 03:30 CEST): one hour
            "dst": add(
                hall,
                eva,
                "EVA00001",
                _at(2026, 3, 29, 0, 30),
                _at(2026, 3, 29, 1, 30),
                energy_wh=5000.0,
                **_money("0.93", "0.07", "1.00"),
            ),
            # the card used before it was registered to Eva: attributed to nobody, still hers
            "unattributed": add(
                hall,
                None,
                "EVA00001",
                _at(2026, 3, 5, 12, 0),
                _at(2026, 3, 5, 12, 45),
                energy_wh=4000.0,
                **_money("0.83", "0.07", "0.90"),
            ),
            # no price (the central system could not price it): listed, not in the totals
            "unpriced": add(
                hall,
                eva,
                "EVA00001",
                _at(2026, 3, 6, 12, 0),
                _at(2026, 3, 6, 13, 0),
                energy_wh=2000.0,
                currency="CHF",
            ),
            # still running: not on the statement
            "running": add(hall, eva, "EVA00001", _at(2026, 3, 20, 12, 0), None, currency="CHF"),
            # someone else's
            "max": add(
                hall,
                max_,
                "04A2B3C4",
                _at(2026, 3, 7, 12, 0),
                _at(2026, 3, 7, 13, 0),
                energy_wh=9000.0,
                **_money("1.67", "0.13", "1.80"),
            ),
            "max_unattributed": add(
                hall,
                None,
                "04A2B3C4",
                _at(2026, 3, 8, 12, 0),
                _at(2026, 3, 8, 13, 0),
                energy_wh=9000.0,
                **_money("1.67", "0.13", "1.80"),
            ),
            # Eva's session on a card since given to Max: stays Eva's
            "eva_old_card": add(
                hall,
                eva,
                "04A2B3C4",
                _at(2026, 3, 9, 12, 0),
                _at(2026, 3, 9, 12, 30),
                energy_wh=1500.0,
                **_money("0.28", "0.02", "0.30"),
            ),
        }
        return {"ids": ids, "eva": eva.id, "max": max_.id}


def test_march_statement(db: Database, world: dict[str, Any]) -> None:
    ids = world["ids"]
    with db.session() as s:
        st = svc.monthly_statement(s, world["eva"], 2026, 3, now=NOW)
    assert [line.session_id for line in st.lines] == [
        ids["first_local"],
        ids["unattributed"],
        ids["unpriced"],
        ids["eva_old_card"],
        ids["euro"],
        ids["euro2"],
        ids["dst"],
        ids["last_local"],
    ]
    assert (st.user_name, st.company, st.cost_centre, st.period) == (
        "Eva Keller",
        "ACME AG",
        "4711",
        "March 2026",
    )
    assert [site.name for site in st.sites] == ["Depot Konstanz", "HQ Zurich"]

    first = st.lines[0]
    assert first.start_local == dt.datetime(2026, 3, 1, 0, 30, tzinfo=first.start_local.tzinfo)
    assert first.start_local.utcoffset() == dt.timedelta(hours=1)
    assert (first.station, first.connector, first.energy_kwh, first.tariffs) == (
        "Hall B",
        1,
        Decimal("7.250"),
        "public",
    )
    assert first.duration == dt.timedelta(minutes=90)
    dst = st.lines[-2]
    assert (f"{dst.start_local:%H:%M}", f"{dst.stop_local:%H:%M}", dst.duration) == (
        "01:30",
        "03:30",
        dt.timedelta(hours=1),
    )
    last = st.lines[-1]
    assert (last.start_local.hour, last.start_local.minute, last.start_local.utcoffset()) == (
        23,
        30,
        dt.timedelta(hours=2),
    )
    assert last.stop_local.date() == dt.date(2026, 4, 1)
    assert last.tariffs == "employee 10.000 kWh, public 2.345 kWh"
    assert last.connector == 2

    chf, eur = st.totals
    assert (chf.currency, chf.sessions) == ("CHF", 5)
    assert (chf.net, chf.vat, chf.total) == (Decimal("6.43"), Decimal("0.52"), Decimal("6.95"))
    assert chf.net + chf.vat == chf.total
    assert chf.energy_kwh == Decimal("30.095")
    assert chf.vat_percents == (Decimal("8.1"),)
    assert (eur.currency, eur.sessions, eur.net, eur.vat, eur.total) == (
        "EUR",
        2,
        Decimal("6.29"),
        Decimal("1.20"),
        Decimal("7.49"),
    )
    assert eur.energy_kwh == Decimal("25.334")  # 22.0005 → 22.001 (half up), 3.3333 → 3.333
    assert all(isinstance(x, Decimal) for t in st.totals for x in (t.net, t.vat, t.total, t.energy_kwh))
    assert st.unpriced == 1
    assert st.energy_kwh == Decimal("57.429")

    html = svc.statement_html(st)
    assert "Charging statement March 2026" in html
    assert "CHF 6.95" in html and "EUR 7.49" in html and "6.43" in html and "1.20" in html
    assert "ACME AG" in html and "4711" in html and "Hardstrasse 201" in html
    assert "not priced" in html
    assert "23:30–01:15 (+1)" in html
    assert "1 session without a price" in html  # untranslated, the source's "(s)" reads as English's plural
    assert svc.statement_header(st) == "ACME AG · Depot Konstanz, HQ Zurich"


def test_other_months_and_users(db: Database, world: dict[str, Any]) -> None:
    ids = world["ids"]
    with db.session() as s:
        feb = svc.monthly_statement(s, world["eva"], 2026, 2, now=NOW)
        april = svc.monthly_statement(s, world["eva"], 2026, 4, now=NOW)
        max_ = svc.monthly_statement(s, world["max"], 2026, 3, now=NOW)
        empty = svc.monthly_statement(s, world["eva"], 2025, 12, now=NOW)
        with pytest.raises(LookupError):
            svc.monthly_statement(s, 999_999, 2026, 3)
    assert [line.session_id for line in feb.lines] == [ids["february"]]
    assert [line.session_id for line in april.lines] == [ids["april"]]
    # Max: his own session and his card's unattributed one, not Eva's session on his card from before
    assert [line.session_id for line in max_.lines] == [ids["max"], ids["max_unattributed"]]
    assert max_.totals[0].total == Decimal("3.60")
    assert empty.empty and empty.totals == () and empty.period == "December 2025"
    html = svc.statement_html(empty)
    assert "No charging sessions in December 2025." in html


def test_month_helpers() -> None:
    assert svc.previous_month(dt.date(2026, 1, 15)) == (2025, 12)
    assert svc.previous_month(dt.date(2026, 3, 31)) == (2026, 2)
    assert svc.month_bounds(2025, 12) == (dt.date(2025, 12, 1), dt.date(2025, 12, 31))
    assert svc.month_bounds(2024, 2) == (dt.date(2024, 2, 1), dt.date(2024, 2, 29))
    assert svc.format_duration(dt.timedelta(hours=2, minutes=5)) == "2 h 05 min"
    assert svc.format_duration(dt.timedelta(minutes=45)) == "45 min"


def test_the_statement_in_the_consoles_language(db: Database, world: dict[str, Any], qapp: Any) -> None:
    """Issue 15: the console's language (German here) writes the statement: its texts, plurals, month and
    weekday names, Swiss numbers and money."""
    from app.views.shell import language

    with db.session() as s:
        st = svc.monthly_statement(s, world["eva"], 2026, 3, now=NOW)
    language.install_language("de")
    try:
        html = svc.statement_html(st)
        assert svc.statement_title(st) == "Ladeabrechnung März 2026 — Eva Keller"
        assert "<h1>Ladeabrechnung März 2026</h1>" in html
        assert "Zeitraum: <b>01.03.2026 – 31.03.2026</b>" in html
        assert "CHF\u00a06.95" in html and "EUR\u00a07.49" in html
        assert "1 Ladevorgang ohne Preis (aufgeführt, aber nicht in den Summen)." in html
        assert "<th>Datum</th>" in html and "<th class=n>Preis</th>" in html and ">ohne Preis<" in html
        assert re.search(r"<td>(Mo|Di|Mi|Do|Fr|Sa|So)\. \d\d\.03\.2026</td>", html)
        assert "30.095" in html  # kWh: three decimals, the Swiss decimal point
    finally:
        language.uninstall_language()
    assert "Charging statement March 2026" in svc.statement_html(st)
