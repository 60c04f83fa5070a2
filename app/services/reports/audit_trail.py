"""The Audit page: the audit trail newest first, filtered, a bounded page at a time.

A page is read by keyset (``ts, id`` below the last row shown) through ``ix_audit_log_ts`` (or
``ix_audit_log_actor_ts`` when filtered by operator), so the thousandth page costs what the first does and a big
table never freezes the page; there is no count of all matches (the page says whether there are more).
Each entry's ``changes`` is made readable as lines ("role: technician → manager").
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import String, and_, cast, func, or_, select
from sqlalchemy.orm import Session

from app.models import AuditEntry
from app.services.i18n import translate
from app.services.store import Store

PAGE = 200  # rows per page
CHOICES_LIMIT = 200  # distinct operators / machines / entities / actions offered in the filters
TEXT_MAX = 100


@dataclass(frozen=True)
class AuditQuery:
    """What the Audit page filters by; empty strings and None filter nothing. Dates are local calendar days
    (``start`` to ``end`` inclusive) in ``tz`` (the machine's zone when None)."""

    operator: str = ""
    machine: str = ""
    entity: str = ""
    action: str = ""
    start: dt.date | None = None
    end: dt.date | None = None
    text: str = ""


@dataclass(frozen=True)
class AuditRow:
    id: int
    ts: dt.datetime
    actor: str
    machine: str
    entity: str
    entity_id: str
    action: str
    changes: tuple[str, ...]  # readable lines, "field: before → after"


@dataclass(frozen=True)
class AuditPage:
    rows: list[AuditRow]
    more: bool  # another page follows (older entries)

    @property
    def after(self) -> tuple[dt.datetime, int] | None:
        """Where the next page starts (the last row's time and id)."""
        return (self.rows[-1].ts, self.rows[-1].id) if self.rows else None


@dataclass(frozen=True)
class AuditChoices:
    operators: list[str]
    machines: list[str]
    entities: list[str]
    actions: list[str]


def _value(v: Any) -> str:
    if v is None:
        return "—"
    if isinstance(v, str):
        return v
    return json.dumps(v, ensure_ascii=False, default=str)


def readable_changes(changes: Any) -> tuple[str, ...]:
    """An entry's ``changes`` as lines: ``[before, after]`` pairs (and ``{"before": …, "after": …}``) as
    "field: before → after", anything else as "field: value"."""
    if not changes:
        return ()
    if not isinstance(changes, dict):
        return (_value(changes),)
    lines = []
    for key, v in changes.items():
        if isinstance(v, list) and len(v) == 2:
            before, after = v
        elif isinstance(v, dict) and set(v) == {"before", "after"}:
            before, after = v["before"], v["after"]
        else:
            lines.append(translate("AuditTrail", "{field}: {value}").format(field=key, value=_value(v)))
            continue
        changed = translate("AuditTrail", "{field}: {before} → {after}")
        lines.append(changed.format(field=key, before=_value(before), after=_value(after)))
    return tuple(lines)


def _local_midnight(day: dt.date, tz: dt.tzinfo | None) -> dt.datetime:
    naive = dt.datetime.combine(day, dt.time())
    local = naive.replace(tzinfo=tz) if tz is not None else naive.astimezone()
    return local.astimezone(dt.UTC)


def _filtered(q: AuditQuery, tz: dt.tzinfo | None) -> Any:
    stmt = select(AuditEntry)
    if q.operator:
        stmt = stmt.where(AuditEntry.actor == q.operator)
    if q.machine:
        stmt = stmt.where(AuditEntry.machine == q.machine)
    if q.entity:
        stmt = stmt.where(AuditEntry.entity == q.entity)
    if q.action:
        stmt = stmt.where(AuditEntry.action == q.action)
    if q.start is not None:
        stmt = stmt.where(AuditEntry.ts >= _local_midnight(q.start, tz))
    if q.end is not None:
        stmt = stmt.where(AuditEntry.ts < _local_midnight(q.end + dt.timedelta(days=1), tz))
    text = q.text.strip()[:TEXT_MAX].lower()
    if text:
        escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        like = f"%{escaped}%"
        stmt = stmt.where(
            or_(
                *(
                    func.lower(col).like(like, escape="\\")
                    for col in (
                        AuditEntry.entity_id,
                        AuditEntry.actor,
                        AuditEntry.machine,
                        AuditEntry.entity,
                        AuditEntry.action,
                        cast(AuditEntry.changes, String),
                    )
                )
            )
        )
    return stmt


def audit_page(
    session: Session,
    q: AuditQuery,
    *,
    after: tuple[dt.datetime, int] | None = None,
    limit: int = PAGE,
    tz: dt.tzinfo | None = None,
) -> AuditPage:
    """The entries matching ``q``, newest first, older than ``after`` (a previous page's :attr:`AuditPage.after`)."""
    stmt = _filtered(q, tz)
    if after is not None:
        ts, entry_id = after
        stmt = stmt.where(or_(AuditEntry.ts < ts, and_(AuditEntry.ts == ts, AuditEntry.id < entry_id)))
    stmt = stmt.order_by(AuditEntry.ts.desc(), AuditEntry.id.desc()).limit(limit + 1)
    found = list(session.scalars(stmt))
    rows = [
        AuditRow(e.id, e.ts, e.actor, e.machine, e.entity, e.entity_id, e.action, readable_changes(e.changes))
        for e in found[:limit]
    ]
    return AuditPage(rows, len(found) > limit)


def _distinct(session: Session, column: Any) -> list[str]:
    values: Sequence[str] = session.scalars(
        select(column).where(column != "").group_by(column).order_by(column).limit(CHOICES_LIMIT)
    ).all()
    return list(values)


def audit_choices(session: Session) -> AuditChoices:
    return AuditChoices(
        _distinct(session, AuditEntry.actor),
        _distinct(session, AuditEntry.machine),
        _distinct(session, AuditEntry.entity),
        _distinct(session, AuditEntry.action),
    )


class AuditService:
    """The Audit page's reads (every role may read the trail)."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def choices(self) -> AuditChoices:
        return self.store.read(audit_choices)

    def page(
        self, q: AuditQuery, *, after: tuple[dt.datetime, int] | None = None, limit: int = PAGE
    ) -> AuditPage:
        return self.store.read(lambda s: audit_page(s, q, after=after, limit=limit))


__all__ = [
    "PAGE",
    "AuditChoices",
    "AuditPage",
    "AuditQuery",
    "AuditRow",
    "AuditService",
    "audit_choices",
    "audit_page",
    "readable_changes",
]
