"""What the load manager reads from the database (app.services.load.site_state), on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from app.db import Database
from app.models import (
    ChargingSession,
    Circuit,
    CircuitWindow,
    Connector,
    Site,
    SpecialGrant,
    Station,
    StationOwner,
    Tariff,
    User,
)
from app.services.load.limits import WindowLimit
from app.services.load.site_state import RANK_OWNER, RANK_PUBLIC, RANK_SPECIAL, load_ranks, load_sites
from tests.helpers.factories import priced_site

AT = dt.datetime(2026, 5, 4, 9, 0, tzinfo=dt.UTC)


def test_sites_with_circuits_and_their_connectors(db: Database) -> None:
    site_id = priced_site(db, {"A": 2, "B": 1, "C": 1})
    with db.session() as s:
        site = s.get(Site, site_id)
        assert site is not None
        site.load_strategy, site.min_current_a, site.timezone = "fcfs", 8.0, "Europe/Berlin"
        root = Circuit(site_id=site_id, name="Grid", max_power_kw=43.0, phases=3)
        s.add(root)
        s.flush()
        garage = Circuit(site_id=site_id, parent_id=root.id, name="Garage", max_current_a=32.0, phases=1)
        garage.windows = [CircuitWindow(days=31, start_minute=660, end_minute=840, max_power_kw=3.68)]
        s.add(garage)
        s.flush()
        conns = {
            (c.station.charge_point_id, c.connector_id): c for c in s.scalars(select(Connector).join(Station))
        }
        conns[("A", 1)].circuit_id, conns[("A", 1)].max_current_a = root.id, 20.0
        conns[("A", 2)].circuit_id, conns[("A", 2)].max_kw, conns[("A", 2)].phase_rotation = (
            root.id,
            11.0,
            "231",
        )
        conns[("B", 1)].circuit_id, conns[("B", 1)].phases = garage.id, 1
        # C stays unmanaged (no circuit); a disabled station's connector is not managed either
        s.commit()
        root_id, garage_id = root.id, garage.id
    with db.session() as s:
        sites = load_sites(s)
    assert list(sites) == [site_id]
    spec = sites[site_id]
    assert (spec.strategy, spec.min_a, spec.tz) == ("fcfs", 8.0, "Europe/Berlin")
    circuits = {c.name: c for c in spec.circuits}
    assert (circuits["Grid"].max_a, circuits["Grid"].max_w, circuits["Grid"].parent_id) == (
        None,
        43_000.0,
        None,
    )
    assert circuits["Garage"].parent_id == root_id and circuits["Garage"].phases == 1
    assert circuits["Garage"].windows == (WindowLimit(31, 660, 840, None, 3680.0),)
    connectors = {c.key: c for c in spec.connectors}
    assert set(connectors) == {("A", 1), ("A", 2), ("B", 1)}
    assert connectors[("A", 1)].max_a == 20.0
    assert round(connectors[("A", 2)].max_a, 2) == 15.94  # 11 kW at 230 V over 3 phases
    assert connectors[("A", 2)].rotation == "231" and connectors[("A", 2)].circuit_id == root_id
    assert connectors[("B", 1)].phases == 1 and connectors[("B", 1)].max_a == 32.0  # neither: 32 A
    assert connectors[("B", 1)].circuit_id == garage_id
    with db.session() as s:
        station = s.scalars(select(Station).where(Station.charge_point_id == "B")).one()
        station.enabled = False
        s.commit()
    with db.session() as s:
        assert {c.key for c in load_sites(s)[site_id].connectors} == {("A", 1), ("A", 2)}


def test_a_sessions_rank_is_its_users_role_at_the_station_and_its_tariffs_priority(db: Database) -> None:
    priced_site(
        db,
        {"A": 1},
        tags={"Olga Owner": "T-OWN", "Sam Special": "T-SPC", "Pia Public": "T-PUB", "Old": "T-OLD"},
    )
    with db.session() as s:
        station = s.scalars(select(Station)).one()
        users = {u.name: u for u in s.scalars(select(User))}
        s.add(StationOwner(station_id=station.id, user_id=users["Olga Owner"].id))
        s.add(SpecialGrant(station_id=station.id, user_id=users["Sam Special"].id, valid_from=AT))
        s.add(SpecialGrant(station_id=station.id, user_id=users["Old"].id, valid_until=AT))  # over before
        s.add(Tariff(name="fleet", load_priority=3))
        ids = {}
        for name, tariff in (
            ("Olga Owner", "fleet"),
            ("Sam Special", "public"),
            ("Pia Public", ""),
            ("Old", ""),
        ):
            row = ChargingSession(
                station_id=station.id,
                charge_point_id="A",
                connector_id=1,
                id_tag=name[:3],
                user_id=users[name].id,
                start_at=AT + dt.timedelta(minutes=5),
                tariff_name=tariff,
            )
            s.add(row)
            s.flush()
            ids[name] = row.id
        s.commit()
    with db.session() as s:
        ranks = load_ranks(s, ids.values())
        assert load_ranks(s, []) == {}
    assert {n: ranks[i].role_rank for n, i in ids.items()} == {
        "Olga Owner": RANK_OWNER,
        "Sam Special": RANK_SPECIAL,
        "Pia Public": RANK_PUBLIC,
        "Old": RANK_PUBLIC,
    }
    assert ranks[ids["Olga Owner"]].tariff_priority == 3
    assert ranks[ids["Sam Special"]].tariff_priority == 0
    assert ranks[ids["Pia Public"]].started_at == AT + dt.timedelta(minutes=5)
