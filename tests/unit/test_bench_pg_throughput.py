"""bench.pg_throughput and bench.load: several serve processes share the chargers; the CPU ceilings' note."""

from __future__ import annotations

from typing import Any

import pytest

from bench import pg_throughput, report
from bench.load import Charger, Clock, LoadConfig, Run


def test_chargers_take_the_urls_in_turn() -> None:
    run = Run(LoadConfig(url="ws://127.0.0.1:9001/,ws://127.0.0.1:9002", chargers=4))
    urls = [run.url_of(Charger(f"BENCH{i:06d}", i, Clock(), 3)) for i in range(1, 5)]
    assert urls == [
        "ws://127.0.0.1:9001/BENCH000001",
        "ws://127.0.0.1:9002/BENCH000002",
        "ws://127.0.0.1:9001/BENCH000003",
        "ws://127.0.0.1:9002/BENCH000004",
    ]
    one = Run(LoadConfig(url="ws://127.0.0.1:9001/ocpp/", chargers=1))
    assert one.url_of(Charger("X000001", 1, Clock(), 3)) == "ws://127.0.0.1:9001/ocpp/X000001"


def target(name: str, calls_per_s: float, server_us: float | None, client_pct: float = 0.0) -> Any:
    load = {"calls_per_s": calls_per_s, "client_cpu_pct": client_pct}
    return report.TargetResult(name, load=load, server_cpu_us_per_call=server_us)


def test_ceilings_from_the_cpu_per_call(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pg_throughput.os, "cpu_count", lambda: 2)
    sqlite = target(pg_throughput.SQLITE, 5000.0, 170.0)
    pg = target(pg_throughput.PG, 2500.0, 250.0, client_pct=12.5)  # client: 0.125 s / 2,500 calls = 50 µs
    (line,) = pg_throughput._ceilings(sqlite, pg, 100.0)
    # serve alone: 1e6 / 250 = 4,000 calls/s = 0.80x; all three: 2 x 1e6 / (250 + 100 + 50) = 5,000 = 1.00x
    assert "serve alone 250 µs per call → ≤ 4,000 calls/s on one core (0.80× SQLite's)" in line
    assert "250 + 100 + 50 = 400 µs per call → ≤ 5,000 calls/s on all 2 cores (1.00× SQLite's)" in line
    (several,) = pg_throughput._ceilings(sqlite, pg, 100.0, serves=2)
    assert "one core" not in several and "≤ 5,000 calls/s on all 2 cores" in several
    assert pg_throughput._ceilings(sqlite, pg, None) == []
    assert pg_throughput._ceilings(sqlite, target(pg_throughput.PG, 2500.0, None), 100.0) == []


def test_the_reported_run_is_the_best_one() -> None:
    r = report.TargetResult(pg_throughput.PG, all_calls_per_s=[2400.0, 2650.0, 2500.0])
    assert pg_throughput._best_index(r) == 1
