"""Chargers nobody accepted write in slots (a few together, one slot per interval): a flood of made-up ids queues
there, not ahead of the accepted chargers' durable writes, and a pending charger still gets in and boots."""

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


async def test_made_up_ids_write_a_few_at_a_time_and_still_boot(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    options = {"pending_write_interval_s": 0.5, "pending_writes_per_slot": 5, "max_pending_per_address": 50}
    async with central_with(db, **options) as cs:
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
        statuses = await asyncio.gather(*(_boot(cs.url, f"MADEUP-{i}") for i in range(12)))
        assert statuses == ["Pending"] * 12
        # admission, connection and boot of 12 chargers: 36 writes, a slot of at most 5 together every 0.5 s
        # (up to 12 at once without them)
        assert calls == 36
        assert 2 <= most <= 5
        await cs.store.flush()
    with db.session() as s:
        pending = select(func.count()).select_from(Charger).where(Charger.registration == "Pending")
        assert s.scalar(pending) == 12


async def test_an_accepted_charger_does_not_wait_for_the_pending_slots(db: Database) -> None:
    add_station(db, "LEGIT-1")
    async with central_with(db, pending_write_interval_s=2.0) as cs, sim_charger(cs.url, "LEGIT-1") as legit:
        assert (await legit.cp.call(call.BootNotification("Terra", "ABB"))).status == "Accepted"
        # its admission takes this interval's slot, its connection waits 2 s for the next one, its boot 2 more
        stranger = asyncio.create_task(_boot(cs.url, "STRANGER-1"))
        for n in range(3):  # durable writes through the store writer, answered meanwhile
            await legit.cp.call(
                call.StatusNotification(
                    connector_id=1, error_code="NoError", status="Available" if n % 2 else "Preparing"
                )
            )
            assert (await legit.cp.call(call.BootNotification("Terra", "ABB"))).status == "Accepted"
        assert not stranger.done()
        assert await stranger == "Pending"  # and it gets in, in its slots
