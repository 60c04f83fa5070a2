"""Made-up ids and oversized frames from chargers nobody accepted: the database stays bounded, legitimate
chargers keep their reply times.

    python -m bench.faults --only pending

``chargedesk serve`` (SQLite, the default ``pending`` policy) with ``legit`` stations whose chargers send a
Heartbeat or a StatusNotification every 100 ms each. Phase 1 measures their reply times alone; phase 2 the same
while 1,000 made-up ids connect and boot (from 100 loopback addresses, 10 each) and ``senders`` chargers nobody
accepted send 60 KB DataTransfers back to back. Measured: the database's growth (file + WAL) during phase 2,
the Charger rows, the message log's bytes, the made-up ids let in and refused, and the legitimate chargers'
reply p99 in both phases (side by side in one run).
"""

from __future__ import annotations

import asyncio
import gc
import json
import multiprocessing
import sqlite3
import time
from pathlib import Path
from typing import Any

from websockets.asyncio.client import connect
from websockets.exceptions import ConnectionClosed, InvalidHandshake

from bench.faults.common import (
    SUBPROTOCOL,
    FaultResult,
    Serve,
    StationSpec,
    load_average,
    new_workdir,
    prepare_database,
)

DATA_BYTES = 60_000
GROWTH_LIMIT_MB = 8.0  # what the bounds allow in a run this long, with room (the unbounded code: ~20 MB/s)


