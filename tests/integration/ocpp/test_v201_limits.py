"""Limits set on site and the profiles a station holds (issue 17; OCPP 2.0.1 K09-K13), end to end: the real
central system (strict) and the repo's simulator in 2.0.1 mode over real sockets. The simulator plays the site's
energy manager: NotifyChargingLimit is stored (``external_limits``), answered and published; ClearedChargingLimit
removes it; GetChargingProfiles brings back the ReportChargingProfiles parts — our profiles (CSO) and the energy
manager's (EMS)."""

from __future__ import annotations

import argparse
import asyncio
import io
import json
import os
import sys
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from app.db import Database
from app.models import ExternalLimit
from app.ocpp.v201 import ChargingLimitChanged
from app.services.central.system import CentralSystem
from app.services.chargers.operations import OperationNotSupported
from app.services.load.external import limits_of
from app.simulator import events as ev
from app.simulator.api import VirtualCharger
from app.simulator.cli import UsageError, add_arguments, build_chargers
from tests.helpers.ocpp import CentralFactory, EventRecorder, add_station, wait_until

ROOT = Path(__file__).resolve().parents[3]
CP, CP16 = "HALL-B-1", "HALL-B-2"
SIM = {
    "speed": 1.0,
    "seed": 7,
    "first_idle_s": (0.0, 1.0),
    "reconnect_initial_s": 0.05,
    "connectors": 2,
    "ocpp": "2.0.1",
    "scenario": "idle",
}


def default_profile(profile_id: int, stack: int, limit: float) -> dict[str, Any]:
    return {
        "chargingProfileId": profile_id,
        "stackLevel": stack,
        "chargingProfilePurpose": "TxDefaultProfile",
        "chargingProfileKind": "Relative",
        "chargingSchedule": {
            "chargingRateUnit": "A",
            "chargingSchedulePeriod": [{"startPeriod": 0, "limit": limit}],
        },
    }


async def frames_in(cs: CentralSystem, cp_id: str, action: str) -> list[dict[str, Any]]:
    rows = await cs.recent_messages(cp_id=cp_id, action=action, direction="in")
    return [json.loads(r.frame)[3] for r in reversed(rows) if r.message_type == 2]


async def booted(vc: VirtualCharger, cs: CentralSystem, cp_id: str) -> None:
    await vc.wait_for(ev.BOOTED, lambda e: e.data["status"] == "Accepted", timeout=20)
    await wait_until(lambda: cs.is_connected(cp_id), timeout=10)


