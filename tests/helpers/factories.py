"""Factories of demo data shared by several test modules."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from zoneinfo import ZoneInfo

from app.db import Database
from app.models import (
    AccessMode,
    AccessSchedule,
    AccessWindow,
    Connector,
    DateException,
    GrantWindow,
    IdTag,
    OperatorRole,
    Site,
    SpecialGrant,
    Station,
    StationOwner,
    TagStatus,
    Tariff,
    User,
)
from app.services.admin.passwords import hash_password
from app.services.roles import Principal, machine_name

ZURICH = ZoneInfo("Europe/Zurich")
MON_FRI = 0b0011111
EVA, OTTO, SARA = "04A2B3C4D5", "0A0B0C0D", "5A5A5A5A"
D = Decimal


def zurich(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> dt.datetime:
    """A Zurich wall-clock time as a UTC instant."""
    return dt.datetime(year, month, day, hour, minute, tzinfo=ZURICH).astimezone(dt.UTC)


def seed_access_site(db: Database) -> Database:
    """HQ (Europe/Zurich): Hall B with Mon–Fri 07:00–18:00 Limited@employee, otherwise Public@public."""
    with db.session() as s:
        hq = Site(name="HQ", timezone="Europe/Zurich", vat_percent=D("8.1"))
        public = Tariff(
            name="public", per_kwh=D("0.50"), per_hour=D("1.00"), free_minutes=60, start_fee=D("1.00")
        )
        employee = Tariff(name="employee", per_kwh=D("0.20"), start_fee=D("0.50"))
        owner = Tariff(name="owner", per_kwh=D("0.10"))
        guest = Tariff(name="guest", per_kwh=D("0.30"))
        eva, otto, sara = User(name="Eva Keller"), User(name="Otto Owner"), User(name="Sara Sommer")
        fritz, ina = User(name="Fritz Family"), User(name="Ina Inactive", active=False)
        s.add_all(
            [
                IdTag(id_tag=EVA, user=eva),
                IdTag(id_tag=OTTO, user=otto),
                IdTag(id_tag=SARA, user=sara),
                IdTag(id_tag="BB000001", user=eva, status=TagStatus.BLOCKED),
                IdTag(id_tag="EE000001", user=eva, expiry=zurich(2026, 1, 31, 12)),
                IdTag(id_tag="EE000002", user=eva, status=TagStatus.EXPIRED),
                IdTag(id_tag="1A1A1A1A", user=ina),
                IdTag(id_tag="FREE0001"),
                IdTag(id_tag="FAM00001", user=fritz, parent_id_tag="FAMILY"),
                IdTag(id_tag="FAM00002", user=fritz, parent_id_tag="FAMILY"),
            ]
        )
        hall_b = Station(site=hq, charge_point_id="CP-HALLB", name="Hall B", owner_tariff=owner)
        c1, c2 = Connector(connector_id=1), Connector(connector_id=2)
        hall_b.connectors = [c1, c2]
        hall_b.schedule = AccessSchedule(
            default_mode=AccessMode.PUBLIC,
            default_tariff=public,
            windows=[
                AccessWindow(
                    days=MON_FRI, start_minute=420, end_minute=1080, mode=AccessMode.LIMITED, tariff=employee
                )
            ],
            exceptions=[
                DateException(date=dt.date(2026, 4, 6), follow_weekday=6, label="Easter Monday"),
                DateException(date=dt.date(2026, 12, 25), mode=AccessMode.PRIVATE, label="Christmas"),
            ],
        )
        hall_b.owners = [StationOwner(user=otto)]
        hall_b.grants = [
            SpecialGrant(
                user=sara,
                tariff=guest,
                valid_from=zurich(2026, 3, 1),
                valid_until=zurich(2026, 6, 1),
                windows=[GrantWindow(days=MON_FRI, start_minute=720, end_minute=840)],
            )
        ]
        hall_a = Station(
            site=hq, charge_point_id="CP-HALLA", name="Hall A", connectors=[Connector(connector_id=1)]
        )
        old = Station(site=hq, charge_point_id="CP-OLD", name="Old", enabled=False)
        garage = Station(site=hq, charge_point_id="CP-GARAGE", name="Garage")
        g1, g2 = Connector(connector_id=1), Connector(connector_id=2)
        garage.connectors = [g1, g2]
        garage.schedule = AccessSchedule(default_mode=AccessMode.PRIVATE)
        s.add_all([hall_b, hall_a, old, garage])
        s.flush()
        s.add_all(
            [
                AccessSchedule(station_id=hall_b.id, connector=c2, default_mode=AccessMode.PRIVATE),
                AccessSchedule(
                    station_id=garage.id, connector=g1, default_mode=AccessMode.PUBLIC, default_tariff=public
                ),
            ]
        )
    return db


def priced_site(
    db: Database,
    stations: dict[str, int],
    passwords: dict[str, str] | None = None,
    tags: dict[str, str] | None = None,
) -> int:
    """Public stations (id -> number of connectors) at tariff 'public' (with a password: security profile 1);
    users with their tags (name -> tag, default Eva and Max with TAG-EVA and TAG-MAX). Returns the site id."""
    passwords = passwords or {}
    with db.session() as s:
        site = Site(name="HQ", timezone="Europe/Zurich")
        public = Tariff(name="public", per_kwh=D("0.50"), per_hour=D("1.20"), start_fee=D("1.00"))
        for cp_id, connectors in stations.items():
            station = Station(site=site, charge_point_id=cp_id, name=f"Station {cp_id}")
            if cp_id in passwords:
                station.password_hash = hash_password(passwords[cp_id], iterations=1000)
                station.allow_unsecured, station.security_profile = False, 1
            station.connectors = [Connector(connector_id=n) for n in range(1, connectors + 1)]
            station.schedule = AccessSchedule(default_mode=AccessMode.PUBLIC, default_tariff=public)
            s.add(station)
        for name, tag in (tags or {"Eva Keller": "TAG-EVA", "Max Huber": "TAG-MAX"}).items():
            user = User(name=name)
            user.tags = [IdTag(id_tag=tag)]
            s.add(user)
        s.flush()
        return site.id


def operator(name: str, role: str = "manager") -> Principal:
    """An operator logged in at a console on this machine (``name`` as username and display name)."""
    return Principal(name, name, OperatorRole(role), machine_name(), logged_in=True)
