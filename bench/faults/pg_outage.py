"""PostgreSQL stopped and started again under load: nothing acknowledged is lost, serve resumes by itself.

    python -m bench.faults --only pg            # 50 chargers, 30 s outage
    python -m bench.faults --only pg --small    # 10 chargers, 5 s outage

A throwaway PostgreSQL cluster (``tests/helpers/pgcluster.py``) on loopback; ``chargedesk serve`` on it; chargers run
sessions back to back and retry like real ones (see :mod:`bench.faults.kill9`). After a few seconds of traffic
the cluster is stopped (``pg_ctl stop -m fast``: every connection closed), left down, then started again. serve is
never restarted. Survived when serve is the same process at the end, transactions are acknowledged again after
the database is back, every acknowledged start and stop is in the database, and nothing is stored twice.
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench.faults.common import (
    FaultResult,
    Ledger,
    RetryingCharger,
    Serve,
    StationSpec,
    Unanswered,
    count_in_database,
    load_average,
    new_workdir,
    pg_cluster,
    prepare_database,
    session_loop,
)


@dataclass
class Timeline:
    down_at: float = 0.0
    up_at: float = 0.0
    heartbeats_during: int = 0
    heartbeats_failed: int = 0


async def _heartbeats(charger: RetryingCharger, stop: asyncio.Event, timeline: Timeline) -> None:
    """A charger between sessions: a heartbeat every 0.5 s must be answered even while the database is down."""
    while not stop.is_set():
        try:
            await charger.call("Heartbeat", {}, deadline=time.monotonic() + 10)
            if timeline.down_at and not timeline.up_at:
                timeline.heartbeats_during += 1
        except Unanswered:
            timeline.heartbeats_failed += 1
        await asyncio.sleep(0.5)
    await charger.close()


async def _run(
    serve: Serve, cluster: Any, chargers: int, outage_s: float, ledger: Ledger, timeline: Timeline
) -> list[RetryingCharger]:
    stop = asyncio.Event()
    hard_deadline = time.monotonic() + outage_s + 240
    fleet = [
        RetryingCharger(serve.url, f"PGO{i:04d}", reply_timeout=3.0, seed=i) for i in range(1, chargers + 1)
    ]
    tasks = [
        asyncio.create_task(session_loop(c, i, stop, ledger, hard_deadline))
        for i, c in enumerate(fleet, start=1)
    ]
    beat = RetryingCharger(serve.url, "PGO-CALM", reply_timeout=3.0)
    tasks.append(asyncio.create_task(_heartbeats(beat, stop, timeline)))
    await asyncio.sleep(3.0)
    await asyncio.to_thread(cluster.stop, "fast")  # returns once the server is down (pg_ctl -w)
    timeline.down_at = time.monotonic()
    await asyncio.sleep(max(0.0, timeline.down_at + outage_s - time.monotonic()))
    await asyncio.to_thread(cluster.start)
    timeline.up_at = time.monotonic()
    # traffic until every charger has had its transactions acknowledged again (or 60 s)
    end = timeline.up_at + 60
    while time.monotonic() < end:
        if len([t for t in ledger.ack_times if t > timeline.up_at]) >= 2 * chargers:
            break
        await asyncio.sleep(0.5)
    await asyncio.sleep(2.0)
    stop.set()
    await asyncio.gather(*tasks)
    await asyncio.gather(*(c.close() for c in fleet), return_exceptions=True)
    return fleet


def run(chargers: int = 50, outage_s: float = 30.0, *, workdir: Path | None = None) -> FaultResult:
    result = FaultResult(
        "pg",
        f"PostgreSQL down {outage_s:g} s under load, {chargers} chargers",
        f"{chargers} chargers doing sessions back to back, each call resent after 3 s without an "
        "answer; one more charger sending a Heartbeat every 0.5 s. serve on a throwaway PostgreSQL "
        f"cluster on loopback; after 3 s of traffic the cluster is stopped (`pg_ctl stop -m fast`) "
        f"for {outage_s:g} s and started again; serve is not restarted.",
        load_before=load_average(),
    )
    workdir = workdir or new_workdir("pg-outage")
    ledger, timeline = Ledger(), Timeline()
    with pg_cluster() as cluster:
        url = cluster.create_database("outage")
        prepare_database(
            url,
            [StationSpec(f"PGO{i:04d}") for i in range(1, chargers + 1)] + [StationSpec("PGO-CALM")],
            tags=chargers,
        )
        serve = Serve(url, workdir, unknown="reject")
        serve.start()
        pid = serve.pid
        try:
            fleet = asyncio.run(_run(serve, cluster, chargers, outage_s, ledger, timeline))
            alive = serve.alive and serve.pid == pid
        finally:
            exit_code = serve.stop()
        count = count_in_database(url, ledger)
    tracebacks = serve.tracebacks()
    during = [t for t in ledger.ack_times if timeline.down_at < t < timeline.up_at]
    after = [t for t in ledger.ack_times if t > timeline.up_at]
    recover = (min(after) - timeline.up_at) if after else None
    result.add("outage s (cluster stopped → started)", round(timeline.up_at - timeline.down_at, 1))
    result.add("acknowledged StartTransaction", count.acknowledged_starts)
    result.add("… stored", count.stored_starts)
    result.add("acknowledged StopTransaction", count.acknowledged_stops)
    result.add("… stored completed with that meterStop", count.stored_stops)
    result.add("lost", count.lost)
    result.add("sessions stored twice", count.duplicates)
    result.add("transactions acknowledged while the database was down", len(during))
    result.add("heartbeats answered while the database was down", timeline.heartbeats_during)
    result.add(
        "time to recover s (database up → first transaction acknowledged)",
        "never" if recover is None else round(recover, 2),
    )
    result.add("transactions acknowledged after the database came back", len(after))
    result.add("resent calls", sum(c.counters.resends for c in fleet))
    errors: dict[str, int] = {}
    for c in fleet:
        for k, v in c.counters.call_errors.items():
            errors[k] = errors.get(k, 0) + v
    result.add("CallErrors received", ", ".join(f"{k} {v}" for k, v in sorted(errors.items())) or "0")
    result.add("serve restarted", "no" if alive else "YES (died)")
    result.add("clean stop at the end, exit status", exit_code if exit_code is not None else "killed")
    result.add("tracebacks in serve's log", tracebacks)
    result.load_after = load_average()
    if count.lost:
        result.fail(f"lost {count.lost}: starts {count.lost_starts[:5]}, stops {count.lost_stops[:5]}")
    if count.duplicates:
        result.fail(f"{count.duplicates} sessions stored twice")
    if recover is None:
        result.fail("service did not resume after the database came back")
    if not alive:
        result.fail(f"serve died during the outage (exit status {exit_code}): {serve.tail()}")
    if timeline.heartbeats_failed:
        result.fail(f"{timeline.heartbeats_failed} heartbeats unanswered")
    if tracebacks:
        result.fail(f"serve logged {tracebacks} traceback(s): {serve.tail()}")
    return result
