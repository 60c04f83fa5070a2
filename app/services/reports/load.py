"""The Load page, the dashboard's load panel and a session's limit history: what load management did, as read models.

Per site: the circuit tree; per circuit phase its limit, what was allocated on it and what was measured over the
last hours (``circuit_load``, aggregated in the database into at most :data:`BUCKETS` buckets per circuit phase, so
a week of samples costs what an hour does: per bucket the lowest limit and the highest allocated and measured
current, so a peak is never averaged away); the allocation now — the newest
:class:`~app.services.load.events.LoadAllocated` of the site's central system, which :class:`LoadService` keeps from
the events, or, when none came since this process started, the newest samples and the limits last sent; the
sessions on each circuit with their limit and why; the chargers whose load is not managed and why
(``chargers.sc_note``); and a session's limits as they were sent (``limit_changes``).

Samples are written only while something changes, so a value holds until the next sample: the history carries the
newest sample before the window in as its first point. Every role reads all of it (reading is no permission).
"""

from __future__ import annotations

import datetime as dt
import math
import threading
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy import Integer, cast, func, literal, select
from sqlalchemy.orm import Session

from app.models import (
    Charger,
    ChargingSession,
    Circuit,
    CircuitLoad,
    Connector,
    LimitChange,
    SessionStatus,
    Site,
    Station,
)
from app.models.base import UTCDateTime
from app.services.i18n import QT_TRANSLATE_NOOP, translate
from app.services.load import reasons as why
from app.services.load.capabilities import connector_counts, stored_capabilities
from app.services.load.events import LoadAllocated
from app.services.locale_format import number
from app.services.store import Store
from app.services.texts import Text, loaded

HOURS = 6  # the history's default span
MAX_HOURS = 24 * 7  # samples are kept 7 days
BUCKETS = 180  # at most this many points per circuit phase, whatever the span
MIN_BUCKET_S = 60  # samples come at most once a minute
MAX_LIMIT_ROWS = 500  # a session's limit history: its newest rows
PHASES = (1, 2, 3)

# --- what the pages show -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class CircuitRow:
    """A circuit of the site's tree, in tree order (a parent before its children); ``depth`` 0 is the root."""

    id: int
    name: str
    parent_id: int | None
    depth: int
    phases: int  # 1 or 3: what the circuit carries
    max_current_a: float | None
    max_power_kw: float | None


@dataclass(frozen=True)
class PhaseLoad:
    """One circuit phase at one moment: ``limit_a`` None = no limit; ``measured_a`` None = not measured."""

    limit_a: float | None
    allocated_a: float
    measured_a: float | None = None


@dataclass(frozen=True)
class CircuitNow:
    """A circuit's phases L1 L2 L3 now (a single-phase circuit uses L1)."""

    circuit_id: int
    phases: tuple[PhaseLoad, PhaseLoad, PhaseLoad]


@dataclass(frozen=True)
class HistoryPoint:
    """A bucket of a circuit phase's history from ``at``: the lowest limit, the highest allocated and measured."""

    at: dt.datetime
    limit_a: float | None
    allocated_a: float
    measured_a: float | None


@dataclass(frozen=True)
class SessionLoad:
    """A charging connector on a circuit: its limit per phase now and why (``reason``: English, a :class:`Text`
    where it was stored so; shown with :func:`~app.services.load.reasons.shown_reason`)."""

    cp_id: str
    station: str
    connector_id: int
    transaction_id: int | None
    circuit_id: int | None
    circuit: str
    phases: str  # the circuit phases it draws: "L1 L2 L3", "L2"
    limit_a: float | None  # None: unmanaged (its full power is reserved)
    reason: str
    paused: bool
    managed: bool
    at: dt.datetime | None = None  # when the limit was sent (the samples' fallback; None from a live event)


@dataclass(frozen=True)
class UnmanagedCharger:
    """A charger on the site's circuits that takes no limits: its full power is reserved on its circuit (``reason``
    as :class:`SessionLoad`'s)."""

    cp_id: str
    station: str
    reason: str


