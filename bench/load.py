"""OCPP 1.6J load generator: N simulated chargers against one central system.

    python -m bench.load --url ws://127.0.0.1:9000/ocpp --chargers 100 --mode closed --duration 10

Each charger has its own WebSocket connection to ``{url}/{charger_id}`` (subprotocol ``ocpp1.6``, no
compression, no proxy), sends a BootNotification, then, once every charger is connected and booted:

* ``closed``: sends its next call as soon as the previous CallResult arrives (saturation: max calls/s);
* ``open``: sends at ``--rate-per-charger`` calls/s on a fixed schedule with a random phase (a realistic
  load: reply latency at a given rate, not throughput);
* ``idle``: like ``open`` with heartbeats only, by default one a minute (holding many connections).

The calls follow ``--mix``: ``session`` (default) repeats Heartbeat, StatusNotification(Preparing),
Authorize, StartTransaction, StatusNotification(Charging), ``--meter-values`` × MeterValues,
StopTransaction, StatusNotification(Available), with the transactionId the server returned;
``transaction`` (issue #16's transaction-heavy mix) repeats Heartbeat, StatusNotification(Preparing), Authorize,
StartTransaction, MeterValues, StopTransaction; ``heartbeat`` sends only Heartbeats. Frames are JSON text assembled from constant pieces around a per-charger message
id counter; replies are parsed with ``json.loads`` and matched to the id. Calls the server sends (e.g.
GetConfiguration after boot) are answered at once with a plausible CallResult.

Measured over ``--duration`` seconds after ``--warmup`` seconds: calls/s (CallResults received in the
window), reply latency p50/p90/p99/max in ms (send to CallResult), errors over the whole run (CallError by
code, timeouts, disconnects, failed connections or boots; not in calls/s nor latencies), idTagInfo
statuses other than Accepted ("rejected", not errors) and the client's own CPU use. The result is one JSON line on stdout.
``--processes K`` splits the chargers over K client processes that start measuring together; their
samples are merged exactly.
"""

from __future__ import annotations

import argparse
import array
import asyncio
import json
import math
import random
import resource
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Generator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed, InvalidHandshake, InvalidURI
from websockets.typing import Subprotocol

SUBPROTOCOL = Subprotocol("ocpp1.6")
MODES = ("closed", "open", "idle")
MIXES = ("session", "transaction", "heartbeat")

perf = time.perf_counter

# The calls a charger makes, coded as one byte per latency sample.
ACTIONS = (
    "BootNotification",
    "Heartbeat",
    "StatusNotification",
    "Authorize",
    "StartTransaction",
    "MeterValues",
    "StopTransaction",
)
ACTION_CODE = {name: code for code, name in enumerate(ACTIONS)}

# A call the charger makes: (action, message id, frame).
Step = tuple[str, str, str]
# What the charger gets back: the CallResult payload (a dict for every 1.6 response).
Payload = Any
Script = Generator[Step, Payload, None]

# Replies to calls the central system makes (1.6 response payloads, valid against the schemas).
_SERVER_CALL_REPLIES: dict[str, str] = {
    "GetConfiguration": '{"configurationKey":[]}',
    "GetDiagnostics": "{}",
    "GetLocalListVersion": '{"listVersion":0}',
    "TriggerMessage": '{"status":"NotImplemented"}',
    "RemoteStartTransaction": '{"status":"Rejected"}',
    "RemoteStopTransaction": '{"status":"Rejected"}',
    "ReserveNow": '{"status":"Rejected"}',
    "GetCompositeSchedule": '{"status":"Rejected"}',
    "DataTransfer": '{"status":"UnknownVendorId"}',
}
_DEFAULT_SERVER_CALL_REPLY = '{"status":"Accepted"}'


class CallFailed(Exception):
    """A call that got no CallResult: ``kind`` is the error counter it goes to."""

    def __init__(self, kind: str) -> None:
        super().__init__(kind)
        self.kind = kind


