"""Load management, pure: circuits' limits at a moment and each session's share of them, by example."""

from __future__ import annotations

import datetime as dt

import pytest

from app.services.load.allocation import Demand, Share, allocate, circuit_totals, ramp_cap
from app.services.load.limits import CircuitSpec, WindowLimit, limits_at, next_change

T0 = dt.datetime(2026, 12, 7, 8, 0, tzinfo=dt.UTC)  # a Monday
INF = float("inf")
ALL = (1, 2, 3)
MON, FRI, SAT, SUN = 1, 1 << 4, 1 << 5, 1 << 6
ZURICH = "Europe/Zurich"

MAIN = CircuitSpec(1, None, "Main", 3, 63.0, None)
GARAGE = CircuitSpec(2, 1, "Garage", 3, 32.0, None)
YARD = CircuitSpec(3, 1, "Yard", 3, 32.0, None)
TREE = [MAIN, GARAGE, YARD]


def demand(
    n: int,
    circuit: int = 2,
    *,
    phases: tuple[int, ...] = ALL,
    max_a: float = 32.0,
    minute: int | None = None,
    **more: object,
) -> Demand:
    started = T0 + dt.timedelta(minutes=n if minute is None else minute)
    return Demand((f"CP{n}", 1), circuit, phases, 6.0, max_a, started, **more)  # type: ignore[arg-type]


def run(
    demands: list[Demand],
    strategy: str = "equal",
    circuits: list[CircuitSpec] | None = None,
    base_a: dict[int, tuple[float, float, float]] | None = None,
    min_a: float = 6.0,
) -> dict[str, Share]:
    circuits = TREE if circuits is None else circuits
    shares = allocate(circuits, limits_at(circuits, T0, ZURICH), demands, strategy, min_a, base_a)
    assert [s.key for s in shares] == [d.key for d in demands]
    return {s.key[0]: s for s in shares}


def limits(shares: dict[str, Share]) -> dict[str, float]:
    return {name: s.limit_a for name, s in shares.items()}


# --- strategies -----------------------------------------------------------------------------------------------


def test_equal_shares_a_circuit_and_says_so() -> None:
    shares = run([demand(n) for n in range(3)])
    assert limits(shares) == {"CP0": 10.6, "CP1": 10.6, "CP2": 10.6}  # 32 / 3, rounded down
    assert shares["CP0"].reason == "equal share of Garage (32 A) / 3 sessions"
    assert not any(s.paused for s in shares.values())


def test_equal_is_max_min_fair_through_the_tree() -> None:
    # three on Garage share its 32 A; the one on Yard is held by what Main has left (63 - 32 = 31)
    shares = run([demand(0), demand(1), demand(2), demand(3, circuit=3)])
    assert limits(shares) == {"CP0": 10.6, "CP1": 10.6, "CP2": 10.6, "CP3": 31.0}
    assert shares["CP3"].reason == "what is free on Main (63 A)"


def test_first_come_first_served_fills_the_earlier_first() -> None:
    demands = [demand(n, circuit=1, minute=10 - n) for n in range(4)]  # CP3 came first
    shares = run(demands, "fcfs")
    assert limits(shares) == {"CP3": 32.0, "CP2": 19.0, "CP1": 6.0, "CP0": 6.0}  # the later two keep 6 A each
    assert shares["CP3"].reason == "connector maximum 32 A"
    assert shares["CP2"].reason == "first come first served on Main (63 A): 2nd of 4"
    assert shares["CP0"].reason == "first come first served on Main (63 A): 4th of 4"


def test_priority_serves_higher_ranks_first_equal_within_a_rank() -> None:
    demands = [
        demand(0, circuit=1, rank=0),
        demand(1, circuit=1, rank=1),
        demand(2, circuit=1, rank=1),
        demand(3, circuit=1, rank=0),
    ]
    shares = run(demands, "priority")
    # 4 x 6 A reserved, the 39 A left go to the two of rank 1: 25.5 each
    assert limits(shares) == {"CP0": 6.0, "CP1": 25.5, "CP2": 25.5, "CP3": 6.0}
    assert shares["CP1"].reason == "priority 1 on Main (63 A): equal share / 2 sessions"
    assert shares["CP0"].reason == "priority 0 on Main (63 A): equal share / 2 sessions"


