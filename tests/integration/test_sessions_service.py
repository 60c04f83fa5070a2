"""The Sessions page's services on SQLite and PostgreSQL: filters, count and totals, keyset pages, detail,
export with progress and cancel."""

from __future__ import annotations

import datetime as dt
import errno
import random
from decimal import Decimal
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from openpyxl import load_workbook
from sqlalchemy import insert

from app.db import Database
from app.models import ChargingSession, MeterValue, SessionStatus, Site, Station, User
from app.services.reports import exports
from app.services.reports import sessions as svc
from app.services.reports.sessions import Key, Preset, SessionQuery, StatusFilter
from app.services.validation import FormError

UTC = dt.UTC


def _at(*args: int) -> dt.datetime:
    return dt.datetime(*args, tzinfo=UTC)


@pytest.fixture
def world(db: Database) -> dict[str, Any]:
    """Two sites in two time zones, three stations, two users, and sessions around March 2026 (the shape of
    the export tests), by name."""
    with db.session() as s:
        hq = Site(name="HQ Zurich", timezone="Europe/Zurich", currency="CHF")
        boston = Site(name="Boston Lab", timezone="America/New_York", currency="USD")
        hall = Station(site=hq, charge_point_id="HALL-B-1", name="Hall B")
        yard = Station(site=hq, charge_point_id="YARD-1", name="Yard")
        lab = Station(site=boston, charge_point_id="BOS-1", name="Lab bench")
        eva, max_ = User(name="Eva Keller"), User(name="Max Huber")
        s.add_all([hq, boston, hall, yard, lab, eva, max_])
        s.flush()

        def add(
            station: Station | None,
            user: User | None,
            start: dt.datetime,
            stop: dt.datetime | None,
            **kw: Any,
        ) -> int:
            row = ChargingSession(
                station_id=None if station is None else station.id,
                charge_point_id=kw.pop("charge_point_id", None)
                or (station.charge_point_id if station else "?"),
                connector_id=kw.pop("connector_id", 1),
                id_tag=kw.pop("id_tag", "04A2B3C4"),
                user_id=None if user is None else user.id,
                start_at=start,
                stop_at=stop,
                status=SessionStatus.COMPLETED if stop else SessionStatus.ACTIVE,
                **kw,
            )
            s.add(row)
            s.flush()
            return row.id

        ids = {
            "s1": add(
                hall,
                eva,
                _at(2026, 3, 2, 16),
                _at(2026, 3, 2, 18),
                energy_wh=20000.0,
                max_power_w=11040.0,
                currency="CHF",
                price_net=Decimal("8.00"),
                price_vat=Decimal("0.65"),
                price_total=Decimal("8.65"),
                decision_reason="Accepted: Eva Keller is a special user",
                mode_at_start="limited",
                tariff_name="employee, public",
                price_breakdown={
                    "currency": "CHF",
                    "net": "8.00",
                    "vat": "0.65",
                    "total": "8.65",
                    "vat_percent": "8.1",
                    "start_fee": "1.00",
                    "tariff": "employee, public",
                    "note": "",
                    "bands": [
                        {
                            "from": "2026-03-02T16:00:00+00:00",
                            "to": "2026-03-02T17:00:00+00:00",
                            "tariff": "employee",
                            "mode": "limited",
                            "why": "Mon–Fri 07:00–18:00",
                            "kwh": "10.0000",
                            "energy_cost": "2.0000",
                            "hours": "1.0000",
                            "billed_hours": "1.0000",
                            "time_cost": "0.0000",
                        },
                        {
                            "from": "2026-03-02T17:00:00+00:00",
                            "to": "2026-03-02T18:00:00+00:00",
                            "tariff": "public",
                            "mode": "public",
                            "why": "default",
                            "kwh": "10.0000",
                            "energy_cost": "4.5000",
                            "hours": "1.0000",
                            "billed_hours": "1.0000",
                            "time_cost": "0.5000",
                        },
                    ],
                },
            ),
            "s2": add(
                yard,
                max_,
                _at(2026, 3, 15, 8),
                _at(2026, 3, 15, 9, 30),
                meter_start_wh=1000.0,
                meter_stop_wh=8500.0,
                currency="CHF",
                price_total=Decimal("0.10"),
                connector_id=2,
            ),
            # 22:30 UTC on 31 March is 00:30 on 1 April in Zurich: April
            "s3": add(
                hall,
                eva,
                _at(2026, 3, 31, 22, 30),
                _at(2026, 3, 31, 23, 30),
                energy_wh=5000.0,
                currency="CHF",
                price_total=Decimal("1.50"),
                flags="clock_skew",
            ),
            # 23:30 UTC on 28 February is 00:30 on 1 March in Zurich: March
            "s4": add(
                hall,
                max_,
                _at(2026, 2, 28, 23, 30),
                _at(2026, 3, 1, 0, 30),
                energy_wh=1234.0,
                currency="CHF",
                price_total=Decimal("0.20"),
            ),
            # 23:00 UTC on 31 March is 19:00 in Boston: March, in dollars
            "s5": add(
                lab,
                eva,
                _at(2026, 3, 31, 23),
                _at(2026, 4, 1),
                energy_wh=3000.0,
                currency="USD",
                price_total=Decimal("0.90"),
            ),
            # a charger bound to no station, a tag nobody owns, still charging (UTC dates)
            "s6": add(
                None,
                None,
                _at(2026, 3, 10, 12),
                None,
                charge_point_id="GHOST",
                id_tag="FFFF0000",
                auth_status="Invalid",
                flags="unknown_transaction",
                currency="CHF",
            ),
            "s7": add(
                yard,
                eva,
                _at(2026, 4, 10, 9),
                _at(2026, 4, 10, 10),
                energy_wh=1000.0,
                currency="CHF",
                price_total=Decimal("0.30"),
            ),
        }
        refs = {
            "hq": hq.id,
            "boston": boston.id,
            "hall": hall.id,
            "yard": yard.id,
            "lab": lab.id,
            "eva": eva.id,
            "max": max_.id,
        }
    return {"ids": ids, **refs}