@dataclass(frozen=True)
class SiteChoice:
    id: int
    name: str
    circuits: int
    timezone: str = "UTC"


@dataclass(frozen=True)
class SiteLoad:
    """Everything the Load page shows of one site (see the module). ``source``: "live" (the newest allocation of
    the central system), "samples" (no allocation since start: the newest samples and limits sent) or "none"."""

    site_id: int
    site: str
    timezone: str
    circuits: tuple[CircuitRow, ...]
    now: Mapping[int, CircuitNow]
    now_at: dt.datetime | None
    source: str
    sessions: tuple[SessionLoad, ...]
    unmanaged: tuple[UnmanagedCharger, ...]
    history: Mapping[tuple[int, int], tuple[HistoryPoint, ...]]  # (circuit id, phase 1..3) → oldest first
    since: dt.datetime
    until: dt.datetime
    bucket_s: int
    stations: Mapping[str, str] = field(default_factory=dict)  # charge point id → station name
    # (charge point id, connector id) → the connector's phases and phase rotation
    wiring: Mapping[tuple[str, int], tuple[int, str]] = field(default_factory=dict)
    notes: tuple[str, ...] = ()  # from the newest allocation: e.g. its base-load meter's problem (Texts)

    def circuit(self, circuit_id: int | None) -> CircuitRow | None:
        return next((c for c in self.circuits if c.id == circuit_id), None)


@dataclass(frozen=True)
class PanelSite:
    """The dashboard's load panel for one site: its root circuit and the root's direct children, now."""

    site_id: int
    site: str
    timezone: str
    circuits: tuple[CircuitRow, ...]
    now: Mapping[int, CircuitNow]
    now_at: dt.datetime | None
    source: str


@dataclass(frozen=True)
class LimitStep:
    """A limit sent for a session: ``limit_a`` per phase (0 = paused), why (as :class:`SessionLoad`'s), and the
    charger's answer."""

    at: dt.datetime
    limit_a: float
    phases: int
    reason: str
    purpose: str
    status: str

    @property
    def paused(self) -> bool:
        return self.limit_a <= 0


# why a connector or charger is not managed, as this module reads it from what is stored (shown as reasons)
FULL_POWER = QT_TRANSLATE_NOOP("LoadReasons", "unmanaged: full power reserved")
NEVER_CONNECTED = QT_TRANSLATE_NOOP(
    "LoadReasons", "never connected: what its smart charging accepts is found out when it first boots"
)
NOT_FOUND_OUT = QT_TRANSLATE_NOOP(
    "LoadReasons", "what its smart charging accepts is not known yet (found out at its next boot)"
)
REFUSES_PROFILES = QT_TRANSLATE_NOOP("LoadReasons", "it refuses charging profiles")
NEITHER_PURPOSE = QT_TRANSLATE_NOOP("LoadReasons", "it accepts neither TxProfile nor TxDefaultProfile")


# --- formatting shared by the views -------------------------------------------------------------------------------


def amps(value: float | None) -> str:
    """18.5 → "18.5 A", 16 → "16 A", None / ∞ → "no limit" (in the operator's language and locale)."""
    if value is None or not math.isfinite(value):
        return translate("LoadReport", "no limit")
    return translate("LoadReport", "{amps} A").format(amps=number(value, 1 if value % 1 else 0, group=False))


def phases_text(phases: Any, rotation: str = "123") -> str:
    """The circuit phases a connector draws: a list from an allocation as it is, else its number of phases
    through the connector's rotation (a single-phase vehicle draws its L1, wired to circuit ``rotation[0]``)."""
    if isinstance(phases, list | tuple):
        return " ".join(f"L{int(p)}" for p in phases) or "–"
    rotation = rotation if len(rotation) == 3 and set(rotation) == {"1", "2", "3"} else "123"
    n = int(phases or 3)
    return f"L{rotation[0]}" if n == 1 else " ".join(f"L{p}" for p in rotation)


