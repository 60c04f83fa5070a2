"""The sessions export writes the same content as before issue 16's rewrite, on varied data.

The oracle is the exporter as it was (``sessions_export_v1``, frozen). The data: sites in five time zones
(half-hour and 45-minute offsets, a 30-minute DST shift), sessions on DST days and across local midnight, a
charger bound to no station, open and flagged sessions, several currencies and none, money with four decimals
and negative, energy from the meter when none is stored, formula-like and awkward text (``=``, ``+``, ``-``,
``@``, tab, CR, a leading quote, commas, quotes, newlines, non-ASCII) and price breakdowns of every shape the
exporter reads (the pricing's, the bench generator's, ``HH:MM`` bands, garbage, NaN, a note only, JSON null),
with and without the ``"export"`` block pricing stores (for the site's zone, for another zone, and for a site
whose zone changed after pricing: those fall back to the document).
CSV must be byte for byte the same; XLSX the same sheet: every cell's value, type, number format and
boldness, the column widths and the frozen header row.
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from openpyxl import load_workbook

from app.db import Database
from app.models import ChargingSession, SessionStatus, Site, Station, User
from app.services.reports import exports
from app.services.rules.breakdown import with_export_block
from tests.integration import sessions_export_v1 as v1

UTC = dt.UTC
ZONES = (
    ("Zürich HQ", "Europe/Zurich", "CHF"),
    ("=Boston Lab", "America/New_York", "USD"),
    ("Pune, plant", "Asia/Kolkata", "INR"),
    ('Lord Howe "island"', "Australia/Lord_Howe", "AUD"),
    ("+Chatham", "Pacific/Chatham", "NZD"),
)
TEXTS = (
    "plain",
    "=1+cmd|' /C calc'!A0",
    "+41 44 000",
    "-Hall",
    "@home",
    "\tTabbed",
    "\rCR first",
    "'quoted",
    "with, comma",
    'with "quotes"',
    "two\nlines",
    "lone\rreturn",
    "Grüezi ÄÖÜ €",
    "",
)
# instants around DST changes (UTC): Zurich spring/autumn, New York spring/autumn, Lord Howe (30 min)
DST_STARTS = (
    dt.datetime(2026, 3, 29, 0, 30, tzinfo=UTC),
    dt.datetime(2026, 3, 29, 1, 0, tzinfo=UTC),
    dt.datetime(2025, 10, 26, 0, 45, tzinfo=UTC),
    dt.datetime(2025, 10, 26, 1, 15, tzinfo=UTC),
    dt.datetime(2026, 3, 8, 6, 30, tzinfo=UTC),
    dt.datetime(2025, 11, 2, 5, 30, tzinfo=UTC),
    dt.datetime(2025, 10, 4, 15, 40, tzinfo=UTC),
    dt.datetime(2026, 4, 4, 14, 50, tzinfo=UTC),
    dt.datetime(2026, 3, 31, 22, 30, tzinfo=UTC),
    dt.datetime(2026, 2, 28, 23, 30, tzinfo=UTC),
)


def _money(rng: random.Random) -> Decimal | None:
    if rng.random() < 0.15:
        return None
    return Decimal(rng.randrange(-20_000, 2_000_000)) / Decimal(10_000)


def _iso(moment: dt.datetime, rng: random.Random) -> str:
    style = rng.randrange(4)
    if style == 0:
        return moment.isoformat()  # +00:00
    if style == 1:
        return moment.strftime("%Y-%m-%dT%H:%M:%SZ")
    if style == 2:
        return moment.replace(tzinfo=None).isoformat()  # naive: read as UTC
    return moment.astimezone(dt.timezone(dt.timedelta(hours=-5))).isoformat()


def _breakdown(rng: random.Random, start: dt.datetime, stop: dt.datetime | None, nan_ok: bool) -> Any:
    kind = rng.randrange(9)
    end = stop or start + dt.timedelta(hours=1)
    if kind == 0:
        return None
    if kind == 1:
        return {"note": "not priced: energy implausible"}
    if kind == 2:  # app.services.rules.pricing's shape
        middle = start + (end - start) / 3
        return {
            "currency": "CHF",
            "net": "1.10",
            "start_fee": "0.50",
            "tariff": "employee, public",
            "bands": [
                {
                    "from": _iso(a, rng),
                    "to": _iso(b, rng),
                    "tariff": t,
                    "kwh": f"{rng.random() * 30:.4f}",
                    "energy_cost": f"{rng.random() * 9:.4f}",
                    "time_cost": "0.0000" if rng.random() < 0.5 else f"{rng.random():.4f}",
                }
                for a, b, t in ((start, middle, "employee"), (middle, end, "public"))
            ],
        }
    if kind == 3:  # wall-clock bands, totals at the top, numbers as numbers
        return {
            "start_fee": rng.choice([0.5, 1, "1.00", None, "x"]),
            "energy_cost": rng.choice(["3.10", 2.25, None]),
            "time_cost": rng.choice([None, "0.25", 0]),
            "bands": [
                {"from": "07:00", "to": "18:00", "tariff": "employee", "kwh": rng.choice(["1.25", 2, None])},
                {"tariff": rng.choice(["", None, "public"]), "kwh": True, "energy_cost": "1"},
            ],
        }
    if kind == 4:  # garbage the reader must survive
        return {
            "bands": [
                "garbage",
                None,
                {"from": "nonsense", "to": "", "kwh": "x", "energy_cost": "NaN"},
                {"from": _iso(start, rng), "kwh": float("nan") if nan_ok else "NaN", "time_cost": "1e2"},
                {"to": "2026-13-45T99:00:00", "tariff": TEXTS[rng.randrange(len(TEXTS))], "kwh": 1e-7},
            ],
            "start_fee": float("inf") if nan_ok else "-Infinity",
        }
    if kind == 5:
        return {"bands": "not a list", "energy_cost": "-0.5000"}
    if kind == 6:
        return ["not", "a", "mapping"]
    return {  # bench.sessions_view's generator
        "currency": "CHF",
        "start_fee": "1.00",
        "bands": [
            {
                "from": start.isoformat(),
                "to": end.isoformat(),
                "tariff": "public",
                "mode": "public",
                "kwh": f"{rng.random() * 60:.4f}",
                "energy_cost": f"{rng.random() * 20:.4f}",
                "hours": "0",
                "time_cost": "0.0000",
            }
        ],
    }


@pytest.fixture
def varied(db: Database) -> int:
    """260 sessions of every kind the export meets; returns how many."""
    rng = random.Random(1602)
    blocks = random.Random(16)  # apart from rng: the rest of the data stays what it was
    nan_ok = db.backend == "sqlite"  # PostgreSQL's json refuses NaN and Infinity
    with db.session() as s:
        sites = [Site(name=n, timezone=tz, currency=c) for n, tz, c in ZONES]
        stations = [
            Station(site=sites[i % len(sites)], charge_point_id=f"CP-{i}", name=TEXTS[i % len(TEXTS)] or "x")
            for i in range(12)
        ]
        users = [User(name=f"{TEXTS[i % len(TEXTS)]} {i}") for i in range(9)]
        s.add_all([*sites, *stations, *users])
        s.flush()
        starts = list(DST_STARTS)
        base = dt.datetime(2025, 9, 1, tzinfo=UTC)
        starts += [base + dt.timedelta(seconds=rng.randrange(0, 300 * 86400)) for _ in range(250)]
        for i, start in enumerate(starts):
            start = start.replace(microsecond=rng.choice([0, 0, 123456]))
            station = None if rng.random() < 0.08 else rng.choice(stations)
            open_ = rng.random() < 0.1
            stop = None if open_ else start + dt.timedelta(seconds=rng.randrange(60, 14 * 3600))
            metered = rng.random() < 0.3
            energy = None if metered or open_ else rng.choice([rng.random() * 80_000, 0.0, 123456789.5])
            breakdown = _breakdown(rng, start, stop, nan_ok)
            if isinstance(breakdown, dict) and (kind := blocks.random()) < 0.7:
                # the block pricing stores (for the site's zone); sometimes one for a zone the site is not in
                zone = "UTC" if station is None else station.site.timezone
                breakdown = with_export_block(breakdown, "Asia/Tokyo" if kind < 0.1 else zone)
            s.add(
                ChargingSession(
                    station_id=None if station is None else station.id,
                    charge_point_id=station.charge_point_id if station else rng.choice(["GHOST", "=GHOST"]),
                    connector_id=rng.randrange(1, 4),
                    id_tag=rng.choice([*TEXTS[:8], "04A2B3C4", f"{i:08X}"]),
                    user_id=None if rng.random() < 0.15 else rng.choice(users).id,
                    start_at=start,
                    stop_at=stop,
                    meter_start_wh=float(rng.randrange(0, 9_000_000)),
                    meter_stop_wh=None
                    if open_ or rng.random() < 0.2
                    else float(rng.randrange(9_000_000, 9_500_000)),
                    energy_wh=energy,
                    max_power_w=None if rng.random() < 0.2 else rng.random() * 22_000,
                    status=SessionStatus.ACTIVE if open_ else rng.choice(list(SessionStatus)),
                    auth_status=rng.choice(["Accepted", "Invalid", "Blocked", "=Expired"]),
                    mode_at_start=rng.choice(["limited", "public", "", "-free"]),
                    decision_reason=rng.choice(TEXTS),
                    stop_reason=rng.choice(["EVDisconnected", "Local", "", "\rOther"]),
                    tariff_name=rng.choice(["employee", "public", "", "@tariff"]),
                    currency=rng.choice(["CHF", "CHF", "USD", "EUR", ""]),
                    price_net=_money(rng),
                    price_vat=_money(rng),
                    price_total=_money(rng),
                    price_breakdown=breakdown,
                    flags=rng.choice(["", "", "", "clock_skew", "unknown_transaction,implausible", "=flag"]),
                )
            )
        s.flush()
        sites[1].timezone = "America/Chicago"  # moved after pricing: its sessions' blocks are for New York
        s.flush()
        return len(starts)


CASES: list[dict[str, Any]] = [
    {},
    {"chunk_rows": 7},
    {"start": dt.date(2026, 3, 1), "end": dt.date(2026, 3, 31)},
    {"start": dt.date(2025, 10, 26), "end": dt.date(2025, 10, 26)},
    {"site": "=Boston Lab", "chunk_rows": 5},
    {"station": "GHOST"},
    {"user": "=1+cmd|' /C calc'!A0 1"},
    {"status": "flagged", "chunk_rows": 11},
    {"status": "completed"},
    {"user": "Nobody"},
]


def _case_id(case: dict[str, Any]) -> str:
    return ",".join(f"{k}={v}" for k, v in case.items()) or "all"


@pytest.mark.parametrize("case", CASES, ids=_case_id)
def test_csv_is_byte_for_byte_the_old_export(
    db: Database, varied: int, tmp_path: Path, case: dict[str, Any]
) -> None:
    old, new = tmp_path / "old.csv", tmp_path / "new.csv"
    with db.session() as s:
        n_old = v1.export_sessions(s, old, **case)
    with db.session() as s:
        n_new = exports.export_sessions(s, new, **case)
    assert n_new == n_old
    assert new.read_bytes() == old.read_bytes()
    if not case:
        assert n_new == varied


def test_csv_written_a_few_lines_at_a_time(
    db: Database, varied: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The rows go to the file in slices of ``_WRITE_ROWS`` lines; a slice's end is a line's end."""
    monkeypatch.setattr(exports, "_WRITE_ROWS", 3)
    old, new = tmp_path / "old.csv", tmp_path / "new.csv"
    with db.session() as s:
        v1.export_sessions(s, old, chunk_rows=10)
    with db.session() as s:
        exports.export_sessions(s, new, chunk_rows=10)
    assert new.read_bytes() == old.read_bytes()


