"""Reconnect storm: every charger loses its connection at the same moment and reconnects at once.

    python -m bench.faults --only storm            # 1,000 chargers
    python -m bench.faults --only storm --small    # 100

N chargers connect to ``chargedesk serve`` (SQLite, known stations), boot and send a heartbeat. Then every
connection is dropped at once (the TCP connection aborted, as when the site's router restarts) and every charger
reconnects immediately, all together, with the backoff of a real charger when a connection attempt fails (0.1 s
doubling to 2 s, jittered), boots and sends a heartbeat. Survived when every charger is back, booted (Accepted)
and answered, serve still runs and logged no traceback. Figures: time from the drop to the last charger booted
and answered, per-charger reconnect time, failed connection attempts.
"""

from __future__ import annotations

import asyncio
import json
import random
import time
from dataclasses import dataclass, field
from pathlib import Path

from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed, InvalidHandshake

from bench.__main__ import process_cpu_s
from bench.faults.common import (
    SUBPROTOCOL,
    FaultResult,
    Serve,
    StationSpec,
    load_average,
    new_workdir,
    prepare_database,
)
from bench.load import percentile

BOOT = '{"chargePointVendor":"ABB","chargePointModel":"Terra AC","firmwareVersion":"1.2.3"}'


@dataclass
class StormTally:
    back_s: list[float] = field(default_factory=list)  # per charger: drop -> booted and answered
    failed_attempts: int = 0
    http_refusals: dict[str, int] = field(default_factory=dict)
    not_back: list[str] = field(default_factory=list)
    initial_failures: list[str] = field(default_factory=list)
    cpu_at_drop: float = 0.0
    storm_cpu_s: float = 0.0  # serve's CPU from the drop to the last charger back


async def _exchange(
    ws: ClientConnection, mid: str, action: str, payload: str, timeout: float
) -> list[object]:
    await ws.send(f'[2,"{mid}","{action}",{payload}]')
    end = time.monotonic() + timeout
    while True:
        msg = json.loads(await asyncio.wait_for(ws.recv(), max(0.01, end - time.monotonic())))
        if msg[0] == 2:  # a call from the central system (e.g. GetConfiguration): answer it
            await ws.send(f'[3,{json.dumps(msg[1])},{{"status":"Accepted"}}]')
            continue
        if msg[1] == mid:
            return list(msg)


async def _connect_and_boot(
    url: str, cp_id: str, tally: StormTally, rng: random.Random, deadline: float
) -> ClientConnection | None:
    backoff = 0.1
    attempt = 0
    while time.monotonic() < deadline:
        attempt += 1
        try:
            ws = await connect(
                url + cp_id,
                subprotocols=[SUBPROTOCOL],
                compression=None,
                proxy=None,
                open_timeout=15,
                close_timeout=1,
                ping_interval=None,
            )
            boot = await _exchange(ws, f"b{attempt}", "BootNotification", BOOT, 15)
            beat = await _exchange(ws, f"h{attempt}", "Heartbeat", "{}", 15)
            if boot[0] == 3 and boot[2].get("status") == "Accepted" and beat[0] == 3:  # type: ignore[union-attr]
                return ws
            await ws.close()
        except InvalidHandshake as e:
            key = str(getattr(getattr(e, "response", None), "status_code", type(e).__name__))
            tally.http_refusals[key] = tally.http_refusals.get(key, 0) + 1
        except (OSError, TimeoutError, ConnectionClosed):
            pass
        tally.failed_attempts += 1
        await asyncio.sleep(backoff * (0.5 + rng.random()))
        backoff = min(2 * backoff, 2.0)
    return None


