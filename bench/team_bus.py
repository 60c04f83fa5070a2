"""Team mode's site bus (issue #12) measured: host → attached console event latency, an operation's round trip
through the host, the host's throughput with consoles attached.

    python -m bench.team_bus                        # the goals' sizes: 1,000 chargers × 0.1/s for 30 s; 200
                                                    # operations each way; 100 chargers closed loop, 0 vs 3 consoles
    python -m bench.team_bus --small                # 200 chargers for 10 s; 60 operations; 20 chargers, 3 s
    python -m bench.team_bus --only latency,ops --no-write
    python -m bench.team_bus --only throughput --repeat 3

Everything runs on a throwaway PostgreSQL cluster (``tests/helpers/pgcluster.py``: fsync and synchronous_commit on,
127.0.0.1), a fresh database per run, with a station per charger and one user per charger holding its idTag
(``bench.faults.common.prepare_database``). An *attached console* is a separate process
(``python -m bench.team_bus console``) running a :class:`~app.services.central.site_bus.RemoteCentral`, the object an
attached console's pages read, headless: what the bus costs is the host's publishing (encoding, batching, NOTIFY),
PostgreSQL's delivery and the console's decoding, all of which run here; the pages' drawing is the console's own
work whatever its central system (``bench.console_loop`` measures that).

1. **Event latency**: ``chargedesk serve`` (a real process, on the bus) under ``bench.load --mode open`` (the
   session mix, ``--chargers`` × ``--rate`` calls/s) with one attached console (the message log live: frames are
   published too). For every event it receives, the console records the delay from the host's own timestamp on
   the event to its arrival after decoding (same machine, same clock). Only events the host stamps itself count:
   ``FrameLogged.ts`` (a frame received or sent), ``at`` of AuthorizationDecided, SessionUpdated, BootReceived,
   ChargerConnected/Disconnected; StatusChanged and SessionStarted/Stopped carry the charger's own time (the load
   generator's clock, to the second) and are counted, not timed. p50/p99 over the load's measured window (goal: p99
   ≤ 250 ms).
2. **Operation round trip**: a host process (``python -m bench.team_bus host``: the central system and its
   SiteHost as ``serve`` builds them) holds idle simulated chargers (``bench.load --mode idle``), one per
   ``--answer-ms`` (how long it takes to answer the host's calls: 0, the goal's figure and the worst case for the
   bus, then 50 ms, a charger on a good network); ``GetConfiguration`` ``--ops`` times on the host (its own
   ``Operations``, in its process) and ``--ops`` times through the host (``SiteClient.operation`` from this process,
   what an attached console or the CLI does), in alternating rounds; ratio of the medians (goal ≤ 1.5×) and of the
   p99s. A *what-if* row (unless ``--no-what-if``) repeats the instant charger with every connection of the host
   and of the requester committing asynchronously (``PGOPTIONS``): what the bus's WAL flushes cost.
3. **Host throughput**: serve's closed loop (issue #16's transaction mix, as ``bench.pg_throughput``) with no
   console and with ``--consoles`` attached consoles (each wants frames: the message log live, the worst case),
   alternating rounds (``--repeat``), the round with the median ratio reported; ratio of calls/s (goal ≥ 0.9×) and
   of serve's CPU per call.
   The consoles run on the same 2-core machine (their CPU is reported): in a real team they sit on other machines.

At the goals' sizes a run that writes records ``team_event_p99``, ``team_op_ratio`` and ``team_host_consoles`` in
the table of current figures (:mod:`bench.current`).
"""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import datetime as dt
import json
import os
import queue
import shlex
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from bench import current, report
from bench.__main__ import (
    Server,
    Settings,
    _pump,
    children_cpu_s,
    free_port,
    machine_busy_s,
    process_cpu_s,
    run_load,
    wait_for_quiet,
)
from bench.faults.common import StationSpec, load_average, pg_cluster, prepare_database, serve_argv
from bench.load import percentile, raise_fd_limit

EVENT_P99_MS = 250.0  # goals (issue #12)
OP_RATIO = 1.5
HOST_RATIO = 0.9
PHASES = ("latency", "ops", "throughput")

#: event type → the field the host stamps with its own clock when it makes the event
HOST_STAMPED: dict[str, str] = {
    "FrameLogged": "ts",
    "AuthorizationDecided": "at",
    "SessionUpdated": "at",
    "BootReceived": "at",
    "ChargerConnected": "at",
    "ChargerDisconnected": "at",
}


# --- arithmetic ------------------------------------------------------------------------------------------------


def stats(values: Sequence[float]) -> dict[str, float]:
    """n, p50, p99, max (ms) of some delays."""
    ordered = sorted(values)
    return {
        "n": float(len(ordered)),
        "p50": percentile(ordered, 50),
        "p99": percentile(ordered, 99),
        "max": ordered[-1] if ordered else 0.0,
    }


