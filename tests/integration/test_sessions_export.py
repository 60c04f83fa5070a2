"""Sessions table, CSV and XLSX exports, on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
import math
from decimal import Decimal
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pandas as pd
import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from app.db import Database
from app.models import ChargingSession, SessionStatus, Site, Station, User
from app.services.reports.exports import (
    COLUMNS,
    ExportCancelled,
    ExportError,
    _breakdown,
    export_sessions,
    sessions_frame,
)
from app.services.rules.breakdown import EXPORT_KEY
from app.services.rules.pricing import apply_price
from tests.helpers.factories import EVA, seed_access_site, zurich

UTC = dt.UTC
MARCH = {"start": dt.date(2026, 3, 1), "end": dt.date(2026, 3, 31)}


def _at(*args: int) -> dt.datetime:
    return dt.datetime(*args, tzinfo=UTC)


def _band(start: str, stop: str, tariff: str, kwh: float, energy: str, time: str) -> dict[str, Any]:
    return {"from": start, "to": stop, "tariff": tariff, "kwh": kwh, "energy_cost": energy, "time_cost": time}


@pytest.fixture
def sessions(db: Database) -> dict[str, int]:
    """Seven sessions around March 2026 in two sites and time zones; returns their ids by name."""
    with db.session() as s:
        hq = Site(name="HQ Zurich", timezone="Europe/Zurich", currency="CHF")
        boston = Site(name="Boston Lab", timezone="America/New_York", currency="USD")
        cp1 = Station(site=hq, charge_point_id="CP-1", name="Hall B")
        cp2 = Station(site=hq, charge_point_id="CP-2", name="Yard")
        bos = Station(site=boston, charge_point_id="BOS-1", name="Lab bench")
        eva, max_ = User(name="Eva Keller"), User(name="Max Huber")
        s.add_all([hq, boston, cp1, cp2, bos, eva, max_])
        s.flush()

        def add(
            name: str,
            station: Station | None,
            user: User | None,
            start: dt.datetime,
            stop: dt.datetime | None,
            **kw: Any,
        ) -> tuple[str, ChargingSession]:
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
            return name, row

        rows = dict(
            [
                add(
                    "s1",
                    cp1,
                    eva,
                    _at(2026, 3, 2, 16, 0),
                    _at(2026, 3, 2, 18, 0),
                    energy_wh=20000.0,
                    max_power_w=11040.0,
                    tariff_name="employee",
                    currency="CHF",
                    price_net=Decimal("8.0000"),
                    price_vat=Decimal("0.6480"),
                    price_total=Decimal("8.6480"),
                    mode_at_start="limited",
                    decision_reason="Accepted: special user",
                    stop_reason="EVDisconnected",
                    price_breakdown={
                        "start_fee": "1.00",
                        "bands": [
                            _band(
                                "2026-03-02T16:00:00Z", "2026-03-02T17:00:00Z", "employee", 10, "2.00", "0"
                            ),
                            _band(
                                "2026-03-02T17:00:00Z", "2026-03-02T18:00:00Z", "public", 10, "4.50", "0.50"
                            ),
                        ],
                    },
                ),
                add(
                    "s2",
                    cp2,
                    max_,
                    _at(2026, 3, 15, 8, 0),
                    _at(2026, 3, 15, 9, 30),
                    meter_start_wh=1000.0,
                    meter_stop_wh=8500.0,
                    tariff_name="public",
                    currency="CHF",
                    price_net=Decimal("0.1"),
                    price_vat=Decimal("0"),
                    price_total=Decimal("0.1"),
                    connector_id=2,
                    id_tag="AA11BB22",
                    # the shape app.services.rules.pricing writes: decimal strings, "+00:00" instants, extra keys
                    price_breakdown={
                        "currency": "CHF",
                        "net": "0.10",
                        "start_fee": "0.00",
                        "tariff": "public",
                        "bands": [
                            {
                                "from": "2026-03-15T08:00:00+00:00",
                                "to": "2026-03-15T09:30:00+00:00",
                                "tariff": "public",
                                "mode": "public",
                                "why": "default",
                                "kwh": "7.5000",
                                "energy_cost": "0.1000",
                                "hours": "1.5000",
                                "billed_hours": "0.0000",
                                "time_cost": "0.0000",
                            }
                        ],
                    },
                ),
                # 22:30 UTC on 31 March is 00:30 on 1 April in Zurich (summer time since 29 March): April
                add(
                    "s3",
                    cp1,
                    eva,
                    _at(2026, 3, 31, 22, 30),
                    _at(2026, 3, 31, 23, 30),
                    energy_wh=5000.0,
                    currency="CHF",
                    price_total=Decimal("1.5"),
                ),
                # 23:30 UTC on 28 February is 00:30 on 1 March in Zurich: March
                add(
                    "s4",
                    cp1,
                    max_,
                    _at(2026, 2, 28, 23, 30),
                    _at(2026, 3, 1, 0, 30),
                    energy_wh=1234.0,
                    currency="CHF",
                    price_net=Decimal("0.2"),
                    price_vat=Decimal("0"),
                    price_total=Decimal("0.2"),
                ),
                # 23:00 UTC on 31 March is 19:00 in Boston: March, in dollars
                add(
                    "s5",
                    bos,
                    eva,
                    _at(2026, 3, 31, 23, 0),
                    _at(2026, 4, 1, 0, 0),
                    energy_wh=3000.0,
                    currency="USD",
                    price_net=Decimal("0.9"),
                    price_vat=Decimal("0"),
                    price_total=Decimal("0.9"),
                ),
                # a charger bound to no station, a tag nobody owns, still charging
                add(
                    "s6",
                    None,
                    None,
                    _at(2026, 3, 10, 12, 0),
                    None,
                    charge_point_id="GHOST",
                    id_tag="FFFF0000",
                    auth_status="Invalid",
                    flags="unknown_transaction",
                    currency="CHF",
                ),
                add(
                    "s7",
                    cp2,
                    eva,
                    _at(2026, 4, 10, 9, 0),
                    _at(2026, 4, 10, 10, 0),
                    energy_wh=1000.0,
                    currency="CHF",
                    price_total=Decimal("0.3"),
                ),
            ]
        )
        s.flush()
        return {name: row.id for name, row in rows.items()}


def _ids(frame: pd.DataFrame, ids: dict[str, int]) -> list[str]:
    by_id = {v: k for k, v in ids.items()}
    return [by_id[int(i)] for i in frame["session_id"]]


def test_frame_columns_and_values(db: Database, sessions: dict[str, int]) -> None:
    with db.session() as s:
        frame = sessions_frame(s)
    assert list(frame.columns) == list(COLUMNS)
    assert _ids(frame, sessions) == ["s4", "s1", "s6", "s2", "s3", "s5", "s7"]  # by start time
    rows = frame.set_index("session_id")

    s1 = rows.loc[sessions["s1"]]
    assert (s1["site"], s1["station"], s1["charge_point_id"], s1["user"]) == (
        "HQ Zurich",
        "Hall B",
        "CP-1",
        "Eva Keller",
    )
    assert (s1["start"], s1["stop"]) == ("2026-03-02T17:00:00+01:00", "2026-03-02T19:00:00+01:00")
    assert s1["start_utc"] == pd.Timestamp("2026-03-02T16:00:00Z")
    assert (s1["duration_min"], s1["energy_kwh"], s1["max_power_kw"]) == (120.0, 20.0, 11.04)
    assert s1["bands"] == "employee 10.000 kWh 17:00–18:00; public 10.000 kWh 18:00–19:00"
    assert (s1["start_fee"], s1["energy_cost"], s1["time_cost"]) == (1.0, 6.5, 0.5)
    assert (s1["price_net"], s1["price_vat"], s1["price_total"], s1["currency"]) == (8.0, 0.648, 8.648, "CHF")
    assert (s1["tariff"], s1["mode"], s1["status"], s1["stop_reason"]) == (
        "employee",
        "limited",
        "completed",
        "EVDisconnected",
    )
    assert s1["decision_reason"] == "Accepted: special user"

    s2 = rows.loc[sessions["s2"]]
    assert s2["energy_kwh"] == 7.5  # no energy_wh stored: meter stop − meter start
    assert (s2["connector"], s2["id_tag"], s2["bands"]) == (2, "AA11BB22", "public 7.500 kWh 09:00–10:30")

    s3 = rows.loc[sessions["s3"]]
    assert s3["start"] == "2026-04-01T00:30:00+02:00"  # summer time offset
    assert rows.loc[sessions["s5"]]["start"] == "2026-03-31T19:00:00-04:00"

    s6 = rows.loc[sessions["s6"]]
    assert pd.isna(s6["site"]) and pd.isna(s6["user"]) and s6["charge_point_id"] == "GHOST"
    assert s6["start"] == "2026-03-10T12:00:00+00:00"  # no site: UTC
    assert pd.isna(s6["stop"]) and pd.isna(s6["stop_utc"]) and math.isnan(s6["duration_min"])
    assert (s6["status"], s6["auth_status"], s6["flags"]) == ("active", "Invalid", "unknown_transaction")
    assert s6["bands"] == "" and math.isnan(s6["price_total"])


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        (MARCH, ["s4", "s1", "s6", "s2", "s5"]),  # local dates: s3 is April in Zurich, s5 March in Boston
        ({"start": dt.date(2026, 4, 1)}, ["s3", "s7"]),
        ({"end": dt.date(2026, 3, 1)}, ["s4"]),
        ({"user": "Eva Keller"}, ["s1", "s3", "s5", "s7"]),
        ({"station": "CP-1"}, ["s4", "s1", "s3"]),
        ({"station": "GHOST"}, ["s6"]),
        ({"site": "Boston Lab"}, ["s5"]),
        ({**MARCH, "user": "Eva Keller", "site": "HQ Zurich"}, ["s1"]),
        ({"user": "Nobody"}, []),
    ],
)
def test_filters(
    db: Database, sessions: dict[str, int], filters: dict[str, Any], expected: list[str]
) -> None:
    with db.session() as s:
        frame = sessions_frame(s, **filters)
    assert _ids(frame, sessions) == expected
    assert list(frame.columns) == list(COLUMNS)


def test_csv_export_reads_back(db: Database, sessions: dict[str, int], tmp_path: Path) -> None:
    out = tmp_path / "march.csv"
    with db.session() as s:
        assert export_sessions(s, out, "csv", **MARCH) == 5
    assert out.read_bytes().startswith(b"\xef\xbb\xbfsession_id,site,station,")
    back = pd.read_csv(out, encoding="utf-8-sig")
    assert list(back.columns) == list(COLUMNS)
    assert _ids(back, sessions) == ["s4", "s1", "s6", "s2", "s5"]  # no totals row in CSV
    s1 = back.set_index("session_id").loc[sessions["s1"]]
    assert (s1["start"], s1["start_utc"], s1["stop_utc"]) == (
        "2026-03-02T17:00:00+01:00",
        "2026-03-02T16:00:00Z",
        "2026-03-02T18:00:00Z",
    )
    assert s1["bands"] == "employee 10.000 kWh 17:00–18:00; public 10.000 kWh 18:00–19:00"
    assert (s1["price_total"], s1["energy_cost"], s1["energy_kwh"]) == (8.648, 6.5, 20.0)
    assert "0.6480" not in out.read_text(encoding="utf-8-sig") and ",0.648," in out.read_text(
        encoding="utf-8-sig"
    )
    assert back["energy_kwh"].sum() == pytest.approx(20 + 7.5 + 1.234 + 3)
    s6 = back.set_index("session_id").loc[sessions["s6"]]
    assert pd.isna(s6["stop"]) and s6["flags"] == "unknown_transaction"


def test_csv_streams_in_chunks(db: Database, sessions: dict[str, int], tmp_path: Path) -> None:
    whole, chunked = tmp_path / "whole.csv", tmp_path / "chunked.csv"
    with db.session() as s:
        assert export_sessions(s, whole) == 7  # format from the suffix
        assert export_sessions(s, chunked, chunk_rows=2) == 7
    assert chunked.read_bytes() == whole.read_bytes()  # one header, same rows, across 4 chunks
    with db.session() as s:
        assert export_sessions(s, tmp_path / "none.csv", user="Nobody") == 0
    assert (tmp_path / "none.csv").read_text(encoding="utf-8-sig") == ",".join(COLUMNS) + "\n"


def test_xlsx_export_has_a_sessions_sheet_and_totals(
    db: Database, sessions: dict[str, int], tmp_path: Path
) -> None:
    out = tmp_path / "march.xlsx"
    with db.session() as s:
        assert export_sessions(s, out, "xlsx", chunk_rows=2, **MARCH) == 5
    wb = load_workbook(out)
    assert wb.sheetnames == ["Sessions"]
    sheet = wb["Sessions"]
    assert sheet["A1"].value == "session_id" and sheet["A1"].font.b
    assert sheet.freeze_panes == "A2"

    back = pd.read_excel(out, sheet_name="Sessions", engine="openpyxl")
    assert list(back.columns) == list(COLUMNS)
    data, totals = back.iloc[:5], back.iloc[5:]
    assert _ids(data, sessions) == ["s4", "s1", "s6", "s2", "s5"]
    s1 = data.set_index("session_id").loc[sessions["s1"]]
    assert s1["start"] == pd.Timestamp("2026-03-02 17:00:00")  # local wall clock, a real date-time cell
    assert s1["start_utc"] == pd.Timestamp("2026-03-02 16:00:00")
    assert s1["price_total"] == 8.648

    # one totals row per currency, money summed as decimals: 8.648 + 0.1 + 0.2 is exactly 8.948
    assert list(totals["session_id"]) == ["Total", "Total"]
    assert list(totals["currency"]) == ["CHF", "USD"]
    chf, usd = totals.iloc[0], totals.iloc[1]
    assert chf["site"] == "4 sessions" and usd["site"] == "1 sessions"
    assert chf["price_total"] == 8.948 and chf["price_net"] == 8.3 and chf["price_vat"] == 0.648
    assert chf["energy_kwh"] == 28.734  # 20 + 7.5 + 1.234 (s6 has no energy)
    assert chf["duration_min"] == 120 + 90 + 60
    assert (chf["start_fee"], chf["energy_cost"], chf["time_cost"]) == (1.0, 6.6, 0.5)  # s1 + s2
    assert (usd["price_total"], usd["energy_kwh"]) == (0.9, 3.0)


def test_bad_requests_raise(db: Database, sessions: dict[str, int], tmp_path: Path) -> None:
    with db.session() as s:
        with pytest.raises(ExportError, match="unknown export format 'pdf'"):
            export_sessions(s, tmp_path / "x.pdf")
        with pytest.raises(ExportError, match="ends"):
            sessions_frame(s, start=dt.date(2026, 3, 2), end=dt.date(2026, 3, 1))
        with pytest.raises(ExportError, match="ends"):
            export_sessions(s, tmp_path / "x.csv", start=dt.date(2026, 3, 2), end=dt.date(2026, 3, 1))
    leftovers = [f.name for f in tmp_path.iterdir() if f.name.startswith("x.")]
    assert leftovers == []  # no file, not even an empty or partial one


def test_breakdown_is_read_tolerantly() -> None:
    zurich = ZoneInfo("Europe/Zurich")
    assert _breakdown(None, zurich)[0] == "" and math.isnan(_breakdown(None, zurich)[1])
    text, fee, energy, time = _breakdown(
        {
            "start_fee": 0.5,
            "energy_cost": "3.10",
            "time_cost": None,
            "bands": [
                {"from": "07:00", "to": "18:00", "tariff": "employee", "kwh": "1.25"},
                {"tariff": "public", "kwh": None, "energy_cost": "1", "time_cost": "0.25"},
                "garbage",
                {"from": "2026-07-01T10:00:00+00:00", "to": "nonsense", "kwh": "x"},
            ],
        },
        zurich,
    )
    assert text == "employee 1.250 kWh 07:00–18:00; public; (no tariff) 12:00–nonsense"
    assert (fee, energy, time) == (0.5, 3.1, 0.25)  # a total in the breakdown wins over the band sum


def test_xlsx_refuses_more_rows_than_a_sheet_holds(
    db: Database, sessions: dict[str, int], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.services.reports import exports

    monkeypatch.setattr(exports, "XLSX_MAX_ROWS", 6)  # header + 7 sessions + totals do not fit
    out = tmp_path / "all.xlsx"
    with db.session() as s, pytest.raises(ExportError, match="do not fit in one spreadsheet"):
        export_sessions(s, out, chunk_rows=2)
    assert not out.exists()
    with db.session() as s:  # 1 + 2 + 1 rows do
        assert export_sessions(s, out, station="CP-2") == 2
    assert len(pd.read_excel(out)) == 3


def test_the_one_exporter_filters_by_status_reports_progress_and_can_be_cancelled(
    db: Database, sessions: dict[str, int], tmp_path: Path
) -> None:
    """The console's export (status filter, progress, Cancel) is this function too, not a copy of it."""
    out_dir = tmp_path / "exports"
    out_dir.mkdir()
    seen: list[int] = []
    with db.session() as s:
        completed = sorted(f"{i}" for i in sessions_frame(s).query("status == 'completed'")["session_id"])
        n = export_sessions(s, out_dir / "done.csv", status="completed", chunk_rows=2, progress=seen.append)
    back = pd.read_csv(out_dir / "done.csv", encoding="utf-8-sig")
    assert n == len(completed) and sorted(f"{i}" for i in back["session_id"]) == completed
    assert set(back["status"]) == {"completed"}
    assert seen and seen[-1] == n and seen == sorted(seen)
    with db.session() as s:
        assert export_sessions(s, out_dir / "flagged.xlsx", status="flagged") == 1
    asked = iter([False, True])
    with db.session() as s, pytest.raises(ExportCancelled):
        export_sessions(s, out_dir / "stopped.csv", chunk_rows=2, cancelled=lambda: next(asked))
    assert sorted(p.name for p in out_dir.iterdir()) == ["done.csv", "flagged.xlsx"]  # nothing half-written


