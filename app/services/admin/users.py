"""Users and their RFID cards, as the console's Users page works with them (no Qt).

* :func:`search_users` — the bounded, filtered list (name, e-mail, company, cost centre or a card ID);
* :func:`load_user` / :func:`save_user` — a user with their cards as one form, validated field by field
  (:class:`~app.services.validation.FormError`), written in one go or not at all, with an audit trail;
* :func:`delete_user` (and :func:`delete_impact` for the confirmation);
* :func:`unknown_tags`, :func:`assign_unknown_tag`, :func:`dismiss_unknown_tag` — cards a charger presented
  that nobody owns ("unknown tag seen at station X, time T");
* :func:`stations_for_user_now` — :func:`app.services.rules.access.decide` for one of the user's usable cards at
  every station, now.

The checks on idTags and e-mail addresses are the CSV import's (:mod:`app.services.transfer.users_csv`), so a user the
importer accepts is one the editor accepts. Every function works in the caller's session and flushes; the
caller commits (``Database.session()`` does).

A card removed from a user in the editor, and the cards of a deleted user, are deleted: a card nobody owns
that a charger presents again then shows up in the unknown list, ready to be assigned. Sessions keep the idTag
text and, for a deleted user, lose only the link to the user (``user_id`` SET NULL).
"""

from __future__ import annotations

import datetime as dt
import enum
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import and_, delete, func, or_, select, true
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, joinedload, selectinload

from app.models import (
    ChargingSession,
    IdTag,
    Site,
    SpecialGrant,
    Station,
    StationOwner,
    TagStatus,
    UnknownTag,
    User,
    utcnow,
)
from app.services.admin.audit import audit
from app.services.central.config_version import bump as _bump_config  # cards and users are part of the rules
from app.services.i18n import PLURAL, QT_TRANSLATE_NOOP, translate
from app.services.revisions import EditConflict, claim, differences, last_change, merge, touch
from app.services.roles import LOCAL, Actor, Permission, Principal
from app.services.rules.access import decide
from app.services.rules.tags import normalise_tag
from app.services.store import Store
from app.services.transfer.users_csv import (
    CsvReport,
    UsersCsvError,
    email_problem,
    export_users_csv,
    import_users_csv,
    tag_problem,
)
from app.services.validation import FormError, Problems

LIST_LIMIT = 500  # rows the list shows; the total says how many more match
UNKNOWN_LIMIT = 200
STATIONS_LIMIT = 300
FORM = "form"  # FormError key of a problem that is about the whole form, not one field


def _length(column: object) -> int:
    length = getattr(getattr(column, "type", None), "length", None)
    assert isinstance(length, int)
    return length


LIMITS = {
    "name": _length(User.__table__.c.name),
    "email": _length(User.__table__.c.email),
    "phone": _length(User.__table__.c.phone),
    "company": _length(User.__table__.c.company),
    "cost_centre": _length(User.__table__.c.cost_centre),
    "label": _length(IdTag.__table__.c.label),
}


class StatusFilter(enum.StrEnum):
    ALL = "all"
    ACTIVE = "active"
    BLOCKED = "blocked"


# --- the list -------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class UserRow:
    id: int
    name: str
    email: str
    phone: str
    company: str
    cost_centre: str
    active: bool
    tags: tuple[str, ...] = ()


@dataclass(frozen=True)
class UserList:
    rows: list[UserRow]
    total: int  # users matching the search; ``rows`` holds at most the limit of them

    @property
    def truncated(self) -> bool:
        return self.total > len(self.rows)


def _like(text: str) -> str:
    return "%" + re.sub(r"([\\%_])", r"\\\1", text) + "%"


def search_users(
    session: Session,
    text: str = "",
    status: StatusFilter | str = StatusFilter.ALL,
    *,
    limit: int = LIST_LIMIT,
) -> UserList:
    """Users whose name, e-mail, company, cost centre or one of whose card IDs contains every word of
    ``text`` (any case), filtered by status, by name; at most ``limit`` rows and the number that matched."""
    conditions = []
    for word in text.split():
        like = _like(word.lower())
        conditions.append(
            or_(
                func.lower(User.name).like(like, escape="\\"),
                func.lower(User.email).like(like, escape="\\"),
                func.lower(User.company).like(like, escape="\\"),
                func.lower(User.cost_centre).like(like, escape="\\"),
                User.id.in_(
                    select(IdTag.user_id).where(IdTag.id_tag.like(_like(normalise_tag(word)), escape="\\"))
                ),
            )
        )
    status = StatusFilter(status)
    if status is not StatusFilter.ALL:
        conditions.append(User.active.is_(status is StatusFilter.ACTIVE))
    where = and_(true(), *conditions)
    total = int(session.scalar(select(func.count(User.id)).where(where)) or 0)
    users = session.execute(
        select(User.id, User.name, User.email, User.phone, User.company, User.cost_centre, User.active)
        .where(where)
        .order_by(User.name, User.id)
        .limit(limit)
    ).all()
    tags: dict[int, list[str]] = {}
    if users:
        for user_id, id_tag in session.execute(
            select(IdTag.user_id, IdTag.id_tag)
            .where(IdTag.user_id.in_([u.id for u in users]))
            .order_by(IdTag.id_tag)
        ):
            tags.setdefault(user_id, []).append(id_tag)
    rows = [
        UserRow(u.id, u.name, u.email, u.phone, u.company, u.cost_centre, u.active, tuple(tags.get(u.id, ())))
        for u in users
    ]
    return UserList(rows, total)


