"""Charging sessions as a table: filter, stream to CSV or XLSX, read into pandas.

Sessions are read with one joined Core-style ``select()`` (no ORM objects) in chunks of :data:`CHUNK_ROWS`
rows (a server-side cursor on PostgreSQL), so a million sessions go to CSV in bounded memory. Each chunk's
export columns are computed once (:func:`_chunk`: plain lists and numpy arrays); CSV is written from those
columns directly (:class:`_CsvCells`), the DataFrame (:func:`_frame`: views, reports, XLSX) wraps the same
values. XLSX is written with rust_xlsxwriter's constant-memory mode (streamed too); more than Excel's
1,048,576 rows are refused.

Periods: ``start`` and ``end`` are inclusive dates in the *site's* local time, applied to the session's start
(a session belongs to the day it started). Sessions of chargers bound to no station use UTC dates. The
database narrows by UTC with a day of margin either side; the exact local-date cut is made per chunk.

Times: ``start``/``stop`` are the site's local time (ISO 8601 with offset in CSV and the DataFrame; local
wall-clock date-time cells in XLSX); ``start_utc``/``stop_utc`` are UTC (``…Z`` in CSV, UTC cells in XLSX).
Money is converted Decimal → float through its decimal text (no binary noise); totals are summed as Decimal.

Price breakdowns: pricing stores the export's four breakdown columns in the document's ``"export"`` block
(:mod:`app.services.rules.breakdown`, with the zone they were made for). The exporter parses the document (orjson)
and takes the block where it was made for the site's current zone; elsewhere (older rows, a site whose zone
changed, no block) it walks the bands as before (:func:`_breakdown`). Reading the block's fields by SQL JSON path
instead was slower: PostgreSQL parses a ``json`` document again per field, SQLite's json_extract costs more
than orjson here and raises on the NaN the json module may have written.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import itertools
import json
import math
import os
import threading
from collections.abc import Callable, Generator, Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any, Literal, TextIO, TypeVar
from zoneinfo import ZoneInfo

import numpy as np
import orjson
import pandas as pd
from sqlalchemy import Select, Text, cast, select, type_coerce
from sqlalchemy.orm import Session
from sqlalchemy.types import NullType

from app.models import ChargingSession, Site, Station, User
from app.services import locale_format
from app.services.i18n import translate
from app.services.reports.dbapi_rows import Converter, Processor, column_chunks
from app.services.rules.breakdown import EXPORT_KEY
from app.services.rules.breakdown import columns as breakdown_columns
from app.services.rules.numbers import to_decimal
from app.services.transfer.csv_safe import FORMULA_START, QUOTE, neutralise

ExportFormat = Literal["csv", "xlsx"]
# Rows per fetch. Measured on 1,000,000 sessions (CSV): SQLite 68 s, PostgreSQL ~100 s either way; peak RSS
# ~300 MB with 20k rows against ~600 MB with 50k (the fetched rows and their JSON dominate).
CHUNK_ROWS = 20_000
XLSX_MAX_ROWS = 1_048_576  # Excel's sheet limit, header and totals included
SHEET_NAME = "Sessions"

COLUMNS: tuple[str, ...] = (
    "session_id",
    "site",
    "station",
    "charge_point_id",
    "connector",
    "user",
    "id_tag",
    "start",
    "stop",
    "start_utc",
    "stop_utc",
    "duration_min",
    "energy_kwh",
    "max_power_kw",
    "tariff",
    "bands",
    "start_fee",
    "energy_cost",
    "time_cost",
    "price_net",
    "price_vat",
    "price_total",
    "currency",
    "status",
    "mode",
    "stop_reason",
    "auth_status",
    "decision_reason",
    "flags",
)
MONEY_COLUMNS = ("start_fee", "energy_cost", "time_cost", "price_net", "price_vat", "price_total")
_LOCAL = ("_start_local", "_stop_local")  # internal: naive local datetimes for XLSX
_Part = TypeVar("_Part", "_Chunk", pd.DataFrame)  # a chunk as a format's writer takes it


class ExportError(ValueError):
    """The export cannot be made as asked (unknown format, too many rows for a spreadsheet)."""


class ExportCancelled(Exception):
    """The operator cancelled the export; nothing was written."""


@dataclass(frozen=True)
class SessionFilter:
    start: dt.date | None = None
    end: dt.date | None = None
    user: str | None = None  # user name
    station: str | None = None  # charge point id
    site: str | None = None  # site name

    def __post_init__(self) -> None:
        if self.start is not None and self.end is not None and self.end < self.start:
            raise ExportError(
                translate("SessionsExporter", "the period ends ({end}) before it starts ({start})").format(
                    end=self.end, start=self.start
                )
            )


# -- query -----------------------------------------------------------------------------------------------


def _utc_midnight(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(), dt.UTC)


def _query(f: SessionFilter) -> Select[Any]:
    cs = ChargingSession
    stmt = (
        select(
            cs.id.label("session_id"),
            Site.name.label("site"),
            Site.timezone.label("_tz"),
            Station.name.label("station"),
            cs.charge_point_id,
            cs.connector_id.label("connector"),
            User.name.label("user"),
            cs.id_tag,
            # the raw stored value (SQLite: ISO text; PostgreSQL: a naive UTC datetime), converted per chunk
            type_coerce(cs.start_at, NullType()).label("start_at"),
            type_coerce(cs.stop_at, NullType()).label("stop_at"),
            cs.meter_start_wh,
            cs.meter_stop_wh,
            cs.energy_wh,
            cs.max_power_w,
            cs.tariff_name.label("tariff"),
            cs.price_net,
            cs.price_vat,
            cs.price_total,
            cs.currency,
            cs.status,
            cs.mode_at_start.label("mode"),
            cs.stop_reason,
            cs.auth_status,
            cs.decision_reason,
            cs.flags,
            # the JSON text, parsed per chunk with orjson (the driver's json.loads was a fifth of the export)
            cast(cs.price_breakdown, Text).label("price_breakdown"),
        )
        .select_from(cs)
        .outerjoin(Station, cs.station_id == Station.id)
        .outerjoin(Site, Station.site_id == Site.id)
        .outerjoin(User, cs.user_id == User.id)
        .order_by(cs.start_at, cs.id)
    )
    # local days differ from UTC days by less than one day (UTC-12 … UTC+14): a day of margin is enough
    if f.start is not None:
        stmt = stmt.where(cs.start_at >= _utc_midnight(f.start - dt.timedelta(days=1)))
    if f.end is not None:
        stmt = stmt.where(cs.start_at < _utc_midnight(f.end + dt.timedelta(days=2)))
    if f.user is not None:
        stmt = stmt.where(User.name == f.user)
    if f.station is not None:
        stmt = stmt.where(cs.charge_point_id == f.station)
    if f.site is not None:
        stmt = stmt.where(Site.name == f.site)
    return stmt


# -- rows → frame ----------------------------------------------------------------------------------------


@cache
def _zone(name: str) -> ZoneInfo:
    return ZoneInfo(name)


_num = to_decimal


def _float(value: Decimal | None) -> float:
    """Decimal → float (``float(Decimal)`` rounds through the decimal text: 0.3645 stays 0.3645)."""
    return math.nan if value is None else float(value)


_NO_BREAKDOWN = ("", math.nan, math.nan, math.nan)


def _breakdown(data: Any, zone: ZoneInfo) -> tuple[str, float, float, float]:
    """``price_breakdown`` → (bands text, start fee, energy cost, time cost) (see
    :func:`app.services.rules.breakdown.columns`; an absent amount is NaN)."""
    bands, start_fee, energy, time = breakdown_columns(data, zone)
    return bands, _float(start_fee), _float(energy), _float(time)


def _amount(text: Any) -> float:
    """An amount of a breakdown's export block (decimal text, None when absent) as :func:`_breakdown` gives
    it: ``float(Decimal)`` converts through the Decimal's text, so ``float`` of that text is the same."""
    return math.nan if text is None else float(text)


