"""The Users page's use cases (app.services.admin.users) on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db import Database
from app.models import (
    AccessMode,
    AccessSchedule,
    AccessWindow,
    AuditEntry,
    ChargingSession,
    Connector,
    IdTag,
    Site,
    SpecialGrant,
    Station,
    StationOwner,
    TagStatus,
    Tariff,
    UnknownTag,
    User,
)
from app.services.admin import users as svc
from app.services.admin.users import FORM, StatusFilter, TagForm, UserForm
from app.services.rules.tags import normalise_tag
from app.services.store import Store
from app.services.validation import FormError

ZURICH = ZoneInfo("Europe/Zurich")
MON_FRI = 0b0011111


def zurich(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> dt.datetime:
    return dt.datetime(year, month, day, hour, minute, tzinfo=ZURICH).astimezone(dt.UTC)


@pytest.fixture
def people(db: Database) -> Database:
    """Max Huber owns 04A2B3C4; Eva Keller (ACME) has two cards; Ina is blocked; a card nobody owns."""
    with db.session() as s:
        max_ = User(name="Max Huber", email="max@huber.ch", company="Huber AG")
        max_.tags = [IdTag(id_tag="04A2B3C4", label="badge")]
        eva = User(name="Eva Keller", email="eva.keller@acme.ch", company="ACME", cost_centre="4711")
        eva.tags = [IdTag(id_tag="EVA00001", label="white card"), IdTag(id_tag="EVA00002", label="key fob")]
        ina = User(name="Ina Inactive", active=False, company="ACME")
        s.add_all([max_, eva, ina, IdTag(id_tag="FREE0001")])
    return db


def _user(s: Session, name: str) -> User:
    return s.scalars(select(User).where(User.name == name)).one()


def _audit(s: Session) -> list[tuple[str, str, str]]:
    return [
        (a.entity, a.action, (a.changes or {}).get("key", ""))
        for a in s.scalars(select(AuditEntry).order_by(AuditEntry.id))
    ]


# --- list and search ------------------------------------------------------------------------------------


def test_search_by_name_email_company_and_tag(people: Database) -> None:
    with people.session() as s:
        everyone = svc.search_users(s)
        assert [r.name for r in everyone.rows] == ["Eva Keller", "Ina Inactive", "Max Huber"]
        assert everyone.total == 3 and not everyone.truncated
        assert everyone.rows[0].tags == ("EVA00001", "EVA00002")

        def names(text: str, status: StatusFilter = StatusFilter.ALL) -> list[str]:
            return [r.name for r in svc.search_users(s, text, status).rows]

        assert names("keller") == ["Eva Keller"]
        assert names("HUBER.CH") == ["Max Huber"]  # e-mail, any case
        assert names("acme") == ["Eva Keller", "Ina Inactive"]  # company
        assert names("4711") == ["Eva Keller"]  # cost centre
        assert names("04a2") == ["Max Huber"]  # a card ID, typed lower-case
        assert names("acme eva") == ["Eva Keller"]  # every word must match
        assert names("acme", StatusFilter.BLOCKED) == ["Ina Inactive"]
        assert names("", StatusFilter.ACTIVE) == ["Eva Keller", "Max Huber"]
        assert names("100%") == [] and names("_") == []  # LIKE wildcards are literal
        cut = svc.search_users(s, limit=2)
        assert len(cut.rows) == 2 and cut.total == 3 and cut.truncated


# --- save -----------------------------------------------------------------------------------------------


def test_create_user_with_tags(people: Database) -> None:
    form = UserForm(
        name="  Zoë Müller ",
        email="zoe@example.ch",
        phone="+41 44 000 00 00",
        company="Müller",
        cost_centre="CC-9",
        notes="night shift\n",
        tags=[
            TagForm("  de:ad:be:ef ", "car", TagStatus.ACTIVE, zurich(2027, 1, 1), "family"),
            TagForm("free0001", "old card"),
        ],
    )
    with people.session() as s:
        s.add(UnknownTag(id_tag="DE:AD:BE:EF", charge_point_id="CP-1"))
    with people.session() as s:
        user_id = svc.save_user(s, form, actor="tester")
    with people.session() as s:
        zoe = s.get(User, user_id)
        assert zoe is not None
        assert (zoe.name, zoe.email, zoe.phone, zoe.company, zoe.cost_centre, zoe.notes, zoe.active) == (
            "Zoë Müller",
            "zoe@example.ch",
            "+41 44 000 00 00",
            "Müller",
            "CC-9",
            "night shift",
            True,
        )
        tags = {t.id_tag: t for t in zoe.tags}
        assert set(tags) == {"DE:AD:BE:EF", "FREE0001"}  # upper-case; the card nobody owned is taken over
        assert tags["DE:AD:BE:EF"].parent_id_tag == "FAMILY"
        assert tags["DE:AD:BE:EF"].expiry == zurich(2027, 1, 1)
        assert tags["FREE0001"].label == "old card"
        assert s.scalar(select(func.count(UnknownTag.id))) == 0  # no longer unknown
        assert ("user", "create", "Zoë Müller") in _audit(s)
        assert {("id_tag", "create", "DE:AD:BE:EF"), ("id_tag", "update", "FREE0001")} <= set(_audit(s))
        assert {a.actor for a in s.scalars(select(AuditEntry))} == {"tester"}
        loaded = svc.load_user(s, user_id)
        assert [t.id_tag for t in loaded.tags] == ["DE:AD:BE:EF", "FREE0001"]
        assert set(loaded.loaded_tag_ids) == {t.id for t in zoe.tags}


def test_every_problem_by_field_and_nothing_written(people: Database) -> None:
    form = UserForm(
        name="max huber",  # another user's name in another case
        email="max@",
        phone="1" * 51,
        tags=[
            TagForm("04a2b3c4"),  # Max Huber's
            TagForm("AB/CD"),
            TagForm("1234567890123456789012345678901234567"),
            TagForm("NEW00001", parent_id_tag="new00001"),
            TagForm("new00001"),  # listed twice
            TagForm(""),
        ],
    )
    with people.session() as s, pytest.raises(FormError) as err:
        svc.save_user(s, form)
    assert err.value.problems == {
        "name": "another user is already called Max Huber; names are unique, add e.g. the department",
        "email": "'max@' is not an e-mail address; enter it as name@example.com or leave it empty",
        "phone": "at most 50 characters",
        "tags[0].id_tag": "04A2B3C4 already belongs to Max Huber; remove it from that user first",
        "tags[1].id_tag": "idTag 'AB/CD' may only contain letters, digits and - _ : .",
        "tags[2].id_tag": "idTag 1234567890123456789012345678901234567 is longer than 36 characters (the OCPP 2.0.1 idToken limit; a 1.6 charger reads at most 20)",
        "tags[3].parent_id_tag": "a tag cannot be its own parent; leave it empty or enter the group's idTag",
        "tags[4].id_tag": "NEW00001 is already in this user's list of tags",
        "tags[5].id_tag": "enter the tag's ID (as printed on the card, or as a charger read it)",
    }
    with people.session() as s:
        assert s.scalar(select(func.count(User.id))) == 3
        assert s.scalar(select(func.count(IdTag.id))) == 4
        assert _audit(s) == []
    with people.session() as s, pytest.raises(FormError) as err:
        svc.save_user(s, UserForm(name=" "))
    assert err.value.problems == {"name": "enter the user's name (e.g. Eva Keller)"}


def test_update_fields_and_cards(people: Database) -> None:
    with people.session() as s:
        eva_id = _user(s, "Eva Keller").id
        form = svc.load_user(s, eva_id)
    assert [t.id_tag for t in form.tags] == ["EVA00001", "EVA00002"]
    # another console adds a card to Eva meanwhile: the editor's save must leave it alone
    with people.session() as s:
        s.add(IdTag(id_tag="EVA00003", user=_user(s, "Eva Keller")))
    form.company = "ACME Zurich"
    form.active = False
    form.tags[0].status = TagStatus.BLOCKED
    form.tags[0].label = "lost"
    del form.tags[1]  # EVA00002 removed
    form.tags.append(TagForm("eva00009", "new fob"))
    with people.session() as s:
        assert svc.save_user(s, form, actor="t") == eva_id
    with people.session() as s:
        eva = _user(s, "Eva Keller")
        assert (eva.company, eva.active) == ("ACME Zurich", False)
        tags = {t.id_tag: t for t in eva.tags}
        assert set(tags) == {"EVA00001", "EVA00003", "EVA00009"}
        assert (tags["EVA00001"].status, tags["EVA00001"].label) == (TagStatus.BLOCKED, "lost")
        assert s.scalar(select(IdTag).where(IdTag.id_tag == "EVA00002")) is None  # deleted, not detached
        log = _audit(s)
        assert {
            ("id_tag", "delete", "EVA00002"),
            ("id_tag", "update", "EVA00001"),
            ("id_tag", "create", "EVA00009"),
            ("user", "update", "Eva Keller"),
        } <= set(log)
        upd = s.scalars(select(AuditEntry).where(AuditEntry.entity == "user")).one()
        assert upd.changes == {
            "key": "Eva Keller",
            "fields": ["company", "active"],
            "tags": ["+EVA00009", "-EVA00002"],
        }
        # unchanged save: no audit entry
        n = len(log)
        svc.save_user(s, svc.load_user(s, eva_id))
        assert len(_audit(s)) == n


def test_card_removed_and_typed_again_is_kept(people: Database) -> None:
    with people.session() as s:
        form = svc.load_user(s, _user(s, "Eva Keller").id)
        old_id = form.tags[0].id
        form.tags[0] = TagForm("eva00001", "retyped")
        svc.save_user(s, form)
    with people.session() as s:
        tag = s.scalars(select(IdTag).where(IdTag.id_tag == "EVA00001")).one()
        assert (tag.id, tag.label) == (old_id, "retyped")


def test_save_deleted_user_and_name_race(people: Database) -> None:
    with people.session() as s:
        form = svc.load_user(s, _user(s, "Ina Inactive").id)
        svc.delete_user(s, form.id or 0)
    with people.session() as s, pytest.raises(FormError) as err:
        svc.save_user(s, form)
    assert set(err.value.problems) == {FORM}
    with people.session() as s, pytest.raises(LookupError):
        svc.load_user(s, form.id or 0)


def test_check_tag_for_the_card_dialog(people: Database) -> None:
    with people.session() as s:
        eva_id = _user(s, "Eva Keller").id
        assert svc.check_tag(s, TagForm("04a2b3c4"), user_id=eva_id) == {
            "id_tag": "04A2B3C4 already belongs to Max Huber; remove it from that user first"
        }
        assert svc.check_tag(s, TagForm("eva00001"), user_id=eva_id) == {}  # her own
        assert svc.check_tag(s, TagForm("X1", parent_id_tag="a b"), user_id=None) == {
            "parent_id_tag": "parent idTag 'A B' may only contain letters, digits and - _ : ."
        }
        assert svc.tag_owner(s, "04a2b3c4") == (_user(s, "Max Huber").id, "Max Huber")
        assert svc.tag_owner(s, "FREE0001") is None


# --- delete ---------------------------------------------------------------------------------------------


def test_delete_user_keeps_sessions(people: Database) -> None:
    with people.session() as s:
        eva = _user(s, "Eva Keller")
        site = Site(name="HQ Zurich")
        st = Station(site=site, charge_point_id="HALL-B-1", name="Hall B")
        st.owners = [StationOwner(user=eva)]
        st.grants = [SpecialGrant(user=eva)]
        s.add(st)
        s.flush()
        for n in range(2):
            s.add(
                ChargingSession(
                    station_id=st.id,
                    charge_point_id="HALL-B-1",
                    connector_id=1,
                    id_tag="EVA00001",
                    user_id=eva.id,
                    start_at=zurich(2026, 3, 2 + n, 8),
                )
            )
        eva_id = eva.id
    with people.session() as s:
        impact = svc.delete_impact(s, eva_id)
        assert (impact.tags, impact.sessions, impact.owned_stations, impact.grants) == (2, 2, 1, 1)
        assert impact.sentence() == (
            "2 RFID tags will be deleted. They lose 1 station they own. They lose 1 special user grant. "
            "The history keeps their 2 charging sessions (shown without a user)."
        )
        svc.delete_user(s, eva_id, actor="t")
    with people.session() as s:
        assert s.get(User, eva_id) is None
        sessions = s.scalars(select(ChargingSession)).all()
        assert len(sessions) == 2 and all(x.user_id is None and x.id_tag == "EVA00001" for x in sessions)
        assert s.scalar(select(func.count(IdTag.id)).where(IdTag.id_tag.like("EVA%"))) == 0
        assert s.scalar(select(func.count(StationOwner.id))) == 0
        assert s.scalar(select(func.count(SpecialGrant.id))) == 0
        assert {
            ("user", "delete", "Eva Keller"),
            ("id_tag", "delete", "EVA00001"),
            ("id_tag", "delete", "EVA00002"),
        } <= set(_audit(s))
    with people.session() as s:
        ina = svc.delete_impact(s, _user(s, "Ina Inactive").id)
        assert ina.sentence() == "They have no RFID tags. They have no charging sessions."


# --- unknown cards --------------------------------------------------------------------------------------


def test_unknown_tags_assign_and_dismiss(people: Database) -> None:
    with people.session() as s:
        site = Site(name="HQ Zurich")
        s.add(Station(site=site, charge_point_id="HALL-B-1", name="Hall B"))
        s.flush()
        hall = s.scalars(select(Station)).one()
        s.add_all(
            [
                UnknownTag(
                    id_tag="0A1B2C3D",
                    charge_point_id="HALL-B-1",
                    station_id=hall.id,
                    connector_id=1,
                    first_seen=zurich(2026, 3, 2, 8),
                    last_seen=zurich(2026, 3, 2, 9),
                    times_seen=3,
                ),
                UnknownTag(
                    id_tag="0A1B2C3D",
                    charge_point_id="GONE-1",
                    first_seen=zurich(2026, 3, 1, 8),
                    last_seen=zurich(2026, 3, 1, 8),
                ),
                UnknownTag(
                    id_tag="STRAY001",
                    charge_point_id="HALL-B-1",
                    station_id=hall.id,
                    first_seen=zurich(2026, 3, 3, 8),
                    last_seen=zurich(2026, 3, 3, 8),
                ),
                UnknownTag(
                    id_tag="04A2B3C4",
                    charge_point_id="HALL-B-1",
                    station_id=hall.id,
                    first_seen=zurich(2026, 2, 1),
                    last_seen=zurich(2026, 2, 1),
                ),
            ]
        )
    with people.session() as s:
        rows = svc.unknown_tags(s)
        assert [(r.id_tag, r.station, r.connector_id) for r in rows] == [
            ("STRAY001", "Hall B", None),
            ("0A1B2C3D", "Hall B", 1),
            ("0A1B2C3D", "GONE-1", None),
            ("04A2B3C4", "Hall B", None),
        ]  # newest first; a station that is gone shows its charge point id
        assert rows[1].where == "Hall B, connector 1" and rows[1].times_seen == 3
        assert svc.count_unknown_tags(s) == 4
        eva_id = _user(s, "Eva Keller").id
        assigned = svc.assign_unknown_tag(s, rows[1].id, eva_id, label=" blue fob ", actor="tech")
        assert (assigned.id_tag, assigned.user_name) == ("0A1B2C3D", "Eva Keller")
        # owned by someone else meanwhile: refused, nothing written
        with pytest.raises(FormError) as err:
            svc.assign_unknown_tag(s, rows[3].id, eva_id)
        assert err.value.problems == {
            "user": "04A2B3C4 already belongs to Max Huber; remove it from that user first"
        }
        with pytest.raises(FormError) as err:
            svc.assign_unknown_tag(s, rows[1].id, eva_id)
        assert set(err.value.problems) == {FORM}
        svc.dismiss_unknown_tag(s, rows[0].id)
    with people.session() as s:
        tag = s.scalars(select(IdTag).where(IdTag.id_tag == "0A1B2C3D")).one()
        assert (tag.user_id, tag.label, tag.status) == (eva_id, "blue fob", TagStatus.ACTIVE)
        assert [r.id_tag for r in svc.unknown_tags(s)] == ["04A2B3C4"]  # both sightings of 0A1B2C3D gone
        log = _audit(s)
        assert ("id_tag", "create", "0A1B2C3D") in log and ("unknown_tag", "delete", "STRAY001") in log
        created = s.scalars(select(AuditEntry).where(AuditEntry.entity == "id_tag")).one()
        assert created.actor == "tech" and created.changes is not None
        assert created.changes["from"] == "unknown tag seen at HALL-B-1 connector 1"


# --- where the user may charge now ----------------------------------------------------------------------


@pytest.fixture
def stations(people: Database) -> Database:
    """HQ Zurich: Hall B (Mon–Fri 07–18 Limited@employee, else Public@public; owner tariff 'owner'; Max owns it),
    Garage (Private; Max owns it), Visitors (Public, no schedule)."""
    with people.session() as s:
        hq = Site(name="HQ Zurich", timezone="Europe/Zurich")
        public, employee, owner = Tariff(name="public"), Tariff(name="employee"), Tariff(name="owner")
        max_ = _user(s, "Max Huber")
        hall = Station(
            site=hq,
            charge_point_id="HALL-B-1",
            name="Hall B",
            owner_tariff=owner,
            connectors=[Connector(connector_id=1), Connector(connector_id=2)],
        )
        hall.schedule = AccessSchedule(
            default_mode=AccessMode.PUBLIC,
            default_tariff=public,
            windows=[
                AccessWindow(
                    days=MON_FRI, start_minute=420, end_minute=1080, mode=AccessMode.LIMITED, tariff=employee
                )
            ],
        )
        hall.owners = [StationOwner(user=max_)]
        garage = Station(site=hq, charge_point_id="GARAGE-1", name="Garage")
        garage.schedule = AccessSchedule(default_mode=AccessMode.PRIVATE)
        garage.owners = [StationOwner(user=max_)]
        visitors = Station(site=hq, charge_point_id="VISIT-1", name="Visitors")
        s.add_all([hall, garage, visitors])
    return people


def test_stations_for_user_now(stations: Database) -> None:
    monday_10 = zurich(2026, 3, 2, 10)
    with stations.session() as s:
        max_now = svc.stations_for_user_now(s, _user(s, "Max Huber").id, now=monday_10)
        assert max_now.id_tag == "04A2B3C4"
        got = {r.station: (r.status, r.mode, r.tariff) for r in max_now.rows}
        assert got == {
            "Garage": ("Accepted", "private", None),
            "Hall B": ("Accepted", "limited", "owner"),
            "Visitors": ("Accepted", "public", None),
        }
        assert [r.station for r in max_now.rows] == ["Garage", "Hall B", "Visitors"]
        assert max_now.accepted == 3

        eva_now = svc.stations_for_user_now(s, _user(s, "Eva Keller").id, now=monday_10)
        assert eva_now.id_tag == "EVA00001"
        by = {r.station: r for r in eva_now.rows}
        assert not by["Garage"].accepted and by["Garage"].status == "Invalid"
        assert "who is not an owner of station Garage (only owners may charge)" in by["Garage"].reason
        assert not by["Hall B"].accepted and "not a special user of station Hall B" in by["Hall B"].reason
        assert by["Hall B"].until == dt.datetime(2026, 3, 2, 18, 0)  # local: Limited until 18:00
        assert by["Visitors"].accepted and eva_now.accepted == 1
        # after 18:00 Hall B is Public at 'public'
        evening = svc.stations_for_user_now(s, _user(s, "Eva Keller").id, now=zurich(2026, 3, 2, 19))
        hall = next(r for r in evening.rows if r.station == "Hall B")
        assert (hall.accepted, hall.mode, hall.tariff) == (True, "public", "public")
        # nothing was recorded as an unknown card
        assert s.scalar(select(func.count(UnknownTag.id))) == 0


def test_stations_now_without_a_usable_card(stations: Database) -> None:
    with stations.session() as s:
        eva = _user(s, "Eva Keller")
        for t in eva.tags:
            t.status = TagStatus.BLOCKED
        s.add(IdTag(id_tag="EVA00003", user=eva, expiry=zurich(2026, 1, 1)))
        s.flush()
        now = svc.stations_for_user_now(s, eva.id, now=zurich(2026, 3, 2, 10))
        assert now.id_tag is None and now.rows == []
        assert now.note.startswith("Eva Keller has no active RFID tag")
        assert svc.stations_for_user_now(s, eva.id, now=zurich(2025, 12, 1)).id_tag == "EVA00003"
        cut = svc.stations_for_user_now(s, _user(s, "Max Huber").id, limit=2)
        assert len(cut.rows) == 2 and cut.note == "Only the first 2 stations are listed."


def test_expiry_dates_round_trip() -> None:
    end = svc.expiry_from_date(dt.date(2026, 3, 28), "Europe/Zurich")
    assert end == zurich(2026, 3, 29)  # the next local midnight
    assert svc.expiry_to_date(end, "Europe/Zurich") == dt.date(2026, 3, 28)
    assert svc.expiry_to_date(zurich(2026, 1, 31, 12), "Europe/Zurich") == dt.date(2026, 1, 31)
    assert svc.expiry_from_date(dt.date(2026, 10, 24), "Europe/Zurich") == dt.datetime(
        2026, 10, 24, 22, tzinfo=dt.UTC
    )


def test_the_users_service_runs_each_intention_in_its_own_unit_of_work(people: Database) -> None:
    """What the Users page calls: plain data back, each call committed (or not) on its own."""
    users = svc.UsersService(Store(people))
    assert [r.name for r in users.search("acme").rows] == ["Eva Keller", "Ina Inactive"]
    eva = next(r for r in users.search("eva").rows)
    form = users.load(eva.id)
    form.phone = "+41 44 555 12 34"
    assert users.save(form) == eva.id
    assert users.load(eva.id).phone == "+41 44 555 12 34"
    with pytest.raises(FormError):
        users.save(UserForm(name="Max Huber"))  # the name is taken: nothing written
    assert users.search("max").total == 1
    rows, total = users.unknown()
    assert (rows, total) == ([], 0)
    assert users.tag_owner("04a2b3c4") == (users.search("max").rows[0].id, "Max Huber")
    uid, name = users.assign_learned("cafe0001", "blue fob", None, "Lea Baumann", "lea@baumann.ch")
    assert name == "Lea Baumann" and [t.id_tag for t in users.load(uid).tags] == ["CAFE0001"]
    impact = users.delete(uid)
    assert impact is not None and impact.name == "Lea Baumann"
    assert users.delete(uid) is None  # already gone
    assert users.timezone() == "UTC"  # no site yet


def test_tags_are_normalised_by_one_rule() -> None:
    assert normalise_tag("  04a2b3c4 ") == "04A2B3C4"