def user_choices(session: Session, *, limit: int = 5000) -> list[tuple[int, str, bool]]:
    """(id, name, active) of users by name, for choosing a user (e.g. to assign a card to)."""
    rows = session.execute(select(User.id, User.name, User.active).order_by(User.name).limit(limit)).all()
    return [(r.id, r.name, r.active) for r in rows]


# --- one user with their cards --------------------------------------------------------------------------


@dataclass
class TagForm:
    """A card as the editor shows it. ``expiry`` is an aware instant (None: never expires)."""

    id_tag: str = ""
    label: str = ""
    status: TagStatus = TagStatus.ACTIVE
    expiry: dt.datetime | None = None
    parent_id_tag: str = ""
    id: int | None = None  # the stored card; None for a card added in the editor


@dataclass
class UserForm:
    name: str = ""
    email: str = ""
    phone: str = ""
    company: str = ""
    cost_centre: str = ""
    active: bool = True
    notes: str = ""
    tags: list[TagForm] = field(default_factory=list)
    id: int | None = None
    # the cards the form was loaded with: those no longer in ``tags`` are removed on save (a card another
    # console added to the user meanwhile is left alone)
    loaded_tag_ids: tuple[int, ...] = ()
    # the stored revision the form was loaded from (0: a new user); a save against an older one is refused
    revision: int = 0


def load_user(session: Session, user_id: int) -> UserForm:
    user = session.scalars(
        select(User).options(selectinload(User.tags)).where(User.id == user_id)
    ).one_or_none()
    if user is None:
        raise LookupError(
            translate("Users", "user {id} does not exist (deleted meanwhile?)").format(id=user_id)
        )
    tags = [
        TagForm(t.id_tag, t.label, t.status, t.expiry, t.parent_id_tag or "", t.id)
        for t in sorted(user.tags, key=lambda t: t.id_tag)
    ]
    return UserForm(
        name=user.name,
        email=user.email,
        phone=user.phone,
        company=user.company,
        cost_centre=user.cost_centre,
        active=user.active,
        notes=user.notes,
        tags=tags,
        id=user.id,
        loaded_tag_ids=tuple(t.id for t in tags if t.id is not None),
        revision=user.revision,
    )


_USER_FIELDS = (
    ("name", QT_TRANSLATE_NOOP("Users", "Name")),
    ("email", QT_TRANSLATE_NOOP("Users", "E-mail")),
    ("phone", QT_TRANSLATE_NOOP("Users", "Phone")),
    ("company", QT_TRANSLATE_NOOP("Users", "Company")),
    ("cost_centre", QT_TRANSLATE_NOOP("Users", "Cost centre")),
    ("active", QT_TRANSLATE_NOOP("Users", "Active")),
    ("notes", QT_TRANSLATE_NOOP("Users", "Notes")),
)


def _tag_text(tag: TagForm) -> str:
    parts = [tag.label.strip() or translate("Users", "no label"), TagStatus(tag.status).value]
    if tag.expiry is not None:
        parts.append(
            translate("Users", "expires {moment} UTC").format(
                moment=f"{tag.expiry.astimezone(dt.UTC):%Y-%m-%d %H:%M}"
            )
        )
    if tag.parent_id_tag.strip():
        parts.append(translate("Users", "group {tag}").format(tag=normalise_tag(tag.parent_id_tag)))
    return ", ".join(parts)


def user_fields(form: UserForm) -> dict[str, str]:
    """The user as the operator reads it, field label → text (a conflict's differences are made of these)."""
    out: dict[str, str] = {}
    for key, label in _USER_FIELDS:
        value = getattr(form, key)
        yes_no = translate("Users", "yes") if value else translate("Users", "no")
        out[translate("Users", label)] = yes_no if isinstance(value, bool) else str(value).strip()
    for tag in form.tags:
        out[translate("Users", "Tag {tag}").format(tag=normalise_tag(tag.id_tag))] = _tag_text(tag)
    return out


def keep_editing(loaded: UserForm, mine: UserForm, stored: UserForm) -> UserForm:
    """The form after a conflict's "Keep editing": the stored user (its revision, its cards) with what the
    operator changed since ``loaded`` (fields, and cards one by one)."""
    return merge(loaded, mine, stored, [k for k, _ in _USER_FIELDS], rows=["tags"])