def _iso(seconds: np.ndarray[Any, Any], suffix: np.ndarray[Any, Any] | str) -> list[str | None]:
    """``datetime64[s]`` → ``YYYY-MM-DDTHH:MM:SS`` + suffix (vectorised, numpy's string ufuncs), None where NaT."""
    cells: list[str | None] = np.strings.add(np.datetime_as_string(seconds, unit="s"), suffix).tolist()
    for i in np.flatnonzero(np.isnat(seconds)).tolist():
        cells[i] = None
    return cells


def _offset_text(seconds: int) -> str:
    sign = "-" if seconds < 0 else "+"
    h, m = divmod(abs(seconds) // 60, 60)
    return f"{sign}{h:02d}:{m:02d}"


def _local(utc: np.ndarray[Any, Any], tz: Sequence[str]) -> tuple[np.ndarray[Any, Any], list[str | None]]:
    """Naive UTC ``datetime64[us]`` and each row's zone → (naive local ``datetime64[us]``, ISO local text with
    its offset, e.g. ``2026-03-29T03:30:00+02:00``; None where the time is missing)."""
    local = np.empty(len(utc), dtype="datetime64[us]")
    zones = set(tz)
    parts: list[tuple[str, Any]]
    if len(zones) == 1:
        parts = [(zones.pop(), slice(None))]
    else:
        names = np.array(tz, dtype=object)
        parts = [(zone, names == zone) for zone in zones]
    for zone, rows in parts:
        moments = pd.DatetimeIndex(utc[rows]).tz_localize("UTC").tz_convert(zone)
        local[rows] = moments.tz_localize(None).to_numpy(dtype="datetime64[us]")
    missing = np.isnat(utc)
    # the offset of each row in whole seconds (zones' offsets are), labelled once per distinct offset
    offsets, codes = np.unique(
        (local[~missing] - utc[~missing]).astype("timedelta64[s]").astype(np.int64), return_inverse=True
    )
    labels = np.array([*(_offset_text(s) for s in offsets.tolist()), ""])
    row_codes = np.full(len(utc), len(offsets))
    row_codes[~missing] = codes
    return local, _iso(local.astype("datetime64[s]"), labels[row_codes])


_PLAIN_NUMBERS = frozenset({float, int, Decimal, type(None)})


def _money(values: Sequence[Any], process: Processor | None = None) -> np.ndarray[Any, Any]:
    """Stored money as floats: ``float`` of the Decimal SQLAlchemy returns (``process``: the column's result
    processor, applied to what the driver gave; None when the driver's value is already that), NaN where
    :func:`to_decimal` gives None.

    Vectorised where that is exact: a float equal to the double nearest k / 10⁴ (|k| < 10¹⁵, checked by
    dividing back) is its own result, with or without SQLite's processor (``Decimal("%.4f" % v)`` gives k / 10⁴
    back, whose nearest double is v); so are ints and Decimals that become such a float. Any other value (NaN,
    None, more decimals, text) goes through ``process`` and :func:`to_decimal` one by one. The processors and
    two calls per value were a tenth of a CSV export."""
    out = np.empty(len(values), dtype="float64")
    slow: Iterable[int] = range(len(values))
    if set(map(type, values)) <= _PLAIN_NUMBERS:
        try:
            out = np.array(values, dtype="float64")  # None → NaN
        except (ValueError, OverflowError):  # a signalling NaN: one by one
            pass
        else:
            with np.errstate(invalid="ignore", over="ignore"):
                k = np.rint(out * 1e4)
                plain = (np.abs(k) < 1e15) & (k / 1e4 == out)
            slow = np.flatnonzero(~plain).tolist()
    for i in slow:
        v = values[i] if process is None or values[i] is None else process(values[i])
        out[i] = float(v) if type(v) is Decimal and v.is_finite() else _float(_num(v))
    return out


def _enum_values(values: list[Any], process: Processor | None) -> list[Any]:
    """An enum column as its stored values, read through the column's processor once per distinct value (it
    refuses what is not a member, as SQLAlchemy does)."""
    table = {v: v if process is None else process(v) for v in set(values)}
    return [getattr(table[v], "value", table[v]) for v in values]


def _money_column(values: Sequence[Any], index: pd.RangeIndex) -> pd.Series:
    return pd.Series(_money(values), index=index)


# the query's columns converted as they are read (see column_chunks)
_CONVERT: dict[str, Converter] = {
    "price_net": _money,
    "price_vat": _money,
    "price_total": _money,
    "status": _enum_values,
}


def _json(text: Any) -> Any:
    """A stored JSON document (as the driver's ``json.loads`` would read it; orjson is ~5× faster and refuses
    only what the standard library also accepts: NaN, Infinity, huge integers). SQL NULL is None."""
    if not isinstance(text, str):
        return None
    try:
        return orjson.loads(text)
    except orjson.JSONDecodeError:
        return json.loads(text)


def _stored_block(data: Any, zone: str) -> dict[str, Any] | None:
    """The parsed document's ``"export"`` block when it was made for ``zone`` (the site's zone now) and has the
    shape :func:`app.services.rules.breakdown.export_block` gives it, else None."""
    if type(data) is not dict:
        return None
    block = data.get(EXPORT_KEY)
    if (
        type(block) is dict
        and block.get("zone") == zone
        and type(block.get("bands")) is str
        and type(block.get("start_fee")) in _TEXT_OR_NONE
        and type(block.get("energy_cost")) in _TEXT_OR_NONE
        and type(block.get("time_cost")) in _TEXT_OR_NONE
    ):
        return block
    return None


_TEXT_OR_NONE = frozenset((str, type(None)))  # an amount of the block: decimal text, or None when absent


def _utc(values: Sequence[Any]) -> np.ndarray[Any, Any]:
    """Stored timestamps (naive UTC: ISO text on SQLite, datetimes on PostgreSQL) as naive UTC ``datetime64[us]``."""
    series = pd.Series(values)
    if any(type(v) is str for v in values):
        series = pd.to_datetime(series, format="ISO8601")
    utc = pd.to_datetime(series, utc=True).astype("datetime64[us, UTC]")
    naive: np.ndarray[Any, Any] = utc.dt.tz_localize(None).to_numpy(dtype="datetime64[us]")
    return naive


def _numbers(values: Sequence[Any]) -> pd.Series:
    return pd.to_numeric(pd.Series(values), errors="coerce")


@dataclass
class _Chunk:
    """One chunk of sessions as the export's columns, before any cut: plain lists (text, ids) and numpy arrays
    (numbers; times as naive ``datetime64[us]``, UTC for ``start_utc``/``stop_utc``, local for ``_start_local``/
    ``_stop_local``). ``keep`` marks the rows inside the period (None: every row). The CSV is written from these
    lists and arrays directly; the DataFrame (:func:`_frame`) wraps the same values."""

    columns: dict[str, Any]
    keep: np.ndarray[Any, Any] | None

    def __len__(self) -> int:
        return len(self.columns["session_id"])


def _chunk(cols: Mapping[str, Sequence[Any]], f: SessionFilter) -> _Chunk:
    """One chunk of the query's columns (:func:`column_chunks`) as the export's columns."""
    n = len(cols["session_id"])
    tz = ["UTC" if z is None else z for z in cols["_tz"]]
    start_utc = _utc(cols["start_at"])
    stop_utc = _utc(cols["stop_at"])
    start_local, start_text = _local(start_utc, tz)
    stop_local, stop_text = _local(stop_utc, tz)

    keep = None
    if f.start is not None or f.end is not None:
        keep = np.ones(n, dtype=bool)
        if f.start is not None:
            keep &= start_local >= np.datetime64(f.start, "us")
        if f.end is not None:
            keep &= start_local < np.datetime64(f.end + dt.timedelta(days=1), "us")

    energy_wh = _numbers(cols["energy_wh"])
    energy_wh = energy_wh.fillna(_numbers(cols["meter_stop_wh"]) - _numbers(cols["meter_start_wh"]))
    duration = (pd.Series(stop_utc) - pd.Series(start_utc)).dt.total_seconds() / 60
    # the four parts stored as each document is read: a chunk's 20,000 result tuples kept alive until they were
    # transposed were survivors the garbage collector traversed again and again
    bands: list[str] = [""] * n
    start_fee = np.empty(n)
    energy_cost = np.empty(n)
    time_cost = np.empty(n)
    # the export's columns as pricing stored them with the breakdown for the site's zone (its "export" block);
    # the bands walked (site-local HH:MM, Decimal sums) only where there is no block for the site's zone now
    for i, (text, zone) in enumerate(zip(cols["price_breakdown"], tz, strict=True)):
        if (block := _stored_block(data := _json(text), zone)) is not None:
            bands[i] = block["bands"]
            start_fee[i], energy_cost[i], time_cost[i] = (
                _amount(block.get("start_fee")),
                _amount(block.get("energy_cost")),
                _amount(block.get("time_cost")),
            )
        else:  # no block for this zone (an older row, a site whose zone changed), or no breakdown at all
            bands[i], start_fee[i], energy_cost[i], time_cost[i] = _breakdown(data, _zone(zone))

    return _Chunk(
        {
            "session_id": cols["session_id"],
            "site": cols["site"],
            "station": cols["station"],
            "charge_point_id": cols["charge_point_id"],
            "connector": cols["connector"],
            "user": cols["user"],
            "id_tag": cols["id_tag"],
            "start": start_text,
            "stop": stop_text,
            "start_utc": start_utc,
            "stop_utc": stop_utc,
            "duration_min": duration.round(1).to_numpy(dtype="float64"),
            "energy_kwh": (energy_wh / 1000).round(3).to_numpy(dtype="float64"),
            "max_power_kw": (_numbers(cols["max_power_w"]) / 1000).round(3).to_numpy(dtype="float64"),
            "tariff": cols["tariff"],
            "bands": bands,
            "start_fee": start_fee,
            "energy_cost": energy_cost,
            "time_cost": time_cost,
            "price_net": cols["price_net"],
            "price_vat": cols["price_vat"],
            "price_total": cols["price_total"],
            "currency": cols["currency"],
            "status": cols["status"],
            "mode": cols["mode"],
            "stop_reason": cols["stop_reason"],
            "auth_status": cols["auth_status"],
            "decision_reason": cols["decision_reason"],
            "flags": cols["flags"],
            "_start_local": start_local,
            "_stop_local": stop_local,
        },
        keep,
    )


_FRAME_DTYPES: dict[str, Any] = {
    "session_id": "int64",
    "connector": "int64",
    "start": object,
    "stop": object,
    "bands": object,
}


def _frame(chunk: _Chunk) -> pd.DataFrame:
    """The chunk as the export's frame, cut to the period: text with the dtype pandas infers (``str``), as
    ``DataFrame.from_records`` gave it; UTC times as ``datetime64[us, UTC]``."""
    index = pd.RangeIndex(len(chunk))
    out = pd.DataFrame(
        {
            key: pd.Series(values, index=index, dtype=_FRAME_DTYPES.get(key))
            for key, values in chunk.columns.items()
        }
    )
    for key in ("start_utc", "stop_utc"):
        out[key] = out[key].dt.tz_localize("UTC")
    if chunk.keep is None:
        return out
    return out.loc[chunk.keep].reset_index(drop=True)


def _empty() -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series(dtype=object) for c in (*COLUMNS, *_LOCAL)})


