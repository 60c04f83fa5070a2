"""bench/team_bus.py: the arithmetic of its figures, which events are timed, its arguments and which runs record
the current figures."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest

from app.ocpp import events as ev
from bench import team_bus


def test_the_timed_events_carry_the_named_host_timestamp() -> None:
    for name, stamp in team_bus.HOST_STAMPED.items():
        cls = getattr(ev, name)
        assert stamp in {f.name for f in dataclasses.fields(cls)}, name
    # these carry the charger's own time (StatusNotification's timestamp, the transaction's): not timed
    assert not {"StatusChanged", "SessionStarted", "SessionStopped"} & set(team_bus.HOST_STAMPED)


def test_only_the_events_that_arrived_in_the_window_count() -> None:
    console = {
        "arrived": [9.9, 10.0, 12.0, 15.0, 20.1],
        "delay_ms": [100.0, 1.0, 2.0, 3.0, 200.0],
        "kind": ["FrameLogged", "FrameLogged", "SessionUpdated", "AuthorizationDecided", "FrameLogged"],
    }
    got = team_bus.in_window(console, (10.0, 20.0))
    assert got == {"frames": [1.0], "events": [2.0, 3.0], "all": [1.0, 2.0, 3.0]}


def test_stats_are_nearest_rank_percentiles() -> None:
    s = team_bus.stats([float(x) for x in range(100, 0, -1)])  # 1 … 100, unsorted
    assert s == {"n": 100.0, "p50": 50.0, "p99": 99.0, "max": 100.0}
    assert team_bus.stats([]) == {"n": 0.0, "p50": 0.0, "p99": 0.0, "max": 0.0}


def test_the_round_trip_ratios_are_through_over_on() -> None:
    r = team_bus.op_ratios([1.0] * 98 + [4.0, 4.0], [3.0] * 98 + [6.0, 6.0])
    assert (r["host_p50"], r["bus_p50"], r["p50_ratio"]) == (1.0, 3.0, 3.0)
    assert (r["host_p99"], r["bus_p99"], r["p99_ratio"]) == (4.0, 6.0, 1.5)


def test_cpu_ratios_are_the_calls_the_cpu_per_call_allows() -> None:
    without = {"serve_us_per_call": 200.0, "db_us_per_call": 100.0}
    with_ = {"serve_us_per_call": 250.0, "db_us_per_call": 125.0}
    assert team_bus.cpu_ratios(without, with_) == {"cpu_ratio": 0.8, "host_cpu_ratio": 0.8}
    unknown = team_bus.cpu_ratios(without, {**with_, "db_us_per_call": None})
    assert unknown["cpu_ratio"] == 0.8 and unknown["host_cpu_ratio"] != unknown["host_cpu_ratio"]  # NaN


def test_the_round_with_the_median_ratio_is_reported() -> None:
    def pair(base: float, with_: float) -> tuple[dict[str, float], dict[str, float]]:
        return {"calls_per_s": base}, {"calls_per_s": with_}

    rounds = [pair(2500.0, 1650.0), pair(1560.0, 1850.0), pair(1830.0, 1860.0)]  # 0.66, 1.19, 1.02
    assert team_bus.median_round(rounds) == rounds[2]
    assert team_bus.median_round(rounds[:2]) == rounds[0]  # of two, the lower


def test_sizes_default_to_the_goals_and_small_ones_with_small() -> None:
    a = team_bus.parse_args([])
    assert (
        a.phases,
        a.chargers,
        a.rate,
        a.duration,
        a.ops,
        a.answer_ms,
        a.tp_chargers,
        a.consoles,
        a.repeat,
    ) == (
        team_bus.PHASES,
        1000,
        0.1,
        30.0,
        200,
        [0.0, 50.0],
        100,
        3,
        2,
    )
    assert team_bus.parse_args(["--answer-ms", "0, 200"]).answer_ms == [0.0, 200.0]
    s = team_bus.parse_args(["--small", "--only", "ops, latency"])
    assert (s.phases, s.chargers, s.duration, s.ops, s.tp_chargers, s.tp_duration) == (
        ("ops", "latency"),
        200,
        10.0,
        60,
        20,
        3.0,
    )


@pytest.mark.parametrize(
    "argv",
    [
        ["--only", "latency,nope"],
        ["--only", ","],
        ["--consoles", "0"],
        ["--rate", "0"],
        ["--answer-ms", "fast"],
        ["--answer-ms", "-5"],
        ["--answer-ms", ","],
    ],
)
def test_bad_arguments_are_refused(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        team_bus.parse_args(argv)
    assert exited.value.code == 2
    assert "python -m bench.team_bus: error:" in capsys.readouterr().err


def _results() -> tuple[dict[str, Any], list[dict[str, Any]], dict[str, Any]]:
    lat = {"all": {"n": 5000.0, "p50": 8.0, "p99": 30.0, "max": 40.0}, "gaps": 0}
    ops = [
        {"answer_ms": 0.0, "what_if": True, "ratios": team_bus.op_ratios([1.0, 1.0], [1.2, 1.2])},
        {"answer_ms": 0.0, "what_if": False, "ratios": team_bus.op_ratios([1.0, 1.0], [2.5, 3.0])},
        {"answer_ms": 50.0, "what_if": False, "ratios": team_bus.op_ratios([51.0, 52.0], [53.0, 54.0])},
    ]
    tp = {"ratio": 0.95, "with": {"calls_per_s": 1900.0}, "without": {"calls_per_s": 2000.0}}
    return lat, ops, tp


def test_the_answer_delay_of_the_simulated_charger() -> None:
    from pathlib import Path

    from bench.load import _worker_argv, build_parser, config_from_args

    cfg = config_from_args(
        build_parser().parse_args(["--url", "ws://x", "--mode", "idle", "--answer-delay-ms", "50"])
    )
    assert cfg.answer_delay_s == 0.05
    worker = _worker_argv(cfg, 1, 1, Path("samples"))
    assert worker[worker.index("--answer-delay-ms") + 1] == "50.0"  # the workers answer as late
    assert config_from_args(build_parser().parse_args(["--url", "ws://x"])).answer_delay_s == 0.0


def test_a_goal_sized_run_records_the_three_figures() -> None:
    values, detail = team_bus.goal_values(team_bus.parse_args([]), *_results())
    # the round trip's figure is the instant charger's with the bus as it is, not the what-if
    assert values == {"team_event_p99": 30.0, "team_op_ratio": 2.5, "team_host_consoles": 0.95}
    assert detail["team_host_consoles"] == "1,900 vs 2,000 calls/s"
    assert "median 2.50 vs 1.00 ms" in detail["team_op_ratio"]
    assert set(values) <= set(team_bus.current.BY_KEY)


@pytest.mark.parametrize(
    ("argv", "recorded"),
    [
        (["--small"], set()),
        (["--chargers", "500", "--ops", "50", "--tp-chargers", "20"], set()),
        (["--duration", "10", "--repeat", "1"], {"team_op_ratio"}),
        (
            ["--answer-ms", "50"],
            {"team_event_p99", "team_host_consoles"},
        ),  # the goal's is the instant charger
        (["--consoles", "2"], {"team_event_p99", "team_op_ratio"}),
        (["--no-frames"], set()),  # the goals' figures are the worst case: every frame published
    ],
)
def test_other_sizes_record_nothing_of_theirs(argv: list[str], recorded: set[str]) -> None:
    a = team_bus.parse_args(argv)
    lat, ops, tp = _results()
    measured = [o for o in ops if o["answer_ms"] in a.answer_ms and not o["what_if"]]
    values, _ = team_bus.goal_values(a, lat, measured, tp)
    assert set(values) == recorded
