"""The editors' optimistic check: a revision per aggregate, and the one error a conflicting save raises.

Every aggregate an editor saves has an integer ``revision`` column (migration 0010): a station (with its
connectors, owners, special users and station-level rules), an access schedule (windows and date exceptions), a
special user's grant (its own access times), a user (with their RFID tags), a tariff, a site and each settings
key. An editor loads the revision with the form and saves against it:

* :func:`claim` runs ``UPDATE … SET revision = revision + 1 WHERE <key> = :key AND revision = :seen`` first in
  the save's transaction. No row updated means someone else saved in between: the save builds an
  :class:`EditConflict` and raises it, having written nothing. On PostgreSQL the UPDATE also holds the row until
  the transaction ends, so a second save waits and then finds the revision moved on; SQLite has one writer.
* :func:`touch` bumps a revision unconditionally: a child changed by another path (the schedule calendar's
  defaults on a station, a grant's windows), the imports (``chargedesk config import``, the users CSV).

The conflict names the thing ("user Eva Keller"), who saved it last and when (the newest audit-trail entry of the
aggregate: :func:`last_change`), and each field that differs between what the editor loaded and what is stored
now (:func:`differences`). Writes are Core statements on the session's connection, so the ORM objects of the
session are not touched (nor the configuration stamp: the save itself bumps that when it writes).
"""

from __future__ import annotations

import copy
import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy import Table, and_, inspect, or_, select, update
from sqlalchemy.orm import Session

from app.models import AuditEntry
from app.services import locale_format
from app.services.i18n import QT_TRANSLATE_NOOP, translate

__all__ = [
    "Difference",
    "EditConflict",
    "LastChange",
    "bump",
    "claim",
    "current",
    "differences",
    "last_change",
    "merge",
    "merge_rows",
    "touch",
]


@dataclass(frozen=True)
class Difference:
    """One field as the editor loaded it and as it is stored now (both as the operator reads them)."""

    field: str  # "E-mail", "Connector 2 plug type"
    loaded: str
    stored: str

    def text(self) -> str:
        empty = translate("EditConflict", "(empty)")
        return translate("EditConflict", "{field}: {loaded} → {stored}").format(
            field=self.field, loaded=self.loaded or empty, stored=self.stored or empty
        )


@dataclass(frozen=True)
class LastChange:
    actor: str
    at: dt.datetime