def iter_session_frames(
    session: Session,
    *,
    start: dt.date | None = None,
    end: dt.date | None = None,
    user: str | None = None,
    station: str | None = None,
    site: str | None = None,
    chunk_rows: int = CHUNK_ROWS,
    internal: bool = False,
) -> Generator[pd.DataFrame, None, None]:
    """The filtered sessions, ordered by start, as DataFrames of at most ``chunk_rows`` rows each.

    The filter is checked at once (:class:`ExportError`); the query runs when iteration starts. Close the
    iterator (or exhaust it) to release the cursor.
    """
    return _frames(session, SessionFilter(start, end, user, station, site), chunk_rows, internal)


def _chunks(session: Session, f: SessionFilter, chunk_rows: int) -> Generator[_Chunk, None, None]:
    # Core statement executed on the session's own DBAPI connection (same transaction), read with fetchmany
    # in chunks of chunk_rows rows (a server-side cursor on PostgreSQL): no SQLAlchemy Row objects
    source = column_chunks(session.connection(), _query(f), chunk_rows, _CONVERT)
    try:
        for cols in source:
            chunk = _chunk(cols, f)
            del cols
            yield chunk
    finally:
        source.close()


def _frames(
    session: Session, f: SessionFilter, chunk_rows: int, internal: bool
) -> Generator[pd.DataFrame, None, None]:
    chunks = _chunks(session, f, chunk_rows)
    try:
        for chunk in chunks:
            frame = _frame(chunk)
            if len(frame):
                yield frame if internal else frame.drop(columns=list(_LOCAL))
    finally:
        chunks.close()