def test_tariff_strategy_ranks_by_the_tariffs_priority() -> None:
    shares = run([demand(0, rank=5, max_a=16.0), demand(1, rank=9)], "tariff")
    assert limits(shares) == {"CP0": 6.0, "CP1": 26.0}
    assert shares["CP1"].reason == "tariff priority 9 on Garage (32 A)"


def test_unknown_strategy_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown load strategy 'fair'"):
        run([demand(0)], "fair")


# --- minimum and pause ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("strategy", ["equal", "fcfs"])
def test_the_latest_waits_when_not_everybody_gets_the_minimum(strategy: str) -> None:
    shares = run([demand(n) for n in range(6)], strategy)  # 6 x 6 A > 32 A
    assert [s.paused for s in shares.values()] == [False] * 5 + [True]
    assert shares["CP5"].limit_a == 0.0
    assert shares["CP5"].reason == "paused: Garage (32 A) is full — waits for a free 6 A"
    assert all(s.limit_a >= 6.0 for s in list(shares.values())[:5])
    assert sum(s.limit_a for s in shares.values()) <= 32.0


def test_priority_pauses_the_lowest_rank_even_if_it_came_first() -> None:
    shares = run([demand(0, rank=0), *(demand(n, rank=1) for n in range(1, 6))], "priority")
    assert shares["CP0"].paused
    assert not any(shares[f"CP{n}"].paused for n in range(1, 6))


def test_a_later_minimum_that_still_fits_elsewhere_is_not_held_back() -> None:
    # Garage L1 has 30 A of minimums: a 3-phase session waits, a later 1-phase vehicle on L2 still charges
    demands = [*(demand(n) for n in range(4)), demand(4, phases=(1,)), demand(5), demand(6, phases=(2,))]
    shares = run(demands)
    assert shares["CP5"].paused
    assert shares["CP5"].reason == "paused: Garage (32 A) is full — waits for a free 6 A"
    assert not shares["CP6"].paused
    assert sum(not s.paused for s in shares.values()) == 6


def test_the_sites_minimum_or_the_sessions_own_if_higher() -> None:
    shares = run([demand(n, circuit=1) for n in range(6)], min_a=10.0)
    assert [s.paused for s in shares.values()] == [False] * 6  # 6 x 10.5 A
    shares = run([demand(n, circuit=1) for n in range(7)], min_a=10.0)
    assert shares["CP6"].reason == "paused: Main (63 A) is full — waits for a free 10 A"


def test_a_connector_below_the_minimum_is_paused_and_says_why() -> None:
    shares = run([demand(0, max_a=4.0)])
    assert shares["CP0"] == Share(
        ("CP0", 1), 0.0, True, "paused: connector maximum 4 A is below the minimum 6 A"
    )


# --- what a vehicle does not take ---------------------------------------------------------------------------------


def test_what_a_vehicle_does_not_take_goes_to_the_others() -> None:
    shares = run([demand(0, taking_a=7.8), demand(1), demand(2)])
    assert shares["CP0"].limit_a == 8.8  # 7.8 A + 1 A to ramp up
    assert shares["CP0"].reason == "limited by what the vehicle takes (7.8 A)"
    assert shares["CP1"].limit_a == shares["CP2"].limit_a == 11.6  # (32 - 8.8) / 2


def test_the_ramp_margin_is_one_ampere_or_ten_percent() -> None:
    assert ramp_cap(5.0) == 6.0
    assert ramp_cap(20.0) == 22.0
    shares = run([demand(0, taking_a=20.0), demand(1)])
    assert limits(shares) == {"CP0": 16.0, "CP1": 16.0}  # 22 A would not be its share anyway


