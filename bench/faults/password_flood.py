"""Wrong-password floods: a legitimate charger still connects in under a second.

    python -m bench.faults --only passwords

``chargedesk serve`` (SQLite) with two stations whose password hashes have today's parameters (PBKDF2-SHA256,
200,000 iterations: the real cost). ``attackers`` handshakes with wrong passwords for SEC-1 start at once from
127.0.0.2; while they are answered, the legitimate REAL-1 connects from 127.0.0.1 with its password (not
cached: its first login since the start). Then the same legitimate login alone (REAL-2, also uncached), for
the side-by-side figure.
"""

from __future__ import annotations

import asyncio
import base64
import multiprocessing
import time
from pathlib import Path
from typing import Any

from websockets.asyncio.client import connect
from websockets.exceptions import InvalidHandshake, InvalidStatus

from bench.faults.common import (
    SUBPROTOCOL,
    FaultResult,
    Serve,
    StationSpec,
    load_average,
    new_workdir,
    prepare_database,
)

PASSWORD = "legitimate charger password"
LIMIT_S = 1.0


def _basic(user: str, password: str) -> dict[str, str]:
    return {"Authorization": "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()}


async def _attempt(url: str, cp_id: str, password: str, source: str) -> tuple[int | str, float]:
    """(HTTP status or what happened, seconds) of one handshake."""
    started = time.perf_counter()
    try:
        async with connect(
            url + cp_id,
            subprotocols=[SUBPROTOCOL],
            additional_headers=_basic(cp_id, password),
            local_addr=(source, 0),
            open_timeout=60,
            ping_interval=None,
        ):
            status: int | str = 101
    except InvalidStatus as e:
        status = e.response.status_code
    except (InvalidHandshake, OSError, TimeoutError) as e:
        status = type(e).__name__
    return status, time.perf_counter() - started


async def _attack(url: str, attackers: int, ready: Any) -> list[tuple[int | str, float]]:
    tasks = [
        asyncio.create_task(_attempt(url, "SEC-1", f"wrong password {i}", "127.0.0.2"))
        for i in range(attackers)
    ]
    await asyncio.sleep(0.05)  # the handshakes are on their way
    ready.set()
    return list(await asyncio.gather(*tasks))


def _attack_process(url: str, attackers: int, ready: Any, out: Any) -> None:
    """The attackers in their own process (another machine on the LAN): their client work does not delay the
    legitimate charger's."""
    out.put(asyncio.run(_attack(url, attackers, ready)))


async def _run(url: str, attackers: int) -> dict[str, Any]:
    ctx = multiprocessing.get_context("spawn")
    ready, out = ctx.Event(), ctx.Queue()
    proc = ctx.Process(target=_attack_process, args=(url, attackers, ready, out), daemon=True)
    proc.start()
    await asyncio.to_thread(ready.wait, 120)
    legit_status, legit_s = await _attempt(url, "REAL-1", PASSWORD, "127.0.0.1")
    answers = await asyncio.to_thread(out.get, True, 300)
    await asyncio.to_thread(proc.join, 30)
    alone_status, alone_s = await _attempt(url, "REAL-2", PASSWORD, "127.0.0.1")
    statuses: dict[str, int] = {}
    for status, _ in answers:
        statuses[str(status)] = statuses.get(str(status), 0) + 1
    return {
        "legit": (legit_status, legit_s),
        "alone": (alone_status, alone_s),
        "statuses": statuses,
        "flood_s": max((s for _, s in answers), default=0.0),
    }


def run(*, attackers: int = 200, workdir: Path | None = None) -> FaultResult:
    result = FaultResult(
        "passwords",
        "Wrong-password flood",
        f"serve (SQLite): {attackers} concurrent handshakes with wrong passwords for SEC-1 from 127.0.0.2 "
        "(hashes with today's parameters, 200,000 PBKDF2 iterations); meanwhile REAL-1 logs in from 127.0.0.1 "
        "(first login: not cached). Then REAL-2 alone, for comparison.",
        load_before=load_average(),
    )
    workdir = workdir or new_workdir("passwords")
    url = f"sqlite:///{workdir / 'passwords.db'}"
    prepare_database(
        url,
        [
            StationSpec(cp_id, pw, allow_unsecured=False, security_profile=1, iterations=200_000)
            for cp_id, pw in (
                ("SEC-1", "the secured station's password"),
                ("REAL-1", PASSWORD),
                ("REAL-2", PASSWORD),
            )
        ],
    )
    serve = Serve(url, workdir, unknown="reject")
    serve.start()
    try:
        out = asyncio.run(_run(serve.url, attackers))
        alive = serve.alive
    finally:
        exit_code = serve.stop()
    (legit_status, legit_s), (alone_status, alone_s) = out["legit"], out["alone"]
    result.add("wrong-password handshakes", attackers)
    result.add("their answers", ", ".join(f"{k}: {v}" for k, v in sorted(out["statuses"].items())))
    result.add("slowest wrong-password answer, s", round(out["flood_s"], 2))
    result.add("legitimate login during the flood, s", round(legit_s, 3))
    result.add("legitimate login alone, s", round(alone_s, 3))
    result.add("tracebacks in serve's log", serve.tracebacks())
    result.load_after = load_average()
    if legit_status != 101 or alone_status != 101:
        result.fail(f"the legitimate charger was not let in: {legit_status} / {alone_status}")
    if legit_s >= LIMIT_S:
        result.fail(f"the legitimate login took {legit_s:.2f} s during the flood (limit {LIMIT_S:g} s)")
    if set(out["statuses"]) != {"401"}:
        result.fail(f"wrong passwords answered otherwise than 401: {out['statuses']}")
    if not alive:
        result.fail(f"serve died (exit status {exit_code}): {serve.tail()}")
    if serve.tracebacks():
        result.fail(f"serve logged {serve.tracebacks()} traceback(s): {serve.tail()}")
    return result