def sessions_frame(
    session: Session,
    *,
    start: dt.date | None = None,
    end: dt.date | None = None,
    user: str | None = None,
    station: str | None = None,
    site: str | None = None,
) -> pd.DataFrame:
    """The filtered sessions as one DataFrame with :data:`COLUMNS` (for views and reports; exports stream)."""
    frames = list(iter_session_frames(session, start=start, end=end, user=user, station=station, site=site))
    if not frames:
        return _empty().drop(columns=list(_LOCAL))
    return pd.concat(frames, ignore_index=True)


# -- totals ----------------------------------------------------------------------------------------------


class _Totals:
    """Sums per currency (money as Decimal: a column of 0.1s adds up to a round number)."""

    def __init__(self) -> None:
        self.by_currency: dict[str, dict[str, Decimal]] = {}
        self.count: dict[str, int] = {}

    def add(self, frame: pd.DataFrame) -> None:
        for currency, group in frame.groupby(frame["currency"].fillna(""), sort=True):
            sums = self.by_currency.setdefault(str(currency), {})
            self.count[str(currency)] = self.count.get(str(currency), 0) + len(group)
            for col in ("duration_min", "energy_kwh", *MONEY_COLUMNS):
                # each float through its shortest text (repr), NaN left out; numpy finds the NaNs (pd.isna per
                # value was 8 % of an XLSX export)
                array = group[col].to_numpy(dtype="float64")
                values = map(Decimal, map(repr, array[~np.isnan(array)].tolist()))
                sums[col] = sums.get(col, Decimal(0)) + sum(values, Decimal(0))

    def rows(self) -> list[dict[str, Any]]:
        out = []
        for currency in sorted(self.by_currency):
            sums = self.by_currency[currency]
            row: dict[str, Any] = {
                "session_id": "Total",
                "site": f"{self.count[currency]} sessions",
                "currency": currency or None,
            }
            row.update({k: float(v) for k, v in sums.items()})
            out.append(row)
        return out


