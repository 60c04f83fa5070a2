"""The configuration stamp and the central system's rules cache, against a real database (SQLite and PostgreSQL).

A cached decision must be the decision: the same answer as :func:`decide` without a cache for every tag, connector
and time, and never an answer from before a configuration change that another console (another engine on the same
database) committed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal

import pytest
from sqlalchemy import event, select, update
from sqlalchemy.orm import Session

from app.db import Database
from app.models import (
    AccessMode,
    AccessSchedule,
    AccessWindow,
    ChargingSession,
    Connector,
    IdTag,
    SessionStatus,
    SpecialGrant,
    Station,
    StationOwner,
    TagStatus,
    Tariff,
    User,
)
from app.services.central import config_version
from app.services.rules.access import (
    AuthStatus,
    RulesCache,
    decide,
    decide_at,
    load_rules,
    load_station_config,
)
from app.services.rules.pricing import apply_price
from app.services.store import open_database
from app.services.transfer.site_config import import_config
from app.services.transfer.users_csv import import_users_csv
from tests.helpers.factories import EVA, OTTO, SARA, seed_access_site, zurich

TAGS = (EVA, OTTO, SARA, "BB000001", "EE000001", "1A1A1A1A", "FREE0001", "FAM00001", "NOBODY00", "")


@pytest.fixture
def site(db: Database) -> Database:
    """The access tests' site (tests.helpers.factories.seed_access_site)."""
    return seed_access_site(db)


@pytest.fixture
def other(site: Database) -> Iterator[Database]:
    """A second engine on the same database: another console or ``chargedesk serve``."""
    database = open_database(site.url)
    yield database
    database.dispose()


def station_id(db: Database, cp: str) -> int:
    with db.session() as s:
        return s.scalars(select(Station.id).where(Station.charge_point_id == cp)).one()


def cached(db: Database, cache: RulesCache, cp: str, connector: int | None, tag: str, at: dt.datetime):  # type: ignore[no-untyped-def]
    sid = station_id(db, cp)
    with db.session() as s:
        return decide_at(s, sid, connector, tag, at, cache=cache, record_unknown=False)


# --- the stamp ---------------------------------------------------------------------------------------------


def test_bump_replaces_the_stamp_in_the_same_transaction(site: Database, other: Database) -> None:
    with site.session() as s:
        before = config_version.current(s)
    with site.session() as s:
        token = config_version.bump(s)
        assert config_version.current(s) == token
        with other.session() as o:
            assert config_version.current(o) == before  # not committed yet
    with other.session() as o:
        assert config_version.current(o) == token


def _stamp(db: Database) -> object:
    with db.session() as s:
        return config_version.current(s)


def _add_window(s: Session) -> None:
    schedule = s.scalars(select(AccessSchedule)).first()
    assert schedule is not None
    schedule.windows.append(
        AccessWindow(days=1, start_minute=0, end_minute=60, mode=AccessMode.PRIVATE, position=9)
    )


def test_orm_writes_of_configuration_bump_the_stamp(site: Database) -> None:
    changes = [
        lambda s: s.add(IdTag(id_tag="NEW00001")),
        lambda s: setattr(
            s.scalars(select(IdTag).where(IdTag.id_tag == EVA)).one(), "status", TagStatus.BLOCKED
        ),
        lambda s: setattr(s.scalars(select(Station).where(Station.name == "Hall B")).one(), "enabled", False),
        lambda s: s.delete(s.scalars(select(StationOwner)).first()),
        lambda s: setattr(
            s.scalars(select(Tariff).where(Tariff.name == "public")).one(), "per_kwh", Decimal("0.6")
        ),
        _add_window,
        lambda s: s.execute(update(User).where(User.name == "Eva Keller").values(active=False)),  # bulk
    ]
    for change in changes:
        before = _stamp(site)
        with site.session() as s:
            change(s)
        assert _stamp(site) != before


def test_run_time_updates_do_not_bump_the_stamp(site: Database) -> None:
    with site.session() as s:
        config_version.bump(s)
    before = _stamp(site)
    with site.session() as s:
        station = s.scalars(select(Station).where(Station.name == "Hall B")).one()
        station.vendor, station.firmware_version = "ABB", "1.2.3"  # from a BootNotification
        station.connectors[0].status = "Charging"
        s.add(
            ChargingSession(
                station=station,
                charge_point_id="CP-HALLB",
                connector_id=1,
                id_tag=EVA,
                start_at=zurich(2026, 3, 30, 8),
                status=SessionStatus.ACTIVE,
            )
        )
    assert _stamp(site) == before