def limit_line(step: LimitStep, zone: dt.tzinfo, *, with_date: bool = False) -> str:
    """ "14:02 16 A equal share of Garage (32 A) / 2 sessions — Accepted": one line of a session's limit history
    (``with_date``: "07.12. 14:02", for a history over more than one day)."""
    when = step.at.astimezone(zone).strftime("%d.%m. %H:%M" if with_date else "%H:%M")
    if step.paused:
        what = translate("LoadReport", "paused (0 A)")
    elif step.phases == 1:
        what = translate("LoadReport", "{limit} on 1 phase").format(limit=amps(step.limit_a))
    else:
        what = amps(step.limit_a)
    reason = why.shown_reason(step.reason)
    if reason and step.status:
        line = translate("LoadReport", "{time} {limit} {reason} — {answer}")
    elif reason:
        line = translate("LoadReport", "{time} {limit} {reason}")
    elif step.status:
        line = translate("LoadReport", "{time} {limit} — {answer}")
    else:
        line = translate("LoadReport", "{time} {limit}")
    return line.format(time=when, limit=what, reason=reason, answer=step.status)


# --- reading ------------------------------------------------------------------------------------------------------


def _finite(value: Any) -> float | None:
    if value is None:
        return None
    f = float(value)
    return f if math.isfinite(f) else None


def sites(session: Session) -> list[SiteChoice]:
    """Every site by name, with how many circuits it has."""
    counted = session.execute(select(Circuit.site_id, func.count(Circuit.id)).group_by(Circuit.site_id)).all()
    counts: dict[int, int] = {site_id: int(n) for site_id, n in counted}
    return [
        SiteChoice(site.id, site.name, counts.get(site.id, 0), site.timezone)
        for site in session.scalars(select(Site).order_by(Site.name, Site.id))
    ]


def circuit_tree(session: Session, site_id: int) -> tuple[CircuitRow, ...]:
    """The site's circuits, a parent before its children (siblings by position, then name)."""
    rows = session.scalars(
        select(Circuit).where(Circuit.site_id == site_id).order_by(Circuit.position, Circuit.name, Circuit.id)
    ).all()
    children: dict[int | None, list[Circuit]] = {}
    ids = {c.id for c in rows}
    for c in rows:
        children.setdefault(c.parent_id if c.parent_id in ids else None, []).append(c)
    out: list[CircuitRow] = []

    def walk(parent: int | None, depth: int) -> None:
        for c in children.get(parent, []):
            out.append(
                CircuitRow(c.id, c.name, c.parent_id, depth, c.phases, c.max_current_a, c.max_power_kw)
            )
            walk(c.id, depth + 1)

    walk(None, 0)
    return tuple(out)


def _bucket_index(session: Session, since: dt.datetime, bucket_s: int) -> Any:
    start = literal(since, UTCDateTime)
    if session.get_bind().dialect.name == "sqlite":
        seconds = (func.julianday(CircuitLoad.at) - func.julianday(start)) * 86400.0
        return cast(seconds / bucket_s, Integer)
    return func.floor(func.extract("epoch", CircuitLoad.at - start) / bucket_s)


def _latest_sample(session: Session, circuit_id: int, phase: int, before: dt.datetime) -> CircuitLoad | None:
    """The newest sample of a circuit phase before ``before`` (an index walk on (circuit_id, at))."""
    return session.scalars(
        select(CircuitLoad)
        .where(CircuitLoad.circuit_id == circuit_id, CircuitLoad.phase == phase, CircuitLoad.at < before)
        .order_by(CircuitLoad.at.desc(), CircuitLoad.id.desc())
        .limit(1)
    ).first()


