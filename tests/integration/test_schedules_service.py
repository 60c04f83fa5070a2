"""The Schedules page's use cases against a real database (SQLite and PostgreSQL): whole plans saved in one
transaction, overlaps refused with the rule engine's message, windows across midnight stored as one row."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import func, select

from app.db import Database
from app.models import (
    AccessMode,
    AccessSchedule,
    AccessWindow,
    AuditEntry,
    Connector,
    DateException,
    GrantWindow,
    Site,
    SpecialGrant,
    Station,
    Tariff,
    User,
)
from app.services.admin import access_plans as svc
from app.services.admin.access_plans import ExceptionRow, WindowRow
from app.services.revisions import EditConflict
from app.services.rules.plan import Plan, mode_at, validate_windows
from app.services.validation import FormError

PUBLIC, LIMITED, PRIVATE = AccessMode.PUBLIC, AccessMode.LIMITED, AccessMode.PRIVATE
MON_FRI, MON, TUE, SAT, SUN = 0b0011111, 0b1, 0b10, 0b0100000, 0b1000000


@pytest.fixture
def hq(db: Database) -> dict[str, Any]:
    """HQ Zurich with Hall B (HALL-B-1, two connectors), four tariffs and Eva Keller as a special user."""
    with db.session() as s:
        site = Site(name="HQ Zurich", timezone="Europe/Zurich")
        tariffs = {
            n: Tariff(name=n, per_kwh=Decimal(p))
            for n, p in (("public", "0.45"), ("employee", "0.20"), ("night", "0.25"), ("guest", "0.35"))
        }
        station = Station(site=site, charge_point_id="HALL-B-1", name="Hall B")
        station.connectors = [Connector(connector_id=1), Connector(connector_id=2, plug_type="CCS")]
        eva = User(name="Eva Keller")
        grant = SpecialGrant(station=station, user=eva)
        s.add_all([site, *tariffs.values(), station, eva, grant])
        s.flush()
        return {
            "station": station.id,
            "c1": station.connectors[0].id,
            "c2": station.connectors[1].id,
            "grant": grant.id,
            **{n: t.id for n, t in tariffs.items()},
        }


def office_week(ids: dict[str, Any]) -> list[WindowRow]:
    return [
        WindowRow(MON_FRI, 7 * 60, 18 * 60, LIMITED, ids["employee"]),
        WindowRow(MON_FRI, 18 * 60, 7 * 60, PUBLIC, ids["night"]),
        WindowRow(SAT, 22 * 60, 6 * 60, PRIVATE, None),
    ]


def holidays(ids: dict[str, Any]) -> list[ExceptionRow]:
    return [
        ExceptionRow(dt.date(2026, 12, 24), "Company closing", mode=PRIVATE, tariff_id=ids["guest"]),
        ExceptionRow(dt.date(2026, 12, 25), "Christmas", follow_weekday=6),
    ]


def test_round_trip_of_a_whole_plan(
    db: Database, hq: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    bumps: list[object] = []
    monkeypatch.setattr(svc, "_bump_config", bumps.append)
    with db.session() as s:
        form = svc.load_plan_form(s, hq["station"])
    assert (form.exists, form.revision, form.windows, form.exceptions) == (False, 0, [], [])
    assert (form.station_name, form.charge_point_id, form.timezone) == ("Hall B", "HALL-B-1", "Europe/Zurich")
    form.default_mode, form.default_tariff_id = PUBLIC, hq["public"]
    form.windows, form.exceptions = office_week(hq), holidays(hq)
    with db.session() as s:
        saved = svc.save_schedule(s, hq["station"], None, form, actor="test")
    assert saved.exists and saved.revision == 1
    assert len(bumps) == 1
    with db.session() as s:
        again = svc.load_plan_form(s, hq["station"])
        assert again.content() == form.content() and again.revision == saved.revision
        stored = s.scalars(select(AccessSchedule).where(AccessSchedule.station_id == hq["station"])).one()
        # the rule engine reads exactly what the page wrote
        names = {t.id: t.name for t in s.scalars(select(Tariff))}
        assert Plan.from_model(stored) == svc.plan_from_form(again, names)
        entry = s.scalars(select(AuditEntry).where(AuditEntry.entity == "access_schedule")).one()
        assert (entry.action, entry.actor) == ("create", "test")
        assert entry.changes is not None
        assert entry.changes["after"]["windows"][0] == "Limited Mon–Fri 07:00–18:00 at 'employee'"
        assert entry.changes["after"]["exceptions"][1] == "2026-12-25 Christmas: follows Sun"

    # an edit: one window changed, one exception changed in place, one removed, one added
    again.windows[0] = WindowRow(MON_FRI, 7 * 60, 19 * 60, LIMITED, hq["employee"])
    again.windows[1] = WindowRow(MON_FRI, 19 * 60, 7 * 60, PUBLIC, hq["night"])
    again.exceptions = [
        ExceptionRow(dt.date(2026, 12, 25), "Christmas Day", mode=PUBLIC),
        ExceptionRow(dt.date(2027, 1, 1), "New Year", follow_weekday=6),
    ]
    with db.session() as s:
        svc.save_schedule(s, hq["station"], None, again, actor="test")
    with db.session() as s:
        third = svc.load_plan_form(s, hq["station"])
        assert third.content() == again.content()
        assert [(e.date, e.label) for e in s.scalars(select(DateException).order_by(DateException.date))] == [
            (dt.date(2026, 12, 25), "Christmas Day"),
            (dt.date(2027, 1, 1), "New Year"),
        ]
        update = s.scalars(select(AuditEntry).where(AuditEntry.action == "update")).one()
        assert update.changes is not None
        assert update.changes["before"]["windows"][0] == "Limited Mon–Fri 07:00–18:00 at 'employee'"
        assert update.changes["after"]["windows"][0] == "Limited Mon–Fri 07:00–19:00 at 'employee'"
    assert len(bumps) == 2

    # saving the unchanged plan writes nothing
    with db.session() as s:
        svc.save_schedule(s, hq["station"], None, third)
        assert s.scalar(select(func.count(AuditEntry.id))) == 2
    assert len(bumps) == 2


def test_window_across_midnight_is_stored_as_one_row(db: Database, hq: dict[str, Any]) -> None:
    with db.session() as s:
        form = svc.load_plan_form(s, hq["station"])
    form.windows = [WindowRow(SAT, 22 * 60, 6 * 60, PRIVATE, hq["night"])]
    with db.session() as s:
        svc.save_schedule(s, hq["station"], None, form)
    with db.session() as s:
        rows = s.execute(select(AccessWindow.days, AccessWindow.start_minute, AccessWindow.end_minute)).all()
        assert rows == [(SAT, 1320, 360)]
        assert rows[0].end_minute <= rows[0].start_minute
        plan = Plan.from_model(s.scalars(select(AccessSchedule)).one())
    assert mode_at(plan, dt.datetime(2026, 11, 29, 3, 0)).mode is PRIVATE  # Sunday morning, from Saturday
    assert mode_at(plan, dt.datetime(2026, 11, 28, 3, 0)).mode is PUBLIC  # Saturday morning


def test_overlap_is_refused_with_the_rule_engines_message_and_nothing_written(
    db: Database, hq: dict[str, Any]
) -> None:
    with db.session() as s:
        form = svc.load_plan_form(s, hq["station"])
    form.windows = [
        WindowRow(MON_FRI, 7 * 60, 18 * 60, LIMITED, hq["employee"]),
        WindowRow(MON, 17 * 60, 19 * 60, PRIVATE, None),
    ]
    with pytest.raises(FormError) as e, db.session() as s:
        svc.save_schedule(s, hq["station"], None, form)
    expected = validate_windows([w.weekly() for w in form.windows])
    assert expected == [
        "Window 2 (Mon 17:00–19:00) overlaps window 1 (Mon–Fri 07:00–18:00) on Mon 17:00–18:00."
    ]
    assert e.value.problems == {"windows[1]": expected[0]}
    with db.session() as s:
        assert s.scalar(select(func.count(AccessSchedule.id))) == 0
        assert s.scalar(select(func.count(AuditEntry.id))) == 0


def test_every_field_problem_is_reported(db: Database, hq: dict[str, Any]) -> None:
    with db.session() as s:
        form = svc.load_plan_form(s, hq["station"])
    form.default_tariff_id = 99999
    form.windows = [WindowRow(0, 7 * 60, 18 * 60, LIMITED), WindowRow(TUE, 600, 600, None)]
    form.exceptions = [
        ExceptionRow(dt.date(2026, 12, 25), "x"),
        ExceptionRow(dt.date(2026, 12, 25), "y", follow_weekday=6, tariff_id=hq["guest"]),
    ]
    with pytest.raises(FormError) as e, db.session() as s:
        svc.save_schedule(s, hq["station"], None, form)
    p = e.value.problems
    assert p["default_tariff"] == "that tariff no longer exists; choose another one"
    assert p["windows[0]"] == "Window 1: choose at least one weekday."
    assert p["windows[1].mode"] == "Window 2: choose Public, Limited or Private."
    assert p["windows[1].to"].startswith("Window 2: from and to are the same time")
    assert p["exceptions[0]"].startswith("2026-12-25: choose a weekday whose plan applies, or a fixed mode")
    assert p["exceptions[1].date"] == "2026-12-25 has an exception already; edit that one instead"
    assert p["exceptions[1].tariff"].startswith("a date that follows another weekday uses that day's tariffs")


def test_a_second_console_cannot_overwrite_changes_it_has_not_seen(db: Database, hq: dict[str, Any]) -> None:
    with db.session() as s:
        mine, theirs = svc.load_plan_form(s, hq["station"]), svc.load_plan_form(s, hq["station"])
    theirs.windows = [WindowRow(SAT, 8 * 60, 12 * 60, PRIVATE)]
    with db.session() as s:
        svc.save_schedule(s, hq["station"], None, theirs)
    mine.windows = [WindowRow(MON, 8 * 60, 12 * 60, LIMITED)]
    with pytest.raises(EditConflict) as e, db.session() as s:
        svc.save_schedule(s, hq["station"], None, mine)
    assert [d.field for d in e.value.differences] == ["Weekly windows"]
    with db.session() as s:
        assert svc.load_plan_form(s, hq["station"]).windows == theirs.windows


def test_connector_override_copies_the_station_plan_and_can_be_removed(
    db: Database, hq: dict[str, Any]
) -> None:
    with db.session() as s:
        form = svc.load_plan_form(s, hq["station"])
        form.default_tariff_id = hq["public"]
        form.windows, form.exceptions = office_week(hq), holidays(hq)
        svc.save_schedule(s, hq["station"], None, form)
    with db.session() as s:
        targets = svc.station_targets(s, hq["station"])
        assert [t.label for t in targets.targets] == [
            "Station schedule",
            "Special user Eva Keller: own times",
        ]
        assert [c.label for c in targets.without_own_rules] == ["Connector 1 (Type2)", "Connector 2 (CCS)"]
        with pytest.raises(LookupError, match="follows the station's plan"):
            svc.load_plan_form(s, hq["station"], hq["c2"])
    with db.session() as s:
        own = svc.create_connector_override(s, hq["c2"])
    assert (own.connector_pk, own.connector_number, own.exists) == (hq["c2"], 2, True)
    assert own.content() == form.content()
    own.default_mode = PRIVATE
    own.windows = own.windows[:1]
    with db.session() as s:
        svc.save_schedule(s, hq["station"], hq["c2"], own)
    with db.session() as s:
        assert (
            svc.load_plan_form(s, hq["station"]).content() == form.content()
        )  # the station's plan is untouched
        c2 = svc.load_plan_form(s, hq["station"], hq["c2"])
        assert (c2.default_mode, len(c2.windows)) == (PRIVATE, 1)
        assert [t.label for t in svc.station_targets(s, hq["station"]).targets] == [
            "Station schedule",
            "Connector 2 (own rules)",
            "Special user Eva Keller: own times",
        ]
    with pytest.raises(FormError, match="has its own rules already"), db.session() as s:
        svc.create_connector_override(s, hq["c2"])
    with db.session() as s:
        svc.remove_connector_override(s, hq["c2"])
    with db.session() as s:
        assert s.scalar(select(func.count(AccessSchedule.id))) == 1
        assert s.scalar(select(func.count(DateException.id))) == 2  # the station's own two
        actions = s.scalars(select(AuditEntry.action).order_by(AuditEntry.id)).all()
        assert actions == ["create", "create", "update", "delete"]


def test_special_users_own_times(db: Database, hq: dict[str, Any]) -> None:
    with db.session() as s:
        grant = svc.load_grant_form(s, hq["grant"])
    assert (grant.user_name, grant.title, grant.windows) == ("Eva Keller", "Eva Keller at Hall B", [])
    times = [WindowRow(MON_FRI, 7 * 60, 18 * 60), WindowRow(SAT, 22 * 60, 2 * 60)]
    with db.session() as s:
        saved = svc.save_grant_windows(s, hq["grant"], times, revision=grant.revision, actor="test")
    assert saved.windows == times
    with db.session() as s:
        rows = s.execute(
            select(GrantWindow.days, GrantWindow.start_minute, GrantWindow.end_minute).order_by(
                GrantWindow.position
            )
        ).all()
        assert rows == [(MON_FRI, 420, 1080), (SAT, 1320, 120)]
        entry = s.scalars(select(AuditEntry).where(AuditEntry.entity == "special_grant")).one()
        assert entry.changes == {
            "user": "Eva Keller",
            "station": "HALL-B-1",
            "before": [],
            "after": ["Mon–Fri 07:00–18:00", "Sat 22:00–02:00"],
        }
    with pytest.raises(EditConflict) as conflict, db.session() as s:  # stale revision
        svc.save_grant_windows(s, hq["grant"], [], revision=grant.revision, base=grant.windows)
    assert [d.text() for d in conflict.value.differences] == [
        "Access times: any time the station allows → Mon–Fri 07:00–18:00; Sat 22:00–02:00"
    ]
    with pytest.raises(FormError) as e, db.session() as s:
        svc.save_grant_windows(s, hq["grant"], [*times, WindowRow(SUN, 60, 180)], revision=saved.revision)
    assert e.value.problems == {
        "windows[2]": "Window 3 (Sun 01:00–03:00) overlaps window 2 (Sat 22:00–02:00) on Sun 01:00–02:00."
    }
    with pytest.raises(FormError) as e, db.session() as s:
        svc.save_grant_windows(s, hq["grant"], [WindowRow(SUN, 60, 180, LIMITED)])
    assert set(e.value.problems) == {"windows[0]"}
    with db.session() as s:
        assert s.scalar(select(func.count(GrantWindow.id))) == 2


def test_parse_window_and_preview_lines() -> None:
    assert svc.parse_window(MON, "07:00", "18:00", LIMITED, 3) == WindowRow(MON, 420, 1080, LIMITED, 3)
    assert svc.parse_window(SAT, "22:00", "06:00").spans_midnight
    assert svc.parse_window(SAT, "22:00", "00:00") == WindowRow(SAT, 1320, 1440)
    assert svc.parse_window(SAT, "00:00", "24:00") == WindowRow(SAT, 0, 1440)
    with pytest.raises(FormError) as e:
        svc.parse_window(0, "7", "25:00")
    assert set(e.value.problems) == {"days", "from", "to"}
    with pytest.raises(FormError) as e:
        svc.parse_window(MON, "07:00", "07:00")
    assert e.value.problems["to"].startswith("from and to are the same time")

    form = svc.PlanForm(
        1,
        default_mode=PUBLIC,
        default_tariff_id=1,
        windows=[WindowRow(MON_FRI, 420, 1080, LIMITED, 2), WindowRow(SAT, 1320, 360, PRIVATE)],
    )
    plan = svc.plan_from_form(form, {1: "public", 2: "employee"})
    monday = dt.datetime(2026, 11, 23, 9, 30)
    assert svc.preview_line(plan, monday) == "Now: Limited at 'employee' until 18:00, then Public at 'public'"
    friday_evening = dt.datetime(2026, 11, 27, 19, 0)
    assert (
        svc.preview_line(plan, friday_evening)
        == "Now: Public at 'public' until Sat 22:00, then Private at 'public'"
    )
    assert svc.preview_line(Plan(), monday) == "Now: Public (no tariff), with no change ahead"

    eva = [WindowRow(MON_FRI, 420, 720), WindowRow(MON_FRI, 720, 1080)]
    assert (
        svc.grant_preview_line(eva, monday, "Eva Keller")
        == "Now: inside Eva Keller's access times until 18:00"
    )
    assert svc.grant_preview_line(eva, friday_evening, "Eva Keller") == (
        "Now: outside Eva Keller's access times; next from Mon 07:00"
    )
    assert svc.grant_preview_line([], monday, "Eva Keller").startswith(
        "Now: Eva Keller may charge at any time"
    )
    assert svc.site_now("Europe/Zurich", dt.datetime(2026, 7, 1, 10, 0, 30, tzinfo=dt.UTC)) == dt.datetime(
        2026, 7, 1, 12, 0
    )
