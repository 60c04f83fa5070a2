"""Reconnect storm: 100 chargers dropped at once all come back, booted and answered."""

from __future__ import annotations

from pathlib import Path

from bench.faults import storm


def test_reconnect_storm(tmp_path: Path) -> None:
    result = storm.run(100, workdir=tmp_path)
    print(result.text())
    assert result.failures == []
    assert dict(result.figures)["back, booted and answered after the drop"] == "100"