EVIL_TAG = "=1+cmd|' /C calc'!A0"


@pytest.fixture
def evil_session(db: Database) -> int:
    """A session whose charger-supplied texts would be spreadsheet formulas, with a negative (refund) amount."""
    with db.session() as s:
        site = Site(name="@site", timezone="Europe/Zurich", currency="CHF")
        station = Station(site=site, charge_point_id="+CP-EVIL", name="-Hall")
        user = User(name="\tTabbed")
        s.add_all([site, station, user])
        s.flush()
        row = ChargingSession(
            station_id=station.id,
            charge_point_id="+CP-EVIL",
            connector_id=1,
            id_tag=EVIL_TAG,
            user_id=user.id,
            start_at=_at(2026, 3, 5, 10, 0),
            stop_at=_at(2026, 3, 5, 11, 0),
            status=SessionStatus.COMPLETED,
            energy_wh=1000.0,
            currency="CHF",
            price_net=Decimal("-1.5"),
            price_vat=Decimal("0"),
            price_total=Decimal("-1.5"),
            stop_reason="\rOther",
            decision_reason="'quoted",
        )
        s.add(row)
        s.flush()
        return row.id


def test_csv_text_cells_never_become_formulas(db: Database, evil_session: int, tmp_path: Path) -> None:
    import csv

    out = tmp_path / "evil.csv"
    with db.session() as s:
        assert export_sessions(s, out, "csv") == 1
    with out.open(encoding="utf-8-sig", newline="") as fh:
        header, row = list(csv.reader(fh))
    cell = dict(zip(header, row, strict=True))
    assert cell["id_tag"] == "'" + EVIL_TAG
    assert cell["site"] == "'@site"
    assert cell["station"] == "'-Hall"
    assert cell["charge_point_id"] == "'+CP-EVIL"
    assert cell["user"] == "'\tTabbed"
    assert cell["stop_reason"] == "'\rOther"
    assert cell["decision_reason"] == "''quoted"  # a leading quote is quoted too (see csv_safe)
    # numbers we write stay numbers: a negative amount is not quoted
    assert (cell["price_total"], cell["price_net"], cell["energy_kwh"]) == ("-1.5", "-1.5", "1.0")