def user_conflict(
    session: Session, user_id: int, loaded: UserForm | None, *, deleting: bool = False
) -> EditConflict:
    """What changed since ``loaded`` and who changed it (the user's or their cards' newest audit entry)."""
    session.expire_all()  # read what is stored now, not what this session loaded before its UPDATE waited
    name = loaded.name.strip() if loaded is not None else ""
    try:
        stored: UserForm | None = load_user(session, user_id)
    except LookupError:
        stored = None
    tag_ids = session.scalars(select(IdTag.id).where(IdTag.user_id == user_id)).all()
    who = last_change(session, [("user", user_id), *(("id_tag", t) for t in tag_ids)])
    if stored is None:
        return EditConflict(f"user {name}", "user", revision=None, last=who, deleting=deleting)
    diffs = differences(user_fields(loaded), user_fields(stored)) if loaded is not None else []
    return EditConflict(
        f"user {stored.name}",
        "user",
        revision=stored.revision,
        last=who,
        differences=diffs,
        current=stored,
        deleting=deleting,
    )


def tag_owner(session: Session, id_tag: str) -> tuple[int, str] | None:
    """(user id, name) of the user who owns the card ``id_tag`` (any case), or None."""
    row = session.execute(
        select(User.id, User.name)
        .join(IdTag, IdTag.user_id == User.id)
        .where(IdTag.id_tag == normalise_tag(id_tag))
    ).first()
    return (row.id, row.name) if row is not None else None


def _at_most(most: int) -> str:
    return translate("Users", "at most {most} characters").format(most=most)


def _belongs(tag: str, owner: str) -> str:
    return translate("Users", "{tag} already belongs to {owner}; remove it from that user first").format(
        tag=tag, owner=owner
    )


def check_tag(
    session: Session | None, tag: TagForm, *, user_id: int | None, others: Sequence[str] = ()
) -> dict[str, str]:
    """Problems with one card of the user ``user_id`` (None: a new user), by field (``id_tag``, ``label``,
    ``parent_id_tag``): its format, a card listed twice (``others``: the user's other cards) and, with a
    session, a card that already belongs to someone else."""
    p = Problems()
    tag_id = normalise_tag(tag.id_tag)
    if not tag_id:
        p.add(
            "id_tag",
            translate("Users", "enter the tag's ID (as printed on the card, or as a charger read it)"),
        )
    elif (why := tag_problem(tag_id)) is not None:
        p.add("id_tag", why)
    elif tag_id in {normalise_tag(o) for o in others}:
        p.add("id_tag", translate("Users", "{tag} is already in this user's list of tags").format(tag=tag_id))
    elif session is not None:
        owner = tag_owner(session, tag_id)
        if owner is not None and owner[0] != user_id:
            p.add("id_tag", _belongs(tag_id, owner[1]))
    p.check(len(tag.label.strip()) <= LIMITS["label"], "label", _at_most(LIMITS["label"]))
    parent = normalise_tag(tag.parent_id_tag)
    if parent:
        if (why := tag_problem(parent)) is not None:
            p.add("parent_id_tag", why.replace("idTag", "parent idTag", 1))
        elif parent == tag_id:
            p.add(
                "parent_id_tag",
                translate(
                    "Users", "a tag cannot be its own parent; leave it empty or enter the group's idTag"
                ),
            )
    return dict(p)


def _user_problems(session: Session, form: UserForm, user: User | None) -> Problems:
    p = Problems()
    name = form.name.strip()
    if not name:
        p.add("name", translate("Users", "enter the user's name (e.g. Eva Keller)"))
    elif len(name) > LIMITS["name"]:
        p.add("name", _at_most(LIMITS["name"]))
    elif user is None or user.name != name:
        clash = session.scalar(
            select(User.name)
            .where(func.lower(User.name) == name.lower(), User.id != (form.id or -1))
            .limit(1)
        )
        if clash is not None:
            p.add(
                "name",
                translate(
                    "Users",
                    "another user is already called {name}; names are unique, add e.g. the department",
                ).format(name=clash),
            )
    email = form.email.strip()
    if (why := email_problem(email)) is not None:
        p.add(
            "email",
            translate("Users", "{problem}; enter it as name@example.com or leave it empty").format(
                problem=why
            ),
        )
    for key in ("email", "phone", "company", "cost_centre"):
        if len(getattr(form, key).strip()) > LIMITS[key]:
            p.add(key, _at_most(LIMITS[key]))
    seen: list[str] = []
    for i, tag in enumerate(form.tags):
        for key, message in check_tag(None, tag, user_id=form.id, others=seen).items():
            p.add(f"tags[{i}].{key}", message)
        seen.append(normalise_tag(tag.id_tag))
    return p