class Clock:
    """UTC timestamps for frames, formatted at most once a second."""

    def __init__(self) -> None:
        self._second = -1
        self._text = ""

    def now(self) -> str:
        second = int(time.time())
        if second != self._second:
            self._second = second
            self._text = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(second))
        return self._text


class Charger:
    """One simulated charge point: its id, message id counter, meter register and frames."""

    def __init__(self, charger_id: str, index: int, clock: Clock, meter_values: int) -> None:
        self.id = charger_id
        self.index = index
        self.tag = f"TAG{index:07d}"
        self.energy_wh = 0
        self._seq = 0
        self._clock = clock
        self._meter_values = meter_values

    def next_id(self) -> str:
        self._seq += 1
        return str(self._seq)

    # --- frames ---------------------------------------------------------------------------------------

    def boot(self) -> Step:
        mid = self.next_id()
        payload = '{"chargePointVendor":"ChargeDesk","chargePointModel":"bench","firmwareVersion":"bench-1"}'
        return "BootNotification", mid, f'[2,"{mid}","BootNotification",{payload}]'

    def heartbeat(self) -> Step:
        mid = self.next_id()
        return "Heartbeat", mid, f'[2,"{mid}","Heartbeat",{{}}]'

    def status(self, status: str) -> Step:
        mid = self.next_id()
        payload = (
            f'{{"connectorId":1,"errorCode":"NoError","status":"{status}","timestamp":"{self._clock.now()}"}}'
        )
        return "StatusNotification", mid, f'[2,"{mid}","StatusNotification",{payload}]'

    def authorize(self) -> Step:
        mid = self.next_id()
        return "Authorize", mid, f'[2,"{mid}","Authorize",{{"idTag":"{self.tag}"}}]'

    def start_transaction(self) -> Step:
        mid = self.next_id()
        payload = (
            f'{{"connectorId":1,"idTag":"{self.tag}","meterStart":{self.energy_wh},'
            f'"timestamp":"{self._clock.now()}"}}'
        )
        return "StartTransaction", mid, f'[2,"{mid}","StartTransaction",{payload}]'

    def meter_values(self, transaction_id: int) -> Step:
        mid = self.next_id()
        self.energy_wh += 250
        payload = (
            f'{{"connectorId":1,"transactionId":{transaction_id},"meterValue":[{{"timestamp":'
            f'"{self._clock.now()}","sampledValue":[{{"value":"{self.energy_wh}","context":"Sample.Periodic",'
            '"measurand":"Energy.Active.Import.Register","unit":"Wh"}]}]}'
        )
        return "MeterValues", mid, f'[2,"{mid}","MeterValues",{payload}]'

    def stop_transaction(self, transaction_id: int) -> Step:
        mid = self.next_id()
        self.energy_wh += 250
        payload = (
            f'{{"transactionId":{transaction_id},"idTag":"{self.tag}","meterStop":{self.energy_wh},'
            f'"timestamp":"{self._clock.now()}","reason":"Local"}}'
        )
        return "StopTransaction", mid, f'[2,"{mid}","StopTransaction",{payload}]'

    # --- scripts --------------------------------------------------------------------------------------

    def script(self, mix: str) -> Script:
        if mix == "session":
            return self._session()
        if mix == "transaction":
            return self._transactions()
        return self._heartbeats()

    def _heartbeats(self) -> Script:
        while True:
            yield self.heartbeat()

    def _session(self) -> Script:
        while True:
            yield self.heartbeat()
            yield self.status("Preparing")
            yield self.authorize()
            reply = yield self.start_transaction()
            transaction_id = reply.get("transactionId") if isinstance(reply, dict) else None
            if isinstance(transaction_id, int):
                yield self.status("Charging")
                for _ in range(self._meter_values):
                    yield self.meter_values(transaction_id)
                yield self.stop_transaction(transaction_id)
            yield self.status("Available")

    def _transactions(self) -> Script:
        """Issue #16's transaction-heavy mix: 6 calls per cycle, 4 of them stored (a busy site's shift change)."""
        while True:
            yield self.heartbeat()
            yield self.status("Preparing")
            yield self.authorize()
            reply = yield self.start_transaction()
            transaction_id = reply.get("transactionId") if isinstance(reply, dict) else None
            if isinstance(transaction_id, int):
                yield self.meter_values(transaction_id)
                yield self.stop_transaction(transaction_id)


