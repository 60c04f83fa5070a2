"""The sessions export's rewritten parts against the frozen exporter (``sessions_export_v1``), on generated input:
the price breakdown's reading (bands text, start fee, energy and time cost) on any JSON document of the
shapes it meets, and the XLSX totals (Decimal sums per currency) on random frames with missing values."""

from __future__ import annotations

import csv
import io
import math
from typing import Any

import numpy as np
import pandas as pd
from hypothesis import example, given, settings
from hypothesis import strategies as st
from sqlalchemy import Numeric
from sqlalchemy.dialects import sqlite

from app.services.reports import exports
from app.services.transfer.csv_safe import neutralise
from tests.integration import sessions_export_v1 as v1

ZONES = ("UTC", "Europe/Zurich", "Australia/Lord_Howe", "Pacific/Chatham", "America/New_York")

_moment = st.datetimes(
    min_value=pd.Timestamp("1890-01-01").to_pydatetime(), max_value=pd.Timestamp("2090-12-31").to_pydatetime()
)
_stamp = st.one_of(
    _moment.map(lambda m: m.isoformat()),
    _moment.map(lambda m: m.isoformat() + "+00:00"),
    _moment.map(lambda m: m.isoformat() + "-05:00"),
    _moment.map(lambda m: m.strftime("%Y-%m-%dT%H:%M:%SZ")),
    st.sampled_from(["07:00", "", "nonsense", "2026-13-45T99:00:00", "24:00"]),
    st.none(),
    st.integers(-5, 5),
)
_number = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**20), 10**20),
    st.floats(allow_nan=True, allow_infinity=True),
    st.decimals(allow_nan=False, allow_infinity=False, places=4).map(str),
    st.sampled_from(["NaN", "-Infinity", "1e2", "x", "", " 1.5 ", "-0.0000", "1_000"]),
    st.lists(st.integers(), max_size=1),
)
_band = st.one_of(
    st.fixed_dictionaries(
        {},
        optional={
            "from": _stamp,
            "to": _stamp,
            "tariff": st.one_of(st.none(), st.text(max_size=8), st.integers(0, 3)),
            "kwh": _number,
            "energy_cost": _number,
            "time_cost": _number,
        },
    ),
    st.none(),
    st.text(max_size=5),
    st.integers(),
)
_breakdown = st.one_of(
    st.none(),
    st.fixed_dictionaries(
        {},
        optional={
            "bands": st.one_of(st.lists(_band, max_size=4), st.text(max_size=3), st.none()),
            "start_fee": _number,
            "energy_cost": _number,
            "time_cost": _number,
        },
    ),
    st.lists(st.integers(), max_size=2),
    st.text(max_size=4),
)


def _same(a: tuple[Any, ...], b: tuple[Any, ...]) -> bool:
    """Equal, NaN equal to NaN, and -0.0 told from 0.0 (the CSV writes them differently)."""
    if a[0] != b[0]:
        return False
    for x, y in zip(a[1:], b[1:], strict=True):
        if math.isnan(x) or math.isnan(y):
            if not (math.isnan(x) and math.isnan(y)):
                return False
        elif x != y or math.copysign(1, x) != math.copysign(1, y):
            return False
    return True


@settings(max_examples=600, deadline=None)
@given(data=_breakdown, zone=st.sampled_from(ZONES))
@example(
    data={"bands": [{"energy_cost": "-0.0000", "time_cost": "-0.0"}]}, zone="UTC"
)  # a sum from zero: 0.0
@example(
    data={"bands": [{"from": "2026-04-04T15:30:00+00:00", "to": "1890-01-01T00:00:00"}]},
    zone="Australia/Lord_Howe",
)
def test_breakdown_reads_like_the_frozen_exporter(data: Any, zone: str) -> None:
    new = exports._breakdown(data, exports._zone(zone))
    old = v1._breakdown(data, v1._zone(zone))
    assert _same(new, old), (new, old)


_cell = st.one_of(st.none(), st.floats(-1e9, 1e9), st.sampled_from([0.1, 0.2, -0.0, 1e-7, 123456789.5]))


@settings(max_examples=200, deadline=None)
@given(
    rows=st.lists(
        st.tuples(st.sampled_from(["CHF", "USD", "", None]), *[_cell] * 8), min_size=0, max_size=40
    ),
    split=st.integers(0, 40),
)
def test_totals_equal_the_frozen_exporters(rows: list[tuple[Any, ...]], split: int) -> None:
    columns = ["currency", "duration_min", "energy_kwh", *exports.MONEY_COLUMNS]
    frame = pd.DataFrame(rows, columns=columns)
    for col in columns[1:]:
        frame[col] = frame[col].astype("float64")
    new, old = exports._Totals(), v1._Totals()
    for part in (frame.iloc[:split], frame.iloc[split:]):  # two chunks, as an export adds them
        new.add(part.reset_index(drop=True))
        old.add(part.reset_index(drop=True))
    assert new.count == old.count
    assert new.by_currency == old.by_currency
    assert new.rows() == old.rows()