# -- writers ---------------------------------------------------------------------------------------------


def _values(column: pd.Series) -> list[Any]:
    """A column as plain Python cells: ints and floats, naive datetimes, text; None where missing (NaN, NaT)."""
    kind = column.dtype.kind
    if kind in "iub":
        return column.to_numpy().tolist()  # type: ignore[no-any-return]
    if kind == "f":
        array = column.to_numpy(dtype="float64")
        cells: list[Any] = array.tolist()
        for i in np.flatnonzero(np.isnan(array)).tolist():
            cells[i] = None
        return cells
    if kind == "M":
        naive = column.dt.tz_localize(None) if getattr(column.dtype, "tz", None) is not None else column
        return naive.to_numpy(dtype="datetime64[us]").astype(object).tolist()  # type: ignore[no-any-return]
    return [v if isinstance(v, str) else None for v in column.tolist()]


_INT_COLUMNS = frozenset({"session_id", "connector"})
_FLOAT_COLUMNS = frozenset({"duration_min", "energy_kwh", "max_power_kw", *MONEY_COLUMNS})
_UTC_COLUMNS = frozenset({"start_utc", "stop_utc"})
# text that may come from a person or a charger (start/stop are ISO text we made: they start with a digit)
_TEXT_COLUMNS = frozenset(COLUMNS) - _INT_COLUMNS - _FLOAT_COLUMNS - _UTC_COLUMNS - {"start", "stop"}