def save_user(session: Session, form: UserForm, *, base: UserForm | None = None, actor: Actor = LOCAL) -> int:
    """Create (``form.id`` None) or update a user and their cards; returns the user's id.

    An update is made against ``form.revision``: when someone else saved the user (or one of their cards) since,
    :class:`EditConflict` is raised with the fields that differ between ``base`` (the form as the editor loaded
    it; the form itself when not given) and what is stored. Raises :class:`FormError` with every problem by field
    (``name``, ``email``, ``tags[2].id_tag``, …, or ``form``). Either way nothing is written. Cards are stored
    upper-case; a card that was in the unknown list is taken off it.
    """
    user: User | None = None
    if form.id is not None:
        user = session.scalars(
            select(User).options(selectinload(User.tags)).where(User.id == form.id)
        ).one_or_none()
        if user is None:
            raise FormError(
                {
                    FORM: translate(
                        "Users", "this user was deleted meanwhile (by another console); nothing was saved"
                    )
                }
            )
        if not claim(session, User.__table__, form.id, form.revision):
            raise user_conflict(session, form.id, base if base is not None else form)
    p = _user_problems(session, form, user)
    wanted = [normalise_tag(t.id_tag) for t in form.tags]
    existing = (
        {
            t.id_tag: t
            for t in session.scalars(
                select(IdTag).options(joinedload(IdTag.user)).where(IdTag.id_tag.in_(wanted))
            )
        }
        if wanted
        else {}
    )
    for i, tag_id in enumerate(wanted):
        row = existing.get(tag_id)
        if row is not None and row.user is not None and (user is None or row.user_id != user.id):
            p.add(
                f"tags[{i}].id_tag",
                _belongs(tag_id, row.user.name),
            )
    p.raise_if_any()

    try:
        user_id = _apply(session, form, user, wanted, existing, actor)
        session.flush()
    except IntegrityError as exc:
        raise FormError(
            {
                FORM: translate(
                    "Users",
                    "another console changed this user or one of these cards at the same time; reload and try again",
                )
            }
        ) from exc
    _bump_config(session)
    return user_id


def _apply(
    session: Session,
    form: UserForm,
    user: User | None,
    wanted: list[str],
    existing: dict[str, IdTag],
    actor: Actor,
) -> int:
    created = user is None
    user, changed = _write_user_fields(session, form, user)
    session.flush()  # the user's id, for the cards and the audit trail

    by_id = {t.id: t for t in user.tags} if not created else {}
    removed = _remove_cards(session, form, user, by_id, wanted, actor)

    tag_changes: list[str] = []
    pending: list[tuple[IdTag, str, dict[str, object]]] = []
    for tag, tag_id in zip(form.tags, wanted, strict=True):
        row = by_id.get(tag.id) if tag.id is not None else None
        if row is None:
            row = existing.get(tag_id)  # a card nobody owns (or the user's own) is taken over
        _write_card(session, user, tag, tag_id, row, pending, tag_changes)
    tag_changes += [f"-{t.id_tag}" for t in removed]
    session.flush()
    for row, action, changes in pending:
        audit(session, entity="id_tag", entity_id=row.id, action=action, actor=actor, changes=changes)
    if wanted:
        session.execute(delete(UnknownTag).where(UnknownTag.id_tag.in_(wanted)))
    if created:
        audit(
            session,
            entity="user",
            entity_id=user.id,
            action="create",
            actor=actor,
            changes={"key": user.name, "tags": wanted},
        )
    elif changed or tag_changes:
        audit(
            session,
            entity="user",
            entity_id=user.id,
            action="update",
            actor=actor,
            changes={"key": user.name, "fields": changed, "tags": tag_changes},
        )
    return user.id


def _write_user_fields(session: Session, form: UserForm, user: User | None) -> tuple[User, list[str]]:
    """The user created or updated from the form; returns it with the fields that changed (for a new user,
    those given a value)."""
    values = {
        "name": form.name.strip(),
        "email": form.email.strip(),
        "phone": form.phone.strip(),
        "company": form.company.strip(),
        "cost_centre": form.cost_centre.strip(),
        "active": form.active,
        "notes": form.notes.rstrip(),
    }
    if user is None:
        user = User(**values)
        session.add(user)
        return user, sorted(k for k, v in values.items() if v not in ("", True))
    changed = [k for k, v in values.items() if getattr(user, k) != v]
    for k in changed:
        setattr(user, k, values[k])
    return user, changed


def _remove_cards(
    session: Session,
    form: UserForm,
    user: User,
    by_id: dict[int, IdTag],
    wanted: list[str],
    actor: Actor,
) -> list[IdTag]:
    """Deletes (with an audit entry each) the cards the operator removed from the form; returns them."""
    kept_ids = {t.id for t in form.tags if t.id is not None}
    # a card removed and typed in again is simply kept
    removed = [
        t for t in by_id.values() if t.id in set(form.loaded_tag_ids) - kept_ids and t.id_tag not in wanted
    ]
    for t in removed:
        audit(
            session,
            entity="id_tag",
            entity_id=t.id,
            action="delete",
            actor=actor,
            changes={"key": t.id_tag, "user": user.name},
        )
        session.delete(t)
    if removed:
        session.flush()  # a removed card's ID may come back below as a new card
    return removed