def test_a_vehicle_taking_almost_nothing_keeps_the_minimum() -> None:
    shares = run([demand(0, taking_a=0.5), demand(1)])
    assert limits(shares) == {"CP0": 6.0, "CP1": 26.0}


def test_connector_maximum_caps_and_the_rest_is_shared() -> None:
    shares = run([demand(0, max_a=16.0, circuit=1), demand(1, circuit=1), demand(2, circuit=1)])
    assert limits(shares) == {"CP0": 16.0, "CP1": 23.5, "CP2": 23.5}
    assert shares["CP0"].reason == "connector maximum 16 A"


# --- a limit set on site (NotifyChargingLimit) -------------------------------------------------------------------


def test_a_limit_set_on_site_caps_the_session_and_the_rest_goes_to_the_others() -> None:
    shares = run([demand(0, external_a=11.0, external_by="EMS"), demand(1)])
    assert limits(shares) == {"CP0": 11.0, "CP1": 21.0}
    assert shares["CP0"].reason == "limited to 11 A by the site's energy manager (EMS)"
    assert shares["CP1"].reason == "what is free on Garage (32 A)"
    # a limit above the share changes nothing
    shares = run([demand(0, external_a=20.0, external_by="SO"), demand(1)])
    assert limits(shares) == {"CP0": 16.0, "CP1": 16.0}


def test_a_limit_set_on_site_below_the_minimum_pauses_and_says_why() -> None:
    shares = run([demand(0, external_a=0.0, external_by="SO"), demand(1)])
    assert shares["CP0"] == Share(("CP0", 1), 0.0, True, "paused: limited to 0 A by the grid operator (SO)")
    assert limits(shares)["CP1"] == 32.0


def test_circuit_totals_add_up_the_shares_through_the_tree() -> None:
    fixed = Demand(("OLD", 1), 3, ALL, 6.0, 16.0, T0, fixed_a=16.0)
    demands = [demand(0), demand(1, phases=(2,)), fixed, demand(3, circuit=3, phases=(3,))]
    shares = allocate(TREE, limits_at(TREE, T0, ZURICH), demands, "equal", 6.0)
    assert [s.limit_a for s in shares] == [16.0, 16.0, 16.0, 16.0]
    totals = circuit_totals(TREE, demands, shares)
    assert totals == {1: (32.0, 48.0, 48.0), 2: (16.0, 32.0, 16.0), 3: (16.0, 16.0, 32.0)}


# --- phases -------------------------------------------------------------------------------------------------------


def test_single_phase_vehicles_on_rotated_connectors_draw_on_different_phases() -> None:
    # connector "123" with a 1-phase vehicle draws on L1, one rotated "231" on L2: they do not compete
    apart = run([demand(0, phases=(1,)), demand(1, phases=(2,))])
    assert limits(apart) == {"CP0": 32.0, "CP1": 32.0}
    together = run([demand(0, phases=(1,)), demand(1, phases=(1,))])
    assert limits(together) == {"CP0": 16.0, "CP1": 16.0}


def test_a_three_phase_session_shares_each_phase_with_the_single_phase_ones() -> None:
    shares = run([demand(0), demand(1, phases=(2,)), demand(2, phases=(3,), max_a=10.0)])
    # L2 holds the 3-phase one and the 1-phase one at 16 A; L3 has room for its 10 A vehicle beside them
    assert limits(shares) == {"CP0": 16.0, "CP1": 16.0, "CP2": 10.0}
    assert shares["CP0"].reason == "equal share of Garage (32 A) / 2 sessions"


def test_a_single_phase_circuit_carries_l1_only() -> None:
    kitchen = CircuitSpec(4, 1, "Kitchen", 1, 16.0, None)
    circuits = [*TREE, kitchen]
    assert limits_at(circuits, T0, ZURICH)[4] == (16.0, 0.0, 0.0)
    shares = run([demand(0, circuit=4, phases=(1,)), demand(1, circuit=4, phases=(2,))], circuits=circuits)
    assert shares["CP0"].limit_a == 16.0
    assert shares["CP1"].paused
    assert shares["CP1"].reason == "paused: Kitchen (0 A on L2) is full — waits for a free 6 A"