def test_xlsx_keeps_formula_text_as_text(db: Database, evil_session: int, tmp_path: Path) -> None:
    out = tmp_path / "evil.xlsx"
    with db.session() as s:
        assert export_sessions(s, out, "xlsx") == 1
    sheet = load_workbook(out)["Sessions"]
    header = [c.value for c in sheet[1]]
    row = sheet[2]
    tag = row[header.index("id_tag")]
    assert (tag.value, tag.data_type) == (EVIL_TAG, "s")  # a string cell, not a formula, and not altered
    assert all(c.data_type != "f" for r in sheet.iter_rows() for c in r)
    assert row[header.index("price_total")].value == -1.5


def _priced_across_18_00(db: Database) -> int:
    """A session at Hall B (Europe/Zurich) from 17:00 to 19:00 local on a Monday, priced in two bands."""
    db = seed_access_site(db)
    start, stop = zurich(2026, 3, 30, 17), zurich(2026, 3, 30, 19)
    with db.session() as s:
        station = s.scalars(select(Station).where(Station.charge_point_id == "CP-HALLB")).one()
        cs = ChargingSession(
            station=station,
            charge_point_id="CP-HALLB",
            connector_id=1,
            id_tag=EVA,
            start_at=start,
            stop_at=stop,
            meter_start_wh=0.0,
            meter_stop_wh=20_000.0,
            status=SessionStatus.COMPLETED,
        )
        s.add(cs)
        s.flush()
        apply_price(s, cs)
        return cs.id