@settings(max_examples=300, deadline=None)
@given(
    values=st.lists(
        st.one_of(
            st.none(),
            st.decimals(allow_nan=True, allow_infinity=True),
            st.floats(allow_nan=True),
            st.integers(-(10**20), 10**20),
            st.booleans(),
            st.sampled_from(["1.5", "x", "", "-0.00"]),
        ),
        max_size=20,
    )
)
def test_money_column_reads_like_to_decimal(values: list[Any]) -> None:
    """Money read with a Decimal short cut: the same floats (NaN where to_decimal gives None, -0.0 kept)."""
    got = exports._money_column(values, pd.RangeIndex(len(values))).tolist()
    want = [exports._float(exports.to_decimal(v)) for v in values]
    assert _same(("", *got), ("", *want))


_float_cell = st.one_of(
    st.floats(allow_nan=True, allow_infinity=True),
    st.decimals(min_value=-(10**11), max_value=10**11, places=4, allow_nan=False).map(float),
    st.integers(-(10**15), 10**15).map(lambda k: k / 1e4),
    st.sampled_from([-0.0, 0.1 + 0.2, 45_000.123456789, 1e15 / 1e4, 99_999_999_999.9999]),
)


@settings(max_examples=300, deadline=None)
@given(values=st.lists(_float_cell, max_size=30))
def test_xlsx_floats_are_written_as_the_16_digit_text(values: list[float]) -> None:
    got = exports._as_written(np.array(values, dtype="float64"))
    want = [None if v != v else float(f"{v:.16G}") for v in values]
    assert len(got) == len(want)
    for g, w in zip(got, want, strict=True):
        assert (g is None and w is None) or (g == w and math.copysign(1, g) == math.copysign(1, w)), (g, w)


_csv_text = st.one_of(
    st.none(),
    st.text(alphabet=st.sampled_from(list("ab ,;|\"'\r\n\t=+-@\x00é–")), max_size=6),
)


@settings(max_examples=300, deadline=None)
@given(
    rows=st.lists(
        st.tuples(
            st.integers(-(10**12), 10**12),
            _csv_text,
            _csv_text,
            st.floats(allow_nan=True, allow_infinity=True),
            _csv_text,
        ),
        min_size=1,
        max_size=25,
    ),
    sep=st.sampled_from([",", ";", "\t", "|", "a", "-"]),
)
def test_csv_cells_are_what_the_csv_module_writes(rows: list[tuple[Any, ...]], sep: str) -> None:
    """The CSV's cells, made a column at a time (whole-column checks, then per distinct value), are the bytes
    the csv module writes for the neutralised rows: quoting, doubled quotes, NaN empty, floats as ``repr``."""
    keys = ("session_id", "user", "id_tag", "energy_cost", "decision_reason")
    columns = [list(c) for c in zip(*rows, strict=True)]
    columns[3] = np.array(columns[3], dtype="float64")
    cells = exports._CsvCells(sep)
    got = "\r\n".join(
        map(sep.join, zip(*(cells.column(k, v) for k, v in zip(keys, columns, strict=True)), strict=True))
    )
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=sep, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    for number, user, tag, cost, reason in rows:
        text = [neutralise(v) if isinstance(v, str) else None for v in (user, tag, reason)]
        writer.writerow([number, text[0], text[1], None if math.isnan(cost) else cost, text[2]])
    assert got + "\r\n" == buffer.getvalue()


_SQLITE = sqlite.dialect()
_NUMERIC_ON_SQLITE = Numeric(12, 4).dialect_impl(_SQLITE).result_processor(_SQLITE, None)


@settings(max_examples=300, deadline=None)
@given(
    values=st.lists(
        st.one_of(
            st.none(),
            st.floats(allow_nan=True, allow_infinity=True),
            st.integers(-(10**12), 10**12).map(lambda k: k / 1e4),
            st.integers(-(10**16), 10**16).map(lambda k: k / 1e4),
            st.integers(-(10**20), 10**20),
            st.sampled_from([-0.0, 0.1 + 0.2, 6.43, 1e-5, 123.45678]),
        ),
        max_size=20,
    )
)
def test_money_read_as_sqlalchemy_reads_it(values: list[Any]) -> None:
    """Money from the driver (SQLite's floats and ints) read in one vectorised step where that is exact: the
    floats of the Decimals SQLAlchemy's Numeric(12, 4) processor makes of them, NaN where to_decimal gives None."""
    assert _NUMERIC_ON_SQLITE is not None
    got = exports._money(values, _NUMERIC_ON_SQLITE).tolist()
    want = [exports._float(exports.to_decimal(_NUMERIC_ON_SQLITE(v))) for v in values]
    assert _same(("", *got), ("", *want)), (got, want)
