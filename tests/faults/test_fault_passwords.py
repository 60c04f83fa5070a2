"""200 concurrent wrong-password handshakes: every one refused with the 401, a legitimate charger still logs in
in under a second."""

from __future__ import annotations

from pathlib import Path

from bench.faults import password_flood


def test_wrong_password_flood(tmp_path: Path) -> None:
    result = password_flood.run(attackers=200, workdir=tmp_path)
    print(result.text())
    assert result.failures == []
    assert dict(result.figures)["their answers"] == "401: 200"
