"""The Audit page's reads: newest first, keyset pages, every filter, changes made readable; SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from app.db import Database
from app.models import AuditEntry
from app.services.reports.audit_trail import AuditQuery, audit_choices, audit_page, readable_changes

ZURICH = ZoneInfo("Europe/Zurich")


def _entries(db: Database) -> None:
    base = dt.datetime(2026, 12, 1, 22, 30, tzinfo=dt.UTC)  # 23:30 in Zurich on Dec 1st
    rows = [
        ("anna", "desk-1", "tariff", "7", "update", {"per_kwh": ["0.2", "0.25"], "name": "employee"}),
        ("ben", "desk-2", "station", "3", "create", {"name": "Hall B"}),
        ("anna", "desk-1", "user", "12", "delete", {"name": "Eva 100% Keller"}),
        ("cli:root", "server", "operator", "tom", "create", {"role": "technician"}),
        ("ben", "desk-2", "operator", "ben", "login", None),
    ]
    with db.session() as s:
        for i, (actor, machine, entity, entity_id, action, changes) in enumerate(rows):
            s.add(
                AuditEntry(
                    ts=base + dt.timedelta(hours=i),
                    actor=actor,
                    machine=machine,
                    entity=entity,
                    entity_id=entity_id,
                    action=action,
                    changes=changes,
                )
            )


def test_pages_newest_first_and_filters(db: Database) -> None:
    _entries(db)
    with db.session() as s:
        first = audit_page(s, AuditQuery(), limit=2)
        assert [r.action for r in first.rows] == ["login", "create"] and first.more
        second = audit_page(s, AuditQuery(), after=first.after, limit=2)
        third = audit_page(s, AuditQuery(), after=second.after, limit=2)
        assert [r.action for r in second.rows + third.rows] == ["delete", "create", "update"]
        assert not third.more

        def ids(**q: object) -> list[str]:
            return [r.entity_id for r in audit_page(s, AuditQuery(**q), tz=ZURICH).rows]  # type: ignore[arg-type]

        assert ids(operator="anna") == ["12", "7"]
        assert ids(machine="desk-2") == ["ben", "3"]
        assert ids(entity="operator") == ["ben", "tom"]
        assert ids(action="create") == ["tom", "3"]
        assert ids(text="100%") == ["12"]  # a LIKE wildcard is searched for as typed
        assert ids(text="TECHNICIAN") == ["tom"]  # in the changes, any case
        assert ids(start=dt.date(2026, 12, 1), end=dt.date(2026, 12, 1)) == ["7"]  # Zurich's day
        assert ids(start=dt.date(2026, 12, 2)) == ["ben", "tom", "12", "3"]
        choices = audit_choices(s)
        assert choices.operators == ["anna", "ben", "cli:root"]
        assert choices.machines == ["desk-1", "desk-2", "server"]


def test_changes_read_as_before_and_after() -> None:
    assert readable_changes({"per_kwh": ["0.2", "0.25"], "name": "employee"}) == (
        "per_kwh: 0.2 → 0.25",
        "name: employee",
    )
    assert readable_changes({"active": [True, False], "locked_until": ["2026-12-07T09:15:00", None]}) == (
        "active: true → false",
        "locked_until: 2026-12-07T09:15:00 → —",
    )
    assert readable_changes({"value": {"before": "a", "after": "b"}}) == ("value: a → b",)
    assert readable_changes(None) == ()
