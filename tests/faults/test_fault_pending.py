"""Made-up ids and oversized DataTransfers from chargers nobody accepted: the database stays bounded, no session
is stored, the pending bound holds (the reply-time ratio is printed, not asserted: the machine is shared)."""

from __future__ import annotations

from pathlib import Path

from bench.faults import pending_flood


def test_pending_flood(tmp_path: Path) -> None:
    result = pending_flood.run(made_up=1000, legit=10, senders=5, seconds=4.0, workdir=tmp_path)
    print(result.text())
    figures = dict(result.figures)
    assert int(figures["made-up ids let in (pending)"].replace(",", "")) <= 200
    assert int(figures["Charger rows after the flood"].replace(",", "")) <= 210
    assert figures["sessions stored"] == "0"
    assert float(figures["database growth during the flood (pages used), MB"]) < pending_flood.GROWTH_LIMIT_MB
    assert figures["tracebacks in serve's log"] == "0"
    assert not [f for f in result.failures if "p99" not in f]
