"""Foreign StopTransactions in a closed loop: every one answered, as fast as with the chargers' own ids."""

from __future__ import annotations

from pathlib import Path

from bench.faults import foreign_stops


def test_foreign_stop_transactions(tmp_path: Path) -> None:
    result = foreign_stops.run(20, seconds=3.0, workdir=tmp_path)
    print(result.text())
    assert result.failures == []
    figures = dict(result.figures)
    assert figures["CallErrors"] == "0" and figures["own sessions changed by the others' stops"] == "0"