def _write_card(
    session: Session,
    user: User,
    tag: TagForm,
    tag_id: str,
    row: IdTag | None,
    pending: list[tuple[IdTag, str, dict[str, object]]],
    tag_changes: list[str],
) -> None:
    """Creates the card ``tag_id`` for ``user`` or updates ``row`` (taking it over from another user); the
    audit entry it needs goes to ``pending`` (written once the rows have their ids)."""
    fields = {
        "id_tag": tag_id,
        "label": tag.label.strip(),
        "status": TagStatus(tag.status),
        "expiry": tag.expiry,
        "parent_id_tag": normalise_tag(tag.parent_id_tag) or None,
    }
    if row is None:
        row = IdTag(**fields)
        row.user = user
        session.add(row)
        pending.append((row, "create", {"key": tag_id, "user": user.name}))
        tag_changes.append(f"+{tag_id}")
        return
    diff = {k: v for k, v in fields.items() if getattr(row, k) != v}
    if row.user_id != user.id:
        row.user = user
        diff["user"] = user.name
        tag_changes.append(f"+{tag_id}")
    for k, v in diff.items():
        if k != "user":
            setattr(row, k, v)
    if diff:
        pending.append((row, "update", {"key": tag_id, **{k: _plain(v) for k, v in diff.items()}}))


def _plain(value: object) -> object:
    """A value as JSON can hold it (for the audit trail)."""
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.UTC).isoformat()
    if isinstance(value, enum.Enum):
        return value.value
    return value


# --- deleting -------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class DeleteImpact:
    """What deleting a user touches, for the confirmation."""

    name: str
    tags: int
    sessions: int
    owned_stations: int
    grants: int

    def sentence(self) -> str:
        """One whole sentence per consequence, in the operator's language."""
        tags, owned, grants, sessions = self.tags, self.owned_stations, self.grants, self.sessions
        out = [
            translate("Users", "%n RFID tag(s) will be deleted.", None, PLURAL, int(tags))
            if tags
            else translate("Users", "They have no RFID tags.")
        ]
        if owned:
            out.append(translate("Users", "They lose %n station(s) they own.", None, PLURAL, int(owned)))
        if grants:
            out.append(translate("Users", "They lose %n special user grant(s).", None, PLURAL, int(grants)))
        out.append(
            translate(
                "Users",
                "The history keeps their %n charging session(s) (shown without a user).",
                None,
                PLURAL,
                int(sessions),
            )
            if sessions
            else translate("Users", "They have no charging sessions.")
        )
        return " ".join(out)


def delete_impact(session: Session, user_id: int) -> DeleteImpact:
    name = session.scalar(select(User.name).where(User.id == user_id))
    if name is None:
        raise LookupError(
            translate("Users", "user {id} does not exist (deleted meanwhile?)").format(id=user_id)
        )

    def count(q: object) -> int:
        return int(session.scalar(q) or 0)  # type: ignore[call-overload]

    return DeleteImpact(
        name=name,
        tags=count(select(func.count(IdTag.id)).where(IdTag.user_id == user_id)),
        sessions=count(select(func.count(ChargingSession.id)).where(ChargingSession.user_id == user_id)),
        owned_stations=count(select(func.count(StationOwner.id)).where(StationOwner.user_id == user_id)),
        grants=count(select(func.count(SpecialGrant.id)).where(SpecialGrant.user_id == user_id)),
    )


def delete_user(
    session: Session,
    user_id: int,
    *,
    revision: int | None = None,
    base: UserForm | None = None,
    actor: Actor = LOCAL,
) -> DeleteImpact:
    """Delete a user and their cards; their ownerships and special accesses go with them (cascade), their
    sessions stay with ``user_id`` NULL. Returns what was deleted. With ``revision`` (the one the operator saw),
    :class:`EditConflict` when someone changed the user since (nothing deleted)."""
    impact = delete_impact(session, user_id)
    if revision is not None and not claim(session, User.__table__, user_id, revision):
        raise user_conflict(session, user_id, base, deleting=True)
    tags = session.execute(select(IdTag.id, IdTag.id_tag).where(IdTag.user_id == user_id)).all()
    for tag_pk, tag_id in tags:
        audit(
            session,
            entity="id_tag",
            entity_id=tag_pk,
            action="delete",
            actor=actor,
            changes={"key": tag_id, "user": impact.name},
        )
    session.execute(delete(IdTag).where(IdTag.user_id == user_id))
    session.execute(delete(User).where(User.id == user_id))  # owners and grants: ON DELETE CASCADE
    audit(
        session,
        entity="user",
        entity_id=user_id,
        action="delete",
        actor=actor,
        changes={"key": impact.name, "tags": impact.tags, "sessions_kept": impact.sessions},
    )
    session.flush()
    _bump_config(session)
    return impact


# --- cards nobody owns ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class UnknownTagRow:
    id: int
    id_tag: str
    charge_point_id: str
    station: str  # the station's name, or the charge point id when the station is gone
    connector_id: int | None
    first_seen: dt.datetime
    last_seen: dt.datetime
    times_seen: int

    @property
    def where(self) -> str:
        if not self.connector_id:
            return self.station
        return translate("Users", "{station}, connector {number}").format(
            station=self.station, number=self.connector_id
        )


