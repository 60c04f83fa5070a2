"""Handshake attacks against a real ``chargedesk serve``: every request gets its expected status, nobody is let in
who should not be (builds on tests/integration/ocpp/test_handshake.py)."""

from __future__ import annotations

from pathlib import Path

from bench.faults import handshake


def test_handshake_attacks(tmp_path: Path) -> None:
    result = handshake.run(workdir=tmp_path)
    print(result.text())
    assert result.failures == []
    assert dict(result.figures)["let in wrongly"] == "0"
