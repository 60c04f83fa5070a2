"""Stations as the map shows them (no Qt): where they are, what colour their marker has, and which ones the
Stations list's filters let through.

The map reuses the Stations list's read model (:func:`app.services.admin.stations.list_rows`, its search and filter
functions), adds the coordinates, and turns a row into a :class:`Marker` — plain JSON-able data that the page's
JavaScript draws. One marker colour per station from its live status:

* ``faulted``     the charger or a connector reports Faulted (while online)
* ``charging``    a connector is in use: Charging, Suspended, Preparing, Finishing, Occupied or Reserved
* ``available``   online and not all connectors Unavailable
* ``unavailable`` online, every connector Unavailable (switched off by an operator)
* ``offline``     the charger is not connected (or the station is disabled)

and a mode mark for the access mode at this moment (the station's; connectors with their own rules are listed
in the popup).
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Station
from app.services.admin import stations as svc
from app.services.i18n import PLURAL, translate
from app.services.store import Store

STATUS_CATEGORIES = ("available", "charging", "faulted", "unavailable", "offline")
IN_USE = frozenset(
    {"Charging", "SuspendedEV", "SuspendedEVSE", "Preparing", "Finishing", "Occupied", "Reserved"}
)


@dataclass
class MapConnector:
    n: int
    plug: str
    kw: float | None
    status: str
    error: str
    mode: str | None = None  # its own rules' mode now (None: the station's)


@dataclass
class Marker:
    """What the page needs to draw and describe one station."""

    id: int
    name: str
    cp: str
    site_id: int
    site: str
    address: str
    lat: float
    lon: float
    status: str  # one of STATUS_CATEGORIES
    status_text: str  # "Charging (1 of 2 connectors)"
    mode: str  # public | limited | private
    mode_text: str  # "Limited until 18:00 · #2 Private"
    enabled: bool
    online: bool
    connectors: list[MapConnector] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        """A plain dict for the page (written out: ``dataclasses.asdict`` deep-copies, 4× slower)."""
        return {
            "id": self.id,
            "name": self.name,
            "cp": self.cp,
            "site_id": self.site_id,
            "site": self.site,
            "address": self.address,
            "lat": self.lat,
            "lon": self.lon,
            "status": self.status,
            "status_text": self.status_text,
            "mode": self.mode,
            "mode_text": self.mode_text,
            "modes": sorted({self.mode, *(c.mode for c in self.connectors if c.mode)}),
            "enabled": self.enabled,
            "online": self.online,
            "connectors": [
                {"n": c.n, "plug": c.plug, "kw": c.kw, "status": c.status, "error": c.error, "mode": c.mode}
                for c in self.connectors
            ],
        }


def locations(session: Session, station_ids: Iterable[int] | None = None) -> dict[int, tuple[float, float]]:
    """Latitude and longitude of every station that has a location (by primary key: one indexed read)."""
    q = select(Station.id, Station.lat, Station.lon).where(Station.lat.is_not(None), Station.lon.is_not(None))
    if station_ids is not None:
        ids = list(station_ids)
        if not ids:
            return {}
        q = q.where(Station.id.in_(ids))
    return {sid: (float(lat), float(lon)) for sid, lat, lon in session.execute(q) if _valid(lat, lon)}


def placed(session: Session, *, limit: int = svc.LIST_LIMIT) -> list[tuple[int, str, float, float]]:
    """(id, name, lat, lon) of the stations with a location: the light list the location picker shows."""
    q = (
        select(Station.id, Station.name, Station.lat, Station.lon)
        .where(Station.lat.is_not(None), Station.lon.is_not(None))
        .order_by(Station.id)
        .limit(limit)
    )
    return [
        (sid, name, float(lat), float(lon)) for sid, name, lat, lon in session.execute(q) if _valid(lat, lon)
    ]


def _valid(lat: Any, lon: Any) -> bool:
    try:
        la, lo = float(lat), float(lon)
    except (TypeError, ValueError):
        return False
    return math.isfinite(la) and math.isfinite(lo) and -90 <= la <= 90 and -180 <= lo <= 180


def load(session: Session) -> tuple[list[svc.StationListRow], dict[int, tuple[float, float]]]:
    """The Stations list's rows (the same query, bounded the same way) and the coordinates of those placed."""
    rows = svc.list_rows(session)
    return rows, locations(session)


