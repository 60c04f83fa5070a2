"""The load manager's pure parts: when a limit is worth a profile, the fail-safe share, a connector's circuit
phases, and the manager's clock."""

from __future__ import annotations

import datetime as dt

import pytest

from app.services.load.limits import CircuitSpec, WindowLimit
from app.services.load.manager import LoadClock, needs_send, safe_share
from app.services.load.site_state import ConnectorSpec, SiteSpec


def conn(
    cp: str, circuit: int, *, phases: int = 3, rotation: str = "123", max_a: float = 32.0
) -> ConnectorSpec:
    return ConnectorSpec(cp, 1, 1, circuit, phases, rotation, max_a)


def site(circuits: list[CircuitSpec], connectors: list[ConnectorSpec], min_a: float = 6.0) -> SiteSpec:
    return SiteSpec(1, "HQ", "Europe/Zurich", "equal", min_a, tuple(circuits), tuple(connectors))


GRID = CircuitSpec(1, None, "Grid", 3, 63.0, None)
GARAGE = CircuitSpec(2, 1, "Garage", 3, 32.0, None)


@pytest.mark.parametrize(
    ("previous", "new", "send"),
    [
        (None, 10.0, True),  # nothing sent yet
        (10.0, 10.9, False),  # less than a step
        (10.0, 11.0, True),
        (10.0, 9.0, True),
        (10.0, 9.5, True),  # any decrease: what the chargers hold must add up within the circuits
        (10.0, 9.9, True),
        (0.0, 6.0, True),  # resumes
        (6.5, 0.0, True),  # pauses
        (6.4, 5.6, True),  # below the minimum: across it, though less than a step
        (5.6, 6.2, True),
        (16.0, 16.0, False),
    ],
)
def test_a_limit_is_sent_when_it_goes_down_or_up_a_step_or_crosses_zero_or_the_minimum(
    previous: float | None, new: float, send: bool
) -> None:
    assert needs_send(previous, new, 6.0) is send


def test_safe_share_is_the_tightest_circuit_over_its_connectors() -> None:
    garage = [conn(f"G{n}", 2) for n in range(3)]
    others = [conn(f"O{n}", 1) for n in range(7)]
    s = site([GRID, GARAGE], garage + others)
    assert safe_share(s, garage[0]) == (6.3, "fail-safe: Grid (63 A) / 10 connectors")
    small = site([GRID, CircuitSpec(2, 1, "Garage", 3, 16.0, None)], garage + others)
    assert safe_share(small, garage[0]) == (5.3, "fail-safe: Garage (16 A) / 3 connectors")
    assert safe_share(small, others[0])[0] == 6.3


def test_safe_share_leaves_the_running_sessions_their_limits() -> None:
    # 4 connectors on a 32 A garage; two sessions run at 10 A each (kept by their chargers without us): the two
    # free connectors share the 12 A left, 6 A each; with the sessions at 16 A nothing is left for them
    k = [conn(f"K{n}", 2) for n in range(4)]
    s = site([GRID, GARAGE], k)
    assert safe_share(s, k[2]) == (8.0, "fail-safe: Garage (32 A) / 4 connectors")
    running = {k[0].key: 10.0, k[1].key: 10.0}
    assert safe_share(s, k[2], in_force=running) == (
        6.0,
        "fail-safe: Garage (32 A, 20 A for sessions) / 2 connectors",
    )
    assert safe_share(s, k[3], in_force={k[0].key: 16.0, k[1].key: 16.0})[0] == 0.0
    assert safe_share(s, k[0], in_force=running)[0] == 7.3  # its own limit is not reserved against it


def test_safe_share_takes_the_lowest_window_and_leaves_unmanaged_connectors_their_power() -> None:
    kitchen = CircuitSpec(1, None, "Kitchen", 3, 32.0, None, (WindowLimit(127, 660, 840, 12.0, None),))
    a, b, c = conn("A", 1), conn("B", 1), conn("C", 1, max_a=16.0)
    assert safe_share(site([kitchen], [a, b]), a)[0] == 6.0  # 12 A at lunch / 2
    assert safe_share(
        site([CircuitSpec(1, None, "Garage", 3, 32.0, None)], [a, b, c]), a, frozenset({c.key})
    ) == (
        8.0,
        "fail-safe: Garage (32 A, 16 A unmanaged) / 2 connectors",
    )


def test_single_phase_connectors_count_only_on_the_phase_they_are_wired_to() -> None:
    one = [conn(f"P{n}", 1, phases=1, rotation=r) for n, r in enumerate(("123", "231", "312", "123"))]
    s = site([CircuitSpec(1, None, "Row", 3, 32.0, None)], one)
    assert safe_share(s, one[1])[0] == 32.0  # alone on L2
    assert safe_share(s, one[0])[0] == 16.0  # two on L1
    assert safe_share(site([GRID], [conn("X", 1, max_a=16.0)]), conn("X", 1, max_a=16.0)) == (
        16.0,
        "fail-safe: connector maximum 16 A",
    )


