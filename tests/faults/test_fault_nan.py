"""A NaN in one charger's meter values during a load: refused, never stored, nobody else's flush slower."""

from __future__ import annotations

from pathlib import Path

from bench.faults import nan_meter


def test_nan_meter_value_under_load(tmp_path: Path) -> None:
    result = nan_meter.run(100, seconds=6.0, workdir=tmp_path)
    print(result.text())
    assert result.failures == []
    figures = dict(result.figures)
    assert figures["non-finite or NULL values stored"] == "0"
    assert figures["telemetry flushes written row by row"] == "0"
    assert figures["answers to the NaN charger's MeterValues"].startswith("PropertyConstraintViolation")
