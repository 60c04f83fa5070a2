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
import weakref
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Any

from sqlalchemy import Select, and_, bindparam, exists, func, not_, or_, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session, joinedload, selectinload
from sqlalchemy.sql.base import ReadOnlyColumnCollection
from sqlalchemy.sql.elements import BindParameter, KeyedColumnElement

from app.models import (
    ID_TAG_MAX,
    AccessMode,
    AccessSchedule,
    AccessWindow,
    ChargingSession,
    Connector,
    DateException,
    GrantWindow,
    IdTag,
    SessionStatus,
    Site,
    SpecialGrant,
    Station,
    StationOwner,
    TagStatus,
    Tariff,
    UnknownTag,
    User,
    utcnow,
)
from app.services.central import config_version
from app.services.central.lean_sql import Lean, session_connection
from app.services.i18n import QT_TRANSLATE_NOOP, translate
from app.services.rules.plan import Exception_, Plan, Slot, Weekly, Window, from_local, mode_at, to_local
from app.services.rules.tags import normalise_tag
from app.services.texts import Text, loaded, shown

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
            return Text(STARTS, when=f"{to_local(self.valid_from, tz):%Y-%m-%d %H:%M}")
        if self.valid_until is not None and at >= self.valid_until:
            return Text(ENDED, when=f"{to_local(self.valid_until, tz):%Y-%m-%d %H:%M}")
        if self.windows and not any(w.covers(local) for w in self.windows):
            return Text(LIMITED_TO, windows=[w.label for w in self.windows])
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
    if not grants:  # (most presenters have none)
        return None
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


# --- the decision's reasons: English texts that keep their template and values (app/services/texts.py), so a
# console shows them in its operator's language (shown_reason); the verdict wraps the why
ACCEPTED = QT_TRANSLATE_NOOP("AccessReasons", "Accepted: {why}")
REJECTED = QT_TRANSLATE_NOOP("AccessReasons", "Rejected: {why}")
EMPTY = QT_TRANSLATE_NOOP("AccessReasons", "the idTag is empty")
TOO_LONG = QT_TRANSLATE_NOOP(
    "AccessReasons", "idTag {tag} is {length} characters long; an idToken has at most {most}"
)
UNKNOWN_TAG = QT_TRANSLATE_NOOP("AccessReasons", "tag {tag} is unknown (seen at station {station})")
BLOCKED = QT_TRANSLATE_NOOP("AccessReasons", "tag {tag} is blocked")
BLOCKED_OF = QT_TRANSLATE_NOOP("AccessReasons", "tag {tag} of {user} is blocked")
EXPIRED = QT_TRANSLATE_NOOP("AccessReasons", "tag {tag} expired on {when}")
EXPIRED_OF = QT_TRANSLATE_NOOP("AccessReasons", "tag {tag} of {user} expired on {when}")
MARKED_EXPIRED = QT_TRANSLATE_NOOP("AccessReasons", "tag {tag} is marked expired")
MARKED_EXPIRED_OF = QT_TRANSLATE_NOOP("AccessReasons", "tag {tag} of {user} is marked expired")
UNASSIGNED = QT_TRANSLATE_NOOP("AccessReasons", "tag {tag} is not assigned to anyone")
ACCOUNT_BLOCKED = QT_TRANSLATE_NOOP("AccessReasons", "tag {tag} belongs to {user}, whose account is blocked")
STATION_DISABLED = QT_TRANSLATE_NOOP("AccessReasons", "station {station} is disabled")
NOT_OWNER = QT_TRANSLATE_NOOP(
    "AccessReasons",
    "{source}, tag {tag} belongs to {user} who is not an owner of station {station} (only owners may charge)",
)
NOT_SPECIAL = QT_TRANSLATE_NOOP(
    "AccessReasons", "{source}, tag {tag} belongs to {user} who is not a special user of station {station}"
)
NOT_SPECIAL_NOW = QT_TRANSLATE_NOOP(
    "AccessReasons",
    "{source}, tag {tag} belongs to {user} who is not a special user of station {station} now (their special "
    "access {why})",
)
STARTS = QT_TRANSLATE_NOOP("AccessReasons", "starts {when}")
ENDED = QT_TRANSLATE_NOOP("AccessReasons", "ended {when}")
LIMITED_TO = QT_TRANSLATE_NOOP("AccessReasons", "is limited to {windows}")
ALREADY_CHARGING = QT_TRANSLATE_NOOP("AccessReasons", "tag {tag} of {user} is already charging at {where}")
ELSEWHERE = QT_TRANSLATE_NOOP("AccessReasons", "station {station} connector {connector} (session {session})")
OWNER_TARIFF = QT_TRANSLATE_NOOP(
    "AccessReasons", "{source} — {user} is an owner of station {station}; tariff '{tariff}'"
)
OWNER_FREE = QT_TRANSLATE_NOOP(
    "AccessReasons", "{source} — {user} is an owner of station {station}; no tariff"
)
SPECIAL_TARIFF = QT_TRANSLATE_NOOP(
    "AccessReasons", "{source} — {user} is a special user of station {station}; tariff '{tariff}'"
)
SPECIAL_FREE = QT_TRANSLATE_NOOP(
    "AccessReasons", "{source} — {user} is a special user of station {station}; no tariff"
)
USER_TARIFF = QT_TRANSLATE_NOOP("AccessReasons", "{source} — {user} is a registered user; tariff '{tariff}'")
USER_FREE = QT_TRANSLATE_NOOP("AccessReasons", "{source} — {user} is a registered user; no tariff")
AT_CONNECTOR = QT_TRANSLATE_NOOP("AccessReasons", "{reason} (at connector {connector})")
WITH_NOTE = QT_TRANSLATE_NOOP("AccessReasons", "{reason} (note: {note})")


