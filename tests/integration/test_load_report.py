"""The load report (app.services.reports.load) on SQLite and PostgreSQL: the circuit tree, the history in bounded
buckets with the sample before the window carried in, the allocation now from the central system's newest event or
else from the samples and the limits sent, unmanaged chargers and why, a session's limit history."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from sqlalchemy import select

from app.db import Database
from app.models import Charger, Connector, OperatorRole, Station
from app.ocpp.events import EventBus
from app.services.api import AppServices
from app.services.reports import load
from app.services.reports.load import BUCKETS, LoadService, limit_line
from app.services.store import Store
from tests.helpers.factories import ZURICH, operator
from tests.helpers.load_site import GARAGE_WHY, PAUSED_WHY, allocation, seed_load_site

NOW = dt.datetime(2026, 12, 7, 13, 2, 30, tzinfo=dt.UTC)


def test_site_load_from_the_samples_when_no_allocation_came(db: Database) -> None:
    site = seed_load_site(db, NOW)
    with db.session() as s:
        got = load.site_load(s, site.site_id, hours=6, now=NOW)
    assert got is not None
    assert [(c.name, c.depth, c.phases) for c in got.circuits] == [
        ("Grid connection", 0, 3),
        ("Garage", 1, 3),
        ("Hall B", 1, 1),
    ]
    assert got.source == "samples"
    garage = got.now[site.garage]
    assert [p.limit_a for p in garage.phases] == [32.0, 32.0, 32.0]
    assert [p.allocated_a for p in garage.phases] == [32.0, 32.0, 32.0]
    assert garage.phases[0].measured_a == 30.7
    assert got.now[site.hall].phases[0].allocated_a == 0.0  # paused 10 minutes ago
    assert got.now[site.hall].phases[1].limit_a is None  # a single-phase circuit: L2, L3 not carried
    # the sessions with the limit last sent to each and why; the paused one marked
    rows = {(r.station, r.circuit, r.phases, r.limit_a, r.reason, r.paused) for r in got.sessions}
    assert rows == {
        ("Garage 1", "Garage", "L1 L2 L3", 16.0, GARAGE_WHY, False),
        ("Garage 2", "Garage", "L1 L2 L3", 16.0, GARAGE_WHY, False),
        (
            "Hall B 1",
            "Hall B",
            "L2",  # single-phase, its L1 wired to the circuit's L2 (rotation 231)
            0.0,
            PAUSED_WHY,
            True,
        ),
    }
    assert [(u.station, u.reason) for u in got.unmanaged] == [
        ("Garage 3 (old)", "rejects every charging profile")
    ]


def test_history_is_bucketed_and_bounded_with_the_sample_before_the_window_carried_in(db: Database) -> None:
    site = seed_load_site(db, NOW, history_minutes=600)  # 10 hours of a sample a minute per circuit phase
    with db.session() as s:
        got = load.site_load(s, site.site_id, hours=6, now=NOW)
        week = load.site_load(s, site.site_id, hours=24 * 7, now=NOW)
    assert got is not None and week is not None
    assert got.bucket_s == 120 and (got.until - got.since) == dt.timedelta(hours=6)
    assert set(got.history) == {
        (site.grid, 1),
        (site.grid, 2),
        (site.grid, 3),
        (site.garage, 1),
        (site.garage, 2),
        (site.garage, 3),
        (site.hall, 1),
    }
    garage = got.history[(site.garage, 1)]
    assert len(garage) <= BUCKETS + 1
    assert garage[0].at == got.since  # carried in from before the window (then every bucket)
    assert [p.at for p in garage] == sorted(p.at for p in garage)
    # idle until 150 minutes ago, then 32 A allocated; a bucket shows the peak of what was measured in it
    assert garage[1].allocated_a == 0.0 and garage[1].limit_a == 32.0
    assert garage[-1].allocated_a == 32.0 and garage[-1].measured_a == 30.7
    tapering = [p.measured_a or 0.0 for p in garage if NOW - p.at > dt.timedelta(minutes=52)]
    assert max(tapering) == pytest.approx(29.7, abs=0.01)  # 27.5 + 2.0 (the sine's top) + 0.2 (L1)
    grid_l2 = got.history[(site.grid, 2)]
    assert max(p.allocated_a for p in grid_l2) == 48.0  # Garage's 32 A and Hall B's 16 A on L2
    assert grid_l2[-1].allocated_a == 32.0
    # a week's span: still bounded, the sample before the history (an hour before it) carried in
    assert week.bucket_s == 3360
    assert all(len(points) <= BUCKETS + 1 for points in week.history.values())
    hall = week.history[(site.hall, 1)]
    assert hall[0].allocated_a == 0.0 and max(p.allocated_a for p in hall) == 16.0


def test_the_newest_allocation_event_is_the_allocation_now(db: Database) -> None:
    site = seed_load_site(db, NOW)
    central = EventBus()  # the central system's bus, as far as the service is concerned
    service = LoadService(Store(db), central)
    central.emit(allocation(site, NOW - dt.timedelta(seconds=30), garage_each=16.0))
    central.emit(allocation(site, NOW, garage_each=10.5))
    central.emit(allocation(site, NOW - dt.timedelta(seconds=60), garage_each=99.0))  # older: ignored
    got = service.site_load(site.site_id)
    assert got is not None and got.source == "live" and got.now_at == NOW
    assert [p.allocated_a for p in got.now[site.garage].phases] == [21.0, 21.0, 21.0]
    assert got.now[site.hall].phases[0].measured_a is None
    garage = [r for r in got.sessions if r.circuit == "Garage"]
    assert [(r.station, r.limit_a, r.reason) for r in garage] == [
        ("Garage 1", 10.5, "equal share of Garage (32 A) / 3 sessions"),
        ("Garage 2", 10.5, "equal share of Garage (32 A) / 3 sessions"),
    ]
    hall = next(r for r in got.sessions if r.circuit == "Hall B")
    assert hall.paused and hall.phases == "L2"
    # the dashboard panel: the root and its direct children, from the same event
    (panel,) = service.panel()
    assert panel.site == "HQ" and panel.source == "live"
    assert [c.name for c in panel.circuits] == ["Grid connection", "Garage", "Hall B"]
    assert panel.now[site.grid].phases[1].allocated_a == 43.0
    # another site's event does not touch this one; the page applies an event without the database
    later = service.with_allocation(got, allocation(site, NOW, garage_each=16.0))
    assert later.sessions[0].limit_a == 16.0
    assert service.with_allocation(got, replace(allocation(site, NOW), site_id=site.empty_site_id)) is got
    service.close()
    central.emit(allocation(site, NOW + dt.timedelta(seconds=5), garage_each=8.0))
    assert service.latest(site.site_id).at == NOW  # type: ignore[union-attr]


def test_a_site_without_circuits_and_the_panel_without_them(db: Database) -> None:
    site = seed_load_site(db, NOW)
    service = LoadService(Store(db))
    assert [(c.name, c.circuits) for c in service.sites()] == [("Depot", 0), ("HQ", 3)]
    empty = service.site_load(site.empty_site_id)
    assert empty is not None and empty.circuits == () and empty.source == "none"
    assert empty.history == {} and empty.sessions == () and empty.unmanaged == ()
    assert service.site_load(999_999) is None
    assert [p.site for p in service.panel()] == ["HQ"]


def test_a_viewer_reads_a_sessions_limit_history_newest_last(db: Database) -> None:
    site = seed_load_site(db, NOW)
    services = AppServices.local(db, principal=operator("vera", OperatorRole.VIEWER.value))
    try:
        steps = services.load.limit_history(site.sessions["GARAGE-1"])
        assert [(s.limit_a, s.reason, s.status) for s in steps] == [
            (32.0, "equal share of Garage (32 A) / 1 session", "Accepted"),
            (16.0, GARAGE_WHY, "Accepted"),
        ]
        assert (
            limit_line(steps[-1], ZURICH) == "13:42 16 A equal share of Garage (32 A) / 2 sessions — Accepted"
        )
        paused = services.load.limit_history(site.sessions["HALL-B-1"])
        assert limit_line(paused[0], ZURICH).startswith("13:52 paused (0 A) paused: Hall B (16 A) is full")
        # the session detail carries it too (one read)
        detail = services.sessions.detail(site.sessions["GARAGE-1"])
        assert detail is not None and [s.limit_a for s in detail.limits] == [32.0, 16.0]
        assert services.load.site_load(site.site_id) is not None  # every role reads the Load page
    finally:
        services.close()


def test_the_limit_last_sent_is_the_newest_by_time_not_by_row(db: Database) -> None:
    from app.models import LimitChange

    site = seed_load_site(db, NOW)
    with db.session() as s:  # a limit written late (its row after the others) but sent before them
        s.add(
            LimitChange(
                session_id=site.sessions["GARAGE-1"],
                charge_point_id="GARAGE-1",
                connector_id=1,
                at=NOW - dt.timedelta(minutes=45),
                limit_a=25.0,
                phases=3,
                reason="older",
                status="Accepted",
            )
        )
    with db.session() as s:
        got = load.site_load(s, site.site_id, now=NOW)
        steps = load.limit_history(s, site.sessions["GARAGE-1"])
    assert got is not None
    garage_1 = next(r for r in got.sessions if r.cp_id == "GARAGE-1")
    assert (garage_1.limit_a, garage_1.reason) == (16.0, GARAGE_WHY)
    assert [step.limit_a for step in steps] == [32.0, 25.0, 16.0]


def test_a_charger_taking_only_charge_point_max_is_unmanaged_only_with_two_connectors(db: Database) -> None:
    """ChargePointMaxProfile limits the whole charger: with one connector it is that connector's limit (managed, as
    the load manager does it), with two it is no limit per connector (listed unmanaged, with the probe's note)."""
    site = seed_load_site(db, NOW)
    note = "accepts only ChargePointMaxProfile, which limits the whole charger, not each connector"
    with db.session() as s:
        charger = s.scalars(select(Charger).where(Charger.charge_point_id == "GARAGE-1")).one()
        charger.sc_purposes, charger.sc_note = "ChargePointMaxProfile", note
        s.commit()
        got = load.site_load(s, site.site_id, hours=6, now=NOW)
    assert got is not None
    assert [u.cp_id for u in got.unmanaged] == ["GARAGE-3"]
    with db.session() as s:
        station = s.scalars(select(Station).where(Station.charge_point_id == "GARAGE-1")).one()
        station.connectors.append(Connector(connector_id=2, max_kw=22.0))
        s.commit()
        got = load.site_load(s, site.site_id, hours=6, now=NOW)
    assert got is not None
    assert [(u.cp_id, u.reason) for u in got.unmanaged] == [
        ("GARAGE-1", note),
        ("GARAGE-3", "rejects every charging profile"),
    ]