def _cut(chunk: _Chunk, rows: np.ndarray[Any, Any]) -> _Chunk:
    """The chunk's rows where ``rows`` is True."""
    return _Chunk(
        {
            key: values[rows] if isinstance(values, np.ndarray) else list(itertools.compress(values, rows))
            for key, values in chunk.columns.items()
        },
        None,
    )


def _chosen(chunk: _Chunk, status: str | None) -> _Chunk:
    """The chunk cut to its period and to the sessions of one status (``"flagged"``: those with flags), as
    :func:`_frame` and :func:`_status_cut` cut a frame."""
    rows = chunk.keep
    if status is not None:
        if status == "flagged":
            wanted = [v is not None and v == v and str(v) != "" for v in chunk.columns["flags"]]
        else:
            wanted = [v == str(status) for v in chunk.columns["status"]]
        rows = np.array(wanted, dtype=bool) if rows is None else rows & np.array(wanted, dtype=bool)
    return chunk if rows is None else _cut(chunk, rows)


class _CsvCells:
    """A chunk's columns as the csv module (``QUOTE_MINIMAL``, CRLF) writes their cells, a column at a time.

    Numbers as the csv module writes them (``str`` of an int, ``repr`` of a float; NaN empty), UTC times as
    ``…Z`` text, every text cell neutralised (a charger's idTag ``=1+cmd|…`` must not become a spreadsheet
    formula), missing cells empty. A cell holding the separator, a quote, CR or LF is quoted by the csv module
    itself; whether a column has any such cell (or any formula-like text) is asked of the whole column at once,
    so the usual column costs no Python work per cell. Rows are then joined by ``str.join`` in C: a profile of
    the csv module's ``writerows`` had it at a fifth of the export, the neutraliser at another tenth."""

    def __init__(self, sep: str) -> None:
        self.sep = sep
        self.specials = (sep, '"', "\r", "\n")
        self._buffer = io.StringIO()
        self._writer = csv.writer(
            self._buffer, delimiter=sep, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL
        )

    def _quoted(self, cell: str) -> str:
        """One cell as the csv writer writes it in a row (quoted, quotes doubled, when it must be)."""
        self._buffer.seek(0)
        self._buffer.truncate()
        self._writer.writerow((cell,))
        return self._buffer.getvalue()[:-2]

    def column(self, key: str, values: Any) -> list[str]:
        cells: list[str]
        if key in _INT_COLUMNS:
            try:
                cells = list(map(int.__repr__, values))
            except TypeError:  # not all ints: as the frame's int64 column had them
                cells = list(map(str, np.asarray(values, dtype=np.int64).tolist()))
        elif key in _FLOAT_COLUMNS:
            cells = list(map(repr, values.tolist()))
            for i in np.flatnonzero(np.isnan(values)).tolist():
                cells[i] = ""
        elif key in _UTC_COLUMNS:
            cells = np.datetime_as_string(values.astype("datetime64[s]"), unit="s", timezone="UTC").tolist()
            for i in np.flatnonzero(np.isnat(values)).tolist():
                cells[i] = ""
        else:
            cells = values
        try:
            joined = "\0".join(cells)  # every cell is text (a C loop; it also finds what needs a closer look)
        except TypeError:
            cells = [v if isinstance(v, str) else "" for v in cells]
            joined = "\0".join(cells)
        if key in _TEXT_COLUMNS and any(c in joined for c in _FORMULA_STARTS):
            # some cell holds a formula character; whether one starts with it is asked per distinct value
            table = {v: neutralise(v) for v in set(cells)}
            cells = list(map(table.__getitem__, cells))
        if any(c in joined for c in self.specials):
            specials = self.specials
            table = {v: self._quoted(v) if any(c in v for c in specials) else v for v in set(cells)}
            cells = list(map(table.__getitem__, cells))
        return cells

    def write(self, fh: TextIO, chunk: _Chunk) -> None:
        """The chunk's rows to ``fh``, each line ending in CRLF, :data:`_WRITE_ROWS` lines per write (the text of
        a whole chunk at once was 25 MB more at the peak)."""
        rows = zip(*(self.column(key, chunk.columns[key]) for key in COLUMNS), strict=True)
        while lines := list(map(self.sep.join, itertools.islice(rows, _WRITE_ROWS))):
            fh.write("\r\n".join(lines) + "\r\n")


_FORMULA_STARTS = (*FORMULA_START, QUOTE)  # what neutralise() puts a quote in front of
_WRITE_ROWS = 4096