def history(
    session: Session, circuits: Sequence[CircuitRow], since: dt.datetime, until: dt.datetime, bucket_s: int
) -> dict[tuple[int, int], tuple[HistoryPoint, ...]]:
    """Each circuit phase's samples in [since, until) in buckets of ``bucket_s`` seconds (at most
    (until - since) / bucket_s rows each, whatever was stored), the newest sample before ``since`` first."""
    out: dict[tuple[int, int], list[HistoryPoint]] = {}
    if not circuits:
        return {}
    for c in circuits:
        for phase in PHASES[: 1 if c.phases == 1 else 3]:
            before = _latest_sample(session, c.id, phase, since)
            out[(c.id, phase)] = (
                [HistoryPoint(since, _finite(before.limit_a), before.allocated_a, before.measured_a)]
                if before is not None
                else []
            )
    b = _bucket_index(session, since, bucket_s).label("b")
    cl = CircuitLoad
    rows = session.execute(
        select(
            cl.circuit_id,
            cl.phase,
            b,
            func.min(cl.limit_a),
            func.max(cl.allocated_a),
            func.max(cl.measured_a),
        )
        .where(cl.circuit_id.in_([c.id for c in circuits]), cl.at >= since, cl.at < until)
        .group_by(cl.circuit_id, cl.phase, b)
        .order_by(cl.circuit_id, cl.phase, b)
    ).all()
    for circuit_id, phase, bucket, limit_a, allocated_a, measured_a in rows:
        points = out.get((circuit_id, phase))
        if points is None:
            continue  # a phase a single-phase circuit does not carry
        at = since + dt.timedelta(seconds=int(bucket) * bucket_s)
        point = HistoryPoint(at, _finite(limit_a), float(allocated_a), _finite(measured_a))
        if points and points[-1].at == at:  # the carried-in sample and the first bucket
            points[-1] = point
        else:
            points.append(point)
    return {key: tuple(points) for key, points in out.items()}


def _now_from_samples(
    session: Session, circuits: Sequence[CircuitRow], until: dt.datetime
) -> tuple[dict[int, CircuitNow], dt.datetime | None]:
    now: dict[int, CircuitNow] = {}
    newest: dt.datetime | None = None
    for c in circuits:
        phases: list[PhaseLoad] = []
        for phase in PHASES:
            row = _latest_sample(session, c.id, phase, until) if phase == 1 or c.phases == 3 else None
            if row is None:
                phases.append(PhaseLoad(None, 0.0, None))
                continue
            phases.append(PhaseLoad(_finite(row.limit_a), row.allocated_a, _finite(row.measured_a)))
            newest = row.at if newest is None or row.at > newest else newest
        if any(p.limit_a is not None or p.allocated_a for p in phases):
            now[c.id] = CircuitNow(c.id, (phases[0], phases[1], phases[2]))
    return now, newest


def now_from_event(event: LoadAllocated) -> dict[int, CircuitNow]:
    """The circuits of an allocation as :class:`CircuitNow` (lists of three; missing phases as none)."""
    out: dict[int, CircuitNow] = {}
    for c in event.circuits:
        limits = list(c.get("limit_a") or [])
        allocated = list(c.get("allocated_a") or [])
        measured = c.get("measured_a")
        phases = []
        for i in range(3):
            phases.append(
                PhaseLoad(
                    _finite(limits[i]) if i < len(limits) else None,
                    float(allocated[i]) if i < len(allocated) and allocated[i] is not None else 0.0,
                    _finite(measured[i]) if measured and i < len(measured) else None,
                )
            )
        out[int(c["id"])] = CircuitNow(int(c["id"]), (phases[0], phases[1], phases[2]))
    return out


def _site_wiring(
    session: Session, site_id: int
) -> tuple[dict[str, str], dict[tuple[str, int], tuple[int, str]], dict[tuple[str, int], int | None]]:
    """The site's stations (charge point id → name) and its connectors' wiring and circuit."""
    stations: dict[str, str] = {}
    wiring: dict[tuple[str, int], tuple[int, str]] = {}
    circuit_of: dict[tuple[str, int], int | None] = {}
    rows = session.execute(
        select(
            Station.charge_point_id,
            Station.name,
            Connector.connector_id,
            Connector.phases,
            Connector.phase_rotation,
            Connector.circuit_id,
        )
        .outerjoin(Connector, Connector.station_id == Station.id)
        .where(Station.site_id == site_id)
    ).all()
    for cp_id, name, connector_id, phases, rotation, circuit_id in rows:
        stations[cp_id] = name
        if connector_id is not None:
            wiring[(cp_id, connector_id)] = (int(phases or 3), rotation or "123")
            circuit_of[(cp_id, connector_id)] = circuit_id
    return stations, wiring, circuit_of