def in_window(console: dict[str, Any], window: Sequence[float]) -> dict[str, list[float]]:
    """A console's delays (ms) of the events that arrived in the load's measured window, per kind: ``frames``
    (FrameLogged), ``events`` (the other host-stamped events) and ``all``."""
    start, end = window
    out: dict[str, list[float]] = {"frames": [], "events": [], "all": []}
    for arrived, delay, kind in zip(console["arrived"], console["delay_ms"], console["kind"], strict=True):
        if start <= arrived <= end:
            out["frames" if kind == "FrameLogged" else "events"].append(delay)
            out["all"].append(delay)
    return out


def op_ratios(on_host: Sequence[float], through: Sequence[float]) -> dict[str, float]:
    """Round trips (ms) on the host and through it: their medians and p99s, and the ratios through / on."""
    a, b = stats(on_host), stats(through)
    return {
        "host_p50": a["p50"],
        "host_p99": a["p99"],
        "bus_p50": b["p50"],
        "bus_p99": b["p99"],
        "p50_ratio": b["p50"] / a["p50"] if a["p50"] else float("nan"),
        "p99_ratio": b["p99"] / a["p99"] if a["p99"] else float("nan"),
    }


def cpu_ratios(without: dict[str, Any], with_: dict[str, Any]) -> dict[str, float]:
    """The calls/s that the CPU per call allows, with consoles / without: serve's own (``cpu_ratio``), and serve's
    plus PostgreSQL's (``host_cpu_ratio``: what the host's machine spends when the consoles run elsewhere)."""
    nan = float("nan")
    a, b = without["serve_us_per_call"], with_["serve_us_per_call"]
    da, db = without["db_us_per_call"], with_["db_us_per_call"]
    return {
        "cpu_ratio": a / b if a and b else nan,
        "host_cpu_ratio": (a + da) / (b + db) if a and b and da and db else nan,
    }