def _pct(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def _p99(values: list[float]) -> float:
    return _pct(values, 0.99)


async def _legit(url: str, cp_id: str, stop: asyncio.Event, latencies: list[float]) -> None:
    async with connect(url + cp_id, subprotocols=[SUBPROTOCOL], ping_interval=None, open_timeout=30) as ws:
        n = 0
        while not stop.is_set():
            n += 1
            if n % 2:
                frame: list[Any] = [2, f"h{n}", "Heartbeat", {}]
            else:
                body = {"connectorId": 1, "errorCode": "NoError", "status": "Available"}
                frame = [2, f"s{n}", "StatusNotification", body]
            started = time.perf_counter()
            await ws.send(json.dumps(frame))
            while True:
                msg = json.loads(await ws.recv())
                if msg[1] == frame[1]:
                    break
            latencies.append((time.perf_counter() - started) * 1000.0)
            await asyncio.sleep(0.1)


async def _made_up(url: str, cp_id: str, source: str, counts: dict[str, int]) -> None:
    try:
        async with connect(
            url + cp_id,
            subprotocols=[SUBPROTOCOL],
            ping_interval=None,
            open_timeout=30,
            local_addr=(source, 0),
        ) as ws:
            counts["let in"] += 1
            boot = {"chargePointVendor": "Nobody", "chargePointModel": "Fake"}
            await ws.send(json.dumps([2, "b", "BootNotification", boot]))
            await ws.recv()
    except InvalidHandshake:
        counts["refused"] += 1
    except (OSError, ConnectionClosed, TimeoutError):
        counts["failed"] += 1


async def _sender(url: str, cp_id: str, stop: asyncio.Event, counts: dict[str, int]) -> None:
    body = json.dumps({"vendorId": "flood", "data": "x" * DATA_BYTES})
    async with connect(
        url + cp_id, subprotocols=[SUBPROTOCOL], ping_interval=None, open_timeout=30, max_size=None
    ) as ws:
        n = 0
        while not stop.is_set():
            n += 1
            await ws.send(f'[2,"d{n}","DataTransfer",{body}]')
            await ws.recv()
            counts["oversized DataTransfers answered"] += 1


async def _flood(url: str, made_up: int, senders: int, seconds: float) -> dict[str, int]:
    counts = {
        "let in": 0,
        "refused": 0,
        "failed": 0,
        "oversized DataTransfers answered": 0,
        "handshakes ms": 0,
    }
    stop = asyncio.Event()
    started = time.monotonic()
    sending = [asyncio.create_task(_sender(url, f"BIGDATA{i:03d}", stop, counts)) for i in range(senders)]
    sem = asyncio.Semaphore(50)

    async def one(i: int) -> None:
        async with sem:
            await _made_up(url, f"MADEUP{i:05d}", f"127.0.0.{2 + i // 10}", counts)

    await asyncio.gather(*(one(i) for i in range(made_up)))
    counts["handshakes ms"] = round((time.monotonic() - started) * 1000)
    left = seconds - (time.monotonic() - started)
    if left > 0:
        await asyncio.sleep(left)
    stop.set()
    await asyncio.gather(*sending, return_exceptions=True)
    return counts


def _flood_process(url: str, made_up: int, senders: int, seconds: float, go: Any, out: Any) -> None:
    """The flood in its own process, started (imports done) before the measurement and waiting for ``go``: its
    client work and start-up do not delay the legitimate chargers' measurement."""
    go.wait()
    out.put(asyncio.run(_flood(url, made_up, senders, seconds)))


def _used_bytes(db: Path) -> int:
    """The bytes the database's pages hold (committed data, WAL included; free pages not counted)."""
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        pages = (
            con.execute("PRAGMA page_count").fetchone()[0]
            - con.execute("PRAGMA freelist_count").fetchone()[0]
        )
        return int(pages * con.execute("PRAGMA page_size").fetchone()[0])
    finally:
        con.close()


async def _run(url: str, legit: int, made_up: int, senders: int, seconds: float, db: Path) -> dict[str, Any]:
    latencies: list[float] = []  # every legitimate reply time, ms, in order (split at the flood's start)
    ctx = multiprocessing.get_context("spawn")
    go, out = ctx.Event(), ctx.Queue()
    proc = ctx.Process(target=_flood_process, args=(url, made_up, senders, seconds, go, out), daemon=True)
    proc.start()
    await asyncio.sleep(3.0)  # its start-up (imports) over before anything is measured
    # what this process built so far lives to the end: out of the collector's reach, so that a full collection
    # here (a pause of ~50 ms, in either phase) is not measured as the server's reply time
    gc.collect()
    gc.freeze()
    stop = asyncio.Event()
    tasks = [asyncio.create_task(_legit(url, f"LEGIT{i:04d}", stop, latencies)) for i in range(legit)]
    await asyncio.sleep(seconds)
    used_before = _used_bytes(db)
    base_count = len(latencies)
    started = time.monotonic()
    go.set()
    counts = await asyncio.to_thread(out.get, True, seconds * 20 + 120)
    await asyncio.to_thread(proc.join, 30)
    flood_seconds = time.monotonic() - started
    flood_count = len(latencies)
    stop.set()
    await asyncio.gather(*tasks, return_exceptions=True)
    return {
        "base": latencies[:base_count],
        "flood": latencies[base_count:flood_count],
        "counts": counts,
        "growth": _used_bytes(db) - used_before,
        "flood_seconds": flood_seconds,
    }


def run(
    *,
    legit: int = 20,
    made_up: int = 1000,
    senders: int = 10,
    seconds: float = 10.0,
    workdir: Path | None = None,
) -> FaultResult:
    result = FaultResult(
        "pending",
        "Made-up ids and oversized frames (pending chargers)",
        f"serve (SQLite, `--unknown-chargers pending`, the default): {legit} legitimate chargers each send a "
        f"Heartbeat or StatusNotification every 100 ms; {seconds:g} s alone, then {seconds:g} s while "
        f"{made_up:,} made-up ids connect and boot (100 loopback addresses, 10 ids each) and {senders} "
        f"chargers nobody accepted send {DATA_BYTES // 1000} KB DataTransfers back to back.",
        load_before=load_average(),
    )
    workdir = workdir or new_workdir("pending")
    db = workdir / "pending.db"
    url = f"sqlite:///{db}"
    prepare_database(url, [StationSpec(f"LEGIT{i:04d}") for i in range(legit)])
    serve = Serve(url, workdir, unknown="pending")
    serve.start()
    try:
        out = asyncio.run(_run(serve.url, legit, made_up, senders, seconds, db))
        alive = serve.alive
    finally:
        exit_code = serve.stop()
    growth_mb = out["growth"] / 1e6
    con = sqlite3.connect(db)
    try:
        chargers = con.execute("SELECT count(*) FROM chargers").fetchone()[0]
        log_rows, log_bytes = con.execute(
            "SELECT count(*), coalesce(sum(length(payload)), 0) FROM ocpp_messages"
        ).fetchone()
        sessions = con.execute("SELECT count(*) FROM sessions").fetchone()[0]
    finally:
        con.close()
    base_p99, flood_p99 = _p99(out["base"]), _p99(out["flood"])
    counts = out["counts"]
    result.add("made-up ids let in (pending)", counts["let in"])
    result.add("made-up ids refused (401: bounds)", counts["refused"])
    result.add("connections failed otherwise", counts["failed"])
    result.add("oversized DataTransfers answered", counts["oversized DataTransfers answered"])
    result.add(
        "seconds until every made-up id was let in or refused", round(counts["handshakes ms"] / 1000, 1)
    )
    result.add("Charger rows after the flood", chargers)
    result.add("sessions stored", sessions)
    result.add("message log rows / MB", f"{log_rows:,} / {log_bytes / 1e6:.2f}")
    result.add("database growth during the flood (pages used), MB", round(growth_mb, 2))
    result.add("flood seconds", round(out["flood_seconds"], 1))
    result.add("legitimate replies alone / during the flood", f"{len(out['base']):,} / {len(out['flood']):,}")
    for q in (0.5, 0.9):
        result.add(
            f"legitimate reply p{int(q * 100)} alone / during the flood, ms",
            f"{_pct(out['base'], q):.2f} / {_pct(out['flood'], q):.2f}",
        )
    result.add("legitimate reply p99 alone, ms", round(base_p99, 2))
    result.add("legitimate reply p99 during the flood, ms", round(flood_p99, 2))
    result.add("p99 ratio (flood / alone)", round(flood_p99 / base_p99, 2) if base_p99 else "?")
    result.add("tracebacks in serve's log", serve.tracebacks())
    result.load_after = load_average()
    if growth_mb > GROWTH_LIMIT_MB:
        result.fail(f"the database grew by {growth_mb:.1f} MB (limit {GROWTH_LIMIT_MB} MB)")
    if chargers > legit + 200:
        result.fail(f"{chargers} Charger rows: the pending bound (200) did not hold")
    if sessions:
        result.fail(f"{sessions} sessions stored for chargers nobody accepted")
    result.notes.append(
        "the p99 of ~2,000 replies is their 20 slowest: on a shared 2-core machine it moves with the other "
        "processes' load (the load average is given); the database figures do not"
    )
    if not out["flood"] or flood_p99 > 2 * max(base_p99, 1.0):
        result.fail(
            f"legitimate p99 {flood_p99:.1f} ms during the flood vs {base_p99:.1f} ms alone (limit 2x)"
        )
    if not alive:
        result.fail(f"serve died (exit status {exit_code}): {serve.tail()}")
    if serve.tracebacks():
        result.fail(f"serve logged {serve.tracebacks()} traceback(s): {serve.tail()}")
    return result
