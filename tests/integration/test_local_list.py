"""The local authorization list: who may charge at a station at any time goes in, everyone else relevant is
listed as left out with the reason (SQLite and PostgreSQL)."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from app.db import Database
from app.models import (
    AccessMode,
    AccessSchedule,
    AccessWindow,
    ChargingSession,
    Connector,
    DateException,
    GrantWindow,
    IdTag,
    Site,
    SpecialGrant,
    Station,
    StationOwner,
    TagStatus,
    User,
)
from app.services.chargers.local_list import LocalList, build_local_list, charger_context
from app.services.rules.access import decide

ZURICH = ZoneInfo("Europe/Zurich")
MON_FRI = 0b0011111


def zurich(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> dt.datetime:
    return dt.datetime(year, month, day, hour, minute, tzinfo=ZURICH).astimezone(dt.UTC)


NOW = zurich(2026, 3, 2, 9, 30)  # a Monday morning, inside the Limited window
LENA_UNTIL = zurich(2026, 6, 30, 12)  # a Tuesday, inside the Limited window


@pytest.fixture
def hall_b(db: Database) -> Database:
    """Hall B (HALL-B-1, 2 connectors): Limited Mon–Fri 07:00–18:00, Public otherwise."""
    with db.session() as s:
        hq = Site(name="HQ Zurich", timezone="Europe/Zurich")
        anna, eva, max_, lena = (
            User(name="Anna Owner"),
            User(name="Eva Keller"),
            User(name="Max Muster"),
            User(name="Lena Lang"),
        )
        tom, ina, fritz = User(name="Tom Public"), User(name="Ina Inactive", active=False), User(name="Fritz")
        s.add_all(
            [
                IdTag(id_tag="ANNA0001", user=anna),
                IdTag(id_tag="EVA00001", user=eva, expiry=zurich(2027, 1, 1)),
                IdTag(id_tag="EVA00002", user=eva, status=TagStatus.BLOCKED),
                IdTag(id_tag="EVAOLD01", user=eva, expiry=zurich(2026, 1, 31, 12)),
                IdTag(id_tag="MAX00001", user=max_),
                IdTag(id_tag="LENA0001", user=lena),
                IdTag(id_tag="TOM00001", user=tom),
                IdTag(id_tag="INA00001", user=ina),
                IdTag(id_tag="FRITZ001", user=fritz, parent_id_tag="FAMILY"),
                IdTag(id_tag="NOBODY01"),
            ]
        )
        st = Station(site=hq, charge_point_id="HALL-B-1", name="Hall B")
        st.connectors = [Connector(connector_id=1), Connector(connector_id=2)]
        st.schedule = AccessSchedule(
            default_mode=AccessMode.PUBLIC,
            windows=[
                AccessWindow(days=MON_FRI, start_minute=7 * 60, end_minute=18 * 60, mode=AccessMode.LIMITED)
            ],
        )
        st.owners = [StationOwner(user=anna)]
        st.grants = [
            SpecialGrant(user=eva),  # no own times, no validity: always
            SpecialGrant(
                user=max_, windows=[GrantWindow(days=MON_FRI, start_minute=8 * 60, end_minute=12 * 60)]
            ),
            SpecialGrant(user=lena, valid_until=LENA_UNTIL),
            SpecialGrant(
                user=fritz,
                windows=[
                    GrantWindow(days=MON_FRI, start_minute=6 * 60, end_minute=12 * 60),
                    GrantWindow(days=MON_FRI, start_minute=12 * 60, end_minute=19 * 60),
                ],
            ),
        ]
        s.add(st)
    return db


def build(db: Database, cp_id: str = "HALL-B-1") -> LocalList:
    with db.session() as s:
        return build_local_list(s, cp_id, now=NOW)


def reasons(ll: LocalList) -> dict[str, str]:
    return {x.id_tag: x.reason for x in ll.left_out}


def test_owners_and_always_allowed_special_users_are_in_the_rest_left_out_with_why(hall_b: Database) -> None:
    ll = build(hall_b)
    entries = {e.id_tag: e for e in ll.entries}
    # Fritz's two adjacent own windows (06:00–12:00, 12:00–19:00) cover the whole Limited window
    assert set(entries) == {"ANNA0001", "EVA00001", "LENA0001", "FRITZ001"}
    assert entries["ANNA0001"].role == "owner" and entries["EVA00001"].role == "special user"
    # the tag's own expiry and the grant's end travel as expiryDate; the parent as parentIdTag
    assert entries["EVA00001"].as_ocpp() == {
        "idTag": "EVA00001",
        "idTagInfo": {"status": "Accepted", "expiryDate": "2026-12-31T23:00:00.000Z"},
    }
    assert entries["LENA0001"].expiry == LENA_UNTIL
    assert entries["FRITZ001"].as_ocpp()["idTagInfo"] == {"status": "Accepted", "parentIdTag": "FAMILY"}
    assert entries["ANNA0001"].expiry is None
    why = reasons(ll)
    assert why == {
        "EVA00002": "tag blocked",
        "EVAOLD01": "tag expired on 2026-01-31 12:00",
        "INA00001": "user account blocked",
        "MAX00001": "access depends on time: their special access is limited to Mon–Fri 08:00–12:00 "
        "(Limited Mon–Fri 07:00–18:00)",
        "TOM00001": "access depends on time: Limited Mon–Fri 07:00–18:00",
    }
    assert ll.not_listed == 1  # the tag nobody owns
    assert not ll.public_always


def test_what_is_in_agrees_with_the_authorization_rule_at_sample_times(hall_b: Database) -> None:
    """Every listed tag is accepted by the central system's own rule, on both connectors, day and night;
    a left-out 'depends on time' tag is refused at some of those times."""
    ll = build(hall_b)
    samples = [zurich(2026, 3, d, h) for d in (2, 3, 7, 8) for h in (3, 7, 9, 13, 17, 20)]
    with hall_b.session() as s:
        st = s.query(Station).filter_by(charge_point_id="HALL-B-1").one()
        for e in ll.entries:
            for at in samples:
                for c in (1, 2):
                    d = decide(s, st, c, e.id_tag, at, record_unknown=False, check_concurrent=False)
                    assert d.accepted, (e.id_tag, at, d.reason)
        for tag in ("MAX00001", "TOM00001"):
            outcomes = {
                decide(s, st, 1, tag, at, record_unknown=False, check_concurrent=False).accepted
                for at in samples
            }
            assert outcomes == {True, False}


def test_public_all_week_puts_every_registered_user_in(hall_b: Database) -> None:
    with hall_b.session() as s:
        st = s.query(Station).filter_by(charge_point_id="HALL-B-1").one()
        assert st.schedule is not None
        st.schedule.windows.clear()
    ll = build(hall_b)
    assert ll.public_always
    assert {e.id_tag for e in ll.entries} == {
        "ANNA0001",
        "EVA00001",
        "LENA0001",
        "FRITZ001",
        "MAX00001",
        "TOM00001",
    }
    # Lena's grant does not matter on a Public station: no expiry from it
    assert next(e for e in ll.entries if e.id_tag == "LENA0001").expiry is None
    assert set(reasons(ll)) == {"EVA00002", "EVAOLD01", "INA00001"}


def test_a_closing_day_takes_registered_users_out_and_a_private_connector_special_users(
    hall_b: Database,
) -> None:
    with hall_b.session() as s:
        st = s.query(Station).filter_by(charge_point_id="HALL-B-1").one()
        assert st.schedule is not None
        st.schedule.windows.clear()
        st.schedule.exceptions = [
            DateException(date=dt.date(2026, 12, 24), label="Closing day", mode=AccessMode.LIMITED)
        ]
    why = reasons(build(hall_b))
    assert why["TOM00001"] == "access depends on time: holiday 'Closing day' (fixed Limited)"
    assert "EVA00001" not in why and "MAX00001" in why  # Max's own times do not cover the whole closing day

    with hall_b.session() as s:
        st = s.query(Station).filter_by(charge_point_id="HALL-B-1").one()
        c2 = next(c for c in st.connectors if c.connector_id == 2)
        s.add(AccessSchedule(station_id=st.id, connector=c2, default_mode=AccessMode.PRIVATE))
    ll = build(hall_b)
    why = reasons(ll)
    assert why["EVA00001"] == "access depends on the connector: connector 2 — Private (default)"
    assert {e.id_tag for e in ll.entries} == {"ANNA0001"}


def test_private_station_lists_special_users_as_never_allowed_and_not_everyone(hall_b: Database) -> None:
    with hall_b.session() as s:
        st = s.query(Station).filter_by(charge_point_id="HALL-B-1").one()
        assert st.schedule is not None
        st.schedule.windows.clear()
        st.schedule.default_mode = AccessMode.PRIVATE
    ll = build(hall_b)
    assert [e.id_tag for e in ll.entries] == ["ANNA0001"]
    why = reasons(ll)
    assert why["EVA00001"] == "never allowed here: Private (default)"
    assert "TOM00001" not in why  # not a user of this station at all: not listed, counted
    assert ll.not_listed == 3  # Tom, Ina and the tag nobody owns


def test_future_grant_disabled_station_and_differential_payload(hall_b: Database) -> None:
    with hall_b.session() as s:
        st = s.query(Station).filter_by(charge_point_id="HALL-B-1").one()
        eva_grant = next(g for g in st.grants if g.user.name == "Eva Keller")
        eva_grant.valid_from = zurich(2026, 4, 1)
    ll = build(hall_b)
    assert reasons(ll)["EVA00001"] == (
        "access depends on time: their special access starts 2026-04-01 00:00 (Limited Mon–Fri 07:00–18:00)"
    )
    diff = ll.payload("Differential")
    assert {"idTag": "EVA00001"} in diff  # a Differential update removes what is left out
    assert all("idTagInfo" in e for e in ll.payload("Full"))
    with pytest.raises(ValueError):
        ll.payload("Partial")

    with hall_b.session() as s:
        s.query(Station).filter_by(charge_point_id="HALL-B-1").one().enabled = False
    ll = build(hall_b)
    assert not ll.entries and set(reasons(ll).values()) == {"station Hall B is disabled"}
    with hall_b.session() as s, pytest.raises(LookupError):
        build_local_list(s, "NO-SUCH-CP")


def test_charger_context_offers_usable_tags_first_and_the_running_sessions(hall_b: Database) -> None:
    with hall_b.session() as s:
        st = s.query(Station).filter_by(charge_point_id="HALL-B-1").one()
        s.add(
            ChargingSession(
                station_id=st.id, charge_point_id="HALL-B-1", connector_id=2, id_tag="EVA00001", start_at=NOW
            )
        )
    with hall_b.session() as s:
        ctx = charger_context(s, "HALL-B-1", now=NOW)
    assert ctx.station_name == "Hall B" and ctx.connectors == (1, 2) and ctx.ocpp_version == "1.6"
    usable = [t.id_tag for t in ctx.tags if t.usable]
    assert usable[0] == "ANNA0001" and "EVA00002" not in usable and "INA00001" not in usable
    assert [t.usable for t in ctx.tags] == sorted((t.usable for t in ctx.tags), reverse=True)
    assert [(a.connector_id, a.id_tag, a.stop_id) for a in ctx.sessions] == [
        (2, "EVA00001", ctx.sessions[0].session_id)
    ]


def test_a_1_6_charger_gets_no_idtag_longer_than_20(hall_b: Database) -> None:
    """idTokens of 21–36 characters (OCPP 2.0.1) stay out of a 1.6 charger's list, with the reason; a 2.0.1
    station's list carries them."""
    long_tag = "ANNA-EMAID-DE8AAC123456789"  # 26 characters
    with hall_b.session() as s:
        anna = s.scalars(select(User).where(User.name == "Anna Owner")).one()
        s.add(IdTag(id_tag=long_tag, user=anna))
    ll = build(hall_b)
    assert long_tag not in {e.id_tag for e in ll.entries}
    assert "a 1.6 charger holds at most 20" in reasons(ll)[long_tag]
    assert all(len(x["idTag"]) <= 20 for x in ll.payload("Differential"))
    with hall_b.session() as s:
        s.scalars(select(Station).where(Station.charge_point_id == "HALL-B-1")).one().ocpp_version = "2.0.1"
    assert long_tag in {e.id_tag for e in build(hall_b).entries}
