"""Who may charge where and when, at what tariff: the authorization decision (PRODUCT.md).

:func:`evaluate` is the rule itself over plain data; :func:`decide` loads what it needs for one Authorize /
StartTransaction and calls it; :func:`explain` answers "what if" questions for the CLI at a site-local time.

Order of the checks: the idTag itself (length), the tag (unknown, blocked, expired, unassigned), its user
(blocked), the station (disabled), then the effective mode at the site's local time against the presenter's
role, and last whether the tag is already charging elsewhere. The OCPP 1.6 status values are used: a tag that
is fine but not allowed here now gets ``Invalid`` (``Blocked`` would read "card blocked" on chargers' displays
although the card is fine).
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import and_, exists, func, not_, or_, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session, joinedload, selectinload
from sqlalchemy.sql.base import ReadOnlyColumnCollection
from sqlalchemy.sql.elements import KeyedColumnElement

from app.models import (
    ID_TAG_MAX,
    AccessMode,
    AccessSchedule,
    AccessWindow,
    ChargingSession,
    DateException,
    IdTag,
    SessionStatus,
    SpecialGrant,
    Station,
    StationOwner,
    TagStatus,
    Tariff,
    UnknownTag,
    utcnow,
)

from .schedule import Plan, Slot, Weekly, from_local, mode_at, to_local

OPEN_PLAN = Plan()  # no schedule at all: Public, no tariff


class AuthStatus(enum.StrEnum):
    """OCPP 1.6 AuthorizationStatus."""

    ACCEPTED = "Accepted"
    BLOCKED = "Blocked"
    EXPIRED = "Expired"
    INVALID = "Invalid"
    CONCURRENT_TX = "ConcurrentTx"


class Role(enum.StrEnum):
    OWNER = "owner"
    SPECIAL = "special"
    USER = "user"
    UNKNOWN = "unknown"


def normalise_id_tag(raw: str) -> str:
    """idTags match case-insensitively and are stored upper-case."""
    return raw.strip().upper()


def abbreviate(id_tag: str) -> str:
    """``"04A2B3C4"`` → ``"04A2…"``: enough to recognise a card in a reason, not enough to copy it."""
    return f"{id_tag[:4]}…" if len(id_tag) > 4 else id_tag


# --- plain data the rule works on -------------------------------------------------------------------------------


@dataclass(frozen=True)
class TagInfo:
    id_tag: str
    status: TagStatus = TagStatus.ACTIVE
    expiry: dt.datetime | None = None
    parent_id_tag: str | None = None
    user_id: int | None = None
    user_name: str | None = None
    user_active: bool = True

    @classmethod
    def from_model(cls, tag: IdTag) -> TagInfo:
        user = tag.user
        return cls(
            id_tag=tag.id_tag,
            status=tag.status,
            expiry=tag.expiry,
            parent_id_tag=tag.parent_id_tag,
            user_id=user.id if user else None,
            user_name=user.name if user else None,
            user_active=user.active if user else True,
        )


@dataclass(frozen=True)
class StationInfo:
    name: str
    timezone: str
    enabled: bool = True
    owner_tariff: str | None = None

    @classmethod
    def from_model(cls, station: Station) -> StationInfo:
        owner_tariff = station.owner_tariff
        return cls(
            station.name, station.site.timezone, station.enabled, owner_tariff.name if owner_tariff else None
        )


@dataclass(frozen=True)
class GrantInfo:
    """A special user's grant at a station, or only at connector number ``connector``."""

    valid_from: dt.datetime | None = None
    valid_until: dt.datetime | None = None
    windows: tuple[Weekly, ...] = ()
    tariff: str | None = None
    connector: int | None = None

    @classmethod
    def from_model(cls, grant: SpecialGrant) -> GrantInfo:
        return cls(
            valid_from=grant.valid_from,
            valid_until=grant.valid_until,
            windows=tuple(Weekly(w.days, w.start_minute, w.end_minute) for w in grant.windows),
            tariff=grant.tariff.name if grant.tariff else None,
            connector=grant.connector.connector_id if grant.connector else None,
        )

    def applies_to(self, connector: int | None) -> bool:
        return self.connector is None or self.connector == connector

    def problem(self, at: dt.datetime, local: dt.datetime, tz: str) -> str | None:
        """Why the grant does not let its user in at ``at`` (local wall time ``local``), or None."""
        if self.valid_from is not None and at < self.valid_from:
            return f"starts {to_local(self.valid_from, tz):%Y-%m-%d %H:%M}"
        if self.valid_until is not None and at >= self.valid_until:
            return f"ended {to_local(self.valid_until, tz):%Y-%m-%d %H:%M}"
        if self.windows and not any(w.covers(local) for w in self.windows):
            return "is limited to " + ", ".join(w.label for w in self.windows)
        return None

    def valid_until_now(self, local: dt.datetime, tz: str) -> dt.datetime | None:
        """For a grant valid now: the UTC instant its validity or its current window ends (None: open-ended)."""
        ends = [from_local(end, tz)[0] for w in self.windows if (end := w.occurrence_end(local)) is not None]
        if self.valid_until is not None:
            ends.append(self.valid_until)
        return min(ends, default=None)