def test_csv_with_another_separator(db: Database, varied: int, tmp_path: Path) -> None:
    old, new = tmp_path / "old.csv", tmp_path / "new.csv"
    with db.session() as s:
        v1.export_sessions(s, old, sep=";", chunk_rows=13)
    with db.session() as s:
        exports.export_sessions(s, new, sep=";", chunk_rows=13)
    assert new.read_bytes() == old.read_bytes()


def _shown_bold(ws: Any) -> set[str]:
    """Cells a conditional format shows in bold (a text rule "begins with" whose format is bold)."""
    bold: set[str] = set()
    for cf in ws.conditional_formatting:
        for rule in cf.rules:
            if rule.type != "beginsWith" or rule.dxf is None or rule.dxf.font is None or not rule.dxf.font.b:
                continue
            for area in cf.sqref.ranges:
                for cells in ws.iter_rows(
                    min_row=area.min_row, max_row=area.max_row, min_col=area.min_col, max_col=area.max_col
                ):
                    bold.update(
                        c.coordinate
                        for c in cells
                        if isinstance(c.value, str) and c.value.startswith(rule.text)
                    )
    return bold


def _sheet(path: Path) -> dict[str, Any]:
    """What a reader sees: every cell's value, type, number format and whether it shows in bold (its own font,
    or a conditional format: the new writer bolds the totals' "Total" labels that way)."""
    wb = load_workbook(path)
    ws = wb.active
    assert ws is not None
    shown = _shown_bold(ws)
    cells = [
        [
            (
                c.value,
                c.data_type if c.value is not None else "n",
                c.number_format if c.value is not None else "",
                bool(c.font.b) or c.coordinate in shown,
            )
            for c in row
        ]
        for row in ws.iter_rows()
    ]
    widths = {k: d.width for k, d in ws.column_dimensions.items() if d.width}
    return {"sheets": wb.sheetnames, "freeze": ws.freeze_panes, "cells": cells, "widths": widths}