def test_imports_bump_the_stamp(site: Database) -> None:
    before = _stamp(site)
    with site.session() as s:
        import_users_csv(s, b"name,tags\nNew Person,ABCD0001\n")
    after_users = _stamp(site)
    assert after_users != before
    with site.session() as s:
        import_config(s, {"version": 1, "tariffs": [{"name": "night", "per_kwh": 0.15}]})
    assert _stamp(site) != after_users


# --- the cache ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("cp", ["CP-HALLB", "CP-GARAGE", "CP-HALLA", "CP-OLD"])
def test_a_cached_decision_is_the_decision(site: Database, cp: str) -> None:
    cache = RulesCache()
    sid = station_id(site, cp)
    moments = [
        zurich(2026, 3, 28) + dt.timedelta(hours=5 * h + 1) for h in range(40)
    ]  # a week and a bit, DST
    moments += [zurich(2026, 4, 6, 10), zurich(2026, 12, 25, 10), zurich(2026, 6, 1, 12, 30)]  # exceptions
    for at in moments:
        for connector in (None, 1, 2):
            for tag in TAGS:
                with site.session() as s:
                    station = s.get(Station, sid)
                    assert station is not None
                    plain = decide(s, station, connector, tag, at, record_unknown=False)
                    fast = decide_at(s, sid, connector, tag, at, cache=cache, record_unknown=False)
                assert fast == plain, (cp, at, connector, tag)
    assert cache.hits > cache.misses


def test_station_config_matches_the_orm_rules(site: Database) -> None:
    with site.session() as s:
        for station in s.scalars(select(Station)).all():
            for user in s.scalars(select(User)).all():
                orm = load_rules(s, station, user.id)
                plain = load_station_config(s, station.id)
                assert plain is not None
                assert plain.plans == orm.plans
                assert plain.info == orm.station
                assert plain.is_owner(user.id) == orm.is_owner
                assert plain.grants_of(user.id) == orm.grants
                assert {(n, t.id) for n, t in plain.tariffs.items()} >= {
                    (n, t.id) for n, t in orm.tariffs.items()
                }


def test_a_cache_hit_reads_nothing_but_the_running_sessions(site: Database) -> None:
    cache = RulesCache()
    at = zurich(2026, 3, 30, 12, 30)
    assert cached(site, cache, "CP-HALLB", 1, SARA, at).accepted  # fills the cache
    sid = station_id(site, "CP-HALLB")
    statements: list[str] = []

    def seen(*args: object) -> None:
        statements.append(str(args[2]))

    event.listen(site.engine, "before_cursor_execute", seen)
    try:
        with site.session() as s:
            for _ in range(3):  # one transaction: the stamp is read once
                assert decide_at(s, sid, 1, SARA, at, cache=cache, with_tariff=False).accepted
    finally:
        event.remove(site.engine, "before_cursor_execute", seen)
    assert len(statements) == 1 + 3, statements  # the stamp, then only the running sessions, 3 times
    assert "settings" in statements[0] and all("sessions" in q for q in statements[1:])


def test_changes_committed_by_another_console_are_seen_at_once(site: Database, other: Database) -> None:
    cache = RulesCache()
    monday_evening = zurich(2026, 3, 30, 19)
    assert cached(site, cache, "CP-HALLB", 1, EVA, monday_evening).status is AuthStatus.ACCEPTED
    assert cached(site, cache, "CP-HALLB", 1, "CAFE0001", monday_evening).status is AuthStatus.INVALID

    with other.session() as s:  # the card is blocked in another console
        s.scalars(select(IdTag).where(IdTag.id_tag == EVA)).one().status = TagStatus.BLOCKED
    assert cached(site, cache, "CP-HALLB", 1, EVA, monday_evening).status is AuthStatus.BLOCKED

    with other.session() as s:  # a tag that was unknown is registered
        eva = s.scalars(select(User).where(User.name == "Eva Keller")).one()
        s.add(IdTag(id_tag="CAFE0001", user=eva))
    assert cached(site, cache, "CP-HALLB", 1, "CAFE0001", monday_evening).accepted

    with other.session() as s:  # the station's evenings become private
        schedule = s.scalars(
            select(AccessSchedule).where(
                AccessSchedule.connector_pk.is_(None), AccessSchedule.default_mode == AccessMode.PUBLIC
            )
        ).first()
        assert schedule is not None
        schedule.default_mode = AccessMode.PRIVATE
    d = cached(site, cache, "CP-HALLB", 1, "CAFE0001", monday_evening)
    assert (d.status, d.mode) == (AuthStatus.INVALID, AccessMode.PRIVATE)

    with other.session() as s:  # and she becomes an owner
        station = s.scalars(select(Station).where(Station.charge_point_id == "CP-HALLB")).one()
        eva = s.scalars(select(User).where(User.name == "Eva Keller")).one()
        station.owners.append(StationOwner(user=eva))
    d = cached(site, cache, "CP-HALLB", 1, "CAFE0001", monday_evening)
    assert (d.status, d.role.value, d.tariff_name) == (AuthStatus.ACCEPTED, "owner", "owner")
    assert cache.resets == 4


