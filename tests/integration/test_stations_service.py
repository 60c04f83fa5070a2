"""The stations use cases behind the Stations page and the station editor, on SQLite and PostgreSQL."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import select

from app.db import Database
from app.models import (
    AccessMode,
    AccessSchedule,
    AccessWindow,
    AuditEntry,
    Charger,
    ChargingSession,
    Connector,
    DateException,
    IdTag,
    SessionStatus,
    Site,
    SpecialGrant,
    Station,
    StationOwner,
    Tariff,
    User,
)
from app.services.admin import stations as svc
from app.services.admin.passwords import verify_password
from app.services.admin.stations import ConnectorForm, GrantForm, StationForm, WindowText
from app.services.roles import local_principal, machine_name
from app.services.rules.access import explain
from app.services.validation import FormError

MON_FRI = 0b0011111


@pytest.fixture
def ids(db: Database) -> dict[str, int]:
    """HQ Zurich with tariffs employee/public/owner, users Eva Keller, Marc Brunner, Lea Frei (tagged)."""
    with db.session() as s:
        hq = Site(name="HQ Zurich", timezone="Europe/Zurich", vat_percent=Decimal("8.1"))
        branch = Site(name="Branch Basel", timezone="Europe/Zurich")
        employee = Tariff(name="employee", per_kwh=Decimal("0.20"))
        public = Tariff(name="public", per_kwh=Decimal("0.50"), start_fee=Decimal("1"))
        owner = Tariff(name="owner", per_kwh=Decimal("0.10"))
        eva, marc, lea = (
            User(name="Eva Keller", email="eva@example.com"),
            User(name="Marc Brunner"),
            User(name="Lea Frei"),
        )
        s.add_all([hq, branch, employee, public, owner, eva, marc, lea])
        s.add_all(
            [
                IdTag(id_tag="04A2B3C4", user=eva),
                IdTag(id_tag="0B0B0B0B", user=marc),
                IdTag(id_tag="0C0C0C0C", user=lea),
            ]
        )
        s.flush()
        return {
            "hq": hq.id,
            "basel": branch.id,
            "employee": employee.id,
            "public": public.id,
            "owner": owner.id,
            "eva": eva.id,
            "marc": marc.id,
            "lea": lea.id,
        }


def hall_b(ids: dict[str, int], **changes: object) -> StationForm:
    form = StationForm(
        name="Hall B",
        description="Underground, level -1",
        site_id=ids["hq"],
        charge_point_id="HALL-B-1",
        default_mode=AccessMode.LIMITED,
        default_tariff_id=ids["employee"],
        owner_tariff_id=ids["owner"],
        owners=[ids["eva"]],
        grants=[
            GrantForm(
                user_id=ids["marc"],
                tariff_id=ids["employee"],
                valid_from=dt.date(2026, 1, 1),
                valid_until=dt.date(2026, 6, 30),
                windows=[WindowText("Mon-Fri", "07:00", "18:00")],
            )
        ],
        connectors=[
            ConnectorForm(number=1, plug_type="Type2", max_kw=22),
            ConnectorForm(
                number=2,
                plug_type="CCS",
                max_kw="50",
                own_rules=True,
                mode=AccessMode.PUBLIC,
                tariff_id=ids["public"],
            ),
        ],
        lat="47.3769",
        lon=8.5417,
        address="Hardstrasse 201, 8005 Zürich",
        notes="Key at reception",
        password="correct horse battery",
        security_profile=1,
        allow_unsecured=False,
    )
    return dataclasses.replace(form, **changes)  # type: ignore[arg-type]


def test_create_load_roundtrip_with_audit(db: Database, ids: dict[str, int]) -> None:
    with db.session() as s:
        sid = svc.save_station(s, hall_b(ids))
    with db.session() as s:
        form = svc.load_station(s, sid)
        st = s.get(Station, sid)
        assert (
            st is not None and st.password_hash and verify_password("correct horse battery", st.password_hash)
        )
        audits = s.scalars(select(AuditEntry).where(AuditEntry.entity == "station")).all()
    assert form.name == "Hall B" and form.charge_point_id == "HALL-B-1" and form.site_id == ids["hq"]
    assert form.has_password and form.password == "" and form.security_profile == 1
    assert (form.lat, form.lon, form.address) == (47.3769, 8.5417, "Hardstrasse 201, 8005 Zürich")
    assert [(c.number, c.plug_type, c.max_kw, c.own_rules, c.mode, c.tariff_id) for c in form.connectors] == [
        (1, "Type2", 22.0, False, AccessMode.PUBLIC, None),
        (2, "CCS", 50.0, True, AccessMode.PUBLIC, ids["public"]),
    ]
    assert form.default_mode is AccessMode.LIMITED and form.default_tariff_id == ids["employee"]
    assert form.owners == [ids["eva"]]
    [grant] = form.grants
    assert (grant.user_id, grant.valid_from, grant.valid_until) == (
        ids["marc"],
        dt.date(2026, 1, 1),
        dt.date(2026, 6, 30),
    )
    assert grant.windows == [WindowText("Mon-Fri", "07:00", "18:00")]
    [entry] = audits
    assert (
        entry.action == "create"
        and (entry.actor, entry.machine) == (local_principal().username, machine_name())
        and entry.changes is not None
    )
    assert entry.changes["password"] == "set" and "hash" not in str(entry.changes)


def test_saved_rules_drive_the_authorization(db: Database, ids: dict[str, int]) -> None:
    """What the editor saves is what the access rules use: validity in local days, connector override."""
    with db.session() as s:
        svc.save_station(s, hall_b(ids))
    with db.session() as s:
        # Marc: special user Mon–Fri 07:00–18:00 until 30 June (inclusive, local)
        ok = explain(s, "HALL-B-1", 1, "0B0B0B0B", dt.datetime(2026, 6, 30, 23, 30))
        late = explain(s, "HALL-B-1", 1, "0B0B0B0B", dt.datetime(2026, 7, 1, 0, 0))
        assert not ok.accepted and "limited to" in ok.reason  # 23:30 is outside his window
        assert not late.accepted and "ended 2026-07-01 00:00" in late.reason
        day = explain(s, "HALL-B-1", 1, "0B0B0B0B", dt.datetime(2026, 6, 30, 10, 0))
        assert day.accepted and day.tariff_name == "employee"
        # Lea is nobody here: refused on connector 1 (Limited), accepted on connector 2 (own rules: Public)
        assert not explain(s, "HALL-B-1", 1, "0C0C0C0C", dt.datetime(2026, 3, 3, 10, 0)).accepted
        on_two = explain(s, "HALL-B-1", 2, "0C0C0C0C", dt.datetime(2026, 3, 3, 10, 0))
        assert on_two.accepted and on_two.tariff_name == "public"
        owner = explain(s, "HALL-B-1", 1, "04A2B3C4", dt.datetime(2026, 3, 3, 10, 0))
        assert owner.accepted and owner.tariff_name == "owner"


def test_validation_lists_every_problem_and_writes_nothing(db: Database, ids: dict[str, int]) -> None:
    with db.session() as s:
        svc.save_station(s, hall_b(ids))
    bad = hall_b(
        ids,
        name=" ",
        charge_point_id="hall-b-1",
        password="short",
        lat="91",
        lon="abc",
        connectors=[ConnectorForm(number=1, max_kw=-7), ConnectorForm(number=1, max_kw="lots")],
        grants=[
            GrantForm(
                user_id=None,
                connector=3,
                valid_from=dt.date(2026, 5, 1),
                valid_until=dt.date(2026, 4, 1),
                windows=[
                    WindowText("Mon-Fri", "07:00", "18:00"),
                    WindowText("Fri", "17:00", "19:00"),
                    WindowText("Funday", "25:00", ""),
                ],
            )
        ],
    )
    with db.session() as s, pytest.raises(FormError) as err:
        svc.save_station(s, bad)
    p = err.value.problems
    assert p["name"].startswith("Enter a name")
    assert p["charge_point_id"].startswith("hall-b-1 is already used by station Hall B")
    assert "at least 8 characters" in p["password"]
    assert "between -90 and 90" in p["lat"] and "number" in p["lon"]
    assert "more than 0 kW" in p["connectors[0].max_kw"]
    assert "listed twice" in p["connectors[1].number"] and "number of kW" in p["connectors[1].max_kw"]
    assert p["grants[0].user_id"] == "Choose the special user."
    assert "no connector 3" in p["grants[0].connector"]
    assert "on or after" in p["grants[0].valid_until"]
    assert "not a day list" in p["grants[0].windows[2].days"]
    assert (
        "not a time" in p["grants[0].windows[2].start"] and "Enter the end" in p["grants[0].windows[2].end"]
    )
    assert "grants[0].windows" not in p  # overlaps are only checked once every row reads
    fixed = dataclasses.replace(
        bad.grants[0], user_id=ids["lea"], connector=None, valid_until=None, windows=bad.grants[0].windows[:2]
    )
    with db.session() as s:
        problems = svc.validate_station(s, hall_b(ids, charge_point_id="HALL-B-2", grants=[fixed]))
    assert problems == {"grants[0].windows": problems["grants[0].windows"]}
    assert "overlaps window 1" in problems["grants[0].windows"]
    with db.session() as s:
        assert s.scalar(select(Station.id).where(Station.name == " ")) is None
        assert len(s.scalars(select(Station)).all()) == 1


def test_security_profile_needs_a_password(db: Database, ids: dict[str, int]) -> None:
    with db.session() as s:
        problems = svc.validate_station(s, hall_b(ids, password="", security_profile=2))
    assert "needs" not in problems.get("password", "")
    assert "enter one above" in problems["security_profile"]
    with db.session() as s:
        sid = svc.save_station(s, hall_b(ids))
    with db.session() as s:
        form = svc.load_station(s, sid)
        assert svc.validate_station(s, form) == {}  # the stored password counts; empty keeps it
        assert "security_profile" in svc.validate_station(s, dataclasses.replace(form, clear_password=True))
        svc.save_station(s, dataclasses.replace(form, clear_password=True, security_profile=0), base=form)
    with db.session() as s:
        st = s.get(Station, sid)
        assert st is not None and st.password_hash is None
        assert (
            s.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first().changes["password"]
            == "removed"
        )


def test_update_writes_only_what_the_operator_changed(db: Database, ids: dict[str, int]) -> None:
    """The charger, the calendar and the map change a station while its editor is open: a save keeps that."""
    with db.session() as s:
        sid = svc.save_station(s, hall_b(ids))
    with db.session() as s:
        base = svc.load_station(s, sid)
    with db.session() as s:  # meanwhile: a boot, a new connector, a calendar window, the map
        st = s.get(Station, sid)
        assert st is not None and st.schedule is not None
        st.vendor, st.ocpp_version, st.lat = "ABB", "2.0.1", 47.4
        st.connectors.append(Connector(connector_id=3, status="Available"))
        st.schedule.windows.append(
            AccessWindow(days=MON_FRI, start_minute=420, end_minute=1080, mode=AccessMode.PRIVATE)
        )
    edited = dataclasses.replace(
        base,
        name="Hall B (garage)",
        owners=[ids["marc"]],
        connectors=[dataclasses.replace(base.connectors[0], max_kw="11")],
    )
    with db.session() as s:
        svc.save_station(s, edited, base=base)
    with db.session() as s:
        form = svc.load_station(s, sid)
        entry = s.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
    assert form.name == "Hall B (garage)" and form.owners == [ids["marc"]]
    assert form.vendor == "ABB" and form.ocpp_version == "2.0.1" and form.lat == 47.4
    assert [c.number for c in form.connectors] == [1, 3]  # 2 removed by the operator, 3 (new) kept
    assert form.connectors[0].max_kw == 11.0
    assert form.windows == ["Private Mon–Fri 07:00–18:00"]
    assert entry.action == "update" and entry.changes["name"] == ["Hall B", "Hall B (garage)"]
    assert entry.changes["owners"] == {"added": ["Marc Brunner"], "removed": ["Eva Keller"]}
    assert "lat" not in entry.changes and "removed #2" in entry.changes["connectors"]


def test_connectors_renumber_swap_override_and_grants_follow(db: Database, ids: dict[str, int]) -> None:
    with db.session() as s:
        sid = svc.save_station(s, hall_b(ids, grants=[GrantForm(user_id=ids["lea"], connector=2)]))
    with db.session() as s:
        base = svc.load_station(s, sid)
    one, two = base.connectors
    swapped = dataclasses.replace(
        base,
        connectors=[
            dataclasses.replace(one, number=2, own_rules=True, mode=AccessMode.PRIVATE),
            dataclasses.replace(two, number=1, own_rules=False),
        ],
        grants=[dataclasses.replace(base.grants[0], connector=1)],
    )
    with db.session() as s:
        svc.save_station(s, swapped, base=base)
    with db.session() as s:
        form = svc.load_station(s, sid)
        scheds = s.scalars(select(AccessSchedule).where(AccessSchedule.station_id == sid)).all()
        grant = s.scalars(select(SpecialGrant)).one()
        assert grant.connector is not None and grant.connector.id == two.id  # the CCS one, now number 1
    assert [(c.id, c.number, c.plug_type, c.own_rules, c.mode) for c in form.connectors] == [
        (two.id, 1, "CCS", False, AccessMode.PUBLIC),
        (one.id, 2, "Type2", True, AccessMode.PRIVATE),
    ]
    assert len(scheds) == 2  # the station's and connector 2's (old override of the CCS one removed)
    # remove connector 1 (the grant's) while moving the grant to the whole station: the grant survives
    base = form
    edited = dataclasses.replace(
        base, connectors=[base.connectors[1]], grants=[dataclasses.replace(base.grants[0], connector=None)]
    )
    with db.session() as s:
        svc.save_station(s, edited, base=base)
    with db.session() as s:
        grant = s.scalars(select(SpecialGrant)).one()
        assert grant.connector_pk is None
        assert [c.connector_id for c in s.scalars(select(Connector))] == [2]


def test_list_rows_modes_filters_and_live_updates(db: Database, ids: dict[str, int]) -> None:
    with db.session() as s:
        sid = svc.save_station(s, hall_b(ids))
        svc.save_station(
            s,
            StationForm(
                name="Garage",
                site_id=ids["basel"],
                charge_point_id="GARAGE-2",
                address="Dorfstrasse 1",
                allow_unsecured=True,  # (explicit: new stations need a password by default)
                connectors=[ConnectorForm(number=1)],
            ),
        )
        st = s.get(Station, sid)
        assert st is not None and st.schedule is not None
        st.schedule.windows.append(
            AccessWindow(days=0b1100000, start_minute=0, end_minute=1440, mode=AccessMode.PUBLIC)
        )
        s.add(
            Charger(
                charge_point_id="HALL-B-1", online=True, last_seen=dt.datetime(2026, 3, 2, 9, tzinfo=dt.UTC)
            )
        )
    with db.session() as s:
        rows = svc.list_rows(s)
    assert [r.name for r in rows] == ["Garage", "Hall B"]  # by site (Branch Basel, HQ Zurich), then name
    with db.session() as s:
        [first] = svc.list_rows(s, limit=1)  # capped: the other queries are limited to the listed stations
    assert (
        first.name == "Garage" and [c.number for c in first.connectors] == [1] and first.connector_plans == {}
    )
    garage, hall = rows
    assert hall.online and not garage.online and hall.last_seen is not None
    assert not hall.unsecured and garage.unsecured
    assert svc.security_label(hall) == ("Basic (profile 1)", "ok")
    assert svc.security_label(garage)[1] == "warn"
    # a profile 3 charger logs in with its client certificate: no password needed, nothing to warn about
    certified = dataclasses.replace(hall, has_password=False, allow_unsecured=False, security_profile=3)
    assert not certified.locked_out and not certified.unsecured
    assert svc.security_label(certified) == ("TLS + certificate (profile 3)", "ok")
    monday = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)  # 10:00 in Zurich
    now = svc.mode_now(hall, monday)
    assert now.slot.mode is AccessMode.LIMITED and now.text() == "Limited until Sat 00:00 · #2 Public"
    assert now.modes() == {AccessMode.LIMITED, AccessMode.PUBLIC}
    assert "Connector 2" in now.detail() and "tariff 'employee'" in now.detail()
    saturday = svc.mode_now(hall, dt.datetime(2026, 3, 7, 9, tzinfo=dt.UTC))
    assert saturday.slot.mode is AccessMode.PUBLIC and saturday.text().startswith("Public until Mon 00:00")
    assert svc.mode_now(garage, monday).text() == "Public"
    assert svc.matches_search(hall, "hardstrasse") and svc.matches_search(hall, "hall-b")
    assert svc.matches_search(garage, "garage dorf") and not svc.matches_search(garage, "hall")
    assert svc.matches_status(hall, "online") and svc.matches_status(garage, "offline")
    assert not svc.matches_status(hall, "charging")
    assert hall.apply_status(1, "Charging") and svc.matches_status(hall, "charging")
    assert not hall.apply_status(1, "Charging")  # nothing new
    assert hall.apply_status(2, "Faulted", "GroundFailure") and svc.matches_status(hall, "faulted")
    hall.apply_presence(False, dt.datetime(2026, 3, 2, 10, tzinfo=dt.UTC))
    assert not svc.matches_status(hall, "charging") and not hall.faulted  # offline: no live state
    with db.session() as s:  # a holiday: the list's plans include date exceptions and their tariffs
        st = s.get(Station, sid)
        assert st is not None and st.schedule is not None
        st.schedule.exceptions.append(
            DateException(
                date=dt.date(2026, 3, 2), label="Closed", mode=AccessMode.PRIVATE, tariff_id=ids["owner"]
            )
        )
    with db.session() as s:
        hall = svc.list_rows(s)[1]
    holiday = svc.mode_now(hall, monday)
    assert holiday.slot.mode is AccessMode.PRIVATE and holiday.slot.tariff == "owner"
    assert "holiday 'Closed'" in holiday.slot.source


def test_duplicate_copies_rules_but_not_identity(db: Database, ids: dict[str, int]) -> None:
    with db.session() as s:
        sid = svc.save_station(s, hall_b(ids))
        st = s.get(Station, sid)
        assert st is not None and st.schedule is not None
        st.schedule.windows.append(
            AccessWindow(
                days=MON_FRI,
                start_minute=420,
                end_minute=1080,
                mode=AccessMode.LIMITED,
                tariff_id=ids["employee"],
            )
        )
        st.schedule.exceptions.append(
            DateException(date=dt.date(2026, 12, 25), label="Christmas", mode=AccessMode.PRIVATE)
        )
    with db.session() as s:
        copy = svc.duplicate_station(s, sid)
    assert copy.id is None and copy.name == "Hall B (copy)" and copy.charge_point_id == "HALL-B-2"
    assert not copy.has_password and copy.security_profile == 0 and copy.lat is None
    assert [c.id for c in copy.connectors] == [None, None] and [g.id for g in copy.grants] == [None]
    with db.session() as s:
        new_id = svc.save_station(s, copy)
    with db.session() as s:
        form = svc.load_station(s, new_id)
        assert svc.duplicate_station(s, sid).name == "Hall B (copy 2)"
        assert svc.duplicate_station(s, sid).charge_point_id == "HALL-B-3"
    assert form.windows == [
        "Limited Mon–Fri 07:00–18:00 at 'employee'",
        "2026-12-25 Christmas: Private all day",
    ]
    assert form.owners == [ids["eva"]] and form.grants[0].windows == [WindowText("Mon-Fri", "07:00", "18:00")]
    assert form.connectors[1].own_rules and form.connectors[1].tariff_id == ids["public"]


def test_delete_refused_with_sessions_then_disable(db: Database, ids: dict[str, int]) -> None:
    with db.session() as s:
        used = svc.save_station(s, hall_b(ids))
        unused = svc.save_station(s, hall_b(ids, name="Spare", charge_point_id="SPARE-1", grants=[]))
        s.add(
            ChargingSession(
                station_id=used,
                charge_point_id="HALL-B-1",
                connector_id=1,
                id_tag="04A2B3C4",
                start_at=dt.datetime(2026, 3, 2, 8, tzinfo=dt.UTC),
                status=SessionStatus.COMPLETED,
            )
        )
    with db.session() as s, pytest.raises(svc.StationInUse) as err:
        svc.delete_station(s, used)
    assert "Hall B has 1 charging session." in str(err.value) and "Disable it instead" in str(err.value)
    with db.session() as s:
        svc.disable_station(s, used)
        assert svc.delete_station(s, unused) == "SPARE-1"
    with db.session() as s:
        st = s.get(Station, used)
        assert st is not None and not st.enabled
        assert s.get(Station, unused) is None
        assert s.scalars(select(StationOwner).where(StationOwner.station_id == unused)).all() == []
        actions = [a.action for a in s.scalars(select(AuditEntry).order_by(AuditEntry.id))]
    assert actions == ["create", "create", "update", "delete"]
    with db.session() as s, pytest.raises(LookupError):
        svc.delete_station(s, unused)


def test_choices_and_new_form(db: Database, ids: dict[str, int]) -> None:
    with db.session() as s:
        c = svc.choices(s)
        form = svc.new_station_form(s)
    assert [x.name for x in c.sites] == ["Branch Basel", "HQ Zurich"]
    assert [x.name for x in c.tariffs] == ["employee", "owner", "public"]
    assert c.tariffs[2].detail == "0.5/kWh · start 1"
    assert [x.name for x in c.users] == ["Eva Keller", "Lea Frei", "Marc Brunner"]
    assert form.site_id == ids["basel"] and [x.number for x in form.connectors] == [1]  # first by name
    with db.session() as s:
        svc.save_station(s, hall_b(ids))
        assert svc.new_station_form(s).site_id == ids["hq"]  # where the stations are
        assert svc.new_station_form(s, ids["basel"]).site_id == ids["basel"]


def test_save_is_all_or_nothing(db: Database, ids: dict[str, int]) -> None:
    """A failure half-way (here: a user deleted between validation and the write) leaves nothing behind."""
    form = hall_b(ids, owners=[ids["eva"], 999_999])
    with db.session() as s, pytest.raises(FormError) as err:
        svc.save_station(s, form)
    assert "owners" in err.value.problems
    with pytest.raises(Exception):  # noqa: B017 - the database refuses the dangling reference
        with db.session() as s:
            monkey = svc.validate_station
            try:
                svc.validate_station = lambda *_a, **_k: {}  # type: ignore[assignment]
                svc.save_station(s, form)
            finally:
                svc.validate_station = monkey  # type: ignore[assignment]
    with db.session() as s:
        assert s.scalars(select(Station)).all() == []
        assert s.scalars(select(AuditEntry)).all() == []