def valid_grant(
    grants: Sequence[GrantInfo], connector: int | None, at: dt.datetime, local: dt.datetime, tz: str
) -> GrantInfo | None:
    """The grant that applies now: connector-specific ones first, then the first station-wide one."""
    usable = sorted((g for g in grants if g.applies_to(connector)), key=lambda g: g.connector is None)
    return next((g for g in usable if g.problem(at, local, tz) is None), None)


def tariff_for(
    role: Role, grant: GrantInfo | None, slot: Slot, owner_tariff: str | None
) -> tuple[str | None, str]:
    """The tariff for this role (owner tariff, the grant's tariff, else the slot's) and why, in a few words."""
    if role is Role.OWNER and owner_tariff is not None:
        return owner_tariff, "owner tariff"
    if grant is not None and grant.tariff is not None:
        return grant.tariff, "special user's tariff"
    return slot.tariff, slot.source


# --- the decision -----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Decision:
    """An authorization decision: the OCPP status, the idTagInfo fields, and a reason a person understands.

    ``expiry`` is the idTagInfo expiryDate: when the charger should drop the answer from its authorization cache.
    For an accepted non-owner that is also when the mode, the tariff or the special grant next changes, so a
    cached Accepted does not outlive the rule that allowed it.

    ``role`` is as far as the decision got: a refused tag of a known user is ``user`` even if that user owns the
    station. ``tariff`` (the model) is filled in by :func:`decide`; :func:`evaluate` only knows ``tariff_name``.
    """

    status: AuthStatus
    reason: str
    id_tag: str
    station_name: str
    connector: int | None = None
    role: Role = Role.UNKNOWN
    user_id: int | None = None
    user_name: str | None = None
    mode: AccessMode | None = None
    slot: Slot | None = None
    tariff_name: str | None = None
    tariff: Tariff | None = None
    expiry: dt.datetime | None = None
    parent_id_tag: str | None = None
    at: dt.datetime | None = None
    local_time: dt.datetime | None = None
    timezone: str | None = None
    note: str | None = None

    @property
    def accepted(self) -> bool:
        return self.status is AuthStatus.ACCEPTED

    def describe(self) -> str:
        """Several lines for the CLI."""
        who = self.user_name or "nobody"
        lines = [
            f"{self.status} — tag {self.id_tag or '(empty)'} ({who}, {self.role})",
            f"  reason:  {self.reason}",
            f"  station: {self.station_name}" + (f", connector {self.connector}" if self.connector else ""),
        ]
        if self.local_time is not None and self.at is not None:
            lines.append(
                f"  time:    {self.local_time:%a %Y-%m-%d %H:%M} {self.timezone} ({self.at:%H:%M} UTC)"
            )
        if self.slot is not None:
            until = (
                f"until {self.slot.until:%a %Y-%m-%d %H:%M}" if self.slot.until else "with no change ahead"
            )
            lines.append(f"  mode:    {self.slot.source}, {until}")
        if self.accepted:
            lines.append(f"  tariff:  {self.tariff_name or 'none (free)'}")
        if self.expiry is not None:
            lines.append(f"  expiry:  {self.expiry:%Y-%m-%d %H:%M} UTC")
        if self.parent_id_tag:
            lines.append(f"  parent:  {self.parent_id_tag}")
        if self.note:
            lines.append(f"  note:    {self.note}")
        return "\n".join(lines)