def _sessions_from_event(
    event: LoadAllocated,
    circuits: Sequence[CircuitRow],
    stations: Mapping[str, str],
    wiring: Mapping[tuple[str, int], tuple[int, str]],
) -> tuple[SessionLoad, ...]:
    names = {c.id: c.name for c in circuits}
    names.update({int(c["id"]): str(c.get("name", "")) for c in event.circuits if "id" in c})
    out = []
    for s in event.sessions:
        cp_id = str(s.get("cp_id", ""))
        connector_id = int(s.get("connector_id") or 0)
        circuit_id = s.get("circuit_id")
        managed = bool(s.get("managed", True))
        _n, rotation = wiring.get((cp_id, connector_id), (3, "123"))
        out.append(
            SessionLoad(
                cp_id=cp_id,
                station=stations.get(cp_id, cp_id),
                connector_id=connector_id,
                transaction_id=s.get("transaction_id"),
                circuit_id=circuit_id,
                circuit=names.get(circuit_id, "") if circuit_id is not None else "",
                phases=phases_text(s.get("phases"), rotation),
                limit_a=_finite(s.get("limit_a")) if managed else None,
                reason=loaded(s.get("reason_text") or s.get("reason", "")),
                paused=bool(s.get("paused", False)),
                managed=managed,
            )
        )
    return tuple(sorted(out, key=_session_order))


def _session_order(s: SessionLoad) -> tuple[str, str, int]:
    return (s.circuit, s.station, s.connector_id)


def _sessions_from_rows(
    session: Session,
    site_id: int,
    circuits: Sequence[CircuitRow],
    stations: Mapping[str, str],
    wiring: Mapping[tuple[str, int], tuple[int, str]],
    circuit_of: Mapping[tuple[str, int], int | None],
    unmanaged: set[str],
) -> tuple[SessionLoad, ...]:
    """No allocation since start: the site's charging sessions on a circuit with the limit last sent to each."""
    names = {c.id: c.name for c in circuits}
    cs = ChargingSession
    active = session.execute(
        select(cs.id, cs.charge_point_id, cs.connector_id)
        .join(Station, Station.id == cs.station_id)
        .where(Station.site_id == site_id, cs.status == SessionStatus.ACTIVE, cs.auth_status == "Accepted")
    ).all()
    on_circuit = [r for r in active if circuit_of.get((r[1], r[2])) in names]
    if not on_circuit:
        return ()
    lc_ = LimitChange
    ranked = (
        select(
            lc_.id,
            func.row_number()
            .over(partition_by=lc_.session_id, order_by=(lc_.at.desc(), lc_.id.desc()))
            .label("n"),
        )
        .where(lc_.session_id.in_([r[0] for r in on_circuit]))
        .subquery()
    )
    newest = select(lc_).join(ranked, ranked.c.id == lc_.id).where(ranked.c.n == 1)  # each session's newest
    last = {lc.session_id: lc for lc in session.scalars(newest)}
    out = []
    for session_id, cp_id, connector_id in on_circuit:
        circuit_id = circuit_of[(cp_id, connector_id)]
        n, rotation = wiring.get((cp_id, connector_id), (3, "123"))
        lc = last.get(session_id)
        managed = cp_id not in unmanaged
        out.append(
            SessionLoad(
                cp_id=cp_id,
                station=stations.get(cp_id, cp_id),
                connector_id=connector_id,
                transaction_id=session_id,
                circuit_id=circuit_id,
                circuit=names[circuit_id] if circuit_id is not None else "",
                phases=phases_text(lc.phases if lc is not None else n, rotation),
                limit_a=lc.limit_a if lc is not None and managed else None,
                reason=why.from_column(lc.reason)
                if lc is not None
                else ("" if managed else Text(FULL_POWER)),
                paused=lc is not None and lc.limit_a <= 0,
                managed=managed,
                at=lc.at if lc is not None else None,
            )
        )
    return tuple(sorted(out, key=_session_order))