@dataclass
class Stats:
    """What one process measured. Calls and latencies count only replies inside the window."""

    window_start: float = math.inf
    window_end: float = math.inf
    latencies_ms: array.array[float] = field(default_factory=lambda: array.array("d"))
    actions: array.array[int] = field(default_factory=lambda: array.array("B"))
    errors: Counter[str] = field(default_factory=Counter)
    rejected: int = 0
    server_calls: int = 0
    stale_replies: int = 0
    late_sends: int = 0
    connected: int = 0

    def record(self, action: str, sent: float, replied: float) -> None:
        if self.window_start <= replied < self.window_end:
            self.latencies_ms.append((replied - sent) * 1000.0)
            self.actions.append(ACTION_CODE[action])


@dataclass(frozen=True)
class LoadConfig:
    url: str
    chargers: int
    mode: str = "closed"
    mix: str = "session"
    duration: float = 10.0
    warmup: float = 2.0
    rate_per_charger: float = 0.1
    meter_values: int = 3
    timeout: float = 10.0
    connect_concurrency: int = 100
    first_index: int = 1
    id_prefix: str = "BENCH"
    seed: int = 1
    compression: bool = False
    answer_delay_s: float = 0.0  # how long a charger takes to answer the central system's calls

    def charger_id(self, index: int) -> str:
        return f"{self.id_prefix}{index:06d}"