def test_a_connectors_circuit_phases_follow_its_rotation_and_the_vehicle() -> None:
    assert conn("A", 1).circuit_phases(3) == (1, 2, 3)
    assert conn("A", 1, phases=1, rotation="231").circuit_phases(3) == (2,)
    assert conn("A", 1, rotation="312").circuit_phases(3, vehicle_phase=1) == (3,)  # a 1-phase vehicle on L1
    assert conn("A", 1, rotation="312").circuit_phases(1) == (1,)  # a single-phase circuit
    assert conn("A", 1, rotation="bad").circuit_phases(3, vehicle_phase=2) == (2,)


def test_the_clock_runs_at_its_speed_and_can_be_moved() -> None:
    start = dt.datetime(2026, 6, 1, 9, 0, tzinfo=dt.UTC)
    clock = LoadClock(start, speed=60.0)
    assert start <= clock.now() < start + dt.timedelta(minutes=1)
    moved: list[bool] = []
    clock.on_moved(lambda: moved.append(True))
    clock.set(start + dt.timedelta(hours=2))
    assert moved == [True]
    assert clock.seconds_until(start + dt.timedelta(hours=3)) == pytest.approx(60.0, abs=1.0)
    with pytest.raises(ValueError, match="speed"):
        LoadClock(speed=0)


def test_limits_go_in_whole_amperes_rounded_down_never_below_the_minimum_reached() -> None:
    from app.services.load.allocation import Demand, Share
    from app.services.load.manager import _whole

    at = dt.datetime(2026, 12, 7, tzinfo=dt.UTC)
    managed = Demand(("A", 1), 1, (1, 2, 3), 6.0, 32.0, at)
    fixed = Demand(("B", 1), 1, (1, 2, 3), 6.0, 32.0, at, fixed_a=15.7)
    for raw, sent in ((10.66, 10.0), (16.0, 16.0), (6.3, 6.0), (6.0, 6.0), (0.0, 0.0)):
        assert _whole(Share(("A", 1), raw, raw == 0, "why"), 6.0, managed).limit_a == sent
    assert _whole(Share(("A", 1), 6.7, False, "why"), 6.5, managed).limit_a == 6.5  # a minimum of 6.5 A holds
    assert (
        _whole(Share(("B", 1), 15.7, False, "reserved"), 6.0, fixed).limit_a == 15.7
    )  # a reservation as it is


def test_a_vehicle_taking_less_keeps_its_margin_in_whole_amperes_so_the_same_draw_read_again_changes_nothing() -> (
    None
):
    # A vehicle that takes less than offered is capped a margin above what it draws (ramp_cap), so it can ramp up
    # and be seen doing so; limits go in whole amperes rounded down. From a draw of 5.97 A the cap 6.97 A rounded
    # to 6 A offers it no more than it draws: its next reading of the same draw looked like all it is offered, it
    # was released to the equal share (lowering the other session), capped again at the reading after: a see-saw
    # every two meter values, lowering every other session of the circuit each time.
    from types import SimpleNamespace

    from app.ocpp.events import SessionUpdated
    from app.services.load.allocation import allocate
    from app.services.load.limits import limits_at
    from app.services.load.manager import TX, LoadManager, _Sent, _whole

    row = CircuitSpec(1, None, "Row", 3, 24.0, None)
    taker, other = conn("T", 1, max_a=16.0), conn("O", 1, max_a=16.0)
    s = site([row], [taker, other])
    running = {taker.key: 1, other.key: 2}
    states = {
        c.cp_id: SimpleNamespace(
            active={tx: SimpleNamespace(connector_id=1, transaction_id=tx)},
            statuses={1: SimpleNamespace(status="Charging")},
        )
        for c, tx in ((taker, 1), (other, 2))
    }
    central = SimpleNamespace(
        bus=None, backend=SimpleNamespace(states=states), is_connected=lambda cp_id: True
    )
    manager = LoadManager(central)  # type: ignore[arg-type]
    now = dt.datetime(2026, 12, 7, 12, tzinfo=dt.UTC)

    def allocation() -> dict[tuple[str, int], float]:
        demands, _ = manager._demands(s, running, now)
        by_key = {d.key: d for d in demands}
        shares = allocate(s.circuits, limits_at(s.circuits, now, s.tz), demands, s.strategy, s.min_a)
        out = {x.key: _whole(x, s.min_a, by_key[x.key]).limit_a for x in shares}
        for key, limit in out.items():
            manager.sent[key] = _Sent(limit, 0.0, TX, running[key])
        return out

    def reading(draw: float) -> bool:
        offered = manager.sent[taker.key].limit_a
        drawn = min(draw, offered)  # a vehicle draws no more than its limit
        event = SessionUpdated("T", transaction_id=1, connector_id=1, current_a=(drawn, drawn, drawn))
        return manager._metered(event)

    for draw in (5.97, 6.0, 6.04, 8.5, 9.95):
        manager.sent.clear()
        manager._live.clear()
        assert allocation() == {taker.key: 12.0, other.key: 12.0}  # equal share of 24 A
        assert reading(draw)  # it takes less: allocated again
        first = allocation()
        assert first[taker.key] >= draw + 1.0, (draw, first)  # a whole ampere above what it draws, at least
        assert first[other.key] == 24.0 - first[taker.key] or first[other.key] == 16.0
        for _ in range(3):  # the same draw read again: nothing to allocate, and the limits stay
            assert not reading(draw), (draw, manager.sent)
            assert allocation() == first
