"""What the load manager (:mod:`app.services.load.manager`) reads from the database: each load-managed site's
circuits (as :class:`~app.services.load.limits.CircuitSpec`), the connectors on them, the site's strategy, minimum
and time zone, and for the running sessions what ranks them ("priority": owner of the station > special user with a
grant > public; "tariff": the session tariff's ``load_priority``).

Plain functions of a SQLAlchemy session returning immutable values, one query per kind (sites, circuits, windows,
connectors; sessions, owners, grants, tariffs), run on the central system's store writer. The manager keeps what
:func:`load_sites` returns until the configuration stamp (:mod:`app.services.central.config_version`) changes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import (
    ChargingSession,
    Circuit,
    CircuitWindow,
    Connector,
    Site,
    SpecialGrant,
    Station,
    StationOwner,
    Tariff,
)
from app.services.load.limits import CircuitSpec, WindowLimit
from app.services.load.profiles import connector_max_a

RANK_OWNER, RANK_SPECIAL, RANK_PUBLIC = 2, 1, 0


@dataclass(frozen=True)
class ConnectorSpec:
    """A load-managed connector: on ``circuit_id``, wired with ``rotation`` (the circuit phase of its L1 L2 L3),
    ``phases`` (1 or 3), at most ``max_a`` per phase."""

    cp_id: str
    connector_id: int
    station_id: int
    circuit_id: int
    phases: int
    rotation: str
    max_a: float

    @property
    def key(self) -> tuple[str, int]:
        return (self.cp_id, self.connector_id)

    def circuit_phases(self, circuit_phases: int, vehicle_phase: int | None = None) -> tuple[int, ...]:
        """The circuit phases it draws on: a single-phase circuit carries phase 1 only; a 1-phase connector (or a
        1-phase vehicle on a 3-phase one, drawing on its L``vehicle_phase``) draws on the phase its L1 (or that
        L) is wired to."""
        if circuit_phases == 1:
            return (1,)
        if self.phases == 1:
            return (self.circuit_phase_of(1),)
        if vehicle_phase is not None:
            return (self.circuit_phase_of(vehicle_phase),)
        return (1, 2, 3)

    def circuit_phase_of(self, line: int) -> int:
        """The circuit phase the connector's L``line`` is wired to."""
        return int(self.rotation[line - 1]) if _valid_rotation(self.rotation) else line


def _valid_rotation(rotation: str) -> bool:
    return len(rotation) == 3 and sorted(rotation) == ["1", "2", "3"]


@dataclass(frozen=True)
class SiteSpec:
    """A site with circuits: what its allocation needs besides the sessions."""

    id: int
    name: str
    tz: str
    strategy: str
    min_a: float
    circuits: tuple[CircuitSpec, ...]
    connectors: tuple[ConnectorSpec, ...]

    def circuit(self, circuit_id: int) -> CircuitSpec | None:
        return next((c for c in self.circuits if c.id == circuit_id), None)


@dataclass(frozen=True)
class SessionRank:
    """What orders a running session under "priority" and "tariff"."""

    session_id: int
    role_rank: int  # RANK_OWNER / RANK_SPECIAL / RANK_PUBLIC
    tariff_priority: int
    started_at: dt.datetime