def _identity_problem(
    id_tag: str, tag: TagInfo | None, station: StationInfo, connector: int | None, at: dt.datetime
) -> Decision | None:
    """A refusal that does not depend on the station's rules (the tag, its user, the station), or None."""
    shown = abbreviate(id_tag)
    base = Decision(AuthStatus.INVALID, "", id_tag, station.name, connector, at=at, timezone=station.timezone)
    if not id_tag:
        return replace(base, reason="Rejected: the idTag is empty")
    if len(id_tag) > ID_TAG_MAX:
        return replace(
            base,
            reason=f"Rejected: idTag {shown} is {len(id_tag)} characters long; OCPP 1.6 allows at most {ID_TAG_MAX}",
        )
    if tag is None:
        return replace(base, reason=f"Rejected: tag {shown} is unknown (seen at station {station.name})")
    base = replace(
        base,
        role=Role.USER if tag.user_id is not None else Role.UNKNOWN,
        user_id=tag.user_id,
        user_name=tag.user_name,
        expiry=tag.expiry,
        parent_id_tag=tag.parent_id_tag,
    )
    of = f" of {tag.user_name}" if tag.user_name else ""
    if tag.status is TagStatus.BLOCKED:
        return replace(base, status=AuthStatus.BLOCKED, reason=f"Rejected: tag {shown}{of} is blocked")
    if tag.expiry is not None and tag.expiry <= at:
        when = f"{to_local(tag.expiry, station.timezone):%Y-%m-%d %H:%M}"
        return replace(base, status=AuthStatus.EXPIRED, reason=f"Rejected: tag {shown}{of} expired on {when}")
    if tag.status is TagStatus.EXPIRED:
        return replace(base, status=AuthStatus.EXPIRED, reason=f"Rejected: tag {shown}{of} is marked expired")
    if tag.user_id is None:
        return replace(base, reason=f"Rejected: tag {shown} is not assigned to anyone")
    if not tag.user_active:
        return replace(
            base,
            status=AuthStatus.BLOCKED,
            reason=f"Rejected: tag {shown} belongs to {tag.user_name}, whose account is blocked",
        )
    if not station.enabled:
        return replace(
            base, status=AuthStatus.BLOCKED, reason=f"Rejected: station {station.name} is disabled"
        )
    return None


def evaluate(
    id_tag: str,
    tag: TagInfo | None,
    station: StationInfo,
    plan: Plan | None,
    at: dt.datetime,
    *,
    connector: int | None = None,
    is_owner: bool = False,
    grants: Sequence[GrantInfo] = (),
    active_elsewhere: str | None = None,
) -> Decision:
    """The decision for a normalised ``id_tag`` presented at ``at`` (aware) on a station whose plan is ``plan``
    (None: no schedule, Public without tariff). ``grants`` are the presenter's grants at this station;
    ``active_elsewhere`` describes a session of the same tag (or group) running at another connector."""
    if at.tzinfo is None:
        raise ValueError("evaluate() needs an aware UTC instant")
    refused = _identity_problem(id_tag, tag, station, connector, at)
    if refused is not None:
        return refused
    assert tag is not None and tag.user_name is not None
    tz = station.timezone
    local = to_local(at, tz)
    slot = mode_at(plan if plan is not None else OPEN_PLAN, local)
    grant = None if is_owner else valid_grant(grants, connector, at, local, tz)
    role = Role.OWNER if is_owner else Role.SPECIAL if grant is not None else Role.USER
    shown, user, where = abbreviate(id_tag), tag.user_name, f"station {station.name}"
    decision = Decision(
        AuthStatus.INVALID,
        "",
        id_tag,
        station.name,
        connector,
        role=role,
        user_id=tag.user_id,
        user_name=user,
        mode=slot.mode,
        slot=slot,
        expiry=tag.expiry,
        parent_id_tag=tag.parent_id_tag,
        at=at,
        local_time=local,
        timezone=tz,
    )
    refusal = f"Rejected: {slot.source}, tag {shown} belongs to {user}"
    if role is not Role.OWNER and slot.mode is AccessMode.PRIVATE:
        return replace(decision, reason=f"{refusal} who is not an owner of {where} (only owners may charge)")
    if role is Role.USER and slot.mode is AccessMode.LIMITED:
        mine = sorted((g for g in grants if g.applies_to(connector)), key=lambda g: g.connector is None)
        why = next((p for g in mine if (p := g.problem(at, local, tz))), None)
        detail = f" now (their special access {why})" if why else ""
        return replace(decision, reason=f"{refusal} who is not a special user of {where}{detail}")
    if active_elsewhere is not None:
        return replace(
            decision,
            status=AuthStatus.CONCURRENT_TX,
            reason=f"Rejected: tag {shown} of {user} is already charging at {active_elsewhere}",
        )
    tariff, _ = tariff_for(role, grant, slot, station.owner_tariff)
    as_what = {
        Role.OWNER: f"an owner of {where}",
        Role.SPECIAL: f"a special user of {where}",
        Role.USER: "a registered user",
    }[role]
    priced = f"tariff '{tariff}'" if tariff is not None else "no tariff"
    return replace(
        decision,
        status=AuthStatus.ACCEPTED,
        reason=f"Accepted: {slot.source} — {user} is {as_what}; {priced}",
        tariff_name=tariff,
        expiry=_cache_expiry(tag, role, grant, slot, local, tz),
    )


