"""A charger's own supply readings (MeterValues at Location=Inlet) as the site's base-load meter: the simulator
reports its supply (a base load plus what its connectors draw) on connector 0, the central system publishes
SupplyMeasured, ChargerInletMeter reads it; 1.6 and 2.0.1, over real sockets and the real database."""

from __future__ import annotations

import re

import pytest

from app.db import Database
from app.services.load.events import SupplyMeasured
from app.services.load.meter import ChargerInletMeter, MeterSettings, base_load, open_meter
from app.simulator import events as ev
from app.simulator.api import VirtualCharger
from tests.helpers.factories import priced_site
from tests.helpers.modbus import FakeClock
from tests.helpers.ocpp import CentralFactory, EventRecorder, add_station

FAST = {"speed": 600.0, "seed": 11, "first_idle_s": (0.0, 1.0), "reconnect_initial_s": 0.05}


@pytest.mark.parametrize(("version", "cp_id"), [("1.6", "INLET-16"), ("2.0.1", "INLET-201")])
async def test_a_chargers_inlet_readings_are_the_site_meter(
    db: Database, central_factory: CentralFactory, version: str, cp_id: str
) -> None:
    add_station(db, cp_id)
    add_station(db, "OTHER-1")
    cs = await central_factory()
    rec = EventRecorder()
    cs.subscribe(rec, SupplyMeasured)
    clock = FakeClock()
    meter = ChargerInletMeter(cs.bus, cp_id, stale_s=120.0, clock=clock)
    other = VirtualCharger(cs.url, "OTHER-1", inlet_base_a=(99.0, 99.0, 99.0), **FAST)
    vc = VirtualCharger(cs.url, cp_id, ocpp=version, inlet_base_a=(20.0, 15.0, 10.0), **FAST)
    try:
        assert await meter.read() is None
        assert re.fullmatch(rf"no supply reading \(Inlet\) from {cp_id} since \d\d:\d\d", meter.problem)
        async with vc, other:
            await vc.wait_for(ev.BOOTED)
            await other.wait_for(ev.BOOTED)
            # the other charger's supply is not this meter's
            assert (await cs.operations.trigger_message("OTHER-1", "MeterValues", 0))["status"] == "Accepted"
            await rec.wait(SupplyMeasured, lambda e: e.cp_id == "OTHER-1")

            answer = await cs.operations.trigger_message(cp_id, "MeterValues", 0)
            assert answer["status"] == "Accepted"
            first = await rec.wait(SupplyMeasured, lambda e: e.cp_id == cp_id)
            assert first.current_a == (20.0, 15.0, 10.0)  # no vehicle: the base load alone
            assert await meter.read() == (20.0, 15.0, 10.0)
            assert meter.problem == ""

            vc.options.inlet_base_a = (31.5, 0.0, 4.0)  # the kitchen switched on
            await cs.operations.trigger_message(cp_id, "MeterValues", 0)
            await rec.wait(SupplyMeasured, lambda e: e.cp_id == cp_id and e.current_a[0] == 31.5)
            assert await meter.read() == (31.5, 0.0, 4.0)

            clock.now += 121  # nothing since: stale
            assert await meter.read() is None
            assert re.fullmatch(rf"no supply reading \(Inlet\) from {cp_id} since \d\d:\d\d", meter.problem)
    finally:
        await meter.close()


async def test_a_charging_chargers_inlet_carries_its_own_draw_which_base_load_takes_away(
    db: Database, central_factory: CentralFactory
) -> None:
    """Periodic Inlet readings (ClockAlignedDataInterval) while a vehicle charges: the reading is the base load
    plus the connector's draw, and base_load gives the base load back."""
    priced_site(db, {"INLET-C": 1})
    cs = await central_factory()
    rec = EventRecorder()
    cs.subscribe(rec, SupplyMeasured)
    meter = open_meter(MeterSettings("charger", "INLET-C"), cs.bus)
    assert isinstance(meter, ChargerInletMeter)
    vc = VirtualCharger(
        cs.url,
        "INLET-C",
        connectors=1,
        scenario="charge",
        sessions=1,
        session_s=(3600.0, 3600.0),
        tag="TAG-EVA",
        inlet_base_a=(12.0, 8.0, 5.0),
        config={"ClockAlignedDataInterval": "30"},
        **FAST,
    )
    try:
        async with vc:
            await vc.wait_for(ev.CHARGING)
            connector = vc.charger.connectors[1]

            def charging(e: SupplyMeasured) -> bool:
                return e.cp_id == "INLET-C" and e.current_a[0] > 12.5

            seen = await rec.wait(SupplyMeasured, charging, 20.0)
            drawn = connector.electrics.supply_currents(connector.vehicle)
            assert seen.current_a[0] > 12.0 + 5  # a vehicle at 6 A or more on L1
            reading = await meter.read()
            assert reading is not None
            base = base_load(reading, [drawn])
            assert base == pytest.approx((12.0, 8.0, 5.0), abs=1.5)  # the draw moves a little between the two
    finally:
        await meter.close()


def test_the_simulators_command_line_takes_a_supply_base_load() -> None:
    import argparse
    import io

    from app.simulator.cli import add_arguments, build_chargers

    p = argparse.ArgumentParser()
    add_arguments(p)
    args = p.parse_args(["--url", "ws://127.0.0.1:9/ocpp/CP-1", "--inlet-base-a", "20, 15.5,0"])
    (vc,) = build_chargers(args, io.StringIO())
    assert vc.options.inlet_base_a == (20.0, 15.5, 0.0)
    with pytest.raises(SystemExit):
        p.parse_args(["--url", "ws://127.0.0.1:9/ocpp/CP-1", "--inlet-base-a", "20,15"])