async def _storm(url: str, chargers: int, budget_s: float, pid: int) -> tuple[StormTally, float, float]:
    tally = StormTally()
    rng = random.Random(11)
    ids = [f"STORM{i:05d}" for i in range(1, chargers + 1)]
    gate = asyncio.Semaphore(100)

    async def first(cp_id: str) -> ClientConnection | None:
        async with gate:
            ws = await _connect_and_boot(url, cp_id, tally, rng, time.monotonic() + budget_s)
        if ws is None:
            tally.initial_failures.append(cp_id)
        return ws

    t0 = time.perf_counter()
    sockets = await asyncio.gather(*(first(c) for c in ids))
    ramp_s = time.perf_counter() - t0
    for ws in sockets:  # the site's network goes: every TCP connection torn down at once
        if ws is not None and ws.transport is not None:
            ws.transport.abort()
    tally.failed_attempts = 0
    dropped = time.perf_counter()
    tally.cpu_at_drop = process_cpu_s(pid)

    async def back(cp_id: str) -> ClientConnection | None:
        ws = await _connect_and_boot(url, cp_id, tally, rng, time.monotonic() + budget_s)
        if ws is None:
            tally.not_back.append(cp_id)
        else:
            tally.back_s.append(time.perf_counter() - dropped)
        return ws

    again = await asyncio.gather(*(back(c) for c in ids))
    all_back_s = time.perf_counter() - dropped
    tally.storm_cpu_s = process_cpu_s(pid) - tally.cpu_at_drop
    await asyncio.gather(*(ws.close() for ws in again if ws is not None), return_exceptions=True)
    return tally, ramp_s, all_back_s


def run(chargers: int = 1000, *, workdir: Path | None = None, budget_s: float = 300.0) -> FaultResult:
    result = FaultResult(
        "storm",
        f"Reconnect storm, {chargers:,} chargers",
        f"{chargers:,} chargers (known stations) connected, booted and answered; then every TCP "
        "connection aborted at once and every charger reconnecting at the same moment (backoff "
        "0.1 s doubling to 2 s, jittered, on a failed attempt), booting and sending a Heartbeat. "
        "serve on SQLite; client in one process.",
        load_before=load_average(),
    )
    workdir = workdir or new_workdir("storm")
    url = f"sqlite:///{workdir / 'storm.db'}"
    prepare_database(url, [StationSpec(f"STORM{i:05d}") for i in range(1, chargers + 1)])
    serve = Serve(url, workdir, unknown="reject")
    serve.start()
    try:
        cpu0 = process_cpu_s(serve.pid)
        tally, ramp_s, all_back_s = asyncio.run(_storm(serve.url, chargers, budget_s, serve.pid))
        cpu_total = process_cpu_s(serve.pid) - cpu0
        alive = serve.alive
    finally:
        exit_code = serve.stop()
    tracebacks = serve.tracebacks()
    times = sorted(tally.back_s)
    result.add("chargers", chargers)
    result.add("connected and booted before the storm", chargers - len(tally.initial_failures))
    result.add("ramp-up s (100 connecting at a time)", round(ramp_s, 2))
    result.add("back, booted and answered after the drop", len(times))
    result.add("time to all booted s", round(all_back_s, 2))
    result.add(
        "per-charger reconnect p50 / p99 / max s",
        f"{percentile(times, 50):.2f} / {percentile(times, 99):.2f} / {times[-1] if times else 0:.2f}",
    )
    result.add(
        "serve CPU s from the drop to all back (per reconnection ms)",
        f"{tally.storm_cpu_s:.2f} ({1000 * tally.storm_cpu_s / max(1, len(times)):.1f})",
    )
    result.add("serve CPU s over the whole run", round(cpu_total, 2))
    result.add("failed connection attempts (retried)", tally.failed_attempts)
    if tally.http_refusals:
        result.add("HTTP refusals", ", ".join(f"{k}: {v}" for k, v in sorted(tally.http_refusals.items())))
    result.add("serve crashed", "no" if alive else "YES")
    result.add("tracebacks in serve's log", tracebacks)
    result.load_after = load_average()
    if tally.initial_failures:
        result.fail(f"{len(tally.initial_failures)} chargers could not connect before the storm")
    if tally.not_back:
        result.fail(
            f"{len(tally.not_back)} chargers not back within {budget_s:g} s, e.g. {tally.not_back[:3]}"
        )
    if not alive:
        result.fail(f"serve died (exit status {exit_code}): {serve.tail()}")
    if tracebacks:
        result.fail(f"serve logged {tracebacks} traceback(s): {serve.tail()}")
    return result