# --- nested circuits, base load, fixed demands ----------------------------------------------------------------------


def test_a_three_level_tree_holds_at_every_level() -> None:
    bay = CircuitSpec(4, 2, "Bay 1", 3, 20.0, None)
    circuits = [*TREE, bay]
    demands = [demand(0, circuit=4), demand(1, circuit=4), demand(2, circuit=4), demand(3, circuit=2)]
    shares = run(demands, circuits=circuits)
    assert limits(shares) == {"CP0": 6.6, "CP1": 6.6, "CP2": 6.6, "CP3": 12.0}  # Bay 20 A / 3; Garage 32 - 20
    assert shares["CP0"].reason == "equal share of Bay 1 (20 A) / 3 sessions"
    assert shares["CP3"].reason == "what is free on Garage (32 A)"


def test_a_child_never_gets_more_than_its_parent() -> None:
    big_child = CircuitSpec(2, 1, "Garage", 3, 100.0, None)
    shares = run([demand(0, circuit=2, max_a=80.0)], circuits=[MAIN, big_child])
    assert shares["CP0"].limit_a == 63.0
    assert shares["CP0"].reason == "what is free on Main (63 A)"


def test_base_load_counts_on_its_circuit_and_every_ancestor() -> None:
    # 20 A on L1 and 10 A on L2 measured in the Garage (not chargers): Garage has 12 A left on L1
    shares = run([demand(0), demand(1, circuit=3)], base_a={2: (20.0, 10.0, 0.0)})
    assert shares["CP0"].limit_a == 12.0
    assert shares["CP0"].reason == "what is free on Garage (32 A)"
    assert shares["CP1"].limit_a == 31.0  # Main: 63 - 20 - 12 on L1
    # on the root, with the meter on it
    shares = run([demand(0, circuit=1), demand(1, circuit=1)], base_a={1: (43.0, 0.0, 0.0)})
    assert limits(shares) == {"CP0": 10.0, "CP1": 10.0}


def test_base_load_over_the_limit_pauses_everyone_under_it() -> None:
    shares = run([demand(0)], base_a={2: (0.0, 30.0, 0.0)})
    assert shares["CP0"].paused
    assert shares["CP0"].reason == "paused: Garage (32 A) is full — waits for a free 6 A"


def test_an_unmanaged_charger_is_reserved_at_its_full_power() -> None:
    fixed = Demand(("OLD", 1), 2, ALL, 6.0, 16.0, T0, fixed_a=16.0)
    shares = run([fixed, demand(0), demand(1)])
    assert shares["OLD"] == Share(("OLD", 1), 16.0, False, "not managed: 16 A reserved")
    assert shares["CP0"].limit_a == shares["CP1"].limit_a == 8.0
    full = Demand(("BIG", 1), 2, ALL, 6.0, 32.0, T0, fixed_a=32.0)
    assert run([full, demand(0)])["CP0"].paused


# --- limits from power, windows, DST ------------------------------------------------------------------------------


def test_a_power_limit_becomes_a_current_per_phase_at_230_v() -> None:
    circuits = [
        CircuitSpec(1, None, "Grid", 3, 63.0, 22_080.0),  # 22.08 kW over 3 phases: 32 A each
        CircuitSpec(2, 1, "Shed", 1, None, 3_680.0),  # 3.68 kW on one phase: 16 A
        CircuitSpec(3, 1, "Free", 3, None, None),
    ]
    assert limits_at(circuits, T0, ZURICH) == {1: (32.0, 32.0, 32.0), 2: (16.0, 0.0, 0.0), 3: (INF, INF, INF)}
    shares = run([demand(0, circuit=3, max_a=63.0)], circuits=circuits)
    assert shares["CP0"].limit_a == 32.0
    assert shares["CP0"].reason == "what is free on Grid (32 A)"