#: One whole headline per kind of thing, saved or deleted, with and without the time (a translation words each as
#: its language needs: "diese Ladestation", "ce tarif"). ``{who}`` and ``{when}`` are filled in.
_HEADLINES: Mapping[tuple[str, bool], tuple[str, str]] = {
    ("user", False): (
        QT_TRANSLATE_NOOP("EditConflict", "{who} saved this user {when} while you were editing."),
        QT_TRANSLATE_NOOP("EditConflict", "{who} saved this user while you were editing."),
    ),
    ("user", True): (
        QT_TRANSLATE_NOOP("EditConflict", "{who} deleted this user {when} while you were editing."),
        QT_TRANSLATE_NOOP("EditConflict", "{who} deleted this user while you were editing."),
    ),
    ("station", False): (
        QT_TRANSLATE_NOOP("EditConflict", "{who} saved this station {when} while you were editing."),
        QT_TRANSLATE_NOOP("EditConflict", "{who} saved this station while you were editing."),
    ),
    ("station", True): (
        QT_TRANSLATE_NOOP("EditConflict", "{who} deleted this station {when} while you were editing."),
        QT_TRANSLATE_NOOP("EditConflict", "{who} deleted this station while you were editing."),
    ),
    ("schedule", False): (
        QT_TRANSLATE_NOOP("EditConflict", "{who} saved this schedule {when} while you were editing."),
        QT_TRANSLATE_NOOP("EditConflict", "{who} saved this schedule while you were editing."),
    ),
    ("schedule", True): (
        QT_TRANSLATE_NOOP("EditConflict", "{who} deleted this schedule {when} while you were editing."),
        QT_TRANSLATE_NOOP("EditConflict", "{who} deleted this schedule while you were editing."),
    ),
    ("special user's times", False): (
        QT_TRANSLATE_NOOP(
            "EditConflict", "{who} saved this special user's times {when} while you were editing."
        ),
        QT_TRANSLATE_NOOP("EditConflict", "{who} saved this special user's times while you were editing."),
    ),
    ("special user's times", True): (
        QT_TRANSLATE_NOOP("EditConflict", "{who} deleted this special user {when} while you were editing."),
        QT_TRANSLATE_NOOP("EditConflict", "{who} deleted this special user while you were editing."),
    ),
    ("site", False): (
        QT_TRANSLATE_NOOP("EditConflict", "{who} saved this site {when} while you were editing."),
        QT_TRANSLATE_NOOP("EditConflict", "{who} saved this site while you were editing."),
    ),
    ("site", True): (
        QT_TRANSLATE_NOOP("EditConflict", "{who} deleted this site {when} while you were editing."),
        QT_TRANSLATE_NOOP("EditConflict", "{who} deleted this site while you were editing."),
    ),
    ("tariff", False): (
        QT_TRANSLATE_NOOP("EditConflict", "{who} saved this tariff {when} while you were editing."),
        QT_TRANSLATE_NOOP("EditConflict", "{who} saved this tariff while you were editing."),
    ),
    ("tariff", True): (
        QT_TRANSLATE_NOOP("EditConflict", "{who} deleted this tariff {when} while you were editing."),
        QT_TRANSLATE_NOOP("EditConflict", "{who} deleted this tariff while you were editing."),
    ),
    ("circuit", False): (
        QT_TRANSLATE_NOOP("EditConflict", "{who} saved this circuit {when} while you were editing."),
        QT_TRANSLATE_NOOP("EditConflict", "{who} saved this circuit while you were editing."),
    ),
    ("circuit", True): (
        QT_TRANSLATE_NOOP("EditConflict", "{who} deleted this circuit {when} while you were editing."),
        QT_TRANSLATE_NOOP("EditConflict", "{who} deleted this circuit while you were editing."),
    ),
    ("setting", False): (
        QT_TRANSLATE_NOOP("EditConflict", "{who} saved this setting {when} while you were editing."),
        QT_TRANSLATE_NOOP("EditConflict", "{who} saved this setting while you were editing."),
    ),
    ("setting", True): (
        QT_TRANSLATE_NOOP("EditConflict", "{who} deleted this setting {when} while you were editing."),
        QT_TRANSLATE_NOOP("EditConflict", "{who} deleted this setting while you were editing."),
    ),
    ("alarm_rule", False): (
        QT_TRANSLATE_NOOP("EditConflict", "{who} saved this alarm rule {when} while you were editing."),
        QT_TRANSLATE_NOOP("EditConflict", "{who} saved this alarm rule while you were editing."),
    ),
    ("alarm_rule", True): (
        QT_TRANSLATE_NOOP("EditConflict", "{who} deleted this alarm rule {when} while you were editing."),
        QT_TRANSLATE_NOOP("EditConflict", "{who} deleted this alarm rule while you were editing."),
    ),
}
#: a kind not in the table (a new editor): the headline without its noun
_ANY: Mapping[bool, tuple[str, str]] = {
    False: (
        QT_TRANSLATE_NOOP("EditConflict", "{who} saved this {when} while you were editing."),
        QT_TRANSLATE_NOOP("EditConflict", "{who} saved this while you were editing."),
    ),
    True: (
        QT_TRANSLATE_NOOP("EditConflict", "{who} deleted this {when} while you were editing."),
        QT_TRANSLATE_NOOP("EditConflict", "{who} deleted this while you were editing."),
    ),
}