async def test_external_limit_stored_shown_and_cleared_and_profiles_reported(
    central_factory: CentralFactory, db: Database
) -> None:
    add_station(db, CP, connectors=2)
    add_station(db, CP16, connectors=1)
    cs = await central_factory(call_timeout_s=10)
    rec = EventRecorder()
    cs.subscribe(rec)
    ops = cs.operations
    async with VirtualCharger(cs.url, CP, **SIM) as vc:
        await booted(vc, cs, CP)
        # our profiles: four on EVSE 1 (two parts of ReportChargingProfiles), one on EVSE 2
        for stack in range(4):
            answer = await ops.set_charging_profile(CP, 1, default_profile(10 + stack, stack, 16.0 - stack))
            assert answer == {"status": "Accepted"}
        assert await ops.set_charging_profile(CP, 2, default_profile(20, 0, 20.0)) == {"status": "Accepted"}

        # the energy manager limits EVSE 2 to 11 A: applied by the station, stored, published
        answer = await vc.set_external_limit(2, 11.0, source="EMS", grid_critical=True)
        assert answer == {}
        event = await rec.wait(ChargingLimitChanged, lambda e: e.cp_id == CP and not e.cleared, timeout=10)
        assert (event.evse_id, event.source, event.grid_critical) == (2, "EMS", True)
        assert event.schedules[0]["chargingSchedulePeriod"] == [{"startPeriod": 0, "limit": 11.0}]
        with db.session() as s:
            rows = s.scalars(select(ExternalLimit).where(ExternalLimit.charge_point_id == CP)).all()
            assert [(r.evse_id, r.source, r.grid_critical) for r in rows] == [(2, "EMS", True)]
            stored = limits_of(s, CP)
        assert stored[0].period_at(stored[0].received_at) == (11.0, "A", None)
        ch = vc.charger
        assert ch.smart.limit_w(2, ch.clock.sim_now(), None, 3, 1) == pytest.approx(11.0 * 230 * 3)

        # GetChargingProfiles: every profile, ours (CSO) and the energy manager's, in parts of three
        got = await ops.get_charging_profiles(CP)
        assert got["status"] == "Accepted" and got["reportComplete"] is True
        rows_got = {(p["evseId"], p["chargingLimitSource"], p["id"]) for p in got["reportedProfiles"]}
        external_id = next(p["id"] for p in got["reportedProfiles"] if p["chargingLimitSource"] == "EMS")
        assert rows_got == {
            (1, "CSO", 10),
            (1, "CSO", 11),
            (1, "CSO", 12),
            (1, "CSO", 13),
            (2, "CSO", 20),
            (2, "EMS", external_id),
        }
        ems = next(p for p in got["reportedProfiles"] if p["chargingLimitSource"] == "EMS")
        assert ems["chargingProfilePurpose"] == "ChargingStationExternalConstraints"
        assert ems["chargingSchedule"][0]["chargingSchedulePeriod"][0]["limit"] == 11.0
        frames = await frames_in(cs, CP, "ReportChargingProfiles")
        parts = [p for p in frames if p["requestId"] == frames[0]["requestId"]]
        assert len(parts) == 4  # EVSE 1: 3 + 1, EVSE 2: CSO, EMS
        assert [p["tbc"] for p in parts] == [True, True, True, False]

        # the criteria: EVSE 2 as set by the energy manager; a purpose it has none of
        only = await ops.get_charging_profiles(CP, 2, sources=["EMS"])
        assert [(p["evseId"], p["id"]) for p in only["reportedProfiles"]] == [(2, external_id)]
        stack = await ops.get_charging_profiles(CP, 1, "TxDefaultProfile", 2)
        assert [p["id"] for p in stack["reportedProfiles"]] == [12]
        none = await ops.get_charging_profiles(CP, purpose="TxProfile")
        assert none == {"status": "NoProfiles", "reportedProfiles": [], "reportComplete": True}

        # a ClearChargingProfile of everything leaves the energy manager's limit; ClearedChargingLimit ends it
        assert (await ops.clear_charging_profile(CP, None, 2))["status"] == "Accepted"
        assert ch.smart.limit_w(2, ch.clock.sim_now(), None, 3, 1) == pytest.approx(11.0 * 230 * 3)
        mark = len(rec.events)
        assert await vc.clear_external_limit(2) == {}
        cleared = await rec.wait(
            ChargingLimitChanged, lambda e: e.cleared and rec.events.index(e) >= mark, timeout=10
        )
        assert (cleared.evse_id, cleared.source) == (2, "EMS")
        with db.session() as s:
            assert limits_of(s, CP) == []
        assert ch.smart.limit_w(2, ch.clock.sim_now(), None, 3, 1) is None

    # a 1.6 charger has no such message: the operation says what to use instead
    async with VirtualCharger(cs.url, CP16, **{**SIM, "ocpp": "1.6", "connectors": 1}) as vc16:
        await booted(vc16, cs, CP16)
        with pytest.raises(OperationNotSupported, match="get_composite_schedule"):
            await ops.get_charging_profiles(CP16)
        with pytest.raises(RuntimeError, match=r"2\.0\.1 only"):
            await vc16.set_external_limit(1, 10.0)


async def test_the_command_line_plays_the_sites_energy_manager(
    central_factory: CentralFactory, db: Database
) -> None:
    """``chargedesk simulate --ocpp 2.0.1 --external-limit 1:11 --external-limit-for 2`` as a process: once booted
    it limits EVSE 1 for the energy manager, then lifts the limit."""
    add_station(db, CP, connectors=1)
    cs = await central_factory(call_timeout_s=10)
    rec = EventRecorder()
    cs.subscribe(rec)
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "app",
        "simulate",
        "--url",
        cs.url + CP,
        "--ocpp",
        "2.0.1",
        "--connectors",
        "1",
        "--duration",
        "60",
        "--external-limit",
        "1:11",
        "--external-limit-for",
        "2",
        cwd=ROOT,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    try:
        event = await rec.wait(ChargingLimitChanged, lambda e: not e.cleared, timeout=30)
        assert (event.cp_id, event.evse_id, event.source) == (CP, 1, "EMS")
        await rec.wait(ChargingLimitChanged, lambda e: e.cleared, timeout=30)
        with db.session() as s:
            assert limits_of(s, CP) == []
    finally:
        proc.terminate()
        out, _err = await asyncio.wait_for(proc.communicate(), 20)
    assert b"EMS limits EVSE 1 to 11 A" in out and b"EMS lifted its limit on EVSE 1" in out


def test_the_command_lines_energy_manager_needs_201_and_a_valid_limit() -> None:
    parser = argparse.ArgumentParser()
    add_arguments(parser)
    url = ["--url", "ws://127.0.0.1:9/ocpp/X"]
    with pytest.raises(UsageError, match=r"needs --ocpp 2\.0\.1"):
        build_chargers(parser.parse_args([*url, "--external-limit", "1:11"]), io.StringIO())
    with pytest.raises(UsageError, match="needs --external-limit"):
        build_chargers(
            parser.parse_args([*url, "--ocpp", "2.0.1", "--external-limit-for", "5"]), io.StringIO()
        )
    with pytest.raises(SystemExit):
        parser.parse_args([*url, "--external-limit", "1:11:GRID"])
    args = parser.parse_args([*url, "--ocpp", "2.0.1", "--external-limit", "0:7400W:SO"])
    assert args.external_limit == (0, 7400.0, "W", "SO")