def lunch(max_a: float | None = 20.0, max_w: float | None = None) -> CircuitSpec:
    """Garage lowered Mon–Fri 11:00–14:00 (the kitchen runs)."""
    return CircuitSpec(2, 1, "Garage", 3, 32.0, None, (WindowLimit(0b11111, 11 * 60, 14 * 60, max_a, max_w),))


def at(local: str, tz: str = ZURICH) -> dt.datetime:
    from zoneinfo import ZoneInfo

    return dt.datetime.fromisoformat(local).replace(tzinfo=ZoneInfo(tz)).astimezone(dt.UTC)


def test_a_window_lowers_the_circuit_at_site_local_time() -> None:
    circuits = [MAIN, lunch()]
    assert limits_at(circuits, at("2026-12-07T10:59"), ZURICH)[2] == (32.0, 32.0, 32.0)
    assert limits_at(circuits, at("2026-12-07T11:00"), ZURICH)[2] == (20.0, 20.0, 20.0)
    assert limits_at(circuits, at("2026-12-07T13:59"), ZURICH)[2] == (20.0, 20.0, 20.0)
    assert limits_at(circuits, at("2026-12-07T14:00"), ZURICH)[2] == (32.0, 32.0, 32.0)
    assert limits_at(circuits, at("2026-12-12T12:00"), ZURICH)[2] == (32.0, 32.0, 32.0)  # Saturday
    assert next_change(circuits, at("2026-12-07T08:00"), ZURICH) == at("2026-12-07T11:00")
    assert next_change(circuits, at("2026-12-07T11:00"), ZURICH) == at("2026-12-07T14:00")
    assert next_change(circuits, at("2026-12-11T15:00"), ZURICH) == at("2026-12-14T11:00")  # Friday → Monday


def test_a_window_only_lowers_and_may_limit_power() -> None:
    higher = [MAIN, lunch(max_a=50.0)]
    assert limits_at(higher, at("2026-12-07T12:00"), ZURICH)[2] == (32.0, 32.0, 32.0)
    assert next_change(higher, at("2026-12-07T08:00"), ZURICH) is None  # nothing ever changes
    assert next_change(TREE, T0, ZURICH) is None
    by_power = [MAIN, lunch(max_a=None, max_w=6_900.0)]  # 6.9 kW / (3 x 230 V) = 10 A
    assert limits_at(by_power, at("2026-12-07T12:00"), ZURICH)[2] == (10.0, 10.0, 10.0)


def test_a_window_past_midnight_runs_into_the_next_morning() -> None:
    night = CircuitSpec(1, None, "Main", 3, 63.0, None, (WindowLimit(FRI, 22 * 60, 6 * 60, 40.0, None),))
    assert limits_at([night], at("2026-12-11T21:59"), ZURICH)[1] == (63.0,) * 3
    assert limits_at([night], at("2026-12-11T23:00"), ZURICH)[1] == (40.0,) * 3
    assert limits_at([night], at("2026-12-12T05:59"), ZURICH)[1] == (40.0,) * 3  # Saturday morning
    assert limits_at([night], at("2026-12-12T23:00"), ZURICH)[1] == (63.0,) * 3  # Saturday is not Friday
    assert next_change([night], at("2026-12-11T23:00"), ZURICH) == at("2026-12-12T06:00")
    assert next_change([night], at("2026-12-12T06:00"), ZURICH) == at("2026-12-18T22:00")


