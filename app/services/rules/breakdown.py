"""A price breakdown's export columns: the bands as text (site-local ``HH:MM``) and the start fee, energy cost
and time cost, as :mod:`app.services.reports.exports` writes them.

Pure functions over the stored ``price_breakdown`` document (:meth:`app.services.rules.pricing.Price.as_json`),
so that pricing can store the same columns in the document's ``"export"`` block (:func:`export_block`) when it
writes the breakdown, and the exporter reads that block instead of parsing and walking the whole document. The
block records the zone its times were shown in: the exporter uses it only while the session's site is still in
that zone, and computes the columns from the document (:func:`columns`) otherwise.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from app.services.rules.numbers import to_decimal

EXPORT_KEY = "export"  # the block's key in the stored breakdown document

# every "HH:MM" of a day, by minute of the day (formatting the two numbers was half of _hhmm's time)
_HHMM = tuple(f"{h:02d}:{m:02d}" for h in range(24) for m in range(60))
_ZERO = Decimal(0)
_NONE: tuple[str, None, None, None] = ("", None, None, None)


def hhmm(value: Any, zone: ZoneInfo) -> str:
    """A band boundary (ISO timestamp, or already ``HH:MM``) as site-local ``HH:MM``."""
    if not isinstance(value, str) or not value:
        return ""
    if len(value) <= 5:
        return value  # already wall-clock text
    try:
        moment = dt.datetime.fromisoformat(value)
    except ValueError:
        return value
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return wall_hhmm(moment.astimezone(zone))


def wall_hhmm(local: dt.datetime) -> str:
    """A wall-clock time as ``HH:MM``."""
    return _HHMM[local.hour * 60 + local.minute]


def band_text(tariff: Any, kwh: Any, start: str, stop: str) -> str:
    """One band in the export's bands column: ``"public 10.000 kWh 17:00–18:00"`` (``start``/``stop``: its
    site-local ``HH:MM``)."""
    text = str(tariff or "(no tariff)")
    if kwh is not None and kwh is not True and kwh is not False:
        try:
            text += f" {float(kwh):.3f} kWh"
        except (TypeError, ValueError):
            pass
    if start or stop:
        text += f" {start}–{stop}"
    return text


def columns(data: Any, zone: ZoneInfo) -> tuple[str, Decimal | None, Decimal | None, Decimal | None]:
    """``price_breakdown`` → (bands text, start fee, energy cost, time cost); an amount is None when absent.

    A band is ``{"from", "to", "tariff", "kwh", "energy_cost", "time_cost"}``; ``from``/``to`` are ISO
    timestamps (shown as site-local HH:MM). Totals are the breakdown's own ``start_fee``/``energy_cost``/
    ``time_cost`` when present, else the sums over the bands (as Decimal, from zero). The ``"export"`` block
    is not read.

    One pass over the bands, the sums only for a total the breakdown does not give (``type(x) is dict``
    first: a JSON object is a dict, and ``isinstance`` against the ``Mapping`` ABC was 1.4 % of an export).
    """
    if type(data) is not dict and not isinstance(data, Mapping):
        return _NONE
    bands = data.get("bands")
    if not isinstance(bands, list):
        bands = ()
    energy = to_decimal(data.get("energy_cost"))
    time = to_decimal(data.get("time_cost"))
    energy_sum: Decimal | None = None
    time_sum: Decimal | None = None
    texts: list[str] = []
    for band in bands:
        if type(band) is not dict and not isinstance(band, Mapping):
            continue
        texts.append(
            band_text(
                band.get("tariff"), band.get("kwh"), hhmm(band.get("from"), zone), hhmm(band.get("to"), zone)
            )
        )
        if energy is None and (value := to_decimal(band.get("energy_cost"))) is not None:
            energy_sum = _ZERO + value if energy_sum is None else energy_sum + value
        if time is None and (value := to_decimal(band.get("time_cost"))) is not None:
            time_sum = _ZERO + value if time_sum is None else time_sum + value
    return (
        "; ".join(texts),
        to_decimal(data.get("start_fee")),
        energy if energy is not None else energy_sum,
        time if time is not None else time_sum,
    )


def export_block(data: Mapping[str, Any], zone: str) -> dict[str, str | None]:
    """The ``"export"`` block of a breakdown document shown in ``zone`` (an IANA name): the bands text and
    the three amounts as decimal text (None when absent; ``float`` of the text is ``float`` of the Decimal,
    which converts through that same text)."""
    return block(zone, *columns(data, ZoneInfo(zone)))


def block(
    zone: str, bands: str, start_fee: Decimal | None, energy: Decimal | None, time: Decimal | None
) -> dict[str, str | None]:
    """The ``"export"`` block of these columns (:func:`columns`) shown in ``zone``."""
    return {
        "zone": zone,
        "bands": bands,
        "start_fee": None if start_fee is None else str(start_fee),
        "energy_cost": None if energy is None else str(energy),
        "time_cost": None if time is None else str(time),
    }


def with_export_block(data: dict[str, Any], zone: str) -> dict[str, Any]:
    """``data`` (a breakdown document) with its ``"export"`` block for ``zone`` (replaced if it had one)."""
    rest = {k: v for k, v in data.items() if k != EXPORT_KEY}
    return {**rest, EXPORT_KEY: export_block(rest, zone)}


__all__ = [
    "EXPORT_KEY",
    "band_text",
    "block",
    "columns",
    "export_block",
    "hhmm",
    "wall_hhmm",
    "with_export_block",
]
