"""The site's Modbus TCP base-load meter against pymodbus's own simulator server (a real TCP server on 127.0.0.1
whose registers the test sets), through every register map."""

from __future__ import annotations

import math
import re
import socket
from collections.abc import AsyncIterator

import pytest

from app.services.load.meter import METER_MAPS, ModbusMeter, meter_problems, parse_address
from tests.helpers.modbus import FakeClock, SimMeter, encode


@pytest.fixture
async def sdm630() -> AsyncIterator[SimMeter]:
    sim = SimMeter(METER_MAPS["sdm630"])
    await sim.start()
    yield sim
    await sim.stop()


@pytest.mark.parametrize("name", list(METER_MAPS))
async def test_every_register_map_reads_the_currents_per_phase(name: str) -> None:
    m = METER_MAPS[name]
    sim = SimMeter(m)
    await sim.start()
    meter = ModbusMeter(f"127.0.0.1:{sim.port}", 1, name, timeout_s=2.0, wait_s=5.0)
    try:
        sim.regs = encode(m, (12.5, 0.0, 31.25))
        assert await meter.read() == pytest.approx((12.5, 0.0, 31.25), abs=0.01)
        assert meter.problem == ""
    finally:
        await meter.close()
        await sim.stop()


async def test_readings_are_cached_for_a_few_seconds_then_read_again(sdm630: SimMeter) -> None:
    clock = FakeClock()
    meter = ModbusMeter(f"127.0.0.1:{sdm630.port}", 1, "sdm630", clock=clock, cache_s=5.0, wait_s=5.0)
    try:
        sdm630.regs = encode(sdm630.map, (10.0, 11.0, 12.0))
        assert await meter.read() == (10.0, 11.0, 12.0)
        reads = sdm630.reads
        sdm630.regs = encode(sdm630.map, (20.0, 21.0, 22.0))
        clock.now += 4.9
        assert await meter.read() == (10.0, 11.0, 12.0)  # from the cache: the meter was not asked
        assert sdm630.reads == reads
        clock.now += 0.2
        assert await meter.read() == (20.0, 21.0, 22.0)
        assert sdm630.reads == reads + 1
    finally:
        await meter.close()


async def test_a_meter_that_goes_away_gives_none_with_the_reason_then_comes_back(sdm630: SimMeter) -> None:
    clock = FakeClock()
    meter = ModbusMeter(
        f"127.0.0.1:{sdm630.port}", 1, "sdm630", clock=clock, cache_s=0.0, timeout_s=1.0, wait_s=5.0
    )
    try:
        sdm630.regs = encode(sdm630.map, (5.0, 6.0, 7.0))
        assert await meter.read() == (5.0, 6.0, 7.0)

        await sdm630.stop()
        clock.now += 1
        assert await meter.read() is None
        assert re.fullmatch(
            rf"no answer from 127\.0\.0\.1:{sdm630.port} since \d\d:\d\d \(.+\)", meter.problem
        )
        first = meter.problem
        # backing off: the next tries within the pause do not touch the network and say the same
        assert await meter.read() is None
        assert meter.problem == first

        await sdm630.start()  # the same port again
        sdm630.regs = encode(sdm630.map, (8.0, 9.0, 10.0))
        clock.now += 60  # past the longest pause
        assert await meter.read() == (8.0, 9.0, 10.0)
        assert meter.problem == ""
    finally:
        await meter.close()


async def test_a_wrong_unit_id_is_named(sdm630: SimMeter) -> None:
    meter = ModbusMeter(f"127.0.0.1:{sdm630.port}", 7, "sdm630", wait_s=5.0)
    try:
        sdm630.regs = encode(sdm630.map, (5.0, 6.0, 7.0))
        assert await meter.read() is None
        assert "unit 7 does not answer" in meter.problem
        assert "is the unit id right?" in meter.problem
    finally:
        await meter.close()


async def test_a_wrong_register_map_is_named(sdm630: SimMeter) -> None:
    meter = ModbusMeter(
        f"127.0.0.1:{sdm630.port}", 1, "janitza_umg96rme", wait_s=5.0
    )  # registers the device lacks
    try:
        assert await meter.read() is None
        assert (
            "refused registers 19012..19017 (illegal data address): is the register map right?"
            in meter.problem
        )
    finally:
        await meter.close()