def _write_csv(chunks: Iterable[_Chunk], out: Path, sep: str) -> int:
    """Stream to ``out.part`` and rename at the end: a failed export leaves no half file behind.

    Lines end in CRLF (RFC 4180): Python's csv writer quotes a cell holding a character of the line terminator,
    so a charger's text with a lone carriage return is quoted instead of splitting the row in a spreadsheet.
    The bytes are those of the csv module's writer (and of pandas' ``to_csv`` with the same dialect before it);
    :class:`_CsvCells` makes them a column at a time."""
    count = 0
    part = out.with_name(out.name + ".part")
    try:
        with part.open("w", encoding="utf-8-sig", newline="") as fh:
            writer = csv.writer(fh, delimiter=sep, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
            cells = _CsvCells(sep)
            for chunk in chunks:
                if count == 0:
                    writer.writerow(COLUMNS)
                cells.write(fh, chunk)
                count += len(chunk)
            if count == 0:
                fh.write(sep.join(COLUMNS) + "\r\n")
        part.replace(out)
    finally:
        part.unlink(missing_ok=True)
    return count


_DAY_US = 86_400_000_000
_EXCEL_EPOCH = np.datetime64("1899-12-31T00:00:00", "us")
_DATE_COLUMNS = ("start", "stop", "start_utc", "stop_utc")


def _excel_serials(column: pd.Series) -> list[Any]:
    """Naive date-times as Excel serial numbers, the arithmetic XlsxWriter does per cell (days since
    1899-12-31 plus the fraction of the day, one more from March 1900 for Excel's leap-year bug), vectorised."""
    if getattr(column.dtype, "tz", None) is not None:
        column = column.dt.tz_localize(None)
    moments = column.to_numpy(dtype="datetime64[us]")
    us = (moments - _EXCEL_EPOCH).astype("int64")
    days, rest = np.divmod(us, _DAY_US)
    seconds, micro = np.divmod(rest, 1_000_000)
    serial = days + (seconds.astype("float64") + micro.astype("float64") / 1e6) / (60 * 60 * 24)
    serial = np.where(serial > 59, serial + 1, serial)
    return _as_written(np.where(np.isnat(moments), np.nan, serial))


def _as_written(array: np.ndarray[Any, Any]) -> list[Any]:
    """Floats as XlsxWriter wrote them (16 significant digits, ``{:.16G}``); NaN as None (no cell).

    A float that is the double nearest to k / 10⁴ with |k| < 10¹⁵ (money, kWh, minutes: checked exactly, by
    dividing back) has at most 15 significant digits, so its 16-digit text reads back as itself: it is taken as
    it is; only the others (date serials, NaN, anything longer) are formatted one by one."""
    values = np.asarray(array, dtype="float64")
    with np.errstate(invalid="ignore", over="ignore"):
        k = np.rint(values * 1e4)
        short = (np.abs(k) < 1e15) & (k / 1e4 == values)
    cells: list[Any] = values.tolist()
    for i in np.flatnonzero(~short).tolist():
        v = cells[i]
        cells[i] = None if v != v else float(f"{v:.16G}")
    return cells


def _xlsx_rows(frame: pd.DataFrame) -> Iterable[dict[str, Any]]:
    """The chunk as sheet rows: local wall-clock and UTC times as date-time cells (serial numbers in the date
    column format), empty text as no cell."""
    sheet = {"start": frame["_start_local"], "stop": frame["_stop_local"]}
    columns = []
    for col in COLUMNS:
        column = sheet.get(col, frame[col])
        if col in _DATE_COLUMNS:
            columns.append(_excel_serials(column))
        elif column.dtype.kind == "f":
            columns.append(_as_written(column.to_numpy(dtype="float64")))
        elif column.dtype.kind in "iub":
            columns.append(_values(column))
        else:
            columns.append([v if isinstance(v, str) and v else None for v in column.tolist()])
    return (dict(zip(COLUMNS, row, strict=True)) for row in zip(*columns, strict=True))


def _total_cell(value: Any) -> Any:
    if isinstance(value, float):
        return float(f"{value:.16G}")
    return value or None  # "" (no currency) is no cell


def _write_xlsx(frames: Iterable[pd.DataFrame], out: Path) -> int:
    """Stream the frames into one sheet with rustpy-xlsxwriter (rust_xlsxwriter in constant-memory mode: rows
    go to disk as they are written; ~7× faster than XlsxWriter's constant-memory mode, which spent half of a
    100,000-session export formatting cells in Python). Text is written as text: no formulas from a cell that
    starts with "=" (a name or a note typed by someone), no links. The bold "Total" labels of the totals rows
    are a conditional format on the first column (the writer has no per-cell format for a streamed row).
    A failure leaves no file."""
    import rustpy_xlsxwriter as rx

    widths = {"start": 20, "stop": 20, "start_utc": 20, "stop_utc": 20, "bands": 50, "decision_reason": 50}
    totals = _Totals()
    count = 0

    def rows() -> Generator[dict[str, Any], None, None]:
        nonlocal count
        for frame in frames:
            count += len(frame)
            if count + 1 + len(totals.by_currency) + 1 > XLSX_MAX_ROWS:
                raise ExportError(
                    translate(
                        "SessionsExporter",
                        "more than {count} sessions do not fit in one spreadsheet; export CSV or a shorter period",
                    ).format(count=locale_format.number(XLSX_MAX_ROWS - 2))
                )
            totals.add(frame)
            yield from _xlsx_rows(frame)
        for total in totals.rows():
            yield {c: _total_cell(total.get(c)) for c in COLUMNS}

    source = rows()
    first = next(source, None)  # the writer takes the header from the first row: none, an empty frame's
    data = _empty().loc[:, list(COLUMNS)] if first is None else itertools.chain([first], source)
    done = False
    try:
        rx.write_worksheet(
            data,
            str(out),
            sheet_name=SHEET_NAME,
            freeze_row=1,
            autofit=False,
            bold_headers=True,
            column_widths=[float(widths.get(c, max(10, len(c) + 2))) for c in COLUMNS],
            column_formats={c: rx.Format().set_num_format("yyyy-mm-dd hh:mm:ss") for c in _DATE_COLUMNS},
            conditional_formats={
                "session_id": {
                    "type": "text",
                    "criteria": "begins_with",
                    "value": "Total",
                    "format": rx.Format().set_bold(),
                }
            },
        )
        done = True
    finally:
        if not done:
            out.unlink(missing_ok=True)
    return count


def export_sessions(
    session: Session,
    out: Path | str,
    fmt: ExportFormat | str | None = None,
    *,
    start: dt.date | None = None,
    end: dt.date | None = None,
    user: str | None = None,
    station: str | None = None,
    site: str | None = None,
    status: str | None = None,
    sep: str = ",",
    chunk_rows: int = CHUNK_ROWS,
    progress: Callable[[int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> int:
    """Write the filtered sessions to ``out`` as CSV or XLSX; returns the number of sessions written. The one
    sessions exporter: the command line and the console's Sessions page both call it.

    ``fmt`` defaults to the file's suffix. CSV: UTF-8 with a BOM, header row, no totals, streamed chunk by
    chunk. XLSX: sheet "Sessions", bold header, one totals row per currency at the bottom.

    The filter: the period (``start``/``end``), a user's name, a charge point id, a site's name, and a
    ``status`` (a session status such as ``"completed"``, or ``"flagged"`` for sessions with flags).
    ``progress(n)`` is called with the number of sessions written so far after every chunk; ``cancelled()``
    is asked before every chunk and stops the export with :class:`ExportCancelled`. The file is written under
    a temporary name next to ``out`` and renamed at the end: a cancelled or failed export (disk full,
    permission denied) leaves no file behind, and an existing ``out`` is replaced only by a complete one.
    """
    out = Path(out)
    chosen = fmt or out.suffix.lower().lstrip(".")
    if chosen not in ("csv", "xlsx"):
        raise ExportError(
            translate("SessionsExporter", "unknown export format {format}; use csv or xlsx").format(
                format=repr(chosen)
            )
        )
    chunks = _chunks(session, SessionFilter(start, end, user, station, site), chunk_rows)
    written = 0

    def parts(cut: Callable[[_Chunk], _Part]) -> Generator[_Part, None, None]:
        """The chunks cut to the period and the status (CSV: the columns; XLSX: frames), asking ``cancelled``
        before each chunk that has sessions in the period and reporting ``progress`` after each."""
        nonlocal written
        for chunk in chunks:
            if chunk.keep is not None and not chunk.keep.any():
                continue
            if cancelled is not None and cancelled():
                raise ExportCancelled()
            part = cut(chunk)
            del chunk
            if len(part):
                yield part
                written += len(part)
                if progress is not None:
                    progress(written)
        if cancelled is not None and cancelled():
            raise ExportCancelled()

    temp = out.with_name(f".{out.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    try:
        if chosen == "csv":
            count = _write_csv(parts(lambda chunk: _chosen(chunk, status)), temp, sep)
        else:
            count = _write_xlsx(parts(lambda chunk: _status_cut(_frame(chunk), status)), temp)
        os.replace(temp, out)
        return count
    finally:
        chunks.close()
        temp.unlink(missing_ok=True)
        temp.with_name(temp.name + ".part").unlink(missing_ok=True)


def _status_cut(frame: pd.DataFrame, status: str | None) -> pd.DataFrame:
    """The sessions of one status (``"flagged"``: those with flags)."""
    if status is None:
        return frame
    if status == "flagged":
        keep = frame["flags"].fillna("").astype(str) != ""
    else:
        keep = frame["status"] == str(status)
    return frame.loc[keep].reset_index(drop=True)