def unknown_tags(session: Session, *, limit: int = UNKNOWN_LIMIT) -> list[UnknownTagRow]:
    """Cards presented that nobody owns, most recently seen first (at most ``limit``)."""
    rows = session.execute(
        select(UnknownTag, Station.name)
        .outerjoin(Station, Station.id == UnknownTag.station_id)
        .order_by(UnknownTag.last_seen.desc(), UnknownTag.id.desc())
        .limit(limit)
    ).all()
    return [
        UnknownTagRow(
            u.id,
            u.id_tag,
            u.charge_point_id,
            name or u.charge_point_id,
            u.connector_id,
            u.first_seen,
            u.last_seen,
            u.times_seen,
        )
        for u, name in rows
    ]


def count_unknown_tags(session: Session) -> int:
    return int(session.scalar(select(func.count(UnknownTag.id))) or 0)


@dataclass(frozen=True)
class Assigned:
    id_tag: str
    user_id: int
    user_name: str


def assign_unknown_tag(
    session: Session, unknown_id: int, user_id: int, *, label: str = "", actor: Actor = LOCAL
) -> Assigned:
    """Give the unknown card ``unknown_id`` to the user: the card is created (active) for them and taken off
    the unknown list (at every station it was seen at). Raises :class:`FormError` (``user``, ``label`` or
    ``form``) when that cannot be done; nothing is written then."""
    unknown = session.get(UnknownTag, unknown_id)
    if unknown is None:
        raise FormError(
            {
                FORM: translate(
                    "Users", "this tag is no longer in the unknown list (assigned or dismissed meanwhile)"
                )
            }
        )
    user = session.get(User, user_id)
    if user is None:
        raise FormError({"user": translate("Users", "this user was deleted meanwhile; choose another one")})
    tag_id = normalise_tag(unknown.id_tag)
    p = Problems()
    if (why := tag_problem(tag_id)) is not None:
        p.add(FORM, translate("Users", "{problem}; this tag cannot be stored as it is").format(problem=why))
    p.check(len(label.strip()) <= LIMITS["label"], "label", _at_most(LIMITS["label"]))
    row = session.scalars(
        select(IdTag).options(joinedload(IdTag.user)).where(IdTag.id_tag == tag_id)
    ).one_or_none()
    if row is not None and row.user is not None and row.user_id != user.id:
        p.add("user", _belongs(tag_id, row.user.name))
    p.raise_if_any()
    seen = f"unknown tag seen at {unknown.charge_point_id}" + (
        f" connector {unknown.connector_id}" if unknown.connector_id else ""
    )
    if row is None:
        row = IdTag(id_tag=tag_id, label=label.strip(), status=TagStatus.ACTIVE)
        row.user = user
        session.add(row)
        session.flush()
        audit(
            session,
            entity="id_tag",
            entity_id=row.id,
            action="create",
            actor=actor,
            changes={"key": tag_id, "user": user.name, "from": seen},
        )
    elif row.user_id != user.id:
        row.user = user
        if label.strip():
            row.label = label.strip()
        session.flush()
        audit(
            session,
            entity="id_tag",
            entity_id=row.id,
            action="update",
            actor=actor,
            changes={"key": tag_id, "user": user.name, "from": seen},
        )
    session.execute(delete(UnknownTag).where(UnknownTag.id_tag == unknown.id_tag))
    touch(session, User.__table__, [user.id])  # an editor open on the user must not drop the card
    audit(
        session,
        entity="user",
        entity_id=user.id,
        action="update",
        actor=actor,
        changes={"key": user.name, "fields": [], "tags": [f"+{tag_id}"]},
    )
    session.flush()
    _bump_config(session)
    return Assigned(tag_id, user.id, user.name)


def dismiss_unknown_tag(session: Session, unknown_id: int, *, actor: Actor = LOCAL) -> None:
    """Take a row off the unknown list (a stray card); it comes back if the card is presented again."""
    row = session.get(UnknownTag, unknown_id)
    if row is None:
        return
    audit(
        session,
        entity="unknown_tag",
        entity_id=row.id,
        action="delete",
        actor=actor,
        changes={"key": row.id_tag, "charge_point_id": row.charge_point_id},
    )
    session.delete(row)
    session.flush()


# --- where the user may charge now ----------------------------------------------------------------------


@dataclass(frozen=True)
class StationAccess:
    station_id: int
    station: str
    charge_point_id: str
    site: str
    status: str  # OCPP AuthorizationStatus
    accepted: bool
    mode: str | None  # the access mode in force (public / limited / private)
    until: dt.datetime | None  # site-local time the mode lasts until (None: no change ahead)
    tariff: str | None
    reason: str


@dataclass(frozen=True)
class StationsNow:
    at: dt.datetime
    id_tag: str | None  # the card the decisions are for (None: the user has no usable card)
    rows: list[StationAccess]
    note: str = ""  # why there are no rows, or that the list was cut

    @property
    def accepted(self) -> int:
        return sum(1 for r in self.rows if r.accepted)