def status_category(row: svc.StationListRow) -> str:
    if not row.online or not row.enabled:
        return "offline"
    if row.faulted:
        return "faulted"
    if any(c.status in IN_USE for c in row.connectors):
        return "charging"
    if (
        row.connectors and all(c.status == "Unavailable" for c in row.connectors)
    ) or row.charger_status == "Unavailable":
        return "unavailable"
    return "available"


def status_text(row: svc.StationListRow, category: str) -> str:
    if not row.enabled:
        return translate("StationMap", "Disabled (its charger is refused)")
    if category == "offline":
        return translate("StationMap", "Offline (the charger is not connected)")
    n = len(row.connectors)
    if category == "faulted":
        if row.charger_status == "Faulted":
            return translate("StationMap", "Faulted (the charger)")
        bad = sum(1 for c in row.connectors if c.status == "Faulted")
        return translate("StationMap", "Faulted ({count} of %n connector(s))", None, PLURAL, int(n)).format(
            count=bad
        )
    if category == "charging":
        busy = sum(1 for c in row.connectors if c.status in IN_USE)
        return translate("StationMap", "In use ({count} of %n connector(s))", None, PLURAL, int(n)).format(
            count=busy
        )
    if category == "unavailable":
        return translate("StationMap", "Unavailable (switched off)")
    free = sum(1 for c in row.connectors if c.status == "Available")
    if not n:
        return translate("StationMap", "Available")
    return translate("StationMap", "Available ({count} of {total} free)").format(count=free, total=n)


def marker(row: svc.StationListRow, where: tuple[float, float], now: dt.datetime) -> Marker:
    """The marker of ``row`` at ``where``, with the access mode at the UTC instant ``now``."""
    category = status_category(row)
    mode = svc.mode_now(row, now)
    connectors = [
        MapConnector(
            c.number,
            c.plug_type,
            c.max_kw,
            c.status if row.online else "Offline",
            c.error_code,
            mode.connectors[c.number].mode.value if c.number in mode.connectors else None,
        )
        for c in row.connectors
    ]
    return Marker(
        id=row.id,
        name=row.name,
        cp=row.charge_point_id,
        site_id=row.site_id,
        site=row.site,
        address=row.address,
        lat=where[0],
        lon=where[1],
        status=category,
        status_text=status_text(row, category),
        mode=mode.slot.mode.value,
        mode_text=mode.text(),
        enabled=row.enabled,
        online=row.online,
        connectors=connectors,
    )


def matches(
    row: svc.StationListRow,
    now: dt.datetime,
    *,
    site_id: int | None = None,
    status: str | None = None,
    mode: str | None = None,
    search: str = "",
) -> bool:
    """The Stations list's filters (site, status, access mode now, search words), the same semantics."""
    if site_id is not None and row.site_id != site_id:
        return False
    if search and not svc.matches_search(row, search):
        return False
    if not svc.matches_status(row, status):
        return False
    return mode is None or any(m.value == mode for m in svc.mode_now(row, now).modes())


@dataclass(frozen=True)
class MapData:
    """Everything the map reads: the Stations list's rows, the coordinates of those placed, the sites."""

    rows: list[svc.StationListRow]
    where: dict[int, tuple[float, float]]
    sites: list[svc.Choice]


class StationMapService:
    """The Map page's and the location picker's reads, each one unit of work of ``store``."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def load(self) -> MapData:
        """(meant for a worker thread: it reads every station)"""

        def work(s: Session) -> MapData:
            rows, where = load(s)
            return MapData(rows, where, svc.site_choices(s))

        return self.store.read(work)

    def placed(self) -> list[tuple[int, str, float, float]]:
        """(id, name, lat, lon) of the stations with a location."""
        return self.store.read(placed)