def _added(reason: str, template: str, **values: Any) -> str:
    """``reason`` with a remark after it, inside its verdict ("Accepted: ... (at connector 2)")."""
    if isinstance(reason, Text) and reason.template in (ACCEPTED, REJECTED):
        return Text(reason.template, why=Text(template, reason=reason.args["why"], **values))
    return Text(template, reason=reason, **values)


def shown_reason(reason: Any) -> str:
    """A decision's reason in the operator's language (a plain string, as a stored reason is: as it is)."""
    return shown(reason, lambda text, n: translate("AccessReasons", text, None, n))


def shown_why(reason: Any) -> str:
    """The reason without its verdict ("Accepted: " or "Rejected: ": a column beside it says it), in the
    operator's language, its first letter a capital."""
    value = loaded(reason)
    if isinstance(value, Text) and value.template in (ACCEPTED, REJECTED):
        text = shown_reason(value.args["why"])
    else:
        text = shown_reason(value)
        for prefix in ("Accepted: ", "Rejected: "):
            text = text.removeprefix(prefix)
    return text[:1].upper() + text[1:]


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
    refusal = _identity_refusal(id_tag, tag, station, at)
    if refusal is None:
        return None
    status, reason, known = refusal
    if not known or tag is None:
        return Decision(status, reason, id_tag, station.name, connector, at=at, timezone=station.timezone)
    return Decision(
        status,
        reason,
        id_tag,
        station.name,
        connector,
        role=Role.USER if tag.user_id is not None else Role.UNKNOWN,
        user_id=tag.user_id,
        user_name=tag.user_name,
        expiry=tag.expiry,
        parent_id_tag=tag.parent_id_tag,
        at=at,
        timezone=station.timezone,
    )


def _identity_refusal(
    id_tag: str, tag: TagInfo | None, station: StationInfo, at: dt.datetime
) -> tuple[AuthStatus, str, bool] | None:
    """(status, reason, whether the tag was found) of a refusal by :func:`_identity_problem`, or None."""
    tag_ = abbreviate(id_tag)

    def rejected(template: str, **values: Any) -> str:
        return Text(REJECTED, why=Text(template, **values))

    if not id_tag:
        return AuthStatus.INVALID, rejected(EMPTY), False
    if len(id_tag) > ID_TAG_MAX:
        return AuthStatus.INVALID, rejected(TOO_LONG, tag=tag_, length=len(id_tag), most=ID_TAG_MAX), False
    if tag is None:
        return AuthStatus.INVALID, rejected(UNKNOWN_TAG, tag=tag_, station=station.name), False
    user = tag.user_name
    if tag.status is TagStatus.BLOCKED:
        return AuthStatus.BLOCKED, rejected(BLOCKED_OF if user else BLOCKED, tag=tag_, user=user), True
    if tag.expiry is not None and tag.expiry <= at:
        when = f"{to_local(tag.expiry, station.timezone):%Y-%m-%d %H:%M}"
        return (
            AuthStatus.EXPIRED,
            rejected(EXPIRED_OF if user else EXPIRED, tag=tag_, user=user, when=when),
            True,
        )
    if tag.status is TagStatus.EXPIRED:
        return (
            AuthStatus.EXPIRED,
            rejected(MARKED_EXPIRED_OF if user else MARKED_EXPIRED, tag=tag_, user=user),
            True,
        )
    if tag.user_id is None:
        return AuthStatus.INVALID, rejected(UNASSIGNED, tag=tag_), True
    if not tag.user_active:
        return AuthStatus.BLOCKED, rejected(ACCOUNT_BLOCKED, tag=tag_, user=user), True
    if not station.enabled:
        return AuthStatus.BLOCKED, rejected(STATION_DISABLED, station=station.name), True
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
    assert tag is not None
    return _by_rules(id_tag, tag, station, plan, at, connector, is_owner, grants, active_elsewhere)