def usable_tag(session: Session, user_id: int, at: dt.datetime) -> str | None:
    """The user's first active, unexpired card by ID, or None."""
    return session.scalar(
        select(IdTag.id_tag)
        .where(
            IdTag.user_id == user_id,
            IdTag.status == TagStatus.ACTIVE,
            or_(IdTag.expiry.is_(None), IdTag.expiry > at),
        )
        .order_by(IdTag.id_tag)
        .limit(1)
    )


def stations_for_user_now(
    session: Session, user_id: int, *, now: dt.datetime | None = None, limit: int = STATIONS_LIMIT
) -> StationsNow:
    """For every station (by site and name, at most ``limit``): would the user's card be accepted now, in
    which mode, at which tariff, and why — the central system's own decision, without recording anything."""
    at = now if now is not None else utcnow()
    name = session.scalar(select(User.name).where(User.id == user_id))
    if name is None:
        raise LookupError(
            translate("Users", "user {id} does not exist (deleted meanwhile?)").format(id=user_id)
        )
    tag = usable_tag(session, user_id, at)
    if tag is None:
        return StationsNow(
            at,
            None,
            [],
            translate(
                "Users",
                "{name} has no active RFID tag, so no charger will accept them. Add a tag, or set a blocked or "
                "expired one back to active.",
            ).format(name=name),
        )
    stations = session.scalars(
        select(Station)
        .join(Site, Site.id == Station.site_id)
        .options(joinedload(Station.site), joinedload(Station.owner_tariff))
        .order_by(Site.name, Station.name, Station.id)
        .limit(limit + 1)
    ).all()
    rows = []
    for st in stations[:limit]:
        d = decide(session, st, None, tag, at, record_unknown=False, check_concurrent=False)
        until = d.slot.until if d.slot is not None else None
        rows.append(
            StationAccess(
                station_id=st.id,
                station=st.name,
                charge_point_id=st.charge_point_id,
                site=st.site.name,
                status=str(d.status),
                accepted=d.accepted,
                mode=d.mode.value if d.mode is not None else None,
                until=until,
                tariff=d.tariff_name,
                reason=d.reason,
            )
        )
    note = (
        translate("Users", "Only the first {count} stations are listed.").format(count=limit)
        if len(stations) > limit
        else ""
    )
    if not stations:
        note = translate("Users", "There are no stations yet.")
    return StationsNow(at, tag, rows, note)


# --- expiry as a date -----------------------------------------------------------------------------------


def console_timezone(session: Session) -> str:
    """The time zone dates are shown in: the first site's (UTC when there is no site)."""
    return session.scalar(select(Site.timezone).order_by(Site.id).limit(1)) or "UTC"


def expiry_from_date(last_day: dt.date, tz: str) -> dt.datetime:
    """A card valid through ``last_day`` (inclusive, local) expires at the next local midnight (UTC)."""
    midnight = dt.datetime.combine(last_day + dt.timedelta(days=1), dt.time(), tzinfo=ZoneInfo(tz))
    return midnight.astimezone(dt.UTC)


def expiry_to_date(expiry: dt.datetime, tz: str) -> dt.date:
    """The last local day a card with this expiry is valid on (the inverse of :func:`expiry_from_date`)."""
    local = expiry.astimezone(ZoneInfo(tz))
    if local.time() == dt.time():
        return local.date() - dt.timedelta(days=1)
    return local.date()


# --- learn mode: a card read at a charger given to a user -------------------------------------------------


def assign_learned_tag(
    session: Session, id_tag: str, label: str, user_id: int | None, new_name: str = "", email: str = ""
) -> tuple[int, str]:
    """Give ``id_tag`` to the user ``user_id``, or to a new user ``new_name``; returns (user id, name).
    Raises :class:`FormError` (fields ``name``, ``email``, ``id_tag``, ``label``, ``form``); nothing is written
    then. :func:`save_user` does the checks and the audit trail."""
    tag = TagForm(id_tag=id_tag, label=label)
    if user_id is not None:
        form = load_user(session, user_id)
        form.tags.append(tag)
    else:
        form = UserForm(name=new_name, email=email, tags=[tag])
    try:
        saved = save_user(session, form)
    except FormError as e:
        problems: dict[str, str] = {}
        for key, message in e.problems.items():
            field_name = key.rsplit(".", 1)[-1] if key.startswith("tags[") else key
            problems.setdefault(field_name, message)
        raise FormError(problems) from e
    except LookupError as e:
        raise FormError(
            {"name": translate("Users", "{problem}; choose another user").format(problem=e)}
        ) from e
    return saved, form.name.strip()


# --- the service object the console's pages call ---------------------------------------------------------