class EditConflict(Exception):
    """Someone else saved (or deleted) this since the editor loaded it; nothing of this save was written.

    ``what`` names it ("user Eva Keller"), ``kind`` is the noun the sentence uses ("user"), ``actor``/``at`` who
    saved it last and when (None when the audit trail has no entry), ``differences`` the fields that differ
    between what the editor loaded and what is stored now, ``revision`` the stored revision (None: it was deleted).
    A save made against ``revision`` (after the operator chose to keep editing) is checked against their version.
    ``current`` is the stored form when the service could read it (the editor's "Reload" shows it)."""

    def __init__(
        self,
        what: str,
        kind: str,
        *,
        revision: int | None,
        last: LastChange | None = None,
        differences: Iterable[Difference] = (),
        current: Any = None,
        deleting: bool = False,
    ) -> None:
        self.what, self.kind, self.revision = what, kind, revision
        self.actor = last.actor if last is not None else None
        self.at = last.at if last is not None else None
        self.differences = list(differences)
        self.current = current
        self.deleting = deleting
        super().__init__(self.sentence())

    @property
    def deleted(self) -> bool:
        return self.revision is None

    def who(self) -> str:
        """The operator named in the audit trail ("console" is what a console without accounts writes)."""
        if not self.actor or self.actor == "console":
            return translate("EditConflict", "Someone on another console")
        return self.actor

    def when(self, now: dt.datetime | None = None) -> str:
        """``at 10:02`` today, ``on 6 Dec at 10:02`` before (the console's local time)."""
        if self.at is None:
            return ""
        local = self.at.astimezone()
        today = (now or dt.datetime.now(dt.UTC)).astimezone().date()
        clock = locale_format.time(local)
        if local.date() == today:
            return translate("EditConflict", "at {time}").format(time=clock)
        day = locale_format.short_date(local.date()) if locale_format.current() else f"{local.day} {local:%b}"
        return translate("EditConflict", "on {date} at {time}").format(date=day, time=clock)

    def headline(self, now: dt.datetime | None = None) -> str:
        when = self.when(now)
        timed, untimed = _HEADLINES.get((self.kind, self.deleted), _ANY[self.deleted])
        text = translate("EditConflict", timed) if when else translate("EditConflict", untimed)
        return text.format(who=self.who(), when=when)

    def sentence(self, now: dt.datetime | None = None) -> str:
        head = self.headline(now)
        if self.differences:
            head = translate("EditConflict", "{headline}: {differences}.").format(
                headline=head.rstrip("."),
                differences="; ".join(d.text() for d in self.differences),
            )
        outcome = (
            translate("EditConflict", "Nothing was deleted.")
            if self.deleting
            else translate("EditConflict", "Your changes are not saved.")
        )
        return translate("EditConflict", "{conflict} {outcome}").format(conflict=head, outcome=outcome)


def _key(table: Table) -> Any:
    return table.c.key if table.name == "settings" else table.c.id


def current(session: Session, table: Table, key: object) -> int | None:
    """The stored revision of the row ``key`` (None: there is no such row)."""
    value = session.connection().execute(select(table.c.revision).where(_key(table) == key)).scalar()
    return None if value is None else int(value)


def claim(session: Session, table: Table, key: object, seen: int) -> bool:
    """Take the row for this save if its revision is still ``seen`` (and move it on by one); False otherwise."""
    result = session.connection().execute(
        update(table)
        .where(and_(_key(table) == key, table.c.revision == seen))
        .values(revision=table.c.revision + 1)
    )
    _expire(session, table, [key])
    return bool(result.rowcount)


def _expire(session: Session, table: Table, keys: Iterable[object], column: str | None = None) -> None:
    """The session's ORM objects of those rows read their revision again (the UPDATE above went around them)."""
    wanted = set(keys)
    attr = column or ("key" if table.name == "settings" else "id")
    for obj in list(session.identity_map.values()):
        if getattr(type(obj), "__table__", None) is table and getattr(obj, attr, None) in wanted:
            session.expire(obj, ["revision"])


