"""A site's base-load meter reduces what its chargers may take (issue #14): the central system's LoadManager, a
simulated charger over real sockets, and a Modbus TCP meter served by pymodbus's own simulator whose registers read
what the building draws plus what the charger draws (the simulated charger's own physics), as a real meter would."""

from __future__ import annotations

import asyncio
import contextlib
from typing import Any

import pytest
from sqlalchemy import select

from app.db import Database
from app.models import Circuit, Connector, Site, Station
from app.services.load import manager as manager_mod
from app.services.load import meter as meter_mod
from app.services.load.events import LoadAllocated
from app.services.load.meter import METER_MAPS
from app.services.load.reasons import shown_reason
from app.simulator.api import VirtualCharger
from app.simulator.physics import Vehicle
from app.simulator.state import Connector as SimConnector
from app.simulator.state import Plan
from tests.helpers.factories import priced_site
from tests.helpers.modbus import SimMeter
from tests.helpers.ocpp import CentralFactory, EventRecorder

SDM630 = METER_MAPS["sdm630"]


class BuildingMeter:
    """An SDM630 at the grid connection: the building's own load plus what the charger draws now."""

    def __init__(self) -> None:
        self.charger: VirtualCharger | None = None
        self.building = (0.0, 0.0, 0.0)
        self.sim = SimMeter(SDM630, self.reading)

    def reading(self) -> tuple[float, float, float]:
        if self.charger is None:
            return self.building
        ch = self.charger.charger
        c = ch.connectors[1]
        if c.tx is not None:
            ch.run_electrics(c)  # its physics up to now, under the profile it holds
        drawn = c.electrics.supply_currents(c.vehicle)
        return (
            self.building[0] + drawn[0],
            self.building[1] + drawn[1],
            self.building[2] + drawn[2],
        )


def site_with_meter(db: Database, port: int) -> tuple[int, int]:
    """A 32 A grid connection metered by the SDM630 at 127.0.0.1:``port``, one 22 kW charger on it."""
    site_id = priced_site(db, {"MB-1": 1}, tags={"Driver": "TAG-MB"})
    with db.session() as s:
        site = s.get(Site, site_id)
        assert site is not None
        site.meter_kind, site.meter_address, site.meter_unit, site.meter_map = (
            "modbus",
            f"127.0.0.1:{port}",
            1,
            "sdm630",
        )
        grid = Circuit(site_id=site_id, name="Grid", max_current_a=32.0, phases=3, position=0)
        s.add(grid)
        s.flush()
        conn = s.scalars(select(Connector).join(Station).where(Station.charge_point_id == "MB-1")).one()
        conn.circuit_id = grid.id
        s.commit()
        return site_id, grid.id


async def test_a_modbus_meter_showing_base_load_reduces_the_chargers_share(
    db: Database, central_factory: CentralFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(manager_mod, "METER_EVERY_S", 0.5)  # allocated again twice a second (5 s in use)
    monkeypatch.setattr(meter_mod, "CACHE_S", 0.4)
    meter = BuildingMeter()
    await meter.sim.start()
    site_id, grid_id = site_with_meter(db, meter.sim.port)
    cs = await central_factory()
    rec = EventRecorder()
    cs.subscribe(rec, LoadAllocated)
    vc = VirtualCharger(
        cs.url,
        "MB-1",
        speed=60.0,
        scenario="idle",
        max_power_kw=22.0,
        connectors=1,
        reconnect_initial_s=0.05,
        config={"MeterValueSampleInterval": "30"},  # 0.5 s at 60x
    )
    meter.charger = vc

    def plan(c: SimConnector) -> Plan:
        return Plan(Vehicle(80_000, 20.0, 95.0, 22_080.0, 3, 0.0), None, "Local")

    vc.charger.plan = plan  # type: ignore[method-assign]

    def allocated(limit: float, base: tuple[float, float, float] | None) -> Any:
        def ok(e: LoadAllocated) -> bool:
            sessions = [s for s in e.sessions if s["cp_id"] == "MB-1" and s["managed"]]
            grid = next((c for c in e.circuits if c["id"] == grid_id), None)
            if e.site_id != site_id or not sessions or grid is None:
                return False
            if abs(sessions[0]["limit_a"] - limit) > 1.0:
                return False
            if base is None:
                return grid["base_a"] is None or max(grid["base_a"]) < 1.5
            return grid["base_a"] is not None and all(
                abs(got - want) <= 1.5 for got, want in zip(grid["base_a"], base, strict=True)
            )

        return ok

    try:
        await vc.start()
        await asyncio.wait_for(vc.charger.online.wait(), 20)
        assert vc.present_card("TAG-MB", 1) == "starting"
        # nothing else in the building: the whole 32 A for the vehicle
        first = await rec.wait(LoadAllocated, allocated(32.0, None), timeout=20)
        assert first.sessions[0]["paused"] is False

        # the kitchen switches on: 20 A on L1, 10 A on L2, 5 A on L3 → 12 A left on L1 for a 3-phase vehicle
        meter.building = (20.0, 10.0, 5.0)
        mark = len(rec.events)
        lowered = await rec.wait(
            LoadAllocated, lambda e: rec.events.index(e) >= mark and allocated(12.0, (20.0, 10.0, 5.0))(e), 20
        )
        assert lowered.sessions[0]["limit_a"] <= 13.0

        # more: 28 A on L1 leaves 4 A, below the 6 A minimum: the session waits
        meter.building = (28.0, 10.0, 5.0)
        mark = len(rec.events)
        paused = await rec.wait(
            LoadAllocated,
            lambda e: (
                rec.events.index(e) >= mark and any(s["cp_id"] == "MB-1" and s["paused"] for s in e.sessions)
            ),
            timeout=20,
        )
        assert next(s for s in paused.sessions if s["cp_id"] == "MB-1")["limit_a"] == 0

        # the meter goes away: the allocation says so to the operator (the last base load holds meanwhile)
        await meter.sim.stop()
        mark = len(
            rec.events
        )  # (an allocation before the meter's first answer has a note too: "waiting for ...")
        gone = await rec.wait(
            LoadAllocated,
            lambda e: rec.events.index(e) >= mark and e.site_id == site_id and bool(e.notes),
            timeout=20,
        )
        assert shown_reason(gone.notes[0]).startswith("Base-load meter: ")
        assert next(s for s in gone.sessions if s["cp_id"] == "MB-1")["paused"]
    finally:
        with contextlib.suppress(Exception):
            await vc.stop(stop_transactions=False, timeout=2)
        await meter.sim.stop()