def load_sites(session: Session) -> dict[int, SiteSpec]:
    """Every site that has circuits, with its circuits (windows included) and the connectors on them."""
    circuit_rows = session.execute(
        select(
            Circuit.id,
            Circuit.site_id,
            Circuit.parent_id,
            Circuit.name,
            Circuit.phases,
            Circuit.max_current_a,
            Circuit.max_power_kw,
        ).order_by(Circuit.site_id, Circuit.position, Circuit.id)
    ).all()
    if not circuit_rows:
        return {}
    windows: dict[int, list[WindowLimit]] = {}
    for w in session.execute(
        select(
            CircuitWindow.circuit_id,
            CircuitWindow.days,
            CircuitWindow.start_minute,
            CircuitWindow.end_minute,
            CircuitWindow.max_current_a,
            CircuitWindow.max_power_kw,
        ).order_by(CircuitWindow.circuit_id, CircuitWindow.position, CircuitWindow.id)
    ):
        windows.setdefault(w.circuit_id, []).append(
            WindowLimit(
                w.days,
                w.start_minute,
                w.end_minute,
                w.max_current_a,
                None if w.max_power_kw is None else w.max_power_kw * 1000.0,
            )
        )
    circuits: dict[int, list[CircuitSpec]] = {}
    site_of: dict[int, int] = {}
    for r in circuit_rows:
        site_of[r.id] = r.site_id
        circuits.setdefault(r.site_id, []).append(
            CircuitSpec(
                id=r.id,
                parent_id=r.parent_id,
                name=r.name,
                phases=r.phases,
                max_a=r.max_current_a,
                max_w=None if r.max_power_kw is None else r.max_power_kw * 1000.0,
                windows=tuple(windows.get(r.id, ())),
            )
        )
    connectors: dict[int, list[ConnectorSpec]] = {}
    for c in session.execute(
        select(
            Station.charge_point_id,
            Station.id,
            Connector.connector_id,
            Connector.circuit_id,
            Connector.phases,
            Connector.phase_rotation,
            Connector.max_current_a,
            Connector.max_kw,
        )
        .join(Station, Station.id == Connector.station_id)
        .where(Connector.circuit_id.is_not(None), Station.enabled.is_(True))
        .order_by(Station.charge_point_id, Connector.connector_id)
    ):
        site_id = site_of.get(c.circuit_id)
        if site_id is None:  # a circuit that went (the circuits service clears it; a moment in between)
            continue
        phases = 1 if c.phases == 1 else 3
        connectors.setdefault(site_id, []).append(
            ConnectorSpec(
                cp_id=c.charge_point_id,
                connector_id=c.connector_id,
                station_id=c.id,
                circuit_id=c.circuit_id,
                phases=phases,
                rotation=c.phase_rotation or "123",
                max_a=connector_max_a(c.max_current_a, c.max_kw, phases),
            )
        )
    out: dict[int, SiteSpec] = {}
    for s in session.execute(
        select(Site.id, Site.name, Site.timezone, Site.load_strategy, Site.min_current_a).where(
            Site.id.in_(list(circuits))
        )
    ):
        out[s.id] = SiteSpec(
            id=s.id,
            name=s.name,
            tz=s.timezone or "UTC",
            strategy=s.load_strategy or "equal",
            min_a=float(s.min_current_a if s.min_current_a is not None else 6.0),
            circuits=tuple(circuits[s.id]),
            connectors=tuple(connectors.get(s.id, ())),
        )
    return out


def load_ranks(session: Session, session_ids: Iterable[int]) -> dict[int, SessionRank]:
    """The rank of each running session: the role its user has at the station (owner, special user with a grant
    valid at the start, else public, as the access rules decided it at authorization) and its tariff's load
    priority. One query per kind."""
    ids = sorted(set(session_ids))
    if not ids:
        return {}
    cs = ChargingSession
    rows = session.execute(
        select(cs.id, cs.station_id, cs.user_id, cs.tariff_name, cs.start_at).where(cs.id.in_(ids))
    ).all()
    pairs = {(r.station_id, r.user_id) for r in rows if r.station_id is not None and r.user_id is not None}
    stations = sorted({p[0] for p in pairs})
    owners: set[tuple[int, int]] = set()
    grants: dict[tuple[int, int], list[tuple[dt.datetime | None, dt.datetime | None]]] = {}
    if stations:
        owners = {
            (o.station_id, o.user_id)
            for o in session.execute(
                select(StationOwner.station_id, StationOwner.user_id).where(
                    StationOwner.station_id.in_(stations)
                )
            )
        }
        for g in session.execute(
            select(
                SpecialGrant.station_id,
                SpecialGrant.user_id,
                SpecialGrant.valid_from,
                SpecialGrant.valid_until,
            ).where(SpecialGrant.station_id.in_(stations))
        ):
            grants.setdefault((g.station_id, g.user_id), []).append((g.valid_from, g.valid_until))
    names = sorted({r.tariff_name for r in rows if r.tariff_name})
    priorities: dict[str, int] = {}
    if names:
        priorities = {
            t.name: int(t.load_priority or 0)
            for t in session.execute(select(Tariff.name, Tariff.load_priority).where(Tariff.name.in_(names)))
        }
    out: dict[int, SessionRank] = {}
    for r in rows:
        pair = (r.station_id, r.user_id)
        if pair in owners:
            rank = RANK_OWNER
        elif any(_covers(frm, until, r.start_at) for frm, until in grants.get(pair, ())):
            rank = RANK_SPECIAL
        else:
            rank = RANK_PUBLIC
        out[r.id] = SessionRank(r.id, rank, priorities.get(r.tariff_name, 0), r.start_at)
    return out


def _covers(frm: dt.datetime | None, until: dt.datetime | None, at: dt.datetime) -> bool:
    return (frm is None or frm <= at) and (until is None or at < until)