class Run:
    """The chargers of one process and the shared state they report to."""

    def __init__(self, cfg: LoadConfig) -> None:
        self.cfg = cfg
        self.stats = Stats()
        self.clock = Clock()
        self.go = asyncio.Event()
        self.go_at = math.inf
        self.stop_at = math.inf
        self.settled = 0
        self.all_settled = asyncio.Event()
        self._gate = asyncio.Semaphore(cfg.connect_concurrency)
        self._rng = random.Random(cfg.seed * 1_000_003 + cfg.first_index)
        # several base URLs (comma-separated: serve processes sharing one database) take the chargers in turn
        self._bases = [url.rstrip("/") for url in cfg.url.split(",")]

    # --- one charger ----------------------------------------------------------------------------------

    def _settle(self) -> None:
        self.settled += 1
        if self.settled == self.cfg.chargers:
            self.all_settled.set()

    def url_of(self, charger: Charger) -> str:
        """Where ``charger`` connects: ``{url}/{charger_id}``, of the URLs in turn by the charger's index."""
        return f"{self._bases[(charger.index - 1) % len(self._bases)]}/{charger.id}"

    async def _open(self, charger: Charger) -> ClientConnection | None:
        """Connect and boot; None (and an error counted) when the central system would not have us."""
        async with self._gate:
            try:
                ws = await connect(
                    self.url_of(charger),
                    subprotocols=[SUBPROTOCOL],
                    compression="deflate" if self.cfg.compression else None,
                    proxy=None,
                    open_timeout=self.cfg.timeout,
                    close_timeout=2,
                    user_agent_header="chargedesk-bench",
                )
            except (OSError, InvalidHandshake, InvalidURI, TimeoutError):
                self.stats.errors["connect"] += 1
                return None
            if ws.subprotocol != SUBPROTOCOL:
                self.stats.errors["subprotocol"] += 1
                await ws.close()
                return None
            try:
                _, mid, frame = charger.boot()
                await ws.send(frame)
                reply = await self._reply(ws, mid)
            except (CallFailed, ConnectionClosed) as exc:
                self.stats.errors["boot:" + (exc.kind if isinstance(exc, CallFailed) else "disconnect")] += 1
                await ws.close()
                return None
            if not isinstance(reply, dict) or reply.get("status") != "Accepted":
                status = reply.get("status") if isinstance(reply, dict) else reply
                self.stats.errors[f"boot:{status}"] += 1
                await ws.close()
                return None
            return ws

    async def charger(self, index: int) -> None:
        charger = Charger(self.cfg.charger_id(index), index, self.clock, self.cfg.meter_values)
        ws = await self._open(charger)
        if ws is None:
            self._settle()
            return
        script = charger.script(self.cfg.mix)
        reply: Payload = None
        if self.cfg.mode != "closed" and self.cfg.mix in ("session", "transaction"):
            try:
                reply = await self._preroll(ws, script)
            except ConnectionClosed:
                self.stats.errors["preroll:disconnect"] += 1
                self._settle()
                return
        self.stats.connected += 1
        self._settle()
        await self.go.wait()
        try:
            while True:
                try:
                    if self.cfg.mode == "closed":
                        await self._closed_loop(ws, script)
                    else:
                        await self._open_loop(ws, script, reply)
                    return
                except ConnectionClosed:
                    if perf() >= self.stop_at:
                        return
                    self.stats.errors["disconnect"] += 1
                await ws.close()
                await asyncio.sleep(0.5 + self._rng.random())
                if perf() >= self.stop_at:
                    return
                reopened = await self._open(charger)
                if reopened is None:
                    return
                ws = reopened
                script = charger.script(self.cfg.mix)
                reply = None
        finally:
            await ws.close()

    async def _preroll(self, ws: ClientConnection, script: Script) -> Payload:
        """Before an open loop, move the charger to a random point of its session script, so that the
        measured calls are the script's mix (in 30 s at one call per 10 s a charger makes only 3 calls).
        Returns the last reply, for the script's next step."""
        reply: Payload = None
        cycle = 8 + self.cfg.meter_values if self.cfg.mix == "session" else 6
        for _ in range(self._rng.randrange(cycle)):
            action, mid, frame = script.send(reply)
            await ws.send(frame)
            try:
                reply = await self._reply(ws, mid)
            except CallFailed as exc:
                self.stats.errors[f"preroll:{exc.kind} {action}"] += 1
                reply = None
        return reply

    async def _closed_loop(self, ws: ClientConnection, script: Script) -> None:
        stats = self.stats
        stop_at = self.stop_at
        reply: Payload = None
        while True:
            action, mid, frame = script.send(reply)
            sent = perf()
            await ws.send(frame)
            try:
                reply = await self._reply(ws, mid)
            except CallFailed as exc:
                stats.errors[f"{exc.kind} {action}"] += 1
                reply = None
                if perf() >= stop_at:
                    return
                continue
            replied = perf()
            stats.record(action, sent, replied)
            if replied >= stop_at:
                return

    async def _open_loop(self, ws: ClientConnection, script: Script, reply: Payload) -> None:
        stats = self.stats
        interval = 1.0 / self.cfg.rate_per_charger
        due = self.go_at + self._rng.uniform(0.0, interval)
        while due < self.stop_at:
            await self._idle_until(ws, due)
            action, mid, frame = script.send(reply)
            sent = perf()
            if sent - due > 0.1:
                stats.late_sends += 1
            await ws.send(frame)
            due += interval
            try:
                reply = await self._reply(ws, mid)
            except CallFailed as exc:
                stats.errors[f"{exc.kind} {action}"] += 1
                reply = None
                continue
            stats.record(action, sent, perf())

    # --- frames in ------------------------------------------------------------------------------------

    async def _idle_until(self, ws: ClientConnection, due: float) -> None:
        """Wait until ``due`` while answering whatever the central system sends meanwhile."""
        delay = due - perf()
        while delay > 0:
            try:
                async with asyncio.timeout(delay):
                    raw = await ws.recv()
            except TimeoutError:
                return
            await self._unsolicited(ws, raw)
            delay = due - perf()

    async def _reply(self, ws: ClientConnection, mid: str) -> Payload:
        """The payload of the CallResult for ``mid``; CallFailed for a CallError or a timeout."""
        try:
            async with asyncio.timeout(self.cfg.timeout):
                while True:
                    raw = await ws.recv()
                    try:
                        msg = json.loads(raw)
                        kind, unique_id = msg[0], msg[1]
                    except (ValueError, TypeError, IndexError, KeyError):
                        self.stats.errors["bad_frame"] += 1
                        continue
                    if unique_id == mid:
                        if kind == 3:
                            payload = msg[2]
                            if type(payload) is dict and "idTagInfo" in payload:
                                self._check_id_tag(payload)
                            return payload
                        if kind == 4:
                            raise CallFailed(f"CallError:{msg[2] if len(msg) > 2 else '?'}")
                    await self._unsolicited(ws, raw, msg)
        except TimeoutError:
            raise CallFailed("timeout") from None

    def _check_id_tag(self, payload: dict[str, Any]) -> None:
        info = payload["idTagInfo"]
        if not isinstance(info, dict) or info.get("status") != "Accepted":
            self.stats.rejected += 1

    async def _unsolicited(self, ws: ClientConnection, raw: str | bytes, msg: Any = None) -> None:
        if msg is None:
            try:
                msg = json.loads(raw)
            except ValueError:
                self.stats.errors["bad_frame"] += 1
                return
        if isinstance(msg, list) and len(msg) >= 3 and msg[0] == 2 and isinstance(msg[2], str):
            self.stats.server_calls += 1
            payload = _SERVER_CALL_REPLIES.get(msg[2], _DEFAULT_SERVER_CALL_REPLY)
            if self.cfg.answer_delay_s > 0:
                await asyncio.sleep(self.cfg.answer_delay_s)
            await ws.send("[3," + json.dumps(msg[1]) + "," + payload + "]")
        else:
            self.stats.stale_replies += 1