@pytest.mark.parametrize(
    ("name", "amps", "why"),
    [
        ("sdm630", (5.0, math.nan, 7.0), "L2 reads nan (not a number)"),
        ("sdm630", (5.0, 6.0, -3.5), "L3 reads -3.5 A (negative)"),
        ("sdm630", (3.0e38, 6.0, 7.0), "L1 reads 3e+38 A (implausible)"),
        ("em24", (-2.0, 6.0, 7.0), "L1 reads -2 A (negative)"),
    ],
)
async def test_garbage_registers_are_refused_with_the_reason(
    name: str, amps: tuple[float, float, float], why: str
) -> None:
    sim = SimMeter(METER_MAPS[name])
    await sim.start()
    clock = FakeClock()
    meter = ModbusMeter(f"127.0.0.1:{sim.port}", 1, name, clock=clock, wait_s=5.0)
    try:
        sim.regs = encode(sim.map, amps)
        assert await meter.read() is None
        assert meter.problem == f"127.0.0.1:{sim.port} unit 1: {why}: reading refused"
        sim.regs = encode(sim.map, (1.0, 2.0, 3.0))
        clock.now += 60
        assert await meter.read() == pytest.approx((1.0, 2.0, 3.0))
    finally:
        await meter.close()
        await sim.stop()


async def test_abb_no_value_marker_is_refused() -> None:
    sim = SimMeter(METER_MAPS["abb_b23"])
    await sim.start()
    meter = ModbusMeter(f"127.0.0.1:{sim.port}", 1, "abb_b23", wait_s=5.0)
    try:
        sim.regs = encode(sim.map, (1.0, 2.0, 3.0))
        sim.regs[0x5B0E] = sim.regs[0x5B0F] = 0xFFFF  # L2: 0xFFFFFFFF, the meter's "no value"
        assert await meter.read() is None
        assert "L2 reads nan (not a number)" in meter.problem
    finally:
        await meter.close()
        await sim.stop()


async def test_a_meter_that_accepts_but_never_answers_holds_nobody_up() -> None:
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    port = listener.getsockname()[1]
    meter = ModbusMeter(f"127.0.0.1:{port}", 1, "", timeout_s=0.3, wait_s=0.01)
    try:
        # the request goes on in the background: the caller gets None at once
        assert await meter.read() is None
        assert meter.problem == f"waiting for an answer from 127.0.0.1:{port}"
        meter.wait_s = 5.0  # now wait for the request's own timeouts
        assert await meter.read() is None
        assert meter.problem.startswith(f"no answer from 127.0.0.1:{port} since ")
    finally:
        await meter.close()
        listener.close()


def test_meter_settings_are_checked_per_field() -> None:
    assert meter_problems("", "", 1, "") == {}
    assert meter_problems("modbus", "192.168.1.50:502", 1, "sdm630") == {}
    assert parse_address("meter.local") == ("meter.local", 502)
    assert parse_address("[fd00::5]:1502") == ("fd00::5", 1502)
    assert meter_problems("modbus", "host:70000", 300, "sdm999") == {
        "meter_address": "'host:70000': the port must be 1 to 65535",
        "meter_unit": "a Modbus unit id is 0 to 255",
        "meter_map": "unknown register map 'sdm999': one of '', 'sdm630', 'em24', 'abb_b23', 'janitza_umg96rme'",
    }
    assert meter_problems("charger", " ", 1, "") == {
        "meter_address": "the charge point id of the charger that reports its supply (Inlet)"
    }
    assert meter_problems("solar", "", 1, "") == {
        "meter_kind": "unknown meter kind 'solar': none, charger or modbus"
    }


async def test_a_sites_base_load_holds_while_its_meter_is_away(sdm630: SimMeter) -> None:
    """Safe by default: the building does not stop drawing because its meter went quiet."""
    from dataclasses import dataclass

    from app.ocpp.events import EventBus
    from app.services.load.meter import MeterSettings, SiteMeters

    @dataclass(frozen=True)
    class C:
        id: int
        parent_id: int | None

    @dataclass(frozen=True)
    class S:
        id: int
        circuits: tuple[C, ...]

    site = S(7, (C(1, None), C(2, 1)))
    meters = SiteMeters(EventBus())
    await meters.sync({7: MeterSettings("modbus", f"127.0.0.1:{sdm630.port}", 1, "sdm630")})
    meter = meters.meter(7)
    assert isinstance(meter, ModbusMeter)
    meter.cache_s, meter.wait_s = 0.0, 5.0
    try:
        sdm630.regs = encode(sdm630.map, (30.0, 20.0, 10.0))
        assert await meters.base_load(site, {2: (10.0, 10.0, 10.0)}) == {1: (20.0, 10.0, 0.0)}
        assert meters.problem(7) == ""

        await sdm630.stop()
        assert await meters.base_load(site, {2: (16.0, 16.0, 16.0)}) == {1: (20.0, 10.0, 0.0)}  # held
        assert meters.problem(7).startswith(f"no answer from 127.0.0.1:{sdm630.port} since ")
        assert meters.problem(7).endswith("holds meanwhile")
        assert "; the base load measured at " in meters.problem(7)

        # another meter: nothing of the old one's holds
        await meters.sync({7: MeterSettings("modbus", f"127.0.0.1:{sdm630.port}", 2, "sdm630")})
        other = meters.meter(7)
        assert isinstance(other, ModbusMeter)
        other.wait_s = 5.0
        assert await meters.base_load(site, {}) is None
        assert "holds" not in meters.problem(7)
    finally:
        await meters.close()
