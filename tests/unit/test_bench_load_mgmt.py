"""bench/load_mgmt.py: the limit a profile carries, what a start affected, the figures and the sizes."""

from __future__ import annotations

import math

from bench import load_mgmt


def _profile(pid: int, limit: float, unit: str = "A", phases: int | None = 3) -> dict[str, object]:
    period: dict[str, object] = {"startPeriod": 0, "limit": limit}
    if phases is not None:
        period["numberPhases"] = phases
    return {
        "connectorId": 1,
        "csChargingProfiles": {
            "chargingProfileId": pid,
            "chargingSchedule": {"chargingRateUnit": unit, "chargingSchedulePeriod": [period]},
        },
    }


def test_the_limit_of_a_profile_in_amperes_per_phase() -> None:
    assert load_mgmt.limit_a(_profile(140001, 16.0)) == (140001, 16.0)
    pid, amps = load_mgmt.limit_a(_profile(140001, 11040.0, "W")) or (0, 0.0)
    assert pid == 140001 and math.isclose(amps, 16.0)
    assert load_mgmt.limit_a(_profile(140001, 3680.0, "W", phases=1)) == (140001, 16.0)
    assert load_mgmt.limit_a({"csChargingProfiles": {}}) is None


class _Event:
    def __init__(self, limit: float, status: str = "Accepted", action: str = "SetChargingProfile") -> None:
        self.kind = "operation"
        self.data = {"action": action, "request": _profile(140001, limit), "answer": {"status": status}}


def test_a_lower_or_first_limit_is_one_a_start_affects() -> None:
    fleet = load_mgmt.Fleet()
    fleet.on_event("CP1", _Event(16.0))  # first: affected
    fleet.on_event("CP1", _Event(10.0))  # lower: affected
    fleet.on_event("CP1", _Event(12.0))  # higher: a raise
    fleet.on_event("CP1", _Event(8.0, status="Rejected"))  # refused: not a profile in force
    fleet.on_event("CP1", _Event(8.0, action="GetCompositeSchedule"))
    assert [(x.limit_a, x.lower) for x in fleet.arrivals] == [(16.0, True), (10.0, True), (12.0, False)]


def test_summary_of_a_run() -> None:
    starts = [
        {"latency_s": 0.01 * n, "affected": n % 5, "new_session": n != 3, "raises": 1} for n in range(1, 101)
    ]
    fleet = {"starts": starts, "steady": {"seconds": 60.0, "profiles": 30, "charging": 150}}
    s = load_mgmt.summarise(fleet)
    assert s["starts"] == 100 and s["no_first_limit"] == 1 and s["raises"] == 100
    assert math.isclose(s["p99_s"], 0.99, abs_tol=0.011) and s["max_s"] == 1.0
    assert s["per_min"] == 30.0 and s["per_session_min"] == 0.2


def test_sizes() -> None:
    full = load_mgmt.parse_args([])
    assert (full.chargers, full.pre, full.starts, full.steady) == (200, 90, 100, 60.0)
    assert full.row_a == 250 and full.grid_a == 1600  # the grid connection binds (8 A a session)
    small = load_mgmt.parse_args(["--small"])
    assert (small.chargers, small.pre, small.starts, small.steady) == (40, 10, 15, 20.0)


def test_meter_values_that_fall_due_in_a_starts_window_are_held_and_sent_when_it_closes() -> None:
    class Charger:
        def __init__(self) -> None:
            self.sent: list[tuple[str, int]] = []

        def sample(self, c: str, tx: int) -> None:
            self.sent.append((c, tx))

    fleet = load_mgmt.Fleet()
    charger = Charger()
    fleet.hold_meter_values(charger)
    charger.sample("c1", 1)  # no window open: sent at once
    assert charger.sent == [("c1", 1)]
    fleet.hold()
    charger.sample("c1", 2)
    charger.sample("c2", 3)
    assert charger.sent == [("c1", 1)]  # held while the window is open
    assert fleet.release() == 2
    assert charger.sent == [("c1", 1), ("c1", 2), ("c2", 3)] and fleet.held_total == 2
    charger.sample("c1", 4)
    assert charger.sent[-1] == ("c1", 4) and fleet.release() == 0
