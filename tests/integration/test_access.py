"""The authorization decision and the pricing against a real database (SQLite and PostgreSQL)."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import event, select
from sqlalchemy.orm import Session

from app.db import Database
from app.models import (
    AccessMode,
    AccessSchedule,
    AccessWindow,
    ChargingSession,
    DateException,
    GrantWindow,
    MeterValue,
    SessionStatus,
    SpecialGrant,
    Station,
    Tariff,
    UnknownTag,
)
from app.services.rules.access import AuthStatus, Decision, Role, decide, explain
from app.services.rules.pricing import apply_price
from tests.helpers.factories import EVA, OTTO, SARA, D, seed_access_site, zurich


@pytest.fixture
def site(db: Database) -> Database:
    """HQ (Europe/Zurich): Hall B with Mon–Fri 07:00–18:00 Limited@employee, otherwise Public@public."""
    return seed_access_site(db)


def _decide(db: Database, cp: str, connector: int | None, tag: str, at: dt.datetime, **kw: bool) -> Decision:
    with db.session() as s:
        station = s.scalars(select(Station).where(Station.charge_point_id == cp)).one()
        return decide(s, station, connector, tag, at, **kw)


def test_registered_user_public_and_limited(site: Database) -> None:
    d = _decide(site, "CP-HALLB", 1, EVA, zurich(2026, 3, 30, 8))
    assert (d.status, d.mode, d.role, d.tariff) == (AuthStatus.INVALID, AccessMode.LIMITED, Role.USER, None)
    assert d.reason == (
        "Rejected: Limited Mon–Fri 07:00–18:00, tag 04A2… belongs to Eva Keller "
        "who is not a special user of station Hall B"
    )
    d = _decide(site, "CP-HALLB", 1, "  04a2b3c4d5 ", zurich(2026, 3, 30, 19))
    assert (d.status, d.mode, d.role, d.user_name) == (
        AuthStatus.ACCEPTED,
        AccessMode.PUBLIC,
        Role.USER,
        "Eva Keller",
    )
    assert d.reason == "Accepted: Public (default) — Eva Keller is a registered user; tariff 'public'"
    assert d.tariff is not None and d.tariff.name == d.tariff_name == "public"
    assert d.expiry == zurich(2026, 3, 31, 7)  # the charger's cache must forget it when Limited starts
    assert "Public (default), until Tue 2026-03-31 07:00" in d.describe()


def test_owners_and_the_private_connector(site: Database) -> None:
    d = _decide(site, "CP-HALLB", 2, OTTO, zurich(2026, 3, 30, 10))
    assert (d.status, d.mode, d.role, d.tariff_name) == (
        AuthStatus.ACCEPTED,
        AccessMode.PRIVATE,
        Role.OWNER,
        "owner",
    )
    assert (
        d.reason == "Accepted: Private (default) — Otto Owner is an owner of station Hall B; tariff 'owner'"
    )
    assert d.expiry is None
    d = _decide(site, "CP-HALLB", 2, EVA, zurich(2026, 3, 28, 10))
    assert (d.status, d.mode) == (AuthStatus.INVALID, AccessMode.PRIVATE)
    assert d.reason == (
        "Rejected: Private (default), tag 04A2… belongs to Eva Keller who is not an owner of station Hall B "
        "(only owners may charge)"
    )
    assert _decide(site, "CP-HALLB", 1, OTTO, zurich(2026, 3, 30, 10)).tariff_name == "owner"


def test_special_user_with_own_windows_and_validity(site: Database) -> None:
    d = _decide(site, "CP-HALLB", 1, SARA, zurich(2026, 3, 30, 12, 30))
    assert (d.status, d.role, d.tariff_name) == (AuthStatus.ACCEPTED, Role.SPECIAL, "guest")
    assert d.reason == (
        "Accepted: Limited Mon–Fri 07:00–18:00 — Sara Sommer is a special user of station Hall B; tariff 'guest'"
    )
    assert d.expiry == zurich(2026, 3, 30, 14)  # the end of her window
    d = _decide(site, "CP-HALLB", 1, SARA, zurich(2026, 3, 30, 10))
    assert (d.status, d.role) == (AuthStatus.INVALID, Role.USER)
    assert d.reason.endswith(
        "who is not a special user of station Hall B now (their special access is limited to Mon–Fri 12:00–14:00)"
    )
    d = _decide(site, "CP-HALLB", 1, SARA, zurich(2026, 3, 28, 10))  # Saturday, Public: a registered user
    assert (d.status, d.role, d.tariff_name) == (AuthStatus.ACCEPTED, Role.USER, "public")
    d = _decide(site, "CP-HALLB", 1, SARA, zurich(2026, 6, 1, 12, 30))
    assert d.status is AuthStatus.INVALID and "their special access ended 2026-06-01 00:00" in d.reason
    d = _decide(site, "CP-HALLB", 1, SARA, zurich(2026, 2, 27, 12, 30))
    assert d.status is AuthStatus.INVALID and "their special access starts 2026-03-01 00:00" in d.reason


def test_date_exceptions(site: Database) -> None:
    d = _decide(site, "CP-HALLB", 1, EVA, zurich(2026, 4, 6, 10))  # Easter Monday runs as a Sunday
    assert d.status is AuthStatus.ACCEPTED
    assert d.slot is not None and d.slot.source == "Public (default; holiday 'Easter Monday' follows Sun)"
    d = _decide(site, "CP-HALLB", 1, EVA, zurich(2026, 12, 25, 10))
    assert (d.status, d.mode) == (AuthStatus.INVALID, AccessMode.PRIVATE)
    assert d.reason.startswith(
        "Rejected: holiday 'Christmas' (fixed Private), tag 04A2… belongs to Eva Keller"
    )
    assert _decide(site, "CP-HALLB", 1, OTTO, zurich(2026, 12, 25, 10)).status is AuthStatus.ACCEPTED


@pytest.mark.parametrize(
    ("cp", "tag", "status", "reason"),
    [
        ("CP-HALLB", "BB000001", AuthStatus.BLOCKED, "Rejected: tag BB00… of Eva Keller is blocked"),
        (
            "CP-HALLB",
            "EE000001",
            AuthStatus.EXPIRED,
            "Rejected: tag EE00… of Eva Keller expired on 2026-01-31 12:00",
        ),
        ("CP-HALLB", "EE000002", AuthStatus.EXPIRED, "Rejected: tag EE00… of Eva Keller is marked expired"),
        (
            "CP-HALLB",
            "1A1A1A1A",
            AuthStatus.BLOCKED,
            "Rejected: tag 1A1A… belongs to Ina Inactive, whose account is blocked",
        ),
        ("CP-HALLB", "FREE0001", AuthStatus.INVALID, "Rejected: tag FREE… is not assigned to anyone"),
        ("CP-OLD", EVA, AuthStatus.BLOCKED, "Rejected: station Old is disabled"),
        (
            "CP-HALLB",
            "X" * 37,
            AuthStatus.INVALID,
            "Rejected: idTag XXXX… is 37 characters long; an idToken has at most 36",
        ),
        ("CP-HALLB", "   ", AuthStatus.INVALID, "Rejected: the idTag is empty"),
    ],
)
def test_tag_user_and_station_refusals(
    site: Database, cp: str, tag: str, status: AuthStatus, reason: str
) -> None:
    d = _decide(site, cp, 1, tag, zurich(2026, 3, 28, 10))
    assert (d.status, d.reason) == (status, reason)
    assert d.mode is None and d.tariff_name is None
    with site.session() as s:
        assert s.scalars(select(UnknownTag)).all() == []


def test_unknown_tag_is_recorded_once_then_counted(site: Database) -> None:
    first, second = zurich(2026, 3, 28, 10), zurich(2026, 3, 28, 10, 5)
    d = _decide(site, "CP-HALLB", 1, "deadbeef", first)
    assert (d.status, d.role) == (AuthStatus.INVALID, Role.UNKNOWN)
    assert d.reason == "Rejected: tag DEAD… is unknown (seen at station Hall B)"
    _decide(site, "CP-HALLB", None, "DEADBEEF", second)
    _decide(site, "CP-HALLB", 1, "CAFE", first, record_unknown=False)
    with site.session() as s:
        assert explain(s, "CP-HALLB", 1, "DEADBEEF", None, now=second).role is Role.UNKNOWN  # not a sighting
        row = s.scalars(select(UnknownTag)).one()
        station_id = s.scalars(select(Station.id).where(Station.charge_point_id == "CP-HALLB")).one()
    assert (row.id_tag, row.charge_point_id, row.station_id, row.connector_id) == (
        "DEADBEEF",
        "CP-HALLB",
        station_id,
        1,
    )
    assert (row.first_seen, row.last_seen, row.times_seen) == (first, second, 2)


def test_concurrent_transactions(site: Database) -> None:
    at = zurich(2026, 3, 30, 19)
    with site.session() as s:
        hall_a = s.scalars(select(Station).where(Station.charge_point_id == "CP-HALLA")).one()
        for tag in (EVA.lower(), "FAM00001"):
            s.add(
                ChargingSession(
                    station=hall_a,
                    charge_point_id="CP-HALLA",
                    connector_id=1,
                    id_tag=tag,
                    start_at=at - dt.timedelta(hours=1),
                    status=SessionStatus.ACTIVE,
                )
            )
        s.add(
            ChargingSession(
                station=hall_a,
                charge_point_id="CP-HALLA",
                connector_id=1,
                id_tag=OTTO,
                start_at=at - dt.timedelta(hours=3),
                stop_at=at,
                status=SessionStatus.COMPLETED,
            )
        )
    d = _decide(site, "CP-HALLB", 1, EVA, at)
    assert d.status is AuthStatus.CONCURRENT_TX
    assert d.reason.startswith(
        "Rejected: tag 04A2… of Eva Keller is already charging at station Hall A connector 1"
    )
    assert _decide(site, "CP-HALLB", 1, "FAM00002", at).status is AuthStatus.CONCURRENT_TX  # same parent
    assert _decide(site, "CP-HALLA", 1, EVA, at).status is AuthStatus.ACCEPTED  # that very connector
    assert _decide(site, "CP-HALLA", None, EVA, at).status is AuthStatus.ACCEPTED  # Authorize, maybe to stop
    assert _decide(site, "CP-HALLB", 1, EVA, at, check_concurrent=False).status is AuthStatus.ACCEPTED
    assert (
        _decide(site, "CP-HALLB", 1, OTTO, at).status is AuthStatus.ACCEPTED
    )  # completed sessions don't count


def test_authorize_without_connector_accepts_if_one_connector_lets_in(site: Database) -> None:
    at = zurich(2026, 3, 28, 10)
    assert _decide(site, "CP-GARAGE", 2, EVA, at).status is AuthStatus.INVALID
    d = _decide(site, "CP-GARAGE", None, EVA, at)
    assert (d.status, d.connector, d.tariff_name) == (AuthStatus.ACCEPTED, 1, "public")
    assert d.reason.endswith("(at connector 1)")
    d = _decide(site, "CP-HALLA", None, EVA, at)  # no schedule at all: Public, free
    assert (d.status, d.tariff_name) == (AuthStatus.ACCEPTED, None)
    assert d.reason == "Accepted: Public (default) — Eva Keller is a registered user; no tariff"


def _expected_mode(local: dt.datetime) -> AccessMode:
    return AccessMode.LIMITED if local.weekday() < 5 and 7 <= local.hour < 18 else AccessMode.PUBLIC


@pytest.mark.parametrize(("first", "dst_day"), [(dt.date(2026, 3, 26), 29), (dt.date(2026, 10, 22), 25)])
def test_explain_a_week_of_hours_across_a_clock_change(site: Database, first: dt.date, dst_day: int) -> None:
    with site.session() as s:
        for hour in range(7 * 24):
            local = dt.datetime.combine(first, dt.time()) + dt.timedelta(hours=hour)
            d = explain(s, "CP-HALLB", 1, EVA, local)
            assert d.mode is _expected_mode(local), local
            assert d.accepted == (d.mode is AccessMode.PUBLIC)
            assert d.local_time == (
                local + dt.timedelta(hours=1) if d.note and "forward" in d.note else local
            )
            assert (d.note is not None) == (local.day == dst_day and local.hour == 2), local
        spring = explain(s, "CP-HALLB", 1, EVA, dt.datetime(2026, 3, 29, 2, 30))
        assert spring.note == "02:30 does not exist on 2026-03-29 (clocks go forward); using 03:30"
        assert spring.reason.endswith(
            "(note: 02:30 does not exist on 2026-03-29 (clocks go forward); using 03:30)"
        )
        assert spring.at == dt.datetime(2026, 3, 29, 1, 30, tzinfo=dt.UTC)
        autumn = explain(s, "CP-HALLB", 1, EVA, dt.datetime(2026, 10, 25, 2, 30))
        assert autumn.at == dt.datetime(2026, 10, 25, 0, 30, tzinfo=dt.UTC) and "happens twice" in (
            autumn.note or ""
        )
        assert explain(s, "CP-HALLB", 1, EVA, dt.datetime(2026, 3, 30, 6, 59)).mode is AccessMode.PUBLIC
        assert explain(s, "CP-HALLB", 1, EVA, dt.datetime(2026, 3, 30, 7, 0)).mode is AccessMode.LIMITED
        assert explain(s, "CP-HALLB", 1, EVA, dt.datetime(2026, 10, 26, 7, 0)).at == dt.datetime(
            2026, 10, 26, 6, 0, tzinfo=dt.UTC
        )
        with pytest.raises(LookupError, match="No station has the charge point id 'CP-NOPE'"):
            explain(s, "CP-NOPE", 1, EVA, None)


def test_a_decision_costs_the_same_few_queries_however_big_the_schedule(site: Database) -> None:
    def count() -> int:
        queries: list[str] = []

        def seen(*args: object) -> None:
            queries.append(str(args[2]))

        event.listen(site.engine, "before_cursor_execute", seen)
        try:
            assert _decide(site, "CP-HALLB", 1, SARA, zurich(2026, 3, 30, 12, 30)).accepted
        finally:
            event.remove(site.engine, "before_cursor_execute", seen)
        return len(queries)

    before = count()
    with site.session() as s:
        schedule = s.scalars(select(AccessSchedule).where(AccessSchedule.connector_pk.is_(None))).first()
        assert schedule is not None
        extra = Tariff(name="extra", per_kwh=D("0.1"))
        schedule.windows += [
            AccessWindow(
                days=0b1100000,
                start_minute=60 * h,
                end_minute=60 * h + 30,
                mode=AccessMode.PUBLIC,
                tariff=extra,
                position=h,
            )
            for h in range(10)
        ]
        schedule.exceptions += [
            DateException(date=dt.date(2026, 5, d), mode=AccessMode.PRIVATE) for d in range(1, 11)
        ]
        grant = s.scalars(select(SpecialGrant)).one()
        grant.windows += [
            GrantWindow(days=0b1100000, start_minute=60 * h, end_minute=60 * h + 30) for h in range(10)
        ]
    # the station, its site and owner tariff, the tag, 3 for the schedules, owner, 2 for the grants, running sessions
    assert count() == before <= 11


def _session(
    s: Session, cp: str, connector: int, tag: str, start: dt.datetime, stop: dt.datetime, meter_stop: float
) -> ChargingSession:
    station = s.scalars(select(Station).where(Station.charge_point_id == cp)).one()
    cs = ChargingSession(
        station=station,
        charge_point_id=cp,
        connector_id=connector,
        id_tag=tag,
        start_at=start,
        stop_at=stop,
        meter_start_wh=0.0,
        meter_stop_wh=meter_stop,
        status=SessionStatus.COMPLETED,
    )
    s.add(cs)
    s.flush()
    return cs


def _sample(cs: ChargingSession, at: dt.datetime, value: float, unit: str = "Wh", **kw: str) -> MeterValue:
    return MeterValue(
        session_id=cs.id,
        charge_point_id=cs.charge_point_id,
        connector_id=cs.connector_id,
        timestamp=at,
        value=value,
        unit=unit,
        **kw,
    )


def test_a_session_across_18_00_is_priced_in_two_bands(site: Database) -> None:
    start, stop = zurich(2026, 3, 30, 17), zurich(2026, 3, 30, 19)
    with site.session() as s:
        cs = _session(s, "CP-HALLB", 1, EVA, start, stop, 20_000)
        s.add_all([_sample(cs, start, 0), _sample(cs, stop, 20_000)])
        s.flush()
        price = apply_price(s, cs)
        session_id = cs.id
    assert [(b["tariff"], b["kwh"]) for b in price.bands] == [("employee", "10.0000"), ("public", "10.0000")]
    # 0.50 start fee + 10 kWh × 0.20 + 10 kWh × 0.50 + 1 h × 1.00 after the free hour; prices include 8.1 % VAT
    assert (price.total, price.net, price.vat) == (D("8.50"), D("7.86"), D("0.64"))
    with site.session() as s:
        stored = s.get(ChargingSession, session_id)
        assert stored is not None
        assert (stored.price_total, stored.price_net, stored.price_vat) == (D("8.50"), D("7.86"), D("0.64"))
        assert (stored.currency, stored.tariff_name) == ("CHF", "employee, public")
        assert stored.price_breakdown == price.as_json()
        assert stored.price_breakdown["bands"][0]["from"] == "2026-03-30T15:00:00+00:00"


def test_pricing_interpolates_and_ignores_other_measurands(site: Database) -> None:
    start, stop = zurich(2026, 3, 30, 17), zurich(2026, 3, 30, 19)
    with site.session() as s:
        cs = _session(s, "CP-HALLB", 1, EVA, start, stop, 20_000)
        s.add_all(
            [
                _sample(cs, zurich(2026, 3, 30, 17, 30), 2.0, "kWh"),
                _sample(cs, zurich(2026, 3, 30, 17, 45), 99_999, phase="L1"),
                _sample(cs, zurich(2026, 3, 30, 17, 50), 11_000, measurand="Power.Active.Import"),
                _sample(cs, zurich(2026, 3, 30, 18, 30), 16_000),
            ]
        )
        s.flush()
        price = apply_price(s, cs)
    assert [(b["tariff"], b["kwh"]) for b in price.bands] == [("employee", "9.0000"), ("public", "11.0000")]


def test_a_session_priced_in_one_band_reads_no_meter_values(site: Database) -> None:
    """The register is read only for the energy at an edge between bands: a one-band session (the owner's
    tariff all along) is priced from its meter start and stop alone, with the same figures; a two-band session
    still reads and interpolates its samples."""
    start, stop = zurich(2026, 3, 30, 17), zurich(2026, 3, 30, 19)
    statements: list[str] = []

    def seen(*args: object) -> None:
        statements.append(str(args[2]))

    with site.session() as s:
        one = _session(s, "CP-HALLB", 2, OTTO, start, stop, 20_000)
        two = _session(s, "CP-HALLB", 1, EVA, start, stop, 20_000)
        s.add_all(
            [_sample(one, zurich(2026, 3, 30, 18), 15_000), _sample(two, zurich(2026, 3, 30, 18), 15_000)]
        )
        s.flush()
        event.listen(site.engine, "before_cursor_execute", seen)
        try:
            owner = apply_price(s, one)
            reads_for_one = [q for q in statements if "meter_values" in q]
            statements.clear()
            both = apply_price(s, two)
            reads_for_two = [q for q in statements if "meter_values" in q]
        finally:
            event.remove(site.engine, "before_cursor_execute", seen)
    assert reads_for_one == [] and len(reads_for_two) == 1
    assert [(b["tariff"], b["kwh"]) for b in owner.bands] == [("owner", "20.0000")]
    assert owner.total == D("2.00")
    assert [(b["tariff"], b["kwh"]) for b in both.bands] == [("employee", "15.0000"), ("public", "5.0000")]


def test_owner_special_and_free_sessions_are_priced_by_role(site: Database) -> None:
    with site.session() as s:
        owner = apply_price(
            s, _session(s, "CP-HALLB", 2, OTTO, zurich(2026, 3, 30, 17), zurich(2026, 3, 30, 19), 20_000)
        )
        assert [(b["tariff"], b["kwh"], b["why"]) for b in owner.bands] == [
            ("owner", "20.0000", "owner tariff")
        ]
        assert owner.total == D("2.00")
        special = apply_price(
            s,
            _session(
                s, "CP-HALLB", 1, SARA, zurich(2026, 3, 30, 11, 30), zurich(2026, 3, 30, 12, 30), 10_000
            ),
        )
        assert [(b["tariff"], b["kwh"]) for b in special.bands] == [
            ("employee", "5.0000"),
            ("guest", "5.0000"),
        ]
        free = apply_price(
            s, _session(s, "CP-HALLA", 1, EVA, zurich(2026, 3, 30, 17), zurich(2026, 3, 30, 19), 5_000)
        )
        assert (free.total, free.tariff_name, free.note) == (
            D("0.00"),
            "",
            "no tariff applies, so the session is free",
        )
        running = _session(s, "CP-HALLA", 1, EVA, zurich(2026, 3, 30, 17), zurich(2026, 3, 30, 19), 5_000)
        running.stop_at = None
        with pytest.raises(ValueError, match="has not stopped yet"):
            apply_price(s, running)
