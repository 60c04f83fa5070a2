"""Chargers nobody accepted write through a narrow lane: a flood of made-up ids queues there, not ahead of the
accepted chargers' durable writes, and a pending charger still gets in and boots."""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Callable
from typing import Any

import pytest
from ocpp.v16 import call
from sqlalchemy import func, select

from app.db import Database
from app.models import Charger
from tests.helpers.ocpp import add_station, sim_charger
from tests.integration.security.test_pending import central_with

# where a charger without a station writes (the caller of store.run)
PENDING_WRITES = {"_admit_new_pending", "connected", "boot"}


async def _boot(url: str, cp_id: str) -> str:
    async with sim_charger(url, cp_id) as c:
        return str((await c.cp.call(call.BootNotification("Nobody", "Fake"))).status)


async def test_made_up_ids_write_one_at_a_time_and_still_boot(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    async with central_with(db, pending_writes_at_once=1, max_pending_per_address=50) as cs:
        running, most, calls = 0, 0, 0
        run = cs.store.run

        async def counting(fn: Callable[[Any], Any], **kwargs: Any) -> Any:
            nonlocal running, most, calls
            if sys._getframe(1).f_code.co_name not in PENDING_WRITES:  # (the start-up purge, say)
                return await run(fn, **kwargs)
            running += 1
            calls += 1
            most = max(most, running)
            try:
                return await run(fn, **kwargs)
            finally:
                running -= 1

        monkeypatch.setattr(cs.store, "run", counting)
        statuses = await asyncio.gather(*(_boot(cs.url, f"MADEUP-{i}") for i in range(20)))
        assert statuses == ["Pending"] * 20
        assert calls == 60
        # admission, connection and boot of 20 chargers (60 writes) went to the writer one at a time
        assert most == 1
        await cs.store.flush()
    with db.session() as s:
        pending = select(func.count()).select_from(Charger).where(Charger.registration == "Pending")
        assert s.scalar(pending) == 20


async def test_an_accepted_charger_does_not_wait_for_the_pending_lane(db: Database) -> None:
    add_station(db, "LEGIT-1")
    async with central_with(db) as cs, sim_charger(cs.url, "LEGIT-1") as legit:
        assert (await legit.cp.call(call.BootNotification("Terra", "ABB"))).status == "Accepted"
        lane = cs.backend._pending_lane  # held here as a flood of pending chargers would hold it
        await lane.acquire()
        try:
            stranger = asyncio.create_task(_boot(cs.url, "STRANGER-1"))
            for n in range(3):  # durable writes through the store writer, answered meanwhile
                await legit.cp.call(
                    call.StatusNotification(
                        connector_id=1, error_code="NoError", status="Available" if n % 2 else "Preparing"
                    )
                )
                assert (await legit.cp.call(call.BootNotification("Terra", "ABB"))).status == "Accepted"
            assert not stranger.done()  # its admission waits in the lane
        finally:
            lane.release()
        assert await stranger == "Pending"  # and it gets in once the lane is free