# --- one process ----------------------------------------------------------------------------------------


def raise_fd_limit() -> int:
    """Raise the open-files limit to the hard limit (one socket per charger); returns the new soft limit."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    target = hard if hard != resource.RLIM_INFINITY else max(soft, 1 << 20)
    if soft < target:
        try:
            resource.setrlimit(resource.RLIMIT_NOFILE, (target, hard))
            soft = target
        except (ValueError, OSError):
            pass
    return soft


@dataclass
class ProcessResult:
    stats: Stats
    cpu_s: float
    wall_s: float
    window_unix: tuple[float, float]


async def run_process(cfg: LoadConfig, wait_for_go: bool = False) -> ProcessResult:
    """Connect and boot every charger, (in a worker) wait for "go" on stdin, then load and measure."""
    run = Run(cfg)
    tasks = [asyncio.create_task(run.charger(cfg.first_index + i)) for i in range(cfg.chargers)]
    if cfg.chargers:
        await run.all_settled.wait()
    if wait_for_go:
        print(f"ready {run.stats.connected}", flush=True)
        line = await asyncio.get_running_loop().run_in_executor(None, sys.stdin.readline)
        if line.strip() != "go":
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
            raise SystemExit("bench.load worker: no go")
    run.go_at = perf()
    run.stats.window_start = run.go_at + cfg.warmup
    run.stats.window_end = run.stop_at = run.stats.window_start + cfg.duration
    run.go.set()
    await asyncio.sleep(cfg.warmup)
    cpu0, wall0, unix0 = time.process_time(), perf(), time.time()
    await asyncio.sleep(max(0.0, run.stop_at - perf()))
    cpu1, wall1, unix1 = time.process_time(), perf(), time.time()
    _, pending = await asyncio.wait(tasks, timeout=cfg.timeout + 3)
    for task in pending:
        task.cancel()
        run.stats.errors["stuck"] += 1
    await asyncio.gather(*tasks, return_exceptions=True)
    return ProcessResult(run.stats, cpu1 - cpu0, wall1 - wall0, (unix0, unix1))


# --- results --------------------------------------------------------------------------------------------


def percentile(sorted_values: Sequence[float], p: float) -> float:
    """Nearest-rank percentile of an already sorted sequence (0 for an empty one)."""
    if not sorted_values:
        return 0.0
    rank = max(1, math.ceil(p / 100.0 * len(sorted_values)))
    return sorted_values[min(rank, len(sorted_values)) - 1]


def _latency(values: list[float]) -> dict[str, float]:
    values.sort()
    return {
        "p50": round(percentile(values, 50), 3),
        "p90": round(percentile(values, 90), 3),
        "p99": round(percentile(values, 99), 3),
        "max": round(values[-1], 3) if values else 0.0,
        "mean": round(sum(values) / len(values), 3) if values else 0.0,
    }


def summarize(
    cfg: LoadConfig,
    processes: int,
    latencies_ms: array.array[float],
    actions: array.array[int],
    parts: Sequence[dict[str, Any]],
) -> dict[str, Any]:
    """The JSON result: merged counters of every process and the percentiles of all samples."""
    errors: Counter[str] = Counter()
    for part in parts:
        errors.update(part["errors"])
    per_action: dict[int, list[float]] = {}
    for code, value in zip(actions, latencies_ms, strict=True):
        per_action.setdefault(code, []).append(value)
    calls = len(latencies_ms)
    result: dict[str, Any] = {
        "url": cfg.url,
        "mode": cfg.mode,
        "mix": cfg.mix,
        "chargers": cfg.chargers,
        "connected": sum(p["connected"] for p in parts),
        "processes": processes,
        "warmup_s": cfg.warmup,
        "duration_s": cfg.duration,
        "calls": calls,
        "calls_per_s": round(calls / cfg.duration, 1) if cfg.duration else 0.0,
        "latency_ms": _latency(list(latencies_ms)),
        "errors_total": sum(errors.values()),
        "errors": dict(sorted(errors.items())),
        "rejected": sum(p["rejected"] for p in parts),
        "server_calls": sum(p["server_calls"] for p in parts),
        "stale_replies": sum(p["stale_replies"] for p in parts),
        "by_action": {
            ACTIONS[code]: {"calls": len(values), **_latency(values)}
            for code, values in sorted(per_action.items())
        },
        "client_cpu_pct": round(sum(p["cpu_pct"] for p in parts), 1),
        "compression": cfg.compression,
        "window_unix": [min(p["window_unix"][0] for p in parts), max(p["window_unix"][1] for p in parts)],
    }
    if cfg.mode != "closed":
        result["rate_per_charger"] = cfg.rate_per_charger
        result["offered_calls_per_s"] = round(cfg.chargers * cfg.rate_per_charger, 1)
        result["late_sends"] = sum(p["late_sends"] for p in parts)
    return result


def _part(result: ProcessResult) -> dict[str, Any]:
    s = result.stats
    return {
        "connected": s.connected,
        "errors": dict(s.errors),
        "rejected": s.rejected,
        "server_calls": s.server_calls,
        "stale_replies": s.stale_replies,
        "late_sends": s.late_sends,
        "cpu_pct": 100.0 * result.cpu_s / result.wall_s if result.wall_s > 0 else 0.0,
        "window_unix": list(result.window_unix),
    }


# --- several processes ----------------------------------------------------------------------------------


def _worker_argv(cfg: LoadConfig, chargers: int, first_index: int, samples: Path) -> list[str]:
    return [
        sys.executable,
        "-m",
        "bench.load",
        "--worker",
        "--samples-out",
        str(samples),
        "--url",
        cfg.url,
        "--chargers",
        str(chargers),
        "--first-index",
        str(first_index),
        "--mode",
        cfg.mode,
        "--mix",
        cfg.mix,
        "--duration",
        str(cfg.duration),
        "--warmup",
        str(cfg.warmup),
        "--rate-per-charger",
        str(cfg.rate_per_charger),
        "--meter-values",
        str(cfg.meter_values),
        "--timeout",
        str(cfg.timeout),
        "--connect-concurrency",
        str(cfg.connect_concurrency),
        "--id-prefix",
        cfg.id_prefix,
        "--seed",
        str(cfg.seed),
        *(["--compression"] if cfg.compression else []),
        "--answer-delay-ms",
        str(cfg.answer_delay_s * 1000.0),
    ]


def run_processes(cfg: LoadConfig, processes: int) -> dict[str, Any]:
    """Split the chargers over worker processes, start them together, merge what they measured."""
    sizes = [cfg.chargers // processes + (1 if i < cfg.chargers % processes else 0) for i in range(processes)]
    with tempfile.TemporaryDirectory(prefix="bench-load-") as tmp:
        workers: list[tuple[subprocess.Popen[str], Path]] = []
        first = cfg.first_index
        for i, size in enumerate(sizes):
            samples = Path(tmp) / f"samples-{i}.bin"
            argv = _worker_argv(cfg, size, first, samples)
            proc = subprocess.Popen(argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
            workers.append((proc, samples))
            first += size
        try:
            for proc, _ in workers:
                assert proc.stdout is not None
                line = proc.stdout.readline()
                if not line.startswith("ready"):
                    raise SystemExit(f"bench.load: a worker failed before measuring (said {line.strip()!r})")
            for proc, _ in workers:
                assert proc.stdin is not None
                proc.stdin.write("go\n")
                proc.stdin.flush()
            parts: list[dict[str, Any]] = []
            latencies: array.array[float] = array.array("d")
            actions: array.array[int] = array.array("B")
            for proc, samples in workers:
                out, _ = proc.communicate()
                lines = [x for x in out.splitlines() if x.startswith("{")]
                if proc.returncode != 0 or not lines:
                    raise SystemExit(f"bench.load: a worker failed (exit status {proc.returncode})")
                parts.append(json.loads(lines[-1]))
                with samples.open("rb") as f:
                    latencies.frombytes(f.read())
                with samples.with_suffix(".actions").open("rb") as f:
                    actions.frombytes(f.read())
        finally:
            for proc, _ in workers:
                if proc.poll() is None:
                    proc.kill()
                    proc.wait()
    return summarize(cfg, processes, latencies, actions, parts)


# --- command line ---------------------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="python -m bench.load",
        description="Simulated OCPP 1.6J chargers against a central system; prints one JSON line of results.",
    )
    p.add_argument(
        "--url",
        required=True,
        help="base URL; each charger connects to {url}/{charger_id}; with several URLs separated by commas "
        "charger i connects to the i-th (round robin)",
    )
    p.add_argument("--chargers", type=int, default=100, metavar="N")
    p.add_argument("--mode", choices=MODES, default="closed")
    p.add_argument(
        "--mix",
        choices=MIXES,
        default=None,
        help="calls to send: session (default), transaction (issue #16's transaction-heavy cycle) or heartbeat "
        "(the default and only mix for idle)",
    )
    p.add_argument("--duration", type=float, default=10.0, metavar="S", help="measured seconds")
    p.add_argument("--warmup", type=float, default=2.0, metavar="S", help="unmeasured seconds first")
    p.add_argument(
        "--rate-per-charger",
        type=float,
        default=None,
        metavar="R",
        help="calls/s per charger in open mode (default 0.1) and idle mode (default 1/60)",
    )
    p.add_argument("--meter-values", type=int, default=3, metavar="K", help="MeterValues per session")
    p.add_argument("--timeout", type=float, default=10.0, metavar="S", help="per call and per connection")
    p.add_argument(
        "--connect-concurrency",
        type=int,
        default=100,
        metavar="C",
        help="connections opened at once while ramping up",
    )
    p.add_argument("--processes", type=int, default=1, metavar="K", help="client processes")
    p.add_argument("--ocpp", choices=["1.6"], default="1.6", help="protocol version (1.6J only for now)")
    p.add_argument("--id-prefix", default="BENCH", help="charger ids are PREFIX000001, PREFIX000002, …")
    p.add_argument("--first-index", type=int, default=1, help=argparse.SUPPRESS)
    p.add_argument(
        "--compression",
        action="store_true",
        help="offer permessage-deflate (off by default: most chargers do not use it)",
    )
    p.add_argument(
        "--answer-delay-ms",
        type=float,
        default=0.0,
        metavar="MS",
        help="each charger answers the central system's calls after MS milliseconds (default 0: at once)",
    )
    p.add_argument("--seed", type=int, default=1, help="seed of the open-loop phases")
    p.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    p.add_argument("--samples-out", type=Path, default=None, help=argparse.SUPPRESS)
    p.add_argument("--quiet", action="store_true", help="no human-readable summary on stderr")
    return p


def config_from_args(args: argparse.Namespace) -> LoadConfig:
    mix = args.mix or ("heartbeat" if args.mode == "idle" else "session")
    if args.mode == "idle" and mix != "heartbeat":
        raise SystemExit("bench.load: idle mode sends heartbeats only")
    rate = args.rate_per_charger
    if rate is None:
        rate = 1 / 60 if args.mode == "idle" else 0.1
    if rate <= 0 or args.chargers < 1 or args.duration <= 0 or args.processes < 1:
        raise SystemExit("bench.load: --chargers, --duration, --processes and the rate must be positive")
    return LoadConfig(
        url=args.url,
        chargers=args.chargers,
        mode=args.mode,
        mix=mix,
        duration=args.duration,
        warmup=args.warmup,
        rate_per_charger=rate,
        meter_values=args.meter_values,
        timeout=args.timeout,
        connect_concurrency=args.connect_concurrency,
        first_index=args.first_index,
        id_prefix=args.id_prefix,
        seed=args.seed,
        compression=args.compression,
        answer_delay_s=max(0.0, args.answer_delay_ms) / 1000.0,
    )


def human(result: dict[str, Any]) -> str:
    lat = result["latency_ms"]
    return (
        f"{result['mode']}/{result['mix']}: {result['connected']}/{result['chargers']} chargers, "
        f"{result['calls_per_s']:,.0f} calls/s, p50 {lat['p50']:.2f} ms, p99 {lat['p99']:.2f} ms, "
        f"max {lat['max']:.1f} ms, errors {result['errors_total']}, client CPU {result['client_cpu_pct']:.0f}%"
    )


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    cfg = config_from_args(args)
    raise_fd_limit()
    if args.processes > 1 and not args.worker:
        result = run_processes(cfg, args.processes)
    else:
        outcome = asyncio.run(run_process(cfg, wait_for_go=args.worker))
        if args.worker:
            if args.samples_out is not None:
                with args.samples_out.open("wb") as f:
                    outcome.stats.latencies_ms.tofile(f)
                with args.samples_out.with_suffix(".actions").open("wb") as f:
                    outcome.stats.actions.tofile(f)
            print(json.dumps(_part(outcome)), flush=True)
            return 0
        result = summarize(cfg, 1, outcome.stats.latencies_ms, outcome.stats.actions, [_part(outcome)])
    if not args.quiet:
        print(human(result), file=sys.stderr)
    print(json.dumps(result), flush=True)
    return 0 if result["connected"] == cfg.chargers else 1


if __name__ == "__main__":
    sys.exit(main())
