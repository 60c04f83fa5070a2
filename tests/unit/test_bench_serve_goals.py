"""bench/__main__.py: issue #16's serve / bare-tuned figures are taken only from the goal's run."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from bench import report
from bench.__main__ import Settings, transaction_goals

GOAL = Settings("closed", "transaction", 100, 10.0, 2.0, 0.1, 1, 1, False, True)


def result(name: str, calls_per_s: float, p99: float, *rounds: float) -> report.TargetResult:
    load: dict[str, Any] = {"calls_per_s": calls_per_s, "latency_ms": {"p50": p99 / 2, "p99": p99}}
    return report.TargetResult(name, load=load, all_calls_per_s=list(rounds or (calls_per_s,)))


def test_the_ratios_and_the_echo_floor_of_the_goal_run() -> None:
    goals = transaction_goals(
        [
            result("serve", 5000, 60.0, 4800, 5000),
            result("bare-tuned", 4000, 40.0, 4000, 3900),
            result("echo", 10000, 10.0),
        ],
        GOAL,
    )
    assert goals is not None
    assert goals.values == {"serve_bare_tx": 1.25, "serve_bare_tx_p99": 1.5}
    assert "5,000 vs 4,000 calls/s" in goals.detail["serve_bare_tx"]
    assert "echo floor 10,000: serve 0.50, bare 0.40" in goals.detail["serve_bare_tx"]
    assert "rounds serve 4,800/5,000, bare 4,000/3,900" in goals.detail["serve_bare_tx"]
    assert goals.detail["serve_bare_tx_p99"] == "60.0 vs 40.0 ms"
    assert any("serve 0.50, bare-tuned 0.40" in line for line in goals.lines)


def test_other_runs_record_nothing() -> None:
    both = [result("serve", 5000, 60.0), result("bare-tuned", 4000, 40.0)]
    assert transaction_goals(both, GOAL) is not None  # echo is not required
    assert transaction_goals(both, replace(GOAL, small=True)) is None
    assert transaction_goals(both, replace(GOAL, chargers=20)) is None
    assert transaction_goals(both, replace(GOAL, mix="session")) is None
    assert transaction_goals(both, replace(GOAL, mode="open")) is None
    assert transaction_goals([both[0]], GOAL) is None
    assert transaction_goals([both[0], report.TargetResult("bare-tuned", skipped="failed")], GOAL) is None
