"""Electricity, plausibly: what an electric vehicle draws from a connector and what the charger's meter reads.

* AC: the vehicle's on-board charger takes 1 or 3 phases at up to 16 or 32 A; the power stays near the lower of
  the connector's and the vehicle's maximum and tapers in the last few percent before the vehicle's target
  state of charge. The charger cannot read the state of charge over AC (IEC 61851), so there is no SoC reading.
* DC: the battery's acceptance curve (full power to ~50 %, falling steeply above 80 %), battery voltage rising
  with the state of charge, and the SoC reported by the vehicle.

A charging limit (smart charging) caps the power; below the minimum an AC vehicle can charge with (6 A per
phase) it stops drawing and the connector is SuspendedEVSE.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass

PHASE_VOLTAGE = 230.0
MIN_AC_CURRENT = 6.0  # IEC 61851: a PWM duty cycle below 6 A means "do not charge"
MIN_DC_POWER = 1000.0
AC_EFFICIENCY = 0.9  # grid energy that reaches the battery
DC_EFFICIENCY = 0.95
TAPER_SOC = 6.0  # percent before the target over which the power tapers off


@dataclass
class Vehicle:
    capacity_wh: float
    soc: float  # percent
    target_soc: float  # percent: the vehicle stops charging here
    ac_max_w: float
    ac_phases: int
    dc_max_w: float

    @property
    def full(self) -> bool:
        return self.soc >= self.target_soc - 0.05

    def acceptance_w(self, dc: bool) -> float:
        """What the vehicle would take now without any limit of the charger."""
        if self.full:
            return 0.0
        to_go = self.target_soc - self.soc
        taper = 1.0 if to_go >= TAPER_SOC else max(0.12, to_go / TAPER_SOC)
        if not dc:
            return self.ac_max_w * taper
        soc = self.soc
        if soc < 50:
            curve = 1.0
        elif soc < 80:
            curve = 1.0 - 0.55 * (soc - 50) / 30  # 100 % -> 45 %
        else:
            curve = 0.45 - 0.35 * (soc - 80) / 20  # 45 % -> 10 %
        return self.dc_max_w * min(curve, taper)

    def battery_voltage(self) -> float:
        return 340.0 + 0.6 * self.soc  # a 400 V class pack: ~340 V empty, ~400 V full

    def add_energy(self, grid_wh: float, dc: bool) -> None:
        stored = grid_wh * (DC_EFFICIENCY if dc else AC_EFFICIENCY)
        self.soc = min(100.0, self.soc + 100.0 * stored / self.capacity_wh)

    def energy_to_target_wh(self, dc: bool) -> float:
        return max(0.0, (self.target_soc - self.soc) / 100.0 * self.capacity_wh) / (
            DC_EFFICIENCY if dc else AC_EFFICIENCY
        )


def random_vehicle(rng: random.Random, dc: bool, connector_max_w: float) -> Vehicle:
    capacity = rng.choice((40_000, 52_000, 58_000, 64_000, 77_000, 82_000))
    soc = round(rng.uniform(8, 55), 1)
    target = rng.choice((80.0, 80.0, 90.0, 100.0))
    pick = rng.random()
    if pick < 0.15:
        ac_max, phases = 7_360.0, 1  # 32 A single phase
    elif pick < 0.3:
        ac_max, phases = 22_080.0, 3
    else:
        ac_max, phases = 11_040.0, 3
    dc_max = rng.choice((50_000.0, 100_000.0, 150_000.0)) if dc else 0.0
    return Vehicle(capacity, soc, max(target, soc + 10), ac_max, phases, dc_max)


@dataclass(frozen=True)
class Reading:
    """One sampled value."""

    measurand: str
    value: float
    unit: str
    phase: str | None = None
    location: str | None = None


def inlet_readings(
    base_a: tuple[float, float, float], drawn: list[tuple[float, float, float]]
) -> list[Reading]:
    """A charger's supply meter: the base load behind the same supply plus what its connectors draw."""
    return [
        Reading(
            "Current.Import",
            round(base_a[n] + sum(d[n] for d in drawn), 2),
            "A",
            phase=f"L{n + 1}",
            location="Inlet",
        )
        for n in range(3)
    ]