def _unmanaged_reason(charger: Charger | None, connectors: int) -> str | None:
    """Why a charger takes no limits (None: it takes them), as the load manager decides it
    (:attr:`~app.services.load.capabilities.Capabilities.managed`, its station's ``connectors`` counted)."""
    if charger is None:
        return Text(NEVER_CONNECTED)
    caps = stored_capabilities(charger, connectors)
    if caps.supported is None:
        return caps.note or Text(NOT_FOUND_OUT)
    if caps.managed:
        return None
    if not caps.supported:
        return caps.note or Text(REFUSES_PROFILES)
    return caps.note or Text(NEITHER_PURPOSE)


def unmanaged_chargers(
    session: Session, stations: Mapping[str, str], circuit_of: Mapping[tuple[str, int], int | None]
) -> tuple[UnmanagedCharger, ...]:
    """The site's chargers with a connector on a circuit whose smart charging does not take limits, and why."""
    on_circuit = sorted({cp for (cp, _n), circuit in circuit_of.items() if circuit is not None})
    if not on_circuit:
        return ()
    chargers = {
        c.charge_point_id: c
        for c in session.scalars(select(Charger).where(Charger.charge_point_id.in_(on_circuit)))
    }
    counts = connector_counts(session, on_circuit)
    out = []
    for cp_id in on_circuit:
        reason = _unmanaged_reason(chargers.get(cp_id), counts.get(cp_id, 0))
        if reason is not None:
            out.append(UnmanagedCharger(cp_id, stations.get(cp_id, cp_id), reason))
    return tuple(sorted(out, key=lambda u: (u.station, u.cp_id)))


def bucket_seconds(hours: float) -> int:
    """The bucket for a span: at most :data:`BUCKETS` of them, none under a minute (a sample's period)."""
    return max(MIN_BUCKET_S, math.ceil(hours * 3600 / BUCKETS))


def site_load(
    session: Session,
    site_id: int,
    *,
    hours: float = HOURS,
    latest: LoadAllocated | None = None,
    now: dt.datetime | None = None,
) -> SiteLoad | None:
    """The Load page's view of a site (None: no such site); ``latest``: the newest allocation the central system
    published for it (else the newest samples and limits sent stand for now)."""
    site = session.get(Site, site_id)
    if site is None:
        return None
    hours = min(max(hours, 0.25), MAX_HOURS)
    until = now or dt.datetime.now(dt.UTC)
    bucket_s = bucket_seconds(hours)
    since = until - dt.timedelta(seconds=bucket_s * math.ceil(hours * 3600 / bucket_s))
    circuits = circuit_tree(session, site_id)
    stations, wiring, circuit_of = _site_wiring(session, site_id)
    unmanaged = unmanaged_chargers(session, stations, circuit_of)
    base = SiteLoad(
        site_id=site.id,
        site=site.name,
        timezone=site.timezone,
        circuits=circuits,
        now={},
        now_at=None,
        source="none",
        sessions=(),
        unmanaged=unmanaged,
        history=history(session, circuits, since, until, bucket_s),
        since=since,
        until=until,
        bucket_s=bucket_s,
        stations=stations,
        wiring=wiring,
    )
    if latest is not None and latest.site_id == site_id:
        return with_allocation(base, latest)
    sample_now, sampled_at = _now_from_samples(session, circuits, until)
    sessions = _sessions_from_rows(
        session, site_id, circuits, stations, wiring, circuit_of, {u.cp_id for u in unmanaged}
    )
    source = "samples" if sample_now or sessions else "none"
    return replace(base, now=sample_now, now_at=sampled_at, source=source, sessions=sessions)


def with_allocation(load: SiteLoad, event: LoadAllocated) -> SiteLoad:
    """``load`` with a newer allocation of its site (pure: what the page does with a live event)."""
    if event.site_id != load.site_id:
        return load
    return replace(
        load,
        now=now_from_event(event),
        now_at=event.at,
        source="live",
        sessions=_sessions_from_event(event, load.circuits, load.stations, load.wiring),
        notes=tuple(loaded(n) for n in event.notes),
    )


