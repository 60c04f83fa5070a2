"""Waiting on the site bus's presence in tests."""

from __future__ import annotations

import asyncio

from app.services.central.site_bus import SiteClient


async def wait_held(client: SiteClient, cp_id: str, timeout: float = 10.0, *, by: str | None = None) -> str:
    """Wait until a live host (``by``: that node) holds ``cp_id``; returns the host's node id."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while loop.time() < deadline:
        h = await client.holder(cp_id)
        if h is not None and h.alive and (by is None or h.node_id == by):
            return h.node_id
        await asyncio.sleep(0.05)
    raise AssertionError(f"no live host {'' if by is None else by + ' '}holds {cp_id} after {timeout} s")


async def held(url: str, cp_id: str, timeout: float = 10.0, *, by: str | None = None) -> str:
    """:func:`wait_held` with a client of its own (its bus only: no node registered)."""
    client = SiteClient(url)
    await client.bus.start()
    try:
        return await wait_held(client, cp_id, timeout, by=by)
    finally:
        await client.bus.close()