def test_a_change_in_the_same_transaction_is_seen_by_the_next_decision(site: Database) -> None:
    cache = RulesCache()
    at = zurich(2026, 3, 30, 19)
    sid = station_id(site, "CP-HALLB")
    with site.session() as s:
        assert decide_at(s, sid, 1, EVA, at, cache=cache).accepted
        s.scalars(select(IdTag).where(IdTag.id_tag == EVA)).one().status = TagStatus.BLOCKED
        s.flush()  # bumps the stamp in this very transaction
        assert decide_at(s, sid, 1, EVA, at, cache=cache).status is AuthStatus.BLOCKED
        s.rollback()
    with site.session() as s:  # rolled back: the old stamp again, and the old answer
        assert decide_at(s, sid, 1, EVA, at, cache=cache).accepted


def test_a_cached_price_is_the_price(site: Database) -> None:
    cache = RulesCache()
    sessions = [
        ("CP-HALLB", 1, EVA, 17, 19),
        ("CP-HALLB", 2, OTTO, 17, 19),
        ("CP-HALLB", 1, SARA, 11, 13),
        ("CP-HALLA", 1, EVA, 17, 19),
        ("CP-GARAGE", 1, EVA, 6, 9),
    ]
    for cp, connector, tag, start, stop in sessions:
        with site.session() as s:
            station = s.scalars(select(Station).where(Station.charge_point_id == cp)).one()
            cs = ChargingSession(
                station=station,
                charge_point_id=cp,
                connector_id=connector,
                id_tag=tag,
                start_at=zurich(2026, 3, 30, start),
                stop_at=zurich(2026, 3, 30, stop),
                meter_start_wh=0.0,
                meter_stop_wh=12_000.0,
                status=SessionStatus.COMPLETED,
            )
            s.add(cs)
            s.flush()
            plain = apply_price(s, cs).as_json()
            fast = apply_price(s, cs, cache=cache).as_json()
        assert fast == plain, (cp, connector, tag)


def test_the_cache_is_bounded(site: Database) -> None:
    cache = RulesCache(max_tags=5)
    at = zurich(2026, 3, 30, 19)
    for i in range(12):
        assert cached(site, cache, "CP-HALLB", 1, f"MADEUP{i:02d}", at).status is AuthStatus.INVALID
        assert len(cache.tags) <= 5


def _grant_for(s: Session, user: str) -> SpecialGrant:
    return s.scalars(select(SpecialGrant).join(User).where(User.name == user)).one()


def test_connector_schedules_and_grants_follow_renumbering(site: Database, other: Database) -> None:
    """The connector overrides are keyed by connector number: renumbering one is a configuration change."""
    cache = RulesCache()
    saturday = zurich(2026, 3, 28, 10)
    assert (
        cached(site, cache, "CP-HALLB", 2, EVA, saturday).mode is AccessMode.PRIVATE
    )  # connector 2 is private
    with other.session() as s:
        c2 = s.scalars(
            select(Connector)
            .join(Station)
            .where(Station.charge_point_id == "CP-HALLB", Connector.connector_id == 2)
        ).one()
        c2.connector_id = 3
    assert cached(site, cache, "CP-HALLB", 2, EVA, saturday).mode is AccessMode.PUBLIC
    assert cached(site, cache, "CP-HALLB", 3, EVA, saturday).mode is AccessMode.PRIVATE
