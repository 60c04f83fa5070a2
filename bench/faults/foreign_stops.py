"""Foreign StopTransactions: chargers re-sending StopTransaction for transaction ids they do not own.

    python -m bench.faults --only foreign            # 100 chargers, 4 × 15 s
    python -m bench.faults --only foreign --small    # 20 chargers, 4 × 3 s

It happens after a database reset and with buggy firmware: a charger keeps sending a StopTransaction for an id
that is another charger's, or that no longer exists, each time with a new timestamp and meterStop. OCPP 1.6
§4.10 says the central system answers every StopTransaction whatever it refers to; a CallError makes the charger
retry forever with its queue blocked, and a failing item must not take the group commit of the others down.

N chargers (known stations, SQLite) each store one session of their own (Start, Stop). Then every charger sends
StopTransactions in a closed loop (the next one as soon as the previous is answered), with new values each
time, in four phases of equal length, ABBA: **own** — for its own, already closed transaction (a repeated stop)
— and **foreign** — alternately for the next charger's transaction and for an id from before a database reset.
Survived when no StopTransaction got a CallError, the foreign throughput is within 10 % of the own one (measured
side by side in the same run), every charger's own session is untouched by the others' stops, serve still runs
and logged no traceback.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
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

STALE_BASE = 50_000_000  # ids from before a database reset: no session has them


@dataclass
class PhaseTally:
    calls: int = 0
    seconds: float = 0.0
    call_errors: dict[str, int] = field(default_factory=dict)
    latencies: list[float] = field(default_factory=list)

    @property
    def rate(self) -> float:
        return self.calls / self.seconds if self.seconds else 0.0


class _Charger:
    def __init__(self, ws: ClientConnection, cp_id: str) -> None:
        self.ws = ws
        self.cp_id = cp_id
        self.seq = 0
        self.own_tx = 0
        self.own_meter = 0

    async def call(self, action: str, payload: dict[str, object]) -> list[object]:
        self.seq += 1
        mid = f"m{self.seq}"
        await self.ws.send(json.dumps([2, mid, action, payload], separators=(",", ":")))
        while True:
            msg = json.loads(await asyncio.wait_for(self.ws.recv(), 30))
            if msg[0] == 2:  # a call from the central system: answer it
                await self.ws.send(f'[3,{json.dumps(msg[1])},{{"status":"Accepted"}}]')
                continue
            if msg[1] == mid:
                return list(msg)


async def _setup(url: str, ids: list[str], base: dt.datetime) -> list[_Charger]:
    gate = asyncio.Semaphore(50)

    async def one(i: int, cp_id: str) -> _Charger:
        async with gate:
            ws = await connect(
                url + cp_id, subprotocols=[SUBPROTOCOL], compression=None, proxy=None, ping_interval=None
            )
            c = _Charger(ws, cp_id)
            await c.call("BootNotification", {"chargePointVendor": "ABB", "chargePointModel": "Terra AC"})
            c.own_meter = 100_000 * (i + 1)
            start = await c.call(
                "StartTransaction",
                {"connectorId": 1, "idTag": f"T{i:05d}", "meterStart": c.own_meter, "timestamp": iso(base)},
            )
            c.own_tx = int(start[2]["transactionId"])  # type: ignore[index]
            await c.call(
                "StopTransaction",
                {
                    "transactionId": c.own_tx,
                    "meterStop": c.own_meter + 5000,
                    "timestamp": iso(base + dt.timedelta(minutes=30)),
                    "reason": "Local",
                },
            )
            return c

    return list(await asyncio.gather(*(one(i, cp) for i, cp in enumerate(ids))))


async def _phase(chargers: list[_Charger], foreign: bool, seconds: float, base: dt.datetime) -> PhaseTally:
    tally = PhaseTally()
    end = time.monotonic() + seconds
    n = len(chargers)

    async def loop(i: int, c: _Charger) -> None:
        k = 0
        while time.monotonic() < end:
            k += 1
            if not foreign:
                tx = c.own_tx
            elif k % 2:
                tx = chargers[(i + 1) % n].own_tx  # another charger's transaction
            else:
                tx = STALE_BASE + i  # a transaction from before a database reset
            payload = {
                "transactionId": tx,
                "meterStop": c.own_meter + 5000 + k,  # new values every time, as a buggy charger sends them
                "timestamp": iso(base + dt.timedelta(minutes=31, seconds=k)),
                "reason": "Local",
            }
            sent = time.perf_counter()
            answer = await c.call("StopTransaction", payload)
            tally.latencies.append(time.perf_counter() - sent)
            tally.calls += 1
            if answer[0] == 4:
                code = str(answer[2])
                tally.call_errors[code] = tally.call_errors.get(code, 0) + 1

    t0 = time.perf_counter()
    await asyncio.gather(*(loop(i, c) for i, c in enumerate(chargers)))
    tally.seconds = time.perf_counter() - t0
    return tally


async def _run(url: str, ids: list[str], seconds: float) -> tuple[list[_Charger], PhaseTally, PhaseTally]:
    base = dt.datetime.now(dt.UTC) - dt.timedelta(hours=2)
    chargers = await _setup(url, ids, base)
    own, other = PhaseTally(), PhaseTally()
    try:
        for foreign in (False, True, True, False):  # ABBA: the machine is shared, drift cancels out
            t = await _phase(chargers, foreign, seconds, base)
            into = other if foreign else own
            into.calls += t.calls
            into.seconds += t.seconds
            into.latencies += t.latencies
            for code, count in t.call_errors.items():
                into.call_errors[code] = into.call_errors.get(code, 0) + count
    finally:
        await asyncio.gather(*(c.ws.close() for c in chargers), return_exceptions=True)
    return chargers, own, other


def _own_sessions_untouched(url: str, chargers: list[_Charger]) -> list[str]:
    from sqlalchemy import select

    from app.db import Database
    from app.models import ChargingSession

    database = Database(url)
    try:
        with database.session() as s:
            rows = {
                r.id: r
                for r in s.scalars(
                    select(ChargingSession).where(ChargingSession.id.in_([c.own_tx for c in chargers]))
                )
            }
    finally:
        database.dispose()
    return [
        c.cp_id
        for c in chargers
        if c.own_tx not in rows
        or rows[c.own_tx].charge_point_id != c.cp_id
        or rows[c.own_tx].meter_stop_wh != c.own_meter + 5000
    ]


def run(chargers: int = 100, *, seconds: float = 15.0, workdir: Path | None = None) -> FaultResult:
    result = FaultResult(
        "foreign",
        f"Foreign StopTransactions, {chargers:,} chargers",
        f"{chargers:,} chargers (known stations) with one stored session each, then StopTransactions in a "
        f"closed loop with new values each time, four phases of {seconds:g} s (ABBA): for the charger's own "
        "closed transaction, and for another charger's transaction or an id from before a database reset. "
        "serve on SQLite; client in one process.",
        load_before=load_average(),
    )
    workdir = workdir or new_workdir("foreign")
    url = f"sqlite:///{workdir / 'foreign.db'}"
    ids = [f"FOREIGN{i:04d}" for i in range(chargers)]
    prepare_database(url, [StationSpec(cp) for cp in ids])
    serve = Serve(url, workdir, unknown="reject")
    serve.start()
    try:
        chargers_, own, other = asyncio.run(_run(serve.url, ids, seconds))
        alive = serve.alive
    finally:
        exit_code = serve.stop()
    tracebacks = serve.tracebacks()
    damaged = _own_sessions_untouched(url, chargers_)
    ratio = other.rate / own.rate if own.rate else 0.0
    own.latencies.sort()
    other.latencies.sort()
    result.add("chargers", chargers)
    result.add("own ids: StopTransactions answered / s", round(own.rate, 1))
    result.add("foreign ids: StopTransactions answered / s", round(other.rate, 1))
    result.add("foreign / own throughput", f"{ratio:.2f}×")
    result.add(
        "reply p50 / p99 ms, own → foreign",
        f"{1000 * percentile(own.latencies, 50):.1f} / {1000 * percentile(own.latencies, 99):.1f} → "
        f"{1000 * percentile(other.latencies, 50):.1f} / {1000 * percentile(other.latencies, 99):.1f}",
    )
    result.add("StopTransactions sent, own / foreign", f"{own.calls:,} / {other.calls:,}")
    errors = {**own.call_errors}
    for code, count in other.call_errors.items():
        errors[code] = errors.get(code, 0) + count
    result.add("CallErrors", ", ".join(f"{k}: {v}" for k, v in sorted(errors.items())) or "0")
    result.add("own sessions changed by the others' stops", len(damaged))
    result.add("serve crashed", "no" if alive else "YES")
    result.add("tracebacks in serve's log", tracebacks)
    result.load_after = load_average()
    if errors:
        result.fail(f"StopTransactions answered with a CallError: {errors}")
    if ratio < 0.9:
        result.fail(f"foreign ids ran at {ratio:.2f}× the throughput of own ids (at least 0.90× expected)")
    if damaged:
        result.fail(f"{len(damaged)} chargers' own sessions changed, e.g. {damaged[:3]}")
    if not alive:
        result.fail(f"serve died (exit status {exit_code}): {serve.tail()}")
    if tracebacks:
        result.fail(f"serve logged {tracebacks} traceback(s): {serve.tail()}")
    return result