def _bands(db: Database, session_id: int) -> str:
    with db.session() as s:
        frame = sessions_frame(s)
    return str(frame.loc[frame["session_id"] == session_id, "bands"].item())


def test_a_priced_session_stores_the_exports_breakdown_columns_for_its_sites_zone(db: Database) -> None:
    session_id = _priced_across_18_00(db)
    with db.session() as s:
        stored = s.get(ChargingSession, session_id)
        assert stored is not None and stored.price_breakdown is not None
        document = dict(stored.price_breakdown)
    block = document.pop(EXPORT_KEY)
    bands, start_fee, energy, time = _breakdown(document, ZoneInfo("Europe/Zurich"))
    assert bands == "employee 10.000 kWh 17:00–18:00; public 10.000 kWh 18:00–19:00"
    assert block == {
        "zone": "Europe/Zurich",
        "bands": bands,
        "start_fee": "0.50",
        "energy_cost": "7.0000",
        "time_cost": "1.0000",
    }
    assert [float(block[k]) for k in ("start_fee", "energy_cost", "time_cost")] == [start_fee, energy, time]
    assert _bands(db, session_id) == bands


def test_the_export_reads_the_stored_block_while_the_site_keeps_its_zone(db: Database) -> None:
    session_id = _priced_across_18_00(db)
    with db.session() as s:
        stored = s.get(ChargingSession, session_id)
        assert stored is not None and stored.price_breakdown is not None
        stored.price_breakdown = {
            **stored.price_breakdown,
            EXPORT_KEY: {"zone": "Europe/Zurich", "bands": "b"},
        }
    with db.session() as s:
        frame = sessions_frame(s)
    row = frame.loc[frame["session_id"] == session_id]
    assert row["bands"].item() == "b"
    assert math.isnan(row["start_fee"].item()) and math.isnan(row["energy_cost"].item())


def test_the_export_falls_back_to_the_document_when_the_sites_zone_changed(db: Database) -> None:
    session_id = _priced_across_18_00(db)
    with db.session() as s:
        s.scalars(select(Site).where(Site.timezone == "Europe/Zurich")).one().timezone = "Europe/London"
    assert _bands(db, session_id) == "employee 10.000 kWh 16:00–17:00; public 10.000 kWh 17:00–18:00"


def test_a_block_of_another_shape_is_not_read(db: Database) -> None:
    session_id = _priced_across_18_00(db)
    with db.session() as s:
        stored = s.get(ChargingSession, session_id)
        assert stored is not None and stored.price_breakdown is not None
        odd = {"zone": "Europe/Zurich", "bands": "b", "start_fee": 5}
        stored.price_breakdown = {**stored.price_breakdown, EXPORT_KEY: odd}
    assert _bands(db, session_id) == "employee 10.000 kWh 17:00–18:00; public 10.000 kWh 18:00–19:00"