def panel(session: Session, latest: Mapping[int, LoadAllocated]) -> list[PanelSite]:
    """The dashboard's load panel: per site with circuits, its root and the root's direct children, now."""
    out = []
    for choice in sites(session):
        if not choice.circuits:
            continue
        tree = circuit_tree(session, choice.id)
        shown = tuple(c for c in tree if c.depth <= 1)
        event = latest.get(choice.id)
        at: dt.datetime | None
        if event is not None:
            now, at, source = now_from_event(event), event.at, "live"
        else:
            now, at = _now_from_samples(session, shown, dt.datetime.now(dt.UTC))
            source = "samples" if now else "none"
        out.append(PanelSite(choice.id, choice.name, choice.timezone, shown, now, at, source))
    return out


def panel_with_allocation(panels: Iterable[PanelSite], event: LoadAllocated) -> list[PanelSite]:
    """The panel with a newer allocation of one of its sites (pure)."""
    return [
        replace(p, now=now_from_event(event), now_at=event.at, source="live")
        if p.site_id == event.site_id
        else p
        for p in panels
    ]


def limit_history(session: Session, session_id: int, limit: int = MAX_LIMIT_ROWS) -> list[LimitStep]:
    """The limits sent for a session, oldest first (its newest ``limit`` of them)."""
    lc = LimitChange
    rows = session.scalars(
        select(lc).where(lc.session_id == session_id).order_by(lc.at.desc(), lc.id.desc()).limit(limit)
    ).all()
    return [
        LimitStep(r.at, r.limit_a, r.phases, why.from_column(r.reason), r.purpose, r.status)
        for r in reversed(rows)
    ]


class LoadService:
    """The Load page's and the dashboard panel's reads, and a session's limit history.

    With a central system (hosted here, or a site's on another machine through the site bus) it keeps the newest
    :class:`LoadAllocated` per site as it is published: the allocation "now" is that event, not a guess from the
    samples."""

    def __init__(self, store: Store, central: Any = None) -> None:
        self.store = store
        self._latest: dict[int, LoadAllocated] = {}
        self._lock = threading.Lock()
        subscribe = getattr(central, "subscribe", None)
        self._unsubscribe = subscribe(self._allocated, LoadAllocated) if callable(subscribe) else None

    def _allocated(self, event: LoadAllocated) -> None:
        with self._lock:
            known = self._latest.get(event.site_id)
            if known is None or event.at >= known.at:
                self._latest[event.site_id] = event

    def latest(self, site_id: int) -> LoadAllocated | None:
        """The newest allocation published for the site since this process started."""
        with self._lock:
            return self._latest.get(site_id)

    def sites(self) -> list[SiteChoice]:
        return self.store.read(sites)

    def site_load(self, site_id: int, *, hours: float = HOURS) -> SiteLoad | None:
        latest = self.latest(site_id)
        return self.store.read(lambda s: site_load(s, site_id, hours=hours, latest=latest))

    def with_allocation(self, load: SiteLoad, event: LoadAllocated) -> SiteLoad:
        """What a page shows when the site's allocation changes (no database)."""
        return with_allocation(load, event)

    def panel(self) -> list[PanelSite]:
        with self._lock:
            latest = dict(self._latest)
        return self.store.read(lambda s: panel(s, latest))

    def panel_with_allocation(self, panels: Iterable[PanelSite], event: LoadAllocated) -> list[PanelSite]:
        return panel_with_allocation(panels, event)

    def limit_history(self, session_id: int) -> list[LimitStep]:
        return self.store.read(lambda s: limit_history(s, session_id))

    def close(self) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None


__all__ = [
    "BUCKETS",
    "HOURS",
    "CircuitNow",
    "CircuitRow",
    "HistoryPoint",
    "LimitStep",
    "LoadService",
    "PanelSite",
    "PhaseLoad",
    "SessionLoad",
    "SiteChoice",
    "SiteLoad",
    "UnmanagedCharger",
    "amps",
    "limit_history",
    "limit_line",
    "panel",
    "phases_text",
    "site_load",
    "with_allocation",
]