def test_windows_follow_the_local_clock_over_a_dst_change() -> None:
    # Zurich springs forward on Sunday 2026-03-29 at 02:00 CET (01:00 UTC) to 03:00 CEST
    lunch_sunday = CircuitSpec(
        1, None, "Main", 3, 63.0, None, (WindowLimit(SUN, 11 * 60, 14 * 60, 30.0, None),)
    )
    assert limits_at([lunch_sunday], dt.datetime(2026, 3, 29, 9, 30, tzinfo=dt.UTC), ZURICH)[1] == (30.0,) * 3
    assert limits_at([lunch_sunday], dt.datetime(2026, 3, 22, 9, 30, tzinfo=dt.UTC), ZURICH)[1] == (63.0,) * 3
    start = next_change([lunch_sunday], dt.datetime(2026, 3, 28, 12, tzinfo=dt.UTC), ZURICH)
    assert start == dt.datetime(2026, 3, 29, 9, 0, tzinfo=dt.UTC)  # 11:00 CEST
    # a window whose end falls into the gap ends when the clock jumps over it
    early = CircuitSpec(
        1, None, "Main", 3, 63.0, None, (WindowLimit(SUN, 60, 150, 30.0, None),)
    )  # 01:00–02:30
    inside = dt.datetime(2026, 3, 29, 0, 30, tzinfo=dt.UTC)  # 01:30 CET
    assert limits_at([early], inside, ZURICH)[1] == (30.0,) * 3
    assert next_change([early], inside, ZURICH) == dt.datetime(2026, 3, 29, 1, 0, tzinfo=dt.UTC)
    # falling back on 2026-10-25: 02:00–03:00 happens twice, and so does a window 02:15–02:45
    twice = CircuitSpec(1, None, "Main", 3, 63.0, None, (WindowLimit(SUN, 135, 165, 30.0, None),))
    first = dt.datetime(2026, 10, 25, 0, 30, tzinfo=dt.UTC)  # 02:30 CEST
    second = dt.datetime(2026, 10, 25, 1, 30, tzinfo=dt.UTC)  # 02:30 CET
    assert limits_at([twice], first, ZURICH)[1] == limits_at([twice], second, ZURICH)[1] == (30.0,) * 3
    assert next_change([twice], first, ZURICH) == dt.datetime(2026, 10, 25, 0, 45, tzinfo=dt.UTC)
    assert next_change([twice], dt.datetime(2026, 10, 25, 0, 45, tzinfo=dt.UTC), ZURICH) == dt.datetime(
        2026, 10, 25, 1, 15, tzinfo=dt.UTC
    )


def test_allocation_under_a_window() -> None:
    circuits = [MAIN, lunch()]
    noon = limits_at(circuits, at("2026-12-07T12:00"), ZURICH)
    shares = allocate(circuits, noon, [demand(0), demand(1)], "equal", 6.0)
    assert [s.limit_a for s in shares] == [10.0, 10.0]
    assert shares[0].reason == "equal share of Garage (20 A) / 2 sessions"


# --- the inputs -----------------------------------------------------------------------------------------------------


def test_the_same_inputs_in_any_order_give_the_same_shares() -> None:
    demands = [
        demand(n, circuit=1 + n % 3, phases=((1,), (2,), ALL)[n % 3], taking_a=(None, 9.0)[n % 2])
        for n in range(9)
    ]
    for strategy in ("equal", "fcfs", "priority"):
        forward = run(demands, strategy)
        backward = run(demands[::-1], strategy)
        assert forward == backward


def test_simultaneous_arrivals_are_ordered_by_key() -> None:
    shares = run([demand(1, minute=0), demand(0, minute=0), demand(2, minute=0)], "fcfs")
    assert limits(shares) == {"CP0": 20.0, "CP1": 6.0, "CP2": 6.0}


def test_bad_trees_and_demands_are_refused() -> None:
    loop = [CircuitSpec(1, 2, "A", 3, 10.0, None), CircuitSpec(2, 1, "B", 3, 10.0, None)]
    with pytest.raises(ValueError, match="its own ancestor"):
        allocate(loop, {1: (10.0,) * 3, 2: (10.0,) * 3}, [], "equal", 6.0)  # type: ignore[dict-item]
    with pytest.raises(ValueError, match="circuit 9 is not in the tree"):
        run([demand(0, circuit=9)])
    with pytest.raises(ValueError, match="two demands with the same key"):
        run([demand(0), demand(0)])
    with pytest.raises(ValueError, match="no limits for circuit"):
        allocate(TREE, {1: (63.0,) * 3}, [], "equal", 6.0)  # type: ignore[dict-item]
    with pytest.raises(ValueError, match="phases must be 1 or 3"):
        CircuitSpec(1, None, "Two", 2, 10.0, None)