def _trimmed(cells: list[list[Any]]) -> list[list[Any]]:
    """Rows without their trailing empty cells (a writer may or may not keep a row's used range wider)."""
    out = []
    for row in cells:
        row = list(row)
        while row and row[-1][0] is None:
            row.pop()
        out.append(row)
    return out


@pytest.mark.parametrize(
    "case", [c for c in CASES if "chunk_rows" not in c or c["chunk_rows"] == 7], ids=_case_id
)
def test_xlsx_has_the_old_exports_cells(
    db: Database, varied: int, tmp_path: Path, case: dict[str, Any]
) -> None:
    old, new = tmp_path / "old.xlsx", tmp_path / "new.xlsx"
    with db.session() as s:
        n_old = v1.export_sessions(s, old, **case)
    with db.session() as s:
        n_new = exports.export_sessions(s, new, **case)
    assert n_new == n_old
    a, b = _sheet(old), _sheet(new)
    assert (b["sheets"], b["freeze"], b["widths"]) == (a["sheets"], a["freeze"], a["widths"])
    old_cells, new_cells = _trimmed(a["cells"]), _trimmed(b["cells"])
    assert len(new_cells) == len(old_cells)
    for i, (x, y) in enumerate(zip(old_cells, new_cells, strict=True)):
        assert y == x, f"row {i + 1}"


@pytest.mark.parametrize(
    "case",
    [{}, {"start": dt.date(2026, 3, 1), "end": dt.date(2026, 3, 31)}, {"user": "Nobody"}],
    ids=_case_id,
)
def test_sessions_frame_is_the_old_frame(db: Database, varied: int, case: dict[str, Any]) -> None:
    with db.session() as s:
        old = v1.sessions_frame(s, **case)
    with db.session() as s:
        new = exports.sessions_frame(s, **case)
    pd.testing.assert_frame_equal(new, old)