class Electrics:
    """A connector's power electronics and meter (its lifetime import register)."""

    def __init__(self, dc: bool, max_w: float, register_wh: float, rng: random.Random) -> None:
        self.dc = dc
        self.max_w = max_w
        self.register_wh = register_wh
        self.rng = rng
        self.power_w = 0.0  # the last value, with measurement noise
        self.offered_w = max_w
        self.phases = 3
        self.temperature = rng.uniform(18, 26)

    def limit_phases(self, vehicle: Vehicle | None) -> int:
        return 1 if (vehicle is not None and not self.dc and vehicle.ac_phases == 1) else 3

    def min_power_w(self, vehicle: Vehicle | None) -> float:
        return MIN_DC_POWER if self.dc else MIN_AC_CURRENT * PHASE_VOLTAGE * self.limit_phases(vehicle)

    def target_power_w(self, vehicle: Vehicle | None, limit_w: float | None) -> tuple[float, str]:
        """(power, why): why is "" when charging, "SuspendedEV" when the vehicle takes nothing, "SuspendedEVSE"
        when the charger's limit is below what the vehicle can charge with."""
        offered = self.max_w if limit_w is None else min(self.max_w, limit_w)
        self.offered_w = max(0.0, offered)
        if vehicle is None:
            return 0.0, "SuspendedEV"
        if offered < self.min_power_w(vehicle):
            return 0.0, "SuspendedEVSE"
        wants = vehicle.acceptance_w(self.dc)
        if wants <= 0:
            return 0.0, "SuspendedEV"
        return min(offered, wants), ""

    def run(self, vehicle: Vehicle | None, limit_w: float | None, seconds: float) -> str:
        """Charge for ``seconds`` of simulated time (in steps, so the curve is followed); returns why it does not
        charge ("" when it does)."""
        why = ""
        power = 0.0
        left = seconds
        while left > 1e-9:
            step = min(left, 15.0)
            power, why = self.target_power_w(vehicle, limit_w)
            if power > 0 and vehicle is not None:
                wh = power * step / 3600.0
                self.register_wh += wh
                vehicle.add_energy(wh, self.dc)
            left -= step
        if seconds <= 0:
            power, why = self.target_power_w(vehicle, limit_w)
        self.power_w = power * (1 + self.rng.gauss(0, 0.006)) if power > 0 else 0.0
        if self.power_w > 0:
            self.power_w = min(
                self.power_w, (limit_w if limit_w is not None else math.inf), self.max_w * 1.004
            )
        self.temperature += (
            (0.02 * self.power_w / 1000 - 0.05 * (self.temperature - 22)) * min(seconds, 600) / 60
        )
        return why

    def readings(self, measurands: list[str], vehicle: Vehicle | None) -> list[Reading]:
        out: list[Reading] = []
        phases = self.limit_phases(vehicle)
        for m in measurands:
            if m == "Energy.Active.Import.Register":
                out.append(Reading(m, round(self.register_wh, 1), "Wh", location="Outlet"))
            elif m == "Power.Active.Import":
                out.append(Reading(m, round(self.power_w, 1), "W", location="Outlet"))
            elif m == "Power.Offered":
                out.append(Reading(m, round(self.offered_w, 1), "W", location="Outlet"))
            elif m == "Temperature":
                out.append(Reading(m, round(self.temperature, 1), "Celsius", location="Body"))
            elif m == "SoC":
                if self.dc and vehicle is not None:
                    out.append(Reading(m, round(vehicle.soc), "Percent", location="EV"))
            elif self.dc:
                out.extend(self._dc_readings(m, vehicle))
            else:
                out.extend(self._ac_readings(m, phases))
        return out

    def supply_currents(self, vehicle: Vehicle | None) -> tuple[float, float, float]:
        """What the connector draws from its supply per phase (A): an AC vehicle on its phases, a DC charger's
        rectifier on all three."""
        phases = 3 if self.dc else self.limit_phases(vehicle)
        amps = self.power_w / (phases * PHASE_VOLTAGE)
        return (amps, amps if phases == 3 else 0.0, amps if phases == 3 else 0.0)

    def _dc_readings(self, m: str, vehicle: Vehicle | None) -> list[Reading]:
        volts = vehicle.battery_voltage() if vehicle is not None else 0.0
        if m == "Voltage":
            return [Reading(m, round(volts + self.rng.gauss(0, 0.4), 1), "V", location="Outlet")]
        if m == "Current.Import":
            amps = self.power_w / volts if volts else 0.0
            return [Reading(m, round(amps, 2), "A", location="Outlet")]
        if m == "Current.Offered":
            amps = self.offered_w / (volts or 400.0)
            return [Reading(m, round(amps, 1), "A", location="Outlet")]
        return []

    def _ac_readings(self, m: str, phases: int) -> list[Reading]:
        out: list[Reading] = []
        for n in (1, 2, 3):
            if m == "Voltage":
                v = PHASE_VOLTAGE + self.rng.gauss(0, 1.2)
                out.append(Reading(m, round(v, 1), "V", phase=f"L{n}-N", location="Outlet"))
            elif m == "Current.Import":
                amps = self.power_w / (phases * PHASE_VOLTAGE) if n <= phases else 0.0
                if amps:
                    amps *= 1 + self.rng.gauss(0, 0.004)
                out.append(Reading(m, round(amps, 2), "A", phase=f"L{n}", location="Outlet"))
            elif m == "Current.Offered" and n == 1:
                amps = self.offered_w / (phases * PHASE_VOLTAGE)
                out.append(Reading(m, round(amps, 1), "A", location="Outlet"))
        return out