def _by_rules(
    id_tag: str,
    tag: TagInfo,
    station: StationInfo,
    plan: Plan | None,
    at: dt.datetime,
    connector: int | None,
    is_owner: bool,
    grants: Sequence[GrantInfo],
    active_elsewhere: str | None,
) -> Decision:
    """:func:`evaluate` for a tag that passed :func:`_identity_problem` (at this station, at ``at``): the
    station's rules. The reasons' texts are made only for the answer given."""
    if at.tzinfo is None:
        raise ValueError("evaluate() needs an aware UTC instant")
    assert tag.user_name is not None
    tz = station.timezone
    local = to_local(at, tz)
    slot = mode_at(plan if plan is not None else OPEN_PLAN, local)
    grant = None if is_owner else valid_grant(grants, connector, at, local, tz)
    role = Role.OWNER if is_owner else Role.SPECIAL if grant is not None else Role.USER
    user = tag.user_name

    def decision(
        status: AuthStatus,
        reason: str,
        tariff_name: str | None = None,
        expiry: dt.datetime | None = tag.expiry,
    ) -> Decision:
        return Decision(
            status,
            reason,
            id_tag,
            station.name,
            connector,
            role=role,
            user_id=tag.user_id,
            user_name=user,
            mode=slot.mode,
            slot=slot,
            tariff_name=tariff_name,
            expiry=expiry,
            parent_id_tag=tag.parent_id_tag,
            at=at,
            local_time=local,
            timezone=tz,
        )

    values = {"source": slot.source, "tag": abbreviate(id_tag), "user": user, "station": station.name}
    if role is not Role.OWNER and slot.mode is AccessMode.PRIVATE:
        return decision(AuthStatus.INVALID, Text(REJECTED, why=Text(NOT_OWNER, **values)))
    if role is Role.USER and slot.mode is AccessMode.LIMITED:
        mine = sorted((g for g in grants if g.applies_to(connector)), key=lambda g: g.connector is None)
        why = next((p for g in mine if (p := g.problem(at, local, tz))), None)
        refused = Text(NOT_SPECIAL_NOW, **values, why=why) if why else Text(NOT_SPECIAL, **values)
        return decision(AuthStatus.INVALID, Text(REJECTED, why=refused))
    if active_elsewhere is not None:
        already = Text(ALREADY_CHARGING, tag=values["tag"], user=user, where=active_elsewhere)
        return decision(AuthStatus.CONCURRENT_TX, Text(REJECTED, why=already))
    tariff, _ = tariff_for(role, grant, slot, station.owner_tariff)
    accepted = {
        Role.OWNER: (OWNER_TARIFF, OWNER_FREE),
        Role.SPECIAL: (SPECIAL_TARIFF, SPECIAL_FREE),
    }.get(role, (USER_TARIFF, USER_FREE))
    why = Text(accepted[0], **values, tariff=tariff) if tariff is not None else Text(accepted[1], **values)
    return decision(
        AuthStatus.ACCEPTED, Text(ACCEPTED, why=why), tariff, _cache_expiry(tag, role, grant, slot, local, tz)
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


# --- plain-data loading (Core statements, compiled once) and the rules cache --------------------------------


@dataclass(frozen=True, slots=True)
class TariffRow:
    """A tariff's prices as stored (what pricing needs), without an ORM object."""

    id: int
    name: str
    per_kwh: Decimal
    per_hour: Decimal
    free_minutes: int
    start_fee: Decimal
    vat_included: bool
    currency: str | None


@dataclass(frozen=True)
class StationConfig:
    """Everything the rule and the pricing read about one station, as plain data that can be cached.

    ``plans``: None = the station's own schedule, n = connector n's override. ``tariffs``: every tariff the
    plans, the owner tariff and the loaded grants name. ``owners`` and ``grants`` cover the users they were loaded
    for (every user when loaded for the cache, one user otherwise).
    """

    station_id: int
    charge_point_id: str
    info: StationInfo
    vat_percent: Decimal
    currency: str
    plans: Mapping[int | None, Plan]
    tariffs: Mapping[str, TariffRow]
    owners: frozenset[int]
    grants: Mapping[int, tuple[GrantInfo, ...]]  # by user id, each in id order

    def plan_for(self, connector: int | None) -> Plan | None:
        """The connector's own plan if it has one, else the station's (None: no schedule at all)."""
        own = self.plans.get(connector)
        return own if own is not None else self.plans.get(None)

    def is_owner(self, user_id: int | None) -> bool:
        return user_id is not None and user_id in self.owners

    def grants_of(self, user_id: int | None) -> tuple[GrantInfo, ...]:
        return self.grants.get(user_id, ()) if user_id is not None else ()


class _AllUsers(enum.Enum):
    ALL = "all"


ALL_USERS = _AllUsers.ALL

_ST = Station.__table__
_SITES = Site.__table__
_SCHED = AccessSchedule.__table__
_WIN = AccessWindow.__table__
_EXC = DateException.__table__
_CONN = Connector.__table__
_OWN = StationOwner.__table__
_GRANT = SpecialGrant.__table__
_GWIN = GrantWindow.__table__
_TAGS = IdTag.__table__
_USERS = User.__table__
_CS = ChargingSession.__table__
_B_STATION: BindParameter[Any] = bindparam("b_station")
_B_USER: BindParameter[Any] = bindparam("b_user")

_Q_STATION = (
    select(
        _ST.c.id,
        _ST.c.charge_point_id,
        _ST.c.name,
        _ST.c.enabled,
        _ST.c.owner_tariff_id,
        _SITES.c.timezone,
        _SITES.c.vat_percent,
        _SITES.c.currency,
    )
    .join(_SITES, _SITES.c.id == _ST.c.site_id)
    .where(_ST.c.id == _B_STATION)
)
_Q_SCHEDULES = (
    select(_SCHED.c.id, _CONN.c.connector_id, _SCHED.c.default_mode, _SCHED.c.default_tariff_id)
    .outerjoin(_CONN, _CONN.c.id == _SCHED.c.connector_pk)
    .where(_SCHED.c.station_id == _B_STATION)
    .order_by(_SCHED.c.id)
)
_Q_WINDOWS = (
    select(
        _WIN.c.schedule_id, _WIN.c.days, _WIN.c.start_minute, _WIN.c.end_minute, _WIN.c.mode, _WIN.c.tariff_id
    )
    .join(_SCHED, _SCHED.c.id == _WIN.c.schedule_id)
    .where(_SCHED.c.station_id == _B_STATION)
    .order_by(_WIN.c.schedule_id, _WIN.c.position, _WIN.c.id)
)
_Q_EXCEPTIONS = (
    select(
        _EXC.c.schedule_id, _EXC.c.date, _EXC.c.follow_weekday, _EXC.c.mode, _EXC.c.tariff_id, _EXC.c.label
    )
    .join(_SCHED, _SCHED.c.id == _EXC.c.schedule_id)
    .where(_SCHED.c.station_id == _B_STATION)
    .order_by(_EXC.c.schedule_id, _EXC.c.date)
)
_Q_OWNERS = select(_OWN.c.user_id).where(_OWN.c.station_id == _B_STATION)
_Q_OWNER = _Q_OWNERS.where(_OWN.c.user_id == _B_USER)
_Q_GRANTS = (
    select(
        _GRANT.c.id,
        _GRANT.c.user_id,
        _CONN.c.connector_id,
        _GRANT.c.tariff_id,
        _GRANT.c.valid_from,
        _GRANT.c.valid_until,
    )
    .outerjoin(_CONN, _CONN.c.id == _GRANT.c.connector_pk)
    .where(_GRANT.c.station_id == _B_STATION)
    .order_by(_GRANT.c.id)
)
_Q_USER_GRANTS = _Q_GRANTS.where(_GRANT.c.user_id == _B_USER)
_Q_GRANT_WINDOWS = (
    select(_GWIN.c.grant_id, _GWIN.c.days, _GWIN.c.start_minute, _GWIN.c.end_minute)
    .where(_GWIN.c.grant_id.in_(bindparam("b_grants", expanding=True)))
    .order_by(_GWIN.c.grant_id, _GWIN.c.position, _GWIN.c.id)
)
_Q_TAG = (
    select(
        _TAGS.c.id_tag,
        _TAGS.c.status,
        _TAGS.c.expiry,
        _TAGS.c.parent_id_tag,
        _TAGS.c.user_id,
        _USERS.c.name,
        _USERS.c.active,
    )
    .outerjoin(_USERS, _USERS.c.id == _TAGS.c.user_id)
    .where(_TAGS.c.id_tag == bindparam("b_tag"))
)


def _autoflush(session: Session) -> None:
    """What an ORM query would do first: the Core statements below do not flush pending changes by themselves."""
    if session.autoflush:
        session.flush()


@dataclass(frozen=True, slots=True)
class _StationRow:
    station_id: int
    charge_point_id: str
    name: str
    enabled: bool
    owner_tariff_id: int | None
    timezone: str
    vat_percent: Decimal
    currency: str


def _load_station_row(session: Session, station_id: int) -> _StationRow | None:
    row = session.connection().execute(_Q_STATION, {"b_station": station_id}).first()
    return _StationRow(*row) if row is not None else None


def load_tag(session: Session, id_tag: str) -> TagInfo | None:
    """The normalised ``id_tag`` with its user, or None when no such tag is registered."""
    row = session.connection().execute(_Q_TAG, {"b_tag": id_tag}).first()
    if row is None:
        return None
    tag, status, expiry, parent, user_id, user_name, user_active = row
    return TagInfo(
        tag,
        status,
        expiry,
        parent,
        user_id,
        user_name if user_id is not None else None,
        bool(user_active) if user_id is not None else True,
    )


def load_station_config(
    session: Session, station_id: int, user_id: int | _AllUsers | None = ALL_USERS
) -> StationConfig | None:
    """A station's rules as plain data in a fixed handful of queries, whatever the size of its schedules:
    owners and grants of ``user_id`` only, or of every user (:data:`ALL_USERS`, for the cache). None when the
    station does not exist."""
    row = _load_station_row(session, station_id)
    return None if row is None else _load_config(session, row, user_id)


def _load_config(
    session: Session,
    row: _StationRow,
    user_id: int | _AllUsers | None,
    orm_tariffs: dict[int, Tariff] | None = None,
) -> StationConfig:
    conn = session.connection()
    params: dict[str, Any] = {"b_station": row.station_id}
    schedules = conn.execute(_Q_SCHEDULES, params).all()
    windows: dict[int, list[Any]] = {}
    exceptions: dict[int, list[Any]] = {}
    if schedules:
        for w in conn.execute(_Q_WINDOWS, params):
            windows.setdefault(w.schedule_id, []).append(w)
        for e in conn.execute(_Q_EXCEPTIONS, params):
            exceptions.setdefault(e.schedule_id, []).append(e)
    owners: frozenset[int] = frozenset()
    grant_rows: Sequence[Any] = ()
    if user_id is ALL_USERS:
        owners = frozenset(conn.execute(_Q_OWNERS, params).scalars())
        grant_rows = conn.execute(_Q_GRANTS, params).all()
    elif user_id is not None:
        user_params = {**params, "b_user": user_id}
        owners = frozenset(conn.execute(_Q_OWNER, user_params).scalars())
        grant_rows = conn.execute(_Q_USER_GRANTS, user_params).all()
    grant_windows: dict[int, list[Weekly]] = {}
    if grant_rows:
        for g in conn.execute(_Q_GRANT_WINDOWS, {"b_grants": [g.id for g in grant_rows]}):
            grant_windows.setdefault(g.grant_id, []).append(Weekly(g.days, g.start_minute, g.end_minute))

    ids = {row.owner_tariff_id, *(s.default_tariff_id for s in schedules), *(g.tariff_id for g in grant_rows)}
    ids.update(w.tariff_id for ws in windows.values() for w in ws)
    ids.update(e.tariff_id for es in exceptions.values() for e in es)
    ids.discard(None)
    by_id: dict[int, TariffRow] = {}
    if ids:
        for t in session.scalars(select(Tariff).where(Tariff.id.in_(ids))):
            if orm_tariffs is not None:  # the session's identity map holds them only weakly
                orm_tariffs[t.id] = t
            by_id[t.id] = TariffRow(
                t.id,
                t.name,
                Decimal(t.per_kwh),
                Decimal(t.per_hour),
                t.free_minutes,
                Decimal(t.start_fee),
                t.vat_included,
                t.currency,
            )

    def name(tariff_id: int | None) -> str | None:
        return by_id[tariff_id].name if tariff_id is not None else None

    plans: dict[int | None, Plan] = {}
    for s in schedules:
        plans[s.connector_id] = Plan(
            default_mode=s.default_mode,
            default_tariff=name(s.default_tariff_id),
            windows=tuple(
                Window(w.days, w.start_minute, w.end_minute, w.mode, name(w.tariff_id))
                for w in windows.get(s.id, ())
            ),
            exceptions=tuple(
                Exception_(e.date, e.follow_weekday, e.mode, name(e.tariff_id), e.label)
                for e in exceptions.get(s.id, ())
            ),
        )
    grants: dict[int, list[GrantInfo]] = {}
    for g in grant_rows:
        grants.setdefault(g.user_id, []).append(
            GrantInfo(
                valid_from=g.valid_from,
                valid_until=g.valid_until,
                windows=tuple(grant_windows.get(g.id, ())),
                tariff=name(g.tariff_id),
                connector=g.connector_id,
            )
        )
    return StationConfig(
        station_id=row.station_id,
        charge_point_id=row.charge_point_id,
        info=StationInfo(row.name, row.timezone, bool(row.enabled), name(row.owner_tariff_id)),
        vat_percent=Decimal(row.vat_percent),
        currency=row.currency,
        plans=plans,
        tariffs={t.name: t for t in by_id.values()},
        owners=owners,
        grants={u: tuple(gs) for u, gs in grants.items()},
    )


class RulesCache:
    """Station configurations and tags for the central system's decisions and prices, kept while the
    configuration stamp (:mod:`app.services.central.config_version`) stays the same.

    The stamp is read at most once per transaction (for the store writer: once per batch), and again after the
    session itself bumped it; when it differs from the one the cache was filled under, everything is dropped.
    Entries are loaded after the stamp is read, so they are never older than it. Use it from one thread (the
    store writer's); the values it hands out are immutable.
    """

    def __init__(self, max_tags: int = 100_000, max_stations: int = 20_000) -> None:
        self.max_tags = max_tags
        self.max_stations = max_stations
        self.version: Any = _UNSET
        self.stations: dict[int, StationConfig | None] = {}
        self.tags: dict[str, TagInfo | None] = {}
        self.hits = self.misses = self.resets = 0
        self._checked: tuple[weakref.ReferenceType[Any] | None, int] = (None, -1)

    def clear(self) -> None:
        self.stations.clear()
        self.tags.clear()
        self.version = _UNSET

    def sync(self, session: Session) -> None:
        """Read the stamp unless it was read already in this transaction (and not bumped since)."""
        transaction = session.get_transaction()
        ref, bumped = self._checked
        if (
            transaction is not None
            and ref is not None
            and ref() is transaction
            and bumped == config_version.bumps(session)
        ):
            return
        version = config_version.current(session)
        if version != self.version:
            if self.version is not _UNSET:
                self.resets += 1
            self.stations.clear()
            self.tags.clear()
            self.version = version
        transaction = session.get_transaction()  # begun by the read above if there was none
        self._checked = (
            weakref.ref(transaction) if transaction is not None else None,
            config_version.bumps(session),
        )

    def station(self, session: Session, station_id: int) -> StationConfig | None:
        self.sync(session)
        try:
            config = self.stations[station_id]
        except KeyError:
            self.misses += 1
            if len(self.stations) >= self.max_stations:
                self.stations.clear()
            config = self.stations[station_id] = load_station_config(session, station_id)
            return config
        self.hits += 1
        return config

    def tag(self, session: Session, id_tag: str) -> TagInfo | None:
        """The normalised tag (None: not registered; remembered too, until the configuration changes)."""
        self.sync(session)
        try:
            info = self.tags[id_tag]
        except KeyError:
            self.misses += 1
            if len(self.tags) >= self.max_tags:  # e.g. a charger presenting endless made-up tags
                self.tags.clear()
            info = self.tags[id_tag] = load_tag(session, id_tag)
            return info
        self.hits += 1
        return info


_UNSET = object()
CACHE_KEY = "chargedesk.rules_cache"  # Session.info key: the RulesCache the session's work should use


def rules_cache(session: Session) -> RulesCache | None:
    """The cache the session carries in its ``info`` (the store writer's sessions do), else None."""
    cache = session.info.get(CACHE_KEY)
    return cache if isinstance(cache, RulesCache) else None


def _active_query(with_parent: bool, with_connector: bool) -> Select[Any]:
    presented = func.upper(_CS.c.id_tag)
    same_tag = presented == bindparam("b_tag")
    if with_parent:
        same_tag = or_(
            same_tag,
            presented.in_(select(_TAGS.c.id_tag).where(_TAGS.c.parent_id_tag == bindparam("b_parent"))),
        )
    here = _CS.c.charge_point_id == bindparam("b_cp")
    if with_connector:  # without a connector (Authorize) a session at this station may be the one to stop
        here = and_(here, _CS.c.connector_id == bindparam("b_connector"))
    return (
        select(_CS.c.id, _CS.c.charge_point_id, _CS.c.connector_id, _ST.c.name)
        .select_from(_CS.outerjoin(_ST, _ST.c.id == _CS.c.station_id))
        # only an accepted session holds the card: a refused start the charger abandoned never locks it
        .where(_CS.c.status == SessionStatus.ACTIVE, _CS.c.auth_status == "Accepted", same_tag, not_(here))
        .order_by(_CS.c.start_at)
        .limit(1)
    )


_ACTIVE = {(p, c): Lean(_active_query(p, c)) for p in (False, True) for c in (False, True)}


def active_query(with_parent: bool) -> Select[Any]:
    """The "active elsewhere" query for a StartTransaction (a connector given), for a caller that runs it inside
    a statement of its own (binds: :func:`active_params`; the row: :func:`describe_active`)."""
    return _active_query(with_parent, True)


def active_params(tag: TagInfo, charge_point_id: str, connector: int | None) -> dict[str, Any]:
    return {
        "b_tag": tag.id_tag,
        "b_parent": tag.parent_id_tag,
        "b_cp": charge_point_id,
        "b_connector": connector,
    }


def describe_active(session_id: int | None, cp_id: str, connector_id: int, name: str | None) -> str | None:
    """The description of a running session found by the "active elsewhere" query (None: no such session)."""
    if session_id is None:
        return None
    return Text(ELSEWHERE, station=name or cp_id, connector=connector_id, session=session_id)


def _active_elsewhere(
    session: Session, tag: TagInfo, charge_point_id: str, connector: int | None
) -> str | None:
    """A running session of this tag (or of a tag with the same parent) at another station or connector."""
    query = _ACTIVE[(bool(tag.parent_id_tag), connector is not None)]
    row = query.execute(session_connection(session), active_params(tag, charge_point_id, connector)).first()
    return None if row is None else describe_active(*row)


_UNKNOWN_UPSERT: dict[str, Any] = {}
_UNKNOWN_UPSERT_LEAN: dict[str, Lean] = {}


def _unknown_upsert(dialect: str) -> Any:
    stmt = _UNKNOWN_UPSERT.get(dialect)
    if stmt is None:
        values: dict[str, BindParameter[Any]] = {
            c: bindparam(f"b_{c}")
            for c in (
                "id_tag",
                "charge_point_id",
                "station_id",
                "connector_id",
                "first_seen",
                "last_seen",
                "times_seen",
            )
        }
        key = [UnknownTag.id_tag, UnknownTag.charge_point_id]
        if dialect == "postgresql":
            from sqlalchemy.dialects.postgresql import insert as pg_insert  # not imported on SQLite

            pg = pg_insert(UnknownTag.__table__).values(values)
            stmt = pg.on_conflict_do_update(index_elements=key, set_=_seen_again(pg.excluded))
        elif dialect == "sqlite":
            lite = sqlite_insert(UnknownTag.__table__).values(values)
            stmt = lite.on_conflict_do_update(index_elements=key, set_=_seen_again(lite.excluded))
        else:
            raise NotImplementedError(f"recording unknown tags is not implemented for {dialect}")
        _UNKNOWN_UPSERT[dialect] = stmt
    return stmt


def _record_unknown(
    session: Session,
    id_tag: str,
    station_id: int,
    charge_point_id: str,
    connector: int | None,
    at: dt.datetime,
) -> None:
    conn = session.connection()
    name = conn.dialect.name
    lean = _UNKNOWN_UPSERT_LEAN.get(name)
    if lean is None:  # compiled once per dialect: SQLAlchemy's cache missed this upsert on every call
        lean = _UNKNOWN_UPSERT_LEAN[name] = Lean(_unknown_upsert(name))
    lean.execute(
        conn,
        {
            "b_id_tag": id_tag,
            "b_charge_point_id": charge_point_id,
            "b_station_id": station_id,
            "b_connector_id": connector,
            "b_first_seen": at,
            "b_last_seen": at,
            "b_times_seen": 1,
        },
    )


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
    cache: RulesCache | None = None,
) -> Decision:
    """Authorize ``id_tag`` at ``station`` (and ``connector``; None for an Authorize before one is chosen).

    Without a connector the tag is accepted if it may charge at the station or at one of its connectors that
    has its own schedule or a grant for this user; StartTransaction then decides for the actual connector.
    With a ``cache`` the station's rules and the tag come from it (see :class:`RulesCache`).
    """
    decision = decide_at(
        session,
        station.id,
        connector,
        id_tag,
        at,
        record_unknown=record_unknown,
        check_concurrent=check_concurrent,
        cache=cache,
    )
    if decision is None:
        raise LookupError(f"station {station.id} is not in the database")
    return decision


