"""The local authorization list of a charger (OCPP 1.6 SendLocalList) and what the Operations tab picks from.

A charger uses its local list without asking the central system (offline, or with LocalPreAuthorize), so an
entry must be right at *every* moment it may be used. :func:`build_local_list` therefore puts in only the
tags that may charge at this charger's station at any time, on every connector:

* tags of the station's **owners** (owners may charge whatever the mode);
* tags of **special users** whose grants cover every Limited stretch of the schedule (a grant without own
  access times, or whose times cover all of them) and where no connector is ever Private;
* tags of every **registered user** when every connector is Public at all times.

Everything else that is relevant is **left out** with the reason a person reads ("access depends on time:
Limited Mon–Fri 07:00–18:00", "tag expired on 2026-03-01 00:00", "tag blocked", "user account blocked"). The
schedule is looked at from now over :data:`HORIZON_DAYS` days in the site's local time, date exceptions
included (a company closing day that is Private takes a registered user out of the list).

A grant that ends (``valid_until``) does not take its user out: the entry carries it as ``expiryDate``, so the
charger stops using it then; the tag's own expiry is carried the same way. The rule itself is
:mod:`app.services.rules.access`; this module only asks it the question "always?".

:func:`charger_context` gathers what the Operations tab offers in its pickers (connectors, tags with their
users, the sessions running on the charger) in a few bounded queries.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from app.models import (
    ID_TAG_MAX,
    ID_TAG_MAX_16,
    AccessMode,
    Charger,
    ChargingSession,
    Connector,
    IdTag,
    SessionStatus,
    Station,
    TagStatus,
    User,
    utcnow,
)
from app.ocpp.values import iso
from app.services.i18n import translate
from app.services.rules.access import OPEN_PLAN, GrantInfo, load_station_config, shown_reason
from app.services.rules.plan import Plan, Slot, from_local, mode_at, to_local

__all__ = [
    "HORIZON_DAYS",
    "ActiveSession",
    "ChargerContext",
    "LeftOut",
    "LocalList",
    "LocalListEntry",
    "TagChoice",
    "build_local_list",
    "charger_context",
    "refused_entries",
]

HORIZON_DAYS = 366  # how far ahead "at any time" looks (a year: every date exception and both DST changes)
TAG_CHOICES_LIMIT = 2000
_MAX_STRETCHES = 50_000  # a schedule that changes more often than this within the horizon is cut there


@dataclass(frozen=True)
class LocalListEntry:
    """A tag in the list: ``idTagInfo`` status Accepted, with its expiry and parent."""

    id_tag: str
    user_name: str
    role: str  # "owner" | "special user" | "registered user", as the operator reads it
    expiry: dt.datetime | None = None
    parent_id_tag: str | None = None
    status: str = "Accepted"
    rank: int = 2  # who goes first when the list is cut: 0 owner, 1 special user, 2 registered user

    def as_ocpp(self) -> dict[str, Any]:
        """The 1.6 AuthorizationData: ``{"idTag": ..., "idTagInfo": {"status": ..., ...}}``."""
        info: dict[str, Any] = {"status": self.status}
        if self.expiry is not None:
            info["expiryDate"] = iso(self.expiry)
        if self.parent_id_tag:
            info["parentIdTag"] = self.parent_id_tag
        return {"idTag": self.id_tag, "idTagInfo": info}


@dataclass(frozen=True)
class LeftOut:
    """A tag that is not in the list, and why."""

    id_tag: str
    user_name: str
    reason: str


@dataclass(frozen=True)
class LocalList:
    charge_point_id: str
    station_name: str
    entries: tuple[LocalListEntry, ...]
    left_out: tuple[LeftOut, ...]
    built_at: dt.datetime
    public_always: bool = False  # every connector is Public at all times: every registered user is in
    not_listed: int = 0  # tags neither in nor listed as left out (never allowed here, or assigned to nobody)
    ocpp_version: str = "1.6"  # of the station: a 1.6 charger holds idTags of at most 20 characters
    # the site's blocked cards (a tag blocked or marked expired, a user's account blocked), as Blocked or Expired
    # entries: filled by local_sync (refused_entries) for a charger that lets cards it does not know charge offline
    refused: tuple[LocalListEntry, ...] = ()

    def payload(self, update_type: str = "Full") -> list[dict[str, Any]]:
        """``localAuthorizationList`` for SendLocalList. A Differential update also removes the tags left out
        (an entry without idTagInfo removes the tag from the charger's list)."""
        if update_type not in ("Full", "Differential"):
            raise ValueError(f"update type {update_type!r}: use Full or Differential")
        out = [e.as_ocpp() for e in self.entries]
        if update_type == "Differential":
            listed = {e.id_tag for e in self.entries}
            fits = ID_TAG_MAX_16 if self.ocpp_version != "2.0.1" else ID_TAG_MAX
            out += [
                {"idTag": x.id_tag} for x in self.left_out if x.id_tag not in listed and len(x.id_tag) <= fits
            ]  # a longer one never got there
        return out


# --- the timeline of modes ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Stretch:
    start: dt.datetime  # local wall-clock time, naive
    end: dt.datetime
    slot: Slot


def _timeline(plan: Plan, start: dt.datetime, end: dt.datetime) -> list[_Stretch]:
    """The slots of ``plan`` from local ``start`` to local ``end``, as consecutive stretches."""
    out: list[_Stretch] = []
    t = start
    while t < end and len(out) < _MAX_STRETCHES:
        slot = mode_at(plan, t)
        stop = slot.until if slot.until is not None and slot.until < end else end
        if stop <= t:  # never expected; keeps the walk finite
            stop = t + dt.timedelta(minutes=1)
        out.append(_Stretch(t, stop, slot))
        t = stop
    return out


_FAR = dt.datetime.max


@functools.lru_cache(maxsize=65_536)
def _instant(local: dt.datetime, tz: str) -> dt.datetime:
    """``from_local``'s instant, remembered: every user's grants are looked at on the same stretch edges."""
    return from_local(local, tz)[0]


def _grant_cover(
    grants: Sequence[GrantInfo], local: dt.datetime, tz: str, honour_end: bool
) -> dt.datetime | None:
    """Until when (local) one of the grants lets its user in from ``local`` on, or None when none does now."""
    # the instant only when a grant has a validity (the zone conversion is most of the cost of a long timeline)
    at = _instant(local, tz) if any(g.valid_from or g.valid_until for g in grants) else None
    best: dt.datetime | None = None
    for g in grants:
        if at is not None and g.valid_from is not None and at < g.valid_from:
            continue
        if at is not None and honour_end and g.valid_until is not None and at >= g.valid_until:
            continue
        if g.windows:
            ends = [e for w in g.windows if (e := w.occurrence_end(local)) is not None]
            if not ends:
                continue
            until = max(ends)
        else:
            until = _FAR
        if honour_end and g.valid_until is not None:
            until = min(until, to_local(g.valid_until, tz))
        best = until if best is None else max(best, until)
    return best


def _first_gap(
    grants: Sequence[GrantInfo], stretch: _Stretch, tz: str, honour_end: bool
) -> dt.datetime | None:
    """The first local moment of a Limited stretch no grant covers (None: all of it is covered)."""
    t = stretch.start
    while t < stretch.end:
        until = _grant_cover(grants, t, tz, honour_end)
        if until is None or until <= t:
            return t
        t = until
    return None


def _grant_gap_reason(grants: Sequence[GrantInfo], at_local: dt.datetime, tz: str, stretch: _Stretch) -> str:
    at = from_local(at_local, tz)[0]
    future = [g for g in grants if g.valid_from is not None and at < g.valid_from]
    if future and len(future) == len(grants):
        start = min(g.valid_from for g in future if g.valid_from is not None)
        return translate("LocalList", "their special access starts {start} ({schedule})").format(
            start=f"{to_local(start, tz):%Y-%m-%d %H:%M}", schedule=shown_reason(stretch.slot.source)
        )
    times = ", ".join(w.label for g in grants for w in g.windows)
    return translate("LocalList", "their special access is limited to {times} ({schedule})").format(
        times=times, schedule=shown_reason(stretch.slot.source)
    )


@dataclass
class _Verdict:
    ok: bool
    reason: str = ""
    expiry: dt.datetime | None = None  # UTC, for an ok verdict whose grant ends


def _judge(
    timelines: dict[int | None, list[_Stretch]],
    grants: Sequence[GrantInfo],
    is_owner: bool,
    tz: str,
    now: dt.datetime,
) -> _Verdict:
    """Whether a user may charge at every connector at every moment of the timelines."""
    if is_owner:
        return _Verdict(True)
    grants = [g for g in grants if g.valid_until is None or g.valid_until > now]
    failures: list[tuple[int | None, dt.datetime, str]] = []  # (connector, local moment, why)
    allowed_somewhere = False
    expiry: dt.datetime | None = None
    for connector, stretches in timelines.items():
        mine = [g for g in grants if g.applies_to(connector)]
        failure: tuple[int | None, dt.datetime, str] | None = None
        for stretch in stretches:
            mode = stretch.slot.mode
            if mode is AccessMode.PUBLIC:
                allowed_somewhere = True
                continue
            if mode is AccessMode.PRIVATE:
                failure = failure or (connector, stretch.start, stretch.slot.source)
                continue
            gap = _first_gap(mine, stretch, tz, honour_end=False)
            if gap is None:
                allowed_somewhere = True
                ends = _first_gap(mine, stretch, tz, honour_end=True)
                if ends is not None:
                    end = from_local(ends, tz)[0]
                    expiry = end if expiry is None else min(expiry, end)
                continue
            if gap > stretch.start:
                allowed_somewhere = True
            failure = failure or (
                connector,
                gap,
                _grant_gap_reason(mine, gap, tz, stretch) if mine else shown_reason(stretch.slot.source),
            )
        if failure is not None:
            failures.append(failure)
    if not failures:
        return _Verdict(True, expiry=expiry)
    connector, _, why = failures[0]
    if not allowed_somewhere:
        return _Verdict(False, translate("LocalList", "never allowed here: {why}").format(why=why))
    if len(failures) < len(timelines):
        return _Verdict(
            False,
            translate("LocalList", "access depends on the connector: connector {connector} — {why}").format(
                connector=connector, why=why
            ),
        )
    return _Verdict(False, translate("LocalList", "access depends on time: {why}").format(why=why))


# --- the list ----------------------------------------------------------------------------------------------------


def _tag_problem(tag: IdTag, user: User | None, now: dt.datetime, tz: str) -> str | None:
    if tag.status is TagStatus.BLOCKED:
        return translate("LocalList", "tag blocked")
    if tag.expiry is not None and tag.expiry <= now:
        return translate("LocalList", "tag expired on {date}").format(
            date=f"{to_local(tag.expiry, tz):%Y-%m-%d %H:%M}"
        )
    if tag.status is TagStatus.EXPIRED:
        return translate("LocalList", "tag marked expired")
    if user is not None and not user.active:
        return translate("LocalList", "user account blocked")
    return None


def build_local_list(session: Session, charge_point_id: str, *, now: dt.datetime | None = None) -> LocalList:
    """The local list for the station bound to ``charge_point_id`` (LookupError when there is none)."""
    now = now or utcnow()
    station = session.scalars(select(Station).where(Station.charge_point_id == charge_point_id)).one_or_none()
    if station is None:
        raise LookupError(
            translate(
                "LocalList",
                "no station has the charge point id '{cp_id}': bind the charger to a station first",
            ).format(cp_id=charge_point_id)
        )
    v16 = station.ocpp_version != "2.0.1"
    config = load_station_config(session, station.id)
    assert config is not None
    tz = config.info.timezone
    local_now = to_local(now, tz).replace(second=0, microsecond=0)
    local_end = local_now + dt.timedelta(days=HORIZON_DAYS)
    numbers = list(
        session.scalars(
            select(Connector.connector_id)
            .where(Connector.station_id == station.id)
            .order_by(Connector.connector_id)
        )
    )
    connectors: list[int | None] = list(numbers) or [None]
    timelines = {c: _timeline(config.plan_for(c) or OPEN_PLAN, local_now, local_end) for c in connectors}
    public_always = all(s.slot.mode is AccessMode.PUBLIC for ss in timelines.values() for s in ss)
    public_ever = any(s.slot.mode is AccessMode.PUBLIC for ss in timelines.values() for s in ss)
    everyone = _judge(timelines, (), False, tz, now)

    relevant = set(config.owners) | set(config.grants)
    query = select(IdTag, User).outerjoin(User, User.id == IdTag.user_id).order_by(User.name, IdTag.id_tag)
    not_listed = 0
    if not public_ever:  # nobody but owners and special users may ever charge here: count the others
        query = query.where(IdTag.user_id.in_(relevant or {-1}))
        not_listed = (
            session.scalar(
                select(func.count())
                .select_from(IdTag)
                .where(or_(IdTag.user_id.is_(None), IdTag.user_id.not_in(relevant or {-1})))
            )
            or 0
        )
    entries: list[LocalListEntry] = []
    left: list[LeftOut] = []
    verdicts: dict[
        tuple[bool, tuple[GrantInfo, ...]], _Verdict
    ] = {}  # users with the same grants: one verdict
    for tag, user in session.execute(query).tuples():
        if user is None:
            not_listed += 1
            continue
        name = user.name
        if not station.enabled:
            left.append(
                LeftOut(
                    tag.id_tag,
                    name,
                    translate("LocalList", "station {name} is disabled").format(name=station.name),
                )
            )
            continue
        problem = _tag_problem(tag, user, now, tz)
        if problem is None and v16 and len(tag.id_tag) > ID_TAG_MAX_16:
            problem = translate(
                "LocalList",
                "idTag of {length} characters: a 1.6 charger holds at most {limit} (it cannot present this card "
                "either)",
            ).format(length=len(tag.id_tag), limit=ID_TAG_MAX_16)
        if problem is not None:
            left.append(LeftOut(tag.id_tag, name, problem))
            continue
        is_owner = config.is_owner(user.id)
        grants = config.grants_of(user.id)
        if not is_owner and not grants:
            verdict = everyone
        else:
            key = (is_owner, tuple(grants))
            if key not in verdicts:
                verdicts[key] = _judge(timelines, grants, is_owner, tz, now)
            verdict = verdicts[key]
        if not verdict.ok:
            if is_owner or grants or public_ever:
                left.append(LeftOut(tag.id_tag, name, verdict.reason))
            else:
                not_listed += 1
            continue
        ends = [e for e in (tag.expiry, verdict.expiry) if e is not None]
        role = (
            translate("LocalList", "owner")
            if is_owner
            else translate("LocalList", "special user")
            if grants
            else translate("LocalList", "registered user")
        )
        parent = (
            tag.parent_id_tag
            if not (v16 and tag.parent_id_tag and len(tag.parent_id_tag) > ID_TAG_MAX_16)
            else None
        )
        rank = 0 if is_owner else 1 if grants else 2
        entries.append(LocalListEntry(tag.id_tag, name, role, min(ends, default=None), parent, rank=rank))
    return LocalList(
        charge_point_id,
        station.name,
        tuple(entries),
        tuple(left),
        now,
        public_always,
        not_listed,
        "2.0.1" if not v16 else "1.6",
    )


def refused_entries(session: Session, ocpp_version: str) -> tuple[LocalListEntry, ...]:
    """Every card refused whatever the station (a tag blocked or marked expired, a blocked user's tags), as
    Blocked / Expired entries for :attr:`LocalList.refused`; asked only for a charger that needs them."""
    fits = ID_TAG_MAX if ocpp_version == "2.0.1" else ID_TAG_MAX_16
    rows = session.execute(
        select(IdTag, User)
        .outerjoin(User, User.id == IdTag.user_id)
        .where(
            or_(
                IdTag.status.in_((TagStatus.BLOCKED, TagStatus.EXPIRED)),
                User.active.is_(False),
            )
        )
        .order_by(IdTag.id_tag)
    ).tuples()
    return tuple(
        LocalListEntry(
            tag.id_tag,
            user.name if user is not None else "",
            translate("LocalList", "refused"),
            status="Expired" if tag.status is TagStatus.EXPIRED else "Blocked",
            rank=-1,
        )
        for tag, user in rows
        if len(tag.id_tag) <= fits
    )


# --- what the Operations tab picks from -------------------------------------------------------------------------


@dataclass(frozen=True)
class TagChoice:
    id_tag: str
    user_name: str | None
    usable: bool  # active tag of an active user, not expired

    @property
    def label(self) -> str:
        who = self.user_name or translate("LocalList", "no user")
        if self.usable:
            return f"{self.id_tag} — {who}"
        return translate("LocalList", "{tag} — {user} (blocked/expired)").format(tag=self.id_tag, user=who)


@dataclass(frozen=True)
class ActiveSession:
    session_id: int
    connector_id: int
    id_tag: str
    user_name: str | None
    start_at: dt.datetime
    transaction_uid: str | None  # the 2.0.1 transactionId

    @property
    def stop_id(self) -> int | str:
        """What RemoteStop takes: the 1.6 transactionId (our session id) or the 2.0.1 transactionId."""
        return self.transaction_uid if self.transaction_uid else self.session_id


@dataclass(frozen=True)
class ChargerContext:
    charge_point_id: str
    station_name: str | None
    ocpp_version: str  # as last seen (the Charger row, else the station's setting)
    connectors: tuple[int, ...]
    tags: tuple[TagChoice, ...] = ()
    sessions: tuple[ActiveSession, ...] = field(default_factory=tuple)


def active_sessions(session: Session, charge_point_id: str) -> list[ActiveSession]:
    cs = ChargingSession
    rows = session.execute(
        select(cs.id, cs.connector_id, cs.id_tag, User.name, cs.start_at, cs.transaction_uid)
        .outerjoin(User, User.id == cs.user_id)
        .where(cs.charge_point_id == charge_point_id, cs.status == SessionStatus.ACTIVE)
        .order_by(cs.connector_id, cs.start_at)
        .limit(100)
    ).all()
    return [ActiveSession(*r) for r in rows]


def charger_context(
    session: Session, charge_point_id: str, *, now: dt.datetime | None = None
) -> ChargerContext:
    """Connectors, tags (usable first, bounded) and running sessions for the Operations tab's pickers."""
    now = now or utcnow()
    station = session.scalars(select(Station).where(Station.charge_point_id == charge_point_id)).one_or_none()
    charger = session.scalars(select(Charger).where(Charger.charge_point_id == charge_point_id)).one_or_none()
    version = (charger.ocpp_version if charger is not None else None) or (
        station.ocpp_version if station is not None else "1.6"
    )
    numbers: tuple[int, ...] = ()
    if station is not None:
        numbers = tuple(
            session.scalars(
                select(Connector.connector_id)
                .where(Connector.station_id == station.id)
                .order_by(Connector.connector_id)
            )
        )
    rows = session.execute(
        select(IdTag.id_tag, User.name, IdTag.status, IdTag.expiry, User.active)
        .outerjoin(User, User.id == IdTag.user_id)
        .order_by(User.name, IdTag.id_tag)
        .limit(TAG_CHOICES_LIMIT)
    ).all()
    tags = [
        TagChoice(t, name, status is TagStatus.ACTIVE and (expiry is None or expiry > now) and bool(active))
        for t, name, status, expiry, active in rows
    ]
    tags.sort(key=lambda c: (not c.usable, c.user_name is None, c.user_name or "", c.id_tag))
    return ChargerContext(
        charge_point_id,
        station.name if station is not None else None,
        version,
        numbers,
        tuple(tags),
        tuple(active_sessions(session, charge_point_id)),
    )