def _cache_expiry(
    tag: TagInfo, role: Role, grant: GrantInfo | None, slot: Slot, local: dt.datetime, tz: str
) -> dt.datetime | None:
    ends = [tag.expiry] if tag.expiry is not None else []
    if role is not Role.OWNER and slot.until is not None:
        ends.append(from_local(slot.until, tz)[0])
    if grant is not None and (grant_end := grant.valid_until_now(local, tz)) is not None:
        ends.append(grant_end)
    return min(ends, default=None)


# --- loading from the database ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class StationRules:
    """A station's plans (None = its own schedule, n = connector n's override), tariffs by name, and how one
    user relates to it."""

    station: StationInfo
    plans: dict[int | None, Plan]
    tariffs: dict[str, Tariff]
    is_owner: bool
    grants: tuple[GrantInfo, ...]

    def plan_for(self, connector: int | None) -> Plan | None:
        """The connector's own plan if it has one, else the station's (None: no schedule at all)."""
        own = self.plans.get(connector)
        return own if own is not None else self.plans.get(None)


def load_rules(session: Session, station: Station, user_id: int | None) -> StationRules:
    """Everything the rule needs about ``station`` and the user, in a handful of queries (no N+1)."""
    schedules = session.scalars(
        select(AccessSchedule)
        .where(AccessSchedule.station_id == station.id)
        .options(
            joinedload(AccessSchedule.connector),
            joinedload(AccessSchedule.default_tariff),
            selectinload(AccessSchedule.windows).joinedload(AccessWindow.tariff),
            selectinload(AccessSchedule.exceptions).joinedload(DateException.tariff),
        )
    ).all()
    tariffs: dict[str, Tariff] = {}
    for s in schedules:
        for t in (s.default_tariff, *(w.tariff for w in s.windows), *(e.tariff for e in s.exceptions)):
            if t is not None:
                tariffs[t.name] = t
    if station.owner_tariff is not None:
        tariffs[station.owner_tariff.name] = station.owner_tariff
    is_owner = False
    grants: list[SpecialGrant] = []
    if user_id is not None:
        is_owner = bool(
            session.scalar(
                select(exists().where(StationOwner.station_id == station.id, StationOwner.user_id == user_id))
            )
        )
        grants = list(
            session.scalars(
                select(SpecialGrant)
                .where(SpecialGrant.station_id == station.id, SpecialGrant.user_id == user_id)
                .options(
                    selectinload(SpecialGrant.windows),
                    joinedload(SpecialGrant.tariff),
                    joinedload(SpecialGrant.connector),
                )
                .order_by(SpecialGrant.id)
            ).all()
        )
        tariffs.update({g.tariff.name: g.tariff for g in grants if g.tariff is not None})
    return StationRules(
        station=StationInfo.from_model(station),
        plans={s.connector.connector_id if s.connector else None: Plan.from_model(s) for s in schedules},
        tariffs=tariffs,
        is_owner=is_owner,
        grants=tuple(GrantInfo.from_model(g) for g in grants),
    )


def _find_tag(session: Session, id_tag: str) -> IdTag | None:
    return session.scalars(
        select(IdTag).options(joinedload(IdTag.user)).where(IdTag.id_tag == id_tag)
    ).one_or_none()


def _active_elsewhere(session: Session, tag: TagInfo, station: Station, connector: int | None) -> str | None:
    """A running session of this tag (or of a tag with the same parent) at another station or connector."""
    presented = func.upper(ChargingSession.id_tag)
    same_tag = presented == tag.id_tag
    if tag.parent_id_tag:
        same_tag = or_(
            same_tag, presented.in_(select(IdTag.id_tag).where(IdTag.parent_id_tag == tag.parent_id_tag))
        )
    here = ChargingSession.charge_point_id == station.charge_point_id
    if (
        connector is not None
    ):  # without a connector (Authorize) a session at this station may be the one to stop
        here = and_(here, ChargingSession.connector_id == connector)
    row = session.execute(
        select(
            ChargingSession.id, ChargingSession.charge_point_id, ChargingSession.connector_id, Station.name
        )
        .outerjoin(Station, Station.id == ChargingSession.station_id)
        .where(ChargingSession.status == SessionStatus.ACTIVE, same_tag, not_(here))
        .order_by(ChargingSession.start_at)
        .limit(1)
    ).first()
    if row is None:
        return None
    session_id, cp_id, connector_id, name = row
    return f"station {name or cp_id} connector {connector_id} (session {session_id})"


