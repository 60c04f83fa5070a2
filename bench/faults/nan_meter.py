"""A NaN in one charger's meter values during a load of many chargers.

    python -m bench.faults --only nan            # 1,000 chargers, 2 × 20 s
    python -m bench.faults --only nan --small    # 100 chargers, 2 × 6 s

``float("NaN")`` parses: a charger sending ``"value": "NaN"`` once sent it to the database, where SQLite's NOT
NULL refused it and the store writer wrote that whole telemetry flush — every charger's meter values — row by row
(about 40× slower). Meter values must be finite: refused at the edge, never stored, never slowing anybody else.

N chargers (known stations, SQLite) send MeterValues (energy, power, current) every ``interval`` seconds in an
open loop; a probe charger sends MeterValues with a unique value and the bench reads the database until it is
there (the flush lag: how long until a charger's meter values are stored). Four phases of equal length, ABBA:
clean, with charger 0 sending ``"NaN"`` as its energy value in every MeterValues, the same again, clean. Survived when the probe's flush lag and
the other chargers' reply latency do not grow in the NaN phase (p99 within 1.5× of the clean phase + 0.25 s), no
other charger got a CallError, no non-finite value is stored, serve never fell back to writing row by row, still
runs and logged no traceback.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import random
import sqlite3
import time
from dataclasses import dataclass, field
from pathlib import Path

from websockets.asyncio.client import ClientConnection, connect

from bench.faults.common import (
    SUBPROTOCOL,
    FaultResult,
    Serve,
    StationSpec,
    iso,
    load_average,
    new_workdir,
    prepare_database,
)
from bench.load import percentile


@dataclass
class Phase:
    replies: list[float] = field(default_factory=list)  # the other chargers' MeterValues reply latency, s
    lags: list[float] = field(default_factory=list)  # the probe: sent -> stored, s
    errors_others: dict[str, int] = field(default_factory=dict)
    errors_nan: dict[str, int] = field(default_factory=dict)
    sent: int = 0


class _Charger:
    def __init__(self, ws: ClientConnection) -> None:
        self.ws = ws
        self.seq = 0

    async def call(self, action: str, payload: dict[str, object]) -> list[object]:
        self.seq += 1
        mid = f"m{self.seq}"
        await self.ws.send(json.dumps([2, mid, action, payload], separators=(",", ":")))
        while True:
            msg = json.loads(await asyncio.wait_for(self.ws.recv(), 30))
            if msg[0] == 2:
                await self.ws.send(f'[3,{json.dumps(msg[1])},{{"status":"Accepted"}}]')
                continue
            if msg[1] == mid:
                return list(msg)


def _meter(energy: str, power: float) -> dict[str, object]:
    now = iso(dt.datetime.now(dt.UTC))
    return {
        "connectorId": 1,
        "meterValue": [
            {
                "timestamp": now,
                "sampledValue": [
                    {"value": energy, "measurand": "Energy.Active.Import.Register", "unit": "Wh"},
                    {"value": f"{power:.1f}", "measurand": "Power.Active.Import", "unit": "W"},
                    {"value": "16.0", "measurand": "Current.Import", "unit": "A", "phase": "L1"},
                ],
            }
        ],
    }


async def _connect(url: str, cp_id: str) -> _Charger:
    ws = await connect(
        url + cp_id, subprotocols=[SUBPROTOCOL], compression=None, proxy=None, ping_interval=None
    )
    c = _Charger(ws)
    await c.call("BootNotification", {"chargePointVendor": "ABB", "chargePointModel": "Terra AC"})
    return c


async def _run(
    url: str, db_file: Path, chargers: int, interval: float, seconds: float
) -> tuple[Phase, Phase, int]:
    gate = asyncio.Semaphore(100)

    async def one(cp_id: str) -> _Charger:
        async with gate:
            return await _connect(url, cp_id)

    load = list(await asyncio.gather(*(one(f"NAN{i:05d}") for i in range(chargers))))
    probe = await _connect(url, "NANPROBE")
    clean, nan = Phase(), Phase()
    current, nan_on = clean, False
    stop = asyncio.Event()
    rng = random.Random(5)

    async def charger_loop(i: int, c: _Charger) -> None:
        await asyncio.sleep(rng.random() * interval)
        k = 0
        while not stop.is_set():
            k += 1
            tick = time.monotonic()
            bad = nan_on and i == 0
            phase = current
            sent = time.perf_counter()
            answer = await c.call("MeterValues", _meter("NaN" if bad else str(1000 * k), 7000.0 + i))
            phase.sent += 1
            if i != 0:
                phase.replies.append(time.perf_counter() - sent)
            if answer[0] == 4:
                errors = phase.errors_nan if i == 0 else phase.errors_others
                errors[str(answer[2])] = errors.get(str(answer[2]), 0) + 1
            await asyncio.sleep(max(0.0, interval - (time.monotonic() - tick)))

    def stored(value: float) -> bool:
        with sqlite3.connect(f"file:{db_file}?mode=ro", uri=True, timeout=10) as conn:
            return (
                conn.execute(
                    "SELECT 1 FROM meter_values WHERE charge_point_id = 'NANPROBE' AND value = ? LIMIT 1",
                    (value,),
                ).fetchone()
                is not None
            )

    async def probe_loop() -> None:
        k = 0
        while not stop.is_set():
            k += 1
            value = 1_000_000.0 + k
            phase = current
            sent = time.perf_counter()
            await probe.call("MeterValues", _meter(f"{value:.1f}", 0.0))
            deadline = time.monotonic() + 30
            while not await asyncio.to_thread(stored, value):
                if time.monotonic() > deadline:
                    break
                await asyncio.sleep(0.02)
            phase.lags.append(time.perf_counter() - sent)
            await asyncio.sleep(0.1)

    tasks = [asyncio.create_task(charger_loop(i, c)) for i, c in enumerate(load)]
    tasks.append(asyncio.create_task(probe_loop()))
    for phase, with_nan in ((clean, False), (nan, True), (nan, True), (clean, False)):
        # ABBA, half the time each: the machine is shared and the database grows, drift cancels out
        current, nan_on = phase, with_nan
        await asyncio.sleep(seconds / 2)
    stop.set()
    await asyncio.gather(*tasks, return_exceptions=True)
    await asyncio.gather(*(c.ws.close() for c in [*load, probe]), return_exceptions=True)

    with sqlite3.connect(f"file:{db_file}?mode=ro", uri=True) as conn:
        bad_rows = conn.execute(
            "SELECT count(*) FROM meter_values WHERE value IS NULL OR value != value OR abs(value) > 1e308"
        ).fetchone()[0]
    return clean, nan, int(bad_rows)


def _ms(values: list[float]) -> str:
    values = sorted(values)
    return f"{1000 * percentile(values, 50):.0f} / {1000 * percentile(values, 99):.0f} / {1000 * (values[-1] if values else 0):.0f}"


def run(
    chargers: int = 1000, *, seconds: float = 20.0, interval: float = 2.0, workdir: Path | None = None
) -> FaultResult:
    result = FaultResult(
        "nan",
        f"A NaN meter value during a load of {chargers:,} chargers",
        f"{chargers:,} chargers (known stations) sending MeterValues (3 sampled values) every {interval:g} s, "
        "and a probe charger whose values the bench reads back from the database (the flush lag); "
        f'{seconds:g} s clean and {seconds:g} s with charger 0 sending "NaN" in every MeterValues, in four '
        "phases (clean, NaN, NaN, clean). "
        "serve on SQLite; client in one process.",
        load_before=load_average(),
    )
    workdir = workdir or new_workdir("nan")
    db_file = workdir / "nan.db"
    url = f"sqlite:///{db_file}"
    prepare_database(url, [StationSpec(f"NAN{i:05d}") for i in range(chargers)] + [StationSpec("NANPROBE")])
    serve = Serve(url, workdir, unknown="reject")
    serve.start()
    try:
        clean, nan, bad_rows = asyncio.run(_run(serve.url, db_file, chargers, interval, seconds))
        alive = serve.alive
    finally:
        exit_code = serve.stop()
    log = serve.log_text()
    row_by_row = log.count("row by row")
    tracebacks = serve.tracebacks()
    p99 = {name: percentile(sorted(p.lags), 99) for name, p in (("clean", clean), ("nan", nan))}
    r99 = {name: percentile(sorted(p.replies), 99) for name, p in (("clean", clean), ("nan", nan))}
    result.add("chargers", chargers)
    result.add("MeterValues sent, clean / NaN phase", f"{clean.sent:,} / {nan.sent:,}")
    result.add("flush lag p50 / p99 / max ms, clean phase", _ms(clean.lags))
    result.add("flush lag p50 / p99 / max ms, NaN phase", _ms(nan.lags))
    result.add("others' reply p50 / p99 / max ms, clean phase", _ms(clean.replies))
    result.add("others' reply p50 / p99 / max ms, NaN phase", _ms(nan.replies))
    result.add(
        "CallErrors to the other chargers",
        sum(clean.errors_others.values()) + sum(nan.errors_others.values()),
    )
    result.add(
        "answers to the NaN charger's MeterValues",
        ", ".join(f"{k}: {v}" for k, v in sorted(nan.errors_nan.items())) or "all accepted",
    )
    result.add("non-finite or NULL values stored", bad_rows)
    result.add("telemetry flushes written row by row", row_by_row)
    result.add("serve crashed", "no" if alive else "YES")
    result.add("tracebacks in serve's log", tracebacks)
    result.load_after = load_average()
    if p99["nan"] > 1.5 * p99["clean"] + 0.25:
        result.fail(f"the flush lag p99 grew from {p99['clean']:.3f} s to {p99['nan']:.3f} s with a NaN")
    if r99["nan"] > 1.5 * r99["clean"] + 0.25:
        result.fail(f"the others' reply p99 grew from {r99['clean']:.3f} s to {r99['nan']:.3f} s with a NaN")
    if clean.errors_others or nan.errors_others:
        result.fail(f"other chargers got CallErrors: {clean.errors_others} {nan.errors_others}")
    if bad_rows:
        result.fail(f"{bad_rows} non-finite or NULL meter values stored")
    if row_by_row:
        result.fail(f"serve wrote {row_by_row} telemetry flush(es) row by row")
    if not alive:
        result.fail(f"serve died (exit status {exit_code}): {serve.tail()}")
    if tracebacks:
        result.fail(f"serve logged {tracebacks} traceback(s): {serve.tail()}")
    return result