MARCH = {"start": dt.date(2026, 3, 1), "end": dt.date(2026, 3, 31)}


def _names(rows: list[svc.SessionRow], world: dict[str, Any]) -> list[str]:
    by_id = {v: k for k, v in world["ids"].items()}
    return [by_id[r.id] for r in rows]


def test_presets() -> None:
    today = dt.date(2026, 3, 11)  # a Wednesday
    assert svc.preset_period(Preset.TODAY, today) == (today, today)
    assert svc.preset_period(Preset.THIS_WEEK, today) == (dt.date(2026, 3, 9), dt.date(2026, 3, 15))
    assert svc.preset_period(Preset.THIS_MONTH, today) == (dt.date(2026, 3, 1), dt.date(2026, 3, 31))
    assert svc.preset_period(Preset.LAST_MONTH, today) == (dt.date(2026, 2, 1), dt.date(2026, 2, 28))
    assert svc.preset_period(Preset.LAST_MONTH, dt.date(2026, 1, 5)) == (
        dt.date(2025, 12, 1),
        dt.date(2025, 12, 31),
    )
    assert svc.preset_period(Preset.THIS_YEAR, today) == (dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    assert svc.preset_period(Preset.ALL, today) == (None, None)
    assert svc.preset_period("custom", today) == (None, None)


def test_a_period_that_ends_before_it_starts_names_the_field() -> None:
    with pytest.raises(FormError) as e:
        SessionQuery(start=dt.date(2026, 3, 2), end=dt.date(2026, 3, 1))
    assert set(e.value.problems) == {"end"}
    assert "on or after 2026-03-02" in e.value.problems["end"]


def test_filters_pages_count_and_totals(db: Database, world: dict[str, Any]) -> None:
    with db.session() as s:
        everything = SessionQuery()
        assert _names(svc.fetch_page(s, everything), world) == ["s7", "s5", "s3", "s2", "s6", "s1", "s4"]
        assert _names(svc.fetch_page(s, SessionQuery(newest_first=False)), world) == [
            "s4",
            "s1",
            "s6",
            "s2",
            "s3",
            "s5",
            "s7",
        ]
        assert svc.count_sessions(s, everything) == 7

        # March in each site's local dates: s3 is April in Zurich, s4 March in Zurich, s5 March in Boston,
        # s6 (no station) by its UTC date
        march = SessionQuery(**MARCH)
        assert _names(svc.fetch_page(s, march), world) == ["s5", "s2", "s6", "s1", "s4"]
        assert svc.count_sessions(s, march) == 5
        totals = svc.session_totals(s, march)
        assert totals.sessions == 5
        assert totals.energy_kwh == pytest.approx((20000 + 7500 + 1234 + 3000) / 1000)
        by = {c.currency: c for c in totals.by_currency}
        assert (by["CHF"].sessions, by["CHF"].priced, by["CHF"].amount) == (4, 3, Decimal("8.95"))
        assert (by["USD"].sessions, by["USD"].amount) == (1, Decimal("0.90"))
        assert totals.text() == "5 sessions · 31.7 kWh · CHF 8.95 · USD 0.90"

        assert _names(svc.fetch_page(s, SessionQuery(**MARCH, user_id=world["eva"])), world) == ["s5", "s1"]
        assert _names(svc.fetch_page(s, SessionQuery(**MARCH, station_id=world["hall"])), world) == [
            "s1",
            "s4",
        ]
        assert _names(svc.fetch_page(s, SessionQuery(**MARCH, site_id=world["hq"])), world) == [
            "s2",
            "s1",
            "s4",
        ]
        assert _names(svc.fetch_page(s, SessionQuery(site_id=world["boston"])), world) == ["s5"]
        assert _names(svc.fetch_page(s, SessionQuery(status=StatusFilter.ACTIVE)), world) == ["s6"]
        assert _names(svc.fetch_page(s, SessionQuery(status=StatusFilter.FLAGGED)), world) == ["s3", "s6"]
        assert svc.count_sessions(s, SessionQuery(status=StatusFilter.COMPLETED)) == 6
        april = SessionQuery(start=dt.date(2026, 4, 1), end=dt.date(2026, 4, 30))
        assert _names(svc.fetch_page(s, april), world) == ["s7", "s3"]
        one_day = SessionQuery(start=dt.date(2026, 3, 1), end=dt.date(2026, 3, 1))  # 00:30 in Zurich
        assert _names(svc.fetch_page(s, one_day), world) == ["s4"]
        assert svc.session_totals(s, SessionQuery(user_id=-1)) == svc.Totals(0, 0.0, ())

        row = svc.fetch_page(s, SessionQuery(station_id=world["hall"], **MARCH))[0]
        assert (row.station, row.site, row.user, row.timezone) == (
            "Hall B",
            "HQ Zurich",
            "Eva Keller",
            "Europe/Zurich",
        )
        assert row.start_local.isoformat() == "2026-03-02T17:00:00+01:00"
        assert (row.energy_wh, row.max_power_w, row.price_total, row.currency) == (
            20000.0,
            11040.0,
            Decimal("8.65"),
            "CHF",
        )
        yard = svc.fetch_page(s, SessionQuery(station_id=world["yard"], **MARCH))[0]
        assert yard.energy_wh == 7500.0  # no energy stored: meter stop − meter start


@pytest.mark.parametrize(
    "filters",
    [
        {},
        MARCH,
        {**MARCH, "site": "HQ Zurich"},
        {"start": dt.date(2026, 3, 31), "end": dt.date(2026, 4, 1)},
        {"user": "Eva Keller"},
        {**MARCH, "station": "HALL-B-1"},
    ],
)
def test_the_page_and_the_export_agree(db: Database, world: dict[str, Any], filters: dict[str, Any]) -> None:
    ids = {
        "site": {"HQ Zurich": world["hq"]},
        "user": {"Eva Keller": world["eva"]},
        "station": {"HALL-B-1": world["hall"]},
    }
    q = SessionQuery(
        start=filters.get("start"),
        end=filters.get("end"),
        **{f"{k}_id": ids[k][v] for k, v in filters.items() if k in ids},
    )
    with db.session() as s:
        frame = exports.sessions_frame(s, **filters)
        page = svc.fetch_page(s, q, limit=100)
        assert sorted(int(i) for i in frame["session_id"]) == sorted(r.id for r in page)
        assert svc.count_sessions(s, q) == len(frame)


def test_fetch_row_tells_whether_a_session_belongs(db: Database, world: dict[str, Any]) -> None:
    with db.session() as s:
        assert svc.fetch_row(s, SessionQuery(**MARCH), world["ids"]["s1"]) is not None
        assert svc.fetch_row(s, SessionQuery(**MARCH), world["ids"]["s7"]) is None
        assert svc.fetch_row(s, SessionQuery(status=StatusFilter.ACTIVE), world["ids"]["s6"]).active  # type: ignore[union-attr]
        assert svc.fetch_row(s, SessionQuery(), 999_999) is None


def _bulk(db: Database, n: int, seed: int = 7) -> list[tuple[dt.datetime, int]]:
    """``n`` sessions on two stations with many equal start times (ties are what keysets get wrong)."""
    rng = random.Random(seed)
    with db.session() as s:
        site = Site(name="HQ Zurich", timezone="Europe/Zurich")
        a = Station(site=site, charge_point_id="HALL-B-1", name="Hall B")
        b = Station(site=site, charge_point_id="YARD-1", name="Yard")
        s.add_all([site, a, b])
        s.flush()
        base = _at(2026, 1, 1)
        rows = [
            {
                "station_id": rng.choice((a.id, b.id)),
                "charge_point_id": "X",
                "connector_id": 1,
                "id_tag": "T",
                "start_at": base + dt.timedelta(minutes=rng.randrange(n // 3)),
                "stop_at": None,
                "meter_start_wh": 0.0,
                "status": SessionStatus.COMPLETED,
                "flags": "",
                "currency": "CHF",
            }
            for _ in range(n)
        ]
        s.execute(insert(ChargingSession), rows)
    with db.session() as s:
        from sqlalchemy import select

        cs = ChargingSession
        return [
            (r[0], r[1])
            for r in s.execute(select(cs.start_at, cs.id).order_by(cs.start_at.desc(), cs.id.desc()))
        ]


def test_keyset_pages_walk_thousands_of_rows_exactly_once(db: Database) -> None:
    expected = _bulk(db, 3000)
    assert len({k for k, _ in expected}) < 1100  # plenty of ties
    for newest_first in (True, False):
        q = SessionQuery(newest_first=newest_first)
        want = expected if newest_first else expected[::-1]
        seen: list[tuple[dt.datetime, int]] = []
        after: Key | None = None
        with db.session() as s:
            while True:
                page = svc.fetch_page(s, q, after=after, limit=170)
                if not page:
                    break
                assert len(page) <= 170
                seen += [(r.start_at, r.id) for r in page]
                after = page[-1].key
            # and backwards from the end
            back: list[tuple[dt.datetime, int]] = []
            before: Key | None = None
            while True:
                page = svc.fetch_page(s, q, after=before, limit=333, reverse=True)
                if not page:
                    break
                back = [(r.start_at, r.id) for r in page] + back
                before = page[0].key
        assert seen == want
        assert back == want


def test_windows_from_the_start_an_anchor_or_the_end(db: Database) -> None:
    expected = _bulk(db, 2500, seed=11)
    q = SessionQuery()
    count = len(expected)
    rng = random.Random(3)
    with db.session() as s:
        assert svc.count_sessions(s, q) == count
        for start in [0, 1, 199, 1250, 2300, 2499, *[rng.randrange(count) for _ in range(8)]]:
            want = expected[start : start + 200]
            for anchors in (
                [],
                [(start - 1, Key(*expected[start - 1]))] if start else [],
                [(start + 200, Key(*expected[start + 200]))] if start + 200 < count else [],
                [(5, Key(*expected[5])), (2400, Key(*expected[2400]))],
            ):
                for known in (None, count):
                    got = svc.fetch_window(s, q, start, 200, anchors=anchors, count=known)
                    assert [(r.start_at, r.id) for r in got] == want, (start, anchors, known)
        assert svc.fetch_window(s, q, count, 200, count=count) == []
        assert [r.id for r in svc.fetch_page(s, q, skip=2499, limit=5)] == [expected[-1][1]]
        assert svc.fetch_page(s, q, skip=2500) == []


def test_detail_has_breakdown_reason_and_meter_series(db: Database, world: dict[str, Any]) -> None:
    sid = world["ids"]["s1"]
    with db.session() as s:
        start = _at(2026, 3, 2, 16)
        rows = []
        for i in range(13):
            at = start + dt.timedelta(minutes=10 * i)
            rows.append(
                {
                    "session_id": sid,
                    "charge_point_id": "HALL-B-1",
                    "connector_id": 1,
                    "timestamp": at,
                    "measurand": svc.ENERGY,
                    "phase": None,
                    "value": 50_000 + 1600.0 * i,
                    "unit": "Wh",
                }
            )
            for phase in ("L1", "L2", "L3"):  # power per phase only: added up
                rows.append(
                    {
                        "session_id": sid,
                        "charge_point_id": "HALL-B-1",
                        "connector_id": 1,
                        "timestamp": at,
                        "measurand": svc.POWER,
                        "phase": phase,
                        "value": 3.68,
                        "unit": "kW",
                    }
                )
            rows.append(
                {
                    "session_id": sid,
                    "charge_point_id": "HALL-B-1",
                    "connector_id": 1,
                    "timestamp": at,
                    "measurand": "Voltage",
                    "phase": "L1",
                    "value": 230.0,
                    "unit": "V",
                }
            )
        s.execute(insert(MeterValue), rows)
        s.get(ChargingSession, sid).meter_start_wh = 50_000.0  # type: ignore[union-attr]
    with db.session() as s:
        d = svc.session_detail(s, sid)
        assert d is not None
        assert d.decision_reason == "Accepted: Eva Keller is a special user"
        assert (d.mode_at_start, d.tariff_name, d.duration) == (
            "limited",
            "employee, public",
            dt.timedelta(hours=2),
        )
        b = d.breakdown
        assert b is not None
        assert [(x.tariff, x.kwh, x.energy_cost, x.time_cost) for x in b.bands] == [
            ("employee", Decimal("10.0000"), Decimal("2.0000"), Decimal("0.0000")),
            ("public", Decimal("10.0000"), Decimal("4.5000"), Decimal("0.5000")),
        ]
        assert b.bands[0].start == start and b.bands[1].why == "default"
        assert (b.start_fee, b.net, b.vat, b.total, b.vat_percent) == (
            Decimal("1.00"),
            Decimal("8.00"),
            Decimal("0.65"),
            Decimal("8.65"),
            Decimal("8.1"),
        )
        assert len(d.energy) == 13 and d.energy[0].value == 0.0 and d.energy[-1].value == pytest.approx(19.2)
        assert len(d.power) == 13 and d.power[0].value == pytest.approx(11.04)
        assert svc.session_detail(s, 999_999) is None
        ghost = svc.session_detail(s, world["ids"]["s6"])
        assert ghost is not None and ghost.breakdown is None and ghost.energy == []


def test_thinning_keeps_the_ends() -> None:
    samples = [svc.Sample(_at(2026, 1, 1) + dt.timedelta(seconds=i), float(i)) for i in range(10_000)]
    thin = svc._thin(samples, 100)
    assert len(thin) == 100 and thin[0] == samples[0] and thin[-1] == samples[-1]
    assert [s.value for s in thin] == sorted(s.value for s in thin)


def test_export_filtered_with_status_and_progress(
    db: Database, world: dict[str, Any], tmp_path: Path
) -> None:
    tmp_path = tmp_path / "exports"
    tmp_path.mkdir()
    out = tmp_path / "march.csv"
    seen: list[int] = []
    with db.session() as s:
        n = svc.export_filtered(
            s, SessionQuery(**MARCH, status=StatusFilter.COMPLETED), out, progress=seen.append, chunk_rows=2
        )
    assert n == 4
    frame = pd.read_csv(out, encoding="utf-8-sig")
    assert sorted(frame["session_id"]) == sorted(world["ids"][k] for k in ("s1", "s2", "s4", "s5"))
    assert seen and seen[-1] == 4 and seen == sorted(seen)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["march.csv"]

    xlsx = tmp_path / "eva.xlsx"
    with db.session() as s:
        assert (
            svc.export_filtered(s, SessionQuery(user_id=world["eva"], status=StatusFilter.FLAGGED), xlsx) == 1
        )
    book = load_workbook(xlsx, read_only=True)  # read-only keeps the file open until closed
    try:
        values = list(book["Sessions"].iter_rows(values_only=True))
    finally:
        book.close()
    assert values[1][0] == world["ids"]["s3"]
    assert values[-1][0] == "Total"


def test_cancelled_or_failed_exports_leave_nothing(
    db: Database, world: dict[str, Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    tmp_path = tmp_path / "exports"
    tmp_path.mkdir()
    out = tmp_path / "all.csv"
    calls = iter([False, False, True])
    with db.session() as s, pytest.raises(exports.ExportCancelled):
        svc.export_filtered(s, SessionQuery(), out, cancelled=lambda: next(calls), chunk_rows=2)
    assert list(tmp_path.iterdir()) == []

    # an existing file is only replaced by a complete export
    out.write_text("previous export\n")
    real = exports._CsvCells.write
    written = {"n": 0}

    def disk_full(cells: exports._CsvCells, fh: Any, chunk: Any) -> None:  # the second chunk does not fit
        written["n"] += 1
        if written["n"] == 2:
            raise OSError(errno.ENOSPC, "No space left on device")
        real(cells, fh, chunk)

    monkeypatch.setattr(exports._CsvCells, "write", disk_full)
    with db.session() as s, pytest.raises(OSError) as e:
        svc.export_filtered(s, SessionQuery(), out, chunk_rows=2)
    assert e.value.errno == errno.ENOSPC
    assert [p.name for p in tmp_path.iterdir()] == ["all.csv"]
    assert out.read_text() == "previous export\n"

    with db.session() as s, pytest.raises(FormError) as gone:
        svc.export_filtered(s, SessionQuery(user_id=999_999), tmp_path / "x.csv")
    assert set(gone.value.problems) == {"user"}
    with db.session() as s, pytest.raises(exports.ExportError):
        svc.export_filtered(s, SessionQuery(), tmp_path / "x.pdf")