def record_unknown_tag(
    session: Session, id_tag: str, station: Station, connector: int | None, at: dt.datetime
) -> None:
    """Insert or bump the 'unknown tag seen at station X, time T' row, atomically (two chargers may race)."""
    row = {
        "id_tag": id_tag,
        "charge_point_id": station.charge_point_id,
        "station_id": station.id,
        "connector_id": connector,
        "first_seen": at,
        "last_seen": at,
        "times_seen": 1,
    }
    key = [UnknownTag.id_tag, UnknownTag.charge_point_id]
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        pg = pg_insert(UnknownTag).values(row)
        session.execute(pg.on_conflict_do_update(index_elements=key, set_=_seen_again(pg.excluded)))
    elif dialect == "sqlite":
        lite = sqlite_insert(UnknownTag).values(row)
        session.execute(lite.on_conflict_do_update(index_elements=key, set_=_seen_again(lite.excluded)))
    else:
        raise NotImplementedError(f"recording unknown tags is not implemented for {dialect}")


def _seen_again(new: ReadOnlyColumnCollection[str, KeyedColumnElement[Any]]) -> dict[str, Any]:
    return {
        "station_id": new.station_id,
        "connector_id": func.coalesce(new.connector_id, UnknownTag.connector_id),
        "last_seen": new.last_seen,
        "times_seen": UnknownTag.times_seen + 1,
    }


def decide(
    session: Session,
    station: Station,
    connector: int | None,
    id_tag: str,
    at: dt.datetime,
    *,
    record_unknown: bool = True,
    check_concurrent: bool = True,
) -> Decision:
    """Authorize ``id_tag`` at ``station`` (and ``connector``; None for an Authorize before one is chosen).

    Without a connector the tag is accepted if it may charge at the station or at one of its connectors that
    has its own schedule or a grant for this user; StartTransaction then decides for the actual connector.
    """
    norm = normalise_id_tag(id_tag)
    info = StationInfo.from_model(station)
    well_formed = 0 < len(norm) <= ID_TAG_MAX
    row = _find_tag(session, norm) if well_formed else None
    if well_formed and row is None and record_unknown:
        record_unknown_tag(session, norm, station, connector, at)
    tag = TagInfo.from_model(row) if row is not None else None
    refused = _identity_problem(norm, tag, info, connector, at)
    if refused is not None:
        return refused
    assert tag is not None
    rules = load_rules(session, station, tag.user_id)
    candidates: list[int | None] = [connector]
    if connector is None:
        candidates += sorted(
            {c for c in rules.plans if c is not None} | {g.connector for g in rules.grants if g.connector}
        )

    def at_connector(c: int | None, elsewhere: str | None = None) -> Decision:
        return evaluate(
            norm,
            tag,
            info,
            rules.plan_for(c),
            at,
            connector=c,
            is_owner=rules.is_owner,
            grants=rules.grants,
            active_elsewhere=elsewhere,
        )

    decisions = [at_connector(c) for c in candidates]
    decision = next((d for d in decisions if d.accepted), decisions[0])
    if decision.accepted and check_concurrent:
        elsewhere = _active_elsewhere(session, tag, station, connector)
        if elsewhere is not None:
            decision = at_connector(decision.connector, elsewhere)
    if decision.connector != connector:
        decision = replace(decision, reason=f"{decision.reason} (at connector {decision.connector})")
    tariff = rules.tariffs.get(decision.tariff_name) if decision.tariff_name else None
    return replace(decision, tariff=tariff)


def explain(
    session: Session,
    charge_point_id: str,
    connector: int | None,
    id_tag: str,
    at_local: dt.datetime | None,
    now: dt.datetime | None = None,
) -> Decision:
    """What :func:`decide` would answer at the site-local wall time ``at_local`` (None: ``now``, default the
    current time). Unknown tags are not recorded; running sessions are only considered for "now"."""
    station = session.scalars(
        select(Station)
        .where(Station.charge_point_id == charge_point_id)
        .options(joinedload(Station.site), joinedload(Station.owner_tariff))
    ).one_or_none()
    if station is None:
        raise LookupError(f"No station has the charge point id {charge_point_id!r}.")
    note = None
    if at_local is None:
        at = now if now is not None else utcnow()
    else:
        at, note = from_local(at_local, station.site.timezone)
    decision = decide(
        session, station, connector, id_tag, at, record_unknown=False, check_concurrent=at_local is None
    )
    if note is None:
        return decision
    return replace(decision, reason=f"{decision.reason} (note: {note})", note=note)
