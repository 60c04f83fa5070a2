"""Load management respects a limit the site's energy manager set on a 2.0.1 station (issue 17): two stations on
one 32 A circuit share it equally; the energy manager limits one to 11 A (NotifyChargingLimit through the real
central system) and the other gets what the first cannot use; cleared, the equal share comes back. The simulated
stations' own meters show it."""

from __future__ import annotations

from typing import Any

import pytest

from app.db import Database
from app.services.load.events import LoadAllocated
from app.services.load.reasons import EXTERNAL_LIMIT
from tests.integration import test_load_manager as lm
from tests.integration.test_load_manager import TAGS, assert_within, build_site, settled, three_phase

running = lm.running  # the fixture: a central system and simulated chargers on a site

V201 = {"ocpp": "2.0.1"}


def shares(event: LoadAllocated) -> dict[str, dict[str, Any]]:
    return {s["cp_id"]: s for s in event.sessions}


async def test_an_energy_managers_limit_shifts_the_current_to_the_other_station(
    db: Database, running: Any
) -> None:
    wiring = {"E1": ("Garage", "123"), "E2": ("Garage", "123")}
    site = build_site(db, wiring, circuits={"Garage": (None, 32.0)}, tags=TAGS)
    cs, fleet, rec = await running(site, {"E1": V201, "E2": V201})
    mark = len(rec.events)
    fleet.arrive("E1", three_phase(), "TAG-01")
    fleet.arrive("E2", three_phase(), "TAG-02")
    event = await settled(rec, site.site_id, set(wiring), mark)
    assert {s["limit_a"] for s in event.sessions} == {16.0}

    # the energy manager limits E1 to 11 A: E1 is allocated 11 A and says why, E2 gets the other 21 A
    mark = len(rec.events)
    assert await fleet.chargers["E1"].set_external_limit(1, 11.0, source="EMS") == {}
    event = await rec.wait(
        LoadAllocated,
        lambda e: rec.events.index(e) >= mark and shares(e).get("E1", {}).get("limit_a") == 11.0,
        timeout=20,
    )
    got = shares(event)
    assert got["E2"]["limit_a"] == 21.0
    assert got["E1"]["reason"] == "limited to 11 A by the site's energy manager (EMS)"
    assert got["E1"]["reason_text"]["text"] == EXTERNAL_LIMIT  # translated where shown
    assert fleet.limit_a("E1") == pytest.approx(11.0, abs=0.05)
    await rec.wait(LoadAllocated, lambda e: fleet.limit_a("E2") == pytest.approx(21.0, abs=0.05), timeout=20)
    assert_within(fleet, site.limits)

    # the limit is read from the database when the sites are read again (as after a restart of the host)
    cs.load.external.clear()
    await cs.load._reload()
    assert [(x.cp_id, x.evse_id, x.source) for x in cs.load.external["E1"]] == [("E1", 1, "EMS")]

    # cleared: the equal share comes back at the next allocation
    mark = len(rec.events)
    assert await fleet.chargers["E1"].clear_external_limit(1, source="EMS") == {}
    event = await rec.wait(
        LoadAllocated,
        lambda e: rec.events.index(e) >= mark and {s["limit_a"] for s in e.sessions} == {16.0},
        timeout=20,
    )
    assert "equal share" in shares(event)["E1"]["reason"]
    assert cs.load.external.get("E1") == []
