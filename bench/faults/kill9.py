"""kill -9 of ``chargedesk serve`` at random moments under a stream of sessions; nothing acknowledged is lost.

    python -m bench.faults --only kill9            # 50 chargers, 5 kills
    python -m bench.faults --only kill9 --small    # 20 chargers, 2 kills

Each charger runs sessions back to back (StartTransaction, MeterValues, StopTransaction) and retries like a real
charger: a call without an answer is sent again, after reconnecting when the connection went away (the same
StartTransaction: same meterStart and timestamp, which the central system must recognise). Meanwhile serve (on
SQLite, synchronous=FULL) is killed with SIGKILL at random moments and started again on the same port and file.
At the end serve is stopped cleanly and every acknowledged StartTransaction and StopTransaction is looked up in
the database: lost must be 0, and no session may be stored twice.
"""

from __future__ import annotations

import asyncio
import random
import statistics
import time
from pathlib import Path

from bench.faults.common import (
    FaultResult,
    Ledger,
    RetryingCharger,
    Serve,
    StationSpec,
    count_in_database,
    load_average,
    new_workdir,
    prepare_database,
    session_loop,
)


async def _run(
    serve: Serve, chargers: int, kills: int, duration_s: float, seed: int, ledger: Ledger
) -> tuple[list[RetryingCharger], list[float], list[float], list[float]]:
    rng = random.Random(seed)
    stop = asyncio.Event()
    hard_deadline = time.monotonic() + duration_s + 120
    fleet = [
        RetryingCharger(serve.url, f"KILL{i:04d}", reply_timeout=3.0, seed=seed + i)
        for i in range(1, chargers + 1)
    ]
    tasks = [
        asyncio.create_task(session_loop(c, i, stop, ledger, hard_deadline))
        for i, c in enumerate(fleet, start=1)
    ]
    began = time.monotonic()
    # kill moments: random, at least 2 s apart and after the first 2 s, within the run
    moments = sorted(rng.uniform(2.0, duration_s - 2.0) for _ in range(kills))
    kill_at: list[float] = []
    restart_s: list[float] = []
    back_at: list[float] = []
    for moment in moments:
        wait = began + moment - time.monotonic()
        if wait > 0:
            await asyncio.sleep(wait)
        kill_at.append(time.monotonic())
        await asyncio.to_thread(serve.kill9)
        restart_s.append(await asyncio.to_thread(serve.start))
        back_at.append(time.monotonic())
    left = began + duration_s - time.monotonic()
    if left > 0:
        await asyncio.sleep(left)
    stop.set()
    await asyncio.gather(*tasks)
    await asyncio.gather(*(c.close() for c in fleet), return_exceptions=True)
    recover_s = []
    for k, b in zip(
        kill_at, back_at, strict=True
    ):  # from the kill to the first acknowledgement by the new serve
        after = [t for t in ledger.ack_times if t > b]
        recover_s.append(min(after) - k if after else float("inf"))
    return fleet, kill_at, restart_s, recover_s


def run(
    chargers: int = 50,
    kills: int = 5,
    *,
    duration_s: float | None = None,
    seed: int = 3,
    workdir: Path | None = None,
) -> FaultResult:
    duration = duration_s if duration_s is not None else max(12.0, 6.0 * kills)
    result = FaultResult(
        "kill9",
        f"kill -9 of serve, {chargers} chargers, {kills} kills",
        f"{chargers} chargers doing sessions back to back (StartTransaction, MeterValues, "
        f"StopTransaction), each call resent after 3 s without an answer or after reconnecting; "
        f"serve on SQLite (WAL, synchronous=FULL) killed with SIGKILL {kills} times at random "
        f"moments (seed {seed}) over {duration:g} s and restarted at once on the same port and "
        "file; then stopped cleanly and every acknowledged start and stop looked up.",
        load_before=load_average(),
    )
    workdir = workdir or new_workdir("kill9")
    url = f"sqlite:///{workdir / 'kill9.db'}"
    prepare_database(url, [StationSpec(f"KILL{i:04d}") for i in range(1, chargers + 1)], tags=chargers)
    serve = Serve(url, workdir, unknown="reject")
    serve.start()
    ledger = Ledger()
    try:
        fleet, kill_at, restart_s, recover_s = asyncio.run(
            _run(serve, chargers, kills, duration, seed, ledger)
        )
        alive = serve.alive
    finally:
        exit_code = serve.stop()
    count = count_in_database(url, ledger)
    tracebacks = serve.tracebacks()
    result.add("kills (SIGKILL) / restarts", f"{len(kill_at)} / {len(restart_s)}")
    result.add("acknowledged StartTransaction", count.acknowledged_starts)
    result.add("… stored", count.stored_starts)
    result.add("acknowledged StopTransaction", count.acknowledged_stops)
    result.add("… stored completed with that meterStop", count.stored_stops)
    result.add("lost", count.lost)
    result.add("sessions stored twice (retried start not recognised)", count.duplicates)
    result.add("sessions in the database", count.sessions_in_db)
    result.add("resent calls", sum(c.counters.resends for c in fleet))
    result.add("reconnections", sum(c.counters.reconnects for c in fleet))
    result.add("failed connection attempts", sum(c.counters.refused_connects for c in fleet))
    errors: dict[str, int] = {}
    for c in fleet:
        for k, v in c.counters.call_errors.items():
            errors[k] = errors.get(k, 0) + v
    result.add("CallErrors received", ", ".join(f"{k} {v}" for k, v in sorted(errors.items())) or "0")
    if restart_s:
        result.add(
            "serve restart to listening s (mean / max)",
            f"{statistics.mean(restart_s):.2f} / {max(restart_s):.2f}",
        )
    finite = [r for r in recover_s if r != float("inf")]
    if finite:
        result.add(
            "kill → first acknowledgement by the restarted serve s (mean / max)",
            f"{statistics.mean(finite):.2f} / {max(finite):.2f}",
        )
    result.add("clean stop at the end, exit status", exit_code if exit_code is not None else "killed")
    result.add("tracebacks in serve's logs", tracebacks)
    result.load_after = load_average()
    if count.lost:
        result.fail(f"lost {count.lost}: starts {count.lost_starts[:5]}, stops {count.lost_stops[:5]}")
    if count.duplicates:
        result.fail(f"{count.duplicates} sessions stored twice")
    if len(finite) < len(recover_s):
        result.fail("after a kill no transaction was acknowledged again")
    if not alive or exit_code != 0:
        result.fail(f"serve did not run to a clean stop (exit status {exit_code}): {serve.tail()}")
    if tracebacks:
        result.fail(f"serve logged {tracebacks} traceback(s): {serve.tail()}")
    if count.acknowledged_starts == 0:
        result.fail("no session was acknowledged at all")
    return result
