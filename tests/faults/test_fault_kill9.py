"""kill -9 of ``chargedesk serve`` under sessions from retrying chargers: every acknowledged StartTransaction and
StopTransaction is in the database after the restart, none stored twice."""

from __future__ import annotations

from pathlib import Path

from bench.faults import kill9


def test_kill_9_loses_nothing_acknowledged(tmp_path: Path) -> None:
    result = kill9.run(chargers=20, kills=2, duration_s=12.0, workdir=tmp_path)
    print(result.text())
    assert result.failures == []
    figures = dict(result.figures)
    assert figures["lost"] == "0" and figures["sessions stored twice (retried start not recognised)"] == "0"
    assert figures["kills (SIGKILL) / restarts"] == "2 / 2"
    assert figures["acknowledged StartTransaction"] == figures["… stored"] != "0"
