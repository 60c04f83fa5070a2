"""app.db.pgbus over the suite's real PostgreSQL: a batch of notifications arrives whole, exact and in order."""

from __future__ import annotations

import asyncio

from app.db.pgbus import PgBus


async def test_notify_many_delivers_each_payload_as_sent_in_order(pg_url: str) -> None:
    got: list[tuple[str, str]] = []
    arrived = asyncio.Event()
    payloads = [
        '{"t":"FrameLogged","f":["YARD-1","[2,\\"7\\",\\"Heartbeat\\",{}]"]}',  # JSON with escaped quotes
        "@12",  # not JSON: a large event's id
        'back\\slash "quoted" {braces} [brackets], comma',
        "ünïcode – Zürich 電",
        "two\nlines\ttab",
        "",
    ] + [f"n{i}" for i in range(200)]

    def notified(channel: str, payload: str) -> None:
        got.append((channel, payload))
        if len(got) == len(payloads):
            arrived.set()

    listener = PgBus(pg_url, notified)
    listener.listen("cd_test_many")
    sender = PgBus(pg_url, lambda channel, payload: None)
    await listener.start()
    try:
        await sender.notify_many("cd_test_many", payloads)
        await asyncio.wait_for(arrived.wait(), 10)
    finally:
        await sender.close()
        await listener.close()
    assert got == [("cd_test_many", p) for p in payloads]
