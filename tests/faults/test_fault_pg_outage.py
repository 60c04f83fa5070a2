"""PostgreSQL stopped for ~5 s under load: nothing acknowledged lost, serve resumes without a restart."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from bench.faults import pg_outage


@pytest.mark.pg
def test_postgresql_outage_under_load(tmp_path: Path) -> None:
    from tests.helpers.pgcluster import find_bindir

    if find_bindir() is None:
        if os.environ.get("CI") or os.environ.get("CHARGEDESK_REQUIRE_PG"):
            pytest.fail("no PostgreSQL server binaries (pg_ctl) found, and CI requires them")
        pytest.skip("no PostgreSQL server binaries (pg_ctl) installed")
    result = pg_outage.run(chargers=10, outage_s=5.0, workdir=tmp_path)
    print(result.text())
    assert result.failures == []
    figures = dict(result.figures)
    assert figures["lost"] == "0" and figures["serve restarted"] == "no"
    assert figures["acknowledged StartTransaction"] == figures["… stored"] != "0"