def median_round(
    pairs: Sequence[tuple[dict[str, Any], dict[str, Any]]],
) -> tuple[dict[str, Any], dict[str, Any]]:
    """The round (without consoles, with them) whose ratio of calls/s is the median, the lower middle one of an
    even number: a round's two runs are side by side in time, so the machine's drifting other load moves both."""
    ordered = sorted(pairs, key=lambda p: p[1]["calls_per_s"] / p[0]["calls_per_s"])
    return ordered[(len(ordered) - 1) // 2]


def goal_values(
    a: argparse.Namespace,
    lat: dict[str, Any] | None,
    ops: list[dict[str, Any]] | None,
    tp: dict[str, Any] | None,
) -> tuple[dict[str, float], dict[str, str]]:
    """The current figures this run measured at the goals' sizes (none for --small or other sizes)."""
    values: dict[str, float] = {}
    detail: dict[str, str] = {}
    if a.small or not a.frames:
        return values, detail
    if lat is not None and a.chargers == 1000 and a.rate == 0.1 and a.duration >= 30:
        s = lat["all"]
        values["team_event_p99"] = s["p99"]
        detail["team_event_p99"] = f"p50 {s['p50']:.1f} ms, {s['n']:,.0f} events, {lat['gaps']} gaps"
    instant = next((o for o in ops or [] if o["answer_ms"] == 0 and not o["what_if"]), None)
    if instant is not None and a.ops >= 100:
        r = instant["ratios"]
        values["team_op_ratio"] = r["p50_ratio"]
        detail["team_op_ratio"] = (
            f"median {r['bus_p50']:.2f} vs {r['host_p50']:.2f} ms; p99 {r['bus_p99']:.2f} vs "
            f"{r['host_p99']:.2f} ms = {r['p99_ratio']:.2f}×"
        )
    if tp is not None and a.tp_chargers == 100 and a.consoles == 3 and a.repeat >= 2:
        values["team_host_consoles"] = tp["ratio"]
        detail["team_host_consoles"] = (
            f"{tp['with']['calls_per_s']:,.0f} vs {tp['without']['calls_per_s']:,.0f} calls/s"
        )
    return values, detail


# --- the attached console and the host, as child processes ---------------------------------------------------


async def _console(db_url: str, out: Path, ready: Path, frames: bool) -> None:
    from app.services.central.site_bus import RemoteCentral
    from app.services.store import open_database

    arrived: list[float] = []
    delays: list[float] = []
    kinds: list[str] = []
    untimed: dict[str, int] = {}

    def seen(event: Any) -> None:
        now = time.time()
        name = type(event).__name__
        stamp = HOST_STAMPED.get(name)
        if stamp is None:
            untimed[name] = untimed.get(name, 0) + 1
            return
        arrived.append(now)
        delays.append((now - getattr(event, stamp).timestamp()) * 1000.0)
        kinds.append(name)

    database = open_database(db_url)
    remote = RemoteCentral(database)
    remote.client.wants_frames = frames
    remote.subscribe(seen)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    await remote.start()
    await asyncio.to_thread(ready.write_text, remote.client.node_id, encoding="utf-8")
    await stop.wait()
    gaps = remote.client.gaps
    await remote.stop()
    database.dispose()
    doc = {"arrived": arrived, "delay_ms": delays, "kind": kinds, "untimed": untimed, "gaps": gaps}
    await asyncio.to_thread(out.write_text, json.dumps(doc), encoding="utf-8")


async def _host(db_url: str, port: int) -> None:
    """The central system and its SiteHost as serve builds them; on stdin ``ops CP N`` runs N GetConfiguration
    on the host's own Operations and prints their round trips (ms) as one JSON line."""
    from app import config
    from app.db import Database
    from app.services.central.site_bus import SiteHost
    from app.services.central.system import CentralSystem

    settings = config.load(db_url)
    central = dataclasses.replace(
        settings.central, host="127.0.0.1", port=port, unknown_charger_policy="accept"
    )
    database = await asyncio.to_thread(Database, db_url, migrate=True)
    cs = CentralSystem(database, central)
    await cs.start()
    site = SiteHost(cs, db_url, program="bench-host")
    await site.start()
    print(f"listening on ws://127.0.0.1:{cs.port}/ocpp/{{id}}", flush=True)
    try:
        while line := await asyncio.to_thread(sys.stdin.readline):
            _, cp_id, n = line.split()
            times: list[float] = []
            for _ in range(int(n)):
                t0 = time.perf_counter()
                await cs.operations.get_configuration(cp_id)
                times.append((time.perf_counter() - t0) * 1000.0)
            print(json.dumps(times), flush=True)
    finally:
        await site.stop()
        await cs.stop()
        database.dispose()


class Console:
    """``python -m bench.team_bus console`` as a child process: attached once it has written its ready file."""

    def __init__(self, db_url: str, workdir: Path, name: str, frames: bool = True) -> None:
        self.out = workdir / f"{name}.json"
        self.ready = workdir / f"{name}.ready"
        argv = [sys.executable, "-m", "bench.team_bus", "console", "--db", db_url, "--out", str(self.out)]
        argv += ["--ready", str(self.ready), *([] if frames else ["--no-frames"])]
        self._stderr = (workdir / f"{name}.stderr").open("w+")
        self.proc = subprocess.Popen(
            argv, cwd=report.ROOT, env=_env(workdir), stdin=subprocess.DEVNULL, stderr=self._stderr
        )

    def wait_attached(self, timeout: float = 60.0) -> None:
        deadline = time.monotonic() + timeout
        while not self.ready.exists():
            if self.proc.poll() is not None or time.monotonic() > deadline:
                self._stderr.seek(0)
                tail = " / ".join(self._stderr.read().strip().splitlines()[-3:])
                raise RuntimeError(f"the console did not attach: {tail}")
            time.sleep(0.05)

    def cpu_s(self) -> float:
        return process_cpu_s(self.proc.pid)

    def stop(self) -> dict[str, Any]:
        self.proc.send_signal(signal.SIGTERM)
        _ended(self.proc)
        self._stderr.close()
        if not self.out.exists():
            raise RuntimeError(f"the console wrote no results (exit status {self.proc.returncode})")
        data: dict[str, Any] = json.loads(self.out.read_text(encoding="utf-8"))
        return data


def _ended(proc: subprocess.Popen[Any], timeout: float = 30.0) -> None:
    """Wait for a child asked to stop; killed after ``timeout`` s."""
    try:
        proc.wait(timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


def _env(workdir: Path) -> dict[str, str]:
    return dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        QT_API="pyside6",
        PYTHONUNBUFFERED="1",
        CHARGEDESK_DATA_DIR=tempfile.mkdtemp(prefix="data-", dir=workdir),
    )


def _serve(db_url: str, workdir: Path, name: str) -> Server:
    return Server(name, serve_argv(db_url, free_port()), _env(workdir), ready_timeout=120, workdir=workdir)


def _other_load(busy0: float | None, busy1: float | None, ours_s: float, wall: float) -> float | None:
    if busy0 is None or busy1 is None:
        return None
    return max(0.0, 100.0 * ((busy1 - busy0) - ours_s) / wall)


# --- 1. event latency ----------------------------------------------------------------------------------------


def latency(cluster: Any, workdir: Path, a: argparse.Namespace) -> dict[str, Any]:
    db_url = cluster.create_database("team_latency")
    stations = [StationSpec(f"BENCH{i:06d}") for i in range(1, a.chargers + 1)]
    prepare_database(db_url, stations, tags=a.chargers)
    server = _serve(db_url, workdir, "serve-latency")
    url = server.start()
    console = Console(db_url, workdir, "console-latency", frames=a.frames)
    try:
        console.wait_attached()
        time.sleep(1.0)  # the host hears the console's hello and starts publishing
        s = Settings("open", "session", a.chargers, a.duration, a.warmup, a.rate, 1 if a.chargers <= 500 else 2,
                     1, a.small, True)  # fmt: skip
        cpu0, con0, t0 = process_cpu_s(server.pid), console.cpu_s(), time.time()
        load = run_load(url, s)
        cpu1, con1, t1 = process_cpu_s(server.pid), console.cpu_s(), time.time()
    finally:
        try:
            data = console.stop()
        finally:
            server.stop()
    delays = in_window(data, load["window_unix"])
    return {
        "load": load,
        "all": stats(delays["all"]),
        "frames": stats(delays["frames"]),
        "events": stats(delays["events"]),
        "untimed": data["untimed"],
        "gaps": data["gaps"],
        "serve_cpu_pct": 100.0 * (cpu1 - cpu0) / (t1 - t0),
        "console_cpu_pct": 100.0 * (con1 - con0) / (t1 - t0),
        "loadavg": os.getloadavg()[0],
    }


# --- 2. an operation's round trip ----------------------------------------------------------------------------


class _Host:
    """``python -m bench.team_bus host``: started, asked for rounds of operations on stdin, stopped."""

    def __init__(self, db_url: str, workdir: Path, env: dict[str, str] | None = None) -> None:
        argv = [sys.executable, "-m", "bench.team_bus", "host", "--db", db_url, "--port", str(free_port())]
        self._stderr = tempfile.NamedTemporaryFile("w+", dir=workdir, prefix="host-", suffix=".stderr")
        self.proc = subprocess.Popen(
            argv,
            cwd=report.ROOT,
            env={**_env(workdir), **(env or {})},
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self._stderr,
            text=True,
        )
        assert self.proc.stdout is not None
        self._lines: queue.Queue[str | None] = queue.Queue()
        threading.Thread(target=_pump, args=(self.proc.stdout, self._lines), daemon=True).start()
        first = self._line(120.0)
        if "listening on " not in first:
            raise RuntimeError(f"the host did not start: {first!r}")
        self.url = first.split("listening on ", 1)[1].strip().removesuffix("/{id}")

    def _line(self, timeout: float) -> str:
        try:
            line = self._lines.get(timeout=timeout)
        except queue.Empty:
            line = None
        if line is None:
            self._stderr.seek(0)
            tail = " / ".join(self._stderr.read().strip().splitlines()[-3:])
            raise RuntimeError(f"the host process stopped answering: {tail}")
        return line

    def operations(self, cp_id: str, n: int) -> list[float]:
        assert self.proc.stdin is not None
        self.proc.stdin.write(f"ops {cp_id} {n}\n")
        self.proc.stdin.flush()
        times: list[float] = json.loads(self._line(60.0 + n))
        return times

    def stop(self) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.close()  # end of its commands: it stops cleanly
        _ended(self.proc)
        self._stderr.close()


async def _through_host(
    db_url: str, host: _Host, cp_id: str, a: argparse.Namespace
) -> tuple[list[float], list[float]]:
    from app.services.central.site_bus import SiteClient

    client = SiteClient(db_url, program="bench")
    await client.start()
    try:
        deadline = time.monotonic() + 30
        while True:  # the simulated charger has connected and the host has written its presence
            held = await client.holder(cp_id)
            if held is not None and held.alive:
                break
            if time.monotonic() > deadline:
                raise RuntimeError(f"{cp_id} is not held by the host after 30 s")
            await asyncio.sleep(0.1)
        on_host: list[float] = []
        through: list[float] = []
        per_round = max(1, a.ops // a.ops_rounds)
        warm = min(10, per_round)
        await asyncio.to_thread(host.operations, cp_id, warm)  # first calls: code paths, connections
        for _ in range(warm):
            await client.operation(cp_id, "get_configuration")
        for _ in range(a.ops_rounds):
            on_host += await asyncio.to_thread(host.operations, cp_id, per_round)
            for _ in range(per_round):
                t0 = time.perf_counter()
                await client.operation(cp_id, "get_configuration")
                through.append((time.perf_counter() - t0) * 1000.0)
        return on_host, through
    finally:
        await client.stop()


ASYNC_COMMIT = {"PGOPTIONS": "-c synchronous_commit=off"}


def _measure_ops(
    db_url: str, host: _Host, index: int, answer_ms: float, a: argparse.Namespace, what_if: bool = False
) -> dict[str, Any]:
    """Round trips to the charger BENCH<index>, started here, answering after ``answer_ms``; with ``what_if`` this
    process's own connections (the SiteClient's) commit asynchronously too."""
    cp_id = f"BENCH{index:06d}"
    charger = subprocess.Popen(
        [sys.executable, "-m", "bench.load", "--url", host.url, "--chargers", "1", "--first-index", str(index),
         "--mode", "idle", "--duration", "3600", "--warmup", "0", "--answer-delay-ms", str(answer_ms), "--quiet"],
        cwd=report.ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    saved = os.environ.get("PGOPTIONS")
    try:
        if what_if:
            os.environ.update(ASYNC_COMMIT)
        on_host, through = asyncio.run(_through_host(db_url, host, cp_id, a))
    finally:
        if what_if:
            os.environ.pop("PGOPTIONS", None)
            if saved is not None:
                os.environ["PGOPTIONS"] = saved
        charger.terminate()
        _ended(charger)
    ratios = op_ratios(on_host, through)
    print(
        f"team_bus: charger answering in {answer_ms:g} ms{' (what-if: asynchronous commits)' if what_if else ''}: "
        f"median {ratios['bus_p50']:.2f} ms through the host vs {ratios['host_p50']:.2f} ms on it "
        f"({ratios['p50_ratio']:.2f}×)",
        flush=True,
    )
    return {
        "answer_ms": answer_ms,
        "what_if": what_if,
        "on_host": on_host,
        "through": through,
        "ratios": ratios,
    }


def operations(cluster: Any, workdir: Path, a: argparse.Namespace) -> list[dict[str, Any]]:
    """For each of ``--answer-ms``: a charger of its own answering after that long, its round trips on the host
    and through it; then, unless ``--no-what-if``, the instant charger again with every connection of the host and
    of the requester committing asynchronously (PGOPTIONS): what the bus's WAL flushes cost."""
    db_url = cluster.create_database("team_ops")
    prepare_database(db_url, [StationSpec(f"BENCH{i:06d}") for i in range(1, len(a.answer_ms) + 2)])
    out: list[dict[str, Any]] = []
    host = _Host(db_url, workdir)
    try:
        for i, answer_ms in enumerate(a.answer_ms, start=1):
            out.append(_measure_ops(db_url, host, i, answer_ms, a))
    finally:
        host.stop()
    if a.what_if:
        host = _Host(db_url, workdir, ASYNC_COMMIT)
        try:
            out.append(_measure_ops(db_url, host, len(a.answer_ms) + 1, 0.0, a, what_if=True))
        finally:
            host.stop()
    return out


# --- 3. the host's throughput with consoles attached ---------------------------------------------------------


def throughput(cluster: Any, workdir: Path, a: argparse.Namespace) -> dict[str, Any]:
    from app.db import upgrade
    from bench.pg_throughput import DB_CPU, postmaster_pid, run_serve

    s = Settings("closed", "transaction", a.tp_chargers, a.tp_duration, 1.0 if a.small else 2.0, 0.1, 1,
                 a.repeat, a.small, True)  # fmt: skip
    runs: dict[int, list[dict[str, Any]]] = {0: [], a.consoles: []}
    for round_no in range(a.repeat):
        for k in (0, a.consoles):
            db_url = cluster.create_database(f"team_tp_{round_no}_{k}")
            upgrade(db_url)  # the bus's tables, for the consoles that attach before serve starts
            consoles = [
                Console(db_url, workdir, f"console-tp-{round_no}-{i}", frames=a.frames) for i in range(k)
            ]
            try:
                for c in consoles:
                    c.wait_attached()
                print(
                    f"team_bus: throughput [{round_no + 1}/{a.repeat}] {k} console(s) …", end=" ", flush=True
                )
                if a.wait_quiet > 0:
                    wait_for_quiet(a.wait_quiet)
                cpu0 = [c.cpu_s() for c in consoles]
                busy0, client0, t0 = machine_busy_s(), children_cpu_s(), time.time()
                name = f"serve, {k} consoles"
                r = run_serve(name, db_url, s, workdir, postmaster_pid(cluster))
                busy1, client1, t1 = machine_busy_s(), children_cpu_s(), time.time()
                cpu1 = [c.cpu_s() for c in consoles]
            finally:
                received = [c.stop() for c in consoles]
            if r.load is None:
                raise RuntimeError(f"serve with {k} consoles: {r.skipped}")
            window = r.load["window_unix"]
            events = [len(in_window(d, window)["all"]) for d in received]
            span = window[1] - window[0]
            run = {
                "calls_per_s": float(r.load["calls_per_s"]),
                "p99": r.load["latency_ms"]["p99"],
                "serve_us_per_call": r.server_cpu_us_per_call,
                "serve_cpu_pct": r.server_cpu_pct,
                "db_us_per_call": DB_CPU[name][-1][1] if DB_CPU.get(name) else None,
                "consoles_cpu_pct": 100.0 * (sum(cpu1) - sum(cpu0)) / (t1 - t0),
                "console_events_per_s": sum(events) / len(events) / span if events else 0.0,
                "console_p99": stats([x for d in received for x in in_window(d, window)["all"]])["p99"],
                "gaps": sum(d["gaps"] for d in received),
                "errors": r.load["errors_total"],
                "other_cpu_pct": _other_load(
                    busy0, busy1, (client1 - client0) + (sum(cpu1) - sum(cpu0)), t1 - t0
                ),
            }
            runs[k].append(run)
            print(
                f"{run['calls_per_s']:,.0f} calls/s, serve {run['serve_us_per_call'] or 0:.0f} µs/call, "
                f"consoles {run['consoles_cpu_pct']:.0f}% CPU",
                flush=True,
            )
    pairs = list(zip(runs[0], runs[a.consoles], strict=True))
    without, with_ = median_round(pairs)
    return {
        "without": without,
        "with": with_,
        "ratio": with_["calls_per_s"] / without["calls_per_s"],
        **cpu_ratios(without, with_),
        "rounds": [(b["calls_per_s"], v["calls_per_s"]) for b, v in pairs],
    }


# --- report ------------------------------------------------------------------------------------------------


def _ms(v: float) -> str:
    return f"{v:.1f}" if v >= 10 else f"{v:.2f}"


def tables(
    a: argparse.Namespace,
    lat: dict[str, Any] | None,
    ops: list[dict[str, Any]] | None,
    tp: dict[str, Any] | None,
) -> list[tuple[list[str], list[list[str]]]]:
    out: list[tuple[list[str], list[list[str]]]] = []
    if lat is not None:
        head = ["host → console", "events", "p50 ms", "p99 ms", "max ms", f"goal p99 ≤ {EVENT_P99_MS:g} ms"]
        rows = []
        for key, label in (
            ("all", "every host-stamped event"),
            ("frames", "frames"),
            ("events", "other events"),
        ):
            s = lat[key]
            met = "yes" if s["p99"] <= EVENT_P99_MS else "NO"
            rows.append(
                [
                    label,
                    f"{s['n']:,.0f}",
                    _ms(s["p50"]),
                    _ms(s["p99"]),
                    _ms(s["max"]),
                    met if key == "all" else "",
                ]
            )
        out.append((head, rows))
    if ops is not None:
        head = ["GetConfiguration round trip", "charger answers in", "calls", "p50 ms", "p99 ms"]
        rows = []
        for o in ops:
            r, answer = o["ratios"], f"{o['answer_ms']:g} ms"
            if o["what_if"]:
                answer += ", what-if: commits asynchronous"
            rows += [
                ["on the host (its Operations, in process)", answer, str(len(o["on_host"])), _ms(r["host_p50"]),
                 _ms(r["host_p99"])],
                ["through the host (SiteClient, another process)", answer, str(len(o["through"])),
                 _ms(r["bus_p50"]), _ms(r["bus_p99"])],
                [f"through / on (goal: median ≤ {OP_RATIO:g}×)", answer, "", f"{r['p50_ratio']:.2f}×",
                 f"{r['p99_ratio']:.2f}×"],
            ]  # fmt: skip
        out.append((head, rows))
    if tp is not None:
        head = [
            "serve, closed loop",
            "calls/s",
            "reply p99 ms",
            "serve µs/call",
            "PostgreSQL µs/call",
            "serve CPU",
            "consoles' CPU",
            "events/s per console",
            "console p99 ms",
            "gaps",
            "errors",
            "other load",
        ]
        rows = []
        for key, k in (("without", 0), ("with", a.consoles)):
            r = tp[key]
            rows.append(
                [
                    f"{k} console{'s' if k != 1 else ''} attached",
                    f"{r['calls_per_s']:,.0f}",
                    _ms(r["p99"]),
                    f"{r['serve_us_per_call'] or 0:.0f}",
                    "–" if r["db_us_per_call"] is None else f"{r['db_us_per_call']:.0f}",
                    f"{r['serve_cpu_pct']:.0f}%",
                    f"{r['consoles_cpu_pct']:.0f}%" if k else "–",
                    f"{r['console_events_per_s']:,.0f}" if k else "–",
                    _ms(r["console_p99"]) if k else "–",
                    str(r["gaps"]) if k else "–",
                    str(r["errors"]),
                    "–" if r["other_cpu_pct"] is None else f"{r['other_cpu_pct']:.0f}%",
                ]
            )
        rounds = " · ".join(f"{b:,.0f} / {v:,.0f} = {v / b:.2f}×" for b, v in tp["rounds"])
        met = "yes" if tp["ratio"] >= HOST_RATIO else "NO"
        rows.append(
            [
                f"{a.consoles} consoles / none (goal ≥ {HOST_RATIO:g}×: {met})",
                f"{tp['ratio']:.2f}×",
                "",
                f"{tp['cpu_ratio']:.2f}× (by CPU/call)",
                f"{tp['host_cpu_ratio']:.2f}× (serve + PostgreSQL)",
                "",
                "",
                "",
                "",
                "",
                "",
                f"every round (none / {a.consoles}): {rounds}",
            ]
        )
        out.append((head, rows))
    return out


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="python -m bench.team_bus", description=__doc__.split("\n\n")[0])
    p.add_argument(
        "--small", action="store_true", help="small sizes: a quick check, records no current figures"
    )
    p.add_argument("--only", default=None, metavar="PHASES", help=f"comma-separated, of: {', '.join(PHASES)}")
    p.add_argument("--chargers", type=int, default=None, help="event latency: chargers (1,000; 200 --small)")
    p.add_argument("--rate", type=float, default=0.1, help="event latency: calls/s per charger (0.1)")
    p.add_argument("--duration", type=float, default=None, help="event latency: measured s (30; 10 --small)")
    p.add_argument("--warmup", type=float, default=3.0, help="event latency: unmeasured seconds first (3)")
    p.add_argument("--ops", type=int, default=None, help="round trips each way (200; 60 --small)")
    p.add_argument("--ops-rounds", type=int, default=4, help="alternating rounds of them (4)")
    p.add_argument(
        "--answer-ms",
        default="0,50",
        metavar="MS,…",
        help="the simulated charger answers after MS ms, one charger each (0,50: at once, the goal's figure; "
        "and as a charger on a good network)",
    )
    p.add_argument(
        "--no-what-if",
        dest="what_if",
        action="store_false",
        help="leave out the round trips with asynchronous commits (what the bus's WAL flushes cost)",
    )
    p.add_argument("--tp-chargers", type=int, default=None, help="throughput: chargers (100; 20 --small)")
    p.add_argument("--tp-duration", type=float, default=None, help="throughput: measured s (10; 3 --small)")
    p.add_argument("--consoles", type=int, default=3, help="throughput: attached consoles (3)")
    p.add_argument(
        "--repeat",
        type=int,
        default=2,
        help="throughput: rounds of none / consoles, the median round reported (2)",
    )
    p.add_argument(
        "--wait-quiet",
        type=float,
        default=0.0,
        metavar="S",
        help="before each phase and throughput run wait up to S s for the machine's other load to drop",
    )
    p.add_argument(
        "--no-frames",
        dest="frames",
        action="store_false",
        help="the attached consoles do not want frames (nobody shows the message log): the host publishes the "
        "other events only; records no current figures (the goals' are the worst case, frames wanted)",
    )
    p.add_argument("--no-write", action="store_true", help="print only; leave docs/benchmarks.md alone")
    p.add_argument("--output", type=Path, default=report.DOC)
    a = p.parse_args(argv)
    phases = PHASES if a.only is None else tuple(x.strip() for x in a.only.split(",") if x.strip())
    unknown = sorted(set(phases) - set(PHASES))
    if unknown or not phases:
        p.error(f"--only takes {', '.join(PHASES)} (got {a.only!r})")
    a.phases = phases
    try:
        a.answer_ms = [float(x) for x in a.answer_ms.split(",") if x.strip()]
    except ValueError:
        p.error(f"--answer-ms takes milliseconds separated by commas (got {a.answer_ms!r})")
    if not a.answer_ms or min(a.answer_ms) < 0:
        p.error("--answer-ms takes one or more delays ≥ 0")
    a.chargers = a.chargers or (200 if a.small else 1000)
    a.duration = a.duration or (10.0 if a.small else 30.0)
    a.ops = a.ops or (60 if a.small else 200)
    a.tp_chargers = a.tp_chargers or (20 if a.small else 100)
    a.tp_duration = a.tp_duration or (3.0 if a.small else 10.0)
    if min(a.chargers, a.ops, a.ops_rounds, a.tp_chargers, a.consoles, a.repeat) < 1 or a.rate <= 0:
        p.error("the sizes, rounds and the rate must be positive")
    return a


def _child(argv: Sequence[str]) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.team_bus console|host")
    p.add_argument("role", choices=("console", "host"))
    p.add_argument("--db", required=True)
    p.add_argument("--out", type=Path)
    p.add_argument("--ready", type=Path)
    p.add_argument("--no-frames", action="store_true")
    p.add_argument("--port", type=int, default=0)
    c = p.parse_args(argv)
    if c.role == "console":
        asyncio.run(_console(c.db, c.out, c.ready, not c.no_frames))
    else:
        asyncio.run(_host(c.db, c.port))
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] in ("console", "host"):
        return _child(argv)
    a = parse_args(argv)
    raise_fd_limit()
    command = " ".join([report.display_python(), "-m", "bench.team_bus", *map(shlex.quote, argv)])
    load_before = load_average()
    print(f"team_bus: {', '.join(a.phases)}; load average {load_before}", flush=True)
    workdir = Path(tempfile.mkdtemp(prefix="chargedesk-team-bus-"))
    lat = ops = tp = None
    try:
        with pg_cluster() as cluster:
            if "latency" in a.phases:
                if a.wait_quiet > 0:
                    wait_for_quiet(a.wait_quiet)
                print(
                    f"team_bus: event latency, {a.chargers} chargers × {a.rate:g}/s, {a.duration:g} s …",
                    flush=True,
                )
                lat = latency(cluster, workdir, a)
            if "ops" in a.phases:
                if a.wait_quiet > 0:
                    wait_for_quiet(a.wait_quiet)
                print(f"team_bus: GetConfiguration × {a.ops} on the host and through it …", flush=True)
                ops = operations(cluster, workdir, a)
            if "throughput" in a.phases:
                tp = throughput(cluster, workdir, a)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    parts = tables(a, lat, ops, tp)
    print()
    for head, rows in parts:
        print(report.text_table(head, rows))
        print()
    notes = [f"load average (1/5/15 min) before / after: {load_before} → {load_average()}"]
    if lat is not None:
        untimed = ", ".join(f"{k} {v:,}" for k, v in sorted(lat["untimed"].items()))
        notes.append(
            f"event latency: serve {lat['serve_cpu_pct']:.0f}% of a core, the console {lat['console_cpu_pct']:.0f}%, "
            f"{lat['load']['calls_per_s']:,.0f} calls/s (p99 reply {lat['load']['latency_ms']['p99']:.1f} ms), "
            f"{lat['load']['errors_total']} errors, {lat['gaps']} gaps in the host's numbering; received but not "
            f"timed (the charger's own timestamp): {untimed or 'none'}"
        )
    for n in notes:
        print(f"note: {n}")
    machine = report.machine()
    lines = [
        f"## Team mode: the site bus — {dt.datetime.now().astimezone():%Y-%m-%d %H:%M}",
        "",
        f"`{command}` · {machine['cpu']} × {machine['cores']}, {machine['python']}, commit {machine['commit']}",
        "",
        "`bench/team_bus.py`, on a throwaway PostgreSQL cluster (fsync and synchronous_commit on, 127.0.0.1): "
        "`chargedesk serve` as a real process on the site bus; an *attached console* is a process running "
        "RemoteCentral headless (the bus's cost is the host's publishing, PostgreSQL's delivery and the console's "
        "decoding; drawing pages is not the bus's), "
        + (
            "wanting frames (the message log live). "
            if a.frames
            else "**not** wanting frames (no message log shown). "
        )
        + "Event latency: the "
        "host's own timestamp on each event to its arrival in the console, decoded, over the load's measured "
        f"window ({a.chargers:,} chargers × {a.rate:g} call/s, session mix, {a.duration:g} s). Round trip: "
        "GetConfiguration to an idle simulated charger (answering at once, or after the delay shown) on the host's "
        "own Operations (in its process) vs through the host from another process (SiteClient.operation), "
        f"{a.ops_rounds} alternating rounds; the what-if row runs host and requester with synchronous_commit off "
        "(PGOPTIONS), to show what the bus's WAL flushes cost. Throughput: "
        f"serve's closed loop ({a.tp_chargers} chargers, transaction mix, {a.tp_duration:g} s) with none and "
        f"with {a.consoles} consoles attached, {a.repeat} alternating rounds, the round with the median ratio shown; "
        "the consoles share "
        "the machine's 2 cores with serve, PostgreSQL and the load (in a team they run elsewhere), so serve's "
        "CPU per call shows the host's own cost of publishing, and serve's plus PostgreSQL's CPU per call what the "
        "host's machine pays when the consoles run elsewhere (the ratios they allow are in the last row).",
        "",
    ]
    for head, rows in parts:
        lines += [report.markdown_table(head, rows), ""]
    lines += ["Notes:", ""] + [f"- {n}" for n in notes] + [""]
    if not a.no_write:
        report.write_doc("\n".join(lines), a.output)
        print(f"team_bus: results written to {a.output}")
        values, detail = goal_values(a, lat, ops, tp)
        if values:
            current.record(values, command=current.command_line(), detail=detail, doc=a.output)
    ok = (
        (lat is None or lat["all"]["p99"] <= EVENT_P99_MS)
        and all(
            o["ratios"]["p50_ratio"] <= OP_RATIO
            for o in ops or []
            if o["answer_ms"] == 0 and not o["what_if"]
        )
        and (tp is None or tp["ratio"] >= HOST_RATIO)
    )
    return 0 if ok or a.small else 1  # a small run checks that everything runs; the goals are at full size


if __name__ == "__main__":
    sys.exit(main())