def touch(session: Session, table: Table, keys: Iterable[object], *, column: str | None = None) -> None:
    """Move the revision of every row in ``keys`` on by one (no check): a change another editor must notice.
    ``column`` names another column to match ``keys`` on (e.g. every schedule of some stations: ``station_id``)."""
    wanted = list(dict.fromkeys(k for k in keys if k is not None))
    if wanted:
        match = table.c[column] if column is not None else _key(table)
        session.connection().execute(
            update(table).where(match.in_(wanted)).values(revision=table.c.revision + 1)
        )
        _expire(session, table, wanted, column)


def last_change(session: Session, entities: Iterable[tuple[str, object]]) -> LastChange | None:
    """Who made the newest audit-trail entry of any of ``entities`` ((entity, id) pairs), and when."""
    pairs = [(entity, str(key)[:64]) for entity, key in entities]
    if not pairs:
        return None
    row = session.execute(
        select(AuditEntry.actor, AuditEntry.ts)
        .where(or_(*(and_(AuditEntry.entity == e, AuditEntry.entity_id == k) for e, k in pairs)))
        .order_by(AuditEntry.ts.desc(), AuditEntry.id.desc())
        .limit(1)
    ).first()
    return None if row is None else LastChange(row.actor or "", row.ts)


def differences(
    loaded: Mapping[str, str], stored: Mapping[str, str], *, mine: Mapping[str, str] | None = None
) -> list[Difference]:
    """The fields (labels of both mappings, in ``loaded``'s order then ``stored``'s) whose text differs between
    what the editor loaded and what is stored now. With ``mine`` (what the save would write), only those the
    operator changed too, to a different value: a field only the other side changed is merged, not refused."""
    out: list[Difference] = []
    for label in dict.fromkeys([*loaded, *stored]):
        was, now = loaded.get(label, ""), stored.get(label, "")
        if was == now:
            continue
        if mine is not None:
            wanted = mine.get(label, "")
            if wanted in (was, now):
                continue
        out.append(Difference(label, was, now))
    return out


def bump(obj: Any) -> None:
    """Move on the revision of an ORM object of the session when it is next flushed (``revision + 1`` in SQL,
    so a concurrent bump is not lost): a child of another aggregate changed from this one's editor. A row not
    stored yet is left alone (it starts at 1)."""
    if inspect(obj).persistent:
        obj.revision = type(obj).revision + 1


T = TypeVar("T")


def merge(loaded: T, mine: T, stored: T, fields: Iterable[str], rows: Iterable[str] = ()) -> T:
    """The form an editor continues with after "Keep editing": what is stored now, with every field the operator
    changed since loading (``mine`` differs from ``loaded``) set to the operator's value. ``rows`` name lists of
    rows with an ``id`` (connectors, special users, cards) merged row by row (:func:`merge_rows`). So the next
    save, made against the stored revision, changes only what the operator changed and never writes back what
    the other side changed and the operator did not touch."""
    out = copy.deepcopy(stored)
    for name in fields:
        if getattr(mine, name) != getattr(loaded, name):
            setattr(out, name, copy.deepcopy(getattr(mine, name)))
    for name in rows:
        setattr(out, name, merge_rows(getattr(loaded, name), getattr(mine, name), getattr(stored, name)))
    return out


def merge_rows(loaded: Sequence[Any], mine: Sequence[Any], stored: Sequence[Any]) -> list[Any]:
    """The stored rows with the operator's changes: a row they changed replaces the stored one, a row they
    removed is left out, a row they added (no id yet) is appended; the other rows are the stored ones."""
    before = {r.id: r for r in loaded if r.id is not None}
    edited = {r.id: r for r in mine if r.id is not None}
    out = []
    for row in stored:
        if row.id in before and row.id not in edited:
            continue  # removed by the operator
        changed = edited.get(row.id)
        out.append(copy.deepcopy(changed if changed is not None and changed != before.get(row.id) else row))
    return out + [copy.deepcopy(r) for r in mine if r.id is None]