class UsersService:
    """The Users page's use cases, one method per intention, each in its own unit of work of ``store``.

    Synchronous methods run on the calling thread (small, indexed reads and single-user saves, as the page
    always did); :meth:`stations_now` is meant for a worker (it asks the access rules for every station)."""

    def __init__(self, store: Store) -> None:
        self.store = store

    @property
    def actor(self) -> Principal:
        """Who the audit trail names: the operator at the console (the store's principal)."""
        return self.store.principal

    # reads
    def timezone(self) -> str:
        return self.store.read(console_timezone)

    def search(self, text: str, status: StatusFilter | str = StatusFilter.ALL) -> UserList:
        return self.store.read(lambda s: search_users(s, text, status))

    def choices(self) -> list[tuple[int, str, bool]]:
        """(id, name, active) of every user, for a picker."""
        return self.store.read(user_choices)

    def load(self, user_id: int) -> UserForm:
        """LookupError when the user is gone."""
        return self.store.read(lambda s: load_user(s, user_id))

    def check_tag(self, tag: TagForm, *, user_id: int | None, others: Sequence[str]) -> dict[str, str]:
        return self.store.read(lambda s: check_tag(s, tag, user_id=user_id, others=others))

    def tag_owner(self, id_tag: str) -> tuple[int, str] | None:
        return self.store.read(lambda s: tag_owner(s, id_tag))

    def unknown(self, *, limit: int = UNKNOWN_LIMIT) -> tuple[list[UnknownTagRow], int]:
        """The most recent unknown tags (at most ``limit``) and how many there are."""
        return self.store.read(lambda s: (unknown_tags(s, limit=limit), count_unknown_tags(s)))

    def recent_unknown(self, limit: int = 10) -> list[UnknownTagRow]:
        return self.store.read(lambda s: unknown_tags(s, limit=limit))

    def delete_impact(self, user_id: int) -> DeleteImpact:
        """LookupError when the user is gone."""
        return self.store.read(lambda s: delete_impact(s, user_id))

    def stations_now(self, user_id: int) -> StationsNow:
        """Where the user's card would be accepted now (LookupError when the user is gone)."""
        return self.store.read(lambda s: stations_for_user_now(s, user_id))

    # writes
    def save(self, form: UserForm, *, base: UserForm | None = None) -> int:
        """The user and their tags in one go; returns the id. :class:`FormError` (problems by field) or
        :class:`EditConflict` (someone saved the user since ``form.revision``: what differs from ``base``, the
        form as loaded), nothing written either way."""
        self.store.require(Permission.MANAGE_USERS)
        return self.store.write(lambda s: save_user(s, form, base=base, actor=self.actor))

    def delete(
        self, user_id: int, *, revision: int | None = None, base: UserForm | None = None
    ) -> DeleteImpact | None:
        """None when the user was already gone; :class:`EditConflict` when ``revision`` (the one the operator
        saw) is no longer the stored one (nothing deleted)."""
        self.store.require(Permission.MANAGE_USERS)

        def work(s: Session) -> DeleteImpact | None:
            try:
                return delete_user(s, user_id, revision=revision, base=base, actor=self.actor)
            except LookupError:
                return None

        return self.store.write(work)

    def assign_unknown(self, unknown_id: int, user_id: int, *, label: str = "") -> Assigned:
        self.store.require(Permission.MANAGE_USERS)
        return self.store.write(
            lambda s: assign_unknown_tag(s, unknown_id, user_id, label=label, actor=self.actor)
        )

    def dismiss_unknown(self, unknown_id: int) -> None:
        self.store.require(Permission.MANAGE_USERS)
        self.store.write(lambda s: dismiss_unknown_tag(s, unknown_id, actor=self.actor))

    def assign_learned(
        self, id_tag: str, label: str, user_id: int | None, new_name: str = "", email: str = ""
    ) -> tuple[int, str]:
        """A card read in learn mode to an existing user or a new one; returns (user id, name)."""
        self.store.require(Permission.MANAGE_USERS)
        return self.store.write(lambda s: assign_learned_tag(s, id_tag, label, user_id, new_name, email))

    # CSV
    def import_csv(self, path: str | Path, *, skip_bad: bool = False) -> CsvReport:
        """:class:`UsersCsvError` or OSError when the file cannot be read; nothing is written then."""
        self.store.require(Permission.MANAGE_USERS)
        return self.store.write(lambda s: import_users_csv(s, path, skip_bad=skip_bad, actor=self.actor))

    def export_csv(self, path: str | Path) -> int:
        return self.store.read(lambda s: export_users_csv(s, path))


__all__ = [
    "FORM",
    "LIMITS",
    "Assigned",
    "CsvReport",
    "DeleteImpact",
    "EditConflict",
    "FormError",
    "StationAccess",
    "StationsNow",
    "StatusFilter",
    "TagForm",
    "TagStatus",
    "UnknownTagRow",
    "UserForm",
    "UserList",
    "UserRow",
    "UsersCsvError",
    "UsersService",
    "assign_learned_tag",
    "assign_unknown_tag",
    "check_tag",
    "console_timezone",
    "count_unknown_tags",
    "delete_impact",
    "delete_user",
    "dismiss_unknown_tag",
    "expiry_from_date",
    "expiry_to_date",
    "keep_editing",
    "load_user",
    "save_user",
    "search_users",
    "stations_for_user_now",
    "tag_owner",
    "unknown_tags",
    "usable_tag",
    "user_choices",
    "user_conflict",
    "user_fields",
]