def decide_at(
    session: Session,
    station_id: int,
    connector: int | None,
    id_tag: str,
    at: dt.datetime,
    *,
    record_unknown: bool = True,
    check_concurrent: bool = True,
    cache: RulesCache | None = None,
    with_tariff: bool = True,
    known_elsewhere: tuple[TagInfo, str | None] | None = None,
) -> Decision | None:
    """:func:`decide` for a station id (None when there is no such station). ``with_tariff=False`` leaves
    ``Decision.tariff`` (the ORM object) empty, for callers that only need ``tariff_name``. ``known_elsewhere``:
    the caller already ran the "active elsewhere" check (:func:`active_query`) for this tag (as it is now, in the
    same transaction, nothing written since) and ``connector``: its answer is used when the tag is still the same."""
    _autoflush(session)
    norm = normalise_tag(id_tag)
    well_formed = 0 < len(norm) <= ID_TAG_MAX
    config: StationConfig | None = None
    station_row: _StationRow | None = None
    if cache is not None:
        config = cache.station(session, station_id)
        if config is None:
            return None
        row_info, cp_id = config.info, config.charge_point_id
        tag = cache.tag(session, norm) if well_formed else None
    else:
        station_row = _load_station_row(session, station_id)
        if station_row is None:
            return None
        cp_id = station_row.charge_point_id
        row_info = StationInfo(station_row.name, station_row.timezone, bool(station_row.enabled), None)
        tag = load_tag(session, norm) if well_formed else None
    if well_formed and tag is None and record_unknown:
        _record_unknown(session, norm, station_id, cp_id, connector, at)
    refused = _identity_problem(norm, tag, row_info, connector, at)
    if refused is not None:
        return refused
    assert tag is not None
    orm_tariffs: dict[int, Tariff] = {}
    if config is None:
        assert station_row is not None  # loaded above when there is no cache
        config = _load_config(session, station_row, tag.user_id, orm_tariffs)
    info = config.info
    is_owner, grants = config.is_owner(tag.user_id), config.grants_of(tag.user_id)
    candidates: list[int | None] = [connector]
    if connector is None:
        candidates += sorted(
            {c for c in config.plans if c is not None} | {g.connector for g in grants if g.connector}
        )

    def at_connector(c: int | None, elsewhere: str | None = None) -> Decision:
        # the tag passed _identity_problem above (its answer does not depend on the connector)
        return _by_rules(norm, tag, info, config.plan_for(c), at, c, is_owner, grants, elsewhere)

    decisions = [at_connector(c) for c in candidates]
    decision = next((d for d in decisions if d.accepted), decisions[0])
    if decision.accepted and check_concurrent:
        if known_elsewhere is not None and known_elsewhere[0] == tag:
            elsewhere = known_elsewhere[1]
        else:
            elsewhere = _active_elsewhere(session, tag, cp_id, connector)
        if elsewhere is not None:
            decision = at_connector(decision.connector, elsewhere)
    if decision.connector != connector:
        decision = replace(
            decision, reason=_added(decision.reason, AT_CONNECTOR, connector=decision.connector)
        )
    if with_tariff and decision.tariff_name:
        row = config.tariffs.get(decision.tariff_name)
        if row is not None:
            decision = replace(decision, tariff=orm_tariffs.get(row.id) or session.get(Tariff, row.id))
    return decision


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
    return replace(decision, reason=_added(decision.reason, WITH_NOTE, note=note), note=note)
