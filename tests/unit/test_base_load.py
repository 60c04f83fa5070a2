"""The base load: what a site meter reads less what the managed chargers under the metered circuit draw."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from hypothesis import given
from hypothesis import strategies as st

from app.ocpp.backend import Sample
from app.ocpp.events import EventBus
from app.services.load.events import SupplyMeasured
from app.services.load.meter import (
    ChargerInletMeter,
    MeterSettings,
    ModbusMeter,
    Phases,
    SiteMeter,
    SiteMeters,
    base_load,
    circuit_phases,
    inlet_current,
    metered_circuit,
    site_base_load,
)

amps = st.floats(min_value=0, max_value=400, allow_nan=False)
phases = st.tuples(amps, amps, amps)


@given(phases, st.lists(phases, max_size=8))
def test_base_load_is_the_reading_less_the_chargers_never_negative(
    reading: Phases, drawn: list[Phases]
) -> None:
    base = base_load(reading, drawn)
    for n in range(3):
        rest = reading[n] - sum(d[n] for d in drawn)
        assert base[n] >= 0
        assert abs(base[n] - max(0.0, rest)) < 1e-6


def test_base_load_examples() -> None:
    assert base_load((40.0, 30.0, 20.0), []) == (40.0, 30.0, 20.0)
    assert base_load((40.0, 30.0, 20.0), [(16.0, 16.0, 16.0), (10.0, 0.0, 0.0)]) == (14.0, 14.0, 4.0)
    # a charger's meter reading higher than the site's: no negative base load
    assert base_load((15.0, 15.0, 15.0), [(16.0, 16.0, 16.0)]) == (0.0, 0.0, 0.0)


def test_circuit_phases_follow_the_rotation_and_single_phase_connectors() -> None:
    assert circuit_phases((10.0, 11.0, 12.0)) == (10.0, 11.0, 12.0)
    assert circuit_phases((10.0, 11.0, 12.0), "231") == (12.0, 10.0, 11.0)  # L1 on L2, L2 on L3, L3 on L1
    assert circuit_phases((16.0, 0.0, 0.0), "312", phases=1) == (0.0, 0.0, 16.0)
    assert circuit_phases((16.0, 5.0, 5.0), "123", phases=1) == (16.0, 0.0, 0.0)  # its L1 only


def _sample(
    value: float, phase: str | None, location: str | None = "Inlet", measurand: str = "Current.Import"
):
    at = dt.datetime(2026, 12, 7, 10, 0, tzinfo=dt.UTC)
    return Sample(at, value, measurand, "A", phase, "Sample.Clock", location)


def test_inlet_current_takes_current_import_at_the_inlet_per_phase() -> None:
    samples = [
        _sample(21.0, "L1"),
        _sample(22.0, "L2-N"),
        _sample(23.0, "L3"),
        _sample(99.0, "L1", location="Outlet"),  # the connector's own
        _sample(230.0, "L1", measurand="Voltage"),
        _sample(5.0, "N"),  # the neutral: not a phase
    ]
    found = inlet_current(samples)
    assert found is not None and found[0] == (21.0, 22.0, 23.0)
    assert inlet_current([_sample(13.0, None)]) is not None
    assert inlet_current([_sample(13.0, None)])[0] == (13.0, 0.0, 0.0)  # type: ignore[index]
    assert inlet_current([_sample(99.0, "L1", location="Outlet"), _sample(9.0, "L1", location=None)]) is None


@dataclass(frozen=True)
class C:
    id: int
    parent_id: int | None


@dataclass(frozen=True)
class Site:
    circuits: tuple[C, ...]


class Fixed(SiteMeter):
    def __init__(self, reading: Phases | None, circuit_id: int | None = None) -> None:
        self.reading = reading
        self.circuit_id = circuit_id

    async def read(self) -> Phases | None:
        return self.reading


TREE = (C(1, None), C(2, 1), C(3, 1), C(4, 2))  # grid 1 → garage 2 (→ 4) and yard 3


async def test_site_base_load_is_for_the_metered_circuit_less_the_chargers_under_it() -> None:
    measured = {2: (10.0, 10.0, 10.0), 4: (6.0, 0.0, 0.0), 3: (16.0, 16.0, 16.0)}
    site = Site(TREE)
    # the meter on the grid connection: every charger is under it
    assert await site_base_load(site, Fixed((50.0, 40.0, 30.0)), measured) == {1: (18.0, 14.0, 4.0)}
    # the meter on the garage: the yard's charger is not under it
    assert await site_base_load(site, Fixed((20.0, 15.0, 10.0), 2), measured) == {2: (4.0, 5.0, 0.0)}
    # no meter, no reading, no circuits: no base load
    assert await site_base_load(site, None, measured) == {}
    assert await site_base_load(site, Fixed(None), measured) == {}
    assert await site_base_load(Site(()), Fixed((1.0, 1.0, 1.0)), {}) == {}


def test_a_meter_on_a_circuit_that_went_is_on_the_root() -> None:
    assert metered_circuit(TREE, 99) == 1
    assert metered_circuit(TREE, 3) == 3
    assert metered_circuit(TREE, None) == 1
    assert metered_circuit((), 3) is None


@dataclass(frozen=True)
class IdSite:
    id: int
    circuits: tuple[C, ...]


async def test_site_meters_open_replace_and_close_the_sites_meters() -> None:
    bus = EventBus()
    meters = SiteMeters(bus)
    await meters.sync(
        {
            1: MeterSettings("charger", "CP-1", circuit_id=2),
            2: MeterSettings("modbus", "10.0.0.9:502", 1, "sdm630"),
            3: MeterSettings("modbus", "10.0.0.9:99999", 1, ""),
        }
    )
    first = meters.meter(1)
    assert isinstance(first, ChargerInletMeter) and first.circuit_id == 2
    assert isinstance(meters.meter(2), ModbusMeter)
    assert meters.meter(3) is None
    assert (
        meters.problem(3) == "the site's meter cannot be used: '10.0.0.9:99999': the port must be 1 to 65535"
    )
    assert meters.problem(1) == "no supply reading (Inlet) from CP-1 yet"
    assert meters.problem(4) == ""

    bus.emit(SupplyMeasured("CP-1", (30.0, 20.0, 10.0)))
    site = IdSite(1, TREE)
    assert await meters.base_load(site, {2: (10.0, 10.0, 10.0), 3: (16.0, 16.0, 16.0)}) == {
        2: (20.0, 10.0, 0.0)
    }
    assert await meters.base_load(IdSite(9, TREE), {}) is None  # a site without a meter

    # unchanged settings keep the meter (and its readings); changed ones replace it; gone ones close it
    await meters.sync(
        {1: MeterSettings("charger", "CP-1", circuit_id=2), 2: MeterSettings("charger", "CP-2")}
    )
    assert meters.meter(1) is first
    assert isinstance(meters.meter(2), ChargerInletMeter)
    await meters.close()
    assert meters.meter(1) is None and meters.meter(2) is None
    assert not bus.wants(SupplyMeasured)  # the Inlet meters unsubscribed
